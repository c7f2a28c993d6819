"""Whole-article and partner families met on round 14's development articles, Chinese.

Every text here is invented for its family (places and figures made up); none is copied
from an article.
"""

from __future__ import annotations

from extract_helpers import described


# --- Hong Kong and Taiwan press: the mainland (内地 / 大陆 / 陆) is China's trade ----------------
def test_the_mainland_in_hong_kong_copy_is_china_under_bulleted_deck_lines() -> None:
    text = (
        " date 2024-04-16\n"
        "▷ 贸易顺差1830亿美元\n"
        "▷ 输往东盟出口增速12%，美国跌幅收窄\n"
        "《某某通讯社16日专讯》一家银行的首席经济师表示，内地首三个月外贸表现平稳。"
        "整体出口额8120亿美元，按年增长6.3%。"
    )
    found = described(text)
    assert "China 2024-Q1 exports value: 812.0 billion USD" in found, found
    assert "China 2024-Q1 exports yoy_growth: 6.3 percent" in found, found
    assert not any(d.startswith("Hong Kong") for d in found), found


def test_the_mainland_as_the_trader_in_taiwan_copy_is_china() -> None:
    text = (
        " date 2024-01-20\n"
        "陆对台贸易额 再创新高\n"
        "根据大陆海关总署公布的数据，2023年大陆自台湾进口1,980亿美元，年增4%；"
        "大陆对台出口720亿美元，年增9.1%。"
    )
    found = described(text)
    assert "China with Taiwan 2023 imports value: 198.0 billion USD" in found, found
    assert "China with Taiwan 2023 exports yoy_growth: 9.1 percent" in found, found


def test_the_mainland_as_taiwans_partner_with_hong_kong_counted_in() -> None:
    text = (
        " date 2022-03-10\n"
        "中央社台北3月10日电 财政部今天公布统计，台湾2月对大陆(含香港)出口额为121.4亿美元，"
        "较去年同期增加18.2%。2月自大陆（含香港）进口额约52.6亿美元。"
    )
    found = described(text)
    assert "Taiwan with China and Hong Kong 2022-02 exports value: 12.14 billion USD" in found, (
        found
    )
    assert "Taiwan with China and Hong Kong 2022-02 imports value: about 5.26 billion USD" in found
    assert not any(d.startswith("Taiwan 2022-02") for d in found), found


def test_the_mainland_alone_as_taiwans_partner_is_china() -> None:
    text = " date 2022-03-10\n台湾2月对大陆出口额为98.3亿美元，较去年同期增加11.5%。"
    found = described(text)
    assert "Taiwan with China 2022-02 exports value: 9.83 billion USD" in found, found
