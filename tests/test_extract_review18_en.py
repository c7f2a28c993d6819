"""Misfires found in round 18's English rules, each with the reading it must give.

Every text here is invented (places and figures made up); none is copied from an article.
"""

from __future__ import annotations

from extract_helpers import described


def _with(found: set[str], *parts: str) -> list[str]:
    """The descriptions holding every part (to assert what must not be given)."""
    return [f for f in found if all(p in f for p in parts)]


# --- "driven by A exports, which ...": a flow named by its products, no list of sectors ----
def test_a_rise_driven_by_a_products_exports_is_no_list_of_sectors() -> None:
    text = (
        " date 2031-01-15\n"
        "Country's trade sets a record\n\n"
        "China's foreign trade reached a record 50.1 trillion yuan in 2030, customs data "
        "showed. Growth was driven by high-tech exports, which for the first time accounted "
        "for more than 40 per cent of outbound shipments."
    )
    found = described(text)
    assert not _with(found, "high-tech exports"), found
    assert "China (high-tech products) 2030 exports share: more than 40 percent" in found, found


def _text(body: str, date: str = "2031-06-10") -> str:
    return f" date {date}\nCountry's trade in the month\n\n{body}"


# --- "; imports rose ..." after a segment's own imports: the whole flow, not the segment ---
def test_a_cut_opening_with_the_flow_the_part_before_had_is_the_whole_flow() -> None:
    found = described(
        _text(
            "China's crude oil imports fell 8 percent in May to $25 billion; imports rose "
            "1.8 percent to $220 billion."
        )
    )
    assert "China 2031-05 imports value: 220 billion USD" in found, found
    assert "China 2031-05 imports yoy_growth: 1.8 percent" in found, found
    assert not _with(found, "(crude oil)", "220 billion"), found
    found = described(
        _text("China's exports of rare earths fell 9 percent in May; exports totaled $302 billion.")
    )
    assert "China 2031-05 exports value: 302 billion USD" in found, found


# --- "A and B both fell, by X and Y": no each-partner reading of two figures ---------------
def test_both_with_two_figures_gives_neither_figure_to_each_partner() -> None:
    found = described(
        _text(
            "China's exports to Japan and South Korea both fell in April, by 5 percent and 3 percent."
        )
    )
    assert not _with(found, "with Japan 2031"), found
    assert not _with(found, "with South Korea 2031"), found


def test_an_appositive_after_a_list_leaves_the_amount_the_lists() -> None:
    found = described(
        _text(
            "Zhejiang's trade with ASEAN, the EU and the US, all traditional markets, reached "
            "900 billion yuan in 2030."
        )
    )
    assert not _with(found, "with ASEAN 2030"), found
    found = described(
        _text(
            "China's exports to Japan and South Korea, each a major partner, grew 4 percent to "
            "$120 billion in May."
        )
    )
    assert not _with(found, "with Japan 2031"), found


# --- "American exports overall rose": the partner's own flow with the world -----------------
def test_a_partners_whole_flow_is_not_its_trade_with_the_reporter() -> None:
    for partner, second in (
        ("the United States", "American exports overall rose 1 percent last year."),
        ("Russia", "Russian exports fell 28 percent last year as sanctions bit."),
        ("Uzbekistan", "Uzbek exports to all countries rose 24 percent last year."),
    ):
        found = described(
            _text(f"China's trade with {partner} fell 11.6 percent in 2030. {second}")
        )
        assert not _with(found, "exports yoy"), found
        assert not _with(found, "imports yoy"), found


def test_a_partners_exports_to_the_reporter_are_the_reporters_imports() -> None:
    found = described(
        _text(
            "China's trade with Uzbekistan rose 20 percent in 2030 to $14bn. Uzbek exports to "
            "China rose 24 percent last year."
        )
    )
    assert "China with Uzbekistan 2030 imports yoy_growth: 24 percent" in found, found


# --- "after a drop in the fourth": an earlier part is not the later one of the same year ---
def test_an_ordinal_part_before_the_part_named_is_not_guessed() -> None:
    for tail in (
        "after a 1.2 percent drop in the fourth.",
        "up from 3.2 percent in the fourth.",
    ):
        found = described(
            _text("China's exports rose 1.5 percent in the first quarter, " + tail, "2031-04-15")
        )
        assert found == {"China 2031-Q1 exports yoy_growth: 1.5 percent"}, found


# --- "rose 3.2 percent from the first quarter": sequential, not year on year --------------
def test_growth_from_the_part_before_with_no_year_is_sequential() -> None:
    found = described(
        _text(
            "In the second quarter, China's exports rose 3.2 percent from the first quarter to "
            "$880 billion.",
            "2031-07-15",
        )
    )
    assert found == {"China 2031-Q2 exports value: 880 billion USD"}, found
    found = described(
        _text("China's exports in the second half of 2030 rose 4 percent from the first half.")
    )
    assert not _with(found, "4 percent"), found
    found = described(
        _text(
            "China's exports in the second half of 2030 rose 4 percent from the same period of "
            "2029."
        )
    )
    assert "China 2030-H2 exports yoy_growth: 4 percent" in found, found


# --- "The WTO's global trade growth estimate": another's, not the reporter's -------------
def test_an_agencys_or_another_countrys_global_trade_is_not_the_reporters() -> None:
    found = described(
        _text(
            "China's trade rose in May. The WTO's global trade growth estimate for 2031 stands "
            "at 2.6 percent."
        )
    )
    assert not _with(found, "2.6 percent"), found
    found = described(
        _text(
            "China's exports rose 5 percent in May. Singapore's global exports, a bellwether, "
            "fell 2 percent."
        )
    )
    assert not _with(found, "China", "-2 percent"), found


# --- "As part of its plan to expand imports, China bought": the goal ends at its clause ----
def test_a_goal_reaches_no_amount_past_a_clause_break_or_a_past_verb() -> None:
    found = described(
        _text(
            "As part of its plan to expand imports, China bought goods worth $2.56 trillion "
            "in 2030."
        )
    )
    assert "China 2030 imports value: 2.56 trillion USD" in found, found
    found = described(
        _text("The target of raising exports was met: Vietnam's exports hit $355 billion in 2030.")
    )
    assert "Vietnam 2030 exports value: 355 billion USD" in found, found


# --- "faster than economists had expected, and import growth of 1.8 percent": reported ----
def test_an_elliptic_item_after_a_forecast_verb_with_no_object_is_reported() -> None:
    found = described(
        _text(
            "China's exports rose 7.6 percent in May from a year earlier, faster than "
            "economists had expected, and import growth of 1.8 percent was weaker."
        )
    )
    assert "China 2031-05 imports yoy_growth: 1.8 percent" in found, found


# --- "lower than the national average amid the decline in demand": no benchmark fall -------
def test_a_fall_word_that_is_not_the_benchmarks_keeps_the_gaps_sign() -> None:
    found = described(
        _text(
            "Shaanxi's exports grew 2.1 percent in 2030, 1.5 percentage points lower than the "
            "national average amid the decline in demand."
        )
    )
    assert "Shaanxi 2030 exports growth_gap vs China: -1.5 percentage_point" in found, found


# --- a world total carries to the next share only -----------------------------------------
def test_a_world_total_does_not_carry_past_a_share_of_its_own() -> None:
    found = described(
        _text(
            "China's exports accounted for 14 percent of the world's total in 2030, while "
            "electric vehicles made up 3 percent of its exports and machinery accounted for "
            "58 percent."
        )
    )
    assert "China (machinery) 2030 exports share: 58 percent" in found, found
    assert not _with(found, "14 percent"), found


# --- "The number of its partners reached 221, and exports to 60 of them": one count -------
def test_a_count_of_partners_stops_at_its_clause() -> None:
    found = described(
        _text(
            "The number of Shenzhen's trading partners reached 221 in 2030, and exports to 60 "
            "of them topped 10 billion yuan."
        )
    )
    assert found == {"Shenzhen 2030 total partner_count: 221 count"}, found


# --- development regressions ---------------------------------------------------------------
def test_a_products_sales_with_no_flow_word_are_not_the_reporters_trade() -> None:
    found = described(
        _text(
            "Brazil's exports to China rose 10 per cent in November. Oil sales also posted a "
            "strong 125 per cent expansion in the period, while sugar exports rose 70 per cent.",
            "2030-12-05",
        )
    )
    assert not _with(found, "125 percent"), found
    assert "Brazil (sugar) 2030-11 exports yoy_growth: 70 percent" in found, found


def test_each_by_figure_of_an_elliptic_list_is_of_the_goods_after_it() -> None:
    found = described(
        _text(
            "Kazakhstan increased its imports from China of rubber by 45% in 2030, by 23.4% "
            "of textiles, and by 21.4% of machinery and equipment.",
            "2031-02-05",
        )
    )
    assert (
        "Kazakhstan with China (machinery and equipment) 2030 imports yoy_growth: 21.4 percent"
        in found
    ), found
    assert not _with(found, "(textiles)", "21.4"), found
