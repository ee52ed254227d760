// Benchmarks of WeightModel::snapshotAt: on the bundled chronology, and on generated
// chronologies of 100,000 events (target: under 1 ms a query) and of 500 actors / 5,000 dyads.
// Run: ./build/tests/bench_snapshot (numbers go in docs/PERFORMANCE.md).
#include "chronology/chronologyreader.h"
#include "weights/weightmodel.h"

#include <QRandomGenerator>
#include <QTest>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

namespace {

/// A chronology of @p events events over @p actors states, touching about @p dyads dyads.
Chronology generate(int actors, int dyads, int events)
{
    QRandomGenerator rng(42);
    QList<Actor> states;
    for (int i = 0; i < actors; ++i) {
        Actor a;
        a.id = u"S%1"_s.arg(i, 3, 10, QLatin1Char('0'));
        a.name = {a.id, a.id};
        states.append(a);
    }
    QList<std::pair<int, int>> pairs;
    while (pairs.size() < dyads) {
        const int x = rng.bounded(actors);
        const int y = rng.bounded(actors);
        if (x != y)
            pairs.append({x, y});
    }
    Category c;
    c.id = u"c"_s;
    c.score = 3;
    c.name = {u"c"_s, u"c"_s};
    QList<Event> list;
    list.reserve(events);
    const QDate start(1950, 1, 1);
    for (int i = 0; i < events; ++i) {
        Event e;
        e.id = u"e%1"_s.arg(i);
        e.date = start.addDays(rng.bounded(365 * 74));
        e.title = e.summary = {e.id, e.id};
        e.category = c.id;
        Effect f;
        const auto [x, y] = pairs[rng.bounded(int(pairs.size()))];
        f.actors = {states[x].id, states[y].id};
        f.layer = static_cast<Layer>(rng.bounded(3));
        f.score = rng.bounded(20.0) - 10.0;
        if (rng.bounded(20) == 0)
            f.tier = rng.bounded(5);
        f.rationale = u"generated"_s;
        e.effects = {f};
        list.append(e);
    }
    return Chronology({u"g"_s, u"g"_s}, {}, states, {c}, list);
}

} // namespace

class BenchSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void bundled();
    void hundredThousandEvents();
    void fiveHundredActorsFiveThousandDyads();
    void rebuildAfterHalfLifeChange();
};

void BenchSnapshot::bundled()
{
    auto result = ChronologyReader::readFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY));
    QVERIFY(result.ok());
    const WeightModel model(std::move(*result.chronology));
    QDate d(2019, 8, 22);
    NetworkSnapshot s;
    QBENCHMARK {
        s = model.snapshotAt(d);
    }
    QVERIFY(!s.dyads.isEmpty());
}

void BenchSnapshot::hundredThousandEvents()
{
    const WeightModel model(generate(60, 600, 100000));
    QDate d(2023, 8, 18);
    NetworkSnapshot s;
    QBENCHMARK {
        s = model.snapshotAt(d);
    }
    QVERIFY(s.dyads.size() > 500);
}

void BenchSnapshot::fiveHundredActorsFiveThousandDyads()
{
    const WeightModel model(generate(500, 5000, 50000));
    QDate d(2023, 8, 18);
    NetworkSnapshot s;
    QBENCHMARK {
        s = model.snapshotAt(d);
    }
    QVERIFY(s.dyads.size() > 4500);
}

void BenchSnapshot::rebuildAfterHalfLifeChange()
{
    WeightModel model(generate(60, 600, 100000));
    WeightParameters p = model.parameters();
    double h = 365;
    QBENCHMARK {
        p.setHalfLife(Layer::Security, h);
        h += 1;
        model.setParameters(p);
    }
    QCOMPARE(model.parameters().halfLife(Layer::Security), h - 1);
}

QTEST_GUILESS_MAIN(BenchSnapshot)
#include "bench_snapshot.moc"
