"""Run every >>> example in docs/ so the documentation never rots."""

import doctest
import re
from pathlib import Path

import pytest

DOCS = sorted((Path(__file__).parent.parent / "docs").rglob("*.md"))


@pytest.mark.parametrize("page", DOCS, ids=lambda p: p.name)
def test_doc_examples_run(page: Path) -> None:
    result = doctest.testfile(
        str(page),
        module_relative=False,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
        raise_on_error=False,
        verbose=False,
    )
    assert result.failed == 0, f"{result.failed} example(s) failed in {page.name}"


def test_readme_examples_run() -> None:
    readme = Path(__file__).parent.parent / "README.md"
    result = doctest.testfile(
        str(readme), module_relative=False, optionflags=doctest.ELLIPSIS, verbose=False
    )
    assert result.failed == 0


def test_plugin_tutorial_shows_the_example_plugin_as_it_is() -> None:
    """Each code block in docs/plugins.md that names a file is that file, verbatim."""
    root = Path(__file__).parent.parent
    text = (root / "docs" / "plugins.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```(?:python|toml)\n# (examples/\S+)\n(.*?)```", text, flags=re.S)
    assert len(blocks) == 4
    for name, body in blocks:
        assert (root / name).read_text(encoding="utf-8") == body, (
            f"{name} differs from docs/plugins.md"
        )


@pytest.mark.parametrize("page", DOCS, ids=lambda p: p.name)
def test_examples_sit_in_code_blocks(page: Path) -> None:
    """A >>> line outside a fenced block renders as nested quotes on any Markdown site."""
    fenced = False
    for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith("```"):
            fenced = not fenced
        assert fenced or not line.startswith(">>>"), f"{page.name}:{number}: >>> outside a block"
