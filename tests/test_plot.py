"""Charts, checked through what matplotlib draws: marks, intervals, arrows and labels."""

import math
import sys
from pathlib import Path

import pytest

import tradestat as ts
from tradestat import plot as plotting
from tradestat.cli import main
from tradestat.errors import TradestatError

pytest.importorskip("matplotlib")

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.text import Annotation

DATA = Path(__file__).parent.parent / "src" / "tradestat" / "data" / "xinjiang-2025-h1.json"


@pytest.fixture
def facts() -> ts.FactSet:
    return ts.datasets.xinjiang_2025_h1()


def panel(figure: Figure, title: str) -> Axes:
    found = [ax for ax in figure.axes if ax.get_visible() and ax.get_title() == title]
    assert len(found) == 1, [ax.get_title() for ax in figure.axes]
    return found[0]


def marks(ax: Axes, gid: str) -> list[object]:
    return [a for a in ax.get_children() if a.get_gid() == gid]


def tick_labels(ax: Axes) -> list[str]:
    return [t.get_text() for t in ax.get_xticklabels()]


def x_of(ax: Axes, period: str) -> int:
    return tick_labels(ax).index(period)


def test_months_above_50_billion_are_one_sided_and_june_has_its_rounding_interval(
    facts: ts.FactSet,
) -> None:
    figure = facts.plot(partner="World", segment=None)
    months = panel(figure, "value, monthly, CNY")
    assert tick_labels(months) == ["2025-03", "2025-04", "2025-05", "2025-06"]
    assert months.get_ylabel() == "billion CNY"
    for month in ("2025-03", "2025-04", "2025-05", "2025-06"):
        found = marks(months, f"stated more {month}")
        (arrow,) = [a for a in found if isinstance(a, Annotation)]
        (marker,) = [a for a in found if not isinstance(a, Annotation)]
        assert arrow.xy == (x_of(months, month), 50.0)
        assert arrow.xyann[1] > 0  # the arrow points up, away from the bound
        assert marker.get_marker() == "^" and marker.get_markerfacecolor() == "white"
        assert list(marker.get_ydata()) == [50.0]
    (june,) = [a for a in marks(months, "stated interval 2025-06") if hasattr(a, "get_ydata")]
    assert list(june.get_ydata()) == [53.17]
    (bar,) = [a for a in marks(months, "stated interval 2025-06") if hasattr(a, "get_segments")]
    (segment,) = bar.get_segments()
    assert [y for _, y in segment] == pytest.approx([53.165, 53.175])


def test_h1_2025_is_drawn_against_the_derived_2024_base(facts: ts.FactSet) -> None:
    figure = facts.plot(partner="World", segment=None)
    half = panel(figure, "value, half-year, CNY")
    assert tick_labels(half) == ["2024-H1", "2025-H1"]
    (stated,) = [a for a in marks(half, "stated interval 2025-H1") if hasattr(a, "get_ydata")]
    (base,) = [a for a in marks(half, "derived interval 2024-H1") if hasattr(a, "get_ydata")]
    assert list(stated.get_ydata()) == [280.8]
    assert stated.get_marker() == "o" and stated.get_markerfacecolor() != "white"
    # derived: hollow diamond on a dashed bar over the interval base_value gives
    assert base.get_marker() == "D" and base.get_markerfacecolor() == "white"
    assert base.get_ydata()[0] == pytest.approx(219.375, abs=0.01)
    (bar,) = [a for a in marks(half, "derived interval 2024-H1") if hasattr(a, "get_segments")]
    assert bar.get_linestyle()[0][1] is not None  # dashed
    (low, high) = [y for _, y in bar.get_segments()[0]]
    assert 218.4 < low < 218.5 and 220.2 < high < 220.3
    usd = panel(figure, "value, half-year, USD")
    assert usd.get_ylabel() == "billion USD"
    legend = [t.get_text() for t in figure.legends[0].get_texts()]
    assert legend[0].startswith("stated") and "derived" in legend


def test_without_derived_only_statements_are_drawn(facts: ts.FactSet) -> None:
    figure = facts.plot(partner="World", segment=None, derived=False)
    gids = {a.get_gid() for ax in figure.axes for a in ax.get_children()} - {None}
    assert gids and not any(g.startswith("derived") for g in gids)


def test_several_partners_side_by_side_and_growth(facts: ts.FactSet) -> None:
    figure = facts.plot("yoy_growth")
    (ax,) = [a for a in figure.axes if a.get_visible()]
    assert ax.get_ylabel() == "percent"
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "Xinjiang · BRI countries" in labels and "Xinjiang" in labels
    xs = [
        a.get_xdata()[0]
        for a in ax.get_children()
        if str(a.get_gid()).startswith("stated") and hasattr(a, "get_xdata")
    ]
    assert len(set(xs)) == len(xs) == 3  # offset, not drawn on top of each other
    # China's growth derived from "outpaced by over 20 points": less than 8.5 percent
    (china,) = [a for a in ax.texts if a.get_gid() == "derived less 2025-H1"]
    assert china.xyann[1] < 0 and china.xy[1] == pytest.approx(8.5)


def test_shares_as_bars(facts: ts.FactSet) -> None:
    figure = facts.plot("share", view="bars")
    (ax,) = [a for a in figure.axes if a.get_visible()]
    assert tick_labels(ax) == ["BRI countries", "private enterprises"]
    bri, private = (
        next(p for p in ax.patches if p.get_gid() == gid)
        for gid in ("stated more 2025-H1", "stated interval 2025-H1")
    )
    assert bri.get_height() == 80 and bri.get_hatch() == "//"  # open: "more than 80"
    assert private.get_height() == pytest.approx(94.3) and not private.get_hatch()


def test_chinese_labels_use_a_cjk_font(facts: ts.FactSet) -> None:
    font = plotting.cjk_font()
    if font is None:
        pytest.skip("no CJK font installed")
    figure = facts.plot(partner="World", segment=None, lang="zh", title="新疆外贸")
    assert figure.axes[0].get_title() == "金额, 月度, CNY"
    assert font in figure.axes[0].title.get_fontfamily()


def test_a_cjk_font_installed_after_matplotlib_listed_its_fonts_is_found(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """matplotlib's cached font list may predate the font: the system's folders are read."""
    from matplotlib import font_manager

    plotting.cjk_font.cache_clear()
    if plotting.cjk_font() is None:
        pytest.skip("no CJK font installed")
    manager = font_manager.fontManager
    files = {f.fname for f in manager.ttflist if f.name in plotting._CJK_FAMILIES}
    stale = [f for f in manager.ttflist if f.fname not in files]
    monkeypatch.setattr(manager, "ttflist", stale)  # as a list made before the fonts came
    plotting.cjk_font.cache_clear()
    try:
        assert plotting.cjk_font() in plotting._CJK_FAMILIES
    finally:
        plotting.cjk_font.cache_clear()


def test_without_a_cjk_font_chinese_falls_back_to_english(
    facts: ts.FactSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(plotting, "cjk_font", lambda: None)
    with pytest.warns(UserWarning, match="no CJK font"):
        figure = facts.plot(partner="World", segment=None, lang="zh")
    assert figure.axes[0].get_title() == "value, monthly, CNY"


def test_chinese_data_without_a_cjk_font_warns(
    facts: ts.FactSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(plotting, "cjk_font", lambda: None)
    with pytest.warns(UserWarning, match="no CJK font is installed"):
        facts.plot(partner="World", segment=None, title="新疆")


def test_nothing_to_draw_is_an_error(facts: ts.FactSet) -> None:
    with pytest.raises(TradestatError, match="no share facts"):
        facts.plot("share", partner="Mars")


def test_unknown_view_or_language_is_an_error(facts: ts.FactSet) -> None:
    with pytest.raises(TradestatError, match="unknown view 'pie'"):
        facts.plot(view="pie")  # type: ignore[arg-type]
    with pytest.raises(TradestatError, match="unknown language 'fr'"):
        facts.plot(lang="fr")  # type: ignore[arg-type]


def test_missing_extra_names_it(facts: ts.FactSet, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    plotting.cjk_font.cache_clear()
    try:
        with pytest.raises(TradestatError, match=r"tradestat\[plot\]"):
            facts.plot()
    finally:
        monkeypatch.undo()
        plotting.cjk_font.cache_clear()


def test_rendered_png_is_kept_as_an_artifact(facts: ts.FactSet, tmp_path: Path) -> None:
    from matplotlib.image import imread

    out = tmp_path / "xinjiang.png"
    facts.plot(partner="World", segment=None).savefig(out, dpi=60)
    pixels = imread(out)
    height, width = pixels.shape[:2]
    assert width > height > 200
    # not blank: the marks put colour on the white canvas
    assert not math.isclose(float(pixels[..., :3].min()), 1.0)


def test_cli_plot_writes_png_and_svg(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    png, svg = tmp_path / "chart.png", tmp_path / "chart.svg"
    assert main(["plot", str(DATA), "--out", str(png), "--where", "partner=World"]) == 0
    assert png.read_bytes().startswith(b"\x89PNG")
    code = main(["plot", str(DATA), "--out", str(svg), "--measure", "share", "--view", "bars"])
    assert code == 0 and "<svg" in svg.read_text(encoding="utf-8")
    for bad in ("partner", "measure=share", "view=bars"):
        assert main(["plot", str(DATA), "--out", str(svg), "--where", bad]) == 2
        assert "FIELD=VALUE" in capsys.readouterr().err
