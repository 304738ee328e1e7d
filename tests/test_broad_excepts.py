"""Every broad `except Exception` / `except BaseException` either logs (into the support log) or re-raises:
an unforeseen failure is never swallowed without a trace a clerk could send in."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "govinfo_desktop"


def _is_broad(handler: ast.ExceptHandler) -> bool:
    return isinstance(handler.type, ast.Name) and handler.type.id in {"Exception", "BaseException"}


def _logs_or_reraises(handler: ast.ExceptHandler) -> bool:
    for node in ast.walk(ast.Module(body=handler.body, type_ignores=[])):
        if isinstance(node, ast.Raise) and node.exc is None:
            return True
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if isinstance(owner, ast.Name) and owner.id in {"_log", "log", "logger"}:
                return True
    return False


def _silent_handlers(source: str) -> list[int]:
    tree = ast.parse(source)
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.ExceptHandler) and _is_broad(node) and not _logs_or_reraises(node)
    ]


def test_no_broad_except_is_silent() -> None:
    silent = {
        str(path.relative_to(PACKAGE)): lines
        for path in PACKAGE.rglob("*.py")
        if (lines := _silent_handlers(path.read_text(encoding="utf-8")))
    }
    assert silent == {}


def test_the_check_sees_a_silent_handler() -> None:
    assert _silent_handlers("try:\n    x()\nexcept Exception:\n    pass\n") == [3]
    assert _silent_handlers("try:\n    x()\nexcept Exception:\n    _log.info('x')\n") == []
    assert _silent_handlers("try:\n    x()\nexcept BaseException:\n    raise\n") == []
