"""One partner identity across the code systems of trade files.

China Customs (GACC) 3-digit codes, US Census Schedule C, UN Comtrade's M49-based codes
(with its exceptions: 842 USA, 251 France, 699 India, 757 Switzerland, 490 Taiwan), ISO
alpha-2 and alpha-3, and Eurostat's geonomenclature (ISO alpha-2 plus its own codes) all name
the same economies. :func:`resolve` turns a code of one system (and the name the file gives,
as a fallback) into a :class:`Partner`: the canonical name of :mod:`tradestat.places`, the
original code and system, and whether it is an aggregate (the world, a continent, a group,
"not specified") that overlaps other partners and must never be added to them.

The table is ``data/codes/partners.csv`` (see its README for sources); aggregate codes are
:data:`AGGREGATES` below, and codes of places that are not economies of :mod:`tradestat.places`
(the Canary Islands, historic Serbia and Montenegro) :data:`NAMED`. A code in none of them
falls back to the name; loaders keep what is still unknown under the file's name or code,
with a warning, and never drop it.
"""

from __future__ import annotations

import csv
import functools
import io
import re
from importlib import resources

import attrs

from tradestat import places

__all__ = ["AGGREGATES", "NAMED", "SYSTEMS", "Partner", "canonical", "code_of", "resolve"]

#: The code systems :func:`resolve` knows, with the column of ``partners.csv`` they use.
SYSTEMS = {
    "iso2": "iso2",
    "iso3": "iso3",
    "m49": "m49",
    "comtrade": "comtrade",
    "gacc": "gacc",
    "census": "census",
    "geonom": "iso2",  # Eurostat geonomenclature: ISO alpha-2 (GR as EL, GB as UK) and own codes
    "imf": "iso3",  # IMF IMTS: ISO alpha-3 and G... group codes
    "imf-legacy": "iso2",  # IMF DOTS: ISO alpha-2 and W00
}

#: Aggregate codes per system: the partner they stand for. Never added to their parts.
AGGREGATES: dict[str, dict[str, str]] = {
    "comtrade": {"0": places.WORLD, "97": "EU", "899": "Areas, nes", "839": "Special Categories"},
    "gacc": {
        "199": "Other Asia, nes",
        "299": "Other Africa, nes",
        "399": "Other Europe, nes",
        "499": "Other Latin America, nes",
        "599": "Other North America, nes",
        "699": "Other Oceania, nes",
        "701": "Countries (regions) unknown",
        "702": "UN and other international organisations",
        "999": "Neutral packaging",
    },
    "census": {"-": places.WORLD},
    "imf": {"G001": places.WORLD, "G163": "EU", "G110": "Advanced economies"},
    "imf-legacy": {"W00": places.WORLD},
    "geonom": {
        "WORLD": places.WORLD,
        "EU27_2020": "EU",
        "EU27_2020_EXTRA": "Extra-EU",
        "EU27_2020_INTRA": "Intra-EU",
        "EXT_EU27_2020": "Extra-EU",
        "CN_X_HK": "China excluding Hong Kong",
        "QP": "High seas",
        "QQ": "Stores and provisions",
        "QR": "Stores and provisions within intra-EU trade",
        "QS": "Stores and provisions within extra-EU trade",
        "QU": "Countries and territories not specified",
        "QV": "Countries and territories not specified within intra-EU trade",
        "QW": "Countries and territories not specified within extra-EU trade",
        "QX": "Countries and territories not specified for commercial or military reasons",
        "QY": "Secret within intra-EU trade",
        "QZ": "Secret within extra-EU trade",
    },
}
_GEONOM_ISO = {"EL": "GR", "UK": "GB", "XK": "XK"}

#: Codes of places that are partners of their own in one system but not economies of
#: ``places`` (parts of other countries, historic states): kept under the source's name.
NAMED: dict[str, dict[str, str]] = {
    "gacc": {  # the GACC list as shipped by turbanisch/chinautils (see data/codes/README.md)
        "207": "Canary Islands",
        "210": "Ceuta",
        "256": "Melilla",
        "349": "Serbia and Montenegro",  # historic
        "409": "Bonaire",
        "436": "Saba",
        "438": "Saint Martin Islands",
        "449": "Netherlands Antilles",  # historic
        "604": "Gambier Islands",
        "605": "Marquesas Islands",
        "612": "Society Islands",
        "615": "Tuamotus",
        "616": "Tubuai",
    },
}


@attrs.frozen
class Partner:
    """A partner as a file names it: canonical name, original code and system, aggregate or not."""

    name: str
    code: str
    system: str
    aggregate: bool = False

    @property
    def origin(self) -> str:
        """The original code in words, for provenance ("GACC 502")."""
        return f"{self.system.upper()} {self.code}"


@functools.cache
def _table() -> dict[str, dict[str, str]]:
    text = (resources.files("tradestat") / "data" / "codes" / "partners.csv").read_text(
        encoding="utf-8"
    )
    by_column: dict[str, dict[str, str]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        for column, code in row.items():
            if column != "name" and code:
                by_column.setdefault(column, {})[code.upper()] = row["name"]
    return by_column


@functools.cache
def _forms() -> dict[str, str]:
    return places.written_forms()


def _by_name(name: str) -> str | None:
    text = " ".join(re.sub(r"\s*[,，]\s*", ", ", name).split())
    if not text:
        return None
    forms = _forms()
    bare = re.sub(r"\s*[（(][^）)]*[）)]\s*$", "", text)  # "Bolivia (Plurinational State of)"
    chinese = re.sub(r"[（(][^）)]*[）)]", "", text).replace("国家和地区", "国家")
    variants = (text, bare, _expand(text), _expand(bare), chinese, chinese.removesuffix("成员国"))
    for variant in dict.fromkeys(variants):
        for form in (variant, variant.lower(), _flip(variant).lower()):
            found = forms.get(form)
            if found is not None:
                return found
    return None


#: Abbreviations in UN and Comtrade names ("Rep. of Korea", "Lao People's Dem. Rep.").
_ABBREVIATIONS = (
    (re.compile(r"\bRep\.", re.IGNORECASE), "Republic"),
    (re.compile(r"\bDem\.", re.IGNORECASE), "Democratic"),
    (re.compile(r"\bFed\.", re.IGNORECASE), "Federation"),
    (re.compile(r"\bSt\.", re.IGNORECASE), "Saint"),
    (re.compile(r"\bIs\.", re.IGNORECASE), "Islands"),
    (re.compile(r"^China,\s*(Hong Kong|Macao)\s+SAR$", re.IGNORECASE), r"\1"),
)


def _expand(name: str) -> str:
    for pattern, word in _ABBREVIATIONS:
        name = pattern.sub(word, name)
    return " ".join(name.split())


def _flip(name: str) -> str:
    """'KOREA, SOUTH' -> 'SOUTH KOREA'; 'Korea, Rep.' -> 'Rep. Korea'."""
    head, sep, tail = name.partition(",")
    return f"{tail.strip()} {head.strip()}" if sep else name


def resolve(system: str, code: str, name: str = "") -> Partner | None:
    """The partner that ``code`` of ``system`` names, else the one ``name`` names, else None.

    ``system`` is one of :data:`SYSTEMS`. Aggregate codes (:data:`AGGREGATES`) give a
    partner marked ``aggregate``. A code the table lacks falls back to the name the file
    gives (Chinese or English, as :func:`tradestat.places.written_forms` knows them); a name
    that is a partner group (ASEAN, EU) is an aggregate too.
    """
    if system not in SYSTEMS:
        raise ValueError(f"unknown code system {system!r}: expected one of {', '.join(SYSTEMS)}")
    raw = code.strip()
    key = raw.upper()
    if system == "comtrade" or system == "m49":
        key = key.lstrip("0") or "0"
    aggregate = AGGREGATES.get(system, {}).get(key)
    if aggregate is not None:
        return Partner(aggregate, raw, system, aggregate=True)
    named = NAMED.get(system, {}).get(key)
    if named is not None:
        return Partner(named, raw, system)
    if system == "geonom":
        key = _GEONOM_ISO.get(key, key)
    found = _table().get(SYSTEMS[system], {}).get(key)
    if found is None and system == "m49":
        found = _table().get("comtrade", {}).get(key)
    if found is None and name:
        found = _by_name(name)
    if found is None:
        return None
    return Partner(found, raw, system, aggregate=places.is_group(found) or found == places.WORLD)


@functools.lru_cache(maxsize=4096)
def canonical(name: str) -> str:
    """The canonical name a written name stands for ("USA" -> "United States"), else itself."""
    return _by_name(name) or " ".join(name.split())


def code_of(name: str, system: str) -> str | None:
    """The code of canonical partner ``name`` in ``system``, or None when the table has none."""
    column = SYSTEMS[system]
    for code, found in _table().get(column, {}).items():
        if found == name:
            return code
    return None
