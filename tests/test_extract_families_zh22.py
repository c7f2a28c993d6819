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
        "非洲连续多年成为我国重要贸易伙伴。图为5月20日浙江宁波港集装箱码头的装卸作业。（中新社）\n"
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
