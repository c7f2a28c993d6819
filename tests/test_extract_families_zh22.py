"""Chinese phrasing families met on a further set of development articles (round 22).

Every text here is invented for its family (places and figures made up); none is copied
from an article. Each test states what the family must give, and a near miss where the
rule must not fire.
"""

from __future__ import annotations

from extract_helpers import described


# --- 海关总署 right after a word ending in 上: "发布会上海关总署…" is not Shanghai ----------
def test_customs_administration_after_hui_shang_is_not_shanghai() -> None:
    text = (
        " date 2016-05-09\n"
        "新华网北京5月9日电 在国新办当天举行的发布会上海关总署新闻发言人表示，今年前4个月，"
        "我国与印度进出口总值为1320.6亿元人民币，同比增长5.1%。"
    )
    found = described(text)
    assert "China with India 2016-01/2016-04 total value: 132.06 billion CNY" in found, found
    assert not any(d.startswith("Shanghai") for d in found), found


def test_shanghai_customs_is_still_shanghai() -> None:
    # (near miss: 上海海关 and 上海关区 name Shanghai; no 关总署 follows the place)
    text = (
        " date 2016-04-20\n据上海海关统计，今年一季度上海关区进出口总值为1.52万亿元，同比增长3.4%。"
    )
    found = described(text)
    assert any(d.startswith("Shanghai 2016-Q1 total value") for d in found), found


# --- a photo caption that opens with the photo's headline: "…。图为…（中新社）" ----------------
def test_a_caption_after_a_headline_sentence_does_not_give_the_subject() -> None:
    text = (
        " date 2023-06-08\n"
        "非洲连续多年位居重要贸易伙伴之列。图为5月20日浙江宁波港集装箱码头的装卸作业。（中新社）\n"
        "海关总署7日发布的数据显示，今年前5个月，中国对非洲进出口总值8320亿元人民币，"
        "同比增长7.4%。"
    )
    found = described(text)
    assert "China with Africa 2023-01/2023-05 total value: 832.0 billion CNY" in found, found
    assert not any(d.startswith(("Zhejiang", "Ningbo")) for d in found), found


def test_a_body_line_with_tu_wei_inside_a_word_is_still_read() -> None:
    # (near miss: 试图为 inside a sentence is no caption; the line's figures are the reporter's)
    text = (
        " date 2023-06-08\n"
        "今年前5个月，宁波市进出口总值5120亿元，同比增长6.3%，企业试图为新市场备货。"
    )
    found = described(text)
    assert any(d.startswith("Ningbo 2023-01/2023-05 total value") for d in found), found


# --- an undated text reporting a whole year, then calling it 去年 -----------------------------
def test_an_undated_whole_year_report_calls_that_year_last_year() -> None:
    text = (
        "日本财务省：2018年中国仍是日本最大贸易伙伴\n"
        "据新华社电 日本财务省日前公布的数据显示，2018年日本对中国出口商品15.9万亿日元，"
        "比上年增长6.8%。\n"
        "去年日本从美国进口商品9.0万亿日元，比上年增长12.1%。"
    )
    found = described(text)
    assert any(d.startswith("Japan with United States 2018 imports value") for d in found), found
    assert not any(" 2017 " in d for d in found), found


def test_last_year_stays_the_year_before_after_a_part_of_a_year() -> None:
    # (near miss: the text opens with part of 2019, so that year is not over and its 去年
    # is 2018)
    text = (
        "据新华社电 韩国关税厅日前公布的数据显示，2019年1-9月韩国对中国出口1021亿美元，"
        "比上年同期下降14.1%。\n"
        "去年韩国对美国出口727亿美元，比上年增长6.0%。"
    )
    found = described(text)
    assert "South Korea with United States 2018 exports value: 72.7 billion USD" in found, found


# --- 整体对外贸易 after a paragraph on one partner: the reporter's trade with the world -----
def test_overall_foreign_trade_after_a_partner_paragraph_is_with_the_world() -> None:
    text = (
        " date 2023-08-16\n"
        "据英国国家统计局数据，今年上半年，英国对华贸易额为310亿英镑，同比增长6.5%。"
        "其中，英国对华出口98亿英镑，增长3.1%。\n"
        "上半年，英国整体对外贸易额(不含贵金属)为4210亿英镑，增长5.4%。"
        "其中，出口1870亿英镑，增长2.2%。"
    )
    found = described(text)
    assert "United Kingdom 2023-H1 total value: 421.0 billion GBP" in found, found
    assert "United Kingdom 2023-H1 exports value: 187.0 billion GBP" in found, found


def test_a_share_of_overall_foreign_trade_keeps_its_partner() -> None:
    # (near miss: 占…整体外贸的 names the whole a share is of, not the figure's partner)
    text = (
        " date 2023-08-16\n今年上半年，广西对越南进出口1520亿元，增长9.3%，占广西整体外贸的43.1%。"
    )
    found = described(text)
    assert "Guangxi with Vietnam 2023-H1 total value: 152.0 billion CNY" in found, found
    assert "Guangxi with Vietnam 2023-H1 total share: 43.1 percent" in found, found
