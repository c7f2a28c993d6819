"""English phrasing families met on an eighth set of held-back articles (issue 9, round eight).

Every text here is invented for its family (places and figures made up); none is copied
from an article. Each test states what the family must give, and what it must not guess.
"""

from __future__ import annotations

from tradestat.extraction import extract


def described(text: str) -> set[str]:
    """The facts of a text, each as its one-line description."""
    return {f.describe() for f in extract(text).facts}


# --- a bloc that reports its own trade ------------------------------------------------------
def test_a_bloc_reporting_its_exports_is_the_reporter() -> None:
    text = (
        " date 2015-03-10\n"
        "LUXEMBOURG -- EU exports to Japan rose to 60 billion euro in 2014, the bloc's "
        "statistics office said on Monday."
    )
    ex = extract(text)
    assert ex.subject == "EU"
    assert "EU with Japan 2014 exports value: 60 billion EUR" in described(text)


def test_a_blocs_trade_deficit_is_its_own_and_never_with_itself() -> None:
    text = (
        " date 2014-02-02\n"
        "The EU's trade deficit with India narrowed to 5 billion euros in 2013, the report "
        "said.\nThe EU's imports reached 40 billion euros in 2013."
    )
    found = described(text)
    assert "EU with India 2013 balance value: -5 billion EUR" in found
    assert not any("EU with EU" in d for d in found), found


# --- "from A in one period to B in another": each figure has its own period -------------------
def test_from_a_figure_in_one_year_to_another_in_a_later_year() -> None:
    text = "Yunfu's exports rose from 3 billion yuan in 2015 to 5 billion yuan in 2020."
    found = described(text)
    assert "Yunfu 2015 exports value: 3 billion CNY" in found
    assert "Yunfu 2020 exports value: 5 billion CNY" in found


def test_from_one_half_year_to_another_with_bracketed_conversions() -> None:
    text = (
        "Shaoguan's imports grew from 7 billion yuan ($1.1 billion) in the first half of "
        "2016 to 9 billion yuan ($1.4 billion) in the first half of 2017."
    )
    found = described(text)
    assert "Shaoguan 2016-H1 imports value: 7 billion CNY" in found
    assert "Shaoguan 2016-H1 imports value: 1.1 billion USD" in found
    assert "Shaoguan 2017-H1 imports value: 9 billion CNY" in found
    assert "Shaoguan 2017-H1 imports value: 1.4 billion USD" in found


# --- where an event or a report took place is no reporter -----------------------------------
def test_the_city_a_report_was_released_in_is_not_the_reporter() -> None:
    text = (
        " date 2013-06-20\n"
        "Trade between China and Brazil hit a record in 2012, according to a report released "
        "in Shanghai on Tuesday.\n"
        "Two-way trade reached 85 billion dollars in 2012."
    )
    assert "China with Brazil 2012 total value: 85 billion USD" in described(text)


def test_the_city_and_province_of_a_fair_are_not_the_reporter() -> None:
    text = (
        " date 2018-07-02\n"
        "China and Laos are close partners. Deals worth 5 billion yuan were signed at the "
        "expo held in June in Kunming, capital of southwest China's Yunnan Province.\n"
        "Trade between China and Laos stood at 2 billion dollars in the first five months "
        "this year."
    )
    ex = extract(text)
    assert ex.subject == "China"
    assert "China with Laos 2018-01/2018-05 total value: 2 billion USD" in described(text)


def test_a_port_named_once_in_passing_is_not_the_reporter_of_a_bilateral_story() -> None:
    text = (
        " date 2019-09-15\n"
        "China and Mongolia have deepened their ties in trade.\n"
        "Bilateral trade stood at 4 billion dollars in the first half of this year.\n"
        "Coal trucks entered China via Erenhot land port in August."
    )
    ex = extract(text)
    assert ex.subject == "China"


# --- a bare flow or change after a foreign economy's figure is that economy's ----------------
def test_while_imports_after_a_foreign_countrys_exports_are_its_imports() -> None:
    text = (
        " date 2019-08-01\n"
        "China's trade with Japan grew this year.\n"
        "Japan's exports to China hit 70 billion dollars in the first half, while imports "
        "were 80 billion dollars, up 3 percent and 4 percent, respectively."
    )
    found = described(text)
    assert "Japan with China 2019-H1 exports value: 70 billion USD" in found
    assert "Japan with China 2019-H1 imports value: 80 billion USD" in found
    assert "Japan with China 2019-H1 imports yoy_growth: 4 percent" in found


def test_while_the_export_volume_keeps_the_partner_of_the_clause_before() -> None:
    text = (
        "Jilin's imports from Japan stood at 2 billion dollars in 2010, while the export "
        "volume amounted to 1 billion dollars, up 5 percent year on year."
    )
    found = described(text)
    assert "Jilin with Japan 2010 exports value: 1 billion USD" in found
    assert "Jilin with Japan 2010 exports yoy_growth: 5 percent" in found


# --- the year of a dateline --------------------------------------------------------------------
def test_a_dateline_year_is_not_a_targets_year_and_follows_a_year_reported_whole() -> None:
    text = (
        "Province reports rise in trade\n\n"
        "HARBIN, Aug. 18 (Xinhua) -- Heilongjiang's trade with Mongolia from January to July "
        "totaled 3 billion U.S. dollars, the provincial commerce bureau said.\n"
        "The province's trade with Mongolia reached 4 billion U.S. dollars in 2011.\n"
        "The two sides aim at a trade volume of 10 billion U.S. dollars in 2015."
    )
    found = described(text)
    assert "Heilongjiang with Mongolia 2012-01/2012-07 total value: 3 billion USD" in found


def test_a_dateline_year_ignores_a_planned_year() -> None:
    text = (
        "CHANGSHA, May 9 (Xinhua) -- Hunan's exports in the first four months reached 60 "
        "billion yuan, up 10 percent from a year earlier, the fastest pace since 2016.\n"
        "The province plans to double its exports by 2025."
    )
    assert "Hunan 2016-01/2016-04 exports value: 60 billion CNY" in described(text)


# --- an undated text that compares this year with an earlier one -----------------------------
def test_an_undated_text_is_after_a_year_whose_whole_and_same_months_it_compares() -> None:
    text = (
        "Trade between China and Chile kept growing in the first five months of this year.\n"
        "Bilateral trade totaled 15 billion USD from January to May, up 20 percent over the "
        "same period last year, compared with 18 percent growth for the whole of 2010 and "
        "15 percent in the first five months of 2010."
    )
    found = described(text)
    assert "China with Chile 2011-01/2011-05 total value: 15 billion USD" in found


def test_an_undated_text_with_a_year_listed_after_a_whole_year() -> None:
    text = (
        "Trade between China and the Baltic states grew in the first half of this year.\n"
        "Trade with Estonia, whose free ports opened in 2004 and 2011, totaled 1 "
        "billion USD in the first half, compared with 14 percent growth for the whole of "
        "2012 and 9 percent in the first half of 2012."
    )
    found = described(text)
    assert "China with Estonia 2013-H1 total value: 1 billion USD" in found


# --- a period after "after a ..." / "compared with ..." is the comparison's ------------------
def test_a_rise_after_a_fall_in_an_earlier_year_keeps_the_period_in_force() -> None:
    text = (
        " date 2009-08-30\n"
        "In the first seven months, China's trade with Cyprus reached 1 billion dollars.\n"
        "Bilateral trade with this country skyrocketed 120 percent after a 10 percent "
        "decrease in 2008."
    )
    found = described(text)
    assert "China with Cyprus 2009-01/2009-07 total yoy_growth: 120 percent" in found
    assert "China with Cyprus 2008 total yoy_growth: -10 percent" in found


def test_a_surge_compared_with_growth_in_an_earlier_year_keeps_the_period_in_force() -> None:
    text = (
        " date 2009-08-30\n"
        "Trade between China and Peru reached 5 billion dollars in the first seven months.\n"
        "This is a surge of 40 percent, compared with the 19 percent growth rate in the "
        "whole of 2008."
    )
    found = described(text)
    assert "China with Peru 2009-01/2009-07 total yoy_growth: 40 percent" in found
    assert "China with Peru 2008 total yoy_growth: 19 percent" in found


# --- more verbs of rising and falling ------------------------------------------------------
def test_more_verbs_of_rising_and_falling_give_growth_and_its_sign() -> None:
    text = (
        "In 2015, Huizhou's exports to Chile skyrocketed 90 percent, imports from Peru "
        "plummeted 30 percent, exports to Mexico ballooned 40 percent and imports from "
        "Cuba nosedived 20 percent."
    )
    found = described(text)
    assert "Huizhou with Chile 2015 exports yoy_growth: 90 percent" in found
    assert "Huizhou with Peru 2015 imports yoy_growth: -30 percent" in found
    assert "Huizhou with Mexico 2015 exports yoy_growth: 40 percent" in found
    assert "Huizhou with Cuba 2015 imports yoy_growth: -20 percent" in found
