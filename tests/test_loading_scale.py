"""Loading at size: iter_load in chunks, incremental line numbers, a lazy import, the benchmark."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tradestat as ts
from tradestat.errors import InputTooLargeError, LoadError
from tradestat.loaders import LoadResult, iter_load
from tradestat.loaders.base import LineIndex

DATA = Path(__file__).parent / "data" / "loaders"
BAD = DATA / "bad"
sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))

HEADER = "subject,period,flow,partner,segment,measure,value,unit,qualifier,benchmark,quote\r\n"
GOOD = "Xinjiang,2025-0{m},exports,World,,value,{v}.5,billion CNY,exact,,\r\n"
#: Rows that are rejected, each in its own way (the quote one runs over the next lines).
BAD_ROWS = (
    "Xinjiang,2025-01,exports,World,,value,n/a,billion CNY,exact,,\r\n",
    "Xinjiang,2025-01,exports\r\n",
    "Xinjiang,first half,exports,World,,value,1,billion CNY,exact,,\r\n",
    'Xinjiang,"2025-01,exports,World,,value,1,billion CNY,exact,,\r\n',
    "Xinjiang,2025-01,exports,World,,share,120,percent,exact,,\r\n",
)


def rejected(results: list[LoadResult]) -> list[tuple[str, str, str]]:
    return [(str(r.location), r.reason, r.raw) for result in results for r in result.rejected]


def same_as_load(path: Path, chunk_size: int, **kwargs: str) -> list[LoadResult]:
    """The chunks of iter_load, checked to add up to what load() gives."""
    whole = ts.load(path, **kwargs)
    chunks = list(iter_load(path, chunk_size=chunk_size, **kwargs))
    assert [f for c in chunks for f in c.facts] == list(whole.facts)
    assert rejected(chunks) == rejected([whole])
    assert sum(c.records for c in chunks) == whole.records
    assert sum(c.accepted for c in chunks) == whole.accepted
    assert [w for c in chunks for w in c.warnings] == list(whole.warnings)
    assert {c.loader for c in chunks} == {whole.loader}
    return chunks


@pytest.mark.parametrize("chunk_size", [1, 2, 3, 7, 10_000])
def test_chunks_of_a_tidy_csv_add_up_to_load(tmp_path: Path, chunk_size: int) -> None:
    path = tmp_path / "rows.csv"
    rows = [GOOD.format(m=1 + i % 9, v=i) for i in range(12)]
    rows[2:2] = BAD_ROWS
    path.write_text(HEADER + "".join(rows), encoding="utf-8", newline="")
    chunks = same_as_load(path, chunk_size)
    assert all(c.records <= chunk_size for c in chunks[:-1])
    lines = [r.location.line for c in chunks for r in c.rejected]
    assert lines == [4, 5, 6, 7, 8]  # lines in the whole file, whatever the chunk


@pytest.mark.parametrize(
    "path",
    [
        DATA / "tidy-bad.csv",
        DATA / "tidy-crlf.csv",
        DATA / "xinjiang-2025-h1.csv",
        DATA / "comtrade-bad.csv",
        DATA / "comtrade-bom.csv",
        DATA / "comtrade-latin1-crlf.csv",  # not UTF-8: read whole, handed out in chunks
        DATA / "comtrade-monthly.json",  # JSON: read whole
        DATA / "xinjiang-2025-h1.json",
        BAD / "open-quote.csv",
        BAD / "stray-quote.csv",
        BAD / "mixed-encoding.csv",
        BAD / "semicolon.csv",
        BAD / "tab.tsv",
    ],
    ids=lambda p: p.name,
)
@pytest.mark.parametrize("chunk_size", [1, 4, 1000])
def test_chunks_of_sample_files_add_up_to_load(path: Path, chunk_size: int) -> None:
    same_as_load(path, chunk_size)


@settings(max_examples=40, deadline=None)
@given(
    picks=st.lists(st.integers(0, len(BAD_ROWS)), max_size=25),
    chunk_size=st.integers(1, 8),
    crlf=st.booleans(),
)
def test_any_mix_of_rows_streams_as_it_loads(
    tmp_path_factory: pytest.TempPathFactory, picks: list[int], chunk_size: int, crlf: bool
) -> None:
    rows = [BAD_ROWS[p - 1] if p else GOOD.format(m=1 + i % 9, v=i) for i, p in enumerate(picks)]
    text = HEADER + "".join(rows)
    if not crlf:
        text = text.replace("\r\n", "\n")
    path = tmp_path_factory.mktemp("mix") / "mix.csv"
    path.write_text(text, encoding="utf-8", newline="")
    same_as_load(path, chunk_size)


def test_a_comtrade_file_named_by_loader_streams(tmp_path: Path) -> None:
    from bench_loading import write_comtrade

    api, flat = tmp_path / "api.json", tmp_path / "flat.csv"
    write_comtrade(api, flat, 25)
    chunks = same_as_load(flat, 10, loader="comtrade")
    assert [c.records for c in chunks] == [10, 10, 5]
    as_json, as_csv = ts.load(api).facts, ts.load(flat).facts
    assert [(f.key, f.figure) for f in as_json] == [(f.key, f.figure) for f in as_csv]


def test_iter_load_refuses_a_bad_chunk_size_and_an_over_large_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(LoadError, match="chunk_size=0"):
        next(iter_load(DATA / "tidy-bad.csv", chunk_size=0))
    path = tmp_path / "big.csv"
    path.write_text(HEADER + GOOD.format(m=1, v=1) * 100, encoding="utf-8")
    monkeypatch.setenv("TRADESTAT_MAX_INPUT_BYTES", "1K")
    with pytest.raises(InputTooLargeError, match="larger than the input limit of 1024 bytes"):
        next(iter_load(path))
    with pytest.raises(InputTooLargeError):
        ts.load(path)


def test_errors_in_multi_line_json_name_their_line_and_column(tmp_path: Path) -> None:
    good = {"subject": "Xinjiang", "period": "2025-H1", "flow": "total", "measure": "value"}
    good |= {"value": 1, "unit": "billion CNY"}
    body = ",\n".join(json.dumps(good, indent=2) for _ in range(300))
    broken = '{\n  "subject": "Xinjiang",\n  "period" "2025"\n}'
    text = "[\n" + body + ",\n" + broken + ",\n" + body + "\n]\n"
    path = tmp_path / "many.json"
    path.write_text(text, encoding="utf-8")
    result = ts.load(path)
    assert (result.records, result.accepted) == (601, 600)
    line = 1 + 300 * 8 + 1  # "[", then 300 objects of 8 lines each
    (only,) = result.rejected
    assert (only.location.line, only.location.column) == (line, 1)
    assert f"Expecting ':' delimiter at line {line + 2}, column 12" in only.reason
    assert f"reading resumes after it (line {line + 3}, column 2)" in only.reason


def _naive(text: str, offset: int) -> tuple[int, int]:
    """Line and column by counting from the start (CRLF, CR or LF end a line)."""
    line, start, i = 1, 0, 0
    while i < offset:
        if text.startswith("\r\n", i) and i + 1 < offset:
            line, start, i = line + 1, i + 2, i + 2
            continue
        if text[i] in "\r\n" and not text.startswith("\r\n", i):
            line, start = line + 1, i + 1
        i += 1
    return line, offset - start + 1


@given(
    text=st.text(alphabet="ab\r\n", max_size=40),
    offsets=st.lists(st.integers(0, 40), max_size=12),
)
def test_line_index_counts_as_from_the_start_in_any_order(text: str, offsets: list[int]) -> None:
    index = LineIndex(text)
    for offset in [min(o, len(text)) for o in offsets]:
        assert index.locate(offset) == _naive(text, offset)
        assert index.line(offset) == _naive(text, offset)[0]


def _fresh(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_import_tradestat_is_lazy() -> None:
    heavy = ("pint", "attrs", "pluggy", "tradestat.plugins", "tradestat.loaders")
    code = (
        "import sys, tradestat; tradestat.__version__; "
        f"print([m for m in {heavy!r} if m in sys.modules])"
    )
    assert _fresh(code) == "[]"
    code = "import sys, tradestat; tradestat.Fact; print('pint' in sys.modules)"
    assert _fresh(code) == "True"


def test_every_public_name_is_there_when_asked() -> None:
    code = (
        "import tradestat as ts; names = dir(ts); "
        "print(all(n in names and getattr(ts, n) is not None for n in ts.__all__))"
    )
    assert _fresh(code) == "True"
    assert ts.units.parse_unit("billion CNY") is not None  # submodules by attribute too
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        ts.nothing_here  # noqa: B018


def test_the_benchmark_runs_at_a_tiny_size(capsys: pytest.CaptureFixture[str]) -> None:
    from bench_loading import main

    assert main(["--rows", "60", "--stream-rows", "200", "--starts", "1"]) == 0
    out = capsys.readouterr().out
    for work in ("tidy CSV", "Comtrade API JSON", "iter_load peak memory", "start-up", "--version"):
        assert work in out
