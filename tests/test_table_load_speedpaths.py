"""load_table's quicker CSV paths read a file as ``load`` does, whatever its rows are like.

The file is cut in pieces of a few rows (so names are remembered from piece to piece, the
pieces after the first are parsed ahead in worker threads, and a piece without quotes is
parsed without quote handling while its neighbours have quotes), with month periods and
digit strings near the edges of the forms read without the general parsers.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

pytest.importorskip("pyarrow")
pytest.importorskip("pandas")

import tradestat.table
from test_table import CELLS, SLOW, same_as_load
from tradestat.loaders import bulk

#: Cells beside test_table's: months and digits at the edges of the quick readings.
ODD_CELLS = {
    "period": st.sampled_from(["0000-01", "9999-12", "2025-6", "2025-00", "2025-13", " 2025-06",
                               "2025-06 ", "2025-１2", "２025-01", "2025–06", "202506"]),
    "value": st.sampled_from(["-0.1", "1.", ".5", "-.5", "1.2.3", "--1", "1-2", "-", ".",
                              "0.0001", "0.00001", "00.5", "-0.0", "12345678901234",
                              "123456789012345", "1234567890123.4", "٣", "1\u00a0", "+5",
                              "9" * 400, "1." + "0" * 30]),
}  # fmt: skip


@st.composite
def tidy_texts(draw: st.DrawFn) -> str:
    """A tidy CSV text of up to 20 rows, each cell valid or not, some rows quoted."""
    cells = {k: ODD_CELLS[k] | v if k in ODD_CELLS else v for k, v in CELLS.items()}
    header = list(cells)
    rows = draw(st.lists(st.fixed_dictionaries(cells), max_size=20))
    lines = [",".join(header)]
    for row in rows:
        line = [row[h] for h in header]
        if draw(st.integers(0, 5)) == 0:
            line[10] = '"' + (line[10] or "x, y") + '"'
        lines.append(",".join(line))
    end = draw(st.sampled_from(["\n", "\r\n"]))
    return end.join(lines) + end


@given(tidy_texts(), st.integers(1, 5))
@SLOW
def test_tidy_files_in_pieces_read_as_load_reads_them(
    tmp_path_factory: pytest.TempPathFactory, text: str, rows: int
) -> None:
    path = tmp_path_factory.mktemp("pieces") / "generated.csv"
    path.write_bytes(text.encode("utf-8"))
    with mock.patch.object(tradestat.table, "_PIECE_ROWS", rows):
        same_as_load(path, loader="tidy-csv")


def test_months_read_directly_equal_period_parse(tmp_path: Path) -> None:
    """Every "YYYY-MM" form, in range or not, gives load's period or rejection."""
    lines = ["subject,period,measure,value,unit"]
    for year in ("0000", "0001", "1999", "2025", "9999"):
        for month in range(15):
            lines.append(f"Xinjiang,{year}-{month:02d},gdp,1.5,billion CNY")
    path = tmp_path / "months.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = same_as_load(path, loader="tidy-csv")
    assert len(table) == 5 * 12
    assert len(table.rejected) == 5 * 3


def test_prefetch_reads_every_piece_once_in_order() -> None:
    """Pieces asked for in order come back parsed, each as parse_csv reads it alone."""
    lines = [f"{i},{i}.5" for i in range(40)]
    data = ("a,b\n" + "\n".join(lines) + "\n").encode()
    body = bulk.CsvBody.of(data)
    cuts = [body.start + sum(len(x) + 1 for x in lines[:k]) for k in range(0, 41, 7)]
    cuts[-1] = body.end
    pieces = [body.piece(a, b, 0, data.count(b"\n", a, b)) for a, b in pairwise(cuts)]
    args = (",", ["c0", "c1"], ["c0", "c1"], {"c0"})
    with bulk.Prefetch(pieces, ahead=2) as parse:
        got = [parse(piece, *args) for piece in pieces]
    assert [t.to_pydict() for t in got] == [bulk.parse_csv(p, *args).to_pydict() for p in pieces]
    assert sum(t.num_rows for t in got) == 40


@pytest.mark.parametrize("lines", [1, 30, 99, 100, 124, 126, 200, 1000, 1013])
def test_body_pieces_cover_the_body_first_and_last_short(lines: int) -> None:
    """The pieces are the body's lines in order, each once; the first and last are short.

    (The first piece's parse and the last piece's columns are the work nothing overlaps.)
    """
    rows = [f"{i},{i % 7}.5" for i in range(lines)]
    data = ("a,b\n" + "\n".join(rows) + "\n").encode()
    body = bulk.CsvBody.of(data)
    pieces = list(tradestat.table._body_pieces(body, 100))
    assert b"".join(data[p.start : p.end] for p in pieces) == data[body.start : body.end]
    assert [p.first_line for p in pieces] == [
        body.first_line + sum(q.newlines for q in pieces[:i]) for i in range(len(pieces))
    ]
    sizes = [p.newlines for p in pieces]
    assert sum(sizes) == lines
    assert max(sizes) <= 110  # (about 100: cut by the bytes of an average line)
    if lines >= 200:
        assert sizes[0] <= 30 and sizes[-1] <= 30, sizes
