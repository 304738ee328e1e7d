"""The options of `check` (several files, --last-year) and `aggregate`, without their commands' imports.

Every command's parser is built on every run, so this module stays light: `govinfo-desktop pdf` must not
pay for the collection and last-year code (~120 ms of imports) it never runs."""

from __future__ import annotations

import argparse
from pathlib import Path


def configure_check_many(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("more", nargs="*", type=Path, help="更多文件或文件夹（每个文件一行摘要）")
    parser.add_argument(
        "--last-year",
        type=Path,
        metavar="LAST",
        help="上年报表（.govinfo、.xlsx 或 .xls），做跨年核对",
    )


def wants_many(options: argparse.Namespace) -> bool:
    return bool(options.more or options.last_year or Path(options.file).is_dir())


def configure_aggregate(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "inputs",
        nargs="+",
        type=Path,
        help="各单位的报表文件或文件夹，或汇总文件 .govinfo-set（取其中各单位的最新版本）",
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        help="输出 .govinfo、.xlsx、.pdf 或 .govinfo-set",
    )
    parser.add_argument(
        "--json", action="store_true", help="以 JSON 输出各单位状态和合计的检查结果"
    )
    parser.add_argument(
        "--skip-unreadable", action="store_true", help="跳过无法读取的文件，汇总其余文件"
    )
    parser.add_argument("--template", help="表格格式编号（默认取多数文件的格式）")
    parser.add_argument(
        "--detail", type=Path, metavar="明细表.xlsx", help="另存明细表：每个单位一列"
    )
    parser.add_argument(
        "--renames",
        type=Path,
        metavar="改名表",
        help="机构改革改名表：每行“旧名=新名”，或 JSON 对象；旧名的报表计入新名单位",
    )
    parser.add_argument(
        "--overview",
        action="store_true",
        help="输出 PDF 时在表后加一页汇总概览（各状态单位数、各单位主要数字条形图）",
    )
    parser.set_defaults(run=_run_aggregate)


def _run_aggregate(options: argparse.Namespace) -> int:
    from govinfo_desktop import cli_aggregate  # noqa: PLC0415 - only when summing

    return cli_aggregate.run(options)
