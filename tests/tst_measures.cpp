// Tests of Measures: structural balance and portfolio similarity against hand-computed examples.
#include "chronology/chronologyreader.h"
#include "metrics/measures.h"
#include "metrics/measureseries.h"
#include "metrics/metrics.h"
#include "metrics/timeseries.h"
#include "weights/weightmodel.h"

#include <QTest>

#include <cmath>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

class TestMeasures : public QObject
{
    Q_OBJECT

private slots:
    void balanceByHand();
    void balanceCountsEachTriadOnce();
    void balanceOfNothing();
    void similarityByHand();
    void similarityIdenticalAndOpposite();
    void measureMetricsByHand();
    void measureNames();
    void measureSeriesOfTheBundledChronology();
};

namespace {

DyadState dyad(const QString &a, const QString &b, double weight, int tier = 0)
{
    DyadState d;
    d.a = a < b ? a : b;
    d.b = a < b ? b : a;
    d.at(Layer::All).weight = weight;
    d.at(Layer::All).tier = tier;
    d.at(Layer::Security).weight = -weight; // another layer, to see that the layer is honoured
    return d;
}

Actor state(const QString &id)
{
    Actor a;
    a.id = id;
    a.kind = ActorKind::State;
    return a;
}

Actor mechanism(const QString &id)
{
    Actor a;
    a.id = id;
    a.kind = ActorKind::Mechanism;
    return a;
}

} // namespace

void TestMeasures::balanceByHand()
{
    // A-B +, A-C +, B-C −: unbalanced ("my two friends are enemies").
    // A-B +, A-D −, B-D −: balanced ("the enemy of my friend is my enemy").
    // C-D is below the tie threshold, so A-C-D and B-C-D are not signed triads.
    NetworkSnapshot s;
    s.dyads = {dyad(u"A"_s, u"B"_s, 0.5), dyad(u"A"_s, u"C"_s, 0.3), dyad(u"A"_s, u"D"_s, -0.4),
               dyad(u"B"_s, u"C"_s, -0.2), dyad(u"B"_s, u"D"_s, -0.6), dyad(u"C"_s, u"D"_s, 0.01)};
    const Measures::Balance b = Measures::structuralBalance(s, Layer::All);
    QCOMPARE(b.triads, 2);
    QCOMPARE(b.balanced, 1);
    QCOMPARE(b.share(), 0.5);
    QCOMPARE(Measures::triadBalance(s, u"A"_s, u"B"_s, u"C"_s, Layer::All), -1);
    QCOMPARE(Measures::triadBalance(s, u"B"_s, u"D"_s, u"A"_s, Layer::All), 1);
    QCOMPARE(Measures::triadBalance(s, u"A"_s, u"C"_s, u"D"_s, Layer::All), 0);
    // On the security layer every sign is flipped: a product of three flips flips the balance.
    const Measures::Balance sec = Measures::structuralBalance(s, Layer::Security);
    QCOMPARE(sec.triads, 2);
    QCOMPARE(sec.balanced, 1);
    QCOMPARE(Measures::triadBalance(s, u"A"_s, u"B"_s, u"C"_s, Layer::Security), 1);
}

void TestMeasures::balanceCountsEachTriadOnce()
{
    // A complete positive graph on 5 states has C(5,3) = 10 triads, all balanced; flipping
    // one edge makes the 3 triads through it unbalanced.
    const QStringList ids = {u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s};
    NetworkSnapshot s;
    for (int i = 0; i < ids.size(); ++i) {
        for (int j = i + 1; j < ids.size(); ++j)
            s.dyads.append(dyad(ids[i], ids[j], (i == 0 && j == 1) ? -0.5 : 0.5));
    }
    const Measures::Balance b = Measures::structuralBalance(s, Layer::All);
    QCOMPARE(b.triads, 10);
    QCOMPARE(b.balanced, 7);
    QCOMPARE(b.share(), 0.7);
}

void TestMeasures::balanceOfNothing()
{
    const NetworkSnapshot empty;
    const Measures::Balance b = Measures::structuralBalance(empty, Layer::All);
    QCOMPARE(b.triads, 0);
    QCOMPARE(b.share(), 1.0);
}

void TestMeasures::similarityByHand()
{
    // Actors A, B, C (states) and M (a mechanism); tiers A-B 4, A-C 1, B-C 2; A is a member of M.
    // Portfolio of A: (A 4 self, B 4, C 1, M 1); of B: (A 4, B 4 self, C 2, M 0).
    // S = 1 − 2·(0/6 + 0/6 + 1/6 + 1/1)/4 = 1 − 7/12 = 5/12.
    // κ: categories A (t4, t4, t1, m1), B (t4, t4, t2, m0): p_o = 2/4; p_e = (2/4)(2/4) = 1/4
    // (only t4 is shared); κ = (1/2 − 1/4)/(1 − 1/4) = 1/3.
    const QList<Actor> actors = {state(u"A"_s), state(u"B"_s), state(u"C"_s), mechanism(u"M"_s)};
    NetworkSnapshot s;
    s.dyads = {dyad(u"A"_s, u"B"_s, 0.9, 4), dyad(u"A"_s, u"C"_s, 0.2, 1),
               dyad(u"B"_s, u"C"_s, 0.4, 2)};
    s.memberships = {MembershipState{u"A"_s, u"M"_s, u"member"_s, QDate(2000, 1, 1)}};
    QVERIFY(qFuzzyCompare(Measures::similarityS(actors, s, u"A"_s, u"B"_s), 5.0 / 12.0));
    QVERIFY(qFuzzyCompare(Measures::similarityS(actors, s, u"B"_s, u"A"_s), 5.0 / 12.0));
    QVERIFY(qFuzzyCompare(Measures::similarityKappa(actors, s, u"A"_s, u"B"_s), 1.0 / 3.0));
}

void TestMeasures::similarityIdenticalAndOpposite()
{
    const QList<Actor> actors = {state(u"A"_s), state(u"B"_s)};
    NetworkSnapshot allied;
    allied.dyads = {dyad(u"A"_s, u"B"_s, 1.0, 4)};
    // Allied with each other at tier 4: both portfolios are (4, 4).
    QCOMPARE(Measures::similarityS(actors, allied, u"A"_s, u"B"_s), 1.0);
    QCOMPARE(Measures::similarityKappa(actors, allied, u"A"_s, u"B"_s), 1.0);
    NetworkSnapshot hostile;
    hostile.dyads = {dyad(u"A"_s, u"B"_s, -0.5, -2)};
    // A (4, −2), B (−2, 4): every entry differs by the whole range: S = 1 − 2·2/2 = −1;
    // κ: p_o = 0, p_e = (1/2)(1/2)·2 = 1/2, κ = −1.
    QCOMPARE(Measures::similarityS(actors, hostile, u"A"_s, u"B"_s), -1.0);
    QCOMPARE(Measures::similarityKappa(actors, hostile, u"A"_s, u"B"_s), -1.0);
}

void TestMeasures::measureMetricsByHand()
{
    // States USA, JPN, KOR, CHN and a mechanism M; JPN is a member of M.
    // USA-JPN +0.6 tier 4, USA-KOR +0.5 tier 4, JPN-KOR −0.2, CHN-USA −0.3, CHN-KOR +0.1 tier 1.
    // Signed triads: USA-JPN-KOR (+ + −) unbalanced; USA-KOR-CHN (+ − +) unbalanced.
    // Portfolios (USA, JPN, KOR, CHN, M): USA (4, 4, 4, 0, 0), JPN (4, 4, 0, 0, 1).
    // S(USA, JPN) = 1 − 2·(4/6 + 1/1)/5 = 1/3.
    // κ: p_o = 3/5; USA has t4 ×3, t0, m0; JPN t4 ×2, t0 ×2, m1: p_e = (3·2 + 1·2)/25 = 8/25;
    // κ = (15/25 − 8/25)/(17/25) = 7/17.
    const Chronology c({}, {}, {state(u"USA"_s), state(u"JPN"_s), state(u"KOR"_s), state(u"CHN"_s), mechanism(u"M"_s)}, {}, {});
    NetworkSnapshot s; // dyads sorted by (a, b), as a snapshot has them
    s.dyads = {dyad(u"CHN"_s, u"KOR"_s, 0.1, 1), dyad(u"CHN"_s, u"USA"_s, -0.3), dyad(u"JPN"_s, u"KOR"_s, -0.2),
               dyad(u"JPN"_s, u"USA"_s, 0.6, 4), dyad(u"KOR"_s, u"USA"_s, 0.5, 4)};
    s.memberships = {MembershipState{u"JPN"_s, u"M"_s, u"member"_s, QDate(2000, 1, 1)}};
    const QList<MetricValue> v = MeasureSeries::values(c, s, Layer::All);
    QStringList names;
    for (const MetricValue &m : v)
        names << m.metric;
    QCOMPARE(names, (QStringList{u"balance_share"_s, u"balance_triads"_s, u"balance_triangle"_s,
                                 u"similarity_s:USA-JPN"_s, u"similarity_kappa:USA-JPN"_s,
                                 u"similarity_s:USA-KOR"_s, u"similarity_kappa:USA-KOR"_s,
                                 u"similarity_s:JPN-KOR"_s, u"similarity_kappa:JPN-KOR"_s}));
    QCOMPARE(v[0].value, 0.0);
    QCOMPARE(v[1].value, 2.0);
    QCOMPARE(v[2].value, -1.0);
    QVERIFY(qFuzzyCompare(v[3].value, 1.0 / 3.0));
    QVERIFY(qFuzzyCompare(v[4].value, 7.0 / 17.0));
    QCOMPARE(v[3].layer, Layer::All);
    // value() agrees, in either order of the pair.
    QVERIFY(qFuzzyCompare(*MeasureSeries::value(u"similarity_s:JPN-USA"_s, c, s, Layer::All), 1.0 / 3.0));
    QVERIFY(!MeasureSeries::value(u"density"_s, c, s, Layer::All));

    // JPN-KOR turns friendly: the triangle is balanced, one of the two triads is.
    s.dyads[2] = dyad(u"JPN"_s, u"KOR"_s, 0.3); // still sorted
    QCOMPARE(*MeasureSeries::value(u"balance_triangle"_s, c, s, Layer::All), 1.0);
    QCOMPARE(*MeasureSeries::value(u"balance_share"_s, c, s, Layer::All), 0.5);
    // On the security layer the fixture flips every sign: the triangle (− − −) is unbalanced,
    // USA-KOR-CHN (− + −) balanced: the triangle −1, the share 1/2.
    QCOMPARE(*MeasureSeries::value(u"balance_triangle"_s, c, s, Layer::Security), -1.0);
    QCOMPARE(*MeasureSeries::value(u"balance_share"_s, c, s, Layer::Security), 0.5);
    // JPN-KOR below the tie threshold: the triangle is no signed triad.
    s.dyads[2] = dyad(u"JPN"_s, u"KOR"_s, 0.01);
    QCOMPARE(*MeasureSeries::value(u"balance_triangle"_s, c, s, Layer::All), 0.0);
    QCOMPARE(*MeasureSeries::value(u"balance_triads"_s, c, s, Layer::All), 1.0);
}

void TestMeasures::measureNames()
{
    const Chronology c({}, {}, {state(u"USA"_s), state(u"JPN"_s), state(u"KOR"_s), state(u"CHN"_s), mechanism(u"M"_s)}, {}, {});
    QVERIFY(MeasureSeries::isName(c, u"balance_share"_s));
    QVERIFY(MeasureSeries::isName(c, u"similarity_kappa:CHN-KOR"_s)); // any two states
    QVERIFY(!MeasureSeries::isName(c, u"similarity_s:USA-M"_s));      // a mechanism
    QVERIFY(!MeasureSeries::isName(c, u"similarity_s:USA-USA"_s));
    QVERIFY(!MeasureSeries::isName(c, u"similarity_s:USA"_s));
    QVERIFY(!MeasureSeries::isName(c, u"similarity:USA-JPN"_s));
    QVERIFY(!MeasureSeries::isName(c, u"similarity_s:USA-RUS"_s));    // not in the chronology
    // TimeSeries offers them after its own metrics, and validates them the same way.
    const QStringList names = TimeSeries::metricNames(c);
    QCOMPARE(names.mid(names.size() - 9, 3), (QStringList{u"balance_share"_s, u"balance_triads"_s, u"balance_triangle"_s}));
    QVERIFY(TimeSeries::isMetricName(c, u"similarity_s:CHN-JPN"_s));
    QVERIFY(!TimeSeries::isMetricName(c, u"similarity_s:CHN-M"_s));
    // Without the triangle's states there are no similarity names.
    const Chronology other({}, {}, {state(u"AAA"_s), state(u"BBB"_s)}, {}, {});
    QCOMPARE(MeasureSeries::names(other), (QStringList{u"balance_share"_s, u"balance_triads"_s, u"balance_triangle"_s}));
}

void TestMeasures::measureSeriesOfTheBundledChronology()
{
    const ChronologyReader::Result r = ChronologyReader::readFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY));
    QVERIFY(r.ok());
    const WeightModel model(*r.chronology);
    QList<SeriesSpec> specs;
    for (const QString &name : MeasureSeries::names(model.chronology()))
        specs << SeriesSpec::metricSpec(name, Layer::Security);
    const QList<QDate> dates = {QDate(1990, 1, 1), QDate(2016, 12, 1), QDate(2019, 12, 1), QDate(2023, 12, 31)};
    const QList<Series> series = TimeSeries::compute(model, specs, dates);
    QCOMPARE(series.size(), specs.size());
    for (qsizetype i = 0; i < specs.size(); ++i) {
        for (qsizetype d = 0; d < dates.size(); ++d) {
            const double expected = *MeasureSeries::value(specs[i].metric, model.chronology(),
                                                          model.snapshotAt(dates[d]), Layer::Security);
            QCOMPARE(series[i].points[d].y(), expected);
            QCOMPARE(TimeSeries::valueAt(model, specs[i], dates[d]), expected);
        }
    }
    // After Camp David the three are friends: the triangle is balanced.
    const NetworkSnapshot end = model.snapshotAt(QDate(2023, 12, 31));
    QCOMPARE(*MeasureSeries::value(u"balance_triangle"_s, model.chronology(), end, Layer::All), 1.0);
    // Hub and spokes: the two US allies' portfolios are more alike than either is to the hub's.
    for (const QDate &date : dates) {
        const NetworkSnapshot snap = model.snapshotAt(date);
        for (const QString &kind : {u"similarity_s:"_s, u"similarity_kappa:"_s}) {
            const double spokes = *MeasureSeries::value(kind + u"JPN-KOR"_s, model.chronology(), snap, Layer::All);
            QVERIFY2(spokes > *MeasureSeries::value(kind + u"USA-JPN"_s, model.chronology(), snap, Layer::All),
                     qPrintable(kind + date.toString(Qt::ISODate)));
            QVERIFY2(spokes > *MeasureSeries::value(kind + u"USA-KOR"_s, model.chronology(), snap, Layer::All),
                     qPrintable(kind + date.toString(Qt::ISODate)));
        }
    }
}

QTEST_GUILESS_MAIN(TestMeasures)
#include "tst_measures.moc"
