"""Outputs are written whole or not at all, and never two inputs into one file."""

import os
from pathlib import Path

import pytest

import tradestat as ts
from tradestat._outputs import atomic_path, write_atomic
from tradestat.cli import main

ARTICLE = Path(__file__).parent / "data" / "corpus" / "xinjiang-2025-h1.txt"


def test_an_interrupted_write_leaves_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "facts.json"
    target.write_text("previous good output")

    def write_half_then_interrupt() -> None:
        with atomic_path(target) as temporary:
            temporary.write_text("half of the new outp")
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_half_then_interrupt()
    assert target.read_text() == "previous good output"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.json"]


def test_a_write_replaces_whole_and_keeps_permissions(tmp_path: Path) -> None:
    target = tmp_path / "facts.csv"
    target.write_text("old")
    os.chmod(target, 0o640)
    ts.dump(ts.datasets.xinjiang_2025_h1(), target)
    assert target.read_text().startswith("subject,")
    assert target.stat().st_mode & 0o777 == 0o640
    write_atomic(tmp_path / "new.txt", b"bytes")
    assert (tmp_path / "new.txt").read_bytes() == b"bytes"


def test_two_inputs_of_one_name_are_refused_before_anything_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for folder in ("s1", "s2"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(ARTICLE.read_text(encoding="utf-8"))
    out = tmp_path / "out"
    code = main(
        [
            "extract",
            str(tmp_path / "s1/report.txt"),
            str(tmp_path / "s2/report.txt"),
            "--out",
            str(out),
        ]
    )
    assert code == 2
    assert "would both be written to" in capsys.readouterr().err
    assert not out.exists()


def test_extract_out_writes_one_whole_file_per_input(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["extract", str(ARTICLE), "--out", str(out)]) == 0
    written = out / "xinjiang-2025-h1.json"
    assert len(ts.load(written).facts) == 16
    assert [p.name for p in out.iterdir()] == ["xinjiang-2025-h1.json"]


def test_ctrl_c_ends_with_one_line_and_status_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import tradestat.loaders as loaders  # the CLI imports load when a command runs

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(loaders, "load", interrupted)
    assert main(["load", str(ARTICLE)]) == 130
    assert capsys.readouterr().err == "tradestat: interrupted\n"
