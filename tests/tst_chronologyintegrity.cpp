// The bundled chronology's integrity against the paper it is built on: every citation names a
// section of the paper and a footnote that exists in that section (tests/data/paper-footnotes.json,
// the paper's footnote list by the section that carries each marker), ids are unique and dated,
// texts are bilingual, every effect says why, and context events name their general source.
#include "chronology/chronologyreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

namespace {

/// One footnote of the paper: "[number] label", carried by the text of @c section.
struct PaperFootnote
{
    int number = 0;
    QString label;
    QString section;
};

/// The paper's sections and footnotes, as listed in the fixture.
struct PaperFootnotes
{
    QStringList sections;
    QList<PaperFootnote> footnotes;

    /// Empty when @p footnote is "none" or "[n] label" of a footnote that @p section carries;
    /// otherwise what is wrong.
    QString citationProblem(const QString &section, const QString &footnote) const
    {
        if (!sections.contains(section))
            return u"section \"%1\" is not a section of the paper"_s.arg(section);
        if (footnote == u"none"_s)
            return {};
        static const QRegularExpression pattern(u"^\\[([1-9][0-9]*)\\] (\\S.*\\S)$"_s);
        const QRegularExpressionMatch m = pattern.match(footnote);
        if (!m.hasMatch())
            return u"footnote \"%1\" is neither \"none\" nor \"[n] author year\""_s.arg(footnote);
        const int number = m.captured(1).toInt();
        const QString label = m.captured(2);
        bool elsewhere = false;
        for (const PaperFootnote &f : footnotes) {
            if (f.number != number || f.label != label)
                continue;
            if (f.section == section)
                return {};
            elsewhere = true;
        }
        return elsewhere ? u"footnote \"%1\" belongs to another section than \"%2\""_s.arg(footnote, section)
                         : u"footnote \"%1\" is not in the paper's list"_s.arg(footnote);
    }
};

std::optional<PaperFootnotes> loadFootnotes(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot open %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull() || !doc.isObject()) {
        *error = u"%1: %2"_s.arg(path, parseError.errorString());
        return std::nullopt;
    }
    PaperFootnotes result;
    for (const QJsonValue &s : doc.object().value("sections"_L1).toArray())
        result.sections.append(s.toString());
    for (const QJsonValue &v : doc.object().value("footnotes"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        result.footnotes.append(PaperFootnote{o.value("number"_L1).toInt(), o.value("label"_L1).toString(),
                                              o.value("section"_L1).toString()});
    }
    return result;
}

QString failures(const QStringList &problems)
{
    return QString::number(problems.size()) + u" problem(s):\n"_s + problems.join(u'\n');
}

} // namespace

class TestChronologyIntegrity : public QObject
{
    Q_OBJECT

private:
    std::optional<Chronology> m_chronology;
    PaperFootnotes m_paper;

private slots:
    void initTestCase();

    void fixtureListsThePaper();
    void citationCheckRejectsWrongFootnotes_data();
    void citationCheckRejectsWrongFootnotes();

    void everyCitationNamesAFootnoteOfItsSection();
    void idsAreUniqueAndBeginWithTheirDate();
    void everyEventIsBilingual();
    void everyEffectHasARationale();
    void contextEventsNameTheirSource();
};

void TestChronologyIntegrity::initTestCase()
{
    const ChronologyReader::Result result =
        ChronologyReader::readFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY));
    QStringList errors;
    for (const ReadError &e : result.errors)
        errors.append(e.toString());
    QVERIFY2(result.ok(), qPrintable(u"the bundled chronology does not load:\n"_s + errors.join(u'\n')));
    m_chronology = result.chronology;
    QVERIFY(!m_chronology->events().isEmpty());

    QString error;
    const std::optional<PaperFootnotes> paper =
        loadFootnotes(QStringLiteral(ALLIANCESCOPE_TEST_DATA) + u"/paper-footnotes.json"_s, &error);
    QVERIFY2(paper.has_value(), qPrintable(error));
    m_paper = *paper;
}

// The fixture itself: the paper's six sections, and its sixteen footnotes (numbered per page),
// each in one of them, none listed twice.
void TestChronologyIntegrity::fixtureListsThePaper()
{
    QCOMPARE(m_paper.sections, (QStringList{u"intro"_s, u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s}));
    QCOMPARE(m_paper.footnotes.size(), 16);
    QSet<QString> seen;
    for (const PaperFootnote &f : m_paper.footnotes) {
        const QString key = u"[%1] %2 in %3"_s.arg(f.number).arg(f.label, f.section);
        QVERIFY2(f.number >= 1 && f.number <= 3, qPrintable(key));
        QVERIFY2(!f.label.trimmed().isEmpty(), qPrintable(key));
        QVERIFY2(m_paper.sections.contains(f.section), qPrintable(key));
        QVERIFY2(!seen.contains(key), qPrintable(key));
        seen.insert(key);
    }
}

void TestChronologyIntegrity::citationCheckRejectsWrongFootnotes_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("footnote");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("none") << u"1"_s << u"none"_s << true;
    QTest::newRow("right section") << u"1"_s << u"[2] 蒲俜 1997"_s << true;
    QTest::newRow("intro") << u"intro"_s << u"[1] The White House 2023"_s << true;
    QTest::newRow("other section") << u"2"_s << u"[2] 蒲俜 1997"_s << false;
    QTest::newRow("wrong number") << u"1"_s << u"[3] 蒲俜 1997"_s << false;
    QTest::newRow("no number") << u"1"_s << u"蒲俜 1997"_s << false;
    QTest::newRow("unknown work") << u"1"_s << u"[1] 无名氏 2000"_s << false;
    QTest::newRow("section 5 has none") << u"5"_s << u"[1] Schake 2022"_s << false;
    QTest::newRow("no such section") << u"6"_s << u"none"_s << false;
    QTest::newRow("empty footnote") << u"1"_s << QString() << false;
}

// The check below would catch a citation in the wrong section, a wrong number or an unknown work.
void TestChronologyIntegrity::citationCheckRejectsWrongFootnotes()
{
    QFETCH(QString, section);
    QFETCH(QString, footnote);
    QFETCH(bool, accepted);
    const QString problem = m_paper.citationProblem(section, footnote);
    QVERIFY2(problem.isEmpty() == accepted, qPrintable(problem.isEmpty() ? u"accepted"_s : problem));
}

void TestChronologyIntegrity::everyCitationNamesAFootnoteOfItsSection()
{
    QStringList problems;
    for (const Event &e : m_chronology->events()) {
        const QString problem = m_paper.citationProblem(e.source.section, e.source.footnote);
        if (!problem.isEmpty())
            problems.append(e.id + u": "_s + problem);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(failures(problems)));
}

// Ids are unique and begin with the year of the event's date, and with its month where the id
// names one ("2001-07-…"), so that an id cannot outlive a re-dating unnoticed.
void TestChronologyIntegrity::idsAreUniqueAndBeginWithTheirDate()
{
    static const QRegularExpression yearMonth(u"^(\\d{4})-(?:(\\d{2})-)?"_s);
    QStringList problems;
    QSet<QString> ids;
    for (const Event &e : m_chronology->events()) {
        if (ids.contains(e.id))
            problems.append(e.id + u": duplicate id"_s);
        ids.insert(e.id);
        const QRegularExpressionMatch m = yearMonth.match(e.id);
        if (!m.hasMatch() || m.captured(1).toInt() != e.date.year())
            problems.append(e.id + u": id does not begin with the year of "_s + e.dateText());
        else if (m.hasCaptured(2) && m.captured(2).toInt() != e.date.month())
            problems.append(e.id + u": id names another month than "_s + e.dateText());
        else if (m.hasCaptured(2) && e.precision == Precision::Year)
            problems.append(e.id + u": id names a month but the date is known only to the year"_s);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(failures(problems)));
}

void TestChronologyIntegrity::everyEventIsBilingual()
{
    QStringList problems;
    for (const Event &e : m_chronology->events()) {
        for (const LocalizedText *text : {&e.title, &e.summary}) {
            if (text->zh.trimmed().isEmpty() || text->en.trimmed().isEmpty())
                problems.append(e.id + u": a title or summary lacks a language"_s);
            else if (text->zh == text->en)
                problems.append(e.id + u": the Chinese and English texts are the same"_s);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(failures(problems)));
}

void TestChronologyIntegrity::everyEffectHasARationale()
{
    QStringList problems;
    int effects = 0;
    for (const Event &e : m_chronology->events()) {
        for (const Effect &f : e.effects) {
            ++effects;
            if (f.rationale.trimmed().isEmpty())
                problems.append(e.id + u": an effect without a rationale"_s);
        }
    }
    QVERIFY(effects > 0);
    QVERIFY2(problems.isEmpty(), qPrintable(failures(problems)));
}

// Events the paper neither recounts nor dates are marked context and say where they come from.
void TestChronologyIntegrity::contextEventsNameTheirSource()
{
    QStringList problems;
    int context = 0;
    for (const Event &e : m_chronology->events()) {
        if (!e.context)
            continue;
        ++context;
        if (e.source.note.trimmed().isEmpty())
            problems.append(e.id + u": context event without a source note"_s);
    }
    QVERIFY(context > 0);
    QVERIFY2(problems.isEmpty(), qPrintable(failures(problems)));
}

QTEST_GUILESS_MAIN(TestChronologyIntegrity)
#include "tst_chronologyintegrity.moc"
