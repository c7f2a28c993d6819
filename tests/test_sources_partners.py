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
