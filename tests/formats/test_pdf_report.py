"""The printed form: every label and value in order, A4, fonts embedded, deterministic, draft mark, warnings."""

from __future__ import annotations

import io
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from govinfo_desktop.core import catalog
from govinfo_desktop.core.document import ExtraRow, ReportDocument
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.values import format_value
from govinfo_desktop.formats.atomic import SaveError
from govinfo_desktop.formats.pdf import page as pdf_page
from govinfo_desktop.formats.pdf.document import build_pdf, write_pdf
from tests.formats.pdf_helpers import assert_in_order, page_texts, reader, squeeze
from tests.helpers import consistent_document, seed_document

A4 = (595.28, 841.89)


def _documents() -> list[tuple[str, ReportDocument]]:
    return [("seed", seed_document())] + [
        (table_id, consistent_document(table_id, seed=7)) for table_id in catalog.table_ids()
    ]


def _expected_sequence(document: ReportDocument) -> list[str]:
    """Title, then each printed row label followed by that row's values, in printed order."""
    table = document.table
    sequence = [document.title()]
    for part in table.parts:
        if part.number:
            sequence.append(part.heading)
        rows = list(table.rows_in_order(part.id))
        one_row_grid = len([r for r in rows if r.has_values]) == 1 and part.columns
        for row in rows:
            if not one_row_grid:  # table 四 has no row label on the form
                sequence.append(row.printed_title)
            if row.has_values:
                sequence.extend(
                    text
                    for c in table.columns_for(row.id)
                    if (text := format_value(document.value(CellRef(row.id, c.id)), grouping=False))
                )
    return sequence


@pytest.mark.parametrize(("name", "document"), _documents())
def test_every_label_and_value_is_printed_in_order(name: str, document: ReportDocument) -> None:
    data, result = build_pdf(document)
    text = squeeze("".join(page_texts(data)))
    assert_in_order(text, _expected_sequence(document))
    assert result.pages == len(reader(data).pages)
    assert result.warnings == []


@pytest.mark.parametrize(("name", "document"), _documents())
def test_pages_are_a4_and_every_font_is_embedded(name: str, document: ReportDocument) -> None:
    data, _ = build_pdf(document)
    fonts_seen = 0
    for page in reader(data).pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(
            A4, abs=0.01
        )
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            assert "+" in font["/BaseFont"]  # a subset, not the whole 21 MB face
            fonts_seen += 1
    assert fonts_seen > 0


def test_same_report_gives_identical_bytes() -> None:
    first, _ = build_pdf(consistent_document("national-2021"))
    second, _ = build_pdf(consistent_document("national-2021"))
    assert first == second
    assert b"CreationDate" not in first or b"D:20000101000000" in first  # no clock inside


def test_bytes_do_not_depend_on_what_was_printed_before() -> None:
    first, _ = build_pdf(seed_document())
    other = consistent_document("national-2019")
    other.metadata["unit"] = (
        "䢺镇人民政府"  # loads the fallback face, adds fonts to reportlab's registry
    )
    build_pdf(other)
    assert build_pdf(seed_document())[0] == first


def test_page_numbers_and_repeated_header_on_every_page() -> None:
    data, result = build_pdf(seed_document())
    texts = [squeeze(t) for t in page_texts(data)]
    assert result.pages == len(texts) >= 2
    for number, text in enumerate(texts, start=1):
        assert f"第{number}页共{result.pages}页" in text
        assert "统计指标单位统计数" in text  # the header row repeats


def test_2021_matrix_headers_as_on_the_official_form() -> None:
    text = squeeze("".join(page_texts(build_pdf(consistent_document("national-2021"))[0])))
    assert_in_order(
        text, ["申请人情况", "自然人", "法人或其他组织", "总计", "商业企业", "科研机构"]
    )
    assert_in_order(
        text, ["四、", "行政复议", "行政诉讼", "结果维持", "未经复议直接起诉", "复议后起诉"]
    )
    assert "(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)" in text


def test_long_labels_wrap_inside_their_cell() -> None:
    texts = "".join(page_texts(build_pdf(consistent_document("national-2021"))[0]))
    label = "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"
    lines = [line for line in texts.splitlines() if line and squeeze(line) in label]
    assert len(lines) >= 2  # broken over several lines, never cut off
    assert squeeze(label) in squeeze(texts)


def test_draft_mark_exactly_when_there_are_errors() -> None:
    clean = consistent_document("national-2021")
    data, result = build_pdf(clean)
    assert not result.is_draft
    assert all("草稿" not in t for t in page_texts(data))

    broken = consistent_document("national-2021")
    broken.values[CellRef("t3_total", "total")] += 5
    errors = len(broken.validator.check(broken.values).errors)
    data, result = build_pdf(broken)
    assert result.errors == errors > 0
    for text in page_texts(data):
        assert f"草稿：存在{errors}处错误" in squeeze(text)


def test_warnings_do_not_block_and_the_seed_prints_clean() -> None:
    document = seed_document()
    assert document.validator.check(document.values).warnings  # the seed has soft findings
    data, result = build_pdf(document)
    assert not result.is_draft and data.startswith(b"%PDF")


def test_unit_name_with_a_character_no_font_has_is_named_in_a_warning() -> None:
    document = seed_document()
    document.metadata["unit"] = "𠀀家镇人民政府"
    data, result = build_pdf(document)
    assert len(result.warnings) == 1
    assert "填报单位" in result.warnings[0] and "𠀀" in result.warnings[0]
    assert "□家镇人民政府" in squeeze("".join(page_texts(data)))  # a visible box, not a blank


def test_rare_place_name_characters_print_without_warning() -> None:
    document = seed_document()
    document.metadata["unit"] = "嶽埇氹濛堌崀䢺镇人民政府"
    data, result = build_pdf(document)
    assert result.warnings == []
    assert "嶽埇氹濛堌崀䢺镇人民政府" in squeeze("".join(page_texts(data)))


def test_signoff_filled_from_metadata() -> None:
    document = seed_document()
    document.metadata.update(head="王五", preparer="李四", phone="0730-7654321", date="2018-01-20")
    text = squeeze("".join(page_texts(build_pdf(document)[0])))
    assert_in_order(
        text,
        ["单位负责人：王五", "填表人：李四", "联系电话：0730-7654321", "填报日期：2018年1月20日"],
    )
    assert "填报单位（盖章）：岳阳县人民政府" in text


def test_blank_signoff_leaves_lines_to_fill_by_hand() -> None:
    text = squeeze("".join(page_texts(build_pdf(seed_document())[0])))
    assert "单位负责人：＿＿" in text and "填报日期：＿＿＿＿年＿＿月＿＿日" in text


def test_seam_guide_on_multi_page_output_only_and_can_be_turned_off() -> None:
    with_guide = squeeze("".join(page_texts(build_pdf(seed_document())[0])))
    without = squeeze("".join(page_texts(build_pdf(seed_document(), seam_guide=False)[0])))
    assert with_guide.count("骑缝章") == 2 and "骑缝章" not in without


@pytest.mark.parametrize(("pages", "guided"), [(1, False), (2, True)])
def test_seam_guide_only_when_there_is_more_than_one_page(pages: int, guided: bool) -> None:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    marks = pdf_page.PageMarks("单位　标题", "ABCD-1234")
    pdf_page.draw_marks(canvas, marks, 1, pages)
    canvas.showPage()
    canvas.save()
    text = squeeze("".join(page_texts(buffer.getvalue())))
    assert ("骑缝章" in text) == guided
    assert f"第1页共{pages}页" in text and "校验码：ABCD-1234" in text


def test_write_pdf_is_atomic_and_reports_unwritable_paths(tmp_path: Path) -> None:
    target = tmp_path / "表.pdf"
    result = write_pdf(seed_document(), target)
    assert target.read_bytes().startswith(b"%PDF") and result.pages >= 1
    with pytest.raises(SaveError, match="文件夹不存在"):
        write_pdf(seed_document(), tmp_path / "nowhere" / "x.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["表.pdf"]


def test_money_values_keep_their_decimals() -> None:
    document = consistent_document("national-2021")
    document.values[CellRef("t2_fees", "amount")] = Decimal("12345.67")
    assert "12345.67" in squeeze("".join(page_texts(build_pdf(document)[0])))


def test_thousands_separators_are_an_option_off_by_default() -> None:
    document = seed_document()
    plain = squeeze("".join(page_texts(build_pdf(document)[0])))
    grouped = squeeze("".join(page_texts(build_pdf(document, thousands=True)[0])))
    assert "31535" in plain and "31,535" not in plain  # as published tables print it
    assert "31,535" in grouped and "12,277" in grouped


def _grey_page(data: bytes, page: int, tmp_path: Path, dpi: int = 72) -> tuple[int, int, bytes]:
    """The page rendered by pdftoppm as 8-bit grey: (width, height, pixels row by row from the top)."""
    source = tmp_path / "page.pdf"
    source.write_bytes(data)
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", "-f", str(page), "-l", str(page), str(source), str(tmp_path / "p")],
        check=True,
    )  # fmt: skip
    (image,) = tmp_path.glob("p*.pgm")
    header, _, rest = image.read_bytes().partition(b"\n255\n")
    width, height = (int(n) for n in header.split()[1:3])
    return width, height, rest


@pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="needs poppler-utils (scripts/system-deps.sh)"
)
@pytest.mark.parametrize("table_id", ["seed", "national-2021"])
def test_seal_area_is_at_least_45_mm_square_and_printed_blank(
    table_id: str, tmp_path: Path
) -> None:
    document = seed_document() if table_id == "seed" else consistent_document(table_id)
    document.metadata.update(head="王五", preparer="李四", phone="0730-7654321", date="2018-01-20")
    data, result = build_pdf(document)
    assert result.seal_area is not None
    page, (left, bottom, right, top) = result.seal_area
    assert page == result.pages  # with the sign-off, on the last page
    assert min(right - left, top - bottom) >= 45 * 72 / 25.4
    width, height, pixels = _grey_page(data, page, tmp_path)
    inset = 2  # points: the corner ticks sit on the square's edge, outside what is checked
    darkest = min(
        pixels[y * width + x]
        for y in range(round(height - top) + inset, round(height - bottom) - inset)
        for x in range(round(left) + inset, round(right) - inset)
    )
    assert darkest >= 250  # nothing printed where the seal goes
    text = squeeze(page_texts(data)[page - 1])
    assert "填报单位（盖章）：" in text and "填报日期：2018年1月20日" in text


def test_rows_a_province_added_are_printed_after_the_table() -> None:
    document = seed_document()
    document.extra_rows.append(ExtraRow("主动公开行政执法信息", ["1234"], "Sheet1!A12"))
    text = squeeze("".join(page_texts(build_pdf(document)[0])))
    assert_in_order(
        text, ["（三）接受培训人员数", "附：本地增设指标", "主动公开行政执法信息", "1234"]
    )


@pytest.mark.parametrize("extra", range(0, 40, 3))
def test_signoff_never_stands_alone_on_a_page(extra: int) -> None:
    document = seed_document()
    for index in range(extra):  # pushes the end of the table further down, page by page
        document.extra_rows.append(ExtraRow(f"本地指标{index}", [str(index)]))
    data, result = build_pdf(document)
    assert result.seal_area is not None
    page, _ = result.seal_area
    text = squeeze(page_texts(data)[page - 1])
    assert "统计指标单位统计数" in text or "本地指标" in text, (
        f"{extra}: sign-off alone on page {page}"
    )
    assert "（三）接受培训人员数" in squeeze("".join(page_texts(data)))


def test_running_title_is_cut_short_before_the_draft_mark() -> None:
    assert pdf_page.fit("短标题", 8, 200) == "短标题"
    cut = pdf_page.fit("很长的单位名称" * 10, 8, 100)
    assert cut.endswith("…") and len(cut) < 70


def test_long_unit_name_is_printed_whole_above_the_seal_square() -> None:
    name = "中共岳阳县委岳阳县人民政府政务公开领导小组办公室（岳阳县数据资源管理局）"
    document = consistent_document("national-2021")
    document.metadata["unit"] = name
    data, result = build_pdf(document)
    assert result.seal_area is not None
    assert f"填报单位（盖章）：{name}" in squeeze(page_texts(data)[result.seal_area[0] - 1])
