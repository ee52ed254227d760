// Benchmarks of WeightModel::snapshotAt: on the bundled chronology, and on generated
// chronologies of 100,000 events (target: under 1 ms a query) and of 500 actors / 5,000 dyads.
// Run: ./build/tests/bench_snapshot (numbers go in docs/PERFORMANCE.md).
#include "chronology/chronologyreader.h"
#include "weights/weightmodel.h"

#include "generatedchronology.h"

#include <QTest>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

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
    const WeightModel model(Bench::generatedChronology(60, 600, 100000));
    QDate d(2023, 8, 18);
    NetworkSnapshot s;
    QBENCHMARK {
        s = model.snapshotAt(d);
    }
    QVERIFY(s.dyads.size() > 500);
}

void BenchSnapshot::fiveHundredActorsFiveThousandDyads()
{
    const WeightModel model(Bench::generatedChronology(500, 5000, 50000));
    QDate d(2023, 8, 18);
    NetworkSnapshot s;
    QBENCHMARK {
        s = model.snapshotAt(d);
    }
    QVERIFY(s.dyads.size() > 4500);
}

void BenchSnapshot::rebuildAfterHalfLifeChange()
{
    WeightModel model(Bench::generatedChronology(60, 600, 100000));
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
