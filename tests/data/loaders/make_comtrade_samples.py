"""Write the Comtrade sample files in tests/data/loaders (run once; the files are committed).

Rows follow the column layout, flow codes, period forms and encodings of real UN Comtrade
exports (site CSV downloads in ISO-8859-1 with CRLF, API JSON with a "data" list).
"""

import csv
import io
import json
from pathlib import Path

HERE = Path(__file__).parent
HEADER = (
    "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,"
    "flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,"
    "classificationCode,classificationSearchCode,isOriginalClassification,cmdCode,cmdDesc,aggrLevel,"
    "isLeaf,customsCode,customsDesc,mosCode,motCode,motDesc,qtyUnitCode,qtyUnitAbbr,qty,"
    "isQtyEstimated,altQtyUnitCode,altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,"
    "grossWgt,isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,"
    "isAggregate"
).split(",")
FLOWS = {"M": "Import", "X": "Export", "RX": "Re-export", "RM": "Re-import",
         "MIP": "Import of goods for inward processing"}
CHN, KAZ = ("156", "CHN", "China"), ("398", "KAZ", "Kazakhstan")
WORLD, CIV, USA = ("0", "W00", "World"), ("384", "CIV", "Côte d'Ivoire"), ("842", "USA", "USA")
TOTAL = ("TOTAL", "All Commodities")


def row(freq, year, month, reporter, flow, partner, cmd, value, mot=("0", "TOTAL MOT")):
    period = str(year) if freq == "A" else f"{year}{month:02d}"
    exports = flow in ("X", "RX")
    return dict(zip(HEADER, [
        "C", freq, f"{year}{(month or 1):02d}01", str(year), str(month or 52), period,
        *reporter, flow, FLOWS.get(flow, ""), *partner, "0", "W00", "World",
        "H6", "HS", "True", cmd[0], cmd[1], "0" if cmd[0] == "TOTAL" else "2", "False",
        "C00", "TOTAL CPC", "0", mot[0], mot[1], "-1", "N/A", "0", "False", "-1", "N/A", "0",
        "False", "0", "False", "0", "False", "" if exports else value, value if exports else "",
        value, "0", "True", "True",
    ], strict=True))


def write_csv(name, rows, encoding="utf-8", newline="\n", bom=False, tail=""):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=HEADER, lineterminator=newline)
    writer.writeheader()
    writer.writerows(rows)
    data = (buffer.getvalue() + tail).encode(encoding)
    (HERE / name).write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)


ANNUAL = [
    row("A", 2023, None, CHN, "X", WORLD, TOTAL, "3379253113483.0"),
    row("A", 2023, None, CHN, "M", WORLD, TOTAL, "2556609887458.0"),
    row("A", 2023, None, CHN, "X", USA, TOTAL, "500291222735.0"),
    row("A", 2023, None, CHN, "X", WORLD, ("85", "Electrical machinery and equipment"), "809416513000.0"),
    row("A", 2023, None, CHN, "X", CIV, TOTAL, "4311257361.0"),
    row("A", 2023, None, CHN, "RX", WORLD, TOTAL, "1235678901.0"),
    row("A", 2023, None, KAZ, "M", CHN, TOTAL, "1.8744E+10"),
]
BAD = [
    ANNUAL[0],
    row("A", 2023, None, CHN, "MIP", WORLD, TOTAL, "123.0"),
    row("A", 2023, None, CHN, "X", WORLD, TOTAL, "abc"),
    row("A", 2023, None, CHN, "M", WORLD, TOTAL, ""),
    {**ANNUAL[0], "freqCode": "M"},
    row("A", 2023, None, CHN, "X", WORLD, TOTAL, "-5.0"),
]
MONTHLY = [
    row("M", 2025, m, CHN, flow, KAZ, TOTAL, value)
    for m, flow, value in [(5, "X", "2398765432.5"), (5, "M", "1876543210.0"),
                           (6, "X", "2512345678.0"), (6, "M", "1923456789.0")]
] + [row("M", 2025, 6, CHN, "X", KAZ, TOTAL, "1412345678.0", mot=("3100", "Road"))]

NUMERIC = {"refYear", "refMonth", "reporterCode", "partnerCode", "partner2Code", "aggrLevel",
           "mosCode", "motCode", "qtyUnitCode", "qty", "altQtyUnitCode", "altQty", "netWgt",
           "grossWgt", "cifvalue", "fobvalue", "primaryValue", "legacyEstimationFlag"}


def as_api(record):
    """The API returns numbers as JSON numbers, booleans as JSON booleans, empties as null."""
    out = {}
    for key, value in record.items():
        if value == "":
            out[key] = None
        elif value in ("True", "False"):
            out[key] = value == "True"
        elif key in NUMERIC:
            number = float(value)
            out[key] = int(number) if number.is_integer() and "." not in value else number
        else:
            out[key] = value
    return out


if __name__ == "__main__":
    write_csv("comtrade-annual.csv", ANNUAL)
    write_csv("comtrade-latin1-crlf.csv", ANNUAL, encoding="iso-8859-1", newline="\r\n")
    write_csv("comtrade-bom.csv", ANNUAL[:3], bom=True)
    write_csv("comtrade-bad.csv", BAD, tail="C,A,20230101,2023,52,2023,156,CHN,China,X,Export,0,W00\n")
    api = {"elapsedTime": "0.31 secs", "count": len(MONTHLY), "data": [as_api(r) for r in MONTHLY],
           "error": ""}
    (HERE / "comtrade-monthly.json").write_text(json.dumps(api, indent=2, ensure_ascii=False) + "\n")
    text = json.dumps({"count": 2, "data": [as_api(r) for r in MONTHLY[:2]]}, indent=2)
    (HERE / "comtrade-truncated.json").write_text(text[: len(text) // 2 + 40])
