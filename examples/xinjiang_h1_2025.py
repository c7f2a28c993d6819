"""What the Xinjiang H1 2025 article implies, with the interval each statement allows.

Run: python examples/xinjiang_h1_2025.py
"""

from __future__ import annotations

import tradestat as ts
from tradestat.datasets import xinjiang_2025_h1


def main() -> None:
    facts = xinjiang_2025_h1()
    h1 = facts.filter(period="2025-H1", partner="World", segment=None)
    total_cny = h1.one(measure="value", qualifier="exact").estimate()
    total_usd = h1.one(measure="value", qualifier="about").estimate()
    growth = h1.one(measure="yoy_growth").estimate()
    gap = h1.one(measure="growth_gap").estimate()
    private_share = facts.one(measure="share", segment="private enterprises").estimate()
    bri_share = facts.one(measure="share", partner="BRI countries").estimate()

    rate = ts.ExchangeRate.implied(total_cny, total_usd, period="2025-H1")
    print(f"{len(facts)} facts stated in the article")
    print(f"implied rate:                 {rate}")
    print(f"H1 2025 total in USD:         {rate.convert(total_cny)}")
    print(f"H1 2024 total (base value):   {ts.base_value(total_cny, growth)}")
    print(f"private-enterprise trade:     {ts.part_from_share(private_share, total_cny)}")
    bri = ts.part_from_share(bri_share, total_cny)
    print(f"BRI-partner trade:            {bri}  (at least {bri.low:.2f} billion CNY)")
    national = ts.benchmark_growth(growth, gap)
    print(f"national growth:              {national}  (below {national.high:.2f} percent)")

    # March to June were each "more than 50 billion", June "53.17 billion": what is left
    # of the half-year total for January and February together?
    march_to_may = [
        facts.one(measure="value", period=f"2025-{m:02d}").estimate() for m in (3, 4, 5)
    ]
    june = facts.filter(measure="value", period="2025-06")
    june_value = june[0].estimate().narrow(june[1].estimate())
    jan_feb = total_cny
    for month in [*march_to_may, june_value]:
        jan_feb = jan_feb - month
    print(f"January + February together:  at most {jan_feb.high:.3f} billion CNY")


if __name__ == "__main__":
    main()
