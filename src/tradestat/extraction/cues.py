"""Cue words that say what a figure means: share, growth gap, benchmark, list, whole trade.

Each list is plain data with a comment saying which phrasing it covers; the patterns built
from them are alternations of literal words with bounded gaps, so they run in linear time.
English words are matched case-insensitively.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = [
    "GROWTH_UP",
    "GROWTH_DOWN",
    "ZH_PARTNER_ITEM",
    "CATEGORY_GROUPS",
    "ZH_ETC_BEFORE",
    "CUE_OF",
    "GAP_AFTER_WORDS",
    "GAP_AFTER",
    "GAP_BEFORE_WORDS",
    "GAP_BEFORE",
    "ZH_GAP_WORDS",
    "ZH_GAP",
    "ZH_GAP_SIGN",
    "NATIONAL_BENCHMARK",
    "OWN_BENCHMARK",
    "GROWTH_RATE",
    "BENCHMARK_WORD",
    "COMPARED_AFTER",
    "COMPARED_WITH",
    "A_YEAR_AGO",
    "THE_PREVIOUS_MONTH",
    "SHARE_ZH",
    "WHOLE_TRADE",
    "NOT_PRODUCT_WORDS",
    "MASS_NOUNS",
    "TIME_WORD",
    "LIST_INTRO",
    "LIST_END",
    "APPOSITION",
    "JOINT",
    "REFER_BACK_SUBJECT",
    "THIS_RATE_ZH",
    "FIGURE_BEFORE",
    "IT_GOES_ON",
    "OF_WHICH",
    "LARGER_AREA",
    "WHOLE_OF",
    "SINGLE_MONTH",
    "REFER_BACK",
    "VALUE_CHANGE",
    "SHARE_OF_CHANGE",
    "SHARE_CHANGE",
    "SHARE_REACHED",
    "SHARE_CAME_TO",
    "SHARE_RUNNING",
    "BREAKDOWN",
    "PARTNER_BEFORE",
    "RANKED_AGAINST",
    "ZH_MIDDLE_EAST",
    "GOES_ON_WITH_GROWTH",
    "OTHER_TOPIC",
    "PARTNER_ROLE",
    "ZH_EXAMPLES_CATEGORY",
    "ZH_PARTNER_ABBREVIATIONS",
    "ZH_FLOW_AFTER_PARTNER",
    "ZH_PARTNER_ABBREVIATION",
    "ZH_PARTNER_SLOT",
    "ZH_CHINA_PAIR",
    "ZH_CHINA_PAIR_NAMES",
    "ZH_CHINA_PAIR_ANY",
    "ZH_CHINA_PAIR_REVERSED",
    "ZH_PROVINCE_ABBREVIATIONS",
    "ZH_PROVINCE_PAIR",
    "ZH_CHINA_PAIR_TAIL",
    "EN_PARTNER_SLOT",
    "NOT_PARTNER_NAMES",
    "ZH_THE_ABOVE",
    "ZH_NOT_PARTNER",
    "HYPHEN_PAIR",
    "PARTNER_ANAPHOR",
    "PLURAL_ANAPHOR",
    "SEPARATE_ECONOMIES",
    "BETWEEN",
    "OTHER_TRADE",
    "PRICE",
    "PRICE_CHANGE",
    "CONTRIBUTION",
    "COMPANY",
    "QUANTITY",
    "SERVICES",
    "PLACE_NOUNS",
    "NUMBER_OF",
    "NOT_THE_REPORTERS",
    "NEEDS",
    "NOT_THE_REPORTERS_REASONS",
    "GROUP_SIZE",
    "CAPITALS",
    "CAPITAL_AS_STATE_AFTER",
    "DATELINE_AFTER",
    "TOWARD_BEFORE",
    "IMBALANCE",
    "SEGMENT_ANAPHOR",
    "SEGMENT_LABEL",
    "EXAMPLES_LIST",
    "DEFINITE_FLOW",
    "SEVERAL_REGIONS",
    "NOT_A_LABEL",
    "MEMBERS_CLAUSE",
    "PAIR_PREFIXES",
    "RATE_LEVEL",
    "FOREIGN_SOURCE",
    "ZH_PARTNER_OPENING",
    "ZH_PARTNER_CHANGE_AFTER",
    "ZH_SIDE_SOURCE",
    "ZH_ANY_PAIR",
    "ZH_SOURCE_BEFORE",
    "ZH_NAMED_SOURCE_AFTER",
    "words",
]


def words(items: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))


# --- growth and its sign ----------------------------------------------------------------
# Words of rising and falling; the nearest one before a percentage (else after it) gives the
# sign of its growth. English stems take any ending ("slipped", "soaring", "rebounds").
# A time a figure is compared with, after "more than" / "less than"
_EARLIER_TIME = (
    # ("21.5 per cent more than the year before")
    r"(?:(?:in|during|for)\s+)?(?:(?:19|20)\d\d\b|last\s+year\b|a\s+year\s+(?:earlier|ago)\b"
    r"|(?:the|a)\s+year\s+before\b"
    r"|the\s+(?:previous|prior|same)\s+(?:year|period|month|quarter)\b)"
)
GROWTH_UP = (
    r"\b(?:up\b|rose\b|rise[sn]?\b|rising\b|grew\b|grow(?:s|ing|th|n)?\b|increas\w*|expand\w*"
    r"|expansions?\b"  # ("a 27% expansion over 2022's $70bn")
    r"|surg\w*|jump\w*|climb\w*|gain\w*|higher\b|boost\w*|soar\w*|rebound\w*"
    r"|spik\w*|edged\s+up\b|picked\s+up\b|widen\w*|doubled\s+by\b"
    r"|skyrocket\w*|rocket\w*|balloon\w*|advanc\w*|leap\w*|mushroom\w*"
    # "an upward trend of 8.9% over the same period a year earlier"
    r"|upward\s+trend\b|upturn\b"
    # "US$527 billion, or 23 percent more than in 2005" (not "more than 50 percent")
    r"|more\s+(?:compared\s+(?:to|with)|year[\s-]on[\s-]year)\b"
    rf"|more\s+than\s+{_EARLIER_TIME}"
    # "20.3 billion yuan, 3.1 percent above the same period last year"
    rf"|above\s+{_EARLIER_TIME})"
    r"|增长|增加|上升|提高|增|上涨|攀升|扩大"
    # (Malaysian and Singapore copy: "双边贸易按年上扬24.1%")
    r"|上扬"
    # (Taiwan and Hong Kong copy: 出口成长16%; not 负成长, a fall; 升幅 as 增幅: "按年升幅达14%")
    r"|(?<!负)成长|升幅"
    # (Hong Kong copy: "美国(升2.2%)", 升 alone as 降 / 跌 below; not 升至, a level, nor 升级)
    r"|升(?![至到为级值水温])"
)
GROWTH_DOWN = (
    r"\b(?:down\b|fell\b|fall(?:s|ing|en)?\b|declin\w*|decreas\w*|drop\w*|slid\w*|slump\w*"
    r"|contract\w*|shr[aiu]nk\w*|lower\b|slip(?:s|ped|ping)?\b|dip(?:s|ped|ping)?\b|plung\w*"
    r"|tumbl\w*|sank\b|sink\w*|retreat\w*|eased\b|edged\s+down\b|decline\b"
    r"|plummet\w*|nosediv\w*|slipp\w*|shed\b|reduc\w*|wan(?:ed|es|ing)\b"
    r"|downward\s+trend\b|downturn\b"
    # "2.9% less compared to the same period last year"
    r"|less\s+(?:compared\s+(?:to|with)|year[\s-]on[\s-]year)\b"
    rf"|narrow\w*|less\s+than\s+{_EARLIER_TIME}"
    # "20.3 billion yuan, 3.1 percent below the same period last year"
    rf"|below\s+{_EARLIER_TIME})"
    r"|下降|减少|回落|下滑|下跌|降低|萎缩|收窄"
    # (a balance that shrinks: "贸易顺差3.11万亿元，缩小5.8%", as 扩大 is a rise; not a gap
    # or a level it shrinks to: "与全国的差距缩小至1.2%")
    r"|(?<!差距)(?<!差距进一步)缩小(?![至到为])"
    # 微降1.4%, 略降0.6%, 降幅超过三成, 同比降5% (not 降至: "增速降至5%" is a level)
    r"|微降|略降|降幅|同比降|跌幅"
    # headline and Hong Kong copy: 出口降6%, 进口跌5% (降 / 跌 alone; not 降至 / 跌至 / 跌破,
    # a level)
    r"|降(?![至到为])|跌(?![至到为破])"
    # (Taiwan and Hong Kong copy: 负成长3%, 出口衰退5%, 出口年减5.3% / 月减 as 年增 / 月增)
    r"|负成长|衰退|(?<![\d〇一二三四五六七八九十个份])[年月]减"
)
# (The word boundary stands once before each group of English words: one test per place
# instead of one per word, several times faster on long sentences.)

# Right before a figure, a growth rate moving to a level: "the growth rate dropped below 20
# percent", "growth slowed to 5.2 percent", "the growth of exports fell to 3 percent". The
# figure is the rate itself (a rise unless written negative), not a fall of the trade.
RATE_LEVEL = re.compile(
    r"\bgrowth(?:\s+rates?)?\s+(?:[\w-]+\s+){0,3}?(?:to|below|under|above|at)\s+"
    r"(?:about\s+|nearly\s+|around\s+|just\s+|only\s+)?$",
    re.I,
)
# "a year-on-year increase of", "a month-on-month decrease of", "环比增长" right before a
# figure: the comparison bound to that figure.
CUE_OF = re.compile(
    r"(?:year[\s-]on[\s-]year|month[\s-]on[\s-]month|month[\s-]over[\s-]month|\ba\s+monthly"
    r"|\ban\s+annual)\s+(?:increase|decrease|growth|rise|"
    r"decline|drop|fall|gain|surge|jump)\s+of\s+(?:about\s+|nearly\s+|over\s+)?$|(?:同比|环比)"
    r"(?:增长|下降|增加|减少|上升|回落)$",
    re.I,
)

# --- growth gaps ------------------------------------------------------------------------
#: English comparison words after a gap figure ("5.6 percentage points higher than ..."),
#: with the sign of the gap they make.
GAP_AFTER_WORDS = {
    "higher than": 1,
    "faster than": 1,
    "above": 1,
    "more than": 1,
    "ahead of": 1,
    "lower than": -1,
    "slower than": -1,
    "below": -1,
    "behind": -1,
}
GAP_AFTER = re.compile(rf"^\s*({words(GAP_AFTER_WORDS)})\b", re.I)
#: English comparison verbs before "... by X percentage points" ("outpaced the national
#: average by 3.4 percentage points"), with their sign.
GAP_BEFORE_WORDS = {
    "outpaced": 1,
    "outpacing": 1,
    "outpaces": 1,
    "outpace": 1,
    "outperformed": 1,
    "outperforming": 1,
    "exceeded": 1,
    "exceeding": 1,
    "exceeds": 1,
    "surpassed": 1,
    "surpassing": 1,
    "beat": 1,
    "beating": 1,
    "beats": 1,
    "topped": 1,
    "higher than": 1,
    "faster than": 1,
    "trailed": -1,
    "trailing": -1,
    "lagged": -1,
    "lagging": -1,
    "lower than": -1,
    "slower than": -1,
}
# the verb, then at most 60 characters up to "by" (and a qualifier) just before the figure
GAP_BEFORE = re.compile(
    rf"\b({words(GAP_BEFORE_WORDS)})\b[^;,.]{{0,60}}\bby\s+"
    r"(?:over\s+|more\s+than\s+|nearly\s+|about\s+|almost\s+|around\s+)?$",
    re.I,
)
#: Chinese comparisons before a gap figure, with their sign: 高于全国增速X个百分点,
#: 比全国出口增速高出X个百分点, 较全国整体增速高X个百分点, 低于全国进口增速X个百分点,
#: 超全国外贸增速X个百分点. 比/较 need a following 高/低/快/慢 (比上年同期提高 is a change of
#: a share, not a gap, and has no benchmark word either).
ZH_GAP_WORDS = {
    "高于": 1,
    "高出": 1,
    "快于": 1,
    "超出": 1,
    "超过": 1,
    "超": 1,
    "领先": 1,
    "低于": -1,
    "慢于": -1,
    "落后": -1,
}
ZH_GAP = re.compile(
    rf"(?:({words(ZH_GAP_WORDS)})[^，,。；;]{{0,24}}|(?:比|较)[^，,。；;]{{0,24}}?(?<!提)(高出|高|快|低|慢)"
    # ("较全国快了3.1个百分点")
    r"了?)$"
)
ZH_GAP_SIGN = {**ZH_GAP_WORDS, "高": 1, "快": 1, "低": -1, "慢": -1}
#: Words that name the national benchmark of a gap.
NATIONAL_BENCHMARK = re.compile(
    r"\bnational\b|\bnationwide\b|\bthe\s+(?:whole\s+|entire\s+)?(?:country|nation)\b"
    r"|\bcountry['’]?s\b|\bChina['’]?s\b|\bChinese\s+(?:total|average)\b|全国|我国"
    # "18.4 per cent of the total China-Africa trade" (for a region)
    r"|\bChina[-–](?=[A-Z])"
    # "占中国进出口总值的比重", "高于中国对俄贸易平均增幅" (not 中国香港 / 中国台湾)
    r"|中国(?!香港|澳门|台湾)"
    # MOFCOM style, 我 alone for China: "高出我同期外贸进口涨幅", "超出我外贸总体增幅"
    r"|(?<!自)我(?=同期|外贸|对外贸易|进出口|出口|进口|总体|整体)",
    re.I,
)
#: Larger areas a province or city belongs to: a share "of the Yangtze River Delta's trade",
#: 占长三角地区的, is of a total that is not the reporter's.
LARGER_AREA = re.compile(
    r"长三角|珠三角|京津冀|粤港澳大湾区|大湾区|长江经济带|中部(?:地区|六省)?|西部(?:地区)?|东部(?:地区)?"
    r"|东北(?:地区)?|\bYangtze\s+River\s+Delta\b|\bPearl\s+River\s+Delta\b"
    r"|\bGreater\s+Bay\s+Area\b|\bcentral\s+region\b|\bwestern\s+region\b",
    re.I,
)
#: The whole of the province, region or city a text is about: "占全省份额", "占全区外贸总值的",
#: "of the province's total". For a city, or for a city named before the figure, a total
#: that is not its own.
WHOLE_OF = re.compile(
    r"全省|全区|全市|\bthe\s+(?:whole\s+|entire\s+)?(?:province|region)(?:['’]s)?\b"
    r"|\bprovincial\b",
    re.I,
)
#: Words that name the subject's own total as the benchmark ("the provincial growth rate",
#: "overall exports", 全省出口整体增速, 整体出口增速).
OWN_BENCHMARK = re.compile(
    r"\bprovincial\b|\bthe\s+province'?s?\b|\bregional\b|\bcity'?s\b|\boverall\b|\baverages?\b"
    r"|全省|全区|全市|整体|总体"
    # "高出该省外贸出口增速12.6个百分点": the province / city named back
    r"|[该本我](?:省|市|区)(?![\u4e00-\u9fff]{0,2}(?:海关|政府|商务))"
    # "对美出口增长15.1%，高出对全球增速1.6个百分点": the reporter's trade with the whole
    # world (not 全球 alone: world trade's own growth)
    r"|对(?:全球|世界)",
    re.I,
)

# A percent compared with a benchmark is a gap in points when the text compares growth:
# "The increase ... was 19.5 percent higher than the national average".
GROWTH_RATE = re.compile(r"\bgrowth|\bincrease|\brates?\b|增速|增幅", re.I)

# One benchmark phrase of a list of them: national (group 1) or the reporter's own.
BENCHMARK_WORD = re.compile(
    r"(\bnational\b|\bnationwide\b|\bcountry'?s?\b|全国)|\bprovincial\b|\bregional\b|全省|全区",
    re.I,
)

# Right after a percentage, words that make it a change, not a share ("or 5.5 percent more
# than in the same period of 2021").
COMPARED_AFTER = re.compile(
    r"\s*(?:more|less|higher|lower|above|below|up|down|increase|decrease|rise|drop)\b", re.I
)

# --- shares -----------------------------------------------------------------------------
# 占 then the total it is a share of, then an optional qualifier: 占全省外贸总值近六成,
# 占同期出口总值的, 占比为, 占比超. No digits and no clause punctuation in between.
# A share that changed by a figure: "比重提升了18.6%", "占比较上年提高" (the schema has no
# measure for a change in a share) ...
SHARE_CHANGE = re.compile(
    r"(?:比重|占比|份额|\bshare)\s*(?:较[^，,。；;\d]{0,10})?"
    r"(?:提升|提高|上升|增加|下降|降低|回落|扩大|缩小|\s(?:rose|increased|grew|fell|dropped)"
    r"(?:\s+by)?)了?\s*$",
    re.I,
)
# ... and the share the change reached: "占全市外贸比重较上年提高1.5个百分点，达到62.3%",
# "占比较2013年提升4.1个百分点至29.1%" (至 / 到 right after the change; or with the year
# the share came to between: "比重由2013年的24.1%提升至2023年的31.5%", "提高到2022年底的").
SHARE_REACHED = re.compile(
    r"(?:比重|占比|份额)[^。；;]{0,30}?(?:提升|提高|上升|增加|下降|降低|回落|扩大|缩小)"
    r"[^。；;，,]{0,16}(?:[，,]\s*(?:达到|达|为|至)|至|到)"
    r"(?:了?(?:19|20)\d{2}年(?:底|末|年底|年末)?的?)?\s*$"
)
# ... and the level a share came to: "出口比重降至26.61%", "比重从2020年达到43.9%高点" (not
# after 占, "占中国进出口总值的比重达到1.5%": a share of another total, see measures)
SHARE_CAME_TO = re.compile(
    # (not a growth rate in the clause after it: "比重提高，出口增速达到12.5%")
    r"(?:比重|占比|份额)(?:(?!增速|增长|增幅|同比|环比)[^。；;]){0,30}?"
    r"(?:降至|升至|下滑至|滑落至|跌至|达到)\s*$"
)
# ... and a share held for a run of years: "占外贸比重已连续6年超40%、连续3年超45%".
SHARE_RUNNING = re.compile(
    r"(?:比重|占比)[^。；;，,]{0,6}连续[^。；;，,]{0,30}(?:连续)?[^。；;，,%]{0,3}年"
    r"(?:超过|超|逾|高于|保持在|达到|达|在)?\s*$"
)
SHARE_ZH = re.compile(r"占[^，,。；;\d%]{0,24}?(?:的|为|达)?\s*(?:约|近|超过|超|逾|将近)?\s*$")

# --- segments ---------------------------------------------------------------------------
#: Phrases that name the whole of trade, not a part of it: "trade in goods", 货物贸易.
WHOLE_TRADE = frozenset(
    {
        "foreign trade",
        "trade",
        "goods",
        "goods trade",
        "trade in goods",
        "merchandise",
        "merchandise trade",
        "commodities",
        "products",
        "imports and exports",
        "exports and imports",
        "total",
        "value",
        "volume",
        "the total value",
    }
)
#: Words before "exports"/"imports" that are not a product ("total exports", "the
#: province's exports", "annual exports", "New Zealand's biggest export destination").
NOT_PRODUCT_WORDS = frozenset(
    str.split(
        """
    a an the its their his her our this that these those total overall foreign national
    nationwide annual monthly combined whole entire gross net goods merchandise outbound
    inbound domestic local regional provincial municipal city's province's country's nation's
    region's china's chinas chinese
    main major top key leading strong weak robust solid sluggish record
    biggest largest greatest smallest highest lowest fastest slowest single second-largest
    second-biggest third-largest
    and or of in to from with by as for than also while whose which its' such other
    whereas whilst although though meanwhile bound
    against versus vs vs. compared over on at into onto via per like unlike between among
    year-on-year cumulative general processing trade
    they we it he she who what its
    higher lower more less fewer greater bigger smaller overseas direct new global worldwide
    both each every all some any many few several much no either neither
    is are was were be been being am do does did done has have had will would shall should
    can could may might must saw sees see posted reported recorded registered reached made
    makes continued remained kept still further again only alone just even so too
    province region city country nation municipality county port
    but yet however relevant respective corresponding related same said
    statistics figures data numbers customs show shows showed shown indicate indicates
    indicated suggest suggests revealed reveal reveals according there here percent percents
    increase increasing boost boosting expand expanding promote promoting encourage raise
    reduce curb stimulate spur
    thousand million millions billion billions trillion yuan rmb dollar dollars usd euro euros
    january february march april may june july august september october november december
    """
    )
)
#: Nouns that stay singular as a segment name ("steel exports" is "steel", while "solar
#: panel exports" is "solar panels").
MASS_NOUNS = frozenset(
    str.split(
        """
    steel iron oil crude furniture clothing apparel footwear machinery equipment coal rice
    grain seafood electricity gas software hardware cotton copper aluminum aluminium ore
    produce pork beef tea coffee wine timber wood paper plastic rubber glass cement fertilizer
    fruit meat milk sugar corn wheat silk textiles electronics chemicals energy food
    lng lpg ammonia urea e-commerce commerce
    zinc nickel lithium gold silver cocoa fish soya pulp cellulose
    jewelry jewellery porcelain tobacco leather
    """
    )
)
#: Adjectives of the reporter (no demonym of the name tables, which leave out China's):
#: "Chinese exports to Russia" are China's exports, not a product "chineses".
REPORTER_ADJECTIVES = frozenset({"chinese", "sino"})
# Words of time before "exports" are no product: "first-quarter exports", "half-year".
TIME_WORD = re.compile(r"quarter|half|month|year|week|annual|period", re.I)

# A list of products after these words: "Among the fastest-growing exports are A, B and
# C, which ...", "the top products ... are A, B, and C, whose exports ...".
# ("imports consisted mainly of A, B and C, which ...": what a flow is made up of)
LIST_INTRO = re.compile(
    r"\b(?:(?:consist(?:s|ed|ing)?|made\s+up)(?:\s+(?:mainly|mostly|chiefly|largely|primarily))?"
    r"\s+of|(?:are|were)\s+(?:mainly|mostly|chiefly|largely|primarily)"
    r"|are|were|include[sd]?|including|such\s+as|namely"
    # "driven mainly by the shipbuilding, railway and aeronautics sectors, which rose"
    r"|driven\s+(?:(?:mainly|mostly|chiefly|largely|primarily)\s+)?by(?:\s+the)?)\s+",
    re.I,
)
# ... and the words that end such a list.
LIST_END = re.compile(r",\s+(?:which|whose)\b", re.I)
# After a segment name, words that start a list spelling it out: "the new three items,
# namely electric vehicles, lithium batteries and solar cells", "新三样（电动汽车、…）".
APPOSITION = re.compile(
    r"[”\"’]?\s*(?:,\s*(?:namely|i\.e\.|that\s+is|including|such\s+as)\s+|[（(]|——|：)", re.I
)
#: Words saying one figure is the sum over a list ("seeds and apples together", 合计).
JOINT = re.compile(r"\btogether\b|\bcombined\b|\bin\s+total\b|合计|共计", re.I)
#: A sentence whose subject is the figure before it: "The amount represented a 20.5-percent
#: growth", "This marked a rise of 3 percent" (its figures are of that figure's flow).
FIGURE_BEFORE = re.compile(
    r"\s*(?:(?:The|This|That)\s+(?:figure|amount|sum|value|number)|This|That|It)\s+"
    r"(?:represented|represents|marked|marks|meant|means)\b"
    # ... or the change just given, compared with another period's: "The growth was slower
    # than the 30% gain in 2023", "But February's contraction was an improvement on ..."
    r"|\s*(?:(?:But|However,?|And)\s+)?(?:The|(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December)['’]s)\s+(?:growth|increase|rise|gain"
    r"|decline|drop|fall|decrease|contraction|expansion)\s+(?:was|is)\s+"
    # (compared, not "The growth was driven by copper, whose shipments rose 20 percent")
    r"(?:[a-z]+ly\s+)?(?:slower|faster|lower|higher|smaller|larger|bigger|greater|weaker"
    r"|stronger|sharper|milder|steeper|better|worse|less|more|an?\s+improvement"
    r"|(?:up|down)\s+from|compared)\b",
    re.I,
)
# A Chinese sentence that opens on the growth rate just given: "这个增速", "“这一增幅".
_THIS_RATE_WORDS = r"[“\"「]?(?:这个|这一|此|该)(?:增速|增幅|增长率|降幅)"
THIS_RATE_ZH = re.compile(r"\s*" + _THIS_RATE_WORDS)
#: Words that refer back to the enterprises or products of the sentence before.
# A sentence whose subject refers back to the figures before it is about the same trade:
# "The growth rates were 5%, 9% and 13%, respectively", "The figure represents ...".
REFER_BACK_SUBJECT = re.compile(
    r"\s*(?:(?:But|However,?|And)\s+)?"
    r"(?:The\s+(?:growth\s+rates?|figures?|total|increase|rise|decline|volume|value|amount|sum"
    # "The growth was slower than the 30% gain in 2023" (not "The growth of services")
    r"|(?:growth|gain|drop|fall|decrease|contraction|expansion)(?!\s+(?:of|in)\b)"
    # "The indicator slightly dropped in 2020", "The number was 6.6% lower" (not "The
    # number of firms")
    r"|indicator|number(?!\s+of\b))"
    r"|It\b|This\b|They\b|These\b|That\s+(?:was|is|were|represented|marked)\b|同比|分别"
    # "But November's contraction was an improvement on ...": the month's change just given
    r"|(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)['’]s\s+(?:growth|increase|rise|gain|decline|drop|fall|decrease|contraction"
    r"|expansion)\b"
    # "“这个增速较全国快了3.1个百分点”", "这一增幅高于…": the growth just given (a quote too)
    rf"|{_THIS_RATE_WORDS}"
    # "..., while that between Chengdu and EU countries hit ...", "Meanwhile, that with Japan
    # fell ...": the trade of the sentence before, with another partner
    r"|(?:(?:While|Whereas|Meanwhile|And)\s*,?\s+)?(?:that|those)\s+(?:between|with)\s"
    # "Volume also grew with the United States (6.9 percent)": the trade's volume
    r"|(?:Volume|Turnover)\s+(?:also\s+)?(?:grew|rose|increased|fell|dropped|declined)\b"
    # (after an opening period: "In the first half of 2017, they totaled $85 billion", "In
    # 2017, this figure increased by 20.8%")
    r"|(?:In|During|For|Over)\s+[^,.;]{3,40},\s*(?:they|it|(?:this|the\s+same|that)\s+"
    r"(?:figure|indicator|number|volume|value|amount))\s)",
)
# A sentence about a part of the figure before: "民营企业进出口1000亿元。其中，出口600亿元",
# "Of this, exports were ...".
# A figure of one month: "单月进出口值突破600亿元", "a single-month record", "in a single
# month". Without a month named for it, its period would be a guess.
SINGLE_MONTH = re.compile(r"单月|\bsingle[\s-]month\b|\bin\s+a\s+single\s+month\b", re.I)
# After a semicolon, "it" as the subject of a change goes on with the one flow of the part
# before: "exports in January rose 17.8%; in February it was up by nearly 30%; in March it
# increased 7.2%".
IT_GOES_ON = re.compile(
    r"\b(?:it|they)\s+(?:was|were|is|are|has|have|had|increased|decreased|rose|fell|grew|"
    r"dropped|declined|jumped|climbed|surged|slid|slipped|edged|went|stood|reached|expanded|"
    r"shrank|contracted)\b",
    re.I,
)
# A paragraph that opens on the others of what the paragraph before went through ("输往其他
# 地区的部分主要目的地…", "另一方面，输往美国…", "对其他主要市场…"): it goes on in that
# paragraph's period, as Hong Kong's monthly release goes region by region through one month.
THE_OTHERS = re.compile(r"\s*(?:另一方面[，,]\s*)?(?:输往|对|与|向|自|从)?其他")

OF_WHICH = re.compile(
    r"\s*(?:其中|Of\s+(?:this|which|the\s+total)\b|Among\s+(?:them|the\s+total)\b"
    r"|In\s+(?:a\s+)?breakdown\b"
    # (其中 as some translations write it: "...; therein, export value 43.2 billion yuan")
    r"|Therein\b"
    r"|Broken\s+down\b"
    # "The total figure included $687 billion in exports", "This includes $33 billion ..."
    r"|(?:The\s+total(?:\s+(?:figure|amount|value|volume))?|The\s+figure|This|It)\s+"
    r"(?:included|includes|comprised|comprises|consisted\s+of|consists\s+of)\b)",
    re.I,
)
# Inside a sentence: a figure broken down into its flows ("…，其中，出口…；进口…").
BREAKDOWN = re.compile(r"其中|\b(?:of\s+which|among\s+which|of\s+this|of\s+the\s+total)\b", re.I)
# A line that opens with a label naming what it is about, then its flows: "Textile: Imports
# were $9.2 billion, ...; exports were ...", "Crude oil: Exports rose ...". The label is the
# segment of the line (not a note, a source or a total: NOT_A_LABEL).
SEGMENT_LABEL = re.compile(
    r"[ \t]*([A-Z][A-Za-z'’-]*(?:[ \t]+[a-z][A-Za-z'’-]*){0,3}):[ \t]+"
    r"(?=(?:[Ii]mports|[Ee]xports|[Tt]rade|[Tt]otal\s+trade)\b)"
)
NOT_A_LABEL = frozenset(
    str.split(
        """
    note notes source sources update updates summary background highlights overview total
    overall trade foreign trade data figures key figures editor photo breakdown details
    """
    )
)
# Several of the reporter's regions together as the owner of a figure: "Four provinces and
# municipalities saw foreign trade exceed $100 billion", "a dozen cities posted growth above
# 20 percent": no one region's figure, and not the reporter's.
SEVERAL_REGIONS = re.compile(
    # (not a rank: "is among the top ten cities of China and ranks first in growth")
    r"(?<![Tt]op\s)\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen"
    r"|several|many|some|most|a\s+few)\s+(?:(?:of\s+)?(?:the|its|China['’]s)\s+)?"
    r"(?:[a-z]+\s+)?(?:provinces|cities|regions|municipalities|prefectures|counties)\b"
    r"(?:\s+and\s+(?:provinces|cities|regions|municipalities|prefectures|counties))?",
    re.I,
)
# A sentence opening with the flows under a definite article refers back to the trade of
# the sentence before: "General trade rose 6% to RMB4.17 trillion. The exports increased
# by 11.7% ..." (the general trade's exports; plain "Exports rose" is not such a reference).
DEFINITE_FLOW = re.compile(r"\s*The\s+(?:exports|imports|export\s+value|import\s+value)\b")
# A part that opens with a bare flow word ("；进口2225.9亿元", "; imports rose ..."): it
# breaks the part before down into flows, or goes on about its partner.
OPENS_WITH_FLOW = re.compile(
    # ("; and that of imports was ...": the value of the flow, as named before)
    r"[\s;；,，]*(?:进口|出口|(?:and\s+)?(?:its\s+|(?:that|those)\s+of\s+(?:the\s+)?)?"
    r"(?:imports|exports)\b)",
    re.I,
)
# Trade of the reporter and the one partner named before: "bilateral trade", "two-way
# trade", "trade between the two countries", 双边贸易, 两国贸易, 两国双边货物贸易.
BILATERAL = re.compile(
    r"\b(?:bilateral|two-way)\s+(?:goods\s+|merchandise\s+|commodity\s+)?trade\b"
    # ("trade turnover between the two countries", "trade between the partners")
    r"|\btrade(?:\s+turnover|\s+volume)?\s+between\s+the\s+(?:two\s+)?"
    r"(?:countries|nations|sides|economies|partners)\b"
    # ("Turnover from January through November has reached over $218 billion" over a lead
    # on Russia-China trade: a sentence that opens with a bare turnover, the pair's)
    r"|^\s*(?:[Tt]rade\s+)?[Tt]urnover\b"
    # (双边货物贸易额, 两国双边商品贸易: goods written between)
    r"|双边(?:货物|商品)?(?:贸易|进出口)|两国(?:间)?(?:双边)?(?:货物|商品)?(?:贸易|进出口)",
    re.I,
)
# The reporter's trade with the world, whatever partner the sentence before had ("China's
# overall foreign trade"), unless OF_BEFORE makes it the total a share is of ("of the
# region's total foreign trade").
# The reporter's trade with the world: "overall foreign trade", and a sentence that opens
# with all three flows ("进出口、出口、进口增速分别高于全国…": not the partner before it).
OVERALL_TRADE = re.compile(
    r"\b(?:overall|total)\s+(?:foreign\s+|external\s+)trade\b"
    # "The total balance of trade until November was US$69.9 billion" after a partner
    r"|\b(?:overall|total)\s+(?:balance\s+of\s+trade|trade\s+balance)\b"
    # "China's total imports and exports expanded 27.1 percent" after a bilateral story
    r"|\b(?:China|[Tt]he\s+(?:country|nation))['’]s\s+(?:total|overall)\s+(?:imports\s+and\s+exports"
    r"|exports\s+and\s+imports|import\s+and\s+export|export\s+and\s+import|goods\s+trade)\b"
    # "the volume of China's foreign trade decreased by 8.4%" after a paragraph on one
    # partner; "the province's external trade", "foreign trade as a whole"
    # (not a benchmark: "higher than China's foreign trade's overall growth rate")
    r"|(?<!than\s)\b(?:China|[Tt]he\s+(?:country|nation|province|region|city|municipality))"
    r"['’]s\s+(?:foreign|external)\s+trade\b(?!['’]s|\s+(?:with|to|from)\b)"
    r"|\b(?:foreign|external)\s+trade\s+as\s+a\s+whole\b"
    # "Exports rose 7% in all." after figures of one segment: the whole trade's
    r"|\bin\s+all\b(?=\s*[.,;]|\s*$)"
    # "Province-wide, mechanical and electrical products made up 68.2 percent of total
    # exports" in a story on one partner; "Overall, exports rose 5 percent"
    r"|\b(?:province|nation|country|city|region)[-\s]?wide\b|^\s*Overall\b"
    # "Trade with Russia saw a big jump. It was up 30 percent ... Total exports were up 7
    # percent.": a sentence that opens with the total flow
    r"|^\s*(?:Total|Overall)\s+(?:exports|imports)\b(?!\s+(?:to|from|of)\b)"
    # "Germany's total exports declined by 2.8 percent", 日本的总出口额在8月下降 in a story
    # on one partner (not a share's total: 占…总出口额的)
    # (a proper name's possessive, bounded: the pattern ignores case)
    r"|(?<![\w.])(?:its|(?-i:[A-Z])[\w.]{0,40}['’]s)\s+(?:total|overall)\s+(?:exports|imports)\b"
    # "China's global exports rose 7.1 percent", "The country's global trade surplus was
    # $352 billion" after figures with one partner: the owner's trade with the whole world
    r"|(?<![\w.])(?:its|(?-i:[A-Z])[\w.]{0,40}['’]s|[Tt]he\s+(?:country|nation)['’]s)\s+"
    r"global\s+(?:exports|imports|trade\s+(?:surplus|deficit))\b"
    r"|(?<!占)总(?:出口|进口)额?(?![^，,。；;]{0,8}的)"
    r"|^\s*(?:外贸)?进出口[、和及与](?:出口[、和及与]进口|进口[、和及与]出口)"
    # "欧盟整体对外贸易额为…" after a paragraph on one partner: the whole trade's (not a
    # share's total: 占…整体外贸的)
    r"|(?<!占)整体(?:对外贸易|外贸)(?![^，,。；;]{0,8}的)",
    re.I,
)
OF_BEFORE = re.compile(r"\bof\s+(?:the\s+|its\s+)?(?:[\w-]+['’]s\s+)?$", re.I)
# Between a figure and a segment named after it, words that make the segment a cause or a
# circumstance, not the figure's: "rises 6.2 pct as market procurement booms".
SEGMENT_AS_CAUSE = re.compile(
    r"\b(?:as|while|whereas|amid|thanks\s+to|driven\s+by|led\s+by|boosted\s+by"
    # "exports to China increased by 4.9 percent mainly due to increased exports of E&E
    # products", "on the back of higher palm oil shipments"
    r"|due\s+to|owing\s+to|because\s+of|on\s+the\s+back\s+of|supported\s+by|underpinned\s+by"
    r"|fuell?ed\s+by|helped\s+by|lifted\s+by)\b",
    re.I,
)
# A Chinese clause opened by a cause, with no figure, before the figure's clause: "因汽车出口
# 大减，韩国的总出口额下降了2.1%", "由于原油价格下跌，进口…": its segment is the cause
# (随着 / 伴随 too: "随着中欧班列开通运营，全省进出口…" is not the route's trade).
ZH_CAUSE_OPENS = re.compile(
    r"(?:^|[，,；;。：:])\s*(?:主要)?(?:因|由于|受|得益于|受益于|随着|伴随着?)[^，,。；;\d]*$"
)
# ... or a cause inside the figure's clause, closed by what it does to the flow: "江苏出口受
# 汽车出口带动增长5%", "受电动汽车拉动": its products are why, not what, the figure counts
ZH_CAUSE_SPAN = re.compile(r"受(?!益)[^，,。；;\d]{1,24}?(?:带动|拉动|拖累|影响|推动)")
ZH_CLAUSE_BREAK = re.compile(r"[，,]")
# 入口: imports as Malaysian and Singapore copy writes them ("来自中国的入口按年增长17.8%"),
# not an entrance (出入口, 进入口岸, 入口处, 入口网站)
ZH_IMPORTS_WORD = r"(?<![进出输])入口(?![处岸网端门])"
# A segment's statement closed without a figure: "加工贸易出口大幅增长，对美国出口增长…" (the
# growth word with its manner, then a comma): a partner named after it starts a new one.
SEGMENT_SAID = re.compile(
    r"(?:大幅|快速|较快|稳步|持续|明显|迅速|显著)(?:增长|下降|提升|提高|回落|回升)[，,；;]"
)
REFER_BACK = re.compile(
    r"\b(?:[Tt]heir|They|[Tt]hese\s+(?:enterprises|companies|firms|products|goods))\b"
)
# Words that refer back to the trade mode, sector or product group the sentence before
# named: "Exports under this category surged 3.4 percent", "Exports in this sector edged
# down" (the segment holds for the whole sentence: ", while imports ..." too).
SEGMENT_ANAPHOR = re.compile(
    # "The trade of private enterprises reached 62.45 billion yuan. This accounted for 60.7%
    # of the city's total": the share of the group the sentence before named
    r"^\s*(?:This|That|It)\s+(?:accounted|accounts|made\s+up|makes\s+up|represented"
    r"|represents|took\s+up|takes\s+up)\b|"
    r"\b(?:this|that|the\s+same)\s+(?:category|sector|segment|trade\s+mode|mode|type|kind"
    r"|channel|business|(?:trade\s+)?activity)\b"
    # "Hunan exported these kinds of products worth ...", "imports of these goods", "These
    # pilot zones have contributed ...": the group the sentence before named
    # ("the province imported 23.95 billion yuan of related products")
    r"|\b(?:these|those|such|related|relevant)\s+(?:kinds?\s+of\s+|types?\s+of\s+)?(?:pilot\s+)?(?:products"
    r"|goods|commodities|items|zones)\b"
    # "The sector's trade surplus was ..." after a sentence on a product group
    r"|\b[Tt]he\s+(?:sector|industry)(?:['’]s)?\s+(?:trade|exports?|imports?|surplus|deficit)\b"
    # "The number accounted for 42.7 per cent of the country's total": the figure before
    # (or "The volume accounted for 36.2 percent of the city's total" after private firms)
    r"|^\s*(?:The|This)\s+(?:number|figure|amount|sum|volume|value)\s+(?:accounted|represented"
    r"|made|took|"
    r"accounts|represents|makes|takes|was|is|equals|equaled)\b",
    re.I,
)
# Before flow words that name the larger total a figure is part of, not the figure's flow:
# "Exports to Russia accounted for 4.2 billion yuan of the total value of the province's
# imports and exports, an increase of 13.7 percent" (the growth is of the exports).
OF_TOTAL_BEFORE = re.compile(
    r"\bof\s+(?:the\s+|its\s+)?total\s+(?:value\s+|volume\s+)?of\s+(?:the\s+)?(?:[\w'’-]+\s+)?$"
    # "Exports contributed the major share to the foreign trade value with an increase of
    # 33.9 percent": the whole the flow is a part of
    r"|\b(?:share|part|portion|bulk)\s+(?:of|to|in)\s+(?:the\s+|its\s+)?(?:total\s+)?"
    r"(?:foreign\s+|overall\s+)?$",
    re.I,
)
# Before a segment written after its figures: "77 percent of the trade, or $9 billion, was
# done via barter trade", "... was conducted through processing trade".
SEGMENT_VIA = re.compile(
    r"\b(?:via|through|in\s+the\s+form\s+of|by\s+way\s+of)\s+(?:the\s+)?$", re.I
)
# A part cut at "；" that opens with a partner and a flow and names no product: the next
# item of a breakdown by market of the product named before ("家纺对美国出口57亿美元；对
# 欧盟出口26亿美元；自日本进口…")
ZH_PARTNER_ITEM = re.compile(r"\s*(?:对|向|自|从)[^，,；;。：:\d]{1,12}?(?:进出口|出口|进口)")
#: Partner groups that are only a kind of market, with no members of their own: after a list
#: "A、B等六大新兴市场" the listed markets are the partners
CATEGORY_GROUPS = frozenset({"emerging markets"})
#: 等 with an optional count right before a name: "等六大", "等5个", "等"
ZH_ETC_BEFORE = re.compile(r"等(?:[\d一二两三四五六七八九十]{1,2}[大个])?$")
# Right after a figure, the flow it is of: "RMB11.44 billion for exports", "$5 billion in
# imports", "which included $3 billion of exports and $1 billion of imports" ("in exports
# and imports" is the total, read by the flow words as usual).
FLOW_AFTER = re.compile(
    # (and after the noun of a change: "the 46 percent increase in imports")
    r"\s+(?:(?:year[\s-]on[\s-]year|annual)\s+)?"
    r"(?:(?:increase|rise|growth|gain|jump|surge|decrease|decline|drop|fall|slump"
    r"|shrinking|contraction|narrowing|widening|expansion)\s+)?"
    # ("67.27 billion dollars in import value", "a 35.7-percent shrinking of trade surplus")
    r"(?:for|in|of)\s+(?:the\s+|its\s+)?(?:trade\s+)?(exports|imports"
    r"|(?:import|export)(?=\s+(?:value|volume)\b)|surplus)\b(?!\s+and\s+(?:ex|im)ports)",
    re.I,
)
# ... or the flow word as the modifier of the change's noun: "a 25.1-percent import drop",
# "a 6 percent export increase" (not "export growth rate", a benchmark's words)
FLOW_THEN_CHANGE = re.compile(
    r"\s+(export|import)s?\s+(?:increase|rise|growth|gain|jump|surge|decrease|decline|drop"
    r"|fall|slump|contraction|expansion)\b(?!\s+rates?\b)",
    re.I,
)
# Right after the reporter's name, its own flow: "Of the total, Shandong's exports grew
# ...", "the province's imports": the whole flow, not the segment of the sentence before.
OWN_FLOW_AFTER = re.compile(
    r"['’]s\s+(?:(?:total|overall|foreign)\s+)?(?:exports?|imports?|foreign\s+trade)\b", re.I
)
# Before a group a partner is ranked within: "Indonesia placed top among the 122 BRI
# countries trading with Shanxi, with trade of ...": the figures are the country's.
AMONG_BEFORE = re.compile(r"\bamong\s+(?:the\s+|its\s+|all\s+)?(?:\d[\d,]*\s+)?$", re.I)
# A part of a sentence (after ", while" or ";") that opens with a bare flow noun goes on
# about the partner of the part before: "exports to Peru stood at 9.4 billion, while
# imports stood at 12.2 billion" (imports from Peru).
PART_OPENS_WITH_FLOW = re.compile(
    # ("while the export volume amounted to ...")
    r"\s*(?:(?:while|whereas)\s+)?(?:(?:its|the)\s+)?(?:imports|exports|(?:import|export)\s+(?:volume|value))\b",
    re.I,
)
# Before products that describe what a flow is made of, in an apposition, not a part of
# it: "the region's imports from Russia, mainly crude oil and natural gas, rose 12 percent".
COMPOSITION = re.compile(
    r",\s*(?:mainly|mostly|chiefly|largely|primarily|predominantly|dominated\s+by)\s"
    # (a list set off by commas, whole: "Exported goods, mainly machinery, textiles and
    # shoes, were 7.7 billion dollars")
    # (not across a clause's end or a figure: "mainly to Vietnam, while imports from Japan
    # and South Korea fell")
    r"(?:(?:(?!\b(?:while|whereas|but|exports?|imports?|trade)\b)[^;:()\d]){1,100}?"
    r"\band\s[^,;:()\d]{1,40}(?=,)|[^,;:()]{1,80})",
    re.I,
)
# Examples of what a flow holds, set off by commas: "Chinese imports from Africa, including
# minerals, agricultural products and fruits, amounted to $38.4 billion" (the whole flow).
EXAMPLES_LIST = re.compile(
    r",\s*(?:including|such\s+as)\s[^;:()]{1,100}?\band\s[^,;:()]{1,40},", re.I
)
# A relative clause or apposition that lists members of the partner before it, not a
# partner of the figure: "trade with the RCEP member economies, in which the ASEAN
# countries are included, reached 5 trillion yuan", "..., including Vietnam and Laos, rose".
MEMBERS_CLAUSE = re.compile(
    r"\b(?:in|of|among)\s+which\s[^,;:()]{1,60}?\b(?:are|is)\s+(?:included|members?)\b"
    r"|,\s*(?:which\s+)?(?:include[sd]?|including)\s[^,;:()]{1,60}",
    re.I,
)
# A part that opens with "those" + a preposition stands for the flow of the part before:
# "Shipments to the US declined 8.1 percent, while those to Russia jumped 53.9 percent".
# (also "while the others like textiles and footwear increased by ...": the same flow, of
# other products)
THOSE_OF_FLOW = re.compile(
    r"\s*(?:(?:those|that)\s+(?:to|from|with|of)"
    r"|(?:the\s+)?others?\s+(?:like|such\s+as|including)"
    r"|(?:the\s+)?other\s+(?:products|goods)\s+(?:like|such\s+as|including))\b",
    re.I,
)
# Right after a growth figure: growth of the quantity, not of the value ("imports of iron
# ore rose 6.7 percent in volume", "by volume", "in quantity terms").
IN_VOLUME = re.compile(
    r"\s*(?:in\s+(?:terms\s+of\s+)?(?:volume|quantity|tonnage)(?:\s+terms)?|by\s+(?:volume|quantity|tonnage)"
    r"|(?:year[\s-]on[\s-]year\s+)?in\s+(?:volume|quantity)\s+terms)\b",
    re.I,
)
# Before a percent: the level a share moved to is a share ("Africa's share of the
# province's exports rose to 5.8 percent") ...
SHARE_LEVEL = re.compile(
    # (a headline's present tense too: "ASEAN's share of China's trade rises to 16.6%")
    r"\bshare\b[^.;%]{0,80}?\b(?:rose|rises|increase[sd]|climb(?:s|ed)|gr(?:ew|ows)|went\s+up"
    r"|goes\s+up|f(?:ell|alls)|drop(?:s|ped)|declin(?:es|ed)|decrease[sd]|jump(?:s|ed)"
    r"|edg(?:ed|es)\s+(?:up|down)|reach(?:es|ed)|st(?:ood|ands)|came|comes|was|is|hits?)"
    r"\s+(?:to|at)\s+"
    r"(?:about\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|around\s+)?$",
    re.I,
)
# ... or the levels a share moved from and to: "Their proportion in Shaanxi's trade increased
# from 33.4 percent to 51.9 percent" (both are shares: of the start and the end of a run of
# years in force; without one, the level it moved from is not dated, see facts).
SHARE_MOVED = re.compile(
    r"\b(?:share|proportion)\b[^.;%]{0,80}?\b(?:rose|rises|increase[sd]|climb(?:s|ed)|"
    r"gr(?:ew|ows)|went\s+up|goes\s+up|f(?:ell|alls)|drop(?:s|ped)|declin(?:es|ed)|"
    r"decrease[sd]|jump(?:s|ed)|surge[sd]|expand(?:s|ed))\s+from\s+"
    r"(?:about\s+|nearly\s+|almost\s+|around\s+)?"
    r"(?:\d[\d.]*\s*(?:%|percent|per\s+cent)\s+to\s+(?:about\s+|nearly\s+|almost\s+|around\s+)?)?$",
    re.I,
)
# ... and the level it moved from is the share of an earlier period, not a growth ("up from
# 4.3 percent a year earlier").
SHARE_EARLIER = re.compile(
    r"\bshare\b[^;]{0,120}?\b(?:up|down|rising|falling|increasing|decreasing)\s+from\s+"
    r"(?:about\s+|nearly\s+|almost\s+|around\s+)?$",
    re.I,
)
# Words of geography before a place: it says where the reporter lies, it is no partner
# ("Guangxi, bordering Vietnam, generated $5 billion in trade with ASEAN").
# (an apposition or relative clause only: "trade with neighbouring Vietnam" is a partner)
GEOGRAPHY_BEFORE = re.compile(
    r"(?:,\s*|\b(?:which|that)\s+)(?:border(?:s|ing|ed)?|adjacent\s+to|adjoining|neighbou?r(?:s|ing)|next\s+to"
    r"|close\s+to|facing)\s+(?:the\s+)?"
    # (and the names listed after it: "bordering Laos and Myanmar")
    r"(?-i:(?:[A-Z][\w-]*(?:\s[A-Z][\w-]*)?(?:,\s|\sand\s|,\sand\s)(?:the\s)?){0,4})$",
    re.I,
)

# Words of a plan or a forecast: a year named with them is not over ("the goal of 200
# billion dollars of bilateral trade in 2024", 确定了2024年双边贸易额达到…的目标).
FUTURE = re.compile(
    r"\b(?:targets?|goals?|aims?|plans?|expect\w*|forecast\w*|projected|will|would)\b"
    r"|目标|预计|预期|力争|计划|将",
    re.I,
)

# A goal two sides agreed on or set, in Chinese: an agreeing or striving word, then 将 with
# the trade it raises to a figure ("中俄同意在2024年将贸易额从…增加到2000亿美元", "双方商定
# 到2025年将双边贸易额提升至1000亿美元", "力争将进出口提高到…"). Its figure after 到 / 至 is
# a target, and the year opening its sentence dates the agreement, not the figures after it.
# (a comma between digits is a number's: "从2018年的1,070亿美元")
_ZH_NO_BREAK = r"(?:[^，,。；;！？]|(?<=\d),(?=\d))"
_ZH_RAISE_TO = r"(?:增加|提升|提高|扩大|增长|推高|推动|增)(?:到|至)"
# 计划 as a verb ("计划到2025年…"), not a plan's name driving a result: "在稳外贸计划推动下
# 出口达到…", "实施外贸提质计划以来出口突破…" (nor 计划单列市, a city)
_ZH_PLAN = r"(?<!实施)(?<!的)计划(?!单列|推动|带动|实施|以来|下|的|中|期间)"
ZH_AGREED_GOAL = re.compile(
    # (the agreeing word may stand a clause before: "两国元首提出，到2024年将…提升至")
    rf"(?:同意|商定|约定|议定|承诺|力争|争取|决定|致力于?|{_ZH_PLAN}|希望|确定|设定|提出"
    r"|到(?:19|20)\d{2}年(?:底|前)?)[^。；;！？]{0,30}?将"
    + _ZH_NO_BREAK
    + r"{0,40}?"
    + _ZH_RAISE_TO
    # ... or a striving word with the level to reach, in one clause: "双方力争到2027年双边
    # 贸易额达到4000亿美元" (not 努力: "在各方努力下进出口突破…" is a result)
    + rf"|(?:力争|争取|致力于?|目标是|目标为|{_ZH_PLAN}|希望)"
    + _ZH_NO_BREAK
    + r"{0,30}?(?:"
    + _ZH_RAISE_TO
    + r"|达到|突破|迈上|跨上)"
)
#: Words one of which a goal's sentence holds (a cheap test before the pattern)
ZH_GOAL_WORDS = ("将", "力争", "争取", "致力", "目标", "计划", "希望")
# ... ending right before its figure (with an "about" word between)
ZH_AGREED_GOAL_FIGURE = re.compile(ZH_AGREED_GOAL.pattern + r"\s*(?:约|近|超过)?\s*$")

# --- the reporter -------------------------------------------------------------------------
#: Capitals that also name a region of their own: "Beijing" is the municipality's trade in
#: "Beijing's exports", but the Chinese state in "Beijing expects a breakthrough in trade".
CAPITALS = frozenset({"Beijing"})
# After a capital, a verb of stance or speech: the capital stands for its government, not
# for the city's trade ("Beijing expects", "Beijing has urged", "Beijing said on Monday").
CAPITAL_AS_STATE_AFTER = re.compile(
    r"\s+(?:(?:has|had|is|was|will|would|also)\s+)?"
    r"(?:expect(?:s|ed)?|hope[sd]?|want(?:s|ed)?|says?|said|urge[sd]?|insist(?:s|ed)?"
    r"|accuse[sd]?|vow(?:s|ed)?|warn(?:s|ed)?|argue[sd]?|believe[sd]?|seeks?|sought"
    r"|intend(?:s|ed)?|announce[sd]?|claim(?:s|ed)?|denie[sd]|den(?:y|ies)|reject(?:s|ed)?"
    r"|respond(?:s|ed)?|retaliate[sd]?|pledge[sd]?|promise[sd]?)\b"
)
# After a place that opens a line, the date of a dateline written in title case ("Beijing,
# Mar 8 :", "Shanghai, Jan. 13 (Xinhua) --"): where the story was filed, not whose trade.
DATELINE_AFTER = re.compile(
    r",\s*(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
)

# Right before the reporter's name, the words that make it the other end of a partner's
# flow: "Russian exports to China", "the US exported $17 billion of goods to China",
# "Vietnam's imports from Guangxi" (see facts._mirrored).
TOWARD_BEFORE = re.compile(r"\b(?:to|from)\s+(?:the\s+)?$", re.I)

# A balance with no side: "the trade imbalance between the two countries totaled $42
# billion" says neither whose surplus it is nor its sign (skipped, never a total).
IMBALANCE = re.compile(r"\b(?:trade\s+)?imbalances?\b|\btrade\s+gap\b", re.I)

# A source that makes a sentence's figures another economy's own statistics: "according to
# the Russian Federal Customs Service", "Brazilian data showed", "according to Russian
# customs figures" (the demonym or country inside says whose; see owners.foreign_source).
FOREIGN_SOURCE = re.compile(
    r"\baccording\s+to\s+(?:the\s+)?(?-i:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,4})"
    r"(?:\s+(?:customs|statistics|trade)\s+)?(?:\s*(?:data|figures|statistics))?"
    r"|\b(?-i:[A-Z][\w.-]*)\s+(?:customs\s+|official\s+|government\s+)?"
    r"(?:data|figures|statistics)\s+(?:showed|shows|show)\b"
    # "Tajikistan's statistical agency reports", "Uzbekistan's Statistics Agency previously
    # reported", "Kazakhstan's customs service said"
    r"|\b(?-i:[A-Z][\w.-]*)['’]s\s+(?:national\s+|state\s+)?"
    r"(?:statistic(?:s|al)\s+(?:agency|committee|office|service|bureau)|customs(?:\s+service)?)"
    r"\s+(?:\w+ly\s+)?(?:reports?|reported|says|said|puts|put|gives|gave|showed|shows)\b",
    re.I,
)

# ... and in Chinese, one side of a pair named by its first character and 方: "按新方统计，
# 去年两国双边货物贸易额为…" (Singapore's own statistics), "据俄方统计", "美方数据显示" (group
# 1: that character; see owners.zh_side_source)
ZH_SIDE_SOURCE = re.compile(
    r"(?:按|据|根据|依据?|按照)\s*([\u4e00-\u9fff])方(?:的)?(?:海关)?(?:统计|数据)"
    r"|(?<![\u4e00-\u9fff])([\u4e00-\u9fff])方(?:海关)?(?:统计|数据)(?:资料)?(?:显示|表明)"
)

# ... or by its name and a statistics body after 据 / 根据: "据俄罗斯海关统计，2021年俄中贸易
# 额为1406亿美元" (group 1 of ZH_NAMED_SOURCE_AFTER: the body, right after the country)
ZH_SOURCE_BEFORE = re.compile(r"(?:据|根据|按照?)$")
ZH_NAMED_SOURCE_AFTER = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:统计局|统计总局|统计署|海关总局|海关署|海关|财务省|关税厅|普查局"
    r"|商务部|经济部|贸易部|通商资源部|贸易协会)(?:的)?(?:统计|数据)"
)

# --- partners ---------------------------------------------------------------------------
# Words just before a place that make it a trading partner rather than the reporter:
# "trade with Hong Kong", "exports to Macao", "imports from Taiwan", "between X and Hong
# Kong", 对香港, 与澳门, 自台湾.
PARTNER_BEFORE = re.compile(
    # (对我国香港地区, 与中国台湾: the country's name before one of its separate economies)
    r"(?:\b(?:with|to|from|and)\s+(?:the\s+|China's\s+|China’s\s+)?|\bChina['’]s\s+"
    r"|[对与自同和](?:我国|中国)?"
    # (shipped to: "输往美国的出口", "往香港的出口加快", "销往东盟"; not 前往 / 来往)
    r"|[输销运]往|(?<![前去来通])往)$",
    re.I,
)

#: After a name, words that make it a partner by its role: "香港是东莞最大的出口市场",
#: "台湾地区则继续位列进口来源地首位", "Hong Kong remained the city's largest export market"
#: (for Hong Kong, Macao and Taiwan, which the tables know as regions, not partners).
PARTNER_ROLE = re.compile(
    r"(?:地区)?(?:则|仍|依然|继续){0,2}(?:是|为|位列|位居|居|成为|保持)[^，,。；;\d]{0,14}?"
    r"(?:市场|来源地|贸易伙伴)"
    r"|\s+(?:is|was|remained|remains|became|ranked\s+as)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:market|partner|source)\b",
    re.I,
)

#: A sentence with no trade word that goes on with the trade of the one before when it
#: names places or products with growth wording: "…进出口2181.2亿元，增长22.6%。怀化、永州、
#: 张家界3市增速较快，分别增长105.1%、89.6%、86%。" ...
GOES_ON_WITH_GROWTH = re.compile(r"增速|增幅|分别|\brespectively\b", re.I)
#: ... or when it opens with a partner after 对 / 与 (and 此外, 另外, 同时 before): "…对俄贸易
#: 32.2亿元，增长25.4%。此外，对印度增长1.5倍，达3.9亿元。" (the trade with one more partner)
ZH_PARTNER_OPENING = re.compile(r"\s*(?:(?:此外|另外|同时|而|其次)[，,]?\s*)?(?:对|与|同)")
# ... with its change or level right after the partner (not "同时，与德国签署协议，金额达…")
ZH_PARTNER_CHANGE_AFTER = re.compile(
    r"(?:贸易)?(?:同比)?(?:增长|下降|增加|减少|上升|回落|下滑|增|降|跌|涨|达到?|为)"
)
#: ... unless it names another topic (output, investment, prices, volumes, revenue).
OTHER_TOPIC = re.compile(
    r"GDP|生产总值|工业|投资|消费|零售|价格|产量|吞吐量|客流|运量|税收|收入|利润|产值"
    r"|\b(?:output|investment|prices?|revenue|profits?|throughput)\b",
    re.I,
)

#: 中东 (the Middle East) is no written form of the tables, since it is inside 中东部; as an
#: item of a list of partners or after 对/与/自 it is the Middle East: "对拉美、非洲、中东等
#: 新兴市场" (not 中东部, 中东欧).
ZH_MIDDLE_EAST = re.compile(r"(?<=[对与自、和及])中东(?![部欧])")

#: Words before names that a figure is ranked against, not traded with: "仅次于大洋洲和拉丁美洲"
#: (second only to), "second only to the EU". Such a name (and the rest of its list) is no
#: partner of the sentence's figures.
RANKED_AGAINST = re.compile(
    r"(?:仅次于|次于|\b(?:second\s+only\s+to|trailing\s+only)\s+(?:the\s+)?"
    # a rival overtaken or trailed, as Taiwan's and Korea's copy sets their exports against
    # each other's: "出口第三度超车南韩", "超越日本", "反超韩国", "落后于新加坡"
    r"|超车|超越|赶超|反超|落后于)$",
    re.I,
)

#: A list of products given as examples of a category: "出口笔记本电脑、平板电脑等“宅经济”商品
#: 合计…" (等 "and other", then the category's name). The figure is the category's; the
#: items are not its segment.
ZH_EXAMPLES_CATEGORY = re.compile(r"等\s*[“\"]?([\u4e00-\u9fff“”\"]{1,10}?(?:商品|产品|货物|物资))")

#: One-character Chinese names of frequent partners, read only between 对/自/与/向 and
#: a flow word (对俄出口, 自俄进口, 对美贸易, 与港贸易): alone they are ordinary characters.
ZH_PARTNER_ABBREVIATIONS = {
    "俄": "Russia",
    "美": "United States",
    "日": "Japan",
    "韩": "South Korea",
    "欧": "EU",
    "港": "Hong Kong",
    "澳": "Macao",
    "台": "Taiwan",
    "越": "Vietnam",
    "蒙": "Mongolia",
    "哈": "Kazakhstan",
    "非": "Africa",
    # (MOFCOM style: 对德出口, 自英进口, 中朝贸易额, 对印出口)
    "朝": "North Korea",
    "印": "India",
    "德": "Germany",
    "法": "France",
    "英": "United Kingdom",
    "加": "Canada",
    "意": "Italy",
    "荷": "Netherlands",
    "泰": "Thailand",
    "老": "Laos",
    "缅": "Myanmar",
    "柬": "Cambodia",
}
#: The same after 中 (China and ...): 中澳 is China and Australia; Macao's trade with the
#: mainland is written 内地与澳门.
ZH_CHINA_PAIR_NAMES = {**ZH_PARTNER_ABBREVIATIONS, "澳": "Australia"}
# (after 中 only, where the pair is unambiguous: 中南双边贸易 is China-South Africa, 中智 /
# 中秘 / 中白 / 中菲 / 中沙 / 中葡 / 中土; not 中西, 中新, 中巴, 中马, 中乌, 中阿)
ZH_CHINA_PAIR_NAMES |= {
    "南": "South Africa",
    "智": "Chile",
    "秘": "Peru",
    "白": "Belarus",
    "菲": "Philippines",
    "沙": "Saudi Arabia",
    "葡": "Portugal",
    "土": "Turkey",
    # (中拉贸易: China and Latin America; after 中 only, 对拉 is not always a partner)
    "拉": "Latin America",
}
# 对华出口 / 自华进口 in a text on another economy's own figures ("韩国对华出口"): China is
# its partner (after the pair table: 中华 is no pair; in a text on China, see
# facts._zh_mirrored)
ZH_PARTNER_ABBREVIATIONS["华"] = "China"
ZH_FLOW_AFTER_PARTNER = r"(?=进出口|出口|进口|贸易|双边贸易|经贸)"
# (a run of them is a list: 对欧美日出口 "exports to the EU, the US and Japan", 对日韩贸易)
# (a trade mode may stand between: 对台小额贸易, 对俄边境贸易, 对美一般贸易出口; the balance
# is a flow word too: 对美顺差, 对日逆差)
ZH_PARTNER_ABBREVIATION = re.compile(
    rf"(?<=[对自与向])((?:{words(ZH_PARTNER_ABBREVIATIONS)}){{1,4}})"
    r"(?=(?:边境|小额|一般|加工)*(?:进出口|出口|进口|贸易|经贸|顺差|逆差))"
)
# 中俄贸易, 中美双边贸易, 中欧两国贸易: China and the economy abbreviated after 中 (read only
# when China is the reporter: the other side is the partner).
# (中日韩三国贸易: China with Japan and South Korea)
# (中欧货物贸易, 中拉去年贸易额, 中美今年前两月贸易: the kind of trade, or the period in a
# headline, between the pair and the trade word)
_ZH_PAIR_TRADE = (
    r"(?:两国|三国|双方|三方)?(?:去年|今年|上半年|前[一二三四五六七八九十两\d]{1,2}个?月)?"
    r"(?:双边)?(?:货物)?(?:贸易|进出口|经贸|外贸)"  # (中美双边外贸总值)
)
ZH_CHINA_PAIR_TAIL = rf"((?:{words(ZH_CHINA_PAIR_NAMES)}){{1,3}})" + _ZH_PAIR_TRADE
# (also right after a period: 今年前7个月中非贸易, 2023年中美贸易, 一季度中俄贸易)
ZH_CHINA_PAIR = re.compile(rf"(?:(?<![\u4e00-\u9fff])|(?<=[年月度]))中{ZH_CHINA_PAIR_TAIL}")
# 俄中贸易, 美中双边贸易: the same pair written from the other side (not 台中, a city)
ZH_CHINA_PAIR_REVERSED = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[年月度]))"
    rf"({words(set(ZH_PARTNER_ABBREVIATIONS) - {'台'})})中" + _ZH_PAIR_TRADE
)
# 马泰双边贸易, 新印两国贸易: any pair of one-character names before the pair's trade (read
# only when the first opens the reporter's name: owners._pair_of_reporter)
ZH_ANY_PAIR = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[年月度]))([\u4e00-\u9fff])([\u4e00-\u9fff])(?:两国|双边)"
    r"(?:货物)?(?:贸易|进出口|经贸)"
)
# 中哥贸易 after a sentence on 哥伦比亚: a one-character abbreviation no table fixes (哥 is
# Colombia or Costa Rica) names the country just named whose name it opens (owners.py).
ZH_CHINA_PAIR_ANY = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=[年月度]))中([\u4e00-\u9fff])" + _ZH_PAIR_TRADE
)
#: The one-character names of provinces (简称) that open a province's pair with a partner:
#: 闽台贸易 (Fujian-Taiwan), 粤港贸易, 鲁韩贸易, 桂越进出口, 滇缅贸易. Read only for the
#: province that is the reporter (owners.py); 蒙 / 藏 / 青 / 宁 are left out (other words).
ZH_PROVINCE_ABBREVIATIONS = {
    "京": "Beijing",
    "津": "Tianjin",
    "冀": "Hebei",
    "晋": "Shanxi",
    "辽": "Liaoning",
    "吉": "Jilin",
    "黑": "Heilongjiang",
    "沪": "Shanghai",
    "苏": "Jiangsu",
    "浙": "Zhejiang",
    "皖": "Anhui",
    "闽": "Fujian",
    "赣": "Jiangxi",
    "鲁": "Shandong",
    "豫": "Henan",
    "鄂": "Hubei",
    "湘": "Hunan",
    "粤": "Guangdong",
    "桂": "Guangxi",
    "琼": "Hainan",
    "渝": "Chongqing",
    "川": "Sichuan",
    "黔": "Guizhou",
    "滇": "Yunnan",
    "陕": "Shaanxi",
    "甘": "Gansu",
    "新": "Xinjiang",
}
ZH_PROVINCE_PAIR = re.compile(
    rf"({words(ZH_PROVINCE_ABBREVIATIONS)})((?:{words(ZH_PARTNER_ABBREVIATIONS)}){{1,2}})"
    + _ZH_PAIR_TRADE
)
# 对X进出口 / 自X进口 / 与X贸易 with X a name: when X is not a known place, the partner is
# unknown and the figure is skipped rather than given a partner from elsewhere.
ZH_PARTNER_SLOT = re.compile(rf"[对自与向]([\u4e00-\u9fff]{{2,8}}?){ZH_FLOW_AFTER_PARTNER}")
# "exports to Bangladesh", "trade with Brunei", "imports from Chile": a capitalized name
# after a flow noun and to/from/with is a partner; when no table knows it the figure is
# skipped (months and "China" are not partners here).
EN_PARTNER_SLOT = re.compile(
    r"\b(?i:trade|exports?|imports?|shipments)\s+(?:to|from|with)\s+(?:the\s+)?"
    r"([A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3})"
)
NOT_PARTNER_NAMES = frozenset(
    str.split(
        """January February March April May June July August September October November
        December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec China The Its Their"""
    )
)
#: Words that refer back to the partners of the sentence before (对上述市场, 对上述国家).
ZH_THE_ABOVE = ("上述", "以上")
#: Words that can fill that slot without being a partner (对外贸易 "foreign trade").
# (自贸区 "free trade zone", 自主品牌 "own brands", 向海外 "overseas" ...)
ZH_NOT_PARTNER = (
    "外",
    "其",
    "此",
    "全",
    "上年",
    "去年",
    "同期",
    "贸",
    "主",
    "身",
    "营",
    "由",
    "然",
    "动",
    "海外",
    "境外",
    "国外",
    "全球",
    "世界",
)
# "Guangdong-Hong Kong trade", "China-Africa trade": a hyphenated pair of names before a
# trade word; the one that is not the reporter is the partner.
HYPHEN_PAIR = re.compile(
    r"\b([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)-([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s+"
    # (a headline's capitals: "China-EU Trade Up 15.5%")
    r"(?:[Bb]ilateral\s+)?(?:[Tt]rade|economic|business|[Ee]xports?|[Ii]mports?)\b"
)
#: "Sino-U.S. bilateral trade", "Russo-Chinese trade turnover": a side of a hyphen pair
#: written as a prefix, or as the adjective no table knows ("Chinese": a reporter's own).
PAIR_PREFIXES = {
    "Sino": "China",
    "Russo": "Russia",
    "Indo": "India",
    "Franco": "France",
    "Chinese": "China",
}
# Words that refer back to a partner just named: "exports to Africa grew ..., while imports
# from the continent ...", "trade with the bloc"; "imports from those countries", "trade
# with these economies", 对这些国家, 对沿线国家 (after "countries along the Belt and Road"):
# the partner named last before them, in this sentence or the one before. With no partner
# named before, they give none (a group is never guessed).
# "that country", "the Middle East country": one country named before (in the sentence, or
# the only one of the sentence before).
PARTNER_ANAPHOR = re.compile(
    # ("Chinese imports from Latin America ..., while exports to the region were ...")
    # (not "exports from the region": a region reporting its own)
    r"\b(?:(?:to|with|(?<=imports\s)from)\s+the\s+region\b(?!['’])"
    # ("trade turnover for the region as a whole": the group named before; not in a text
    # on a Chinese region, whose own it would be: see facts)
    r"|for\s+the\s+region\s+as\s+a\s+whole\b"
    # ("trade between Xinjiang and the country": the second side of a pair)
    r"|\bbetween\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+and\s+the\s+country\b(?!['’])"
    r"|(?:from|to|with)\s+(?:the\s+(?:continent|bloc|grouping|country)|th(?:at|is)\s+country"
    # ("exports to the Asian giant", "with the Asian nation": the country named before)
    r"|the\s+(?:[A-Z][\w-]*\s+){1,2}(?:country|giant|nation|powerhouse)\b"
    # "with the countries and regions", "via ... with the countries": the group named
    # before (not "the countries involved in the BRI", "the countries along ...": named
    # there and then)
    r"|the\s+(?:countries|economies|nations)(?:\s+and\s+regions)?\b(?!\s+(?:involved|along|"
    r"in|of|on|that|which|participating|under|covered|taking|signatory|party|at)\b))"
    # "trade between private firms and these countries": "and" joins the two sides
    r"|\b(?:from|to|with|and)\s+th(?:ose|ese)\s+"
    # ("with these four countries and regions")
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?"
    r"(?:countries|economies|nations|markets)"
    r"(?:\s+and\s+regions)?"
    # "the cumulative value of this trade": the trade with the partner named before
    r"|\b(?:this|such)\s+(?:bilateral\s+)?trade)\b"
    # (共建国家 / 共建伙伴: the Belt and Road countries, written short after their full name)
    r"|[对自与同](?:该国|这些国家|这些经济体|沿线国家|共建国家|共建伙伴)",
    re.I,
)
# Of those, the ones that refer back to one country of the sentence before.
ONE_COUNTRY_ANAPHOR = re.compile(
    r"\bth(?:at|is)\s+country|\band\s+the\s+country\b"
    r"|\bthe\s+[A-Z][\w-]*\s+(?:[A-Z][\w-]*\s+)?(?:country|giant|nation|powerhouse)"
)
# Of those, the ones that refer back to a group of partners ("those countries", 沿线国家):
# they take the partner group named last, not the last country of a list of its members.
PLURAL_ANAPHOR = re.compile(
    r"those|these|\bthe\s+(?:countries|economies|nations)|这些|沿线|共建", re.I
)
#: Places in the region table that are economies of their own (separate customs
#: territories): they can be partners of a Chinese reporter. A mainland city or province
#: after "from"/"to" is not a trading partner ("according to Urumqi Customs").
SEPARATE_ECONOMIES = frozenset({"Hong Kong", "Macao", "Taiwan"})
# "Trade between [the reporter] and [the partner]": the second name is the partner.
BETWEEN = re.compile(r"\bbetween\b", re.I)

# --- figures about something else ------------------------------------------------------
# Trade of the world, not of the reporter: "global trade growth may be only 0.8 percent".
OTHER_TRADE = re.compile(
    # (not the reporter's own to the whole world, "China's global exports jumped 8.1%":
    # see measures._reporters_global)
    r"\bglobal\s+(?:trade|exports|imports|merchandise)"
    r"|\bworld\s+(?:trade|merchandise)"
    r"|全球贸易|世界贸易|全球货物贸易",
    re.I,
)
# Prices and unit values: "进口均价每吨3470.8元，上涨30.5%", "the average price of imported
# iron ore fell" (not "despite falling prices", which is about something else; nor
# "按可比价格计算" / "按不变价格计算", "at comparable / constant prices", which says how a
# growth is measured).
PRICE = re.compile(
    r"均价|(?<!可比)(?<!不变)价格|单价|每吨|\bprices?\s+of\b|\baverage\s+(?:\w+\s+)?prices?\b|\bunit\s+prices?\b"
    r"|\bper\s+ton(?:ne)?\b",
    re.I,
)
# A change of the prices of the goods just named, in the figure's clause: "crude oil and iron
# ore, whose prices fell 18.4 and 21 percent respectively", "their prices rose 5 percent".
PRICE_CHANGE = re.compile(
    r"\b(?:whose|their|its)\s+prices?\s+(?:fell|rose|dropped|declined|increased|slumped|"
    r"climbed|jumped|plunged|went\s+(?:up|down)|were\s+(?:up|down))\b",
    re.I,
)
# A contribution to growth, not growth: "贡献率为90.4%", "contributed 3 percentage points".
CONTRIBUTION = re.compile(
    r"贡献率|贡献度|拉动|拉高|拉升|contribution\s+rate|\bcontribution\b", re.I
)
# An amount by which trade changed, not trade: "出口净增9.2亿美元", "增加了50亿元", and a
# share of such a change ("占全省出口净增额的64.1%").
VALUE_CHANGE = re.compile(
    r"(?:净增|净增加|净减|净减少|增加了|减少了|增长了|累计增长|累计增加"
    # Taiwan's copy: "出超1379亿美元、年增634亿美元" (grew by, a year on)
    r"|年增|年减)\s*(?:约|近|超过|超)?\s*$"
)
SHARE_OF_CHANGE = re.compile(r"净增|净减|增量|增加额|增长额|增额")
# One company's figures, not the reporter's: "公司…已经报关出口885票、2711.6万美元的货物".
COMPANY = re.compile(r"公司|集团|\bcompany\b|\bCo\.,?\s+Ltd", re.I)
# A physical quantity: growth right after it is growth of the quantity, not of the value
# ("进口原油6754.8万吨，增加2.3%", "handled 3.2 million TEUs, up 5 percent"), or of a
# number of firms ("外贸企业近8000家，较去年同期增加751家，增长超一成").
QUANTITY = re.compile(
    # (万箱次 of containers, 列 of trains, 批 of consignments, 人次 / 架次 / 航次 of trips)
    r"\d[\d,.]{0,20}\s*(?:万|亿)?\s*(?:吨|标箱|箱次|辆|艘|架次|架|台|件|票|头|只|家|列|批次"
    r"|批|人次|航次)"
    r"|\d[\d,.]{0,20}\s*(?:million\s+|billion\s+|thousand\s+)?(?:tons?|tonnes?|TEUs?|vehicles|units)\b"
    # (a count of consignments, containers, trains or trips: "handled 1,149 batches of
    # lithium batteries for export, up 37.8 percent"; a number written right before the
    # word, not a year or a clause's end: "In 2023, shipments to the US declined")
    r"|\b(?!(?:19|20)\d\d\b)\d(?:[\d,.]{0,20}\d)?\s+(?:million\s+|billion\s+|thousand\s+)?"
    r"(?:batches|shipments|consignments|containers|cargo\s+trains|freight\s+trains|trains|trips"
    r"|flights|barrels|cubic\s+met(?:er|re)s)\b"
    # a number of enterprises: "32 of the top 100 foreign trade enterprises, with a growth"
    r"|\b(?!(?:19|20)\d\d\b)\d{1,5}(?:,\d{3}){0,3}\s+(?:of\s+the\s+top\s+\d{1,5}\s+)?"
    r"(?:(?!billion|million|trillion|thousand|percent|yuan|dollars)[a-z-]+\s+){0,3}"
    r"(?:enterprises|companies|firms)\b",
    re.I,
)
# A share of a number of enterprises, not of trade: "66.7 percent of the city's export
# enterprises".
ENTERPRISE_TOTAL = re.compile(
    r"\s*of\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?(?:enterprises|companies|firms)\b", re.I
)
# Trade in services, not in goods: "trade in services", "service trade", 服务贸易.
SERVICES = re.compile(
    r"\btrade\s+in\s+services\b|\bservices?\s+(?:trade|exports?|imports?)\b|服务贸易|服务进出口",
    re.I,
)
#: Nouns that name a place, not a product: "exports of the province" is no segment.
PLACE_NOUNS = frozenset(
    {"province", "city", "region", "country", "nation", "municipality", "county", "port", "area"}
)
# A count of things, not trade: "The number of foreign trade enterprises ... reaching
# 130,000, with an increase of 9.4 percent", 外贸企业数量.
NUMBER_OF = re.compile(r"\bnumber\s+of\b|数量|家数", re.I)
# ... which ends where a later clause names the value of trade: "民营企业数量占比超过九成，
# 进出口值占比接近七成" (the second share is of trade), "the number of exporters rose 4%,
# and the value of their exports 9%".
TRADE_VALUE_NOUN = re.compile(
    r"(?:进出口|出口|进口|贸易)(?:总值|总额|值|额)|\bvalue\s+of\s+(?:their\s+|its\s+|the\s+)?"
    r"(?:foreign\s+)?(?:trade|exports|imports)\b",
    re.I,
)

# The four kinds of figure above in one pattern, searched once per figure.
NOT_THE_REPORTERS = re.compile(
    "|".join(
        f"(?P<{name}>{pattern.pattern})"
        for name, pattern in (
            ("other", OTHER_TRADE),
            ("services", SERVICES),
            ("company", COMPANY),
            ("number", NUMBER_OF),
        )
    ),
    re.I,
)
#: For cues searched near each figure: words one of which is in every match (lower case).
#: A sentence that has none of them is not searched at all: a substring test is far cheaper
#: than running the alternation at every place (the same pre-filter as ``dates._NEEDS``;
#: tests check each list against matches generated from its pattern).
NEEDS: dict[re.Pattern[str], tuple[str, ...]] = {
    NOT_THE_REPORTERS: (
        "global",
        "world",
        "全球",
        "世界",
        "service",
        "服务",
        "公司",
        "集团",
        "company",
        "co.",
        "number",
        "数量",
        "家数",
    ),
    PRICE: ("价", "price", "ton", "每吨"),  # "per ton": "per" alone is in every "percent"
    QUANTITY: (
        *"吨标箱辆艘架台件票头只家列批次",
        "ton",
        "teu",
        "vehicle",
        "unit",
        "batches",
        "shipments",
        "consignments",
        "containers",
        "trains",
        "trips",
        "flights",
        "barrels",
        "cubic",
        "enterprise",
        "compan",
        "firm",
    ),
    CONTRIBUTION: ("贡献", "拉动", "拉高", "拉升", "contribution"),
}
NOT_THE_REPORTERS_REASONS = {
    "other": "a figure about global or world trade, not the reporter's",
    "services": "a figure about trade in services, not in goods",
    "company": "a figure about one company, not the reporter's trade",
    "number": "growth or share of a number of things, not of trade",
}
# Before a count of countries, words saying it is the size of a group just named:
# "对RCEP其他14个国家", "对俄罗斯、印度等7个上合组织成员国", "the other 14 members".
GROUP_SIZE = re.compile(r"(?:其他|其余|等|\bother)\s*$", re.I)


# The words that set a figure against another one: "vs. growth of 19.1 percent", "versus",
# "compared with 13.2%", "against $5.59 billion" (a regex fragment: COMPARISON_ASIDE, and
# the amounts and rates of a year before in facts and attach, are built on it).
COMPARED_WITH = r"(?:vs\.?|versus|compared\s+(?:with|to)|against)"
# After a figure, that it is of the same period a year before: "a year earlier", "a year
# ago", "a year before" (a regex fragment, for the amounts in facts and the rates in attach).
A_YEAR_AGO = r"a\s+year\s+(?:earlier|ago|before)"
# After a figure, that it is of the month before the one in force: "the previous month",
# "the prior month", "the preceding month" (a regex fragment, for facts and attach).
THE_PREVIOUS_MONTH = r"the\s+(?:previous|prior|preceding)\s+month"


# A comparison aside: a period after it dates the figure compared with, not the ones before
# it or the ones a text is about ("exports fell 2.2 percent, vs. growth of 19.1 percent in
# October", "rose 168 percent after a 15 percent decrease in 2007", "rose 15.7%, faster
# than a 10% increase in May").
COMPARISON_ASIDE = re.compile(
    rf"\b(?:{COMPARED_WITH}|(?:after|following)\s+an?"
    r"|(?:faster|slower|quicker|higher|lower|greater|smaller|better|worse)\s+than\s+(?:an?|the))\s",
    re.I,
)
#: Words one of which every COMPARISON_ASIDE match holds (a substring test first).
COMPARISON_WORDS = ("vs", "compared", "against", "after", "following", "than")


# Words after a figure that make a later figure's period that figure's own and not the
# first one's: a comparison ("rose 12 per cent, reversing the 3.4 per cent drop seen in the
# January-March period", "up from 3 percent in April") or a relative clause with a figure
# of its own ("which ensured a 0.2 per cent year-to-date growth"), or a share's clause
# ("up 9.9%, accounting for 26.1% of the city's total during ..."). A parallel clause
# ("exports rose 7.6 percent, while imports grew 1.8 percent in May") is none: its period
# is both figures'.
LATER_FIGURE_OWN = re.compile(
    r"\b(?:revers(?:ing|ed)|seen\s+in|recorded\s+in|vs|versus|compared\s+(?:with|to)"
    r"|against|(?:after|following)\s+an?|than|(?:up|down)\s+from|which|that"
    r"|accounting\s+for|making\s+up)\b",
    re.I,
)
