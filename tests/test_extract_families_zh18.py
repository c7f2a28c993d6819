"""Families met on round 16's development articles, Chinese.

Every text here is invented for its family (places and figures made up); none is copied
from an article.
"""

from __future__ import annotations

from extract_helpers import described


def test_a_story_headed_by_a_named_zone_reports_the_zones_own_trade() -> None:
    text = (
        " date 2025-06-18\n"
        "西安高新综合保税区外贸再创新高\n"
        "今年1至5月，西安高新综合保税区进出口总额达820亿元，同比增长9.6%。"
        "其中，出口额为450亿元；进口额为370亿元。2024年，该保税区实现进出口值1650亿元。"
    )
    found = described(text)
    zone = "Xi'an Hi-tech Comprehensive Bonded Zone"
    assert f"{zone} 2025-01/2025-05 total value: 82.0 billion CNY" in found, found
    assert f"{zone} 2025-01/2025-05 total yoy_growth: 9.6 percent" in found, found
    assert f"{zone} 2025-01/2025-05 exports value: 45.0 billion CNY" in found, found
    assert f"{zone} 2024 total value: 165.0 billion CNY" in found, found


def test_a_named_zone_inside_a_city_story_stays_a_segment() -> None:
    text = (
        " date 2025-06-18\n"
        "西安外贸稳中有进\n"
        "今年1至5月，西安进出口总额达1820亿元。其中，西安高新综合保税区进出口820亿元。"
    )
    found = described(text)
    assert "Xi'an 2025-01/2025-05 total value: 182.0 billion CNY" in found, found
    assert not any(f.startswith("Xi'an Hi-tech") for f in found), found


def test_a_product_in_a_figureless_cause_clause_is_not_the_figures_segment() -> None:
    found = described(
        " date 2024-06-20\n因汽车出口大减，韩国的总出口额在5月下降了2.1%至550亿美元。"
    )
    assert "South Korea 2024-05 exports yoy_growth: -2.1 percent" in found, found
    assert "South Korea 2024-05 exports value: 55.0 billion USD" in found, found
    found = described(" date 2024-06-20\n由于钢材进口下降，越南5月进口额下降了3%。")
    assert "Vietnam 2024-05 imports yoy_growth: -3 percent" in found, found


def test_a_product_with_its_own_figure_before_the_total_keeps_it() -> None:
    found = described(" date 2024-06-20\n韩国5月汽车出口下降5%，总出口额下降了2.1%。")
    assert "South Korea (automobiles) 2024-05 exports yoy_growth: -5 percent" in found, found


def test_another_economy_written_before_its_year_and_partner_owns_its_trade() -> None:
    text = (
        " date 2026-01-15\n"
        "中国对韩国出口增长\n"
        "2025年中国对韩国出口1200亿美元。\n"
        "具体看，台湾2025年对美国贸易总额1,800亿美元，且对美出超金额500亿美元。"
    )
    found = described(text)
    assert "China with South Korea 2025 exports value: 120.0 billion USD" in found, found
    assert "Taiwan with United States 2025 total value: 180.0 billion USD" in found, found
    assert "Taiwan with United States 2025 balance value: 50.0 billion USD" in found, found
