"""A review page for extraction: one self-contained HTML file to verify facts by eye.

The article text with every extracted figure highlighted (an element with a ``data-fact``
attribute holding the fact's record as JSON), a side panel with the fields of the figure
under the pointer, skipped figures marked with their reason, the findings of
:func:`tradestat.check` at the facts they concern, and a sortable, copyable table of all
facts. CSS and script are inline: the page opens without network access. English or
Chinese, from the article's language.

Provenance spans are offsets into the raw input; for HTML input the page shows the text the
extractor read (tags removed, entities decoded) and maps each span back onto it.
"""

from __future__ import annotations

import bisect
import html
import json
import os
import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Literal

import attrs

from tradestat._outputs import write_atomic
from tradestat.checks import Finding, check
from tradestat.extraction import Extraction, extract
from tradestat.extraction.numbers import find_mentions
from tradestat.extraction.text import Document, plain_quotes, prepare
from tradestat.models import Fact
from tradestat.records import RECORD_FIELDS

__all__ = ["review_html", "write_review", "Lang"]

Lang = Literal["auto", "en", "zh"]

_CJK = re.compile(r"[\u3400-\u9fff]")

_UI: dict[str, dict[str, str]] = {
    "en": {
        "title": "Review of extracted facts",
        "facts": "facts",
        "skipped": "skipped",
        "findings": "findings",
        "findings_h": "Check findings",
        "skipped_h": "Skipped figures",
        "article": "Article",
        "panel": "Fact under the pointer",
        "hint": "Point at or click a highlighted figure to see its fields.",
        "table": "All facts",
        "copy_tsv": "Copy table (TSV)",
        "copy_json": "Copy JSON",
        "copied": "Copied",
        "not_found": "not found in the text",
        "no_findings": "No findings.",
        "no_skipped": "No figures skipped.",
        "sort": "click a column header to sort",
        "interval": "interval",
        "reason": "reason",
        "skipped_one": "skipped",
        "subject": "subject",
        "period": "period",
        "flow": "flow",
        "partner": "partner",
        "segment": "segment",
        "measure": "measure",
        "value": "value",
        "unit": "unit",
        "qualifier": "qualifier",
        "benchmark": "benchmark",
        "quote": "quote",
    },
    "zh": {
        "title": "抽取结果核对",
        "facts": "事实",
        "skipped": "跳过",
        "findings": "检查结果",
        "findings_h": "检查结果",
        "skipped_h": "跳过的数字",
        "article": "原文",
        "panel": "当前数字",
        "hint": "将鼠标移到或点击高亮的数字以查看字段。",
        "table": "全部事实",
        "copy_tsv": "复制表格（TSV）",
        "copy_json": "复制 JSON",
        "copied": "已复制",
        "not_found": "原文中未找到",
        "no_findings": "没有检查结果。",
        "no_skipped": "没有跳过的数字。",
        "sort": "点击列标题排序",
        "interval": "区间",
        "reason": "原因",
        "skipped_one": "已跳过",
        "subject": "主体",
        "period": "时期",
        "flow": "流向",
        "partner": "伙伴",
        "segment": "类别",
        "measure": "指标",
        "value": "数值",
        "unit": "单位",
        "qualifier": "限定",
        "benchmark": "基准",
        "quote": "原文",
    },
}

_COLUMNS = (*(f for f in RECORD_FIELDS if f != "quote"), "interval", "quote")


def _language(text: str, lang: Lang) -> Literal["en", "zh"]:
    if lang != "auto":
        return lang
    letters = [c for c in text if not c.isspace()]
    cjk = sum(1 for c in letters if _CJK.match(c))
    return "zh" if letters and cjk / len(letters) > 0.1 else "en"


@attrs.frozen
class _Range:
    """A stretch of the shown text to wrap in an element."""

    start: int
    end: int
    order: int
    open: str
    close: str


def _to_text(doc: Document, start: int, end: int) -> tuple[int, int]:
    """Raw-input offsets to offsets in the prepared text."""
    return bisect.bisect_left(doc.offsets, start), bisect.bisect_left(doc.offsets, end)


def _find_quote(text: str, quote: str, near: tuple[int, int] | None) -> tuple[int, int] | None:
    words = quote.split()
    if not words:
        return None
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words))
    if near is not None:
        found = pattern.search(text, max(0, near[0] - 8), min(len(text), near[1] + 8))
        if found:
            return found.span()
    found = pattern.search(text)
    return found.span() if found else None


def _digits(text: str) -> Decimal | None:
    try:
        return abs(Decimal(text.replace(",", "")))
    except InvalidOperation:
        return None


def locate(fact: Fact, doc: Document) -> tuple[int, int] | None:
    """Where in the prepared text the fact's figure is written (its quote if not found)."""
    span = fact.provenance.span
    near = _to_text(doc, *span) if span else None
    quote = fact.provenance.quote
    region = _find_quote(doc.text, quote, near) if quote else None
    if region is None:
        region = near if near and near[0] < near[1] else None
    if region is None:
        return None
    mentions = find_mentions(doc.text[region[0] : region[1]])
    wanted = abs(fact.figure.magnitude)
    same = [m for m in mentions if _digits(m.digits) == wanted]
    best = [m for m in same if m.unit == fact.figure.unit_string] or same
    if best:
        return region[0] + best[0].start, region[0] + best[0].end
    return region


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


def _script_json(value: Any) -> str:
    """JSON safe inside <script>: no "<" at all, so no "</script>" or "<!--"."""
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c")


def review_html(
    text: str,
    extraction: Extraction | None = None,
    *,
    source: str | None = None,
    findings: Sequence[Finding] | None = None,
    lang: Lang = "auto",
    title: str | None = None,
) -> str:
    """The review page of one article (plain text or HTML) as a self-contained HTML string.

    ``extraction`` defaults to ``tradestat.extract(text)`` and ``findings`` to
    ``tradestat.check`` of its facts; ``lang`` chooses the page's words.
    """
    if extraction is None:
        extraction = extract(text, source)
    facts = list(extraction.facts)
    if findings is None:
        findings = check(facts)
    # the text as written (typographic quotes too) is shown; the rules' text, the same
    # one character for one, is searched for the facts' quotes
    shown = prepare(text, ascii_quotes=False)
    doc = plain_quotes(shown)
    ui = _UI[_language(doc.text, lang)]
    ui_lang = "zh" if ui is _UI["zh"] else "en"

    concern: list[list[int]] = [[] for _ in facts]
    finding_rows: list[dict[str, Any]] = []
    for j, finding in enumerate(findings):
        indices = [i for i, f in enumerate(facts) if f in finding.facts]
        for i in indices:
            concern[i].append(j)
        finding_rows.append(
            {
                "rule": finding.rule,
                "severity": finding.severity.value,
                "message": finding.message,
                "facts": indices,
            }
        )

    records = []
    ranges: list[_Range] = []
    located: list[bool] = []
    for i, fact in enumerate(facts):
        record = fact.to_record()
        records.append(record)
        where = locate(fact, doc)
        located.append(where is not None)
        if where is None:
            continue
        badges = "".join(
            f'<sup class="badge {_attr(finding_rows[j]["severity"])}" '
            f'title="{_attr(finding_rows[j]["message"])}">{_mark_of(finding_rows[j])}</sup>'
            for j in concern[i]
        )
        ranges.append(
            _Range(
                where[0],
                where[1],
                i,
                f'<mark class="fact" tabindex="0" data-index="{i}" '
                f'data-fact="{_attr(json.dumps(record, ensure_ascii=False))}">',
                f"</mark>{badges}",
            )
        )
    for k, skipped in enumerate(extraction.skipped):
        start, end = _to_text(doc, skipped.start, skipped.end)
        if start < end:
            ranges.append(
                _Range(
                    start,
                    end,
                    len(facts) + k,
                    f'<mark class="skipped" data-skipped="{_attr(skipped.reason)}" '
                    f'title="{_attr(ui["reason"])}: {_attr(skipped.reason)}">',
                    "</mark>",
                )
            )
    article = _render(shown.text, ranges)
    rows = "\n".join(
        _row(i, fact, records[i], located[i], concern[i], ui) for i, fact in enumerate(facts)
    )
    heads = "".join(
        f'<th data-col="{n}" title="{_attr(ui["sort"])}">{_attr(ui.get(c, c))}</th>'
        for n, c in enumerate(("#", *_COLUMNS, "findings_h"))
    )
    finding_items = (
        "".join(
            f'<li class="{_attr(f["severity"])}"><b>{_attr(f["severity"])}</b> '
            f"[{_attr(f['rule'])}] {_attr(f['message'])}</li>"
            for f in finding_rows
        )
        or f"<li>{_attr(ui['no_findings'])}</li>"
    )
    skipped_items = (
        "".join(f"<li><q>{_attr(s.text)}</q> — {_attr(s.reason)}</li>" for s in extraction.skipped)
        or f"<li>{_attr(ui['no_skipped'])}</li>"
    )
    heading = title or (f"{ui['title']}: {source}" if source else ui["title"])
    data = {
        "facts": records,
        "findings": finding_rows,
        "concern": concern,
        "intervals": [str(f.interval) for f in facts],
        "ui": ui,
        "columns": list(_COLUMNS),
    }
    summary = (
        f"{ui['facts']}: {len(facts)} · {ui['skipped']}: {len(extraction.skipped)} · "
        f"{ui['findings']}: {len(finding_rows)}"
    )
    return _PAGE.format(
        lang="zh-Hans" if ui_lang == "zh" else "en",
        title=_attr(heading),
        summary=_attr(summary),
        article_label=_attr(ui["article"]),
        article=article,
        panel_label=_attr(ui["panel"]),
        hint=_attr(ui["hint"]),
        findings_label=_attr(ui["findings_h"]),
        finding_items=finding_items,
        skipped_label=_attr(ui["skipped_h"]),
        skipped_items=skipped_items,
        table_label=_attr(ui["table"]),
        copy_tsv=_attr(ui["copy_tsv"]),
        copy_json=_attr(ui["copy_json"]),
        heads=heads,
        rows=rows,
        css=_CSS,
        script=_SCRIPT,
        data=_script_json(data),
    )


def _mark_of(finding: dict[str, Any]) -> str:
    return {"error": "!", "warning": "?", "info": "i"}.get(str(finding["severity"]), "i")


def _render(text: str, ranges: list[_Range]) -> str:
    """The text with ranges wrapped; a range crossing another is cut to nest inside it."""
    out: list[str] = []
    pos = 0
    stack: list[tuple[int, str]] = []
    for r in sorted(ranges, key=lambda r: (r.start, -r.end, r.order)):
        while stack and stack[-1][0] <= r.start:
            end, close = stack.pop()
            out.append(html.escape(text[pos:end], quote=False) + close)
            pos = end
        end = min(r.end, stack[-1][0]) if stack else r.end
        out.append(html.escape(text[pos : r.start], quote=False) + r.open)
        pos = r.start
        stack.append((end, r.close))
    while stack:
        end, close = stack.pop()
        out.append(html.escape(text[pos:end], quote=False) + close)
        pos = end
    out.append(html.escape(text[pos:], quote=False))
    return "".join(out)


def _row(
    i: int,
    fact: Fact,
    record: dict[str, Any],
    located: bool,
    concern: list[int],
    ui: dict[str, str],
) -> str:
    cells = [str(i + 1)]
    for column in _COLUMNS:
        if column == "interval":
            cells.append(str(fact.interval))
        else:
            value = record.get(column)
            cells.append("" if value is None else str(value))
    cells.append(", ".join(str(j + 1) for j in concern))
    if not located:
        cells[-2] += f" ({ui['not_found']})"
    tds = "".join(f"<td>{html.escape(c, quote=False)}</td>" for c in cells)
    return f'<tr data-index="{i}">{tds}</tr>'


def write_review(
    article: str | os.PathLike[str],
    out: str | os.PathLike[str],
    *,
    into_folder: bool = False,
    lang: Lang = "auto",
) -> Path:
    """Extract and check one article file and write its review page; returns the path.

    With ``into_folder`` (several articles), ``out`` is a folder receiving ``NAME.html``.
    """
    from tradestat.loaders.base import Source

    src = Source.open(Path(article))
    target = Path(out)
    if into_folder:
        target.mkdir(parents=True, exist_ok=True)
        target = target / f"{Path(src.name).stem}.html"
    page = review_html(src.text, source=src.name, lang=lang)
    write_atomic(target, page)
    return target


_CSS = """
:root { --fact: #ffe58a; --fact-edge: #c99a00; --skip: #e3e3e3; --panel: #f6f8fb; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.6 system-ui, -apple-system, "Segoe UI", "Noto Sans",
  "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1d2330; }
header { padding: 12px 20px; border-bottom: 1px solid #d8dde6; }
header h1 { font-size: 19px; margin: 0; }
header p { margin: 2px 0 0; color: #555; }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(260px, 2fr); gap: 20px;
  padding: 16px 20px; }
#article { white-space: pre-wrap; }
#panel { position: sticky; top: 12px; align-self: start; background: var(--panel);
  border: 1px solid #d8dde6; border-radius: 6px; padding: 10px 14px; max-height: 90vh;
  overflow: auto; }
#panel h2, section h2 { font-size: 16px; margin: 4px 0 8px; }
#panel dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px;
  margin: 0 0 10px; }
#panel dt { color: #555; }
#panel dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
mark.fact { background: var(--fact); border-bottom: 2px solid var(--fact-edge); cursor: pointer;
  border-radius: 2px; padding: 0 1px; }
mark.fact mark.fact { background: #ffd24d; border-bottom-style: double; border-bottom-width: 4px; }
mark.fact.active, mark.fact:focus { outline: 2px solid #1f5fa8; }
mark.fact.flash { background: #9fd3ff; }
mark.skipped { background: var(--skip); text-decoration: line-through wavy #999; cursor: help; }
sup.badge { font-size: 11px; font-weight: 700; padding: 0 4px; border-radius: 8px; margin-left: 1px;
  color: white; cursor: help; }
sup.badge.error, li.error b { background: #c0392b; color: white; }
sup.badge.warning, li.warning b { background: #d68910; color: white; }
sup.badge.info, li.info b { background: #2e86c1; color: white; }
li b { padding: 0 4px; border-radius: 3px; font-weight: 600; }
section { padding: 0 20px 16px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border: 1px solid #d8dde6; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #eef1f6; cursor: pointer; user-select: none; white-space: nowrap; }
th.asc::after { content: " ▲"; } th.desc::after { content: " ▼"; }
tbody tr:hover { background: #fff8dc; cursor: pointer; }
button { font: inherit; font-size: 13px; margin: 0 6px 8px 0; }
#status { color: #2a7d2a; font-size: 13px; }
@media (max-width: 800px) { main { grid-template-columns: 1fr; } #panel { position: static; } }
"""

_SCRIPT = r"""
(function () {
  var data = JSON.parse(document.getElementById("review-data").textContent);
  var ui = data.ui;
  var panel = document.getElementById("panel-body");
  var fields = ["subject", "period", "flow", "partner", "segment", "measure", "value",
                "unit", "qualifier", "benchmark", "quote"];
  function esc(s) {
    return String(s).replace(/[&<>"]/g, function (c) {
      return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}[c];
    });
  }
  function describe(el) {
    var record = JSON.parse(el.getAttribute("data-fact"));
    var index = Number(el.getAttribute("data-index"));
    var rows = fields.filter(function (f) {
      return record[f] !== null && record[f] !== undefined && record[f] !== "";
    }).map(function (f) {
      return "<dt>" + esc(ui[f] || f) + "</dt><dd data-field=\"" + f + "\">" +
        esc(record[f]) + "</dd>";
    }).join("");
    var notes = (data.concern[index] || []).map(function (j) {
      var f = data.findings[j];
      return "<li class=\"" + esc(f.severity) + "\"><b>" + esc(f.severity) + "</b> [" +
        esc(f.rule) + "] " + esc(f.message) + "</li>";
    }).join("");
    rows += "<dt>" + esc(ui.interval) + "</dt><dd data-field=\"interval\">" +
      esc(data.intervals[index]) + "</dd>";
    return "<div class=\"fact-fields\" data-index=\"" + index + "\"><dl>" + rows + "</dl>" +
      (notes ? "<ul class=\"findings\">" + notes + "</ul>" : "") + "</div>";
  }
  var active = [];
  function show(target) {
    var skip = target && target.closest ? target.closest("mark.skipped") : null;
    if (skip) {
      panel.innerHTML = "<dl><dt>" + esc(ui.skipped_one) + "</dt><dd>" + esc(skip.textContent) +
        "</dd><dt>" + esc(ui.reason) + "</dt><dd data-field=\"reason\">" +
        esc(skip.getAttribute("data-skipped")) + "</dd></dl>";
      return;
    }
    var el = target && target.closest ? target.closest("mark.fact") : null;
    var stack = [];
    while (el) {
      stack.push(el);
      el = el.parentElement ? el.parentElement.closest("mark.fact") : null;
    }
    if (!stack.length) return;
    active.forEach(function (m) { m.classList.remove("active"); });
    active = stack;
    stack.forEach(function (m) { m.classList.add("active"); });
    panel.innerHTML = stack.map(describe).join("<hr>");
  }
  var article = document.getElementById("article");
  article.addEventListener("mouseover", function (e) { show(e.target); });
  article.addEventListener("focusin", function (e) { show(e.target); });
  article.addEventListener("click", function (e) { show(e.target); });

  var table = document.getElementById("facts");
  var body = table.tBodies[0];
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
    th.addEventListener("click", function () {
      var desc = th.classList.contains("asc");
      Array.prototype.forEach.call(th.parentNode.cells, function (c) {
        c.classList.remove("asc", "desc");
      });
      th.classList.add(desc ? "desc" : "asc");
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[col].textContent, y = b.cells[col].textContent;
        var nx = parseFloat(x), ny = parseFloat(y);
        var cmp = (!isNaN(nx) && !isNaN(ny) && /^[-\d.]/.test(x) && /^[-\d.]/.test(y))
          ? nx - ny : x.localeCompare(y);
        return desc ? -cmp : cmp;
      });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
  body.addEventListener("click", function (e) {
    var tr = e.target.closest("tr");
    if (!tr) return;
    var mark = article.querySelector("mark.fact[data-index=\"" + tr.dataset.index + "\"]");
    if (!mark) return;
    mark.scrollIntoView({block: "center"});
    show(mark);
    mark.classList.add("flash");
    setTimeout(function () { mark.classList.remove("flash"); }, 900);
  });

  function copy(text) {
    var status = document.getElementById("status");
    function done() { status.textContent = ui.copied; }
    function fallback() {
      var area = document.createElement("textarea");
      area.value = text;
      document.body.appendChild(area);
      area.select();
      try { document.execCommand("copy"); done(); } catch (err) { /* nothing to do */ }
      document.body.removeChild(area);
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, fallback);
    } else {
      fallback();
    }
  }
  function tsv() {
    var lines = [Array.prototype.map.call(table.tHead.rows[0].cells, function (c) {
      return c.textContent;
    }).join("\t")];
    Array.prototype.forEach.call(body.rows, function (r) {
      lines.push(Array.prototype.map.call(r.cells, function (c) {
        return c.textContent.replace(/\s+/g, " ");
      }).join("\t"));
    });
    return lines.join("\n") + "\n";
  }
  window.tradestatReview = {tsv: tsv, data: data};
  document.getElementById("copy-tsv").addEventListener("click", function () { copy(tsv()); });
  document.getElementById("copy-json").addEventListener("click", function () {
    copy(JSON.stringify(data.facts, null, 1));
  });
})();
"""

_PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{css}</style>
</head>
<body>
<header><h1>{title}</h1><p id="summary">{summary}</p></header>
<main>
<article aria-label="{article_label}"><div id="article">{article}</div></article>
<aside id="panel" aria-live="polite"><h2>{panel_label}</h2>
<div id="panel-body"><p class="hint">{hint}</p></div></aside>
</main>
<section id="findings"><h2>{findings_label}</h2><ul>{finding_items}</ul></section>
<section id="skipped"><h2>{skipped_label}</h2><ul>{skipped_items}</ul></section>
<section id="table"><h2>{table_label}</h2>
<button id="copy-tsv" type="button">{copy_tsv}</button>
<button id="copy-json" type="button">{copy_json}</button> <span id="status"></span>
<table id="facts"><thead><tr>{heads}</tr></thead>
<tbody>
{rows}
</tbody></table></section>
<script type="application/json" id="review-data">{data}</script>
<script>{script}</script>
</body>
</html>
"""
