"""The declarative table loader: columns mapped to fields, units read from the headers."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import tradestat as ts
from tradestat import plugins
from tradestat.cli import main
from tradestat.errors import LoadError, UnitError
from tradestat.loaders import Source, loads
from tradestat.loaders.declarative import header_unit, split_header, table_loader

CITY = table_loader(
    "city-monthly",
    columns={
        "月份": "period",
        "进出口": "value:total",
        "出口": "value:exports",
        "进口": "value:imports",
        "同比": "growth:total",
    },
    subject="Shenzhen",
)
TABLE = (
    "月份,进出口(亿元),出口（亿元）,进口(亿元),同比(%)\n"
    "2025年1月,123.4,80.1,43.3,5.2\n"
    "2025年2月,n/a,70,-,\n"
    "2025年13月,1,1,1,1\n"
    "\n"
    "2025年3月,130,,,\n"
)


def source(text: str, name: str = "city.csv") -> Source:
    return Source(name, text)


@pytest.mark.parametrize(
    ("header", "name", "unit"),
    [
        ("进出口(亿元)", "进出口", "100 million CNY"),
        ("出口（万美元）", "出口", "10 thousand USD"),
        ("Exports (US$ thousand)", "Exports", "thousand USD"),
        ("Value (million USD)", "Value", "million USD"),
        ("Imports (USD million)", "Imports", "million USD"),
        ("进口(千美元)", "进口", "thousand USD"),
        ("同比(%)", "同比", "percent"),
    ],
)
def test_the_unit_is_read_from_the_header(header: str, name: str, unit: str) -> None:
    got_name, label = split_header(header)
    assert got_name == name
    assert label is not None and header_unit(label) == unit


def test_a_header_without_unit_and_a_bad_unit() -> None:
    assert split_header("月份") == ("月份", None)
    assert split_header("(亿元)") == ("(亿元)", None)  # a name is needed before the unit
    with pytest.raises(UnitError, match="cannot read the unit 'apples'"):
        header_unit("apples")


def test_every_row_is_accounted_for_with_file_line_and_column() -> None:
    result = CITY.load(source(TABLE))
    assert (result.records, result.accepted) == (4, 2)
    assert [str(r.location) for r in result.rejected] == ["city.csv:3:2", "city.csv:4:1"]
    assert "'n/a' is not a number" in result.rejected[0].reason
    assert "column '月份'" in result.rejected[1].reason
    january = result.facts.filter(period="2025-01")
    assert len(january) == 4
    total = january.one(flow="total", measure="value")
    assert (total.subject, total.to_record()["unit"]) == ("Shenzhen", "100 million CNY")
    assert total.figure.value == pytest.approx(123.4)
    growth = january.one(measure="yoy_growth")
    assert (growth.figure.value, growth.flow) == (5.2, ts.Flow.TOTAL)
    march = result.facts.filter(period="2025-03")
    assert [f.flow for f in march] == [ts.Flow.TOTAL]  # empty cells state nothing


def test_strict_loading_raises_with_the_place() -> None:
    plugins.add_plugin(_TablePlugin(), "city")
    try:
        with pytest.raises(LoadError, match=r"city\.csv:3:2"):
            ts.load(source(TABLE), strict=True)
    finally:
        plugins.remove_plugin("city")


def test_options_win_over_fixed_fields_and_unknown_options_are_refused() -> None:
    result = CITY.load(source(TABLE), subject="Guangdong", partner="World")
    assert {f.subject for f in result.facts} == {"Guangdong"}
    assert {f.partner for f in result.facts} == {"World"}
    with pytest.raises(LoadError, match="takes no option.*colour"):
        CITY.load(source(TABLE), colour="red")


def test_problems_of_the_table_name_the_place() -> None:
    with pytest.raises(LoadError, match=r"city\.csv:1: the header lacks column"):
        CITY.load(source("月份,出口(亿元)\n2025年1月,1\n"))
    loader = table_loader("t", {"month": "period", "exports": "value:exports"}, subject="X")
    with pytest.raises(LoadError, match=r"city\.csv:1:2: column 'exports' says no unit"):
        loader.load(source("month,exports\n2025-01,5\n"))
    assert loader.load(source("month,exports\n2025-01,5\n"), unit="亿元").facts[0].figure.value == 5
    with pytest.raises(LoadError, match=r"city\.csv:1:2: column 'exports \(apples\)'"):
        loader.load(source("month,exports (apples)\n2025-01,5\n"))
    nameless = table_loader("n", {"month": "period", "exports": "value"})
    with pytest.raises(LoadError, match="has no subject"):
        nameless.load(source("month,exports (USD)\n2025-01,5\n"))
    with pytest.raises(LoadError, match="declared as 'valu'"):
        table_loader("bad", {"x": "valu"})


@given(
    values=st.lists(
        st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False), min_size=1
    ),
    scale=st.sampled_from([("万美元", Decimal(10**4)), ("US$ thousand", Decimal(1000))]),
)
def test_the_header_scale_applies_to_the_whole_column(
    values: list[Decimal], scale: tuple[str, Decimal]
) -> None:
    label, factor = scale
    loader = table_loader("p", {"period": "period", "exports": "value:exports"}, subject="X")
    text = f"period,exports ({label})\n" + "".join(f"2025-01,{v}\n" for v in values)
    result = loader.load(source(text))
    assert result.records == result.accepted == len(values)
    for fact, value in zip(result.facts, values, strict=True):
        assert fact.estimate().to("USD").value == pytest.approx(float(value * factor), rel=1e-12)


class _TablePlugin:
    @ts.hookimpl
    def register_loaders(self, register: Any) -> None:
        register(CITY)


def test_a_table_loader_registers_through_the_hook_and_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "shenzhen.csv"
    path.write_text(TABLE, encoding="utf-8")
    plugins.add_plugin(_TablePlugin(), "city")
    try:
        result = ts.load(path)
        assert result.loader == "city-monthly" and result.accepted == 2
        assert ts.load(path, subject="Dongguan").facts[0].subject == "Dongguan"
    finally:
        plugins.remove_plugin("city")


def test_the_table_loader_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "t.csv"
    path.write_text("月份,出口(亿元)\n2025年1月,80.1\n", encoding="utf-8")
    code = main(
        [
            "load",
            str(path),
            "--loader",
            "table",
            "-o",
            "columns=月份=period,出口=value:exports",
            "-o",
            "subject=Shenzhen",
            "--format",
            "jsonl",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert '"subject": "Shenzhen"' in out and '"flow": "exports"' in out
    code = main(["load", str(path), "--loader", "table"])
    assert code == 2 and "needs the option columns" in capsys.readouterr().err
    header_only = loads(
        "月份,出口(亿元)\n", loader="table", columns="月份=period,出口=value", subject="X"
    )
    assert header_only.records == 0
