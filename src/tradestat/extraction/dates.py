"""Find period expressions in a sentence and resolve them against the document's year.

"in the first half of 2025", "the first six months of the year", "in June", "last year",
"from 2014 to October 2021", "for four consecutive months since March", "1-5月份", "上半年",
"前三季度". A found period may stand for several periods (a list of months); "during the
period" and 同期 refer to the cumulative period already in force.

Relative time ("last year", "this year", "last month", 去年, 今年, 上月) is counted from the
publication date when it is known, else from the year in force. A period whose year the text
does not give takes the year in force, but never ends after the publication date ("In
December" in a January article is last December). A comparison base ("from the same period
last year", "over last year", 比去年, 去年同期) is not the period of the figure and is not
returned. "今年以来" (since the start of the year) names no end month and is not returned.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import re

import attrs

from tradestat.extraction.text import quick, quick_finditer
from tradestat.periods import MONTH_NAMES, MONTH_PATTERN, NUMBER_WORDS, Period

__all__ = ["PERIOD_LIST_GAP", "PeriodMention", "after_since", "find_periods"]


def _by_first_letter(names: list[str]) -> str:
    """An alternation of plain words grouped by first letter, each group in the given order.

    It matches what ``(a|b|...)`` of the same names in the same order does (no two groups
    can start at one character), but the engine tries only the group of the letter at hand
    instead of every name: the month patterns are tried at every word of a sentence.
    """
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(name[0], []).append(name[1:])
    return "|".join(f"{c}(?:{'|'.join(rest)})" for c, rest in groups.items())


# the month names of tradestat.periods: MONTH_PATTERN, "(september|...|dec)\.?", regrouped
_MONTH = "(" + _by_first_letter(MONTH_PATTERN[1 : MONTH_PATTERN.index(")")].split("|")) + r")\.?"
_NUM = r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_YEAR = r"((?:19|20)\d{2})"
# (an abbreviation in brackets may come between: "the first quarter (Q1) of 2019")
_OF_YEAR = rf"(?:\s*\([A-Z0-9]{{1,4}}\))?(?:\s+(?:of\s+|in\s+)?(?:{_YEAR}|(this|the|last)\s+year))?"
# "Q1 2019", "H1 of 2019", "Q1 this year"
_ABBREVIATED_YEAR = rf"(?:\s*(?:of\s+|in\s+)?{_YEAR}|\s+(this|last)\s+year)?\b"
# An optional year before a Chinese period: "2024年", or relative "今年", "去年", "上年".
# A year written in brackets after 今 / 去 as Taiwan's copy writes it: "去（2025）年" (last year,
# 2025), "今(2024)年前3季": the year in the brackets.
_ZH_YEAR_NUMBER = r"(?:[今去上本明][（(])?((?:19|20)\d{2})(?:(?<=[（(]\d{4})[)）])?年"
_ZH_YEAR = rf"(?:{_ZH_YEAR_NUMBER}|(今年|去年|上年|本年))?"
# 前 as part of another word is no "first N months": 提前一个月 (a month ahead), 此前 / 之前 /
# 以前 / 日前 / 目前 (before, recently, now), 空前 (unprecedented)
_NOT_AHEAD = "(?<![提之此以日目空])"
# A month's number in digits or Chinese numerals (十二 before 十, 十 before 一 …)
_ZH_MONTH = r"\d{1,2}|十[一二]?|[一二三四五六七八九]"
_ZH_NUM = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
    "十一": 11,
    "十二": 12,
    "元": 1,  # 元月: January
}

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "year_range",
        re.compile(
            # "from 2013 to August 2023", "from 2013 to Aug 31 in the current year", "from
            # 2013 through the end of May this year": a run of years ending in that month
            rf"\bfrom\s+{_YEAR}\s+(?:to|through|till|until)\s+(?:the\s+end\s+of\s+)?{_MONTH}"
            r"(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?"
            rf"(?:,?\s+{_YEAR}|\s+(?:of\s+|in\s+)?(?:the\s+current|(this))\s+year)",
            re.I,
        ),
    ),
    # "From June 2018 to May 2019", "between July 2021 and June 2022": the months from the
    # first to the last, across the turn of a year (one period)
    (
        "month_year_range",
        re.compile(
            rf"\b(?:from|between)\s+{_MONTH}(?:\s+of)?,?\s+{_YEAR}\s+(?:to|through|till|until|and)"
            rf"\s+{_MONTH}(?:\s+of)?,?\s+{_YEAR}\b",
            re.I,
        ),
    ),
    (
        "year_to_year",
        re.compile(rf"\b(?:from|between)\s+{_YEAR}\s+(?:to|and|through)\s+{_YEAR}\b", re.I),
    ),
    (
        "consecutive",
        re.compile(
            rf"\bfor\s+{_NUM}\s+consecutive\s+months\s+(?:since|from|starting\s+(?:in|from))\s+{_MONTH}",
            re.I,
        ),
    ),
    # "2023's first half", "2022's fourth quarter": the year's own part (not a base year)
    (
        "year_s_part",
        re.compile(
            rf"\b{_YEAR}['’]s\s+(first|second|third|fourth|1st|2nd|3rd|4th)\s+(half|quarter)\b",
            re.I,
        ),
    ),
    # (also "the first semester", as Portuguese and Spanish copy in English writes it)
    (
        "first_half",
        re.compile(rf"\b(?:the\s+)?(first|second|1st|2nd)\s+(?:half|semester){_OF_YEAR}", re.I),
    ),
    ("h_year", re.compile(rf"\bH([12]){_ABBREVIATED_YEAR}")),
    # ("1H 2023", "2H of 2022": the half written digit first, as some wire copy does)
    ("h_first", re.compile(rf"\b([12])H{_ABBREVIATED_YEAR}")),
    # "in the 11 months ending in November", "the first five months ended May 2019", "the
    # 12 months to June": the months up to that one (not the month alone)
    (
        "months_ending",
        re.compile(
            rf"\b(?:the\s+)?(?:first\s+|past\s+|last\s+)?{_NUM}\s+months\s+(?:ending|ended|to"
            rf"|through|up\s+to)\s+(?:in\s+)?{_MONTH}(?:,?\s+{_YEAR}|\s+(this|last)\s+year)?\b",
            re.I,
        ),
    ),
    # (also "in the ten months of 2011": with "the" and a year, the year's first months)
    (
        "first_months",
        re.compile(
            rf"\b(?:(?:the\s+)?first\s+|the\s+(?=[\w-]+\s+months\s+of\s+(?:19|20)\d\d\b))"
            rf"{_NUM}\s+months{_OF_YEAR}",
            re.I,
        ),
    ),
    # "in the first month of 2018", "the first month of this year": January (the year must
    # be written: "the first month after the ban" is no calendar month)
    (
        "first_month",
        re.compile(
            rf"\b(?:the\s+)?first\s+month\s+(?:of|in)\s+(?:{_YEAR}|(this|the|last)\s+year)\b",
            re.I,
        ),
    ),
    # "in the last two months of 2012": November to December
    (
        "last_months_of",
        re.compile(rf"\b(?:the\s+)?(?:last|final)\s+{_NUM}\s+months\s+of\s+{_YEAR}", re.I),
    ),
    # "the past eight months" in a September article: January to August
    ("past_months", re.compile(rf"\b(?:the\s+)?(?:past|last)\s+{_NUM}\s+months\b", re.I)),
    # "in the second and third quarters": two quarters running, together (as "in January
    # and February"); a list "x and y respectively" after it gives one figure to each. In a
    # text that says "respectively", "x and y in the first and second quarters,
    # respectively" reads as two quarters, each its own period (see _quarter_pair).
    (
        "quarter_pair",
        re.compile(
            r"\b(?:the\s+)?(first|second|third|1st|2nd|3rd)\s+and\s+(?:the\s+)?"
            rf"(second|third|fourth|2nd|3rd|4th)\s+quarters{_OF_YEAR}",
            re.I,
        ),
    ),
    ("first_quarters", re.compile(rf"\b(?:the\s+)?first\s+{_NUM}\s+quarters{_OF_YEAR}", re.I)),
    # (also "the 1st quarter", and a translation's Roman numeral: "in the I quarter of 2020")
    (
        "quarter",
        re.compile(
            r"\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|(?-i:I|II|III|IV))"
            rf"\s+quarter{_OF_YEAR}",
            re.I,
        ),
    ),
    # "rising 1.3 percent in the first quarter, 4.5 percent in the second, and 6 percent in
    # the third": a later part of the year whose unit (quarter or half) and year are those of
    # the part named before it in the sentence (see _ordinal_part)
    (
        "ordinal_part",
        re.compile(
            r"\bin\s+the\s+(second|third|fourth|2nd|3rd|4th)\b(?=\s*(?:[,;.]|and\b|$))", re.I
        ),
    ),
    # "Q1-Q3 2023", "Q1–Q3": the quarters from the first to the last, together (a run starts
    # before Q4: "Q4-Q4" is none, and the prefilter words are q1 to q3)
    ("q_range", re.compile(rf"\bQ([1-3])\s*[-–]\s*Q([1-4]){_ABBREVIATED_YEAR}")),
    ("q_year", re.compile(rf"\bQ([1-4]){_ABBREVIATED_YEAR}")),
    # Twelve months to a month: "in the year ended March 2018", "the year to June 2023",
    # "the year through April", "the year ended April 30",
    # "the 12 months ending September 30, 2019", New Zealand's "in the March 2018 year";
    # with no year, the last such month before publication ("the deficit widened in the year
    # to March", Kenya's statistics bureau)
    (
        "year_ended",
        re.compile(
            # (not "this year through April": January to April)
            r"(?<!this\s)\b(?:year|12\s+months|twelve\s+months)\s+(?:ended|ending|to|through)\s+"
            r"(?:the\s+end\s+of\s+)?"
            # (with no year: "the year ended April 30", the day of the month's end)
            rf"{_MONTH}(?:(?:\s+\d{{1,2}})?,?\s+{_YEAR}\b|(?:\s+(?:28|29|30|31)\b)?"
            r"(?![\w-]|\s+\d|,\s+\d))"
            rf"|\bthe\s+{_MONTH}\s+{_YEAR}\s+year(?![\w-])",
            re.I,
        ),
    ),
    # A fiscal year's months written with its two years: "during July-June (2023-24)",
    # "July-June 2023-24", "April-March (FY2022-23)", "July-August (2023-24)" (see _build)
    (
        "fiscal_range",
        re.compile(
            # (each optional token its own group: no run of spaces is tried many ways; the
            # bracket or "FY" is kept, for months in calendar order need one)
            rf"\b{_MONTH}\s*(?:-|–|to|through)\s*{_MONTH}(?:\s*,)?(\s*\(\s*(?:FY\s*)?|\s*FY\s*|\s+)"
            r"((?:19|20)\d{2})\s*[-–/]\s*((?:19|20)?\d{2})\b\)?(?!\s*(?:%|percent|per\s+cent))",
            re.I,
        ),
    ),
    (
        "month_range",
        re.compile(
            rf"\b(?:from\s+)?{_MONTH}\s*(?:-to-|-|–|to|through)\s*{_MONTH}"
            # "January-May 2024", "the January-May period of 2024", "... period this year"
            rf"(?:(?:\s+period)?(?:,?\s+|\s+(?:of|in)\s+){_YEAR}"
            r"|(?:\s+period)?\s+(?:of\s+)?(this|last)\s+year)?",
            re.I,
        ),
    ),
    # "between January and May this year": the months from the first to the last, together
    (
        "between_months",
        re.compile(
            rf"\bbetween\s+{_MONTH}\s+and\s+{_MONTH}"
            rf"(?:,?\s+(?:of\s+|in\s+)?{_YEAR}|\s+(?:of\s+)?(this|last)\s+year)?\b",
            re.I,
        ),
    ),
    # "as of the end of July", "up to the end of July", "through July this year", "by
    # April": the year to date up to that month (a running total, as 截至7月底)
    (
        "as_of_month",
        re.compile(
            rf"\b(?:as\s+of|up\s+(?:un)?to|through|until|till|by)\s+the\s+end\s+of\s+{_MONTH}"
            rf"(?:,?\s+{_YEAR}|\s+(?:of\s+)?(this|last)\s+year)?\b"
            rf"|\b(?:as\s+of|up\s+(?:un)?to|by|through)\s+{_MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?"
            rf"(?:,?\s+{_YEAR}|\s+(?:of\s+)?(this|last)\s+year)?\b",
            re.I,
        ),
    ),
    # "in January and February": two months running, together (not two facts)
    (
        "month_pair",
        re.compile(
            rf"\b(?:in|for|during)\s+{_MONTH}\s+and\s+{_MONTH}(?:,?\s+{_YEAR}|\s+(this|last)\s+year)?\b",
            re.I,
        ),
    ),
    (
        "month",
        re.compile(
            # ("fell 9 percent last November": the latest November before publication;
            # "October's trade volume reached ...": the month's own, as a possessive; not
            # the value compared with: "dropping from October's US$23.8 billion")
            rf"\b(?:(?:in|for|of|during|last|this)\s+"
            r"|(?<!from )(?<!than )(?<!with )(?<!over )(?<!to )(?<!on )(?=[a-z]+['’]s\b)"
            # "The December surplus stood at ...", "the May exports" (not "from the May ...")
            r"|(?<=\bthe\s)(?<!from the )(?<!than the )(?<!with the )(?<!over the )(?<!to the )"
            r"(?=[a-z]+\s+(?:trade\s+)?(?:surplus|deficit|exports|imports)\b)"
            # "China's September exports fell ...", "Vietnam's June trade surplus": a month
            # after an owner's possessive, before its flow word, dates the owner's figure
            r"|(?<=['’]s\s)(?=[a-z]+\s+(?:trade\s+)?(?:surplus|deficit|exports|imports)\b)"
            # "December exports fell for a third month": a month opening the sentence
            # right before its flow word dates that figure (the sentence is searched alone)
            r"|^(?=[a-z]+\s+(?:trade\s+)?(?:surplus|deficit|exports|imports)\b))"
            # ("in December of 2020": the year after "of" is the month's)
            rf"{_MONTH}(?:['’]s)?"
            rf"(?:\s+(?:of\s+)?{_YEAR}|\s+(this|last)\s+year)?\b",
            re.I,
        ),
    ),
    # "up 19.9 percent from August": the month a figure is compared with, never its period
    # ("fell 35.3 percent from December to $2.75 billion": an amount after "to" is no month)
    # (not "from January to May", "from May 2023")
    (
        "from_month",
        re.compile(
            rf"\bfrom\s+{_MONTH}\b(?!\s*(?:-|–|to\b(?!\s*(?:US\$|\$|€|£|¥|RMB\s?)?\d)|through\b|till\b|until\b|and\b|\d))",
            re.I,
        ),
    ),
    # "during the last month of 2020", "in the final month of the year": December
    (
        "final_month",
        re.compile(
            rf"\b(?:the\s+)?(?:last|final|closing)\s+month\s+of\s+(?:{_YEAR}|(this|last|the)\s+year)\b",
            re.I,
        ),
    ),
    ("last_month", re.compile(r"\b(last|this)\s+month\b", re.I)),
    # "exports in the previous month increased by 1.1%": the month before the one in force,
    # or with none, before publication (see attach); not the base after a figure ("from
    # $40.7 billion in the previous month": see attach.period_of)
    (
        "previous_month",
        re.compile(r"\b(?:in|during|for)\s+the\s+(?:previous|preceding|prior)\s+month\b", re.I),
    ),
    # "Year-to-date, the surplus reached $58 billion", "a 0.2 per cent year-to-date growth":
    # January to the end of the period in force (resolved where a figure takes its period)
    ("year_to_date", re.compile(r"\byear[-\s]to[-\s]date\b", re.I)),
    # "China's exports in the month stood at ...": the single month named last (not "in
    # the month of May", read as May; not "from the same month", a base)
    ("the_month", re.compile(r"\b(?:in|during|for)\s+the\s+month\b(?!\s+of\b)", re.I)),
    ("last_year", re.compile(r"\b(last|this)\s+year\b", re.I)),
    (
        "same_period",
        # "during the period", "in the same period": the cumulative period in force.
        # "over / from / compared with the same period" is a comparison base instead.
        re.compile(
            r"\b(?:(during|in|for)|over|from|than|with|to)\s+(?:the|this|that)\s+(?:same\s+)?period\b"
            # (not "in the period from January to May": the months written after it)
            r"(?!\s+(?:from|between)\s)",
            re.I,
        ),
    ),
    # "2017 annual total (over 243 billion CNY)", "2022's full-year figure": the year's
    (
        "year_total",
        re.compile(
            rf"\b{_YEAR}(?:['’]s)?\s+(?:annual|full[-\s]year|whole[-\s]year|yearly)\s+"
            r"(?:total|figure|volume|value)\b",
            re.I,
        ),
    ),
    # A fiscal year written with its two years and no months: "in 2023-24", "FY2022-23",
    # "the financial year 2023/24". Its months depend on the reporter (April to March in
    # India, July to June in Pakistan): the figures are skipped, not given the first year.
    (
        "fiscal_years",
        re.compile(
            r"\b((?:19|20)\d{2})\s*[-–/]\s*(\d{2})\b(?![-–/]\d)(?!\s*(?:%|percent|per\s+cent))",
            re.I,
        ),
    ),
    (
        "year",
        re.compile(
            rf"\b(?:in|for|of|during|throughout)\s+{_YEAR}\b(?![\d,.]*\s*(?:billion|million|yuan|percent))"
            # "in 2018 and 2019": the second year of a pair (for a list "respectively")
            rf"|(?:(?<=\bin\s\d{{4}}\sand\s)|(?<=\bfor\s\d{{4}}\sand\s)){_YEAR}\b"
            r"(?![\d,.]*\s*(?:billion|million|yuan|percent))"
            # "The 2024 trade surplus was over $992bn", "its 2023 exports": a year before
            # the flow word it dates (as "the December surplus" for a month)
            rf"|\b(?:the|its|their)\s+{_YEAR}(?=\s+(?:(?:annual|full[-\s]year|total|overall)\s+)?"
            r"(?:(?:foreign\s+)?trade\s+)?(?:surplus|deficit|exports|imports|trade\s+(?:volume|value))\b)",
            re.I,
        ),
    ),
    # "自7月起，…已连续4个月…": one period per month, as "for four consecutive months
    # since July" (the count after the start month, a few words apart)
    (
        "zh_consecutive",
        re.compile(
            r"自(\d{1,2})月份?(?:起|以来|开始)[^。；;\d]{0,16}?"
            r"连续(\d{1,2}|[一二两三四五六七八九十]{1,2})个月"
        ),
    ),
    # 连续5个月 with no start month ("连续5个月增速超过30%"): the months up to the end of the
    # period in force, one figure each (resolved where the figure takes its period)
    # (Taiwan's copy drops 续 and 个: "将连三月破六百亿美元", "出口连三月下滑", not March;
    # never after 大: "大连三月外贸进出口" is Dalian in March)
    # 连续8个季度 ("连续8个季度实现两位数增长"): the quarters up to the end of the period in
    # force, one figure each, as a run of months
    (
        "zh_quarters_running",
        re.compile(r"连续(\d{1,2}|[一二两三四五六七八九十]{1,2})个季度"),
    ),
    (
        "zh_months_running",
        re.compile(
            r"连续(\d{1,2}|[一二两三四五六七八九十]{1,2})个月"
            r"|(?<!大)连([二两三四五六七八九十])月"
        ),
    ),
    # 截至11月底 / 截止到今年5月末 / 截至2025年3月: the year to date up to that month (a
    # running total as of a month's end, not that month alone)
    (
        "zh_as_of_month",
        re.compile(
            rf"截[至止]到?{_ZH_YEAR}(\d{{1,2}}|[一二三四五六七八九十]{{1,3}})月(?:份)?(?:底|末)?(?!\d{{0,2}}日)"
        ),
    ),
    # "1-5月", "1月至5月", "1—7月份", with an optional year: "2024年1-5月", "今年1至5月"
    # (the months in Chinese numerals too: "一至五月", "三月份"; a space around the digits
    # as scraped copy writes it: "今年 1-10 月", not read as its last month alone)
    (
        "zh_range",
        # (元月 is January: "元月至5月", not after an amount's 亿元 / 万元)
        re.compile(
            rf"{_ZH_YEAR}[ ]?({_ZH_MONTH}|(?<![亿万千百美])元)(?:[ ]?月份?)?\s*[-—–至到~]\s*"
            rf"({_ZH_MONTH})[ ]?月份?"
        ),
    ),
    # 前一个月 / 上一个月: the month before the one named last ("12月出口下降17.9%，而前一个月
    # 下降了20.2%"), never "the first month" (that is 1月); not 提前一个月 (a month ahead)
    ("zh_month_before", re.compile(rf"{_NOT_AHEAD}(?:前|上)一个月(?![内里间底初])")),
    # "前5个月", "前5月" (headlines drop 个), "今年前两个月"; Hong Kong and colloquial
    # copy say 首7月 / 首七个月 / 头两个月 for the same (spaced: "前 10 月")
    (
        "zh_first_months",
        re.compile(
            rf"{_ZH_YEAR}(?:{_NOT_AHEAD}前|首|头)[ ]?"
            r"(\d{1,2}|[一二两三四五六七八九十]{1,2})[ ]?个?月"
        ),
    ),
    ("zh_half", re.compile(rf"{_ZH_YEAR}(上|下)半年")),
    # 2016年4个季度 / 各季度 / 一至四季度: the year's four quarters, one figure each in a list
    # ("…分别为a、b、c和d"); a year as a whole otherwise
    (
        "zh_each_quarter",
        re.compile(
            rf"{_ZH_YEAR}(?:[4四]个季度|各季度|每个?季度|(?:第?[一1])[至到\-—~](?:第?[四4])季度)"
        ),
    ),
    # 前三季度 / 前3季度 / 前3个季度 (wire copy writes the count in digits too); Hong Kong
    # and Taiwan copy: 前三季 / 首三季 (度 left out)
    (
        "zh_first_quarters",
        re.compile(rf"{_ZH_YEAR}(?:{_NOT_AHEAD}前([一二三123])个?季度|(?:前|首)([二三23])季)"),
    ),
    # 四季度3个月 / 四季度各月: the quarter's months, one figure each in a list ("四季度3个月
    # 分别增长a、b、c"); the quarter as a whole otherwise
    (
        "zh_quarter_months",
        re.compile(rf"{_ZH_YEAR}(?:第)?([一二三四1-4])季度的?(?:[3三]个月份?|各月份?)"),
    ),
    # 二、三、四季度 / 一、二季度: quarters that share one 季度, each a period of its own
    # ("二、三、四季度均超1万亿元", "一、二季度分别增长a、b"); never after a figure's digits
    (
        "zh_quarter_list",
        re.compile(
            rf"{_ZH_YEAR}(?<![\d.])(?:第)?([一二三四1-4])((?:[、和及与]第?[一二三四1-4])+)季度"
        ),
    ),
    # 5、6月份 / 十一、十二月: months that share one 月, each a period of its own
    (
        "zh_month_list",
        re.compile(
            rf"{_ZH_YEAR}(?<![\d.])({_ZH_MONTH})((?:[、和及与](?:{_ZH_MONTH}))+)月份?"
            r"(?!\d{1,2}日|[一二三四五六七八九十]+日)"
        ),
    ),
    # 一季度 / 第1季度; Hong Kong and Taiwan copy: 首季 / 首季度 (the first quarter)
    ("zh_quarter", re.compile(rf"{_ZH_YEAR}(?:(?:第)?([一二三四1-4])季度|(首)季度?)")),
    (
        "zh_month",
        # (not a day's date, 1月5日; 1月日本对华出口 is January's; a space before 月 as
        # scraped copy writes it: "继 10 月成长 9% 后")
        re.compile(rf"{_ZH_YEAR}({_ZH_MONTH})[ ]?月份?(?!\d{{1,2}}日|[一二三四五六七八九十]+日)"),
    ),
    # 上月 / 上个月 / 本月: the month before / of publication
    ("zh_last_month", re.compile(r"(上个?月|本月)(?!份?\d)")),
    # 去年 / 今年 / 上年 alone (去年全年); not 今年以来 (no end month), not 去年同期 (a base)
    # (今年 in a text of the same year: the year so far, which only the cumulative period in
    # force tells; 今年全年 is the whole year, a forecast or target)
    ("zh_last_year", re.compile(r"(去年|今年|上年|本年)(全年)?")),
    # 连续10年 ("ten years running"): one period per year, ending with the year of a
    # 截至2022年 before it; with no such end year, a run the text does not place
    ("zh_years_running", re.compile(r"连续(\d{1,2}|[一二两三四五六七八九十]{1,2})年")),
    # (not the year of a month: 2022年1-5月; a figure may follow: "在2022年28.1%的高基数上")
    # ... and a year's digits right before 全年, 年 left out: "2017全年出口15.33兆人民币"
    (
        "zh_year",
        re.compile(
            rf"(?:{_ZH_YEAR_NUMBER}(?!\d{{1,2}}(?:[-~～至到—]\d{{1,2}})?月)(?:全年)?"
            r"|(?<!\d)((?:19|20)\d{2})全年)"
        ),
    ),
    # 全年 alone opening a clause: the whole of the year in force ("四季度对欧盟进出口回暖，
    # 全年分别进出口5.51万亿、4.67万亿"); not a target or forecast (全年目标, 全年预计)
    (
        "zh_whole_year",
        re.compile(r"(?:^|(?<=[，,。；;：:\s]))全年(?!目标|预计|有望|将|计划|任务|预期|累计)"),
    ),
    # 同期 opening a sentence or clause: the cumulative period in force
    # (not "，同期增长5%": growth over the same period, a base)
    (
        "zh_same_period",
        re.compile(
            r"(?:^|(?<=[，,。；;：:\s]))(?:同期|同一时期)(?!相比|比|增长|下降|提高|减少|增加)"
        ),
    ),
]


@attrs.frozen
class PeriodMention:
    """A period expression: its span and the periods it names (empty: "the same period")."""

    start: int
    end: int
    periods: tuple[Period, ...]
    relative: bool = False  # "last year", 今年: counted from the publication date
    # kind "base_year": a named year a figure is compared with ("与2019年同期相比"); its
    # period is that year, which is not the period of any figure
    kind: str = ""  # the pattern that found it ("month", "zh_same_period" ...)
    # kind "zh_months_running" / "zh_quarters_running": how many months or quarters, up to
    # the end of the period in force
    count: int = 0


@attrs.frozen
class _When:
    """What a period expression is resolved against."""

    year: int  # the year in force: for periods whose year the text does not give
    published: datetime.date | None  # for relative time, and as the latest possible end
    # with no publication date: the article's own year, which "this year" / 今年 names
    current: int | None = None


def _number(word: str) -> int:
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word.lower()) or _ZH_NUM.get(word, 0)


def _this_year(when: _When) -> int:
    if when.published is not None:
        return when.published.year
    return when.current if when.current is not None else when.year


def _year(explicit: str | None, relative: str | None, when: _When) -> int:
    if explicit:
        return int(explicit)
    if relative:
        word = relative.lower()
        if word in ("last", "去年", "上年"):
            return _this_year(when) - 1
        if word in ("this", "今年", "本年"):
            return _this_year(when)
    return when.year


# The ordinal of a quarter in words, digits or Roman numerals.
_ORDINAL = {
    **NUMBER_WORDS,
    **{"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4},
}


def _build(kind: str, g: tuple[str | None, ...], when: _When) -> tuple[Period, ...]:
    year = when.year
    if kind == "year_range":
        end = int(g[2]) if g[2] else _this_year(when)  # "this year", "the current year"
        return (Period.months_range(int(g[0] or 0), 1, end, MONTH_NAMES[(g[1] or "").lower()]),)
    if kind == "month_year_range":
        first, last = MONTH_NAMES[(g[0] or "").lower()], MONTH_NAMES[(g[2] or "").lower()]
        return (Period.months_range(int(g[1] or 0), first, int(g[3] or 0), last),)
    if kind == "year_to_year":
        return (Period.months_range(int(g[0] or 0), 1, int(g[1] or 0), 12),)
    if kind == "consecutive":
        first = MONTH_NAMES[(g[1] or "").lower()]
        count = _number(g[0] or "0")
        return tuple(Period.month(year, first + i) for i in range(count) if first + i <= 12)
    if kind == "zh_consecutive":
        first, count = int(g[0] or 0), _number(g[1] or "0")
        return tuple(Period.month(year, first + i) for i in range(count) if first + i <= 12)
    if kind == "first_half":
        first = (g[0] or "").lower() in ("first", "1st")
        return (Period.half(_year(g[1], g[2], when), 1 if first else 2),)
    if kind == "year_s_part":
        number, unit = _ORDINAL[(g[1] or "").lower()], (g[2] or "").lower()
        if unit == "half" and number > 2:
            raise ValueError("no third half")
        y = int(g[0] or 0)
        return (Period.half(y, number) if unit == "half" else Period.quarter(y, number),)
    if kind == "q_range":
        first, last = int(g[0] or 0), int(g[1] or 0)
        if first >= last:
            raise ValueError("not a run of quarters")
        y = _year(g[2], g[3], when)
        return (Period.months_range(y, 3 * first - 2, y, 3 * last),)
    if kind == "h_first":
        return (Period.half(_year(g[1], g[2], when), int(g[0] or 0)),)
    if kind in ("h_year", "q_year"):
        y = _year(g[1], g[2], when)
        return (
            Period.half(y, int(g[0] or 0))
            if kind == "h_year"
            else Period.quarter(y, int(g[0] or 0)),
        )
    if kind == "months_ending":
        months, last = _number(g[0] or "0"), MONTH_NAMES[(g[1] or "").lower()]
        if not 1 <= months <= last:
            raise ValueError("a rolling period across years, not one year's months")
        y = _year(g[2], g[3], when)
        return (Period.months_range(y, last - months + 1, y, last),)
    if kind == "first_months":
        return (Period.year_to_date(_year(g[1], g[2], when), _number(g[0] or "0")),)
    if kind == "first_month":
        return (Period.month(_year(g[0], g[1], when), 1),)
    if kind == "last_months_of":
        months = _number(g[0] or "0")
        if not 1 <= months <= 12:
            raise ValueError("not a number of months of one year")
        y = int(g[1] or 0)
        return (Period.months_range(y, 13 - months, y, 12),)
    if kind == "past_months":
        months = _number(g[0] or "0")
        latest = when.published
        if latest is not None and year == latest.year and months > latest.month:
            raise ValueError("a rolling period across years, not the year to date")
        return (Period.year_to_date(year, months),)
    if kind == "first_quarters":
        return (Period.year_to_date(_year(g[1], g[2], when), 3 * _number(g[0] or "0")),)
    if kind == "quarter_pair":
        first, second = _ORDINAL[(g[0] or "").lower()], _ORDINAL[(g[1] or "").lower()]
        if second != first + 1:
            raise ValueError("two quarters apart: two periods, not one")
        y = _year(g[2], g[3], when)
        return (Period.months_range(y, 3 * first - 2, y, 3 * second),)
    if kind == "quarter":
        return (Period.quarter(_year(g[1], g[2], when), _ORDINAL[(g[0] or "").lower()]),)
    if kind == "year_ended":
        month_text, year_text = (g[0], g[1]) if g[0] else (g[2], g[3])
        last = MONTH_NAMES[(month_text or "").lower()]
        if year_text:
            year = int(year_text)
        elif when.published is not None:  # ("the year to March" in July: this March)
            p = when.published
            year = p.year if last < p.month else p.year - 1
        else:
            year = when.year
        if last == 12:
            return (Period.year(year),)
        return (Period.months_range(year - 1, last + 1, year, last),)
    if kind == "fiscal_range":
        first, last = MONTH_NAMES[(g[0] or "").lower()], MONTH_NAMES[(g[1] or "").lower()]
        marked, start_year, end_text = (g[2] or "").strip(), int(g[3] or 0), g[4] or ""
        if int(end_text[-2:]) != (start_year + 1) % 100:
            raise ValueError("not a fiscal year's two years")
        if last < first:  # "July-June (2023-24)": across the new year
            return (Period.months_range(start_year, first, start_year + 1, last),)
        if not marked:
            raise ValueError("months in calendar order before two years, no bracket or FY")
        # "July-August (2023-24)": months of one calendar year within the fiscal year. Trade
        # statistics kept by fiscal year start it in April or July (India, Japan, the UK;
        # Pakistan, Australia, Egypt), so July to December are of its first year and January
        # to March of its second; April to June could be either and get no period. (An
        # October start, the US federal year's, is not one trade figures are given by.)
        if first >= 7:
            return (Period.months_range(start_year, first, start_year, last),)
        if last <= 3:
            return (Period.months_range(start_year + 1, first, start_year + 1, last),)
        return ()
    if kind in ("month_range", "between_months"):
        y = _year(g[2], g[3], when)
        return (
            Period.months_range(
                y, MONTH_NAMES[(g[0] or "").lower()], y, MONTH_NAMES[(g[1] or "").lower()]
            ),
        )
    if kind == "as_of_month":
        month, explicit, relative = (g[0], g[1], g[2]) if g[0] else (g[3], g[4], g[5])
        last = MONTH_NAMES[(month or "").lower()]
        return (Period.year_to_date(_year(explicit, relative, when), last),)
    if kind == "month_pair":
        first, second = MONTH_NAMES[(g[0] or "").lower()], MONTH_NAMES[(g[1] or "").lower()]
        if second != first + 1:
            raise ValueError("two months apart: two periods, not one")
        y = _year(g[2], g[3], when)
        return (Period.months_range(y, first, y, second),)
    if kind == "month":
        return (Period.month(_year(g[1], g[2], when), MONTH_NAMES[(g[0] or "").lower()]),)
    if kind == "from_month":
        return (Period.month(when.year, MONTH_NAMES[(g[0] or "").lower()]),)
    if kind == "final_month":
        return (Period.month(_year(g[0], g[1], when), 12),)
    if kind == PREVIOUS_MONTH:
        if when.published is None:
            raise ValueError("the previous month, with no publication date")
        return (Period.month(when.published.year, when.published.month).shift(-1),)
    if kind in ("last_month", "zh_last_month"):
        if when.published is None:
            raise ValueError("last month, with no publication date")
        back = 1 if (g[0] or "").lower() in ("last", "上月", "上个月") else 0
        return (Period.month(when.published.year, when.published.month).shift(-back),)
    if kind == "last_year":
        return (Period.year(_year(None, g[0], when)),)
    if kind in ("same_period", "zh_same_period", THE_MONTH):
        return ()
    if kind == "zh_whole_year":
        return (Period.year(year),)
    if kind in ("year", "zh_year", "year_total"):
        return (Period.year(int(next(filter(None, g), "0"))),)
    if kind == "zh_range":
        y = _year(g[0], g[1], when)
        return (Period.months_range(y, _number(g[2] or "0"), y, _number(g[3] or "0")),)
    if kind in ("zh_first_months", "zh_as_of_month"):
        return (Period.year_to_date(_year(g[0], g[1], when), _number(g[2] or "0")),)
    if kind == "zh_half":
        return (Period.half(_year(g[0], g[1], when), 1 if g[2] == "上" else 2),)
    if kind == "zh_each_quarter":
        return (Period.year(_year(g[0], g[1], when)),)
    if kind == "zh_first_quarters":
        return (Period.year_to_date(_year(g[0], g[1], when), 3 * _number(g[2] or g[3] or "0")),)
    if kind in ("zh_quarter", "zh_quarter_months"):
        return (Period.quarter(_year(g[0], g[1], when), _number(g[2] or ("1" if g[3] else "0"))),)
    if kind == "zh_month":
        return (Period.month(_year(g[0], g[1], when), _number(g[2] or "0")),)
    if kind == "zh_last_year":
        if g[0] in ("今年", "本年") and not g[1] and when.published is not None:
            return ()  # the year is not over when the text is published: the year to date
        return (Period.year(_year(None, g[0], when)),)
    raise KeyError(kind)


# (a pure function of its arguments: the same expression in the same context is built once)
_built = functools.lru_cache(maxsize=1024)(_build)

#: The kind of "in the month": the single month named last (no periods of its own).
THE_MONTH = "the_month"
# After a period, a clause that says when a thing it describes began, ending in 的 before the
# thing's name: "2022年新增准入的鲜榴莲", "去年开通的中老铁路", "2020年获批的综合保税区".
_WHEN_OF_THING = re.compile(
    r"(?:新增|新|首次|首批|正式|获得?)?(?:准入|开通|通车|投运|投产|设立|获批|批准|成立|建成|签署|生效)的"
)

#: The kind of 前一个月: the month before the single month named last (no periods of its own).
MONTH_BEFORE = "zh_month_before"
#: The kind of "in the previous month" (English): the month before the one in force.
PREVIOUS_MONTH = "previous_month"
# Right before it, a figure it would be the base of: "from $40.71 billion in the previous
# month", "3.1 percent in the prior month".
_FIGURE_BEFORE = re.compile(
    r"\d[\d.,]*\s*(?:%|percent|per\s+cent|(?:million|billion|trillion)(?:\s+[A-Za-z.]+){0,2})\s*$",
    re.I,
)
#: The kind of "last month" in a text with no publication date (no periods of its own).
LAST_MONTH_UNDATED = "last_month_undated"
#: The kind of "year-to-date": January to the end of the period in force.
YEAR_TO_DATE = "year_to_date"
# A Chinese character: "2023-24" is read as a fiscal year in English copy only.
_HAS_CJK = re.compile("[\u4e00-\u9fff]")
# After "year-to-date", the month it runs to: "year-to-date through May", "YTD to June".
_THROUGH_MONTH_AFTER = re.compile(rf"\s*,?\s*(?:through|to|until|up\s+to|as\s+of)\s+{_MONTH}", re.I)
#: Kinds counted from the publication date.
_RELATIVE = {"last_year", "zh_last_year", "last_month", "zh_last_month", PREVIOUS_MONTH}
#: Kinds of part of a year whose year may go unwritten ("the first three quarters", "in
#: September", "1-9月").
OPEN_YEAR_KINDS = frozenset(
    {
        "first_half",
        "first_months",
        "months_ending",
        "first_quarters",
        "quarter_pair",
        "quarter",
        "month_range",
        "between_months",
        "month_pair",
        "month",
        "as_of_month",
        "zh_range",
        "zh_first_months",
        "zh_as_of_month",
        "zh_half",
        "zh_first_quarters",
        "zh_each_quarter",
        "zh_quarter",
        "zh_quarter_months",
        "zh_quarter_list",
        "zh_month",
        "zh_month_list",
    }
)

#: Kinds that may take their year from the year in force (the text gives none).
_IMPLICIT_YEAR = OPEN_YEAR_KINDS | {
    "consecutive",
    "zh_consecutive",
    "h_year",
    "q_year",
    "past_months",
}

# A comparison base is not the period of a figure: "(from|over|than|on) (the same period
# of) last year", "compared with last year", "last year's figure", 比去年, 较上年, 去年同期,
# 与2019年同期相比.
_BASE_BEFORE = re.compile(
    r"(?:\b(?:from|over|than|on|against|versus|vs\.?|with|to)\s+(?:the\s+)?"
    r"(?:same\s+(?:period|month|quarter|time)\s+(?:(?:of|in|as)\s+)?)?"
    # "compared with May of last year": the same month a year before
    rf"(?:{_MONTH}\s+(?:of\s+)?)?|比|较|与|同"
    # "2.2 points lower than the rise in the same period last year": the same months a year
    # before, never a whole year's figure
    r"|\bsame\s+(?:period|month|quarter|time)\s+(?:(?:of|in|as)\s+)?"
    # "expanded by 56.7 percent from the end of 2014 to 3.96 trillion yuan": the year
    # before, its close the base (not "to the end of 2014", where a span ends)
    r"|\b(?:from|over|than|on|against)\s+the\s+(?:end|close)\s+(?:of\s+)?"
    # "almost double that for the same period last year": "that" stands for the figure
    r"|\b(?:that|those)\s+(?:for|of|in)\s+(?:the\s+)?(?:same\s+(?:period|month|quarter|time)\s+"
    r"(?:(?:of|in|as)\s+)?)?"
    # "from the pre-crisis level in 2008", "over the figure of 2020", "a rise on the amount
    # recorded at the same period in 2018"
    r"|\b(?:from|over|than|on|against|with|to"
    # "totaled 2.3 trillion yuan, overtaking the total revenue of 2016": a level passed
    r"|overt(?:ak(?:es|ing|en)?|ook)|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?"
    r"|top(?:s|ped|ping)?)\s+(?:the|its|that)\s+(?:[\w-]+\s+){0,2}"
    # ("a 24.5 percent growth in comparison to the volume reached in 2017")
    r"(?:level|figure|value|total|amount|volume|revenue|turnover)"
    r"\s+(?:(?:recorded|registered|reported|posted|seen|reached|achieved)\s+)?"
    r"(?:(?:of|in|at|during|for)\s+)?(?:the\s+)?(?:same\s+(?:period|month|quarter|time)\s+"
    r"(?:(?:of|in|as)\s+)?)?)$",
    re.I,
)
# Any period right after a comparison word is a base: "增速较上半年扩大", "比上月增长",
# "higher than in the first quarter", "compared with the first half".
_ANY_BASE_BEFORE = re.compile(
    r"(?:较|比|\bthan\s+(?:in\s+|during\s+)?|\bcompared\s+(?:with|to)\s+"
    # "Compared with data of the first half of 2021, ...": the data of a base period
    r"(?:(?:the\s+)?(?:data|figures?|levels?|values?|volumes?|numbers?|results?)\s+"
    r"(?:of|for|in)\s+)?"
    # "up 6.2 percent from that in May": growth on another month, not its period
    r"|\bfrom\s+(?:that|those|the\s+(?:figure|level|value))\s+(?:(?:in|of)\s+)?"
    # "338.78 billion dollars more than that in 2005"
    r"|\bthan\s+(?:that|those)\s+(?:(?:in|of|for)\s+)?)(?:the\s+)?$",
    re.I,
)
# ... and a part of a year right after 低于 / 高于 / 次于 ("仅低于9月", "高于一季度"); not a
# year, whose own figure may follow ("高于2016年的2507亿美元" states 2016's)
_MEASURED_AGAINST = re.compile(r"(?:低于|高于|次于)$")
# (but "仅次于今年1月份的890亿元" states January's own figure)
# (and "低于7月的升7.2%", "高于一季度的增长5%": July's own change, as Hong Kong copy writes it)
_OWN_FIGURE_AFTER = re.compile(r"份?的(?:约|近)?(?:升|降|增长|下降|上升|下跌|增|减|跌|涨)?\d")
_PART_KINDS = frozenset(
    {"zh_month", "zh_quarter", "zh_half", "zh_first_months", "zh_range"}
    | {"zh_quarter_list", "zh_month_list"}
)
# After a part of a year compared with, its own rate of change: "较一季度6.4%的降幅收窄",
# "比上月3.1%的增速加快" (the rate is that period's figure, the comparison is in words).
_RATE_OF_BASE_AFTER = re.compile(
    r"份?的?(?:约|近)?\d+(?:\.\d+)?%的(?:降幅|增幅|增速|跌幅|涨幅|升幅)"
)
_BASE_AFTER = re.compile(r"(?:['’]s\b|同期|同月|相比|同季度)")
# A part of a year between 与 / 同 and 相比: "与2019年上半年相比", "同一季度相比".
_WITH_BEFORE = re.compile(r"[与同跟和]$")
_COMPARED_PART_KINDS = _PART_KINDS | {"zh_first_quarters", "zh_whole_year"}
_COMPARED_AFTER = re.compile(r"(?:同期)?(?:相比|相较|比较)")
_WRITTEN_YEAR = re.compile(r"(?:19|20)\d{2}年")
# A year's whole level that a figure is measured against, with no figure of its own:
# "超过去年总额" (more than last year's total), "接近去年全年水平", "突破2019年全年规模".
_LEVEL_VERB = re.compile(r"(?:超过|超出|接近|突破|高于|低于|相当于|逼近)$")
_LEVEL_AFTER = re.compile(r"(?:全年)?的?(?:总额|总值|总量|水平|水准|规模)")
# ... or a part or a multiple of that year's figure: "0.2亿元，接近去年全年对外承包工程出口货物
# 的一半", "相当于2019年全年的1.5倍"
_FRACTION_AFTER = re.compile(
    r"[^，,。；;\d]{0,20}?的(?:一半|[一二两三四五六七八九十\d.]+(?:倍|成)"
    r"|[一二三四五六七八九十]+分之[一二三四五六七八九十]+)"
)
# "the same period" followed by its year is a comparison base too: "over the same period
# last year", "in the same period of 2022", "the same period as last year".
_SAME_PERIOD_BASE = re.compile(
    r"\s*(?:of\s+|in\s+|as\s+)?(?:(?:19|20)\d{2}|a\s+year\s+(?:earlier|ago)|"
    r"(?:the\s+)?(?:last|previous|prior)\s+year)",
    re.I,
)
_SAME_PERIOD_REF = re.compile(r"(?:during|in|for)\s", re.I)
#: Characters before a match searched for a comparison word.
_BASE_WINDOW = 64
# "up 2.3% from 140.7 billion yuan in May": the amount of the month compared with (not
# "from $15.1 billion in May to $17.2 billion in June": a span's start)
_FROM_AMOUNT_IN = re.compile(
    r"\bfrom\s+(?:US\$|\$|RMB\s?)?\d[\d,.]*\s*(?:(?:billion|million|trillion|bn)\s*)?"
    r"(?:(?:yuan|dollars|U\.?S\.?\s+dollars|euros?)\s+)?(?:in\s+)?$"
)
_TO_AFTER = re.compile(r"\s*,?\s*to\b")
# "rose 7.3 percent from the first quarter of 2022", "up 4% over the first half of 2021":
# a part of a year right after a change and its comparison word is the part compared with
# (not "grew 5% from January to March", a span: month kinds are not among _GROWTH_FROM_KINDS)
_GROWTH_FROM = re.compile(
    r"(?:(?:%|\bper\s*cent|\bpercent)\s+(?:year[-\s]on[-\s]year\s+)?"
    # ("In the second quarter, its trade rebounded from the first quarter, up 1.5%")
    r"|\b(?:rebound(?:ed|ing|s)?|recover(?:ed|ing|s)?|pick(?:ed|ing|s)?\s+up|improv(?:ed|ing|es)"
    r"|accelerat(?:ed|ing|es))\s+)(?:from|over|on)\s+(?:the\s+)?$",
    re.I,
)
_GROWTH_FROM_KINDS = frozenset({"first_half", "first_months", "first_quarters", "quarter"})


def _is_base(kind: str, text: str, start: int, end: int) -> bool:
    """Whether the expression at text[start:end] is what a figure is compared with."""
    if kind == "year_total":
        return False  # ("more than 2017 annual total (over 243 billion CNY)": its own value)
    if kind in _PART_KINDS and _RATE_OF_BASE_AFTER.match(text, end):
        return False  # ("较一季度6.4%的降幅大幅收窄": the first quarter's own fall)
    if quick(_ANY_BASE_BEFORE).search(text[max(0, start - _BASE_WINDOW) : start]):
        return True
    if (
        kind in _COMPARED_PART_KINDS
        and _WITH_BEFORE.search(text, max(0, start - 1), start)
        and _COMPARED_AFTER.match(text, end)
    ):
        return True  # "与2019年上半年相比增长72.7%": the part of a year compared with
    if kind in _GROWTH_FROM_KINDS and _GROWTH_FROM.search(
        text, max(0, start - _BASE_WINDOW), start
    ):
        return True
    if (
        kind in _PART_KINDS
        and _MEASURED_AGAINST.search(text, max(0, start - 3), start)
        and not _OWN_FIGURE_AFTER.match(text, end)
    ):
        return True  # "为历史次高，仅低于9月": the month it is measured against
    if (
        kind == "month"
        and "from" in text[max(0, start - _BASE_WINDOW) : start]
        and _FROM_AMOUNT_IN.search(text, max(0, start - _BASE_WINDOW), start)
        and not _TO_AFTER.match(text, end)
    ):
        return True
    if kind in ("last_year", "zh_last_year", "year", "zh_year"):
        if quick(_BASE_BEFORE).search(text[max(0, start - _BASE_WINDOW) : start]):
            return True
        if _BASE_AFTER.match(text, end):
            return True
        if (
            _LEVEL_AFTER.match(text, end) or _FRACTION_AFTER.match(text, end)
        ) and _LEVEL_VERB.search(text, max(0, start - 4), start):
            return True
    if kind != "same_period":
        return False
    return not _SAME_PERIOD_REF.match(text, start) or _SAME_PERIOD_BASE.match(text, end) is not None


# Every month name starts with one of these, and each of them is a month name: a text has as
# many month names as its lower case holds stems, at most (no character lower-cases into
# their letters, and no stem can overlap itself).
_MONTH_STEMS = tuple(sorted({name[:3].lower() for name in MONTH_NAMES}))
#: Words one of which must be in the text for a pattern to be tried (a cheap pre-filter).
_NEEDS: dict[str, tuple[str, ...]] = {
    "year_range": ("from",),
    "month_year_range": ("from", "between"),
    "year_to_year": ("from", "between"),
    "between_months": ("between",),
    "consecutive": ("consecutive",),
    "first_half": ("half", "semester"),
    "h_year": ("h1", "h2"),
    "h_first": ("1h", "2h"),
    "year_s_part": ("'s", "’s"),
    "q_range": ("q1", "q2", "q3"),
    "first_months": ("months",),
    "first_month": ("month",),
    "fiscal_years": ("-", "–", "/"),
    "months_ending": ("months",),
    "past_months": ("months",),
    "last_months_of": ("months",),
    "first_quarters": ("quarters",),
    "quarter_pair": ("quarters",),
    "quarter": ("quarter",),
    "ordinal_part": ("second", "third", "fourth", "2nd", "3rd", "4th"),
    "q_year": ("q1", "q2", "q3", "q4"),
    "from_month": ("from",),
    "final_month": ("month",),
    "last_month": ("month",),
    PREVIOUS_MONTH: ("month",),
    "year_to_date": ("date",),
    "the_month": ("month",),
    "last_year": ("year",),
    "same_period": ("period",),
    "year": ("19", "20"),
    "year_total": ("19", "20"),
    "zh_consecutive": ("连续",),
    "zh_months_running": ("连",),
    "zh_quarters_running": ("个季度",),
    "zh_range": ("月",),
    "zh_first_months": ("月",),
    "zh_month_before": ("一个月",),
    "zh_as_of_month": ("截",),
    "zh_half": ("半年",),
    "zh_first_quarters": ("季",),
    "zh_each_quarter": ("季度",),
    "zh_quarter_months": ("季度",),
    "zh_quarter_list": ("季度",),
    "zh_month_list": ("月",),
    "zh_quarter": ("季",),
    "zh_month": ("月",),
    "zh_last_month": ("月",),
    "zh_last_year": ("年",),
    "zh_year": ("年",),
    "zh_years_running": ("连续",),
    "zh_same_period": ("同",),
    "zh_whole_year": ("全年",),
}


#: After a dated Chinese period, the words of "since" (2010年一季度以来, 2015年以来的):
#: the period is where a record's span starts, not the period of a figure.
_SINCE = ("以来", "以後", "以后")
_SINCE_KINDS = frozenset({"zh_year", "zh_quarter", "zh_month", "zh_half"})
#: Before an English date, "since" in the same clause with no figure or new clause between:
#: the start of a record's span ("the most since August of 2010", "the highest since
#: 2015") or the date of an event something has held since ("since the free trade
#: agreement was signed in December 2015"): no period of a figure.
_SINCE_EN = re.compile(
    r"\b(?:since|from\s+the\s+(?:very\s+)?(?:beginning|start)\s+of)\s"
    r"(?:(?!(?:and|while|but|which|when|where|whereas)\s)[^\d,.;:!?()\n]){0,70}$",
    re.I,
)
_SINCE_WINDOW = 80


# Before "this year" / "so far in 2025", a superlative with a few words and no figure or
# clause between: the span a record is the highest of ("marking the highest monthly
# increase so far this year", "the fastest pace this year"), not the period of the figure
# before it ("In September alone, ... rose 8 percent"). A year with no "so far" stays a
# period ("the largest partner in 2020, with trade of ...").
_RECORD_SCOPE = re.compile(
    r"\b(?:highest|lowest|largest|biggest|fastest|slowest|strongest|weakest|sharpest"
    r"|steepest|best|worst"
    # "marking a new high for monthly exports this year", "a record high this year"
    r"|new\s+(?:high|low|peak|record)|record\s+(?:high|low))"
    r"(?:\s+[a-z][a-z-]*){0,3}\s+(?:(so\s+far)\s+(?:in\s+)?)?$",
    re.I,
)
_RECORD_SCOPE_KINDS = frozenset({"last_year", "year"})
# A rolling year's flow, as New Zealand's and Australia's statistics write it: "Annual
# exports to China jumped 22 per cent in April", "the annual trade deficit widened to $5b
# in May" (the twelve months ended in that month); not "annual export growth" (a rate).
# The annual flow is the subject of the month's clause: no other flow word between them
# ("whose annual exports topped $680 billion last year, saw its exports to China fall 5
# percent in July" is July's), none in a relative clause ("whose / which annual ..."), and
# a decimal point is no sentence end ("$5.2b")
_ANNUAL_FLOW = re.compile(
    r"(?<!whose\s)(?<!which\s)"
    r"\bannual\s+(?:(?:goods|merchandise)\s+)?(?:exports|imports|trade\s+(?:deficit|surplus))\b"
    r"(?!\s+(?:growth|rate))"
    r"(?:(?!\b(?:exports?|imports?|shipments|sales|trade)\b)[^.;:!?]|\.(?=\d))*$",
    re.I,
)
#: How far before its month an annual flow may stand.
_ANNUAL_REACH = 120


def _annual_before(text: str, m: re.Match[str]) -> bool:
    """Whether an annual flow (see _ANNUAL_FLOW) stands before the month at ``m``."""
    return _ANNUAL_FLOW.search(text, max(0, m.start() - _ANNUAL_REACH), m.start()) is not None


# "during the first few months of 2019", "the opening weeks of 2021": a part of the year
# its words do not say (a count the period patterns did not read), so no whole year; its
# figures are skipped rather than given the year or the period in force
_PART_BEFORE_YEAR = re.compile(r"\b(?:months|weeks|days)\s+$", re.I)
# Before "year through April": a calendar year (January to April, not twelve months), or a
# fiscal one whose first month the text does not say
_YEAR_KIND_BEFORE = re.compile(r"\b(calendar|fiscal|financial)\s+$", re.I)
# After "the first N months": of a fiscal year ("of the current fiscal year", "of the
# financial year 2023-24", "of FY24")
_OF_FISCAL_YEAR = re.compile(
    r"\s+(?:of|in|into)\s+(?:the\s+|this\s+|its\s+)?(?:current\s+|present\s+|last\s+"
    r"|previous\s+|new\s+)?(?:(?:fiscal|financial)\s+year|FY)",
    re.I,
)
#: A "year_ended" match that reads as the year so far ("year to / through April").
_YEAR_SO_FAR = re.compile(r"year\s+(?:to|through)\s", re.I)
#: The months fiscal years end in (March: Japan, India, the UK; June: Australia, New Zealand,
#: Pakistan; September: the US; December: the calendar year), written after "to / through".
_FISCAL_YEAR_END = re.compile(
    r"\b(?:to|through)\s+(?:the\s+end\s+of\s+)?(?:mar(?:ch)?|june?|sept?(?:ember)?|dec(?:ember)?)\b",
    re.I,
)


def _record_scope(text: str, m: re.Match[str], kind: str) -> bool:
    """Whether a year period is the span of a superlative's record (see _RECORD_SCOPE)."""
    scope = _RECORD_SCOPE.search(text, max(0, m.start() - 60), m.start())
    if scope is None:
        return False
    return scope.group(1) is not None or (kind == "last_year" and m.group(1).lower() == "this")


def after_since(text: str, start: int) -> bool:
    """Whether the English date at ``start`` stands in a "since" clause (see _SINCE_EN)."""
    return quick(_SINCE_EN).search(text, max(0, start - _SINCE_WINDOW), start) is not None


#: What after 去年 / 今年 makes it no period of a figure (see find_periods).
# (创下今年新高 / 为今年最低: the span of a record the month's figure set, no period of it)
_NOT_A_YEAR = ("以来", "单月", "年初", "年底", "年末", "新高", "新低", "最高", "最低")
_ALL_NEEDED = frozenset(word for words in _NEEDS.values() for word in words)
#: How many month names each month-name pattern needs ("January-May" two).
_MONTHS_NEEDED = {
    "year_ended": 1,
    "fiscal_range": 2,
    "month_range": 2,
    "month_pair": 2,
    "month": 1,
    "as_of_month": 1,
}
#: The patterns in order, each with the words it needs (None: month names).
_PLAN = [(kind, pattern, _NEEDS.get(kind)) for kind, pattern in _PATTERNS]


@functools.lru_cache(maxsize=512)
def _plan(present: frozenset[str], months: int) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The patterns worth trying, in order, in a text with these needed words and month names.

    ``months`` counts month stems, capped at the most any pattern needs: many sentences
    share one plan.
    """
    return tuple(
        (kind, pattern)
        for kind, pattern, needs in _PLAN
        if (months >= _MONTHS_NEEDED[kind] if needs is None else not present.isdisjoint(needs))
    )


def find_periods(
    text: str, year: int, published: datetime.date | None = None, current: int | None = None
) -> list[PeriodMention]:
    """Period expressions in ``text``.

    ``year`` is the year in force, for periods whose year the text does not give;
    ``published`` anchors relative time and bounds the end of every such period. Without
    it, ``current`` (the article's own year, when known) is the year "this year" names:
    not the year of the last period in force ("... in 2019. In the first quarter of this
    year, ..." is of the article's year).
    """
    found: list[PeriodMention] = []
    taken = _Taken()
    low = text.lower()
    present = frozenset(filter(low.__contains__, _ALL_NEEDED))
    months = sum(map(low.count, _MONTH_STEMS))  # month names: at most this many
    since = "ince" in low or "from" in low  # (once: a scan of the whole text)
    record = "est " in low or "worst" in low or "new " in low or "record " in low
    annual = "annual " in low
    respectively = "respectively" in low  # (two quarters named together: see _quarter_pair)
    has_cjk: bool | None = None  # (whether the text writes Chinese: asked at most once)
    when = _When(year, published, current)
    written: dict[int, tuple[str, tuple[str | None, ...]]] = {}  # start -> kind, groups

    def unplaced(m: re.Match[str]) -> None:
        """A part of a year the text does not place: its figures are skipped, not dated."""
        taken.add(*m.span())
        found.append(PeriodMention(*m.span(), (), False, "running_unplaced"))

    for kind, pattern in _plan(present, min(months, max(_MONTHS_NEEDED.values()))):
        for m in quick_finditer(pattern, text):
            if taken.overlaps(m.start(), m.end()):
                continue
            if kind == "zh_last_year" and text[m.end() : m.end() + 2] in _NOT_A_YEAR:
                # 今年以来: since January, end month unknown; 今年单月首次突破: "for the first
                # time in a single month this year" qualifies the month, it is no period;
                # 去年年初 / 年底: a point in time, not the whole year; 创下今年新高: a
                # record's span
                taken.add(*m.span())
                continue
            if kind[:3] == "zh_" and _WHEN_OF_THING.match(text, m.end()) is not None:
                # "2022年新增准入的鲜榴莲…合计进口146.5亿元": when the goods were admitted (a
                # clause that describes them), not the period of the figure
                taken.add(*m.span())
                continue
            if kind in _SINCE_KINDS and text.startswith(_SINCE, m.end()):
                # "为2010年一季度以来最低", "创2015年以来新高": the start of a record's
                # span, no period of a figure
                taken.add(*m.span())
                continue
            if kind[:3] != "zh_" and since and after_since(text, m.start()):
                taken.add(*m.span())
                continue
            if (
                kind == "year_ended"
                and _YEAR_SO_FAR.match(m.group(0))
                and (which := _YEAR_KIND_BEFORE.search(text, max(0, m.start() - 12), m.start()))
            ):
                if which.group(1).lower() == "calendar":
                    # "the calendar year through April": January to April, read as "through
                    # April" below
                    continue
                if not _FISCAL_YEAR_END.search(m.group(0)):
                    # "the fiscal year through January": so far in a year whose first month
                    # is not said, skipped; through a month fiscal years end in ("the fiscal
                    # year through March 2024", Australia's "financial year to June") it is
                    # the twelve months to it, as "the fiscal year ended March 2024" reads
                    unplaced(m)
                    continue
            if kind == "first_months" and _OF_FISCAL_YEAR.match(text, m.end()):
                # "the first two months of the current fiscal year (2023-24)": months of a
                # year whose first month the text does not say (July in Pakistan, April in
                # India): no calendar January to February, its figures skipped
                unplaced(m)
                continue
            if (
                kind == "year"
                and m.group(0)[:2].lower() == "of"
                and _PART_BEFORE_YEAR.search(text, max(0, m.start() - 8), m.start())
            ):
                unplaced(m)
                continue
            if kind in _RECORD_SCOPE_KINDS and record and _record_scope(text, m, kind):
                taken.add(*m.span())
                continue
            if kind == "fiscal_years":
                if has_cjk is None:  # (once per text, not per match)
                    has_cjk = _HAS_CJK.search(text) is not None
                if int(m.group(2)) == (int(m.group(1)) + 1) % 100 and not has_cjk:
                    unplaced(m)
                continue  # (not a two-year span: "2023-05", a date's year and month)
            if kind == "quarter_pair" and respectively:
                taken.add(*m.span())
                found.extend(_quarter_pair(m, when, published))
                continue
            if kind == "zh_years_running":
                taken.add(*m.span())
                found.append(_years_running(text, m))
                continue
            if kind == "zh_quarters_running":
                taken.add(*m.span())
                found.append(PeriodMention(*m.span(), (), False, kind, _number(m.group(1))))
                continue
            if kind == "zh_months_running":
                taken.add(*m.span())
                count = _number(m.group(1) or m.group(2))
                found.append(PeriodMention(*m.span(), (), False, kind, count))
                continue
            if kind == "ordinal_part":
                taken.add(*m.span())
                if (part := _ordinal_part(found, m, published)) is not None:
                    found.append(part)
                continue
            if kind == YEAR_TO_DATE:
                taken.add(*m.span())
                if _THROUGH_MONTH_AFTER.match(text, m.end()):
                    continue  # "year-to-date through May": the months written after it
                found.append(PeriodMention(*m.span(), (), False, kind))
                continue
            if kind == "from_month":
                taken.add(*m.span())
                based_on = _built(kind, m.groups(), when)
                found.append(PeriodMention(*m.span(), based_on, False, "base_month"))
                continue
            if _is_base(kind, text, m.start(), m.end()):
                taken.add(*m.span())
                if kind in ("year", "zh_year"):  # a base other than a year earlier
                    base = (Period.year(int(next(filter(None, m.groups()), "0"))),)
                    found.append(PeriodMention(m.start(), m.end(), base, False, "base_year"))
                elif kind in _COMPARED_PART_KINDS and _COMPARED_AFTER.match(text, m.end()):
                    # ("与2019年上半年相比": the year of the part compared with, when written)
                    try:
                        based_on = _build(kind, m.groups(), when)
                    except (KeyError, ValueError):
                        based_on = ()
                    if based_on and _WRITTEN_YEAR.search(m.group(0)):
                        base = (Period.year(based_on[0].start_year),)
                        found.append(PeriodMention(m.start(), m.end(), base, False, "base_year"))
                elif kind == "month":  # "from that in October": growth on that month
                    try:
                        based_on = _build(kind, m.groups(), when)
                    except (KeyError, ValueError):
                        based_on = ()
                    if based_on:
                        found.append(PeriodMention(*m.span(), based_on, False, "base_month"))
                continue
            if kind in _LIST_KINDS:
                taken.add(*m.span())
                found.extend(_part_list(m, kind, when, published))
                continue
            if kind == PREVIOUS_MONTH and _FIGURE_BEFORE.search(
                text, max(0, m.start() - 40), m.start()
            ):
                taken.add(*m.span())
                continue  # (the base of a figure: attach.period_of dates it)
            if kind == MONTH_BEFORE:
                # the month before the one named last: only the sentence and the period in
                # force tell which (see attach)
                taken.add(*m.span())
                found.append(PeriodMention(*m.span(), (), False, kind))
                continue
            if kind == "last_month" and published is None and m.group(1).lower() == "last":
                # "Chinese exports last month" in a text with no date: the month before
                # publication, which only the cumulative period in force can tell
                taken.add(*m.span())
                found.append(PeriodMention(*m.span(), (), True, LAST_MONTH_UNDATED))
                continue
            try:
                periods = _built(kind, m.groups(), when)
                if kind in _IMPLICIT_YEAR and published is not None:
                    periods = _not_after(kind, m.groups(), periods, when, published)
            except (KeyError, ValueError):
                continue
            if kind == "month" and annual and len(periods) == 1 and _annual_before(text, m):
                # "Annual exports to China jumped 22 per cent in April": the year ended then
                periods = (Period(periods[0].last - 11, periods[0].last),)
            taken.add(*m.span())
            found.append(PeriodMention(m.start(), m.end(), periods, kind in _RELATIVE, kind))
            if kind in _YEAR_GROUPS:
                written[m.start()] = (kind, m.groups())
        taken.merge()
    found.sort(key=lambda p: p.start)
    if len(written) > 1:
        found = _list_years(text, found, written, when)
    if len(found) > 1 and any(p.kind == "zh_whole_year" for p in found):
        found = _whole_year_named_before(text, found)
    return found


# A year written only as a base or a milestone, not as the topic of the sentence: 受2022年
# 高基数影响, 继2022年首次突破…后, 在2022年…的基础上, 较2022年, 与2022年相比
_YEAR_NOT_TOPIC_BEFORE = frozenset("受在继较比与同")
_YEAR_NOT_TOPIC_AFTER = re.compile(r"(?:全年)?(?:的)?(?:高基数|基数|基础|后|以来|同期|相比)")


def _whole_year_named_before(text: str, found: list[PeriodMention]) -> list[PeriodMention]:
    """全年 after a year the sentence names is that year's whole.

    "海关总署发布了2019年中国外贸进出口情况，全年货物贸易进出口总值…" in January 2020: the
    year just written, not the year in force. Not a year written as a base or a milestone
    ("受2022年高基数影响，全年出口增长2.5%", "继2022年首次突破40万亿元后，全年…"): there
    全年 keeps the year the sentence had before.
    """
    out: list[PeriodMention] = []
    year: int | None = None
    for p in found:
        if p.kind == "zh_whole_year" and year is not None:
            p = attrs.evolve(p, periods=(Period.year(year),), relative=False)
        elif (
            p.kind in ("zh_year", "zh_last_year")
            and len(p.periods) == 1
            and text[p.start - 1 : p.start] not in _YEAR_NOT_TOPIC_BEFORE
            and _YEAR_NOT_TOPIC_AFTER.match(text, p.end) is None
        ):
            whole = p.periods[0]
            year = whole.end_year if whole.n_months == 12 else None
        out.append(p)
    return out


_MONTH_KINDS = frozenset({"month", "zh_month"})
# Between two periods of one list: "2022年5月、6月", "2021年一季度和二季度", "May and June"
PERIOD_LIST_GAP = re.compile(r"\s*(?:[、,，和及与]|and)\s*")


def _list_years(
    text: str,
    found: list[PeriodMention],
    written: dict[int, tuple[str, tuple[str | None, ...]]],
    when: _When,
) -> list[PeriodMention]:
    """A list's later items take the year written with its first: "2022年5月、6月".

    In a text published in 2023, 6月 alone would be June 2023; in the list it is the
    year its first item names (explicit, or relative: 去年5月、6月).
    """
    out: list[PeriodMention] = []
    year: int | None = None  # the year of the list item just before, when it names one
    month: Period | None = None  # the last single month written with its year
    for p in found:
        kind, groups = written.get(p.start, ("", ()))
        said = [groups[i] for i in _YEAR_GROUPS.get(kind, ())]
        near = out and PERIOD_LIST_GAP.fullmatch(text, out[-1].end, p.start) is not None
        one_month = kind in _MONTH_KINDS and len(p.periods) == 1
        if one_month and any(said):
            month = p.periods[0]
        elif (
            one_month
            and month is not None
            and p.periods[0].end_year != month.end_year
            and p.periods[0].end_month > month.end_month
        ):
            # "今年1月…增长5.3%，但2月(-7.6%)和3月(-2.4%)…": a later month of the same
            # sentence written with no year is of the year of the month before it
            try:
                periods = _built(kind, groups, _When(month.end_year, None, when.current))
            except (KeyError, ValueError):
                periods = p.periods
            p = PeriodMention(p.start, p.end, periods, p.relative, p.kind)
            out.append(p)
            continue
        if kind and not any(said) and year is not None and near:
            try:
                periods = _built(kind, groups, _When(year, None, when.current))
            except (KeyError, ValueError):
                periods = p.periods
            p = PeriodMention(p.start, p.end, periods, p.relative, p.kind)
        elif not kind or any(said) or not near:
            year = p.periods[0].end_year if kind and any(said) and len(p.periods) == 1 else None
        out.append(p)
    return out


#: Most characters between a part of a year and a later ordinal standing for its like.
_ORDINAL_PART_WINDOW = 160


def _ordinal_part(
    found: list[PeriodMention], m: re.Match[str], published: datetime.date | None
) -> PeriodMention | None:
    """A bare "in the second" after "in the first quarter" in a sentence: the second quarter.

    The unit and year are those of the last quarter or half found before it, close by;
    with none, the ordinal names nothing (no guess). Only a later part than that one, not
    ending after publication: "rose in the first quarter, after a drop in the fourth" is
    the quarter before (of the year before), which is not guessed: a mention placing
    nothing, so that its figure is skipped.
    """
    before = [
        f
        for f in found
        if f.kind in ("quarter", "first_half")
        and len(f.periods) == 1
        and m.start() - _ORDINAL_PART_WINDOW <= f.end <= m.start()
    ]
    if not before:
        return None
    named = max(before, key=lambda f: f.end).periods[0]
    number = _ORDINAL[m.group(1).lower()]
    try:
        if named.n_months == 3:
            period = Period.quarter(named.start_year, number)
        elif named.n_months == 6:
            period = Period.half(named.start_year, number)
        else:
            return None
    except ValueError:
        return None
    if period.start_month <= named.start_month or (
        published is not None
        and (period.end_year, period.end_month) > (published.year, published.month)
    ):
        # (an earlier part, of another year: which one is not guessed; its figure is
        # skipped, not given the part named before)
        return PeriodMention(*m.span(), (), False, "running_unplaced")
    kind = "quarter" if named.n_months == 3 else "first_half"
    return PeriodMention(*m.span(), (period,), False, kind)


def _quarter_pair(
    m: re.Match[str], when: _When, published: datetime.date | None
) -> list[PeriodMention]:
    """The two quarters of "the first and second quarters", each a mention of its own.

    Spans: the first ordinal, and from the second to the end, so that the two read as a
    written list of periods (see lists.period_parts).
    """
    found = []
    for i, start in ((1, m.start(1)), (2, m.start(2))):
        groups = (m.group(i), m.group(3), m.group(4))
        try:
            periods = _built("quarter", groups, when)
            if published is not None:
                periods = _not_after("quarter", groups, periods, when, published)
        except (KeyError, ValueError):
            return []
        end = m.end(1) if i == 1 else m.end()
        found.append(PeriodMention(start, end, periods, False, "quarter"))
    return found


#: Lists of parts of a year that share one word (二、三、四季度, 5、6月): the kind each part
#: is built as, and the pattern of an item after the first (its separator, then the item).
_LIST_KINDS = {
    "zh_quarter_list": ("zh_quarter", re.compile(r"[、和及与](第?([一二三四1-4]))")),
    "zh_month_list": ("zh_month", re.compile(rf"[、和及与](({_ZH_MONTH}))")),
}


def _part_list(
    m: re.Match[str], kind: str, when: _When, published: datetime.date | None
) -> list[PeriodMention]:
    """Each part of "二、三、四季度" / "5、6月" as a mention of its own, in the year written.

    Spans: the first item (with the year before it), each later item, and the last to the
    end, so that the parts read as a written list of periods (see lists.period_parts).
    """
    built, item = _LIST_KINDS[kind]
    items = [(m.start(), m.end(3), m.group(3))]
    items += [(i.start(1), i.end(1), i.group(2)) for i in item.finditer(m.group(4))]
    offset = m.start(4)
    found = []
    for n, (start, end, number) in enumerate(items):
        if n:
            start, end = start + offset, end + offset
        if n == len(items) - 1:
            end = m.end()
        groups = (m.group(1), m.group(2), number)
        try:
            periods = _built(built, groups, when)
            if published is not None:
                periods = _not_after(built, groups, periods, when, published)
        except (KeyError, ValueError):
            return []
        found.append(PeriodMention(start, end, periods, False, built))
    return found


# "截至2022年" / "截至2022年底": the last year of a run of years written after it.
_AS_OF_YEAR = re.compile(r"截至((?:19|20)\d{2})年(?:底|末)?")
# ... or a whole year written before it in the sentence: "2024年中哥贸易规模达1496.3亿元，…，
# 连续4年超过1200亿元" (not a year of a month, quarter or half: 2024年3月, 2024年上半年)
_WHOLE_YEAR_BEFORE = re.compile(
    r"((?:19|20)\d{2})年(?:全年|底|末)?(?![\d一二三四五六七八九十上下前第同以])"
)


# A run of years that starts after the year written before it: "2000年突破100亿美元，此后
# 连续8年…" (2001 to 2008), 其后 / 之后 / 从此 / 自此 / 随后
_RUN_AFTER = re.compile(r"(?:此后|其后|之后|从此|自此|随后)[^。；;，,\d]{0,3}$")
# ... or that starts with the year it names: "自2016年起连续5年", "2016年开始连续5年"
_RUN_FROM_YEAR = re.compile(r"((?:19|20)\d{2})年(?:起|开始)")


def _years_running(text: str, m: re.Match[str]) -> PeriodMention:
    """连续N年 as one period per year, up to the year of the last 截至YYYY年 before it.

    After 此后 / 之后 the run starts the year after the one written before it; after
    自YYYY年起 it starts with that year.

    Without such a year (or with a count that is not a small number) the run is kind
    "running_unplaced": a figure it dates is skipped, never given the period in force.
    """
    count = _number(m.group(1))
    ends = list(_AS_OF_YEAR.finditer(text, max(0, m.start() - 80), m.start()))
    first = None
    if not ends:
        starts = list(_RUN_FROM_YEAR.finditer(text, max(0, m.start() - 30), m.start()))
        ends = list(_WHOLE_YEAR_BEFORE.finditer(text, max(0, m.start() - 80), m.start()))
        if starts:
            first = int(starts[-1].group(1))  # 自2016年起连续5年: 2016 is the first
        elif ends and _RUN_AFTER.search(text, max(0, m.start() - 8), m.start()):
            first = int(ends[-1].group(1)) + 1  # 2000年…，此后连续8年: 2001 to 2008
    if first is not None and 1 < count <= 30:
        years = tuple(Period.year(y) for y in range(first, first + count))
        return PeriodMention(m.start(), m.end(), years, False, "zh_years_running")
    if not ends or not 1 < count <= 30:
        return PeriodMention(m.start(), m.end(), (), False, "running_unplaced")
    last = int(ends[-1].group(1))
    years = tuple(Period.year(y) for y in range(last - count + 1, last + 1))
    return PeriodMention(m.start(), m.end(), years, False, "zh_years_running")


class _Taken:
    """Disjoint spans read by earlier patterns, sorted; an overlap test is a binary search.

    Spans of the pattern being run wait in ``pending`` (one pattern's matches never
    overlap) and are merged in once it is done: linear, where inserting one by one is not.
    """

    def __init__(self) -> None:
        self.spans: list[tuple[int, int]] = []
        self.pending: list[tuple[int, int]] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.spans, (end, -1)) - 1
        return i >= 0 and self.spans[i][1] > start

    def add(self, start: int, end: int) -> None:
        self.pending.append((start, end))

    def merge(self) -> None:
        if self.pending:
            self.spans = sorted(self.spans + self.pending)  # two sorted runs: linear
            self.pending = []


def _not_after(
    kind: str,
    groups: tuple[str | None, ...],
    periods: tuple[Period, ...],
    when: _When,
    published: datetime.date,
) -> tuple[Period, ...]:
    """A period whose year the text does not give cannot end after publication.

    "In December" in an article of January 2024 is December 2023.
    """
    if any(groups[i] for i in _YEAR_GROUPS.get(kind, ())):
        return periods  # the text gives the year
    latest = Period.month(published.year, published.month)
    if all((p.end_year, p.end_month) <= (latest.end_year, latest.end_month) for p in periods):
        return periods
    return _build(kind, groups, _When(when.year - 1, published))


#: Which groups of each implicit-year pattern hold a year (explicit or relative).
_YEAR_GROUPS: dict[str, tuple[int, ...]] = {
    "first_half": (1, 2),
    "h_year": (1, 2),
    "h_first": (1, 2),
    "q_range": (2, 3),
    "q_year": (1, 2),
    "first_months": (1, 2),
    "first_month": (0, 1),
    "months_ending": (2, 3),
    "first_quarters": (1, 2),
    "quarter": (1, 2),
    "month_range": (2, 3),
    "between_months": (2, 3),
    "month": (1, 2),
    "zh_range": (0, 1),
    "zh_first_months": (0, 1),
    "zh_each_quarter": (0, 1),
    "zh_as_of_month": (0, 1),
    "zh_half": (0, 1),
    "zh_first_quarters": (0, 1),
    "zh_quarter": (0, 1),
    "zh_quarter_months": (0, 1),
    "zh_month": (0, 1),
}
