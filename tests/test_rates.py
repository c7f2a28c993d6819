import io
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from strategies import decimals, figures, inside
from tradestat import ExchangeRate, Figure, RateTable
from tradestat.errors import LoadError, RateError


def test_implied_rate_from_the_article() -> None:
    rate = ExchangeRate.implied(
        Figure("280.8", "billion CNY"), Figure("39.3", "billion USD", "about")
    )
    assert (rate.base, rate.quote, rate.basis) == ("USD", "CNY", "implied")
    assert rate.value == pytest.approx(7.145, abs=5e-4)
    assert rate.rate.low == pytest.approx(7.135, abs=1e-3)
    assert rate.rate.high == pytest.approx(7.155, abs=1e-3)


def test_convert_both_ways_keeps_the_scale() -> None:
    rate = ExchangeRate.of("USD", "CNY", "7.145")
    usd = rate.convert(Figure("280.8", "billion yuan"))
    assert usd.unit_string == "billion USD"
    assert usd.value == pytest.approx(39.30, abs=0.01)
    cny = rate.convert(Figure("39.3", "billion USD"))
    assert cny.unit_string == "billion CNY"
    with pytest.raises(RateError, match="it is in EUR"):
        rate.convert(Figure(1, "EUR"))


def test_bad_rates() -> None:
    with pytest.raises(RateError, match="two currencies"):
        ExchangeRate.of("USD", "USD", "1")
    with pytest.raises(RateError, match="must be positive"):
        ExchangeRate.of("USD", "CNY", "-7")
    with pytest.raises(RateError, match="'seven'"):
        ExchangeRate.of("USD", "CNY", "seven")
    with pytest.raises(RateError, match="both in CNY"):
        ExchangeRate.implied(Figure(1, "CNY"), Figure(2, "billion CNY"))


@given(figures(), decimals(1, 99999, 4), st.data())
def test_convert_there_and_back_contains_the_truth(
    money: Figure, r: object, data: st.DataObject
) -> None:
    rate = ExchangeRate.of("USD", "CNY", r)  # type: ignore[arg-type]
    there = rate.convert(money)
    back = rate.convert(there)
    assert back.unit_string == money.unit
    assert back.value == pytest.approx(money.value, rel=1e-9)
    true_money = data.draw(inside(money.interval()))
    true_rate = data.draw(inside(rate.rate.interval))
    assert true_money / true_rate in there.interval
    assert rate.inverse().inverse().rate.value == pytest.approx(rate.value)


@given(
    figures(qualifiers=st.sampled_from(["exact", "about"])),
    figures(unit="billion USD", qualifiers=st.sampled_from(["exact", "about"])),
    st.data(),
)
def test_implied_rate_interval_is_sound(a: Figure, b: Figure, data: st.DataObject) -> None:
    rate = ExchangeRate.implied(a, b)
    x = data.draw(inside(a.interval()))
    y = data.draw(inside(b.interval()))
    if y > 0 and x > 0:
        assert x / y in rate.rate.interval


TABLE = (
    "period,base,quote,rate\n"
    + "".join(
        f"2025-{m:02d},USD,CNY,{r}\n"
        for m, r in enumerate(["7.1884", "7.1693", "7.1752", "7.2014", "7.1938", "7.1776"], start=1)
    )
    + "2024,USD,CNY,7.1217\n"
)


def test_rate_table_picks_the_period() -> None:
    table = RateTable.from_csv(io.StringIO(TABLE))
    assert len(table) == 7
    june = table.lookup("USD", "CNY", "2025-06")
    assert june.value == pytest.approx(7.1776) and june.basis == "stated" and june.how == "stated"
    h1 = table.lookup("USD", "CNY", "2025-H1")
    assert h1.how == "mean of 6 monthly rates"
    assert h1.value == pytest.approx((7.1884 + 7.1693 + 7.1752 + 7.2014 + 7.1938 + 7.1776) / 6)
    assert table.lookup("CNY", "USD", "2024").how == "inverse"
    with pytest.raises(
        RateError,
        match="no USD/CNY rate for 2025-Q3: the table has USD/CNY rates for 2024, 2025-01",
    ):
        table.lookup("USD", "CNY", "2025-Q3")
    converted = table.convert(Figure("280.8", "billion CNY"), "USD", "2025-H1")
    assert converted.value == pytest.approx(280.8 / h1.value)


def test_rate_table_errors_name_file_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "rates.csv"
    path.write_text("period,base,quote,rate\n2025-06,USD,CNY,7.1776\n2025-07,USD,XXX,7.1\n")
    with pytest.raises(LoadError, match=r"rates.csv:3:3: column 'quote': unknown currency 'XXX'"):
        RateTable.from_csv(path)
    path.write_text("month,from,to,value\n")
    with pytest.raises(LoadError, match="rates.csv:1: expected the header period,base,quote,rate"):
        RateTable.from_csv(path)
    path.write_text("period,base,quote,rate\n2025-06,USD,CNY\n")
    with pytest.raises(LoadError, match="rates.csv:2: expected 4 columns"):
        RateTable.from_csv(path)
    path.write_text("period,base,quote,rate\n2025-13,USD,CNY,7\n")
    with pytest.raises(LoadError, match="rates.csv:2:1: column 'period'"):
        RateTable.from_csv(path)
    path.write_text("period,base,quote,rate\n2025-06,USD,CNY,abc\n")
    with pytest.raises(LoadError, match="rates.csv:2:4: column 'rate'"):
        RateTable.from_csv(path)


def test_rates_as_users_write_them() -> None:
    assert str(ExchangeRate.parse("7.145", base="USD", quote="CNY")).startswith("USD/CNY 7.145")
    assert ExchangeRate.parse("7.145 CNY/USD", base="EUR", quote="CNY").base == "USD"
    assert ExchangeRate.parse("7.145 CNY per USD", base="X", quote="Y").quote == "CNY"
    with pytest.raises(RateError, match="between two currencies"):
        ExchangeRate.parse("7 CNY/percent", base="USD", quote="CNY")


@given(st.decimals(min_value="4.7", max_value="10.8", places=4))
def test_a_plain_quote_reads_the_same_whichever_way_the_pair_is_named(rate: Decimal) -> None:
    one = ExchangeRate.from_quote(str(rate), "USD", "CNY")
    other = ExchangeRate.from_quote(str(rate), "CNY", "USD")
    assert (
        (one.base, one.quote, one.value)
        == (other.base, other.quote, other.value)
        == (
            "USD",
            "CNY",
            float(rate),
        )
    )


def test_quotes_without_a_convention_must_name_the_pair() -> None:
    from tradestat.rates import market_pair

    assert market_pair("CNY", "USD") == ("USD", "CNY")
    assert market_pair("USD", "EUR") == ("EUR", "USD")
    from tradestat.units import register_currency

    register_currency("XTB", "test bucks")
    assert market_pair("CNY", "XTB") is None
    with pytest.raises(RateError, match="write the pair"):
        ExchangeRate.from_quote("20", "CNY", "XTB")
    assert ExchangeRate.from_quote("20 XTB/CNY", "CNY", "XTB").quote == "XTB"


def test_every_rate_is_within_what_any_currency_trades_at() -> None:
    with pytest.raises(RateError, match="outside 1e-09 to 1e\\+09"):
        ExchangeRate.of("USD", "CNY", "1e12")
    with pytest.raises(RateError, match="outside 1e-09 to 1e\\+09"):
        ExchangeRate.of("USD", "CNY", "1e-12")
