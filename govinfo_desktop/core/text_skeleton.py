"""The report text's section skeleton per table format, read from resources/text/skeleton-*.toml.

The headings are fixed and their order is the format's (国办公开办函〔2021〕30号 for the 2021 and 2019 tables,
the eight-part layout of the 2014-era reports); the window shows them read-only and the checker compares an
imported text's headings against them.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from govinfo_desktop.resources import resource_path


class SkeletonError(ValueError):
    """A skeleton file that does not load; the message names the file and the key."""


@dataclass(frozen=True)
class SectionSpec:
    key: str
    heading: str
    match: tuple[str, ...]
    part: str = ""  # the statistics table printed under the heading
    items: tuple[str, ...] = ()  # sub-item headings the first draft writes
    warn_if_empty: bool = False

    @property
    def number(self) -> str:
        """“一、” of “一、总体情况”."""
        return self.heading.split("、", 1)[0] + "、"

    @property
    def title(self) -> str:
        return self.heading.split("、", 1)[1]


@dataclass(frozen=True)
class Skeleton:
    name: str
    sections: tuple[SectionSpec, ...]

    def section(self, key: str) -> SectionSpec:
        for spec in self.sections:
            if spec.key == key:
                return spec
        raise KeyError(key)

    def keys(self) -> tuple[str, ...]:
        return tuple(spec.key for spec in self.sections)


@cache
def _skeletons() -> dict[str, Skeleton]:
    by_table: dict[str, Skeleton] = {}
    for path in sorted(resource_path("text").glob("skeleton-*.toml")):
        data = tomllib.loads(path.read_text("utf-8"))
        skeleton = Skeleton(path.stem, tuple(_section(path.name, s) for s in data["sections"]))
        if len(set(skeleton.keys())) != len(skeleton.sections):
            raise SkeletonError(f"{path.name}：章节的 key 重复")
        for table_id in data["tables"]:
            by_table[str(table_id)] = skeleton
    return by_table


def _section(name: str, data: dict[str, object]) -> SectionSpec:
    try:
        heading = str(data["heading"])
        if "、" not in heading:
            raise SkeletonError(f"{name}：标题“{heading}”应写成“一、……”")
        return SectionSpec(
            key=str(data["key"]),
            heading=heading,
            match=tuple(str(m) for m in data["match"]),  # type: ignore[attr-defined]
            part=str(data.get("part", "")),
            items=tuple(str(i) for i in data.get("items", ())),  # type: ignore[attr-defined]
            warn_if_empty=bool(data.get("warn_if_empty", False)),
        )
    except KeyError as error:
        raise SkeletonError(f"{name}：章节缺少 {error}") from error


def skeleton_for(table_id: str) -> Skeleton:
    """The skeleton of a table format; the 2021 one for a table no skeleton names."""
    skeletons = _skeletons()
    return skeletons.get(table_id) or skeletons["national-2021"]
