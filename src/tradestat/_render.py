"""How the command line shows things: aligned tables, a progress bar, JSON of estimates."""

from __future__ import annotations

import csv
import io
import json
import math
import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from tradestat.units import format_unit

if TYPE_CHECKING:  # imported where used, so `tradestat convert` loads no checks or plugins
    from tradestat.checks.rule import Derived, Finding
    from tradestat.figures import Estimate
    from tradestat.models import Fact
    from tradestat.plugins import PluginInfo

__all__ = [
    "Progress",
    "estimate_json",
    "facts_table",
    "findings_text",
    "format_table",
    "plugins_table",
    "records_text",
]


def _json_bound(x: float) -> float | None:
    return x if math.isfinite(x) else None


def estimate_json(e: Estimate) -> dict[str, Any]:
    """An estimate in base units ("USD", not "billion USD") as a JSON-ready dict."""
    base = e.to_base_units()
    return {
        "value": base.value,
        "unit": format_unit(base.unit),
        "low": _json_bound(base.low),
        "high": _json_bound(base.high),
    }


def _cell(value: object) -> str:
    """A CSV cell: text as is, nothing for None, lists and objects as JSON."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def records_text(
    rows: Sequence[Mapping[str, Any]] | Mapping[str, Any],
    fmt: str,
    columns: Sequence[str] = (),
) -> str:
    """Rows as ``json`` (indented), ``jsonl`` (one a line) or ``csv`` (every key a column).

    ``json`` also takes one object, printed as it is. CSV columns are ``columns`` (so even
    no rows give a header), then the other keys in the order they first appear; a list or
    object in a cell is written as JSON text.
    """
    if fmt == "json":
        return json.dumps(rows, indent=1, ensure_ascii=False) + "\n"
    if isinstance(rows, Mapping):
        rows = [rows]
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if fmt != "csv":
        raise ValueError(f"format {fmt!r}: expected json, jsonl or csv")
    names = list(dict.fromkeys([*columns, *(key for row in rows for key in row)]))
    buffer = io.StringIO()
    writer = csv.writer(buffer)  # CRLF rows (RFC 4180), so a lone CR in a cell is quoted
    writer.writerow(names)
    writer.writerows([_cell(row.get(c)) for c in names] for row in rows)
    return buffer.getvalue()


def format_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A plain aligned text table."""
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend(
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    )
    return "\n".join(lines)


def facts_table(facts: Sequence[Fact], quotes: bool = False) -> str:
    """Facts as an aligned table (one row a fact)."""
    headers = ["subject", "period", "flow", "partner", "segment", "measure", "figure"]
    if quotes:
        headers.append("quote")
    rows = []
    for f in facts:
        row = [
            f.subject,
            str(f.period),
            str(f.flow or ""),
            f.partner,
            f.segment or "",
            f.measure.name + (f" vs {f.benchmark}" if f.benchmark else ""),
            str(f.figure),
        ]
        if quotes:
            row.append(f.provenance.quote or "")
        rows.append(row)
    return format_table(headers, rows)


def findings_text(
    n_facts: int, findings: Sequence[Finding], derived: Sequence[Derived] | None
) -> str:
    """Findings grouped by severity, each with its facts and quotes; then derived facts."""
    from tradestat.checks.rule import Severity

    lines = [f"{n_facts} facts checked"]
    for severity in Severity:
        group = [f for f in findings if f.severity is severity]
        lines.append(f"\n{severity.value}s ({len(group)})")
        for finding in group:
            lines.append(f"  [{finding.rule}] {finding.message}")
            for fact in finding.facts:
                quote = f' "{fact.provenance.quote}"' if fact.provenance.quote else ""
                lines.append(f"      - {fact.describe()}{quote}")
    if derived is not None:
        lines.append(f"\nderived ({len(derived)})")
        lines.extend(f"  {d.describe()}" for d in derived)
    return "\n".join(lines)


def plugins_table(infos: Sequence[PluginInfo]) -> str:
    """Plugins with what each provides, its status and error."""
    rows = [
        [
            i.name,
            i.version or "",
            i.status,
            ", ".join(i.loaders),
            ", ".join(i.currencies),
            ", ".join(i.checks),
            ", ".join(i.commands),
            ", ".join(i.rate_formats),
            i.error or "",
        ]
        for i in infos
    ]
    headers = [
        "plugin", "version", "status", "loaders", "currencies", "checks", "commands",
        "rate formats",
    ]  # fmt: skip
    return format_table([*headers, "error"], rows)


class Progress:
    """A one-line progress bar on stderr, shown only on a terminal and for many inputs."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total = total
        self.done = 0
        self.enabled = enabled

    def step(self, label: str) -> None:
        """Count one input done and redraw the bar."""
        self.done += 1
        if not self.enabled:
            return
        width = 30
        filled = width * self.done // max(self.total, 1)
        bar = "#" * filled + "-" * (width - filled)
        sys.stderr.write(f"\r[{bar}] {self.done}/{self.total} {label[:40]:<40}")
        if self.done == self.total:
            sys.stderr.write("\n")
        sys.stderr.flush()
