"""Write src/tradestat/data/places/countries.csv from ISO 3166-1 (pycountry) and a curated table.

Run from the repository root, in an environment that has pycountry (a build-time tool only;
tradestat does not need it at run time)::

    pip install pycountry
    python tools/make_places.py           # writes countries.csv
    python tools/make_places.py --check   # also compares with pycountry's zh_CN names

pycountry supplies the ISO 3166-1 codes (alpha-2, alpha-3), the ISO short name and the
official name. The curated table below supplies what ISO does not: the common English short
name used as the canonical name ("South Korea", not "Korea, Republic of"), further English
written forms, the simplified Chinese names as used by China's Ministry of Foreign Affairs
and the General Administration of Customs (pycountry's zh_CN catalogue has non-mainland and
misspelled forms, e.g. 柬埔塞, 瓜地马拉, 马尔他, so it is only compared, never copied),
demonym adjectives and, for dependent territories, the sovereign state.

Hong Kong (HK), Macao (MO) and Taiwan (TW) are listed in china_divisions.csv, as
provincial-level divisions of China that carry their own ISO 3166-1 codes.
"""

# ruff: noqa: E501  (the curated table keeps one country a line)

from __future__ import annotations

import csv
import gettext
import sys
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "src" / "tradestat" / "data" / "places"

#: Listed in china_divisions.csv instead.
CHINA_DIVISIONS = {"HK", "MO", "TW"}

# alpha-2 | canonical English name | English aliases | Chinese names | demonyms | sovereign
# Lists are separated by ";". The first Chinese name is the usual short name.
TABLE = """
AW | Aruba | | 阿鲁巴 | Aruban | Netherlands
AF | Afghanistan | | 阿富汗 | Afghan |
AO | Angola | | 安哥拉 | Angolan |
AI | Anguilla | | 安圭拉 | Anguillan | United Kingdom
AX | Åland Islands | Aland Islands; Åland; Aland | 奥兰群岛 | | Finland
AL | Albania | | 阿尔巴尼亚 | Albanian |
AD | Andorra | | 安道尔 | Andorran |
AE | United Arab Emirates | the United Arab Emirates; UAE; the UAE; U.A.E. | 阿联酋; 阿拉伯联合酋长国 | Emirati |
AR | Argentina | | 阿根廷 | Argentine; Argentinian; Argentinean |
AM | Armenia | | 亚美尼亚 | Armenian |
AS | American Samoa | | 美属萨摩亚 | | United States
AQ | Antarctica | | 南极洲 | |
TF | French Southern Territories | French Southern and Antarctic Lands | 法属南部领地; 法属南方和南极洲领地 | | France
AG | Antigua and Barbuda | | 安提瓜和巴布达 | Antiguan |
AU | Australia | Commonwealth of Australia | 澳大利亚; 澳洲; 澳州 | Australian |
AT | Austria | | 奥地利 | Austrian |
AZ | Azerbaijan | | 阿塞拜疆 | Azerbaijani; Azeri |
BI | Burundi | | 布隆迪 | Burundian |
BE | Belgium | | 比利时 | Belgian |
BJ | Benin | | 贝宁 | Beninese |
BQ | Bonaire, Sint Eustatius and Saba | Caribbean Netherlands | 荷兰加勒比区; 博奈尔、圣尤斯特歇斯和萨巴 | | Netherlands
BF | Burkina Faso | | 布基纳法索 | Burkinabe; Burkinabè |
BD | Bangladesh | | 孟加拉国; 孟加拉 | Bangladeshi |
BG | Bulgaria | | 保加利亚 | Bulgarian |
BH | Bahrain | | 巴林 | Bahraini |
BS | Bahamas | the Bahamas | 巴哈马 | Bahamian |
BA | Bosnia and Herzegovina | Bosnia-Herzegovina; Bosnia | 波斯尼亚和黑塞哥维那; 波黑 | Bosnian |
BL | Saint Barthélemy | Saint Barthelemy; St. Barthélemy; St Barthélemy | 圣巴泰勒米; 圣巴泰勒米岛 | | France
BY | Belarus | | 白俄罗斯 | Belarusian; Belarussian |
BZ | Belize | | 伯利兹 | Belizean |
BM | Bermuda | | 百慕大 | Bermudian | United Kingdom
BO | Bolivia | | 玻利维亚; 多民族玻利维亚国 | Bolivian |
BR | Brazil | | 巴西 | Brazilian |
BB | Barbados | | 巴巴多斯 | Barbadian |
BN | Brunei | Brunei Darussalam | 文莱; 文莱达鲁萨兰国 | Bruneian |
BT | Bhutan | | 不丹 | Bhutanese |
BV | Bouvet Island | | 布韦岛 | | Norway
BW | Botswana | | 博茨瓦纳 | Botswanan |
CF | Central African Republic | the Central African Republic | 中非共和国 | |
CA | Canada | | 加拿大 | Canadian |
CC | Cocos (Keeling) Islands | Cocos Islands; Keeling Islands | 科科斯（基林）群岛; 科科斯群岛 | | Australia
CH | Switzerland | | 瑞士 | Swiss |
CL | Chile | | 智利 | Chilean |
CN | China | the Chinese mainland; Chinese mainland; mainland China; the People's Republic of China; PRC; the PRC | 中国; 中华人民共和国; 中国大陆; 中国内地 | |
CI | Côte d'Ivoire | Cote d'Ivoire; Ivory Coast | 科特迪瓦 | Ivorian |
CM | Cameroon | | 喀麦隆 | Cameroonian |
CD | Democratic Republic of the Congo | the Democratic Republic of the Congo; Democratic Republic of Congo; DR Congo; DRC; the DRC; Congo-Kinshasa | 刚果（金）; 刚果(金); 刚果金; 刚果民主共和国 | |
CG | Republic of the Congo | the Republic of the Congo; Republic of Congo; Congo-Brazzaville; Congo Republic | 刚果（布）; 刚果(布); 刚果布; 刚果共和国 | |
CK | Cook Islands | the Cook Islands | 库克群岛 | | New Zealand
CO | Colombia | | 哥伦比亚 | Colombian |
KM | Comoros | the Comoros | 科摩罗 | Comorian |
CV | Cabo Verde | Cape Verde | 佛得角 | Cape Verdean; Cabo Verdean |
CR | Costa Rica | | 哥斯达黎加 | Costa Rican |
CU | Cuba | | 古巴 | Cuban |
CW | Curaçao | Curacao | 库拉索 | | Netherlands
CX | Christmas Island | | 圣诞岛 | | Australia
KY | Cayman Islands | the Cayman Islands | 开曼群岛 | | United Kingdom
CY | Cyprus | | 塞浦路斯 | Cypriot |
CZ | Czech Republic | the Czech Republic; Czechia | 捷克; 捷克共和国 | Czech |
DE | Germany | | 德国; 德意志联邦共和国 | German |
DJ | Djibouti | | 吉布提 | Djiboutian |
DM | Dominica | | 多米尼克 | |
DK | Denmark | | 丹麦 | Danish |
DO | Dominican Republic | the Dominican Republic | 多米尼加; 多米尼加共和国 | |
DZ | Algeria | | 阿尔及利亚 | Algerian |
EC | Ecuador | | 厄瓜多尔 | Ecuadorian; Ecuadorean |
EG | Egypt | | 埃及 | Egyptian |
ER | Eritrea | | 厄立特里亚 | Eritrean |
EH | Western Sahara | | 西撒哈拉 | Sahrawi |
ES | Spain | | 西班牙 | Spanish |
EE | Estonia | | 爱沙尼亚 | Estonian |
ET | Ethiopia | | 埃塞俄比亚 | Ethiopian |
FI | Finland | | 芬兰 | Finnish |
FJ | Fiji | | 斐济 | Fijian |
FK | Falkland Islands | the Falkland Islands; Falklands; the Falklands | 福克兰群岛; 马尔维纳斯群岛 | | United Kingdom
FR | France | | 法国; 法兰西共和国 | French |
FO | Faroe Islands | the Faroe Islands; Faroes | 法罗群岛 | Faroese | Denmark
FM | Micronesia | Federated States of Micronesia; the Federated States of Micronesia | 密克罗尼西亚联邦; 密克罗尼西亚 | Micronesian |
GA | Gabon | | 加蓬 | Gabonese |
GB | United Kingdom | the United Kingdom; UK; the UK; U.K.; the U.K.; Britain; Great Britain; United Kingdom of Great Britain and Northern Ireland | 英国; 大不列颠及北爱尔兰联合王国 | British |
GE | Georgia | | 格鲁吉亚 | Georgian |
GG | Guernsey | Bailiwick of Guernsey | 根西岛 | | United Kingdom
GH | Ghana | | 加纳 | Ghanaian |
GI | Gibraltar | | 直布罗陀 | | United Kingdom
GN | Guinea | Republic of Guinea; Guinea-Conakry | 几内亚 | |
GP | Guadeloupe | | 瓜德罗普 | | France
GM | Gambia | The Gambia | 冈比亚 | Gambian |
GW | Guinea-Bissau | | 几内亚比绍 | Bissau-Guinean |
GQ | Equatorial Guinea | | 赤道几内亚 | Equatoguinean |
GR | Greece | | 希腊 | Greek |
GD | Grenada | | 格林纳达 | Grenadian |
GL | Greenland | | 格陵兰; 格陵兰岛 | Greenlandic | Denmark
GT | Guatemala | | 危地马拉 | Guatemalan |
GF | French Guiana | | 法属圭亚那 | | France
GU | Guam | | 关岛 | | United States
GY | Guyana | | 圭亚那 | Guyanese |
HM | Heard Island and McDonald Islands | | 赫德岛和麦克唐纳群岛 | | Australia
HN | Honduras | | 洪都拉斯 | Honduran |
HR | Croatia | | 克罗地亚 | Croatian |
HT | Haiti | | 海地; 海地共和国 | Haitian |
HU | Hungary | | 匈牙利 | Hungarian |
ID | Indonesia | | 印度尼西亚; 印尼 | Indonesian |
IM | Isle of Man | the Isle of Man | 马恩岛 | Manx | United Kingdom
IN | India | | 印度 | Indian |
IO | British Indian Ocean Territory | the British Indian Ocean Territory | 英属印度洋领地 | | United Kingdom
IE | Ireland | Republic of Ireland | 爱尔兰 | Irish |
IR | Iran | | 伊朗; 伊朗伊斯兰共和国 | Iranian |
IQ | Iraq | | 伊拉克 | Iraqi |
IS | Iceland | | 冰岛 | Icelandic |
IL | Israel | | 以色列 | Israeli |
IT | Italy | | 意大利 | Italian |
JM | Jamaica | | 牙买加 | Jamaican |
JE | Jersey | Bailiwick of Jersey | 泽西岛 | | United Kingdom
JO | Jordan | | 约旦 | Jordanian |
JP | Japan | | 日本 | Japanese |
KZ | Kazakhstan | | 哈萨克斯坦 | Kazakh; Kazakhstani |
KE | Kenya | | 肯尼亚 | Kenyan |
KG | Kyrgyzstan | Kyrgyz Republic; the Kyrgyz Republic | 吉尔吉斯斯坦; 吉尔吉斯共和国 | Kyrgyz |
KH | Cambodia | | 柬埔寨; 柬埔寨王国 | Cambodian |
KI | Kiribati | | 基里巴斯 | |
KN | Saint Kitts and Nevis | St. Kitts and Nevis; St Kitts and Nevis | 圣基茨和尼维斯 | |
KR | South Korea | Republic of Korea; the Republic of Korea; ROK; Korea | 韩国; 大韩民国; 南韩 | Korean; South Korean |
KW | Kuwait | | 科威特 | Kuwaiti |
LA | Laos | Lao PDR | 老挝; 老挝人民民主共和国 | Lao; Laotian |
LB | Lebanon | | 黎巴嫩 | Lebanese |
LR | Liberia | | 利比里亚 | Liberian |
LY | Libya | | 利比亚 | Libyan |
LC | Saint Lucia | St. Lucia; St Lucia | 圣卢西亚 | Saint Lucian |
LI | Liechtenstein | | 列支敦士登 | |
LK | Sri Lanka | | 斯里兰卡 | Sri Lankan |
LS | Lesotho | | 莱索托 | Basotho |
LT | Lithuania | | 立陶宛 | Lithuanian |
LU | Luxembourg | | 卢森堡 | Luxembourgish |
LV | Latvia | | 拉脱维亚 | Latvian |
MF | Saint Martin | Collectivity of Saint Martin | 法属圣马丁 | | France
MA | Morocco | | 摩洛哥 | Moroccan |
MC | Monaco | | 摩纳哥 | Monegasque |
MD | Moldova | | 摩尔多瓦; 摩尔多瓦共和国 | Moldovan |
MG | Madagascar | | 马达加斯加 | Malagasy |
MV | Maldives | the Maldives | 马尔代夫 | Maldivian |
MX | Mexico | | 墨西哥 | Mexican |
MH | Marshall Islands | the Marshall Islands | 马绍尔群岛 | Marshallese |
MK | North Macedonia | Macedonia | 北马其顿; 马其顿 | Macedonian |
ML | Mali | | 马里 | Malian |
MT | Malta | | 马耳他 | Maltese |
MM | Myanmar | Burma | 缅甸 | Burmese |
ME | Montenegro | | 黑山 | Montenegrin |
MN | Mongolia | | 蒙古国; 蒙古 | Mongolian |
MP | Northern Mariana Islands | the Northern Mariana Islands | 北马里亚纳群岛 | | United States
MZ | Mozambique | | 莫桑比克 | Mozambican |
MR | Mauritania | | 毛里塔尼亚 | Mauritanian |
MS | Montserrat | | 蒙特塞拉特 | | United Kingdom
MQ | Martinique | | 马提尼克 | | France
MU | Mauritius | | 毛里求斯 | Mauritian |
MW | Malawi | | 马拉维 | Malawian |
MY | Malaysia | | 马来西亚 | Malaysian |
YT | Mayotte | | 马约特 | | France
NA | Namibia | | 纳米比亚 | Namibian |
NC | New Caledonia | | 新喀里多尼亚 | | France
NE | Niger | | 尼日尔 | Nigerien |
NF | Norfolk Island | | 诺福克岛 | | Australia
NG | Nigeria | | 尼日利亚 | Nigerian |
NI | Nicaragua | | 尼加拉瓜 | Nicaraguan |
NU | Niue | | 纽埃 | | New Zealand
NL | Netherlands | the Netherlands; Holland | 荷兰 | Dutch |
NO | Norway | | 挪威 | Norwegian |
NP | Nepal | | 尼泊尔 | Nepalese; Nepali |
NR | Nauru | | 瑙鲁 | Nauruan |
NZ | New Zealand | | 新西兰; 纽西兰 | |
OM | Oman | | 阿曼 | Omani |
PK | Pakistan | | 巴基斯坦 | Pakistani |
PA | Panama | | 巴拿马 | Panamanian |
PN | Pitcairn Islands | Pitcairn; the Pitcairn Islands | 皮特凯恩群岛 | | United Kingdom
PE | Peru | | 秘鲁 | Peruvian |
PH | Philippines | the Philippines | 菲律宾 | Filipino; Philippine |
PW | Palau | | 帕劳 | Palauan |
PG | Papua New Guinea | | 巴布亚新几内亚; 巴新 | Papua New Guinean |
PL | Poland | | 波兰 | Polish |
PR | Puerto Rico | | 波多黎各 | Puerto Rican | United States
KP | North Korea | DPRK; the DPRK | 朝鲜; 朝鲜民主主义人民共和国 | North Korean |
PT | Portugal | | 葡萄牙 | Portuguese |
PY | Paraguay | | 巴拉圭 | Paraguayan |
PS | Palestine | State of Palestine | 巴勒斯坦 | Palestinian |
PF | French Polynesia | | 法属波利尼西亚 | | France
QA | Qatar | | 卡塔尔 | Qatari |
RE | Réunion | La Réunion; Reunion Island; Réunion Island | 留尼汪; 留尼汪岛 | | France
RO | Romania | | 罗马尼亚 | Romanian |
RU | Russia | the Russian Federation | 俄罗斯; 俄罗斯联邦; 俄国 | Russian |
RW | Rwanda | | 卢旺达 | Rwandan |
SA | Saudi Arabia | | 沙特阿拉伯; 沙特; 沙地阿拉伯 | Saudi; Saudi Arabian |
SD | Sudan | the Sudan | 苏丹 | Sudanese |
SN | Senegal | | 塞内加尔 | Senegalese |
SG | Singapore | | 新加坡 | Singaporean |
GS | South Georgia and the South Sandwich Islands | | 南乔治亚和南桑威奇群岛 | | United Kingdom
SH | Saint Helena | Saint Helena, Ascension and Tristan da Cunha; St. Helena; St Helena | 圣赫勒拿 | | United Kingdom
SJ | Svalbard and Jan Mayen | | 斯瓦尔巴和扬马延 | | Norway
SB | Solomon Islands | the Solomon Islands | 所罗门群岛 | |
SL | Sierra Leone | | 塞拉利昂 | Sierra Leonean |
SV | El Salvador | | 萨尔瓦多 | Salvadoran |
SM | San Marino | | 圣马力诺 | Sammarinese |
SO | Somalia | | 索马里 | Somali |
PM | Saint Pierre and Miquelon | St. Pierre and Miquelon; St Pierre and Miquelon | 圣皮埃尔和密克隆 | | France
RS | Serbia | | 塞尔维亚 | Serbian |
SS | South Sudan | | 南苏丹 | South Sudanese |
ST | Sao Tome and Principe | São Tomé and Príncipe | 圣多美和普林西比 | |
SR | Suriname | Surinam | 苏里南 | Surinamese |
SK | Slovakia | | 斯洛伐克 | Slovak |
SI | Slovenia | | 斯洛文尼亚 | Slovenian; Slovene |
SE | Sweden | | 瑞典 | Swedish |
SZ | Eswatini | Swaziland | 埃斯瓦蒂尼; 斯威士兰 | Swazi |
SX | Sint Maarten | | 荷属圣马丁 | | Netherlands
SC | Seychelles | the Seychelles | 塞舌尔 | Seychellois |
SY | Syria | | 叙利亚; 阿拉伯叙利亚共和国 | Syrian |
TC | Turks and Caicos Islands | the Turks and Caicos Islands | 特克斯和凯科斯群岛 | | United Kingdom
TD | Chad | Republic of Chad | 乍得 | Chadian |
TG | Togo | | 多哥 | Togolese |
TH | Thailand | | 泰国 | Thai |
TJ | Tajikistan | Tadzhikistan | 塔吉克斯坦 | Tajik; Tajikistani |
TK | Tokelau | | 托克劳 | | New Zealand
TM | Turkmenistan | | 土库曼斯坦 | Turkmen |
TL | Timor-Leste | East Timor | 东帝汶 | Timorese; East Timorese |
TO | Tonga | | 汤加 | Tongan |
TT | Trinidad and Tobago | | 特立尼达和多巴哥 | Trinidadian |
TN | Tunisia | | 突尼斯 | Tunisian |
TR | Turkey | Türkiye; Turkiye | 土耳其 | Turkish |
TV | Tuvalu | | 图瓦卢 | Tuvaluan |
TZ | Tanzania | | 坦桑尼亚 | Tanzanian |
UG | Uganda | | 乌干达 | Ugandan |
UA | Ukraine | | 乌克兰 | Ukrainian |
UM | United States Minor Outlying Islands | | 美国本土外小岛屿 | | United States
UY | Uruguay | | 乌拉圭 | Uruguayan |
US | United States | the United States; the US; the U.S.; U.S.; US; USA; U.S.A.; America; the United States of America | 美国; 美利坚合众国 | American |
UZ | Uzbekistan | | 乌兹别克斯坦 | Uzbek; Uzbekistani |
VA | Vatican City | Holy See; the Holy See; Vatican; the Vatican; Vatican City State | 梵蒂冈; 教廷 | |
VC | Saint Vincent and the Grenadines | St. Vincent and the Grenadines; St Vincent and the Grenadines | 圣文森特和格林纳丁斯 | Vincentian |
VE | Venezuela | | 委内瑞拉; 委内瑞拉玻利瓦尔共和国 | Venezuelan |
VG | British Virgin Islands | the British Virgin Islands | 英属维尔京群岛 | | United Kingdom
VI | United States Virgin Islands | U.S. Virgin Islands; US Virgin Islands; the U.S. Virgin Islands | 美属维尔京群岛 | | United States
VN | Vietnam | | 越南 | Vietnamese |
VU | Vanuatu | | 瓦努阿图 | Ni-Vanuatu |
WF | Wallis and Futuna | | 瓦利斯和富图纳 | | France
WS | Samoa | | 萨摩亚 | Samoan |
YE | Yemen | | 也门 | Yemeni |
ZA | South Africa | | 南非 | South African |
ZM | Zambia | | 赞比亚 | Zambian |
ZW | Zimbabwe | | 津巴布韦 | Zimbabwean |
"""

HEADER = ["name", "alpha2", "alpha3", "aliases", "chinese", "demonyms", "sovereign"]


def _split(cell: str) -> list[str]:
    return [item.strip() for item in cell.split(";") if item.strip()]


def _iso_aliases(country: object) -> list[str]:
    """ISO short and official names that read as running text (no "Korea, Republic of")."""
    names = [getattr(country, "name", ""), getattr(country, "official_name", "")]
    names.append(getattr(country, "common_name", ""))
    out = []
    for name in names:
        if not name or "," in name or "(" in name:
            continue
        if name.startswith("the "):
            name = name[4:]
        out.append(name)
    return out


def rows() -> list[list[str]]:
    """The rows of countries.csv, in ISO 3166-1 order of the curated table."""
    table = {}
    for line in TABLE.strip().splitlines():
        cells = [cell.strip() for cell in line.split("|")]
        if len(cells) != 6:
            raise SystemExit(f"bad table line: {line!r}")
        table[cells[0]] = cells
    iso = {c.alpha_2: c for c in pycountry.countries}
    missing = set(iso) - set(table) - CHINA_DIVISIONS
    extra = set(table) - set(iso)
    if missing or extra:
        raise SystemExit(f"table and ISO 3166-1 differ: missing {missing}, extra {extra}")
    out = []
    for alpha2, name, aliases, chinese, demonyms, sovereign in table.values():
        country = iso[alpha2]
        english = []
        for alias in [*_split(aliases), *_iso_aliases(country)]:
            if alias != name and alias not in english:
                english.append(alias)
        out.append(
            [
                name,
                alpha2,
                country.alpha_3,
                ";".join(english),
                ";".join(_split(chinese)),
                ";".join(_split(demonyms)),
                sovereign,
            ]
        )
    return sorted(out, key=lambda row: row[0])


def check(rows_: list[list[str]]) -> None:
    """Print where the curated Chinese names differ from pycountry's zh_CN catalogue."""
    zh = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
    for row in rows_:
        country = pycountry.countries.get(alpha_2=row[1])
        theirs = zh.gettext(country.name)
        if theirs not in row[4].split(";"):
            print(f"{row[1]} {row[0]}: ours {row[4]!r}, pycountry zh_CN {theirs!r}")


def main() -> None:
    """Write countries.csv (and with --check compare the Chinese names)."""
    out_rows = rows()
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / "countries.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(out_rows)
    print(f"wrote {len(out_rows)} countries to {OUT / 'countries.csv'}")
    if "--check" in sys.argv:
        check(out_rows)


if __name__ == "__main__":
    main()
