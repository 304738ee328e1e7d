<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="42"/>
        <source>新建报表</source>
        <translation>New Report</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="55"/>
        <source>报表年度：</source>
        <translation>Report year:</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="56"/>
        <source>表格格式：</source>
        <translation>Table format:</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="58"/>
        <source>表格格式按年度自动选择，必要时可以更改。</source>
        <translation>The table format follows the year; change it if needed.</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="80"/>
        <source>报表文件 (*.govinfo *.xlsx *.xls)</source>
        <translation>Reports (*.govinfo *.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="82"/>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="86"/>
        <source>年报文档 (*.govinfo)</source>
        <translation>Report documents (*.govinfo)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="84"/>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="85"/>
        <source>Excel 表格 (*.xlsx *.xls)</source>
        <translation>Excel workbooks (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="87"/>
        <source>Excel 表格 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="88"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="94"/>
        <source>导入 Excel</source>
        <translation>Import Excel</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="96"/>
        <source>打开报表</source>
        <translation>Open Report</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="115"/>
        <source>尚未保存</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="117"/>
        <source>“{0}”有尚未保存的修改。</source>
        <translation>“{0}” has unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="119"/>
        <source>要在继续之前保存吗？</source>
        <translation>Save them before continuing?</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="121"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="124"/>
        <source>不保存</source>
        <translation>Don&apos;t Save</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="126"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="140"/>
        <source>程序上次没有正常退出。找到了未保存的报表：
{0}
（自动保存于 {1}）

要恢复它吗？</source>
        <translation>The program did not close normally last time. An unsaved report was found:
{0}
(autosaved at {1})

Restore it?</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="146"/>
        <source>恢复未保存的报表</source>
        <translation>Restore Unsaved Report</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="155"/>
        <source>出错了</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="159"/>
        <source>提示</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="163"/>
        <source>&lt;b&gt;GovInfo 年报统计表&lt;/b&gt; {0}&lt;br&gt;&lt;br&gt;填写、检查、交换（Excel）和打印政府信息公开工作年度报告的统计表。</source>
        <translation>&lt;b&gt;GovInfo Annual Report Tables&lt;/b&gt; {0}&lt;br&gt;&lt;br&gt;Fill in, check, exchange (Excel) and print the statistics table of the annual report on government information disclosure.</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="168"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
</context>
<context>
    <name>FieldPicker</name>
    <message>
        <location filename="../../govinfo_desktop/qt/field_picker.py" line="27"/>
        <source>插入数字：选择单元格</source>
        <translation>Insert a number: choose the cell</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../govinfo_desktop/qt/file_actions.py" line="136"/>
        <source>另存为</source>
        <translation>Save As</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/file_actions.py" line="155"/>
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/file_actions.py" line="162"/>
        <source>空白模板-{0}.xlsx</source>
        <translation>blank-template-{0}.xlsx</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/file_actions.py" line="166"/>
        <source>导出空白模板</source>
        <translation>Export Blank Template</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/file_actions.py" line="179"/>
        <source>已导出到“{0}”。</source>
        <translation>Exported to “{0}”.</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/file_actions.py" line="194"/>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/file_actions.py" line="208"/>
        <source>本版本尚未提供此功能（{0}）。</source>
        <translation>This version does not offer this function yet ({0}).</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/file_actions.py" line="236"/>
        <source>无法保存“{0}”：{1}</source>
        <translation>Cannot save “{0}”: {1}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../govinfo_desktop/qt/find_bar.py" line="40"/>
        <source>查找指标：</source>
        <translation>Find indicator:</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/find_bar.py" line="41"/>
        <source>输入指标名称的任意部分，回车查找下一个</source>
        <translation>Type any part of an indicator&apos;s name; Enter finds the next</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/find_bar.py" line="42"/>
        <source>下一个</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/find_bar.py" line="43"/>
        <source>关闭查找 (Esc)</source>
        <translation>Close find (Esc)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/find_bar.py" line="62"/>
        <source>未找到</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/find_bar.py" line="65"/>
        <source>第 %1/%2 项</source>
        <translation>Match %1 of %2</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="33"/>
        <source>未导入</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="39"/>
        <source>按未填写</source>
        <translation>Taken as blank</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="40"/>
        <source>不适用</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="41"/>
        <source>已转换</source>
        <translation>Converted</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="47"/>
        <source>一致</source>
        <translation>Exact</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="48"/>
        <source>标签后附说明</source>
        <translation>Label with a note</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="49"/>
        <source>近似（请核对）</source>
        <translation>Approximate (please check)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="58"/>
        <source>导入报告 — {0}</source>
        <translation>Import Report — {0}</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="70"/>
        <source>需要核对的单元格（{0}）</source>
        <translation>Cells to Check ({0})</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="76"/>
        <source>本表没有的行（{0}）</source>
        <translation>Rows Not in This Table ({0})</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="82"/>
        <source>已匹配的行（{0}）</source>
        <translation>Matched Rows ({0})</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="89"/>
        <source>复制报告</source>
        <translation>Copy Report</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="104"/>
        <source>文件中没有找到行：{0}</source>
        <translation>Row not found in the file: {0}</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="108"/>
        <source>文件中没有找到列：{0}</source>
        <translation>Column not found in the file: {0}</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="121"/>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="137"/>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="149"/>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="122"/>
        <source>行 · 列</source>
        <translation>Row · Column</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="123"/>
        <source>原内容</source>
        <translation>Original content</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="124"/>
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="125"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="138"/>
        <source>文件中的行</source>
        <translation>Row in the file</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="139"/>
        <source>数值（已保留）</source>
        <translation>Values (kept)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="150"/>
        <source>文件中的标签</source>
        <translation>Label in the file</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="151"/>
        <source>本表的行</source>
        <translation>Row in this table</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="152"/>
        <source>匹配</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="122"/>
        <source>“{0}”是繁体字：可在“报表信息”中点击改用简体“{1}”，也可保留原文</source>
        <translation>“{0}” is in traditional characters: in Report Information, click to use the simplified “{1}”, or keep the original</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../govinfo_desktop/qt/main_window.py" line="163"/>
        <source>已保存到“{0}”</source>
        <translation>Saved to “{0}”</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/main_window.py" line="184"/>
        <source>（未保存过的新报表）</source>
        <translation>(a new report, never saved)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/main_window.py" line="196"/>
        <source>未命名报表</source>
        <translation>Untitled report</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/main_window.py" line="203"/>
        <source>年报统计表</source>
        <translation>annual-report-table</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/main_window.py" line="213"/>
        <source>{0}[*] — GovInfo 年报统计表</source>
        <translation>{0}[*] — GovInfo Annual Report Tables</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/main_window.py" line="223"/>
        <source>{0} 个错误，{1} 个警告，{2} 处未填写</source>
        <translation>Errors: {0} · Warnings: {1} · Blank: {2}</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/main_window.py" line="227"/>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/main_window.py" line="228"/>
        <source>报表信息</source>
        <translation>Report Information</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/main_window.py" line="234"/>
        <source>GovInfo 年报统计表</source>
        <translation>GovInfo Annual Report Tables</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/main_window.py" line="318"/>
        <source>填报说明</source>
        <translation>Filling Notes</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <location filename="../../govinfo_desktop/qt/metadata_panel.py" line="49"/>
        <source>如：××县人民政府办公室</source>
        <translation>e.g. Office of the XX County People&apos;s Government</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/metadata_panel.py" line="50"/>
        <source>如：2022</source>
        <translation>e.g. 2022</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/metadata_panel.py" line="51"/>
        <source>如：0730-1234567</source>
        <translation>e.g. 0730-1234567</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/metadata_panel.py" line="52"/>
        <source>如：2023年1月20日</source>
        <translation>e.g. 2023-01-20</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/metadata_panel.py" line="109"/>
        <source>改用简体：{0}</source>
        <translation>Use simplified characters: {0}</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/metadata_panel.py" line="111"/>
        <source>文件中是繁体字；点击改用简体（可撤销），不点则保留原文</source>
        <translation>The file has traditional characters; click to use the simplified form (undoable), or leave it to keep the original</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../govinfo_desktop/qt/notice_bar.py" line="23"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../govinfo_desktop/qt/notice_bar.py" line="32"/>
        <source>%n 个值未填入：</source>
        <translation>
            <numerusform>%n value was not entered:</numerusform>
            <numerusform>%n values were not entered:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../govinfo_desktop/qt/notice_bar.py" line="39"/>
        <source>……另有 %n 个</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/notice_bar.py" line="49"/>
        <source>已换算单位</source>
        <translation>Unit converted</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/notice_bar.py" line="46"/>
        <source>{0}：“{1}”按“元”填写，已换算为 {2}（本栏单位为万元）</source>
        <translation>{0}: “{1}” was given in yuan and has been converted to {2} (this column is in 万元, 10,000 yuan)</translation>
    </message>
</context>
<context>
    <name>NumericDelegate</name>
    <message>
        <source>未填</source>
        <translation type="vanished">blank</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="43"/>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="45"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="55"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="61"/>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="63"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="68"/>
        <source>共 {0} 页</source>
        <translation>{0} page(s)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="71"/>
        <source>报表还有 {0} 处错误：每页印有“草稿”字样，改正后再打印正式版。</source>
        <translation>The report still has {0} error(s): every page is marked “草稿” (draft); correct them, then print the final version.</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="91"/>
        <source>表前印正文</source>
        <translation>Print the report text before the table</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="96"/>
        <source>打印预览 — {0}</source>
        <translation>Print Preview — {0}</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="118"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="122"/>
        <source>导出PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="126"/>
        <source>用系统阅读器打开</source>
        <translation>Open in System Viewer</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="130"/>
        <source>适合宽度</source>
        <translation>Fit Width</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="134"/>
        <source>整页</source>
        <translation>Whole Page</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="137"/>
        <source>放大</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="138"/>
        <source>缩小</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="244"/>
        <source>已导出到“{0}”（{1}）。</source>
        <translation>Exported to “{0}” ({1}).</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="245"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="272"/>
        <source>没有找到可以打开 PDF 的程序。文件已保存在“{0}”。</source>
        <translation>No program to open PDF files was found. The file was saved as “{0}”.</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="106"/>
        <source>千位分隔符（如 31,535）</source>
        <translation>Thousands separators (e.g. 31,535)</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../govinfo_desktop/qt/problems_panel.py" line="54"/>
        <location filename="../../govinfo_desktop/qt/problems_panel.py" line="171"/>
        <source>填入合计</source>
        <translation>Fill in the total</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/problems_panel.py" line="96"/>
        <source>错误</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/problems_panel.py" line="98"/>
        <source>警告</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/problems_panel.py" line="100"/>
        <source>未填写</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/problems_panel.py" line="110"/>
        <source>%1 个错误，%2 个警告，%3 处未填写</source>
        <translation>Errors: %1 · Warnings: %2 · Blank: %3</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/problems_panel.py" line="118"/>
        <source>正文</source>
        <translation>Report text</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/problems_panel.py" line="180"/>
        <source>定位到单元格</source>
        <translation>Go to the cell</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <location filename="../../govinfo_desktop/qt/editor.py" line="67"/>
        <location filename="../../govinfo_desktop/qt/editor.py" line="144"/>
        <source>正文</source>
        <translation>Report text</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/editor.py" line="119"/>
        <source>统计表</source>
        <translation>Statistics table</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/editor.py" line="257"/>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/editor.py" line="258"/>
        <source>粘贴</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/editor.py" line="259"/>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/editor.py" line="261"/>
        <source>查找指标…</source>
        <translation>Find Indicator…</translation>
    </message>
</context>
<context>
    <name>ReportTextTab</name>
    <message>
        <location filename="../../govinfo_desktop/qt/text_tab.py" line="84"/>
        <source>标题，如：××县人民政府2021年政府信息公开工作年度报告</source>
        <translation>Title, e.g. 2021 Annual Report on Government Information Disclosure of the ×× County Government</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_tab.py" line="98"/>
        <source>加粗</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_tab.py" line="99"/>
        <source>列表</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_tab.py" line="100"/>
        <source>插入数字…</source>
        <translation>Insert Number…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_tab.py" line="101"/>
        <location filename="../../govinfo_desktop/qt/text_tab.py" line="257"/>
        <source>生成初稿</source>
        <translation>Write Draft</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_tab.py" line="102"/>
        <source>导入正文…</source>
        <translation>Import Text…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_tab.py" line="103"/>
        <source>对比上年正文…</source>
        <translation>Compare with Last Year…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_tab.py" line="104"/>
        <source>导出 Word…</source>
        <translation>Export Word…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_tab.py" line="105"/>
        <source>导出网页…</source>
        <translation>Export Web Page…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_tab.py" line="130"/>
        <source>（此处为统计表，见“%1”标签页）</source>
        <translation>(The statistics table goes here; see the “%1” tab)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_tab.py" line="258"/>
        <source>用统计表生成的初稿替换“总体情况”部分现有的文字？</source>
        <translation>Replace the text of “Overview” with a draft written from the table?</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_tab.py" line="285"/>
        <source>导入正文</source>
        <translation>Import Report Text</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_tab.py" line="274"/>
        <source>年报正文 (*.docx *.txt *.html *.htm)</source>
        <translation>Report text (*.docx *.txt *.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_tab.py" line="295"/>
        <source>对比上年正文</source>
        <translation>Compare with Last Year&apos;s Text</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_tab.py" line="321"/>
        <source>与上年正文相同 %1%（%2 段重复）</source>
        <translation>%1% the same as last year&apos;s text (%2 repeated passages)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_tab.py" line="331"/>
        <source>Word 文档 (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_tab.py" line="331"/>
        <source>网页 (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_tab.py" line="332"/>
        <location filename="../../govinfo_desktop/qt/text_tab.py" line="338"/>
        <source>导出年报</source>
        <translation>Export Report</translation>
    </message>
</context>
<context>
    <name>ReportTreeModel</name>
    <message>
        <location filename="../../govinfo_desktop/qt/tree_model.py" line="163"/>
        <source>未填</source>
        <translation>blank</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/tree_model.py" line="196"/>
        <source>未填写</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/tree_model.py" line="198"/>
        <source>合计：应等于其下各项之和</source>
        <translation>Total: should equal the sum of the items below</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/tree_model.py" line="201"/>
        <source>备注：</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/tree_model.py" line="236"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/tree_model.py" line="238"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/last_year_column.py" line="1"/>
        <source>上年</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/last_year_column.py" line="1"/>
        <source>上年：</source>
        <translation>Last year: </translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/last_year_column.py" line="1"/>
        <source>空</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/last_year_column.py" line="1"/>
        <source>上年报表没有这一项（表格格式不同）</source>
        <translation>Last year's report has no such item (another table format)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../govinfo_desktop/qt/tree_model.py" line="248"/>
        <source>第%n栏</source>
        <translation>
            <numerusform>Column %n</numerusform>
            <numerusform>Column %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RowHelp</name>
    <message>
        <location filename="../../govinfo_desktop/qt/row_help.py" line="35"/>
        <source>填报提示（据格式文件与审核实践整理，非官方解释）</source>
        <translation>Filling hints (compiled from the format documents and review practice; not an official explanation)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/row_help.py" line="41"/>
        <source>表上注明</source>
        <translation>Printed on the form</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/row_help.py" line="42"/>
        <source>提示</source>
        <translation>Hints</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/row_help.py" line="44"/>
        <source>表上勾稽关系</source>
        <translation>The form's balance note</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/row_help.py" line="47"/>
        <source>程序检查</source>
        <translation>Checks the program makes</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/row_help.py" line="55"/>
        <source>本行没有另外的说明。</source>
        <translation>Nothing more is noted for this row.</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/row_help_panel.py" line="127"/>
        <source>选中表格中的一行，这里显示该行的填报提示。</source>
        <translation>Select a row of the table to see its filling hints here.</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../govinfo_desktop/qt/user_guide.py" line="16"/>
        <source>使用说明</source>
        <translation>User Guide</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="115"/>
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="115"/>
        <source>打开…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="115"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="116"/>
        <source>另存为…</source>
        <translation>Save As…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="116"/>
        <source>导入Excel…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="117"/>
        <source>导出Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="117"/>
        <source>导出空白模板…</source>
        <translation>Export Blank Template…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="118"/>
        <source>打印预览</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="118"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="118"/>
        <source>导出PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="119"/>
        <source>用系统阅读器打开</source>
        <translation>Open in System Viewer</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="119"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="119"/>
        <location filename="../../govinfo_desktop/qt/menus.py" line="151"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="120"/>
        <location filename="../../govinfo_desktop/qt/menus.py" line="152"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="120"/>
        <source>查找…</source>
        <translation>Find…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="120"/>
        <source>清除列表</source>
        <translation>Clear List</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="121"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="121"/>
        <source>打开日志文件夹</source>
        <translation>Open Log Folder</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="126"/>
        <source>按名称查找指标（Ctrl+F）</source>
        <translation>Find an indicator by name (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="127"/>
        <source>文件</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="128"/>
        <source>最近打开</source>
        <translation>Recent Files</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="129"/>
        <source>编辑</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="130"/>
        <source>视图</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="131"/>
        <source>语言</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="132"/>
        <source>帮助</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="173"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="145"/>
        <source>填报说明</source>
        <translation>Filling Notes</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="146"/>
        <source>使用说明</source>
        <translation>User Guide</translation>
    </message>
</context>
<context>
    <name>clipboard</name>
    <message>
        <location filename="../../govinfo_desktop/qt/clipboard.py" line="96"/>
        <source>超出表格范围，未粘贴</source>
        <translation>Outside the table; not pasted</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../govinfo_desktop/qt/commands.py" line="64"/>
        <source>清除“%1”</source>
        <translation>Clear “%1”</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/commands.py" line="67"/>
        <source>“%1”填入 %2</source>
        <translation>Enter %2 in “%1”</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/commands.py" line="76"/>
        <source>粘贴 %1 个单元格</source>
        <translation>Paste %1 cells</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/commands.py" line="84"/>
        <source>清除 %1 个单元格</source>
        <translation>Clear %1 cells</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/commands.py" line="112"/>
        <source>填入合计 %1</source>
        <translation>Fill in the total %1</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/commands.py" line="120"/>
        <source>修改%1</source>
        <translation>Change %1</translation>
    </message>
</context>
<context>
    <name>metadata</name>
    <message>
        <location filename="../../govinfo_desktop/qt/commands.py" line="100"/>
        <source>填报单位</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/commands.py" line="101"/>
        <source>统计范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/commands.py" line="102"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/commands.py" line="103"/>
        <source>单位负责人</source>
        <translation>Head of unit</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/commands.py" line="104"/>
        <source>填表人</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/commands.py" line="105"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/commands.py" line="106"/>
        <source>填报日期</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>tab</name>
    <message>
        <location filename="../../govinfo_desktop/qt/text_tab.py" line="406"/>
        <source>编辑正文</source>
        <translation>Edit Report Text</translation>
    </message>
</context>
</TS>
