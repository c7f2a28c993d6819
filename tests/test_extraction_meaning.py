"""The meaning side of extraction: which figures are read and what each one means.

Every sentence here is invented for the rule it tests; none is taken from a corpus text.
"""

from __future__ import annotations

import pytest

from tradestat.extraction import extract
from tradestat.extraction.numbers import chinese_numeral, find_mentions


def mentions(text: str) -> list[tuple[str, str, str]]:
    return [(m.digits, m.unit, m.qualifier.value) for m in find_mentions(text)]


# --- figures that were never read --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Widget trade tops 80b yuan", [("80", "billion CNY", "more_than")]),
        ("toy exports at $4.7bn", [("4.7", "billion USD", "exact")]),
        ("trade tops 2.3tln yuan", [("2.3", "trillion CNY", "more_than")]),
        ("exports exceeds 300 bln yuan", [("300", "billion CNY", "more_than")]),
        ("a 7b model", []),
    ],
)
def test_headline_abbreviations(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert mentions(text) == expected


def test_thin_space_thousands() -> None:
    assert mentions("exports of 2\u2009345.6 billion yuan") == [("2345.6", "billion CNY", "exact")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("对某国出口近三成", [("30", "percent", "about")]),
        ("占比超七成", [("70", "percent", "more_than")]),
        ("占四成多", [("40", "percent", "more_than")]),
        ("增长两成", [("20", "percent", "exact")]),
        ("这一成为新动能", []),
        ("进出口超五百亿元", [("500", "100 million CNY", "more_than")]),
        ("出口破千亿元", [("1000", "100 million CNY", "more_than")]),
        ("进口约两千亿美元", [("2000", "100 million USD", "about")]),
    ],
)
def test_chinese_numerals_and_tenths(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("三百", 300), ("千", 1000), ("一千二百", 1200), ("十五", 15), ("三五", None)],
)
def test_chinese_numeral_values(numeral: str, value: int | None) -> None:
    assert chinese_numeral(numeral) == value


def test_a_list_of_numbers_shares_the_last_unit() -> None:
    assert mentions("sales of pens, ink and paper were 3.1, 2.4 and 0.8 billion yuan") == [
        ("3.1", "billion CNY", "exact"),
        ("2.4", "billion CNY", "exact"),
        ("0.8", "billion CNY", "exact"),
    ]
    assert [m.unit for m in find_mentions("rose 4.1, 2.2 and 7.9 percentage points")] == [
        "percentage_point"
    ] * 3
    assert mentions("in 2021 and 6 percent") == [("6", "percent", "exact")]


# --- measures ---------------------------------------------------------------------------
def facts(text: str) -> list[tuple[object, ...]]:
    """(flow, measure, value, segment, partner, benchmark) of each fact read from ``text``."""
    return [
        (
            r["flow"],
            r["measure"],
            float(r["value"]),
            r["segment"],
            r["partner"],
            r.get("benchmark"),
        )
        for r in extract(text).facts.to_records()
    ]


LEAD_EN = "Hunan's foreign trade rose 3 percent in the first quarter of 2022. "
LEAD_ZH = "2022年一季度，湖南省外贸进出口增长3%。"


@pytest.mark.parametrize(
    ("sentence", "flow", "value", "benchmark"),
    [
        (
            "Its exports grew 9 percent, 4.4 percentage points higher than the national level.",
            "exports",
            4.4,
            "China",
        ),
        (
            "Its imports outpaced the national average by 2.5 percentage points.",
            "imports",
            2.5,
            "China",
        ),
        (
            "Its exports grew 1 percent, 0.7 percentage points lower than the national average.",
            "exports",
            -0.7,
            "China",
        ),
        (
            "Its exports grew 9 percent, 1.5 percentage points faster than the provincial rate.",
            "exports",
            1.5,
            "Hunan",
        ),
    ],
)
def test_growth_gaps_in_english(sentence: str, flow: str, value: float, benchmark: str) -> None:
    gaps = [f for f in facts(LEAD_EN + sentence) if f[1] == "growth_gap"]
    assert gaps == [(flow, "growth_gap", value, None, "World", benchmark)]


@pytest.mark.parametrize(
    ("sentence", "flow", "value", "benchmark"),
    [
        ("出口增长9%，比全国出口增速高出6.1个百分点。", "exports", 6.1, "China"),
        ("进口下降2%，低于全国进口增速3.3个百分点。", "imports", -3.3, "China"),
        ("进出口增长5%，较全国整体增速高0.4个百分点。", "total", 0.4, "China"),
        ("出口增长8%，高于全省出口整体增速2个百分点。", "exports", 2.0, "Hunan"),
    ],
)
def test_growth_gaps_in_chinese(sentence: str, flow: str, value: float, benchmark: str) -> None:
    gaps = [f for f in facts(LEAD_ZH + sentence) if f[1] == "growth_gap"]
    assert gaps == [(flow, "growth_gap", value, None, "World", benchmark)]


def test_points_without_a_benchmark_are_skipped() -> None:
    text = LEAD_ZH + "一般贸易进出口占比为60%，比上年同期提高1.2个百分点。"
    assert [f for f in facts(text) if f[1] == "growth_gap"] == []
    reasons = [s.reason for s in extract(text).skipped]
    assert any("percentage points" in r for r in reasons)


def test_a_list_of_gaps_pairs_with_the_flows_of_the_sentence_before() -> None:
    text = LEAD_EN + (
        "Imports rose 8 percent, while exports grew 5 percent. The two growth rates were 2.5 "
        "and 1.5 percentage points higher than the national average, respectively."
    )
    gaps = {(f[0], f[2], f[5]) for f in facts(text) if f[1] == "growth_gap"}
    assert gaps == {("imports", 2.5, "China"), ("exports", 1.5, "China")}


def test_a_list_of_gaps_pairs_with_a_list_of_flows() -> None:
    text = LEAD_EN + (
        "The growth rates of the province's foreign trade, exports and imports were 2.2, 3.1 "
        "and 0.9 percentage points higher than the national average."
    )
    gaps = {(f[0], f[2]) for f in facts(text) if f[1] == "growth_gap"}
    assert gaps == {("total", 2.2), ("exports", 3.1), ("imports", 0.9)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Its exports and imports rose 4.5 percent and 6.5 percent, respectively.",
        "Its import & export rose 4.5 percent.",
    ],
)
def test_flow_lists_and_ampersand(sentence: str) -> None:
    growth = {(f[0], f[2]) for f in facts(LEAD_EN + sentence) if f[1] == "yoy_growth"}
    if "&" in sentence:
        assert ("total", 4.5) in growth
    else:
        assert {("exports", 4.5), ("imports", 6.5)} <= growth


def test_chinese_flow_list_with_fenbie() -> None:
    text = (
        LEAD_ZH + "外贸进出口、出口和进口分别完成200亿元、120亿元、80亿元，同比分别增长5%、6%和4%。"
    )
    values = {(f[0], f[1], f[2]) for f in facts(text)}
    assert {
        ("total", "value", 200.0),
        ("exports", "value", 120.0),
        ("imports", "value", 80.0),
        ("exports", "yoy_growth", 6.0),
    } <= values


@pytest.mark.parametrize(
    ("sentence", "flow", "value"),
    [
        ("民营企业进出口300亿元，增长5%，占48.2%。", "total", 48.2),
        ("机电产品出口100亿元，占同期全省外贸出口总值的43.1%。", "exports", 43.1),
        ("民营企业进出口占全省外贸总值近七成。", "total", 70.0),
    ],
)
def test_shares_in_chinese(sentence: str, flow: str, value: float) -> None:
    shares = [(f[0], f[2]) for f in facts(LEAD_ZH + sentence) if f[1] == "share"]
    assert shares == [(flow, value)]


def test_share_of_total_trade_takes_the_flow_of_the_total() -> None:
    text = LEAD_EN + (
        "Private firms, which contributed 41.2 percent of the province's total foreign trade, "
        "saw their imports rise 3 percent."
    )
    assert [(f[0], f[2]) for f in facts(text) if f[1] == "share"] == [("total", 41.2)]


def test_hyphenated_percent() -> None:
    text = LEAD_EN + "Exports reached 5 billion yuan, a 12.5-percent growth year on year."
    assert ("exports", "yoy_growth", 12.5) in [f[:3] for f in facts(text)]


# --- segments ---------------------------------------------------------------------------
def segments(text: str) -> dict[float, object]:
    """value -> segment of each fact."""
    return {f[2]: f[3] for f in facts(text)}


def test_a_respectively_list_of_products() -> None:
    text = (
        LEAD_EN + "Exports of pens, ink and paper were 3.1, 2.4 and 0.8 billion yuan respectively."
    )
    assert segments(text) | {3.0: None} == {3.0: None, 3.1: "pens", 2.4: "ink", 0.8: "paper"}


def test_a_known_name_with_and_is_not_split() -> None:
    text = LEAD_EN + (
        "Exports of mechanical and electrical products and toys rose 2.5 percent and 7.5 "
        "percent respectively."
    )
    got = segments(text)
    assert (got[2.5], got[7.5]) == ("mechanical and electrical products", "toys")


@pytest.mark.parametrize(
    ("sentence", "value", "segment"),
    [
        ("Bicycle exports rose 4.5 percent.", 4.5, "bicycles"),
        ("Meanwhile, steel exports fell 2.5 percent.", 2.5, "steel"),
        ("The province's exports rose 4.5 percent.", 4.5, None),
        ("The metropolis' exports rose 4.5 percent.", 4.5, None),
        ("Guangdong exports rose 4.5 percent.", 4.5, None),
        ("Exports of Hunan province rose 4.5 percent.", 4.5, None),
        ("Its trade in goods rose 4.5 percent.", 4.5, None),
    ],
)
def test_the_noun_phrase_of_the_flow_word(sentence: str, value: float, segment: str) -> None:
    got = {abs(v): s for v, s in segments(LEAD_EN + sentence).items()}
    assert got[value] == segment


def test_china_and_an_abbreviated_partner_in_chinese() -> None:
    text = "中国海关总署数据显示，2031年1-4月，中俄贸易额为700亿美元，同比增长12%。中美双边贸易额为1500亿美元。\n"
    got = {(r[2], r[4]) for r in facts(text)}
    assert got == {(700.0, "Russia"), (12.0, "Russia"), (1500.0, "United States")}


@pytest.mark.parametrize(
    "sentence",
    [
        "两国确定了2033年双边贸易额达到3000亿美元的目标。",
        "The two sides set a target of 300 billion dollars in bilateral trade by 2033.",
    ],
)
def test_a_target_is_not_a_reported_figure(sentence: str) -> None:
    result = extract(LEAD_EN + sentence)
    assert {r["value"] for r in result.facts.to_records()} == {3}
    assert "a target, not a reported figure" in {s.reason for s in result.skipped}


def test_hong_kong_in_a_list_of_partners_is_a_partner() -> None:
    text = LEAD_ZH + "湖南对东盟、我国香港地区和美国分别进出口300亿元、200亿元和100亿元。"
    got = {r[2]: r[4] for r in facts(text) if r[2] in (300.0, 200.0, 100.0)}
    assert got == {300.0: "ASEAN", 200.0: "Hong Kong", 100.0: "United States"}


def test_a_share_of_a_larger_area_is_skipped() -> None:
    result = extract(LEAD_ZH + "湖南进出口占中部地区的21%。")
    assert 21 not in {r["value"] for r in result.facts.to_records()}
    reasons = {s.reason for s in result.skipped}
    assert "a share of another economy's total (not of the reporter's)" in reasons


@pytest.mark.parametrize(
    "text",
    [
        "2031年上半年，株洲市进出口300亿元，增长3%，占全省份额为10%。",
        "2031年上半年，湖南进出口3000亿元。长沙市进出口1300亿元，占全省外贸总值的43%。",
    ],
)
def test_a_citys_share_of_the_whole_province_is_skipped(text: str) -> None:
    result = extract(text)
    assert result.facts.to_records()
    assert not any(r["measure"] == "share" for r in result.facts.to_records())


def test_chinese_product_names_from_the_customs_list() -> None:
    text = LEAD_ZH + "液晶显示板、自行车出口分别为30亿元、20亿元。"
    got = {r[2]: r[3] for r in facts(text) if r[2] in (30.0, 20.0)}
    assert got == {30.0: "LCD panels", 20.0: "bicycles"}


@pytest.mark.parametrize(
    "kind",
    ["foreign-backed firms", "overseas-funded companies", "foreign-owned businesses"],
)
def test_kinds_of_enterprise_in_any_wording(kind: str) -> None:
    text = LEAD_EN + f"Trade of {kind} rose 4 percent to 12 billion yuan."
    assert {(r[1], r[3]) for r in facts(text) if r[2] in (4.0, 12.0)} == {
        ("yoy_growth", "foreign-invested enterprises"),
        ("value", "foreign-invested enterprises"),
    }


def test_one_figure_for_a_whole_list_names_the_list() -> None:
    text = LEAD_EN + "Export volumes of cotton and wool totalled 2.2 billion yuan together."
    assert segments(text)[2.2] == "cotton and wool"
    text = LEAD_EN + "The top items were tea, silk and porcelain, whose exports rose 9.5 percent."
    assert segments(text)[9.5] == "tea, silk and porcelain"


def test_chinese_product_lists_and_words_after_the_flow() -> None:
    text = LEAD_ZH + "钢材、船舶分别出口100亿元、50亿元，分别增长5%和6%；进口原油80亿元。"
    got = segments(text)
    assert (got[100.0], got[50.0], got[5.0], got[6.0], got[80.0]) == (
        "steel products",
        "ships",
        "steel products",
        "ships",
        "crude oil",
    )
    assert segments(LEAD_ZH + "综合保税区进出口90亿元。")[90.0] == "comprehensive bonded zones"


def test_an_unknown_chinese_product_is_skipped_not_guessed() -> None:
    text = LEAD_ZH + "竹编制品出口增长12%。"
    assert 12.0 not in segments(text)
    assert any("竹编制品" in s.reason for s in extract(text).skipped)


def test_year_on_year_and_month_on_month_in_one_sentence() -> None:
    text = (
        LEAD_EN + "In March, exports rose 12.5 percent year on year and 2.5 percent month on month."
    )
    measures = {f[2]: f[1] for f in facts(text)}
    assert (measures[12.5], measures[2.5]) == ("yoy_growth", "mom_growth")


def test_they_refers_to_the_enterprises_of_the_sentence_before() -> None:
    text = LEAD_EN + (
        "The vitality of the province's private enterprises grew further. They secured imports "
        "and exports of 30.5 billion yuan."
    )
    assert segments(text)[30.5] == "private enterprises"


def test_a_semicolon_part_that_starts_with_a_measure_continues_the_subject() -> None:
    text = LEAD_ZH + "国有企业进出口200亿元，增长5%；占全省进出口总值的12.5%。"
    assert segments(text)[12.5] == "state-owned enterprises"


def test_the_trade_in_a_trade_mode_name_is_not_a_flow_word() -> None:
    text = LEAD_EN + "The exports of market procurement trade reached 11.5 billion yuan."
    assert [f[0] for f in facts(text) if f[2] == 11.5] == ["exports"]


# --- partners ---------------------------------------------------------------------------
def partners(text: str) -> dict[float, object]:
    """value -> partner of each fact."""
    return {abs(f[2]): f[4] for f in facts(text)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Its exports to Macao rose 6.5 percent.",
        "Its imports from Macao fell 6.5 percent.",
        "Trade between Hunan Province and the Macao Special Administrative Region rose 6.5 percent.",
    ],
)
def test_a_separate_economy_after_a_partner_word_is_the_partner(sentence: str) -> None:
    assert partners(LEAD_EN + sentence)[6.5] == "Macao"


def test_a_mainland_place_after_from_is_not_a_partner() -> None:
    text = LEAD_EN + "Exports rose 6.5 percent, according to data from Changsha customs."
    assert partners(text)[6.5] == "World"


def test_a_hyphenated_pair_names_the_partner() -> None:
    text = "Hunan-Macao trade grows 6.5 pct in first quarter of 2022\n\n" + LEAD_EN
    assert partners(text)[6.5] == "Macao"


@pytest.mark.parametrize(
    ("sentence", "partner"),
    [
        ("对俄出口120亿元。", "Russia"),
        ("自美进口120亿元。", "United States"),
        ("与港贸易额120亿元。", "Hong Kong"),
    ],
)
def test_one_character_partner_names(sentence: str, partner: str) -> None:
    assert partners(LEAD_ZH + sentence)[120.0] == partner


def test_an_unknown_partner_in_a_partner_slot_is_skipped() -> None:
    text = LEAD_ZH + "对东盟进出口500亿元，其中对瓦坎达进出口120亿元。"
    got = partners(text)
    assert got[500.0] == "ASEAN" and 120.0 not in got
    assert any("瓦坎达" in s.reason for s in extract(text).skipped)


def test_the_markets_above_are_the_partners_of_the_sentence_before() -> None:
    text = LEAD_ZH + "对东盟、欧盟进出口分别增长5%和6%。对上述市场进出口合计占40.5%。"
    assert partners(text)[40.5] == "ASEAN, EU"


# --- figures about something else -------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "value", "reason"),
    [
        ("Its trade accounted for 7.5 percent of the country's total.", 7.5, "another economy"),
        ("Global trade growth may be only 1.5 percent this year.", 1.5, "global"),
        ("原油进口均价每吨4321.5元，上涨12.5%。", 4321.5, "price"),
        ("原油进口均价每吨4321.5元，上涨12.5%。", 12.5, "price"),
        ("加工贸易对全省出口增长贡献率为45.5%。", 45.5, "contribution"),
    ],
)
def test_figures_about_something_else_are_skipped(sentence: str, value: float, reason: str) -> None:
    lead = LEAD_ZH if not sentence.isascii() else LEAD_EN
    text = lead + sentence
    assert value not in {abs(v) for v in segments(text)}
    skipped = {
        float(s.text.split("%")[0].split("元")[0].split(" ")[0]): s.reason
        for s in extract(text).skipped
    }
    assert reason in skipped[value]


def test_a_share_word_before_a_list_covers_every_figure() -> None:
    text = LEAD_ZH + "进出口、出口和进口值占全省份额分别为11.5%、13.5%和5.5%。"
    shares = {(f[0], f[2]) for f in facts(text) if f[1] == "share"}
    assert shares == {("total", 11.5), ("exports", 13.5), ("imports", 5.5)}


def test_growth_percent_higher_than_a_benchmark_is_a_gap_in_points() -> None:
    text = LEAD_EN + "The increase of its trade was 9.5 percent higher than the national average."
    records = [r for r in extract(text).facts.to_records() if r["value"] == 9.5]
    assert [(r["measure"], r["unit"], r["benchmark"]) for r in records] == [
        ("growth_gap", "percentage_point", "China")
    ]


# --- respectively lists -----------------------------------------------------------------
def test_respectively_pairs_the_last_list_of_names_with_the_list_of_figures() -> None:
    text = LEAD_EN + (
        "Its trade with ASEAN grew by 1.5 percent, and that with Latin America and Africa went "
        "up 7.5 percent and 3.5 percent respectively."
    )
    assert {v: p for v, p in partners(text).items() if v != 3.0} == {
        1.5: "ASEAN",
        7.5: "Latin America",
        3.5: "Africa",
    }


def test_respectively_can_pair_with_the_partners_of_the_sentence_before() -> None:
    text = LEAD_EN + (
        "The top partners were China's Hong Kong, ASEAN and the European Union. Trade with "
        "them reached 30.5 billion yuan, 20.5 billion yuan and 10.5 billion yuan, respectively."
    )
    got = partners(text)
    assert (got[30.5], got[20.5], got[10.5]) == ("Hong Kong", "ASEAN", "EU")
    text = LEAD_EN + (
        "Its top partners were China's Hong Kong, ASEAN and the European Union, with trade "
        "of 30.5 billion yuan, 20.5 billion yuan and 10.5 billion yuan, respectively. "
        "The growth rates were 5.5%, 6.5% and 7.5%, respectively."
    )
    got = partners(text)
    assert (got[30.5], got[20.5], got[10.5]) == ("Hong Kong", "ASEAN", "EU")
    assert (got[5.5], got[6.5], got[7.5]) == ("Hong Kong", "ASEAN", "EU")


def test_an_unpairable_respectively_list_is_skipped() -> None:
    text = LEAD_ZH + "那些产品和农产品出口分别增长76.5%、10.5%。"
    assert 76.5 not in segments(text)
    assert any("respectively" in s.reason for s in extract(text).skipped)


def test_a_known_chinese_word_inside_an_unknown_product_name_is_not_that_product() -> None:
    # (氢能汽车: hydrogen vehicles, a name the table lacks; 电动汽车 is in it now)
    text = LEAD_ZH + "氢能汽车和农产品出口分别增长76.5%、10.5%。"
    got = segments(text)
    assert 76.5 not in got and got[10.5] == "agricultural products"
    assert any("氢能汽车" in s.reason for s in extract(text).skipped)


def test_import_and_export_volumes_are_the_total_of_each_partner() -> None:
    text = LEAD_EN + (
        "ASEAN and the European Union (EU) were its largest partners, with import and export "
        "volumes of 9.5 billion yuan and 8.5 billion yuan respectively."
    )
    got = {f[2]: (f[0], f[4]) for f in facts(text)}
    assert (got[9.5], got[8.5]) == (("total", "ASEAN"), ("total", "EU"))


def test_a_capital_scale_letter_after_a_currency_symbol() -> None:
    assert mentions("trade reached ¥4.56T") == [("4.56", "trillion CNY", "exact")]
    assert mentions("Team T won 5T") == []


@pytest.mark.parametrize(
    ("sentence", "value", "reason"),
    [
        ("其中进口原油1234.5万吨，增加2.5%。", 2.5, "physical quantity"),
        ("Port throughput reached 3.5 million TEUs, up 4.5 percent.", 4.5, "physical quantity"),
        ("某公司已经报关出口2711.5万美元的货物。", 2711.5, "one company"),
    ],
)
def test_quantities_and_companies_are_not_the_reporters_trade(
    sentence: str, value: float, reason: str
) -> None:
    text = (LEAD_EN if sentence.isascii() else LEAD_ZH) + sentence
    assert value not in {abs(v) for v in segments(text)}
    assert any(reason in s.reason for s in extract(text).skipped)


def test_the_partner_goes_on_only_into_sentences_that_name_nothing_else() -> None:
    text = LEAD_EN + (
        "Trade with Japan rose 5.5 percent. Exports rose 6.5 percent. "
        "Guangxi exports of machinery rose 7.5 percent."
    )
    got = partners(text)
    assert (got[5.5], got[6.5], got[7.5]) == ("Japan", "Japan", "World")


def test_the_continent_refers_to_the_partner_just_named() -> None:
    text = LEAD_EN + (
        "Exports to Africa grew 3.5 percent, while imports from the continent increased 7.5 percent."
    )
    got = partners(text)
    assert (got[3.5], got[7.5]) == ("Africa", "Africa")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Exports slipped 2.5 percent.", -2.5),
        ("Exports dipped 2.5 percent.", -2.5),
        ("Exports soared 2.5 percent.", 2.5),
        ("Exports rose slightly by 2.5 percent.", 2.5),
        ("Exports registered a decline of 2.5 percent.", -2.5),
    ],
)
def test_growth_words_and_their_sign(sentence: str, value: float) -> None:
    assert [f[2] for f in facts(LEAD_EN + sentence) if f[1] == "yoy_growth"][-1] == value


def test_a_cue_written_as_cue_noun_of_binds_to_its_figure() -> None:
    text = LEAD_EN + (
        "In March, its trade reached 9 billion yuan, a year-on-year increase of 19.5% and a "
        "month-on-month decrease of 5.5%."
    )
    measures = {abs(f[2]): f[1] for f in facts(text)}
    assert (measures[19.5], measures[5.5]) == ("yoy_growth", "mom_growth")


def test_a_list_of_gaps_with_a_list_of_benchmarks() -> None:
    text = LEAD_EN + (
        "Its trade grew 9 percent, which was 4.5 and 3.5 percentage points higher than the "
        "country's average and the provincial average respectively."
    )
    gaps = {f[2]: f[5] for f in facts(text) if f[1] == "growth_gap"}
    assert gaps == {4.5: "China", 3.5: "Hunan"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The new three items, namely electric vehicles, lithium batteries and solar cells, saw "
        "combined exports of 38.5 billion yuan.",
        "“新三样”（电动汽车、锂电池、太阳能电池）出口38.5亿元。",
    ],
)
def test_a_list_spelling_out_a_segment_leaves_the_figure_to_the_segment(sentence: str) -> None:
    text = (LEAD_EN if sentence.isascii() else LEAD_ZH) + sentence
    assert segments(text)[38.5] == "new three items"


def test_a_chinese_list_may_restate_each_direction() -> None:
    text = LEAD_ZH + "对欧盟、美国分别进出口180.5亿元、150.5亿元，分别增长5.5%、下降2.5%。"
    got = {f[2]: f[4] for f in facts(text)}
    assert (got[5.5], got[-2.5], got[180.5], got[150.5]) == (
        "EU",
        "United States",
        "EU",
        "United States",
    )


def test_the_price_of_a_product_is_not_its_trade() -> None:
    text = LEAD_EN + "The average price of imported iron ore fell 8.5 percent."
    assert 8.5 not in {abs(v) for v in segments(text)}
    text = LEAD_EN + "Despite falling prices, exports rose 8.5 percent."
    assert 8.5 in segments(text)


def test_the_top_export_item_named_as_the_subject() -> None:
    text = LEAD_EN + (
        "Tablet computers remained the province's top export item, with shipments worth "
        "21.5 billion yuan, up 11.5 percent."
    )
    got = segments(text)
    assert (got[21.5], got[11.5]) == ("tablet computers", "tablet computers")
    assert {f[0] for f in facts(text) if f[2] == 21.5} == {"exports"}


def test_a_headline_product_takes_the_bodys_longer_name() -> None:
    text = (
        "Hunan's trade tops 50b yuan in January; tablet exports at $3.5bn\n\n"
        "Hunan's foreign trade reached 52 billion yuan in January 2022. Tablet computers "
        "remained the province's top export item, with shipments worth 21.5 billion yuan."
    )
    assert {f[3] for f in facts(text) if f[3]} == {"tablet computers"}


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("贸易顺差500亿元，扩大12.5%。", 12.5), ("贸易顺差500亿元，收窄12.5%。", -12.5)],
)
def test_a_surplus_that_widens_or_narrows(sentence: str, value: float) -> None:
    assert ("balance", "yoy_growth", value) in [f[:3] for f in facts(LEAD_ZH + sentence)]


def test_services_trade_is_not_goods_trade() -> None:
    text = LEAD_EN + "Its trade in services rose 9.5 percent."
    assert 9.5 not in segments(text)
    assert 9.5 not in segments(LEAD_ZH + "服务贸易进出口增长9.5%。")


def test_exports_of_a_place_name_no_segment() -> None:
    assert segments(LEAD_EN + "Exports of the province rose 9.5 percent.")[9.5] is None


def test_more_than_a_count_of_partners() -> None:
    assert mentions("与全球200多个国家和地区有贸易往来") == [("200", "count", "more_than")]


def test_of_which_continues_the_segment_before() -> None:
    text = LEAD_ZH + "民营企业进出口1000.5亿元，增长5%。其中，出口600.5亿元。"
    assert segments(text)[600.5] == "private enterprises"
    text = LEAD_ZH + "全省进出口1000.5亿元。其中，出口600.5亿元。"
    assert segments(text)[600.5] is None


@pytest.mark.parametrize(
    ("sentence", "segment"),
    [
        ("Its first-quarter exports rose 9.5 percent.", None),
        ("Its higher exports rose 9.5 percent.", None),
        ("Agricultural exports rose 9.5 percent.", "agricultural products"),
        ("Energy imports rose 9.5 percent.", "energy"),
        ("Car exports rose 9.5 percent.", "cars"),
    ],
)
def test_words_before_exports_that_are_or_are_not_products(sentence: str, segment: object) -> None:
    assert segments(LEAD_EN + sentence)[9.5] == segment


def test_an_unknown_english_partner_is_skipped() -> None:
    text = LEAD_EN + "Exports to Wakanda rose 9.5 percent, and exports to Japan rose 8.5 percent."
    got = partners(text)
    assert 9.5 not in got and got[8.5] == "Japan"
    assert any("Wakanda" in s.reason for s in extract(text).skipped)
    text = LEAD_EN + "Imports from January to March rose 9.5 percent."
    assert partners(text)[9.5] == "World"


@pytest.mark.parametrize(
    "chunk",
    [
        "三",  # a run of Chinese numerals with no scale word
        "1" * 30 + "吨，",  # long digit runs before a quantity word
        "增长5%，占六成，超三百亿元，",  # figures without a sentence end
        "exports of steel, ",  # an endless product list
        "出口6.2万亿，",  # amounts that take the currency written before them
        "rose to 6.2 billion, ",  # ... and the article's one currency
    ],
)
def test_adversarial_inputs_stay_fast(chunk: str) -> None:
    import time

    text = " date 2024-01-01 广东2023年进出口增长5%。" + chunk * (100_000 // len(chunk))
    started = time.perf_counter()
    extract(text)
    assert time.perf_counter() - started < 30


def test_a_number_of_enterprises_and_a_curly_possessive_benchmark() -> None:
    text = LEAD_EN + "The number of trading firms reached 13,000, an increase of 9.5 percent."
    assert 9.5 not in segments(text)
    text = LEAD_EN + "This figure accounted for 9.5 percent of China’s total foreign trade."
    assert 9.5 not in segments(text)


def test_a_list_of_shares_of_another_economys_total_is_skipped() -> None:
    text = LEAD_EN + (
        "Its trade, exports and imports accounted for 10.5%, 12.5%, and 4.5% of that of "
        "Guangdong, respectively."
    )
    assert not {10.5, 12.5, 4.5} & set(segments(text))


def test_fractions_in_words_are_shares() -> None:
    text = LEAD_EN + "General trade accounted for more than half of the total foreign trade."
    assert [(f[1], f[2]) for f in facts(text) if f[3] == "general trade"] == [("share", 50.0)]
    assert mentions("in the first half of 2023") == []
    assert mentions("民营企业进出口占全省外贸总值的一半以上") == [("50", "percent", "more_than")]


def test_a_sentence_cut_at_a_semicolon_goes_on_about_trade() -> None:
    text = LEAD_ZH + "对东盟进出口增长11.5%；对RCEP其他14个国家增长8.5%。"
    got = partners(text)
    assert got[8.5] == "RCEP members" and 14.0 not in got


def test_the_flow_word_inside_a_segment_name_is_its_flow() -> None:
    assert [f[0] for f in facts(LEAD_ZH + "对外承包工程出口货物13.5亿元。") if f[2] == 13.5] == [
        "exports"
    ]


def test_an_unknown_kind_of_enterprise_is_skipped() -> None:
    # (侨资企业: overseas-Chinese-invested, a kind the table lacks; 港澳台资企业 is in it now)
    text = LEAD_ZH + "侨资企业进出口120.5亿元。"
    assert 120.5 not in segments(text)
    assert any("侨资企业" in s.reason for s in extract(text).skipped)
    assert segments(LEAD_ZH + "全省民营企业进出口120.5亿元。")[120.5] == "private enterprises"


def test_the_whole_country_is_the_national_benchmark() -> None:
    text = (
        LEAD_EN + "Its exports grew 5.5 percentage points faster than those of the whole country."
    )
    assert [(f[2], f[5]) for f in facts(text) if f[1] == "growth_gap"] == [(5.5, "China")]


def test_a_share_of_the_regions_total_before_a_source_naming_a_city() -> None:
    text = LEAD_EN + (
        "Its trade with ASEAN reached 23.5 billion yuan, accounting for 46.5 percent of the "
        "region's total foreign trade, according to Wuhan Customs."
    )
    assert 46.5 in segments(text)


def test_body_segments_keep_their_own_names() -> None:
    text = LEAD_EN + "Car exports rose 9.5 percent. Car parts exports rose 7.5 percent."
    got = segments(text)
    assert (got[9.5], got[7.5]) == ("cars", "car parts")


@pytest.mark.parametrize("unit", ["pp", "ppt", "pct points", "points", "percentage-points"])
def test_abbreviated_percentage_points(unit: str) -> None:
    text = LEAD_EN + f"Its exports grew 3.5 {unit} faster than the national average."
    assert [(f[1], f[2]) for f in facts(text) if f[2] == 3.5] == [("growth_gap", 3.5)]


def test_or_x_percent_more_than_is_growth_not_a_share() -> None:
    text = (
        LEAD_EN
        + "Exports rose to 12 billion yuan, or 5.5 percent more than in the same period of 2021."
    )
    assert [(f[1], f[2]) for f in facts(text) if f[2] == 5.5] == [("yoy_growth", 5.5)]
    text = LEAD_EN + "Exports rose to 12 billion yuan, or 5.5 percent of the province's total."
    assert [(f[1], f[2]) for f in facts(text) if f[2] == 5.5] == [("share", 5.5)]


@pytest.mark.parametrize(
    "sentence",
    [
        "自贸试验区进出口120.5亿元。",
        "自主品牌出口120.5亿元。",
        "向海外出口120.5亿元。",
        "同日出口120.5亿元。",
    ],
)
def test_words_after_dui_zi_that_are_not_partners(sentence: str) -> None:
    assert partners(LEAD_ZH + sentence).get(120.5) == "World"


def test_a_modified_generic_goods_noun_is_an_unknown_product() -> None:
    text = LEAD_ZH + "文化产品出口120.5亿元。"
    assert 120.5 not in segments(text)
    assert segments(LEAD_ZH + "大宗商品进口120.5亿元。")[120.5] == "bulk commodities"
