"""Phrasing families first met on articles from outlets the rules were not written for.

Every text here is invented for the family it tests (figures made up); none is copied from
an article. Each test states what the family must give, and what it must not guess.
"""

from __future__ import annotations

from tradestat.extraction import extract


def described(text: str, **options: object) -> set[str]:
    """The facts of a text, each as its one-line description."""
    return {f.describe() for f in extract(text, **options).facts}  # type: ignore[arg-type]


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
