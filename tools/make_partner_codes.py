"""Generate src/tradestat/data/codes/partners.csv: one row per economy, its code in each system.

Run from the repository root: ``python tools/make_partner_codes.py`` (needs pycountry).

Sources:

* ISO 3166-1 alpha-2, alpha-3 and numeric: pycountry (iso-codes data), joined to the canonical
  names of ``src/tradestat/data/places/countries.csv`` by alpha-2.
* UN Comtrade reporter/partner codes: the ISO numeric code (UN M49), except where Comtrade's
  reference table (``partnerAreas.json``) differs: 842 USA, 251 France, 699 India,
  757 Switzerland, 579 Norway, 490 "Other Asia, nes" (Taiwan).
* China Customs (GACC) 3-digit country codes: the GACC code list (海关统计国别（地区）代码),
  as shipped by ``turbanisch/chinautils`` (``data-raw/china-customs-codes/partners/
  {en,zh}-TradingPartner-cleaned-manually.csv``, 243 codes): every code whose English or
  Chinese name is an economy of ``countries.csv``. The rest (parts of other countries such
  as 207 Canary Islands, the historic 349 Serbia and Montenegro, and the aggregates x99,
  701, 702, 999) are in ``tradestat/partners.py``.
* US Census Schedule C codes: the Census "Schedule C" country code list; only those in
  ``CENSUS`` below. Others are resolved by ``CTY_NAME``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
PLACES = ROOT / "src" / "tradestat" / "data" / "places"
OUT = ROOT / "src" / "tradestat" / "data" / "codes" / "partners.csv"

COMTRADE_EXCEPTIONS = {"US": "842", "FR": "251", "IN": "699", "CH": "757", "NO": "579", "TW": "490"}

# GACC 3-digit codes (1xx Asia, 2xx Africa, 3xx Europe, 4xx Latin America, 5xx North America,
# 6xx Oceania), by ISO alpha-2.
GACC = {
    "AF": "101",
    "BH": "102",
    "BD": "103",
    "BT": "104",
    "BN": "105",
    "MM": "106",
    "KH": "107",
    "CY": "108",
    "KP": "109",
    "HK": "110",
    "IN": "111",
    "ID": "112",
    "IR": "113",
    "IQ": "114",
    "IL": "115",
    "JP": "116",
    "JO": "117",
    "KW": "118",
    "LA": "119",
    "LB": "120",
    "MO": "121",
    "MY": "122",
    "MV": "123",
    "MN": "124",
    "NP": "125",
    "OM": "126",
    "PK": "127",
    "PS": "128",
    "PH": "129",
    "QA": "130",
    "SA": "131",
    "SG": "132",
    "KR": "133",
    "LK": "134",
    "SY": "135",
    "TH": "136",
    "TR": "137",
    "AE": "138",
    "YE": "139",
    "VN": "141",
    "CN": "142",
    "TW": "143",
    "TL": "144",
    "KZ": "145",
    "KG": "146",
    "TJ": "147",
    "TM": "148",
    "UZ": "149",
    "DZ": "201",
    "AO": "202",
    "BJ": "203",
    "BW": "204",
    "BI": "205",
    "CM": "206",
    "CV": "208",
    "CF": "209",
    "TD": "211",
    "KM": "212",
    "CG": "213",
    "DJ": "214",
    "EG": "215",
    "GQ": "216",
    "ET": "217",
    "GA": "218",
    "GM": "219",
    "GH": "220",
    "GN": "221",
    "GW": "222",
    "CI": "223",
    "KE": "224",
    "LR": "225",
    "LY": "226",
    "MG": "227",
    "MW": "228",
    "ML": "229",
    "MR": "230",
    "MU": "231",
    "MA": "232",
    "MZ": "233",
    "NA": "234",
    "NE": "235",
    "NG": "236",
    "RE": "237",
    "RW": "238",
    "ST": "239",
    "SN": "240",
    "SC": "241",
    "SL": "242",
    "SO": "243",
    "ZA": "244",
    "EH": "245",
    "SD": "246",
    "TZ": "247",
    "TG": "248",
    "TN": "249",
    "UG": "250",
    "BF": "251",
    "CD": "252",
    "ZM": "253",
    "ZW": "254",
    "LS": "255",
    "SZ": "257",
    "ER": "258",
    "YT": "259",
    "SS": "260",
    "BE": "301",
    "DK": "302",
    "GB": "303",
    "DE": "304",
    "FR": "305",
    "IE": "306",
    "IT": "307",
    "LU": "308",
    "NL": "309",
    "GR": "310",
    "PT": "311",
    "ES": "312",
    "AL": "313",
    "AD": "314",
    "AT": "315",
    "BG": "316",
    "FI": "318",
    "GI": "320",
    "HU": "321",
    "IS": "322",
    "LI": "323",
    "MT": "324",
    "MC": "325",
    "NO": "326",
    "PL": "327",
    "RO": "328",
    "SM": "329",
    "SE": "330",
    "CH": "331",
    "EE": "334",
    "LV": "335",
    "LT": "336",
    "GE": "337",
    "AM": "338",
    "AZ": "339",
    "BY": "340",
    "MD": "343",
    "RU": "344",
    "UA": "347",
    "SI": "350",
    "HR": "351",
    "CZ": "352",
    "SK": "353",
    "MK": "354",
    "BA": "355",
    "VA": "356",
    "FO": "357",
    "RS": "358",
    "ME": "359",
    "AG": "401",
    "AR": "402",
    "AW": "403",
    "BS": "404",
    "BB": "405",
    "BZ": "406",
    "BO": "408",
    "BR": "410",
    "KY": "411",
    "CL": "412",
    "CO": "413",
    "DM": "414",
    "CR": "415",
    "CU": "416",
    "CW": "417",
    "DO": "418",
    "EC": "419",
    "GF": "420",
    "GD": "421",
    "GP": "422",
    "GT": "423",
    "GY": "424",
    "HT": "425",
    "HN": "426",
    "JM": "427",
    "MQ": "428",
    "MX": "429",
    "MS": "430",
    "NI": "431",
    "PA": "432",
    "PY": "433",
    "PE": "434",
    "PR": "435",
    "LC": "437",
    "VC": "439",
    "SV": "440",
    "SR": "441",
    "TT": "442",
    "TC": "443",
    "UY": "444",
    "VE": "445",
    "VG": "446",
    "KN": "447",
    "PM": "448",
    "CA": "501",
    "US": "502",
    "GL": "503",
    "BM": "504",
    "AU": "601",
    "CK": "602",
    "FJ": "603",
    "NR": "606",
    "NC": "607",
    "VU": "608",
    "NZ": "609",
    "NF": "610",
    "PG": "611",
    "SB": "613",
    "TO": "614",
    "WS": "617",
    "KI": "618",
    "TV": "619",
    "FM": "620",
    "MH": "621",
    "PW": "622",
    "PF": "623",
    "WF": "625",
}

# US Census Schedule C codes, by ISO alpha-2.
CENSUS = {
    "CN": "5700",
    "TW": "5830",
    "JP": "5880",
    "KR": "5800",
    "VN": "5520",
    "TH": "5490",
    "MY": "5570",
    "SG": "5590",
    "PH": "5650",
    "IN": "5330",
    "MM": "5460",
    "BD": "5380",
    "NP": "5360",
    "HK": "5820",
    "CA": "1220",
    "MX": "2010",
    "BR": "3510",
    "FR": "4279",
    "DE": "4280",
    "KZ": "4634",
}


def main() -> None:
    """Write the table."""
    with (PLACES / "countries.csv").open(encoding="utf-8") as handle:
        names = {row["alpha2"]: row["name"] for row in csv.DictReader(handle)}
    with (PLACES / "china_divisions.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["iso_3166_1"]:
                names[row["iso_3166_1"]] = row["name"]
    rows = []
    for country in pycountry.countries:
        alpha2 = country.alpha_2
        if alpha2 not in names:
            continue
        rows.append(
            {
                "name": names[alpha2],
                "iso2": alpha2,
                "iso3": country.alpha_3,
                "m49": country.numeric,
                "comtrade": COMTRADE_EXCEPTIONS.get(alpha2, str(int(country.numeric))),
                "gacc": GACC.get(alpha2, ""),
                "census": CENSUS.get(alpha2, ""),
            }
        )
    rows.sort(key=lambda r: r["name"])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    main()
