"""Reference geography: which places and partner groups exist and how texts write them.

This module only knows places. Countries and economies (ISO 3166-1), China's provincial-level
divisions, cities and the city districts that publish their own trade, and groups of partners
(ASEAN, EU, BRI countries ...), each with a canonical English name, its English and Chinese
written forms, its parent and, for groups, its members. It reads the CSV files in
``tradestat/data/places`` (their README gives sources and the rules for written forms) once,
on first use. The extractor and the consistency checks build on it; it depends on neither.
"""

from __future__ import annotations

import csv
import enum
import functools
import io
import re
from collections.abc import Iterator
from importlib import resources

import attrs

__all__ = [
    "WORLD",
    "Area",
    "Place",
    "PlaceKind",
    "areas",
    "by_code",
    "demonyms",
    "disjoint_partners",
    "economy",
    "is_country",
    "is_group",
    "is_region",
    "members",
    "place",
    "places",
    "province_of",
    "written_forms",
]

#: The partner that stands for all trade; it overlaps every other partner.
WORLD = "World"
#: The country whose provincial-level divisions and cities are listed.
CHINA = "China"

_CJK = re.compile(r"[\u3400-\u9fff]")


class PlaceKind(enum.Enum):
    """What a place is."""

    COUNTRY = "country"
    """A country or economy with its own ISO 3166-1 code (dependent territories too)."""
    PROVINCE = "province"
    """One of China's 34 provincial-level divisions (Hong Kong, Macao and Taiwan included)."""
    CITY = "city"
    """A Chinese prefecture-level city, or a county-level city that is a trade hub."""
    DISTRICT = "district"
    """A district of a Chinese city (市辖区) that publishes its own trade figures."""
    GROUP = "group"
    """A group of partners: a bloc, an initiative or a world region."""


@attrs.frozen
class Place:
    """A place under its canonical English name.

    ``chinese`` holds its Chinese names (short name first), ``aliases`` its other English
    names as written in text. ``parent`` is the sovereign of a dependent territory, "China"
    for a provincial-level division, the province of a city, the city of a district (a
    municipality such as Shanghai for its districts), else None. ``code`` is the
    ISO 3166-1 alpha-2 code where there is one, else the ISO 3166-2 code of a province;
    None for cities, districts and groups.
    """

    name: str
    kind: PlaceKind
    chinese: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    code: str | None = None


@attrs.frozen
class _Data:
    """Everything read from the data files, with the tables derived from it."""

    places: dict[str, Place]
    forms: dict[str, str]
    demonyms: dict[str, str]
    members: dict[str, frozenset[str]]
    complete: frozenset[str]
    disjoint_sets: tuple[frozenset[str], ...]
    economies: frozenset[str]
    sovereigns: dict[str, str]
    codes: dict[str, str]


@attrs.frozen
class Area:
    """A named area of China made of several provinces or cities (粤东, 长三角, 中部地区).

    Such areas are not divisions with a code, but releases report their trade as one
    reporter. ``members`` are canonical names of provinces or cities; ``scope`` is
    "national" (the National Bureau of Statistics' regions, a breakdown of the country's
    trade), "cross-provincial" or "provincial" (an area inside one province).
    """

    name: str
    chinese: tuple[str, ...]
    aliases: tuple[str, ...]
    members: tuple[str, ...]
    scope: str


def _rows(filename: str) -> Iterator[dict[str, str]]:
    text = (resources.files("tradestat") / "data" / "places" / filename).read_text(encoding="utf-8")
    for row in csv.DictReader(io.StringIO(text)):
        if None in row or any(value is None for value in row.values()):
            raise ValueError(f"{filename}: wrong number of cells in {row!r}")
        yield row


def _split(cell: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in cell.split(";") if item.strip())


def _is_chinese(form: str) -> bool:
    return _CJK.search(form) is not None


def _key(form: str) -> str:
    """A written form as the tables hold it: English lower-cased, Chinese as written."""
    return form if _is_chinese(form) else form.lower()


def _read_places() -> tuple[list[Place], dict[str, str], dict[str, tuple[str, ...]]]:
    """Places from all files, ISO codes (alpha-2, alpha-3, 3166-2), demonyms per country."""
    found: list[Place] = []
    codes: dict[str, str] = {}
    adjectives: dict[str, tuple[str, ...]] = {}
    for row in _rows("countries.csv"):
        name = row["name"]
        found.append(
            Place(
                name,
                PlaceKind.COUNTRY,
                _split(row["chinese"]),
                _split(row["aliases"]),
                row["sovereign"] or None,
                row["alpha2"],
            )
        )
        codes[row["alpha2"]] = codes[row["alpha3"]] = name
        adjectives[name] = _split(row["demonyms"])
    for row in _rows("china_divisions.csv"):
        name = row["name"]
        code = row["iso_3166_1"] or row["iso_3166_2"]
        found.append(
            Place(
                name,
                PlaceKind.PROVINCE,
                _split(row["chinese"]),
                _split(row["aliases"]),
                CHINA,
                code,
            )
        )
        for key in ("iso_3166_2", "iso_3166_1", "iso_3166_1_alpha3"):
            if row[key]:
                codes[row[key]] = name
    for row in _rows("china_cities.csv"):
        found.append(
            Place(
                row["name"],
                PlaceKind.CITY,
                _split(row["chinese"]),
                _split(row["aliases"]),
                row["province"],
            )
        )
    for row in _rows("china_districts.csv"):
        found.append(
            Place(
                row["name"],
                PlaceKind.DISTRICT,
                _split(row["chinese"]),
                _split(row["aliases"]),
                row["city"],
            )
        )
    for row in _rows("partner_groups.csv"):
        found.append(
            Place(row["name"], PlaceKind.GROUP, _split(row["chinese"]), _split(row["aliases"]))
        )
    return found, codes, adjectives


def _excluded() -> dict[str, frozenset[str]]:
    """Written forms never used: form -> the places it is not used for ("" for all)."""
    out: dict[str, set[str]] = {}
    for row in _rows("excluded_forms.csv"):
        out.setdefault(_key(row["form"]), set()).add(row["place"])
    return {form: frozenset(names) for form, names in out.items()}


def _variants(form: str) -> tuple[str, ...]:
    """A form and its spelling with the typographic apostrophe."""
    return (form, form.replace("'", "’")) if "'" in form else (form,)


def _forms_of(item: Place) -> list[str]:
    """Every written form of a place before exclusions (keys: English lower-cased)."""
    raw: list[str] = []
    for english in (item.name, *item.aliases):
        raw.extend(_variants(english))
    for chinese in item.chinese:
        raw.append(chinese)
        if item.kind is PlaceKind.CITY and not chinese.endswith("市"):
            raw.append(chinese + "市")
    out: list[str] = []
    for form in raw:
        key = _key(form)
        if key not in out and not (_is_chinese(key) and len(key) < 2):
            out.append(key)
    return out


def _pairs(found: list[Place], excluded: dict[str, frozenset[str]]) -> list[tuple[str, str]]:
    """(written form, canonical name) for every place, exclusions applied."""
    pairs = []
    for item in found:
        for form in _forms_of(item):
            blocked = excluded.get(form, frozenset())
            if "" not in blocked and item.name not in blocked:
                pairs.append((form, item.name))
    return pairs


def _unique(pairs: list[tuple[str, str]], what: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for form, name in pairs:
        if table.setdefault(form, name) != name:
            raise ValueError(f"{what} {form!r} names both {table[form]!r} and {name!r}")
    return table


@functools.cache
def _data() -> _Data:
    found, codes, adjectives = _read_places()
    by_name: dict[str, Place] = {}
    for item in found:
        if by_name.setdefault(item.name, item) is not item:
            raise ValueError(f"two places are called {item.name!r}")
    for item in found:
        if item.parent is not None and item.parent not in by_name:
            raise ValueError(f"{item.name!r}: unknown parent {item.parent!r}")
    excluded = _excluded()
    for names in excluded.values():
        for name in names - {""}:
            if name not in by_name:
                raise ValueError(f"excluded_forms.csv: unknown place {name!r}")
    forms = _unique(_pairs(found, excluded), "written form")
    demonym_pairs = [
        (_key(adjective), country)
        for country, words in adjectives.items()
        for adjective in words
        if "" not in excluded.get(_key(adjective), frozenset())
    ]
    economies = frozenset(
        item.name
        for item in found
        if item.kind is PlaceKind.COUNTRY
        or (item.kind is PlaceKind.PROVINCE and item.code is not None and len(item.code) == 2)
    )
    listed: dict[str, set[str]] = {}
    for row in _rows("group_members.csv"):
        if row["member"] not in economies:
            raise ValueError(f"group_members.csv: {row['member']!r} is not a country")
        listed.setdefault(row["group"], set()).add(row["member"])
    groups = {item.name for item in found if item.kind is PlaceKind.GROUP}
    if not set(listed) <= groups:
        raise ValueError(f"group_members.csv: unknown groups {set(listed) - groups}")
    complete: set[str] = set()
    sets: dict[str, set[str]] = {}
    for row in _rows("partner_groups.csv"):
        if row["complete"] == "yes":
            complete.add(row["name"])
        for label in _split(row["disjoint_set"]):
            sets.setdefault(label, set()).add(row["name"])
    return _Data(
        places=by_name,
        forms=forms,
        demonyms=_unique(demonym_pairs, "demonym"),
        members={group: frozenset(names) for group, names in listed.items()},
        complete=frozenset(complete),
        disjoint_sets=tuple(frozenset(names) for names in sets.values()),
        economies=economies,
        sovereigns={
            item.name: item.parent
            for item in found
            if item.kind is PlaceKind.COUNTRY and item.parent is not None
        },
        codes=codes,
    )


@functools.cache
def areas() -> tuple[Area, ...]:
    """China's named areas of several provinces or cities (``china_areas.csv``), in file order.

    Their members must be known provinces or cities; their written forms are not among the
    places' own (an area is no division), so they are read by the caller's own tables.
    """
    found = []
    for row in _rows("china_areas.csv"):
        item = Area(
            row["name"],
            _split(row["chinese"]),
            _split(row["aliases"]),
            _split(row["members"]),
            row["scope"],
        )
        unknown = [m for m in item.members if not is_region(m)]
        if unknown:
            raise ValueError(f"china_areas.csv: {item.name!r}: unknown members {unknown}")
        found.append(item)
    return tuple(found)


def place(name: str) -> Place | None:
    """The place with canonical name ``name``, or None."""
    return _data().places.get(name)


def places(*kinds: PlaceKind) -> tuple[Place, ...]:
    """All places of the given kinds (of every kind when none is given), in file order."""
    wanted = frozenset(kinds or PlaceKind)
    return tuple(item for item in _data().places.values() if item.kind in wanted)


def by_code(code: str) -> Place | None:
    """The place with ISO 3166-1 alpha-2 or alpha-3 code, or ISO 3166-2:CN code ``code``."""
    name = _data().codes.get(code.upper())
    return None if name is None else _data().places[name]


@functools.cache
def _written_forms(kinds: frozenset[PlaceKind]) -> dict[str, str]:
    data = _data()
    return {form: name for form, name in data.forms.items() if data.places[name].kind in kinds}


def written_forms(*kinds: PlaceKind) -> dict[str, str]:
    """Written form -> canonical name, for places of the given kinds (all when none given).

    English forms are lower-cased, Chinese forms as written. Provinces have their short and
    full Chinese names, cities their name with and without 市. A new dict on each call.
    """
    return dict(_written_forms(frozenset(kinds or PlaceKind)))


def demonyms() -> dict[str, str]:
    """Lower-cased adjective of a country -> the country ("mongolian" -> "Mongolia")."""
    return dict(_data().demonyms)


def members(group: str) -> frozenset[str]:
    """The listed members of a partner group; empty when none are listed or not a group.

    Members are canonical names of countries and economies (Hong Kong, Macao, Taiwan).
    """
    return _data().members.get(group, frozenset())


def _kind(name: str) -> PlaceKind | None:
    item = _data().places.get(name)
    return None if item is None else item.kind


def is_country(name: str) -> bool:
    """Whether ``name`` is the canonical name of a country or economy of ISO 3166-1.

    Hong Kong, Macao and Taiwan are provincial-level divisions of China here, not countries.
    """
    return _kind(name) is PlaceKind.COUNTRY


def is_group(name: str) -> bool:
    """Whether ``name`` is the canonical name of a partner group."""
    return _kind(name) is PlaceKind.GROUP


def is_region(name: str) -> bool:
    """Whether ``name`` is a Chinese provincial-level division or city."""
    return _kind(name) in (PlaceKind.PROVINCE, PlaceKind.CITY)


def province_of(city: str) -> str | None:
    """The province of a city, or None when ``city`` is no known city."""
    item = _data().places.get(city)
    return item.parent if item is not None and item.kind is PlaceKind.CITY else None


def _belongs(economy: str, group: str) -> bool:
    """Whether an economy or its sovereign is a listed member of ``group``."""
    listed = members(group)
    return economy in listed or _data().sovereigns.get(economy) in listed


def economy(name: str) -> tuple[bool, str | None]:
    """Whether ``name`` is a single economy, and its sovereign if it is a dependent territory.

    Two economies overlap only when they are the same or one is the other's sovereign (see
    :func:`disjoint_partners`), which lets a caller test one against many with set lookups.
    """
    data = _data()
    return name in data.economies, data.sovereigns.get(name)


def disjoint_partners(a: str, b: str) -> bool:
    """Whether trade with ``a`` and trade with ``b`` can never be the same trade.

    Single economies (countries, and Hong Kong, Macao, Taiwan, which are customs territories
    of their own) are disjoint from each other, except a dependent territory from its
    sovereign. An economy is disjoint from a group it does not belong to, when the group's
    member list is complete. Groups are disjoint when the data lists them as such. "World"
    overlaps everything, and a name is never disjoint from itself. Anything else (unknown
    names, Chinese provinces and cities, open groups) is not known to be disjoint.
    """
    if a == b or WORLD in (a, b):
        return False
    data = _data()
    if a in data.economies and b in data.economies:
        return data.sovereigns.get(a) != b and data.sovereigns.get(b) != a
    for economy, group in ((a, b), (b, a)):
        if economy in data.economies and group in data.complete:
            return not _belongs(economy, group)
    return any(a in names and b in names for names in data.disjoint_sets)
