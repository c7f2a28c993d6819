"""Written lists: runs of figures, names and flow words, and how "respectively" pairs them.

"A, B and C ... x, y and z, respectively", "进出口、出口和进口分别…", "in the first three
quarters ... x, y and z respectively": a list of figures pairs with the list of names,
flows or period parts written before it, item by item, when both are as long. All scans
are bounded: lists are short.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from tradestat import places
from tradestat.extraction import cues, meaning
from tradestat.extraction.analysis import NAME_LIST_GAP, Analysed, clause_of
from tradestat.extraction.dates import PERIOD_LIST_GAP, PeriodMention
from tradestat.extraction.gazetteer import Match
from tradestat.extraction.numbers import Mention, chinese_numeral
from tradestat.periods import Period

__all__ = [
    "FIGURE_LIST_GAP",
    "Meaning",
    "QUANTITY_GROWTH",
    "figure_runs",
    "flow_lists",
    "examples_run",
    "last_name_run",
    "name_run",
    "list_measures",
    "listed_cities",
    "next_name_run",
    "listed_economies",
    "period_parts",
    "period_run",
    "position",
    "written_list",
]

#: Why the growth of a tonnage or a number of things is no fact (see measures).
QUANTITY_GROWTH = "growth of a physical quantity, not of a trade value"

#: What the extractor read a figure as: (measure, sign, benchmark, reason when no measure).
Meaning = tuple[str | None, int, str | None, str]

# Between two figures of one list, or two flow words of one list: "5.3, 1.2 and 10.6",
# "进出口、出口和进口", "foreign trade, exports and imports"; nothing at all between 外贸 and
# 进出口.
# (a Chinese flow may carry its direction: "出口增长、进口下降，分别超1401亿元、688亿元")
_LIST_GAP = re.compile(
    r"\s*(?:增长|下降|增加|减少)?(?:[,，、]\s*(?:and\s+|or\s+)?|\s(?:and|or)\s|[和及与])?\s*"
)
# (a Chinese list may restate the direction of each item: "分别增长5.2%、下降2.3%"; an
# English one the currency of each: "RMB 6.8 billion, RMB 7.4 billion and RMB 8 billion")
# ("12%、90.8%、和27.6%": a list mark before 和 too)
FIGURE_LIST_GAP = re.compile(
    r"\s*(?:[,，、]\s*(?:and\s+|or\s+|[和及与])?|\s(?:and|or)\s|[和及与])\s*(?:增长|下降|增加|减少)?"
    # (an English one too: "up 0.2 percent, down 13.1 percent, and down 9.5 percent")
    r"(?:(?:up|down)\s+)?"
    # (a Chinese qualifier before the next figure: "分别加快至29%及近28%", "1.2亿和约0.9亿")
    r"(?:近|约|逾|超|超过|接近|将近|不到)?"
    r"(?:(?:RMB|US\$|USD|CNY|HK\$|\$|¥|€|£)\s*)?"
)


def flow_lists(
    s: Analysed,
    measured: list[tuple[Mention, Meaning]],
    taken: AbstractSet[Mention],
    previous: Sequence[str] = (),
) -> dict[Mention, str]:
    """Pair a list of flows with a list of figures of one measure.

    "exports and imports climbed 9.6 percent and 10.8 percent, respectively",
    "外贸进出口、出口和进口…分别完成a、b、c", "foreign trade, exports and imports were 5.3, 1.2
    and 10.6 percentage points higher". The figures must be one list (only list separators
    between them) or the part must say "respectively" / 分别; the flows are the run of flow
    words just before the figures, "exports and imports" counting as two. When the part has
    no such run but says "respectively", the distinct flows of the sentence before the
    figures are used ("exports rose ..., while imports ..., 35.9 and 13.8 points higher
    respectively"), and when it names no flow at all, those of the sentence before.
    """
    pairs: dict[Mention, str] = {}
    for p0, p1 in s.parts:
        chunk = s.text[p0:p1].lower()
        respectively = (
            "respectively" in chunk
            or "分别" in chunk
            or ("each" in chunk and _EACH_CHANGING.search(chunk) is not None)
        )
        groups: dict[str, list[Mention]] = {}
        for m, read in measured:
            if (
                p0 <= m.start < p1
                and m not in taken
                and read[0]
                and read[0] not in ("gdp", "gdp_growth_target")
            ):
                groups.setdefault(read[0], []).append(m)
        at = chunk.rfind("分别")
        for group in groups.values():
            after = [m for m in group if m.start > p0 + at] if at >= 0 else group
            if 2 <= len(after) < len(group):
                # "对日贸易增长30%，其中出口、进口分别增长35%和20%": the list is what
                # follows 分别, not a figure of the whole before it
                group = after
            if len(group) < 2:
                continue
            one_list = all(
                FIGURE_LIST_GAP.fullmatch(s.text, a.end, b.start) is not None
                for a, b in itertools.pairwise(group)
            )
            if respectively and not one_list and at < 0:
                # "foreign trade fell 13.5 percent, with exports and imports dropping by 14.6
                # percent and 12.3 percent, respectively": the list is the run of figures
                # written last, right before "respectively", not the whole's figure before it
                tail = _last_run(s.text, group)
                if 2 <= len(tail) < len(group) and p0 + chunk.rfind("respectively") >= tail[-1].end:
                    group, one_list = tail, True
            if not (respectively or one_list):
                continue
            run = _last_run(s.text, group) if respectively and not one_list else group
            if len(run) > 1 and "respectively" in chunk[run[-1].end - p0 :]:
                # "trade reached x, up 5 percent, and the import value and export value
                # reached y and z, respectively": the list is the run of figures written
                # last before the word, not a figure of the whole before it
                group = run
            flows = _flow_run(s, p0, group[0].start)
            if respectively and len(group) == 2 and flows == ["total"]:
                # "the value of export and import increase 26.8 percent and 20.9 percent
                # respectively", "import value and export value reached x and y
                # respectively": the two flows the compound names, in order
                flows = _both_flows(s, p0, group[0].start) or flows
            if len(flows) == 1 and len(group) > 1 and _own_flow_word(s, group[0].start):
                # "出口85.6亿元，增长21.4%，外贸增幅分别领先全省、全国a、b个百分点": the
                # clause names the one flow of its list; 分别 pairs other names
                continue
            if len(flows) != len(group) and not respectively:
                # "US$33 billion worth of exports and US$26.9 billion of imports, up 23
                # percent and 26 percent": one flow for each amount of the part before the
                # list of changes (no other flow there), in order
                flows = _flows_of_amounts(s, p0, group[0].start, len(group)) or flows
            if len(flows) != len(group) and respectively:
                earlier = [f for _, end, f in s.flows if end <= group[0].start]
                flows = list(dict.fromkeys(f for f in earlier if f != "deficit"))
                if flows[:1] == ["total"] and len(flows) == len(group) + 1:
                    # "进出口110亿元，其中进口60亿元、出口50亿元，分别增长a、b", "trade was x,
                    # including exports of y and imports of z, up a and b respectively": the
                    # breakdown after the total, each flow with its value
                    flows = flows[1:]
                if not flows:
                    # "Exports rose 5 percent, while imports fell 2 percent. The two growth
                    # rates were 3 and 4 points higher ..., respectively": the flows just named
                    flows = list(previous)
            if (
                respectively
                and set(flows) == {"imports", "exports"}
                and _TRADE_COMPOUND.search(chunk)
                and len(period_run(s.text, [p for p in s.periods if p0 <= p.start < p1]))
                == len(group)
            ):
                # "imports and exports broke records in 2004 and 2007, surpassing 1 trillion
                # yuan and 2 trillion yuan, respectively": the total's, one for each year
                continue
            if len(flows) == len(group) and len(set(flows)) == len(flows):
                pairs.update(zip(group, flows, strict=True))
    return pairs


# "each" before a verb of change says "respectively" of the list that follows: "imports and
# exports hit a new high, with each increasing 65.2 percent to x and 51.3 percent to y" (a
# list of one figure per measure is "each rose 5 percent": nothing to pair). Lower case.
_EACH_CHANGING = re.compile(
    r"\beach\s+(?:increasing|rising|growing|climbing|gaining|jumping|surging|expanding"
    r"|decreasing|declining|falling|dropping|sliding|shrinking|up|down)\b"
)


# "imports and exports" as the name of the whole trade (lower case: a chunk's text).
_TRADE_COMPOUND = re.compile(r"\b(?:imports\s+and\s+exports|exports\s+and\s+imports)\b")


def _last_run(text: str, group: list[Mention]) -> list[Mention]:
    """The figures of ``group`` written as one list at its end ("x, y and z")."""
    run = group[-1:]
    for m in reversed(group[:-1]):
        if FIGURE_LIST_GAP.fullmatch(text, m.end, run[0].start) is None:
            break
        run.insert(0, m)
    return run


def period_parts(
    s: Analysed, measured: list[tuple[Mention, Meaning]], taken: AbstractSet[Mention]
) -> dict[Mention, tuple[Period, ...]]:
    """Pair "in the first three quarters ... x, y and z respectively" with each quarter.

    Only a list of figures that pairs with nothing else, after a period expression that
    names as many parts as the list has figures (see :func:`meaning.each_part`).
    """
    pairs: dict[Mention, tuple[Period, ...]] = {}
    for p0, p1 in s.parts:
        if "respectively" not in s.text[p0:p1].lower() and "分别" not in s.text[p0:p1]:
            continue
        for run in figure_runs(s, measured, p0, p1):
            if any(m in taken for m in run):
                continue
            after = _periods_after(s, run, p1)
            if after:
                # "following 1.3-percent and 4.5-percent increases in the first and second
                # quarters, respectively": the list of periods written after the figures
                pairs.update((m, p.periods) for m, p in zip(run, after, strict=True))
                continue
            before = [p for p in s.periods if p0 <= p.start and p.end <= run[0].start]
            # (a second list in the part after: "…分别为a、b、c和d，分别同比增长w、x、y和z")
            before = before or [p for p in s.periods if p.end <= run[0].start]
            if not before or len(before[-1].periods) != 1:
                continue
            parts = meaning.each_part(before[-1].kind, before[-1].periods[0], len(run))
            if parts is None:
                # "11月、12月进出口额…分别达到25.9亿美元和34.7亿美元": a list of periods
                listed = period_run(s.text, before)
                parts = tuple(p.periods[0] for p in listed) if len(listed) == len(run) else None
            if parts is not None:
                pairs.update((m, (part,)) for m, part in zip(run, parts, strict=True))
    return pairs


# Between a list of figures and a list of periods after it: a few words, no figure or
# clause break ("increases in the ", ", respectively, in ")
_FIGURES_THEN_PERIODS = re.compile(r"[^\d;:.。；]{0,40}")


def _periods_after(s: Analysed, run: list[Mention], end: int) -> list[PeriodMention]:
    """The written list of single periods right after ``run``, as long as it, if any."""
    later = [p for p in s.periods if run[-1].end <= p.start and p.end <= end]
    if not later or _FIGURES_THEN_PERIODS.fullmatch(s.text, run[-1].end, later[0].start) is None:
        return []
    listed: list[PeriodMention] = []
    for p in later:
        if len(p.periods) != 1 or p.kind.startswith("base_"):
            break
        if listed and PERIOD_LIST_GAP.fullmatch(s.text, listed[-1].end, p.start) is None:
            break
        listed.append(p)
    return listed if len(listed) == len(run) > 1 else []


def period_run(text: str, periods: list[PeriodMention]) -> list[PeriodMention]:
    """The run of single periods written as one list that ends with the last of ``periods``."""
    run: list[PeriodMention] = []
    for p in reversed(periods):
        if len(p.periods) != 1 or p.kind.startswith("base_"):
            break
        if run and PERIOD_LIST_GAP.fullmatch(text, p.end, run[0].start) is None:
            break
        run.insert(0, p)
    return run if len(run) > 1 else []


def position(s: Analysed, m: Mention) -> int:
    """The index of ``m`` among the sentence's figures (a table built once per sentence)."""
    if s.positions is None:
        s.positions = {id(n): i for i, n in enumerate(s.mentions)}
    return s.positions[id(m)]


def written_list(s: Analysed, m: Mention) -> list[Mention]:
    """The figures of the kind of ``m`` written in one list with it ("10.6%, 12.8% and 4.4%")."""
    i = position(s, m)
    listed = [m]
    for n in reversed(s.mentions[max(0, i - 12) : i]):  # lists are short; bounded work
        if n.kind != m.kind or FIGURE_LIST_GAP.fullmatch(s.text, n.end, listed[0].start) is None:
            break
        listed.insert(0, n)
    for n in s.mentions[i + 1 : i + 13]:
        if n.kind != m.kind or FIGURE_LIST_GAP.fullmatch(s.text, listed[-1].end, n.start) is None:
            break
        listed.append(n)
    return listed


def figure_runs(
    s: Analysed, measured: list[tuple[Mention, Meaning]], start: int, end: int
) -> list[list[Mention]]:
    """Runs of two or more figures of one measure written as one list ("x, y and z")."""
    runs: list[list[Mention]] = []
    run: list[Mention] = []
    last: str | None = None
    for m, read in measured:
        if not (start <= m.start < end) or not read[0]:
            continue
        if (
            run
            and read[0] == last
            and FIGURE_LIST_GAP.fullmatch(s.text, run[-1].end, m.start) is not None
        ):
            run.append(m)
            continue
        if len(run) > 1:
            runs.append(run)
        run, last = [m], read[0]
    if len(run) > 1:
        runs.append(run)
    return runs


def listed_economies(s: Analysed, partners: list[Match], subject: str) -> list[Match]:
    """Hong Kong, Macao or Taiwan written in one list with partners is a partner too.

    "对欧盟、美国、我国香港地区和日本分别进出口…": the region table knows Hong Kong as a
    region; as an item of a list of partners it is a partner.
    """
    taken = {n.start for n in partners}
    found: list[Match] = []
    for n in s.names:
        if (
            n.kind == "region"
            and n.name in cues.SEPARATE_ECONOMIES
            and n.name != subject
            and n.start not in taken
            and any(
                NAME_LIST_GAP.fullmatch(s.text, p.end, n.start) is not None
                or NAME_LIST_GAP.fullmatch(s.text, n.end, p.start) is not None
                for p in partners
                if abs(p.start - n.start) < 40
            )
        ):
            found.append(Match(n.start, n.end, n.name, "partner"))
    return found


# Between a list of figures and the list of names it pairs with when the names follow:
# "increases of 10.8 percent and 29.4 percent, respectively, in trade with A and B".
_RESPECTIVELY_THEN = re.compile(
    r"[\s,]*respectively[\s,]*(?:in|for|of)\s+(?:[a-z]+\s+){0,3}?(?:with|to|from)\s+(?:the\s+)?",
    re.I,
)


def next_name_run(text: str, names: list[Match], start: int, end: int) -> list[str]:
    """The distinct names of the list that ``_RESPECTIVELY_THEN`` leads to from ``start``."""
    lead = _RESPECTIVELY_THEN.match(text, start, end)
    if lead is None:
        return []
    run: list[Match] = []
    for n in sorted(names, key=lambda n: n.start):
        if n.start < lead.end() or n.end > end:
            continue
        if not run and n.start != lead.end():
            break
        if run and NAME_LIST_GAP.fullmatch(text, run[-1].end, n.start) is None:
            break
        run.append(n)
    return list(dict.fromkeys(n.name for n in run))


def last_name_run(text: str, names: list[Match], start: int, end: int) -> list[str]:
    """The distinct names of the list of names that ends last between start and end."""
    # "ASEAN (the Association ...)" / "the European Union (EU)": the bracketed repeat is
    # not another item
    inside = [
        n for n in names if start <= n.start and n.end <= end and text[n.start - 1 : n.start] != "("
    ]
    return list(dict.fromkeys(n.name for n in name_run(text, inside)))


def name_run(text: str, names: list[Match]) -> list[Match]:
    """The names written as one list ("A, B and C") that ends with the last of ``names``."""
    run: list[Match] = []
    for n in reversed(names):
        if run and (
            n.end > run[0].start or NAME_LIST_GAP.fullmatch(text, n.end, run[0].start) is None
        ):
            break
        run.insert(0, n)
    return run


# Between a list of members and the group they are named as examples of: "对俄罗斯、波兰和
# 哈萨克斯坦等部分“一带一路”沿线国家进出口分别增长…" (等 "and other", then a few words).
_EXAMPLES_OF = re.compile(r"等(?:部分|其他|主要|重点|多个|\d+个)?\s*[“‘\"']?")


def examples_run(text: str, names: list[Match], start: int, end: int) -> list[str]:
    """The list of names before 等 + a group that ends last between start and end.

    "对A、B和C等部分沿线国家…分别增长x、y和z": the figures pair with A, B and C; the group
    after 等 is what they are examples of. So for products: "出口汽车零配件、锂电池等中间
    产品分别增长x、y" (the items are products, as the class after 等 is).
    """
    inside = sorted((n for n in names if start <= n.start and n.end <= end), key=lambda n: n.start)
    if len(inside) < 2 or inside[-1].kind not in ("partner", "segment"):
        return []
    group = inside[-1]
    for i in range(len(inside) - 2, -1, -1):
        if _EXAMPLES_OF.fullmatch(text, inside[i].end, group.start):
            run = last_name_run(text, inside[: i + 1], start, inside[i].end)
            if group.kind == "segment" and any(
                n.kind != "segment" for n in inside[: i + 1] if n.name in run
            ):
                return []  # (a product class names only products as its examples)
            return run
    return []


# A list of places or partners followed by its count: "厦门、泉州、福州三市", "A、B两地",
# "对A、B、C3国" (the count the writer gives for the list).
_COUNTED = re.compile(
    r"(\d|[两二三四五六七八九十])个?(?:市|地|省|区|县|国|省份|城市|地区|省区|省市|国家|市县)"
)


def counted_run(text: str, names: list[Match], start: int, end: int, count: int) -> list[str]:
    """The list of ``count`` names written with its count before ``end``, if there is one.

    "厦门、泉州、福州三市位居福建外贸前三甲，分别进出口x、y、z": the names after the counted
    list (福建, of the ranking) are not its items; the count says where the list ends.
    """
    inside = sorted((n for n in names if start <= n.start and n.end <= end), key=lambda n: n.start)
    for i in range(len(inside) - 1, count - 2, -1):
        said = _COUNTED.match(text, inside[i].end, end)
        word = said.group(1) if said is not None else ""
        if (int(word) if word.isdigit() else chinese_numeral(word)) != count:
            continue
        run = last_name_run(text, inside[: i + 1], start, inside[i].end)
        return run if len(run) == count else []
    return []


def list_measures(
    s: Analysed, measured: list[tuple[Mention, Meaning]]
) -> list[tuple[Mention, Meaning]]:
    """Figures of one written list share the measure the list's first figure has.

    "占全省份额分别为11.5%、13.9%和5.1%": the share word stands before the first only.
    A growth word before the list covers the figures that have no meaning of their own.
    """
    out = list(measured)
    for i in range(1, len(out)):
        (a, first), (b, this) = out[i - 1], out[i]
        if (
            a.kind == b.kind
            and (
                (first[0] in ("share", "growth_gap") and this[0] != first[0])
                # "growth rates ... stood at 8.2, 7 and 9.5 percent": the last figure
                # is too far from the growth word to have a meaning of its own
                # (not the growth of a quantity paired with it: "出口30亿元、12万辆，分别增长
                # 8%和5%")
                or (
                    first[0] in ("yoy_growth", "mom_growth")
                    and this[0] is None
                    and this[3] != QUANTITY_GROWTH
                )
            )
            and FIGURE_LIST_GAP.fullmatch(s.text, a.end, b.start) is not None
        ):
            out[i] = (b, first)
        elif (
            first[3] == QUANTITY_GROWTH
            and this[0] == "growth_gap"
            and a.kind == "percent"
            and _ITS_RATE_AFTER.fullmatch(s.text, a.end, b.start) is not None
        ):
            # "进口汽车1.92万辆，增加44.5%，增速较全国快49个百分点": the gap of that rate,
            # of a quantity too
            out[i] = (b, (None, 1, None, QUANTITY_GAP))
    return out


def _flows_of_amounts(s: Analysed, start: int, end: int, count: int) -> list[str]:
    """The flows of the last ``count`` amounts between start and end, one flow word each.

    Each flow word is its amount's own: the one flow word between it and the next amount
    ("US$33 billion worth of exports and US$26.9 billion of imports"), or else the one
    right before it ("with exports of US$3 billion and imports of US$2.9 billion"); the
    flows must be exports and imports, each once.
    """
    amounts = [m for m in s.mentions if m.kind == "money" and start <= m.start < end]
    if len(amounts) < count:
        return []
    before = amounts[-count - 1].end if len(amounts) > count else start
    amounts = amounts[-count:]
    cues_in = [c for c in s.flows if before <= c[0] and c[1] <= end]
    bounds = [a.start for a in amounts[1:]] + [end]
    flows: list[str] = []
    for a, until in zip(amounts, bounds, strict=True):
        own = [c[2] for c in cues_in if a.end <= c[0] and c[1] <= until]
        if len(own) != 1:
            break
        flows.append(own[0])
    else:
        return flows if _two_flows(flows) else []
    flows = []
    for a in amounts:
        own = [c[2] for c in cues_in if before <= c[0] and c[1] <= a.start and a.start - c[1] <= 15]
        if not own:
            return []
        flows.append(own[-1])
        before = a.end
    return flows if _two_flows(flows) else []


def _two_flows(flows: list[str]) -> bool:
    """Whether the flows are exports and imports, each once."""
    return len(set(flows)) == len(flows) and set(flows) <= {"exports", "imports"}


#: Why a gap that compares the growth of a quantity is skipped.
QUANTITY_GAP = "a gap between growth rates of a physical quantity, not of a trade value"
# Between a rate and the gap of that same rate in the next clause: the clause opens with
# the rate's word (增速 / 增幅, 其 before it) and names nothing else.
_ITS_RATE_AFTER = re.compile(r"[，,]\s*其?(?:增速|增幅|涨幅)[^，,。；;\d]{0,20}")


def _both_flows(s: Analysed, start: int, end: int) -> list[str]:
    """The two flows of the last flow word before ``end`` written as "import(s) and export(s)"."""
    cues_in = [c for c in s.flows if start <= c[0] and c[1] <= end]
    if not cues_in or cues_in[-1][2] != "total":
        return []
    between = s.text[cues_in[-1][1] : end]
    if len(between) > 40 or "," in between or "，" in between:
        return []  # (not the subject of the figures' own clause)
    written = s.text[cues_in[-1][0] : cues_in[-1][1]].lower()
    if written.startswith("import") and written.endswith("export"):
        return ["imports", "exports"]
    if written.startswith("export") and written.endswith("import"):
        return ["exports", "imports"]
    return []


def _own_flow_word(s: Analysed, start: int) -> bool:
    """Whether a Chinese flow word stands in the clause of the figure at ``start``, before it."""
    c0 = clause_of(s, start)[0]
    return any(
        c0 <= c[0] and c[1] <= start and "\u4e00" <= s.text[c[0]] <= "\u9fff" for c in s.flows
    )


def _flow_run(s: Analysed, start: int, end: int) -> list[str]:
    """The flows of the run of flow words that ends last before ``end`` (from ``start``)."""
    cues_in = [c for c in s.flows if start <= c[0] and c[1] <= end]
    run: list[tuple[int, int, str]] = []
    for cue in reversed(cues_in):
        if run and _LIST_GAP.fullmatch(s.text, cue[1], run[0][0]) is None:
            break
        run.insert(0, cue)
    flows: list[str] = []
    previous_end = -1
    for c0, c1, flow in run:
        written = s.text[c0 : c1 + 1].lower()
        if flow == "total" and written.startswith(("imports", "exports")) and written.endswith("s"):
            # "exports and imports climbed ..." are two flows; "import and export volumes"
            # (the attributive compound) is the total
            both = (
                ["imports", "exports"] if written.startswith("import") else ["exports", "imports"]
            )
            flows.extend(both)
        elif not (flows and flows[-1] == flow and c0 == previous_end):
            flows.append(flow)  # 外贸进出口 written together is one flow word
        previous_end = c1
    return flows


@functools.cache
def _short_cities() -> dict[str, str]:
    """Short names of cities the tables know only with 市 (德州市, 三明市, 大同市): form -> city.

    Alone such a name is something else too (德州 is Texas, 大同 a word); see listed_cities.
    """
    forms = places.written_forms(places.PlaceKind.CITY)
    return {
        form[:-1]: name
        for form, name in forms.items()
        if form.endswith("市") and len(form) >= 3 and form[:-1] not in forms
    }


def listed_cities(text: str, names: list[Match]) -> list[Match]:
    """Cities written by a short name inside a list of cities of the same province.

    "临沂、泰安、东营和德州进出口增速领先": 德州 joined by 、 / 和 to a city of Shandong
    is Dezhou, not Texas. Only a name the tables keep for 德州市 alone, right after or
    before a known city of its province; the new matches, in text order.
    """
    short = _short_cities()
    ends = {n.end for n in names}  # (福建省三明、南平: the province's name before it)
    found: list[Match] = []
    queue = list(names)  # (a city found joins the list: 太原、大同和长治)
    for n in queue:
        province = places.province_of(n.name) if n.kind == "region" else None
        if province is None:
            continue
        if text[n.end : n.end + 1] in ("、", "和"):
            for size in (2, 3):
                city = short.get(text[n.end + 1 : n.end + 1 + size])
                if city is not None and places.province_of(city) == province:
                    found.append(Match(n.end + 1, n.end + 1 + size, city, "region"))
                    if len(found) < 20:
                        queue.append(found[-1])
                    break
        if text[n.start - 1 : n.start] == "、":
            for size in (2, 3):
                start = n.start - 1 - size
                if start < 0:
                    break
                city = short.get(text[start : n.start - 1])
                before = text[start - 1 : start] if start > 0 else ""
                if (
                    city is not None
                    and places.province_of(city) == province
                    and (
                        not before
                        or not _CJK_CHAR.match(before)
                        or before in "对与和及、"
                        or start in ends
                    )
                ):
                    found.append(Match(start, n.start - 1, city, "region"))
                    break
    taken = {(n.start, n.end) for n in names}
    return sorted({m for m in found if (m.start, m.end) not in taken}, key=lambda m: m.start)


_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


# A count of countries written after a group's name or as the group's own written form:
# "中东欧17国", "东盟10国", "中亚五国" (the name found by the gazetteer may hold it).
_GROUP_COUNT = re.compile(r"(\d{1,2}|[一二三四五六七八九十两]{1,3})国")
# The same count alone in a partner's slot: "中国与17国贸易额", "对17国出口" (not "17个国家":
# a count of partners, a fact of its own).
_BARE_COUNT = re.compile(r"(?<=[与同和对自向])(\d{1,2}|[一二三四五六七八九十两]{1,3})国(?![家内])")


def _count_of(digits: str) -> int | None:
    return int(digits) if digits.isdigit() else chinese_numeral(digits.replace("两", "二"))


def counted_groups(text: str, names: list[Match]) -> list[Match]:
    """A group's count of countries written alone as the partner: its name, as found.

    "中东欧17国包括波兰、捷克…" names the group with its count; "中国与17国贸易额…" in the
    same text is the trade with that group, not with the world. Only where one group of
    the text is written with that count; the new matches, in text order.
    """
    counts: dict[int, set[str]] = {}
    for n in names:
        if n.kind != "partner":
            continue
        at = _GROUP_COUNT.match(text, n.end)
        found = at if at is not None else _GROUP_COUNT.search(text, n.start, n.end)
        if found is not None and (found is at or found.end() == n.end):
            count = _count_of(found.group(1))
            if count is not None and count > 1:
                counts.setdefault(count, set()).add(n.name)
    if not counts:
        return []
    # (the matches come in text order: one walk through the names sorted by start, keeping
    # the furthest end so far, tells whether a match starts inside a name)
    taken = sorted((n.start, n.end) for n in names)
    made = []
    i, reach = 0, -1
    for m in _BARE_COUNT.finditer(text):
        while i < len(taken) and taken[i][0] <= m.start():
            reach = max(reach, taken[i][1])
            i += 1
        groups = counts.get(_count_of(m.group(1)) or 0, set())
        if len(groups) == 1 and not m.start() < reach:
            made.append(Match(m.start(), m.end(), next(iter(groups)), "partner"))
    return made
