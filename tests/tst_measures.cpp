// Tests of Measures: structural balance and portfolio similarity against hand-computed examples.
#include "metrics/measures.h"

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

QTEST_GUILESS_MAIN(TestMeasures)
#include "tst_measures.moc"
