"""Rates read from the files central banks and statistics offices publish."""

import datetime
import io
import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import tradestat as ts
from tradestat.checks import check
from tradestat.cli import main
from tradestat.datasets import xinjiang_2025_h1
from tradestat.derivation import derive
from tradestat.errors import LoadError, RateError
from tradestat.ratefiles import fred_series, read_rates, sniff_layout
from tradestat.rates import DailyRates, ExchangeRate, RateBasis, cited
from tradestat.units import CURRENCIES, currencies, register_currency

RATES = Path(__file__).parent / "data" / "rates"
DEXCHUS = RATES / "fred-dexchus-2025h1.csv"


def _dexchus_values(first: str, last: str) -> list[Decimal]:
    rows = DEXCHUS.read_text().splitlines()[1:]
    return [
        Decimal(v)
        for d, v in (r.split(",") for r in rows)
        if first <= d <= last and v not in ("", ".")
    ]


def test_fred_daily_rates_are_averaged_to_the_facts_period() -> None:
    table = read_rates(DEXCHUS)
    assert isinstance(table, DailyRates)
    h1 = table.lookup("USD", "CNY", "2025-H1")
    expected = _dexchus_values("2025-01-01", "2025-06-30")
    assert h1.value == pytest.approx(float(sum(expected) / len(expected)), rel=1e-12)
    assert h1.basis is RateBasis.MEAN
    assert h1.how.startswith(f"mean of {len(expected)} daily rates 2025-01-02..2025-06-30")
    assert h1.source == "FRED DEXCHUS (fred-dexchus-2025h1.csv)"
    # the rounding of every daily rate (4 decimals) is carried: +-0.00005
    assert h1.rate.high - h1.rate.low == pytest.approx(0.0001, rel=1e-3)
    march = table.lookup("USD", "CNY", "2025-03")
    march_days = _dexchus_values("2025-03-01", "2025-03-31")
    assert march.value == pytest.approx(float(sum(march_days) / len(march_days)))
    # the other direction: averaged as published, then inverted
    assert table.lookup("CNY", "USD", "2025-Q1").value == pytest.approx(
        1 / table.lookup("USD", "CNY", "2025-Q1").value
    )


def test_missing_days_are_skipped_not_zero() -> None:
    table = read_rates(DEXCHUS)
    # 2025-01-01 is '.', 2025-06-19 is empty: neither counts as a rate
    assert table.daily_count() == len(_dexchus_values("2025-01-01", "2025-06-30"))
    assert all(r.value > 7 for r in table)


def test_a_period_the_file_does_not_cover_is_refused_not_guessed() -> None:
    table = read_rates(DEXCHUS)
    with pytest.raises(RateError, match=r"daily USD/CNY rates cover 2025-01 to 2025-06"):
        table.lookup("USD", "CNY", "2025")  # only six months of the year are there


def test_fred_monthly_series_with_the_old_header() -> None:
    table = read_rates(RATES / "fred-exchus-old-header.csv")
    nov = table.lookup("USD", "CNY", "2024-11")
    assert nov.value == 7.1954 and nov.basis is RateBasis.STATED
    assert nov.source == "FRED EXCHUS (fred-exchus-old-header.csv)"
    q4 = table.lookup("USD", "CNY", "2024-Q4")
    assert q4.value == pytest.approx((7.0786 + 7.1954 + 7.2838) / 3)


def test_fred_series_names() -> None:
    assert fred_series("DEXCHUS") == ("USD", "CNY", True)
    assert fred_series("EXCHUS") == ("USD", "CNY", False)
    assert fred_series("DEXUSEU") == ("EUR", "USD", True)
    assert fred_series("DEXCHUS_20200124") == ("USD", "CNY", True)
    assert fred_series("GDP") is None


def test_ecb_sdmx_csv_is_cny_per_euro() -> None:
    monthly = read_rates(RATES / "ecb-cny-monthly.csv")
    rate = monthly.lookup("EUR", "CNY", "2025-11")
    assert rate.value == 8.2149 and rate.base == "EUR" and rate.quote == "CNY"
    assert rate.source == "ECB EXR.M.CNY.EUR.SP00.A (ecb-cny-monthly.csv)"
    daily = read_rates(RATES / "ecb-cny-daily-dataonly.csv")  # CRLF, one empty value
    assert daily.lookup("EUR", "CNY", "2025-03").value == pytest.approx(
        (7.6010 + 7.6532 + 7.7855) / 3
    )


@pytest.fixture
def more_currencies() -> Iterator[None]:
    """JPY, HKD and RUB known for one test, whatever the installed plugins did to them."""
    names = {"JPY": "Japanese yen", "HKD": "Hong Kong dollar", "RUB": "Russian ruble"}
    added = [code for code in names if code not in currencies()]
    for code in added:
        register_currency(code, names[code])
    yield
    for code in added:
        CURRENCIES.remove(code)


def test_wide_files_skip_currencies_tradestat_does_not_know() -> None:
    # (CYP, the Cyprus pound, and the Nordic crowns are no built-in currencies; a plugin may
    # add them, and then they are read like the rest)
    unknown = {"CYP", "AED", "SAR", "HUF", "PLN", "DKK", "SEK", "NOK", "TRY", "MXN"}
    table = read_rates(RATES / "eurofxref-hist.csv")
    assert {r.quote for r in table} == {"USD", "JPY", "CNY"} | ({"CYP"} & set(currencies()))
    parity = read_rates(RATES / "safe-central-parity.csv")
    # the built-in currencies among the file's 25: the first ten quoted directly (100 units
    # = x yuan), the rest indirectly (100 yuan = x units)
    direct = {"USD", "EUR", "JPY", "HKD", "GBP", "AUD", "NZD", "SGD", "CHF", "CAD"}
    indirect = {"MOP", "MYR", "RUB", "ZAR", "KRW", "THB"} | (unknown & set(currencies()))
    assert {(r.base, r.quote) for r in parity} == {(c, "CNY") for c in direct} | {
        ("CNY", c) for c in indirect
    }


@pytest.mark.usefixtures("more_currencies")
def test_eurofxref_wide_file() -> None:
    table = read_rates(RATES / "eurofxref-hist.csv")
    assert table.lookup("EUR", "CNY", "2025-03").value == pytest.approx((7.7855 + 7.6532) / 2)
    assert table.lookup("EUR", "USD", "2025-03").value == pytest.approx(
        (1.0800 + 1.0774 + 1.0557) / 3
    )
    assert table.lookup("EUR", "JPY", "2025-03").value == pytest.approx(
        (160.12 + 160.45 + 156.87) / 3
    )
    assert "CYP" not in {r.quote for r in table}  # N/A every day (and unknown)


def test_imf_er_period_averages_only() -> None:
    table = read_rates(RATES / "imf-er.csv")
    assert table.lookup("USD", "CNY", "2025-03").value == 7.1760  # PA_RT, not EOP_RT
    assert table.lookup("USD", "CNY", "2024").value == 7.1898
    assert table.lookup("USD", "CNY", "2025-Q1").value == pytest.approx(
        (7.1890 + 7.1730 + 7.1760) / 3
    )
    assert "IMF ER CHN.XDC_USD.PA_RT.M" in str(table.lookup("USD", "CNY", "2025-01").source)


@pytest.mark.usefixtures("more_currencies")
def test_safe_central_parity_per_hundred_direct_and_indirect() -> None:
    table = read_rates(RATES / "safe-central-parity.csv")
    usd = table.lookup("USD", "CNY", "2024-12")
    assert usd.value == pytest.approx((7.1884 + 7.1886) / 2)
    assert usd.source == "SAFE central parity (safe-central-parity.csv)"
    assert table.lookup("HKD", "CNY", "2024-12").value == pytest.approx((0.92558 + 0.92561) / 2)
    # indirect: 100 yuan = 1495.1 roubles on 2024-12-31
    rub = table.lookup("CNY", "RUB", "2024-12")
    assert rub.value == pytest.approx((14.951 + 15.063) / 2)


def test_plain_daily_and_period_files() -> None:
    daily = read_rates(RATES / "daily.csv")
    june = daily.lookup("USD", "CNY", "2025-06")
    assert june.value == pytest.approx((7.1869 + 7.1848 + 7.1840) / 3)
    assert june.source == "made-up sample"
    period = read_rates(
        io.StringIO("period,base,quote,rate\n2025-06,USD,CNY,7.1776\n"), name="t.csv"
    )
    assert period.lookup("USD", "CNY", "2025-06").source == "t.csv"


def test_the_layout_is_recognised_from_the_header() -> None:
    assert sniff_layout(["observation_date", "DEXCHUS"]) == "fred"
    assert sniff_layout(["DATE", "EXCHUS"]) == "fred"
    assert sniff_layout(["Date", "USD", "JPY", ""]) == "eurofxref"
    assert sniff_layout(["日期", "美元"]) == "safe-parity"
    assert sniff_layout(["date", "base", "quote", "rate"]) == "daily"
    assert sniff_layout(["a", "b"]) is None


def test_bad_files_name_file_line_and_column(tmp_path: Path) -> None:
    bad = tmp_path / "dexchus.csv"
    bad.write_text("observation_date,DEXCHUS\n2025-01-02,7.1\n2025-01-03,seven\n")
    with pytest.raises(LoadError, match=r"dexchus.csv:3:2: column 'DEXCHUS'"):
        read_rates(bad)
    bad.write_text("observation_date,DEXCHUS\n2025-13-02,7.1\n")
    with pytest.raises(LoadError, match=r"dexchus.csv:2:1"):
        read_rates(bad)
    bad.write_text("observation_date,GDP\n2025-01-02,7.1\n")
    with pytest.raises(LoadError, match=r"dexchus.csv:1: unknown rate file layout"):
        read_rates(bad)
    bad.write_text("date,base,quote,rate\n2025-01-02,USD,XXX,7.1\n")
    with pytest.raises(LoadError, match=r"dexchus.csv:2:3: column 'quote'"):
        read_rates(bad)
    with pytest.raises(LoadError, match=r"dexchus.csv:1: a ecb rate file needs the column"):
        read_rates(bad, layout="ecb")
    bad.write_text("observation_date,DEXCHUS\n2025-01-02,.\n")
    with pytest.raises(LoadError, match="no rates in the file"):
        read_rates(bad)
    with pytest.raises(LoadError, match="cannot read file: no such file"):
        read_rates(tmp_path / "missing.csv")


def test_the_source_travels_into_findings_and_conversions() -> None:
    table = read_rates(DEXCHUS)
    facts = xinjiang_2025_h1()
    (finding,) = [f for f in check(facts, rates=table) if f.rule == "implied_rate"]
    assert "FRED DEXCHUS (fred-dexchus-2025h1.csv)" in finding.message
    usd = [d for d in derive(facts, rates=table) if d.rule.startswith("converted")]
    assert usd and all("FRED DEXCHUS (fred-dexchus-2025h1.csv)" in d.rule for d in usd)
    record = usd[0].to_record()
    assert "daily rates" in record["derived_by"]["rule"]
    assert cited(table.lookup("USD", "CNY", "2025-06")).startswith("USD/CNY 7.")


def test_check_reads_a_published_rate_file(capsys: pytest.CaptureFixture[str]) -> None:
    data = Path(__file__).parent / "data" / "corpus" / "xinjiang-2025-h1.json"
    assert main(["check", str(data), "--rates", str(DEXCHUS), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    (rate,) = [f for f in payload["findings"] if f["rule"] == "implied_rate"]
    assert "FRED DEXCHUS" in rate["message"]
    assert main(["check", str(data), "--rates", str(DEXCHUS), "--rates-layout", "ecb"]) == 2


def test_check_exits_1_when_a_record_was_rejected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = xinjiang_2025_h1().to_records()
    bad = tmp_path / "facts.json"
    bad.write_text(json.dumps([*good, {**good[0], "unit": "furlongs"}]))
    assert main(["check", str(bad), "--loader", "tidy-json"]) == 1
    err = capsys.readouterr().err
    assert "rejected:" in err and "1 record(s) rejected and not checked" in err
    fine = tmp_path / "fine.json"
    fine.write_text(json.dumps(good))
    assert main(["check", str(fine), "--loader", "tidy-json"]) == 0


@given(
    st.lists(
        st.tuples(st.integers(0, 180), st.decimals("6.0000", "8.0000", places=4)),
        min_size=1,
        max_size=60,
        unique_by=lambda t: t[0],
    )
)
def test_the_period_mean_is_the_mean_of_its_days(days: list[tuple[int, Decimal]]) -> None:
    table = DailyRates()
    start = datetime.date(2025, 1, 1)
    for offset, value in days:
        table.add_daily(
            start + datetime.timedelta(days=offset), ExchangeRate.of("USD", "CNY", str(value))
        )
    months = sorted({(start + datetime.timedelta(days=o)).month for o, _ in days})
    if months != list(range(months[0], months[-1] + 1)):
        return  # a gap month: the period is refused, tested above
    period = ts.Period.months_range(2025, months[0], 2025, months[-1])
    mean = table.lookup("USD", "CNY", period)
    exact = sum(v for _, v in days) / len(days)
    assert mean.value == pytest.approx(float(exact), rel=1e-9)
    assert mean.rate.low <= float(exact) <= mean.rate.high
    inverse = table.lookup("CNY", "USD", period)
    assert inverse.rate.low <= 1 / float(exact) <= inverse.rate.high


# --- rate formats are registered by name through the plugin hooks, like loaders ---------------
def test_rate_formats_are_registered_through_the_hooks_by_name() -> None:
    from tradestat import plugins
    from tradestat.ratefiles import LAYOUTS, find_format

    builtin = next(i for i in plugins.plugin_infos() if i.builtin)
    assert {"safe-parity", "imf-er", "fred", "ecb", "eurofxref"} <= set(builtin.rate_formats)
    assert find_format("safe") is find_format("safe-parity")  # the older name still works
    assert {"safe", "imf", "safe-parity", "imf-er"} <= set(LAYOUTS)
    by_name = read_rates(RATES / "safe-central-parity.csv", layout="safe-parity")
    by_alias = read_rates(RATES / "safe-central-parity.csv", layout="safe")
    assert list(by_name) == list(by_alias)
    imf = read_rates(RATES / "imf-er.csv", layout="imf-er")
    assert imf.lookup("USD", "CNY", "2025-03").value == 7.1760
    with pytest.raises(LoadError, match="unknown layout 'nope': expected one of .*safe-parity"):
        read_rates(RATES / "imf-er.csv", layout="nope")


def test_the_safe_parity_row_quotes_both_directions() -> None:
    text = "日期,美元,卢布\n2024-12-31,718.84,1495.1\n"
    table = read_rates(io.StringIO(text), layout="safe-parity", name="parity.csv")
    usd = table.lookup("USD", "CNY", "2024-12")  # 100 dollars = 718.84 yuan
    assert usd.value == pytest.approx(7.1884)
    if "RUB" in currencies():
        assert table.lookup("CNY", "RUB", "2024-12").value == pytest.approx(14.951)


def test_a_plugin_adds_a_rate_format_and_its_failure_names_it() -> None:
    from tradestat import hookimpl, plugins
    from tradestat.ratefiles import RateFormat

    def read(text: str, label: str) -> ts.RateTable:
        if "boom" in text:
            raise ZeroDivisionError("bad day")
        return ts.RateTable.from_csv(io.StringIO("period,base,quote,rate\n2025-06,USD,CNY,7.1\n"))

    class Bank:
        @hookimpl
        def register_rate_formats(self, register):  # type: ignore[no-untyped-def]
            register(RateFormat("bank-x", "Bank X", read, lambda header: header[:1] == ["BANKX"]))

    plugins.add_plugin(Bank(), "bank")
    try:
        table = read_rates(io.StringIO("BANKX\n1\n"), name="x.csv")
        assert table.lookup("USD", "CNY", "2025-06").value == 7.1
        assert sniff_layout(["BANKX"]) == "bank-x"
        with pytest.raises(LoadError, match="rate format 'bank-x' of plugin 'bank' failed"):
            read_rates(io.StringIO("BANKX\nboom\n"), name="x.csv")
        info = next(i for i in plugins.plugin_infos() if i.name == "bank")
        assert info.rate_formats == ["bank-x"]
    finally:
        plugins.remove_plugin("bank")
    assert sniff_layout(["BANKX"]) is None


def test_safe_parity_as_the_html_page_and_the_excel_history(tmp_path: Path) -> None:
    csv_table = read_rates(RATES / "safe-central-parity.csv")
    html = read_rates(RATES / "safe-rmbquery.html")
    assert list(html) == [
        ExchangeRate(r.base, r.quote, r.rate, r.period, "SAFE central parity (safe-rmbquery.html)")
        for r in csv_table
    ]
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["人民币汇率中间价"])  # a title row above the header
    sheet.append(["日期", "美元", "港元"])
    sheet.append([datetime.date(2024, 12, 31), 718.84, 92.558])
    sheet.append(["2024-12-30", "718.86", "92.561"])
    book.save(tmp_path / "history.xlsx")
    table = read_rates(tmp_path / "history.xlsx")
    usd = table.lookup("USD", "CNY", "2024-12")
    assert usd.value == pytest.approx((7.1884 + 7.1886) / 2)
    with pytest.raises(LoadError, match="no rate table in the file"):
        read_rates(io.StringIO("<table><tr><td>x</td></tr></table>"), name="x.html")


def test_a_rate_format_named_as_a_loader_says_how_to_read_it() -> None:
    import tradestat as ts

    with pytest.raises(ts.errors.LoadError, match="rate file format.*read_rates"):
        ts.load(str(RATES / "imf-er.csv"), loader="safe-parity")
