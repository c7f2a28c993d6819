"""The plugin tutorial of docs/plugins.md, built from the page's own code and used.

The blocks named ``# tradestat_shenzhen.py``, ``# pyproject.toml`` and ``# shenzhen.csv``
are written to a folder; the entry point is read from that pyproject.toml and installed as a
``.dist-info`` on ``sys.path`` (what ``pip install`` writes), so tradestat discovers the
plugin through ``importlib.metadata`` exactly as for an installed package.
"""

from __future__ import annotations

import importlib
import os
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

import tradestat as ts
from tradestat import plugins

PAGE = Path(__file__).parent.parent / "docs" / "plugins.md"


def blocks() -> dict[str, str]:
    """Each fenced block whose first line is ``# NAME``, by NAME, from the tutorial section."""
    text = PAGE.read_text(encoding="utf-8")
    section = text[text.index("## A table loader") : text.index("## A full plugin")]
    found = re.findall(r"```\w+\n# ([\w.-]+)\n(.*?)```", section, flags=re.S)
    return dict(found)


@pytest.fixture
def tutorial_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    code = blocks()
    project = tomllib.loads(code["pyproject.toml"])["project"]
    entry_points = project["entry-points"]["tradestat"]
    module = entry_points["shenzhen"]
    (tmp_path / f"{module}.py").write_text(code["tradestat_shenzhen.py"], encoding="utf-8")
    (tmp_path / "shenzhen.csv").write_text(code["shenzhen.csv"], encoding="utf-8")
    info = tmp_path / f"{project['name'].replace('-', '_')}-{project['version']}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {project['name']}\nVersion: {project['version']}\n"
    )
    lines = "".join(f"{name} = {target}\n" for name, target in entry_points.items())
    (info / "entry_points.txt").write_text("[tradestat]\n" + lines)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delenv("TRADESTAT_LOAD_PLUGINS", raising=False)
    importlib.invalidate_caches()
    plugins.reset()
    yield tmp_path
    plugins.reset()
    sys.modules.pop(module, None)


def test_the_tutorial_module_is_under_20_lines() -> None:
    code = blocks()
    assert set(code) == {"shenzhen.csv", "tradestat_shenzhen.py", "pyproject.toml"}
    assert len(code["tradestat_shenzhen.py"].splitlines()) < 20


def test_the_tutorial_plugin_is_found_and_loads_the_sample(tutorial_plugin: Path) -> None:
    listed = {i.name: i for i in plugins.plugin_infos()}
    assert listed["shenzhen"].status == "ok", listed["shenzhen"].error
    assert listed["shenzhen"].loaders == ["shenzhen-monthly"]
    assert listed["shenzhen"].version == "0.1.0"
    result = ts.load(tutorial_plugin / "shenzhen.csv")
    assert result.loader == "shenzhen-monthly"
    assert (result.records, result.accepted, len(result.facts)) == (2, 2, 8)
    exports = result.facts.one(period="2025-01", flow="exports", measure="value")
    assert exports.subject == "Shenzhen"
    assert exports.estimate().to("billion CNY").value == pytest.approx(6.025)
    other = ts.load(tutorial_plugin / "shenzhen.csv", loader="shenzhen-monthly", subject="Dongguan")
    assert {f.subject for f in other.facts} == {"Dongguan"}


def test_the_tutorial_commands_run(tutorial_plugin: Path) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tutorial_plugin), *sys.path])}
    env.pop("TRADESTAT_LOAD_PLUGINS", None)
    listed = subprocess.run(
        [sys.executable, "-m", "tradestat", "plugins"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert "shenzhen-monthly" in listed.stdout
    loaded = subprocess.run(
        [sys.executable, "-m", "tradestat", "load", "shenzhen.csv", "-o", "subject=Dongguan"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tutorial_plugin,
        check=True,
    )
    assert "Dongguan" in loaded.stdout
    assert "shenzhen.csv: 2 of 2 records loaded by shenzhen-monthly (8 facts)" in loaded.stderr
