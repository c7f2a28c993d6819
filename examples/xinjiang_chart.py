"""The Xinjiang H1 2025 figures as a chart, every mark with the interval its statement allows.

Left: the monthly values ("more than 50 billion yuan" in March to June as open markers with
arrows, June's 53.17 billion with its rounding interval). Middle: H1 2025 against the H1 2024
base that 28 percent growth implies (hollow, dashed: derived). Right: the H1 total in dollars.

Run: pip install ".[plot]" && python examples/xinjiang_chart.py [OUT.png|OUT.svg]
"""

from __future__ import annotations

import sys

from tradestat.datasets import xinjiang_2025_h1


def main(out: str = "xinjiang_chart.png") -> None:
    facts = xinjiang_2025_h1()
    figure = facts.plot(
        "value",
        partner="World",
        segment=None,
        period=lambda p: p.n_months in (1, 6),  # months and half-years
        title="Xinjiang foreign trade, 2025 (Xinhua, 2025-07-25)",
    )
    figure.savefig(out, dpi=110)
    print(f"wrote {out}")


if __name__ == "__main__":
    main(*sys.argv[1:2])
