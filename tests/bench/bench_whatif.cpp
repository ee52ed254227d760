// Benchmarks of what-if: switching one event off and getting the new model, the snapshot at the
// shown date and every default chart series (target: under 50 ms on the bundled chronology),
// and the parts of that cost. Run: ./build/tests/bench_whatif (numbers in docs/PERFORMANCE.md).
#include "chronology/chronologyreader.h"
#include "metrics/timeseries.h"
#include "weights/networkdiff.h"
#include "weights/whatif.h"

#include <QTest>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

class BenchWhatIf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void applyScenario();
    void model();
    void toggleEventThenSnapshotAndSeries();
    void diffTwoDates();

private:
    std::optional<Chronology> m_chronology;
    QString m_event; ///< the event switched off: GSOMIA's signing in 2016
};

void BenchWhatIf::initTestCase()
{
    ChronologyReader::Result r = ChronologyReader::readFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY));
    QVERIFY2(r.ok(), r.errors.isEmpty() ? "unreadable" : qPrintable(r.errors.first().toString()));
    m_chronology = std::move(r.chronology);
    m_event = u"2016-11-gsomia-signed"_s;
    QVERIFY(m_chronology->event(m_event));
    qInfo("%lld events", qlonglong(m_chronology->events().size()));
}

void BenchWhatIf::applyScenario()
{
    const Scenario s = WhatIf::toggleEvent({}, m_event);
    Chronology out;
    QBENCHMARK {
        out = AllianceScope::applyScenario(*m_chronology, s);
    }
    QCOMPARE(out.events().size(), m_chronology->events().size() - 1);
}

void BenchWhatIf::model()
{
    const Scenario s = WhatIf::toggleEvent({}, m_event);
    std::unique_ptr<WeightModel> m;
    QBENCHMARK {
        m = WhatIf::model(*m_chronology, s);
    }
    QVERIFY(m && !m->chronology().event(m_event));
}

// What the window does when an event's check box is clicked: a new model of the scenario, the
// snapshot at the shown date for the graph, and every default chart series.
void BenchWhatIf::toggleEventThenSnapshotAndSeries()
{
    const QList<SeriesSpec> specs = TimeSeries::defaultDyadSpecs() + TimeSeries::defaultMetricSpecs();
    const QDate shown(2019, 11, 22);
    Scenario s;
    QList<Series> series;
    NetworkSnapshot snapshot;
    QBENCHMARK {
        s = WhatIf::toggleEvent(s, m_event); // alternately off and on
        const std::unique_ptr<WeightModel> m = WhatIf::model(*m_chronology, s);
        snapshot = m->snapshotAt(shown);
        series = TimeSeries::compute(*m, specs);
    }
    QCOMPARE(series.size(), 6);
    QVERIFY(!snapshot.dyads.isEmpty());
}

void BenchWhatIf::diffTwoDates()
{
    const WeightModel m(*m_chronology);
    QList<DyadChange> changes;
    QBENCHMARK {
        changes = diffSnapshots(m.snapshotAt(QDate(2015, 12, 28)), m.snapshotAt(QDate(2019, 11, 22)));
    }
    QVERIFY(!changes.isEmpty());
}

QTEST_GUILESS_MAIN(BenchWhatIf)
#include "bench_whatif.moc"
