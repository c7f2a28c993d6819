import pickle
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradestat import ureg
from tradestat.errors import UnitError
from tradestat.figures import Figure
from tradestat.units import (
    Quantity,
    currency_code,
    currency_of,
    format_unit,
    is_percent,
    parse_unit,
    register_currency,
)


@pytest.mark.parametrize(
    ("text", "canonical", "code"),
    [
        ("billion CNY", "billion CNY", "CNY"),
        ("billion yuan", "billion CNY", "CNY"),
        ("100 million CNY", "100 million CNY", "CNY"),
        ("10 thousand USD", "10 thousand USD", "USD"),
        ("trillion CNY", "trillion CNY", "CNY"),
        ("billion U.S. dollars", "billion USD", "USD"),
        ("EUR", "EUR", "EUR"),
    ],
)
def test_money_units_read_and_format(text: str, canonical: str, code: str) -> None:
    unit = parse_unit(text)
    assert format_unit(unit) == canonical
    assert currency_of(unit) == code


def test_each_currency_is_its_own_dimension() -> None:
    yuan = Quantity(280.8, parse_unit("billion CNY"))
    dollars = Quantity(39.3, parse_unit("billion USD"))
    with pytest.raises(Exception, match="Cannot convert"):
        yuan + dollars
    assert yuan.to("CNY").magnitude == pytest.approx(2.808e11)


def test_chinese_scales() -> None:
    assert Quantity(2808, parse_unit("100 million CNY")).to(
        parse_unit("billion CNY")
    ).magnitude == (pytest.approx(280.8))
    assert Quantity(1, "万亿").to("dimensionless").magnitude == pytest.approx(1e12)
    assert Quantity(1, "亿").to("dimensionless").magnitude == pytest.approx(1e8)
    assert Quantity(1, "万").to("dimensionless").magnitude == pytest.approx(1e4)


def test_percent_and_percentage_point_never_mix() -> None:
    assert is_percent("percent")
    assert not is_percent("percentage_point")
    with pytest.raises(Exception, match="Cannot convert"):
        Quantity(28, "percent") + Quantity(25.1, "percentage_point")


def test_unknown_unit_names_the_text() -> None:
    with pytest.raises(UnitError, match="'billion apples'"):
        parse_unit("billion apples")
    with pytest.raises(UnitError, match="empty unit"):
        parse_unit("  ")


def test_register_currency_adds_a_dimension_and_words() -> None:
    # (the Uzbek som is no built-in currency)
    register_currency("UZS", "Uzbek som", aliases=("Uzbek soms",), symbols=("сўм",))
    assert currency_code("Uzbek soms") == "UZS"
    assert currency_code("сўм") == "UZS"
    assert currency_of(parse_unit("billion Uzbek soms")) == "UZS"
    assert ureg.get_dimensionality("UZS") != ureg.get_dimensionality("CNY")
    # registering again is harmless, and so is a built-in one
    register_currency("UZS", "Uzbek som", aliases=("Uzbek soms",))
    register_currency("KZT", "Kazakh tenge", aliases=("tenge",), symbols=("₸",))


def test_register_currency_rejects_bad_codes_and_stolen_aliases() -> None:
    with pytest.raises(UnitError, match="three capital letters"):
        register_currency("yen", "Japanese yen")
    with pytest.raises(UnitError, match="already names CNY"):
        register_currency("MNT", "Mongolian tugrik", aliases=("yuan",))


def test_the_pint_cache_has_a_folder_per_pint_installation(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """pint's cache names the definition files it read: one environment's cache must never
    be another's, or a removed environment leaves every start-up uncached."""
    import re

    from tradestat.units import _cache_folder

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("TRADESTAT_PINT_CACHE", raising=False)
    folder = _cache_folder()
    assert folder is not None and re.fullmatch(r"[0-9a-f]{16}", Path(folder).name)
    assert Path(folder).parent.name == "pint" and Path(folder).is_dir()
    monkeypatch.setenv("TRADESTAT_PINT_CACHE", "0")
    assert _cache_folder() is None


# --- pickling: quantities come back into tradestat's registry, not pint's application one ---

_UNITS = st.sampled_from(
    ["billion CNY", "100 million CNY", "10 thousand USD", "EUR", "percent", "percentage_point"]
)


@given(st.floats(allow_nan=False, allow_infinity=False) | st.decimals(allow_nan=False), _UNITS)
def test_quantities_and_units_survive_pickling(magnitude: object, unit: str) -> None:
    quantity = Quantity(magnitude, parse_unit(unit))
    back = pickle.loads(pickle.dumps(quantity))
    assert type(back) is type(quantity)
    assert back.magnitude == quantity.magnitude
    assert back.units == quantity.units
    assert pickle.loads(pickle.dumps(parse_unit(unit))) == parse_unit(unit)


def test_a_figure_pickled_here_is_read_in_another_process() -> None:
    figure = Figure("280.8", "billion CNY")
    code = (
        "import pickle, sys\n"
        "figure = pickle.loads(sys.stdin.buffer.read())\n"
        "print(figure.quantity.to('CNY').magnitude)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], input=pickle.dumps(figure), capture_output=True, check=True
    )
    assert float(done.stdout) == pytest.approx(280.8e9)


class _Pickled:
    """An object that unpickles as a tradestat quantity in a unit this process lacks."""

    def __reduce__(self) -> object:
        from pint.util import UnitsContainer

        from tradestat.units import _quantity_from_pickle

        return _quantity_from_pickle, (1.0, UnitsContainer({"billion": 1, "QQQ": 1}))


def test_a_pickled_quantity_in_an_unknown_currency_is_an_error_naming_it() -> None:
    with pytest.raises(UnitError, match="QQQ: expected a unit or currency registered"):
        pickle.loads(pickle.dumps(_Pickled()))
