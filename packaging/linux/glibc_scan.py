"""Highest GLIBC_/GLIBCXX_ symbol versions each ELF file of a folder needs; fails above the limits.

The dynamic linker refuses to start a program when a library in the process needs a symbol version
that the system's glibc (or libstdc++) lacks, so the newest version any bundled file *needs* is the
oldest system the bundle runs on. Read from the files' version-needs sections (what `objdump -p`
lists as "Version References"); Python only, no binutils needed.

    python3 packaging/linux/glibc_scan.py FOLDER [--max-glibc 2.28] [--max-glibcxx 3.4.25]
"""

from __future__ import annotations

import argparse
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

_SHT_GNU_VERNEED = 0x6FFFFFFE
_FAMILIES = ("GLIBC", "GLIBCXX")


@dataclass(frozen=True)
class _Layout:
    """Where a 32- or 64-bit ELF file keeps the header fields we read (struct formats)."""

    header: str  # e_shoff, e_shentsize, e_shnum, e_shstrndx
    header_at: int
    section: str  # sh_type, sh_offset, sh_size, sh_link, sh_info


_LAYOUTS = {
    1: _Layout("I10xHHH", 0x20, "4xI8xIIII"),  # ELFCLASS32: sh_type … sh_offset sh_size sh_link sh_info
    2: _Layout("Q10xHHH", 0x28, "4xI16xQQII"),  # ELFCLASS64
}


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def needed_versions(data: bytes) -> set[str]:
    """All symbol versions (e.g. "GLIBC_2.17") the ELF image in `data` needs; empty when not an ELF."""
    if len(data) < 0x40 or data[:4] != b"\x7fELF" or data[4] not in _LAYOUTS:
        return set()
    layout = _LAYOUTS[data[4]]
    endian = "<" if data[5] == 1 else ">"
    shoff, shentsize, shnum, _ = struct.unpack_from(endian + layout.header, data, layout.header_at)
    found: set[str] = set()
    for index in range(shnum):
        fields = struct.unpack_from(endian + layout.section, data, shoff + index * shentsize)
        sh_type, offset, _size, link, count = fields[0], fields[1], fields[2], fields[3], fields[4]
        if sh_type != _SHT_GNU_VERNEED:
            continue
        strings_at = struct.unpack_from(endian + layout.section, data, shoff + link * shentsize)[1]
        found |= _walk_verneed(data, endian, offset, count, strings_at)
    return found


def _walk_verneed(data: bytes, endian: str, offset: int, count: int, strings_at: int) -> set[str]:
    names: set[str] = set()
    for _ in range(count):
        _ver, aux_count, _file, aux, next_need = struct.unpack_from(endian + "HHIII", data, offset)
        aux_at = offset + aux
        for _ in range(aux_count):
            _hash, _flags, _other, name, next_aux = struct.unpack_from(endian + "IHHII", data, aux_at)
            end = data.index(b"\0", strings_at + name)
            names.add(data[strings_at + name : end].decode("ascii", "replace"))
            aux_at += next_aux
        offset += next_need
    return names


def highest(versions: set[str]) -> dict[str, str]:
    """The highest version per family ("GLIBC" → "2.28"), of the families present."""
    best: dict[str, str] = {}
    for name in versions:
        family, _, number = name.partition("_")
        if family not in _FAMILIES or not number[:1].isdigit():
            continue
        if family not in best or _version(number) > _version(best[family]):
            best[family] = number
    return best


def scan(folder: Path) -> dict[Path, dict[str, str]]:
    """Every ELF file under `folder` (symlinks skipped) with its highest needed versions."""
    result: dict[Path, dict[str, str]] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        result[path] = highest(needed_versions(path.read_bytes()))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--max-glibc", default="2.28")
    parser.add_argument("--max-glibcxx", default="3.4.25")
    args = parser.parse_args(argv)
    limits = {"GLIBC": args.max_glibc, "GLIBCXX": args.max_glibcxx}
    files = scan(args.folder)
    overall: dict[str, str] = {}
    too_new: list[str] = []
    for path, best in files.items():
        shown = "  ".join(f"{family}_{best[family]}" for family in _FAMILIES if family in best)
        print(f"{shown or '-':32} {path.relative_to(args.folder)}")
        for family, number in best.items():
            if family not in overall or _version(number) > _version(overall[family]):
                overall[family] = number
            if _version(number) > _version(limits[family]):
                too_new.append(f"{path.relative_to(args.folder)}: {family}_{number}")
    summary = ", ".join(f"{family}_{overall.get(family, '-')}" for family in _FAMILIES)
    print(f"{len(files)} ELF files; highest needed: {summary}")
    if too_new:
        print(f"above GLIBC_{args.max_glibc} / GLIBCXX_{args.max_glibcxx}:", *too_new, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
