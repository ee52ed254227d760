// Tests of diffSnapshots: the diff of two dates is the difference of the two snapshots.
#include "chronology/chronologyreader.h"
#include "weights/networkdiff.h"
#include "weights/weightmodel.h"

#include <QTest>

#include <cmath>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

class TestNetworkDiff : public QObject
{
    Q_OBJECT

private slots:
    void kinds_data();
    void kinds();
    void equalsDifferenceOfSnapshots_data();
    void equalsDifferenceOfSnapshots();
    void oneLayer();
};

void TestNetworkDiff::kinds_data()
{
    QTest::addColumn<int>("tierFrom");
    QTest::addColumn<int>("tierTo");
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<int>("kind");
    using K = DyadChange::Kind;
    QTest::newRow("unchanged") << 2 << 2 << 0.40 << 0.402 << int(K::Unchanged);
    QTest::newRow("new") << 0 << 0 << 0.0 << 0.2 << int(K::New);
    QTest::newRow("new by tier") << 0 << 1 << 0.0 << 0.01 << int(K::New);
    QTest::newRow("gone") << 0 << 0 << -0.3 << 0.01 << int(K::Gone);
    QTest::newRow("stronger") << 2 << 2 << 0.4 << 0.5 << int(K::Strengthened);
    QTest::newRow("weaker") << 2 << 2 << 0.4 << 0.1 << int(K::Weakened);
    QTest::newRow("tier up, weight down") << 2 << 3 << 0.6 << 0.55 << int(K::Strengthened);
    QTest::newRow("tier down") << 2 << 1 << 0.3 << 0.3 << int(K::Weakened);
}

void TestNetworkDiff::kinds()
{
    QFETCH(int, tierFrom);
    QFETCH(int, tierTo);
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(int, kind);
    DyadChange c;
    c.tierFrom = tierFrom;
    c.tierTo = tierTo;
    c.weightFrom = from;
    c.weightTo = to;
    QCOMPARE(int(c.kind()), kind);
}

void TestNetworkDiff::equalsDifferenceOfSnapshots_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("comfort women agreement to GSOMIA crisis")
        << QDate(2015, 12, 28) << QDate(2019, 8, 22);
    QTest::newRow("backwards") << QDate(2023, 8, 18) << QDate(1999, 1, 1);
    QTest::newRow("before the first event") << QDate(1900, 1, 1) << QDate(1993, 3, 12);
}

void TestNetworkDiff::equalsDifferenceOfSnapshots()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const ChronologyReader::Result r =
        ChronologyReader::readFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY));
    QVERIFY2(r.ok(), r.errors.isEmpty() ? "" : qPrintable(r.errors.first().toString()));
    const WeightModel model(*r.chronology);
    const NetworkSnapshot a = model.snapshotAt(from);
    const NetworkSnapshot b = model.snapshotAt(to);
    const QList<DyadChange> diff = diffSnapshots(a, b);
    QCOMPARE(diff.size(), b.dyads.size() * qsizetype(kViewLayers.size()));
    double lastMagnitude = INFINITY;
    for (const DyadChange &c : diff) {
        QVERIFY(c.a < c.b);
        QCOMPARE(c.weightFrom, a.weight(c.a, c.b, c.layer));
        QCOMPARE(c.weightTo, b.weight(c.a, c.b, c.layer));
        QCOMPARE(c.tierFrom, a.tier(c.a, c.b, c.layer));
        QCOMPARE(c.tierTo, b.tier(c.a, c.b, c.layer));
        QCOMPARE(c.delta(), b.weight(c.a, c.b, c.layer) - a.weight(c.a, c.b, c.layer));
        QVERIFY(std::abs(c.delta()) <= lastMagnitude); // sorted by |delta|, largest first
        lastMagnitude = std::abs(c.delta());
    }
    // Every dyad of the model appears once per view layer.
    for (const auto &[x, y] : model.dyads()) {
        const auto n = std::count_if(diff.cbegin(), diff.cend(), [&](const DyadChange &c) {
            return c.a == x && c.b == y;
        });
        QCOMPARE(n, qsizetype(kViewLayers.size()));
    }
}

void TestNetworkDiff::oneLayer()
{
    NetworkSnapshot a;
    NetworkSnapshot b;
    DyadState d;
    d.a = u"JPN"_s;
    d.b = u"KOR"_s;
    d.at(Layer::Political).weight = 0.3;
    a.dyads = {d};
    d.at(Layer::Political).weight = 0.02;
    DyadState e;
    e.a = u"CHN"_s;
    e.b = u"KOR"_s;
    e.at(Layer::Political).weight = 0.2;
    b.dyads = {e, d}; // CHN-KOR only after
    const QList<DyadChange> diff = diffSnapshots(a, b, Layer::Political);
    QCOMPARE(diff.size(), 2);
    QCOMPARE(diff[0].a, u"JPN"_s);
    QVERIFY(qFuzzyCompare(diff[0].delta(), -0.28));
    QCOMPARE(diff[0].kind(), DyadChange::Kind::Gone);
    QCOMPARE(diff[1].a, u"CHN"_s);
    QCOMPARE(diff[1].weightFrom, 0.0);
    QCOMPARE(diff[1].kind(), DyadChange::Kind::New);
}

QTEST_GUILESS_MAIN(TestNetworkDiff)
#include "tst_networkdiff.moc"
