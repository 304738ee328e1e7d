"""`govinfo-desktop <command>`: the headless front end. With no command (or just a file) the window opens.

Exit codes (a contract): 0 no errors; 1 errors found; 2 the input could not be read or written.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from govinfo_desktop import __version__, cli_options
from govinfo_desktop.cli_common import EXIT_ERRORS, EXIT_OK, EXIT_UNREADABLE, CommandError
from govinfo_desktop.console import tolerate_unencodable

if TYPE_CHECKING:
    from govinfo_desktop.core.document import ReportDocument
    from govinfo_desktop.core.issues import Findings
    from govinfo_desktop.core.text_model import ReportText
    from govinfo_desktop.formats.reading import OpenedInput

__all__ = ["EXIT_ERRORS", "EXIT_OK", "EXIT_UNREADABLE", "CommandError", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    tolerate_unencodable()
    if not args or args[0] == _CHILD_FLAG or (args[0] not in COMMANDS and args[0][:1] != "-"):
        return _not_a_command(args)
    parser = _parser()
    options = parser.parse_args(args)
    from govinfo_desktop.formats import user_folders  # noqa: PLC0415 - not for --help

    user_folders.use_table_cache()  # as the window does: a `check` parses no TOML after the first
    try:
        return int(options.run(options))
    except CommandError as error:
        print(f"govinfo-desktop: {error}", file=sys.stderr)
        return EXIT_UNREADABLE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return EXIT_OK
    except Exception as error:  # never a traceback, never exit 1 (which means "errors found")
        import logging  # noqa: PLC0415 - not on the window's start path

        _log = logging.getLogger(__name__)
        _log.info("command %s failed", args[:1], exc_info=True)  # the support log, not the console
        print(f"govinfo-desktop: 无法完成：{error}（{type(error).__name__}）", file=sys.stderr)
        return EXIT_UNREADABLE


_CHILD_FLAG = "--read-grids-child"  # excel_child.CHILD_FLAG: a damaged file read in isolation


def _not_a_command(args: list[str]) -> int:
    if args[:1] == [_CHILD_FLAG]:
        from govinfo_desktop.formats.excel.child_main import child_main  # noqa: PLC0415

        return child_main(args[1:])
    from govinfo_desktop import app  # noqa: PLC0415 - Qt only for the window

    return app.main(args)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govinfo-desktop",
        description="政务公开年报统计表填报助手。不带命令时打开窗口；govinfo-desktop 文件 打开该文件。",
    )
    parser.add_argument("--version", action="version", version=f"govinfo-desktop {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    for name, (help_text, configure) in COMMANDS.items():
        configure(commands.add_parser(name, help=help_text, description=help_text))
    return parser


def _configure_templates(parser: argparse.ArgumentParser) -> None:
    parser.set_defaults(run=_run_templates)


def _run_templates(_: argparse.Namespace) -> int:
    from govinfo_desktop.core import catalog  # noqa: PLC0415

    for table_id in catalog.table_ids():
        table = catalog.table(table_id)
        print(f"{table_id}\t{table.title}\t{table.name}")
    return EXIT_OK


def _configure_new(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--template", required=True, help="表格格式编号，见 govinfo-desktop templates"
    )
    parser.add_argument(
        "-o", "--output", required=True, type=Path, help="输出 .govinfo 或空白模板 .xlsx"
    )
    parser.add_argument("--year", help="年度（写入报表信息）")
    parser.set_defaults(run=_run_new)


def _run_new(options: argparse.Namespace) -> int:
    from govinfo_desktop.core.document import ReportDocument  # noqa: PLC0415
    from govinfo_desktop.core.tableload import TableDefinitionError  # noqa: PLC0415

    try:
        metadata = {"year": options.year} if options.year else {}
        document = ReportDocument.new(options.template, **metadata)
    except TableDefinitionError as error:
        raise CommandError(str(error)) from error
    _write(document, options.output, blank_template=True)
    return EXIT_OK


def _configure_check(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help=".govinfo、.xlsx 或 .xls 文件，或文件夹")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出检查结果")
    parser.add_argument(
        "--text",
        nargs="?",
        const="-",
        metavar="REPORT",
        help="同时检查年报正文（.docx、.txt、.html；不写文件名时用 .govinfo 文件里保存的正文）",
    )
    cli_options.configure_check_many(parser)
    parser.set_defaults(run=_run_check)


def _run_check(options: argparse.Namespace) -> int:
    from govinfo_desktop.cli_output import print_findings  # noqa: PLC0415

    if options.text is not None and not options.more and not Path(options.file).is_dir():
        opened = _open(options.file)  # one file's text, with or without --last-year
        findings = _check(opened.document)
        return _run_text_check(opened.document, findings, options)
    if cli_options.wants_many(options):  # several files, a folder, or --last-year
        from govinfo_desktop import cli_check_many  # noqa: PLC0415 - collection code only then

        return cli_check_many.run(options)
    opened = _open(options.file)
    findings = _check(opened.document)
    print_findings(opened.document, findings, as_json=options.json)
    return EXIT_ERRORS if findings.errors else EXIT_OK


def _report_text(document: ReportDocument, source: str) -> ReportText:
    from govinfo_desktop.cli_text import TextCommandError, load_report_text  # noqa: PLC0415

    try:
        return load_report_text(document, source)
    except TextCommandError as error:
        raise CommandError(str(error)) from error


def _run_text_check(document: ReportDocument, findings: object, options: argparse.Namespace) -> int:
    from govinfo_desktop.cli_text import TextCommandError, run_text_check  # noqa: PLC0415

    try:
        errors = run_text_check(
            document,
            findings,  # type: ignore[arg-type]
            options.text,
            options.json,
            last_year=options.last_year,
            here=options.file,
        )
    except TextCommandError as error:
        raise CommandError(str(error)) from error
    return EXIT_ERRORS if errors else EXIT_OK


def _configure_convert(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", type=Path, help=".govinfo、.xlsx 或 .xls 文件")
    parser.add_argument("-o", "--output", required=True, type=Path, help=".govinfo 或 .xlsx")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出导入报告")
    parser.set_defaults(run=_run_convert)


def _run_convert(options: argparse.Namespace) -> int:
    from govinfo_desktop.cli_output import print_import_report  # noqa: PLC0415

    opened = _open(options.input)
    _write(opened.document, options.output, blank_template=False)
    print_import_report(opened, as_json=options.json)
    findings = _check(opened.document)
    return EXIT_ERRORS if findings.errors else EXIT_OK


def _configure_pdf(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", type=Path, help=".govinfo、.xlsx 或 .xls 文件")
    parser.add_argument("-o", "--output", required=True, type=Path, help="输出 PDF 文件")
    parser.add_argument("--no-seam-guide", action="store_true", help="不印骑缝章引导线")
    parser.add_argument(
        "--thousands",
        action="store_true",
        help="数字印千位分隔符（如 31,535；默认按公开年报印 31535）",
    )
    parser.add_argument(
        "--text",
        nargs="?",
        const="-",
        metavar="REPORT",
        help="表前印年报正文（.docx、.txt、.html；不写文件名时用 .govinfo 文件里保存的正文）",
    )
    parser.set_defaults(run=_run_pdf)


def _run_pdf(options: argparse.Namespace) -> int:
    opened = _open(options.input)
    try:
        from govinfo_desktop.formats.pdf import document as pdf_report  # noqa: PLC0415
    except ImportError as error:
        raise CommandError("本版本尚不能生成 PDF") from error
    findings = _check(opened.document)
    text = _report_text(opened.document, options.text) if options.text else None
    try:
        result = pdf_report.write_pdf(
            opened.document,
            options.output,
            seam_guide=not options.no_seam_guide,
            text=text,
            thousands=options.thousands,
        )
    except OSError as error:
        raise CommandError(str(error)) from error
    for warning in getattr(result, "warnings", ()):
        print(f"警告：{warning}", file=sys.stderr)
    return EXIT_ERRORS if findings.errors else EXIT_OK


def _check(document: ReportDocument) -> Findings:
    from govinfo_desktop.core.session import check_document  # noqa: PLC0415 - not for the window

    return check_document(document)


def _open(path: Path) -> OpenedInput:
    from govinfo_desktop.formats.reading import InputError, open_input  # noqa: PLC0415

    try:
        return open_input(path)
    except InputError as error:
        raise CommandError(str(error)) from error


def _write(document: ReportDocument, output: Path, blank_template: bool) -> None:
    from govinfo_desktop.formats.atomic import SaveError  # noqa: PLC0415
    from govinfo_desktop.formats.writing import OutputError, write_output  # noqa: PLC0415

    try:
        write_output(document, output, blank_template=blank_template)
    except (SaveError, OutputError) as error:
        raise CommandError(str(error)) from error


COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None]]] = {
    "templates": ("列出可用的表格格式", _configure_templates),
    "new": ("新建空白报表（.govinfo）或空白 Excel 模板（.xlsx）", _configure_new),
    "check": ("检查报表的勾稽关系", _configure_check),
    "convert": ("在 .govinfo、.xlsx、.xls 之间转换", _configure_convert),
    "pdf": ("生成可盖章的 PDF", _configure_pdf),
    "aggregate": ("汇总多个单位的报表（文件或文件夹）", cli_options.configure_aggregate),
}


if __name__ == "__main__":
    sys.exit(main())
