// Benchmark of scrubbing: one date step = WeightModel::snapshotAt(next date) plus
// AllianceScene::setSnapshot(…, false), every item updated, on the bundled chronology (target:
// under 2 ms) and on a generated network of 500 actors / 5,000 dyads (target: under 8 ms).
// The scene is shown in an offscreen view, so item updates schedule real repaints.
// Run: QT_QPA_PLATFORM=offscreen ./build/tests/bench_scrub (numbers go in docs/PERFORMANCE.md).
#include "chronology/chronologyreader.h"
#include "graphview/alliancescene.h"
#include "graphview/graphview.h"
#include "weights/weightmodel.h"

#include "generatedchronology.h"

#include <QTest>

#include <cmath>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

namespace {

/// Lays the actors out on a grid (Graphviz is not what is measured here).
GraphLayout gridLayout(const Chronology &chronology)
{
    GraphLayout layout;
    const int side = int(std::ceil(std::sqrt(double(chronology.actors().size()))));
    int i = 0;
    for (const Actor &a : chronology.actors()) {
        layout.positions.insert(a.id, QPointF(160.0 * (i % side), 90.0 * (i / side)));
        ++i;
    }
    return layout;
}

/// Steps through @p dates (one event date after the other), one scrub step per iteration.
void scrub(const WeightModel &model, const GraphLayout &layout)
{
    AllianceScene scene;
    scene.setChronology(model.chronology());
    scene.applyLayout(layout);
    GraphView view(&scene);
    view.resize(1280, 800);
    view.show();
    QList<QDate> dates;
    for (const Event &e : model.chronology().events())
        if (dates.isEmpty() || dates.last() != e.date)
            dates.append(e.date);
    QVERIFY(!dates.isEmpty());
    scene.setSnapshot(model.snapshotAt(dates.first()));
    qsizetype i = 0;
    QBENCHMARK {
        i = (i + 1) % dates.size();
        scene.setSnapshot(model.snapshotAt(dates[i]), false);
    }
}

} // namespace

class BenchScrub : public QObject
{
    Q_OBJECT

private slots:
    void bundled();
    void fiveHundredActorsFiveThousandDyads();
};

void BenchScrub::bundled()
{
    auto result = ChronologyReader::readFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY));
    QVERIFY(result.ok());
    const WeightModel model(std::move(*result.chronology));
    const GraphLayout layout = GraphLayouter::layout(layoutRequestFor(model.chronology(), LayoutMode::Stable, Language::En));
    QVERIFY(layout.ok());
    scrub(model, layout);
}

void BenchScrub::fiveHundredActorsFiveThousandDyads()
{
    const WeightModel model(Bench::generatedChronology(500, 5000, 20000));
    scrub(model, gridLayout(model.chronology()));
}

QTEST_MAIN(BenchScrub)
#include "bench_scrub.moc"
