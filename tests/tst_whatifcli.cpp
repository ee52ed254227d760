// Tests of the command line's --diff, --without and --scenario (issue 10) on the real
// executable: --diff agrees with --weights at both dates for every dyad and layer, a what-if
// changes what it should, the figure commands take it too, unknown ids are usage errors.
#include "testsupport.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace AllianceScope::TestSupport;
using namespace Qt::StringLiterals;

namespace {

Run runApp(const QStringList &args)
{
    return run(args, offscreen());
}

/// --weights rows as "source,target,layer" → {tier, weight} (memberships left out).
QHash<QString, std::pair<QString, QString>> weightsAt(const QString &date, const QStringList &extra = {})
{
    const Run r = runApp(QStringList{u"--weights"_s, u"--date"_s, date} + extra);
    QHash<QString, std::pair<QString, QString>> out;
    if (r.code != 0)
        return out;
    const QStringList rows = lines(r.out);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList c = rows[i].split(u',');
        if (c.value(2) != u"membership"_s)
            out.insert(c[0] + u',' + c[1] + u',' + c[2], {c[3], c[5]});
    }
    return out;
}

} // namespace

class TestWhatIfCli : public QObject
{
    Q_OBJECT

private slots:
    void diffAgreesWithWeightsAtBothDates_data();
    void diffAgreesWithWeightsAtBothDates();
    void diffJsonAgreesWithCsv();
    void diffOfADateWithItselfIsEmpty();
    void withoutSwitchesAnEventOff();
    void scenarioAndWithoutAddUp();
    void figureCommandsTakeAScenario();
    void usageErrors_data();
    void usageErrors();
};

void TestWhatIfCli::diffAgreesWithWeightsAtBothDates_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("2015 vs 2019") << u"2015-12-28"_s << u"2019-11-22"_s << QStringList{};
    QTest::newRow("backwards, security") << u"2023-08-18"_s << u"2012-06-29"_s << QStringList{u"--layer"_s, u"security"_s};
    QTest::newRow("half-life, scenario") << u"1990-01-01"_s << u"2023-12-31"_s
                                         << QStringList{u"--half-life"_s, u"political=200"_s, u"--scenario"_s, u"no-gsomia"_s};
}

void TestWhatIfCli::diffAgreesWithWeightsAtBothDates()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, extra);
    const Run diff = runApp(QStringList{u"--diff"_s, from, to} + extra);
    QCOMPARE(diff.code, 0);
    const QStringList rows = lines(diff.out);
    QCOMPARE(rows.first(), u"source,target,layer,tier_from,tier_to,weight_from,weight_to,delta"_s);
    const auto before = weightsAt(from, extra);
    const auto after = weightsAt(to, extra);
    QVERIFY(!before.isEmpty());
    QCOMPARE(before.size(), after.size());

    QHash<QString, QStringList> changed;
    double previous = 1e9;
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList c = rows[i].split(u',');
        QCOMPARE(c.size(), 8);
        QVERIFY2(c[0] < c[1], qPrintable(rows[i]));
        const QString key = c[0] + u',' + c[1] + u',' + c[2];
        QVERIFY2(!changed.contains(key), qPrintable(key));
        changed.insert(key, c);
        const double delta = c[7].toDouble();
        QVERIFY2(std::abs(delta - (c[6].toDouble() - c[5].toDouble())) < 2e-6, qPrintable(rows[i]));
        QVERIFY2(std::abs(delta) <= previous + 1e-12, qPrintable(rows[i])); // largest change first
        previous = std::abs(delta);
    }
    QVERIFY(!changed.isEmpty());
    // Every dyad and layer of --weights: in the diff exactly when its tier or weight differs,
    // and then with the values --weights prints at either date.
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        QVERIFY2(after.contains(it.key()), qPrintable(it.key()));
        const auto &[tierFrom, weightFrom] = it.value();
        const auto &[tierTo, weightTo] = after.value(it.key());
        const auto row = changed.constFind(it.key());
        if (row == changed.cend()) {
            QVERIFY2(tierFrom == tierTo && weightFrom == weightTo, qPrintable(it.key()));
            continue;
        }
        QCOMPARE(row->at(3), tierFrom);
        QCOMPARE(row->at(4), tierTo);
        QCOMPARE(row->at(5), weightFrom);
        QCOMPARE(row->at(6), weightTo);
    }
    for (auto it = changed.cbegin(); it != changed.cend(); ++it)
        QVERIFY2(before.contains(it.key()), qPrintable(it.key()));
}

void TestWhatIfCli::diffJsonAgreesWithCsv()
{
    const QStringList args = {u"--diff"_s, u"2015-12-28"_s, u"2019-11-22"_s, u"--layer"_s, u"all"_s};
    const Run csv = runApp(args);
    const Run json = runApp(args + QStringList{u"--format"_s, u"json"_s});
    QCOMPARE(csv.code, 0);
    QCOMPARE(json.code, 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(root.value(u"from"_s).toString(), u"2015-12-28"_s);
    QCOMPARE(root.value(u"to"_s).toString(), u"2019-11-22"_s);
    const QJsonArray changes = root.value(u"changes"_s).toArray();
    const QStringList rows = lines(csv.out);
    QCOMPARE(changes.size(), rows.size() - 1);
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QJsonObject o = changes.at(i).toObject();
        const QStringList c = rows[i + 1].split(u',');
        QCOMPARE(o.value(u"source"_s).toString(), c[0]);
        QCOMPARE(o.value(u"target"_s).toString(), c[1]);
        QCOMPARE(o.value(u"layer"_s).toString(), u"all"_s);
        QCOMPARE(o.value(u"tier_from"_s).toInt(), c[3].toInt());
        QCOMPARE(o.value(u"tier_to"_s).toInt(), c[4].toInt());
        QVERIFY(std::abs(o.value(u"delta"_s).toDouble() - c[7].toDouble()) < 1e-6);
    }
}

void TestWhatIfCli::diffOfADateWithItselfIsEmpty()
{
    const Run r = runApp({u"--diff"_s, u"2019-08-22"_s, u"2019-08-22"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(lines(r.out).size(), 1); // the header alone
}

void TestWhatIfCli::withoutSwitchesAnEventOff()
{
    // GSOMIA (2016) strengthened Japan-ROK security; without it the edge is weaker after it.
    const QString key = u"JPN,KOR,security"_s;
    const auto base = weightsAt(u"2017-01-01"_s);
    const auto without = weightsAt(u"2017-01-01"_s, {u"--without"_s, u"2016-11-gsomia-signed"_s});
    QCOMPARE(base.value(key).first, u"2"_s);
    QVERIFY(without.value(key).first.toInt() <= 2);
    QVERIFY(without.value(key).second.toDouble() < base.value(key).second.toDouble() - 0.05);
    // Before the event, nothing differs.
    QCOMPARE(weightsAt(u"2016-10-01"_s, {u"--without"_s, u"2016-11-gsomia-signed"_s}), weightsAt(u"2016-10-01"_s));
    // Dyads the event does not touch are unchanged.
    QCOMPARE(without.value(u"CHN,RUS,security"_s), base.value(u"CHN,RUS,security"_s));
    // --events lists one event fewer.
    const Run all = runApp({u"--events"_s});
    const Run fewer = runApp({u"--events"_s, u"--without"_s, u"2016-11-gsomia-signed"_s});
    QCOMPARE(lines(fewer.out).size(), lines(all.out).size() - 1);
    QVERIFY(!fewer.out.contains(u"2016-11-gsomia-signed"_s));
}

void TestWhatIfCli::scenarioAndWithoutAddUp()
{
    const Run all = runApp({u"--events"_s});
    const Run scenario = runApp({u"--events"_s, u"--scenario"_s, u"no-camp-david"_s});
    const Run both = runApp({u"--events"_s, u"--scenario"_s, u"no-camp-david"_s, u"--without"_s,
                          u"2016-11-gsomia-signed,2023-08-camp-david-spirit"_s});
    QCOMPARE(scenario.code, 0);
    QCOMPARE(both.code, 0);
    QCOMPARE(lines(scenario.out).size(), lines(all.out).size() - 4);
    QCOMPARE(lines(both.out).size(), lines(all.out).size() - 5); // the spirit is off already
    QVERIFY(!scenario.out.contains(u"2023-08-commitment-to-consult"_s));
    // The triangle's metrics at the end of 2023 are lower without Camp David.
    const Run base = runApp({u"--metrics"_s, u"--date"_s, u"2023-12-31"_s});
    const Run without = runApp({u"--metrics"_s, u"--date"_s, u"2023-12-31"_s, u"--scenario"_s, u"no-camp-david"_s});
    auto value = [](const QString &out, const QString &metric) {
        for (const QString &row : lines(out)) {
            if (row.startsWith(metric + u','))
                return row.section(u',', 2).toDouble();
        }
        return qQNaN();
    };
    QVERIFY(value(without.out, u"triangle_geomean"_s) < value(base.out, u"triangle_geomean"_s));
}

void TestWhatIfCli::figureCommandsTakeAScenario()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString base = dir.filePath(u"base.svg"_s);
    const QString what = dir.filePath(u"what.svg"_s);
    const QStringList args = {u"--date"_s, u"2023-12-31"_s, u"--width"_s, u"400"_s};
    const Run a = runApp(QStringList{u"--export"_s, base} + args);
    const Run b = runApp(QStringList{u"--export"_s, what, u"--scenario"_s, u"no-camp-david"_s} + args);
    QVERIFY2(a.code == 0, qPrintable(a.err));
    QVERIFY2(b.code == 0, qPrintable(b.err));
    QFile fa(base), fb(what);
    QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
    const QByteArray sa = fa.readAll(), sb = fb.readAll();
    QVERIFY(sb.size() > 1000);
    QVERIFY(sa != sb);
    // An unknown id: exit 2 and no file.
    const QString none = dir.filePath(u"none.svg"_s);
    const Run c = runApp(QStringList{u"--export"_s, none, u"--without"_s, u"no-such-event"_s} + args);
    QCOMPARE(c.code, 2);
    QVERIFY(c.err.contains(u"no-such-event"_s));
    QVERIFY(!QFile::exists(none));
}

void TestWhatIfCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("diff one date") << QStringList{u"--diff"_s, u"2015-12-28"_s} << u"--diff needs two dates"_s;
    QTest::newRow("diff bad D1") << QStringList{u"--diff"_s, u"2015-12"_s, u"2019-11-22"_s} << u"invalid --diff \"2015-12\""_s;
    QTest::newRow("diff bad D2") << QStringList{u"--diff"_s, u"2015-12-28"_s, u"2019-02-30"_s} << u"invalid --diff \"2019-02-30\""_s;
    QTest::newRow("diff bad layer") << QStringList{u"--diff"_s, u"2015-12-28"_s, u"2019-11-22"_s, u"--layer"_s, u"x"_s} << u"\"x\""_s;
    QTest::newRow("unknown scenario") << QStringList{u"--events"_s, u"--scenario"_s, u"nope"_s}
                                      << u"unknown scenario \"nope\" (expected one of: no-gsomia, gsomia-2012, no-camp-david, no-provocations)"_s;
    QTest::newRow("unknown event") << QStringList{u"--weights"_s, u"--date"_s, u"2019-01-01"_s, u"--without"_s, u"2016-11-gsomia-signed,nope"_s}
                                   << u"--without: unknown event id \"nope\""_s;
    QTest::newRow("empty without") << QStringList{u"--events"_s, u"--without"_s, u""_s} << u"invalid --without"_s;
    QTest::newRow("empty scenario") << QStringList{u"--events"_s, u"--scenario="_s} << u"--scenario needs a scenario id"_s;
    QTest::newRow("window") << QStringList{u"--without"_s, u"x"_s} << u"--without needs a command"_s;
}

void TestWhatIfCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = runApp(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestWhatIfCli)
#include "tst_whatifcli.moc"
