"""The 汇总 window's fixed words in the clerk's language: file-type filters, board headers, unit statuses
and kinds, and the board's filter names.

Statuses and kinds are stored in collection files as their Chinese values (core/collection.py); only their
display goes through here. Every call names its context and string literally, so pyside6-lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from govinfo_desktop.core.collection import UnitKind, UnitStatus


def unit_filter() -> str:
    """The unit files a collection takes in."""
    return QCoreApplication.translate("CollectionWords", "报表文件 (*.govinfo *.xlsx *.xls *.xlsm)")


def set_filter() -> str:
    return QCoreApplication.translate("CollectionWords", "汇总文件 (*.govinfo-set)")


def total_filters() -> list[str]:
    """What a node's total can be exported as (the PDF with the overview page is added by its caller)."""
    return [
        QCoreApplication.translate("CollectionWords", "报表 (*.govinfo)"),
        QCoreApplication.translate("CollectionWords", "Excel 表格 (*.xlsx)"),
        QCoreApplication.translate("CollectionWords", "PDF 文件 (*.pdf)"),
    ]


def detail_filter() -> str:
    return QCoreApplication.translate("CollectionWords", "Excel 表格 (*.xlsx)")


def headers() -> tuple[str, ...]:
    """The board's column headers, in column order."""
    return (
        QCoreApplication.translate("CollectionWords", "单位"),
        QCoreApplication.translate("CollectionWords", "类别"),
        QCoreApplication.translate("CollectionWords", "标签"),
        QCoreApplication.translate("CollectionWords", "状态"),
        QCoreApplication.translate("CollectionWords", "错误"),
        QCoreApplication.translate("CollectionWords", "警告"),
        QCoreApplication.translate("CollectionWords", "未填"),
        QCoreApplication.translate("CollectionWords", "版本"),
        QCoreApplication.translate("CollectionWords", "最后更改"),
    )


def status_text(status: UnitStatus) -> str:
    names = {
        UnitStatus.MISSING: QCoreApplication.translate("CollectionWords", "未报"),
        UnitStatus.SUBMITTED: QCoreApplication.translate("CollectionWords", "已报"),
        UnitStatus.RETURNED: QCoreApplication.translate("CollectionWords", "退回"),
        UnitStatus.ACCEPTED: QCoreApplication.translate("CollectionWords", "已通过"),
    }
    return names[status]


def kind_text(kind: UnitKind) -> str:
    names = {
        UnitKind.DEPARTMENT: QCoreApplication.translate("CollectionWords", "部门"),
        UnitKind.TOWNSHIP: QCoreApplication.translate("CollectionWords", "乡镇"),
        UnitKind.OTHER: QCoreApplication.translate("CollectionWords", "其他"),
    }
    return names.get(kind, str(kind))


def figure_text(name: str) -> str:
    """An overview figure's name (its key in core/overview.py stays Chinese)."""
    names = {
        "新收申请": QCoreApplication.translate("CollectionWords", "新收申请"),
        "办结": QCoreApplication.translate("CollectionWords", "办结"),
        "结转": QCoreApplication.translate("CollectionWords", "结转"),
        "复议/诉讼": QCoreApplication.translate("CollectionWords", "复议/诉讼"),
    }
    return names.get(name, name)


def filter_text(name: str) -> str:
    """A board filter's button text; `name` is its key in board_model.FILTERS (kept Chinese)."""
    names = {
        "全部": QCoreApplication.translate("CollectionWords", "全部"),
        "未报": QCoreApplication.translate("CollectionWords", "未报"),
        "有错误": QCoreApplication.translate("CollectionWords", "有错误"),
        "已报": QCoreApplication.translate("CollectionWords", "已报"),
        "退回": QCoreApplication.translate("CollectionWords", "退回"),
        "已通过": QCoreApplication.translate("CollectionWords", "已通过"),
    }
    return names.get(name, name)


def included_text(include: tuple[UnitStatus, ...]) -> str:
    """Which statuses a total summed (core Total.include_text, in the clerk's language)."""
    if not include or set(include) == set(UnitStatus):
        return QCoreApplication.translate("CollectionWords", "全部")
    separator = QCoreApplication.translate("CollectionWords", "、")
    return separator.join(status_text(status) for status in include)


def summed_text(include: tuple[UnitStatus, ...], count: int) -> str:
    """The total's scope as the window shows it; the PDF prints the Chinese one (metadata "scope")."""
    return QCoreApplication.translate("CollectionWords", "汇总：{0}单位 {1} 个").format(
        included_text(include), count
    )


def findings_text(errors: int, warnings: int, blanks: int) -> str:
    return QCoreApplication.translate(
        "CollectionWords", "{0} 个错误，{1} 个警告，{2} 处未填写"
    ).format(errors, warnings, blanks)
