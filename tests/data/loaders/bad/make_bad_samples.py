"""Write the bad-input samples in tests/data/loaders/bad (run once; the files are committed).

Each file reproduces one case of issue 10 (bad input to the loaders); the expected results
are in tests/test_loader_robustness.py.
"""

import copy
import json
from pathlib import Path

HERE = Path(__file__).parent
LOADERS = HERE.parent
HEADER = "subject,period,flow,partner,segment,measure,value,unit,qualifier,benchmark,quote"
ROW = "Xinjiang,2025-{m:02d},total,World,,value,{v},billion CNY,exact,,row {n}"


def rows(count: int, start: int = 1) -> list[str]:
    return [ROW.format(m=1 + (n - 1) % 12, v=40 + n / 10, n=n) for n in range(start, start + count)]


def write(name: str, text: str) -> None:
    (HERE / name).write_bytes(text.encode("utf-8"))


def main() -> None:
    tidy_csv = (LOADERS / "xinjiang-2025-h1.csv").read_text(encoding="utf-8")
    records = json.loads((LOADERS / "xinjiang-2025-h1.json").read_text(encoding="utf-8"))

    # 1. An open quote on line 3 must not swallow the 100 rows after it.
    open_quote = 'Xinjiang,"2025-H1,total,World,,value,1,billion CNY,exact,,an open quote'
    write("open-quote.csv", "\n".join([HEADER, *rows(1), open_quote, *rows(100, 2)]) + "\n")
    # ... nor a quote closed by a stray quote further down.
    stray = ROW.format(m=3, v=1, n="with a \"stray").replace('row with a "stray', '"row with a stray')
    write(
        "stray-quote.csv",
        "\n".join([HEADER, *rows(2), stray, *rows(5, 3), 'an end,"', *rows(3, 8)]) + "\n",
    )
    # 2. Semicolon- and tab-separated tidy tables (sed 's/,/;/g' of the tidy CSV).
    write("semicolon.csv", tidy_csv.replace(",", ";"))
    write("tab.tsv", "\n".join("\t".join(r.split(",")) for r in [HEADER, *rows(5)]) + "\n")

    # 1. JSON: a syntax error inside one element of a pretty-printed array ...
    pretty = json.dumps(records, indent=1, ensure_ascii=False)
    write("broken-element.json", pretty.replace('"measure": "value"', '"measure" "value"', 1) + "\n")
    # ... a broken first line of JSON Lines ...
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    write("broken-first-line.jsonl", "\n".join([lines[0][:40], *lines[1:]]) + "\n")
    # ... a wrong type and a deeply nested element, each one record.
    odd = copy.deepcopy(records[:4])
    odd[1]["quote"] = 5
    text = json.dumps(odd, indent=1, ensure_ascii=False)
    deep = "[" * 5000 + "]" * 5000
    write("wrong-types.json", text[: text.rindex("]")].rstrip() + ",\n " + deep + "\n]\n")

    # 5. Values checked: a duplicated header, 'stated' against 'value', duplicate keys.
    write("duplicate-header.csv", HEADER + ",value\n" + rows(1)[0] + ",41\n")
    disagree = copy.deepcopy(records[:3])
    disagree[1]["stated"] = "281.8"  # value is 280.8
    disagree[2]["stated"] = "39.30"  # value is 39.3: the same number, digits as written
    write("stated-disagrees.json", json.dumps(disagree, indent=1, ensure_ascii=False) + "\n")
    write(
        "duplicate-key.json",
        '[\n {"subject": "Xinjiang", "period": "2025", "measure": "value", "value": 1,'
        ' "value": 2, "unit": "billion CNY"}\n]\n',
    )
    # A UTF-8 file with one Latin-1 line (line 4).
    body = (tidy_csv.replace("a record 280.8 billion yuan", "a record 280.8 billion yuan – “record”"))
    parts = [line.encode("utf-8") for line in body.splitlines(True)]
    parts[3] = parts[3].decode("utf-8").replace("about 39.3", "about 39.3 (café)").encode("latin-1")
    (HERE / "mixed-encoding.csv").write_bytes(b"".join(parts))
    # Invisible characters, thin-space thousands, decimal commas.
    cells = [
        "1\u200b280.8",  # zero-width space: removed, with a warning
        "1\u00ad280.8",  # soft hyphen: removed, with a warning
        "1 280.8",  # space thousands: refused
        "1\u2009280.8",  # thin space: refused
        "280,8",  # decimal comma: refused
        "1,280",  # thousands or decimal comma: refused as ambiguous
        "1,280.8",  # unambiguous thousands: read
        "1.280,8",  # European: refused
    ]
    write(
        "numbers.csv",
        "\n".join([HEADER] + [ROW.replace("{v}", f'"{c}"').format(m=1, n=i) for i, c in enumerate(cells, 1)])
        + "\n",
    )
    # 9. Unit cells the unit parser fails on (TokenError, ZeroDivisionError, AssertionError).
    units = ["(", "1/0", "'", "10**10**10"]
    write(
        "units.csv",
        "\n".join(
            [HEADER, *rows(1)]
            + [ROW.replace("billion CNY", '"' + u.replace('"', '""') + '"').format(m=2, v=1, n=u) for u in units]
            + rows(1, 2)
        )
        + "\n",
    )
    # Rate tables: one period twice (either way round).
    write("rates-duplicate.csv", "period,base,quote,rate\n2025-06,USD,CNY,7.1776\n2025-07,USD,CNY,7.1636\n2025-06,CNY,USD,0.1393\n")
    # Comtrade API JSON with a nested value where text belongs and a duplicated key.
    comtrade = json.loads((LOADERS / "comtrade-monthly.json").read_text(encoding="utf-8"))
    comtrade["data"][1]["reporterDesc"] = {"name": "China"}
    text = json.dumps(comtrade, indent=2, ensure_ascii=False)
    text = text.replace('"primaryValue": 1412345678.0', '"primaryValue": 1412345678.0, "primaryValue": 1', 1)
    write("comtrade-odd.json", text + "\n")


if __name__ == "__main__":
    main()
