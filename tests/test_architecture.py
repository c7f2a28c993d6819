"""The layout rules of docs/architecture.md, checked on the source itself."""

import ast
from pathlib import Path

import tradestat as ts

SRC = Path(__file__).parent.parent / "src" / "tradestat"
DOCS = Path(__file__).parent.parent / "docs"

#: The value layer and the models: they import nothing from the layers above.
CORE = {
    "errors",
    "units",
    "money",
    "intervals",
    "figures",
    "periods",
    "rates",
    "growth",
    "models",
    "records",
    "places",
    "partners",
    "datasets",
}
ABOVE_CORE = (
    "loaders", "extraction", "checks", "plugins", "cli", "derivation", "_render", "table",
    "distributed",
)  # fmt: skip


def modules() -> dict[str, Path]:
    found = {}
    for path in SRC.rglob("*.py"):
        parts = path.relative_to(SRC).with_suffix("").parts
        name = ".".join(p for p in parts if p != "__init__")
        found[name] = path
    return found


def imports_of(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("tradestat"):
            names.add(node.module.removeprefix("tradestat").lstrip("."))
            if node.module == "tradestat":
                names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update(
                a.name.removeprefix("tradestat.")
                for a in node.names
                if a.name.startswith("tradestat.")
            )
    return names


def test_no_two_modules_share_a_name() -> None:
    stems = [p.stem.lstrip("_") for p in SRC.rglob("*.py") if p.stem != "__init__"]
    packages = [p.parent.name for p in SRC.rglob("__init__.py") if p.parent != SRC]
    names = stems + packages
    assert sorted(n for n in set(names) if names.count(n) > 1) == []


def test_checks_never_import_extraction() -> None:
    for name, path in modules().items():
        if name.startswith("checks"):
            assert not any(i.startswith("extraction") for i in imports_of(path)), name


def test_core_imports_nothing_above_it() -> None:
    for name, path in modules().items():
        if name in CORE:
            upward = [i for i in imports_of(path) if i.split(".")[0] in ABOVE_CORE]
            assert upward == [], f"{name} imports {upward}"


def test_nothing_imports_the_command_line() -> None:
    for name, path in modules().items():
        if name not in ("cli", "_builtin", "__main__"):  # the entry points to the CLI
            assert "cli" not in imports_of(path), name


def test_the_public_api_fits_on_a_screen_and_is_documented() -> None:
    assert len(ts.__all__) <= 42
    api = (DOCS / "api.md").read_text(encoding="utf-8")
    undocumented = [n for n in ts.__all__ if f"`{n}`" not in api]
    assert undocumented == []
    for name in ts.__all__:
        assert getattr(ts, name) is not None
    assert callable(ts.check) and callable(ts.derive) and callable(ts.extract)
    assert ts.datasets.xinjiang_2025_h1()
