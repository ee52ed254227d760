// The paper's claims, checked against the bundled chronology through the weight model.
//
// Each test slot states one claim of the paper (sections: intro, 1 formation, 2 characteristics,
// 3 effects, 4 constraints, 5 conclusion) as strict orderings or equalities of tiers, weights or
// memberships at dates. If a change to resources/chronology.json or to the model breaks one of
// them, the chronology no longer tells the paper's story.
#include "chronology/chronologyreader.h"
#include "weights/weightmodel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace AllianceScope;

namespace {

QDate day(const char *iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

QString str(const char *s)
{
    return QString::fromLatin1(s);
}

const QDate kCampDavid(2023, 8, 18);

} // namespace

class TestPaperClaims : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WeightModel> m_model;

    LayerState at(const char *a, const char *b, const QDate &date, Layer layer = Layer::All) const
    {
        return m_model->dyadAt(str(a), str(b), date).at(layer);
    }
    double weight(const char *a, const char *b, const QDate &date, Layer layer = Layer::All) const
    {
        return at(a, b, date, layer).weight;
    }
    int tier(const char *a, const char *b, const QDate &date, Layer layer = Layer::All) const
    {
        return at(a, b, date, layer).tier;
    }
    bool member(const char *state, const char *mechanism, const QDate &date) const
    {
        return m_model->snapshotAt(date).isMember(str(state), str(mechanism));
    }
    double triangleMin(const QDate &date) const
    {
        return std::min({weight("USA", "JPN", date), weight("USA", "KOR", date),
                         weight("JPN", "KOR", date)});
    }
    /// First days of every month from @p from up to (excluding) Camp David, then its eve.
    static QList<QDate> monthsBeforeCampDavid(const QDate &from)
    {
        QList<QDate> dates;
        for (QDate t = from; t < kCampDavid; t = t.addMonths(1))
            dates.append(t);
        dates.append(kCampDavid.addDays(-1));
        return dates;
    }

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();

    // The data itself.
    void everyEventIsComplete();
    void contextEventsCarryTheirSource();
    void allianceTreatiesAreNeverLowered();
    void governmentsAndConditionsAreComplete();

    // Section 1: formation.
    void japanKoreaIsAlwaysTheWeakestSide();
    void tcogAndKedoExistOnlyInTheirPeriods();
    void textbookDisputeSuspendsMilitaryTies();
    void dokdoClash2006ShelvesTheSummitMechanism();
    void provocations2010DriveSecurityCooperation();
    void gsomia2016IsStrongerThanTheAbandoned2012Signing();
    void rift2019LowersJapanKorea();
    void usDprkSummitsEaseButDoNotEndHostility();
    void bidenPushRaisesBothUsAlliances();
    void steps2023RepairJapanKorea();

    // Intro and section 2: Camp David and the minilateral network.
    void campDavidGivesJapanKoreaAConsultationCommitment();
    void usShiftsToANetworkOfMinilaterals();

    // Section 3: effects.
    void campDavidLiftsEveryEdgeToItsHighestLevel();
    void triangleWeakestLinkIsHighestAfterCampDavid();
    void japanAndKoreaMoveTowardNato();

    // Sections 3 and 4: the China–Japan–ROK track is not replaced.
    void chinaJapanKoreaCooperationPersists();

    // Issue 8: magnitudes, domestic politics (§1, §3) and constraints (§4).
    void textbookTroughIsBelowTheNineties();
    void gsomiaKeepsJapanKoreaOutOfConflict();
    void shuttleDiplomacy2023LeavesATrace();
    void usJapanAllianceIsBroaderThanUsRok();
    void progressiveAndConservativeSeoulDiffer();
    void trumpStrainsAndBidenRepairsTheAlliances();
    void koreaIsMoreTiedToChinaThanJapan();
    void endStateIsHighButConstrained();
    void dokdo1996DoesNotStopMilitaryCooperation();
    void delisting2008OpensAUsJapanRift();
    void japanKoreaDeadlock2021HoldsBackTheTrilateral();
    void campDavidCoversEveryLayer();
    void campDavidAddsPressureOnChina();
    void koreaKeepsRoomForChina();
};

// Every claim runs with the default half-lives and with each layer's half-life at ×0.5 and
// ×1.5 (docs/CLAIMS.md lists the claims that are sensitive to them).
void TestPaperClaims::initTestCase_data()
{
    QTest::addColumn<int>("perturbedLayer"); // -1: none
    QTest::addColumn<double>("factor");
    QTest::newRow("default") << -1 << 1.0;
    for (Layer layer : kLayers) {
        for (double f : {0.5, 1.5}) {
            const QByteArray name = layerName(layer).toLatin1() + "x" + QByteArray::number(f);
            QTest::newRow(name.constData()) << static_cast<int>(layer) << f;
        }
    }
}

void TestPaperClaims::init()
{
    QFETCH_GLOBAL(int, perturbedLayer);
    QFETCH_GLOBAL(double, factor);
    WeightParameters p;
    if (perturbedLayer >= 0)
        p.setHalfLife(static_cast<Layer>(perturbedLayer),
                      p.halfLife(static_cast<Layer>(perturbedLayer)) * factor);
    m_model->setParameters(p);
}

void TestPaperClaims::initTestCase()
{
    const ChronologyReader::Result result =
        ChronologyReader::readFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY));
    QStringList errors;
    for (const ReadError &e : result.errors)
        errors.append(e.toString());
    QVERIFY2(result.ok(), qPrintable(errors.join(QLatin1Char('\n'))));
    m_model = std::make_unique<WeightModel>(*result.chronology);
}

// Every event has both languages, a section, a footnote ("[n] author year" or "none") and a
// rationale on every effect; the bundle covers the paper's dated events (at least 40).
void TestPaperClaims::everyEventIsComplete()
{
    const QList<Event> &events = m_model->chronology().events();
    QVERIFY2(events.size() >= 40, qPrintable(QString::asprintf("only %d events", int(events.size()))));
    const QStringList sections = {QStringLiteral("intro"), QStringLiteral("1"), QStringLiteral("2"),
                                  QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")};
    for (const Event &e : events) {
        const QByteArray idBytes = e.id.toUtf8();
        const char *id = idBytes.constData();
        QVERIFY2(!e.title.zh.trimmed().isEmpty() && !e.title.en.trimmed().isEmpty(), id);
        QVERIFY2(!e.summary.zh.trimmed().isEmpty() && !e.summary.en.trimmed().isEmpty(), id);
        QVERIFY2(e.title.zh != e.title.en && e.summary.zh != e.summary.en, id);
        QVERIFY2(sections.contains(e.source.section), id);
        QVERIFY2(!e.source.footnote.trimmed().isEmpty(), id);
        for (const Effect &f : e.effects)
            QVERIFY2(!f.rationale.trimmed().isEmpty(), id);
    }
}

// Events the paper presupposes are marked context and name their general source.
void TestPaperClaims::contextEventsCarryTheirSource()
{
    int contextEvents = 0;
    for (const Event &e : m_model->chronology().events()) {
        if (!e.context)
            continue;
        ++contextEvents;
        QVERIFY2(!e.source.note.trimmed().isEmpty(), e.id.toUtf8().constData());
    }
    // At least the 1951/1960 treaties, the 1953 treaty and armistice, and 1965 normalisation.
    QVERIFY2(contextEvents >= 5, qPrintable(QString::asprintf("%d context events", contextEvents)));
    for (const char *id : {"1951-us-japan-security-treaty", "1953-us-rok-mutual-defense-treaty",
                           "1953-korean-war-armistice", "1960-us-japan-treaty-mutual-cooperation",
                           "1965-japan-rok-normalisation"}) {
        const Event *e = m_model->chronology().event(str(id));
        QVERIFY2(e && e->context, id);
    }
}

// Governments cover the paper's period without overlaps (ROK from Roh Tae-woo 1988, Japan and
// the US from 1989) with one documented gap (the ROK's acting presidency of 2017); every
// condition has both titles, a rationale, a stance its government, and cites "none" or a
// footnote that its section of the paper carries (tests/data/paper-footnotes.json).
void TestPaperClaims::governmentsAndConditionsAreComplete()
{
    const Chronology &c = m_model->chronology();
    for (const char *actor : {"KOR", "JPN", "USA"}) {
        QDate previousEnd;
        int terms = 0;
        for (const Government &g : c.governments()) {
            if (g.actor != QLatin1String(actor))
                continue;
            ++terms;
            QVERIFY2(!g.leader.zh.isEmpty() && !g.leader.en.isEmpty() && !g.source.note.isEmpty(), qPrintable(g.id));
            if (previousEnd.isValid() && g.start != previousEnd.addDays(1))
                QVERIFY2(g.id == QLatin1String("KOR-2017-moon-jae-in"), qPrintable(g.id + str(": gap or overlap")));
            previousEnd = g.end.value_or(QDate());
        }
        QVERIFY2(terms >= 6, actor);
        QVERIFY2(c.governmentAt(str(actor), kCampDavid), actor);
        QVERIFY2(c.governmentAt(str(actor), day("1990-01-01")), actor);
    }

    QFile f(QStringLiteral(ALLIANCESCOPE_TEST_DATA) + QStringLiteral("/paper-footnotes.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QSet<QString> cited;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(str("footnotes")).toArray()) {
        const QJsonObject o = v.toObject();
        cited.insert(o.value(str("section")).toString() + str("|[") + QString::number(o.value(str("number")).toInt())
                     + str("] ") + o.value(str("label")).toString());
    }
    QVERIFY(cited.size() > 10);
    QVERIFY(c.conditions().size() >= 20);
    for (const Condition &k : c.conditions()) {
        const QByteArray idBytes = k.id.toUtf8();
        const char *id = idBytes.constData();
        QVERIFY2(!k.title.zh.isEmpty() && !k.title.en.isEmpty() && k.title.zh != k.title.en, id);
        QVERIFY2(k.rationale.size() > 40, id);
        QVERIFY2(k.kind != QLatin1String("stance") || !k.government.isEmpty(), id);
        QVERIFY2(k.source.footnote == QLatin1String("none") || cited.contains(k.source.section + u'|' + k.source.footnote),
                 id);
    }
}

// Section 1: the two US alliances are the pillars throughout; no later effect may lower the
// treaty tier of USA–JPN (from 1960) or USA–KOR (from 1953) by accident.
void TestPaperClaims::allianceTreatiesAreNeverLowered()
{
    for (const QDate &t : monthsBeforeCampDavid(QDate(1960, 2, 1)) + QList<QDate>{kCampDavid}) {
        QVERIFY2(tier("USA", "JPN", t, Layer::Security) == 4, qPrintable(t.toString(Qt::ISODate)));
        QVERIFY2(tier("USA", "KOR", t, Layer::Security) == 4, qPrintable(t.toString(Qt::ISODate)));
    }
    // The 1951 treaty is a defence treaty (tier 4, as docs/MODEL.md lists it since issue 8).
    QCOMPARE(tier("USA", "JPN", day("1955-01-01"), Layer::Security), 4);
}

// Section 1 ([1] 王鹏飞、黄忠 2022): without reconciliation the Japan–ROK side of the
// "quasi-alliance" stayed the short side, the two alliances held together by the US.
void TestPaperClaims::japanKoreaIsAlwaysTheWeakestSide()
{
    for (const QDate &t : monthsBeforeCampDavid(QDate(1966, 1, 1)) + QList<QDate>{kCampDavid}) {
        const double uj = weight("USA", "JPN", t), uk = weight("USA", "KOR", t),
                     jk = weight("JPN", "KOR", t);
        // Normalised (1965) but not reconciled: never an alliance, never drawn as conflict.
        QVERIFY2(jk > 0.0 && jk < uj && jk < uk,
                 qPrintable(QString::asprintf("%s: JPN-KOR %.4f, USA-JPN %.4f, USA-KOR %.4f",
                                              qPrintable(t.toString(Qt::ISODate)), jk, uj, uk)));
    }
}

// Section 1: after the Cold War the trilateral work centred on the nuclear issue, through
// KEDO (1995) and TCOG (1999); both belong to their period only.
void TestPaperClaims::tcogAndKedoExistOnlyInTheirPeriods()
{
    for (const char *s : {"USA", "JPN", "KOR"}) {
        QVERIFY2(!member(s, "KEDO", day("1995-02-28")), s);
        QVERIFY2(member(s, "KEDO", day("2000-01-01")), s);
        QVERIFY2(!member(s, "KEDO", day("2007-01-01")), s);
        QVERIFY2(!member(s, "TCOG", day("1999-03-31")), s);
        QVERIFY2(member(s, "TCOG", day("2000-01-01")), s);
        QVERIFY2(!member(s, "TCOG", day("2005-01-01")), s);
    }
    QVERIFY(!member("PRK", "KEDO", day("2000-01-01")));
}

// Section 1 ([1] 孙茹 2009): in 2000–2001 the textbook dispute sent relations to a low and
// Seoul suspended all military exchanges with Japan.
void TestPaperClaims::textbookDisputeSuspendsMilitaryTies()
{
    const double before = weight("JPN", "KOR", day("1999-12-31"), Layer::Security);
    const double during = weight("JPN", "KOR", day("2001-06-30"), Layer::Security);
    QVERIFY2(during < before, qPrintable(QString::asprintf("2001-06 %.4f vs 1999-12 %.4f", during, before)));
}

// Section 1 ([1] 孙茹 2009): the 2006 Dokdo/Takeshima clash shelved the leaders' exchange
// mechanism; Lee Myung-bak restored it in February 2008.
void TestPaperClaims::dokdoClash2006ShelvesTheSummitMechanism()
{
    const int before = tier("JPN", "KOR", day("2005-12-31"), Layer::Political);
    const int shelved = tier("JPN", "KOR", day("2007-01-01"), Layer::Political);
    const int restored = tier("JPN", "KOR", day("2008-03-01"), Layer::Political);
    QVERIFY2(shelved < before && shelved < restored,
             qPrintable(QString::asprintf("tiers 2005 %d, 2007 %d, 2008 %d", before, shelved, restored)));
    QCOMPARE(restored, 1);
}

// Section 1: the Cheonan and Yeonpyeong attacks of 2010 hit ROK–DPRK relations and became the
// occasion for the US to push trilateral security cooperation (Japanese observers, the 2011
// GSOMIA/ACSA agreement).
void TestPaperClaims::provocations2010DriveSecurityCooperation()
{
    const double krBefore = weight("KOR", "PRK", day("2009-12-31"), Layer::Security);
    const double krAfter = weight("KOR", "PRK", day("2010-12-31"), Layer::Security);
    QVERIFY2(krAfter < krBefore, qPrintable(QString::asprintf("KOR-PRK %.4f vs %.4f", krAfter, krBefore)));
    const double jkBefore = weight("JPN", "KOR", day("2009-12-31"), Layer::Security);
    const double jkAfter = weight("JPN", "KOR", day("2011-06-30"), Layer::Security);
    QVERIFY2(jkAfter > jkBefore, qPrintable(QString::asprintf("JPN-KOR security %.4f vs %.4f", jkAfter, jkBefore)));
}

// Section 1: Seoul abandoned the GSOMIA signing in 2012; the 2016 signature gave Japan and the
// ROK direct intelligence sharing, a stronger link than after 2012.
void TestPaperClaims::gsomia2016IsStrongerThanTheAbandoned2012Signing()
{
    const QDate after2012 = day("2012-12-31"), after2016 = day("2016-12-31");
    QVERIFY2(tier("JPN", "KOR", after2016, Layer::Security) > tier("JPN", "KOR", after2012, Layer::Security),
             qPrintable(QString::asprintf("tiers %d vs %d", tier("JPN", "KOR", after2016, Layer::Security),
                                          tier("JPN", "KOR", after2012, Layer::Security))));
    const double w2012 = weight("JPN", "KOR", after2012), w2016 = weight("JPN", "KOR", after2016);
    QVERIFY2(w2016 > w2012, qPrintable(QString::asprintf("2016 %.4f vs 2012 %.4f", w2016, w2012)));
    const double s2011 = weight("JPN", "KOR", day("2011-12-31"), Layer::Security);
    const double s2012 = weight("JPN", "KOR", after2012, Layer::Security);
    QVERIFY2(s2012 < s2011, qPrintable(QString::asprintf("abandonment: %.4f vs %.4f", s2012, s2011)));
}

// Sections 1 and 3: in 2019 the trade restrictions and the ROK's notice not to renew GSOMIA
// brought Japan–ROK relations (and the trilateral) to a standstill.
void TestPaperClaims::rift2019LowersJapanKorea()
{
    const QDate before = day("2019-06-30"), after = day("2019-12-31");
    const double wb = weight("JPN", "KOR", before), wa = weight("JPN", "KOR", after);
    QVERIFY2(wa < wb, qPrintable(QString::asprintf("all: %.4f vs %.4f", wa, wb)));
    const double sb = weight("JPN", "KOR", before, Layer::Security);
    const double sa = weight("JPN", "KOR", after, Layer::Security);
    QVERIFY2(sa < sb, qPrintable(QString::asprintf("security: %.4f vs %.4f", sa, sb)));
    const double eb = weight("JPN", "KOR", before, Layer::Economic);
    const double ea = weight("JPN", "KOR", day("2020-12-31"), Layer::Economic);
    QVERIFY2(ea < eb, qPrintable(QString::asprintf("economic 2020: %.4f vs %.4f", ea, eb)));
    const double ua = weight("USA", "KOR", after), ub = weight("USA", "KOR", before);
    QVERIFY2(ua < ub, qPrintable(QString::asprintf("USA-KOR (US red line): %.4f vs %.4f", ua, ub)));
}

// Section 1 ([1] 李枏 2021): the three Trump–Kim meetings eased relations for a while, but the
// two sides stayed deadlocked and technically at war.
void TestPaperClaims::usDprkSummitsEaseButDoNotEndHostility()
{
    const double before = weight("USA", "PRK", day("2017-12-31"));
    const double after = weight("USA", "PRK", day("2018-07-01"));
    QVERIFY2(after > before, qPrintable(QString::asprintf("%.4f vs %.4f", after, before)));
    QVERIFY2(after < 0.0, qPrintable(QString::asprintf("still hostile: %.4f", after)));
    QCOMPARE(tier("USA", "PRK", day("2019-12-31")), -2);
}

// Section 1: the Biden administration set out to repair the alliances (Indo-Pacific Strategy,
// Biden's 2022 visits, the Phnom Penh statement).
void TestPaperClaims::bidenPushRaisesBothUsAlliances()
{
    for (const char *ally : {"JPN", "KOR"}) {
        const double b = weight("USA", ally, day("2020-12-31"), Layer::Political);
        const double a = weight("USA", ally, day("2022-12-31"), Layer::Political);
        QVERIFY2(a > b, qPrintable(QString::asprintf("USA-%s political %.4f vs %.4f", ally, a, b)));
    }
}

// Section 1: in March 2023 the compensation plan, GSOMIA's normalisation and the lifting of
// Japan's export controls turned Japan–ROK relations around.
void TestPaperClaims::steps2023RepairJapanKorea()
{
    const QDate before = day("2022-12-31"), after = day("2023-04-30");
    const double wb = weight("JPN", "KOR", before), wa = weight("JPN", "KOR", after);
    QVERIFY2(wa > wb, qPrintable(QString::asprintf("all: %.4f vs %.4f", wa, wb)));
    const double eb = weight("JPN", "KOR", before, Layer::Economic);
    const double ea = weight("JPN", "KOR", after, Layer::Economic);
    QVERIFY2(ea > eb, qPrintable(QString::asprintf("economic: %.4f vs %.4f", ea, eb)));
    const double pb = weight("JPN", "KOR", before, Layer::Political);
    const double pa = weight("JPN", "KOR", after, Layer::Political);
    QVERIFY2(pa > pb, qPrintable(QString::asprintf("political: %.4f vs %.4f", pa, pb)));
}

// Intro ([1] The White House 2023) and section 2 ([1] The Associated Press 2023): the
// Commitment to Consult, close to a collective-defence clause, gives Japan and the ROK a
// consultation commitment (tier 3) while the US treaty pairs keep tier 4; the mechanism
// (USJPKR) is founded that day.
void TestPaperClaims::campDavidGivesJapanKoreaAConsultationCommitment()
{
    const QDate eve = kCampDavid.addDays(-1);
    QCOMPARE(tier("JPN", "KOR", eve, Layer::Security), 2);
    QCOMPARE(tier("JPN", "KOR", kCampDavid, Layer::Security), 3);
    QCOMPARE(tier("JPN", "KOR", kCampDavid), 3);
    QCOMPARE(tier("USA", "JPN", kCampDavid, Layer::Security), 4);
    QCOMPARE(tier("USA", "KOR", kCampDavid, Layer::Security), 4);
    for (const char *s : {"USA", "JPN", "KOR"}) {
        QVERIFY2(!member(s, "USJPKR", eve), s);
        QVERIFY2(member(s, "USJPKR", kCampDavid), s);
    }
    // No earlier date ever had a Japan–ROK tier of 3.
    for (const QDate &t : monthsBeforeCampDavid(QDate(1965, 7, 1)))
        QVERIFY2(tier("JPN", "KOR", t) < 3, qPrintable(t.toString(Qt::ISODate)));
}

// Section 2 ([2] Daalder 2023): the US moves from a bilateral hub-and-spoke system to a
// networked set of minilaterals: the Quad, AUKUS, IPEF, and now the trilateral mechanism.
void TestPaperClaims::usShiftsToANetworkOfMinilaterals()
{
    const QDate before = day("2016-12-31"), after = kCampDavid.addDays(1);
    int countBefore = 0, countAfter = 0;
    for (const char *mech : {"QUAD", "AUKUS", "IPEF", "USJPKR"}) {
        countBefore += member("USA", mech, before) ? 1 : 0;
        countAfter += member("USA", mech, after) ? 1 : 0;
    }
    QVERIFY2(countAfter > countBefore,
             qPrintable(QString::asprintf("US minilaterals %d vs %d", countAfter, countBefore)));
    QCOMPARE(countAfter, 4);
    QVERIFY(!member("AUS", "QUAD", day("2012-01-01"))); // the first Quad lapsed in 2008
    QVERIFY(member("AUS", "QUAD", day("2018-01-01")));
    QVERIFY(!member("GBR", "AUKUS", day("2021-09-14")));
    QVERIFY(member("GBR", "AUKUS", day("2021-09-15")));
    QVERIFY(!member("KOR", "IPEF", day("2022-05-22")));
    QVERIFY(member("KOR", "IPEF", day("2022-05-23")));
}

// Section 3 (opening): Camp David raised trilateral cooperation to an unprecedented
// institutional level: each edge of the triangle is at its highest tier and weight ever.
void TestPaperClaims::campDavidLiftsEveryEdgeToItsHighestLevel()
{
    const QList<QDate> earlier = monthsBeforeCampDavid(QDate(1950, 1, 1));
    for (const auto &[a, b] : {std::pair{"USA", "JPN"}, std::pair{"USA", "KOR"}, std::pair{"JPN", "KOR"}}) {
        const double now = weight(a, b, kCampDavid);
        const int tierNow = tier(a, b, kCampDavid);
        for (const QDate &t : earlier) {
            const double then = weight(a, b, t);
            QVERIFY2(now > then, qPrintable(QString::asprintf("%s-%s: %.6f at Camp David vs %.6f on %s", a, b,
                                                              now, then, qPrintable(t.toString(Qt::ISODate)))));
            QVERIFY2(tierNow >= tier(a, b, t), qPrintable(t.toString(Qt::ISODate)));
        }
    }
}

// Section 3: the mechanism stabilises the Japan–ROK link and docks the two alliances: the
// triangle's weakest link after Camp David is stronger than at any earlier date.
void TestPaperClaims::triangleWeakestLinkIsHighestAfterCampDavid()
{
    const double now = triangleMin(kCampDavid);
    for (const QDate &t : monthsBeforeCampDavid(QDate(1966, 1, 1))) {
        const double then = triangleMin(t);
        QVERIFY2(now > then, qPrintable(QString::asprintf("weakest link %.4f at Camp David vs %.4f on %s", now,
                                                          then, qPrintable(t.toString(Qt::ISODate)))));
    }
    QVERIFY(triangleMin(day("2023-12-31")) > triangleMin(day("2016-12-31")));
}

// Section 3: Japan and the ROK are drawing into NATO's security networks (partners from the
// 2022 Madrid summit), while neither is a NATO member.
void TestPaperClaims::japanAndKoreaMoveTowardNato()
{
    for (const char *s : {"JPN", "KOR"}) {
        QVERIFY2(!member(s, "NATO", day("2022-06-01")), s);
        QVERIFY2(member(s, "NATO", day("2022-07-01")), s);
        bool partner = false;
        for (const MembershipState &m : m_model->snapshotAt(day("2022-07-01")).memberships)
            if (m.member == str(s) && m.mechanism == QLatin1String("NATO"))
                partner = m.role == QLatin1String("partner");
        QVERIFY2(partner, s);
    }
    QVERIFY(member("USA", "NATO", day("2022-07-01")));
}

// Sections 3 and 4: China–Japan–ROK cooperation grew out of 10+3, became a mechanism of its
// own in 2008 (Fukuoka), and the trilateral mechanism cannot replace it: at Camp David the three
// are still members and their economic ties (RCEP) are positive.
void TestPaperClaims::chinaJapanKoreaCooperationPersists()
{
    for (const char *s : {"CHN", "JPN", "KOR"}) {
        QVERIFY2(member(s, "APT", day("1998-01-01")), s);
        QVERIFY2(!member(s, "CJK", day("2008-12-12")), s);
        QVERIFY2(member(s, "CJK", day("2008-12-13")), s);
        QVERIFY2(member(s, "CJK", kCampDavid.addDays(1)), s);
    }
    for (const char *s : {"JPN", "KOR"}) {
        QCOMPARE(tier("CHN", s, kCampDavid, Layer::Political), 1);
        const double e = weight("CHN", s, kCampDavid, Layer::Economic);
        QVERIFY2(e > 0.0, qPrintable(QString::asprintf("CHN-%s economic %.4f", s, e)));
        const double before = weight("CHN", s, day("2008-12-12"), Layer::Political);
        const double after = weight("CHN", s, day("2008-12-31"), Layer::Political);
        QVERIFY2(after > before, qPrintable(QString::asprintf("CHN-%s political %.4f vs %.4f", s, after, before)));
    }
}

// Section 1 (no footnote): in 2000–2001 the textbook dispute sent Japan–ROK relations "to the
// bottom". The relations score of the political layer from the textbook screening to the end of
// 2001 is below every month of the 1990s, and the political weight below every month of
// 1993–1999 (the same tier 1, from the 1993 consultations).
void TestPaperClaims::textbookTroughIsBelowTheNineties()
{
    double troughScore = 1e9, troughWeight = 1e9;
    for (QDate t = day("2001-04-03"); t <= day("2001-12-31"); t = t.addDays(7)) {
        troughScore = std::max(troughScore == 1e9 ? -1e9 : troughScore, at("JPN", "KOR", t, Layer::Political).score);
        troughWeight = std::max(troughWeight == 1e9 ? -1e9 : troughWeight, weight("JPN", "KOR", t, Layer::Political));
    }
    for (QDate t = day("1990-01-01"); t < day("2000-01-01"); t = t.addMonths(1)) {
        const double s = at("JPN", "KOR", t, Layer::Political).score;
        QVERIFY2(troughScore < s, qPrintable(QString::asprintf("trough score %.3f vs %.3f on %s", troughScore, s,
                                                               qPrintable(t.toString(Qt::ISODate)))));
        if (t >= day("1993-01-01")) {
            const double w = weight("JPN", "KOR", t, Layer::Political);
            QVERIFY2(troughWeight < w, qPrintable(QString::asprintf("trough weight %.4f vs %.4f on %s", troughWeight,
                                                                    w, qPrintable(t.toString(Qt::ISODate)))));
        }
    }
}

// Sections 1 and 3: in 2019–2022 Japan–ROK relations were frozen but GSOMIA stayed in force (the
// termination notice was suspended): a functional agreement, not a conflict. While the security
// tier is 2 or more, the edge is drawn positive on `all` and on the security layer.
void TestPaperClaims::gsomiaKeepsJapanKoreaOutOfConflict()
{
    for (QDate t = day("2016-12-01"); t <= kCampDavid; t = t.addDays(14)) {
        if (tier("JPN", "KOR", t, Layer::Security) < 2)
            continue;
        const double a = weight("JPN", "KOR", t), s = weight("JPN", "KOR", t, Layer::Security);
        QVERIFY2(a > 0.0 && s > 0.0, qPrintable(QString::asprintf("%s: all %.4f, security %.4f",
                                                                 qPrintable(t.toString(Qt::ISODate)), a, s)));
    }
    QVERIFY(tier("JPN", "KOR", day("2020-06-30"), Layer::Security) >= 2);
}

// Sections 1 and 3: the Yoon–Kishida visits of 16 March and 7 May 2023 restored the leaders'
// shuttle diplomacy frozen since 2011; each moves the political weight visibly.
void TestPaperClaims::shuttleDiplomacy2023LeavesATrace()
{
    for (const char *d : {"2023-03-16", "2023-05-07"}) {
        const double before = weight("JPN", "KOR", day(d).addDays(-1), Layer::Political);
        const double after = weight("JPN", "KOR", day(d), Layer::Political);
        QVERIFY2(after - before >= 0.01, qPrintable(QString::asprintf("%s: %.4f -> %.4f", d, before, after)));
    }
    QVERIFY(weight("JPN", "KOR", day("2023-06-30"), Layer::Political)
            > weight("JPN", "KOR", day("2022-06-30"), Layer::Political));
}

// Section 1 ([1] 王鹏飞、黄忠 2022): the US has always valued the US–Japan alliance more; it is a
// comprehensive alliance (cooperation beyond defence), the US–ROK alliance a military one. At
// every year's end since 1961 US–Japan's economic weight is above US–ROK's, and at Camp David
// US–Japan is above US–ROK on `all`.
void TestPaperClaims::usJapanAllianceIsBroaderThanUsRok()
{
    for (int y = 1961; y <= 2023; ++y) {
        const QDate t(y, 12, 31);
        const double j = weight("USA", "JPN", t, Layer::Economic), k = weight("USA", "KOR", t, Layer::Economic);
        QVERIFY2(j > k, qPrintable(QString::asprintf("%d economic: USA-JPN %.4f, USA-KOR %.4f", y, j, k)));
    }
    QVERIFY(weight("USA", "JPN", kCampDavid) > weight("USA", "KOR", kCampDavid));
}

namespace {

/// The mean of @p f over the first day of every month of the terms in @p chronology of @p actor's
/// governments with @p orientation, within [from, to].
template<typename F>
double meanOverTerms(const Chronology &chronology, const char *actor, const char *orientation, const QDate &from,
                     const QDate &to, F f)
{
    double sum = 0.0;
    int n = 0;
    for (const Government &g : chronology.governments()) {
        if (g.actor != QLatin1String(actor) || g.orientation != QLatin1String(orientation))
            continue;
        for (QDate t = std::max(g.start, from); t <= std::min(g.end.value_or(to), to); t = t.addMonths(1)) {
            sum += f(t);
            ++n;
        }
    }
    return n ? sum / n : qQNaN();
}

} // namespace

// Sections 1 and 3 (no footnote): progressive and conservative camps in Seoul are far apart on
// North Korea policy, which unsettles the US–ROK alliance; Lee Myung-bak (and Yoon) moved Seoul
// toward the US and Japan. Averaged over their terms since 1998: ROK–DPRK political is warmer
// under progressive presidents, US–ROK and Japan–ROK political warmer under conservative ones.
void TestPaperClaims::progressiveAndConservativeSeoulDiffer()
{
    const Chronology &c = m_model->chronology();
    const QDate from(1998, 2, 25), to = kCampDavid;
    auto political = [&](const char *a, const char *b) {
        return [this, a, b](const QDate &t) { return weight(a, b, t, Layer::Political); };
    };
    const double pk = meanOverTerms(c, "KOR", "progressive", from, to, political("KOR", "PRK"));
    const double ck = meanOverTerms(c, "KOR", "conservative", from, to, political("KOR", "PRK"));
    QVERIFY2(pk > ck, qPrintable(QString::asprintf("KOR-PRK: progressive %.4f, conservative %.4f", pk, ck)));
    for (const char *other : {"USA", "JPN"}) {
        const double p = meanOverTerms(c, "KOR", "progressive", from, to, political(other, "KOR"));
        const double k = meanOverTerms(c, "KOR", "conservative", from, to, political(other, "KOR"));
        QVERIFY2(k > p, qPrintable(QString::asprintf("%s-KOR: conservative %.4f, progressive %.4f", other, k, p)));
    }
}

// Section 1 ([1] 李枏 2021): "America First" opened cracks in both US alliances; the Biden
// administration set out to repair them. Political weight: lower at the end of Trump's term than
// at its start, higher again by the end of 2022.
void TestPaperClaims::trumpStrainsAndBidenRepairsTheAlliances()
{
    for (const char *ally : {"JPN", "KOR"}) {
        const double start = weight("USA", ally, day("2017-01-19"), Layer::Political);
        const double end = weight("USA", ally, day("2021-01-19"), Layer::Political);
        const double repaired = weight("USA", ally, day("2022-12-31"), Layer::Political);
        QVERIFY2(end < start && repaired > end,
                 qPrintable(QString::asprintf("USA-%s political %.4f -> %.4f -> %.4f", ally, start, end, repaired)));
    }
}

// Section 4 (no footnote): China is both countries' largest trading partner (about 20% of
// Japan's trade, 22% of the ROK's); the ROK's interests are even more closely tied to China.
// Expressed as standing structure: the China–ROK interdependence level is above China–Japan's,
// and both economic edges are positive in 2023. (The drawn weights at Camp David read the other
// way round, because the chronology has RCEP's entry into force, Japan's first FTA with China,
// but not the 2015 China–ROK FTA: docs/CLAIMS.md.)
void TestPaperClaims::koreaIsMoreTiedToChinaThanJapan()
{
    double kor = 0.0, jpn = 0.0;
    for (const Condition &c : m_model->chronology().conditions()) {
        if (c.kind != QLatin1String("structure") || c.layer != Layer::Economic || !c.actors.contains(str("CHN")))
            continue;
        if (c.actors.contains(str("KOR")))
            kor += c.level;
        if (c.actors.contains(str("JPN")))
            jpn += c.level;
    }
    QVERIFY2(kor > jpn && jpn > 0.0, qPrintable(QString::asprintf("levels CHN-KOR %.1f, CHN-JPN %.1f", kor, jpn)));
    for (const QDate &t : {kCampDavid, day("2023-12-31")}) {
        for (const char *s : {"JPN", "KOR"}) {
            const double w = weight("CHN", s, t, Layer::Economic);
            QVERIFY2(w > 0.0, qPrintable(QString::asprintf("CHN-%s economic %.4f", s, w)));
        }
    }
}

// Section 4 and the conclusion: the mechanism is high but constrained and reversible. At Camp
// David constraints are in force on the triangle (historical disputes, domestic opposition), the
// Japan–ROK edge is below US–Japan's and US–ROK's, and the 2023 rapprochement rests on Seoul's
// government: without the Yoon government's stances the Japan–ROK political weight at Camp
// David is visibly lower (by at least 0.01, the model's visibility threshold: reversibility
// after an election).
void TestPaperClaims::endStateIsHighButConstrained()
{
    const Chronology &c = m_model->chronology();
    int constraints = 0;
    for (const Condition &k : c.conditions()) {
        const bool inForce = k.start <= kCampDavid && (!k.end || kCampDavid <= *k.end);
        if (inForce && k.kind == QLatin1String("constraint") && k.level < 0 && k.actors.contains(QLatin1String("KOR")))
            ++constraints;
    }
    QVERIFY2(constraints >= 2, qPrintable(QString::number(constraints)));
    QVERIFY(weight("JPN", "KOR", kCampDavid) < weight("USA", "JPN", kCampDavid));
    QVERIFY(weight("JPN", "KOR", kCampDavid) < weight("USA", "KOR", kCampDavid));

    QList<Condition> withoutYoon;
    for (const Condition &k : c.conditions())
        if (k.government != QLatin1String("KOR-2022-yoon-suk-yeol"))
            withoutYoon.append(k);
    QVERIFY(withoutYoon.size() < c.conditions().size());
    const WeightModel counterfactual(Chronology(c.title(), c.source(), c.actors(), c.categories(), c.events(),
                                                c.governments(), withoutYoon),
                                     m_model->parameters());
    const double real = weight("JPN", "KOR", kCampDavid, Layer::Political);
    const double without = counterfactual.dyadAt(str("JPN"), str("KOR"), kCampDavid).at(Layer::Political).weight;
    // The institutional "firewall" (§2) stays: the tier does not depend on the stance.
    QCOMPARE(counterfactual.dyadAt(str("JPN"), str("KOR"), kCampDavid).at(Layer::All).tier, 3);
    QVERIFY2(real - without >= 0.01, qPrintable(QString::asprintf("with Yoon %.4f, without %.4f", real, without)));
}

// Section 1 (no footnote): despite the fierce Dokdo/Takeshima clash of the 1990s, the
// institution-building of trilateral military cooperation was not affected: the Japan–ROK
// security tier is never lowered from 1993 to the end of 1999.
void TestPaperClaims::dokdo1996DoesNotStopMilitaryCooperation()
{
    int last = tier("JPN", "KOR", day("1993-01-01"), Layer::Security);
    for (QDate t = day("1993-02-01"); t < day("2000-01-01"); t = t.addMonths(1)) {
        const int now = tier("JPN", "KOR", t, Layer::Security);
        QVERIFY2(now >= last, qPrintable(t.toString(Qt::ISODate)));
        last = now;
    }
    QVERIFY(weight("JPN", "KOR", day("1999-12-31"), Layer::Security)
            > weight("JPN", "KOR", day("1995-12-31"), Layer::Security));
}

// Section 1 ([1] 孙茹 2009): the US–DPRK bilateral track left Japan and the ROK feeling ignored;
// removing the DPRK from the terror list (October 2008) opened a US–Japan rift.
void TestPaperClaims::delisting2008OpensAUsJapanRift()
{
    const double before = weight("USA", "JPN", day("2008-10-10"), Layer::Political);
    const double after = weight("USA", "JPN", day("2008-10-11"), Layer::Political);
    QVERIFY2(after < before, qPrintable(QString::asprintf("%.4f vs %.4f", after, before)));
}

// Section 1 (no footnote): despite the chiefs' meeting and Red Flag exercises, the Japan–ROK
// deadlock (Suga's cancelled summit, the refused joint press conference) kept the US from
// progress in 2021: Japan–ROK stays below its level before the 2019 rift all through 2021.
void TestPaperClaims::japanKoreaDeadlock2021HoldsBackTheTrilateral()
{
    const double before = weight("JPN", "KOR", day("2019-06-30"));
    for (QDate t = day("2021-01-01"); t <= day("2021-12-31"); t = t.addMonths(1)) {
        const double w = weight("JPN", "KOR", t);
        QVERIFY2(w < before, qPrintable(QString::asprintf("%s: %.4f vs %.4f", qPrintable(t.toString(Qt::ISODate)), w,
                                                          before)));
    }
}

// Section 2 (no footnote) and the conclusion: the mechanism is not a traditional military
// alliance; it covers economics, politics, security and technology. Camp David raises every
// layer of every triangle edge.
void TestPaperClaims::campDavidCoversEveryLayer()
{
    for (const auto &[a, b] : {std::pair{"USA", "JPN"}, std::pair{"USA", "KOR"}, std::pair{"JPN", "KOR"}}) {
        for (Layer layer : kLayers) {
            const double before = weight(a, b, kCampDavid.addDays(-1), layer), after = weight(a, b, kCampDavid, layer);
            QVERIFY2(after > before, qPrintable(QString::asprintf("%s-%s %s: %.4f vs %.4f", a, b,
                                                                  qPrintable(layerName(layer)), after, before)));
        }
    }
}

// Section 2 ([1] 赵祺、罗圣荣 2023 closes the passage) and section 3: the mechanism has a strong China
// design ("small yard, high fence") and will weigh on China's relations with Japan and the ROK.
void TestPaperClaims::campDavidAddsPressureOnChina()
{
    for (const char *s : {"USA", "JPN", "KOR"}) {
        const double before = weight("CHN", s, kCampDavid.addDays(-1), Layer::Political);
        const double after = weight("CHN", s, kCampDavid, Layer::Political);
        QVERIFY2(after < before, qPrintable(QString::asprintf("CHN-%s %.4f vs %.4f", s, after, before)));
    }
}

// Section 4 (no footnote): the ROK keeps room for China when moving toward the US, and its
// need of China for peace on the peninsula holds it back: China–ROK political stays positive
// at Camp David and at the end of 2023.
void TestPaperClaims::koreaKeepsRoomForChina()
{
    for (const QDate &t : {kCampDavid, day("2023-12-31")}) {
        const double w = weight("CHN", "KOR", t, Layer::Political);
        QVERIFY2(w > 0.0, qPrintable(QString::asprintf("%.4f", w)));
    }
}

QTEST_GUILESS_MAIN(TestPaperClaims)
#include "tst_paperclaims.moc"
