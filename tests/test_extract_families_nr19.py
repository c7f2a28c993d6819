"""Figures the extractor did not read at all: number forms, skip cues and drops (round 19).

Every text here is invented for its family (places and figures made up); none is copied
from an article. Each test states what the family must give, and what it must not guess.
"""

from __future__ import annotations

from extract_helpers import described, reasons


# --- tenths in digits after a headline's one-character verb: 增逾2成, 跌近3成 ------------------
def test_digit_tenths_after_a_one_character_growth_verb() -> None:
    text = "2020年前三季度，温州市出口同比增逾3成，进口跌近1成。"
    found = described(text)
    assert "Wenzhou 2020-01/2020-09 exports yoy_growth: more than 30 percent" in found, found
    assert "Wenzhou 2020-01/2020-09 imports yoy_growth: about -10 percent" in found, found


def test_a_chinese_headline_space_ends_the_phrase_of_its_figure() -> None:
    # (the second phrase's month and trade mode are not the first phrase's)
    text = (
        "绍兴前三季度出口同比增逾2成 9月跨境电商出口创新高\n\n"
        "2021年前三季度，绍兴市进出口总值2100亿元。"
    )
    found = described(text)
    assert "Shaoxing 2021-01/2021-09 exports yoy_growth: more than 20 percent" in found, found
    assert not any(f.startswith("Shaoxing 2021-09 ") for f in found), found


# --- a count's clause, then a clause on the value of trade ----------------------------------
def test_a_share_of_trade_value_after_a_share_of_the_number_of_firms() -> None:
    text = "2023年，江西省外商投资企业数量占比超过两成，进出口值占比接近三成，达到1234亿元。"
    found = described(text)
    firms = "Jiangxi (foreign-invested enterprises) 2023 total"
    assert f"{firms} value: 123.4 billion CNY" in found, found
    assert f"{firms} share: about 30 percent" in found, found
    # (the count's own share stays skipped)
    assert "两成" in reasons(text)


# --- prices named as a cause before the value of trade --------------------------------------
def test_a_value_fall_after_a_price_cause_is_the_trade_values() -> None:
    text = "受国际能源价格回落影响，2023年9月韩国原油进口额大减21.4%。"
    found = described(text)
    assert "South Korea (crude oil) 2023-09 imports yoy_growth: -21.4 percent" in found, found


def test_a_price_change_itself_stays_skipped() -> None:
    text = "2023年9月，韩国原油进口均价下跌12.6%。"
    assert reasons(text).get("12.6%") == "a price, not a trade value or its growth"


def test_at_comparable_prices_is_not_a_price() -> None:
    text = "按可比价格计算，2022年一季度温州市进出口同比增长8.8%。"
    found = described(text)
    assert "Wenzhou 2022-Q1 total yoy_growth: 8.8 percent" in found, found


# --- growth against "the year before" -------------------------------------------------------
def test_per_cent_more_than_the_year_before_is_growth() -> None:
    text = (
        "Peru bought goods from China worth 14.2 billion dollars in 2021, 18.4 per cent more "
        "than the year before."
    )
    found = described(text)
    assert "Peru with China 2021 imports yoy_growth: 18.4 percent" in found, found


def test_per_cent_less_than_a_year_before_is_a_fall() -> None:
    text = "Uruguay's exports to China were worth 2.1 billion dollars in 2020, 6.5% less than a year before."
    found = described(text)
    assert "Uruguay with China 2020 exports yoy_growth: -6.5 percent" in found, found


# --- an English amount written in two scales: "1 trillion 45 billion yuan" -----------------
def test_an_amount_in_trillions_then_billions_is_one_figure() -> None:
    text = (
        "In the first quarter of 2022, Guangxi's trade with ASEAN rose 8 percent, reaching "
        "1 trillion 45 billion yuan."
    )
    found = described(text)
    assert "Guangxi with ASEAN 2022-Q1 total value: 1.045 trillion CNY" in found, found
    assert not any("45 billion" in f for f in found), found


def test_an_amount_in_billions_then_millions_is_one_figure() -> None:
    text = "In 2021, Kenya's imports from China were 3 billion 250 million dollars, up 5 percent."
    found = described(text)
    assert "Kenya with China 2021 imports value: 3.25 billion USD" in found, found


def test_a_second_amount_of_a_lower_scale_after_a_clause_stays_apart() -> None:
    # (a comma between: two figures, not one)
    text = (
        "In 2021, Kenya's imports from China were 3 billion dollars, 250 million more than in 2020."
    )
    found = described(text)
    assert "Kenya with China 2021 imports value: 3 billion USD" in found, found


# --- a limiting or ranking modifier before a known product ----------------------------------
def test_only_before_a_product_is_no_part_of_its_name() -> None:
    text = "2022年，贵州省仅手机出口就占全省出口的12.5%。"
    found = described(text)
    assert "Guizhou (mobile phones) 2022 exports share: 12.5 percent" in found, found


def test_a_ranking_clause_before_a_product_list_is_no_part_of_its_names() -> None:
    text = "2023年前三季度，福建省出口值较大的服装、家具分别增长4.4%和7.1%。"
    found = described(text)
    assert "Fujian (garments) 2023-01/2023-09 exports yoy_growth: 4.4 percent" in found, found
    assert "Fujian (furniture) 2023-01/2023-09 exports yoy_growth: 7.1 percent" in found, found


def test_such_as_after_a_category_word_names_the_products() -> None:
    text = "2016年，甘肃省出口主力商品如机电产品、服装分别下降9.2%和13.5%。"
    found = described(text)
    got = "Gansu (mechanical and electrical products) 2016 exports yoy_growth: -9.2 percent"
    assert got in found, found


def test_an_unknown_modifier_before_a_product_still_skips() -> None:
    # (a word the table does not know stays a product name of its own: no guess)
    text = "2023年，江苏省出口中，光伏电池组件出口增长18.1%。"
    found = described(text)
    assert not any("18.1 percent" in f for f in found), found


# --- goods of the customs' main-goods list in a 'respectively' list -------------------------
def test_printed_circuits_and_audio_video_parts_are_products_of_the_table() -> None:
    # (an unknown item would leave the list unpaired and every figure skipped)
    text = "2023年3月，无锡市印刷电路、音视频设备的零件出口分别增长7.7%和12.9%。"
    found = described(text)
    assert "Wuxi (printed circuits) 2023-03 exports yoy_growth: 7.7 percent" in found, found
    parts = "Wuxi (audio and video equipment parts) 2023-03 exports yoy_growth: 12.9 percent"
    assert parts in found, found
