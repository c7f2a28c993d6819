"""Which measure a figure states: a value, growth, a share, a growth gap, a count, GDP.

Decided from the cue words around the figure in its clause and part (:mod:`cues`), or
``None`` with the reason it is not a fact of the schema (a price, a target, a change in a
share, another economy's total ...), so that the caller skips it rather than guesses.
"""

from __future__ import annotations

import re

from tradestat import places
from tradestat.extraction import cues, lexicon, meaning
from tradestat.extraction.analysis import Analysed, clause_of, part_of
from tradestat.extraction.lists import QUANTITY_GROWTH, position, written_list
from tradestat.extraction.numbers import Mention
from tradestat.extraction.owners import ZH_REGION_TRADE
from tradestat.extraction.text import quick

__all__ = ["OF_OR_TO", "gap", "measure_of", "occurs", "total_of_another"]

_GDP = re.compile(r"\bGDP\b|gross domestic product|地区生产总值|国内生产总值|生产总值", re.I)
_TARGET = re.compile(r"\btargets?\b|\bgoals?\b|目标", re.I)
# Right before a percentage, the goal it is the part of: "完成…考核目标的111.8%",
# "完成全年任务的80%", "年度计划的95%", "目标完成率为95%", "完成目标任务的102%".
_ZH_TARGET_REACHED = re.compile(
    r"(?:目标|任务|计划)(?:任务)?(?:的|完成率(?:为|达到?|是)?|完成(?:进度|比例)(?:为|达到?)?)\s*$"
)
# A list of goals: "主要目标是：…", "发展目标为…", "目标：…" (the figures after it are set,
# not reported)
# A target word whose figure this is: before it in its clause with no comma between
# ("the target for trade growth at 6 percent"), or right after it ("a 7.5-percent goal").
_EN_TARGET_BEFORE = re.compile(r"\b(?:targets?|goals?)\b[^,;]{0,50}$", re.I)
# A clause that sets the target named right before it: "missed the official target, which
# was set at a growth rate of 6 percent" (its figure is the target's).
_EN_TARGET_CLAUSE = re.compile(
    r"\s*which\s+(?:was|is|had\s+been|has\s+been)\s+(?:set|fixed|put|pegged)\s+at\b", re.I
)
# An English goal to raise trade, up to the amount in its sentence: "set a goal of
# doubling trade turnover, bringing it from ... to $200 billion", "aim to raise bilateral
# trade to $50 billion by 2030", "plans to boost trade to" (no full stop or semicolon
# between; the window before the amount is bounded).
_GOAL_WORD = re.compile(
    r"\b(?:goals?|targets?|aim(?:s|ed|ing)?|plans?|pledged?|vow(?:s|ed))\b", re.I
)
_EN_GOAL_RAISE = re.compile(
    r"\b(?:goals?|targets?|aim(?:s|ed|ing)?|plans?|pledged?|vow(?:s|ed))\s+(?:of|to|at)\s+"
    r"[^.;]{0,60}?\b(?:doubl|tripl|rais|boost|increas|bring|lift|expand|push)\w*\b"
    # (up to the amount, no clause break nor a verb the amount is the past figure of: "As
    # part of its plan to expand imports, China bought goods worth $2.56 trillion", "plans
    # to expand imports, and its purchases rose to", "The target was met: exports hit")
    r"(?:(?!,\s+and\b|\b(?:bought|purchased|sold|rose|grew|hit|reached|totaled|totalled|"
    r"stood|amounted|climbed|jumped|fell|dropped|declined|posted|recorded|met|achieved)\b)"
    r"[^.;:])*$",
    re.I,
)
_EN_TARGET_END = re.compile(r"\b(?:targets?|goals?)\s*,$", re.I)
_EN_TARGET_AFTER = re.compile(
    r"[\s-]*(?:(?:growth|trade|export|import)\s+)?(?:targets?|goals?)\b", re.I
)


# Between a span of years and a percentage: the trade moving "from" one amount "to" another
# ("From 2013 to 2021, trade expanded from $1.04 trillion to $1.8 trillion, marking an
# increase of 73 percent"); and a word that makes the rate a year's after all.
_FROM_AMOUNT_TO_AMOUNT = re.compile(r"\bfrom\s+[^;]{0,40}?\d[^;]{0,40}?\bto\s+[^;]{0,30}?\d", re.I)
_YEARLY = re.compile(r"year[\s-]on[\s-]year|annual|a\s+year|per\s+year|yoy", re.I)


# An amount in brackets after the partners a change of trade is said with: "Trade increased
# with Kazakhstan ($2.8 billion)", "trade decreased with Tajikistan ($65 million)".
_BRACKET_BEFORE = re.compile(r"\(\s*(?:US\s?\$|\$|USD\s?|RMB\s?)?\s*$")
_CHANGED_WITH = re.compile(
    r"\b(?:increased|decreased|grew|rose|fell|declined|dropped|expanded|shrank)\s+with\s", re.I
)


# A product's sales as the subject of a change, no flow word between: "Oil sales also posted
# a 125 per cent expansion" (sales at home or abroad, which the text does not say; not
# "export sales", "overseas sales", "Brazil's sales to China")
_PRODUCT_SALES = re.compile(
    r"(?<!['’])\b(?!(?:export|overseas|foreign|external|international|total|its|their|the)\b)"
    r"[a-z-]+\s+sales\b",
    re.I,
)


# Right after a percentage, the part of a year it is compared with when that part has no
# year of its own: "rose 3.2 percent from the first quarter", "4 percent from the first
# half": a change on the part before (sequential), not year on year ("from the first
# quarter of 2022", "over the same period", "the first half a year earlier" are)
_SEQUENTIAL_FROM = re.compile(
    r"\s+(?:from|over|on)\s+(?:the\s+)?(?:first|second|third|1st|2nd|3rd|previous|preceding)"
    r"\s+(?:quarter|half)\b(?!\s*(?:of\s+|in\s+)?(?:(?:19|20)\d\d|last\s+year|a\s+year"
    r"|the\s+(?:year\s+before|previous\s+year)))",
    re.I,
)


def _over_span_of_years(s: Analysed, m: Mention) -> bool:
    """Whether a percentage is the change over a span of years its sentence opens with."""
    span = next((p for p in s.periods if p.kind == "year_to_year" and p.end <= m.start), None)
    if span is None or len(span.periods) != 1 or span.periods[0].n_months <= 12:
        return False
    between = s.text[span.end : m.start]
    return bool(_FROM_AMOUNT_TO_AMOUNT.search(between)) and not _YEARLY.search(
        s.text, m.start, min(len(s.text), m.end + 30)
    )


def _en_own_target(text: str, m: Mention, c0: int) -> bool:
    """Whether an English percentage is the figure of a target (before or right after it)."""
    before = text[max(c0, m.start - 60) : m.start]
    return bool(
        _EN_TARGET_BEFORE.search(before)
        or _EN_TARGET_AFTER.match(text, m.end)
        or (
            _EN_TARGET_CLAUSE.match(text, c0, m.start)
            and _EN_TARGET_END.search(text, max(0, c0 - 12), c0)
        )
    )


_ZH_GOALS = re.compile(r"目标(?:是|为|定为|设定为)?\s*[:：]|目标(?:是|为)")
# Money that is no trade: investment, a contractor's turnover or contracts, right before it
_ZH_OTHER_AMOUNT = re.compile(
    r"(?:投资额?|外资|营业额|合同额|利用外资)(?:为|达|达到|总额|金额)?\s*(?:约|近|超过?)?\s*$"
)
# ... and in English: "an investment fund worth 68 billion yuan (almost $10 billion)",
# "loans of $5 billion", "contracts valued at", "projects totaling" (the amount and its
# conversion in brackets).
_EN_OTHER_AMOUNT = re.compile(
    r"\b(?:funds?|investments?|loans?|deals?|contracts?|projects?|credits?|grants?|bonds?)"
    r"\s+(?:worth|valued\s+at|of|totall?ing|amounting\s+to)\s+(?:[\w$.,]+\s+){0,3}?(?:\(\s*)?"
    r"(?:about\s+|nearly\s+|almost\s+|around\s+|over\s+|more\s+than\s+|some\s+)?"
    r"(?:US\s?|U\.S\.\s?)?\$?\s*$",
    re.I,
)
# ... or after it: "14.37 million yuan in import and export concessions", "cut 3 million
# dollars in tariffs", "$2 million of duty savings" (tariffs saved under trade agreements'
# certificates of origin, not trade)
_EN_OTHER_AMOUNT_AFTER = re.compile(
    r"(?:\s*(?:yuan|dollars|U\.?S\.?\s+dollars|euros?))?\s+(?:in|of|worth\s+of)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:concessions|tariffs|duties|(?:tariff|duty|tax)\s+"
    r"(?:cuts|reductions|savings|exemptions|relief|refunds|rebates|concessions|benefits))\b",
    re.I,
)
# The whole a 占比 is taken in: "在全国的占比", "在全省出口中的占比"
_ZH_SHARE_IN = re.compile(r"在[^，,。；\d]{1,10}?占比")
# "72%的箱包、51.7%的乘用车…来自欧盟": a percentage of a product that comes from a partner
# ("全市45.1%的出口商品销往亚洲": the exports sold there)
_ZH_SHARE_FROM = re.compile(
    r"的[^，,。；;\d]{1,12}?(?:、[\d.]+%的[^，,。；;\d]{1,12}?)*(?:来自|销往)"
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ZH_VOLUME = re.compile(r"(?:进口|出口|进出口|贸易)量|数量")
_ZH_TRADE_WORD = re.compile(r"进出口|出口|进口|贸易|外贸")
# A forecast is not a reported figure: "预计全年进出口可突破150亿美元", "有望达到",
# "trade is expected to reach 10 billion dollars", "forecast to grow 5 percent".
# 将 before a verb of reaching is the future: "全年将突破100亿美元大关" (not 将 as "把").
_FORECAST = re.compile(
    r"预计|预期|有望|可望|将(?:[^，,。；;\d]{0,4}?)(?:突破|达到|超过|实现|达|破)"
    # Taiwan's copy: "预估十二月出口610亿至632亿美元", "出超有机会破1500亿美元", "今年出口确定破
    # 六千亿美元" (certain to pass: still ahead)
    r"|预估|有机会|确定破"
    r"|\bexpected\s+to\b|\bforecasts?\b|\bforecast\s+to\b"
    # "expect bilateral trade to hit $100 billion", "plan to boost it to $200 billion by
    # 2024", "could potentially surpass the $200 billion mark", "is set to reach", "aims to"
    r"|\b(?:expect|anticipate|project|predict)s?\s+(?:[\w-]+\s+){0,4}?to\s+"
    r"(?:hit|reach|exceed|surpass|top|rise|grow|increase|double|be)\b"
    r"|\b(?:projected|predicted|poised|set|likely|on\s+track|on\s+course)\s+to\b"
    r"|\b(?:plan|aim|hope|seek|intend)(?:s|ed)?\s+to\b|\bpotentially\b"
    # "the goal is to increase imports from Africa to $300 billion a year by 2035"
    r"|\b(?:goal|aim|target|plan|objective)\s+(?:is|was)\s+to\b"
    r"|\b(?-i:will|could|may|might|would)\s+(?:[\w-]+\s+)?"
    r"(?:hit|reach|exceed|surpass|top|rise|grow|increase|climb|double)\b"
    # "It will import $17.24 billion worth of goods": purchases planned, not made
    r"|\b(?-i:will|plans\s+to|is\s+set\s+to)\s+(?:import|export|buy|purchase)\b"
    # what economists looked for before the data: "Economists had expected a $28.7 billion
    # surplus", "analysts polled by Reuters predicted", "a Reuters poll", "the consensus"
    r"|\b(?:economists|analysts|markets?|traders)\s+(?:had\s+|have\s+|were\s+)?(?:expected|"
    r"expecting|predicted|predicting|projected|anticipated|estimated|looked\s+for)\b"
    r"|\bpolled\s+by\b|\b(?:Reuters|Bloomberg|Dow\s+Jones)\s+(?:poll|survey)\b"
    # ("a Reuters' analyst poll of a decline of 5.0 percent", "an analysts' survey")
    r"|\b(?:Reuters|Bloomberg)['’]?\s+analysts?['’]?\s+(?:poll|survey)\b"
    r"|\banalysts?['’]?\s+(?:poll|survey)\b"
    r"|\b(?:median|consensus)\s+(?:forecast|estimate|expectation)s?\b"
    # what the market looked for, in the clause of its figure: "surpassing the expected $85
    # billion" (and see _EXPECTATION_OF)
    r"|\bthe\s+(?:expected|anticipated|predicted|forecast)\b",
    re.I,
)
# ... "compared with expectations of $179.6 billion", "against expectations of a 6.3%
# growth", "beat forecasts for a 2% rise": the figure right after it, as what was looked for
# (not "defied expectations of a slowdown and grew 8.6%"); searched in a short window
# before the figure
_EXPECTATION_OF = re.compile(
    # ("smaller than the consensus of USD98.2 billion", "more than a predicted drop of 5.2%")
    r"\b(?:expectations?|forecasts?|predictions?|consensus|(?:an?|the)\s+(?:predicted|expected"
    r"|anticipated|projected|forecast))\s+(?:of|for)?\s*(?:an?\s+|the\s+)?"
    r"(?:(?:growth|rise|increase|gain|decline|drop|fall|surplus|deficit)\s+of\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+)?"
    r"(?:(?:US\s?|U\.S\.\s?)?[$€£¥]|USD|RMB|CNY|EUR)?\s*$",
    re.I,
)
# ... and after the figure: "beating a $5 billion surplus expected by economists in a
# Reuters poll", "a 3.1% rise forecast by analysts", "a 1.8% decline forecast in the Reuters
# poll" (what was looked for, not reported; matched at the figure's end, in any sentence)
_FORECAST_AFTER = re.compile(
    r"(?:\s+[a-z-]+){0,2}?\s+(?:expected|forecast|predicted|estimated|projected)\s+"
    r"(?:by\s+(?:economists|analysts|markets?|traders)"
    r"|in\s+(?:a|the)\s+(?:Reuters|Bloomberg)\s+(?:poll|survey))\b"
    # "well above the 1.8% market consensus", "the 3% consensus forecast"
    r"|\s+(?:market\s+)?consensus\b",
    re.I,
)
# An exchange rate: one unit of a currency, then what it is worth ("1美元约合4.09林吉特",
# "1美元兑7.1元", "1 USD = 4.09 ringgit").
_RATE_SIGN = r"\s*(?:约合|折合|合|兑换?|=|＝)\s*"
_RATE_SIGN_AFTER = re.compile(_RATE_SIGN)
_ONE_UNIT_BEFORE = re.compile(
    r"(?<![\d.,])1\s*(?:美元|欧元|英镑|日元|港元|澳门元|新元|林吉特|人民币|元|USD|US\$|\$)"
    + _RATE_SIGN
    + r"(?:人民币)?$"
)

# An amount of change against a named time: "比今年9月份减少13.27亿美元", "比上年增加5亿元"
# (较 as 比: "较去年同期增加53.7亿元").
_CHANGE_VS = re.compile(
    r"[比较][^，,。；]{1,12}?(?:增加|减少|增长|下降|高出|低出|多|少)了?\s*(?:约|近|超过)?\s*$"
)
# ... or in brackets after the change's percentage: "较前月减少2.0%（3.89亿美元）" (the
# amount it fell by, not a value)
_CHANGE_VS_BRACKETED = re.compile(
    r"[比较][^，,。；]{1,12}?(?:增加|减少|增长|下降|上升|下滑|回落|高出|低出)了?\s*"
    r"[\d.]+\s*[%％]\s*[（(]\s*(?:约|近)?\s*$"
)
# A rate per unit of time before an amount: "相当于每分钟都有超过1000万元的贸易往来", "平均
# 每天进出口3.2亿元", "日均进出口…" (no period's value)
_ZH_PER_TIME = re.compile(
    r"(?:每(?:一)?(?:天|日|小时|分钟|秒钟?|周)|日均|时均)[^，,。；;\d]{0,12}$"
)
# A percentage compared with a benchmark's growth rate named after it.
_BENCHMARK_RATE = re.compile(
    r"\s*(?:more|higher|faster|less|lower|slower)\s+than\s+(?:the\s+)?[\w\s'’-]{0,40}?"
    r"\b(?:growth|growth\s+rate|rate\s+of\s+growth)\b",
    re.I,
)
# "The export rose by 8.5%, 2.4% higher than the national average": a percent set against
# the nation's (or province's) average or level is a gap in points, growth word or not.
_BENCHMARK_AVERAGE = re.compile(
    r"\s*(?:higher|faster|lower|slower)\s+than\s+(?:the\s+)?"
    # ("5.2% higher than China's average" in a province's release)
    r"(?:national|nationwide|country['’]s|China['’]s|provincial|regional)\s+(?:overall\s+)?"
    r"(?:average|level)\b",
    re.I,
)
# A gap between two rates just before a percentage: "与全国的差距缩小至1.2%"
_ZH_GAP_TO = re.compile(r"差距[^，,。；;\d]{0,8}$")
# The nation's own rate named as a benchmark: 全国 right before the figure, then
# "的…增幅" ("高于全国2.8%的整体进出口增幅").
_NATION_BEFORE = re.compile(r"(?:全国|我国)$")
# (and "远高于全国10.4%的水平", "高于全国5.2%的平均水平": the nation's own growth too)
_OWN_RATE_AFTER = re.compile(r"的[^，,。；;\d]{0,10}?(增幅|增速|增长率|降幅|水平)")
# (a 水平 is the nation's growth only after a growth in the clause before, no share or
# ratio there: not "外贸依存度为13.6%，低于全国33%的水平", "占比达70%，高于全国54%的水平")
_GROWTH_FOR_LEVEL = re.compile(r"增长|增速|增幅")
_RATIO_FOR_LEVEL = re.compile(r"占比|比重|依存度|比例")
# A count of partners followed by their growth: "对56个国家和地区进出口增长超50%".
# After a count of economies, the reporter as their main partner (a rank, not its partners).
_PARTNER_OF_COUNT = re.compile(
    r"[^，,。；;\d]{0,12}?的(?:主要|最大|第一大|重要|前三大|前五大)(?:贸易)?伙伴"
)
_GROWTH_AFTER_COUNT = re.compile(r"[^，,。；;]{0,12}?(?:增长|增速|下降|grew|growth|rose)")
# Right before a percentage, a change that is no trade's: a currency's rise or fall
# ("人民币对美元升值2.1%", "贬值了3%"), a forward premium or discount (升水 / 贴水), a mood
# (升温 / 降温).
_ZH_NOT_TRADE_CHANGE = re.compile(
    r"(?:[升贬]值|[升贴]水|[升降]温)(?:了|约|近|逾|超过|幅度为|幅度达)?$"
)
# Growth averaged over years: "年均增长3.5%", "an average annual growth of 5 percent".
_AVERAGE_ANNUAL = re.compile(r"年均|年平均|平均每年|average\s+annual|annual\s+average", re.I)
# A growth written between the figures of two years: "从2012年的800亿元增长150%至2022年的
# 2000亿元", "从2015年的…扩大了2倍到2023年的…" (a change over the span, no yearly growth).
_ZH_FROM_YEAR = re.compile(r"从(?:19|20)\d{2}年(?:的)?[^，,。；;从]{0,30}$")
_ZH_TO_YEAR = re.compile(r"[^，,。；;]{0,4}?(?:至|到)(?:了)?(?:19|20)\d{2}年")
# After a percentage, the words that make it a yearly rate over several years: "increased 33
# percent annually from 2002 to 2011", "grew 20 percent a year between 2001 and 2010".
_ANNUAL_OVER_YEARS = re.compile(
    r"\s+(?:annually|a\s+year|per\s+year|each\s+year|every\s+year|per\s+annum|on\s+average)"
    r"\s+(?:from|between|since|over|in\s+the\s+(?:past|last))\b",
    re.I,
)
# "average annual [import and export volume] growth was": the subject names an average
# rate over years, a few words before its verb
_AVERAGE_ANNUAL_GROWTH_WAS = re.compile(
    r"\baverage\s+annual\s+(?:[a-z-]+\s+){0,6}?(?:growth|increase)(?:\s+rate)?\s+"
    r"(?:was|stood\s+at|reached|of)\s+(?:about\s+|around\s+|nearly\s+)?$",
    re.I,
)
# After a percentage, a span of several years it is the change over: "in the 20 years
# since China joined the WTO", "over the past five years", "in the last decade"
_OVER_YEARS_AFTER = re.compile(
    r"\s+(?:in|over|during|for)\s+(?:the\s+)?(?:past\s+|last\s+|previous\s+)?"
    r"(?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twenty)\s+years|decade)\b",
    re.I,
)
# A qualifier an English amount may have right before it.
_EN_AMOUNT_QUALIFIER = r"(?:about\s+|nearly\s+|around\s+|some\s+|almost\s+|over\s+|more\s+than\s+)?"
# An English amount by which trade changed, not trade: "an increase of US$311 billion",
# "exports rose by 30 billion dollars", "a drop of about $2 billion".
# Also the verb right before the amount, as statistics offices' copy writes it: "Total goods
# exported rose 40 million NZ dollars", "imports fell $641 million", "iron ore exports, which
# was up $2.2 billion", "total imports declined $2.5 billion in the month" (an amount after
# such a verb is never the level: that is "rose to $X").
_EN_CHANGE_VERB = (
    r"\b(?:(?:increase|rise|growth|gain|jump|surge|decrease|decline|drop|fall|reduction)\s+of"
    r"|(?:increased|rose|grew|climbed|jumped|surged|decreased|declined|dropped|fell|shrank)"
    r"(?:\s+by|{amount})|(?:was|were)\s+(?:up|down){amount})"
    r"\s+" + _EN_AMOUNT_QUALIFIER
)
# After an amount, what makes it a rate per unit of time or per item: "16 billion USD per
# month", "$5 billion a year", "more than 1 billion USD each".
_EN_PER_TIME_AFTER = re.compile(
    r"\s*(?:(?:per|a|each|every)\s+(?:month|year|day|week|quarter)\b"
    r"(?!\s+(?:earlier|ago|before|prior|on|over|from|in|of)\b)|each\b|apiece\b"
    r"|on\s+average\b)",
    re.I,
)
# Before it, an average: "averagely reaches about", "an average of", "averaged".
_EN_AVERAGE_BEFORE = re.compile(
    r"\b(?:averagely|averag(?:ed|ing|es)|an\s+average\s+of|on\s+average)\b[^.;]{0,40}$", re.I
)
# Before an amount, a comparison that it is the difference of: "exceeding the figure of 2023
# by nearly", "higher than last year by", "surpassed Japan by".
_EN_EXCEEDS_BY = re.compile(
    r"\b(?:exceed\w*|surpass\w*|outpac\w*|overt(?:ook|aking|akes?)|higher|lower|larger"
    r"|smaller|bigger)\b[^.;]{0,60}?\bby\s+"
    + _EN_AMOUNT_QUALIFIER
    + r"(?:US\s?|U\.S\.\s?)?\$?\s*$",
    re.I,
)
# (without "by", only right before an amount: not "rose to $X", "rose 5 percent")
# ("rose $327m, or 29 per cent": the abbreviated scales too)
_EN_CHANGE = _EN_CHANGE_VERB.format(
    amount=r"(?=\s+[^\s\d]{0,4}\d[\d.,]*\s*(?:million|billion|trillion|(?:m|bn|b)\b))"
)
# (the text before an amount, which ends right where the amount starts)
_EN_VALUE_CHANGE = re.compile(
    _EN_CHANGE_VERB.format(amount="") + r"(?:US\s?|U\.S\.\s?|[ANR]|NZ|C)?\$?\s*$", re.I
)
# ... and its conversion in brackets: "rose 40 million NZ dollars (27.27 million U.S. dollars)"
_EN_CHANGE_CONVERTED = re.compile(
    _EN_CHANGE + r"[$\w.]{0,4}\d[\d.,]*\s*(?:million|billion|trillion)[^,;()]{0,20}\(\s*"
    r"(?:US\s?|U\.S\.\s?)?\$?\s*$",
    re.I,
)
# The rate that restates such an amount: "an increase of US$311 billion, or 24.3 percent",
# "fell by $641 million or seven per cent" (growth, not a share), past a conversion in
# brackets.
_EN_CHANGE_OR = re.compile(
    _EN_CHANGE + r"[^,;%()]{1,30}?(?:\s*\([^()]{1,40}\))?,?\s+or\s+(?:about\s+|nearly\s+)?$",
    re.I,
)
# After an amount, a change noun that makes it the change: "the $4.9 billion increase in
# total exports".
_EN_CHANGE_NOUN_AFTER = re.compile(
    r"(?:\s*(?:U\.?S\.?\s*)?dollars)?\s+(?:increase|rise|jump|drop|fall|decline|decrease)\b"
)
_FALLING = re.compile(r"decrease|decline|drop|fall|fell|reduction|shrank|\bdown\b", re.I)
# After an amount, the words that make it a difference: "1.76 trillion US dollars, 338.78
# billion US dollars more than that in 2005" (the change, not a value).
# ("26.6 billion CNY more than 2017 annual total", "... more than the annual total of 2017";
# "€106 billion lower when compared with 2022", "$3 billion higher compared to 2021")
_EN_MORE_THAN_BEFORE = re.compile(
    r"(?:\s*(?:U\.?S\.?\s*)?dollars|\s*yuan|\s*(?:CNY|RMB|USD))?\s+(?:more|less|higher|lower)"
    r"\s+(?:than\s+(?:that|those|the\s+(?:same\s+period|previous|year|figure|annual|whole|full)"
    r"|in\s|a\s+year|last\s|(?:19|20)\d\d\b)"
    r"|(?:when\s+)?compared\s+(?:with|to)\b)",
    re.I,
)
# A threshold passed on the way to the value written after it: "saw its trade surpass 100
# billion US dollars to 107.84 billion US dollars" (the second amount is the value).
_PASSED_BEFORE = re.compile(
    r"\b(?:surpass\w*|exceed\w*|pass(?:ed|es|ing)?|top(?:ped|s)?|cross(?:ed|es|ing)?"
    r"|br(?:oke|eaks?|eaking)\s+through)\s+(?:the\s+)?(?:US\$|\$|RMB\s?)?$",
    re.I,
)
_TO_VALUE_AFTER = re.compile(
    r"(?:\s*(?:U\.?S\.?\s*)?dollars|\s*yuan)?\s+to\s+(?:about\s+|nearly\s+)?(?:US\$|\$|RMB\s?)?\d"
)
# The end of a range right before an amount: "330~380亿元", "1.2-1.5 trillion".
_RANGE_BEFORE = re.compile(r"\d\s*(?:[~～\-–]|至|到|to)\s*$")
# A year before "to" is no range's start: "rose from 66 billion euro in 2011 to 73 billion".
_YEAR_TO = re.compile(r"\b(?:19|20)\d\d\s+to\s*$")
# Right after an amount, the firms it is the size threshold of: "出口过千万美元企业545家",
# "进出口额超亿元的企业", "年出口500万美元以上外贸企业", "外贸规模10亿元以上的头部企业" (a class
# of firms, not a value)
_FIRM_THRESHOLD = re.compile(
    r"(?:以上|以下)?的?(?:外贸|出口|进出口|进口|生产|重点|头部|龙头|骨干)?(?:企业|公司)"
)
# What a figure may be of besides trade in a Chinese release: output, sales, revenue
# ("铁合金和金属镁产量分别下降30%和15%", "工业增加值增长6%", "销售额达50亿元")
_ZH_OUTPUT_WORDS = ("产量", "产值", "销量", "销售", "营业收入", "营收", "利润", "工业增加值")
_ZH_OUTPUT = re.compile(r"产量|产值|销量|销售额|销售收入|营业收入|营收|利润|工业增加值")
# (a word of each of these is in every match: see cues.NEEDS)
_NEEDS = {
    **cues.NEEDS,
    _GDP: ("gdp", "gross", "生产总值"),
    _TARGET: ("target", "goal", "目标"),
    cues.ZH_AGREED_GOAL: cues.ZH_GOAL_WORDS,
    _GOAL_WORD: ("goal", "target", "aim", "plan", "pledge", "vow"),
    _ZH_OUTPUT: _ZH_OUTPUT_WORDS,
    meaning._MOM: (
        *("month", "环比", "from", "sequential", "月增", "月减", "compared"),
        *("上月", "上个月", "前月", "前个月", "前一月", "前一个月"),
    ),
    _FORECAST: (
        *("预计", "预期", "有望", "可望", "将", "expect", "forecast", "anticipate", "project"),
        *("预估", "有机会", "确定破"),
        *("predict", "poised", "set", "likely", "track", "course", "plan", "aim"),
        *("hope", "seek", "intend", "potentially", "will", "could", "may", "might", "would"),
        *("economists", "analysts", "market", "traders", "polled", "poll", "survey"),
        *("median", "consensus", "goal", "target", "objective"),
    ),
}
_NEEDS_BY_ID = {id(pattern): words for pattern, words in _NEEDS.items()}
#: How far before an English percentage a counted quantity may end and still be what it grew
#: ("82,000 enterprises engaging in foreign trade business in Zhejiang, an increase of 6.5
#: percent").
_QUANTITY_REACH = 80
_SHARE_BEFORE = re.compile(
    r"(?:account(?:ed|ing|s)?\s+for|made\s+up|mak(?:e|es|ing)\s+up|t(?:ook|aking|akes?)\s+up|"
    r"represent(?:ed|ing|s)?|constitut(?:ed|ing|es?)|compris(?:ed|ing|es?)|"
    r"share\s+(?:of|was|stood\s+at|reached|rose\s+to)|proportion\s+(?:of|was)|"
    r"\bor|占比|比重为?|占[^，,。；]{0,20}?的|占)\s*"
    # ("accounting for only 21.9 percent", "just", "a mere", "roughly")
    r"(?:about|approximately|nearly|around|more\s+than|over|less\s+than|only|just|merely"
    r"|a\s+mere|roughly|almost|some|约|近|超过)?\s*$",
    re.I,
)
_SHARE_AFTER = re.compile(
    r"^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+'s\s+)?(?:total|overall|foreign|all|entire|whole|combined)"
    # "of which 78.2 percent came from private firms" (a part of the total named after it)
    r"|^\s*(?:came|come|comes|coming)\s+from\b|^\s*(?:was|were)\s+(?:made|contributed)\s+by\b"
    # ("Among the total, 75.4% was from foreign companies")
    r"|^\s*(?:was|were)\s+from\s+(?!(?:a|the|last|that|those|\d)\b)"
    # a partner's share of the reporter's flow: "28.6% of Brazilian exports went to China",
    # "about 30 percent of Australia's exports go to China", "of its imports came from"
    # ("73.1 percent of the city's imported goods came from Asian countries")
    r"|^\s*of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:[\w-]+['’]s\s+|[A-Z][a-z]+\s+)?"
    r"(?:exports|imports|shipments|sales|purchases|(?:imported|exported)\s+(?:goods|products))"
    r"\s+(?:still\s+|mainly\s+|mostly\s+)?(?:went|go|goes|going|were\s+sent"
    r"|are\s+sent|headed|were\s+shipped|came|come|comes|coming|were\s+bought)\s+(?:to|from)\b",
    re.I,
)
# A part's contribution to the whole: "contributed 61.1 percent to the foreign trade volume"
# (a share; "contributed 2 points to the growth" is not one).
_CONTRIBUTED_BEFORE = re.compile(
    r"\bcontribut(?:ed|ing|es?)\s+(?:about\s+|nearly\s+|around\s+|over\s+|more\s+than\s+)?$",
    re.I,
)
_TO_THE_TOTAL_AFTER = re.compile(
    r"^\s*(?:%|percent|per\s*cent)?\s*(?:of|to)\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:total|volume|value|trade)\b(?!\s+growth)",
    re.I,
)


# Right after a growth rate, the quantity it rose to: the growth is of the volume.
_TO_QUANTITY = re.compile(
    # ("surged 154.2 percent to reach 10.4 billion cubic meters")
    r"\s*(?:year[- ]on[- ]year\s+)?to\s+(?:(?:reach|hit|total|stand\s+at)\s+)?"
    r"(?:about\s+|nearly\s+|around\s+|a\s+record\s+)?"
    r"\d[\d.,]*\s*(?:million\s+|billion\s+|thousand\s+)?"
    r"(?:metric\s+)?(?:tonnes|tons|barrels|units|vehicles|cubic\s+met(?:er|re)s|TEUs?|kilograms)\b",
    re.I,
)
# Right before a figure, the words that make it a year-on-year rate of its own.
_YOY_OF_BEFORE = re.compile(
    r"\b(?:year[- ]on[- ]year|annual|yearly)\s+"
    r"(?:increase|growth|rise|gain|decrease|decline|drop|fall)"
    r"\s+of\s+(?:about\s+|nearly\s+|around\s+)?$",
    re.I,
)
# A share's verb and a first share before "and": the figure after is a share too.
_SHARE_LIST_BEFORE = re.compile(
    r"\b(?:account(?:ed|ing|s)?\s+for|made\s+up|mak(?:e|es|ing)\s+up|t(?:ook|aking|akes?)\s+up|"
    r"represent(?:ed|ing|s)?)\s+(?:about\s+|nearly\s+|around\s+)?\d[\d.]*\s*(?:%|percent|per\s+cent)"
    # (a total's name may hold digits glued to a word: "9% of EU27 exports and 17% of ...")
    r"\s+of\s+(?:[^,;.\d]|(?<=[A-Za-z])\d{1,3}){1,50}?\s+and\s+(?:about\s+|nearly\s+|around\s+)?$",
    re.I,
)
# The end of a clause, and the "of" / "to" that names the total a share is of.
_CLAUSE_END = re.compile(r"[,，;；。]")
OF_OR_TO = re.compile(r"\s*(?:of|to)\b")


def _zh_output(s: Analysed, c0: int, start: int) -> bool:
    """Whether the figure's clause names output or sales before it, with no trade word after."""
    if not occurs(s, _ZH_OUTPUT):
        return False  # (most sentences: no scan, and the test made once per sentence)
    text = s.text
    found = list(_ZH_OUTPUT.finditer(text, c0, start))
    return bool(found) and _ZH_TRADE_WORD.search(text, found[-1].end(), start) is None


def _signed(text: str, start: int) -> int:
    """The sign written on a percentage with no growth word: "$3.07 trillion (+10.3%)".

    A plus or minus sign right before the digits (in brackets, or after a space or a comma
    for a plus) says the figure is a change; a minus sign (U+2212) or a dash in brackets
    too ("(−5.7%)"; a hyphen before digits is never read as a sign: "2014-2021" is a range).
    """
    mark, opener = text[start - 1 : start], text[start - 2 : start - 1]
    if mark == "+" and opener in ("(", "（", " ", ","):
        return 1
    if mark in ("-", "−", "–") and opener in ("(", "（"):
        return -1
    return 0


# Between a quantity and an amount written as one pair: "35.6万吨、30.6亿元", "12万辆，
# 货值30亿元", "30.6亿元、35.6万吨".
_PAIR_GAP = re.compile(r"\s*(?:[、，,和及]|以及)\s*(?:金额|价值|货值|贸易值|值)?(?:为|达)?\s*")


def _quantity_and_value(
    s: Analysed, m: Mention, quantity: re.Match[str], value: Mention
) -> str | None:
    """Which of a quantity-and-amount pair the figure of a two-item 分别 list is the growth of.

    "钢材出口35.6万吨、30.6亿元，分别增长11.6%和11.9%": the first growth is of the
    tonnage (no fact), the second of the value. None when the figures are no such list.
    """
    listed = written_list(s, m)
    if len(listed) != 2 or listed[0].start < max(quantity.end(), value.end):
        return None
    if quantity.end() <= value.start:
        items = ("quantity", "value")
        gap = _PAIR_GAP.fullmatch(s.text, quantity.end(), value.start)
    else:
        items = ("value", "quantity")
        gap = _PAIR_GAP.fullmatch(s.text, value.end, quantity.start())
    if gap is None:
        return None
    return items[0] if listed[0] is m else items[1]


# A sentence that opens on an amount named back, then its parts: "Of the 2.3 trillion yuan,
# 1.7 trillion yuan came from exports" (the whole was stated before; its flow is none).
_OF_THE_AMOUNT = re.compile(r"\s*Of\s+(?:the|this|that|its)\s+(?:US\s?\$|\$|RMB\s?|¥)?\s*")
_NAMED_BACK_AFTER = re.compile(
    r"\s*(?:(?:U\.?S\.?\s+)?dollars|yuan|euros?)?\s*(?:\([^()]{0,40}\))?\s*,"
)


# "a batch of shoes and hats worth more than 2.6 million yuan was sent to ...", "the first
# shipment of durians, worth $1.2 million": one consignment's value, no trade figure
_ONE_CONSIGNMENT = re.compile(
    r"\b(?:a|one|the\s+first|first|another)\s+(?:batch|shipment|consignment|cargo|load)\s+of\b"
    r"[^;.\d]{0,60}\bworth\s+(?:more\s+than\s+|over\s+|about\s+|nearly\s+|some\s+|around\s+)?"
    r"(?:US\s?\$|\$|RMB\s?|¥)?\s*$",
    re.I,
)


# A share, then the share it moved from: "accounting for 49.1 percent of the total in 2020,
# up from 17.5 percent in 2001" (the second is a share too, not a growth)
_SHARE_THEN_FROM = re.compile(
    r"\b(?:account(?:ed|ing|s)?\s+for|represent(?:ed|ing|s)?|ma(?:de|king|kes?)\s+up"
    r"|t(?:ook|aking|akes?)\s+up)\s+(?:about\s+|nearly\s+|around\s+|over\s+|only\s+)?"
    r"\d[\d.]*\s*(?:%|percent|per\s+cent)[^;%]{0,80}?\b(?:up|down|rising|falling|increasing"
    r"|decreasing)\s+from\s+(?:about\s+|nearly\s+|almost\s+|around\s+)?$",
    re.I,
)
# Trade (with no word of growth or of a rate) that moved from one percent to another: the
# two are its shares ("trade with ASEAN rose from 12.8 percent in 2013 to 22.1 percent in
# 2020"); group 1: the first percent, when the figure is the second
_PERCENT_IN_YEAR = r"\d[\d.]*\s*(?:%|percent|per\s+cent)(?:\s+in\s+(?:19|20)\d\d)?"
_TRADE_MOVED = re.compile(
    r"\b(?:imports\s+and\s+exports|exports\s+and\s+imports|foreign\s+trade|trade)"
    r"(?:\s+(?:to|with|from)\s+[^.;%\d]{1,60}?)?\s+(?:rose|increased|climbed|grew|went\s+up"
    r"|fell|dropped|declined|decreased)\s+from\s+(?:about\s+|nearly\s+|around\s+)?"
    rf"({_PERCENT_IN_YEAR}\s+to\s+(?:about\s+|nearly\s+|around\s+)?)?$",
    re.I,
)
_TO_PERCENT_AFTER = re.compile(
    r"(?:\s+in\s+(?:19|20)\d\d)?\s+to\s+(?:about\s+|nearly\s+|around\s+)?\d[\d.]*\s*"
    r"(?:%|percent|per\s+cent)",
    re.I,
)
_YEAR_AFTER = re.compile(r"\s+(?:in|during|for)\s+(?:19|20)\d\d\b")


# "signed 21 import deals with foreign partners worth a total $8.4 billion": contracts
# (at a fair, in a visit), whose value is no trade of a period
_DEALS_WORTH = re.compile(
    r"(?:\b(?:deals?|contracts?)\b|\b(?:signed|inked|clinched|sealed|struck)\b[^;.\d]{0,40}"
    r"\b(?:agreements?|orders?)\b)[^;.\d]{0,60}\bworth\s+"
    r"(?:a\s+total\s+(?:of\s+)?|more\s+than\s+|over\s+|about\s+|nearly\s+|some\s+)?"
    r"(?:US\s?\$|\$|RMB\s?|¥)?\s*$",
    re.I,
)


_OWNER_BEFORE = re.compile(r"(?:\bits|['’]s)\s$", re.I)


def _reporters_global(s: Analysed, at: int, subject: str) -> bool:
    """Whether "global exports" at ``at`` are the reporter's own to the whole world.

    "Thailand's global exports" in Thailand's text, "its global exports": the reporter's;
    "the WTO's global trade growth estimate", "Singapore's global exports" in China's text
    are another's (skipped, as "global trade" alone is).
    """
    owner = _OWNER_BEFORE.search(s.text, max(0, at - 4), at)
    if owner is None:
        return False
    if owner.group(0)[0] in "iI":
        # (not "the WTO cut its global trade forecast": an agency's world trade)
        return not s.text.startswith(("global trade", "Global trade"), at)
    if s.text.endswith(("country", "nation"), 0, owner.start()):
        # "The country's global trade surplus": the reporter's, when the sentence names no
        # other country it could be
        return not s.text.startswith(("global trade growth", "global trade volume"), at) and all(
            n.name == subject for n in s.names if n.kind == "country"
        )
    return any(n.name == subject and n.end == owner.start() for n in s.names)


def measure_of(m: Mention, s: Analysed, subject: str) -> tuple[str | None, int, str | None, str]:
    """(measure, sign, benchmark, reason-if-none) for one figure."""
    c0, c1 = clause_of(s, m.start)
    p0, _ = part_of(s, m.start)
    before = s.text[max(c0, m.start - 80) : m.start]
    wide_before = s.text[max(p0, m.start - 120) : m.start]
    after = s.text[m.end : c1]
    other = occurs(s, cues.NOT_THE_REPORTERS) and cues.NOT_THE_REPORTERS.search(
        s.text, max(p0, m.start - 120), m.start
    )
    if other and other.lastgroup == "number":
        # (a count's clause before a clause on the value of trade: from that value on)
        value = cues.TRADE_VALUE_NOUN.search(s.text, other.end(), m.start)
        if value is not None:
            other = cues.NOT_THE_REPORTERS.search(s.text, value.end(), m.start)
    if other and other.lastgroup == "other" and _reporters_global(s, other.start(), subject):
        other = None  # ("Thailand's global exports jumped 6.3%": the reporter's own)
    if other and other.lastgroup == "number" and m.kind == "count":
        other = None  # ("the number of countries ... rose from 192 to 234": that count)
    if other:  # global trade, services, one company, a number of things
        return None, 1, None, cues.NOT_THE_REPORTERS_REASONS[other.lastgroup or ""]
    if (
        m.kind == "money"
        and m.start < 24
        and _OF_THE_AMOUNT.fullmatch(s.text, 0, m.start)
        and _NAMED_BACK_AFTER.match(s.text, m.end)
    ):
        return None, 1, None, "an amount named back as the whole its parts are of"
    if m.kind == "money" and "worth" in before and _ONE_CONSIGNMENT.search(before):
        return None, 1, None, "the value of one consignment, not of trade"
    if m.kind == "money" and "worth" in before and _DEALS_WORTH.search(before):
        return None, 1, None, "the value of deals signed, not of trade"
    # from the clause of the last amount before (a price and its change go together)
    i = position(s, m)
    earlier_money = [n for n in s.mentions[max(0, i - 12) : i] if n.kind == "money"]
    if occurs(s, cues.PRICE):
        last_value = earlier_money[-1].start if earlier_money else p0
        price_from = max(p0, clause_of(s, last_value)[0], m.start - 160)
        price = cues.PRICE.search(s.text, price_from, m.start)
        # (not when the value of trade is named after the price: "由于资源价格下跌，原油
        # 进口额大减25.5%" is the import value's fall)
        if price and not cues.TRADE_VALUE_NOUN.search(s.text, price.end(), m.start):
            return None, 1, None, "a price, not a trade value or its growth"
    if (
        m.kind == "percent"
        and "rice" in s.text
        and cues.PRICE_CHANGE.search(s.text, clause_of(s, m.start)[0], m.start)
    ):
        return None, 1, None, "a price, not a trade value or its growth"
    if m.kind == "percent" and occurs(s, cues.QUANTITY):
        # (a quantity that ends within 60 characters before the figure, 80 in English: "32
        # of the top 100 foreign trade enterprises in Zhejiang, with a year-on-year growth of
        # 52.4 percent")
        reach = _QUANTITY_REACH if s.text.isascii() else 60
        quantities = [
            q
            for q in cues.QUANTITY.finditer(s.text, max(p0, m.start - 120), m.start)
            if q.end() >= m.start - reach
        ]
        last_money = earlier_money[-1].end if earlier_money else -1
        if quantities and earlier_money and "分别" in s.text[p0 : m.start]:
            paired = _quantity_and_value(s, m, quantities[-1], earlier_money[-1])
            if paired is not None:  # "出口35.6万吨、30.6亿元，分别增长11.6%和11.9%"
                if paired == "quantity":
                    return None, 1, None, QUANTITY_GROWTH
                quantities = []  # the value's growth: read on
        if quantities and quantities[-1].start() > last_money:
            return None, 1, None, QUANTITY_GROWTH
    if m.kind in ("percent", "money") and _zh_output(s, c0, m.start):
        return None, 1, None, "output or sales, not trade"
    if "目标" in s.text and _ZH_GOALS.search(s.text, 0, m.start) and not _GDP.search(wide_before):
        # "今年…的主要目标是：外贸进出口总额增长8%，其中出口额增长6%": the goals set
        return None, 1, None, "a target, not a reported figure"
    if occurs(s, cues.ZH_AGREED_GOAL) and cues.ZH_AGREED_GOAL_FIGURE.search(
        s.text, max(0, m.start - 90), m.start
    ):
        # "双方商定到2025年将双边贸易额提升至1000亿美元": the goal agreed on
        return None, 1, None, "a target, not a reported figure"
    forecast_from = _forecast_from(s, c0, p0, m.start) if occurs(s, _FORECAST) else c0
    if (
        occurs(s, _FORECAST) and _FORECAST.search(s.text, forecast_from, m.start)
    ) or _FORECAST_AFTER.match(s.text, m.end):
        return None, 1, None, "a forecast, not a reported figure"
    if s.text.isascii() and _EXPECTATION_OF.search(s.text, max(c0, m.start - 60), m.start):
        return None, 1, None, "a forecast, not a reported figure"
    if m.kind == "money" and (
        (m.digits == "1" and _RATE_SIGN_AFTER.match(s.text, m.end))
        or _ONE_UNIT_BEFORE.search(before[-16:])
    ):
        # "(1美元约合4.09林吉特,下同)", "1美元兑7.1元": an exchange rate, both its sides
        return None, 1, None, "an exchange rate, not a trade value"
    if m.kind == "money":
        if occurs(s, _GDP) and (_GDP.search(wide_before[-40:]) or _GDP.search(before)):
            return "gdp", 1, None, ""
        if occurs(s, _TARGET) and (
            _TARGET.search(s.text, m.end, c1) or _TARGET.search(before[-30:])
        ):
            # "set a target of bilateral trade reaching 200 billion dollars", 达到…的目标
            return None, 1, None, "a target, not a reported figure"
        if (
            s.text.isascii()
            and _BRACKET_BEFORE.search(s.text, max(0, m.start - 12), m.start)
            and _CHANGED_WITH.search(s.text, max(p0, m.start - 120), m.start)
        ):
            # "Trade increased with Kazakhstan ($2.8 billion) and Kyrgyzstan ($2.9
            # billion)": by how much the trade with each changed, no level of it
            return None, 1, None, "a change in value, not the trade's level"
        if occurs(s, _GOAL_WORD) and _EN_GOAL_RAISE.search(s.text, max(0, m.start - 160), m.start):
            # "set a goal of doubling trade, bringing it from $10 billion to $20 billion by
            # 2030", "aim to raise trade to $30 billion": the amounts of a goal
            return None, 1, None, "a goal, not a reported figure"
        if (
            _ZH_OTHER_AMOUNT.search(before[-10:])
            or (wide_before[-70:].isascii() and quick(_EN_OTHER_AMOUNT).search(wide_before[-70:]))
            or (s.text.isascii() and _EN_OTHER_AMOUNT_AFTER.match(s.text, m.end))
        ):
            # "中方对外协议投资额8.6亿美元", "完成营业额59.9亿美元": investment, turnover
            return None, 1, None, "an amount of money not said to be trade"
        if ("差" in s.text or "领先" in s.text or "落后" in s.text) and (
            _ZH_GAP_BEFORE.search(before[-8:]) or _ZH_GAP_AFTER.match(s.text, m.end)
        ):
            # "东盟以约30亿元规模的差距落后欧盟", "两者相差50亿元": the difference between
            # two values, which is neither
            return None, 1, None, "a difference between two values, not a value"
        if _RANGE_BEFORE.search(before[-6:]) and not _YEAR_TO.search(before[-12:]):
            # "进出口值在330~380亿元区间波动": the upper end of a range, not a value
            return None, 1, None, "a range of values, not one value"
        if not s.about_trade:
            return None, 1, None, "an amount of money not said to be trade"
        if ("每" in before or "均" in before) and _ZH_PER_TIME.search(before[-20:]):
            return None, 1, None, "a rate per unit of time, not a period's value"
        if s.text.isascii() and (
            _EN_PER_TIME_AFTER.match(s.text, m.end)
            or ("verag" in before[-60:] and _EN_AVERAGE_BEFORE.search(before[-60:]))
        ):
            # "trade averagely reaches about 16 billion USD per month", "an average of $5
            # billion a month", "10 items with exports of more than 1 billion USD each"
            return None, 1, None, "a rate per unit of time or per item, not a period's value"
        if s.text.isascii() and " by" in before[-24:] and _EN_EXCEEDS_BY.search(before[-90:]):
            # "exceeding the figure of 2023 by nearly 5 billion USD": a difference
            return None, 1, None, "a difference between two values, not a value"
        if _TO_VALUE_AFTER.match(s.text, m.end) and _PASSED_BEFORE.search(before[-30:]):
            return None, 1, None, "a threshold passed on the way to the value written after it"
        if "企" in s.text and _FIRM_THRESHOLD.match(s.text, m.end):
            return None, 1, None, "the size that defines a group of firms, not a trade value"
        if (
            cues.VALUE_CHANGE.search(before[-8:])
            or _CHANGE_VS.search(before[-24:])
            or (
                wide_before.endswith(("（", "(")) and _CHANGE_VS_BRACKETED.search(wide_before[-40:])
            )
            or (before[-48:].isascii() and quick(_EN_VALUE_CHANGE).search(before[-48:]))
            or _EN_MORE_THAN_BEFORE.match(s.text, m.end)
            or (s.text.isascii() and _EN_CHANGE_NOUN_AFTER.match(s.text, m.end))
            or (
                wide_before.endswith(("(", "$"))
                and wide_before[-60:].isascii()
                and quick(_EN_CHANGE_CONVERTED).search(wide_before[-60:]) is not None
            )
        ):
            return None, 1, None, "a change in value, not a value (not a fact of the schema)"
        return "value", 1, None, ""
    if m.kind == "count":
        near = s.text[max(0, m.start - 8) : m.start]
        if cues.GROUP_SIZE.search(near) or any(
            n.kind == "partner" and m.start - 8 <= n.end <= m.start for n in s.names
        ):
            return None, 1, None, "the size of a partner group, not a count of partners"
        if "伙伴" in s.text and _PARTNER_OF_COUNT.match(s.text, m.end, c1):
            # "我国是全球150多个国家和地区的主要贸易伙伴": the economies it is the main partner
            # of, not the ones it trades with
            return None, 1, None, "the number of economies whose main partner it is"
        if _GROWTH_AFTER_COUNT.match(s.text, m.end, c1):
            # "对56个国家和地区进出口增长超50%": how many partners grew, not how many there are
            return None, 1, None, "the number of partners whose trade grew, not of all partners"
        if s.about_trade or "partner" in s.text.lower():
            return "partner_count", 1, None, ""
        if "朋友圈" in before[-24:] or "贸易伙伴" in before[-24:]:
            # "外贸“朋友圈”已拓展至170多个国家和地区": the circle of trading partners
            return "partner_count", 1, None, ""
        return None, 1, None, "a count not said to be of trading partners"
    if m.kind == "points":
        if occurs(s, cues.CONTRIBUTION) and cues.CONTRIBUTION.search(before[-16:]):
            # "拉高出口整体增速8.5个百分点": what one part added to the growth of the whole
            return None, 1, None, "a contribution to growth (not a fact of the schema)"
        if quick(_AVERAGE_ANNUAL).search(
            s.text, max(0, m.start - 40), min(len(s.text), m.end + 80)
        ):
            # "3.4 percentage points higher than the average annual growth rate of China's
            # foreign trade": a gap between rates over several years (no fact of the schema)
            return None, 1, None, "a gap between average annual growth rates over years"
        return gap(s, m, (c0, c1), subject)
    # percent
    if (
        earlier_money
        and earlier_money[-1].start >= p0
        and _ZH_OTHER_AMOUNT.search(
            s.text, max(p0, earlier_money[-1].start - 10), earlier_money[-1].start
        )
        and not _ZH_TRADE_WORD.search(s.text, earlier_money[-1].end, m.start)
    ):
        # "中方对外协议投资额8.6亿美元，增长5%": the growth of that amount
        return None, 1, None, "growth of an amount not said to be trade"
    if occurs(s, _TARGET) and _TARGET.search(wide_before) and _GDP.search(wide_before):
        return "gdp_growth_target", 1, None, ""
    if (
        "目标" in before[-12:] or "任务" in before[-12:] or "计划" in before[-12:]
    ) and _ZH_TARGET_REACHED.search(before[-12:]):
        # "完成全年外贸进出口考核目标的111.8%", "目标完成率为95%": how much of a goal was
        # met, no growth and no share of trade
        return None, 1, None, "the part of a target reached, not a reported figure"
    if occurs(s, _TARGET) and s.text.isascii() and _en_own_target(s.text, m, c0):
        # "lowered its annual target for trade growth to around 6 percent", "the 7.5-percent
        # goal": a growth target of trade is no reported figure (and no fact of the schema)
        return None, 1, None, "a target, not a reported figure"
    # (a Chinese contribution is said in the figure's own clause: "拉动…增长15.8个百分点，
    # 占全省外贸进出口总值的73.2%" is a share)
    said_in = before if not s.text.isascii() and _CJK.search(s.text) else wide_before
    if occurs(s, cues.CONTRIBUTION) and cues.CONTRIBUTION.search(said_in[-30:]):
        return None, 1, None, "a contribution to growth (not a fact of the schema)"
    if "差距" in before[-12:] and _ZH_GAP_TO.search(before[-12:]):
        # "与全国的差距缩小至1.2%": the gap between two rates, no rate of its own
        return None, 1, None, "a gap between two rates, not a growth"
    if (
        s.text.isascii()
        and "by" in before[-16:]
        and (against := cues.GAP_BEFORE.search(before[-80:])) is not None
        and quick(cues.NATIONAL_BENCHMARK).search(against.group(0))
    ):
        # "Its 4 percent increase beat the national average by 1.1 percent": a gap in
        # points, written as percent
        return gap(s, m, (c0, c1), subject)
    if (
        "ontribut" in before[-40:]
        and _EN_CONTRIBUTED.search(before[-40:])
        and _EN_TO_GROWTH.match(s.text, m.end)
    ):
        # "contributing 32% to import growth", "contributed 6.3% to provincial import growth"
        return None, 1, None, "a contribution to growth (not a fact of the schema)"
    if cues.IN_VOLUME.match(s.text, m.end) or (
        s.text.isascii() and _TO_QUANTITY.match(s.text, m.end)
    ):
        # ("crude oil imports rose 13.6 percent to 381 million tonnes")
        return None, 1, None, "growth of a quantity (in volume), not of value"
    if (
        quick(_AVERAGE_ANNUAL).search(before[-30:])
        or _ANNUAL_OVER_YEARS.match(s.text, m.end)
        # ("The city's average annual import and export volume growth was 9.2 percent")
        or (before.isascii() and _AVERAGE_ANNUAL_GROWTH_WAS.search(before[-90:]))
    ):
        return None, 1, None, "average annual growth over several years (not a fact of the schema)"
    if s.text.isascii() and _OVER_YEARS_AFTER.match(s.text, m.end):
        # "increased by 436.9 percent in the 20 years since China joined the WTO"
        return None, 1, None, "growth over several years (not a fact of the schema)"
    if "从" in before and _ZH_FROM_YEAR.search(before) and _ZH_TO_YEAR.match(s.text, m.end):
        return None, 1, None, "growth over several years (not a fact of the schema)"
    if quick(cues.SHARE_CHANGE).search(before[-30:]):
        return None, 1, None, "a change in a share (not a fact of the schema)"
    if cues.SHARE_RUNNING.search(wide_before[-60:]):
        return "share", 1, None, ""  # "占外贸总值比重已连续10年超50%、连续5年超60%"
    if cues.SHARE_REACHED.search(wide_before[-60:]):
        return "share", 1, None, ""  # "比重较上年提高1.5个百分点，达到62.3%"
    near = wide_before[-60:]
    level = cues.SHARE_CAME_TO.search(near) if "比" in near or "份" in near else None
    if level is not None and "占" not in near[max(0, level.start() - 20) : level.start()]:
        return "share", 1, None, ""  # "我对中国及香港的出口比重降至26.61%"
    sentence_before = s.text[max(0, m.start - 140) : m.start]
    if ("proportion" in sentence_before or "share" in sentence_before.lower()) and (
        cues.SHARE_MOVED.search(sentence_before[-120:])
    ):
        return "share", 1, None, ""  # "its share rose from 33.4 percent to 51.9 percent"
    if "share" in sentence_before.lower():  # (across clauses: "..., up from 4.3 percent")
        if cues.SHARE_EARLIER.search(sentence_before):
            return None, 1, None, "the share of an earlier period, which the text does not date"
        if cues.SHARE_LEVEL.search(sentence_before[-100:]):
            return "share", 1, None, ""  # "the share of exports rose to 5.8 percent"
    if (
        s.text.isascii()
        and "from" in sentence_before
        and (moved := _TRADE_MOVED.search(sentence_before))
        and (moved.group(1) is not None or _TO_PERCENT_AFTER.match(s.text, m.end))
    ):
        # "Shenzhen's imports and exports to Belt and Road countries rose from 12.8 percent
        # in 2013 to 22.1 percent in 2020": a level of trade in percent is its share
        return "share", 1, None, ""
    if s.text.isascii() and "from" in before[-24:] and _SHARE_THEN_FROM.search(sentence_before):
        # "accounting for 59.4 percent of the total in 2020, up from 3.5 percent in 2001":
        # the share of the year written after it; with none, of an earlier period the text
        # does not date ("up from 3.5 percent")
        if _YEAR_AFTER.match(s.text, m.end):
            return "share", 1, None, ""
        return None, 1, None, "the share of an earlier period, which the text does not date"
    change = (
        _EN_CHANGE_OR.search(wide_before[-80:])
        if " or" in before[-12:] and before[-80:].isascii()
        else None
    )
    if change is not None:  # "an increase of US$311 billion, or 24.3 percent"
        return "yoy_growth", -1 if _FALLING.search(change.group(0)) else 1, None, ""
    if "贡献" in before[-24:] and (given := _ZH_CONTRIBUTED.search(before[-24:])):
        # "前100强企业贡献了全市45.2%的进出口值": a share; "贡献了全市外贸增量的80%", "贡献了
        # 80%的增量": a share of the change, which is no fact of the schema
        if cues.SHARE_OF_CHANGE.search(given.group(0)) or _ZH_OF_CHANGE_AFTER.match(after):
            return None, 1, None, "a share of a change in value (not a fact of the schema)"
        if _ZH_OF_TRADE_AFTER.match(after):
            total = given.group(0) + after[:12]
            if total_of_another(total, s, subject):
                return None, 1, None, "a share of another economy's total (not of the reporter's)"
            return "share", 1, None, ""
    share_zh = cues.SHARE_ZH.search(wide_before[-40:]) if "占" in wide_before else None
    compared = cues.COMPARED_AFTER.match(after)  # "or 5.5 percent more than in 2021"
    if (
        not compared
        and (
            quick(_SHARE_BEFORE).search(before)
            or _SHARE_AFTER.match(after)
            or share_zh
            # "contributed 61.1 percent to the foreign trade volume" (not to its growth)
            or (
                _CONTRIBUTED_BEFORE.search(before[-30:]) is not None
                and _TO_THE_TOTAL_AFTER.match(after) is not None
            )
            # "accounting for 9 percent of its exports and 16 percent of its imports"
            or (" and" in before[-8:] and _SHARE_LIST_BEFORE.search(before[-90:]))
        )
    ):
        tail = written_list(s, m)[-1].end  # "10.6%, 12.8% and 4.4% of that of Zhejiang"
        after = _CLAUSE_END.split(s.text[tail : min(len(s.text), tail + 60)], maxsplit=1)[0]
        total = after if OF_OR_TO.match(after) else ""
        if cues.ENTERPRISE_TOTAL.match(after):
            return None, 1, None, "a share of a number of enterprises, not of trade"
        if share_zh:
            total = share_zh.group(0)
            if cues.SHARE_OF_CHANGE.search(total):
                return None, 1, None, "a share of a change in value (not a fact of the schema)"
            if "量" in total and _ZH_VOLUME.search(total):
                # "占中国同类产品进口量比重均超四成": of the volume, not of the value
                return None, 1, None, "a share of a physical quantity, not of a trade value"
        if "占比" in wide_before and (inside := _ZH_SHARE_IN.search(wide_before[-30:])):
            total = inside.group(0)  # "电动汽车出口在全国的占比超过10%": of the nation's
        if total_of_another(total, s, subject):
            return None, 1, None, "a share of another economy's total (not of the reporter's)"
        if (
            not total
            and s.text.isascii()
            and (world := _WORLD_TOTAL_BEFORE.search(s.text, max(0, m.start - 160), m.start))
            # (the next share only, with no product of its own: not "..., while electric
            # vehicles made up 3 percent of its exports and machinery accounted for 58")
            and not any(world.start() < x.start < m.start for x in s.mentions)
            and not any(n.kind == "segment" and world.start() < n.start < m.start for n in s.names)
        ):
            # "... accounted for 12.8 percent of the world's total, while its exports
            # accounted for 14.2 percent": the same world total, not written again
            return None, 1, None, "a share of another economy's total (not of the reporter's)"
        return "share", 1, None, ""
    if ("值" in before[-8:] or "水" in before[-8:] or "温" in before[-8:]) and (
        _ZH_NOT_TRADE_CHANGE.search(before[-8:])
    ):
        return None, 1, None, "a change in a currency's value or a mood, not in trade"
    if not s.about_trade:
        return None, 1, None, "a percentage not said to be about trade"
    if s.text[m.start : m.start + 5].lower() == "doubl":
        return "yoy_growth", 1, None, ""  # "doubled", "almost double" (numbers._DOUBLED)
    counted = [n for n in s.mentions[max(0, i - 4) : i] if n.kind == "count" and n.start >= c0]
    if (
        counted
        and _GROWTH_AFTER_COUNT.match(s.text, counted[-1].end, m.start)
        # (not the size of a group just named: "对RCEP其他14个国家增长8.8%")
        and not any(
            n.kind == "partner" and counted[-1].start - 8 <= n.end <= counted[-1].start
            for n in s.names
        )
    ):
        return None, 1, None, "growth of a number of partners the text does not name"
    if (
        _NATION_BEFORE.search(s.text, max(0, m.start - 2), m.start)
        and (rate := _OWN_RATE_AFTER.match(s.text, m.end))
        and (rate.group(1) != "水平" or _level_after_growth(s, c0, m.start))
    ):
        # "高于同期全国2.8%的整体进出口增幅": the benchmark's own growth, not a gap (on the
        # month before when the clause compares so: "且环比增长20.5%，也远高于全国10.4%的水平")
        sign = -1 if rate.group(1) == "降幅" else 1
        if occurs(s, meaning._MOM) and meaning.month_on_month(s.text, m.start, m.end, p0, c1):
            return "mom_growth", sign, None, ""
        return "yoy_growth", sign, None, ""
    # a gap is read only after a growth word: "growth ... was 19.5 percent higher than the
    # national average", "70 percent more than the national average growth rate": points
    if (
        quick(cues.GROWTH_RATE).search(wide_before)
        or _BENCHMARK_RATE.match(after)
        or _BENCHMARK_AVERAGE.match(after)
        or quick(cues.GROWTH_RATE).search(s.text, m.end, min(c1, m.end + 80))
    ):
        as_gap = gap(s, m, (c0, c1), subject)
        if as_gap[0] == "growth_gap":
            return as_gap
    if _over_span_of_years(s, m):
        return None, 1, None, "growth over a span of years, not on a year earlier"
    if (
        "ales" in s.text  # (a substring test first: once per sentence, cheap)
        and (sold := _PRODUCT_SALES.search(s.text, c0, m.start)) is not None
        and not any(sold.start() <= f[0] < m.start for f in s.flows)
    ):
        return None, 1, None, "a change of a product's sales, not said to be of its trade"
    if s.text.isascii() and _SEQUENTIAL_FROM.match(s.text, m.end):
        return None, 1, None, "growth on the part of the year before, not on a year earlier"
    # a sign written on the figure in brackets is its own, whatever the words around say:
    # "$8.89 billion (-1.0% year-on-year)" fell
    sign = _signed(s.text, m.start) or meaning.growth_sign(s.text, m.start, m.end, p0, c1)
    if sign == 0 and ("来自" in s.text or "销往" in s.text) and _ZH_SHARE_FROM.match(s.text, m.end):
        # "我国进口的72%的箱包、51.7%的乘用车来自欧盟": the share of the product's imports
        # that come from the partner
        return "share", 1, None, ""
    if sign == 0:
        return None, 1, None, "a percentage with no growth, share or gap wording"
    # (a month-on-month cue near the figure is one in the sentence: searched once first)
    if occurs(s, meaning._MOM) and meaning.month_on_month(s.text, m.start, m.end, p0, c1):
        return "mom_growth", sign, None, ""
    return "yoy_growth", sign, None, ""


def _level_after_growth(s: Analysed, c0: int, at: int) -> bool:
    """Whether the clause before ``at`` speaks of growth and of no share or ratio.

    What makes "高于全国10.4%的水平" the nation's growth ("增长8%，高于全国5.4%的水平"),
    not "外贸依存度为13.6%，低于全国33%的水平".
    """
    start = clause_of(s, c0 - 1)[0] if c0 > 0 else c0
    before = s.text[max(start, at - 80) : at]
    return bool(_GROWTH_FOR_LEVEL.search(before)) and not _RATIO_FOR_LEVEL.search(before)


# "contributed 6.3% to provincial import growth": the part of a growth rate one part made
# (a share of the trade itself, "contributed 45% of the trade", has no "to ... growth").
_EN_CONTRIBUTED = re.compile(
    r"\bcontribut(?:ed|ing|es|e)\s+(?:about\s+|nearly\s+|over\s+|more\s+than\s+|almost\s+)?$",
    re.I,
)
_EN_TO_GROWTH = re.compile(
    r"\s+(?:of\s+)?to\s+(?:the\s+|its\s+|this\s+)?(?:[\w'’-]+\s+){0,4}?(?:growth|increase|rise)\b",
    re.I,
)
# 贡献了 before a percentage, the whole it is of between: "贡献了全市45.2%", "贡献了86.5%",
# "贡献了全市外贸增量的80%" (no clause break between)
_ZH_CONTRIBUTED = re.compile(r"贡献了?[^，,。；;\d%]{0,16}$")
# ... and after it, the trade it is a share of ("的进出口值", "的贸易总值", "的出口") or a
# change ("的增量", "的增长")
_ZH_OF_TRADE_AFTER = re.compile(r"的?(?:全[市省区国])?(?:外贸|进出口|贸易|出口|进口)")
_ZH_OF_CHANGE_AFTER = re.compile(r"的?(?:[^，,。；;\d]{0,8}?)(?:增量|增长|增额|增加额|净增)")


# The difference between two amounts, before or after one: "相差50亿元", "差距为30亿元",
# "落后约20亿元", "以约30亿元规模的差距" (not 差额: 贸易差额 is the balance).
_ZH_GAP_BEFORE = re.compile(
    r"(?:相差|差距(?:为|达|是|缩小至|扩大至)?|领先|落后)(?:约|近|超过|超)?$"
)
_ZH_GAP_AFTER = re.compile(r"(?:规模)?的?差距")


# The Chinese forecast words whose reach goes on past their clause (not 预期: 好于预期,
# 超预期 say how a reported figure compares).
_ZH_FORECAST_AHEAD = re.compile(r"预计|有望|可望")
_ZH_TIME_AHEAD = re.compile(r"全年|年内|明年|下半年|未来|今后|年底")
_ZH_NOW = re.compile(r"目前|当前|现已|已经|实际|其中|但|而")


# A clause that is only ", and <noun> of" before its figure: one more object of the verb
# before ("had forecast export growth of 12%, and import growth of 6.1%").
_ELLIPTIC_ITEM = re.compile(
    r"[\s,]*(?:and|or)\s+(?:[a-z-]+\s+){1,3}of\s+(?:about\s+|around\s+|nearly\s+)?", re.I
)


# ... when the part before has the forecast verb's own "<noun> of <figure>" object ("had
# forecast export growth of 12%"; not "faster than economists had expected, and import
# growth of 1.8 percent was weaker", whose forecast verb has none)
_FORECAST_OBJECT = re.compile(
    r"\b(?:forecast|expected|predicted|projected|anticipated|estimated|expect|expects)\s+"
    r"(?:[a-z-]+\s+){1,3}of\s+(?:about\s+|around\s+|nearly\s+)?\d",
    re.I,
)


def _forecast_from(s: Analysed, c0: int, p0: int, at: int) -> int:
    """Where a forecast word before a figure counts from: its clause, or its part.

    Its part when the figure is in the ", with ..." tail of a clause before it (English):
    "Trade is expected to hit $1.7 trillion this year, with exports reaching $963
    billion"; in Chinese, from a 预计 / 有望 in an earlier clause of its part.
    """
    tail = s.text.rfind(", with ", p0, at)
    if s.text.isascii():
        if _ELLIPTIC_ITEM.fullmatch(s.text, c0, at) and _FORECAST_OBJECT.search(s.text, p0, c0):
            # "Analysts had forecast export growth of 12.0%, and import growth of 6.1%": a
            # clause with no verb goes on with the object of the clause before
            return p0
        return p0 if 0 <= tail < c0 else c0
    # "预计全年进出口突破5000亿元，增长10%左右", "年内预计新引进企业200家，进出口贸易额150
    # 亿元": 预计 / 有望 reach over the clauses after theirs, up to a period of their own
    # ("预计全年增长5%，1-8月增长10%": not the reported months)
    said = list(_ZH_FORECAST_AHEAD.finditer(s.text, p0, c0))
    if not said:
        return c0
    own_end = clause_of(s, said[-1].start())[1]
    if any(own_end <= p.start < at for p in s.periods):
        return c0
    if _ZH_NOW.search(s.text, own_end, at):
        return c0  # "预计…，目前已增长10%", "…，而实际进出口…": back to what was reported
    # (a forecast of figures or of a time ahead: "有望回暖，进口增长5%" forecasts no figure)
    ahead = any(said[-1].end() <= n.start < c0 for n in s.mentions)
    if not ahead and _ZH_TIME_AHEAD.search(s.text, max(0, said[-1].start() - 4), own_end) is None:
        return c0
    return said[-1].start()


# The world's trade as the total of a share: "of the world's total", "of global exports"
# (a share of the world market, not of the reporter's own trade).
_WORLD_TOTAL = re.compile(
    r"\s*(?:of|in)\s+(?:the\s+)?(?:world['’]s|global|worldwide|world\s+(?:trade|exports|imports|total))\b",
    re.I,
)


_WORLD_TOTAL_BEFORE = re.compile(
    r"\d\s*(?:%|percent|per\s+cent)" + _WORLD_TOTAL.pattern + r"[^;.]*$", re.I
)


def total_of_another(total: str, s: Analysed, subject: str) -> bool:
    """Whether the total a share is of belongs to another economy than the reporter.

    "12.7 percent of the country's total", 占全国进出口总值的 (for a province), "of
    Zhejiang's total" (for Yiwu): the schema has no place for shares of a larger whole.
    """
    if not total:
        return False
    if total.isascii() and _WORLD_TOTAL.match(total):
        return True  # "12.8 percent of the world's total": a world market share
    if subject != "China" and (
        quick(cues.NATIONAL_BENCHMARK).search(total) or quick(cues.LARGER_AREA).search(total)
    ):
        return True
    start = s.text.find(total)
    if quick(cues.WHOLE_OF).search(total):
        if subject in lexicon.CITIES and "全市" not in total:
            return True  # Yiwu's share "of the province's total"
        # "拉萨市外贸进出口13.77亿元，占全区外贸总值的59.6%": a city's share of the region
        p0 = part_of(s, start)[0] if start >= 0 else 0
        return any(
            n.kind == "region"
            and n.name != subject
            and p0 <= n.start < start
            and ZH_REGION_TRADE.match(s.text, n.end)
            for n in s.names
        )
    return any(
        n.kind == "region" and n.name != subject and start <= n.start < start + len(total)
        for n in s.names
    )


# A benchmark set out before a Chinese gap's clause: "与全国平均水平相比，…高出4.6个百分点"
# (与 / 同 / 和 what, then 相比 and a comma; the gap in the clause after it).
_ZH_COMPARED_WITH = re.compile(r"(?:与|同|和)([^，,。；;]{1,12}?)相比[，,][^，,。；;]*$")


# Right after a gap's comparison word, a benchmark that is a fall: "lower than the country's
# overall decrease", "smaller than the national decline" (the gap's sign turns).
_BENCHMARK_FALL = re.compile(
    # (the benchmark's own noun, right after its name: not "lower than the national average
    # amid the decline in demand", a fall of something else)
    r"\s*(?:that\s+of\s+)?(?:the\s+)?(?:[\w-]+['’]s\s+|national\s+|nationwide\s+)?"
    r"(?:overall\s+|average\s+|total\s+)?(?:(?:foreign\s+)?(?:export|import|trade)\s+)?"
    r"(?:decrease|decline|drop|fall|contraction)\b(?!\s+(?:rates?\s+)?of\s+\d)",
    re.I,
)


def gap(
    s: Analysed, m: Mention, clause: tuple[int, int], subject: str
) -> tuple[str | None, int, str | None, str]:
    """A growth gap: percentage points compared with a named benchmark, with its sign.

    The comparison is read after the figure ("5.6 percentage points higher than the
    national level") or before it ("outpaced the national average by", 高于全国增速,
    比全国出口增速高出, 低于全国进口增速); the benchmark words are in the same stretch.
    Points with no comparison or no benchmark (a share that "rose 1.8 percentage
    points") are skipped.
    """
    c0 = clause[0]
    # in a list ("5.3, 1.2 and 10.6 percentage points higher") the comparison follows
    # the last figure of the list, or stands before its first ("分别比全国、全省高出6.7、4.7
    # 个百分点")
    listed = written_list(s, m)
    head = listed[0].start if listed else m.start
    before = s.text[max(c0, head - 80) : head]
    if len(listed) > 1 and listed[0] is m and _YOY_OF_BEFORE.search(before):
        # "a year-on-year increase of 31 percent, and 8.4 percent higher than China's
        # overall growth rate": the first is the growth itself, only the second a gap
        return None, 1, None, "a growth rate, not a gap"
    tail = listed[-1].end
    after = s.text[tail : min(clause_of(s, tail - 1)[1], tail + 80)]
    sign = 0
    stretch = ""
    found = cues.GAP_AFTER.match(after)
    if found:
        sign = cues.GAP_AFTER_WORDS[found.group(1).lower()]
        stretch = after[found.end() : found.end() + 50]
        if _BENCHMARK_FALL.match(stretch):
            # "2.3 percentage points lower than the country's overall decrease": a smaller
            # fall, so a growth above the benchmark's (as 降幅低于全国 below)
            sign = -sign
    elif (found := cues.GAP_BEFORE.search(before)) is not None:
        sign = cues.GAP_BEFORE_WORDS[found.group(1).lower()]
        stretch = before[found.start() :]
    elif (found := cues.ZH_GAP.search(before)) is not None:
        sign = cues.ZH_GAP_SIGN[found.group(1) or found.group(2)]
        stretch = before[found.start() :]
        if before.endswith("降幅", 0, found.start()):
            # "降幅低于全国平均5.4个百分点": a smaller fall, so a growth above the benchmark's
            sign = -sign
    if sign == 0:
        return None, 1, None, "a change in percentage points (not a fact of the schema)"
    offset = s.text.find(stretch, max(0, m.start - 80)) if stretch else -1
    named = [
        n.name
        for n in s.names
        if n.kind == "region" and offset <= n.start < offset + len(stretch) and offset >= 0
    ]
    # "4.9 and 3.9 points higher than the country's average and the provincial average
    # respectively": one benchmark per figure of the list, in order
    # (全省 in a city's release is its province's average: 泉州 against Fujian)
    province = places.province_of(subject) or subject
    each = [
        "China" if b.group(1) else province if b.group(0) == "全省" else subject
        for b in cues.BENCHMARK_WORD.finditer(stretch.split("respectively")[0])
    ]
    if len(listed) > 1 and len(each) == len(listed):
        return "growth_gap", sign, each[listed.index(m)], ""
    if (
        sign != 0
        and not s.text.isascii()
        and (ahead := _ZH_COMPARED_WITH.search(s.text, max(0, head - 60), head)) is not None
        and not quick(cues.NATIONAL_BENCHMARK).search(stretch)
        and not named
    ):
        # "与全国平均水平相比，湖北省的进出口增速高出4.6个百分点": the benchmark set out in
        # the clause before the gap word
        stretch = ahead.group(1) + stretch
    if quick(cues.NATIONAL_BENCHMARK).search(stretch):
        benchmark = "China"
    elif named:  # "higher than Zhejiang's averages"
        benchmark = named[0]
    elif cues.OWN_BENCHMARK.search(stretch):
        benchmark = subject
    else:
        return None, 1, None, "percentage points compared with something not a benchmark"
    return "growth_gap", sign, benchmark, ""


def occurs(s: Analysed, pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` occurs anywhere in the sentence (searched once per sentence).

    A cue looked for near each figure is first looked for in the whole sentence: most
    sentences have no price, target or quantity word, and then no window is searched.
    """
    # (keyed by id: a pattern's own hash reads its whole compiled code, each time)
    found = s.occurs.get(id(pattern))
    if found is None:
        needs = _NEEDS_BY_ID.get(id(pattern))
        if needs is not None:
            if s.low is None:
                s.low = s.text.lower()
            low = s.low
            found = any(map(low.__contains__, needs)) and quick(pattern).search(s.text) is not None
        else:
            found = quick(pattern).search(s.text) is not None
        s.occurs[id(pattern)] = found
    return found
