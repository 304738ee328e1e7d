"""The .deb bundles the program's runtime dependencies at the versions pyproject.toml pins (PySide6 apart:
the .deb needs the 6.9 line for glibc 2.28), so a dependency added for a feature is never left out of it."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _pins(lines: list[str]) -> dict[str, str]:
    pins = {}
    for line in lines:
        found = re.match(r"\s*([A-Za-z0-9_.-]+)==([^\s#;]+)", line)
        if found:
            pins[found.group(1).lower().replace("_", "-")] = found.group(2)
    return pins


def test_every_runtime_dependency_is_in_the_deb_at_the_same_version() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wanted = _pins(project["project"]["dependencies"])
    deb = _pins((ROOT / "packaging/linux/requirements-deb.txt").read_text().splitlines())
    for name, version in wanted.items():
        if name.startswith("pyside6"):
            assert deb.get("pyside6-essentials", "").startswith("6.9.")
            continue
        assert deb.get(name) == version, f"{name}=={version} missing from requirements-deb.txt"
