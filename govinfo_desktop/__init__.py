"""GovInfo Desktop — 政务公开年报统计表填报助手."""

__version__ = "0.1.0"
