import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradestat import Period
from tradestat.errors import ParseError


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("2025", "2025"),
        ("2025-H1", "2025-H1"),
        ("H1 2025", "2025-H1"),
        ("first half of 2025", "2025-H1"),
        ("the second half of 2024", "2024-H2"),
        ("2025-Q2", "2025-Q2"),
        ("Q3 2025", "2025-Q3"),
        ("2025-06", "2025-06"),
        ("June 2025", "2025-06"),
        ("Sept. 2025", "2025-09"),
        ("2025-01/2025-05", "2025-01/2025-05"),
        ("2025-01/2025-06", "2025-H1"),
        ("first five months of 2025", "2025-01/2025-05"),
        ("the first three quarters of 2025", "2025-01/2025-09"),
        ("January-September 2025", "2025-01/2025-09"),
        ("202306", "2023-06"),
        ("2025年上半年", "2025-H1"),
        ("2021年1-5月", "2021-01/2021-05"),
        ("2025年前5个月", "2025-01/2025-05"),
        ("2014-01/2021-10", "2014-01/2021-10"),
    ],
)
def test_parse_and_canonical_form(text: str, canonical: str) -> None:
    assert str(Period.parse(text)) == canonical


@pytest.mark.parametrize("text", ["2025-13", "foo", "2025-H3", "2025-06/2025-01", "Q5 2025", ""])
def test_bad_periods_name_the_text(text: str) -> None:
    with pytest.raises(ParseError, match="cannot read"):
        Period.parse(text)


def test_relations() -> None:
    h1 = Period.parse("2025-H1")
    assert h1.contains("2025-06") and "2025-03" in h1
    assert not h1.contains("2025-07")
    assert h1.previous_year() == Period.parse("2024-H1")
    assert [str(m) for m in h1.months()][:2] == ["2025-01", "2025-02"]
    assert len(h1) == 6 and h1.kind == "half" and h1.is_year_to_date
    assert Period.parse("2025-Q2").kind == "quarter"
    assert sorted(map(Period.parse, ["2025", "2025-H1", "2024-12"])) == [
        Period.parse("2024-12"),
        Period.parse("2025-H1"),
        Period.parse("2025"),
    ]


months = st.integers(2000 * 12, 2100 * 12)


@given(months, months)
def test_canonical_string_round_trips(a: int, b: int) -> None:
    p = Period(min(a, b), max(a, b))
    assert Period.parse(str(p)) == p
    assert p.previous_year().shift(12) == p
    assert sum(len(m) for m in p.months()) == len(p)
