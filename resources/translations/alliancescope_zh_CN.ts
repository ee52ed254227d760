<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AllianceScope::AllianceScene</name>
    <message>
        <location filename="../../app/graphview/alliancescene.cpp" line="719"/>
        <source>Mechanism</source>
        <translation>机制</translation>
    </message>
    <message>
        <location filename="../../app/graphview/alliancescene.cpp" line="720"/>
        <source>No active members</source>
        <translation>当前无成员</translation>
    </message>
    <message>
        <location filename="../../app/graphview/alliancescene.cpp" line="720"/>
        <source>Members: %1</source>
        <translation>成员：%1</translation>
    </message>
    <message>
        <location filename="../../app/graphview/alliancescene.cpp" line="722"/>
        <source>Weighted degree (%1): %2</source>
        <translation>加权度（%1）：%2</translation>
    </message>
    <message>
        <location filename="../../app/graphview/alliancescene.cpp" line="727"/>
        <location filename="../../app/graphview/alliancescene.cpp" line="736"/>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <location filename="../../app/graphview/alliancescene.cpp" line="737"/>
        <source>Layer</source>
        <translation>层面</translation>
    </message>
    <message>
        <location filename="../../app/graphview/alliancescene.cpp" line="738"/>
        <source>Tier</source>
        <translation>制度等级</translation>
    </message>
    <message>
        <location filename="../../app/graphview/alliancescene.cpp" line="738"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../app/graphview/alliancescene.cpp" line="758"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/graphview/alliancescene.cpp" line="759"/>
        <source>Weight: %1 → %2 (%3)</source>
        <translation>权重：%1 → %2（%3）</translation>
    </message>
    <message>
        <location filename="../../app/graphview/alliancescene.cpp" line="762"/>
        <source>Tier: %1 → %2</source>
        <translation>制度等级：%1 → %2</translation>
    </message>
</context>
<context>
    <name>AllianceScope::BackgroundWork</name>
    <message>
        <location filename="../../app/mainwindow/backgroundwork.cpp" line="115"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/backgroundwork.cpp" line="116"/>
        <source>Stop the work in the background; what is shown stays</source>
        <translation>停止后台计算；已显示的内容保留</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/backgroundwork.cpp" line="146"/>
        <source>Laying out the graph…</source>
        <translation>正在布局网络图…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/backgroundwork.cpp" line="148"/>
        <source>Computing the charts… %1 %</source>
        <translation>正在计算图表… %1%</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/backgroundwork.cpp" line="149"/>
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
</context>
<context>
    <name>AllianceScope::ChartPanel</name>
    <message>
        <location filename="../../app/charts/chartpanel.cpp" line="268"/>
        <source>Dyad weights</source>
        <translation>双边权重</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartpanel.cpp" line="269"/>
        <source>Metrics</source>
        <translation>网络指标</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartpanel.cpp" line="270"/>
        <source>The weight of the chosen pairs of states over time; dashed: the institutional tier</source>
        <translation>所选国家对的权重随时间的变化；虚线：制度等级</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartpanel.cpp" line="271"/>
        <source>Triangle cohesion, density and weighted degrees over time</source>
        <translation>三角凝聚度、密度和加权度随时间的变化</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartpanel.cpp" line="272"/>
        <source>The pairs of states to show</source>
        <translation>要显示的国家对</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartpanel.cpp" line="273"/>
        <source>The metrics to show</source>
        <translation>要显示的指标</translation>
    </message>
</context>
<context>
    <name>AllianceScope::ChartRenderer</name>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="244"/>
        <source>Triangle: weakest link</source>
        <translation>三角：最弱一边</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="246"/>
        <source>Triangle: geometric mean</source>
        <translation>三角：几何平均</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="248"/>
        <source>Density</source>
        <translation>密度</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="250"/>
        <source>Weighted degree: %1</source>
        <translation>加权度：%1</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="260"/>
        <source>Structural balance: share of balanced triads</source>
        <translation>结构平衡：平衡三元组所占比例</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="262"/>
        <source>Signed triads</source>
        <translation>有符号三元组数</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="264"/>
        <source>Triangle balanced (1 yes, −1 no, 0 not all ties)</source>
        <translation>三角关系是否平衡（1 是，−1 否，0 并非三边皆有联系）</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="265"/>
        <source>Similarity S: %1–%2</source>
        <translation>相似度 S：%1–%2</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="266"/>
        <source>Similarity κ: %1–%2</source>
        <translation>相似度 κ：%1–%2</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="512"/>
        <source>%1 (baseline)</source>
        <translation>%1（基线）</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="514"/>
        <source>Tier of %1</source>
        <translation>%1 的制度等级</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="515"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="516"/>
        <source>Current date</source>
        <translation>当前日期</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="517"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="519"/>
        <source>Weight (solid)</source>
        <translation>权重（实线）</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="520"/>
        <source>Tier (dashed)</source>
        <translation>制度等级（虚线）</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="522"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="530"/>
        <source>security layer</source>
        <translation>安全层面</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="531"/>
        <source>political layer</source>
        <translation>政治层面</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="532"/>
        <source>economic layer</source>
        <translation>经济层面</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="533"/>
        <source>all layers</source>
        <translation>所有层面</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="535"/>
        <source>Weight of the dyads over time (%1)</source>
        <translation>双边权重随时间的变化（%1）</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartrenderer.cpp" line="536"/>
        <source>Network metrics over time (%1)</source>
        <translation>网络指标随时间的变化（%1）</translation>
    </message>
</context>
<context>
    <name>AllianceScope::CompareDialog</name>
    <message>
        <location filename="../../app/compare/comparedialog.cpp" line="22"/>
        <source>Compare with…</source>
        <translation>与……比较</translation>
    </message>
    <message>
        <location filename="../../app/compare/comparedialog.cpp" line="35"/>
        <source>(a date)</source>
        <translation>（一个日期）</translation>
    </message>
    <message>
        <location filename="../../app/compare/comparedialog.cpp" line="42"/>
        <source>The difference between the two dates</source>
        <translation>两个日期之间的差异</translation>
    </message>
    <message>
        <location filename="../../app/compare/comparedialog.cpp" line="42"/>
        <source>Both dates side by side</source>
        <translation>两个日期并排显示</translation>
    </message>
    <message>
        <location filename="../../app/compare/comparedialog.cpp" line="46"/>
        <source>Event:</source>
        <translation>事件：</translation>
    </message>
    <message>
        <location filename="../../app/compare/comparedialog.cpp" line="47"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../app/compare/comparedialog.cpp" line="48"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
</context>
<context>
    <name>AllianceScope::CompareUi</name>
    <message>
        <location filename="../../app/compare/compareui.cpp" line="119"/>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/compare/compareui.cpp" line="120"/>
        <source>Differences</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../app/compare/compareui.cpp" line="121"/>
        <source>Compare &amp;With…</source>
        <translation>与……比较(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/compare/compareui.cpp" line="122"/>
        <source>Draw the difference between the current date and a second date</source>
        <translation>画出当前日期与另一日期之间的差异</translation>
    </message>
    <message>
        <location filename="../../app/compare/compareui.cpp" line="123"/>
        <source>&amp;Side by Side</source>
        <translation>并排显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/compare/compareui.cpp" line="124"/>
        <source>Show both dates next to each other on the same layout</source>
        <translation>在同一布局上并排显示两个日期</translation>
    </message>
    <message>
        <location filename="../../app/compare/compareui.cpp" line="125"/>
        <source>S&amp;top Comparing</source>
        <translation>停止比较(&amp;T)</translation>
    </message>
</context>
<context>
    <name>AllianceScope::DiffEdgeItem</name>
    <message>
        <location filename="../../app/graphview/diffedgeitem.cpp" line="80"/>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../app/graphview/diffedgeitem.cpp" line="81"/>
        <source>gone</source>
        <translation>消失</translation>
    </message>
    <message>
        <location filename="../../app/graphview/diffedgeitem.cpp" line="86"/>
        <source>tier %1→%2</source>
        <translation>等级 %1→%2</translation>
    </message>
</context>
<context>
    <name>AllianceScope::DifferenceLegendItem</name>
    <message>
        <location filename="../../app/graphview/differencelegenditem.cpp" line="37"/>
        <source>strengthened (weight or tier up)</source>
        <translation>增强（权重或等级上升）</translation>
    </message>
    <message>
        <location filename="../../app/graphview/differencelegenditem.cpp" line="38"/>
        <source>weakened (weight or tier down)</source>
        <translation>减弱（权重或等级下降）</translation>
    </message>
    <message>
        <location filename="../../app/graphview/differencelegenditem.cpp" line="39"/>
        <source>new tie</source>
        <translation>新建的关系</translation>
    </message>
    <message>
        <location filename="../../app/graphview/differencelegenditem.cpp" line="40"/>
        <source>tie gone</source>
        <translation>消失的关系</translation>
    </message>
    <message>
        <location filename="../../app/graphview/differencelegenditem.cpp" line="43"/>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../app/graphview/differencelegenditem.cpp" line="63"/>
        <source>Change from %1 to %2</source>
        <translation>从 %1 到 %2 的变化</translation>
    </message>
    <message>
        <location filename="../../app/graphview/differencelegenditem.cpp" line="67"/>
        <source>Width: |Δ weight|</source>
        <translation>线宽：|权重变化|</translation>
    </message>
    <message>
        <location filename="../../app/graphview/differencelegenditem.cpp" line="67"/>
        <source>Label: Δ weight · change of tier</source>
        <translation>标注：权重变化 · 等级变化</translation>
    </message>
</context>
<context>
    <name>AllianceScope::DifferencePanel</name>
    <message>
        <location filename="../../app/compare/differencepanel.cpp" line="106"/>
        <source>From %1 to %2</source>
        <translation>从 %1 到 %2</translation>
    </message>
    <message>
        <location filename="../../app/compare/differencepanel.cpp" line="107"/>
        <source>Choose a date to compare with</source>
        <translation>请选择要比较的日期</translation>
    </message>
    <message>
        <location filename="../../app/compare/differencepanel.cpp" line="114"/>
        <source>Compare with:</source>
        <translation>比较日期：</translation>
    </message>
    <message>
        <location filename="../../app/compare/differencepanel.cpp" line="115"/>
        <source>The second date; the difference runs from the earlier date to the later</source>
        <translation>第二个日期；差异从较早的日期算到较晚的日期</translation>
    </message>
    <message>
        <location filename="../../app/compare/differencepanel.cpp" line="116"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location filename="../../app/compare/differencepanel.cpp" line="117"/>
        <source>Side by side</source>
        <translation>并排</translation>
    </message>
    <message>
        <location filename="../../app/compare/differencepanel.cpp" line="118"/>
        <source>Every dyad by its change between the two dates; click a row to select the edge</source>
        <translation>每个国家对在两个日期之间的变化；点击一行即可选中对应的边</translation>
    </message>
</context>
<context>
    <name>AllianceScope::DifferenceTableModel</name>
    <message>
        <location filename="../../app/compare/differencetablemodel.cpp" line="24"/>
        <source>strengthened</source>
        <translation>增强</translation>
    </message>
    <message>
        <location filename="../../app/compare/differencetablemodel.cpp" line="25"/>
        <source>weakened</source>
        <translation>减弱</translation>
    </message>
    <message>
        <location filename="../../app/compare/differencetablemodel.cpp" line="26"/>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../app/compare/differencetablemodel.cpp" line="27"/>
        <source>gone</source>
        <translation>消失</translation>
    </message>
    <message>
        <location filename="../../app/compare/differencetablemodel.cpp" line="30"/>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location filename="../../app/compare/differencetablemodel.cpp" line="98"/>
        <source>Tier: %1 → %2</source>
        <translation>制度等级：%1 → %2</translation>
    </message>
    <message>
        <location filename="../../app/compare/differencetablemodel.cpp" line="111"/>
        <source>Dyad</source>
        <translation>国家对</translation>
    </message>
    <message>
        <location filename="../../app/compare/differencetablemodel.cpp" line="112"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../app/compare/differencetablemodel.cpp" line="113"/>
        <source>Δ weight</source>
        <translation>权重变化</translation>
    </message>
    <message>
        <location filename="../../app/compare/differencetablemodel.cpp" line="114"/>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <location filename="../../app/compare/differencetablemodel.cpp" line="115"/>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <location filename="../../app/compare/differencetablemodel.cpp" line="116"/>
        <source>Tier</source>
        <translation>制度等级</translation>
    </message>
</context>
<context>
    <name>AllianceScope::EdgeHistoryPanel</name>
    <message>
        <location filename="../../app/mainwindow/edgehistorypanel.cpp" line="97"/>
        <source>Edge history</source>
        <translation>连线历史</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/edgehistorypanel.cpp" line="98"/>
        <source>Click an edge in the graph to see the events that gave it its weight.</source>
        <translation>点击图中的一条连线，查看决定其权重的事件。</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/edgehistorypanel.cpp" line="105"/>
        <source>History of %1</source>
        <translation>%1 的历史</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/edgehistorypanel.cpp" line="120"/>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/edgehistorypanel.cpp" line="124"/>
        <source>Tier: %1</source>
        <translation>制度等级：%1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/edgehistorypanel.cpp" line="145"/>
        <source>%1: weight %2, tier %3 (%4), score %5</source>
        <translation>%1：权重 %2，等级 %3（%4），得分 %5</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/edgehistorypanel.cpp" line="151"/>
        <source>On %1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/edgehistorypanel.cpp" line="190"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/edgehistorypanel.cpp" line="190"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/edgehistorypanel.cpp" line="190"/>
        <source>Layer</source>
        <translation>层面</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/edgehistorypanel.cpp" line="190"/>
        <source>Tier</source>
        <translation>制度等级</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/edgehistorypanel.cpp" line="190"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/edgehistorypanel.cpp" line="191"/>
        <source>The events that moved this edge; later events are greyed out. Click one to go to it.</source>
        <translation>改变这条连线的事件；之后的事件显示为灰色。点击可跳转到该事件。</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/edgehistorypanel.cpp" line="193"/>
        <source>The edge&apos;s tier, decayed relations score and displayed weight at the current date</source>
        <translation>当前日期下该连线的制度等级、衰减后的关系得分和显示权重</translation>
    </message>
</context>
<context>
    <name>AllianceScope::EditSession</name>
    <message>
        <location filename="../../app/edit/editsession.cpp" line="111"/>
        <location filename="../../app/edit/editsession.cpp" line="155"/>
        <source>%1 could not be saved.</source>
        <translation>无法保存 %1。</translation>
    </message>
    <message>
        <location filename="../../app/edit/editsession.cpp" line="79"/>
        <source>%1 was written but does not read back as the chronology saved%2. Keep the window open and save under another name.</source>
        <translation>%1 已写入，但读回的内容与所保存的年表不一致%2。请保持窗口打开，并以其他文件名保存。</translation>
    </message>
    <message>
        <location filename="../../app/edit/editsession.cpp" line="197"/>
        <source>There is no “%1” to change.</source>
        <translation>没有可修改的“%1”。</translation>
    </message>
    <message>
        <location filename="../../app/edit/editsession.cpp" line="254"/>
        <source>Add Event “%1”</source>
        <translation>添加事件“%1”</translation>
    </message>
    <message>
        <location filename="../../app/edit/editsession.cpp" line="259"/>
        <source>Edit Event “%1”</source>
        <translation>编辑事件“%1”</translation>
    </message>
    <message>
        <location filename="../../app/edit/editsession.cpp" line="264"/>
        <source>Delete Event “%1”</source>
        <translation>删除事件“%1”</translation>
    </message>
    <message>
        <location filename="../../app/edit/editsession.cpp" line="269"/>
        <source>Add Actor “%1”</source>
        <translation>添加行为体“%1”</translation>
    </message>
    <message>
        <location filename="../../app/edit/editsession.cpp" line="274"/>
        <source>Edit Actor “%1”</source>
        <translation>编辑行为体“%1”</translation>
    </message>
    <message>
        <location filename="../../app/edit/editsession.cpp" line="279"/>
        <source>Delete Actor “%1”</source>
        <translation>删除行为体“%1”</translation>
    </message>
    <message>
        <location filename="../../app/edit/editsession.cpp" line="284"/>
        <source>Add Category “%1”</source>
        <translation>添加类别“%1”</translation>
    </message>
    <message>
        <location filename="../../app/edit/editsession.cpp" line="289"/>
        <source>Edit Category “%1”</source>
        <translation>编辑类别“%1”</translation>
    </message>
    <message>
        <location filename="../../app/edit/editsession.cpp" line="294"/>
        <source>Delete Category “%1”</source>
        <translation>删除类别“%1”</translation>
    </message>
</context>
<context>
    <name>AllianceScope::EditUi</name>
    <message>
        <location filename="../../app/edit/editui.cpp" line="356"/>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="362"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="366"/>
        <source>Cannot save %1</source>
        <translation>无法保存 %1</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="369"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="173"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="174"/>
        <source>Start an untitled chronology with the actors and categories of this one (Ctrl+N)</source>
        <translation>新建一个未命名年表，沿用当前年表的行为体和类别（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="176"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="178"/>
        <source>Undo History</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="179"/>
        <source>Undo &amp;History</source>
        <translation>撤销历史(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="180"/>
        <source>Every edit since the file was opened; click one to go back to it</source>
        <translation>文件打开以来的每一次编辑；点击其中一项即可回到该状态</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="182"/>
        <source>&lt;file as opened&gt;</source>
        <translation>&lt;打开时的文件&gt;</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="183"/>
        <source>New &amp;Event…</source>
        <translation>新建事件(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="183"/>
        <source>Add an event to the chronology (Ctrl+Shift+N)</source>
        <translation>向年表添加一个事件（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="184"/>
        <source>Edit Event…</source>
        <translation>编辑事件…</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="185"/>
        <source>Edit the current event: dates, texts, citation and effects (F2, or double-click it in the event list)</source>
        <translation>编辑当前事件：日期、文字、出处和效应（F2，或在事件列表中双击）</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="187"/>
        <source>&amp;Delete Event</source>
        <translation>删除事件(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="187"/>
        <source>Delete the current event (Ctrl+Del)</source>
        <translation>删除当前事件（Ctrl+Del）</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="188"/>
        <source>&amp;Actors…</source>
        <translation>行为体(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="188"/>
        <source>Add, rename and delete states and mechanisms</source>
        <translation>添加、重命名和删除国家与机制</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="189"/>
        <source>Ca&amp;tegories…</source>
        <translation>类别(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="189"/>
        <source>Add, edit and delete event categories and their scores</source>
        <translation>添加、编辑和删除事件类别及其分值</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="196"/>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U) %1</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="196"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="197"/>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>撤销上一次编辑（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="199"/>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R) %1</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="199"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="200"/>
        <source>Redo the edit undone last (Ctrl+Shift+Z)</source>
        <translation>重做最近撤销的编辑（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="248"/>
        <source>The untitled chronology</source>
        <translation>未命名年表</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="249"/>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="250"/>
        <source>%1 has changes that are not saved. Save them?</source>
        <translation>%1 有尚未保存的更改。是否保存？</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="270"/>
        <source>an untitled chronology</source>
        <translation>一个未命名年表</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="279"/>
        <source>Recover Unsaved Changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="280"/>
        <source>AllianceScope was closed with changes to %1 that were not saved (autosaved %2). Restore them?</source>
        <translation>AllianceScope 关闭时，%1 有尚未保存的更改（自动保存于 %2）。是否恢复？</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="291"/>
        <source>Cannot Recover</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="298"/>
        <source>Recovered the unsaved changes to %1</source>
        <translation>已恢复 %1 的未保存更改</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="419"/>
        <source>Cannot Delete the Event</source>
        <translation>无法删除该事件</translation>
    </message>
    <message>
        <location filename="../../app/edit/editui.cpp" line="421"/>
        <source>Deleted “%1” (Ctrl+Z brings it back)</source>
        <translation>已删除“%1”（按 Ctrl+Z 可恢复）</translation>
    </message>
</context>
<context>
    <name>AllianceScope::EffectDialog</name>
    <message>
        <location filename="../../app/compare/effectdialog.cpp" line="27"/>
        <source>Change Effect (What-If)</source>
        <translation>修改影响（假设分析）</translation>
    </message>
    <message>
        <location filename="../../app/compare/effectdialog.cpp" line="29"/>
        <source>Score (file: %1)</source>
        <translation>分值（文件中：%1）</translation>
    </message>
    <message>
        <location filename="../../app/compare/effectdialog.cpp" line="36"/>
        <source>Tier (file: %1)</source>
        <translation>制度等级（文件中：%1）</translation>
    </message>
    <message>
        <location filename="../../app/compare/effectdialog.cpp" line="36"/>
        <source>Tier (file: none)</source>
        <translation>制度等级（文件中：无）</translation>
    </message>
    <message>
        <location filename="../../app/compare/effectdialog.cpp" line="53"/>
        <source>Back to the File&apos;s Values</source>
        <translation>恢复文件中的数值</translation>
    </message>
</context>
<context>
    <name>AllianceScope::EventEditorDialog</name>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="98"/>
        <source>New Event</source>
        <translation>新建事件</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="98"/>
        <location filename="../../app/edit/eventeditordialog.cpp" line="410"/>
        <source>Edit Event</source>
        <translation>编辑事件</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="101"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD、YYYY-MM 或 YYYY</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="103"/>
        <source>optional: the last day, for events that last</source>
        <translation>可选：持续性事件的最后一天</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="114"/>
        <source>ids separated by commas, e.g. JPN, KOR</source>
        <translation>以逗号分隔的代码，例如 JPN, KOR</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="120"/>
        <source>Context event (general knowledge the paper presupposes)</source>
        <translation>背景事件（论文预设的一般知识）</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="127"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="127"/>
        <source>Actors</source>
        <translation>行为体</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="127"/>
        <source>Layer</source>
        <translation>层面</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="127"/>
        <source>Score</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="128"/>
        <source>Tier</source>
        <translation>制度等级</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="128"/>
        <source>Ongoing</source>
        <translation>持续</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="128"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="128"/>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="138"/>
        <source>Dyad: two ids; among: three or more (every pair); join/leave: the member, then the mechanism</source>
        <translation>双边（dyad）：两个代码；多边（among）：三个或更多（每一对）；加入/退出：先写成员，再写机制</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="141"/>
        <source>The score pulse, -10..10; empty: the category&apos;s score</source>
        <translation>分值脉冲，-10..10；留空：使用类别的分值</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="143"/>
        <source>The institutional tier from this date on, -2..4; empty: unchanged</source>
        <translation>自该日期起的制度等级，-2..4；留空：不变</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="145"/>
        <source>Acts at full strength from the date to the event&apos;s end</source>
        <translation>从该日期到事件结束一直以全部强度起作用</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="148"/>
        <source>&amp;Id:</source>
        <translation>代码(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="151"/>
        <source>End:</source>
        <translation>结束：</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="158"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="159"/>
        <source>Ca&amp;tegory:</source>
        <translation>类别(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="160"/>
        <source>Title (Chinese):</source>
        <translation>标题（中文）：</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="161"/>
        <source>Title (English):</source>
        <translation>标题（英文）：</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="162"/>
        <source>Summary (Chinese):</source>
        <translation>摘要（中文）：</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="163"/>
        <source>Summary (English):</source>
        <translation>摘要（英文）：</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="164"/>
        <source>&amp;Actors:</source>
        <translation>行为体(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="167"/>
        <source>Footnote:</source>
        <translation>脚注：</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="169"/>
        <source>&amp;Section:</source>
        <translation>章节(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="170"/>
        <source>Document:</source>
        <translation>文献：</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="171"/>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="175"/>
        <source>Add Effect</source>
        <translation>添加效应</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="177"/>
        <source>Remove Effect</source>
        <translation>删除效应</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="179"/>
        <source>Effects:</source>
        <translation>效应：</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="260"/>
        <source>dyad</source>
        <translation>双边</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="261"/>
        <source>among</source>
        <translation>多边</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="262"/>
        <source>join</source>
        <translation>加入</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="263"/>
        <source>leave</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="271"/>
        <source>security</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="271"/>
        <source>political</source>
        <translation>政治</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="271"/>
        <source>economic</source>
        <translation>经济</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="298"/>
        <source>effect %1</source>
        <translation>效应 %1</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="312"/>
        <source>%1: a membership names the member, then the mechanism</source>
        <translation>%1：成员关系须先写成员，再写机制</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="326"/>
        <source>%1: the score “%2” is not a number</source>
        <translation>%1：分值“%2”不是数字</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="334"/>
        <source>%1: the tier “%2” is not a whole number</source>
        <translation>%1：制度等级“%2”不是整数</translation>
    </message>
    <message>
        <location filename="../../app/edit/eventeditordialog.cpp" line="353"/>
        <source>end: give the last day as YYYY-MM-DD</source>
        <translation>结束：请以 YYYY-MM-DD 给出最后一天</translation>
    </message>
</context>
<context>
    <name>AllianceScope::EventListPanel</name>
    <message>
        <location filename="../../app/mainwindow/eventlistpanel.cpp" line="105"/>
        <source>All events</source>
        <translation>全部事件</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventlistpanel.cpp" line="106"/>
        <source>Filter events…</source>
        <translation>筛选事件…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventlistpanel.cpp" line="107"/>
        <source>Show only the events whose date, title, category or source contains this text</source>
        <translation>只显示日期、标题、类别或出处中包含此文字的事件</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventlistpanel.cpp" line="109"/>
        <source>Every event of the chronology; choose one to go to its date. Untick an event to see the network without it (what-if)</source>
        <translation>年表中的所有事件；选择一个即可跳到其日期。取消勾选某个事件，可查看没有它时的网络（假设分析）</translation>
    </message>
</context>
<context>
    <name>AllianceScope::EventPanel</name>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="153"/>
        <source>%1 joins %2</source>
        <translation>%1 加入 %2</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="154"/>
        <source>%1 leaves %2</source>
        <translation>%1 退出 %2</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="155"/>
        <source>membership</source>
        <translation>成员资格</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="166"/>
        <source>%1 (every pair)</source>
        <translation>%1（两两之间）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="170"/>
        <source>→ %1 (%2)</source>
        <translation>→ %1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="173"/>
        <source>%1 (ongoing)</source>
        <translation>%1（持续）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="185"/>
        <source>No chronology loaded</source>
        <translation>未加载年表</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="186"/>
        <source>Before the first event</source>
        <translation>第一个事件之前</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="196"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="201"/>
        <source>Category: %1 (score %2)</source>
        <translation>类别：%1（得分 %2）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="208"/>
        <source>Paper, introduction</source>
        <translation>论文，引言</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="209"/>
        <source>Paper, §%1</source>
        <translation>论文，第 %1 节</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="211"/>
        <source>footnote %1</source>
        <translation>脚注 %1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="216"/>
        <source>Source: %1</source>
        <translation>出处：%1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="216"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="224"/>
        <source>Effects (switched off in this what-if)</source>
        <translation>影响（在本假设中已关闭）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="232"/>
        <source>Changed in this what-if; in the file: %1, %2</source>
        <translation>在本假设中已修改；文件中为：%1，%2</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="279"/>
        <source>Current event</source>
        <translation>当前事件</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="286"/>
        <source>What this event does to the network; hover a row for the reason behind it, double-click it to change its score or tier (what-if)</source>
        <translation>此事件对网络的影响；悬停在一行上可查看理由，双击可修改其分值或等级（假设分析）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="224"/>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="280"/>
        <source>Effects</source>
        <translation>影响</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="281"/>
        <source>Context: general knowledge the paper presupposes</source>
        <translation>背景：论文所预设的一般知识</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="282"/>
        <source>This event is not dated in the paper itself; it is included as background, with its general source.</source>
        <translation>论文本身未注明此事件的日期；它作为背景收录，并注明一般出处。</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="285"/>
        <source>Dyad or membership</source>
        <translation>双边关系或成员资格</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="285"/>
        <source>Layer</source>
        <translation>层面</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="285"/>
        <source>Tier</source>
        <translation>制度等级</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="285"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="288"/>
        <source>The event in our own words</source>
        <translation>用我们自己的话概述的事件</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/eventpanel.cpp" line="289"/>
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
        <location filename="../../app/export/storyexport.cpp" line="33"/>
        <source>Introduction</source>
        <translation>引言</translation>
    </message>
    <message>
        <location filename="../../app/export/storyexport.cpp" line="37"/>
        <source>Section 1</source>
        <translation>第一部分</translation>
    </message>
    <message>
        <location filename="../../app/export/storyexport.cpp" line="38"/>
        <source>Section 2</source>
        <translation>第二部分</translation>
    </message>
    <message>
        <location filename="../../app/export/storyexport.cpp" line="39"/>
        <source>Section 3</source>
        <translation>第三部分</translation>
    </message>
    <message>
        <location filename="../../app/export/storyexport.cpp" line="40"/>
        <source>Section 4</source>
        <translation>第四部分</translation>
    </message>
    <message>
        <location filename="../../app/export/storyexport.cpp" line="41"/>
        <source>Section 5</source>
        <translation>第五部分</translation>
    </message>
    <message>
        <location filename="../../app/export/storyexport.cpp" line="140"/>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location filename="../../app/export/storyexport.cpp" line="161"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../../app/export/storyexport.cpp" line="162"/>
        <source>Source: %1, %2</source>
        <translation>来源：%1，%2</translation>
    </message>
    <message>
        <location filename="../../app/export/storyexport.cpp" line="164"/>
        <source>Event: %1 (%2)</source>
        <translation>事件：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../app/export/storyexport.cpp" line="211"/>
        <source>The story %1 has no steps</source>
        <translation>故事 %1 没有任何步骤</translation>
    </message>
    <message>
        <location filename="../../app/export/storyexport.cpp" line="214"/>
        <source>Story frames are written as png or svg</source>
        <translation>故事的各页只能保存为 png 或 svg 帧图像</translation>
    </message>
    <message>
        <location filename="../../app/export/figureexporter.cpp" line="341"/>
        <location filename="../../app/export/storyexport.cpp" line="103"/>
        <source>Cannot lay out the graph: %1</source>
        <translation>无法布局网络图：%1</translation>
    </message>
    <message>
        <location filename="../../app/export/figureexporter.cpp" line="175"/>
        <location filename="../../app/export/figureexporter.cpp" line="571"/>
        <location filename="../../app/export/figureexporter.cpp" line="577"/>
        <location filename="../../app/export/figureexporter.cpp" line="760"/>
        <location filename="../../app/export/figureexporter.cpp" line="766"/>
        <location filename="../../app/export/figureexporter.cpp" line="774"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/export/figureexporter.cpp" line="571"/>
        <location filename="../../app/export/figureexporter.cpp" line="760"/>
        <location filename="../../app/export/figureexporter.cpp" line="767"/>
        <source>the figure could not be drawn</source>
        <translation>无法绘制图形</translation>
    </message>
    <message>
        <location filename="../../app/export/figureexporter.cpp" line="604"/>
        <location filename="../../app/export/figureexporter.cpp" line="807"/>
        <source>Unknown figure format: %1 (use .svg, .png or .pdf)</source>
        <translation>未知的图形格式：%1（请使用 .svg、.png 或 .pdf）</translation>
    </message>
    <message>
        <location filename="../../app/export/figureexporter.cpp" line="621"/>
        <source>Frames are written as svg, png or pdf</source>
        <translation>帧图像可保存为 svg、png 或 pdf</translation>
    </message>
    <message>
        <location filename="../../app/export/figureexporter.cpp" line="699"/>
        <source>Cannot write frames to %1: not a directory</source>
        <translation>无法将帧图像写入 %1：不是文件夹</translation>
    </message>
    <message>
        <location filename="../../app/export/figureexporter.cpp" line="704"/>
        <source>Cannot write frames to %1: %2 does not exist</source>
        <translation>无法将帧图像写入 %1：%2 不存在</translation>
    </message>
    <message>
        <location filename="../../app/export/figureexporter.cpp" line="713"/>
        <source>Cannot write frames to %1: it holds %2, which is not a frame; choose a new or empty folder</source>
        <translation>无法将帧写入 %1：其中含有 %2，它不是帧文件；请选择新的或空的文件夹</translation>
    </message>
    <message>
        <location filename="../../app/export/figureexporter.cpp" line="729"/>
        <location filename="../../app/export/figureexporter.cpp" line="798"/>
        <source>Cannot write frames to %1: %2</source>
        <translation>无法将帧图像写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../app/export/figureexporter.cpp" line="809"/>
        <source>A sheet needs at least one date</source>
        <translation>组图至少需要一个日期</translation>
    </message>
    <message>
        <location filename="../../app/export/figureexporter.cpp" line="924"/>
        <source>An animation is written as .gif: %1</source>
        <translation>动画须保存为 .gif：%1</translation>
    </message>
    <message>
        <location filename="../../app/export/figureexporter.cpp" line="930"/>
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
        <location filename="../../app/charts/halflifecontrols.cpp" line="93"/>
        <source>Half-life:</source>
        <translation>半衰期：</translation>
    </message>
    <message>
        <location filename="../../app/charts/halflifecontrols.cpp" line="94"/>
        <source>How long an event&apos;s effect on the relations score takes to halve, per layer</source>
        <translation>事件对关系得分的影响减半所需的时间（按层面）</translation>
    </message>
    <message>
        <location filename="../../app/charts/halflifecontrols.cpp" line="95"/>
        <source>&amp;Security</source>
        <translation>安全(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/charts/halflifecontrols.cpp" line="96"/>
        <source>&amp;Political</source>
        <translation>政治(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/charts/halflifecontrols.cpp" line="97"/>
        <source>&amp;Economic</source>
        <translation>经济(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/charts/halflifecontrols.cpp" line="99"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../app/charts/halflifecontrols.cpp" line="100"/>
        <source>Half-life in days (%1 to %2)</source>
        <translation>半衰期，单位为天（%1 至 %2）</translation>
    </message>
    <message>
        <location filename="../../app/charts/halflifecontrols.cpp" line="104"/>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/charts/halflifecontrols.cpp" line="105"/>
        <source>Back to the default half-lives</source>
        <translation>恢复默认半衰期</translation>
    </message>
</context>
<context>
    <name>AllianceScope::HeatStripDock</name>
    <message>
        <location filename="../../app/heatstrip/heatstripdock.cpp" line="103"/>
        <source>Dyad × Time</source>
        <translation>双边×时间</translation>
    </message>
    <message>
        <location filename="../../app/heatstrip/heatstripdock.cpp" line="104"/>
        <source>Every dyad&apos;s weight over time, one row each (F6)</source>
        <translation>每对双边关系的权重随时间的变化，每对一行（F6）</translation>
    </message>
    <message>
        <location filename="../../app/heatstrip/heatstripdock.cpp" line="105"/>
        <source>&amp;Order:</source>
        <translation>排序(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../app/heatstrip/heatstripdock.cpp" line="109"/>
        <source>Triangle first</source>
        <translation>三角关系在前</translation>
    </message>
    <message>
        <location filename="../../app/heatstrip/heatstripdock.cpp" line="110"/>
        <source>By name</source>
        <translation>按名称</translation>
    </message>
    <message>
        <location filename="../../app/heatstrip/heatstripdock.cpp" line="111"/>
        <source>By total change</source>
        <translation>按总变化量</translation>
    </message>
    <message>
        <location filename="../../app/heatstrip/heatstripdock.cpp" line="113"/>
        <source>Total change: the sum of the weight&apos;s moves over the range shown</source>
        <translation>总变化量：所示时间范围内权重各次变动幅度之和</translation>
    </message>
    <message>
        <location filename="../../app/heatstrip/heatstripdock.cpp" line="114"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../app/heatstrip/heatstripdock.cpp" line="115"/>
        <source>Save the heat strip as PNG or SVG</source>
        <translation>将热力条图保存为 PNG 或 SVG</translation>
    </message>
    <message>
        <location filename="../../app/heatstrip/heatstripdock.cpp" line="129"/>
        <source>no chronology is loaded</source>
        <translation>尚未加载年表</translation>
    </message>
    <message>
        <location filename="../../app/heatstrip/heatstripdock.cpp" line="144"/>
        <source>Export Heat Strip</source>
        <translation>导出热力条图</translation>
    </message>
    <message>
        <location filename="../../app/heatstrip/heatstripdock.cpp" line="145"/>
        <source>PNG (*.png);;SVG (*.svg)</source>
        <translation>PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../app/heatstrip/heatstripdock.cpp" line="151"/>
        <source>Cannot export the heat strip</source>
        <translation>无法导出热力条图</translation>
    </message>
</context>
<context>
    <name>AllianceScope::HeatStripExport</name>
    <message>
        <location filename="../../app/heatstrip/heatstripexport.cpp" line="27"/>
        <source>cannot write %1: the file name must end in .svg or .png</source>
        <translation>无法写入 %1：文件名须以 .svg 或 .png 结尾</translation>
    </message>
    <message>
        <location filename="../../app/heatstrip/heatstripexport.cpp" line="49"/>
        <source>the SVG could not be started</source>
        <translation>无法开始生成 SVG</translation>
    </message>
</context>
<context>
    <name>AllianceScope::HeatStripRenderer</name>
    <message>
        <location filename="../../app/heatstrip/heatstriprenderer.cpp" line="85"/>
        <source>Every dyad over time — %1</source>
        <translation>各双边关系随时间的变化 — %1</translation>
    </message>
    <message>
        <location filename="../../app/heatstrip/heatstriprenderer.cpp" line="214"/>
        <source>%1
%2
weight %3
tier %4: %5</source>
        <translation>%1
%2
权重 %3
制度等级 %4：%5</translation>
    </message>
    <message>
        <location filename="../../app/heatstrip/heatstriprenderer.cpp" line="350"/>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../app/heatstrip/heatstriprenderer.cpp" line="390"/>
        <source>tier raised</source>
        <translation>制度等级提升</translation>
    </message>
    <message>
        <location filename="../../app/heatstrip/heatstriprenderer.cpp" line="391"/>
        <source>tier lowered</source>
        <translation>制度等级降低</translation>
    </message>
    <message>
        <location filename="../../app/heatstrip/heatstriprenderer.cpp" line="399"/>
        <source>current date (%1)</source>
        <translation>当前日期（%1）</translation>
    </message>
</context>
<context>
    <name>AllianceScope::ImportDialog</name>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="609"/>
        <source>Previewing the import of %1 rows…</source>
        <translation>正在预览 %1 行的导入…</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="274"/>
        <source>Import Alliance Tiers</source>
        <translation>导入同盟等级</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="274"/>
        <source>Import Events</source>
        <translation>导入事件</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="275"/>
        <source>Reads an alliance table in the manner of ATOP or COW (state A, state B, start, end, type) and sets the tiers of the dyads from it (docs/MODEL.md, &quot;Imported tiers&quot;).</source>
        <translation>读取 ATOP 或 COW 式的同盟表（国家 A、国家 B、开始、结束、类型），据此设定各双边关系的等级（见 docs/MODEL.md“导入的等级”）。</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="278"/>
        <source>Reads a table of dyadic events (CSV or TSV: ICEWS, GDELT, a spreadsheet). Rows of the same date, pair of states and layer become one event whose score is the mean of theirs (docs/MODEL.md, &quot;Imported events&quot;).</source>
        <translation>读取双边事件表（CSV 或 TSV：ICEWS、GDELT 或电子表格）。日期、国家对和层面相同的各行合为一个事件，其分值为这些行分值的平均值（见 docs/MODEL.md“导入的事件”）。</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="281"/>
        <source>Table:</source>
        <translation>表格：</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="282"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="283"/>
        <source>First rows:</source>
        <translation>前几行：</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="284"/>
        <source>&lt;b&gt;Columns&lt;/b&gt;</source>
        <translation>&lt;b&gt;列&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="286"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="286"/>
        <source>Source:</source>
        <translation>发起方：</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="286"/>
        <source>Target:</source>
        <translation>对象方：</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="287"/>
        <source>Score:</source>
        <translation>分值：</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="287"/>
        <source>Layer column:</source>
        <translation>层面列：</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="287"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="288"/>
        <source>Citation:</source>
        <translation>出处：</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="288"/>
        <source>State A:</source>
        <translation>国家 A：</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="288"/>
        <source>State B:</source>
        <translation>国家 B：</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="289"/>
        <source>Start:</source>
        <translation>开始：</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="289"/>
        <source>End:</source>
        <translation>结束：</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="289"/>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="297"/>
        <source>CAMEO code</source>
        <translation>CAMEO 代码</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="298"/>
        <source>Goldstein score</source>
        <translation>戈德斯坦分值</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="299"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="302"/>
        <source>Layer:</source>
        <translation>层面：</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="302"/>
        <source>Default layer:</source>
        <translation>默认层面：</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="303"/>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="303"/>
        <source>Political</source>
        <translation>政治</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="303"/>
        <source>Economic</source>
        <translation>经济</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="307"/>
        <source>Category of the events:</source>
        <translation>事件的类别：</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="308"/>
        <source>&lt;b&gt;Actors&lt;/b&gt; (names in the table → states of the chronology)</source>
        <translation>&lt;b&gt;行为体&lt;/b&gt;（表中的名称 → 年表中的国家）</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="309"/>
        <source>In the table</source>
        <translation>表中名称</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="309"/>
        <source>Actor</source>
        <translation>行为体</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="310"/>
        <source>Skip rows whose actors are not mapped</source>
        <translation>跳过行为体未对应的行</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="311"/>
        <source>&lt;b&gt;Problems&lt;/b&gt;</source>
        <translation>&lt;b&gt;问题&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="312"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="312"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="312"/>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="313"/>
        <source>Skip the bad rows and import the rest</source>
        <translation>跳过有误的行，导入其余各行</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="314"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="315"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="318"/>
        <location filename="../../app/import/importdialog.cpp" line="417"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="322"/>
        <location filename="../../app/import/importdialog.cpp" line="468"/>
        <source>(not mapped)</source>
        <translation>（未对应）</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="338"/>
        <source>Import a Table</source>
        <translation>导入表格</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="339"/>
        <source>Tables (*.csv *.tsv *.txt *.tab);;All files (*)</source>
        <translation>表格 (*.csv *.tsv *.txt *.tab);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="534"/>
        <source>Choose a CSV or TSV table to import.</source>
        <translation>请选择要导入的 CSV 或 TSV 表格。</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="535"/>
        <source>The table cannot be read: see the problems.</source>
        <translation>无法读取该表格：请查看问题列表。</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="555"/>
        <source>Choose the columns of: %1.</source>
        <translation>请选择以下各项对应的列：%1。</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="555"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="587"/>
        <source>The columns do not fit the table: see the problems.</source>
        <translation>所选的列与表格不符：请查看问题列表。</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="589"/>
        <source>Events: %1, effects: %2, from %3 of %4 rows (%5 skipped).</source>
        <translation>事件 %1 个，影响 %2 项，来自 %4 行中的 %3 行（跳过 %5 行）。</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="597"/>
        <source>%1 bad rows are left out.</source>
        <translation>%1 个有误的行不予导入。</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="598"/>
        <source>%1 bad rows: correct the table or the mapping, or skip them.</source>
        <translation>有 %1 行有误：请修改表格或对应关系，或跳过这些行。</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="602"/>
        <source>Nothing is changed until you click Import.</source>
        <translation>点击“导入”之前不会作任何更改。</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="752"/>
        <source>Import &amp;Events…</source>
        <translation>导入事件(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="753"/>
        <source>Add the events of a CSV or TSV table (ICEWS, GDELT, a spreadsheet) to the chronology</source>
        <translation>把 CSV 或 TSV 表格（ICEWS、GDELT 或电子表格）中的事件加入年表</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="754"/>
        <source>Import Alliance &amp;Tiers…</source>
        <translation>导入同盟等级(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../app/import/importdialog.cpp" line="755"/>
        <source>Set dyads&apos; tiers from an alliance table in the manner of ATOP or COW</source>
        <translation>依据 ATOP 或 COW 式的同盟表设定双边关系的等级</translation>
    </message>
</context>
<context>
    <name>AllianceScope::ItemTableDialog</name>
    <message>
        <location filename="../../app/edit/itemtabledialog.cpp" line="48"/>
        <source>Actors</source>
        <translation>行为体</translation>
    </message>
    <message>
        <location filename="../../app/edit/itemtabledialog.cpp" line="48"/>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../app/edit/itemtabledialog.cpp" line="52"/>
        <location filename="../../app/edit/itemtabledialog.cpp" line="56"/>
        <source>Id</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../app/edit/itemtabledialog.cpp" line="52"/>
        <source>Mechanism</source>
        <translation>机制</translation>
    </message>
    <message>
        <location filename="../../app/edit/itemtabledialog.cpp" line="52"/>
        <location filename="../../app/edit/itemtabledialog.cpp" line="56"/>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location filename="../../app/edit/itemtabledialog.cpp" line="53"/>
        <location filename="../../app/edit/itemtabledialog.cpp" line="57"/>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../../app/edit/itemtabledialog.cpp" line="53"/>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../app/edit/itemtabledialog.cpp" line="53"/>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../app/edit/itemtabledialog.cpp" line="56"/>
        <source>Score</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../app/edit/itemtabledialog.cpp" line="57"/>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../app/edit/itemtabledialog.cpp" line="66"/>
        <source>Add Actor</source>
        <translation>添加行为体</translation>
    </message>
    <message>
        <location filename="../../app/edit/itemtabledialog.cpp" line="66"/>
        <source>Add Category</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <location filename="../../app/edit/itemtabledialog.cpp" line="68"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/edit/itemtabledialog.cpp" line="79"/>
        <source>Each change is one step in Edit → Undo History.</source>
        <translation>每一次修改都是“编辑 → 撤销历史”中的一步。</translation>
    </message>
    <message>
        <location filename="../../app/edit/itemtabledialog.cpp" line="170"/>
        <source>Latitude and longitude are numbers (or empty).</source>
        <translation>纬度和经度须为数字（或留空）。</translation>
    </message>
    <message>
        <location filename="../../app/edit/itemtabledialog.cpp" line="182"/>
        <source>The score is a number from -10 to 10.</source>
        <translation>分值须为 -10 到 10 之间的数字。</translation>
    </message>
</context>
<context>
    <name>AllianceScope::LegendItem</name>
    <message>
        <location filename="../../app/graphview/legenditem.cpp" line="29"/>
        <location filename="../../app/graphview/legenditem.cpp" line="72"/>
        <source>Edge weight |w|</source>
        <translation>连线权重 |w|</translation>
    </message>
    <message>
        <location filename="../../app/graphview/legenditem.cpp" line="29"/>
        <location filename="../../app/graphview/legenditem.cpp" line="86"/>
        <source>Sign and strength</source>
        <translation>方向与强度</translation>
    </message>
    <message>
        <location filename="../../app/graphview/legenditem.cpp" line="29"/>
        <location filename="../../app/graphview/legenditem.cpp" line="106"/>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../app/graphview/legenditem.cpp" line="29"/>
        <location filename="../../app/graphview/legenditem.cpp" line="107"/>
        <source>cooperation</source>
        <translation>合作</translation>
    </message>
    <message>
        <location filename="../../app/graphview/legenditem.cpp" line="30"/>
        <location filename="../../app/graphview/legenditem.cpp" line="114"/>
        <source>Institutional tier</source>
        <translation>制度等级</translation>
    </message>
    <message>
        <location filename="../../app/graphview/legenditem.cpp" line="33"/>
        <location filename="../../app/graphview/legenditem.cpp" line="120"/>
        <source>hostile (adversary, armistice)</source>
        <translation>敌对（敌手、停战）</translation>
    </message>
    <message>
        <location filename="../../app/graphview/legenditem.cpp" line="34"/>
        <location filename="../../app/graphview/legenditem.cpp" line="129"/>
        <source>Actors</source>
        <translation>行为体</translation>
    </message>
    <message>
        <location filename="../../app/graphview/legenditem.cpp" line="34"/>
        <location filename="../../app/graphview/legenditem.cpp" line="153"/>
        <source>State</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../app/graphview/legenditem.cpp" line="34"/>
        <location filename="../../app/graphview/legenditem.cpp" line="154"/>
        <source>Mechanism</source>
        <translation>机制</translation>
    </message>
    <message>
        <location filename="../../app/graphview/legenditem.cpp" line="34"/>
        <location filename="../../app/graphview/legenditem.cpp" line="155"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../app/graphview/legenditem.cpp" line="34"/>
        <location filename="../../app/graphview/legenditem.cpp" line="156"/>
        <source>Partner or observer</source>
        <translation>伙伴或观察员</translation>
    </message>
</context>
<context>
    <name>AllianceScope::MainWindow</name>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="228"/>
        <source>AllianceScope</source>
        <translation>AllianceScope 同盟透视</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="229"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="237"/>
        <source>The current date and event</source>
        <translation>当前日期和事件</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="445"/>
        <source>Updating the weights…</source>
        <translation>正在更新权重…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="460"/>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="505"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="481"/>
        <source>Opening “%1” was cancelled; the chronology shown is unchanged.</source>
        <translation>已取消打开“%1”；当前显示的年表未改变。</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="483"/>
        <source>Opening “%1” was cancelled.</source>
        <translation>已取消打开“%1”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/mainwindow/mainwindow.cpp" line="517"/>
        <source>… and %n more error(s)</source>
        <translation>
            <numerusform>……另有 %n 个错误</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="520"/>
        <source>“%1” could not be opened. The chronology shown is unchanged.</source>
        <translation>无法打开“%1”。当前显示的年表保持不变。</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="522"/>
        <source>“%1” could not be opened.</source>
        <translation>无法打开“%1”。</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="526"/>
        <source>Cannot open chronology</source>
        <translation>无法打开年表</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="296"/>
        <source>Open Chronology</source>
        <translation>打开年表</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="297"/>
        <source>Chronologies (*.json);;All files (*)</source>
        <translation>年表 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="328"/>
        <source>(the loaded chronology names no source)</source>
        <translation>（所加载的年表未注明来源）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="330"/>
        <source>AllianceScope %1</source>
        <translation>AllianceScope 同盟透视 %1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="331"/>
        <source>The alliance network of the United States, Japan and the Republic of Korea over time, from the end of the Second World War to the 2023 Camp David summit.</source>
        <translation>美国、日本和韩国同盟网络随时间的演变：从第二次世界大战结束到 2023 年戴维营峰会。</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="333"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="334"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="336"/>
        <source>Event titles and summaries are written in our own words; each event cites the paper&apos;s section and footnote.</source>
        <translation>事件标题和摘要均由我们自行撰写；每个事件都注明论文的章节和脚注。</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="338"/>
        <source>Built with Qt %1 and Graphviz.</source>
        <translation>基于 Qt %1 和 Graphviz 构建。</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="339"/>
        <source>Licence: MIT (Expat). Copyright 2026 The AllianceScope developers.</source>
        <translation>许可证：MIT（Expat）。版权所有 2026 同盟透视开发者。</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="341"/>
        <source>About AllianceScope</source>
        <translation>关于 AllianceScope</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="373"/>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="395"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="387"/>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="387"/>
        <source>SVG (*.svg);;PNG (*.png)</source>
        <translation>SVG (*.svg);;PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="392"/>
        <source>Cannot export the chart</source>
        <translation>无法导出图表</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="407"/>
        <source>The figure is on the clipboard</source>
        <translation>图像已复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="168"/>
        <source>The layout failed: %1</source>
        <translation>布局失败：%1</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="223"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="226"/>
        <source>%1[*] — AllianceScope — %2</source>
        <translation>%1[*] — AllianceScope 同盟透视 — %2</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/mainwindow.cpp" line="640"/>
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
    <name>AllianceScope::PngFrameEncoder</name>
    <message>
        <location filename="../../app/export/pngframeencoder.cpp" line="154"/>
        <source>unsupported image format</source>
        <translation>不支持的图像格式</translation>
    </message>
    <message>
        <location filename="../../app/export/pngframeencoder.cpp" line="119"/>
        <source>the PNG encoder could not start</source>
        <translation>PNG 编码器无法启动</translation>
    </message>
    <message>
        <location filename="../../app/export/pngframeencoder.cpp" line="125"/>
        <location filename="../../app/export/pngframeencoder.cpp" line="163"/>
        <source>the image could not be encoded: %1</source>
        <translation>无法编码图像：%1</translation>
    </message>
</context>
<context>
    <name>AllianceScope::PresentationController</name>
    <message>
        <location filename="../../app/present/presentationcontroller.cpp" line="178"/>
        <source>&amp;Present</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/present/presentationcontroller.cpp" line="179"/>
        <source>Leave Presentation</source>
        <translation>退出演示</translation>
    </message>
    <message>
        <location filename="../../app/present/presentationcontroller.cpp" line="179"/>
        <source>Start &amp;Presentation</source>
        <translation>开始演示(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/present/presentationcontroller.cpp" line="180"/>
        <source>Full screen for a classroom: the graph and large captions; PageDown/PageUp step, B blacks out, Esc leaves</source>
        <translation>课堂全屏：网络图和大号字幕；PageDown/PageUp 翻页，B 黑屏，Esc 退出</translation>
    </message>
    <message>
        <location filename="../../app/present/presentationcontroller.cpp" line="182"/>
        <source>P&amp;resenter View</source>
        <translation>演讲者视图(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/present/presentationcontroller.cpp" line="183"/>
        <source>Speaker notes, the next step and a clock (on the second screen while presenting)</source>
        <translation>讲稿备注、下一步和时钟（演示时显示在第二块屏幕上）</translation>
    </message>
    <message>
        <location filename="../../app/present/presentationcontroller.cpp" line="185"/>
        <source>Stories</source>
        <translation>故事</translation>
    </message>
    <message>
        <location filename="../../app/present/presentationcontroller.cpp" line="186"/>
        <source>&amp;Stories Panel</source>
        <translation>故事面板(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/present/presentationcontroller.cpp" line="187"/>
        <source>&amp;Reduce Motion</source>
        <translation>减少动画(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/present/presentationcontroller.cpp" line="188"/>
        <source>Changes between dates without animation</source>
        <translation>日期之间的切换不使用动画</translation>
    </message>
    <message>
        <location filename="../../app/present/presentationcontroller.cpp" line="189"/>
        <source>&amp;Transition Speed</source>
        <translation>切换速度(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/present/presentationcontroller.cpp" line="190"/>
        <source>Quick (0.3 s)</source>
        <translation>快（0.3 秒）</translation>
    </message>
    <message>
        <location filename="../../app/present/presentationcontroller.cpp" line="190"/>
        <source>Normal (0.6 s)</source>
        <translation>正常（0.6 秒）</translation>
    </message>
    <message>
        <location filename="../../app/present/presentationcontroller.cpp" line="190"/>
        <source>Slow (1.2 s)</source>
        <translation>慢（1.2 秒）</translation>
    </message>
    <message>
        <location filename="../../app/present/presentationcontroller.cpp" line="194"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/present/presentationcontroller.cpp" line="195"/>
        <source>Save the chronology with its stories</source>
        <translation>保存年表及其故事</translation>
    </message>
    <message>
        <location filename="../../app/present/presentationcontroller.cpp" line="196"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../app/present/presentationcontroller.cpp" line="400"/>
        <location filename="../../app/present/presentationcontroller.cpp" line="426"/>
        <source>The paper, section %1</source>
        <translation>论文第 %1 节</translation>
    </message>
    <message>
        <location filename="../../app/present/presentationcontroller.cpp" line="414"/>
        <source>Before the first event</source>
        <translation>第一个事件之前</translation>
    </message>
    <message>
        <location filename="../../app/present/presentationcontroller.cpp" line="483"/>
        <location filename="../../app/present/presentationcontroller.cpp" line="500"/>
        <source>Export Story</source>
        <translation>导出故事</translation>
    </message>
    <message>
        <location filename="../../app/present/presentationcontroller.cpp" line="484"/>
        <source>PDF handout (*.pdf);;PNG frames, one per step (*.png);;SVG frames, one per step (*.svg)</source>
        <translation>PDF 讲义 (*.pdf);;PNG 图片，每步一张 (*.png);;SVG 图片，每步一张 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../app/present/presentationcontroller.cpp" line="495"/>
        <source>Exporting the story</source>
        <translation>正在导出故事</translation>
    </message>
    <message>
        <location filename="../../app/present/presentationcontroller.cpp" line="504"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../app/present/presentationcontroller.cpp" line="544"/>
        <location filename="../../app/present/presentationcontroller.cpp" line="568"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../app/present/presentationcontroller.cpp" line="555"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../app/present/presentationcontroller.cpp" line="562"/>
        <source>Save Chronology</source>
        <translation>保存年表</translation>
    </message>
    <message>
        <location filename="../../app/present/presentationcontroller.cpp" line="563"/>
        <source>Chronologies (*.json)</source>
        <translation>年表 (*.json)</translation>
    </message>
</context>
<context>
    <name>AllianceScope::PresenterView</name>
    <message>
        <location filename="../../app/present/presenterview.cpp" line="97"/>
        <source>(the end)</source>
        <translation>（结束）</translation>
    </message>
    <message>
        <location filename="../../app/present/presenterview.cpp" line="98"/>
        <source>%1 of %2</source>
        <translation>第 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../app/present/presenterview.cpp" line="120"/>
        <source>The time</source>
        <translation>当前时间</translation>
    </message>
    <message>
        <location filename="../../app/present/presenterview.cpp" line="121"/>
        <source>Time since the presentation began</source>
        <translation>演示开始以来的时间</translation>
    </message>
    <message>
        <location filename="../../app/present/presenterview.cpp" line="126"/>
        <source>Presenter View</source>
        <translation>演讲者视图</translation>
    </message>
    <message>
        <location filename="../../app/present/presenterview.cpp" line="127"/>
        <source>Now showing</source>
        <translation>正在显示</translation>
    </message>
    <message>
        <location filename="../../app/present/presenterview.cpp" line="128"/>
        <source>Speaker notes</source>
        <translation>讲稿备注</translation>
    </message>
    <message>
        <location filename="../../app/present/presenterview.cpp" line="129"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>AllianceScope::RecoveryStore</name>
    <message>
        <location filename="../../app/edit/recoverystore.cpp" line="47"/>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>AllianceScope::ScenarioDialog</name>
    <message>
        <location filename="../../app/compare/scenariodialog.cpp" line="22"/>
        <source>Save Scenario</source>
        <translation>保存假设情景</translation>
    </message>
    <message>
        <location filename="../../app/compare/scenariodialog.cpp" line="24"/>
        <source>The name used on the command line: --scenario ID</source>
        <translation>命令行中使用的名称：--scenario ID</translation>
    </message>
    <message>
        <location filename="../../app/compare/scenariodialog.cpp" line="25"/>
        <source>Why this scenario: the question it asks</source>
        <translation>为什么设这个情景：它要回答的问题</translation>
    </message>
    <message>
        <location filename="../../app/compare/scenariodialog.cpp" line="28"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../app/compare/scenariodialog.cpp" line="29"/>
        <source>Id:</source>
        <translation>标识：</translation>
    </message>
    <message>
        <location filename="../../app/compare/scenariodialog.cpp" line="30"/>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
</context>
<context>
    <name>AllianceScope::SideBySidePane</name>
    <message>
        <location filename="../../app/compare/sidebysidepane.cpp" line="110"/>
        <source>Compared date: %1</source>
        <translation>比较日期：%1</translation>
    </message>
    <message>
        <location filename="../../app/compare/sidebysidepane.cpp" line="116"/>
        <source>The network at the compared date, on the same layout as the main graph</source>
        <translation>比较日期时的网络，与主图使用同一布局</translation>
    </message>
</context>
<context>
    <name>AllianceScope::StepDialog</name>
    <message>
        <location filename="../../app/present/stepdialog.cpp" line="23"/>
        <source>Edit Step</source>
        <translation>编辑步骤</translation>
    </message>
    <message>
        <location filename="../../app/present/stepdialog.cpp" line="31"/>
        <source>e.g. 3 or 3.2</source>
        <translation>例如 3 或 3.2</translation>
    </message>
    <message>
        <location filename="../../app/present/stepdialog.cpp" line="34"/>
        <source>Caption (Chinese)</source>
        <translation>说明（中文）</translation>
    </message>
    <message>
        <location filename="../../app/present/stepdialog.cpp" line="35"/>
        <source>Caption (English)</source>
        <translation>说明（英文）</translation>
    </message>
    <message>
        <location filename="../../app/present/stepdialog.cpp" line="36"/>
        <source>Notes (Chinese)</source>
        <translation>备注（中文）</translation>
    </message>
    <message>
        <location filename="../../app/present/stepdialog.cpp" line="37"/>
        <source>Notes (English)</source>
        <translation>备注（英文）</translation>
    </message>
    <message>
        <location filename="../../app/present/stepdialog.cpp" line="38"/>
        <source>Paper section</source>
        <translation>论文章节</translation>
    </message>
</context>
<context>
    <name>AllianceScope::StoriesPanel</name>
    <message>
        <location filename="../../app/present/storiespanel.cpp" line="183"/>
        <source>(no caption)</source>
        <translation>（无说明）</translation>
    </message>
    <message>
        <location filename="../../app/present/storiespanel.cpp" line="331"/>
        <source>No chronology is loaded.</source>
        <translation>尚未加载年表。</translation>
    </message>
    <message>
        <location filename="../../app/present/storiespanel.cpp" line="370"/>
        <source>Story:</source>
        <translation>故事：</translation>
    </message>
    <message>
        <location filename="../../app/present/storiespanel.cpp" line="371"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../app/present/storiespanel.cpp" line="372"/>
        <source>Start a new, empty story</source>
        <translation>新建一个空故事</translation>
    </message>
    <message>
        <location filename="../../app/present/storiespanel.cpp" line="373"/>
        <source>Add Current View as Step</source>
        <translation>把当前视图添加为步骤</translation>
    </message>
    <message>
        <location filename="../../app/present/storiespanel.cpp" line="374"/>
        <source>Adds the date, layer, focus and highlighted edge shown now after the selected step</source>
        <translation>在所选步骤之后添加当前显示的日期、层、焦点和突出显示的边</translation>
    </message>
    <message>
        <location filename="../../app/present/storiespanel.cpp" line="376"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../app/present/storiespanel.cpp" line="377"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../app/present/storiespanel.cpp" line="378"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../app/present/storiespanel.cpp" line="379"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../app/present/storiespanel.cpp" line="380"/>
        <source>Play from Step</source>
        <translation>从此步播放</translation>
    </message>
    <message>
        <location filename="../../app/present/storiespanel.cpp" line="381"/>
        <source>Presents the story full screen from the selected step (F5 leaves)</source>
        <translation>从所选步骤开始全屏演示故事（按 F5 退出）</translation>
    </message>
    <message>
        <location filename="../../app/present/storiespanel.cpp" line="382"/>
        <source>Export Story…</source>
        <translation>导出故事…</translation>
    </message>
</context>
<context>
    <name>AllianceScope::TimeChart</name>
    <message>
        <location filename="../../app/charts/timechart.cpp" line="165"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../app/charts/timechart.cpp" line="168"/>
        <source>(tier %1)</source>
        <translation>（等级 %1）</translation>
    </message>
    <message>
        <location filename="../../app/charts/timechart.cpp" line="182"/>
        <source>Nearest event: %1 %2</source>
        <translation>最近的事件：%1 %2</translation>
    </message>
</context>
<context>
    <name>AllianceScope::TimelineWidget</name>
    <message>
        <location filename="../../app/timeline/timelinewidget.cpp" line="294"/>
        <source>Before the first event</source>
        <translation>第一个事件之前</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinewidget.cpp" line="314"/>
        <source>First Event</source>
        <translation>第一个事件</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinewidget.cpp" line="315"/>
        <source>Go to the first event (Home)</source>
        <translation>跳到第一个事件（Home）</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinewidget.cpp" line="316"/>
        <source>Previous Event</source>
        <translation>上一个事件</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinewidget.cpp" line="317"/>
        <source>Go to the previous event (←)</source>
        <translation>跳到上一个事件（←）</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinewidget.cpp" line="318"/>
        <source>Next Event</source>
        <translation>下一个事件</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinewidget.cpp" line="319"/>
        <source>Go to the next event (→)</source>
        <translation>跳到下一个事件（→）</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinewidget.cpp" line="320"/>
        <source>Last Event</source>
        <translation>最后一个事件</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinewidget.cpp" line="321"/>
        <source>Go to the last event (End)</source>
        <translation>跳到最后一个事件（End）</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinewidget.cpp" line="323"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinewidget.cpp" line="324"/>
        <source>Pause the playback (Space)</source>
        <translation>暂停播放（空格）</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinewidget.cpp" line="326"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinewidget.cpp" line="327"/>
        <source>Play through the events one by one (Space)</source>
        <translation>逐个播放事件（空格）</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinewidget.cpp" line="333"/>
        <source>%1× (%2 s per event)</source>
        <translation>%1×（每个事件 %2 秒）</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinewidget.cpp" line="336"/>
        <source>Playback speed: how long each event stays on screen</source>
        <translation>播放速度：每个事件在屏幕上停留的时间</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinewidget.cpp" line="337"/>
        <source>The current date, at the precision the source gives</source>
        <translation>当前日期，精度与资料来源一致</translation>
    </message>
    <message>
        <location filename="../../app/timeline/timelinewidget.cpp" line="338"/>
        <source>Click an event&apos;s tick to go to it; drag to move through time; Shift+click to compare with that date</source>
        <translation>点击事件刻度可跳到该事件；拖动可在时间中移动；按住Shift点击可与该日期比较</translation>
    </message>
</context>
<context>
    <name>AllianceScope::WhatIfUi</name>
    <message numerus="yes">
        <location filename="../../app/compare/whatifui.cpp" line="93"/>
        <source>%n event(s) off</source>
        <translation>
            <numerusform>关闭了 %n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/compare/whatifui.cpp" line="95"/>
        <source>%n categories off</source>
        <translation>
            <numerusform>关闭了 %n 个类别</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/compare/whatifui.cpp" line="97"/>
        <source>%n effect(s) changed</source>
        <translation>
            <numerusform>修改了 %n 个影响</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/compare/whatifui.cpp" line="99"/>
        <source>What-if %1: %2 (dashed grey: the baseline)</source>
        <translation>假设分析 %1：%2（灰色虚线为基线）</translation>
    </message>
    <message>
        <location filename="../../app/compare/whatifui.cpp" line="133"/>
        <source>Save Chronology with the Scenario</source>
        <translation>保存含此情景的年表</translation>
    </message>
    <message>
        <location filename="../../app/compare/whatifui.cpp" line="134"/>
        <source>Chronologies (*.json)</source>
        <translation>年表 (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/compare/whatifui.cpp" line="140"/>
        <source>Cannot save the scenario</source>
        <translation>无法保存情景</translation>
    </message>
    <message>
        <location filename="../../app/compare/whatifui.cpp" line="143"/>
        <source>Scenario “%1” saved to %2</source>
        <translation>情景“%1”已保存到 %2</translation>
    </message>
    <message>
        <location filename="../../app/compare/whatifui.cpp" line="148"/>
        <source>&amp;What-If</source>
        <translation>假设分析(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../app/compare/whatifui.cpp" line="149"/>
        <source>Switch Off &amp;Category</source>
        <translation>关闭类别(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/compare/whatifui.cpp" line="150"/>
        <source>&amp;Load Scenario</source>
        <translation>载入情景(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/compare/whatifui.cpp" line="151"/>
        <source>&amp;Reset to Baseline</source>
        <translation>恢复基线(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/compare/whatifui.cpp" line="152"/>
        <source>Switch every event back on and undo every changed effect</source>
        <translation>重新打开所有事件，并撤销所有修改过的影响</translation>
    </message>
    <message>
        <location filename="../../app/compare/whatifui.cpp" line="153"/>
        <source>&amp;Save Scenario…</source>
        <translation>保存情景(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>AllianceScope::WindowActions</name>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="244"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="245"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="246"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="247"/>
        <source>&amp;Go</source>
        <translation>跳转(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="248"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="249"/>
        <source>&amp;Layer</source>
        <translation>层面(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="250"/>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="251"/>
        <source>Layout &amp;Mode</source>
        <translation>布局方式(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="252"/>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="259"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="259"/>
        <source>Open a chronology file (JSON, format 1)</source>
        <translation>打开年表文件（JSON，格式 1）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="260"/>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="260"/>
        <source>Read the current chronology file again</source>
        <translation>重新读取当前年表文件</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="261"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="261"/>
        <source>Quit AllianceScope</source>
        <translation>退出 AllianceScope</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="262"/>
        <source>&amp;Export Figure…</source>
        <translation>导出图像(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="263"/>
        <source>Save the graph (and the chart) as PNG, SVG, PDF, a frame per event or a GIF (Ctrl+E)</source>
        <translation>将关系图（及图表）保存为 PNG、SVG、PDF、逐事件帧或 GIF 动画（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="264"/>
        <source>Export &amp;Chart…</source>
        <translation>导出图表(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="265"/>
        <source>Save the chart shown in the Charts panel as SVG or PNG (Ctrl+Shift+E)</source>
        <translation>将图表面板中的图表保存为 SVG 或 PNG（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="266"/>
        <source>&amp;Copy Figure</source>
        <translation>复制图像(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="267"/>
        <source>Copy the figure at the current date to the clipboard (Ctrl+Shift+C)</source>
        <translation>将当前日期的图像复制到剪贴板（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="268"/>
        <source>&amp;Charts</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="269"/>
        <source>Show or hide the weights and metrics over time (F8)</source>
        <translation>显示或隐藏权重与指标的时间变化（F8）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="271"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="271"/>
        <source>Show the combined weight of all layers (Alt+1)</source>
        <translation>显示所有层面的综合权重（Alt+1）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="272"/>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="272"/>
        <source>Show the security layer only (Alt+2)</source>
        <translation>只显示安全层面（Alt+2）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="273"/>
        <source>Political</source>
        <translation>政治</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="273"/>
        <source>Show the political layer only (Alt+3)</source>
        <translation>只显示政治层面（Alt+3）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="274"/>
        <source>Economic</source>
        <translation>经济</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="274"/>
        <source>Show the economic layer only (Alt+4)</source>
        <translation>只显示经济层面（Alt+4）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="276"/>
        <source>Show the interface and the data in Chinese</source>
        <translation>以中文显示界面和数据</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="277"/>
        <source>Show the interface and the data in English</source>
        <translation>以英文显示界面和数据</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="278"/>
        <source>&amp;Switch Language</source>
        <translation>切换语言(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="279"/>
        <source>Switch between Chinese and English (Ctrl+L)</source>
        <translation>在中文和英文之间切换（Ctrl+L）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="281"/>
        <source>&amp;Stable</source>
        <translation>稳定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="282"/>
        <source>One force-directed layout of every date: nodes keep their places while the weights change</source>
        <translation>所有日期共用一个力导向布局：权重变化时节点位置不变</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="284"/>
        <source>&amp;Anchored</source>
        <translation>锚定(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="284"/>
        <source>Lay out again, starting from the current positions</source>
        <translation>从当前位置出发重新布局</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="285"/>
        <source>&amp;Circular</source>
        <translation>环形(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="285"/>
        <source>Place the actors on circles</source>
        <translation>将行为体排列在圆周上</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="286"/>
        <source>&amp;Geographic</source>
        <translation>地理(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="287"/>
        <source>Pin the states near their capitals on a map of the Pacific</source>
        <translation>在太平洋地图上将各国固定在其首都附近</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="289"/>
        <source>&amp;Triangle Focus</source>
        <translation>三角焦点(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="290"/>
        <source>The United States, Japan and the ROK as a large triangle in the centre, the others around it</source>
        <translation>美国、日本和韩国在中央构成一个大三角形，其他行为体环绕其外</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="292"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="292"/>
        <source>Enlarge the graph (Ctrl++)</source>
        <translation>放大网络图（Ctrl++）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="293"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="293"/>
        <source>Shrink the graph (Ctrl+-)</source>
        <translation>缩小网络图（Ctrl+-）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="294"/>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="294"/>
        <source>Fit the whole graph into the window (Ctrl+0)</source>
        <translation>使整个网络图适应窗口（Ctrl+0）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="295"/>
        <source>F&amp;ull Screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="296"/>
        <source>Show the window on the whole screen, for teaching (F11)</source>
        <translation>全屏显示窗口，便于课堂教学（F11）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="297"/>
        <source>Show &amp;Legend</source>
        <translation>显示图例(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="297"/>
        <source>Show or hide the legend of the graph</source>
        <translation>显示或隐藏网络图的图例</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="298"/>
        <source>Show Side &amp;Panel</source>
        <translation>显示侧边栏(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="299"/>
        <source>Show or hide the event details, the edge history and the event list (F9)</source>
        <translation>显示或隐藏事件详情、连线历史和事件列表（F9）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="300"/>
        <source>&amp;Guide</source>
        <translation>指南(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="301"/>
        <source>The keys, the model in two paragraphs and where to read more (F1)</source>
        <translation>快捷键、两段话讲清模型，以及延伸阅读（F1）</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="302"/>
        <source>&amp;About AllianceScope</source>
        <translation>关于 AllianceScope(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="303"/>
        <source>The application&apos;s version and the source of its data</source>
        <translation>本程序的版本及其数据来源</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="304"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/mainwindow/windowactions.cpp" line="304"/>
        <source>The version of Qt in use</source>
        <translation>所用的 Qt 版本</translation>
    </message>
</context>
</TS>
