<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BoardModel</name>
    <message>
        <location filename="../../govinfo_desktop/qt/board_model.py" line="105"/>
        <source>文件：{0}（第 {1} 版）</source>
        <translation>File: {0} (version {1})</translation>
    </message>
</context>
<context>
    <name>CollectionFileActions</name>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_files.py" line="27"/>
        <source>打开汇总</source>
        <translation>Open Collection</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_files.py" line="39"/>
        <location filename="../../govinfo_desktop/qt/collection_files.py" line="54"/>
        <source>保存汇总</source>
        <translation>Save Collection</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_files.py" line="75"/>
        <source>汇总</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_files.py" line="79"/>
        <source>汇总已更改，是否保存？</source>
        <translation>The collection has changed. Save it?</translation>
    </message>
</context>
<context>
    <name>CollectionWindow</name>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_window.py" line="58"/>
        <source>单位</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_window.py" line="59"/>
        <source>汇总结果</source>
        <translation>Totals</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_window.py" line="60"/>
        <source>概览</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_tabs.py" line="60"/>
        <source>按单位名称筛选</source>
        <translation>Filter by unit name</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_tabs.py" line="66"/>
        <location filename="../../govinfo_desktop/qt/collection_window.py" line="88"/>
        <source>导入文件…</source>
        <translation>Import Files…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_tabs.py" line="68"/>
        <location filename="../../govinfo_desktop/qt/collection_window.py" line="89"/>
        <source>导入文件夹…</source>
        <translation>Import Folder…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_tabs.py" line="71"/>
        <source>标签…</source>
        <translation>Tags…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_tabs.py" line="72"/>
        <source>通过</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_tabs.py" line="73"/>
        <source>退回意见…</source>
        <translation>Return Notes…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_tabs.py" line="109"/>
        <source>也汇总已报未审核的单位</source>
        <translation>Also sum units submitted but not yet accepted</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_tabs.py" line="113"/>
        <source>汇总：</source>
        <translation>Sum for:</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_tabs.py" line="118"/>
        <location filename="../../govinfo_desktop/qt/collection_window.py" line="91"/>
        <source>导出合计…</source>
        <translation>Export Totals…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_tabs.py" line="120"/>
        <location filename="../../govinfo_desktop/qt/collection_window.py" line="92"/>
        <source>导出明细表…</source>
        <translation>Export Detail Sheet…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_tabs.py" line="142"/>
        <source>上年汇总…</source>
        <translation>Last Year&apos;s Collection…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_tabs.py" line="144"/>
        <source>打开上年的汇总文件：各单位按名称（及更名对照）配上年数</source>
        <translation>Open last year&apos;s collection file: each unit gets last year&apos;s figures by name (and renamings)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_window.py" line="71"/>
        <source>取消导入</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_window.py" line="82"/>
        <source>汇总</source>
        <translation>&amp;Collection</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_window.py" line="84"/>
        <source>打开汇总…</source>
        <translation>Open Collection…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_window.py" line="85"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_window.py" line="86"/>
        <source>另存为…</source>
        <translation>Save As…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_window.py" line="94"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_window.py" line="113"/>
        <source>未保存的汇总</source>
        <translation>Unsaved collection</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_window.py" line="116"/>
        <source>{0}{1} — {2}年度汇总</source>
        <translation>{0}{1} — Collection for {2}</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_window.py" line="123"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_window.py" line="126"/>
        <source>{0} 个单位：{1}</source>
        <translation>{0} units: {1}</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_window.py" line="177"/>
        <location filename="../../govinfo_desktop/qt/collection_window.py" line="190"/>
        <source>打开汇总</source>
        <translation>Open Collection</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_window.py" line="163"/>
        <source>新建汇总</source>
        <translation>New Collection</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_window.py" line="164"/>
        <source>汇总年度：</source>
        <translation>Collection year:</translation>
    </message>
</context>
<context>
    <name>CollectionWords</name>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="17"/>
        <source>报表文件 (*.govinfo *.xlsx *.xls *.xlsm)</source>
        <translation>Report files (*.govinfo *.xlsx *.xls *.xlsm)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="21"/>
        <source>汇总文件 (*.govinfo-set)</source>
        <translation>Collection files (*.govinfo-set)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="27"/>
        <source>报表 (*.govinfo)</source>
        <translation>Reports (*.govinfo)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="28"/>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="34"/>
        <source>Excel 表格 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="29"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="40"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="41"/>
        <source>类别</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="42"/>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="43"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="44"/>
        <source>错误</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="45"/>
        <source>警告</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="46"/>
        <source>未填</source>
        <translation>Blank</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="47"/>
        <source>版本</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="48"/>
        <source>最后更改</source>
        <translation>Last change</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="54"/>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="86"/>
        <source>未报</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="55"/>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="88"/>
        <source>已报</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="56"/>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="89"/>
        <source>退回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="57"/>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="90"/>
        <source>已通过</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="64"/>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="65"/>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="66"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="74"/>
        <source>新收申请</source>
        <translation>New requests</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="75"/>
        <source>办结</source>
        <translation>Requests closed</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="76"/>
        <source>结转</source>
        <translation>Carried over to next year</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="77"/>
        <source>复议/诉讼</source>
        <translation>Reviews and lawsuits</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="85"/>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="98"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="87"/>
        <source>有错误</source>
        <translation>With errors</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="99"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="105"/>
        <source>汇总：{0}单位 {1} 个</source>
        <translation>summed: {1} units ({0})</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_words.py" line="111"/>
        <source>{0} 个错误，{1} 个警告，{2} 处未填写</source>
        <translation>Errors: {0} · Warnings: {1} · Blank: {2}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="43"/>
        <source>新建报表</source>
        <translation>New Report</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="56"/>
        <source>报表年度：</source>
        <translation>Report year:</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="57"/>
        <source>表格格式：</source>
        <translation>Table format:</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="59"/>
        <source>表格格式按年度自动选择，必要时可以更改。</source>
        <translation>The table format follows the year; change it if needed.</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="81"/>
        <source>报表文件 (*.govinfo *.xlsx *.xls)</source>
        <translation>Reports (*.govinfo *.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="83"/>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="87"/>
        <source>年报文档 (*.govinfo)</source>
        <translation>Report documents (*.govinfo)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="85"/>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="86"/>
        <source>Excel 表格 (*.xlsx *.xls)</source>
        <translation>Excel workbooks (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="88"/>
        <source>Excel 表格 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="89"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="95"/>
        <source>导入 Excel</source>
        <translation>Import Excel</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="97"/>
        <source>打开报表</source>
        <translation>Open Report</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="120"/>
        <source>尚未保存</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="122"/>
        <source>“{0}”有尚未保存的修改。</source>
        <translation>“{0}” has unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="124"/>
        <source>要在继续之前保存吗？</source>
        <translation>Save them before continuing?</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="126"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="129"/>
        <source>不保存</source>
        <translation>Don&apos;t Save</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="131"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="145"/>
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
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="151"/>
        <source>恢复未保存的报表</source>
        <translation>Restore Unsaved Report</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="160"/>
        <source>出错了</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="164"/>
        <source>提示</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="168"/>
        <source>&lt;b&gt;GovInfo 年报统计表&lt;/b&gt; {0}&lt;br&gt;&lt;br&gt;填写、检查、交换（Excel）和打印政府信息公开工作年度报告的统计表。</source>
        <translation>&lt;b&gt;GovInfo Annual Report Tables&lt;/b&gt; {0}&lt;br&gt;&lt;br&gt;Fill in, check, exchange (Excel) and print the statistics table of the annual report on government information disclosure.</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/dialogs.py" line="173"/>
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
        <location filename="../../govinfo_desktop/qt/file_actions.py" line="143"/>
        <source>另存为</source>
        <translation>Save As</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/file_actions.py" line="162"/>
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/file_actions.py" line="169"/>
        <source>空白模板-{0}.xlsx</source>
        <translation>blank-template-{0}.xlsx</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/file_actions.py" line="173"/>
        <source>导出空白模板</source>
        <translation>Export Blank Template</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/file_actions.py" line="186"/>
        <source>已导出到“{0}”。</source>
        <translation>Exported to “{0}”.</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/file_actions.py" line="201"/>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/file_actions.py" line="215"/>
        <source>本版本尚未提供此功能（{0}）。</source>
        <translation>This version does not offer this function yet ({0}).</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/file_actions.py" line="243"/>
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
    <name>ImportActions</name>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_import_actions.py" line="32"/>
        <source>导入各单位的报表</source>
        <translation>Import the units&apos; reports</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_import_actions.py" line="39"/>
        <source>导入文件夹中的全部报表</source>
        <translation>Import all reports in a folder</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_import_actions.py" line="63"/>
        <source>已读 {0}/{1}</source>
        <translation>Read {0}/{1}</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_import_actions.py" line="67"/>
        <source>无法读取：{0}</source>
        <translation>Cannot read: {0}</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_import_actions.py" line="82"/>
        <source>导入已取消，已读的文件已收入</source>
        <translation>Import cancelled; the files already read were kept</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="39"/>
        <source>未导入</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="45"/>
        <source>按未填写</source>
        <translation>Taken as blank</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="46"/>
        <source>不适用</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="47"/>
        <source>已转换</source>
        <translation>Converted</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="53"/>
        <source>一致</source>
        <translation>Exact</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="54"/>
        <source>标签后附说明</source>
        <translation>Label with a note</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="55"/>
        <source>近似（请核对）</source>
        <translation>Approximate (please check)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="65"/>
        <source>导入报告 — {0}</source>
        <translation>Import Report — {0}</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="77"/>
        <source>需要核对的单元格（{0}）</source>
        <translation>Cells to Check ({0})</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="83"/>
        <source>本表没有的行（{0}）</source>
        <translation>Rows Not in This Table ({0})</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="89"/>
        <source>已匹配的行（{0}）</source>
        <translation>Matched Rows ({0})</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="96"/>
        <source>复制报告</source>
        <translation>Copy Report</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="138"/>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="154"/>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="166"/>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="139"/>
        <source>行 · 列</source>
        <translation>Row · Column</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="140"/>
        <source>原内容</source>
        <translation>Original content</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="141"/>
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="142"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="155"/>
        <source>文件中的行</source>
        <translation>Row in the file</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="156"/>
        <source>数值（已保留）</source>
        <translation>Values (kept)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="167"/>
        <source>文件中的标签</source>
        <translation>Label in the file</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="168"/>
        <source>本表的行</source>
        <translation>Row in this table</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="169"/>
        <source>匹配</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/import_report_dialog.py" line="120"/>
        <source>“{0}”是繁体字：可在“报表信息”中点击改用简体“{1}”，也可保留原文</source>
        <translation>“{0}” is in traditional characters: in Report Information, click to use the simplified “{1}”, or keep the original</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../govinfo_desktop/qt/main_window.py" line="254"/>
        <source>已保存到“{0}”</source>
        <translation>Saved to “{0}”</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/main_window.py" line="284"/>
        <source>自动保存（崩溃恢复）失败，请尽快手动保存：{0}</source>
        <translation>Autosave (crash recovery) failed, please save by hand soon: {0}</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/main_window.py" line="290"/>
        <source>未命名报表</source>
        <translation>Untitled report</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/main_window.py" line="297"/>
        <source>年报统计表</source>
        <translation>annual-report-table</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/main_window.py" line="307"/>
        <source>{0}[*] — GovInfo 年报统计表</source>
        <translation>{0}[*] — GovInfo Annual Report Tables</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/main_window.py" line="317"/>
        <source>{0} 个错误，{1} 个警告，{2} 处未填写</source>
        <translation>Errors: {0} · Warnings: {1} · Blank: {2}</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/main_window.py" line="321"/>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/main_window.py" line="322"/>
        <source>报表信息</source>
        <translation>Report Information</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/main_window.py" line="329"/>
        <source>GovInfo 年报统计表</source>
        <translation>GovInfo Annual Report Tables</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/main_window.py" line="323"/>
        <source>填报说明</source>
        <translation>Filling Notes</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <location filename="../../govinfo_desktop/qt/metadata_panel.py" line="75"/>
        <source>如：××县人民政府办公室</source>
        <translation>e.g. Office of the XX County People&apos;s Government</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/metadata_panel.py" line="76"/>
        <source>如：2022</source>
        <translation>e.g. 2022</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/metadata_panel.py" line="77"/>
        <source>如：0730-1234567</source>
        <translation>e.g. 0730-1234567</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/metadata_panel.py" line="78"/>
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
        <location filename="../../govinfo_desktop/qt/notice_bar.py" line="24"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../govinfo_desktop/qt/notice_bar.py" line="33"/>
        <source>%n 个值未填入：</source>
        <translation>
            <numerusform>%n value was not entered:</numerusform>
            <numerusform>%n values were not entered:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../govinfo_desktop/qt/notice_bar.py" line="40"/>
        <source>……另有 %n 个</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/notice_bar.py" line="50"/>
        <source>已换算单位</source>
        <translation>Unit converted</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/notice_bar.py" line="47"/>
        <source>{0}：“{1}”按“元”填写，已换算为 {2}（本栏单位为万元）</source>
        <translation>{0}: “{1}” was given in yuan and has been converted to {2} (this column is in 万元, 10,000 yuan)</translation>
    </message>
</context>
<context>
    <name>OverviewChart</name>
    <message>
        <location filename="../../govinfo_desktop/qt/overview_chart.py" line="87"/>
        <source>{0}（各单位；浅色为上年，红色为明显偏大）</source>
        <translation>{0} (by unit; light = last year, red = clearly too large)</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="53"/>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="55"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="66"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="72"/>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="74"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="79"/>
        <source>共 {0} 页</source>
        <translation>{0} page(s)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="82"/>
        <source>报表还有 {0} 处错误：每页印有“草稿”字样，改正后再打印正式版。</source>
        <translation>The report still has {0} error(s): every page is marked “草稿” (draft); correct them, then print the final version.</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="102"/>
        <source>表前印正文</source>
        <translation>Print the report text before the table</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="113"/>
        <source>打印预览 — {0}</source>
        <translation>Print Preview — {0}</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="139"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="145"/>
        <source>导出PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="151"/>
        <source>用系统阅读器打开</source>
        <translation>Open in System Viewer</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="157"/>
        <source>适合宽度</source>
        <translation>Fit Width</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="161"/>
        <source>整页</source>
        <translation>Whole Page</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="164"/>
        <source>放大</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="165"/>
        <source>缩小</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="292"/>
        <source>已导出到“{0}”（{1}）。</source>
        <translation>Exported to “{0}” ({1}).</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="293"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="325"/>
        <source>没有找到可以打开 PDF 的程序。文件已保存在“{0}”。</source>
        <translation>No program to open PDF files was found. The file was saved as “{0}”.</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/print_preview.py" line="107"/>
        <source>千位分隔符（如 31,535）</source>
        <translation>Thousands separators (e.g. 31,535)</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../govinfo_desktop/qt/problems_panel.py" line="55"/>
        <location filename="../../govinfo_desktop/qt/problems_panel.py" line="174"/>
        <source>填入合计</source>
        <translation>Fill in the total</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/problems_panel.py" line="98"/>
        <source>错误</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/problems_panel.py" line="101"/>
        <source>警告</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/problems_panel.py" line="103"/>
        <source>未填写</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/problems_panel.py" line="113"/>
        <source>%1 个错误，%2 个警告，%3 处未填写</source>
        <translation>Errors: %1 · Warnings: %2 · Blank: %3</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/problems_panel.py" line="121"/>
        <source>正文</source>
        <translation>Report text</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/problems_panel.py" line="184"/>
        <source>定位到单元格</source>
        <translation>Go to the cell</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <location filename="../../govinfo_desktop/qt/editor.py" line="71"/>
        <location filename="../../govinfo_desktop/qt/editor.py" line="127"/>
        <location filename="../../govinfo_desktop/qt/text_tab_title.py" line="13"/>
        <source>正文</source>
        <translation>Report text</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/editor.py" line="102"/>
        <source>统计表</source>
        <translation>Statistics table</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/cell_actions.py" line="143"/>
        <source>恢复自动合计</source>
        <translation>Restore Automatic Total</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/cell_actions.py" line="146"/>
        <source>手工填写此合计</source>
        <translation>Enter This Total by Hand</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/cell_actions.py" line="125"/>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/cell_actions.py" line="127"/>
        <source>粘贴</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/cell_actions.py" line="129"/>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/cell_actions.py" line="131"/>
        <source>查找指标…</source>
        <translation>Find Indicator…</translation>
    </message>
</context>
<context>
    <name>ReportTextTab</name>
    <message>
        <location filename="../../govinfo_desktop/qt/text_tab.py" line="148"/>
        <source>标题，如：××县人民政府2021年政府信息公开工作年度报告</source>
        <translation>Title, e.g. 2021 Annual Report on Government Information Disclosure of the ×× County Government</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_tab.py" line="136"/>
        <source>加粗</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_tab.py" line="137"/>
        <source>列表</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_tab.py" line="138"/>
        <source>插入数字…</source>
        <translation>Insert Number…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_actions.py" line="62"/>
        <location filename="../../govinfo_desktop/qt/text_tab.py" line="139"/>
        <source>生成初稿</source>
        <translation>Write Draft</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_tab.py" line="140"/>
        <source>导入正文…</source>
        <translation>Import Text…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_tab.py" line="141"/>
        <source>对比上年正文…</source>
        <translation>Compare with Last Year…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_tab.py" line="142"/>
        <source>导出 Word…</source>
        <translation>Export Word…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_tab.py" line="143"/>
        <source>导出网页…</source>
        <translation>Export Web Page…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_tab.py" line="151"/>
        <source>（此处为统计表，见“%1”标签页）</source>
        <translation>(The statistics table goes here; see the “%1” tab)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_actions.py" line="63"/>
        <source>用统计表生成的初稿替换“总体情况”部分现有的文字？</source>
        <translation>Replace the text of “Overview” with a draft written from the table?</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_actions.py" line="96"/>
        <source>导入正文</source>
        <translation>Import Report Text</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_actions.py" line="84"/>
        <source>年报正文 (*.docx *.txt *.html *.htm)</source>
        <translation>Report text (*.docx *.txt *.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_actions.py" line="106"/>
        <source>对比上年正文</source>
        <translation>Compare with Last Year&apos;s Text</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_repeats.py" line="44"/>
        <source>与上年正文相同 %1%（%2 段重复）</source>
        <translation>%1% the same as last year&apos;s text (%2 repeated passages)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_actions.py" line="120"/>
        <source>Word 文档 (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_actions.py" line="121"/>
        <source>网页 (*.html)</source>
        <translation>Web page (*.html)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_actions.py" line="118"/>
        <source>导出年报</source>
        <translation>Export Report</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/text_undo.py" line="24"/>
        <source>编辑正文</source>
        <translation>Edit Report Text</translation>
    </message>
</context>
<context>
    <name>ReportTreeModel</name>
    <message>
        <location filename="../../govinfo_desktop/qt/tree_cells.py" line="91"/>
        <source>未填</source>
        <translation>blank</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/tree_cells.py" line="135"/>
        <source>这一格同时使几处合计对不上，最可能填错</source>
        <translation>This cell breaks several totals at once: most likely the wrong entry</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/tree_cells.py" line="138"/>
        <source>未填写</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/tree_cells.py" line="141"/>
        <source>合计：按其下各项自动计算（右键可改为手工填写）</source>
        <translation>Total: computed from the items below (right-click to enter it by hand)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/tree_cells.py" line="147"/>
        <source>合计：手工填写（右键可恢复自动合计）</source>
        <translation>Total: entered by hand (right-click to restore the automatic total)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/tree_cells.py" line="151"/>
        <source>备注：</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/tree_header.py" line="74"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/tree_header.py" line="78"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/last_year_column.py" line="74"/>
        <location filename="../../govinfo_desktop/qt/last_year_column.py" line="86"/>
        <source>上年</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/last_year_column.py" line="65"/>
        <location filename="../../govinfo_desktop/qt/last_year_column.py" line="76"/>
        <location filename="../../govinfo_desktop/qt/tree_cells.py" line="154"/>
        <source>上年：</source>
        <translation>Last year: </translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/last_year_column.py" line="66"/>
        <location filename="../../govinfo_desktop/qt/tree_cells.py" line="157"/>
        <source>空</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/last_year_column.py" line="62"/>
        <source>上年报表没有这一项（表格格式不同）</source>
        <translation>Last year&apos;s report has no such item (another table format)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../govinfo_desktop/qt/tree_header.py" line="86"/>
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
        <translation>The form&apos;s balance note</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/row_help.py" line="47"/>
        <source>程序检查</source>
        <translation>Checks the program makes</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/row_help.py" line="54"/>
        <source>本行没有另外的说明。</source>
        <translation>Nothing more is noted for this row.</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/row_help_panel.py" line="51"/>
        <source>选中表格中的一行，这里显示该行的填报提示。</source>
        <translation>Select a row of the table to see its filling hints here.</translation>
    </message>
</context>
<context>
    <name>TotalActions</name>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_totals.py" line="71"/>
        <location filename="../../govinfo_desktop/qt/collection_totals.py" line="87"/>
        <source>上年汇总</source>
        <translation>Last Year&apos;s Collection</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_totals.py" line="95"/>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_totals.py" line="99"/>
        <source>PDF，表后加汇总概览页 (*.pdf)</source>
        <translation>PDF, with collection overview pages after the table (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_totals.py" line="102"/>
        <location filename="../../govinfo_desktop/qt/collection_totals.py" line="121"/>
        <source>导出合计</source>
        <translation>Export Totals</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_totals.py" line="133"/>
        <location filename="../../govinfo_desktop/qt/collection_totals.py" line="146"/>
        <source>导出明细表</source>
        <translation>Export Detail Sheet</translation>
    </message>
</context>
<context>
    <name>TotalView</name>
    <message>
        <location filename="../../govinfo_desktop/qt/total_view.py" line="48"/>
        <source>指标</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/total_view.py" line="48"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/total_view.py" line="48"/>
        <location filename="../../govinfo_desktop/qt/total_view.py" line="146"/>
        <location filename="../../govinfo_desktop/qt/total_view.py" line="157"/>
        <source>本级自填</source>
        <translation>Own level (entered)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/total_view.py" line="48"/>
        <source>差额</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/total_view.py" line="60"/>
        <source>选中一格，查看各单位的数</source>
        <translation>Select a cell to see each unit&apos;s figure</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/total_view.py" line="64"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/total_view.py" line="64"/>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/total_view.py" line="64"/>
        <source>占比</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/total_view.py" line="88"/>
        <source>{0}（{1}）：{2}</source>
        <translation>{0} ({1}): {2}</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/total_view.py" line="130"/>
        <source>……共 {0} 个单位</source>
        <translation>… {0} units in all</translation>
    </message>
</context>
<context>
    <name>UnitActions</name>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_units.py" line="35"/>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_units.py" line="36"/>
        <source>所选单位的标签（用“、”分开，如 县本级、街道）：</source>
        <translation>Tags for the selected units (separated by “、”, e.g. 县本级、街道):</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_units.py" line="55"/>
        <source>退回意见</source>
        <translation>Return Notes</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_units.py" line="55"/>
        <source>其他意见（可不填）：</source>
        <translation>Other notes (optional):</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_units.py" line="60"/>
        <source>退回意见 PDF 保存到</source>
        <translation>Save the return notes PDF to</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/collection_units.py" line="73"/>
        <source>已写退回意见：{0}（及 .docx）</source>
        <translation>Return notes written: {0} (and .docx)</translation>
    </message>
</context>
<context>
    <name>UnitViewer</name>
    <message>
        <location filename="../../govinfo_desktop/qt/unit_viewer.py" line="31"/>
        <source>{0}（第 {1} 版，只读）</source>
        <translation>{0} (version {1}, read-only)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/unit_viewer.py" line="38"/>
        <source>文件：{0}&#x3000;收到：{1}&#x3000;状态：{2}</source>
        <translation>File: {0}    Received: {1}    Status: {2}</translation>
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
        <location filename="../../govinfo_desktop/qt/menus.py" line="140"/>
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="140"/>
        <source>打开…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="140"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="141"/>
        <source>另存为…</source>
        <translation>Save As…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="141"/>
        <source>导入Excel…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="142"/>
        <source>导出Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="142"/>
        <source>导出空白模板…</source>
        <translation>Export Blank Template…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="143"/>
        <source>打印预览</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="143"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="143"/>
        <source>导出PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="144"/>
        <source>用系统阅读器打开</source>
        <translation>Open in System Viewer</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="144"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="144"/>
        <location filename="../../govinfo_desktop/qt/menus.py" line="179"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="145"/>
        <location filename="../../govinfo_desktop/qt/menus.py" line="180"/>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="145"/>
        <source>查找…</source>
        <translation>Find…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="145"/>
        <source>清除列表</source>
        <translation>Clear List</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="146"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="146"/>
        <source>打开日志文件夹</source>
        <translation>Open Log Folder</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="147"/>
        <source>放大</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="147"/>
        <source>缩小</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="147"/>
        <source>实际大小</source>
        <translation>Actual Size</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="148"/>
        <source>上年报表…</source>
        <translation>Last Year&apos;s Report…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="148"/>
        <source>新建汇总…</source>
        <translation>New Collection…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="149"/>
        <source>打开汇总…</source>
        <translation>Open Collection…</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="154"/>
        <source>按名称查找指标（Ctrl+F）</source>
        <translation>Find an indicator by name (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="155"/>
        <source>文件</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="156"/>
        <source>最近打开</source>
        <translation>Recent Files</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="157"/>
        <source>编辑</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="158"/>
        <source>视图</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="159"/>
        <source>语言</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="160"/>
        <source>帮助</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="201"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/menus.py" line="146"/>
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
    <name>autosave</name>
    <message>
        <location filename="../../govinfo_desktop/qt/autosave.py" line="57"/>
        <source>（未填写填报单位）</source>
        <translation>(reporting unit not filled in)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/autosave.py" line="60"/>
        <source>（未填写年度）</source>
        <translation>(year not filled in)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/autosave.py" line="66"/>
        <source>（未保存过的新报表）</source>
        <translation>(new report, never saved)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/autosave.py" line="69"/>
        <source>填报单位：{0}
年度：{1}
{2}
文件：{3}</source>
        <translation>Reporting unit: {0}
Year: {1}
{2}
File: {3}</translation>
    </message>
</context>
<context>
    <name>clipboard</name>
    <message>
        <location filename="../../govinfo_desktop/qt/clipboard.py" line="118"/>
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
        <location filename="../../govinfo_desktop/qt/commands.py" line="105"/>
        <source>改为手工填写“%1”</source>
        <translation>Enter “%1” by hand</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/commands.py" line="107"/>
        <source>“%1”恢复自动合计</source>
        <translation>Restore the automatic total of “%1”</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/commands.py" line="128"/>
        <source>改为 %1（%2）</source>
        <translation>Change to %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/commands.py" line="132"/>
        <source>填入合计 %1</source>
        <translation>Fill in the total %1</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/commands.py" line="140"/>
        <source>修改%1</source>
        <translation>Change %1</translation>
    </message>
</context>
<context>
    <name>last_year</name>
    <message>
        <location filename="../../govinfo_desktop/qt/last_year.py" line="29"/>
        <source>报表 (*.govinfo *.xlsx *.xls *.xlsm)</source>
        <translation>Reports (*.govinfo *.xlsx *.xls *.xlsm)</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/last_year.py" line="48"/>
        <source>选择上年报表</source>
        <translation>Choose Last Year&apos;s Report</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/last_year.py" line="63"/>
        <source>上年报表</source>
        <translation>Last Year&apos;s Report</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/last_year.py" line="71"/>
        <source>填入上年结转 %1 格</source>
        <translation>Fill in %1 carried-over cells from last year</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/last_year.py" line="100"/>
        <source>未能载入上年报表（可在“文件 → 上年报表…”重新选择）：</source>
        <translation>Could not load last year&apos;s report (choose it again in “File → Last Year&apos;s Report…”): </translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/last_year.py" line="118"/>
        <source>上年结转</source>
        <translation>Carried Over from Last Year</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/last_year.py" line="119"/>
        <source>按上年报表的“结转下年度继续办理”填入本年“上年结转”（只填空着的格）？</source>
        <translation>Fill this year&apos;s “carried over from last year” from last year&apos;s “carried over to next year” (blank cells only)?</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/last_year.py" line="138"/>
        <source>与上年核对</source>
        <translation>Check Against Last Year</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/last_year.py" line="140"/>
        <source>上年报表：%1
与上年核对发现 %2 处需要说明。</source>
        <translation>Last year&apos;s report: %1
Checking against last year found %2 points that need explaining.</translation>
    </message>
</context>
<context>
    <name>metadata</name>
    <message>
        <location filename="../../govinfo_desktop/qt/commands.py" line="114"/>
        <source>填报单位</source>
        <translation>Reporting unit</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/commands.py" line="115"/>
        <source>统计范围</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/commands.py" line="116"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/commands.py" line="117"/>
        <source>单位负责人</source>
        <translation>Head of unit</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/commands.py" line="118"/>
        <source>填表人</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/commands.py" line="119"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../govinfo_desktop/qt/commands.py" line="120"/>
        <source>填报日期</source>
        <translation>Date</translation>
    </message>
</context>
</TS>
