"""Reference geography: names resolve, data is consistent, disjointness behaves."""

from __future__ import annotations

import ast
import collections
import itertools
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradestat import places
from tradestat.places import Place, PlaceKind

ALL_NAMES = sorted(item.name for item in places.places())
CJK = re.compile(r"[\u3400-\u9fff]")

#: Written forms whose canonical name deliberately differs from the old lexicon's: both were
#: second names of one place, now its written forms.
RENAMED = {"xizang": "Tibet", "khorgos": "Horgos"}


# --- Names resolve ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("form", "name"),
    [
        ("united states", "United States"),
        ("the u.s.", "United States"),
        ("美国", "United States"),
        ("美利坚合众国", "United States"),
        ("south korea", "South Korea"),
        ("韩国", "South Korea"),
        ("russia", "Russia"),
        ("the russian federation", "Russia"),
        ("俄罗斯", "Russia"),
        ("蒙古国", "Mongolia"),
        ("蒙古", "Mongolia"),
        ("viet nam", "Vietnam"),
        ("lao pdr", "Laos"),
        ("türkiye", "Turkey"),
        ("czechia", "Czech Republic"),
        ("britain", "United Kingdom"),
        ("ivory coast", "Côte d'Ivoire"),
        ("côte d’ivoire", "Côte d'Ivoire"),
        ("dr congo", "Democratic Republic of the Congo"),
        ("刚果（金）", "Democratic Republic of the Congo"),
        ("congo-brazzaville", "Republic of the Congo"),
        ("沙特", "Saudi Arabia"),
        ("印尼", "Indonesia"),
        ("中非共和国", "Central African Republic"),
        ("republic of guinea", "Guinea"),
        ("几内亚", "Guinea"),
        ("几内亚比绍", "Guinea-Bissau"),
        ("泽西岛", "Jersey"),
        ("inner mongolia", "Inner Mongolia"),
        ("内蒙古自治区", "Inner Mongolia"),
        ("xizang", "Tibet"),
        ("西藏自治区", "Tibet"),
        ("广西壮族自治区", "Guangxi"),
        ("新疆维吾尔自治区", "Xinjiang"),
        ("hong kong sar", "Hong Kong"),
        ("中国香港", "Hong Kong"),
        ("macau", "Macao"),
        ("中国台湾", "Taiwan"),
        ("chinese taipei", "Taiwan"),
        ("xi'an", "Xi'an"),
        ("xi’an", "Xi'an"),
        ("西安市", "Xi'an"),
        ("义乌", "Yiwu"),
        ("义乌市", "Yiwu"),
        ("khorgos", "Horgos"),
        ("霍尔果斯", "Horgos"),
        ("shigatse", "Shigatse"),
        ("日喀则", "Shigatse"),
        ("吉林", "Jilin"),
        ("吉林市", "Jilin City"),
        ("suzhou", "Suzhou"),
        ("宿州", "Suzhou, Anhui"),
        ("pingxiang", "Pingxiang"),
        ("萍乡", "Pingxiang, Jiangxi"),
        ("朝阳市", "Chaoyang"),
        ("the middle east", "Middle East"),
        ("中东国家", "Middle East"),
        ('共建"一带一路"国家', "BRI countries"),
        ("共建“一带一路”国家", "BRI countries"),
        ("rcep", "RCEP members"),
        ("区域全面经济伙伴关系协定", "RCEP members"),
        ("中亚五国", "Central Asia"),
        ("拉美", "Latin America"),
        ("sco member states", "SCO members"),
        ("上海合作组织", "SCO members"),
        ("海合会", "GCC"),
        ("金砖国家", "BRICS"),
        ("南美国家", "South America"),
        ("中东欧国家", "Central and Eastern European countries"),
        ("ceec", "Central and Eastern European countries"),
        ("东南亚", "Southeast Asia"),
    ],
)
def test_written_form_resolves(form: str, name: str) -> None:
    assert places.written_forms()[form] == name


@pytest.mark.parametrize(
    "form",
    [
        "guinea",
        "jersey",
        "chad",
        "congo",
        "reunion",
        "刚果",
        "中非",
        "泽西",
        "朝阳",
        "大同",
        "海地",
        "中东",
        "taizhou",
        "yulin",
        "美",
        "中",
    ],
)
def test_ambiguous_forms_are_left_out(form: str) -> None:
    assert form not in places.written_forms()


def test_written_forms_by_kind() -> None:
    countries = places.written_forms(PlaceKind.COUNTRY)
    regions = places.written_forms(PlaceKind.PROVINCE, PlaceKind.CITY)
    assert countries["俄罗斯"] == "Russia"
    assert "广东" not in countries
    assert regions["广东省"] == "Guangdong"
    assert regions["深圳市"] == "Shenzhen"
    assert "asean" not in regions
    assert places.written_forms(PlaceKind.GROUP)["东盟"] == "ASEAN"
    districts = places.written_forms(PlaceKind.DISTRICT)
    assert districts["顺德区"] == districts["shunde district"] == "Shunde"
    assert "nanshan" not in districts and districts["nanshan district"] == "Nanshan"
    assert places.written_forms() == (
        countries | regions | districts | places.written_forms(PlaceKind.GROUP)
    )


def test_written_forms_is_a_fresh_dict() -> None:
    forms = places.written_forms()
    forms["atlantis"] = "Atlantis"
    assert "atlantis" not in places.written_forms()


def test_demonyms() -> None:
    adjectives = places.demonyms()
    assert adjectives["mongolian"] == "Mongolia"
    assert adjectives["south african"] == "South Africa"
    assert adjectives["emirati"] == "United Arab Emirates"
    assert "chinese" not in adjectives
    assert "polish" not in adjectives
    assert all(places.is_country(country) for country in adjectives.values())


def test_place_lookup() -> None:
    guangdong = places.place("Guangdong")
    assert guangdong == Place(
        "Guangdong",
        PlaceKind.PROVINCE,
        ("广东", "广东省"),
        ("Guangdong Province",),
        "China",
        "CN-GD",
    )
    assert places.place("Atlantis") is None
    us = places.place("United States")
    assert us is not None and us.code == "US" and us.parent is None
    greenland = places.place("Greenland")
    assert greenland is not None and greenland.parent == "Denmark"
    hong_kong = places.place("Hong Kong")
    assert hong_kong is not None and hong_kong.kind is PlaceKind.PROVINCE
    assert hong_kong.code == "HK" and hong_kong.parent == "China"


def test_by_code() -> None:
    assert places.by_code("DE") == places.place("Germany")
    assert places.by_code("deu") == places.place("Germany")
    assert places.by_code("CN-XZ") == places.place("Tibet")
    assert places.by_code("HKG") == places.place("Hong Kong")
    assert places.by_code("TW") == places.place("Taiwan")
    assert places.by_code("HK") == places.place("Hong Kong")
    assert places.by_code("XX") is None


def test_predicates() -> None:
    assert places.is_country("China")
    assert places.is_country("Greenland")
    assert not places.is_country("Hong Kong")
    assert not places.is_country("ASEAN")
    assert places.is_group("ASEAN")
    assert not places.is_group("Japan")
    assert places.is_region("Hong Kong")
    assert places.is_region("Guangdong")
    assert places.is_region("Yiwu")
    assert not places.is_region("Japan")
    assert not places.is_region("Atlantis")
    assert places.province_of("Yiwu") == "Zhejiang"
    assert places.province_of("Suzhou, Anhui") == "Anhui"
    assert places.province_of("Guangdong") is None
    assert places.province_of("Atlantis") is None


def test_members() -> None:
    assert places.members("Central Asia") == {
        "Kazakhstan",
        "Kyrgyzstan",
        "Tajikistan",
        "Uzbekistan",
        "Turkmenistan",
    }
    assert len(places.members("EU")) == 27
    assert "United Kingdom" not in places.members("EU")
    assert places.members("RCEP members") == places.members("ASEAN") - {"Timor-Leste"} | {
        "China",
        "Japan",
        "South Korea",
        "Australia",
        "New Zealand",
    }
    assert len(places.members("GCC")) == 6
    assert {"Nigeria", "Egypt", "South Africa"} <= places.members("Africa")
    assert {"Brazil", "Mexico", "Cuba"} <= places.members("Latin America")
    assert places.members("BRI countries") == frozenset()
    assert places.members("Japan") == frozenset()


# --- The extractor and the checks use these tables ---------------------------------------


def test_the_extractor_lexicon_is_places() -> None:
    from tradestat.extraction import lexicon

    assert places.written_forms(PlaceKind.PROVINCE, PlaceKind.CITY) == lexicon.REGIONS
    assert lexicon.COUNTRIES["the u.s."] == "United States"
    assert lexicon.COUNTRIES["哈萨克斯坦"] == "Kazakhstan"
    assert lexicon.PARTNER_GROUPS["东盟"] == "ASEAN"
    assert lexicon.REGIONS["xizang"] == "Tibet"


# --- disjoint_partners -----------------------------------------------------------------

NAMES = st.sampled_from([*ALL_NAMES, "World"]) | st.text(max_size=12)


@given(NAMES, NAMES)
def test_disjoint_partners_is_symmetric(a: str, b: str) -> None:
    assert places.disjoint_partners(a, b) == places.disjoint_partners(b, a)


@given(NAMES)
def test_disjoint_partners_is_irreflexive(a: str) -> None:
    assert not places.disjoint_partners(a, a)


@given(NAMES)
def test_world_overlaps_everything(a: str) -> None:
    assert not places.disjoint_partners("World", a)
    assert not places.disjoint_partners(a, "World")


@given(st.sampled_from(sorted(item.name for item in places.places(PlaceKind.GROUP))))
def test_members_overlap_their_group(group: str) -> None:
    for member in places.members(group):
        assert not places.disjoint_partners(member, group), (member, group)


@given(st.sampled_from(ALL_NAMES), st.text(max_size=12))
def test_unknown_names_are_never_disjoint(a: str, b: str) -> None:
    if places.place(b) is None and b != a:
        assert not places.disjoint_partners(a, b)


@pytest.mark.parametrize(
    ("a", "b", "disjoint"),
    [
        ("Japan", "South Korea", True),
        ("Brunei", "Japan", True),
        ("Hong Kong", "United States", True),
        ("Hong Kong", "China", True),  # separate customs territories
        ("Greenland", "Denmark", False),  # a territory and its sovereign
        ("Réunion", "EU", False),  # through its sovereign, France
        ("Réunion", "Africa", False),
        ("Kazakhstan", "Central Asia", False),
        ("Mongolia", "Central Asia", True),
        ("United States", "RCEP members", True),
        ("Japan", "RCEP members", False),
        ("Hong Kong", "APEC", False),
        ("Hong Kong", "ASEAN", True),
        ("Brazil", "Latin America", False),
        ("United States", "Latin America", True),
        ("Japan", "BRI countries", False),  # no member list
        ("Iran", "SCO members", False),
        ("Turkey", "SCO members", False),  # the list is not complete
        ("ASEAN", "EU", True),
        ("Africa", "Latin America", True),
        ("GCC", "Central Asia", True),
        ("ASEAN", "RCEP members", False),
        ("Africa", "Arab states", False),
        ("ASEAN", "BRI countries", False),
        ("Guangdong", "Jiangsu", False),  # regions are not partners here
        ("China", "World", False),
    ],
)
def test_disjoint_partners_examples(a: str, b: str, disjoint: bool) -> None:
    assert places.disjoint_partners(a, b) is disjoint


# --- Data integrity --------------------------------------------------------------------


def test_no_written_form_names_two_places() -> None:
    data = places._data()
    owners: dict[str, set[str]] = collections.defaultdict(set)
    for form, name in places._pairs(list(data.places.values()), places._excluded()):
        owners[form].add(name)
    shared = {form: names for form, names in owners.items() if len(names) > 1}
    assert shared == {}


def test_written_forms_are_keys_as_the_tables_hold_them() -> None:
    for form, name in places.written_forms().items():
        assert places.place(name) is not None
        if CJK.search(form):
            assert len(form) >= 2, form
        else:
            assert form == form.lower(), form


def test_demonyms_are_not_written_forms() -> None:
    assert set(places.demonyms()).isdisjoint(places.written_forms())


def test_excluded_forms_are_excluded() -> None:
    forms = places.written_forms()
    for form, names in places._excluded().items():
        if "" in names:
            assert form not in forms and form not in places.demonyms(), form
        else:
            assert all(forms.get(form) != name for name in names), form


def test_counts() -> None:
    countries = places.places(PlaceKind.COUNTRY)
    provinces = places.places(PlaceKind.PROVINCE)
    codes = [item.code for item in countries] + [
        item.code for item in provinces if item.code and len(item.code) == 2
    ]
    assert len(codes) == len(set(codes)) == 249  # ISO 3166-1
    assert len(provinces) == 34
    assert {province.parent for province in provinces} == {"China"}
    assert sum(len(places.members(group.name)) > 0 for group in places.places(PlaceKind.GROUP)) > 20


def test_every_city_has_a_province() -> None:
    cities = places.places(PlaceKind.CITY)
    assert len(cities) >= 293
    for city in cities:
        parent = places.place(city.parent or "")
        assert parent is not None and parent.kind is PlaceKind.PROVINCE, city.name
        assert city.chinese and not city.chinese[0].endswith("市"), city.name


def test_every_district_has_a_city_or_municipality() -> None:
    districts = places.places(PlaceKind.DISTRICT)
    assert len(districts) >= 20
    for district in districts:
        parent = places.place(district.parent or "")
        assert parent is not None, district.name
        assert parent.kind is PlaceKind.CITY or parent.name in ("Beijing", "Shanghai")
        assert district.chinese[0].endswith("区"), district.name
        assert not places.is_region(district.name)


def test_each_province_has_its_prefecture_level_cities() -> None:
    cities = collections.Counter(city.parent for city in places.places(PlaceKind.CITY))
    for province in ("Guangdong", "Jiangsu", "Xinjiang", "Tibet", "Inner Mongolia", "Hainan"):
        assert cities[province] >= 4, province
    for municipality in ("Beijing", "Shanghai", "Tianjin", "Chongqing"):
        assert cities[municipality] == 0


def test_group_members_are_economies() -> None:
    for group in places.places(PlaceKind.GROUP):
        for member in places.members(group.name):
            item = places.place(member)
            assert item is not None, member
            assert item.kind is PlaceKind.COUNTRY or item.code in ("HK", "MO", "TW"), member


def test_disjoint_groups_share_no_member() -> None:
    data = places._data()
    for names in data.disjoint_sets:
        for a, b in itertools.combinations(sorted(names), 2):
            assert places.members(a).isdisjoint(places.members(b)), (a, b)


def test_sovereigns_are_sovereign_countries() -> None:
    for item in places.places(PlaceKind.COUNTRY):
        if item.parent is not None:
            sovereign = places.place(item.parent)
            assert sovereign is not None and sovereign.kind is PlaceKind.COUNTRY
            assert sovereign.parent is None, item.name


def test_places_module_imports_no_other_layer() -> None:
    source = Path(places.__file__).read_text(encoding="utf-8")
    imported = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            imported |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
    assert not {name for name in imported if name.startswith("tradestat")}
