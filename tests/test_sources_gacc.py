"""China Customs files: the query platform's CSV and the monthly tables."""

import tempfile
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import tradestat as ts
from tradestat.errors import LoadError
from tradestat.loaders import Source, loads

DATA = Path(__file__).parent / "data" / "sources"


def test_query_export_by_partner_gives_one_usd_fact_per_row_with_english_names() -> None:
    result = ts.load(DATA / "gacc-query-partners.csv", flow="exports", period="2023")
    assert result.loader == "gacc-query"
    assert result.records == result.accepted == len(result.facts) == 5
    kz = result.facts.one(partner="Kazakhstan")
    assert kz.subject == "China" and kz.flow.value == "exports"
    assert kz.figure.unit_string == "USD" and kz.figure.magnitude == Decimal("24702000000")
    assert str(kz.period) == "2023"
    assert "partner GACC 145" in kz.provenance.source
    assert "option flow=exports" in kz.provenance.source
    assert {f.partner for f in result.facts} >= {"United States", "Germany", "South Korea"}
    neutral = [f for f in result.facts if "GACC 999" in (f.provenance.source or "")]
    assert "aggregate" in neutral[0].provenance.source
    assert result.warnings == ()  # the UTF-8 fallback's warning is moot once read as GB18030


def test_query_chinese_ui_decodes_gb18030_and_reads_thousands_separators() -> None:
    result = ts.load(DATA / "gacc-query-zh.csv", flow="exports", period="2026-01/2026-03")
    assert result.ok and len(result.facts) == 5
    first = result.facts[0]
    assert first.subject == "Guangdong" and first.partner == "Hong Kong"
    assert first.figure.magnitude == Decimal("5848714") and first.figure.unit_string == "CNY"
    assert first.segment == "HS 29012920 乙炔; trade mode 10 一般贸易"
    assert str(first.period) == "2026-Q1"


def test_query_english_ui_monthly_keeps_full_width_commas_inside_names() -> None:
    result = ts.load(DATA / "gacc-query-en.csv", flow="imports")
    assert result.ok and [str(f.period) for f in result.facts] == ["2026-01"] * 5
    assert [f.partner for f in result.facts] == [
        "Hong Kong",
        "Macao",
        "South Korea",
        "Taiwan",
        "Chile",
    ]
    assert result.facts[2].subject == "Shanghai"


def test_query_without_flow_or_period_is_a_clear_error() -> None:
    with pytest.raises(LoadError, match="flow=exports"):
        ts.load(DATA / "gacc-query-partners.csv", period="2023")
    with pytest.raises(LoadError, match="period="):
        ts.load(DATA / "gacc-query-partners.csv", flow="exports")
    with pytest.raises(LoadError, match="takes no option"):
        ts.load(DATA / "gacc-query-partners.csv", flow="exports", period="2023", colour="red")
    with pytest.raises(LoadError, match="takes no option"):
        ts.load(DATA / "comtrade-china-kazakhstan-2023.csv", flow="exports")


def _query(rows: list[str]) -> bytes:
    header = '"数据年月","贸易伙伴编码","贸易伙伴名称","美元",'
    return ("\r\n".join([header, *rows]) + "\r\n").encode("gb18030")


def test_query_rejects_bad_cells_with_line_and_column() -> None:
    data = _query(
        [
            '"202503","502","美国","1,234",',
            '"202503","304","德国","1,23",',
            '"2025","304","德国","5",',
        ]
    )
    result = ts.load(Source.from_bytes(data, "q.csv"), loader="gacc-query", flow="exports")
    assert result.records == 3 and result.accepted == 1
    assert [str(r.location) for r in result.rejected] == ["q.csv:3:4", "q.csv:4:1"]


def test_query_with_exactly_ten_thousand_rows_warns_of_truncation() -> None:
    rows = ['"202503","502","美国","1",'] * 10_000
    result = ts.load(Source.from_bytes(_query(rows), "q.csv"), loader="gacc-query", flow="exports")
    assert result.accepted == 10_000
    assert any("probably truncated" in w for w in result.warnings)
    fewer = ts.load(Source.from_bytes(_query(rows[:9_999]), "q.csv"), flow="exports")
    assert not any("truncated" in w for w in fewer.warnings)


def test_express_table_applies_unit_row_and_merged_headers() -> None:
    result = ts.load(DATA / "gacc-table-express.xlsx")
    assert result.loader == "gacc-table" and result.ok
    assert result.records == 6 and len(result.facts) == 54
    world = result.facts.filter(partner="World", flow="exports", measure="value")
    june = next(f for f in world if str(f.period) == "2026-06")
    assert june.figure.unit_string == "100 million CNY"
    assert june.figure.magnitude == Decimal("28206.68965572")
    assert "快讯" in june.provenance.source and "单位" in june.provenance.source
    h1 = next(f for f in world if str(f.period) == "2026-H1")
    assert h1.figure.magnitude == Decimal("147314.43286081")
    growth = result.facts.filter(partner="Germany", measure="yoy_growth", flow="imports")
    assert [f.figure.magnitude for f in growth] == [Decimal("-1.7")]
    germany = result.facts.filter(partner="Germany")[0]
    assert "part of EU" in germany.provenance.source
    assert "aggregate" in result.facts.filter(partner="EU")[0].provenance.source
    assert any("footnote" in w for w in result.warnings)


def test_bulletin_commodity_table_keeps_qizhong_structure_and_dash_as_no_value() -> None:
    result = ts.load(DATA / "gacc-table-bulletin.xlsx")
    assert result.ok and result.records == 4
    fish = result.facts.filter(segment="水产品 > 冻鱼", measure="value")
    assert {str(f.period) for f in fish} == {"2026-05", "2026-01/2026-05"}
    assert all(
        f.flow.value == "exports" and f.figure.unit_string == "10 thousand CNY" for f in fish
    )
    farm = result.facts.filter(segment="农产品")
    assert len(farm) == 4  # '-' quantities give nothing
    assert "月报" in farm[0].provenance.source


def test_english_html_express_table() -> None:
    result = ts.load(DATA / "gacc-table-express-en.html")
    assert result.loader == "gacc-table" and result.ok and result.records == 5
    us = result.facts.filter(partner="United States", flow="exports", measure="value")
    assert {str(f.period): f.figure.magnitude for f in us} == {
        "2026-03": Decimal("2045.0"),
        "2026-Q1": Decimal("6777.6"),
    }


def test_xlsx_bomb_and_entities_are_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"<a>" + b" " * 50_000_000 + b"</a>")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("TRADESTAT_MAX_INPUT_BYTES", "1M")
        with pytest.raises(LoadError, match="decompression bomb"):
            ts.load(bomb, loader="gacc-table")
    evil = tmp_path / "evil.xlsx"
    xml = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">&b;</worksheet>'
    )
    with zipfile.ZipFile(evil, "w") as z:
        z.writestr("xl/worksheets/sheet1.xml", xml)
    with pytest.raises(LoadError, match="unsafe XML"):
        ts.load(evil, loader="gacc-table")


def test_excel97_bulletin_by_country_with_indented_members() -> None:
    result = ts.load(DATA / "gacc-table-bulletin-country.xls")
    assert result.loader == "gacc-table" and result.ok and result.records == 7
    kz = result.facts.filter(partner="Kazakhstan", flow="exports", measure="value")
    assert {str(f.period): f.figure.magnitude for f in kz} == {
        "2026-05": Decimal("18234"),
        "2026-01/2026-05": Decimal("88901"),
    }
    assert kz[0].figure.unit_string == "10 thousand CNY"
    assert "part of Asia" in kz[0].provenance.source and "月报" in kz[0].provenance.source
    uk = result.facts.filter(partner="United Kingdom", measure="yoy_growth")
    assert len(uk) == 1  # '-' is no value


def test_damaged_excel97_file_gets_a_load_error(tmp_path: Path) -> None:
    xls = tmp_path / "table.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(LoadError, match="Excel 97"):
        ts.load(xls)


@given(st.binary(max_size=400))
def test_query_loader_fuzz_over_bytes(data: bytes) -> None:
    for payload in (data, _query([]) + data):
        try:
            result = ts.load(
                Source.from_bytes(payload, "f.csv"),
                loader="gacc-query",
                flow="exports",
                period="2025-03",
            )
        except ts.TradestatError:
            continue
        assert result.accepted + len(result.rejected) == result.records


@given(
    st.binary(max_size=400),
    st.sampled_from([b"", b"PK\x03\x04", b"<table><tr><td>", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"]),
)
def test_table_loader_fuzz_over_bytes(data: bytes, prefix: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.xlsx"
        path.write_bytes(prefix + data)
        try:
            result = ts.load(path, loader="gacc-table")
        except ts.TradestatError:
            return
        assert result.accepted + len(result.rejected) == result.records


@given(st.lists(st.text(alphabet="0123456789,.-单位：亿元<>/tdr 其中", max_size=12), max_size=30))
def test_table_loader_fuzz_over_html_cells(cells: list[str]) -> None:
    body = "".join(
        f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in zip(cells[::2], cells[1::2], strict=False)
    )
    html = f"<table><tr><td>2026年3月进出口商品国别总值表</td></tr><tr><td>单位：亿元人民币</td></tr>{body}</table>"
    try:
        result = loads(html, loader="gacc-table")
    except ts.TradestatError:
        return
    assert result.accepted + len(result.rejected) == result.records


def test_a_wan_dollar_table_gives_values_in_that_scale() -> None:
    html = (
        "<table><tr><td colspan='3'>2026年3月进出口商品国别（地区）总值表（美元值）</td></tr>"
        "<tr><td colspan='3'>单位：万美元</td></tr>"
        "<tr><td>国别（地区）</td><td>出口</td><td>进口</td></tr>"
        "<tr><td>哈萨克斯坦</td><td>201,234.5</td><td>98,765.4</td></tr></table>"
    )
    result = loads(html, loader="gacc-table")
    assert result.ok and result.records == 1
    exports = result.facts.one(flow="exports")
    assert exports.partner == "Kazakhstan" and exports.figure.unit_string == "10 thousand USD"
    assert exports.figure.magnitude == Decimal("201234.5")
    assert exports.estimate().to_base_units().value == pytest.approx(2_012_345_000)
    assert exports.provenance.release == "月报 (Bulletin)"
