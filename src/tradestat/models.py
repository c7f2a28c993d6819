"""Trade facts: who reported what about which trade, for which period, as stated where.

A :class:`Fact` is one statement of a trade indicator, "Xinjiang's total trade in H1
2025 was 280.8 billion yuan", with its :class:`~tradestat.figures.Figure` and provenance.
Invalid combinations (a value in percent, a share of 120 percent) fail at construction.
A :class:`FactSet` is an immutable collection of facts with filtering and conversion to
and from the annotation record format (``../corpus/SCHEMA.md``).
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, ClassVar, overload

import attrs
import pint

from tradestat.errors import FigureError, MissingFactError, ValidationError
from tradestat.figures import Estimate, Figure, Qualifier
from tradestat.intervals import Interval
from tradestat.periods import Period
from tradestat.units import (
    is_count,
    is_money,
    is_percent,
    is_percentage_point,
)

__all__ = [
    "Flow",
    "Measure",
    "Provenance",
    "Fact",
    "FactSet",
    "register_measure",
    "measures",
    "MeasureKind",
    "MEASURES",
]


class Flow(enum.StrEnum):
    """Which trade a figure covers; ``balance`` is exports minus imports."""

    TOTAL = "total"
    EXPORTS = "exports"
    IMPORTS = "imports"
    BALANCE = "balance"

    @classmethod
    def parse(cls, value: Flow | str | None) -> Flow | None:
        """Read a flow name; None or "" means no flow (facts such as GDP)."""
        if value is None or value == "":
            return None
        if isinstance(value, cls):
            return value
        try:
            return cls(str(value).strip().lower())
        except ValueError:
            names = ", ".join(f.value for f in cls)
            raise ValidationError(
                f"unknown flow {value!r}: expected one of {names}", field="flow"
            ) from None


def _period(value: Period | str) -> Period:
    return Period.parse(value)


def _flow(value: Flow | str | None) -> Flow | None:
    return Flow.parse(value)


def _measure(value: Measure | str) -> Measure:
    return Measure.parse(value)


def _partner(value: object) -> str:
    return _optional_text(value) or "World"


class MeasureKind(enum.StrEnum):
    """The kind of unit a measure is stated in."""

    MONEY = "money"
    PERCENT = "percent"
    PERCENTAGE_POINT = "percentage_point"
    COUNT = "count"


@attrs.frozen
class Measure:
    """What a figure measures: its name, the kind of unit it needs and its possible range.

    ``trade`` measures describe a trade flow and need one; others (GDP) have none.
    """

    name: str
    kind: MeasureKind = attrs.field(converter=MeasureKind)
    low: float = 0.0
    high: float = math.inf
    trade: bool = True
    integer: bool = False
    description: str = ""

    VALUE: ClassVar[Measure]
    YOY_GROWTH: ClassVar[Measure]
    MOM_GROWTH: ClassVar[Measure]
    SHARE: ClassVar[Measure]
    PARTNER_COUNT: ClassVar[Measure]
    GROWTH_GAP: ClassVar[Measure]
    GDP: ClassVar[Measure]
    GDP_GROWTH_TARGET: ClassVar[Measure]

    @property
    def domain(self) -> Interval:
        """The values a true figure of this measure can take (made once per measure)."""
        known = _DOMAINS.get(id(self))
        if known is not None and known[0] is self:
            return known[1]
        domain = Interval(
            self.low,
            self.high,
            low_closed=math.isfinite(self.low),
            high_closed=math.isfinite(self.high),
        )
        _DOMAINS[id(self)] = (self, domain)
        return domain

    @classmethod
    def parse(cls, value: Measure | str) -> Measure:
        """Look a measure up by name ("yoy_growth")."""
        if isinstance(value, Measure):
            return value
        found = MEASURES.get(str(value).strip())
        if found is None:
            names = ", ".join(MEASURES.all())
            raise ValidationError(
                f"unknown measure {value!r}: expected one of {names}", field="measure"
            )
        return found

    def __str__(self) -> str:
        return self.name


#: Each measure's domain by identity (the measure is kept, so ids stay unique); facts ask
#: for it on every construction and every check.
_DOMAINS: dict[int, tuple[Measure, Interval]] = {}


class MeasureTable:
    """The measures facts may state, by name; :data:`MEASURES` is the one instance.

    The built-in measures are defined below; plugins add theirs through the
    ``register_measures`` hook, and a failed plugin's measures are removed again.
    """

    def __init__(self) -> None:
        self._measures: dict[str, Measure] = {}

    def add(self, measure: Measure) -> Measure:
        """Make a measure known by name; the same name defined differently is an error."""
        if not isinstance(measure, Measure):
            raise ValidationError(f"{measure!r} is not a Measure")
        existing = self._measures.get(measure.name)
        if existing is not None and existing != measure:
            raise ValidationError(f"measure {measure.name!r} is already defined differently")
        self._measures[measure.name] = measure
        return measure

    def remove(self, name: str) -> None:
        """Forget a measure (a failed plugin's)."""
        self._measures.pop(name, None)

    def get(self, name: str) -> Measure | None:
        """The measure of that name, or None."""
        return self._measures.get(name)

    def all(self) -> dict[str, Measure]:
        """Every known measure by name."""
        return dict(self._measures)


#: Every measure facts may state.
MEASURES = MeasureTable()


def register_measure(measure: Measure) -> Measure:
    """Make a new measure known by name (plugins use the ``register_measures`` hook)."""
    return MEASURES.add(measure)


def measures() -> dict[str, Measure]:
    """Every known measure by name."""
    return MEASURES.all()


Measure.VALUE = register_measure(Measure("value", "money", description="money value of the trade"))
Measure.YOY_GROWTH = register_measure(
    Measure("yoy_growth", "percent", low=-100.0, description="change on a year earlier")
)
Measure.MOM_GROWTH = register_measure(
    Measure("mom_growth", "percent", low=-100.0, description="change on the previous month")
)
Measure.SHARE = register_measure(
    Measure("share", "percent", high=100.0, description="percent of the subject's total")
)
Measure.PARTNER_COUNT = register_measure(
    Measure("partner_count", "count", integer=True, description="countries and regions")
)
Measure.GROWTH_GAP = register_measure(
    Measure(
        "growth_gap",
        "percentage_point",
        low=-math.inf,
        description="points by which growth exceeds the benchmark's",
    )
)
Measure.GDP = register_measure(
    Measure("gdp", "money", trade=False, description="gross domestic product")
)
Measure.GDP_GROWTH_TARGET = register_measure(
    Measure("gdp_growth_target", "percent", low=-100.0, trade=False, description="GDP growth goal")
)

_UNIT_CHECKS: dict[MeasureKind, Callable[[pint.Unit | str], bool]] = {
    MeasureKind.MONEY: is_money,
    MeasureKind.PERCENT: is_percent,
    MeasureKind.PERCENTAGE_POINT: is_percentage_point,
    MeasureKind.COUNT: is_count,
}
#: Whether a unit fits a kind of measure, by the unit's identity (the unit is kept, so ids
#: stay unique): figures share parsed units, and testing each fact's unit again was slow.
_FITS: dict[tuple[int, MeasureKind], tuple[pint.Unit, bool]] = {}


def _unit_fits(kind: MeasureKind, unit: pint.Unit) -> bool:
    known = _FITS.get((id(unit), kind))
    if known is not None and known[0] is unit:
        return known[1]
    answer = _UNIT_CHECKS[kind](unit)
    if len(_FITS) > 4096:
        _FITS.clear()
    _FITS[(id(unit), kind)] = (unit, answer)
    return answer


_UNIT_EXAMPLES = {
    MeasureKind.MONEY: "a money unit such as 'billion CNY'",
    MeasureKind.PERCENT: "'percent'",
    MeasureKind.PERCENTAGE_POINT: "'percentage_point'",
    MeasureKind.COUNT: "'count'",
}


def _optional_text(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _quote(value: str | None) -> str | None:
    """A quote as written; one of only white space says nothing and is None."""
    return value if value is not None and value.strip() else None


@attrs.frozen
class Provenance:
    """Where a fact was stated: the source, the quote and its character span there.

    ``derived_by`` is set on facts computed from others (rule and inputs), not stated.
    ``anchor`` is set on extracted facts: the publication date their periods were read
    against and where it came from, e.g. "2024-01-18 (dateline)". ``release`` is the
    release or vintage of the file the fact came from ("快讯 (Express, preliminary)",
    "LAST UPDATE 2025-02-17 23:00:00", "retrieved 2026-11-02"), so a store can tell a
    revised figure from the first one.
    """

    source: str | None = None
    quote: str | None = attrs.field(default=None, converter=_quote)
    span: tuple[int, int] | None = None
    derived_by: str | None = None
    anchor: str | None = None  # the publication date relative time was counted from
    release: str | None = attrs.field(default=None, converter=_optional_text)


#: Whether a figure is possible within a domain, by the identities of both (both are kept,
#: so ids stay unique): extraction builds each figure once and states it in many facts.
_POSSIBLE: dict[tuple[int, int], tuple[Figure, Interval, bool]] = {}


def _possible(figure: Figure, domain: Interval) -> bool:
    """Whether a figure can be true in a domain (its interval meets it; exact, in it)."""
    key = (id(figure), id(domain))
    known = _POSSIBLE.get(key)
    if known is not None and known[0] is figure and known[1] is domain:
        return known[2]
    try:
        figure.interval(domain)
    except FigureError:
        answer = False
    else:
        exactish = figure.qualifier in (Qualifier.EXACT, Qualifier.ABOUT)
        answer = not exactish or figure.value in domain
    if len(_POSSIBLE) > 4096:
        _POSSIBLE.clear()
    _POSSIBLE[key] = (figure, domain, answer)
    return answer


def _is_figure(value: object) -> None:
    if not isinstance(value, Figure):
        raise ValidationError(
            f"a fact needs a Figure, got {type(value).__name__} {value!r}", field="value"
        )


def _subject(value: object) -> str:
    text = _optional_text(value)
    if text is None:
        raise ValidationError("a fact needs a subject (the reporting economy)", field="subject")
    return text


@attrs.frozen
class Fact:
    """One stated figure about the trade (or economy) of a subject in a period."""

    subject: str = attrs.field(converter=_subject)
    period: Period = attrs.field(converter=_period)
    flow: Flow | None = attrs.field(converter=_flow)
    measure: Measure = attrs.field(converter=_measure)
    figure: Figure = attrs.field(validator=lambda _, __, value: _is_figure(value))
    partner: str = attrs.field(default="World", converter=_partner)
    segment: str | None = attrs.field(default=None, converter=_optional_text)
    benchmark: str | None = attrs.field(default=None, converter=_optional_text)
    provenance: Provenance = attrs.field(factory=Provenance)

    def __attrs_post_init__(self) -> None:
        m = self.measure
        if not _unit_fits(m.kind, self.figure.unit):
            raise ValidationError(
                f"{self._where()}: unit {self.figure.unit_string!r} does not fit; "
                f"a {m.name} needs {_UNIT_EXAMPLES[m.kind]}",
                field="unit",
            )
        if m.trade and self.flow is None:
            raise ValidationError(
                f"{self._where()}: a trade measure needs a flow (total, exports ...)",
                field="flow",
            )
        if not m.trade and self.flow is not None:
            raise ValidationError(
                f"{self._where()}: {m.name} is not about a trade flow; flow must be empty",
                field="flow",
            )
        if self.benchmark is not None and m is not Measure.GROWTH_GAP:
            raise ValidationError(
                f"{self._where()}: only a growth_gap has a benchmark", field="benchmark"
            )
        if m.integer and self.figure.magnitude != self.figure.magnitude.to_integral_value():
            raise ValidationError(
                f"{self._where()}: {self.figure.magnitude} is not a whole number", field="value"
            )
        domain = self.domain
        if not _possible(self.figure, domain):
            raise ValidationError(
                f"{self._where()}: {self.figure} is impossible; {m.name} lies in {domain}",
                field="value",
            )

    def _where(self) -> str:
        """The fact named in an error message (made only when there is an error)."""
        return f"{self.measure.name} of {self.subject} {self.period}"

    @property
    def domain(self) -> Interval:
        """The values this fact's measure can take (a balance may be negative)."""
        if self.measure.kind is MeasureKind.MONEY and self.flow is Flow.BALANCE:
            return Interval.everything()
        return self.measure.domain

    @property
    def interval(self) -> Interval:
        """The true values the statement allows, within the measure's range."""
        return self.figure.interval(self.domain)

    def estimate(self, about_slack: float = 0.0) -> Estimate:
        """The fact's figure as an Estimate within the measure's range."""
        return self.figure.estimate(self.domain, about_slack)

    @property
    def key(self) -> tuple[str, Period, Flow | None, str, str | None, str, str | None]:
        """What the fact is about, without its figure: facts with equal keys state one thing."""
        return (
            self.subject,
            self.period,
            self.flow,
            self.partner,
            self.segment,
            self.measure.name,
            self.benchmark,
        )

    def describe(self) -> str:
        """A one-line human description: "Xinjiang 2025-H1 total value: 280.8 billion CNY"."""
        who = self.subject
        if self.partner != "World":
            who += f" with {self.partner}"
        if self.segment:
            who += f" ({self.segment})"
        flow = f" {self.flow}" if self.flow else ""
        against = f" vs {self.benchmark}" if self.benchmark else ""
        return f"{who} {self.period}{flow} {self.measure}{against}: {self.figure}"

    def to_record(self) -> dict[str, Any]:
        """The fact as a record of the annotation format (see :mod:`tradestat.records`)."""
        from tradestat.records import to_record

        return to_record(self)

    @classmethod
    def from_record(cls, record: Mapping[str, Any], where: str | None = "record") -> Fact:
        """A fact from an annotation-format record (see :mod:`tradestat.records`)."""
        from tradestat.records import from_record

        return from_record(record, where)


def _matches(actual: object, wanted: object) -> bool:
    if callable(wanted) and not isinstance(wanted, (str, enum.Enum)):
        return bool(wanted(actual))
    if isinstance(wanted, (list, tuple, set, frozenset)):
        return any(_matches(actual, w) for w in wanted)
    return actual == wanted


_FILTER_FIELDS = (
    "subject",
    "period",
    "flow",
    "partner",
    "segment",
    "measure",
    "benchmark",
    "qualifier",
)


def _normalise_criterion(name: str, wanted: object) -> object:
    if callable(wanted) and not isinstance(wanted, (str, enum.Enum)):
        return wanted
    if isinstance(wanted, (list, tuple, set, frozenset)):
        return [_normalise_criterion(name, w) for w in wanted]
    if name == "period" and wanted is not None:
        return Period.parse(wanted)  # type: ignore[arg-type]
    if name == "flow":
        return Flow.parse(wanted)  # type: ignore[arg-type]
    if name == "measure":
        return Measure.parse(wanted)  # type: ignore[arg-type]
    if name == "qualifier":
        return Qualifier.parse(wanted)  # type: ignore[arg-type]
    return wanted


def _to_facts(items: Iterable[Fact]) -> tuple[Fact, ...]:
    return tuple(items)


@attrs.frozen(repr=False)
class FactSet(Sequence[Fact]):
    """An immutable, ordered collection of facts with filtering and record conversion."""

    facts: tuple[Fact, ...] = attrs.field(converter=_to_facts)

    def __attrs_post_init__(self) -> None:
        for i, fact in enumerate(self.facts):
            if not isinstance(fact, Fact):
                raise ValidationError(f"item {i} is a {type(fact).__name__}, not a Fact")

    @overload
    def __getitem__(self, index: int) -> Fact: ...

    @overload
    def __getitem__(self, index: slice) -> FactSet: ...

    def __getitem__(self, index: int | slice) -> Fact | FactSet:
        if isinstance(index, slice):
            return FactSet(self.facts[index])
        return self.facts[index]

    def __len__(self) -> int:
        return len(self.facts)

    def __iter__(self) -> Iterator[Fact]:
        return iter(self.facts)

    def __add__(self, other: Iterable[Fact]) -> FactSet:
        return FactSet(self.facts + tuple(other))

    def __repr__(self) -> str:
        shown = "; ".join(f.describe() for f in self.facts[:3])
        more = f"; ... {len(self.facts) - 3} more" if len(self.facts) > 3 else ""
        return f"<FactSet of {len(self.facts)}: {shown}{more}>" if shown else "<FactSet of 0>"

    def _repr_html_(self) -> str:
        """A table of the facts, for notebooks."""
        from html import escape

        head = ("subject", "period", "flow", "partner", "segment", "measure", "figure", "quote")
        rows = "".join(
            "<tr>"
            + "".join(
                f"<td>{escape(str(cell))}</td>"
                for cell in (
                    f.subject,
                    f.period,
                    f.flow or "",
                    f.partner,
                    f.segment or "",
                    f.measure.name + (f" vs {f.benchmark}" if f.benchmark else ""),
                    f.figure,
                    f.provenance.quote or "",
                )
            )
            + "</tr>"
            for f in self.facts
        )
        header = "".join(f"<th>{h}</th>" for h in head)
        return f"<table><thead><tr>{header}</tr></thead><tbody>{rows}</tbody></table>"

    def filter(self, **criteria: object) -> FactSet:
        """Facts whose fields equal the given values.

        Any of subject, period, flow, partner, segment, measure, benchmark and qualifier;
        a value may be a list (any of) or a predicate. Strings are read as the field's type:
        ``filter(period="H1 2025", measure="share")``.
        """
        unknown = set(criteria) - set(_FILTER_FIELDS)
        if unknown:
            raise ValidationError(
                f"cannot filter on {', '.join(sorted(unknown))}: "
                f"fields are {', '.join(_FILTER_FIELDS)}"
            )
        wanted = {k: _normalise_criterion(k, v) for k, v in criteria.items()}

        def keep(fact: Fact) -> bool:
            for name, value in wanted.items():
                actual = fact.figure.qualifier if name == "qualifier" else getattr(fact, name)
                if not _matches(actual, value):
                    return False
            return True

        return FactSet(f for f in self.facts if keep(f))

    def one(self, **criteria: object) -> Fact:
        """The single fact matching the criteria; raises if none or several match."""
        found = self.filter(**criteria)
        if len(found) != 1:
            said = ", ".join(f"{k}={v!r}" for k, v in criteria.items())
            raise MissingFactError(f"{len(found)} facts match {said}; expected exactly one")
        return found[0]

    def plot(self, measure: Measure | str = "value", **options: Any) -> Any:
        """A matplotlib chart of one measure with intervals (see :func:`tradestat.plot.plot`)."""
        from tradestat.plot import plot

        return plot(self, measure=measure, **options)

    def to_records(self) -> list[dict[str, Any]]:
        """Every fact as a record of the annotation format."""
        from tradestat.records import to_record

        return [to_record(f) for f in self.facts]

    @classmethod
    def from_records(cls, records: Iterable[Mapping[str, Any]], source: str = "records") -> FactSet:
        """Facts from annotation-format records; an invalid record raises naming its index."""
        from tradestat.records import from_record

        if isinstance(records, (str, bytes)) or not isinstance(records, Iterable):
            raise ValidationError(
                f"{source}: expected a list of records, got {type(records).__name__}"
            )
        return cls(from_record(r, f"{source}[{i}]") for i, r in enumerate(records))

    def to_pandas(self) -> Any:
        """The facts as a pandas DataFrame, one row a fact (see :mod:`tradestat.frames`)."""
        from tradestat.frames import to_pandas

        return to_pandas(self.facts)

    @classmethod
    def from_pandas(cls, frame: Any) -> FactSet:
        """Facts from a DataFrame with the fact-table columns (see :mod:`tradestat.frames`)."""
        from tradestat.frames import from_pandas

        return from_pandas(frame)

    def to_arrow(self) -> Any:
        """The facts as a pyarrow Table, one row a fact (see :mod:`tradestat.frames`)."""
        from tradestat.frames import to_arrow

        return to_arrow(self.facts)

    @classmethod
    def from_arrow(cls, table: Any) -> FactSet:
        """Facts from a pyarrow Table with the fact-table columns (see :mod:`tradestat.frames`)."""
        from tradestat.frames import from_arrow

        return from_arrow(table)
