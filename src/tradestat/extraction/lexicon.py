"""Words the extractor knows: places and partner groups (from places.py), segments, cues.

Names come out in English whatever the text's language. Each table maps a written form
(lower case for English, as written for Chinese) to the canonical name. Geography comes
from :mod:`tradestat.places`, shared with the checks; the rest is the extractor's own.
"""

from __future__ import annotations

from tradestat import places
from tradestat.places import PlaceKind

__all__ = [
    "REGIONS",
    "COUNTRIES",
    "PARTNER_GROUPS",
    "SEGMENTS",
    "DEMONYMS",
    "REGION_WORDS",
]

#: Sub-national reporters: China's provinces and cities (from :mod:`tradestat.places`).
REGIONS: dict[str, str] = places.written_forms(PlaceKind.PROVINCE, PlaceKind.CITY)

#: Countries and economies (as partners, or as the reporter when no region is named).
COUNTRIES: dict[str, str] = places.written_forms(PlaceKind.COUNTRY)

#: Adjectives of countries ("their Mongolian partners").
DEMONYMS: dict[str, str] = places.demonyms()

#: Partner groups (ASEAN, EU, Central Asia, BRI countries ...).
PARTNER_GROUPS: dict[str, str] = places.written_forms(PlaceKind.GROUP)

#: Segments of trade: kinds of enterprise, trade mode, product groups.
SEGMENTS: dict[str, str] = {
    "non-state-owned enterprises": "non-state-owned enterprises",
    "non-state-owned enterprise": "non-state-owned enterprises",
    "state-owned enterprises": "state-owned enterprises",
    "state-owned enterprise": "state-owned enterprises",
    "private enterprises": "private enterprises",
    "private enterprise": "private enterprises",
    "private companies": "private enterprises",
    "private firms": "private enterprises",
    "foreign-invested enterprises": "foreign-invested enterprises",
    "foreign-funded enterprises": "foreign-invested enterprises",
    "foreign-invested companies": "foreign-invested enterprises",
    "mechanical and electrical products": "mechanical and electrical products",
    "electromechanical products": "mechanical and electrical products",
    "labor-intensive products": "labor-intensive products",
    "labour-intensive products": "labor-intensive products",
    "high-tech products": "high-tech products",
    "high-tech product": "high-tech products",
    "high and new technology products": "high-tech products",
    "agricultural products": "agricultural products",
    "agricultural product": "agricultural products",
    "general trade": "general trade",
    "processing trade": "processing trade",
    "cross-border e-commerce": "cross-border e-commerce",
    "border trade": "border trade",
    "border small-amount trade": "border trade",
    "market procurement trade": "market procurement trade",
    "新能源汽车": "new energy vehicles",
    "民营企业": "private enterprises",
    "国有企业": "state-owned enterprises",
    "外商投资企业": "foreign-invested enterprises",
    "外资企业": "foreign-invested enterprises",
    "机电产品": "mechanical and electrical products",
    "劳动密集型产品": "labor-intensive products",
    "高新技术产品": "high-tech products",
    "农产品": "agricultural products",
    "一般贸易": "general trade",
    "加工贸易": "processing trade",
    "跨境电商": "cross-border e-commerce",
    "边境小额贸易": "border trade",
    "边境贸易": "border trade",
    "市场采购": "market procurement trade",
}

#: Words that refer back to the reporting region ("the region's", "我区", "全省").
REGION_WORDS = (
    "the region",
    "the autonomous region",
    "the province",
    "the municipality",
    "the city",
    "the county",
    "the port",
    "我区",
    "全区",
    "全省",
    "我省",
    "全市",
    "我市",
    "自治区",
)
