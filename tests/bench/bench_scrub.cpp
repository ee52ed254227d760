// Benchmark of scrubbing: one date step = WeightModel::snapshotAt(next date) plus
// AllianceScene::setSnapshot(…, false), every item updated, on the bundled chronology (target:
// under 2 ms) and on a generated network of 500 actors / 5,000 dyads (target: under 8 ms).
// The scene is shown in an offscreen view, so item updates schedule real repaints.
// Run: QT_QPA_PLATFORM=offscreen ./build/tests/bench_scrub (numbers go in docs/PERFORMANCE.md).
#include "chronology/chronologyreader.h"
#include "graphview/alliancescene.h"
#include "graphview/graphview.h"
#include "weights/weightmodel.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

namespace {

/// A chronology of @p events events among @p actors states over exactly @p dyads dyads.
Chronology generate(int actors, int dyads, int events)
{
    QRandomGenerator rng(7);
    QList<Actor> states;
    for (int i = 0; i < actors; ++i) {
        Actor a;
        a.id = u"S%1"_s.arg(i, 3, 10, QLatin1Char('0'));
        a.name = {a.id, a.id};
        states.append(a);
    }
    QList<std::pair<int, int>> pairs;
    QSet<int> seen;
    while (pairs.size() < dyads) {
        const int x = rng.bounded(actors);
        const int y = rng.bounded(actors);
        if (x != y && !seen.contains(std::min(x, y) * actors + std::max(x, y))) {
            seen.insert(std::min(x, y) * actors + std::max(x, y));
            pairs.append({x, y});
        }
    }
    Category c;
    c.id = u"c"_s;
    c.score = 3;
    c.name = {u"c"_s, u"c"_s};
    QList<Event> list;
    const QDate start(1950, 1, 1);
    for (int i = 0; i < events; ++i) {
        Event e;
        e.id = u"e%1"_s.arg(i);
        e.date = start.addDays(rng.bounded(365 * 74));
        e.title = e.summary = {e.id, e.id};
        e.category = c.id;
        Effect f;
        const auto [x, y] = pairs[i < dyads ? i : rng.bounded(int(pairs.size()))];
        f.actors = {states[x].id, states[y].id};
        f.layer = static_cast<Layer>(rng.bounded(3));
        f.score = rng.bounded(20.0) - 10.0;
        if (rng.bounded(10) == 0)
            f.tier = rng.bounded(7) - 2;
        f.rationale = u"generated"_s;
        e.effects = {f};
        list.append(e);
    }
    return Chronology({u"g"_s, u"g"_s}, {}, states, {c}, list);
}

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
    const GraphLayout layout = GraphLayouter::layout(layoutRequestFor(model.chronology(), LayoutMode::Stable, u"en"_s));
    QVERIFY(layout.ok());
    scrub(model, layout);
}

void BenchScrub::fiveHundredActorsFiveThousandDyads()
{
    const WeightModel model(generate(500, 5000, 20000));
    scrub(model, gridLayout(model.chronology()));
}

QTEST_MAIN(BenchScrub)
#include "bench_scrub.moc"
