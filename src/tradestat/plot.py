"""Charts of facts with their intervals (matplotlib, the optional extra ``plot``).

Every mark shows what the statement allows: an error bar for the rounding of a stated
number, an arrow from an open marker for a one-sided statement ("more than 50 billion"),
a hollow diamond on a dashed bar for a figure derived from others. Panels split the facts
by period length and by currency or unit, so months, half-years, yuan and dollars are never
drawn on one axis. ``view="series"`` draws one measure over periods, one series per
subject, partner, segment or flow; ``view="bars"`` draws shares (or any measure) as bars.
"""

from __future__ import annotations

import contextlib
import functools
import math
import re
import warnings
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal

import attrs

from tradestat.errors import TradestatError
from tradestat.figures import Estimate
from tradestat.intervals import Interval
from tradestat.models import Fact, FactSet, Measure
from tradestat.periods import Period
from tradestat.rates import RateTable
from tradestat.units import currency_of

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure as MplFigure

__all__ = ["plot", "cjk_font", "View", "Lang"]

View = Literal["series", "bars"]
Lang = Literal["en", "zh"]

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans CJK JP",
    "Noto Sans CJK TC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Noto Serif CJK SC",
    "SimHei",
    "Microsoft YaHei",
    "PingFang SC",
    "Heiti SC",
    "AR PL UMing CN",
    "Droid Sans Fallback",
)

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "period": "period",
        "stated": "stated (bar: rounding)",
        "derived": "derived",
        "more": "more than (open)",
        "less": "less than (open)",
        "share_of": "share of total",
        "month": "monthly",
        "quarter": "quarterly",
        "half": "half-year",
        "year": "annual",
        "range": "{n} months",
    },
    "zh": {
        "period": "时期",
        "stated": "公布值（误差线：四舍五入）",
        "derived": "推算值",
        "more": "超过（开区间）",
        "less": "低于（开区间）",
        "share_of": "占比",
        "month": "月度",
        "quarter": "季度",
        "half": "半年",
        "year": "年度",
        "range": "{n}个月",
    },
}
_MEASURE_ZH = {
    "value": "金额",
    "yoy_growth": "同比增长",
    "mom_growth": "环比增长",
    "share": "占比",
    "partner_count": "贸易伙伴数",
    "growth_gap": "增速差",
    "gdp": "地区生产总值",
    "gdp_growth_target": "GDP增长目标",
}
_FLOW_ZH = {"total": "进出口", "exports": "出口", "imports": "进口", "balance": "贸易差额"}
_COLORS = ("#1f5fa8", "#d1495b", "#2a9d8f", "#e9a23b", "#6a4c93", "#7f7f7f", "#8c564b")


def _matplotlib() -> None:
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        raise TradestatError("charts need matplotlib: pip install 'tradestat[plot]'") from None


@functools.cache
def cjk_font() -> str | None:
    """The name of an installed font with Chinese glyphs, or None.

    matplotlib keeps a cached list of the system's fonts, and a font installed after the
    list was made is not in it. When the list names none of the families, the system's
    font files it does not know are added (one scan of the font folders, once a process)
    and it is asked again.
    """
    _matplotlib()
    from matplotlib import font_manager

    manager = font_manager.fontManager
    found = _cjk_family(manager)
    if found is None:
        known = {f.fname for f in manager.ttflist}
        for path in font_manager.findSystemFonts():
            if path not in known:
                with contextlib.suppress(OSError, RuntimeError, ValueError):
                    manager.addfont(path)  # (a file FreeType cannot read is left out)
        found = _cjk_family(manager)
    return found


def _cjk_family(manager: Any) -> str | None:
    """The first of the CJK families the font manager's list names, or None."""
    installed = {f.name for f in manager.ttflist}
    return next((name for name in _CJK_FAMILIES if name in installed), None)


@attrs.frozen
class _Mark:
    """One fact to draw: its estimate in the panel's unit, and whether it was derived."""

    fact: Fact
    estimate: Estimate
    derived: bool


def _marks(facts: FactSet, derived: bool, rates: RateTable | None) -> list[_Mark]:
    """Stated facts (repeats merged) and, optionally, derived ones nobody stated."""
    seen: set[tuple[object, ...]] = set()
    marks: list[_Mark] = []
    for fact in facts:
        if (*fact.key, fact.figure) in seen:
            continue
        seen.add((*fact.key, fact.figure))
        is_derived = fact.provenance.derived_by is not None
        marks.append(_Mark(fact, fact.estimate(), is_derived))
    if derived:
        from tradestat.derivation import derive

        stated = {f.key for f in facts}
        for d in derive(facts, rates=rates):
            if d.fact.key not in stated:
                stated.add(d.fact.key)
                estimate = d.estimate.to(d.fact.figure.unit)
                marks.append(_Mark(d.fact, estimate, True))
    return marks


_KIND_ORDER = {"month": 0, "quarter": 1, "half": 2, "year": 3, "range": 4}


def _panel_key(mark: _Mark) -> tuple[int, int, str, str]:
    """Panels by kind and length of period, then currency (or unit)."""
    period, unit = mark.fact.period, mark.fact.figure.unit
    kind = period.kind.value
    return (_KIND_ORDER.get(kind, 9), period.n_months, kind, currency_of(unit) or str(unit))


def _side(mark: _Mark) -> int:
    """+1 for "more than" marks, -1 for "less than", 0 for two-sided ones.

    One-sided means a bound is infinite or only the measure's own limit (0 yuan, 100 percent).
    """
    iv, domain = mark.estimate.interval, mark.fact.domain
    if mark.estimate.unit != mark.fact.figure.unit:
        factor = Estimate.exact(1.0, mark.fact.figure.unit).to(mark.estimate.unit).value
        domain = Interval(domain.low * factor, domain.high * factor)
    up = math.isinf(iv.high) or _near(iv.high, domain.high)
    down = math.isinf(iv.low) or _near(iv.low, domain.low)
    if up and not down:
        return 1
    if down and not up:
        return -1
    return 0


def _near(bound: float, limit: float) -> bool:
    return math.isfinite(limit) and math.isclose(bound, limit, rel_tol=1e-9, abs_tol=1e-9)


def _series_label(fact: Fact, varying: Sequence[str], lang: Lang) -> str:
    parts = []
    for name in varying:
        value = getattr(fact, name)
        if name == "flow" and value is not None:
            value = _FLOW_ZH.get(value.value, value.value) if lang == "zh" else value.value
        if name == "partner" and value == "World":
            continue
        if value:
            parts.append(str(value))
    return " · ".join(parts) or fact.subject


def _series_key(fact: Fact) -> tuple[str, str, str | None, str | None, str | None]:
    return (fact.subject, fact.partner, fact.segment, fact.flow, fact.benchmark)


_SERIES_FIELDS = ("subject", "partner", "segment", "flow", "benchmark")


def _words(lang: Lang) -> dict[str, str]:
    return _WORDS[lang]


def _measure_word(measure: Measure, lang: Lang) -> str:
    return _MEASURE_ZH.get(measure.name, measure.name) if lang == "zh" else measure.name


def plot(
    facts: Iterable[Fact],
    *,
    measure: Measure | str = "value",
    view: View = "series",
    derived: bool = True,
    rates: RateTable | None = None,
    lang: Lang = "en",
    title: str | None = None,
    **criteria: object,
) -> MplFigure:
    """Draw facts of one measure with their intervals; returns a matplotlib Figure.

    ``criteria`` filter the facts as :meth:`FactSet.filter` does (``partner="World"``).
    ``derived`` adds what :func:`~tradestat.derive` finds and no fact states (last year's
    base); ``lang="zh"`` labels in Chinese when a CJK font is installed, else in English.
    Save with ``figure.savefig("chart.png")`` (or ``.svg``).
    """
    _matplotlib()
    from matplotlib.figure import Figure as MplFigure

    if view not in ("series", "bars"):
        raise TradestatError(f"unknown view {view!r}: expected 'series' or 'bars'")
    if lang not in _WORDS:
        raise TradestatError(f"unknown language {lang!r}: expected 'en' or 'zh'")
    chosen = Measure.parse(measure)
    facts = FactSet(facts)
    everything = _marks(facts, derived, rates)
    wanted = set(FactSet(m.fact for m in everything).filter(measure=chosen, **criteria))
    marks = [m for m in everything if m.fact in wanted]
    if not marks:
        raise TradestatError(f"no {chosen.name} facts to plot")
    font = cjk_font()
    if font is None and lang == "zh":
        warnings.warn("no CJK font installed: chart labels in English", stacklevel=2)
        lang = "en"
    panels: dict[tuple[int, int, str, str], list[_Mark]] = {}
    for mark in sorted(marks, key=_panel_key):
        panels.setdefault(_panel_key(mark), []).append(mark)
    columns = 2 if len(panels) == 4 else min(len(panels), 3)
    rows = math.ceil(len(panels) / columns)
    figure = MplFigure(figsize=(4.6 * columns, 4.0 * rows + 0.6), layout="constrained")
    axes = figure.subplots(rows, columns, squeeze=False).ravel()
    for ax in axes[len(panels) :]:
        ax.set_visible(False)
    for ax, (key, group) in zip(axes, panels.items(), strict=False):
        if view == "bars":
            _bars(ax, group, lang)
        else:
            _series(ax, group, lang)
        kind = _words(lang)[key[2]].format(n=key[1])
        money = f", {key[3]}" if chosen.kind.value == "money" else ""
        ax.set_title(f"{_measure_word(chosen, lang)}, {kind}{money}")
    _legend(figure, marks, lang, columns)
    if title:
        figure.suptitle(title)
    _fonts(figure, font)
    return figure


def _unify(group: list[_Mark]) -> list[_Mark]:
    """The panel's marks in its most common unit ("billion CNY" over "100 million CNY")."""
    units = [m.estimate.unit for m in group]
    target = max(set(units), key=units.count)
    return [
        m if m.estimate.unit == target else attrs.evolve(m, estimate=m.estimate.to(target))
        for m in group
    ]


def _series(ax: Axes, group: list[_Mark], lang: Lang) -> None:
    group = _unify(group)
    periods: list[Period] = sorted({m.fact.period for m in group})
    keys = sorted({_series_key(m.fact) for m in group}, key=str)
    varying = [
        name
        for i, name in enumerate(_SERIES_FIELDS)
        if len({k[i] for k in keys}) > 1 or (name == "subject" and len(keys) == 1)
    ]
    step = 0.12 if len(keys) > 1 else 0.0
    for i, key in enumerate(keys):
        color = _COLORS[i % len(_COLORS)]
        offset = (i - (len(keys) - 1) / 2) * step
        members = [m for m in group if _series_key(m.fact) == key]
        label = _series_label(members[0].fact, varying, lang)
        stated = sorted(
            (m for m in members if not m.derived and _side(m) == 0), key=lambda m: m.fact.period
        )
        if len(stated) > 1:  # a faint line through the two-sided stated values
            ax.plot(
                [periods.index(m.fact.period) + offset for m in stated],
                [m.estimate.value for m in stated],
                color=color,
                alpha=0.35,
                lw=1,
            )
        for mark in members:
            _draw(ax, periods.index(mark.fact.period) + offset, mark, color)
        ax.plot([], [], color=color, marker="o", ls="", label=label)
    ax.set_xticks(range(len(periods)), [str(p) for p in periods])
    ax.set_xlim(-0.6, len(periods) - 0.4)
    ax.set_xlabel(_words(lang)["period"])
    ax.set_ylabel(group[0].estimate.unit_string)
    ax.margins(y=0.25)
    ax.grid(axis="y", alpha=0.3)
    if len(keys) > 1:  # below the panel, off the data
        ax.legend(fontsize="small", loc="upper center", bbox_to_anchor=(0.5, -0.16), frameon=False)


def _bars(ax: Axes, group: list[_Mark], lang: Lang) -> None:
    group = _unify(group)
    labels = sorted({_series_label(m.fact, ("partner", "segment"), lang) for m in group})
    periods: list[Period] = sorted({m.fact.period for m in group})
    width = 0.8 / len(periods)
    for j, period in enumerate(periods):
        color = _COLORS[j % len(_COLORS)]
        for mark in (m for m in group if m.fact.period == period):
            x = (
                labels.index(_series_label(mark.fact, ("partner", "segment"), lang))
                + (j - (len(periods) - 1) / 2) * width
            )
            side = _side(mark)
            height = _anchor(mark, side)
            bar = ax.bar(
                x,
                height,
                width * 0.9,
                color="none" if mark.derived or side else color,
                edgecolor=color,
                hatch="//" if side else None,
                ls="--" if mark.derived else "-",
            )
            bar.patches[0].set_gid(_gid(mark, side))
            _draw(ax, x, mark, color, bar=True)
        ax.bar([], [], color=color, label=str(period))
    ax.set_xticks(range(len(labels)), labels)
    ax.set_ylabel(group[0].estimate.unit_string)
    ax.margins(y=0.25)
    ax.grid(axis="y", alpha=0.3)
    if len(periods) > 1:
        ax.legend(fontsize="small")


def _anchor(mark: _Mark, side: int) -> float:
    iv = mark.estimate.interval
    if side > 0:
        return iv.low
    if side < 0:
        return iv.high
    return mark.estimate.value


def _gid(mark: _Mark, side: int) -> str:
    origin = "derived" if mark.derived else "stated"
    shape = {1: "more", -1: "less", 0: "interval"}[side]
    return f"{origin} {shape} {mark.fact.period}"


_SIGNS = {"more_than": ">", "at_least": "≥", "less_than": "<", "at_most": "≤", "about": "≈"}


def _value_text(mark: _Mark, side: int) -> str:
    """The number beside a mark: as stated (">50", "53.17"), or rounded when derived."""
    if not mark.derived and mark.estimate.unit == mark.fact.figure.unit:
        figure = mark.fact.figure
        return f"{_SIGNS.get(figure.qualifier.value, '')}{figure.magnitude}"
    sign = {1: ">", -1: "<", 0: "≈"}[side]
    return f"{sign}{_anchor(mark, side):.4g}"


def _draw(ax: Axes, x: float, mark: _Mark, color: str, bar: bool = False) -> None:
    """One mark: an error bar over its interval, or an open marker with an arrow."""
    side = _side(mark)
    gid = _gid(mark, side)
    label = ax.annotate(
        _value_text(mark, side),
        xy=(x, _anchor(mark, side)),
        xytext=(7, -3 * side),
        textcoords="offset points",
        fontsize="small",
        color=color,
        va="center",
    )
    label.set_gid(f"label {gid}")
    face = "white" if mark.derived else color
    if side:
        anchor = _anchor(mark, side)
        line = ax.plot(
            [x],
            [anchor],
            marker="^" if side > 0 else "v",
            ms=8,
            mfc="white",
            mec=color,
            mew=1.6,
            ls="",
        )[0]
        line.set_gid(gid)
        arrow = ax.annotate(
            "",
            xy=(x, anchor),
            xytext=(0, 30 * side),
            textcoords="offset points",
            arrowprops={
                "arrowstyle": "<|-",
                "color": color,
                "lw": 1.4,
                "ls": "--" if mark.derived else "-",
                "shrinkA": 0,
                "shrinkB": 5,
            },
        )
        arrow.set_gid(gid)
        return
    iv = mark.estimate.interval
    value = mark.estimate.value
    if bar:
        color = face = "#222222"
    container = ax.errorbar(
        [x],
        [value],
        yerr=[[value - iv.low], [iv.high - value]],
        fmt="D" if mark.derived else "o",
        ms=7 if not bar else 5,
        mfc=face,
        mec=color,
        mew=1.6,
        color=color,
        ecolor=color,
        elinewidth=1.6,
        capsize=5,
        alpha=0.85 if mark.derived else 1.0,
    )
    container.lines[0].set_gid(gid)
    for bars in container.lines[2]:
        bars.set_gid(gid)
        if mark.derived:
            bars.set_linestyle("--")


def _legend(figure: MplFigure, marks: list[_Mark], lang: Lang, columns: int) -> None:
    from matplotlib.lines import Line2D

    words = _words(lang)
    handles = [Line2D([], [], color="black", marker="o", ls="-", label=words["stated"])]
    sides = {_side(m) for m in marks}
    if 1 in sides:
        handles.append(
            Line2D([], [], color="black", marker="^", mfc="white", ls="", label=words["more"])
        )
    if -1 in sides:
        handles.append(
            Line2D([], [], color="black", marker="v", mfc="white", ls="", label=words["less"])
        )
    if any(m.derived for m in marks):
        handles.append(
            Line2D([], [], color="black", marker="D", mfc="white", ls="--", label=words["derived"])
        )
    figure.legend(
        handles=handles,
        loc="outside lower center",
        ncols=len(handles) if columns > 1 else 2,
        frameon=False,
    )


def _fonts(figure: MplFigure, font: str | None) -> None:
    """Give every text a CJK fallback font when one is installed; else say what is missing."""
    from matplotlib.text import Text

    texts = figure.findobj(Text)
    if font is None:
        if any(_CJK.search(t.get_text()) for t in texts):
            warnings.warn(
                "chart labels contain Chinese but no CJK font is installed "
                "(e.g. Debian's fonts-noto-cjk): they may show as boxes",
                stacklevel=3,
            )
        return
    for text in texts:
        text.set_fontfamily(["DejaVu Sans", font])
