"""How numbers print: as published tables print them (31535), or with thousands separators (31,535).

The choice is made per PDF (`build_pdf(thousands=…)`) and read by the table builders while that PDF is
laid out, without passing it through every builder.
"""

from __future__ import annotations

from contextvars import ContextVar

from govinfo_desktop.core.values import Value, format_value

THOUSANDS: ContextVar[bool] = ContextVar("pdf_thousands", default=False)


def number_text(value: Value) -> str:
    return format_value(value, grouping=THOUSANDS.get())
