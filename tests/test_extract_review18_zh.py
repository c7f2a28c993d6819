"""Misfires a review found in round 18's Chinese rules, each with the right reading.

Every text here is invented for its case (places and figures made up); none is copied
from an article.
"""

from __future__ import annotations

from extract_helpers import described, reasons


def test_a_bloc_opening_a_sentence_with_a_short_comment_keeps_its_figures() -> None:
    text = (
        " date 2024-01-15\n"
        "2023年，我国外贸进出口41.76万亿元，增长0.2%。共建“一带一路”国家增势良好，"
        "进出口19.47万亿元，增长2.8%。拉美市场表现亮眼，进出口3.4万亿元，增长6%。"
    )
    found = described(text)
    assert "China with BRI countries 2023 total value: 19.47 trillion CNY" in found, found
    assert "China with Latin America 2023 total value: 3.4 trillion CNY" in found, found
    assert "China 2023 total value: 41.76 trillion CNY" in found, found


def test_a_bloc_holding_first_place_is_the_partner_of_its_figures() -> None:
    text = (
        " date 2024-01-15\n2023年，我国外贸进出口41.76万亿元。欧盟保持首位，进出口1万亿元，增长3%。"
    )
    found = described(text)
    assert "China with EU 2023 total value: 1 trillion CNY" in found, found


def test_a_turn_to_a_bare_flow_keeps_the_partner() -> None:
    text = " date 2024-01-15\n2023年，宁波对美国出口增长3%，但进口下降5%。"
    found = described(text)
    assert "Ningbo with United States 2023 imports yoy_growth: -5 percent" in found, found


def test_a_turn_to_the_total_of_the_same_flow_keeps_the_partner() -> None:
    text = " date 2024-01-15\n2023年，我国对欧盟出口虽然下降，但出口总额仍达5000亿美元。"
    found = described(text)
    assert "China with EU 2023 exports value: 500.0 billion USD" in found, found


def test_not_only_but_also_is_no_turn() -> None:
    text = " date 2024-01-15\n2023年，江苏不但对美出口增长10%，而且进口增长5%。"
    found = described(text)
    assert "Jiangsu with United States 2023 imports yoy_growth: 5 percent" in found, found


def test_a_turn_to_a_balance_keeps_the_partner() -> None:
    text = " date 2024-10-15\n今年前三季度，中国对美国出口下降，但顺差仍达2000亿美元。"
    found = described(text)
    assert "China with United States 2024-01/2024-09 balance value: 200.0 billion USD" in found
    assert not any(f.startswith("China 2024") for f in found), found


def test_a_year_reported_beside_a_goal_still_sets_the_period() -> None:
    text = (
        " date 2024-03-15\n"
        "今年1-2月，中俄贸易额为390亿美元。2023年，中俄两国贸易额增长至2401亿美元，提前完成了"
        "两国元首提出的将贸易额提升至2000亿美元的目标。其中，中国对俄出口1110亿美元。"
    )
    found = described(text)
    assert "China with Russia 2023 exports value: 111.0 billion USD" in found, found


def test_a_year_reported_beside_an_aim_for_this_year_still_sets_the_period() -> None:
    text = (
        " date 2024-03-15\n"
        "今年1-2月，宁波进出口2000亿元。2023年，宁波进出口1.3万亿元，增长5%，力争今年达到"
        "1.4万亿元。其中，出口9000亿元。"
    )
    found = described(text)
    assert "Ningbo 2023 exports value: 900.0 billion CNY" in found, found


def test_a_run_of_months_with_spaces_is_the_run() -> None:
    for opening in (
        "今年 1-10 月",
        "今年1-10 月",
        "今年 1 至 10 月",
        "今年前 10 月",
        "2023 年 1-10 月",
    ):
        text = f" date 2023-11-15\n{opening}，宁波进出口 1.1 万亿元，增长 5%。"
        found = described(text)
        assert "Ningbo 2023-01/2023-10 total value: 1.1 trillion CNY" in found, (opening, found)
        assert not any("2023-10 total" in f and "/" not in f for f in found), (opening, found)


def test_a_pair_in_a_clause_of_its_own_leaves_the_regions_flow_to_the_region() -> None:
    text = (
        " date 2024-01-15\n"
        "黑龙江省对俄贸易快速发展。2023年，中俄经贸合作持续深化，对俄进出口2000亿元，增长10%。"
    )
    found = described(text)
    assert "Heilongjiang with Russia 2023 total value: 200.0 billion CNY" in found, found


def test_a_pair_fair_leaves_the_regions_flow_to_the_region() -> None:
    text = (
        " date 2024-01-15\n"
        "2023年，湖南省进出口6000亿元。中非经贸博览会带动下，对非洲进出口500亿元。"
    )
    found = described(text)
    assert "Hunan with Africa 2023 total value: 50.0 billion CNY" in found, found


def test_a_product_driving_a_flow_names_no_figure() -> None:
    text = " date 2024-01-15\n2023年，江苏出口受汽车出口带动增长5%。"
    found = described(text)
    assert "Jiangsu 2023 exports yoy_growth: 5 percent" in found, found
    text = " date 2024-01-15\n2023年，江苏出口受电动汽车拉动增长5%，进口下降3%。"
    found = described(text)
    assert "Jiangsu 2023 imports yoy_growth: -3 percent" in found, found


def test_hong_kong_in_a_run_of_partners_is_a_partner() -> None:
    text = " date 2024-01-15\n2023年，我国对主要市场出口有升有降，其中东盟增长2%，香港下降8%。"
    found = described(text)
    assert "China with Hong Kong 2023 exports yoy_growth: -8 percent" in found, found
    assert not any(f.startswith("Hong Kong") for f in found), found


def test_a_destination_after_wang_is_a_partner() -> None:
    text = " date 2024-01-15\n2023年，澳门货物出口增长5%，其中往内地增长12%，往广东增长8%。"
    found = described(text)
    assert not any(f.startswith("Guangdong") for f in found), found
    assert "Macao with Guangdong 2023 exports yoy_growth: 8 percent" in found, found


def test_a_plan_driving_a_flow_is_no_target() -> None:
    text = " date 2024-01-15\n2023年，在稳外贸计划推动下宁波出口达到9000亿元，增长6%。"
    found = described(text)
    assert "Ningbo 2023 exports value: 900.0 billion CNY" in found, found
    text = " date 2024-01-15\n2023年，宁波实施外贸提质计划以来出口突破9000亿元。"
    found = described(text)
    assert "Ningbo 2023 exports value: more than 900.0 billion CNY" in found, found


def test_a_gap_narrowing_to_a_rate_is_no_fall() -> None:
    text = " date 2024-01-15\n2023年，宁波进出口增长5%，与全国的差距缩小至1.2%。"
    found = described(text)
    assert not any("1.2" in f for f in found), found
    assert reasons(text) is not None


def test_a_bloc_holding_first_place_is_the_partner_of_its_figures_with_qi() -> None:
    text = (
        " date 2024-01-15\n"
        "2023年，我国外贸进出口41.76万亿元。东盟稳居首位，我国与其进出口6.41万亿元。"
    )
    found = described(text)
    assert "China with ASEAN 2023 total value: 6.41 trillion CNY" in found, found


def test_a_turn_within_a_breakdown_keeps_the_partner() -> None:
    text = (
        " date 2024-01-15\n"
        "2023年，宁波对美国进出口2000亿元，其中出口增长10%，而进口下降2%，但仍保持顺差。"
    )
    found = described(text)
    assert "Ningbo with United States 2023 imports yoy_growth: -2 percent" in found, found


def test_taiwan_in_a_run_of_partners_is_a_partner() -> None:
    text = (
        " date 2024-01-15\n"
        "2023年，宁波对主要市场出口有升有降，其中美国下降5%，东盟增长2%，台湾下降8%。"
    )
    found = described(text)
    assert "Ningbo with Taiwan 2023 exports yoy_growth: -8 percent" in found, found
    assert not any(f.startswith("Taiwan") for f in found), found


def test_a_pair_heading_a_regions_own_flow_to_a_neighbour() -> None:
    text = (
        " date 2024-01-15\n"
        "2023年，新疆进出口3500亿元。中哈贸易带动明显，对哈萨克斯坦进出口1500亿元。"
    )
    found = described(text)
    assert not any(f.startswith("China") for f in found), found
