"""What a check is, what it finds, and what a derivation makes.

A :class:`Check` looks at the facts it needs and returns :class:`Finding` objects: the rule,
a :class:`Severity`, the facts involved, and the arithmetic in words. Rules use the figures'
intervals, so a finding is an ``error`` only when no true values consistent with every
statement could satisfy the rule; ordinary rounding never raises one. A :class:`Derived`
fact is one the statements imply (last year's base, a dollar value, a month nobody stated),
with its interval and the rule and inputs that gave it.
"""

from __future__ import annotations

import abc
import enum
import math
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from tradestat.checks.qualifiers import statement_estimate
from tradestat.figures import Estimate
from tradestat.intervals import Interval
from tradestat.models import Fact, FactSet
from tradestat.rates import RateTable

if TYPE_CHECKING:
    from tradestat.checks._groups import FactIndex

__all__ = ["Severity", "Finding", "Check", "CheckContext", "Derived"]


class Severity(enum.StrEnum):
    """How bad a finding is: error (impossible), warning (suspicious), info (worth knowing)."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@attrs.frozen
class Finding:
    """One result of a check: which rule, how bad, which facts, and why in words."""

    rule: str
    severity: Severity
    message: str
    facts: tuple[Fact, ...] = ()
    #: Whether facts involved were read by the extractor (the conflict may be its own).
    from_extraction: bool = False

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: rule, severity, message, the facts as records, from_extraction."""
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.message,
            "facts": [f.to_record() for f in self.facts],
            "from_extraction": self.from_extraction,
        }

    def __str__(self) -> str:
        return f"{self.severity.value}: [{self.rule}] {self.message}"


@attrs.frozen
class CheckContext:
    """What checks may use besides the facts: a rate table and tolerances."""

    rates: RateTable | None = None
    #: Relative gap between an implied and a tabled rate beyond which a warning is given.
    rate_tolerance: float = 0.02
    #: Extra relative width given to "about" figures (see Figure.interval).
    about_slack: float = 0.0
    #: Relative gap between an implied and a tabled rate beyond which the paired
    #: statements cannot both be conversions at that period's rate: an error.
    rate_impossible: float = 0.25
    #: Each fact's estimate once per run, by identity (the fact is kept, so ids stay unique).
    _estimates: dict[int, tuple[Fact, Estimate]] = attrs.field(
        factory=dict, init=False, repr=False, eq=False
    )

    def estimate(self, fact: Fact) -> Estimate:
        """What the fact's statement allows, its qualifier word read as measured.

        See :mod:`tradestat.checks.qualifiers`: "nearly 70 percent" allows 63-70.5.
        """
        known = self._estimates.get(id(fact))
        if known is not None and known[0] is fact:
            return known[1]
        estimate = statement_estimate(fact, self.about_slack)
        self._estimates[id(fact)] = (fact, estimate)
        return estimate

    #: The index of the facts this context last looked at (see :meth:`index`).
    _indexes: list[FactIndex] = attrs.field(factory=list, init=False, repr=False, eq=False)

    def interval(self, fact: Fact) -> Interval:
        """The interval of :meth:`estimate`."""
        return self.estimate(fact).interval

    def index(self, facts: FactSet) -> FactIndex:
        """The facts grouped by measure, trade and currency, built once per run.

        Every rule of one :func:`~tradestat.checks.check` run gets the same ``facts`` and
        context, so the first rule builds the index and the others look facts up in it.
        """
        from tradestat.checks._groups import FactIndex

        if self._indexes and self._indexes[0].facts is facts:
            return self._indexes[0]
        index = FactIndex(facts, self)
        self._indexes[:] = [index]
        return index


class Check(abc.ABC):
    """Base class of a consistency check; plugins register instances via ``register_checks``."""

    name: ClassVar[str]
    description: ClassVar[str]

    @abc.abstractmethod
    def __call__(self, facts: FactSet, context: CheckContext) -> Iterable[Finding]:
        """Look at the facts and say what is wrong or worth knowing."""

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"


@attrs.frozen
class Derived:
    """A fact the statements imply, with its interval and how it was derived."""

    fact: Fact
    estimate: Estimate
    rule: str
    inputs: tuple[Fact, ...]

    def to_record(self) -> dict[str, Any]:
        """The annotation-format record plus ``low``, ``high`` and ``derived_by``."""
        record = self.fact.to_record()
        value = self.estimate.to(self.fact.figure.unit)
        record["low"] = value.low if math.isfinite(value.low) else None
        record["high"] = value.high if math.isfinite(value.high) else None
        record["derived_by"] = {
            "rule": self.rule,
            "inputs": [f.describe() for f in self.inputs],
        }
        return record

    def describe(self) -> str:
        """The derived fact with its interval."""
        return f"{self.fact.describe()} {self.estimate.interval} (by {self.rule})"
