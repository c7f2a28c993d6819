"""Write the sample files of tests/data/sources in their real encodings and layouts.

Run from the repository root: ``python tests/data/sources/make_samples.py`` (needs openpyxl,
py7zr and, for the Excel 97 sample, xlwt).
Layouts follow the notes in shared/sources/*.md; values marked there as illustrative are
illustrative here too.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

HERE = Path(__file__).parent


def gacc_query() -> None:
    # Chinese UI, aggregated (no 数据年月), CNY, all four dimensions: verbatim rows
    # (turbanisch/chinautils inst/extdata/chinese-full.csv), GB18030, CRLF, trailing commas.
    lines = [
        '"商品编码","商品名称","贸易伙伴编码","贸易伙伴名称","贸易方式编码","贸易方式名称","注册地编码","注册地名称","第一数量","第一计量单位","第二数量","第二计量单位","人民币",',
        '"29012920","乙炔","110","中国香港","10","一般贸易","44","广东省","214847","千克","0","?","5,848,714",',
        '"29012920","乙炔","121","中国澳门","10","一般贸易","44","广东省","12577","千克","0","?","436,449",',
        '"29012920","乙炔","133","韩国","10","一般贸易","21","辽宁省","100","千克","0","?","92,251",',
        '"29012920","乙炔","133","韩国","10","一般贸易","31","上海市","6750","千克","0","?","2,776,533",',
        '"29012920","乙炔","133","韩国","10","一般贸易","37","山东省","48","千克","0","?","3,361",',
    ]
    (HERE / "gacc-query-zh.csv").write_bytes(("\r\n".join(lines) + "\r\n").encode("gb18030"))
    # English UI, monthly, USD: verbatim rows (english-full.csv), full-width commas in names.
    lines = [
        '"Date of data","Commodity code","Commodity","Trading partner code","Trading partner","Customs Regime code","Customs Regime","Locations of importers and exporters code","Locations of importers and exporters","Quantity","Unit","Supplementary Quantity","Supplementary Unit","US dollar",',
        '"202601","29012920","Acetylene","110","Hong Kong，China","10","Ordinary Trade","44","Guangdong Province","81782","Kilogram","0","?","315,286",',
        '"202601","29012920","Acetylene","121","Macao,China","10","Ordinary Trade","44","Guangdong Province","5800","Kilogram","0","?","28,579",',
        '"202601","29012920","Acetylene","133","Republic of Korea","10","Ordinary Trade","31","Shanghai Province","3574","Kilogram","0","?","199,307",',
        '"202601","29012920","Acetylene","143","Taiwan，China","15","Processing with Imported Materials","61","Shaanxi Province","1248","Kilogram","0","?","234,351",',
        '"202601","29012920","Acetylene","412","Chile","10","Ordinary Trade","37","Shandong Province","1725","Kilogram","0","?","4,137",',
    ]
    (HERE / "gacc-query-en.csv").write_bytes(("\r\n".join(lines) + "\r\n").encode("gb18030"))
    # China's exports by partner, USD, aggregated over 2023 (reconstructed; values illustrative).
    lines = [
        '"贸易伙伴编码","贸易伙伴名称","美元",',
        '"145","哈萨克斯坦","24,702,000,000",',
        '"502","美国","500,291,000,000",',
        '"304","德国","100,210,000,000",',
        '"133","韩国","149,000,000,000",',
        '"999","中性包装原产国别","12,345",',
    ]
    (HERE / "gacc-query-partners.csv").write_bytes(("\r\n".join(lines) + "\r\n").encode("gb18030"))


def gacc_table() -> None:
    from openpyxl import Workbook

    # Chinese Express by-country (June 2026, 亿元): values transcribed in the hoyla/meridian
    # note; the unit cell sits in column 8, as in May 2025 files.
    wb = Workbook()
    ws = wb.active
    ws.title = "M139RMBADD"
    ws["A1"] = "（4）2026年6月进出口商品主要国别（地区）总值表（人民币值）"
    ws["H2"] = "单位：亿元人民币"
    ws["A3"] = "国别（地区）"
    ws.merge_cells("A3:A4")
    for col, word in (("B", "进出口"), ("D", "出口"), ("F", "进口")):
        ws[f"{col}3"] = word
        nxt = chr(ord(col) + 1)
        ws.merge_cells(f"{col}3:{nxt}3")
        ws[f"{col}4"] = "6月"
        ws[f"{nxt}4"] = "1至6月"
    ws["H3"] = "1至6月累计比去年同期±%"
    ws.merge_cells("H3:J3")
    ws["H4"], ws["I4"], ws["J4"] = "进出口", "出口", "进口"
    data = [
        ("总值", 47822.9181152, 254686.45189996, 28206.68965572, 147314.43286081, 19616.22845948, 107372.01903915, "16.9", "13.4", "22.1"),
        ("欧洲联盟", 5726.49047623, 31053.93912485, 3987.6076804, 21651.61013382, 1738.88279583, 9402.32899103, "10.2", "12.7", "4.9"),
        ("其中：德国", 1434.30779831, 7810.49509113, 876.47916676, 4678.16363336, 557.82863155, 3132.33145777, "7.6", "14.8", "-1.7"),
        ("美国", 3972.53953181, 20036.86494201, 2973.70869887, 14966.19785527, 998.83083294, 5070.66708674, "-3.6", "-3.3", "-4.4"),
        ("中国香港", 3438.43926298, 17315.09158091, 3039.43275598, 15344.26209744, 399.006507, 1970.82948347, "50.6", "42.6", "167.1"),
        ("共建“一带一路”国家和地区", 23936.02632767, 129709.64933804, 14244.06552463, 74606.38475037, 9691.96080304, 55103.26458767, "14.8", "13.8", "16.3"),
    ]
    for row in data:
        ws.append(list(row))
    ws.append(["注：1.欧洲联盟不含英国。"])
    wb.save(HERE / "gacc-table-express.xlsx")

    # Bulletin export commodities (reconstructed, values illustrative): 万元, 其中 and indentation.
    wb = Workbook()
    ws = wb.active
    ws.title = "M113RMB"
    ws.append(["（13）2026年5月出口主要商品量值表（人民币值）"])
    ws.append(["单位：万元人民币"])
    ws.append(["商品名称", "计量单位", "5月", None, "1至5月", None, "比去年同期±%", None, "累计比去年同期±%", None])
    ws.merge_cells("C3:D3")
    ws.merge_cells("E3:F3")
    ws.merge_cells("G3:H3")
    ws.merge_cells("I3:J3")
    ws.append([None, None, "数量", "金额", "数量", "金额", "数量", "金额", "数量", "金额"])
    ws.append(["农产品", "-", "-", "6,070,062", "-", "30,079,000", "-", "3.1", "-", "4.2"])
    ws.append(["水产品", "万吨", "39", "1,194,000", "180", "5,544,000", "2.6", "1.8", "3.0", "2.2"])
    ws.append(["  其中：", None, None, None, None, None, None, None, None, None])
    ws.append(["    冻鱼", "万吨", "12", "310,500", "55", "1,420,300", "-1.5", "0.4", "1.1", "2.0"])
    ws.append(["注：数据为初步统计。"])
    wb.save(HERE / "gacc-table-bulletin.xlsx")

    # English Express by-country as HTML (verbatim rows of hoyla/meridian's fixture).
    rows = [
        "Total|41,046.4|118,380.0|22,297.0|68,466.7|18,749.4|49,913.3|15.0|11.9|19.6",
        "European Union|4,873.2|14,862.2|3,248.9|10,344.0|1,624.3|4,518.2|14.6|18.0|7.6",
        "of which: Germany|1,243.6|3,752.6|711.8|2,240.9|531.7|1,511.7|12.7|21.2|2.1",
        "Netherlands|655.4|1,926.2|531.2|1,634.3|124.3|291.9|9.8|12.1|-1.7",
        "United States (US)|2,921.1|9,016.7|2,045.0|6,777.6|876.1|2,239.0|-18.7|-18.3|-19.7",
    ]
    body = "\n".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in r.split("|")) + "</tr>" for r in rows
    )
    html = f"""<html><head><meta charset="utf-8"></head><body>
<table>
<tr><td colspan="10">(4) China's Total Export &amp; Import Values by Country/Region, Mar 2026 (in CNY)</td></tr>
<tr><td colspan="10">Unit: CNY 100 Million</td></tr>
<tr><td>Import Source</td><td colspan="2">Export &amp; Import</td><td colspan="2">Export</td><td colspan="2">Import</td><td colspan="3">1-to-3 Total Year-on-Year (±%)</td></tr>
<tr><td>Export Destination</td><td>3</td><td>1- to-3</td><td>3</td><td>1- to-3</td><td>3</td><td>1- to-3</td><td>Export &amp; Import</td><td>Export</td><td>Import</td></tr>
{body}
<tr><td colspan="10">Note: 1.The Association of Southeast Asian Nations (ASEAN) includes: ...</td></tr>
</table></body></html>
"""
    (HERE / "gacc-table-express-en.html").write_text(html, encoding="utf-8")


def gacc_table_xls() -> None:
    # Bulletin by-country, Excel 97 as the Chinese site attaches it (layout per the Node
    # parsers of real files; values illustrative): 万元, two-row merged header, indentation.
    import xlwt

    wb = xlwt.Workbook(encoding="gbk")
    ws = wb.add_sheet("M102RMB")
    ws.write(0, 0, "（2）2026年5月进出口商品国别（地区）总值表（人民币值）")
    ws.write(1, 0, "单位：万元人民币")
    ws.write_merge(2, 3, 0, 0, "原产国/目的国")
    for i, word in enumerate(["进出口", "出口", "进口"]):
        ws.write_merge(2, 2, 1 + 2 * i, 2 + 2 * i, word)
        ws.write(3, 1 + 2 * i, "5月")
        ws.write(3, 2 + 2 * i, "1至5月")
    ws.write_merge(2, 2, 7, 9, "累计比去年同期±％")
    for i, word in enumerate(["进出口", "出口", "进口"]):
        ws.write(3, 7 + i, word)
    rows = [
        ["总值", "3,825,001", "18,302,555", "2,250,002", "10,710,010", "1,574,999", "7,592,545", "3.2", "5.1", "0.6"],
        ["亚洲", "1,902,345", "9,012,345", "1,050,123", "4,960,111", "852,222", "4,052,234", "4.0", "6.3", "1.2"],
        ["  哈萨克斯坦", "30,123", "140,567", "18,234", "88,901", "11,889", "51,666", "12.5", "15.0", "8.4"],
        ["  日本", "152,345", "760,123", "80,234", "380,456", "72,111", "379,667", "-2.1", "1.5", "-5.6"],
        ["欧洲", "650,123", "3,102,345", "420,001", "2,001,234", "230,122", "1,101,111", "2.2", "3.4", "-0.1"],
        ["  德国", "150,001", "700,456", "80,123", "380,222", "69,878", "320,234", "-1.2", "0.5", "-3.1"],
        ["  英国", "70,234", "330,111", "55,012", "260,001", "15,222", "70,110", "-", "4.4", "-"],
    ]
    for r, row in enumerate(rows, start=4):
        for c, value in enumerate(row):
            ws.write(r, c, value)
    ws.write(4 + len(rows), 0, "注：本表数据为初步统计。")
    wb.save(str(HERE / "gacc-table-bulletin-country.xls"))


COMTRADE_BULK_HEADER = "datasetCode\ttypeCode\tfreqCode\trefPeriodId\trefYear\trefMonth\tperiod\treporterCode\tflowCode\tpartnerCode\tpartner2Code\tclassificationCode\tclassificationSearchCode\tisOriginalClassification\tcmdCode\taggrLevel\tisLeaf\tcustomsCode\tmosCode\tmotCode\tqtyUnitCode\tqty\tisQtyEstimated\taltQtyUnitCode\taltQty\tisAltQtyEstimated\tnetWgt\tisNetWgtEstimated\tgrossWgt\tisGrossWgtEstimated\tcifvalue\tfobvalue\tprimaryValue\tlegacyEstimationFlag\tisReported\tisAggregate"


def _bulk_row(n: int, reporter: str, flow: str, partner: str, cmd: str, value: str, *, partner2: str = "0", customs: str = "C00", mot: str = "0", period: str = "2023") -> str:
    return "\t".join([
        f"46520230100203{n:05d}", "C", "A", "20230101", "2023", "52", period, reporter, flow,
        partner, partner2, "H6", "HS", "True", cmd, "0" if cmd == "TOTAL" else "6",
        "False" if cmd == "TOTAL" else "True", customs, "0", mot, "-1", "0", "False", "-1", "0",
        "False", "0", "False", "0", "False", "", value, value, "0", "True",
        "True" if partner == "0" else "False",
    ])


def comtrade_bulk() -> None:
    # China (156) and Kazakhstan (398), 2023, one gzipped TSV per reporter (values illustrative).
    china = [
        COMTRADE_BULK_HEADER,
        _bulk_row(1, "156", "X", "398", "TOTAL", "24702000000"),
        _bulk_row(2, "156", "M", "398", "TOTAL", "16400000000"),
        _bulk_row(3, "156", "X", "0", "TOTAL", "3380000000000"),
        _bulk_row(4, "156", "X", "398", "TOTAL", "1200000000", mot="3100"),
        _bulk_row(5, "156", "X", "398", "TOTAL", "900000000", partner2="643"),
        _bulk_row(6, "156", "X", "398", "850760", "812345678"),
        _bulk_row(7, "156", "X", "842", "TOTAL", "500291000000 "),
        _bulk_row(8, "156", "XIP", "398", "TOTAL", "1000"),
    ]
    with gzip.GzipFile(HERE / "comtrade-bulk-156-2023.txt.gz", "wb", mtime=0) as handle:
        handle.write(("\n".join(china) + "\n").encode("utf-8"))
    kazakhstan = [
        COMTRADE_BULK_HEADER,
        # imports from China far above China's exports to Kazakhstan (re-exports, valuation)
        _bulk_row(1, "398", "M", "156", "TOTAL", "15200000000"),
        _bulk_row(2, "398", "X", "156", "TOTAL", "15700000000"),
        _bulk_row(3, "398", "M", "0", "TOTAL", "61000000000"),
    ]
    with gzip.GzipFile(HERE / "comtrade-bulk-398-2023.txt.gz", "wb", mtime=0) as handle:
        handle.write(("\n".join(kazakhstan) + "\n").encode("utf-8"))


def census() -> None:
    # Shape per the Census clients and fixtures; values illustrative. "0025" as the EU group
    # code is our assumption (the notes saw 0025 without its meaning).
    rows = [
        ["CTY_CODE", "CTY_NAME", "ALL_VAL_MO", "ALL_VAL_YR", "time"],
        ["5700", "CHINA", "12456789012", "35123456789", "2024-03"],
        ["1220", "CANADA", "29876543210", "84567890123", "2024-03"],
        ["2010", "MEXICO", "27123456789", "78234567890", "2024-03"],
        ["5880", "JAPAN", "6789012345", "19234567890", "2024-03"],
        ["0025", "EUROPEAN UNION", "30123456789", "88123456789", "2024-03"],
        ["-", "TOTAL FOR ALL COUNTRIES", "175234567890", "505123456789", "2024-03"],
    ]
    (HERE / "census-exports-2024-03.json").write_text(
        "[" + ",\n ".join(json.dumps(r) for r in rows) + "]\n", encoding="utf-8"
    )


def comtrade_mirror() -> None:
    # One Comtrade site download holding China's and Kazakhstan's reports for 2023 (values
    # illustrative): China's exports to Kazakhstan far above Kazakhstan's imports from China,
    # the reverse direction within the CIF/FOB band.
    import csv
    import io
    import sys

    sys.path.insert(0, str(HERE.parent.parent.parent / "src"))
    from tradestat.loaders.comtrade import COMTRADE_COLUMNS

    iso = {"156": "CHN", "398": "KAZ", "0": "W00"}
    rows = []
    for reporter_code, reporter, flow, partner_code, partner, value in (
        ("156", "China", "X", "398", "Kazakhstan", "24702000000"),
        ("398", "Kazakhstan", "M", "156", "China", "15200000000"),
        ("398", "Kazakhstan", "X", "156", "China", "15700000000"),
        ("156", "China", "M", "398", "Kazakhstan", "16400000000"),
        ("156", "China", "X", "0", "World", "3380000000000"),
    ):
        r = dict.fromkeys(COMTRADE_COLUMNS, "")
        r.update(
            typeCode="C", freqCode="A", refPeriodId="20230101", refYear="2023", refMonth="52",
            period="2023", reporterCode=reporter_code, reporterISO=iso[reporter_code],
            reporterDesc=reporter, flowCode=flow, flowDesc={"X": "Export", "M": "Import"}[flow],
            partnerCode=partner_code, partnerISO=iso[partner_code], partnerDesc=partner,
            partner2Code="0", partner2ISO="W00", partner2Desc="World", classificationCode="H6",
            classificationSearchCode="HS", isOriginalClassification="True", cmdCode="TOTAL",
            cmdDesc="All Commodities", aggrLevel="0", isLeaf="False", customsCode="C00",
            customsDesc="TOTAL CPC", mosCode="0", motCode="0", motDesc="TOTAL MOT",
            qtyUnitCode="-1", qtyUnitAbbr="N/A", primaryValue=value, legacyEstimationFlag="0",
            isReported="True", isAggregate="True",
        )
        rows.append(r)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, COMTRADE_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    (HERE / "comtrade-china-kazakhstan-2023.csv").write_text(buf.getvalue(), encoding="utf-8", newline="")


def imf() -> None:
    # SDMX-CSV 1.0 from the API (KOR->CHN 2024 and NPL->IND 2025 as in the notes' verified
    # figures; the rest illustrative), full US dollars.
    (HERE / "imf-imts-sdmx.csv").write_text(
        "DATAFLOW,COUNTRY,INDICATOR,COUNTERPART_COUNTRY,FREQUENCY,TIME_PERIOD,OBS_VALUE\n"
        "IMF.STA:IMTS(1.0.0),KOR,XG_FOB_USD,CHN,A,2024,132902972288\n"
        "IMF.STA:IMTS(1.0.0),NPL,XG_FOB_USD,IND,A,2025,2033824874\n"
        "IMF.STA:IMTS(1.0.0),CHN,XG_FOB_USD,USA,M,2025-M01,41234567890\n"
        "IMF.STA:IMTS(1.0.0),CHN,MG_CIF_USD,USA,M,2025-M01,13345678901\n"
        "IMF.STA:IMTS(1.0.0),CHN,XG_FOB_USD,G001,M,2025-M01,335678901234\n"
        "IMF.STA:IMTS(1.0.0),CHN,XG_FOB_USD,KAZ,M,2025-M01,\n",
        encoding="utf-8",
    )
    # Portal wide CSV with a BOM, SCALE Millions (values illustrative).
    (HERE / "imf-imts-portal-wide.csv").write_text(
        "\ufeffCOUNTRY,COUNTRY.ID,INDICATOR,INDICATOR.ID,COUNTERPART_COUNTRY,COUNTERPART_COUNTRY.ID,"
        "FREQUENCY,FREQUENCY.ID,SCALE,SCALE.ID,2024-M11,2024-M12,2025-M01\n"
        'China,CHN,"Exports of goods, Free on board (FOB), US dollar",XG_FOB_USD,United States,USA,'
        "Monthly,M,Millions,6,46543.2,48871.0,41234.6\n"
        'China,CHN,"Imports of goods, Cost insurance freight (CIF), US dollar",MG_CIF_USD,'
        "United States,USA,Monthly,M,Millions,6,13212.7,13988.1,13345.7\n",
        encoding="utf-8",
    )
    # Legacy DOTS (ISO2, W00, millions by convention; values illustrative).
    (HERE / "imf-dots-legacy.csv").write_text(
        "FREQ,REF_AREA,INDICATOR,COUNTERPART_AREA,TIME_PERIOD,OBS_VALUE\n"
        "A,CN,TXG_FOB_USD,KZ,2019,12738.5\n"
        "A,CN,TXG_FOB_USD,W00,2019,2499457.0\n",
        encoding="utf-8",
    )


def imf_xml() -> None:
    # SDMX-ML 2.1 structure-specific data as the IMF API answers without an Accept header
    # (shape per SDMX 2.1; values illustrative).
    (HERE / "imf-imts-sdmx.xml").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<message:StructureSpecificData xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"'
        ' xmlns:ss="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/structurespecific">\n'
        '  <message:DataSet ss:dataScope="DataStructure" ss:structureRef="IMF_STA_IMTS_1_0_0">\n'
        '    <Series COUNTRY="KAZ" INDICATOR="MG_CIF_USD" COUNTERPART_COUNTRY="CHN" FREQUENCY="A">\n'
        '      <Obs TIME_PERIOD="2023" OBS_VALUE="15200000000"/>\n'
        '      <Obs TIME_PERIOD="2024" OBS_VALUE="16800000000"/>\n'
        "    </Series>\n"
        '    <Series COUNTRY="CHN" INDICATOR="XG_FOB_USD" COUNTERPART_COUNTRY="KAZ" FREQUENCY="A">\n'
        '      <Obs TIME_PERIOD="2023" OBS_VALUE="24702000000"/>\n'
        '      <Obs TIME_PERIOD="2024" OBS_VALUE="n/a"/>\n'
        "    </Series>\n"
        "  </message:DataSet>\n"
        "</message:StructureSpecificData>\n",
        encoding="utf-8",
    )


def comext() -> None:
    # Bulk .dat (reconstructed rows of the notes; values illustrative).
    (HERE / "comext-full-202512.dat").write_text(
        "REPORTER,PARTNER,TRADE_TYPE,PRODUCT_NC,PRODUCT_SITC,PRODUCT_CPA21,PRODUCT_CPA22,"
        "PRODUCT_BEC,PRODUCT_BEC5,PRODUCT_SECTION,FLOW,STAT_PROCEDURE,SUPPL_UNIT,PERIOD,"
        "VALUE_EUR,VALUE_NAC,QUANTITY_KG,QUANTITY_SUPPL_UNIT\n"
        "DE,CN,E,85076000,77851,272011,272011,41,42,XVI,1,1,p/st,202512,412345678,412345678,3456789,2345678\n"
        "DE,CN,E,85076000,77851,272011,272011,41,42,XVI,1,2,p/st,202512,12345678,12345678,98765,65432\n"
        "DE,CN,E,000TOTAL,,,,,,,1,1,,202512,9876543210,9876543210,1234567890,0\n"
        "PL,CN,E,85XXXXXX,,,,,,XVI,1,1,NO_SU,202512,1234567,5345678,23456,0\n"
        "FR,US,E,2042109,11217,110212,110212,522,12,IV,2,1,NO_SU,202512,23456789,23456789,3456789,456789\n"
        "EL,QS,E,000TOTAL,,,,,,,2,1,,202512,1000,1000,10,0\n",
        encoding="utf-8",
    )
    # DS-045409 SDMX-CSV: verbatim rows of the notes' fixtures.
    (HERE / "comext-ds045409.csv").write_text(
        "DATAFLOW,LAST UPDATE,freq,reporter,partner,product,flow,indicators,TIME_PERIOD,OBS_VALUE\n"
        "ESTAT:DS-045409(1.0),15/09/26 11:00:00,A,DE,VN,030462,1,QUANTITY_IN_100KG,2024,90212.63\n"
        "ESTAT:DS-045409(1.0),15/09/26 11:00:00,A,DE,VN,030462,1,VALUE_IN_EUROS,2024,32313884\n"
        "ESTAT:DS-045409(1.0),15/09/26 11:00:00,A,DE,WORLD,030462,1,VALUE_IN_EUROS,2024,39919520\n"
        "ESTAT:DS-045409(1.0),15/09/26 11:00:00,M,DE,VN,030462,1,VALUE_IN_EUROS,2024-01,1\n"
        "ESTAT:DS-045409(1.0),15/09/26 11:00:00,A,FR,VN,030462,1,VALUE_IN_EUROS,2024,\n",
        encoding="utf-8",
    )


def comext_7z() -> None:
    # The bulk extract as Eurostat ships it: full_v2_YYYYMM.7z holding full_YYYYMM.dat.
    import py7zr

    with py7zr.SevenZipFile(HERE / "comext-full_v2_202512.7z", "w") as archive:
        archive.write(HERE / "comext-full-202512.dat", "full_202512.dat")


if __name__ == "__main__":
    gacc_query()
    gacc_table()
    gacc_table_xls()
    comtrade_bulk()
    census()
    comtrade_mirror()
    imf()
    imf_xml()
    comext()
    comext_7z()
