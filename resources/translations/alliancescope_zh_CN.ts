<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AllianceScope::AllianceScene</name>
    <message>
        <location filename="../../app/graphview/alliancescene.cpp" line="558"/>
        <source>Mechanism</source>
        <translation>机制</translation>
    </message>
    <message>
        <location filename="../../app/graphview/alliancescene.cpp" line="559"/>
        <source>No active members</source>
        <translation>当前无成员</translation>
    </message>
    <message>
        <location filename="../../app/graphview/alliancescene.cpp" line="559"/>
        <source>Members: %1</source>
        <translation>成员：%1</translation>
    </message>
    <message>
        <location filename="../../app/graphview/alliancescene.cpp" line="561"/>
        <source>Weighted degree (%1): %2</source>
        <translation>加权度（%1）：%2</translation>
    </message>
    <message>
        <location filename="../../app/graphview/alliancescene.cpp" line="566"/>
        <location filename="../../app/graphview/alliancescene.cpp" line="575"/>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <location filename="../../app/graphview/alliancescene.cpp" line="576"/>
        <source>Layer</source>
        <translation>层面</translation>
    </message>
    <message>
        <location filename="../../app/graphview/alliancescene.cpp" line="577"/>
        <source>Tier</source>
        <translation>制度等级</translation>
    </message>
    <message>
        <location filename="../../app/graphview/alliancescene.cpp" line="577"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
</context>
<context>
    <name>AllianceScope::BackgroundWork</name>
    <message>
        <location filename="../../app/mainwindow/backgroundwork.cpp" line="99"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/backgroundwork.cpp" line="100"/>
        <source>Stop the work in the background; what is shown stays</source>
        <translation>停止后台计算；已显示的内容保留</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/backgroundwork.cpp" line="120"/>
        <source>Laying out the graph…</source>
        <translation>正在布局网络图…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/backgroundwork.cpp" line="123"/>
        <source>Computing the charts… %1 %</source>
        <translation>正在计算图表… %1%</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/backgroundwork.cpp" line="124"/>
        <source>Computing the charts…</source>
        <translation>正在计算图表…</translation>
    </message>
</context>
<context>
    <name>AllianceScope::ChartExport</name>
    <message>
        <location filename="../../app/charts/chartexport.cpp" line="51"/>
        <source>the SVG could not be started</source>
        <translation>无法开始生成 SVG</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartexport.cpp" line="86"/>
        <location filename="../../app/charts/chartexport.cpp" line="108"/>
        <source>cannot write %1: the file name must end in .svg or .png</source>
        <translation>无法写入 %1：文件名须以 .svg 或 .png 结尾</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartexport.cpp" line="88"/>
        <source>cannot write %1: the chart has no size</source>
        <translation>无法写入 %1：图表没有尺寸</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="vanished">无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: the SVG could not be started</source>
        <translation type="vanished">无法写入 %1：无法开始生成 SVG</translation>
    </message>
</context>
<context>
    <name>AllianceScope::ChartPanel</name>
    <message>
        <location filename="../../app/charts/chartpanel.cpp" line="251"/>
        <source>Dyad weights</source>
        <translation>双边权重</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartpanel.cpp" line="252"/>
        <source>Metrics</source>
        <translation>网络指标</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartpanel.cpp" line="253"/>
        <source>The weight of the chosen pairs of states over time; dashed: the institutional tier</source>
        <translation>所选国家对的权重随时间的变化；虚线：制度等级</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartpanel.cpp" line="254"/>
        <source>Triangle cohesion, density and weighted degrees over time</source>
        <translation>三角凝聚度、密度和加权度随时间的变化</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartpanel.cpp" line="255"/>
        <source>The pairs of states to show</source>
        <translation>要显示的国家对</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartpanel.cpp" line="256"/>
        <source>The metrics to show</source>
        <translation>要显示的指标</translation>
    </message>
</context>
<context>
    <name>AllianceScope::ChartRenderer</name>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="216"/>
        <source>Triangle: weakest link</source>
        <translation>三角：最弱一边</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="218"/>
        <source>Triangle: geometric mean</source>
        <translation>三角：几何平均</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="220"/>
        <source>Density</source>
        <translation>密度</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="222"/>
        <source>Weighted degree: %1</source>
        <translation>加权度：%1</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="429"/>
        <source>Tier of %1</source>
        <translation>%1 的制度等级</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="430"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="431"/>
        <source>Current date</source>
        <translation>当前日期</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="432"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="434"/>
        <source>Weight (solid)</source>
        <translation>权重（实线）</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="435"/>
        <source>Tier (dashed)</source>
        <translation>制度等级（虚线）</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="437"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="445"/>
        <source>security layer</source>
        <translation>安全层面</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="446"/>
        <source>political layer</source>
        <translation>政治层面</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="447"/>
        <source>economic layer</source>
        <translation>经济层面</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="448"/>
        <source>all layers</source>
        <translation>所有层面</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="450"/>
        <source>Weight of the dyads over time (%1)</source>
        <translation>双边权重随时间的变化（%1）</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="451"/>
        <source>Network metrics over time (%1)</source>
        <translation>网络指标随时间的变化（%1）</translation>
    </message>
</context>
<context>
    <name>AllianceScope::EdgeHistoryPanel</name>
    <message>
        <location filename="../../app/mainwindow/edgehistorypanel.cpp" line="96"/>
        <source>Edge history</source>
        <translation>连线历史</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/edgehistorypanel.cpp" line="97"/>
        <source>Click an edge in the graph to see the events that gave it its weight.</source>
        <translation>点击图中的一条连线，查看决定其权重的事件。</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/edgehistorypanel.cpp" line="103"/>
        <source>History of %1</source>
        <translation>%1 的历史</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/edgehistorypanel.cpp" line="118"/>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/edgehistorypanel.cpp" line="122"/>
        <source>Tier: %1</source>
        <translation>制度等级：%1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/edgehistorypanel.cpp" line="143"/>
        <source>%1: weight %2, tier %3 (%4), score %5</source>
        <translation>%1：权重 %2，等级 %3（%4），得分 %5</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/edgehistorypanel.cpp" line="149"/>
        <source>On %1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/edgehistorypanel.cpp" line="188"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/edgehistorypanel.cpp" line="188"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/edgehistorypanel.cpp" line="188"/>
        <source>Layer</source>
        <translation>层面</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/edgehistorypanel.cpp" line="188"/>
        <source>Tier</source>
        <translation>制度等级</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/edgehistorypanel.cpp" line="188"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/edgehistorypanel.cpp" line="189"/>
        <source>The events that moved this edge; later events are greyed out. Click one to go to it.</source>
        <translation>改变这条连线的事件；之后的事件显示为灰色。点击可跳转到该事件。</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/edgehistorypanel.cpp" line="191"/>
        <source>The edge&apos;s tier, decayed relations score and displayed weight at the current date</source>
        <translation>当前日期下该连线的制度等级、衰减后的关系得分和显示权重</translation>
    </message>
</context>
<context>
    <name>AllianceScope::EventListPanel</name>
    <message>
        <location filename="../../app/mainwindow/eventlistpanel.cpp" line="101"/>
        <source>All events</source>
        <translation>全部事件</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventlistpanel.cpp" line="102"/>
        <source>Filter events…</source>
        <translation>筛选事件…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventlistpanel.cpp" line="103"/>
        <source>Show only the events whose date, title, category or source contains this text</source>
        <translation>只显示日期、标题、类别或出处中包含此文字的事件</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventlistpanel.cpp" line="105"/>
        <source>Every event of the chronology; choose one to go to its date</source>
        <translation>年表中的全部事件；选择一个事件即可跳转到其日期</translation>
    </message>
</context>
<context>
    <name>AllianceScope::EventPanel</name>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="146"/>
        <source>%1 joins %2</source>
        <translation>%1 加入 %2</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="147"/>
        <source>%1 leaves %2</source>
        <translation>%1 退出 %2</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="148"/>
        <source>membership</source>
        <translation>成员资格</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="159"/>
        <source>%1 (every pair)</source>
        <translation>%1（两两之间）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="163"/>
        <source>→ %1 (%2)</source>
        <translation>→ %1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="166"/>
        <source>%1 (ongoing)</source>
        <translation>%1（持续）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="178"/>
        <source>No chronology loaded</source>
        <translation>未加载年表</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="179"/>
        <source>Before the first event</source>
        <translation>第一个事件之前</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="189"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="194"/>
        <source>Category: %1 (score %2)</source>
        <translation>类别：%1（得分 %2）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="201"/>
        <source>Paper, introduction</source>
        <translation>论文，引言</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="202"/>
        <source>Paper, §%1</source>
        <translation>论文，第 %1 节</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="204"/>
        <source>footnote %1</source>
        <translation>脚注 %1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="209"/>
        <source>Source: %1</source>
        <translation>出处：%1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="209"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="238"/>
        <source>Current event</source>
        <translation>当前事件</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="239"/>
        <source>Effects</source>
        <translation>影响</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="240"/>
        <source>Context: general knowledge the paper presupposes</source>
        <translation>背景：论文所预设的一般知识</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="241"/>
        <source>This event is not dated in the paper itself; it is included as background, with its general source.</source>
        <translation>论文本身未注明此事件的日期；它作为背景收录，并注明一般出处。</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="244"/>
        <source>Dyad or membership</source>
        <translation>双边关系或成员资格</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="244"/>
        <source>Layer</source>
        <translation>层面</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="244"/>
        <source>Tier</source>
        <translation>制度等级</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="244"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="245"/>
        <source>What this event does to the network; hover a row for the reason behind it</source>
        <translation>此事件对网络的影响；将鼠标悬停在某一行上可查看理由</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="247"/>
        <source>The event in our own words</source>
        <translation>用我们自己的话概述的事件</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="248"/>
        <source>The event&apos;s category and its default score (−10…+10)</source>
        <translation>事件的类别及其默认得分（−10…+10）</translation>
    </message>
</context>
<context>
    <name>AllianceScope::ExportDialog</name>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="37"/>
        <location filename="../../app/export/exportdialog.cpp" line="213"/>
        <location filename="../../app/export/exportdialog.cpp" line="301"/>
        <source>Export Figure</source>
        <translation>导出图形</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="40"/>
        <source>This date (%1)</source>
        <translation>当前日期（%1）</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="41"/>
        <source>Every event, one file each</source>
        <translation>每个事件各一个文件</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="42"/>
        <source>Animated GIF of every event</source>
        <translation>所有事件的 GIF 动画</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="45"/>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="46"/>
        <source>SVG vector graphics</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="47"/>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="50"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="57"/>
        <source>Width in pixels</source>
        <translation>宽度（像素）</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="58"/>
        <source>Resolution (%1 in wide)</source>
        <translation>分辨率（宽 %1 英寸）</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="61"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="64"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="76"/>
        <source> ms per frame</source>
        <translation> 毫秒/帧</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="79"/>
        <source>Graph</source>
        <translation>网络图</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="80"/>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="81"/>
        <source>Graph and chart</source>
        <translation>网络图和图表</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="90"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="91"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="94"/>
        <source>White</source>
        <translation>白色</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="95"/>
        <source>Transparent</source>
        <translation>透明</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="97"/>
        <source>Caption: date, event and source</source>
        <translation>说明文字：日期、事件和出处</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="98"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="101"/>
        <source>Export:</source>
        <translation>导出：</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="102"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="103"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="104"/>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="106"/>
        <source>Animation:</source>
        <translation>动画：</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="107"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="108"/>
        <source>Layer:</source>
        <translation>层面：</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="109"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="110"/>
        <source>Background:</source>
        <translation>背景：</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="115"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="210"/>
        <source>Folder for the frames</source>
        <translation>帧图像的文件夹</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="214"/>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="272"/>
        <source>Choose where to save the export.</source>
        <translation>请选择导出的保存位置。</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="290"/>
        <source>Exporting frames</source>
        <translation>正在导出帧图像</translation>
    </message>
    <message>
        <location filename="../../app/export/exportdialog.cpp" line="295"/>
        <source>Exporting animation</source>
        <translation>正在导出动画</translation>
    </message>
</context>
<context>
    <name>AllianceScope::ExportProgressDialog</name>
    <message>
        <location filename="../../app/export/exportprogressdialog.cpp" line="12"/>
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <location filename="../../app/export/exportprogressdialog.cpp" line="13"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/export/exportprogressdialog.cpp" line="26"/>
        <source>Frame %1 of %2</source>
        <translation>第 %1 帧，共 %2 帧</translation>
    </message>
</context>
<context>
    <name>AllianceScope::FigureExporter</name>
    <message>
        <location filename="../../app/export/figureexporter.cpp" line="316"/>
        <source>Cannot lay out the graph: %1</source>
        <translation>无法布局网络图：%1</translation>
    </message>
    <message>
        <location filename="../../app/export/figureexporter.cpp" line="157"/>
        <location filename="../../app/export/figureexporter.cpp" line="522"/>
        <location filename="../../app/export/figureexporter.cpp" line="528"/>
        <location filename="../../app/export/figureexporter.cpp" line="627"/>
        <location filename="../../app/export/figureexporter.cpp" line="633"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="vanished">无法写入 %1</translation>
    </message>
    <message>
        <location filename="../../app/export/figureexporter.cpp" line="522"/>
        <location filename="../../app/export/figureexporter.cpp" line="627"/>
        <source>the figure could not be drawn</source>
        <translation>无法绘制图形</translation>
    </message>
    <message>
        <location filename="../../app/export/figureexporter.cpp" line="555"/>
        <location filename="../../app/export/figureexporter.cpp" line="661"/>
        <source>Unknown figure format: %1 (use .svg, .png or .pdf)</source>
        <translation>未知的图形格式：%1（请使用 .svg、.png 或 .pdf）</translation>
    </message>
    <message>
        <location filename="../../app/export/figureexporter.cpp" line="572"/>
        <source>Frames are written as svg, png or pdf</source>
        <translation>帧图像可保存为 svg、png 或 pdf</translation>
    </message>
    <message>
        <location filename="../../app/export/figureexporter.cpp" line="575"/>
        <source>Cannot write frames to %1: not a directory</source>
        <translation>无法将帧图像写入 %1：不是文件夹</translation>
    </message>
    <message>
        <location filename="../../app/export/figureexporter.cpp" line="578"/>
        <source>Cannot write frames to %1: %2 does not exist</source>
        <translation>无法将帧图像写入 %1：%2 不存在</translation>
    </message>
    <message>
        <location filename="../../app/export/figureexporter.cpp" line="585"/>
        <source>Cannot write frames to %1: it holds %2, which is not a frame; choose a new or empty folder</source>
        <translation>无法将帧写入 %1：其中含有 %2，它不是帧文件；请选择新的或空的文件夹</translation>
    </message>
    <message>
        <location filename="../../app/export/figureexporter.cpp" line="590"/>
        <location filename="../../app/export/figureexporter.cpp" line="652"/>
        <source>Cannot write frames to %1: %2</source>
        <translation>无法将帧图像写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write frames to %1</source>
        <translation type="vanished">无法将帧图像写入 %1</translation>
    </message>
    <message>
        <location filename="../../app/export/figureexporter.cpp" line="663"/>
        <source>A sheet needs at least one date</source>
        <translation>组图至少需要一个日期</translation>
    </message>
    <message>
        <location filename="../../app/export/figureexporter.cpp" line="778"/>
        <source>An animation is written as .gif: %1</source>
        <translation>动画须保存为 .gif：%1</translation>
    </message>
    <message>
        <location filename="../../app/export/figureexporter.cpp" line="784"/>
        <source>The chronology has no events</source>
        <translation>年表中没有事件</translation>
    </message>
</context>
<context>
    <name>AllianceScope::FontCheck</name>
    <message>
        <location filename="../../app/graphview/fontcheck.cpp" line="44"/>
        <source>warning: no usable font was found (fontconfig lists no font that draws Latin letters), so labels and text will be drawn as empty boxes; install a font, e.g. `apt-get install fonts-noto-cjk fonts-dejavu-core`, or check FONTCONFIG_FILE and QT_QPA_FONTDIR</source>
        <translation>警告：未找到可用字体（fontconfig 未列出任何能显示拉丁字母的字体），标签和文字将显示为空白方框；请安装字体，例如 `apt-get install fonts-noto-cjk fonts-dejavu-core`，或检查 FONTCONFIG_FILE 和 QT_QPA_FONTDIR</translation>
    </message>
</context>
<context>
    <name>AllianceScope::GifEncoder</name>
    <message>
        <location filename="../../app/export/gifencoder.cpp" line="108"/>
        <source>Invalid GIF size %1×%2</source>
        <translation>无效的 GIF 尺寸 %1×%2</translation>
    </message>
    <message>
        <location filename="../../app/export/gifencoder.cpp" line="92"/>
        <location filename="../../app/export/gifencoder.cpp" line="112"/>
        <location filename="../../app/export/gifencoder.cpp" line="234"/>
        <location filename="../../app/export/gifencoder.cpp" line="243"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/export/gifencoder.cpp" line="119"/>
        <source>Cannot start the GIF</source>
        <translation>无法开始生成 GIF</translation>
    </message>
    <message>
        <location filename="../../app/export/gifencoder.cpp" line="138"/>
        <source>Cannot write the GIF header</source>
        <translation>无法写入 GIF 文件头</translation>
    </message>
    <message>
        <location filename="../../app/export/gifencoder.cpp" line="147"/>
        <source>Cannot write the GIF loop extension</source>
        <translation>无法写入 GIF 循环扩展</translation>
    </message>
    <message>
        <location filename="../../app/export/gifencoder.cpp" line="208"/>
        <location filename="../../app/export/gifencoder.cpp" line="210"/>
        <location filename="../../app/export/gifencoder.cpp" line="214"/>
        <source>Cannot write a GIF frame</source>
        <translation>无法写入 GIF 帧</translation>
    </message>
    <message>
        <location filename="../../app/export/gifencoder.cpp" line="227"/>
        <source>Cannot finish the GIF</source>
        <translation>无法完成 GIF</translation>
    </message>
</context>
<context>
    <name>AllianceScope::GovernmentBands</name>
    <message>
        <location filename="../../app/timeline/governmentbands.cpp" line="25"/>
        <source>Who governed: one row per state, each term coloured by its orientation (progressive, conservative, centrist)</source>
        <translation>执政者：每个国家一行，每届政府按其取向着色（进步、保守、中间）</translation>
    </message>
    <message>
        <location filename="../../app/timeline/governmentbands.cpp" line="164"/>
        <source>in office</source>
        <translation>在任</translation>
    </message>
    <message>
        <location filename="../../app/timeline/governmentbands.cpp" line="167"/>
        <source>%1 (%2), %3
%4 – %5</source>
        <translation>%1（%2），%3
%4 – %5</translation>
    </message>
</context>
<context>
    <name>AllianceScope::GuideDialog</name>
    <message>
        <location filename="../../app/help/guidedialog.cpp" line="64"/>
        <source>AllianceScope Guide</source>
        <translation>同盟透视使用指南</translation>
    </message>
    <message>
        <location filename="../../app/help/guidedialog.cpp" line="65"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>AllianceScope::HalfLifeControls</name>
    <message>
        <location filename="../../app/charts/halflifecontrols.cpp" line="91"/>
        <source>Half-life:</source>
        <translation>半衰期：</translation>
    </message>
    <message>
        <location filename="../../app/charts/halflifecontrols.cpp" line="92"/>
        <source>How long an event&apos;s effect on the relations score takes to halve, per layer</source>
        <translation>事件对关系得分的影响减半所需的时间（按层面）</translation>
    </message>
    <message>
        <location filename="../../app/charts/halflifecontrols.cpp" line="93"/>
        <source>&amp;Security</source>
        <translation>安全(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/charts/halflifecontrols.cpp" line="94"/>
        <source>&amp;Political</source>
        <translation>政治(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/charts/halflifecontrols.cpp" line="95"/>
        <source>&amp;Economic</source>
        <translation>经济(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/charts/halflifecontrols.cpp" line="97"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../app/charts/halflifecontrols.cpp" line="98"/>
        <source>Half-life in days (%1 to %2)</source>
        <translation>半衰期，单位为天（%1 至 %2）</translation>
    </message>
    <message>
        <location filename="../../app/charts/halflifecontrols.cpp" line="102"/>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/charts/halflifecontrols.cpp" line="103"/>
        <source>Back to the default half-lives</source>
        <translation>恢复默认半衰期</translation>
    </message>
</context>
<context>
    <name>AllianceScope::LegendItem</name>
    <message>
        <location filename="../../app/graphview/legenditem.cpp" line="55"/>
        <location filename="../../app/graphview/legenditem.cpp" line="105"/>
        <source>Edge weight |w|</source>
        <translation>连线权重 |w|</translation>
    </message>
    <message>
        <location filename="../../app/graphview/legenditem.cpp" line="55"/>
        <location filename="../../app/graphview/legenditem.cpp" line="119"/>
        <source>Sign and strength</source>
        <translation>方向与强度</translation>
    </message>
    <message>
        <location filename="../../app/graphview/legenditem.cpp" line="55"/>
        <location filename="../../app/graphview/legenditem.cpp" line="139"/>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../app/graphview/legenditem.cpp" line="55"/>
        <location filename="../../app/graphview/legenditem.cpp" line="140"/>
        <source>cooperation</source>
        <translation>合作</translation>
    </message>
    <message>
        <location filename="../../app/graphview/legenditem.cpp" line="56"/>
        <location filename="../../app/graphview/legenditem.cpp" line="147"/>
        <source>Institutional tier</source>
        <translation>制度等级</translation>
    </message>
    <message>
        <location filename="../../app/graphview/legenditem.cpp" line="59"/>
        <location filename="../../app/graphview/legenditem.cpp" line="153"/>
        <source>hostile (adversary, armistice)</source>
        <translation>敌对（敌手、停战）</translation>
    </message>
    <message>
        <location filename="../../app/graphview/legenditem.cpp" line="60"/>
        <location filename="../../app/graphview/legenditem.cpp" line="162"/>
        <source>Actors</source>
        <translation>行为体</translation>
    </message>
    <message>
        <location filename="../../app/graphview/legenditem.cpp" line="60"/>
        <location filename="../../app/graphview/legenditem.cpp" line="186"/>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../app/graphview/legenditem.cpp" line="60"/>
        <location filename="../../app/graphview/legenditem.cpp" line="187"/>
        <source>Mechanism</source>
        <translation>机制</translation>
    </message>
    <message>
        <location filename="../../app/graphview/legenditem.cpp" line="60"/>
        <location filename="../../app/graphview/legenditem.cpp" line="188"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../app/graphview/legenditem.cpp" line="60"/>
        <location filename="../../app/graphview/legenditem.cpp" line="189"/>
        <source>Partner or observer</source>
        <translation>伙伴或观察员</translation>
    </message>
</context>
<context>
    <name>AllianceScope::MainWindow</name>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="202"/>
        <source>AllianceScope — %1</source>
        <translation>AllianceScope 同盟透视 — %1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="204"/>
        <source>AllianceScope</source>
        <translation>AllianceScope 同盟透视</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="205"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="209"/>
        <source>The current date and event</source>
        <translation>当前日期和事件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/mainwindow/mainwindow.cpp" line="237"/>
        <source>… and %n more error(s)</source>
        <translation>
            <numerusform>……另有 %n 个错误</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="240"/>
        <source>“%1” could not be opened. The chronology shown is unchanged.</source>
        <translation>无法打开“%1”。当前显示的年表保持不变。</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="242"/>
        <source>“%1” could not be opened.</source>
        <translation>无法打开“%1”。</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="246"/>
        <source>Cannot open chronology</source>
        <translation>无法打开年表</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="279"/>
        <source>Open Chronology</source>
        <translation>打开年表</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="280"/>
        <source>Chronologies (*.json);;All files (*)</source>
        <translation>年表 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="311"/>
        <source>(the loaded chronology names no source)</source>
        <translation>（所加载的年表未注明来源）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="313"/>
        <source>AllianceScope %1</source>
        <translation>AllianceScope 同盟透视 %1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="314"/>
        <source>The alliance network of the United States, Japan and the Republic of Korea over time, from the end of the Second World War to the 2023 Camp David summit.</source>
        <translation>美国、日本和韩国同盟网络随时间的演变：从第二次世界大战结束到 2023 年戴维营峰会。</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="316"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="317"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="319"/>
        <source>Event titles and summaries are written in our own words; each event cites the paper&apos;s section and footnote.</source>
        <translation>事件标题和摘要均由我们自行撰写；每个事件都注明论文的章节和脚注。</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="321"/>
        <source>Built with Qt %1 and Graphviz.</source>
        <translation>基于 Qt %1 和 Graphviz 构建。</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="322"/>
        <source>Licence: MIT (Expat). Copyright 2026 The AllianceScope developers.</source>
        <translation>许可证：MIT（Expat）。版权所有 2026 同盟透视开发者。</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="324"/>
        <source>About AllianceScope</source>
        <translation>关于 AllianceScope</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="356"/>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="378"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="370"/>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="370"/>
        <source>SVG (*.svg);;PNG (*.png)</source>
        <translation>SVG (*.svg);;PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="375"/>
        <source>Cannot export the chart</source>
        <translation>无法导出图表</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="390"/>
        <source>The figure is on the clipboard</source>
        <translation>图像已复制到剪贴板</translation>
    </message>
    <message>
        <source>Laying out the graph…</source>
        <translation type="vanished">正在布局网络图…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="155"/>
        <source>The layout failed: %1</source>
        <translation>布局失败：%1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="492"/>
        <source>%1 — %2 (event %3 of %4)</source>
        <translation>%1 — %2（第 %3 个事件，共 %4 个）</translation>
    </message>
</context>
<context>
    <name>AllianceScope::Palette</name>
    <message>
        <location filename="../../app/graphview/palette.cpp" line="34"/>
        <location filename="../../app/graphview/palette.cpp" line="46"/>
        <source>mutual defence treaty</source>
        <translation>共同防御条约</translation>
    </message>
    <message>
        <location filename="../../app/graphview/palette.cpp" line="36"/>
        <source>consultation commitment</source>
        <translation>磋商承诺</translation>
    </message>
    <message>
        <location filename="../../app/graphview/palette.cpp" line="38"/>
        <source>functional agreement</source>
        <translation>功能性协定</translation>
    </message>
    <message>
        <location filename="../../app/graphview/palette.cpp" line="40"/>
        <source>regular consultation</source>
        <translation>定期磋商</translation>
    </message>
    <message>
        <location filename="../../app/graphview/palette.cpp" line="42"/>
        <source>no institutional tie</source>
        <translation>无制度联系</translation>
    </message>
    <message>
        <location filename="../../app/graphview/palette.cpp" line="44"/>
        <source>adversary</source>
        <translation>敌对</translation>
    </message>
    <message>
        <location filename="../../app/graphview/palette.cpp" line="46"/>
        <source>armistice (no peace treaty)</source>
        <translation>停战（无和平条约）</translation>
    </message>
    <message>
        <location filename="../../app/graphview/palette.cpp" line="54"/>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../app/graphview/palette.cpp" line="56"/>
        <source>Political</source>
        <translation>政治</translation>
    </message>
    <message>
        <location filename="../../app/graphview/palette.cpp" line="58"/>
        <source>Economic</source>
        <translation>经济</translation>
    </message>
    <message>
        <location filename="../../app/graphview/palette.cpp" line="60"/>
        <source>All layers</source>
        <translation>所有层面</translation>
    </message>
    <message>
        <location filename="../../app/graphview/palette.cpp" line="98"/>
        <source>progressive</source>
        <translation>进步派</translation>
    </message>
    <message>
        <location filename="../../app/graphview/palette.cpp" line="100"/>
        <source>conservative</source>
        <translation>保守派</translation>
    </message>
    <message>
        <location filename="../../app/graphview/palette.cpp" line="101"/>
        <source>centrist</source>
        <translation>中间派</translation>
    </message>
</context>
<context>
    <name>AllianceScope::TimeChart</name>
    <message>
        <location filename="../../app/charts/timechart.cpp" line="121"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../app/charts/timechart.cpp" line="124"/>
        <source>(tier %1)</source>
        <translation>（等级 %1）</translation>
    </message>
    <message>
        <location filename="../../app/charts/timechart.cpp" line="138"/>
        <source>Nearest event: %1 %2</source>
        <translation>最近的事件：%1 %2</translation>
    </message>
</context>
<context>
    <name>AllianceScope::TimelineWidget</name>
    <message>
        <location filename="../../app/timeline/timelinewidget.cpp" line="288"/>
        <source>Before the first event</source>
        <translation>第一个事件之前</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinewidget.cpp" line="308"/>
        <source>First Event</source>
        <translation>第一个事件</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinewidget.cpp" line="309"/>
        <source>Go to the first event (Home)</source>
        <translation>跳到第一个事件（Home）</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinewidget.cpp" line="310"/>
        <source>Previous Event</source>
        <translation>上一个事件</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinewidget.cpp" line="311"/>
        <source>Go to the previous event (←)</source>
        <translation>跳到上一个事件（←）</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinewidget.cpp" line="312"/>
        <source>Next Event</source>
        <translation>下一个事件</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinewidget.cpp" line="313"/>
        <source>Go to the next event (→)</source>
        <translation>跳到下一个事件（→）</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinewidget.cpp" line="314"/>
        <source>Last Event</source>
        <translation>最后一个事件</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinewidget.cpp" line="315"/>
        <source>Go to the last event (End)</source>
        <translation>跳到最后一个事件（End）</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinewidget.cpp" line="317"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinewidget.cpp" line="318"/>
        <source>Pause the playback (Space)</source>
        <translation>暂停播放（空格）</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinewidget.cpp" line="320"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinewidget.cpp" line="321"/>
        <source>Play through the events one by one (Space)</source>
        <translation>逐个播放事件（空格）</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinewidget.cpp" line="327"/>
        <source>%1× (%2 s per event)</source>
        <translation>%1×（每个事件 %2 秒）</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinewidget.cpp" line="330"/>
        <source>Playback speed: how long each event stays on screen</source>
        <translation>播放速度：每个事件在屏幕上停留的时间</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinewidget.cpp" line="331"/>
        <source>The current date, at the precision the source gives</source>
        <translation>当前日期，精度与资料来源一致</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinewidget.cpp" line="332"/>
        <source>Click an event&apos;s tick to go to it; drag to move through time</source>
        <translation>点击事件刻度可跳转到该事件；拖动可在时间中移动</translation>
    </message>
</context>
<context>
    <name>AllianceScope::WindowActions</name>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="245"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="246"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="247"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="248"/>
        <source>&amp;Go</source>
        <translation>跳转(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="249"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="250"/>
        <source>&amp;Layer</source>
        <translation>层面(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="251"/>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="252"/>
        <source>Layout &amp;Mode</source>
        <translation>布局方式(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="253"/>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="260"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="260"/>
        <source>Open a chronology file (JSON, format 1)</source>
        <translation>打开年表文件（JSON，格式 1）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="261"/>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="261"/>
        <source>Read the current chronology file again</source>
        <translation>重新读取当前年表文件</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="262"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="262"/>
        <source>Quit AllianceScope</source>
        <translation>退出 AllianceScope</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="263"/>
        <source>&amp;Export Figure…</source>
        <translation>导出图像(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="264"/>
        <source>Save the graph (and the chart) as PNG, SVG, PDF, a frame per event or a GIF (Ctrl+E)</source>
        <translation>将关系图（及图表）保存为 PNG、SVG、PDF、逐事件帧或 GIF 动画（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="265"/>
        <source>Export &amp;Chart…</source>
        <translation>导出图表(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="266"/>
        <source>Save the chart shown in the Charts panel as SVG or PNG (Ctrl+Shift+E)</source>
        <translation>将图表面板中的图表保存为 SVG 或 PNG（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="267"/>
        <source>&amp;Copy Figure</source>
        <translation>复制图像(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="268"/>
        <source>Copy the figure at the current date to the clipboard (Ctrl+Shift+C)</source>
        <translation>将当前日期的图像复制到剪贴板（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="269"/>
        <source>&amp;Charts</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="270"/>
        <source>Show or hide the weights and metrics over time (F8)</source>
        <translation>显示或隐藏权重与指标的时间变化（F8）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="272"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="272"/>
        <source>Show the combined weight of all layers (Alt+1)</source>
        <translation>显示所有层面的综合权重（Alt+1）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="273"/>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="273"/>
        <source>Show the security layer only (Alt+2)</source>
        <translation>只显示安全层面（Alt+2）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="274"/>
        <source>Political</source>
        <translation>政治</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="274"/>
        <source>Show the political layer only (Alt+3)</source>
        <translation>只显示政治层面（Alt+3）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="275"/>
        <source>Economic</source>
        <translation>经济</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="275"/>
        <source>Show the economic layer only (Alt+4)</source>
        <translation>只显示经济层面（Alt+4）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="277"/>
        <source>Show the interface and the data in Chinese</source>
        <translation>以中文显示界面和数据</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="278"/>
        <source>Show the interface and the data in English</source>
        <translation>以英文显示界面和数据</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="279"/>
        <source>&amp;Switch Language</source>
        <translation>切换语言(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="280"/>
        <source>Switch between Chinese and English (Ctrl+L)</source>
        <translation>在中文和英文之间切换（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="282"/>
        <source>&amp;Stable</source>
        <translation>稳定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="283"/>
        <source>One force-directed layout of every date: nodes keep their places while the weights change</source>
        <translation>所有日期共用一个力导向布局：权重变化时节点位置不变</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="285"/>
        <source>&amp;Anchored</source>
        <translation>锚定(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="285"/>
        <source>Lay out again, starting from the current positions</source>
        <translation>从当前位置出发重新布局</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="286"/>
        <source>&amp;Circular</source>
        <translation>环形(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="286"/>
        <source>Place the actors on circles</source>
        <translation>将行为体排列在圆周上</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="287"/>
        <source>&amp;Geographic</source>
        <translation>地理(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="288"/>
        <source>Pin the states near their capitals on a map of the Pacific</source>
        <translation>在太平洋地图上将各国固定在其首都附近</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="290"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="290"/>
        <source>Enlarge the graph (Ctrl++)</source>
        <translation>放大网络图（Ctrl++）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="291"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="291"/>
        <source>Shrink the graph (Ctrl+-)</source>
        <translation>缩小网络图（Ctrl+-）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="292"/>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="292"/>
        <source>Fit the whole graph into the window (Ctrl+0)</source>
        <translation>使整个网络图适应窗口（Ctrl+0）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="293"/>
        <source>F&amp;ull Screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="294"/>
        <source>Show the window on the whole screen, for teaching (F11)</source>
        <translation>全屏显示窗口，便于课堂教学（F11）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="295"/>
        <source>Show &amp;Legend</source>
        <translation>显示图例(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="295"/>
        <source>Show or hide the legend of the graph</source>
        <translation>显示或隐藏网络图的图例</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="296"/>
        <source>Show Side &amp;Panel</source>
        <translation>显示侧边栏(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="297"/>
        <source>Show or hide the event details, the edge history and the event list (F9)</source>
        <translation>显示或隐藏事件详情、连线历史和事件列表（F9）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="298"/>
        <source>&amp;Guide</source>
        <translation>指南(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="299"/>
        <source>The keys, the model in two paragraphs and where to read more (F1)</source>
        <translation>快捷键、两段话讲清模型，以及延伸阅读（F1）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="300"/>
        <source>&amp;About AllianceScope</source>
        <translation>关于 AllianceScope(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="301"/>
        <source>The application&apos;s version and the source of its data</source>
        <translation>本程序的版本及其数据来源</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="302"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="302"/>
        <source>The version of Qt in use</source>
        <translation>所用的 Qt 版本</translation>
    </message>
</context>
</TS>
