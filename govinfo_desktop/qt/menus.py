"""The main window's menus and actions: 文件, 编辑, 视图, 语言, 帮助 (texts set again on a language switch)."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QMenuBar, QWidget

from govinfo_desktop.qt import i18n

if TYPE_CHECKING:
    from govinfo_desktop.qt.editor import ReportEditor
    from govinfo_desktop.qt.file_actions import FileActions
    from govinfo_desktop.qt.recent_files import RecentFiles
    from govinfo_desktop.qt.zoom import Zoom


class MenuHost(Protocol):
    """What the menus need of the window they sit in (the window is also their QObject parent)."""

    editor: ReportEditor | None
    files: FileActions
    recent: RecentFiles
    settings: QSettings
    problems_dock: QDockWidget
    metadata_dock: QDockWidget
    row_help_dock: QDockWidget
    zoom: Zoom

    def menuBar(self) -> QMenuBar: ...

    def close(self) -> bool: ...

    def show_about(self) -> None: ...

    def show_row_help(self) -> None: ...

    def open_log_folder(self) -> None: ...


Key = QKeySequence.StandardKey


class WindowMenus(QObject):
    def __init__(self, window: MenuHost) -> None:
        widget = cast("QWidget", window)  # the host is the main window, a QWidget
        super().__init__(widget)
        self.window = window
        self.widget = widget
        files = window.files
        self.actions: dict[str, QAction] = {}
        self._add("new", files.new_report, Key.New)
        self._add("open", files.open_dialog, Key.Open)
        self._add("save", files.save, Key.Save)
        self._add("save_as", files.save_as, Key.SaveAs)
        self._add("import_excel", files.import_excel)
        self._add("export_excel", files.export_excel)
        self._add("export_template", files.export_blank_template)
        self._add("preview", files.print_preview)
        self._add("print", files.print_document, Key.Print)
        self._add("export_pdf", files.export_pdf)
        self._add("viewer", files.open_in_viewer)
        self._add("last_year", self._last_year)
        self._add("collection_new", partial(self._collection, True))
        self._add("collection_open", partial(self._collection, False))
        self._add("quit", window.close, Key.Quit)
        self._add("undo", partial(self._on_stack, "undo"), Key.Undo)
        self._add("redo", partial(self._on_stack, "redo"), Key.Redo)
        self._add("find", self._find, Key.Find)
        self._add("clear_recent", self._clear_recent)
        self._add("zoom_in", window.zoom.zoom_in)
        self.actions["zoom_in"].setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self._add("zoom_out", window.zoom.zoom_out, Key.ZoomOut)
        self._add("zoom_reset", window.zoom.reset)
        self.actions["zoom_reset"].setShortcut(QKeySequence("Ctrl+0"))
        self._add("guide", self._guide)
        self._add("row_help", window.show_row_help)
        self.actions["row_help"].setShortcut(QKeySequence("F1"))
        self._add("open_logs", window.open_log_folder)
        self._add("about", window.show_about)
        self._build_menus()

    def _add(self, key: str, slot: Any, shortcut: QKeySequence.StandardKey | None = None) -> None:
        action = QAction(self.widget)
        action.setObjectName(f"action_{key}")
        if shortcut is not None:
            action.setShortcuts(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.actions[key] = action

    def _build_menus(self) -> None:
        bar, act = self.window.menuBar(), self.actions
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(self.widget)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_items = ("new", "open", None, "recent", "save", "save_as", None, "import_excel", "export_excel",
                      "export_template", None, "preview", "print", "export_pdf", "viewer", None,
                      "last_year", "collection_new", "collection_open", None, "quit")  # fmt: skip
        for key in file_items:
            if key is None:
                self.file_menu.addSeparator()
            elif key == "recent":
                self.file_menu.addMenu(self.recent_menu)
            else:
                self.file_menu.addAction(act[key])
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([act["undo"], act["redo"]])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(act["find"])
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.window.problems_dock.toggleViewAction())
        self.view_menu.addAction(self.window.metadata_dock.toggleViewAction())
        self.view_menu.addAction(self.window.row_help_dock.toggleViewAction())
        self.view_menu.addSeparator()
        self.view_menu.addActions([act["zoom_in"], act["zoom_out"], act["zoom_reset"]])
        self.language_menu = bar.addMenu("")
        self.language_group = QActionGroup(self.widget)
        for language, label in ((i18n.CHINESE, "中文"), (i18n.ENGLISH, "English")):
            action = self.language_group.addAction(
                label
            )  # each in its own language, never translated
            action.setCheckable(True)
            action.setData(language)
            action.setChecked(language == i18n.current_language())
            self.language_menu.addAction(action)
        self.language_group.triggered.connect(self._choose_language)
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([act["guide"], act["row_help"]])
        self.help_menu.addSeparator()
        self.help_menu.addAction(act["open_logs"])
        self.help_menu.addSeparator()
        self.help_menu.addAction(act["about"])

    def retranslate(self) -> None:
        texts = {
            "new": self.tr("新建"), "open": self.tr("打开…"), "save": self.tr("保存"),
            "save_as": self.tr("另存为…"), "import_excel": self.tr("导入Excel…"),
            "export_excel": self.tr("导出Excel…"), "export_template": self.tr("导出空白模板…"),
            "preview": self.tr("打印预览"), "print": self.tr("打印…"), "export_pdf": self.tr("导出PDF…"),
            "viewer": self.tr("用系统阅读器打开"), "quit": self.tr("退出"), "undo": self.tr("撤销"),
            "redo": self.tr("重做"), "find": self.tr("查找…"), "clear_recent": self.tr("清除列表"),
            "about": self.tr("关于"), "row_help": self.tr("填报说明"), "guide": self.tr("使用说明"), "open_logs": self.tr("打开日志文件夹"),
            "zoom_in": self.tr("放大"), "zoom_out": self.tr("缩小"), "zoom_reset": self.tr("实际大小"),
            "last_year": self.tr("上年报表…"), "collection_new": self.tr("新建汇总…"),
            "collection_open": self.tr("打开汇总…"),
        }  # fmt: skip
        for key, text in texts.items():
            self.actions[key].setText(text)
        self._name_undo_redo()
        self.actions["find"].setToolTip(self.tr("按名称查找指标（Ctrl+F）"))
        self.file_menu.setTitle(mnemonic(self.tr("文件"), "F"))
        self.recent_menu.setTitle(self.tr("最近打开"))
        self.edit_menu.setTitle(mnemonic(self.tr("编辑"), "E"))
        self.view_menu.setTitle(mnemonic(self.tr("视图"), "V"))
        self.language_menu.setTitle(mnemonic(self.tr("语言"), "L"))
        self.help_menu.setTitle(mnemonic(self.tr("帮助"), "H"))
        for action in self.language_group.actions():
            action.setChecked(action.data() == i18n.current_language())

    def follow_editor(self, editor: Any) -> None:
        stack = editor.undo_stack
        self.actions["undo"].setEnabled(stack.canUndo())
        self.actions["redo"].setEnabled(stack.canRedo())
        stack.canUndoChanged.connect(self.actions["undo"].setEnabled)
        stack.canRedoChanged.connect(self.actions["redo"].setEnabled)
        stack.undoTextChanged.connect(self._name_undo_redo)
        stack.redoTextChanged.connect(self._name_undo_redo)
        self._name_undo_redo()

    def _name_undo_redo(self, _text: str = "") -> None:
        """“撤销 粘贴 12 个单元格”: the clerk sees what Ctrl+Z will take back."""
        editor = self.window.editor
        stack = editor.undo_stack if editor is not None else None
        for key, label, text in (
            ("undo", self.tr("撤销"), stack.undoText() if stack else ""),
            ("redo", self.tr("重做"), stack.redoText() if stack else ""),
        ):
            self.actions[key].setText(f"{label} {text}" if text else label)

    def _on_stack(self, method: str) -> None:
        if self.window.editor is not None:
            getattr(self.window.editor.undo_stack, method)()

    def _find(self) -> None:
        if self.window.editor is not None:
            self.window.editor.show_find()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = self.window.recent.paths()
        for number, path in enumerate(paths, start=1):
            action = self.recent_menu.addAction(f"&{number} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(partial(self._open_recent, path))
        if not paths:
            self.recent_menu.addAction(self.tr("（无）")).setEnabled(False)
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.actions["clear_recent"])
        self.actions["clear_recent"].setEnabled(bool(paths))

    def _open_recent(self, path: Path, _checked: bool = False) -> None:
        self.window.files.open_path(path)

    def _clear_recent(self) -> None:
        self.window.recent.clear()

    def _last_year(self) -> None:
        from govinfo_desktop.qt import last_year  # noqa: PLC0415 - only when used

        last_year.choose(self.window)

    def _collection(self, new: bool) -> None:
        from govinfo_desktop.qt import collection_window  # noqa: PLC0415 - only when used

        collection_window.start(self.window, new)  # type: ignore[arg-type]

    def _guide(self) -> None:
        from govinfo_desktop.qt import user_guide  # noqa: PLC0415 - only when used

        self.guide = user_guide.show_guide(self.widget)

    def _choose_language(self, action: QAction) -> None:
        i18n.apply_language(str(action.data()), self.window.settings)


def mnemonic(text: str, letter: str) -> str:
    """Alt+letter opens the menu: “文件(&F)” as Chinese programs write it, “&File” in English."""
    if "&" in text:  # the translation already has one
        return text
    at = text.lower().find(letter.lower())
    if at >= 0 and text.isascii():
        return f"{text[:at]}&{text[at:]}"
    return f"{text}(&{letter})"
