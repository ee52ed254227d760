// Tests of the weight model's arithmetic: decay, tiers, intervals, precision, memberships,
// the combined layer, parameters, and agreement with a brute-force replay of history.
#include "chronology/chronologyreader.h"
#include "metrics/metrics.h"
#include "testchronology.h"
#include "weights/weightmodel.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace AllianceScope;
using namespace AllianceScope::TestChronology;
using namespace Qt::StringLiterals;

namespace {

Event makeEvent(const QString &id, const QDate &date, QList<Effect> effects,
            const QString &category = u"meet"_s, Precision precision = Precision::Day)
{
    Event e;
    e.id = id;
    e.date = date;
    e.precision = precision;
    e.title = {id, id};
    e.summary = {id, id};
    e.category = category;
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
    return Chronology({u"t"_s, u"t"_s}, {}, {state(u"JPN"_s), state(u"KOR"_s), state(u"USA"_s),
                                             state(u"PRK"_s), mechanism(u"TCOG"_s)},
                      {meet}, std::move(events));
}

const QDate d0(2000, 1, 1);

} // namespace

class TestWeightModel : public QObject
{
    Q_OBJECT

private slots:
    void decayHalvesAtOneHalfLife();
    void decayUsesEachLayersHalfLife();
    void categoryScoreIsTheDefault();
    void pulsesOfOneDayAdd();
    void tierIsAStepFunction();
    void laterTierOfTheSameDayWins();
    void ongoingEffectHoldsThenDecays();
    void openEndedOngoingEffectHolds();
    void monthPrecisionCountsFromTheFirstDay();
    void amongTouchesEveryPair();
    void weightCombinesTierAndScore();
    void tierKeepsItsSign();
    void conditionsAreStandingLevels();
    void allLayerTakesStrongestTierAndAveragesTerms();
    void negativeTierWinsWhenStronger();
    void membershipsFollowJoinAndLeave();
    void changingParametersRebuilds();
    void newHalfLivesEqualAFreshModel();
    void snapshotAgreesWithReplayingHistory();
    void snapshotLookupIsOrderFree();
    void eventsTouchingListsTheDyadsEvents();
    void metricsOfAKnownTriangle();
};

void TestWeightModel::decayHalvesAtOneHalfLife()
{
    const WeightModel m(chronology({makeEvent(u"a"_s, d0, {dyad(u"JPN"_s, u"KOR"_s, Layer::Security, 8.0)})}));
    const double h = m.parameters().halfLife(Layer::Security);
    QCOMPARE(m.dyadAt(u"JPN"_s, u"KOR"_s, d0).at(Layer::Security).score, 8.0);
    QCOMPARE(m.dyadAt(u"JPN"_s, u"KOR"_s, d0.addDays(qint64(h))).at(Layer::Security).score, 4.0);
    QCOMPARE(m.dyadAt(u"JPN"_s, u"KOR"_s, d0.addDays(qint64(2 * h))).at(Layer::Security).score, 2.0);
    QCOMPARE(m.dyadAt(u"JPN"_s, u"KOR"_s, d0.addDays(-1)).at(Layer::Security).score, 0.0);
}

void TestWeightModel::decayUsesEachLayersHalfLife()
{
    WeightParameters p;
    p.setHalfLife(Layer::Political, 100.0);
    p.setHalfLife(Layer::Economic, 400.0);
    const WeightModel m(chronology({makeEvent(u"a"_s, d0,
                                          {dyad(u"JPN"_s, u"KOR"_s, Layer::Political, 6.0),
                                           dyad(u"JPN"_s, u"KOR"_s, Layer::Economic, 6.0)})}),
                        p);
    const DyadState s = m.dyadAt(u"KOR"_s, u"JPN"_s, d0.addDays(400));
    QCOMPARE(s.at(Layer::Political).score, 6.0 / 16.0);
    QCOMPARE(s.at(Layer::Economic).score, 3.0);
    QCOMPARE(s.at(Layer::Security).score, 0.0);
}

void TestWeightModel::categoryScoreIsTheDefault()
{
    const WeightModel m(chronology({makeEvent(u"a"_s, d0, {dyad(u"JPN"_s, u"KOR"_s, Layer::Political, std::nullopt)})}));
    QCOMPARE(m.dyadAt(u"JPN"_s, u"KOR"_s, d0).at(Layer::Political).score, 4.0);
}

void TestWeightModel::pulsesOfOneDayAdd()
{
    const WeightModel m(chronology({makeEvent(u"a"_s, d0, {dyad(u"JPN"_s, u"KOR"_s, Layer::Security, 3.0)}),
                                    makeEvent(u"b"_s, d0, {dyad(u"JPN"_s, u"KOR"_s, Layer::Security, -1.0)}),
                                    makeEvent(u"c"_s, d0.addDays(1095), {dyad(u"KOR"_s, u"JPN"_s, Layer::Security, 5.0)})}));
    QCOMPARE(m.dyadAt(u"JPN"_s, u"KOR"_s, d0).at(Layer::Security).score, 2.0);
    // 2 decayed by one half-life, plus the new 5.
    QCOMPARE(m.dyadAt(u"JPN"_s, u"KOR"_s, d0.addDays(1095)).at(Layer::Security).score, 6.0);
}

void TestWeightModel::tierIsAStepFunction()
{
    const WeightModel m(chronology({makeEvent(u"t4"_s, QDate(1953, 10, 1), {dyad(u"USA"_s, u"KOR"_s, Layer::Security, 0.0, 4)}),
                                    makeEvent(u"t2"_s, QDate(1990, 1, 1), {dyad(u"USA"_s, u"KOR"_s, Layer::Security, 0.0, 2)})}));
    QCOMPARE(m.dyadAt(u"USA"_s, u"KOR"_s, QDate(1953, 9, 30)).at(Layer::Security).tier, 0);
    QCOMPARE(m.dyadAt(u"USA"_s, u"KOR"_s, QDate(1953, 10, 1)).at(Layer::Security).tier, 4);
    QCOMPARE(m.dyadAt(u"USA"_s, u"KOR"_s, QDate(1989, 12, 31)).at(Layer::Security).tier, 4);
    QCOMPARE(m.dyadAt(u"USA"_s, u"KOR"_s, QDate(1990, 1, 1)).at(Layer::Security).tier, 2);
    QCOMPARE(m.dyadAt(u"USA"_s, u"KOR"_s, QDate(2050, 1, 1)).at(Layer::Security).tier, 2);
    // No decay: a tier holds however long ago it was set; a tier-only effect adds no score.
    QCOMPARE(m.dyadAt(u"USA"_s, u"KOR"_s, QDate(2050, 1, 1)).at(Layer::Security).score, 0.0);
}

void TestWeightModel::laterTierOfTheSameDayWins()
{
    const WeightModel m(chronology({makeEvent(u"x"_s, d0, {dyad(u"JPN"_s, u"KOR"_s, Layer::Security, 0.0, 1),
                                                       dyad(u"JPN"_s, u"KOR"_s, Layer::Security, 0.0, 2)})}));
    QCOMPARE(m.dyadAt(u"JPN"_s, u"KOR"_s, d0).at(Layer::Security).tier, 2);
}

void TestWeightModel::ongoingEffectHoldsThenDecays()
{
    Event e = makeEvent(u"sanction"_s, d0, {dyad(u"JPN"_s, u"KOR"_s, Layer::Economic, -6.0, std::nullopt, true)});
    e.end = d0.addDays(1000);
    const WeightModel m(chronology({e}));
    auto score = [&](int days) { return m.dyadAt(u"JPN"_s, u"KOR"_s, d0.addDays(days)).at(Layer::Economic).score; };
    QCOMPARE(score(-1), 0.0);
    QCOMPARE(score(0), -6.0);
    QCOMPARE(score(500), -6.0);
    QCOMPARE(score(999), -6.0);
    QCOMPARE(score(1000), -6.0);
    QCOMPARE(score(1000 + 1460), -3.0);
}

void TestWeightModel::openEndedOngoingEffectHolds()
{
    const WeightModel m(chronology({makeEvent(u"s"_s, d0, {dyad(u"USA"_s, u"PRK"_s, Layer::Economic, -8.0, std::nullopt, true)})}));
    QCOMPARE(m.dyadAt(u"USA"_s, u"PRK"_s, d0.addDays(20000)).at(Layer::Economic).score, -8.0);
}

void TestWeightModel::monthPrecisionCountsFromTheFirstDay()
{
    // A month-precision event is stored at the first of its month (the reader does that).
    const WeightModel m(chronology({makeEvent(u"m"_s, QDate(1993, 1, 1), {dyad(u"USA"_s, u"JPN"_s, Layer::Political, 2.0)},
                                          u"meet"_s, Precision::Month)}));
    QCOMPARE(m.dyadAt(u"USA"_s, u"JPN"_s, QDate(1992, 12, 31)).at(Layer::Political).score, 0.0);
    QCOMPARE(m.dyadAt(u"USA"_s, u"JPN"_s, QDate(1993, 1, 1)).at(Layer::Political).score, 2.0);
    QCOMPARE(m.chronology().events().first().dateText(), u"1993-01"_s);
}

void TestWeightModel::amongTouchesEveryPair()
{
    Effect f = dyad(u"USA"_s, u"JPN"_s, Layer::Political, 3.0);
    f.actors = {u"USA"_s, u"JPN"_s, u"KOR"_s};
    f.among = true;
    const WeightModel m(chronology({makeEvent(u"tri"_s, d0, {f})}));
    QCOMPARE(m.dyads().size(), 3);
    const NetworkSnapshot s = m.snapshotAt(d0);
    QCOMPARE(s.dyad(u"USA"_s, u"JPN"_s)->at(Layer::Political).score, 3.0);
    QCOMPARE(s.dyad(u"USA"_s, u"KOR"_s)->at(Layer::Political).score, 3.0);
    QCOMPARE(s.dyad(u"KOR"_s, u"JPN"_s)->at(Layer::Political).score, 3.0);
    QVERIFY(!s.dyad(u"USA"_s, u"PRK"_s));
}

void TestWeightModel::weightCombinesTierAndScore()
{
    const WeightModel m(chronology({makeEvent(u"a"_s, d0, {dyad(u"USA"_s, u"JPN"_s, Layer::Security, 5.0, 4)})}));
    const LayerState s = m.dyadAt(u"USA"_s, u"JPN"_s, d0).at(Layer::Security);
    QCOMPARE(s.weight, 0.15 * 4 + 0.4 * std::tanh(5.0 / 25.0)); // k = 25 on the security layer
    QCOMPARE(m.weightOf(0, 0.0, Layer::Security), 0.0);
    QVERIFY(m.weightOf(-2, -10.0, Layer::Security) < 0.0);
    // The political layer has its own scale (k = 22).
    QCOMPARE(m.weightOf(1, 5.0, Layer::Political), 0.15 + 0.4 * std::tanh(5.0 / 22.0));
}

// A binding tier (|tier| >= 2) sets the sign: a negative score moves its weight down to the
// floor (0.05) at most, never into conflict; a positive score never lifts an armistice above
// -0.05. Tiers 1, 0 and -1 use the whole band of ±0.4.
void TestWeightModel::tierKeepsItsSign()
{
    const WeightModel m(chronology({}));
    QCOMPARE(m.weightOf(1, -1e9, Layer::Political), -0.25);
    QCOMPARE(m.weightOf(2, -1e9, Layer::Security), 0.05);
    QCOMPARE(m.weightOf(3, -1e9, Layer::Security), 0.05);
    QCOMPARE(m.weightOf(-1, 1e9, Layer::Security), 0.25);
    QCOMPARE(m.weightOf(4, -1e9, Layer::Security), 0.2); // the full band 0.4 below 0.6
    QCOMPARE(m.weightOf(-2, 1e9, Layer::Security), -0.05);
    QCOMPARE(m.weightOf(0, -1e9, Layer::Security), -0.4);
    QCOMPARE(m.weightOf(4, 1e9, Layer::Security), 1.0);
    // Inside the band the weight is strictly monotone in the score.
    QVERIFY(m.weightOf(2, -3.0, Layer::Security) < m.weightOf(2, -2.0, Layer::Security));
    QVERIFY(m.weightOf(2, -30.0, Layer::Security) > 0.05);
}

// Conditions are standing levels over their interval, then fade from their end like an
// ongoing effect; a stance bound to a government takes the term's dates.
void TestWeightModel::conditionsAreStandingLevels()
{
    Government g;
    g.id = u"KOR-x"_s;
    g.actor = u"KOR"_s;
    g.start = d0.addDays(100);
    g.end = d0.addDays(199);
    Condition c;
    c.id = u"c"_s;
    c.kind = u"stance"_s;
    c.actors = {u"JPN"_s, u"KOR"_s};
    c.layer = Layer::Political;
    c.start = g.start;
    c.end = g.end;
    c.level = -3.0;
    c.government = g.id;
    Chronology base = chronology({makeEvent(u"a"_s, d0, {dyad(u"USA"_s, u"JPN"_s, Layer::Security, 2.0, 4)})});
    const Chronology withCondition(base.title(), base.source(), base.actors(), base.categories(), base.events(),
                                   {g}, {c});
    const WeightModel m(withCondition);
    auto score = [&](const QDate &t) { return m.dyadAt(u"KOR"_s, u"JPN"_s, t).at(Layer::Political).score; };
    QCOMPARE(score(d0.addDays(99)), 0.0);
    QCOMPARE(score(d0.addDays(100)), -3.0);
    QCOMPARE(score(d0.addDays(150)), -3.0);
    QCOMPARE(score(d0.addDays(199)), -3.0);
    QCOMPARE(score(d0.addDays(199 + 730)), -1.5); // one political half-life after the end
    QCOMPARE(m.dyadAt(u"KOR"_s, u"JPN"_s, d0.addDays(150)).at(Layer::Security).score, 0.0);
    QCOMPARE(withCondition.governmentAt(u"KOR"_s, d0.addDays(150))->id, u"KOR-x"_s);
    QVERIFY(!withCondition.governmentAt(u"KOR"_s, d0.addDays(200)));
}

void TestWeightModel::allLayerTakesStrongestTierAndAveragesTerms()
{
    const WeightModel m(chronology({makeEvent(u"a"_s, d0, {dyad(u"USA"_s, u"JPN"_s, Layer::Security, 2.0, 4),
                                                       dyad(u"USA"_s, u"JPN"_s, Layer::Political, 3.0, 1),
                                                       dyad(u"USA"_s, u"JPN"_s, Layer::Economic, -1.0)})}));
    const LayerState all = m.dyadAt(u"USA"_s, u"JPN"_s, d0).at(Layer::All);
    QCOMPARE(all.tier, 4);
    QCOMPARE(all.score, 4.0); // shown: the sum of the layer scores
    const double term = (std::tanh(2.0 / 25.0) + std::tanh(3.0 / 22.0) + std::tanh(-1.0 / 15.0)) / 3.0;
    QCOMPARE(all.weight, 0.15 * 4 + 0.4 * term);
}

void TestWeightModel::negativeTierWinsWhenStronger()
{
    const WeightModel m(chronology({makeEvent(u"a"_s, d0, {dyad(u"USA"_s, u"PRK"_s, Layer::Security, -9.0, -2),
                                                       dyad(u"USA"_s, u"PRK"_s, Layer::Political, 1.0, 1)})}));
    const LayerState all = m.dyadAt(u"USA"_s, u"PRK"_s, d0).at(Layer::All);
    QCOMPARE(all.tier, -2);
    QVERIFY(all.weight < 0);
}

void TestWeightModel::membershipsFollowJoinAndLeave()
{
    const WeightModel m(chronology({makeEvent(u"j"_s, QDate(1999, 4, 1), {membership(u"KOR"_s, u"TCOG"_s, Effect::Action::Join)}),
                                    makeEvent(u"p"_s, QDate(2000, 1, 1), {membership(u"JPN"_s, u"TCOG"_s, Effect::Action::Join, u"observer"_s)}),
                                    makeEvent(u"l"_s, QDate(2004, 1, 1), {membership(u"KOR"_s, u"TCOG"_s, Effect::Action::Leave)})}));
    QVERIFY(!m.snapshotAt(QDate(1999, 3, 31)).isMember(u"KOR"_s, u"TCOG"_s));
    const NetworkSnapshot s = m.snapshotAt(QDate(2001, 1, 1));
    QVERIFY(s.isMember(u"KOR"_s, u"TCOG"_s));
    QVERIFY(s.isMember(u"JPN"_s, u"TCOG"_s));
    QCOMPARE(s.memberships.size(), 2);
    for (const MembershipState &ms : s.memberships) {
        if (ms.member == u"KOR"_s) {
            QCOMPARE(ms.since, QDate(1999, 4, 1));
            QCOMPARE(ms.role, u"member"_s);
        } else {
            QCOMPARE(ms.role, u"observer"_s);
        }
    }
    QVERIFY(!m.snapshotAt(QDate(2004, 1, 1)).isMember(u"KOR"_s, u"TCOG"_s));
    QVERIFY(m.snapshotAt(QDate(2004, 1, 1)).isMember(u"JPN"_s, u"TCOG"_s));
}

void TestWeightModel::changingParametersRebuilds()
{
    WeightModel m(chronology({makeEvent(u"a"_s, d0, {dyad(u"JPN"_s, u"KOR"_s, Layer::Security, 8.0)})}));
    const double before = m.dyadAt(u"JPN"_s, u"KOR"_s, d0.addDays(365)).at(Layer::Security).score;
    WeightParameters p = m.parameters();
    p.setHalfLife(Layer::Security, 365.0);
    m.setParameters(p);
    QCOMPARE(m.dyadAt(u"JPN"_s, u"KOR"_s, d0.addDays(365)).at(Layer::Security).score, 4.0);
    QVERIFY(before > 4.0);
}

void TestWeightModel::newHalfLivesEqualAFreshModel()
{
    // A half-life change recomputes only the decayed sums over the index: every value must be
    // bit for bit that of a model built with the new parameters (the bundled chronology has
    // pulses of one day that add, ongoing effects, conditions, among effects, memberships).
    const ChronologyReader::Result r =
        ChronologyReader::readFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY));
    QVERIFY(r.ok());
    const Chronology &c = *r.chronology;
    auto identical = [&c](const WeightModel &got, const WeightModel &expected) {
        QList<QDate> dates = {QDate(1940, 1, 1), QDate(2100, 1, 1)};
        for (const Event &e : c.events())
            dates << e.date << e.date.addDays(-1) << e.date.addDays(200);
        for (const QDate &date : std::as_const(dates)) {
            const NetworkSnapshot a = got.snapshotAt(date);
            const NetworkSnapshot b = expected.snapshotAt(date);
            if (a.dyads.size() != b.dyads.size() || a.memberships.size() != b.memberships.size())
                return false;
            for (qsizetype i = 0; i < a.dyads.size(); ++i) {
                for (std::size_t l = 0; l < a.dyads[i].layers.size(); ++l) {
                    const LayerState &x = a.dyads[i].layers[l];
                    const LayerState &y = b.dyads[i].layers[l];
                    if (x.tier != y.tier || x.score != y.score || x.weight != y.weight)
                        return false;
                }
            }
        }
        return true;
    };
    WeightModel m(c);
    WeightParameters p = m.parameters();
    p.halfLifeDays = {400.0, 2000.0, 90.0};
    p.scale[0] = 30.0;
    m.setParameters(p);
    QVERIFY(identical(m, WeightModel(c, p)));
    QVERIFY(!identical(m, WeightModel(c))); // the half-lives did change the weights

    // A copy sharing the index takes other half-lives (as on a worker) and is adopted back;
    // the model keeps its own weights until then.
    std::unique_ptr<WeightModel> copy = m.sharingIndex();
    WeightParameters q = p;
    q.halfLifeDays = {50.0, 50.0, 5000.0};
    copy->setParameters(q);
    QVERIFY(identical(*copy, WeightModel(c, q)));
    QVERIFY(identical(m, WeightModel(c, p)));
    m.adoptIndex(std::move(*copy));
    copy.reset();
    QCOMPARE(m.parameters(), q);
    QVERIFY(identical(m, WeightModel(c, q)));
}

void TestWeightModel::snapshotAgreesWithReplayingHistory()
{
    // A random chronology; every dyad's score at random dates must equal the direct sum
    // Σ g·2^(-(t - t_e)/H) over its history (the index must not change the arithmetic).
    QRandomGenerator rng(20231118);
    const QStringList ids = {u"JPN"_s, u"KOR"_s, u"USA"_s, u"PRK"_s};
    QList<Event> events;
    struct Raw { QString a, b; int layer; qint64 day; double g; qint64 end; };
    QList<Raw> raw;
    for (int i = 0; i < 400; ++i) {
        const int x = rng.bounded(4);
        int y = rng.bounded(3);
        if (y >= x)
            ++y;
        const int layer = rng.bounded(3);
        const double g = rng.bounded(20.0) - 10.0;
        const QDate date = d0.addDays(rng.bounded(8000));
        const bool ongoing = rng.bounded(10) == 0;
        Event e = makeEvent(u"e"_s + QString::number(i), date,
                        {dyad(ids[x], ids[y], static_cast<Layer>(layer), g, std::nullopt, ongoing)});
        qint64 end = -1;
        if (ongoing) {
            e.end = date.addDays(rng.bounded(900));
            end = e.end->toJulianDay();
        }
        events.append(e);
        raw.append({std::min(ids[x], ids[y]), std::max(ids[x], ids[y]), layer, date.toJulianDay(), g, end});
    }
    const WeightModel m(chronology(events));
    for (int q = 0; q < 200; ++q) {
        const QDate t = d0.addDays(rng.bounded(9000) - 100);
        const NetworkSnapshot s = m.snapshotAt(t);
        for (const DyadState &d : s.dyads) {
            for (int layer = 0; layer < 3; ++layer) {
                const double h = m.parameters().halfLifeDays[layer];
                double expected = 0.0;
                for (const Raw &r : raw) {
                    if (r.a != d.a || r.b != d.b || r.layer != layer || r.day > t.toJulianDay())
                        continue;
                    if (r.end < 0)
                        expected += r.g * std::exp2(-double(t.toJulianDay() - r.day) / h);
                    else if (t.toJulianDay() <= r.end)
                        expected += r.g;
                    else
                        expected += r.g * std::exp2(-double(t.toJulianDay() - r.end) / h);
                }
                const double got = d.layers[layer].score;
                QVERIFY2(std::abs(got - expected) < 1e-9 * (1.0 + std::abs(expected)),
                         qPrintable(u"%1-%2 layer %3 at %4: %5 != %6"_s.arg(d.a, d.b).arg(layer)
                                        .arg(t.toString(Qt::ISODate)).arg(got).arg(expected)));
            }
        }
    }
}

void TestWeightModel::snapshotLookupIsOrderFree()
{
    const WeightModel m(chronology({makeEvent(u"a"_s, d0, {dyad(u"USA"_s, u"JPN"_s, Layer::Security, 2.0, 4)})}));
    const NetworkSnapshot s = m.snapshotAt(d0);
    QCOMPARE(s.dyads.size(), 1);
    QCOMPARE(s.dyads.first().a, u"JPN"_s);
    QCOMPARE(s.dyads.first().b, u"USA"_s);
    QCOMPARE(s.weight(u"USA"_s, u"JPN"_s), s.weight(u"JPN"_s, u"USA"_s));
    QCOMPARE(s.tier(u"USA"_s, u"JPN"_s, Layer::Security), 4);
    QCOMPARE(s.weight(u"USA"_s, u"KOR"_s), 0.0);
}

void TestWeightModel::eventsTouchingListsTheDyadsEvents()
{
    const WeightModel m(chronology({makeEvent(u"a"_s, d0, {dyad(u"USA"_s, u"JPN"_s, Layer::Security, 2.0)}),
                                    makeEvent(u"b"_s, d0.addDays(5), {dyad(u"USA"_s, u"KOR"_s, Layer::Security, 2.0)}),
                                    makeEvent(u"c"_s, d0.addDays(9), {dyad(u"JPN"_s, u"USA"_s, Layer::Political, 1.0),
                                                                  dyad(u"JPN"_s, u"USA"_s, Layer::Economic, 1.0)})}));
    const QList<int> touching = m.eventsTouching(u"JPN"_s, u"USA"_s);
    QCOMPARE(touching.size(), 2);
    QCOMPARE(m.chronology().events()[touching[0]].id, u"a"_s);
    QCOMPARE(m.chronology().events()[touching[1]].id, u"c"_s);
    QVERIFY(m.eventsTouching(u"KOR"_s, u"PRK"_s).isEmpty());
}

void TestWeightModel::metricsOfAKnownTriangle()
{
    // USA–JPN tier 4, USA–KOR tier 4, JPN–KOR tier 2, no scores: normalised 0.6, 0.6, 0.3.
    const WeightModel m(chronology({makeEvent(u"a"_s, d0, {dyad(u"USA"_s, u"JPN"_s, Layer::Security, 0.0, 4),
                                                       dyad(u"USA"_s, u"KOR"_s, Layer::Security, 0.0, 4),
                                                       dyad(u"JPN"_s, u"KOR"_s, Layer::Security, 0.0, 2)})}));
    const NetworkSnapshot s = m.snapshotAt(d0);
    const double wmax = Metrics::maxWeight(m.parameters());
    QCOMPARE(wmax, 1.0);
    QCOMPARE(Metrics::triangleMin(s, Layer::All, wmax), 0.3);
    QVERIFY(std::abs(Metrics::triangleGeomean(s, Layer::All, wmax) - std::cbrt(0.6 * 0.6 * 0.3)) < 1e-12);
    // 4 states → 6 pairs, 3 ties.
    QCOMPARE(Metrics::density(m.chronology(), s, Layer::All), 0.5);
    QCOMPARE(Metrics::degree(s, u"USA"_s, Layer::All), 1.2);
    QCOMPARE(Metrics::degree(s, u"PRK"_s, Layer::All), 0.0);
    const QList<MetricValue> all = Metrics::all(m.chronology(), s, Layer::All, m.parameters());
    // density, 2 triangle metrics, 4 degrees, then the measures: 3 balance and 6 similarity.
    QCOMPARE(all.size(), 3 + 4 + 3 + 6);
    QCOMPARE(all[0].metric, u"density"_s);
    QCOMPARE(all[3].metric, u"degree:JPN"_s);
    // One signed triad, the triangle, all positive: balanced.
    QCOMPARE(all[7].metric, u"balance_share"_s);
    QCOMPARE(all[7].value, 1.0);
    QCOMPARE(all[8].metric, u"balance_triads"_s);
    QCOMPARE(all[8].value, 1.0);
    QCOMPARE(all[9].metric, u"balance_triangle"_s);
    QCOMPARE(all[9].value, 1.0);
    QCOMPARE(all[10].metric, u"similarity_s:USA-JPN"_s);
    QCOMPARE(all[10].layer, Layer::All);
}

QTEST_GUILESS_MAIN(TestWeightModel)
#include "tst_weightmodel.moc"
