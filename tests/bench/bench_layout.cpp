// Benchmark of GraphLayouter: the bundled chronology's union graph (~25 nodes) and a
// generated 500-node, 5,000-edge graph, in every layout mode that makes sense at that size.
#include "chronology/chronologyreader.h"
#include "layout/graphlayout.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QtTest>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(AllianceScope::LayoutMode)

namespace {

/// @p nodes nodes (one in ten a mechanism) and @p edges distinct random edges, seeded.
LayoutRequest generatedRequest(int nodes, int edges, LayoutMode mode)
{
    QRandomGenerator random(20240601);
    LayoutRequest request;
    request.mode = mode;
    for (int i = 0; i < nodes; ++i) {
        LayoutNode node;
        node.id = u"N%1"_s.arg(i);
        node.label = i % 3 ? u"Node %1"_s.arg(i) : u"节点%1"_s.arg(i);
        node.mechanism = i % 10 == 0;
        node.size = estimatedNodeSize(node.label, node.mechanism);
        request.nodes.append(node);
    }
    QSet<QPair<int, int>> seen;
    while (request.edges.size() < edges) {
        int a = int(random.bounded(nodes));
        int b = int(random.bounded(nodes));
        if (a == b)
            continue;
        if (a > b)
            std::swap(a, b);
        if (seen.contains({a, b}))
            continue;
        seen.insert({a, b});
        LayoutEdge edge;
        edge.a = request.nodes[a].id;
        edge.b = request.nodes[b].id;
        edge.weight = 1.0 + random.bounded(8);
        request.edges.append(edge);
    }
    return request;
}

/// The bundled chronology's union graph, or a generated graph of the same size.
LayoutRequest bundledRequest(LayoutMode mode)
{
    const QString path = QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY);
    if (QFileInfo::exists(path)) {
        const ChronologyReader::Result read = ChronologyReader::readFile(path);
        if (read.ok())
            return layoutRequestFor(*read.chronology, mode, Language::Zh);
    }
    qWarning("bundled chronology not readable; using a generated graph of 25 nodes, 60 edges");
    return generatedRequest(25, 60, mode);
}

} // namespace

class BenchLayout : public QObject
{
    Q_OBJECT

private slots:
    void bundled_data();
    void bundled();
    void large_data();
    void large();
};

void BenchLayout::bundled_data()
{
    QTest::addColumn<LayoutMode>("mode");
    for (LayoutMode mode : {LayoutMode::Stable, LayoutMode::Circular, LayoutMode::Geographic})
        QTest::newRow(qPrintable(layoutModeName(mode))) << mode;
}

void BenchLayout::bundled()
{
    QFETCH(LayoutMode, mode);
    const LayoutRequest request = bundledRequest(mode);
    qInfo("%lld nodes, %lld edges", qlonglong(request.nodes.size()), qlonglong(request.edges.size()));
    GraphLayout layout;
    QBENCHMARK {
        layout = GraphLayouter::layout(request);
    }
    QVERIFY2(layout.ok(), qPrintable(layout.error));
}

void BenchLayout::large_data()
{
    QTest::addColumn<LayoutMode>("mode");
    QTest::newRow("stable") << LayoutMode::Stable;
}

void BenchLayout::large()
{
    QFETCH(LayoutMode, mode);
    const LayoutRequest request = generatedRequest(500, 5000, mode);
    GraphLayout layout;
    QBENCHMARK {
        layout = GraphLayouter::layout(request);
    }
    QVERIFY2(layout.ok(), qPrintable(layout.error));
    QVERIFY(overlappingNodes(request, layout).isEmpty());
}

QTEST_GUILESS_MAIN(BenchLayout)
#include "bench_layout.moc"
