"""`govinfo-desktop aggregate IN... -o OUT [--json] [--skip-unreadable]`: sum units' reports.

IN are files or folders (.govinfo/.xlsx/.xls) or collection files (.govinfo-set: the latest version of
each unit, and the set's renames); `--renames FILE` maps old unit names to current ones (机构改革: a file
whose 填报单位 is an old name counts for the current unit; lines `旧名=新名` or a JSON object);
`--overview` adds the overview page (counts by status, per-unit bars) after a PDF's table. OUT is .govinfo, .xlsx, .pdf, or .govinfo-set (the whole
collection). Every readable unit is included, whatever its errors. Exit codes: 2 when an input cannot be
read or is of another table format (it is listed; nothing is written unless --skip-unreadable, which
sums the others and then exits as below); 1 when an included unit or the total has errors; 0 otherwise.

Memory: the files are streamed (read, checked, summed and let go; core/stream_collect keeps a compact
copy of each unit's values), so a thousand units cost about what a hundred do. Three outputs need every
report and keep the full-memory path: a .govinfo-set OUT (the whole collection) and `--overview` (per-unit
bars). `--detail` (the 明细表, one column per unit) streams too and holds only every unit's values at the
end (~2 KB a unit). Both paths give the same report, total and 明细表.
"""

from __future__ import annotations

import argparse
import os
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from govinfo_desktop.cli_aggregate_report import UnitLine, build_report, print_report
from govinfo_desktop.cli_common import EXIT_ERRORS, EXIT_OK, EXIT_UNREADABLE, CommandError
from govinfo_desktop.core.aggregate import Total, sum_node
from govinfo_desktop.core.coded_findings import CodedFinding
from govinfo_desktop.core.collect_intake import probable_copies, take_in
from govinfo_desktop.core.collection import Collection, Node, UnitStatus
from govinfo_desktop.core.document import default_report_year
from govinfo_desktop.core.session import check_document
from govinfo_desktop.core.stream_collect import StreamCollector
from govinfo_desktop.formats.collect_read import (
    SET_SUFFIX,
    UnitFile,
    Unreadable,
    expand_inputs,
    read_collection_units,
    read_unit_files,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from govinfo_desktop.formats.detail_export import UnitValues

OUTPUT_SUFFIXES = (".govinfo", ".xlsx", ".pdf", ".govinfo-set")


def run(options: argparse.Namespace) -> int:
    output: Path = options.output
    if not output.name.endswith(OUTPUT_SUFFIXES):
        raise CommandError(f"“{output.name}”：只能输出 .govinfo、.xlsx、.pdf 或 .govinfo-set 文件")
    renames = _renames(options.renames)
    sets = [path for path in options.inputs if path.name.endswith(SET_SUFFIX)]
    paths = expand_inputs(path for path in options.inputs if path not in sets)
    if not paths and not sets:
        raise CommandError("没有找到报表文件（.govinfo、.xlsx、.xls）")
    # The sets first: their renames apply to every file. Their units come after the files.
    from_sets = _read_sets(sets, renames)
    if output.name.endswith(SET_SUFFIX) or options.overview:
        return _run_full(options, paths, from_sets)
    return _run_streaming(options, paths, from_sets)


_FromSets = tuple[list[UnitFile], list[Unreadable], dict[str, str]]


def _read_sets(sets: list[Path], renames: dict[str, str]) -> _FromSets:
    """Collection files given as input: their units' latest versions, and their renames."""
    files: list[UnitFile] = []
    unreadable: list[Unreadable] = []
    for path in sets:
        found = read_collection_units(path)
        if isinstance(found, Unreadable):
            unreadable.append(found)
        else:
            files.extend(found[0])
            renames = {**found[1], **renames}
    return files, unreadable, renames


def _run_streaming(options: argparse.Namespace, paths: list[Path], from_sets: _FromSets) -> int:
    """Each file is read, checked, summed and let go: memory does not grow with the count."""
    set_files, set_unreadable, renames = from_sets
    collector = StreamCollector(renames, options.template)
    unreadable: list[Unreadable] = []
    for item in read_unit_files(paths, workers=_workers(len(paths)), share=False):
        if isinstance(item, Unreadable):
            unreadable.append(item)
        else:
            collector.add(item.document, str(item.path), item.sha256)
    while set_files:
        item = set_files.pop(0)
        collector.add(item.document, str(item.path), item.sha256)
    unreadable += set_unreadable
    streamed = collector.finish()
    total = streamed.total
    blocked = bool(unreadable or streamed.refused) and not options.skip_unreadable
    if not blocked:
        _write_total(total, options.output)
        if options.detail is not None:
            _write_detail(total, streamed.unit_values(), options.detail)
    units = [UnitLine(unit.name, unit.file, unit.versions, unit.counts) for unit in streamed.units]
    refused = [(name, notice.message) for name, notice in streamed.refused]
    report = build_report(
        (streamed.table_id, streamed.year, total),
        units,
        notices=streamed.notices,
        unreadable=unreadable,
        refused=refused,
        output=options.output if not blocked else None,
    )
    return _finish(report, total, blocked, options.json)


def _run_full(options: argparse.Namespace, paths: list[Path], from_sets: _FromSets) -> int:
    """Every report kept: for outputs that need them all (.govinfo-set, --overview)."""
    output: Path = options.output
    set_files, set_unreadable, renames = from_sets
    read = list(read_unit_files(paths, workers=_workers(len(paths))))
    files = [item for item in read if isinstance(item, UnitFile)] + set_files
    unreadable = [item for item in read if isinstance(item, Unreadable)] + set_unreadable
    collection = _collection(files, options.template)
    collection.renames = renames
    intakes = [take_in(collection, item.document, str(item.path), item.sha256) for item in files]
    refused = [(i.file_name, i.notices[0].message) for i in intakes if i.unit is None]
    blocked = bool(unreadable or refused) and not options.skip_unreadable
    node = Node("合计", [], include=list(UnitStatus))
    total = sum_node(collection, node)
    if not blocked:
        _write(collection, total, output, node if options.overview else None)
        if options.detail is not None:
            reports = [(u.name, u.document) for u in collection.units if u.document is not None]
            _write_detail(total, reports, options.detail)
    # Without a roster every unit is "new": saying so for each one would bury the real notices.
    notices: list[CodedFinding] = [
        n for intake in intakes if intake.unit for n in intake.notices if n.code != "C-NEW-UNIT"
    ]
    notices += probable_copies(collection.units)
    report = build_report(
        (collection.table_id, collection.year, total),
        _unit_lines(collection),
        notices=notices,
        unreadable=unreadable,
        refused=refused,
        output=output if not blocked else None,
    )
    return _finish(report, total, blocked, options.json)


def _finish(report: dict[str, Any], total: Total, blocked: bool, as_json: bool) -> int:
    print_report(report, as_json)
    if blocked:
        return EXIT_UNREADABLE
    unit_errors = any(unit.counts[0] for unit in report["units"])
    return EXIT_ERRORS if unit_errors or total.findings.errors else EXIT_OK


def _renames(path: Path | None) -> dict[str, str]:
    if path is None:
        return {}
    from govinfo_desktop.core.renames import RenameMapError, parse_renames  # noqa: PLC0415

    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise CommandError(f"无法读取改名表“{path}”：{error}") from error
    try:
        return parse_renames(text, path.name)
    except RenameMapError as error:
        raise CommandError(str(error)) from error


def _workers(count: int) -> int:
    return 1 if count < 16 else max(1, min(4, os.cpu_count() or 1))


def _collection(files: list[UnitFile], template: str | None) -> Collection:
    tables = Counter(item.document.table_id for item in files)
    table_id = template or (tables.most_common(1)[0][0] if tables else "national-2021")
    years = Counter(
        item.document.year
        for item in files
        if item.document.table_id == table_id and item.document.year
    )
    year = years.most_common(1)[0][0] if years else default_report_year()
    return Collection(int(year), table_id)


def _write(collection: Collection, total: Total, output: Path, overview: Node | None) -> None:
    if not output.name.endswith(SET_SUFFIX):
        pdf = output.suffix.lower() == ".pdf"
        _write_total(total, output, _overview(collection, overview) if pdf else None)
        return
    from govinfo_desktop.formats.atomic import SaveError  # noqa: PLC0415
    from govinfo_desktop.formats.collection_file import save_collection  # noqa: PLC0415

    collection.nodes.append(Node("合计", [], include=list(UnitStatus)))
    try:
        save_collection(collection, output)
    except SaveError as error:
        raise CommandError(str(error)) from error


def _write_total(total: Total, output: Path, appendix: list[Any] | None = None) -> None:
    """The total as .govinfo, .xlsx or .pdf (with `appendix` flowables after the table)."""
    from govinfo_desktop.formats.atomic import SaveError  # noqa: PLC0415
    from govinfo_desktop.formats.writing import OutputError, write_output  # noqa: PLC0415

    try:
        if output.suffix.lower() == ".pdf":
            from govinfo_desktop.formats.pdf.document import write_pdf  # noqa: PLC0415

            write_pdf(total.document, output, findings=total.findings, appendix=appendix or [])
        else:
            write_output(total.document, output)
    except (SaveError, OutputError) as error:
        raise CommandError(str(error)) from error


def _overview(collection: Collection, node: Node | None) -> list[Any]:
    """The overview page after the table (--overview), or nothing."""
    if node is None:
        return []
    from govinfo_desktop.core.overview import node_overview  # noqa: PLC0415
    from govinfo_desktop.formats.pdf.overview_page import overview_flowables  # noqa: PLC0415

    return overview_flowables(node_overview(collection, node))


def _write_detail(total: Total, reports: Sequence[tuple[str, UnitValues]], path: Path) -> None:
    from govinfo_desktop.formats.atomic import SaveError  # noqa: PLC0415
    from govinfo_desktop.formats.detail_export import write_detail  # noqa: PLC0415

    try:
        write_detail(total, reports, path)
    except SaveError as error:
        raise CommandError(str(error)) from error


def _unit_lines(collection: Collection) -> list[UnitLine]:
    units = []
    for unit in collection.units:
        document = unit.document
        if document is None:
            continue
        findings = check_document(document)
        file_name = unit.latest.file_name if unit.latest else ""
        counts = (len(findings.errors), len(findings.warnings), len(findings.blanks))
        units.append(UnitLine(unit.name, file_name, len(unit.versions), counts))
    return units
