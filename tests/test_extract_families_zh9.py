"""Phrasing families met on a ninth set of unseen Chinese articles (issue 9, round 9).

Every text here is invented for the family it tests (places real, figures made up); none
is copied from an article. Each test states what the family must give, and what it must
not guess.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from extract_helpers import described
from tradestat.extraction.numbers import chinese_decimal


# --- figures written wholly in Chinese numerals ---------------------------------------------
def test_a_year_an_amount_and_a_percentage_in_chinese_numerals_are_read() -> None:
    # older wire copy writes every figure in numerals: 二〇〇五年, 一千二百三十四点五亿美元,
    # 百分之十八点二
    text = "二〇〇五年，广东省进出口总额一千二百三十四点五亿美元，比上年增长百分之十八点二。"
    got = described(text)
    assert "Guangdong 2005 total value: 123.45 billion USD" in got
    assert "Guangdong 2005 total yoy_growth: 18.2 percent" in got
    other = (
        "二00七年，江苏省出口二万零四十点六亿元，增长超过百分之二十，"
        "占全国出口总值的百分之十五点五。"
    )
    got = described(other)
    assert "Jiangsu 2007 exports value: 2004.06 billion CNY" in got
    assert "Jiangsu 2007 exports yoy_growth: more than 20 percent" in got


def test_a_percentage_in_numerals_with_yishang_is_more_than() -> None:
    text = "一九九九年，上海市进出口增长百分之三十以上，达到三百八十六点一亿美元。"
    got = described(text)
    assert "Shanghai 1999 total yoy_growth: more than 30 percent" in got
    assert "Shanghai 1999 total value: 38.61 billion USD" in got


def test_a_decimal_numeral_before_wanyi_is_read_whole() -> None:
    # 一点二万亿元 is 1.2 trillion (its 二 alone was read as 2 trillion); 一带一路 stays a name
    text = "二〇二三年，浙江省对“一带一路”沿线国家进出口一点二万亿元，增长百分之九点六。"
    got = described(text)
    assert "Zhejiang with BRI countries 2023 total value: 1.2 trillion CNY" in got
    assert "Zhejiang with BRI countries 2023 total yoy_growth: 9.6 percent" in got


def test_a_bare_wanyi_is_a_figure_only_when_passed_or_neared() -> None:
    text = "2024年，浙江省民营企业出口首次突破万亿元，增长8%。"
    assert "Zhejiang (private enterprises) 2024 exports value: more than 1000.0 billion CNY" in (
        described(text)
    )
    other = "2013年，广东省进出口增长10%，迈进万亿美元时代。"
    assert not any("trillion" in g for g in described(other))


@given(st.integers(min_value=1, max_value=99_999_999))
def test_chinese_decimal_reads_back_what_is_written(n: int) -> None:
    # write n as a Chinese numeral the way a writer does (零 for a gap) and read it back
    digits = "零一二三四五六七八九"
    units = ["", "十", "百", "千"]

    def below(value: int) -> str:
        out, gap = "", False
        for power in (3, 2, 1, 0):
            d = value // 10**power % 10
            if d:
                if gap and out:
                    out += "零"
                out += digits[d] + units[power]
                gap = False
            else:
                gap = True
        return out

    high, low = divmod(n, 10000)
    written = (below(high) + "万" + ("零" if 0 < low < 1000 else "") if high else "") + below(low)
    assert chinese_decimal(written) == str(n)
    assert chinese_decimal(written + "点三") == f"{n}.3"


# --- the year of an undated text -----------------------------------------------------------
def test_a_whole_year_exceeded_after_the_opening_period_is_the_year_before() -> None:
    # an undated text opens with this year's months (今年前三季度) and measures them against
    # a written whole year in the same paragraph: that year is over, the text's is the next
    text = (
        "据海关统计，今年前三季度，云南省进出口总额1800亿元，同比增长12%，超过了2022年全年的总额。"
    )
    got = described(text)
    assert "Yunnan 2023-01/2023-09 total value: 180.0 billion CNY" in got
    assert "Yunnan 2023-01/2023-09 total yoy_growth: 12 percent" in got
    other = "今年1-10月，广西对东盟进出口3000亿元，增长9%，已超2018年全年水平。"
    got = described(other)
    assert "Guangxi with ASEAN 2019-01/2019-10 total value: 300.0 billion CNY" in got


# --- the partner of a bilateral story ------------------------------------------------------
def test_product_figures_of_a_bilateral_story_are_with_its_partner() -> None:
    # a lead on the province's trade with one partner, then the products of that trade in
    # the next paragraph, naming no partner and no world total in between
    text = (
        "据南宁海关统计，2022年1-5月，广西对东盟进出口800亿元，增长20%。\n"
        "主要出口商品为机电产品和钢材，1-5月出口机电产品300亿元，增长15%；出口钢材50亿元。"
    )
    got = described(text)
    assert (
        "Guangxi with ASEAN (mechanical and electrical products) 2022-01/2022-05 exports value:"
        " 30.0 billion CNY" in got
    )
    assert (
        "Guangxi with ASEAN (steel products) 2022-01/2022-05 exports value: 5.0 billion CNY" in got
    )
    other = (
        "2021年前三季度，云南省对RCEP成员国进出口500亿元，同比增长12%。\n"
        "从商品看，进口铁矿砂60亿元，增长30%。"
    )
    got = described(other)
    assert (
        "Yunnan with RCEP members (iron ore) 2021-01/2021-09 imports value: 6.0 billion CNY" in got
    )


def test_a_story_naming_other_partners_after_its_first_is_no_bilateral_story() -> None:
    # the first figures with one partner, then with others: the products after are the
    # reporter's whole trade in them
    text = (
        "2025年1-7月，中国家纺对美国出口57亿美元，下降6%；对欧盟出口26亿美元，增长7%。\n"
        "1-7月，床品出口80亿美元，增长1%。"
    )
    got = described(text)
    assert "China (bedding) 2025-01/2025-07 exports value: 8.0 billion USD" in got


# --- a breakdown's growth after its values ---------------------------------------------------
def test_flows_each_with_a_value_then_their_growth_respectively() -> None:
    # the total, then each flow with its value, then 分别增长 for those flows (not the total)
    text = "2021年1-4月，江苏省进出口1000亿元，其中出口600亿元，进口400亿元，分别增长10%和5%。"
    got = described(text)
    assert "Jiangsu 2021-01/2021-04 exports yoy_growth: 10 percent" in got
    assert "Jiangsu 2021-01/2021-04 imports yoy_growth: 5 percent" in got
    other = "2019年上半年，安徽省外贸进出口总值2000亿元，增长9%，进口900亿元、出口1100亿元，分别下降2%、增长18%。"
    got = described(other)
    assert "Anhui 2019-H1 imports yoy_growth: -2 percent" in got
    assert "Anhui 2019-H1 exports yoy_growth: 18 percent" in got


# --- 元月 ---------------------------------------------------------------------------------
def test_yuanyue_opens_a_range_of_months_as_january() -> None:
    text = "2010年元月至十月，河南省出口200亿美元，增长30%。"
    assert "Henan 2010-01/2010-10 exports value: 20.0 billion USD" in described(text)
    other = "据海关统计，2007年元月至5月，湖北省民营企业出口6.7亿美元。"
    assert (
        "Hubei (private enterprises) 2007-01/2007-05 exports value: 670 million USD"
        in described(other)
    )


# --- the owner after a national circumstance -------------------------------------------------
def test_a_region_before_its_trade_word_alone_owns_the_figure_after_a_national_frame() -> None:
    # "在全国外贸下滑的背景下": the nation is the circumstance; the region whose 对外贸易 /
    # 外贸 comes next (with no flow word) owns the figures
    text = "2009年1月，在全国外贸下滑的背景下，黑龙江对外贸易实现16.9亿美元，同比增长7.3%。"
    got = described(text)
    assert "Heilongjiang 2009-01 total value: 1.69 billion USD" in got
    other = "2012年，在全国出口放缓的形势下，云南外贸逆势增长20%，达到210亿美元。"
    got = described(other)
    assert "Yunnan 2012 total value: 21.0 billion USD" in got
    assert "Yunnan 2012 total yoy_growth: 20 percent" in got
