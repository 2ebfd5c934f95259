"""The shape of the package: modules and functions small enough to read, no import cycle.

Limits (STYLE.md, issue 12): no module over MAX_MODULE_LINES lines outside the vocabulary
folder, no function over MAX_FUNCTION_LINES lines, none with more than MAX_PARAMETERS
parameters, and no cycle among the package's imports (counting imports under TYPE_CHECKING
too, since they still tie the modules together for a reader).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path
from typing import Final

import pytest

PACKAGE: Final = Path(__file__).resolve().parents[1] / "src" / "newsextract"
#: The vocabulary folder holds data (one file per language); its size follows the languages.
VOCABULARY: Final = PACKAGE / "lexicon"
MAX_MODULE_LINES: Final = 400
MAX_FUNCTION_LINES: Final = 60
MAX_PARAMETERS: Final = 6
#: Known breaches being worked off (issue 12), as strict xfails: a fixed one fails until its
#: entry is removed here. The set must be empty when issue 12 is closed.
PENDING: Final = frozenset[str]()


def _judge(key: str, problems: list[str]) -> None:
    """Fail on problems, unless the key is pending; fail too when a pending key has none."""
    if key in PENDING:
        if problems:
            pytest.xfail(f"{key}: pending (issue 12): {problems}")
        pytest.fail(f"{key} is fixed: remove it from PENDING")
    assert not problems


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _functions(tree: ast.AST) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef]:
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield node


def _parameters(function: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    arguments = function.args
    names = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
    names += [a for a in (arguments.vararg, arguments.kwarg) if a is not None]
    return sum(1 for a in names if a.arg not in ("self", "cls"))


def _imports(path: Path) -> set[str]:
    """The package modules `path` imports (from newsextract.x import y, import newsextract.x)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.startswith("newsextract"):
                for alias in node.names:  # from newsextract import x: the module x
                    submodule = f"{node.module}.{alias.name}"
                    found.add(
                        submodule
                        if (PACKAGE.parent / f"{submodule.replace('.', '/')}.py").exists()
                        else node.module
                    )
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("newsextract."))
    return found


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_size(path: Path) -> None:
    if path.is_relative_to(VOCABULARY):
        pytest.skip("vocabulary data")
    lines = len(path.read_text(encoding="utf-8").splitlines())
    _judge(f"size:{path.name}", [f"{lines} lines"] if lines > MAX_MODULE_LINES else [])


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_function_size(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    too_long = [
        f"{f.name}: {f.end_lineno - f.lineno + 1} lines"
        for f in _functions(tree)
        if f.end_lineno is not None and f.end_lineno - f.lineno + 1 > MAX_FUNCTION_LINES
    ]
    too_wide = [
        f"{f.name}: {_parameters(f)} parameters"
        for f in _functions(tree)
        if _parameters(f) > MAX_PARAMETERS
    ]
    _judge(f"functions:{path.name}", too_long + too_wide)


def test_no_import_cycle() -> None:
    modules = {_module_name(path): path for path in _modules()}
    graph = {name: _imports(path) & modules.keys() for name, path in modules.items()}
    # Importing a package's submodule runs the package's __init__ too, but that edge is
    # implicit; only the imports written in the modules are followed.
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    cycles: list[list[str]] = []

    def visit(name: str, path: list[str]) -> None:
        state[name] = 1
        for target in sorted(graph[name]):
            if target == name:
                continue
            if state.get(target) == 1:
                cycles.append([*path[path.index(target) :], target])
            elif target not in state:
                visit(target, [*path, target])
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    _judge("cycles", [" -> ".join(cycle) for cycle in cycles])
