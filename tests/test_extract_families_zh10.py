"""Phrasing families met on a tenth set of unseen Chinese articles (issue 9, round 10).

Every text here is invented for the family it tests (places real, figures made up); none
is copied from an article. Each test states what the family must give, and what it must
not guess.
"""

from __future__ import annotations

from tradestat.extraction import extract


def described(text: str, **options: object) -> set[str]:
    """The facts of a text, each as its one-line description."""
    return {f.describe() for f in extract(text, **options).facts}  # type: ignore[arg-type]


def skipped(text: str) -> list[str]:
    """The reasons of every figure the text's reading skipped."""
    return [s.reason for s in extract(text).skipped]


# --- the customs' common product lines, each listed with its own figure --------------------
def test_a_list_of_foods_each_with_its_growth_respectively() -> None:
    # one unknown item left the whole 分别 list unpaired; the usual lines are now known
    text = "2024年，江西省进口咖啡、坚果、花卉分别增长45%、12.5%和8%。"
    got = described(text)
    assert "Jiangxi (coffee) 2024 imports yoy_growth: 45 percent" in got
    assert "Jiangxi (nuts) 2024 imports yoy_growth: 12.5 percent" in got
    assert "Jiangxi (flowers) 2024 imports yoy_growth: 8 percent" in got


def test_a_list_of_appliances_and_equipment_each_with_its_growth() -> None:
    text = "2023年，广东省冰箱、洗衣机、电视机出口分别增长9%、6.1%、3.3%。"
    got = described(text)
    assert "Guangdong (refrigerators) 2023 exports yoy_growth: 9 percent" in got
    assert "Guangdong (washing machines) 2023 exports yoy_growth: 6.1 percent" in got
    assert "Guangdong (television sets) 2023 exports yoy_growth: 3.3 percent" in got
    other = "2022年，湖南省出口农药制剂、挖掘机、海洋工程装备分别增长20%、31%和7%。"
    got = described(other)
    assert "Hunan (pesticide preparations) 2022 exports yoy_growth: 20 percent" in got
    assert "Hunan (excavators) 2022 exports yoy_growth: 31 percent" in got
    assert "Hunan (marine engineering equipment) 2022 exports yoy_growth: 7 percent" in got


def test_a_list_with_one_product_still_unknown_is_skipped_whole() -> None:
    # the guard: an item the table does not know leaves the list unpaired, never guessed
    text = "2023年，广东省冰箱、量子陀螺仪出口分别增长9%、6.1%。"
    assert not any("percent" in g for g in described(text))
    assert len(skipped(text)) == 2


# --- the Maritime Silk Road countries, a partner group of their own -------------------------
def test_the_maritime_silk_road_countries_are_a_partner_group() -> None:
    # 海上丝绸之路沿线国家 and its short forms (海丝国家, “海丝”沿线国家) name one group
    text = "2018年，浙江省与21世纪海上丝绸之路沿线国家进出口4000亿元，增长12%。"
    got = described(text)
    assert "Zhejiang with Maritime Silk Road countries 2018 total value: 400.0 billion CNY" in got
    other = "2019年前三季度，广东省对“海丝”沿线国家出口1200亿元，增长6%；自海丝国家进口原油80亿元。"
    got = described(other)
    assert (
        "Guangdong with Maritime Silk Road countries 2019-01/2019-09 exports value: 120.0 billion CNY"
        in got
    )
    assert (
        "Guangdong with Maritime Silk Road countries (crude oil) 2019-01/2019-09 imports value: "
        "8.0 billion CNY" in got
    )


def test_shanghai_silk_is_no_maritime_silk_road() -> None:
    # the guard: 上海丝绸 is Shanghai's silk, its 海丝 no group name
    text = "2018年，上海丝绸进出口总额增长5%。"
    assert not any("Maritime" in g for g in described(text))
