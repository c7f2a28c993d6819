"""One partner identity across the code systems of trade files."""

import pytest

from tradestat.partners import AGGREGATES, canonical, code_of, resolve


@pytest.mark.parametrize(
    ("system", "code", "name"),
    [
        ("gacc", "502", "United States"),
        ("gacc", "145", "Kazakhstan"),
        ("gacc", "143", "Taiwan"),
        ("census", "5700", "China"),
        ("comtrade", "842", "United States"),
        ("comtrade", "398", "Kazakhstan"),
        ("comtrade", "490", "Taiwan"),
        ("comtrade", "0156", "China"),
        ("m49", "840", "United States"),
        ("iso2", "kz", "Kazakhstan"),
        ("iso3", "KAZ", "Kazakhstan"),
        ("imf", "CHN", "China"),
        ("imf-legacy", "CN", "China"),
        ("geonom", "EL", "Greece"),
        ("geonom", "UK", "United Kingdom"),
    ],
)
def test_codes_of_each_system_name_one_partner(system: str, code: str, name: str) -> None:
    partner = resolve(system, code)
    assert partner is not None and partner.name == name and not partner.aggregate
    assert partner.code == code and partner.origin == f"{system.upper()} {code}"


def test_aggregates_are_marked() -> None:
    for system, codes in AGGREGATES.items():
        for code in codes:
            partner = resolve(system, code)
            assert partner is not None and partner.aggregate, (system, code)
    assert resolve("comtrade", "0").name == "World"
    assert resolve("census", "-").name == "World"
    assert resolve("imf", "G001").name == resolve("imf-legacy", "W00").name == "World"


def test_names_resolve_when_the_table_lacks_the_code() -> None:
    assert resolve("gacc", "888", "韩国").name == "South Korea"
    assert resolve("gacc", "888", "Macao,China").name == "Macao"
    assert resolve("census", "9999", "KOREA, SOUTH").name == "South Korea"
    assert resolve("gacc", "888", "东盟").aggregate
    assert resolve("gacc", "888", "Atlantis") is None
    with pytest.raises(ValueError, match="unknown code system"):
        resolve("nope", "1")


def test_canonical_and_code_of() -> None:
    assert canonical("USA") == "United States" and canonical("  Atlantis ") == "Atlantis"
    assert code_of("Kazakhstan", "gacc") == "145" and code_of("Kazakhstan", "comtrade") == "398"
    assert code_of("Atlantis", "iso2") is None


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Rep. of Korea", "South Korea"),
        ("China, Hong Kong SAR", "Hong Kong"),
        ("Dem. People's Rep. of Korea", "North Korea"),
        ("Bolivia (Plurinational State of)", "Bolivia"),
        ("Lao People's Dem. Rep.", "Laos"),
        ("Viet Nam", "Vietnam"),
        ("Türkiye", "Turkey"),
    ],
)
def test_comtrade_names_are_canonical(written: str, name: str) -> None:
    assert canonical(written) == name


def test_customs_group_labels_are_groups() -> None:
    assert resolve("gacc", "", "共建“一带一路”国家和地区").name == "BRI countries"
    assert resolve("gacc", "", "区域全面经济伙伴关系协定（RCEP）成员国").aggregate


# --- the code tables are complete against the sources ------------------------------------------
#: Every partner code ../shared/sources names (china-customs-query-platform.md,
#: us-census-trade-api.md), with the partner it stands for.
NOTES_GACC = {
    "101": "Afghanistan",
    "110": "Hong Kong",
    "116": "Japan",
    "121": "Macao",
    "133": "South Korea",
    "141": "Vietnam",
    "142": "China",
    "143": "Taiwan",
    "303": "United Kingdom",
    "304": "Germany",
    "344": "Russia",
    "501": "Canada",
    "502": "United States",
    "601": "Australia",
    "609": "New Zealand",
    "349": "Serbia and Montenegro",
}
NOTES_CENSUS = {
    "5700": "China",
    "5830": "Taiwan",
    "5880": "Japan",
    "5800": "South Korea",
    "5520": "Vietnam",
    "5490": "Thailand",
    "5570": "Malaysia",
    "5590": "Singapore",
    "5650": "Philippines",
    "5330": "India",
    "5460": "Myanmar",
    "5380": "Bangladesh",
    "5360": "Nepal",
    "1220": "Canada",
    "2010": "Mexico",
    "3510": "Brazil",
    "5820": "Hong Kong",
    "4280": "Germany",
}


@pytest.mark.parametrize(("system", "codes"), [("gacc", NOTES_GACC), ("census", NOTES_CENSUS)])
def test_every_code_the_source_notes_name_resolves(system: str, codes: dict[str, str]) -> None:
    for code, name in codes.items():
        partner = resolve(system, code)
        assert partner is not None and partner.name == name, code
        assert partner.origin == f"{system.upper()} {code}"  # the original code is kept


def test_the_gacc_table_holds_the_whole_gacc_list() -> None:
    # 243 codes in the GACC list (chinautils): 221 economies, 13 parts of others or historic,
    # 9 aggregates (199 ... 699, 701, 702, 999)
    economies = {c for c in map(str, range(100, 1000)) if code_of_any("gacc", c)}
    assert len(economies) == 243
    assert {c for c in economies if resolve("gacc", c).aggregate} >= set(AGGREGATES["gacc"])
    assert resolve("gacc", "207").name == "Canary Islands" and not resolve("gacc", "207").aggregate
    # continents: 1xx Asia ... 6xx Oceania; the codes are unique per partner
    names = [resolve("gacc", c).name for c in economies if not resolve("gacc", c).aggregate]
    assert len(names) == len(set(names))


def code_of_any(system: str, code: str) -> bool:
    return resolve(system, code) is not None


def test_census_code_the_notes_give_wrongly_resolves_by_the_name() -> None:
    # the notes say "4000 France"; Schedule C has 4279 France. CTY_NAME decides.
    assert resolve("census", "4000", "FRANCE").name == "France"
    assert resolve("census", "4279").name == "France"


def test_loaders_keep_unknown_partner_codes_with_a_warning() -> None:
    import tradestat as ts
    from tradestat.loaders import Source, loads

    header = '"数据年月","贸易伙伴编码","贸易伙伴名称","美元",'
    rows = ['"202503","207","加那利群岛","5",', '"202503","888","亚特兰蒂斯","7",']
    data = ("\r\n".join([header, *rows]) + "\r\n").encode("gb18030")
    result = ts.load(Source.from_bytes(data, "q.csv"), loader="gacc-query", flow="exports")
    assert result.ok and [f.partner for f in result.facts] == ["Canary Islands", "亚特兰蒂斯"]
    (warning,) = result.warnings
    assert "888 kept as '亚特兰蒂斯'" in warning and "GACC" in warning
    assert "partner GACC 888" in result.facts[1].provenance.source
    census = loads(
        '[["CTY_CODE","CTY_NAME","ALL_VAL_MO","time"],\n["9999","ATLANTIS","1","2024-03"]]',
        loader="census",
    )
    assert census.facts.one().partner == "Atlantis"
    assert "9999 kept as 'Atlantis'" in census.warnings[0]
    assert "Census Schedule C 9999" in census.facts.one().provenance.source
