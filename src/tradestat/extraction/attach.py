"""What each figure takes from the words around it: its flow, period, nearest names and pairs.

The nearest fitting word wins: a flow word or period in the figure's clause, else before
it in the sentence, else after it; the period in force otherwise (:class:`Carried`).
"A, B and C ... x, y and z, respectively" / 分别 pairs a list of names with a list of
figures, and a list that pairs with nothing leaves its figures unplaced.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from itertools import pairwise

from tradestat.extraction import cues, meaning
from tradestat.extraction.analysis import Analysed, clause_of, find_all
from tradestat.extraction.context import Carried
from tradestat.extraction.dates import (
    LAST_MONTH_UNDATED,
    MONTH_BEFORE,
    PREVIOUS_MONTH,
    THE_MONTH,
    YEAR_TO_DATE,
    PeriodMention,
)
from tradestat.extraction.gazetteer import Match
from tradestat.extraction.lists import (
    FIGURE_LIST_GAP,
    Meaning,
    counted_run,
    examples_run,
    figure_runs,
    last_name_run,
    next_name_run,
    written_list,
)
from tradestat.extraction.measures import OF_OR_TO
from tradestat.extraction.numbers import Mention
from tradestat.extraction.text import quick
from tradestat.periods import MONTH_NAMES, Period

# A growth written as a multiple ("增长1.2倍"): an item of a list, though not read.
_MULTIPLE = re.compile(r"\d+(?:\.\d+)?倍")

__all__ = [
    "flow_of",
    "nearest",
    "nearest_match",
    "other_base",
    "other_month",
    "period_of",
    "respectively",
    "unknown_product",
    "unpaired",
]


#: Words that name the value of a flow written before them ("进口原油贸易额").
_VALUE_WORDS = ("贸易额",)


# A balance written right after its amount: "对外贸易实现65亿林吉特顺差", "录得30亿元的贸易
# 逆差" (the amount's own noun, over the trade word before it).
_ZH_BALANCE_AFTER = re.compile(r"的?(?:贸易)?(顺差|逆差)")


# An English name that ends in a flow word: "general exports", "processing imports".
_ENDS_IN_FLOW = re.compile(r"[a-z] (?:ex|im)ports?$", re.I)


def flow_of(s: Analysed, m: Mention, measure: str, part: tuple[int, int]) -> str:
    """The flow of a figure: of a share, the flow of its total; else the nearest flow word."""
    if measure == "share":
        of_total = share_total_flow(s, m, part)
        if of_total is not None:
            return of_total
    if m.kind == "money" and (own := _ZH_BALANCE_AFTER.match(s.text, m.end)) is not None:
        return "balance" if own.group(1) == "顺差" else "deficit"  # "实现65亿林吉特顺差"
    named = cues.FLOW_AFTER.match(s.text, m.end) or cues.FLOW_THEN_CHANGE.match(s.text, m.end)
    if named is not None:  # "RMB11.44 billion for exports", "in import value", "import drop"
        word = named.group(1).lower()
        return "balance" if word == "surplus" else word.removesuffix("s") + "s"
    if s.free_flows is None:  # once per sentence: flow words not inside a name, nor of a total
        s.free_flows = [
            f
            for f in s.flows
            # (an English name that ends in its flow word is that flow: "general exports")
            if not any(
                n.start <= f[0] < n.end
                and not (f[1] == n.end and _ENDS_IN_FLOW.search(s.text, n.start, n.end))
                for n in s.names
            )
            and not quick(cues.OF_TOTAL_BEFORE).search(s.text, max(0, f[0] - 50), f[0])
        ]
    flows = s.free_flows
    those = cues.THOSE_OF_FLOW.match(s.text, part[0]) if part[0] > 0 else None
    if those is not None:
        # "..., while those to Russia jumped": the flow of the part before; "..., while the
        # others like textiles ..." the flow of its products (not the whole a share there was
        # of: "accounting for 57.2 percent of the province's foreign trade")
        before = [f for f in flows if f[1] <= part[0]]
        if "other" in those.group(0).lower():
            before = [f for f in before if f[2] in ("exports", "imports")] or before
        if before:
            return before[-1][2]
    earlier = [f for f in flows if f[1] <= m.start and f[0] >= part[0]]
    if earlier:
        last = earlier[-1]
        if (
            len(earlier) > 1
            and s.text[last[0] : last[1]] in _VALUE_WORDS
            and earlier[-2][2] in ("exports", "imports")
            and earlier[-2][0] >= clause_of(s, m.start)[0]
        ):
            # "进口天然气、原油、煤炭贸易额分别增长…": 贸易额 names the value of the
            # imports written before the list, not the total trade
            return earlier[-2][2]
        return last[2]
    # "Processing trade grew 3.5 percent": the trade of a trade-mode name is all of it;
    # 对外承包工程出口货物: the flow word inside the name is the flow
    inside = [f for f in s.flows if f[1] <= m.start and f[0] >= part[0]]
    if inside:
        return inside[-1][2] if inside[-1][2] in ("exports", "imports") else "total"
    if not s.text.isascii() and "贸易" in s.text[clause_of(s, m.start)[0] : m.start]:
        # "中美贸易增长4.9%，…，我们从美国进口农产品": trade written before the figure in its
        # clause is all of it, whatever flow a later clause names
        return "total"
    later = [f for f in flows if f[0] >= m.end and f[1] <= part[1]]
    # (not past a breakdown: "对俄贸易增长48.5%，…，其中出口、进口增速分别…" names the
    # flows of the parts, not of the whole before it)
    later = [f for f in later if cues.BREAKDOWN.search(s.text, m.end, f[0]) is None]
    if later and measure == "partner_count":
        # (a count of partners takes no flow of a later clause: "The number of its trading
        # partners reached 221, and exports to 60 of them topped ..." counts all its trade)
        later = [f for f in later if f[0] < clause_of(s, m.start)[1]]
    if later:
        return later[0][2]
    return "total"


def share_total_flow(s: Analysed, m: Mention, part: tuple[int, int]) -> str | None:
    """The flow of the total a share is of, when the text names it, else None.

    "占出口总额的", "of total exports", "of the province's total foreign trade"; 外贸出口总值
    is a total of exports.
    """
    clause = clause_of(s, m.start)
    after = s.text[m.end : min(clause[1], m.end + 60)]
    before = s.text[max(part[0], m.start - 30) : m.start]
    of_total = before[before.rfind("占") :] if "占" in before else ""
    if OF_OR_TO.match(after):
        of_total = after
    found = [flow for _, _, flow in meaning.flow_cues(of_total)]
    if not found:
        return None
    specific = [f for f in found if f in ("exports", "imports")]
    return (specific or found)[0]


def period_of(
    s: Analysed, m: Mention, clause: tuple[int, int], state: Carried
) -> tuple[Period, ...]:
    """The period of a figure.

    The nearest period in its clause, else the last one before it in the sentence, else
    the first after it, else the period in force. "During the same period" / 同期 is
    the cumulative base.
    """
    found = _period_of(s, m, clause, state)
    own = (
        _OWN_MONTH_BEFORE.search(s.text, max(0, m.start - 18), m.start)
        if m.kind in ("money", "percent")
        and ("'" in s.text[m.start - 8 : m.start] or "’" in s.text[m.start - 8 : m.start])
        else None
    )
    if own is not None and own.group(2) is not None:
        return (Period.year(int(own.group(2))),)  # "over 2022's $70.2bn": 2022's own
    if m.kind == "money" and ", when" in s.text:
        when = _YEAR_WHEN_BEFORE.search(s.text, max(0, m.start - 60), m.start)
        if when is not None:
            # "surpassed the figure for the whole of 2019, when it was around $110.75
            # billion": the year the clause is about
            return (Period.year(int(when.group(1))),)
    if own is not None and own.group(1) is None and len(found) == 1:
        # "a slight increase from last year's $ 70.59 billion figure": the same period a
        # year earlier ("exports in the first half reached 1.7 trillion, up from last
        # year's 1.6 trillion" is last year's first half)
        return (found[0].shift(-12),)
    if own is not None and own.group(1) and len(found) == 1 and found[0].n_months == 1:
        # "slightly dropping from October's US$23.83 billion", "higher than November's 5.9
        # per cent": the figure right after a possessive month is that month's (the month
        # before the sentence's own, or earlier)
        month = MONTH_NAMES[own.group(1).lower()]
        year = found[0].end_year - (month > found[0].end_month)
        if month != found[0].end_month:
            return (Period.month(year, month),)
    if m.kind == "percent" and ("same period" in s.text or "year earlier" in s.text):
        listed = written_list(s, m)
        if (
            _COMPARED_BEFORE.search(s.text, max(0, listed[0].start - 24), listed[0].start)
            and _A_YEAR_BEFORE_AFTER.match(s.text, listed[-1].end)
            and found
        ):
            # "up 22.3%, compared with 13.2% in the same period last year": the rate of the
            # same period a year before, as the list "compared with 13.2%, -4.5% and -10.4%"
            return tuple(p.shift(-12) for p in found)
    if (
        len(found) == 1
        and found[0].n_months == 1
        and "month" in s.text[m.end : m.end + 30]
        and _MONTH_EARLIER.match(s.text, m.end)
    ):
        start = clause_of(s, m.start)[0]
        if cues.COMPARISON_ASIDE.search(s.text, start, m.start) is not None:
            # "imports slid 17.9 percent, vs. a rise of 15.5 percent a month earlier"
            return (found[0].shift(-1),)
    if (
        len(found) == 1
        and found[0].n_months == 1
        and "from" in s.text[max(0, m.start - 40) : m.start]
        and _FROM_BASE_BEFORE.search(s.text, max(0, m.start - 40), m.start)
        and (_MONTH_EARLIER.match(s.text, m.end) or _LAST_MONTH_AFTER.match(s.text, m.end))
        # ("from $20 billion in the previous month": facts dates that one)
        and not s.text.startswith(" in ", m.end)
    ):
        # "the surplus rose to $51.4 billion from $40.7 billion a month ago", "narrowed to
        # $54.1 billion from $61.6 billion last month": the base of the change is the month
        # before the figure's (however loosely "last month" is written)
        return (found[0].shift(-1),)
    if (
        m.kind == "percent"
        and len(found) == 1
        and found[0].n_months in (1, 3)
        and "from" in s.text[max(0, m.start - 12) : m.start]
        and _RATE_TO_FROM_BEFORE.search(s.text, max(0, m.start - 90), m.start)
        and _DATED_AFTER.match(s.text, m.end) is None
        and not any(m.end <= p.start <= m.end + 30 for p in s.periods)
    ):
        # "annual growth in imports accelerated to 16.7 percent from 3.1 percent": a rate
        # that sped up or slowed from its last reading, the month (quarter) before
        return (found[0].shift(-found[0].n_months),)
    return found


# A rate that moved from its last reading to this one: "accelerated sharply to 16.7 percent
# from", "slowed to 5.2% from", "eased to 3 per cent from", "picked up to 8.1 percent from".
_RATE_TO_FROM_BEFORE = re.compile(
    r"\b(?:accelerat|decelerat|slow|quicken|eas|moderat|pick)\w*(?:\s+up)?\s+"
    r"(?:[a-z]+\s+){0,2}?to\s+\d[\d.]*\s*(?:%|percent|per\s*cent)\s+"
    # (the new reading's own period between: "slowed to 5.2 percent in the first quarter")
    r"(?:(?:in|during)\s+(?:[\w-]+\s+){1,4}?)?from\s+$",
    re.I,
)
# After such a base rate, words that date it otherwise: "a year earlier", "last year", "in".
_DATED_AFTER = re.compile(
    rf"\s*(?:{cues.A_YEAR_AGO}|(?:in|during|for|over)\s|last\s+year|(?:a|one|the)\s+month)",
    re.I,
)


# Before the base figure of a change: "from", "from the record high of", "from a revised".
_FROM_BASE_BEFORE = re.compile(
    r"\bfrom\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:of\s+)?)?"
    r"(?:US\$|\$|RMB\s?|€|£)?\s*$",
    re.I,
)
_LAST_MONTH_AFTER = re.compile(r"\s+(?:in\s+)?last\s+month\b", re.I)


# A rate compared with, then the same period a year before: "compared with 13.2% in the same
# period last year", "against 5.1 percent a year earlier". (The amounts of a year before in
# facts share the words, cues.COMPARED_WITH and cues.A_YEAR_AGO; a rate's comparison may
# name its change, "against a growth of 5.1%", an amount's its currency.)
_RATE_CHANGE = r"(?:growth|increase|rise|decline|drop|fall)"
_COMPARED_BEFORE = re.compile(
    rf"\b{cues.COMPARED_WITH}\s+(?:an?\s+)?(?:{_RATE_CHANGE}\s+of\s+)?$",
    re.I,
)
_A_YEAR_BEFORE_AFTER = re.compile(
    rf"\s+(?:{_RATE_CHANGE}\s+)?"
    r"(?:(?:in|during|over|for)\s+the\s+same\s+period\s+(?:of\s+)?"
    rf"(?:last\s+year|the\s+previous\s+year|{cues.A_YEAR_AGO})"
    rf"|{cues.A_YEAR_AGO})\b",
    re.I,
)


# A possessive month (or "last year's") right before a figure: "from October's US$23.83
# billion", "November's 5.9 per cent", "last year's $ 70.59 billion figure".
_OWN_MONTH_BEFORE = re.compile(
    r"(?:\b(January|February|March|April|May|June|July|August|September|October|November"
    r"|December)|\b[Ll]ast\s+year"
    # "a 27% expansion over 2022's $70.2bn": the amount of the year written before it
    r"|\b((?:19|20)\d\d))['’]s\s+(?:US\s?\$|\$|RMB\s?)?\s?$"
)


# A year, then a clause on it that states the figure: "for the whole of 2019, when it was
# around $110.75 billion", "in 2015, when trade stood at $6 billion".
_YEAR_WHEN_BEFORE = re.compile(
    r"\b((?:19|20)\d\d),\s+when\s+(?:it|trade|they|the\s+[a-z]+)\s+"
    r"(?:was|were|stood|reached|totaled|totalled|amounted|hit)\b[^,;.\d]{0,20}$"
)


# (right after a figure in a comparison aside)
# (or after the change's noun: "following a 14.8 percent drop the month earlier")
# (the month before in facts' words, cues.THE_PREVIOUS_MONTH: facts' _PREVIOUS_MONTH_AFTER,
# after a figure's unit, is built on them too)
_MONTH_EARLIER = re.compile(
    r"(?:\s+(?:drop|decline|decrease|fall|slump|slide|dip|contraction|rise|increase|gain"
    r"|growth|jump|surge|expansion))?"
    rf"(?:\s+(?:a|one|the)\s+month\s+(?:earlier|before|ago)|\s+(?:in\s+)?{cues.THE_PREVIOUS_MONTH})",
    re.I,
)


# Between 连续N个月 and the figure it dates: a measure word and a qualifier, no verb phrase
# ("连续5个月增速超过30%", "连续3个月同比增长超过两成", "连续4个月出口超千亿元").
# The runs of months or quarters.
_RUNS = frozenset({"zh_months_running", "zh_quarters_running"})
_RUN_THEN_FIGURE = re.compile(
    r"(?:进出口|出口|进口|外贸)?(?:额|值|规模)?"
    r"(?:增速|增幅|同比|环比|增长|均|保持|都|在|为|实现|呈){0,3}"
    r"(?:超过|超出|高于|低于|不低于|超|逾|达|达到|突破|破)?(?:了)?"
)


# An amount compared with, a year before the figure's period: "(the surplus reached $58
# billion,) up from $57.4 billion in the same period last year", "down from $3.1 billion a
# year earlier".
_FROM_BEFORE = re.compile(
    r"\b(?:up|down|rising|falling|rose|fell|increased|decreased)\s+from\s+"
    r"(?:US\s?\$|\$|€|£|¥|RMB\s?)?$"
)
_YEAR_BEFORE_AFTER = re.compile(
    r"\s*(?:(?:U\.?S\.?\s+)?dollars|yuan|euros?)?\s+(?:in\s+the\s+same\s+period\s+(?:of\s+)?"
    r"(?:last|the\s+previous)\s+year|a\s+year\s+(?:earlier|ago|before))\b",
    re.I,
)


def _period_of(
    s: Analysed, m: Mention, clause: tuple[int, int], state: Carried
) -> tuple[Period, ...]:
    found = _own_period_of(s, m, clause, state)
    if (
        m.kind == "money"
        and found
        and _YEAR_BEFORE_AFTER.match(s.text, m.end)
        and _FROM_BEFORE.search(s.text, max(0, m.start - 24), m.start)
    ):
        return tuple(q.shift(-12) for q in found)
    return found


def _own_period_of(
    s: Analysed, m: Mention, clause: tuple[int, int], state: Carried
) -> tuple[Period, ...]:
    periods = [
        p for p in s.periods if not p.kind.startswith("base_") and not _anothers(s.text, p, m)
    ]
    if s.text.isascii() and m.kind == "money" and " in " in s.text[m.end : m.end + 12]:
        # "up 2.3% from 140.7 billion yuan in May": the amount of the period compared with
        for p in s.periods:
            if (
                p.kind in ("base_month", "base_year")
                and p.periods
                and p.start > m.end
                and _IN_BETWEEN.fullmatch(s.text, m.end, p.start)
            ):
                # (a base month dated after the period in force is the one a year before)
                own = [q for r in s.periods if not r.kind.startswith("base_") for q in r.periods]
                latest = own[-1] if own else state.period[-1] if state.period else None
                if latest is not None and all(
                    q.end_year * 12 + q.end_month > latest.end_year * 12 + latest.end_month
                    for q in p.periods
                ):
                    return tuple(q.shift(-12) for q in p.periods)
                return p.periods
    if s.text.isascii() and s.text[m.start - 1 : m.start] in ("(", "$"):
        # "climbed 26.9% compared to the same period of 2022 ($43.4 billion)": an amount in
        # brackets right after a period is that period's own
        for p in s.periods:
            if not (
                p.periods and p.end < m.start and _BRACKET_AFTER.fullmatch(s.text, p.end, m.start)
            ):
                continue
            if p.kind != "base_year":
                return _periods_of(p, state, s)
            # ("the same period of 2022" compared with: the period in force, in that year)
            year = p.periods[0].end_year
            if state.period and all(q.start_year == q.end_year for q in state.period):
                return tuple(q.shift(12 * (year - q.end_year)) for q in state.period)
    if s.text.isascii():
        # "rose from 66 billion euro ($86.2 billion) in the first half of 2011 to 73 billion
        # euro ($95.3 billion) in the first half of 2012": a period written right after a
        # figure (and its bracketed conversion) is that figure's own, whichever is as near
        for p in periods:
            if p.periods and p.start >= m.end and _OWN_AFTER.fullmatch(s.text, m.end, p.start):
                return _periods_of(p, state, s)
    inside = [
        p
        for p in periods
        if clause[0] <= p.start
        and p.end <= clause[1]
        # ("连续5个月增速超过30%": a run of months dates the figure right after it only, not
        # one after a verb of its own: "连续12个月保持增长，出口增长…")
        and (p.kind not in _RUNS or _RUN_THEN_FIGURE.fullmatch(s.text, p.end, m.start))
    ]
    if len(inside) == 1 and inside[0].start >= m.end and _compared_between(s, m.end, inside[0]):
        inside = []  # "rose 168 percent after a 15 percent decrease in 2007"
    if inside:
        best = min(inside, key=lambda p: abs((p.start + p.end) / 2 - (m.start + m.end) / 2))
        # "连续10年超50%、连续5年超60%": a run of years right before a figure is its own
        runs = [
            p
            for p in inside
            if p.kind in ("zh_years_running", "running_unplaced") and 0 <= m.start - p.end <= 2
        ]
        best = runs[-1] if runs else best
        if best.kind == "zh_same_period" and not best.periods:
            # "今年1-7月…下降22.1%，同期全国…下降7.3%": the period the sentence named
            # (before any figure set the period in force)
            named = [p for p in periods if p.end <= best.start and p.periods]
            if named:
                return named[-1].periods
        found = _endpoint(s, best, m) or _periods_of(best, state, s)
        if not best.periods and best.kind == "same_period":
            # "grew 12 percent in the first half, above the national 3.9 percent in the same
            # period" in a lead, before any base: the period the sentence named before it;
            # and so after a base too ("In the first 11 months, exports dropped 2.2 percent,
            # while imports in that period were 9.4 trillion yuan": not the base's month)
            named = [
                p for p in periods if p.periods and p.end <= best.start and not _in_comparison(s, p)
            ]
            found = named[-1].periods if named else found
        return found
    # (a run of months, "连续5个月", dates only the figure of its own clause)
    periods = [p for p in periods if p.kind not in _RUNS]
    earlier = [p for p in periods if p.end <= m.start and not _in_comparison(s, p)]
    if earlier:
        found = _endpoint(s, earlier[-1], m) or _periods_of(earlier[-1], state, s)
        if not earlier[-1].periods and earlier[-1].kind == "same_period":
            # "exports fell 2.8% in May, as imports plunged 18.1% for the same period,
            # resulting in a surplus of ...": in a lead, the period the sentence named
            # (after a base too, as above)
            named = [p for p in earlier if p.periods]
            found = named[-1].periods if named else found
        return found
    # ("a surge of 48 percent, compared with 19.5 percent in the whole of 2007": the
    # period of the comparison is not the figure's)
    later = [p for p in periods if p.start >= m.end and not _in_comparison(s, p)]
    # ("a 35.6 per cent increase in sales to China, which ensured a 0.2 per cent
    # year-to-date growth ..., reversing the 1.8 per cent drop seen in the Jan-Oct period":
    # a period after another figure of a later clause is that figure's own; once one later
    # period is dropped so are all after it, so the first decides)
    if later and _another_clause_own(s, later[0], m):
        later = []
    if later:
        return _periods_of(later[0], state, s)
    return state.period


# Between an amount and the period compared with right after it ("140.7 billion yuan in May").
_IN_BETWEEN = re.compile(
    r"(?:\s*(?:yuan|dollars|U\.?S\.?\s+dollars|euros?))?\s+(?:in\s+(?:the\s+)?)?"
)


# Between a period and the amount in brackets right after it: "the same period of 2022 ($43.4
# billion)".
_BRACKET_AFTER = re.compile(r"\s*\(\s*(?:about\s+|nearly\s+)?(?:US\s?|U\.S\.\s?)?\$?\s*")


# Between a figure and the period that is its own: its unit's tail, a bracketed conversion,
# the noun of its change, "in" / "during" ("73 billion euro ($95.3 billion) in the first
# half of 2012", "following a 0.9% drop in October and a 3.2% contraction in September").
_OWN_AFTER = re.compile(
    r"\)?\s*(?:\([^()]{0,40}\)\s*)?"
    r"(?:(?:drop|decline|decrease|fall|slump|slide|dip|contraction|rise|increase|gain|growth"
    r"|jump|surge|expansion)\s+)?(?:in|during|for|over)?\s*(?:the\s+)?",
    re.I,
)


# A period written right before a figure is that figure's own: "仅次于今年1月份的895.9亿元"
# (a value compared with), "由2013年的753.3亿元增长到…" (not the period of the others).
# (and "低于7月的升7.2%": July's own change)
_OWN_FIGURE = re.compile(r"的?\s*\d|的(?:升|降|增长|下降|上升|下跌|增|减|跌|涨)\d")


# ... and after 由 / 从, with the change it had: "二季度进出口同比由一季度下降11.6%转为增长
# 9.9%" (the first period's change; the figure after 转为 is the sentence's period's).
_FROM_OWN_CHANGE = re.compile(
    r"的?(?:同比|环比)?(?:增长|下降|减少|增加|下滑|回落|上升|提高|增|降)了?\s*\d"
)


def _anothers(text: str, p: PeriodMention, m: Mention) -> bool:
    """Whether ``p`` is the own period of a figure other than ``m``."""
    own = _OWN_FIGURE.match(text, p.end)
    if own is None and p.start > 0 and text[p.start - 1] in "由从":
        own = _FROM_OWN_CHANGE.match(text, p.end)
    return own is not None and not (m.start <= own.end() - 1 < m.end)


def _another_clause_own(s: Analysed, p: PeriodMention, m: Mention) -> bool:
    """Whether the later ``p`` is the own period of a figure after ``m``, not ``m``'s.

    So when another figure stands between them and a cue of a comparison or a relative
    clause (cues.LATER_FIGURE_OWN) follows ``m`` before ``p``; a parallel clause ("rose 7.6
    percent, while imports grew 1.8 percent in May") leaves ``p`` both figures'. (The cues
    are found once per sentence; the figure after ``m`` by bisection.)
    """
    after = bisect.bisect_left(s.mentions, m.end, key=lambda n: n.start)
    if after >= len(s.mentions) or s.mentions[after].end > p.start:
        return False
    nxt = s.mentions[after].start
    found = find_all(cues.LATER_FIGURE_OWN, s)
    # the cue is the next figure's: right before it ("compared with 19.5 percent", "reversing
    # the 1.8 percent") or after its start ("1.8 percent decline seen in"); a cue that states
    # ``m``'s own base ("rose 7.6 percent against a year ago, and imports grew") is not
    first = bisect.bisect_left(found, max(m.end, nxt - _CUE_REACH), key=lambda c: c.start())
    for cue in found[first : first + 2]:
        if cue.end() > p.start:
            return False
        if cue.start() >= nxt or "," not in s.text[cue.end() : nxt]:
            return True
    return False


#: How far before the next figure a cue of its own may start ("compared with the ").
_CUE_REACH = 24


def _compared_between(s: Analysed, start: int, p: PeriodMention) -> bool:
    """Whether a comparison word ("after a", "compared with") stands between start and p."""
    return cues.COMPARISON_ASIDE.search(s.text, start, p.start) is not None


def _in_comparison(s: Analysed, p: PeriodMention) -> bool:
    """Whether the period is in a comparison aside of its clause ("vs. 19.1 percent in May")."""
    if not any(map(s.text.__contains__, cues.COMPARISON_WORDS)):
        return False
    start = clause_of(s, p.start)[0]
    return cues.COMPARISON_ASIDE.search(s.text, start, p.start) is not None


# "From 2000 to 2023, trade expanded from less than 100 billion yuan to 1.98 trillion
# yuan": under a span of years, the figure after "from" is the first year's, after "to" the
# last year's (the word nearest before the figure decides)
_FROM_OR_TO = re.compile(r"\b(?:from|to)\b", re.I)


def _endpoint(s: Analysed, p: PeriodMention, m: Mention) -> tuple[Period, ...] | None:
    """The year of a span of years a figure written as "from x" / "to y" is for, if so."""
    if p.kind != "year_to_year" or len(p.periods) != 1 or p.end > m.start:
        return None
    words = list(_FROM_OR_TO.finditer(s.text, p.end, m.start))
    if not words:
        return None
    span = p.periods[0]
    first = words[-1].group(0).lower() == "from"
    return (Period.year(span.start_year if first else span.end_year),)


def _periods_of(p: PeriodMention, state: Carried, s: Analysed) -> tuple[Period, ...]:
    """The periods a mention gives a figure; "the same period" / 同期 is the base.

    But 同期 after a "；" goes on in the period of the figures before it ("2009年12月，…。
    其中，出口…；同期，进口…" is December's). "For the month" is the month named last,
    in this sentence before it ("imports grew 14.4 percent in March, leaving a deficit
    of ... for the month") or before.
    """
    if p.kind == "running_unplaced":
        return ()  # 连续10年 with no end year: no period, not the one in force
    if p.kind in _RUNS:
        # (up to the period in force, or to the one the sentence named before the run:
        # "上半年…增长37.6%，连续8个季度实现两位数增长")
        named = [
            q.periods
            for q in s.periods
            if q.end <= p.start and q.periods and not q.kind.startswith("base")
        ]
        now = named[-1] if named else state.period or state.base
        if p.kind == "zh_months_running":
            return months_running(p.count, now)
        return quarters_running(p.count, now)
    if p.kind == LAST_MONTH_UNDATED:
        return last_month_of_base(state.base)
    if p.kind == YEAR_TO_DATE:
        # January to the end of the period in force; none in force, none
        if not state.period:
            return ()
        end = state.period[-1]
        return (Period.months_range(end.end_year, 1, end.end_year, end.end_month),)
    if p.kind in (THE_MONTH, MONTH_BEFORE, PREVIOUS_MONTH):
        # "in the month": the month named last, or in force; 前一个月 and "in the previous
        # month": the one before it (of one single month only: else not guessed)
        named = [
            q.periods
            for q in s.periods
            if q.end <= p.start
            and len(q.periods) == 1
            and q.periods[0].n_months == 1
            and not q.kind.startswith("base_")
        ]
        month = named[-1] if named else state.month
        if p.kind == THE_MONTH:
            return month
        if len(month) == 1 and month[0].n_months == 1:
            return (month[0].shift(-1),)
        # ("the previous month" with no month named or in force: before publication)
        return p.periods if p.kind == PREVIOUS_MONTH and not month else ()
    if not p.periods and p.kind == "zh_same_period" and state.cut and state.period:
        return state.period
    return p.periods or state.base or state.period


def months_running(count: int, now: Sequence[Period]) -> tuple[Period, ...]:
    """The months of "连续5个月增速超过30%": the ``count`` months that end the period in force.

    A half-year text's run of five months is February to June. With no single period in
    force, or a run longer than two years, none: the figure is skipped, not guessed.
    """
    if len(now) != 1 or not 1 < count <= 24:
        return ()
    last = now[0].last
    return tuple(Period(i, i) for i in range(last - count + 1, last + 1))


def quarters_running(count: int, now: Sequence[Period]) -> tuple[Period, ...]:
    """The quarters of "连续3个季度增速超过20%": the ``count`` quarters up to the period's end.

    The period in force must end with a quarter: a half-year text's eight quarters are the
    two years to June. None otherwise: the figure is skipped, not guessed.
    """
    if len(now) != 1 or not 1 < count <= 12 or now[0].end_month % 3 != 0:
        return ()
    last = now[0].last
    return tuple(Period(last - 3 * k - 2, last - 3 * k) for k in reversed(range(count)))


def last_month_of_base(base: tuple[Period, ...]) -> tuple[Period, ...]:
    """The month "last month" means in a text with no date: the last of its cumulative period.

    A text reporting January to September is published after September and before the
    next month's figures: "Chinese exports last month" are September's. With no such
    period (a single month, a whole year, several) the month is unknown: none.
    """
    if len(base) != 1 or not base[0].is_year_to_date or not 1 < base[0].n_months < 12:
        return ()
    return (Period.month(base[0].end_year, base[0].end_month),)


def other_month(s: Analysed, periods: tuple[Period, ...]) -> bool:
    """Whether month-on-month growth names a base month that is not the month before.

    "In June, ... up 6.2 percent from that in May" is month on month; the same
    words with "from that in February" compare with another month (no schema measure).
    """
    named = [p.periods[0] for p in s.periods if p.kind == "base_month"]
    return any(
        not (base.n_months == 1 and (base.shift(1) == period or _december_before(base, period)))
        for base in named
        for period in periods
    )


def _december_before(base: Period, period: Period) -> bool:
    """Whether ``base`` is the December before the January ``period``, dated a year late.

    "January's exports fell 35% from December": a base month written without its year is
    dated in the figure's year.
    """
    return base.end_month == 12 and base.shift(-11) == period


def other_base(
    s: Analysed,
    periods: tuple[Period, ...],
    m: Mention | None = None,
    clause: tuple[int, int] = (0, 0),
) -> bool:
    """Whether the sentence compares with a named year other than the year before.

    "与2019年同期相比" in a 2021 article is a two-year comparison, not a year-on-year
    growth; "from the same period of 2022" for a 2023 figure is one. Given the figure
    ``m`` and its clause, only a base named before it or in its clause counts: in
    "比去年同期增长39.3%，较2019年同期增长42.4%" the first is year on year.
    """
    named = {
        p.periods[0].start_year
        for p in s.periods
        if p.kind == "base_year"
        and (m is None or p.start < m.start or clause[0] <= p.start < clause[1])
    }
    return any(year != period.start_year - 1 for year in named for period in periods)


def nearest(
    names: Sequence[Match], m: Mention, clause: tuple[int, int], part: tuple[int, int]
) -> str | None:
    """The name of :func:`nearest_match`, if any."""
    near = nearest_match(names, m, clause, part)
    return near.name if near else None


def nearest_match(
    names: Sequence[Match], m: Mention, clause: tuple[int, int], part: tuple[int, int]
) -> Match | None:
    """The last name before the figure in its part, else the first after it in its clause."""
    before = [n for n in names if part[0] <= n.start and n.end <= m.start]
    if before:
        return before[-1]
    after = [n for n in names if m.end <= n.start and n.end <= clause[1]]
    return after[0] if after else None


# What may stand in a bracket before the amount it converts: "(about 51.9 billion USD)",
# "(about $351 million)", "(or US$1.2 billion)" (a currency sign is not in the amount's span).
_CONVERSION_BEFORE = re.compile(
    r"\s*(?:(?:about|approximately|around|roughly|nearly|or)\s*)?"
    r"(?:(?:US|U\.S\.|HK|A|NZ|S|C|R)?\s?\$|USD|RMB|€|£|¥)?\s*",
    re.I,
)


def across_conversion(s: Analysed, m: Mention, clause: tuple[int, int]) -> tuple[int, int]:
    """The clause of ``m`` running on past a bracket that only converts an amount.

    "imported 339.3 billion CNY (51.9 billion USD) worth of products from ASEAN": the
    words after the bracket go on with the amount before it, and with the amount inside.
    """
    text, (c0, c1) = s.text, clause
    if c0 > 0 and text[c0 - 1] in "(（" and c1 < len(text) and text[c1] in ")）":
        if not _converts(s, c0, c1):
            return clause
        before, after = clause_of(s, c0 - 1), clause_of(s, c1 + 1)
        return (before[0], after[1])  # the amount inside: the clause around the bracket
    if c1 < len(text) and text[c1] in "(（":
        inner = clause_of(s, c1 + 1)
        if inner[1] < len(text) and text[inner[1]] in ")）" and _converts(s, *inner):
            return (c0, clause_of(s, inner[1] + 1)[1])
    return clause


def _converts(s: Analysed, start: int, end: int) -> bool:
    """Whether text[start:end] is one amount of money alone (a bracket's conversion)."""
    i = bisect.bisect_left(s.mentions, start, key=lambda n: n.start)  # (sorted by start)
    n = s.mentions[i] if i < len(s.mentions) else None
    return (
        n is not None
        and n.kind == "money"
        and n.end <= end
        and _CONVERSION_BEFORE.fullmatch(s.text, start, n.start) is not None
        and not s.text[n.end : end].strip()
    )


def unknown_product(s: Analysed, m: Mention, part: tuple[int, int]) -> str | None:
    """An untranslated Chinese product word before the figure's flow word, if any."""
    earlier = [f for f in s.flows if f[1] <= m.start and f[0] >= part[0]]
    if not earlier or s.text[earlier[-1][0] : earlier[-1][1]] not in ("进出口", "出口", "进口"):
        return None
    if any(n.start <= earlier[-1][0] and earlier[-1][1] <= n.end for n in s.names):
        return None  # the flow word inside a known name: 对外承包出口
    flow_end = earlier[-1][1]
    if not any(flow_end <= n.start < m.start for n in s.names):
        # "进口猪肉增加919.4%": an unknown product after the flow word
        after = meaning.unknown_chinese_product_after(s.text, flow_end, m.start)
        if after:
            return after
    return meaning.unknown_chinese_product(s.text, earlier[-1][0], s.names)


def unknown_category(s: Analysed, m: Mention, part: tuple[int, int]) -> str | None:
    """An unknown category the products before the figure are examples of, if any.

    "笔记本电脑、平板电脑等“宅经济”商品合计1384.8亿元": the figure is the category's, so
    the items are not its segment; a known category (等机电产品) is a segment name of
    its own and is not returned.
    """
    if "等" not in s.text[part[0] : m.start]:
        return None
    every = list(cues.ZH_EXAMPLES_CATEGORY.finditer(s.text, part[0], m.start))
    if not every:
        return None
    found = every[-1]  # the last one before the figure
    if "其中" in s.text[found.end() : m.start] and any(
        n.kind == "segment" and found.end() <= n.start < m.start for n in s.names
    ):
        # "进口以原油、铁矿砂等原料型商品为主，其中原油进口182.7亿元": the item named after
        # 其中 is the figure's own, not the class before
        return None
    # (a name over the category: "A、B、C等“新三样”产品", the items naming the nickname)
    known = any(
        n.kind == "segment" and n.start < found.end(1) and found.start(1) < n.end for n in s.names
    )
    return None if known else found.group(1).replace("“", "").replace("”", "").replace('"', "")


def respectively(
    s: Analysed,
    measured: list[tuple[Mention, tuple[str | None, int, str | None, str]]],
    names: list[Match],
    previous: Sequence[Match] = (),
) -> dict[Mention, str]:
    """Pair "A, B and C ... x, y and z, respectively" in each part of the sentence.

    Each run of figures written as one list ("x, y and z") pairs with the run of names
    written as one list that ends last before it, when both are as long: "grew 1
    percent, and that with A and B went up 7.5 percent and 3.9 percent respectively"
    pairs A and B only. With ``previous`` (the names of the sentence before, used when
    this sentence names nothing), the distinct names of that sentence are the list:
    "The top partners were A, B and C. Trade reached x, y and z, respectively."
    """
    pairs: dict[Mention, str] = {}
    starts: list[int] | None = None  # (figure and name starts, for the parts' own)
    name_starts: list[int] = []
    by_start: list[Match] = []
    for p0, p1 in s.parts:
        if "respectively" not in s.text[p0:p1].lower() and "分别" not in s.text[p0:p1]:
            if not previous and len(names) > 1:
                # (only the figures and names of this part: no rescan of the sentence per part)
                if starts is None:
                    starts = [m.start for m, _ in measured]  # (in order of the text)
                    by_start = sorted(names, key=lambda n: n.start)
                    name_starts = [n.start for n in by_start]
                own = measured[bisect.bisect_left(starts, p0) : bisect.bisect_left(starts, p1)]
                a, b = bisect.bisect_left(name_starts, p0), bisect.bisect_left(name_starts, p1)
                pairs.update(_unsaid_respectively(s, own, by_start[a:b], (p0, p1)))
            continue
        for run in figure_runs(s, measured, p0, p1):
            if previous:
                ordered = sorted(previous, key=lambda n: n.start)
                listed = list(dict.fromkeys(n.name for n in ordered))
            else:
                listed = last_name_run(s.text, names, p0, run[0].start)
                if len(listed) != len(run):  # "x and y, respectively, in trade with A and B"
                    listed = next_name_run(s.text, names, run[-1].end, p1)
                if len(listed) != len(run):  # "对A、B和C等沿线国家…分别增长x、y和z"
                    listed = examples_run(s.text, names, p0, run[0].start)
                if len(listed) != len(run):  # "A、B、C三市位居…前三，分别进出口x、y、z"
                    listed = counted_run(s.text, names, p0, run[0].start, len(run))
                if len(listed) != len(run) and s.text.isascii():
                    # "A is China's second largest partner and B, the third, with trade
                    # reaching x and y respectively": the names of the part before the
                    # figures, in order, when there are as many (partners only: a product
                    # list is written as one run)
                    before = [n for n in names if p0 <= n.start < run[0].start]
                    if all(n.kind in ("country", "partner") for n in before):
                        listed = list(dict.fromkeys(n.name for n in before))
                if len(listed) != len(run) and s.text.isascii():
                    # "imported 2.48 billion yuan worth of manganese ore and 2.27 billion
                    # yuan worth of gold, up x and y, respectively": the products written
                    # after each amount of a list before
                    listed = _products_of_amounts(s, names, p0, run[0].start)
                if len(listed) != len(run) and s.text.isascii():
                    # "the exports of private firms soared to x and the exports of
                    # state-owned firms climbed to y, respectively increasing a and b": the
                    # product or enterprise written last before each amount of a list before
                    listed = _owners_of_amounts(s, names, p0, run[0].start)
            if len(listed) == len(run):
                pairs.update(zip(run, listed, strict=True))
        if not previous and "倍" in s.text[p0:p1]:
            pairs.update(_with_multiples(s, measured, names, (p0, p1), pairs.keys()))
    return pairs


# Between an amount and the product it is of: "2.48 billion yuan worth of manganese ore"
_AMOUNT_OF = re.compile(r"\s+(?:worth\s+of|in)\s+")


def _products_of_amounts(s: Analysed, names: list[Match], start: int, end: int) -> list[str]:
    """The products each written right after an amount between start and end, in order.

    Only when every segment there is such a product (two at least), so that the list is
    the products' and nothing else's.
    """
    segments = [n for n in names if n.kind == "segment" and start <= n.start and n.end <= end]
    amount_ends = {m.end for m in s.mentions if m.kind == "money" and start <= m.start < end}
    owned = [
        n
        for n in segments
        if any(
            e <= n.start and _AMOUNT_OF.fullmatch(s.text, e, n.start)
            for e in amount_ends
            if n.start - e <= 12
        )
    ]
    if len(owned) < 2 or len(owned) != len(segments):
        return []
    return list(dict.fromkeys(n.name for n in owned))


def _owners_of_amounts(s: Analysed, names: list[Match], start: int, end: int) -> list[str]:
    """The segments each written last before one amount between start and end, in order.

    Every amount there must have a segment of its own after the amount before it (two
    amounts at least, each segment another), so that each figure of the list after them
    is the change of one amount's segment.
    """
    amounts = [m for m in s.mentions if m.kind == "money" and start <= m.start < end]
    segments = [n for n in names if n.kind == "segment" and start <= n.start and n.end <= end]
    if len(amounts) < 2:
        return []
    owned: list[str] = []
    after = start
    for amount in amounts:
        own = [n for n in segments if after <= n.start and n.end <= amount.start]
        if not own or own[-1].name in owned:
            return []
        owned.append(own[-1].name)
        after = amount.end
    return owned


# Between a list of names and the list of figures that pairs with it when 分别 is not
# written: a few words of flow, partner or measure, no clause break, no other figure.
_UNSAID_GAP = re.compile(r"[^，,；;。\d%]{0,24}")
_COMMA_GAP = re.compile(r"[，,；;]")


def _unsaid_respectively(
    s: Analysed,
    measured: list[tuple[Mention, Meaning]],
    names: list[Match],
    part: tuple[int, int],
) -> dict[Mention, str]:
    """Pair a list of names with the list of figures right after it, "respectively" unsaid.

    "新能源汽车、锂电池、光伏产品对非出口同比增长291%、109%、57%": Chinese copy often drops
    分别 where the lists are as long, each figure the item's own; only figures joined by 、
    or 和 (no comma) right after the names (a few words between) are paired. English copy
    drops "respectively" after a verb of change alone: "were with Australia and Hong Kong,
    up 93.7% and 78.2%". A list of another length pairs with nothing and its figures stay
    as read.
    """
    p0, p1 = part
    english = s.text.isascii()
    gap = _UNSAID_GAP_EN if english else _UNSAID_GAP
    pairs: dict[Mention, str] = {}
    for run in figure_runs(s, measured, p0, p1):
        if not english and any(_COMMA_GAP.search(s.text, a.end, b.start) for a, b in pairwise(run)):
            continue  # "增长5%，10%…": figures of two clauses
        before = [n for n in names if p0 <= n.start and n.end <= run[0].start]
        if not before:
            continue
        last = max(before, key=lambda n: n.end)
        if gap.fullmatch(s.text, last.end, run[0].start) is None:
            continue
        listed = last_name_run(s.text, names, p0, run[0].start)
        if len(listed) == len(run):
            pairs.update(zip(run, listed, strict=True))
    return pairs


# Between an English list of names and the list of figures that are theirs, "respectively"
# unsaid: "were with Australia and Hong Kong, up 93.7% and 78.2%", "exports to Peru and Chile
# rose 12% and 9%".
_UNSAID_GAP_EN = re.compile(
    r",?\s+(?:(?:were|was|have|has)\s+)?(?:up|down|rising|falling|growing|increasing|decreasing"
    r"|declining|dropping|rose|fell|grew|increased|decreased|declined|dropped|jumped|surged)"
    r"\s+(?:by\s+)?(?:about\s+)?",
    re.I,
)


def _with_multiples(
    s: Analysed,
    measured: list[tuple[Mention, Meaning]],
    names: list[Match],
    part: tuple[int, int],
    paired: AbstractSet[Mention],
) -> dict[Mention, str]:
    """Pair by position a list whose items include multiples, which are not read.

    "水果、肉类、药品分别增长2.1倍、44.5%、3.7倍": growth of N倍 is not a fact the schema
    takes, but it is an item of the list, so 44.5% is the second name's (meat's).
    """
    p0, p1 = part
    figures = [m for m, read in measured if p0 <= m.start < p1 and read[0] and m not in paired]
    items: list[tuple[int, int, Mention | None]] = [(m.start, m.end, m) for m in figures]
    items += [(x.start(), x.end(), None) for x in _MULTIPLE.finditer(s.text, p0, p1)]
    items.sort(key=lambda item: item[0])
    pairs: dict[Mention, str] = {}
    run: list[tuple[int, int, Mention | None]] = []
    for item in [*items, (p1 + 1, p1 + 1, None)]:
        if run and FIGURE_LIST_GAP.fullmatch(s.text, run[-1][1], item[0]) is not None:
            run.append(item)
            continue
        if len(run) > 1 and any(m is None for _, _, m in run):
            listed = last_name_run(s.text, names, p0, run[0][0])
            if len(listed) != len(run):  # "A、B和C等新能源产品分别增长3.8倍、1.4倍和66.2%"
                listed = examples_run(s.text, names, p0, run[0][0])
            if len(listed) == len(run):
                pairs.update(
                    (m, name) for (_, _, m), name in zip(run, listed, strict=True) if m is not None
                )
        run = [item]
    return pairs


def unpaired(
    s: Analysed, measured: list[tuple[Mention, Meaning]], paired: AbstractSet[Mention]
) -> set[Mention]:
    """Figures of a respectively / 分别 list that nothing pairs with.

    "新能源车和农产品…分别增长76.7%、10.4%" with one name known: giving both figures the
    one name would state a wrong fact, so they are skipped.
    """
    unpaired: set[Mention] = set()
    for p0, p1 in s.parts:
        if "respectively" not in s.text[p0:p1].lower() and "分别" not in s.text[p0:p1]:
            continue
        for run in figure_runs(s, measured, p0, p1):
            benchmarks = {read[2] for m, read in measured if m in run}
            if len(benchmarks) == len(run):
                continue  # paired with a list of benchmarks
            if not any(m in paired for m in run):
                unpaired.update(run)
    return unpaired
