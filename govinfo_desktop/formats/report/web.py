"""The whole report as one web page (.html) for the government website's 年报 column: inline styles only
(CMS editors paste it), tables with borders and the official form's merged heads as rowspan/colspan."""

from __future__ import annotations

import html
from pathlib import Path

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.tabledef import CellRef, LayoutKind, Part, Row, RowRole
from govinfo_desktop.core.text_fields import field_text
from govinfo_desktop.core.text_model import Paragraph, ReportText, Style
from govinfo_desktop.core.text_skeleton import skeleton_for
from govinfo_desktop.core.values import format_value
from govinfo_desktop.formats.atomic import atomic_write_bytes
from govinfo_desktop.formats.pdf.grid_tables import _header_cells, text_is_label

_BODY = "font-family:仿宋_GB2312,仿宋,FangSong,serif;font-size:16pt;line-height:1.8;text-indent:2em;margin:0"
_TABLE = "border-collapse:collapse;margin:8px auto;font-size:10.5pt;font-family:宋体,SimSun,serif"
_CELL = "border:1px solid #000;padding:2px 4px;text-align:center"
_LABEL = "border:1px solid #000;padding:2px 4px;text-align:left"


def build_html(document: ReportDocument, text: ReportText) -> str:
    e = html.escape
    out = [
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">',
        f"<title>{e(text.title)}</title></head><body>",
        f'<h1 style="font-family:方正小标宋简体,小标宋,SimSun,serif;font-size:22pt;text-align:center;font-weight:normal">{e(text.title)}</h1>',
    ]
    out.extend(_paragraph(document, p) for p in text.preamble)
    for spec in skeleton_for(document.table_id).sections:
        out.append(
            f'<h2 style="font-family:黑体,SimHei,sans-serif;font-size:16pt;font-weight:normal;margin:0;text-indent:2em">{e(spec.heading)}</h2>'
        )
        if spec.part:
            out.append(part_html(document, document.table.part(spec.part)))
        out.extend(_paragraph(document, p) for p in text.section(spec.key).paragraphs)
    out.append("</body></html>")
    return "\n".join(out)


def write_html(document: ReportDocument, text: ReportText, path: Path) -> None:
    atomic_write_bytes(Path(path), build_html(document, text).encode("utf-8"))


def _paragraph(document: ReportDocument, paragraph: Paragraph) -> str:
    pieces = []
    for run in paragraph.runs:
        words = html.escape(field_text(run.field, document.values) if run.field else run.text)
        pieces.append(f"<b>{words}</b>" if run.bold else words)
    body = "".join(pieces)
    if paragraph.style is Style.SUBHEADING:
        return f'<p style="{_BODY};font-family:楷体_GB2312,楷体,KaiTi,serif">{body}</p>'
    if paragraph.style is Style.BULLET:
        body = "● " + body
    return f'<p style="{_BODY}">{body}</p>'


def _td(text: str, style: str = _CELL, rows: int = 1, cols: int = 1, head: bool = False) -> str:
    tag = "th" if head else "td"
    span = (f' rowspan="{rows}"' if rows > 1 else "") + (f' colspan="{cols}"' if cols > 1 else "")
    return f'<{tag}{span} style="{style}">{html.escape(text)}</{tag}>'


def part_html(document: ReportDocument, part: Part) -> str:
    table = document.table
    rows = list(table.rows_in_order(part.id))
    lines = [f'<table style="{_TABLE}">']
    if part.layout.kind is LayoutKind.LIST:
        lines.append(
            "<tr>" + "".join(_td(t, head=True) for t in ("统计指标", "单位", "统计数")) + "</tr>"
        )
        for row in rows:
            cells = [_td(row.title, _LABEL)]
            if row.has_values:
                cell = CellRef(row.id, table.columns_for(row.id)[0].id)
                cells += [
                    _td(row.unit),
                    _td(format_value(document.values.get(cell), grouping=False)),
                ]
            else:
                cells += [_td(""), _td("")]
            lines.append("<tr>" + "".join(cells) + "</tr>")
    elif part.layout.kind is LayoutKind.BLOCKS:
        width = max(len(table.columns_for(r.id)) for r in rows if r.has_values)
        for row in rows:
            if row.role is RowRole.GROUP:
                lines.append("<tr>" + _td(row.title, cols=1 + width, head=True) + "</tr>")
                heads = [_td("信息内容", head=True)]
                heads += [
                    _td(c.label, cols=_span(i, len(row.columns), width), head=True)
                    for i, c in enumerate(row.columns)
                ]
                lines.append("<tr>" + "".join(heads) + "</tr>")
                continue
            columns = table.columns_for(row.id)
            cells = [_td(row.title, _LABEL)]
            cells += [
                _td(_value(document, row.id, c.id), cols=_span(i, len(columns), width))
                for i, c in enumerate(columns)
            ]
            lines.append("<tr>" + "".join(cells) + "</tr>")
    else:
        lines.extend(_matrix(document, part, rows))
    lines.append("</table>")
    return "\n".join(lines)


def _span(index: int, used: int, width: int) -> int:
    return width - used + 1 if index == used - 1 else 1


def _value(document: ReportDocument, row: str, column: str) -> str:
    return format_value(document.values.get(CellRef(row, column)), grouping=False)


def _matrix(document: ReportDocument, part: Part, rows: list[Row]) -> list[str]:
    columns = part.columns
    levels = 1 + max(len(c.groups) for c in columns)
    label = 1 if sum(1 for r in rows if r.has_values) > 1 else 0
    lines = []
    for level in range(levels):
        cells = [_td(part.corner, rows=levels, head=True)] if label and level == 0 else []
        for start, end, text in _header_cells(columns, level):
            bottom = levels - 1 if text_is_label(columns[start], level) else level
            cells.append(_td(text, rows=bottom - level + 1, cols=end - start + 1, head=True))
        lines.append("<tr>" + "".join(cells) + "</tr>")
    for row in rows:
        cells = []
        if label:
            indent = "　" * document.table.depth(row.id)
            cells.append(_td(indent + row.title, _LABEL))
        cells += [_td(_value(document, row.id, c.id) if row.has_values else "") for c in columns]
        lines.append("<tr>" + "".join(cells) + "</tr>")
    return lines
