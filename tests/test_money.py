from decimal import Decimal

import pytest

from tradestat import parse_money
from tradestat.errors import ParseError


@pytest.mark.parametrize(
    ("text", "digits", "unit", "qualifier"),
    [
        ("280.8 billion yuan", "280.8", "billion CNY", "exact"),
        ("about 39.3 billion U.S. dollars", "39.3", "billion USD", "about"),
        ("$39.3bn", "39.3", "billion USD", "exact"),
        ("2808亿元", "2808", "100 million CNY", "exact"),
        ("53.17 billion yuan", "53.17", "billion CNY", "exact"),
        ("1.6万亿元", "1.6", "trillion CNY", "exact"),
        ("5317万美元", "5317", "10 thousand USD", "exact"),
        ("more than 50 billion yuan", "50", "billion CNY", "more_than"),
        ("approximately 17.2 billion U.S. dollars", "17.2", "billion USD", "about"),
        ("RMB 1,234.5 million", "1234.5", "million CNY", "exact"),
        ("US$ 12 million", "12", "million USD", "exact"),
        ("约1.2万亿元", "1.2", "trillion CNY", "about"),
        ("超过500亿元", "500", "100 million CNY", "more_than"),
        ("500亿元以上", "500", "100 million CNY", "more_than"),
        ("€3bn", "3", "billion EUR", "exact"),
        ("2 trillion yuan", "2", "trillion CNY", "exact"),
    ],
)
def test_reads_money_as_reports_write_it(text: str, digits: str, unit: str, qualifier: str) -> None:
    figure = parse_money(text)
    assert figure.magnitude == Decimal(digits)
    assert figure.unit_string == unit
    assert figure.qualifier.value == qualifier


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("280.8 billion", "expected a currency"),
        ("hello", "'hello' at character 0"),
        ("12 apples", "'12 apples' at character 3"),
        ("$3 yuan", "one currency, not two"),
        ("", "expected an amount of money"),
    ],
)
def test_unreadable_money_names_the_text(text: str, message: str) -> None:
    with pytest.raises(ParseError, match=message):
        parse_money(text)


def test_parse_error_is_a_value_error_with_details() -> None:
    with pytest.raises(ValueError, match="cannot read") as info:
        parse_money("12 apples")
    assert isinstance(info.value, ParseError)
    assert info.value.text == "12 apples"
    assert info.value.position == 3
