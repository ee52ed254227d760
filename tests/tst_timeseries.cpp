// Tests of TimeSeries: the sample dates, dyad weight and tier series against values computed
// by hand, metric series, parameters, and the paper's story on the bundled chronology.
#include "bench/generatedchronology.h"
#include "chronology/chronologyreader.h"
#include "metrics/metrics.h"
#include "metrics/timeseries.h"
#include "testchronology.h"
#include "weights/weightmodel.h"

#include <QDateTime>
#include <QFile>
#include <QTest>

#include <cmath>

using namespace AllianceScope;
using namespace AllianceScope::TestChronology;
using namespace Qt::StringLiterals;

namespace {

Event makeEvent(const QString &id, const QDate &date, QList<Effect> effects)
{
    Event e;
    e.id = id;
    e.date = date;
    e.title = {id + u" zh"_s, id + u" en"_s};
    e.summary = e.title;
    e.category = u"meet"_s;
    e.effects = std::move(effects);
    e.source.section = u"1"_s;
    e.source.footnote = u"none"_s;
    return e;
}

Chronology chronology(QList<Event> events)
{
    Category meet;
    meet.id = u"meet"_s;
    meet.score = 4.0;
    meet.name = {u"meet"_s, u"meet"_s};
    Actor tcog = state(u"TCOG"_s);
    tcog.kind = ActorKind::Mechanism;
    return Chronology({u"t"_s, u"t"_s}, {},
                      {state(u"JPN"_s), state(u"KOR"_s), state(u"USA"_s), state(u"PRK"_s), tcog},
                      {meet}, std::move(events));
}

const QDate d0(2000, 1, 1);

double pointAt(const Series &s, const QDate &date)
{
    const double x = TimeSeries::toX(date);
    for (const QPointF &p : s.points) {
        if (p.x() == x)
            return p.y();
    }
    qFatal("no sample at the date");
}

} // namespace

class TestTimeSeries : public QObject
{
    Q_OBJECT

private slots:
    void xIsMsecsSinceEpoch();
    void sampleDatesAreEventsDaysBeforeAndSteps();
    void sampleDatesMergeDuplicates();
    void seriesLengthIsEventsTimesTwoPlusSteps();
    void pulseHalvesAtOneHalfLife();
    void dayBeforeEventShowsTheStep();
    void tierIsAnExactStepSeries();
    void metricSeriesOfAKnownTriangle();
    void metricSeriesAgreeWithSnapshots();
    void seriesEqualSnapshotsExactly_data();
    void seriesEqualSnapshotsExactly();
    void valueAtAgreesWithSamples();
    void halfLifeChangeChangesTheSeries();
    void metricNamesAreValidated();
    void bundledTriangleIsStrongerAfterCampDavid();
};

void TestTimeSeries::xIsMsecsSinceEpoch()
{
    QCOMPARE(TimeSeries::toX(QDate(1970, 1, 1)), 0.0);
    QCOMPARE(TimeSeries::toX(QDate(1970, 1, 2)), 86400000.0);
    QCOMPARE(TimeSeries::toX(QDate(1969, 12, 31)), -86400000.0);
    QCOMPARE(TimeSeries::toX(d0), double(QDateTime(d0, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()));
    for (const QDate &d : {QDate(1945, 8, 15), QDate(1969, 12, 31), d0, QDate(2023, 8, 18)}) {
        QCOMPARE(TimeSeries::dateOfX(TimeSeries::toX(d)), d);
        QCOMPARE(TimeSeries::dateOfX(TimeSeries::toX(d) + 86399999.0), d); // any time of the day
    }
}

void TestTimeSeries::sampleDatesAreEventsDaysBeforeAndSteps()
{
    const Chronology c = chronology({makeEvent(u"a"_s, d0, {dyad(u"JPN"_s, u"KOR"_s, Layer::Security, 8.0)}),
                                     makeEvent(u"b"_s, d0.addDays(1000), {dyad(u"JPN"_s, u"KOR"_s, Layer::Security, 2.0)})});
    SamplingOptions o;
    o.stepDays = 30;
    o.from = d0.addDays(15);
    const QList<QDate> dates = TimeSeries::sampleDates(c, o);
    // Steps at d0+15, d0+45, …, d0+975 (33 of them), none on an event day or the day before.
    QCOMPARE(dates.size(), 2 * 2 + 33);
    QVERIFY(std::is_sorted(dates.begin(), dates.end()));
    QCOMPARE(dates.first(), d0.addDays(-1));
    QCOMPARE(dates[1], d0);
    QCOMPARE(dates[2], d0.addDays(15));
    QVERIFY(dates.contains(d0.addDays(999)));
    QCOMPARE(dates.last(), d0.addDays(1000));

    o.dayBeforeEvents = false;
    QCOMPARE(TimeSeries::sampleDates(c, o).size(), 2 + 33);
    o.stepDays = 0;
    QCOMPARE(TimeSeries::sampleDates(c, o), (QList<QDate>{d0, d0.addDays(1000)}));
    QVERIFY(TimeSeries::sampleDates(chronology({}), {}).isEmpty());
}

void TestTimeSeries::sampleDatesMergeDuplicates()
{
    // The second event lies on a step date (d0 + 60) and the third on the day before the fourth.
    const Chronology c = chronology({makeEvent(u"a"_s, d0, {}), makeEvent(u"b"_s, d0.addDays(60), {}),
                                     makeEvent(u"c"_s, d0.addDays(99), {}), makeEvent(u"d"_s, d0.addDays(100), {})});
    SamplingOptions o;
    o.stepDays = 30; // d0, +30, +60, +90 (d0 and +60 are event days)
    const QList<QDate> dates = TimeSeries::sampleDates(c, o);
    const QList<QDate> expected = {d0.addDays(-1), d0, d0.addDays(30), d0.addDays(59), d0.addDays(60),
                                   d0.addDays(90), d0.addDays(98), d0.addDays(99), d0.addDays(100)};
    QCOMPARE(dates, expected);
}

void TestTimeSeries::seriesLengthIsEventsTimesTwoPlusSteps()
{
    const WeightModel m(chronology({makeEvent(u"a"_s, d0, {dyad(u"JPN"_s, u"KOR"_s, Layer::Security, 8.0)}),
                                    makeEvent(u"b"_s, d0.addDays(400), {dyad(u"USA"_s, u"JPN"_s, Layer::Political, 3.0, 4)}),
                                    makeEvent(u"c"_s, d0.addDays(1000), {dyad(u"USA"_s, u"KOR"_s, Layer::Economic, -2.0)})}));
    SamplingOptions o;
    o.stepDays = 100;
    o.from = d0.addDays(50); // 50, 150, …, 950: 10 steps
    const QList<SeriesSpec> specs = TimeSeries::defaultDyadSpecs() + TimeSeries::defaultMetricSpecs();
    const QList<Series> series = TimeSeries::compute(m, specs, o);
    QCOMPARE(series.size(), specs.size());
    for (const Series &s : series) {
        QCOMPARE(s.points.size(), 3 * 2 + 10);
        QVERIFY(std::is_sorted(s.points.begin(), s.points.end(),
                               [](const QPointF &p, const QPointF &q) { return p.x() < q.x(); }));
    }
    QCOMPARE(series[0].spec, SeriesSpec::dyad(u"USA"_s, u"JPN"_s));
    QCOMPARE(series[3].spec, SeriesSpec::metricSpec(u"triangle_min"_s));
}

void TestTimeSeries::pulseHalvesAtOneHalfLife()
{
    // One pulse of 8 at day 0 on the security layer (H = 1095 days by default).
    const WeightModel m(chronology({makeEvent(u"a"_s, d0, {dyad(u"JPN"_s, u"KOR"_s, Layer::Security, 8.0)})}));
    QCOMPARE(m.parameters().halfLife(Layer::Security), 1095.0);
    const QList<QDate> dates = {d0.addDays(-1), d0, d0.addDays(1095), d0.addDays(2190)};
    for (Layer layer : {Layer::Security, Layer::All}) {
        const Series s = TimeSeries::compute(m, {SeriesSpec::dyad(u"KOR"_s, u"JPN"_s, layer)}, dates).first();
        QCOMPARE(s.points.size(), 4);
        QCOMPARE(s.points[0], QPointF(TimeSeries::toX(d0.addDays(-1)), 0.0));
        // `all` averages the three layers' terms tanh(S/k): one touched layer counts a third.
        const double share = layer == Layer::All ? 1.0 / 3.0 : 1.0;
        QCOMPARE(s.points[1].y(), 0.4 * share * std::tanh(8.0 / 25.0));
        QCOMPARE(s.points[2].y(), 0.4 * share * std::tanh(4.0 / 25.0)); // exactly score 4
        QCOMPARE(s.points[3].y(), 0.4 * share * std::tanh(2.0 / 25.0));
        if (layer == Layer::Security)
            QCOMPARE(s.points[2].y(), m.weightOf(0, 4.0, Layer::Security));
    }
    // Another layer is untouched.
    const Series other = TimeSeries::compute(m, {SeriesSpec::dyad(u"JPN"_s, u"KOR"_s, Layer::Political)}, dates).first();
    for (const QPointF &p : other.points)
        QCOMPARE(p.y(), 0.0);
}

void TestTimeSeries::dayBeforeEventShowsTheStep()
{
    const QDate t = d0.addDays(500);
    const WeightModel m(chronology({makeEvent(u"a"_s, d0, {dyad(u"JPN"_s, u"KOR"_s, Layer::Security, 8.0)}),
                                    makeEvent(u"b"_s, t, {dyad(u"JPN"_s, u"KOR"_s, Layer::Security, 6.0, 2)})}));
    const Series s = TimeSeries::compute(m, {SeriesSpec::dyad(u"JPN"_s, u"KOR"_s, Layer::Security)}).first();
    const double before = 8.0 * std::exp2(-499.0 / 1095.0);
    const double after = 8.0 * std::exp2(-500.0 / 1095.0) + 6.0;
    QCOMPARE(pointAt(s, t.addDays(-1)), m.weightOf(0, before, Layer::Security));
    QCOMPARE(pointAt(s, t), m.weightOf(2, after, Layer::Security));
    QVERIFY(pointAt(s, t) - pointAt(s, t.addDays(-1)) > 0.3); // a step, not a slope over 30 days
}

void TestTimeSeries::tierIsAnExactStepSeries()
{
    const QDate t1 = d0.addDays(500), t2 = d0.addDays(900);
    const WeightModel m(chronology({makeEvent(u"a"_s, d0, {dyad(u"JPN"_s, u"KOR"_s, Layer::Security, 1.0)}),
                                    makeEvent(u"b"_s, t1, {dyad(u"JPN"_s, u"KOR"_s, Layer::Security, 0.0, 2)}),
                                    makeEvent(u"c"_s, t2, {dyad(u"JPN"_s, u"KOR"_s, Layer::Security, 0.0, 0)})}));
    const QList<QDate> dates = TimeSeries::sampleDates(m.chronology());
    const Series s = TimeSeries::compute(m, {SeriesSpec::dyad(u"JPN"_s, u"KOR"_s, Layer::Security)}, dates).first();
    QCOMPARE(s.tierSteps.size(), dates.size() + 2); // one extra point per change
    const double x1 = TimeSeries::toX(t1), x2 = TimeSeries::toX(t2);
    const qsizetype i1 = s.tierSteps.indexOf(QPointF(x1, 0.0));
    QVERIFY(i1 > 0);
    QCOMPARE(s.tierSteps[i1 + 1], QPointF(x1, 2.0));
    const qsizetype i2 = s.tierSteps.indexOf(QPointF(x2, 2.0));
    QVERIFY(i2 > i1);
    QCOMPARE(s.tierSteps[i2 + 1], QPointF(x2, 0.0));
    QCOMPARE(s.tierSteps.first().y(), 0.0);
    QCOMPARE(s.tierSteps.last().y(), 0.0);
}

void TestTimeSeries::metricSeriesOfAKnownTriangle()
{
    // USA–JPN and USA–KOR at tier 4, JPN–KOR at tier 2, no scores.
    const QDate t = d0.addDays(100);
    const WeightModel m(chronology({makeEvent(u"a"_s, d0, {dyad(u"USA"_s, u"JPN"_s, Layer::Security, 0.0, 4),
                                                           dyad(u"USA"_s, u"KOR"_s, Layer::Security, 0.0, 4)}),
                                    makeEvent(u"b"_s, t, {dyad(u"JPN"_s, u"KOR"_s, Layer::Security, 0.0, 2)})}));
    const QList<Series> s = TimeSeries::compute(m, TimeSeries::defaultMetricSpecs() + QList<SeriesSpec>{SeriesSpec::metricSpec(u"degree:USA"_s)},
                                                QList<QDate>{d0.addDays(-1), d0, t});
    // maxWeight = 0.15·4 + 0.4 = 1: normalised edges 0.6, 0.6, 0 then 0.6, 0.6, 0.3.
    QCOMPARE(s[0].points[0].y(), 0.0);
    QCOMPARE(s[0].points[1].y(), 0.0);
    QCOMPARE(s[0].points[2].y(), 0.3);
    QCOMPARE(s[1].points[1].y(), 0.0);
    QCOMPARE(s[1].points[2].y(), std::cbrt(0.6 * 0.6 * 0.3));
    // 4 states, 6 pairs: 0, 2 and 3 ties.
    QCOMPARE(s[2].points[0].y(), 0.0);
    QCOMPARE(s[2].points[1].y(), 2.0 / 6.0);
    QCOMPARE(s[2].points[2].y(), 0.5);
    QCOMPARE(s[3].points[2].y(), 1.2);
    QVERIFY(s[0].tierSteps.isEmpty()); // metrics have no tier series
}

void TestTimeSeries::metricSeriesAgreeWithSnapshots()
{
    const WeightModel m(chronology({makeEvent(u"a"_s, d0, {dyad(u"USA"_s, u"JPN"_s, Layer::Security, 5.0, 4)}),
                                    makeEvent(u"b"_s, d0.addDays(300), {dyad(u"USA"_s, u"KOR"_s, Layer::Political, 7.0, 1)}),
                                    makeEvent(u"c"_s, d0.addDays(800), {dyad(u"JPN"_s, u"KOR"_s, Layer::Economic, -3.0)})}));
    for (Layer layer : kViewLayers) {
        const QList<Series> s = TimeSeries::compute(m, TimeSeries::defaultMetricSpecs(layer));
        QVERIFY(!s[0].points.isEmpty());
        for (qsizetype i = 0; i < s[0].points.size(); ++i) {
            const QDate date = TimeSeries::dateOfX(s[0].points[i].x());
            const QList<MetricValue> all = Metrics::all(m.chronology(), m.snapshotAt(date), layer, m.parameters());
            QCOMPARE(s[0].points[i].y(), all[1].value); // triangle_min
            QCOMPARE(s[1].points[i].y(), all[2].value); // triangle_geomean
            QCOMPARE(s[2].points[i].y(), all[0].value); // density
        }
    }
}

// Every series kind (computed from only the dyads it needs, density from the tie counts) gives
// bit for bit what a whole snapshot at each date gives, as TimeSeries computed it before.
void TestTimeSeries::seriesEqualSnapshotsExactly_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<double>("halfLifeFactor");
    QTest::newRow("bundled") << u"bundled"_s << 1.0;
    QTest::newRow("bundled, half-lives x0.5") << u"bundled"_s << 0.5;
    QTest::newRow("generated 40 actors, 3000 events") << u"generated"_s << 1.0;
    QTest::newRow("generated, half-lives x1.5") << u"generated"_s << 1.5;
}

void TestTimeSeries::seriesEqualSnapshotsExactly()
{
    QFETCH(QString, which);
    QFETCH(double, halfLifeFactor);
    Chronology c;
    if (which == u"bundled"_s) {
        ChronologyReader::Result r = ChronologyReader::readFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY));
        QVERIFY(r.ok());
        c = std::move(*r.chronology);
    } else {
        c = Bench::generatedChronology(40, 300, 3000);
    }
    WeightParameters p;
    for (Layer l : {Layer::Security, Layer::Political, Layer::Economic})
        p.setHalfLife(l, p.halfLife(l) * halfLifeFactor);
    const WeightModel m(std::move(c), p);
    const QList<DyadKey> dyads = m.dyadKeys();
    QVERIFY(dyads.size() > 10);
    const QList<QDate> dates = TimeSeries::sampleDates(m.chronology());
    const double wmax = Metrics::maxWeight(m.parameters());
    for (Layer layer : kViewLayers) {
        QList<SeriesSpec> specs = TimeSeries::defaultMetricSpecs(layer) + TimeSeries::defaultDyadSpecs(layer);
        specs << SeriesSpec::metricSpec(u"degree:"_s + dyads[0].a, layer)
              << SeriesSpec::metricSpec(u"degree:"_s + dyads[5].b, layer)
              << SeriesSpec::dyad(dyads[3].b, dyads[3].a, layer);
        const QList<Series> series = TimeSeries::compute(m, specs, dates);
        QCOMPARE(series.size(), specs.size());
        int ties = 0;
        for (qsizetype i = 0; i < dates.size(); ++i) {
            const NetworkSnapshot snap = m.snapshotAt(dates[i]);
            const QList<double> expected = {
                Metrics::triangleMin(snap, layer, wmax), Metrics::triangleGeomean(snap, layer, wmax),
                Metrics::density(m.chronology(), snap, layer),
                snap.weight(specs[3].a, specs[3].b, layer), snap.weight(specs[4].a, specs[4].b, layer),
                snap.weight(specs[5].a, specs[5].b, layer),
                Metrics::degree(snap, dyads[0].a, layer), Metrics::degree(snap, dyads[5].b, layer),
                snap.weight(dyads[3].a, dyads[3].b, layer)};
            for (qsizetype k = 0; k < expected.size(); ++k) {
                if (series[k].points[i].y() != expected[k])
                    QFAIL(qPrintable(u"%1 on %2 at %3: %4, a snapshot gives %5"_s.arg(specs[k].key(), layerName(layer), dates[i].toString(Qt::ISODate))
                                         .arg(series[k].points[i].y(), 0, 'g', 17).arg(expected[k], 0, 'g', 17)));
            }
            ties += series[2].points[i].y() > 0 ? 1 : 0;
        }
        QVERIFY2(ties > 0, "density is never above 0: the comparison would prove little");
    }
}

void TestTimeSeries::valueAtAgreesWithSamples()
{
    const WeightModel m(chronology({makeEvent(u"a"_s, d0, {dyad(u"USA"_s, u"JPN"_s, Layer::Security, 5.0, 4)}),
                                    makeEvent(u"b"_s, d0.addDays(300), {dyad(u"JPN"_s, u"KOR"_s, Layer::Political, 7.0, 1)})}));
    const QList<SeriesSpec> specs = TimeSeries::defaultDyadSpecs() + TimeSeries::defaultMetricSpecs();
    const QList<Series> all = TimeSeries::compute(m, specs);
    for (const Series &s : all) {
        for (const QPointF &p : s.points)
            QCOMPARE(TimeSeries::valueAt(m, s.spec, TimeSeries::dateOfX(p.x())), p.y());
    }
}

void TestTimeSeries::halfLifeChangeChangesTheSeries()
{
    WeightModel m(chronology({makeEvent(u"a"_s, d0, {dyad(u"JPN"_s, u"KOR"_s, Layer::Security, 8.0)})}));
    const QList<QDate> dates = {d0.addDays(365)};
    const SeriesSpec spec = SeriesSpec::dyad(u"JPN"_s, u"KOR"_s, Layer::Security);
    const double before = TimeSeries::compute(m, {spec}, dates).first().points.first().y();
    WeightParameters p;
    p.setHalfLife(Layer::Security, 365.0);
    m.setParameters(p);
    const double after = TimeSeries::compute(m, {spec}, dates).first().points.first().y();
    QVERIFY(after < before);
    QCOMPARE(after, m.weightOf(0, 4.0, Layer::Security));
}

void TestTimeSeries::metricNamesAreValidated()
{
    const Chronology c = chronology({});
    QCOMPARE(TimeSeries::metricNames(c),
             (QStringList{u"density"_s, u"triangle_min"_s, u"triangle_geomean"_s, u"degree:JPN"_s,
                          u"degree:KOR"_s, u"degree:USA"_s, u"degree:PRK"_s,
                          // the measures (MeasureSeries), similarity for the triangle's pairs
                          u"balance_share"_s, u"balance_triads"_s, u"balance_triangle"_s,
                          u"similarity_s:USA-JPN"_s, u"similarity_kappa:USA-JPN"_s,
                          u"similarity_s:USA-KOR"_s, u"similarity_kappa:USA-KOR"_s,
                          u"similarity_s:JPN-KOR"_s, u"similarity_kappa:JPN-KOR"_s}));
    QVERIFY(TimeSeries::isMetricName(c, u"triangle_min"_s));
    QVERIFY(TimeSeries::isMetricName(c, u"degree:USA"_s));
    QVERIFY(!TimeSeries::isMetricName(c, u"degree:TCOG"_s)); // a mechanism
    QVERIFY(!TimeSeries::isMetricName(c, u"degree:XYZ"_s));
    QVERIFY(!TimeSeries::isMetricName(c, u"degree:"_s));
    QVERIFY(!TimeSeries::isMetricName(c, u"triangle"_s));
    QVERIFY(!TimeSeries::isMetricName(c, QString()));
}

void TestTimeSeries::bundledTriangleIsStrongerAfterCampDavid()
{
    const QString path = QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY);
    QVERIFY2(QFile::exists(path), qPrintable(u"missing "_s + path));
    ChronologyReader::Result r = ChronologyReader::readFile(path);
    QVERIFY2(r.ok(), r.errors.isEmpty() ? "unreadable" : qPrintable(r.errors.first().toString()));
    const WeightModel m(std::move(*r.chronology));
    const QDate rupture(2019, 12, 31), campDavid(2023, 8, 31);
    SamplingOptions o;
    o.to = campDavid;
    const QList<Series> s = TimeSeries::compute(
        m, TimeSeries::defaultMetricSpecs() + TimeSeries::defaultDyadSpecs(),
        TimeSeries::sampleDates(m.chronology(), o));
    QVERIFY(!s[0].points.isEmpty());
    const SeriesSpec weakest = SeriesSpec::metricSpec(u"triangle_min"_s);
    const double atRupture = TimeSeries::valueAt(m, weakest, rupture);
    const double atCampDavid = TimeSeries::valueAt(m, weakest, campDavid);
    QVERIFY2(atCampDavid > atRupture,
             qPrintable(u"triangle_min %1 after Camp David, %2 after the rupture"_s.arg(atCampDavid).arg(atRupture)));
    // Every edge of the triangle is stronger after Camp David than after the rupture.
    for (qsizetype i = 3; i < 6; ++i) {
        QVERIFY2(TimeSeries::valueAt(m, s[i].spec, campDavid) > TimeSeries::valueAt(m, s[i].spec, rupture),
                 qPrintable(s[i].spec.key()));
    }
}

QTEST_GUILESS_MAIN(TestTimeSeries)
#include "tst_timeseries.moc"
