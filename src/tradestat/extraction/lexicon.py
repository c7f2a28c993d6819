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
    "NEW_AREAS",
    "DISTRICTS",
    "FACILITIES",
    "DISTRICT_CITIES",
    "AREAS",
    "AREA_MEMBERS",
    "NATIONAL_AREAS",
    "CITIES",
    "COUNTRIES",
    "PARTNER_GROUPS",
    "SEGMENTS",
    "DEMONYMS",
    "REGION_WORDS",
]

#: Sub-national reporters: China's provinces and cities (from :mod:`tradestat.places`).
REGIONS: dict[str, str] = places.written_forms(PlaceKind.PROVINCE, PlaceKind.CITY)

#: China's national-level new areas (国家级新区), which customs and provincial releases report
#: as reporters of their own ("赣江新区进出口154.8亿元"). Source: the State Council's
#: approvals, 1992-2017 (19 areas; the list in the Chinese Wikipedia article 国家级新区).
NEW_AREAS: dict[str, str] = {}
for _english, _chinese in (
    ("Pudong", "浦东"),
    ("Binhai", "滨海"),
    ("Liangjiang", "两江"),
    ("Zhoushan Archipelago", "舟山群岛"),
    ("Lanzhou", "兰州"),
    ("Nansha", "南沙"),
    ("Xixian", "西咸"),
    ("Gui'an", "贵安"),
    ("Xihai'an", "西海岸"),
    ("Jinpu", "金普"),
    ("Tianfu", "天府"),
    ("Xiangjiang", "湘江"),
    ("Jiangbei", "江北"),
    ("Fuzhou", "福州"),
    ("Dianzhong", "滇中"),
    ("Harbin", "哈尔滨"),
    ("Changchun", "长春"),
    ("Ganjiang", "赣江"),
    ("Xiong'an", "雄安"),
):
    NEW_AREAS[f"{_english.lower()} new area"] = f"{_english} New Area"
    NEW_AREAS[f"{_chinese}新区"] = f"{_english} New Area"

#: Districts of cities that publish their own trade figures, which outlets report as
#: reporters of their own ("Foshan's Shunde recorded ..."), from :mod:`tradestat.places`
#: (``china_districts.csv``). Chinese forms keep 区 where the short name is part of other
#: names (宝安机场, 北仑港 stay the city's).
DISTRICTS: dict[str, str] = places.written_forms(PlaceKind.DISTRICT)
#: The city of each district.
DISTRICT_CITIES: dict[str, str] = {
    item.name: item.parent for item in places.places(PlaceKind.DISTRICT) if item.parent is not None
}
#: A district's name before a port, airport or terminal names the facility, not the
#: district as a trader ("Beilun port hums as Ningbo's trade climbs"): found as one name of
#: the kind "facility", which is no reporter and no partner.
FACILITIES: dict[str, str] = {
    f"{_district.lower()} {_kind}": f"{_district} {_kind}"
    for _district in DISTRICT_CITIES
    for _kind in ("port", "ports", "airport", "terminal", "terminals", "container terminal")
}

#: Areas made of several provinces or cities, which releases report as one reporter
#: ("中西部地区进出口9000亿元", "粤东地区外贸进出口总值…", "the western provincial regions saw
#: their trade grow"), from :mod:`tradestat.places` (``china_areas.csv``, which gives the
#: source of each): the National Bureau of Statistics' four regions and 中西部, areas across
#: provinces (长三角, 京津冀, 粤港澳大湾区 ...) and inside one (粤东, 珠三角, 苏南, 长株潭 ...).
#: Bare 东部 / 西部 are left out: they also open names (西部陆海新通道) and directions.
AREA_MEMBERS: dict[str, tuple[str, ...]] = {a.name: a.members for a in places.areas()}
#: Their written forms (English lower case).
AREAS: dict[str, str] = {
    form.lower(): a.name for a in places.areas() for form in (*a.chinese, *a.aliases)
}
#: The areas that are the National Bureau of Statistics' regions: a breakdown of the
#: country's own trade in a national release ("我国中西部地区进出口…" is China's).
NATIONAL_AREAS: frozenset[str] = frozenset(a.name for a in places.areas() if a.scope == "national")

#: The canonical names of cities (a city's "全省", "the province", is a larger total).
CITIES: frozenset[str] = frozenset(places.written_forms(PlaceKind.CITY).values())

#: Countries and economies (as partners, or as the reporter when no region is named).
COUNTRIES: dict[str, str] = places.written_forms(PlaceKind.COUNTRY)

#: Adjectives of countries ("their Mongolian partners").
DEMONYMS: dict[str, str] = places.demonyms()

#: Partner groups (ASEAN, EU, Central Asia, BRI countries ...).
PARTNER_GROUPS: dict[str, str] = places.written_forms(PlaceKind.GROUP)
#: English variants Chinese outlets write that the place tables leave out (they hold the
#: standard names): "the trade volume between Heilongjiang and Europe Union".
PARTNER_GROUPS.update({"europe union": "EU", "the europe union": "EU"})
#: A continent named by its adjective: "imports from the African continent" (Africa).
PARTNER_GROUPS.update({"african continent": "Africa", "the african continent": "Africa"})
#: ... and before its markets or buyers (bare "African" only before a flow word: see
#: SINGULAR_WORDS).
PARTNER_GROUPS.update({f"african {w}": "Africa" for w in ("markets", "buyers", "economies")})
#: The regions Belt and Road statistics break the partner countries into (not in the place
#: tables: no fixed membership): "China's trade with the Asia-Oceania region reached ...".
PARTNER_GROUPS.update(
    {
        "asia-oceania": "Asia-Oceania",
        "asia-oceania region": "Asia-Oceania",
        "asia and oceania": "Asia-Oceania",
        "west asia and north africa": "West Asia and North Africa",
        "west asian and north african": "West Asia and North Africa",
        "west asia-north africa": "West Asia and North Africa",
    }
)

#: Segments of trade: kinds of enterprise, trade modes, zones, product groups. English
#: keys are lower case (both "labor-" and "labour-intensive" name one segment);
#: the Chinese keys map to the English names the annotations use. A product word missing
#: here is not guessed: in a Chinese text it makes its figures skipped (see
#: ``attach.unknown_product``), in an English text the noun phrase is taken as written.
SEGMENTS: dict[str, str] = {
    # --- kinds of enterprise
    # (the English kinds of enterprise are added below, every wording with every noun)
    "民营企业": "private enterprises",
    "国有企业": "state-owned enterprises",
    "外商投资企业": "foreign-invested enterprises",
    "外资企业": "foreign-invested enterprises",
    "非国有企业": "non-state-owned enterprises",
    "民企": "private enterprises",
    "国企": "state-owned enterprises",
    "外企": "foreign-invested enterprises",
    # (older and regional wordings of the same kinds: 私营企业 before 民营企业 became
    # usual, 三资企业 for the three kinds of foreign-invested firm)
    "私营企业": "private enterprises",
    "私企": "private enterprises",
    "三资企业": "foreign-invested enterprises",
    "集体企业": "collective enterprises",
    # (foreign-invested enterprises by where the investor is from, as city releases split
    # them: 台资企业进出口…，日资企业…)
    "港澳台资企业": "Hong Kong, Macao and Taiwan-invested enterprises",
    "台资企业": "Taiwan-invested enterprises",
    "港资企业": "Hong Kong-invested enterprises",
    "澳资企业": "Macao-invested enterprises",
    "日资企业": "Japanese-invested enterprises",
    "韩资企业": "South Korean-invested enterprises",
    "德资企业": "German-invested enterprises",
    "美资企业": "US-invested enterprises",
    "欧资企业": "European-invested enterprises",
    # (the customs' split of exporters into producers and traders: 生产型企业出口…)
    "生产型企业": "production enterprises",
    # --- trade modes
    "general trade": "general trade",
    # (一般贸易 as some translations write it: "ordinary trade reached 63.4 billion yuan")
    "ordinary trade": "general trade",
    "processing trade": "processing trade",
    # "General export values came in at ...", "processing imports fell": the mode's flow
    "general exports": "general trade",
    "general export": "general trade",
    "general imports": "general trade",
    "general import": "general trade",
    "processing exports": "processing trade",
    "processing export": "processing trade",
    "processing imports": "processing trade",
    "processing import": "processing trade",
    "cross-border e-commerce": "cross-border e-commerce",
    "border trade": "border trade",
    "barter trade": "barter trade",
    "border small-amount trade": "border trade",
    "market procurement trade": "market procurement trade",
    "market procurement": "market procurement trade",
    "bonded logistics": "bonded logistics",
    "一般贸易": "general trade",
    "加工贸易": "processing trade",
    "跨境电商": "cross-border e-commerce",
    "跨境电子商务": "cross-border e-commerce",
    "边境小额贸易": "border trade",
    "边境贸易": "border trade",
    # (对台小额贸易: the small-scale trade across the Taiwan Strait)
    "小额贸易": "small-scale trade",
    "易货贸易": "barter trade",
    "市场采购贸易": "market procurement trade",
    "市场采购": "market procurement",
    "保税物流": "bonded logistics",
    "对外承包工程出口货物": "goods for overseas contracted projects",
    "对外承包工程出口": "goods for overseas contracted projects",
    "对外承包出口": "goods for overseas contracted projects",
    # (goods sold free of duty: Hainan's offshore duty-free shopping, "duty free imports")
    "duty-free goods": "duty-free goods",
    "duty free goods": "duty-free goods",
    "duty-free products": "duty-free goods",
    "duty free products": "duty-free goods",
    "duty-free": "duty-free goods",
    "duty free": "duty-free goods",
    # --- zones
    "pilot free trade zone": "pilot free trade zone",
    # (the plural as written: "China's pilot free-trade zones" are the zones together)
    "pilot free trade zones": "pilot free trade zones",
    "pilot free-trade zone": "pilot free trade zone",
    "pilot free-trade zones": "pilot free trade zones",
    "pilot ftz": "pilot free trade zone",
    "pilot ftzs": "pilot free trade zones",
    "free trade zone": "pilot free trade zone",
    "free-trade zone": "pilot free trade zone",
    "comprehensive bonded zone": "comprehensive bonded zones",
    "comprehensive bonded zones": "comprehensive bonded zones",
    # (an English rendering of 综合保税区 some outlets use)
    "comprehensive bonded area": "comprehensive bonded zones",
    "comprehensive bonded areas": "comprehensive bonded zones",
    "自由贸易试验区": "pilot free trade zone",
    "自贸试验区": "pilot free trade zone",
    "自贸区": "pilot free trade zone",
    # (the enterprises in the zones: their trade as the customs counts it by enterprise)
    "综合保税区企业": "comprehensive bonded zone enterprises",
    "综保区企业": "comprehensive bonded zone enterprises",
    "综合保税区": "comprehensive bonded zones",
    "综保区": "comprehensive bonded zones",
    "出口加工区": "export processing zones",
    "保税港区": "bonded port areas",
    "保税区": "bonded zones",
    "保税监管场所": "bonded supervision sites",
    "海关特殊监管区域": "special customs supervision zones",
    # --- trade routes ("经西部陆海新通道进出口…": the trade carried on the route)
    "西部陆海新通道": "New Western Land-Sea Corridor",
    "陆海新通道": "New Western Land-Sea Corridor",
    "中欧班列": "China-Europe Railway Express",
    # (the ways goods go on such routes: "通过铁海联运班列进出口…", "通过国际铁路联运进出口…",
    # "经跨境公路班车进出口…"; a service named for a partner is the service, as 中欧班列 is)
    "铁海联运班列": "rail-sea intermodal trains",
    "海铁联运班列": "rail-sea intermodal trains",
    "铁海联运": "rail-sea intermodal transport",
    "海铁联运": "rail-sea intermodal transport",
    "国际铁路联运": "international rail intermodal transport",
    "跨境公路班车": "cross-border road freight",
    "公路班车": "cross-border road freight",
    "东盟公路班车": "ASEAN cross-border road freight",
    # --- product groups, English
    "mechanical and electrical products": "mechanical and electrical products",
    "electromechanical products": "mechanical and electrical products",
    # (translations vary the order and the adjective of 机电产品)
    "mechanical and electric products": "mechanical and electrical products",
    "electrical and mechanical products": "mechanical and electrical products",
    "electric and mechanical products": "mechanical and electrical products",
    "machinery and electrical products": "mechanical and electrical products",
    "machinery and electronic products": "mechanical and electrical products",
    # (one name for both spellings: the name 劳动密集型产品 takes)
    "labor-intensive products": "labour-intensive products",
    "labour-intensive products": "labour-intensive products",
    "labor intensive products": "labour-intensive products",
    "labour intensive products": "labour-intensive products",
    "high-tech products": "high-tech products",
    "high-tech product": "high-tech products",
    "high and new technology products": "high-tech products",
    "high-technology products": "high-tech products",
    "high technology products": "high-tech products",
    "advanced technology products": "high-tech products",
    "advanced technological products": "high-tech products",
    "agricultural products": "agricultural products",
    "agricultural product": "agricultural products",
    "agricultural produce": "agricultural products",
    "the new three items": "new three items",
    "new three items": "new three items",
    "new energy vehicles": "new energy vehicles",
    "electric vehicles": "electric vehicles",
    "lithium batteries": "lithium batteries",
    "lithium-ion batteries": "lithium batteries",
    "solar cells": "solar cells",
    "crude oil": "crude oil",
    "integrated circuits": "integrated circuits",
    "integrated circuit products": "integrated circuits",
    "manufactured products": "manufactured products",
    "manufactured goods": "manufactured products",
    "auto parts": "auto parts",
    # (the appliance as English news shortens it: "microwaves RMB3 billion")
    "microwave ovens": "microwave ovens",
    "microwaves": "microwave ovens",
    # (机电产品 as English news translates it: "electric and mechanical products", ...)
    **dict.fromkeys(
        (
            "electric and mechanical products",
            "electrical and mechanical products",
            "mechanical and electronic products",
            "machinery and electronic products",
            "electro-mechanical products",
            "electromechanical goods",
            "mechanical and electrical goods",
            # (before its flow word: "mechanical and electrical exports totalled ...")
            "mechanical and electrical",
            "M&E products",
        ),
        "mechanical and electrical products",
    ),
    # the groups of the customs' tables of main goods as English news writes them, each
    # named as written
    **{
        name: name
        for name in (
            "electronic products",
            "machinery",
            "machinery and equipment",
            "iron ore",
            "steel products",
            "textiles",
            "garments",
            "clothing",
            "textiles and garments",
            "textiles and clothing",
            "footwear",
            "shoes",
            "furniture",
            "toys",
            "household appliances",
            "home appliances",
            "mobile phones",
            "cellphones",
            "laptops",
            "laptop computers",
            "notebook computers",
            "automobiles",
            "motor vehicles",
            "natural gas",
            "liquefied natural gas",
            "soybeans",
            "aquatic products",
            "pharmaceuticals",
            "chemicals",
            "plastic products",
            "rare earths",
            "semiconductors",
            "consumer goods",
            "intermediate goods",
            "primary products",
            "metal ores",
            "electronic components",
            "electrical equipment",
            "construction machinery",
            "dairy products",
        )
    },
    # --- product groups, Chinese (the customs' usual category words)
    "机电产品": "mechanical and electrical products",
    "机电": "mechanical and electrical products",  # 机电出口: the usual short form
    "劳动密集型产品": "labour-intensive products",
    "劳动力密集型产品": "labour-intensive products",  # (the longer spelling)
    "劳密产品": "labour-intensive products",
    "高新技术产品": "high-tech products",
    "高技术产品": "high-tech products",
    "传统制造业产品": "traditional manufacturing products",
    "农产品": "agricultural products",
    "新能源汽车": "new energy vehicles",
    "电动载人汽车": "electric vehicles",
    "电动汽车": "electric vehicles",
    "锂离子蓄电池": "lithium batteries",
    "锂电池": "lithium batteries",
    "太阳能电池": "solar cells",
    "光伏产品": "photovoltaic products",
    "“新三样”产品": "new three items",
    "新三样产品": "new three items",
    "“新三样”": "new three items",
    "新三样": "new three items",
    "集成电路": "integrated circuits",
    "手机": "mobile phones",
    "笔记本电脑": "laptop computers",
    "电脑": "computers",
    "计算机": "computers",
    "自动数据处理设备": "automatic data processing equipment",
    "自动数据处理设备及其零部件": "automatic data processing equipment and parts",
    "自动数据处理设备及其零件": "automatic data processing equipment and parts",
    "自动数据处理设备的零附件": "parts of automatic data processing equipment",
    "平板显示模组": "flat panel display modules",
    "半导体制造设备": "semiconductor manufacturing equipment",
    "家用电器": "household appliances",
    # (more of the customs' list of main export and import goods: 主要出口商品量值表)
    "液晶显示板": "LCD panels",
    "液晶平板显示模组": "LCD panels",
    "通用机械设备": "general-purpose machinery",
    "音视频设备": "audio and video equipment",
    "音视频设备零件": "audio and video equipment parts",
    "音视频设备的零件": "audio and video equipment parts",
    "印刷电路": "printed circuits",
    "印刷电路板": "printed circuit boards",
    "电脑零部件": "computer parts",
    "电脑硬盘": "computer hard disks",
    "电工器材": "electrical equipment",
    # (a customs heading that city releases list among their main exports)
    "二极管及类似半导体器件": "diodes and similar semiconductor devices",
    "电脑及其零部件": "computers and parts",
    "自行车": "bicycles",
    "摩托车": "motorcycles",
    "集装箱": "containers",
    "未锻轧铝及铝材": "unwrought aluminium and aluminium products",
    "铝材": "aluminium products",
    "稀土永磁": "rare earth magnets",
    "塑料": "plastics",
    "橡胶": "rubber",
    "药材": "medicinal materials",
    "中药材": "traditional Chinese medicinal materials",
    "茶叶": "tea",
    "食用菌": "edible fungi",
    "汽车零配件": "auto parts",
    "汽车零部件": "auto parts",
    "汽车": "automobiles",
    "船舶": "ships",
    "钢材": "steel products",
    "钢铁": "steel",
    "原油": "crude oil",
    "天然气": "natural gas",
    "成品油": "refined oil products",
    "煤炭": "coal",
    "煤": "coal",
    "铁矿砂": "iron ore",
    "铁矿石": "iron ore",
    "铜矿砂": "copper ore",
    # (the customs' full names of ore lines: "X矿砂及其精矿" is ores and concentrates)
    "铜矿砂及其精矿": "copper ores and concentrates",
    "铁矿砂及其精矿": "iron ores and concentrates",
    "金属矿及矿砂": "metal ores",
    "铜及铜材": "copper and copper products",
    "未锻轧铜及铜材": "unwrought copper and copper products",
    "煤及褐煤": "coal and lignite",
    "锯材": "sawn timber",
    "原木": "logs",
    "纸浆": "pulp",
    "医药材及药品": "medicinal materials and pharmaceuticals",
    "蔬菜及食用菌": "vegetables and edible fungi",
    "陶瓷": "ceramics",
    "烟花爆竹": "fireworks and firecrackers",
    "手机及其零部件": "mobile phones and parts",
    "自主品牌产品": "own-brand products",
    "平板电脑": "tablet computers",
    "液晶电视机": "LCD TV sets",
    "电子信息产品": "electronic information products",
    "电子信息产业": "electronic information industry",
    "猪肉": "pork",
    "牛肉": "beef",
    "食用植物油": "edible vegetable oil",
    "大豆": "soybeans",
    "粮食": "grain",
    "肉类": "meat",
    "水产品": "aquatic products",
    "水果": "fruit",
    "蔬菜": "vegetables",
    "纺织品": "textiles",
    "纺织服装": "textiles and garments",
    "服装": "garments",
    "服装及衣着附件": "garments and clothing accessories",
    "服装及衣著附件": "garments and clothing accessories",  # (衣著: traditional copy)
    # (Taiwan's copy: 服饰 for 服装, 塑胶 for 塑料)
    "服饰及衣著附件": "garments and clothing accessories",
    "服饰及衣着附件": "garments and clothing accessories",
    "塑胶制品": "plastic products",
    "鞋靴": "footwear",
    "纺织及制品": "textiles and textile products",  # (纺织纱线、织物及制品, as shortened)
    "箱包": "bags and cases",
    "玩具": "toys",
    "家具": "furniture",
    "灯具": "lamps",
    "刀剪": "knives and scissors",  # (刀剪类产品: a customs category of Yangjiang and others)
    # (the customs category, written whole)
    "灯具、照明装置及其零件": "lamps and lighting fixtures",
    "灯具、照明装置及零件": "lamps and lighting fixtures",
    "塑料制品": "plastic products",
    "陶瓷产品": "ceramic products",
    "医药品": "pharmaceuticals",
    "医疗器械": "medical devices",
    "机械设备": "machinery and equipment",
    "机械及设备": "machinery and equipment",
    "金属制品": "metal products",
    # (the metals, power equipment and drug lines of inland provinces' releases)
    "铁合金": "ferroalloys",
    "金属镁": "metal magnesium",
    "电解铝": "electrolytic aluminium",
    "多晶硅": "polysilicon",
    "单晶硅": "monocrystalline silicon",
    "碳化硅": "silicon carbide",
    "风力发电机组": "wind turbines",
    "风电机组": "wind turbines",
    "原料药": "active pharmaceutical ingredients",
    "抗生素": "antibiotics",
    "维生素": "vitamins",
    "红霉素": "erythromycin",
    "泰乐菌素": "tylosin",
    "青霉素": "penicillin",
    "中间产品": "intermediate goods",
    "能源产品": "energy products",  # (coal, crude oil, gas: the customs' energy class)
    "新能源产品": "new energy products",  # (not 能源产品: electric cars, batteries, solar)
    "保税混矿": "bonded ore blending",
    "仪器仪表": "instruments and meters",
    "电子元件": "electronic components",
    # (the product lines of partner economies' own releases as Chinese copy names them:
    # Malaysia's MATRADE, Taiwan's finance ministry, Japan's finance ministry)
    "电子产品": "electronic products",
    "电子零组件": "electronic components",
    "电子零部件": "electronic components",
    "资通与视听产品": "information, communication and audio-video products",
    "塑橡胶及其制品": "plastics and rubber products",
    # (Singapore's own release lines as Chinese copy names them: Enterprise Singapore's
    # non-oil domestic exports, NODX, "非石油国内出口" / "非石油类本地产品出口"; its
    # electronics and non-electronics parts; the non-oil re-exports, NORX; and the two
    # together, non-oil exports, NOX, as headlines write NODX too)
    **dict.fromkeys(
        (
            "非石油国内出口",
            "非石油本地出口",
            "非石油类国内出口",
            "非石油本地产品出口",
            "非石油类本地产品出口",
        ),
        "non-oil domestic exports",
    ),
    "非石油出口": "non-oil exports",
    "非石油类出口": "non-oil exports",
    "非石油产品出口": "non-oil exports",
    "非石油类产品出口": "non-oil exports",
    "非石油转口": "non-oil re-exports",
    "非石油类转口": "non-oil re-exports",
    "非石油产品转口": "non-oil re-exports",
    "非石油类产品转口": "non-oil re-exports",
    "电子业": "electronics",
    "电子类本地产品": "electronics",
    "电子类产品": "electronics",
    "非电子业": "non-electronics",
    "非电子类本地产品": "non-electronics",
    "非电子类产品": "non-electronics",
    # (Macao's statistics office's lines as Chinese copy names them: its exports are
    # re-exports and domestic exports, textiles and the rest; its imports by kind)
    "再出口": "re-exports",
    "本地产品出口": "domestic exports",
    "非纺织品": "non-textiles",
    "美容化妆及护肤品": "beauty, cosmetics and skincare products",
    "燃料及润滑油": "fuels and lubricants",
    "建筑材料": "construction materials",
    # (its imports counted two ways, each a section of the release: by the goods' origin and
    # by the place they were consigned from, "按货物原产地统计" / "按货物来源地统计")
    "按货物原产地统计": "by origin",
    "按原产地统计": "by origin",
    "按货物来源地统计": "by place of consignment",
    "按来源地统计": "by place of consignment",
    "石油产品": "petroleum products",
    "棕油和棕油产品": "palm oil and palm oil products",
    "棕榈油": "palm oil",
    "有机化合物": "organic compounds",
    "矿物燃料": "mineral fuels",
    "矿物性燃料": "mineral fuels",
    "矿燃料": "mineral fuels",
    "电子测量设备": "electronic measuring equipment",
    "电子测量仪器": "electronic measuring equipment",
    "基本有机化学品": "basic organic chemicals",
    "化工产品": "chemical products",
    "磷化工产品": "phosphorus chemical products",
    "化肥": "fertilizers",
    "矿产品": "mineral products",
    "金属矿砂": "metal ores",
    "稀土": "rare earths",
    "消费品": "consumer goods",
    "大宗商品": "bulk commodities",
    "原材料": "raw materials",
    "日用消费品": "daily consumer goods",
    "中间品": "intermediate goods",
    "资本品": "capital goods",
    # --- the customs' broad classes and common product words of Chinese releases
    "初级产品": "primary products",
    "工业制品": "manufactured industrial products",
    "工业制成品": "manufactured industrial products",
    "整车": "complete vehicles",
    "汽车及零配件": "automobiles and parts",
    "便携式电脑": "laptop computers",
    "便携式计算机": "laptop computers",
    "蓄电池": "storage batteries",
    "液化天然气": "liquefied natural gas",
    "液化石油气": "liquefied petroleum gas",
    "液化天然气运输船": "LNG carriers",
    "新鲜蔬菜": "fresh vegetables",
    "水海产品": "aquatic products",
    "食用水产品": "edible aquatic products",
    "干鲜瓜果": "fresh and dried fruits",
    "干鲜瓜果及坚果": "fresh and dried fruits and nuts",
    "乳品": "dairy products",
    # (consumer goods and advanced manufactures a customs release lists by market)
    "啤酒": "beer",
    "奶粉": "milk powder",
    "化妆品": "cosmetics",
    "美容化妆品": "cosmetics",
    # (the customs' line of consumer imports: 美容化妆品及洗护用品)
    "美容化妆品及洗护用品": "cosmetics and toiletries",
    "洗护用品": "toiletries",
    "日化用品": "daily chemical products",
    "乘用车": "passenger cars",
    "家电": "household appliances",
    "电子电器": "electronic and electrical products",
    "电子元器件": "electronic components",
    "电脑及零部件": "computers and parts",
    "自动数据处理设备及其部件": "automatic data processing equipment and parts",
    "半导体": "semiconductors",
    "芯片": "chips",
    "高端装备": "high-end equipment",
    "工业机器人": "industrial robots",
    "高端机床": "high-end machine tools",
    "数控机床": "CNC machine tools",
    "防疫物资": "anti-epidemic supplies",
    "防疫类物资": "anti-epidemic supplies",
    "口罩": "masks",
    # (transport modes: 铁路运输进出口2.4亿元; 海运方式进出口, 以空运方式出口)
    "海运方式": "sea transport",
    "海运": "sea transport",
    "海路运输": "sea transport",
    "空运方式": "air transport",
    "空运": "air transport",
    # (the customs' lines of pharmaceuticals, fruit, parts and aircraft)
    "抗菌素": "antibiotics",
    "鲜梨": "fresh pears",
    "苹果": "apples",
    "葡萄": "grapes",
    "汽车零件": "auto parts",
    "手机零部件": "mobile phone parts",
    "飞机": "aircraft",
    "航空器": "aircraft",
    "民用航空器": "civil aircraft",
    "铁路运输": "rail transport",
    "公路运输": "road transport",
    "水路运输": "waterway transport",
    "航空运输": "air transport",
    "水运": "waterway transport",
    "陆路运输": "land transport",
    "陆路": "land transport",
    "陆路口岸": "land ports",  # (trade through them, not a mode of transport)
    "对外承包工程": "goods for overseas contracted projects",
    "棉花": "cotton",
    "天然橡胶": "natural rubber",
    "锰矿砂": "manganese ore",
    "锰矿砂及其精矿": "manganese ores and concentrates",
    "未锻轧锰": "unwrought manganese",
    "机械设备及配件": "machinery equipment and parts",
    "家具零件": "furniture parts",
    "灯具零件": "lamp parts",
    "家具及其零件": "furniture and parts",
    "纺织纱线、织物及其制品": "textile yarns, fabrics and products",
    "纺织纱线": "textile yarns",
    "鞋类": "footwear",
    "医疗仪器及器械": "medical instruments and devices",
    "药品": "pharmaceuticals",
    "有机化学品": "organic chemicals",
    "肥料": "fertilizers",
    "工程机械": "construction machinery",
    "农业机械": "agricultural machinery",
    "金属加工机床": "metal-working machine tools",
    "纸制品": "paper products",
    # --- machinery and transport lines of provincial M&E releases (机电产品进出口)
    "汽车及零部件": "automobiles and parts",
    "铁路机车": "railway locomotives",
    "机车": "locomotives",
    "铁道车辆": "railway vehicles",
    "机械基础件": "basic machinery parts",
    "起重工程机械": "lifting and construction machinery",
    "起重机械": "lifting machinery",
    "运输工具": "transport equipment",
    "电线电缆": "wires and cables",
    "电动机及发电机": "electric motors and generators",
    "空调": "air conditioners",
    "空调器": "air conditioners",
    "电冰箱": "refrigerators",
    "机床": "machine tools",
    "电器及电子产品": "electrical and electronic products",
    "电器电子产品": "electrical and electronic products",
    # --- more of the customs' lines as releases name them by market and by region (round
    # 10): foods, farm inputs, household appliances, equipment
    "咖啡": "coffee",
    "咖啡豆": "coffee beans",
    "可可": "cocoa",
    "可可豆": "cocoa beans",
    "冷冻草莓": "frozen strawberries",
    "草莓": "strawberries",
    "坚果": "nuts",
    "腰果": "cashew nuts",
    "花卉": "flowers",
    "鲜花": "fresh flowers",
    "芝麻": "sesame",
    "辣椒": "chili peppers",
    "柑橘": "citrus fruit",
    "香蕉": "bananas",
    "榴莲": "durians",
    "木薯": "cassava",  # (木薯干 / 木薯淀粉: the forms Southeast Asia ships)
    "木薯干": "dried cassava",
    "木薯淀粉": "cassava starch",
    # (fresh fruit as the customs' lists of border farm trade name it: 鲜葡萄, 鲜榴莲)
    "鲜葡萄": "fresh grapes",
    "鲜榴莲": "fresh durians",
    "鲜甘薯": "fresh sweet potatoes",
    "燕窝": "edible bird's nests",
    "牛油果": "avocados",
    "葡萄酒": "wine",
    "大米": "rice",
    "稻谷": "rice",
    "小麦": "wheat",
    "玉米": "corn",
    "食糖": "sugar",
    "乳制品": "dairy products",
    "冻品": "frozen foods",
    "烟草": "tobacco",
    "烤烟": "flue-cured tobacco",
    "木材": "timber",
    "铝土矿": "bauxite",
    "铜矿": "copper ore",
    "铬矿": "chromium ore",
    "农药": "pesticides",
    "农药制剂": "pesticide preparations",
    "农机": "agricultural machinery",
    "拖拉机": "tractors",
    "挖掘机": "excavators",
    "海洋工程装备": "marine engineering equipment",
    "船舶和海洋工程装备": "ships and marine engineering equipment",
    "船舶及海洋工程装备": "ships and marine engineering equipment",
    "电动机": "electric motors",
    "发电机": "generators",
    "发电机组": "generating sets",
    "变压器": "transformers",
    "风电设备": "wind power equipment",
    "光伏组件": "photovoltaic modules",
    "二手车": "used cars",
    "轮胎": "tyres",
    "冰箱": "refrigerators",
    "电热炉": "electric stoves",
    "洗衣机": "washing machines",
    "微波炉": "microwave ovens",
    "电视机": "television sets",
    "电风扇": "electric fans",
    "小家电": "small household appliances",
    "积体电路": "integrated circuits",  # (the Taiwanese name of 集成电路)
    "生物医药": "biomedicine products",
    "生物医药产品": "biomedicine products",
    "医疗设备": "medical equipment",
    # (a ranking of firms the release reports as one group: 百强企业进出口…, 外贸二十强企业,
    # 前50强企业, 进出口10强企业; written in digits or numerals, with 前 or without). Every
    # count of tens and hundreds is listed, so that the longest match is the count written:
    # 四十强企业 is the top 40, not 十强企业's top 10; 二百强企业 the top 200, not 百强企业's
    **{
        f"{before}{written}强企业": f"top {number} enterprises"
        for number, spellings in (
            (10, ("十", "一十", "10")),
            *(
                (10 * n, (f"{digit}十", str(10 * n)))
                for n, digit in enumerate("二三四五六七八九", start=2)
            ),
            (100, ("百", "一百", "100")),
            (200, ("二百", "两百", "200")),
            *((100 * n, (f"{digit}百", str(100 * n))) for n, digit in enumerate("三四五", start=3)),
        )
        for written in spellings
        for before in ("", "前")
    },
    # --- home textiles and their customs lines (纺织品进出口商会 releases)
    "家用纺织品": "home textiles",
    "家纺": "home textiles",
    "家纺产品": "home textiles",
    "床品": "bedding",
    "床上用品": "bedding",
    "地毯": "carpets",
    "厨浴纺织品": "kitchen and bath textiles",
    "窗帘": "curtains",
    "床毯": "blankets",
    "毛毯": "blankets",
    "毛巾": "towels",
    "桌布": "tablecloths",
    "纺织面料": "textile fabrics",
    "面料": "fabrics",
    "纱线": "yarns",
    "服饰": "apparel",
    "针织服装": "knitted garments",
    "梭织服装": "woven garments",
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


# Kinds of enterprise in English: every way news writes the kind, with every noun for a
# firm ("foreign-backed firms", "privately-owned companies", "state-owned businesses").
_ENTERPRISE_KINDS: dict[str, tuple[str, ...]] = {
    # (China's old statistics put private and collective firms together)
    "private and collectively-owned enterprises": (
        "private and collectively-owned",
        "private and collectively owned",
        "private and collective",
    ),
    "collective enterprises": ("collectively-owned", "collectively owned", "collective"),
    "non-state-owned enterprises": ("non-state-owned", "non-state"),
    "state-owned enterprises": ("state-owned", "state owned", "state-run"),
    "private enterprises": (
        "private",
        "privately-owned",
        "privately owned",
        "privately-run",
        "private-owned",
        "private owned",
        "privately-held",
        "privately held",
    ),
    "foreign-invested enterprises": (
        "foreign-invested",
        "foreign invested",
        "foreign-funded",
        "foreign funded",
        "foreign-backed",
        "foreign-owned",
        "foreign-capital",
        "overseas-funded",
        # ("75.4% was from foreign companies": in a Chinese place's trade, its FIEs)
        "foreign",
    ),
}
_FIRM_NOUNS = ("enterprises", "enterprise", "companies", "company", "firms", "businesses")
for _name, _kinds in _ENTERPRISE_KINDS.items():
    for _kind in _kinds:
        for _noun in _FIRM_NOUNS:
            SEGMENTS.setdefault(f"{_kind} {_noun}", _name)
# Taiwan's copy writes parts as 零组件 where the mainland writes 零部件 ("汽车零组件",
# "电脑零组件"): every product of parts, under both words
for _word, _name in list(SEGMENTS.items()):
    if "零部件" in _word:
        SEGMENTS.setdefault(_word.replace("零部件", "零组件"), _name)
SEGMENTS.setdefault("private sector", "private enterprises")
SEGMENTS.setdefault("private-sector", "private enterprises")
# the abbreviations news uses after spelling a kind out once: "state-owned enterprises
# (SOEs) ... trade for SOEs dropped 1.1 percent"
for _short, _name in (
    ("SOEs", "state-owned enterprises"),
    ("SOE", "state-owned enterprises"),
    ("FIEs", "foreign-invested enterprises"),
    ("FIE", "foreign-invested enterprises"),
    ("POEs", "private enterprises"),
):
    SEGMENTS.setdefault(_short, _name)
# A product group in the singular before its flow word: "mechanical and electrical product
# imports", "labor-intensive product exports"
for _key, _name in list(SEGMENTS.items()):
    if _key.isascii() and _key.endswith(" products"):
        SEGMENTS.setdefault(_key.removesuffix("s"), _name)
# Every English name the Chinese table translates into is an English name of the same
# group: "motorcycles" (摩托车) in "mobile phones, automobiles, and motorcycles exported
# ...", "integrated circuits", "rare earth magnets".
for _key, _name in list(SEGMENTS.items()):
    if not _key.isascii() and _name.isascii() and _name.islower():
        SEGMENTS.setdefault(_name, _name)
#: Plural head nouns whose singular is a place or a firm, not a product ("the land port",
#: "a bonded zone", "an enterprise"), or a verb or a name ("ship goods", "log a surplus",
#: Apple): never a segment in the singular.
_NOT_SINGULAR = frozenset(
    {
        *("ports", "zones", "areas", "sites", "items", "enterprises", "projects", "goods"),
        *("trades", "containers", "ships", "logs", "apples"),
    }
)
_SINGULAR_WORDS: set[str] = set()
# ... also in the singular of its last word, as translated copy writes a product ("the
# export of integrated circuit", "2.73 billion yuan for the mobile phone"), and with a
# hyphen between two words ("air-conditioners")
# (an English synonym too: "the lithium-ion battery and mobile phone sectors")
for _key, _name in list(SEGMENTS.items()):
    if not (_key.isascii() and _name.isascii() and _name.islower()):
        continue
    if " " in _key and _key.count(" ") == 1 and _key == _name:
        SEGMENTS.setdefault(_key.replace(" ", "-"), _name)
    _last = _key.rsplit(" ", 1)[-1]
    if (
        _last.endswith("s")
        and not _last.endswith(("ss", "us", "is", "gas"))
        and _last not in _NOT_SINGULAR
    ):
        _singular = _key[:-3] + "y" if _key.endswith("ies") else _key[:-1]
        if " " not in _singular and _singular not in SEGMENTS:
            _SINGULAR_WORDS.add(_singular)
        SEGMENTS.setdefault(_singular, _name)
#: One-word singulars made above: often an adjective ("vegetable oil", "electronic
#: commerce", "chemical industry"), so a segment only with no word after them or a flow or
#: amount word ("chemical exports", "the export of integrated circuit").
#: So is a continent's adjective: "African exports to China" names Africa, "African swine
#: fever" and "the African Development Bank" do not.
SINGULAR_WORDS = frozenset({*_SINGULAR_WORDS, "african"})
#: The words a one-word singular may stand before (keys: lower case).
SINGULAR_FOLLOWERS = frozenset(
    {
        *("exports", "export", "imports", "import", "exported", "imported", "trade"),
        *("shipments", "shipment", "sales", "purchases", "output", "exporters", "importers"),
        *("surged", "rose", "fell", "grew", "dropped", "declined", "increased", "were", "was"),
        *("and", "or", "accounted", "totaled", "totalled", "reached", "amounted"),
    }
)


#: Foreign cities a wire dateline opens with, and their countries: the reporter of a text on
#: a foreign economy's trade that never names it ("SEOUL, June 2 (Yonhap) -- Exports to China
#: dropped ..."). Only used when the head names no reporter at all.
FOREIGN_DATELINES: dict[str, str] = {
    _city.lower(): _country
    for _country, _cities in {
        "South Korea": ("Seoul", "Sejong", "Busan"),
        "Japan": ("Tokyo", "Osaka"),
        "Vietnam": ("Hanoi", "Ho Chi Minh City"),
        "Malaysia": ("Kuala Lumpur", "Putrajaya"),
        "Indonesia": ("Jakarta",),
        "Thailand": ("Bangkok",),
        "Philippines": ("Manila",),
        "Singapore": ("Singapore",),
        "India": ("New Delhi", "Mumbai"),
        "Pakistan": ("Islamabad", "Karachi", "Lahore"),
        "Bangladesh": ("Dhaka",),
        "Sri Lanka": ("Colombo",),
        "Australia": ("Canberra", "Sydney", "Melbourne"),
        "New Zealand": ("Wellington", "Auckland"),
        "Canada": ("Ottawa", "Toronto"),
        "United States": ("Washington",),
        "Brazil": ("Brasilia", "Sao Paulo", "Rio de Janeiro"),
        "Chile": ("Santiago",),
        "Peru": ("Lima",),
        "Argentina": ("Buenos Aires",),
        "Mexico": ("Mexico City",),
        "Russia": ("Moscow",),
        "Kazakhstan": ("Astana", "Almaty"),
        "Uzbekistan": ("Tashkent",),
        "Germany": ("Berlin", "Frankfurt", "Wiesbaden"),
        "France": ("Paris",),
        "United Kingdom": ("London",),
        "Italy": ("Rome",),
        "Spain": ("Madrid",),
        "Kenya": ("Nairobi",),
        "Nigeria": ("Abuja", "Lagos"),
        "Egypt": ("Cairo",),
        "South Africa": ("Pretoria", "Johannesburg"),
        "Ethiopia": ("Addis Ababa",),
        "Turkey": ("Ankara", "Istanbul"),
        "Iran": ("Tehran",),
        "Saudi Arabia": ("Riyadh",),
        "Mongolia": ("Ulaanbaatar", "Ulan Bator"),
        "Cambodia": ("Phnom Penh",),
        "Laos": ("Vientiane",),
        "Myanmar": ("Yangon", "Nay Pyi Taw"),
    }.items()
    for _city in _cities
}


#: Statistics, customs and trade bodies whose names do not hold their country's, and the
#: economy each reports for: "Imports from China dropped 11.7%, the Federal Statistical
#: Office (Destatis) reported" is Germany's release. Only used when the head names no
#: reporter at all. Acronyms are matched in their own case; "Statistical Office" alone is
#: no country's.
FOREIGN_AGENCIES: dict[str, str] = {
    _body: _country
    for _country, _bodies in {
        "Germany": ("Destatis",),
        "EU": ("Eurostat",),
        "United States": ("Census Bureau", "Bureau of Economic Analysis"),
        "United Kingdom": ("Office for National Statistics", "HMRC", "HM Revenue and Customs"),
        "France": ("INSEE",),
        "Italy": ("Istat", "ISTAT"),
        "Russia": ("Rosstat",),
        "Austria": ("Statistik Austria",),
        "Canada": ("StatCan",),
        "Japan": ("JETRO",),
        "South Korea": ("KITA",),
        "Brazil": ("IBGE", "Secex", "SECEX", "Comex Stat"),
        "Singapore": ("Enterprise Singapore",),
    }.items()
    for _body in _bodies
}
