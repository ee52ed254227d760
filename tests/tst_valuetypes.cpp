// Tests of the shared value types of models/chronology: Language, LocalizedText::in(), DyadKey,
// Effect::dyads() and Chronology::eventIndexAt().
#include "chronology/chronology.h"
#include "chronology/dyadkey.h"
#include "chronology/language.h"
#include "weights/weightmodel.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

namespace {

Event makeEvent(const QString &id, const QDate &date)
{
    Event e;
    e.id = id;
    e.date = date;
    e.title = {id, id};
    e.summary = {id, id};
    e.category = u"c"_s;
    return e;
}

Effect dyadEffect(const QStringList &actors, int tier)
{
    Effect f;
    f.kind = Effect::Kind::Dyad;
    f.actors = actors;
    f.among = actors.size() > 2;
    f.tier = tier;
    f.rationale = u"test"_s;
    return f;
}

} // namespace

class TestValueTypes : public QObject
{
    Q_OBJECT

private slots:
    void languageCodes();
    void localizedTextIn();
    void dyadKeyIsUnordered();
    void dyadKeyTextRoundTrips();
    void dyadKeyParseRejects_data();
    void dyadKeyParseRejects();
    void dyadKeyHashAndOrder();
    void effectDyads();
    void weightModelDyadsFromEffects();
    void eventIndexAt();
};

void TestValueTypes::languageCodes()
{
    QCOMPARE(languageCode(Language::Zh), u"zh"_s);
    QCOMPARE(languageCode(Language::En), u"en"_s);
    for (Language language : kLanguages)
        QCOMPARE(languageFromCode(languageCode(language)), std::optional<Language>(language));
    QCOMPARE(kLanguages.size(), std::size_t(2));
    QVERIFY(kLanguages[0] != kLanguages[1]);
    QVERIFY(!languageFromCode(u"fr"_s));
    QVERIFY(!languageFromCode(u"ZH"_s));
    QVERIFY(!languageFromCode(QString()));
}

void TestValueTypes::localizedTextIn()
{
    const LocalizedText both{u"日本"_s, u"Japan"_s};
    QCOMPARE(both.in(Language::Zh), u"日本"_s);
    QCOMPARE(both.in(Language::En), u"Japan"_s);
    // Falls back to the other language when empty.
    QCOMPARE((LocalizedText{QString(), u"Japan"_s}).in(Language::Zh), u"Japan"_s);
    QCOMPARE((LocalizedText{u"日本"_s, QString()}).in(Language::En), u"日本"_s);
}

void TestValueTypes::dyadKeyIsUnordered()
{
    const DyadKey k = DyadKey::of(u"USA"_s, u"JPN"_s);
    QCOMPARE(k.a, u"JPN"_s);
    QCOMPARE(k.b, u"USA"_s);
    QVERIFY(k == DyadKey::of(u"JPN"_s, u"USA"_s));
    QVERIFY(k != DyadKey::of(u"JPN"_s, u"KOR"_s));
    QVERIFY(k.contains(u"USA"_s) && k.contains(u"JPN"_s) && !k.contains(u"KOR"_s));
}

void TestValueTypes::dyadKeyTextRoundTrips()
{
    const DyadKey k = DyadKey::of(u"USA"_s, u"KOR"_s);
    QCOMPARE(k.text(), u"KOR|USA"_s);
    QCOMPARE(DyadKey::parse(k.text()), std::optional<DyadKey>(k));
    // Either order parses to the same key.
    QCOMPARE(DyadKey::parse(u"USA|KOR"_s), std::optional<DyadKey>(k));
    // Non-ASCII ids survive.
    const DyadKey cn = DyadKey::of(u"日本"_s, u"韩国"_s);
    QCOMPARE(DyadKey::parse(cn.text()), std::optional<DyadKey>(cn));
}

void TestValueTypes::dyadKeyParseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("no bar") << u"USAJPN"_s;
    QTest::newRow("left empty") << u"|JPN"_s;
    QTest::newRow("right empty") << u"USA|"_s;
    QTest::newRow("two bars") << u"USA|JPN|KOR"_s;
    QTest::newRow("same actor") << u"USA|USA"_s;
}

void TestValueTypes::dyadKeyParseRejects()
{
    QFETCH(QString, text);
    QVERIFY(!DyadKey::parse(text));
}

void TestValueTypes::dyadKeyHashAndOrder()
{
    QHash<DyadKey, int> hash;
    hash.insert(DyadKey::of(u"USA"_s, u"JPN"_s), 1);
    hash.insert(DyadKey::of(u"JPN"_s, u"USA"_s), 2); // the same key
    hash.insert(DyadKey::of(u"KOR"_s, u"JPN"_s), 3);
    QCOMPARE(hash.size(), 2);
    QCOMPARE(hash.value(DyadKey::of(u"USA"_s, u"JPN"_s)), 2);
    QCOMPARE(qHash(DyadKey::of(u"A"_s, u"B"_s), 7), qHash(DyadKey::of(u"B"_s, u"A"_s), 7));
    QVERIFY(qHash(DyadKey::of(u"A"_s, u"B"_s)) != qHash(DyadKey::of(u"A"_s, u"C"_s)));

    QList<DyadKey> keys = {DyadKey::of(u"USA"_s, u"KOR"_s), DyadKey::of(u"JPN"_s, u"USA"_s),
                           DyadKey::of(u"JPN"_s, u"KOR"_s)};
    std::sort(keys.begin(), keys.end());
    QCOMPARE(keys[0].text(), u"JPN|KOR"_s);
    QCOMPARE(keys[1].text(), u"JPN|USA"_s);
    QCOMPARE(keys[2].text(), u"KOR|USA"_s);
    QVERIFY(!(keys[0] < keys[0]));
}

void TestValueTypes::effectDyads()
{
    const Effect pair = dyadEffect({u"USA"_s, u"JPN"_s}, 4);
    QCOMPARE(pair.dyads(), QList<DyadKey>{DyadKey::of(u"JPN"_s, u"USA"_s)});
    const Effect among = dyadEffect({u"USA"_s, u"JPN"_s, u"KOR"_s}, 1);
    QCOMPARE(among.dyads(), (QList<DyadKey>{DyadKey::of(u"USA"_s, u"JPN"_s), DyadKey::of(u"USA"_s, u"KOR"_s),
                                            DyadKey::of(u"JPN"_s, u"KOR"_s)}));
    Effect membership;
    membership.kind = Effect::Kind::Membership;
    membership.member = u"JPN"_s;
    membership.mechanism = u"KEDO"_s;
    QVERIFY(membership.dyads().isEmpty());
}

void TestValueTypes::weightModelDyadsFromEffects()
{
    QList<Actor> actors;
    for (const QString &id : {u"USA"_s, u"JPN"_s, u"KOR"_s, u"PRK"_s})
        actors.append(Actor{id, ActorKind::State, {id, id}, qQNaN(), qQNaN()});
    Event e1 = makeEvent(u"e1"_s, QDate(1994, 10, 21));
    e1.actors = {u"USA"_s, u"PRK"_s};
    e1.effects = {dyadEffect({u"USA"_s, u"PRK"_s}, -1)};
    Event e2 = makeEvent(u"e2"_s, QDate(1999, 4, 24));
    e2.actors = {u"USA"_s, u"JPN"_s, u"KOR"_s};
    e2.effects = {dyadEffect({u"USA"_s, u"JPN"_s, u"KOR"_s}, 1)};
    const WeightModel model(Chronology({u"t"_s, u"t"_s}, {}, actors, {Category{u"c"_s, 1.0, {u"c"_s, u"c"_s}, {}}},
                                       {e1, e2}));
    QSet<DyadKey> expected;
    for (const Event &e : model.chronology().events())
        for (const Effect &f : e.effects)
            for (const DyadKey &k : f.dyads())
                expected.insert(k);
    const QList<DyadKey> keys = model.dyadKeys();
    QCOMPARE(QSet<DyadKey>(keys.cbegin(), keys.cend()), expected);
    QCOMPARE(keys.size(), 4);
    QVERIFY(std::is_sorted(keys.cbegin(), keys.cend()));
    const auto pairs = model.dyads();
    QCOMPARE(pairs.size(), keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i)
        QCOMPARE(pairs[i], std::make_pair(keys[i].a, keys[i].b));
}

void TestValueTypes::eventIndexAt()
{
    const Chronology empty;
    QCOMPARE(empty.eventIndexAt(QDate(2000, 1, 1)), -1);

    // Two events on one day: the last of them is the one in force.
    const Chronology c({u"t"_s, u"t"_s}, {}, {}, {},
                       {makeEvent(u"a"_s, QDate(1993, 1, 1)), makeEvent(u"b"_s, QDate(1994, 10, 21)),
                        makeEvent(u"c"_s, QDate(1994, 10, 21)), makeEvent(u"d"_s, QDate(2023, 8, 18))});
    QCOMPARE(c.eventIndexAt(QDate(1992, 12, 31)), -1);
    QCOMPARE(c.eventIndexAt(QDate(1993, 1, 1)), 0);
    QCOMPARE(c.eventIndexAt(QDate(1994, 10, 20)), 0);
    QCOMPARE(c.eventIndexAt(QDate(1994, 10, 21)), 2);
    QCOMPARE(c.eventIndexAt(QDate(2023, 8, 17)), 2);
    QCOMPARE(c.eventIndexAt(QDate(2023, 8, 18)), 3);
    QCOMPARE(c.eventIndexAt(QDate(2100, 1, 1)), 3);
    QCOMPARE(c.eventIndexAt(QDate()), -1);
    // Against a linear scan on every day around the events.
    for (QDate d(1992, 12, 25); d <= QDate(1995, 1, 1); d = d.addDays(3)) {
        int expected = -1;
        for (int i = 0; i < c.events().size(); ++i)
            if (c.events()[i].date <= d)
                expected = i;
        QCOMPARE(c.eventIndexAt(d), expected);
    }
}

QTEST_GUILESS_MAIN(TestValueTypes)
#include "tst_valuetypes.moc"
