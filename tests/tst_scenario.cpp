// Tests of scenarios: the "scenarios" array round-trips through the writer, its bad inputs are
// located at FILE:LINE:COL, applyScenario() switches events off and overrides effects, and over
// every event of the bundled chronology the what-if model equals a model built independently
// from the file without that event.
#include "chronology/chronologyreader.h"
#include "chronology/chronologywriter.h"
#include "weights/whatif.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

class TestScenario : public QObject
{
    Q_OBJECT

private slots:
    void readsScenarios();
    void roundTrip();
    void writerOmitsEmptyFields();
    void locatedErrors_data();
    void locatedErrors();
    void applyWithoutEvents();
    void applyWithoutCategories();
    void applyOverrides();
    void applyBaselineAndUnknownIds();
    void problems();
    void toggles();
    void fromCommandLine();
    void everyBundledEventSwitchedOff();
    void bundledScenariosApply();
};

namespace {

/// The line of the file that holds the scenarios (1-based) and what comes before it on it.
constexpr int kScenarioLine = 13;
const QString kScenarioPrefix = u"  \"scenarios\": ["_s;

/// A small chronology with @p scenarios (the text inside "scenarios": […]) on kScenarioLine.
QByteArray chronologyWith(const QString &scenarios)
{
    const QStringList lines = {
        u"{"_s,
        u"  \"format\": 1, \"title\": {\"zh\": \"测试\", \"en\": \"Test\"},"_s,
        uR"(  "actors": [{"id": "USA", "name": {"zh": "美国", "en": "USA"}}, {"id": "JPN", "name": {"zh": "日本", "en": "Japan"}},)"_s,
        uR"(             {"id": "KOR", "name": {"zh": "韩国", "en": "ROK"}}],)"_s,
        uR"(  "mechanisms": [{"id": "QUAD", "name": {"zh": "四方", "en": "Quad"}}],)"_s,
        uR"(  "categories": [{"id": "treaty", "score": 5, "name": {"zh": "条约", "en": "Treaty"}},)"_s,
        uR"(                 {"id": "dispute", "score": -4, "name": {"zh": "争端", "en": "Dispute"}}],)"_s,
        u"  \"events\": ["_s,
        uR"(    {"id": "e1", "date": "2000-01-01", "precision": "day", "title": {"zh": "一", "en": "One"}, "summary": {"zh": "一", "en": "One"}, "category": "treaty", "actors": ["JPN", "KOR"], "effects": [{"dyad": ["JPN", "KOR"], "layer": "security", "tier": 2, "score": 6, "rationale": "r"}, {"member": "JPN", "mechanism": "QUAD", "action": "join", "rationale": "r"}], "source": {"section": "1", "footnote": "none"}},)"_s,
        uR"(    {"id": "e2", "date": "2005-01-01", "precision": "day", "title": {"zh": "二", "en": "Two"}, "summary": {"zh": "二", "en": "Two"}, "category": "dispute", "actors": ["JPN", "KOR"], "effects": [{"dyad": ["JPN", "KOR"], "layer": "political", "rationale": "r"}], "source": {"section": "1", "footnote": "none"}},)"_s,
        uR"(    {"id": "e3", "date": "2010-01-01", "precision": "day", "title": {"zh": "三", "en": "Three"}, "summary": {"zh": "三", "en": "Three"}, "category": "treaty", "actors": ["USA", "JPN", "KOR"], "effects": [{"among": ["USA", "JPN", "KOR"], "layer": "security", "tier": 3, "rationale": "r"}], "source": {"section": "1", "footnote": "none"}}],)"_s,
        u"  \"governments\": [],"_s,
        kScenarioPrefix + scenarios + u"]"_s,
        u"}"_s,
    };
    return lines.join(u'\n').toUtf8();
}

Chronology read(const QString &scenarios)
{
    const ChronologyReader::Result r = ChronologyReader::readData(chronologyWith(scenarios), u"s.json"_s);
    for (const ReadError &e : r.errors)
        qWarning("%s", qPrintable(e.toString()));
    return r.chronology.value_or(Chronology());
}

const QString kFull = uR"({"id": "no-e1", "name": "Without e1", "note": "what if", "without_events": ["e1"], "without_categories": ["dispute"], "overrides": [{"event": "e3", "effect": 0, "score": -2.5, "tier": 1}]}, {"id": "tier-only", "name": "Tier", "overrides": [{"event": "e1", "effect": 0, "tier": 4}]})"_s;

/// Every dyad and membership of two models at @p dates, compared exactly.
bool sameModels(const WeightModel &x, const WeightModel &y, const QList<QDate> &dates, QString *why)
{
    for (const QDate &date : dates) {
        const NetworkSnapshot a = x.snapshotAt(date);
        const NetworkSnapshot b = y.snapshotAt(date);
        if (a.dyads.size() != b.dyads.size()) {
            *why = u"dyad count at "_s + date.toString(Qt::ISODate);
            return false;
        }
        for (qsizetype i = 0; i < a.dyads.size(); ++i) {
            const DyadState &p = a.dyads[i];
            const DyadState &q = b.dyads[i];
            if (p.a != q.a || p.b != q.b) {
                *why = u"dyads differ at "_s + date.toString(Qt::ISODate);
                return false;
            }
            for (int l = 0; l < 4; ++l) {
                if (p.layers[l].tier != q.layers[l].tier || p.layers[l].score != q.layers[l].score
                    || p.layers[l].weight != q.layers[l].weight) {
                    *why = p.a + u'-' + p.b + u" layer "_s + QString::number(l) + u" at "_s
                        + date.toString(Qt::ISODate);
                    return false;
                }
            }
        }
        if (a.memberships.size() != b.memberships.size()) {
            *why = u"memberships at "_s + date.toString(Qt::ISODate);
            return false;
        }
        for (qsizetype i = 0; i < a.memberships.size(); ++i) {
            if (a.memberships[i].member != b.memberships[i].member
                || a.memberships[i].mechanism != b.memberships[i].mechanism
                || a.memberships[i].role != b.memberships[i].role
                || a.memberships[i].since != b.memberships[i].since) {
                *why = u"membership differs at "_s + date.toString(Qt::ISODate);
                return false;
            }
        }
    }
    return true;
}

QByteArray bundledData()
{
    QFile f(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

void TestScenario::readsScenarios()
{
    const Chronology c = read(kFull);
    QCOMPARE(c.scenarios().size(), 2);
    const Scenario *s = c.scenario(u"no-e1"_s);
    QVERIFY(s);
    QCOMPARE(s->name, u"Without e1"_s);
    QCOMPARE(s->note, u"what if"_s);
    QCOMPARE(s->withoutEvents, QStringList{u"e1"_s});
    QCOMPARE(s->withoutCategories, QStringList{u"dispute"_s});
    QCOMPARE(s->overrides.size(), 1);
    QCOMPARE(s->overrides[0].event, u"e3"_s);
    QCOMPARE(s->overrides[0].effect, 0);
    QVERIFY(s->overrides[0].score == std::optional<double>(-2.5));
    QVERIFY(s->overrides[0].tier == std::optional<int>(1));
    const Scenario *t = c.scenario(u"tier-only"_s);
    QVERIFY(t);
    QVERIFY(t->note.isEmpty());
    QVERIFY(!t->overrides[0].score);
    QVERIFY(t->overrides[0].tier == std::optional<int>(4));
    QVERIFY(!c.scenario(u"nothing"_s));
}

void TestScenario::roundTrip()
{
    const Chronology c = read(kFull);
    QCOMPARE(c.scenarios().size(), 2);
    const QByteArray json = ChronologyWriter::toJson(c);
    const ChronologyReader::Result again = ChronologyReader::readData(json, u"w.json"_s);
    QVERIFY2(again.ok(), json.constData());
    QVERIFY(again.chronology->scenarios() == c.scenarios());
    QVERIFY(*again.chronology == c);
    QCOMPARE(ChronologyWriter::toJson(*again.chronology), json); // deterministic
    // The scenarios come before the events, as in docs/DATA.md.
    QVERIFY(json.indexOf("\"scenarios\"") < json.indexOf("\"events\""));
}

void TestScenario::writerOmitsEmptyFields()
{
    const Chronology c = read(uR"({"id": "bare", "name": "Bare"})"_s);
    QCOMPARE(c.scenarios().size(), 1);
    QVERIFY(c.scenarios()[0].isBaseline());
    const QByteArray json = ChronologyWriter::toJson(c);
    QVERIFY(json.contains("\"bare\""));
    QVERIFY(!json.contains("\"note\""));
    QVERIFY(!json.contains("\"without_events\""));
    QVERIFY(!json.contains("\"without_categories\""));
    QVERIFY(!json.contains("\"overrides\""));
    // No scenarios: no "scenarios" key at all.
    Chronology none = c;
    none.setScenarios({});
    QVERIFY(!ChronologyWriter::toJson(none).contains("\"scenarios\""));
}

void TestScenario::locatedErrors_data()
{
    QTest::addColumn<QString>("scenarios");
    QTest::addColumn<QString>("at");      // the error is at the first occurrence of this text
    QTest::addColumn<QString>("message"); // and its message contains this

    QTest::newRow("not an object") << u"3"_s << u"3"_s << u"expected a scenario object"_s;
    QTest::newRow("missing id") << uR"({"name": "N"})"_s << u"{"_s << u"missing required key \"id\""_s;
    QTest::newRow("bad id") << uR"({"id": "No Way", "name": "N"})"_s << u"\"No Way\""_s << u"invalid scenario id"_s;
    QTest::newRow("duplicate id") << uR"({"id": "a", "name": "N"}, {"id": "a", "name": "M"})"_s << u"\"a\", \"name\": \"M\""_s << u"duplicate scenario id \"a\""_s;
    QTest::newRow("missing name") << uR"({"id": "a"})"_s << u"{"_s << u"missing required key \"name\""_s;
    QTest::newRow("empty name") << uR"({"id": "a", "name": " "})"_s << u"\" \""_s << u"must not be empty"_s;
    QTest::newRow("name not a string") << uR"({"id": "a", "name": {"zh": "x"}})"_s << u"{\"zh\""_s << u"expected a string for \"name\""_s;
    QTest::newRow("unknown key") << uR"({"id": "a", "name": "N", "without": []})"_s << u"\"without\""_s << u"unknown key \"without\" in a scenario"_s;
    QTest::newRow("unknown event") << uR"({"id": "a", "name": "N", "without_events": ["e1", "e9"]})"_s << u"\"e9\""_s << u"unknown event id \"e9\""_s;
    QTest::newRow("event twice") << uR"({"id": "a", "name": "N", "without_events": ["e1", "e1"]})"_s << u"\"e1\"]"_s << u"listed twice"_s;
    QTest::newRow("event not a string") << uR"({"id": "a", "name": "N", "without_events": [7]})"_s << u"7"_s << u"expected a string in \"without_events\""_s;
    QTest::newRow("unknown category") << uR"({"id": "a", "name": "N", "without_categories": ["war"]})"_s << u"\"war\""_s << u"unknown category id \"war\""_s;
    QTest::newRow("override unknown event") << uR"({"id": "a", "name": "N", "overrides": [{"event": "x", "effect": 0, "score": 1}]})"_s << u"\"x\""_s << u"unknown event id \"x\""_s;
    QTest::newRow("override no effect") << uR"({"id": "a", "name": "N", "overrides": [{"event": "e2", "effect": 1, "score": 1}]})"_s << u"1, \"score\""_s << u"event \"e2\" has no effect 1"_s;
    QTest::newRow("override negative effect") << uR"({"id": "a", "name": "N", "overrides": [{"event": "e2", "effect": -1, "score": 1}]})"_s << u"-1"_s << u"an index from 0"_s;
    QTest::newRow("override fractional effect") << uR"({"id": "a", "name": "N", "overrides": [{"event": "e2", "effect": 0.5, "score": 1}]})"_s << u"0.5"_s << u"expected a whole number"_s;
    QTest::newRow("override membership") << uR"({"id": "a", "name": "N", "overrides": [{"event": "e1", "effect": 1, "tier": 1}]})"_s << u"1, \"tier\""_s << u"is a membership"_s;
    QTest::newRow("override score range") << uR"({"id": "a", "name": "N", "overrides": [{"event": "e1", "effect": 0, "score": 11}]})"_s << u"11"_s << u"score 11 is out of range -10..10"_s;
    QTest::newRow("override tier range") << uR"({"id": "a", "name": "N", "overrides": [{"event": "e1", "effect": 0, "tier": 5}]})"_s << u"5}"_s << u"tier 5 is out of range -2..4"_s;
    QTest::newRow("override nothing") << uR"({"id": "a", "name": "N", "overrides": [{"event": "e1", "effect": 0}]})"_s << u"{\"event\""_s << u"needs \"score\", \"tier\" or both"_s;
    QTest::newRow("override unknown key") << uR"({"id": "a", "name": "N", "overrides": [{"event": "e1", "effect": 0, "weight": 1, "tier": 1}]})"_s << u"\"weight\""_s << u"unknown key \"weight\" in an override"_s;
    QTest::newRow("overrides not an array") << uR"({"id": "a", "name": "N", "overrides": {}})"_s << u"{}"_s << u"expected an array for \"overrides\""_s;
}

void TestScenario::locatedErrors()
{
    QFETCH(QString, scenarios);
    QFETCH(QString, at);
    QFETCH(QString, message);
    const ChronologyReader::Result r = ChronologyReader::readData(chronologyWith(scenarios), u"bad.json"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), 1);
    const ReadError &e = r.errors.first();
    QCOMPARE(e.file, u"bad.json"_s);
    QCOMPARE(e.line, kScenarioLine);
    QCOMPARE(e.column, int(kScenarioPrefix.size() + scenarios.indexOf(at) + 1));
    QVERIFY2(e.message.contains(message), qPrintable(e.toString()));
    QVERIFY(e.toString().startsWith(u"bad.json:13:"_s));
}

void TestScenario::applyWithoutEvents()
{
    const Chronology c = read(kFull);
    Scenario s;
    s.withoutEvents = {u"e1"_s};
    const Chronology out = applyScenario(c, s);
    QCOMPARE(out.events().size(), 2);
    QVERIFY(!out.event(u"e1"_s));
    QVERIFY(out.event(u"e2"_s) && out.event(u"e3"_s));
    // e1 gave JPN-KOR its security tier 2 and QUAD membership; both are gone until e3's tier 3.
    const WeightModel base(c);
    const WeightModel what(out);
    QCOMPARE(base.snapshotAt(QDate(2003, 1, 1)).tier(u"JPN"_s, u"KOR"_s, Layer::Security), 2);
    QCOMPARE(what.snapshotAt(QDate(2003, 1, 1)).tier(u"JPN"_s, u"KOR"_s, Layer::Security), 0);
    QVERIFY(base.snapshotAt(QDate(2003, 1, 1)).isMember(u"JPN"_s, u"QUAD"_s));
    QVERIFY(!what.snapshotAt(QDate(2003, 1, 1)).isMember(u"JPN"_s, u"QUAD"_s));
    QCOMPARE(what.snapshotAt(QDate(2011, 1, 1)).tier(u"JPN"_s, u"KOR"_s, Layer::Security), 3);
    // The rest of the chronology is kept.
    QVERIFY(out.actors() == c.actors());
    QVERIFY(out.categories() == c.categories());
    QVERIFY(out.scenarios() == c.scenarios());
}

void TestScenario::applyWithoutCategories()
{
    const Chronology c = read(kFull);
    Scenario s;
    s.withoutCategories = {u"treaty"_s};
    const Chronology out = applyScenario(c, s);
    QCOMPARE(out.events().size(), 1);
    QCOMPARE(out.events().first().id, u"e2"_s);
    const WeightModel what(out);
    QCOMPARE(what.snapshotAt(QDate(2011, 1, 1)).tier(u"JPN"_s, u"KOR"_s, Layer::Security), 0);
    QVERIFY(what.snapshotAt(QDate(2006, 1, 1)).weight(u"JPN"_s, u"KOR"_s, Layer::Political) < 0);
}

void TestScenario::applyOverrides()
{
    const Chronology c = read(kFull);
    Scenario s;
    s.overrides = {EffectOverride{u"e1"_s, 0, -3.0, 1}, EffectOverride{u"e2"_s, 0, 2.0, std::nullopt}};
    const Chronology out = applyScenario(c, s);
    QCOMPARE(out.events().size(), 3);
    const Effect &e1 = out.event(u"e1"_s)->effects[0];
    QVERIFY(e1.score == std::optional<double>(-3.0));
    QVERIFY(e1.tier == std::optional<int>(1));
    QVERIFY(out.event(u"e1"_s)->effects[1] == c.event(u"e1"_s)->effects[1]); // the membership
    const Effect &e2 = out.event(u"e2"_s)->effects[0];
    QVERIFY(e2.score == std::optional<double>(2.0));
    QVERIFY(!e2.tier); // not overridden: stays absent
    // The model follows: JPN-KOR tier 1 on security, and a positive political score after e2.
    const WeightModel base(c);
    const WeightModel what(out);
    const QDate d(2006, 1, 1);
    QCOMPARE(what.snapshotAt(d).tier(u"JPN"_s, u"KOR"_s, Layer::Security), 1);
    QVERIFY(base.snapshotAt(d).dyad(u"JPN"_s, u"KOR"_s)->at(Layer::Political).score < 0);
    QVERIFY(what.snapshotAt(d).dyad(u"JPN"_s, u"KOR"_s)->at(Layer::Political).score > 0);
    // Two overrides of one effect: the later wins, field by field.
    Scenario twice;
    twice.overrides = {EffectOverride{u"e1"_s, 0, 1.0, 3}, EffectOverride{u"e1"_s, 0, -1.0, std::nullopt}};
    const Chronology twiceOut = applyScenario(c, twice); // holds the effect referred to below
    const Effect &both = twiceOut.event(u"e1"_s)->effects[0];
    QVERIFY(both.score == std::optional<double>(-1.0));
    QVERIFY(both.tier == std::optional<int>(3));
    // The unchanged base is untouched.
    QVERIFY(c.event(u"e1"_s)->effects[0].tier == std::optional<int>(2));
}

void TestScenario::applyBaselineAndUnknownIds()
{
    const Chronology c = read(kFull);
    QVERIFY(applyScenario(c, Scenario{}) == c);
    Scenario s;
    s.withoutEvents = {u"nothing"_s};
    s.withoutCategories = {u"nocategory"_s};
    s.overrides = {EffectOverride{u"e1"_s, 7, 1.0, 1}, EffectOverride{u"none"_s, 0, 1.0, 1}};
    QVERIFY(applyScenario(c, s).events() == c.events()); // ignored here, reported by problems()
}

void TestScenario::problems()
{
    const Chronology c = read(kFull);
    QVERIFY(WhatIf::problems(c, *c.scenario(u"no-e1"_s)).isEmpty());
    Scenario s;
    s.withoutEvents = {u"e1"_s, u"zz"_s};
    s.withoutCategories = {u"war"_s};
    s.overrides = {EffectOverride{u"e1"_s, 1, 1.0, std::nullopt}, EffectOverride{u"e2"_s, 3, 1.0, std::nullopt},
                   EffectOverride{u"qq"_s, 0, 1.0, std::nullopt}};
    const QStringList p = WhatIf::problems(c, s);
    QCOMPARE(p.size(), 5);
    QVERIFY(p[0].contains(u"\"zz\""_s));
    QVERIFY(p[1].contains(u"\"war\""_s));
    QVERIFY(p[2].contains(u"membership"_s));
    QVERIFY(p[3].contains(u"no effect 3"_s));
    QVERIFY(p[4].contains(u"\"qq\""_s));
}

void TestScenario::toggles()
{
    Scenario s;
    s = WhatIf::toggleEvent(s, u"e1"_s);
    QCOMPARE(s.withoutEvents, QStringList{u"e1"_s});
    s = WhatIf::toggleEvent(s, u"e2"_s);
    s = WhatIf::toggleEvent(s, u"e1"_s);
    QCOMPARE(s.withoutEvents, QStringList{u"e2"_s});
    s = WhatIf::toggleCategory(s, u"treaty"_s);
    QCOMPARE(s.withoutCategories, QStringList{u"treaty"_s});
    Event e;
    e.id = u"e9"_s;
    e.category = u"treaty"_s;
    QVERIFY(WhatIf::switchesOff(s, e));
    e.category = u"dispute"_s;
    QVERIFY(!WhatIf::switchesOff(s, e));
    e.id = u"e2"_s;
    QVERIFY(WhatIf::switchesOff(s, e));
    s = WhatIf::toggleCategory(s, u"treaty"_s);
    QVERIFY(s.withoutCategories.isEmpty());
}

void TestScenario::fromCommandLine()
{
    const Chronology c = read(kFull);
    QString error;
    std::optional<Scenario> s = WhatIf::fromCommandLine(c, u"no-e1"_s, {u"e2"_s, u"e1"_s}, &error);
    QVERIFY(s);
    QCOMPARE(s->withoutEvents, (QStringList{u"e1"_s, u"e2"_s}));
    QVERIFY(s->overrides == c.scenario(u"no-e1"_s)->overrides);
    QVERIFY(!WhatIf::fromCommandLine(c, u"nope"_s, {}, &error));
    QCOMPARE(error, u"unknown scenario \"nope\" (expected one of: no-e1, tier-only)"_s);
    QVERIFY(!WhatIf::fromCommandLine(c, {}, {u"e1"_s, u"x"_s}, &error));
    QCOMPARE(error, u"--without: unknown event id \"x\""_s);
    s = WhatIf::fromCommandLine(c, {}, {}, &error);
    QVERIFY(s && s->isBaseline());
}

void TestScenario::everyBundledEventSwitchedOff()
{
    // The what-if model of each event switched off against a model of the bundled file edited
    // as JSON (the event deleted from "events") and read back: nothing of applyScenario() or
    // of Chronology is shared but the reader and the weight model.
    const QByteArray data = bundledData();
    QVERIFY(!data.isEmpty());
    const ChronologyReader::Result bundled = ChronologyReader::readData(data, u"bundled"_s);
    QVERIFY(bundled.ok());
    const Chronology &c = *bundled.chronology;
    QJsonObject root = QJsonDocument::fromJson(data).object();
    QVERIFY(root.contains(u"events"_s));
    root.remove(u"scenarios"_s); // they name events, which the edited files may lack
    root.remove(u"stories"_s);
    const QJsonArray events = root.value(u"events"_s).toArray();
    QCOMPARE(events.size(), c.events().size());

    QList<QDate> dates;
    for (const Event &e : c.events()) {
        dates << e.date << e.date.addDays(-1);
        if (e.end)
            dates << *e.end << e.end->addDays(1);
    }
    dates << c.lastDate().addYears(1);
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());

    for (qsizetype i = 0; i < events.size(); ++i) {
        const QString id = events[i].toObject().value(u"id"_s).toString();
        QJsonArray without = events;
        without.removeAt(i);
        QJsonObject edited = root;
        edited.insert(u"events"_s, without);
        const ChronologyReader::Result r = ChronologyReader::readData(
            QJsonDocument(edited).toJson(QJsonDocument::Compact), id);
        QVERIFY2(r.ok(), qPrintable(id));
        QCOMPARE(r.chronology->events().size(), c.events().size() - 1);

        const std::unique_ptr<WeightModel> whatIf = WhatIf::model(c, WhatIf::toggleEvent({}, id));
        const WeightModel independent(*r.chronology);
        QVERIFY(whatIf->chronology().events() == r.chronology->events());
        QString why;
        QVERIFY2(sameModels(*whatIf, independent, dates, &why), qPrintable(id + u": "_s + why));
    }
}

void TestScenario::bundledScenariosApply()
{
    const ChronologyReader::Result r = ChronologyReader::readData(bundledData(), u"bundled"_s);
    QVERIFY(r.ok());
    for (const Scenario &s : r.chronology->scenarios()) {
        QVERIFY2(WhatIf::problems(*r.chronology, s).isEmpty(), qPrintable(s.id));
        QVERIFY2(!s.isBaseline(), qPrintable(s.id));
        QVERIFY2(!s.name.isEmpty() && !s.note.isEmpty(), qPrintable(s.id));
        const Chronology out = applyScenario(*r.chronology, s);
        QVERIFY2(out != *r.chronology, qPrintable(s.id));
    }
}

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
