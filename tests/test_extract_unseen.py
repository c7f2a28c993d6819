"""Phrasing families first met on articles from outlets the rules were not written for.

Every text here is invented for the family it tests (figures made up); none is copied from
an article. Each test states what the family must give, and what it must not guess.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract_helpers import described
from tradestat.cli import main
from tradestat.extraction import extract


# --- 2: Chinese product lists ------------------------------------------------------------
def test_a_fenbie_list_of_customs_products_gives_one_segment_per_item() -> None:
    text = (
        "2024年8月10日\n前7个月，浙江省机电产品出口3000亿元，增长8%。其中，"
        "平板显示模组、船舶、家用电器出口增长较快，分别出口110亿元、80亿元、70亿元，"
        "分别增长25%、170%、30%。半导体制造设备进口70亿元，增长140%；"
        "自动数据处理设备及其零部件进口50亿元，增长30%。"
    )
    got = described(text)
    period = "2024-01/2024-07"
    assert f"Zhejiang (flat panel display modules) {period} exports value: 11.0 billion CNY" in got
    assert f"Zhejiang (ships) {period} exports yoy_growth: 170 percent" in got
    assert f"Zhejiang (household appliances) {period} exports value: 7.0 billion CNY" in got
    assert (
        f"Zhejiang (semiconductor manufacturing equipment) {period} imports yoy_growth: 140 percent"
        in got
    )
    assert (
        f"Zhejiang (automatic data processing equipment and parts) {period} imports value:"
        " 5.0 billion CNY" in got
    )


def test_a_fenbie_list_with_an_unknown_product_is_skipped_not_shifted() -> None:
    text = "2024年8月10日\n前7个月，浙江省船舶、电子烟、灯具分别出口80亿元、60亿元、50亿元。"
    result = extract(text)
    assert not [f for f in result.facts if f.segment is not None]
    assert len(result.skipped) == 3


# --- 4: partners referred back to ---------------------------------------------------------
def test_those_countries_refers_back_to_the_group_named_before() -> None:
    text = (
        "NANNING, May 8 (Xinhua) -- Guangxi's trade with countries along the Belt and Road "
        "reached 80 billion yuan in the first four months of 2024, up 10 percent year on year. "
        "The region's exports to those countries rose 12 percent to 50 billion yuan, while "
        "its imports from these economies stood at 30 billion yuan."
    )
    got = described(text)
    assert "Guangxi with BRI countries 2024-01/2024-04 exports yoy_growth: 12 percent" in got
    assert "Guangxi with BRI countries 2024-01/2024-04 imports value: 30 billion CNY" in got


def test_a_plural_anaphor_takes_the_group_not_its_last_member() -> None:
    text = (
        "URUMQI, March 20 (Xinhua) -- Xinjiang's trade with Central Asian countries reached "
        "50 billion yuan in the first two months of 2024. Trade with Kazakhstan and Uzbekistan "
        "grew 12 percent and 9 percent, respectively.\nExports to these economies reached 40 "
        "billion yuan."
    )
    got = described(text)
    assert "Xinjiang with Kazakhstan 2024-01/2024-02 total yoy_growth: 12 percent" in got
    assert "Xinjiang with Uzbekistan 2024-01/2024-02 total yoy_growth: 9 percent" in got
    assert "Xinjiang with Central Asia 2024-01/2024-02 exports value: 40 billion CNY" in got


def test_chinese_anaphors_refer_back_and_are_skipped_without_a_group() -> None:
    text = (
        "2024年5月8日\n前4个月，广西对共建“一带一路”国家进出口800亿元，增长10%。"
        "其中，对沿线国家出口500亿元。"
    )
    assert "Guangxi with BRI countries 2024-01/2024-04 exports value: 50.0 billion CNY" in (
        described(text)
    )
    alone = extract("2024年5月8日\n前4个月，广西进出口800亿元。对这些国家出口500亿元。")
    assert [f.partner for f in alone.facts] == ["World"]
    assert [s.text for s in alone.skipped] == ["500亿元"]


def test_a_respectively_list_of_partners_may_continue_in_the_next_sentence() -> None:
    text = (
        "BEIJING, Oct. 13 (Xinhua) -- China's imports and exports grew 6 percent in the first "
        "three quarters of 2023.\nChina's trade with its main partners -- ASEAN, the European "
        "Union and Japan -- kept growing. The growth rates of trade with the three partners "
        "stood at 8.2 percent, 7 percent and 9.5 percent, respectively."
    )
    got = described(text)
    assert "China with EU 2023-01/2023-09 total yoy_growth: 7 percent" in got
    assert "China with Japan 2023-01/2023-09 total yoy_growth: 9.5 percent" in got


def test_a_modified_group_name_in_a_product_list_keeps_its_head() -> None:
    text = (
        "NINGBO, Aug. 9 (Xinhua) -- In the first seven months of 2022, Zhejiang's exports of "
        "traditional labor-intensive products including shoes, bags and lamps to the "
        "Belt & Road countries stood at 41.2 billion yuan."
    )
    assert (
        "Zhejiang with BRI countries (labour-intensive products) 2022-01/2022-07 exports value:"
        " 41.2 billion CNY" in described(text)
    )


# --- 1: segments are noun phrases, and keep to their sentence ------------------------------
def test_a_determiner_or_verb_before_a_flow_word_is_never_a_segment() -> None:
    text = (
        "HANGZHOU, May 8 (Xinhua) -- Both exports and imports of Zhejiang grew in the first "
        "four months of 2024, rising 9.1 percent and 3.3 percent, respectively. The province "
        "did exports worth 700 billion yuan, and all imports came to 250 billion yuan."
    )
    result = extract(text)
    assert {f.segment for f in result.facts} == {None}
    assert "Zhejiang 2024-01/2024-04 imports yoy_growth: 3.3 percent" in described(text)


def test_a_segment_does_not_carry_into_the_next_sentence() -> None:
    text = (
        "HEFEI, May 8 (Xinhua) -- In the first four months of 2024, solar panel exports of "
        "Anhui rose 10 percent to 5 billion yuan. Imports rose 5 percent to 3 billion yuan."
    )
    got = described(text)
    assert "Anhui (solar panels) 2024-01/2024-04 exports value: 5 billion CNY" in got
    assert "Anhui 2024-01/2024-04 imports value: 3 billion CNY" in got


def test_a_breakdown_into_flows_keeps_its_segment_after_a_semicolon() -> None:
    text = (
        "2023年5月5日\n今年一季度，浙江省外资企业进出口1500亿元，增长4%，其中，出口900亿元，"
        "增长5%；进口600亿元，增长2%。同期，全省进口4000亿元。"
    )
    got = described(text)
    assert "Zhejiang (foreign-invested enterprises) 2023-Q1 imports value: 60.0 billion CNY" in got
    assert "Zhejiang (foreign-invested enterprises) 2023-Q1 imports yoy_growth: 2 percent" in got
    assert "Zhejiang 2023-Q1 imports value: 400.0 billion CNY" in got


# --- 7: growth on another month or year ------------------------------------------------------
def test_growth_from_the_month_before_is_month_on_month_and_another_month_is_skipped() -> None:
    text = (
        "BEIJING, July 13 (Xinhua) -- In June 2023 alone, China's exports rose 3.1 percent "
        "year on year to 1.8 trillion yuan, up 6.2 percent from that in May. Imports in "
        "June rose 4 percent from that in February."
    )
    result = extract(text)
    got = {f.describe() for f in result.facts}
    assert "China 2023-06 exports yoy_growth: 3.1 percent" in got
    assert "China 2023-06 exports mom_growth: 6.2 percent" in got
    assert not [f for f in result.facts if f.flow.value == "imports"]
    assert any("named month" in s.reason for s in result.skipped)


def test_growth_on_a_named_earlier_level_is_not_year_on_year() -> None:
    text = (
        "BEIJING, Jan. 12 (Xinhua) -- China's trade reached 41 trillion yuan in 2023, marking "
        "a 15-percent increase from the pre-crisis level in 2021."
    )
    result = extract(text)
    assert not [f for f in result.facts if f.measure.name.endswith("growth")]


# --- 3: shares ------------------------------------------------------------------------------
def test_shares_written_as_parts_of_a_total() -> None:
    text = (
        "HANGZHOU, May 9 (Xinhua) -- Zhejiang's foreign trade reached 1.2 trillion yuan in the "
        "first four months of 2024, up 6 percent year on year. Of the total, 78.2 percent came "
        "from private firms."
    )
    assert "Zhejiang (private enterprises) 2024-01/2024-04 total share: 78.2 percent" in (
        described(text)
    )
    zh = (
        "2024年5月9日\n前4个月，浙江省进出口1.2万亿元，增长6%，其中民营企业占78.2%。"
        "外商投资企业进出口占全省外贸比重较去年同期下降1.2个百分点，为15%。"
    )
    got = described(zh)
    assert "Zhejiang (private enterprises) 2024-01/2024-04 total share: 78.2 percent" in got
    assert "Zhejiang (foreign-invested enterprises) 2024-01/2024-04 total share: 15 percent" in got
    assert not any("growth" in line for line in got if "15 percent" in line)


def test_a_change_in_a_share_is_skipped() -> None:
    text = "2023年4月13日\n一季度，浙江省进出口1.2万亿元，占全国外贸的比重提高了1.6%。"
    result = extract(text)
    assert [f.measure.name for f in result.facts] == ["value"]
    assert any("change in a share" in s.reason for s in result.skipped)


# --- 5: regions made of several provinces ---------------------------------------------------
def test_multi_province_regions_own_their_figures_in_a_national_text() -> None:
    zh = (
        "2023年4月13日\n海关总署：一季度我国西部地区进出口增长\n一季度，西部地区实现进出口9000亿元，"
        "同比增长10.2%。同期，西部地区外贸增速高出全国整体5.4个百分点。全国进出口9.9万亿元。"
    )
    got = described(zh)
    assert "western regions 2023-Q1 total value: 900.0 billion CNY" in got
    assert "western regions 2023-Q1 total growth_gap vs China: 5.4 percentage_point" in got
    assert "China 2023-Q1 total value: 9.9 trillion CNY" in got
    en = (
        "BEIJING, July 12 (Xinhua) -- China's foreign trade grew 3.9 percent in the first half "
        "of 2019. Central and western regions saw their trade grow 10.2 percent, and the three "
        "provinces and one city in the Yangtze River Delta posted trade of 7 trillion yuan."
    )
    got = described(en)
    assert "China 2019-H1 total yoy_growth: 3.9 percent" in got
    assert "central and western regions 2019-H1 total yoy_growth: 10.2 percent" in got
    assert "Yangtze River Delta 2019-H1 total value: 7 trillion CNY" in got


def test_a_share_of_a_larger_region_is_not_that_regions_figure() -> None:
    text = "2023年4月13日\n一季度，上海市进出口1万亿元，占长三角地区进出口总值的36%。"
    result = extract(text)
    assert {f.subject for f in result.facts} == {"Shanghai"}


def test_a_lead_about_a_multi_province_region_makes_it_the_subject() -> None:
    text = (
        "XI'AN, April 13 (Xinhua) -- China's western regions saw their foreign trade rise 10 "
        "percent year on year to 900 billion yuan in the first quarter of 2023. Exports grew "
        "12 percent."
    )
    result = extract(text)
    assert result.subject == "western regions"
    assert "western regions 2023-Q1 exports yoy_growth: 12 percent" in described(text)


# --- 6: texts that never name their place -------------------------------------------------
_OUR_PROVINCE = (
    " date 2019-04-20\n一季度，我省进出口86.5亿美元，同比增长7.2%。"
    "一季度全省机电出口31.6亿美元，增长12.4%；外资企业出口净增9.2亿美元，"
    "占全省出口净增额的64.1%。"
)


def test_a_text_that_says_only_our_province_gives_no_facts_without_a_subject() -> None:
    result = extract(_OUR_PROVINCE)
    assert result.subject is None
    assert not result.facts
    assert {s.reason for s in result.skipped} == {
        "no subject in the text: it names its place only as 我省 (give it as the subject)"
    }


def test_the_subject_option_names_the_reporter_of_such_a_text() -> None:
    result = extract(_OUR_PROVINCE, subject="Anhui")
    assert result.subject == "Anhui"
    got = {f.describe() for f in result.facts}
    assert got == {
        "Anhui 2019-Q1 total value: 8.65 billion USD",
        "Anhui 2019-Q1 total yoy_growth: 7.2 percent",
        "Anhui (mechanical and electrical products) 2019-Q1 exports value: 3.16 billion USD",
        "Anhui (mechanical and electrical products) 2019-Q1 exports yoy_growth: 12.4 percent",
    }
    # a net increase and a share of it are no facts of the schema: skipped, not guessed
    assert {s.text for s in result.skipped} == {"9.2亿美元", "64.1%"}


def test_the_subject_option_never_overrides_a_place_the_text_names() -> None:
    named = "2019年4月20日\n一季度，安徽省进出口86.5亿美元，同比增长7.2%。"
    assert extract(named, subject="Hunan").subject == "Anhui"
    customs = "2019年4月20日\n据合肥海关统计，一季度我省进出口86.5亿美元。"
    assert extract(customs, subject="Hunan").subject == "Anhui"
    # a text with no 我省-like word is not given the option's place either
    assert extract("2019年4月20日\n一季度进出口86.5亿美元。", subject="Hunan").subject is None


def test_the_cli_subject_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "release.txt"
    article.write_text(_OUR_PROVINCE, encoding="utf-8")
    assert main(["extract", str(article), "--format", "jsonl", "--subject", "Anhui"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["subject"] for r in records} == {"Anhui"}
    assert len(records) == 4
    assert main(["extract", str(article), "--format", "jsonl"]) == 0
    assert capsys.readouterr().out == ""


# --- runs of years -------------------------------------------------------------------------
def test_a_share_held_for_a_run_of_years_gives_one_fact_per_year() -> None:
    text = "2023年5月5日\n截至2022年，江苏省民营企业所占比重已连续3年超过40%、连续2年超过45%。"
    got = described(text)
    expected = {
        "Jiangsu (private enterprises) 2020 total share: more than 40 percent",
        "Jiangsu (private enterprises) 2021 total share: more than 40 percent",
        "Jiangsu (private enterprises) 2022 total share: more than 40 percent",
        "Jiangsu (private enterprises) 2021 total share: more than 45 percent",
        "Jiangsu (private enterprises) 2022 total share: more than 45 percent",
    }
    assert got == expected


def test_a_run_of_years_with_no_end_year_is_skipped() -> None:
    text = "2023年5月5日\n一季度，江苏省民营企业所占比重已连续3年超过40%。"
    result = extract(text)
    assert not result.facts
    assert [s.reason for s in result.skipped] == ["no period for this figure"]


def test_the_objects_of_an_export_verb_are_segments() -> None:
    text = (
        "NANCHANG, April 17 (Xinhua) -- In the first quarter of 2020, Jiangxi exported solar "
        "inverters with a total value of 3.2 billion yuan and electric bikes worth 1.1 billion "
        "yuan. Enterprises achieved imports and exports worth 9 billion yuan."
    )
    got = described(text)
    assert "Jiangxi (solar inverters) 2020-Q1 exports value: 3.2 billion CNY" in got
    assert "Jiangxi (electric bikes) 2020-Q1 exports value: 1.1 billion CNY" in got
    assert "Jiangxi 2020-Q1 total value: 9 billion CNY" in got


# --- the dateline in a later paragraph ------------------------------------------------------
def test_a_dateline_after_the_highlights_dates_the_story() -> None:
    text = (
        "Hunan's foreign trade hits record high in 2018\n\n"
        "Trade with ASEAN reached 60 billion yuan.\n\n"
        "CHANGSHA, Jan. 25 (Xinhua) -- Foreign trade of Hunan rose 26 percent to 307.9 billion "
        "yuan in 2018. Exports to Japan surged 40 percent last year."
    )
    result = extract(text)
    assert result.anchor is not None and str(result.anchor.date) == "2019-01-25"
    assert "Hunan with Japan 2018 exports yoy_growth: 40 percent" in described(text)


def test_both_imports_and_exports_give_a_figure_for_each_flow() -> None:
    text = (
        "NANCHANG, April 17 (Xinhua) -- Jiangxi's trade rose 15 percent in the first quarter of "
        "2020. Both imports and exports of high-tech products account for more than a third "
        "of the total, or 35 percent."
    )
    got = described(text)
    assert "Jiangxi (high-tech products) 2020-Q1 exports share: 35 percent" in got
    assert "Jiangxi (high-tech products) 2020-Q1 imports share: 35 percent" in got


def test_our_province_with_a_customs_district_in_english_is_that_province() -> None:
    text = (
        "Updated: 2024-05-08\nIn the first four months of 2024, our province's foreign trade "
        "reached 250 billion yuan, up 5 percent, according to Hefei Customs."
    )
    assert extract(text, subject="Hunan").subject == "Anhui"
    alone = text.replace(", according to Hefei Customs", "")
    assert extract(alone).subject is None
    assert extract(alone, subject="Anhui").subject == "Anhui"


def test_a_hyphenated_amount_is_read_and_growth_on_an_old_level_is_skipped() -> None:
    text = (
        "BEIJING, Oct. 13 (Xinhua) -- China's trade reached 30 trillion yuan in the first "
        "three quarters of 2023. The figure, close to the 12.5-trillion-yuan total for all "
        "of 2010, marked a 15-percent increase from the pre-crisis level in 2021."
    )
    result = extract(text)
    assert "China 2010 total value: 12.5 trillion CNY" in {f.describe() for f in result.facts}
    assert not [f for f in result.facts if f.measure.name.endswith("growth")]
    assert any("level of a named year" in s.reason for s in result.skipped)


def test_those_countries_after_a_list_of_countries_is_not_the_earlier_group() -> None:
    text = (
        "NANNING, May 8 (Xinhua) -- Guangxi's trade with ASEAN reached 80 billion yuan in the "
        "first four months of 2024.\nTrade with Japan, South Korea and Australia grew fast. "
        "Exports to those countries reached 9 billion yuan."
    )
    result = extract(text)
    assert not [f for f in result.facts if f.figure.value == 9]
    assert any(s.text == "9 billion yuan" for s in result.skipped)
