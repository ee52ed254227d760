// ChronologyReader: parses a chronology file with JsonParser, then checks every rule of
// docs/DATA.md on the position-annotated tree and builds the Chronology.
#include "chronologyreader.h"

#include "jsonparser.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <memory>
#include <initializer_list>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace AllianceScope {

QString ReadError::toString() const
{
    if (line <= 0)
        return file + u": error: "_s + message;
    return file + u':' + QString::number(line) + u':' + QString::number(column) + u": error: "_s
        + message;
}

namespace {

using Type = JsonNode::Type;

/// @p s in double quotes with JSON escapes, shortened when long (for error messages).
QString quoted(const QString &s)
{
    constexpr int kMaxLength = 60;
    QString t = s;
    bool shortened = false;
    if (t.size() > kMaxLength) {
        t.truncate(kMaxLength);
        if (t.back().isHighSurrogate())
            t.chop(1);
        shortened = true;
    }
    QString out = u"\""_s;
    for (const QChar c : std::as_const(t)) {
        if (c == u'"' || c == u'\\') {
            out += u'\\';
            out += c;
        } else if (c == u'\n') {
            out += u"\\n"_s;
        } else if (c.unicode() < 0x20) {
            out += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
        } else {
            out += c;
        }
    }
    if (shortened)
        out += u'…';
    out += u'"';
    return out;
}

QString quoted(const char *key)
{
    return quoted(QString::fromLatin1(key));
}

bool matches(const QRegularExpression &re, const QString &s)
{
    return re.match(s).hasMatch();
}

/// A date as written in a chronology: the period it names and the form it is written in.
struct DateText
{
    enum class Status { Ok, Malformed, Impossible };
    Status status = Status::Malformed;
    Precision form = Precision::Day;
    QDate first; ///< the first day of the period
    QDate last;  ///< the last day of the period
};

/// The number of the ASCII digits s[from, from + count), or -1 when one is not a digit.
int digitsAt(const QString &s, qsizetype from, qsizetype count)
{
    int n = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        n = n * 10 + (c - u'0');
    }
    return n;
}

DateText parseDateText(const QString &s)
{
    // YYYY, YYYY-MM or YYYY-MM-DD in ASCII digits (read by hand: it runs for every event).
    DateText d;
    const qsizetype n = s.size();
    if ((n != 4 && n != 7 && n != 10) || (n >= 7 && s.at(4) != u'-')
        || (n == 10 && s.at(7) != u'-'))
        return d;
    const int year = digitsAt(s, 0, 4);
    const bool hasMonth = n >= 7;
    const bool hasDay = n == 10;
    const int month = hasMonth ? digitsAt(s, 5, 2) : 1;
    const int day = hasDay ? digitsAt(s, 8, 2) : 1;
    if (year < 0 || month < 0 || day < 0)
        return d;
    d.status = DateText::Status::Impossible;
    if (!QDate::isValid(year, month, day))
        return d;
    d.status = DateText::Status::Ok;
    d.first = QDate(year, month, day);
    if (hasDay) {
        d.form = Precision::Day;
        d.last = d.first;
    } else if (hasMonth) {
        d.form = Precision::Month;
        d.last = QDate(year, month, d.first.daysInMonth());
    } else {
        d.form = Precision::Year;
        d.last = QDate(year, 12, 31);
    }
    return d;
}

/// Whether @p id is an event id: [a-z0-9][a-z0-9_-]* (read by hand: it runs for every event).
bool isEventId(const QString &id)
{
    if (id.isEmpty())
        return false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const char16_t c = id.at(i).unicode();
        const bool alnum = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (!alnum && (i == 0 || (c != u'_' && c != u'-')))
            return false;
    }
    return true;
}

QString dateFormatName(Precision p)
{
    switch (p) {
    case Precision::Day: return u"YYYY-MM-DD"_s;
    case Precision::Month: return u"YYYY-MM"_s;
    case Precision::Year: return u"YYYY"_s;
    }
    return {};
}

/// Checks the rules of docs/DATA.md on a parsed document and collects the errors.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(AllianceScope::ChronologyReader)

public:
    explicit Validator(const QString &fileName) : m_fileName(fileName) { }

    /// The chronology of @p root; meaningful only when errors() is empty. Events already taken
    /// by takeEvent() are part of it.
    Chronology read(const JsonNode &root);
    /// JsonParser::ElementSink for "events": reads the event @p element as it is parsed, when
    /// the definitions it refers to are in @p rootSoFar; false (keep it) otherwise.
    bool takeEvent(const JsonNode &rootSoFar, const JsonNode &element);
    /**
     * JsonParser::ElementSink::takeArray for "events" (@p data is the document, @p open the
     * array's '['): reads a large array in runs of events on every core (each run parsed and
     * validated by a copy of this validator) and takes them all, in file order, when every run
     * read without any error and the runs together keep the limits (unique ids, dyads, expanded
     * effects). Otherwise, or for a small array, nothing: the parser then reads the array
     * element by element (through takeEvent), which finds and reports every error exactly as
     * it always did.
     */
    std::optional<JsonPosition> takeEventArray(const QByteArray &data, const JsonNode &rootSoFar,
                                               const JsonPosition &open);
    /// The errors found, sorted by position.
    QList<ReadError> errors() const;

private:
    struct ActorId
    {
        ActorKind kind = ActorKind::State;
        int line = 0;
    };

    void error(int line, int column, const QString &message);
    void error(const JsonNode &node, const QString &message)
    {
        error(node.line, node.column, message);
    }
    static QString describe(const JsonNode &node);
    /// @p s, sharing the data of an equal string read before: ids, sections, footnotes and
    /// rationales repeat over thousands of events and would each hold a copy.
    QString intern(const QString &s);

    void checkKeys(const JsonNode &object, std::initializer_list<const char *> allowed,
                   const QString &where);
    const JsonNode *field(const JsonNode &object, const char *key, Type type,
                          const QString &expected, bool required, const QString &where);
    std::optional<QString> string(const JsonNode &object, const char *key, bool required,
                                  const QString &where);
    std::optional<double> number(const JsonNode &object, const char *key, bool required,
                                 const QString &where);
    std::optional<double> wholeNumber(const JsonNode &object, const char *key, bool required,
                                      const QString &where);
    std::optional<bool> boolean(const JsonNode &object, const char *key, bool required,
                                const QString &where);
    const JsonNode *array(const JsonNode &object, const char *key, bool required,
                          const QString &where);
    std::optional<LocalizedText> text(const JsonNode &object, const char *key, bool required,
                                      const QString &where);
    bool checkRange(const JsonNode &object, const char *key, double value, double low,
                    double high);
    std::optional<DateText> date(const JsonNode &object, const char *key, bool required,
                                 const QString &where);

    QList<Actor> readActors(const JsonNode *list, ActorKind kind);
    QList<Category> readCategories(const JsonNode *list);
    /// Actors, mechanisms, categories, and governments and conditions when @p root has them.
    void readDefinitions(const JsonNode &root);
    /// Whether the events are read as they are parsed (decided at the first of them).
    void decideStreaming(const JsonNode &rootSoFar);
    void readEventElement(const JsonNode &node);
    /// The events read so far, in one list.
    QList<Event> takeEvents();
    QList<Government> readGovernments(const JsonNode *list);
    QList<Condition> readConditions(const JsonNode *list);
    Condition readCondition(const JsonNode &node);
    /// The "scenarios" array (docs/DATA.md "Scenarios"); @p events are the file's events, read
    /// first, which the scenarios' ids and overrides must name.
    QList<Scenario> readScenarios(const JsonNode *list, const QList<Event> &events);
    Scenario readScenario(const JsonNode &node, const QHash<QString, const Event *> &events);
    /// One entry of "without_events" or "without_categories": a string that names a known id.
    void readScenarioIds(const JsonNode &node, const char *key, bool events,
                         const QHash<QString, const Event *> &known, QStringList &out);
    EffectOverride readOverride(const JsonNode &node, const QHash<QString, const Event *> &events);
    /// A day ("YYYY-MM-DD") for @p key; other forms are refused.
    std::optional<QDate> day(const JsonNode &object, const char *key, bool required,
                             const QString &where);
    /// Records @p id (a string node) in @p seen; an error when it is there already.
    void checkUniqueId(const JsonNode &idNode, const QString &what, QHash<QString, int> &seen);
    Event readEvent(const JsonNode &node);
    void readEventActors(const JsonNode &list, Event &event);
    Source readSource(const JsonNode &node);
    /// The paper's section under "section" ("intro", "1" … "5"), kept even when unknown.
    std::optional<QString> paperSection(const JsonNode &object, bool required, const QString &where);
    Effect readEffect(const JsonNode &node);
    void readDyadEffect(const JsonNode &node, bool among, Effect &effect);
    void readMembershipEffect(const JsonNode &node, Effect &effect);
    void readRationale(const JsonNode &node, const QString &where, Effect &effect);
    /// The "stories" array (docs/DATA.md, "Stories"); @p events give the dates of steps that
    /// name only an event.
    QList<Story> readStories(const JsonNode *list, const QList<Event> &events);
    StoryStep readStoryStep(const JsonNode &node, const QHash<QString, QDate> &eventDates);
    /// An optional array of actor ids (each known, each once) for @p key of a story step.
    QStringList storyActorList(const JsonNode &step, const char *key, const QString &where);
    /// Counts the pairs of @p states against the dyad and expanded-effect limits.
    void countDyads(const JsonNode &states, const QStringList &ids);
    /// Checks that @p id (a string node) names a state; @p what is "a dyad" or "\"among\"".
    void checkState(const JsonNode &id, const QString &what);

    QString m_fileName;
    // Texts used for every event, translated once per read (tr() for every event cost about
    // 4 % of the whole start at 100,000 events).
    const QString m_aString = tr("a string");
    const QString m_aNumber = tr("a number");
    const QString m_aWholeNumber = tr("a whole number");
    const QString m_aBoolean = tr("a boolean (true or false)");
    const QString m_anArray = tr("an array");
    const QString m_anObject = tr("an object");
    const QString m_aTextObject = tr("a text object {\"zh\": …, \"en\": …}");
    const QString m_anArrayOfStateIds = tr("an array of state ids");
    const QString m_inText = tr("in a text");
    const QString m_inEvent = tr("in an event");
    const QString m_inSource = tr("in a source");
    const QString m_inAmongEffect = tr("in an \"among\" effect");
    const QString m_inDyadEffect = tr("in a dyad effect");
    const QString m_among = tr("\"among\"");
    const QString m_aDyad = tr("a dyad");
    const QString m_inMembershipEffect = tr("in a membership effect");
    QList<ReadError> m_errors;
    QHash<QString, ActorId> m_actorIds;
    QHash<QString, int> m_categoryLines;
    QHash<QString, int> m_eventLines;
    // The size limits of ChronologyReader (each reported once).
    QSet<std::pair<QString, QString>> m_dyads;
    qint64 m_expandedEffects = 0;
    bool m_actorLimitReported = false;
    bool m_dyadLimitReported = false;
    bool m_effectLimitReported = false;
    QHash<QString, int> m_governmentLines;
    QHash<QString, Government> m_governments;
    QHash<QString, int> m_conditionLines;
    QHash<QString, int> m_storyLines;
    QHash<QString, int> m_scenarioLines;
    // What is read so far (the events may come while the document is parsed).
    bool m_streamDecided = false;
    bool m_streaming = false;
    bool m_definitionsRead = false;
    bool m_governmentsRead = false;
    bool m_conditionsRead = false;
    QList<Actor> m_actors;
    QList<Category> m_categories;
    QList<Government> m_governmentList;
    QList<Condition> m_conditionList;
    std::vector<std::vector<Event>> m_events; // in chunks (see readEventElement)
    qsizetype m_eventCount = 0;
    QSet<QString> m_interned;
};

void Validator::error(int line, int column, const QString &message)
{
    m_errors.append(ReadError{m_fileName, line, column, message});
}

QList<ReadError> Validator::errors() const
{
    QList<ReadError> sorted = m_errors;
    std::stable_sort(sorted.begin(), sorted.end(), [](const ReadError &a, const ReadError &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return sorted;
}

/// @p text, sharing the strings of @p other where they are equal (a summary like its title).
LocalizedText shareEqual(LocalizedText text, const LocalizedText &other)
{
    for (Language language : kLanguages) {
        if (text.text(language) == other.text(language))
            text.text(language) = other.text(language);
    }
    return text;
}

QString Validator::intern(const QString &s)
{
    constexpr qsizetype kMaxLength = 160;     // longer texts rarely repeat
    constexpr qsizetype kMaxStrings = 200000; // bounds the table on data that never repeats
    if (s.size() > kMaxLength)
        return s;
    const auto it = m_interned.constFind(s);
    if (it != m_interned.cend())
        return *it;
    if (m_interned.size() < kMaxStrings)
        m_interned.insert(s);
    return s;
}

QString Validator::describe(const JsonNode &node)
{
    switch (node.type) {
    case Type::Null: return tr("null");
    case Type::Bool: return tr("a boolean");
    case Type::Number: return tr("a number");
    case Type::String: return tr("a string");
    case Type::Array: return tr("an array");
    case Type::Object: return tr("an object");
    }
    return {};
}

void Validator::checkKeys(const JsonNode &object, std::initializer_list<const char *> allowed,
                          const QString &where)
{
    for (const JsonMember &m : object.members) {
        const bool known = std::any_of(allowed.begin(), allowed.end(), [&](const char *key) {
            const QLatin1String k(key);
            return m.key.size() == k.size() && m.key == k;
        });
        if (!known)
            error(m.line, m.column, tr("unknown key %1 %2").arg(quoted(m.key), where));
    }
}

const JsonNode *Validator::field(const JsonNode &object, const char *key, Type type,
                                 const QString &expected, bool required, const QString &where)
{
    const JsonNode *node = object.value(QLatin1String(key));
    if (!node) {
        if (required)
            error(object, tr("missing required key %1 %2").arg(quoted(key), where));
        return nullptr;
    }
    if (node->type != type) {
        error(*node,
              tr("expected %1 for %2, found %3").arg(expected, quoted(key), describe(*node)));
        return nullptr;
    }
    return node;
}

std::optional<QString> Validator::string(const JsonNode &object, const char *key, bool required,
                                         const QString &where)
{
    const JsonNode *node = field(object, key, Type::String, m_aString, required, where);
    return node ? std::optional<QString>(node->text) : std::nullopt;
}

std::optional<double> Validator::number(const JsonNode &object, const char *key, bool required,
                                        const QString &where)
{
    const JsonNode *node = field(object, key, Type::Number, m_aNumber, required, where);
    return node ? std::optional<double>(node->number) : std::nullopt;
}

std::optional<double> Validator::wholeNumber(const JsonNode &object, const char *key,
                                             bool required, const QString &where)
{
    const JsonNode *node = field(object, key, Type::Number, m_aWholeNumber, required, where);
    if (!node)
        return std::nullopt;
    if (node->number != std::floor(node->number)) {
        error(*node, tr("expected a whole number for %1, found %2").arg(quoted(key), node->text));
        return std::nullopt;
    }
    return node->number;
}

std::optional<bool> Validator::boolean(const JsonNode &object, const char *key, bool required,
                                       const QString &where)
{
    const JsonNode *node =
        field(object, key, Type::Bool, m_aBoolean, required, where);
    return node ? std::optional<bool>(node->boolean) : std::nullopt;
}

const JsonNode *Validator::array(const JsonNode &object, const char *key, bool required,
                                 const QString &where)
{
    return field(object, key, Type::Array, m_anArray, required, where);
}

std::optional<LocalizedText> Validator::text(const JsonNode &object, const char *key,
                                             bool required, const QString &where)
{
    const JsonNode *node = field(object, key, Type::Object,
                                 m_aTextObject, required, where);
    if (!node)
        return std::nullopt;
    const QString &inText = m_inText;
    static const QByteArray zh = languageCode(Language::Zh).toLatin1();
    static const QByteArray en = languageCode(Language::En).toLatin1();
    checkKeys(*node, {zh.constData(), en.constData()}, inText);
    LocalizedText result;
    bool ok = true;
    for (Language language : kLanguages) {
        const char *lang = (language == Language::Zh ? zh : en).constData();
        const JsonNode *s = field(*node, lang, Type::String, m_aString, true, inText);
        if (!s) {
            ok = false;
            continue;
        }
        if (s->text.trimmed().isEmpty()) {
            error(*s, tr("the %1 text of %2 must not be empty").arg(quoted(lang), quoted(key)));
            ok = false;
        }
        // Equal texts share one string (imported events often give both languages alike).
        result.text(language) = language != kLanguages[0] && s->text == result.text(kLanguages[0])
            ? result.text(kLanguages[0])
            : s->text;
    }
    return ok ? std::optional<LocalizedText>(result) : std::nullopt;
}

bool Validator::checkRange(const JsonNode &object, const char *key, double value, double low,
                           double high)
{
    if (value >= low && value <= high)
        return true;
    error(*object.value(QLatin1String(key)),
          tr("%1 %2 is out of range %3..%4")
              .arg(QLatin1String(key), object.value(QLatin1String(key))->text,
                   QString::number(low), QString::number(high)));
    return false;
}

std::optional<DateText> Validator::date(const JsonNode &object, const char *key, bool required,
                                        const QString &where)
{
    const std::optional<QString> s = string(object, key, required, where);
    if (!s)
        return std::nullopt;
    const JsonNode &node = *object.value(QLatin1String(key));
    const DateText d = parseDateText(*s);
    switch (d.status) {
    case DateText::Status::Malformed:
        error(node, tr("invalid date %1 for %2 (expected YYYY-MM-DD, YYYY-MM or YYYY)")
                        .arg(quoted(*s), quoted(key)));
        return std::nullopt;
    case DateText::Status::Impossible:
        error(node, tr("impossible date %1").arg(quoted(*s)));
        return std::nullopt;
    case DateText::Status::Ok:
        break;
    }
    if (d.first < QDate(1900, 1, 1) || d.last > QDate(2100, 12, 31)) {
        error(node, tr("date %1 is outside 1900-01-01..2100-12-31").arg(quoted(*s)));
        return std::nullopt;
    }
    return d;
}

void Validator::decideStreaming(const JsonNode &rootSoFar)
{
    if (m_streamDecided)
        return;
    // Events refer to actors and categories: they can be read as they come only when those
    // came first (as in every file the writer writes); else they wait in the tree.
    m_streamDecided = true;
    m_streaming = rootSoFar.member("actors"_L1) && rootSoFar.member("mechanisms"_L1)
        && rootSoFar.member("categories"_L1);
    if (m_streaming)
        readDefinitions(rootSoFar);
}

bool Validator::takeEvent(const JsonNode &rootSoFar, const JsonNode &element)
{
    decideStreaming(rootSoFar);
    if (!m_streaming)
        return false;
    readEventElement(element);
    return true;
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// The offset of a ',' at or after @p from that looks like one between two events of the
/// events array ("}", whitespace, ",", whitespace, "{"), or -1 when there is none nearby. A
/// guess: a run split at a comma inside an event fails to parse, and the reader falls back.
qsizetype eventBoundaryAfter(const QByteArray &data, qsizetype from)
{
    constexpr qsizetype kWindow = 1 << 20;
    const char *d = data.constData();
    const qsizetype size = data.size();
    const qsizetype last = std::min(size, from + kWindow);
    for (qsizetype i = from; i < last; ++i) {
        const void *hit = std::memchr(d + i, ',', std::size_t(last - i));
        if (!hit)
            return -1;
        i = static_cast<const char *>(hit) - d;
        qsizetype before = i - 1;
        while (before >= 0 && isJsonSpace(d[before]))
            --before;
        qsizetype after = i + 1;
        while (after < size && isJsonSpace(d[after]))
            ++after;
        if (before >= 0 && d[before] == '}' && after < size && d[after] == '{')
            return i;
    }
    return -1;
}

/// The column (see JsonNode) of the byte at @p offset when line breaks since the previous
/// one are not known: the code points back to the line's start (the bytes are valid UTF-8).
int columnAt(const QByteArray &data, qsizetype offset)
{
    const char *d = data.constData();
    qsizetype start = offset;
    while (start > 0 && d[start - 1] != '\n' && d[start - 1] != '\r')
        --start;
    if (start == 0 && data.startsWith("\xEF\xBB\xBF"))
        start = 3; // the byte order mark counts 0
    int column = 1;
    for (qsizetype i = start; i < offset; ++i) {
        if ((static_cast<unsigned char>(d[i]) & 0xC0) != 0x80)
            ++column;
    }
    return column;
}

std::optional<JsonPosition> Validator::takeEventArray(const QByteArray &data,
                                                      const JsonNode &rootSoFar,
                                                      const JsonPosition &open)
{
    // Runs of at least 1 MiB (about 2,000 events): below, threads cost more than they save.
    constexpr qsizetype kMinRunBytes = 1 << 20;
    // The array of a member of the top-level object is nested two levels deep.
    constexpr int kDepth = 2;
    const int threads = std::max(1, QThread::idealThreadCount());
    const qsizetype bytes = data.size() - open.offset;
    if (threads < 2 || bytes < 2 * kMinRunBytes)
        return std::nullopt;
    decideStreaming(rootSoFar);
    if (!m_streaming || !m_errors.isEmpty() || m_eventCount > 0)
        return std::nullopt;

    // Two runs per core (a core slowed by other work then takes fewer), about even in bytes.
    const qsizetype wanted = std::min<qsizetype>(qsizetype(threads) * 2, bytes / kMinRunBytes);
    std::vector<qsizetype> ends; // the ',' after each run but the last
    for (qsizetype k = 1; k < wanted; ++k) {
        const qsizetype comma = eventBoundaryAfter(data, open.offset + bytes * k / wanted);
        if (comma > (ends.empty() ? open.offset : ends.back()))
            ends.push_back(comma);
    }
    if (ends.empty())
        return std::nullopt;
    const int runs = int(ends.size()) + 1;

    // Each run is read by a copy of this validator (the definitions are shared, not copied).
    std::vector<Validator> readers(std::size_t(runs), *this);
    std::vector<JsonParser::Run> results(static_cast<std::size_t>(runs));
    std::atomic<int> next{0};
    auto work = [&] {
        for (int i; (i = next.fetch_add(1)) < runs;) {
            Validator &reader = readers[std::size_t(i)];
            // The first run starts where the parser stands; the others count lines from 1
            // (their positions serve only errors, and a run with an error is not taken).
            const JsonPosition from = i == 0
                ? JsonPosition{open.offset + 1, open.line, open.column + 1}
                : JsonPosition{ends[std::size_t(i) - 1] + 1, 1, 1};
            const qsizetype end = i + 1 < runs ? ends[std::size_t(i)] : -1;
            results[std::size_t(i)] = JsonParser::parseElements(
                data, from, end, kDepth,
                [&reader](JsonNode &&element) { reader.readEventElement(element); });
        }
    };
    std::vector<std::unique_ptr<QThread>> helpers;
    for (int h = 1; h < std::min(threads, runs); ++h) {
        helpers.emplace_back(QThread::create(work));
        helpers.back()->start();
    }
    work();
    for (const std::unique_ptr<QThread> &helper : helpers)
        helper->wait();

    // Taken only when the runs read as the whole array would have: no error, no id twice, the
    // limits kept together.
    QSet<std::pair<QString, QString>> dyads = m_dyads;
    qint64 expanded = m_expandedEffects;
    int lineBreaks = 0;
    for (std::size_t i = 0; i < readers.size(); ++i) {
        const Validator &reader = readers[i];
        if (!results[i].ok || !reader.m_errors.isEmpty())
            return std::nullopt;
        for (std::size_t j = 0; j < i; ++j) {
            for (auto it = reader.m_eventLines.cbegin(); it != reader.m_eventLines.cend(); ++it) {
                if (readers[j].m_eventLines.contains(it.key()))
                    return std::nullopt;
            }
        }
        dyads.unite(reader.m_dyads);
        expanded += reader.m_expandedEffects - m_expandedEffects;
        lineBreaks += results[i].lineBreaks;
    }
    if (dyads.size() > ChronologyReader::kMaxDyads
        || expanded > ChronologyReader::kMaxExpandedEffects)
        return std::nullopt;

    m_dyads = std::move(dyads);
    m_expandedEffects = expanded;
    for (Validator &reader : readers) {
        // (m_eventLines is not merged: the runs' lines are relative, and no event follows.)
        for (std::vector<Event> &chunk : reader.m_events)
            m_events.push_back(std::move(chunk));
        m_eventCount += reader.m_eventCount;
    }
    const JsonPosition &last = results.back().end;
    return JsonPosition{last.offset, open.line + lineBreaks,
                        results.back().lineBreaks > 0 ? last.column : columnAt(data, last.offset)};
}

void Validator::readDefinitions(const JsonNode &root)
{
    const QString where = tr("at the top level");
    m_actors = readActors(array(root, "actors", true, where), ActorKind::State);
    m_actors += readActors(array(root, "mechanisms", true, where), ActorKind::Mechanism);
    m_categories = readCategories(array(root, "categories", true, where));
    // Governments and conditions (which name governments) are read here when they came before
    // the events, so that everything is read in the order it was before the events streamed.
    m_governmentsRead = root.member("governments"_L1) != nullptr;
    if (m_governmentsRead)
        m_governmentList = readGovernments(array(root, "governments", false, where));
    m_conditionsRead = m_governmentsRead && root.member("conditions"_L1) != nullptr;
    if (m_conditionsRead)
        m_conditionList = readConditions(array(root, "conditions", false, where));
    m_definitionsRead = true;
}

Chronology Validator::read(const JsonNode &root)
{
    if (!root.isObject()) {
        error(root, tr("expected an object at the top level, found %1").arg(describe(root)));
        return {};
    }
    const QString where = tr("at the top level");
    checkKeys(root,
              {"format", "title", "source", "actors", "mechanisms", "categories", "governments",
               "conditions", "stories", "scenarios", "events"},
              where);
    if (const std::optional<double> format = wholeNumber(root, "format", true, where)) {
        if (*format != 1)
            error(*root.value("format"_L1),
                  tr("unsupported format %1; this version reads format 1")
                      .arg(root.value("format"_L1)->text));
    }
    const std::optional<LocalizedText> title = text(root, "title", true, where);
    const std::optional<LocalizedText> source = text(root, "source", false, where);
    if (!m_definitionsRead)
        readDefinitions(root);
    if (!m_governmentsRead)
        m_governmentList = readGovernments(array(root, "governments", false, where));
    if (!m_conditionsRead)
        m_conditionList = readConditions(array(root, "conditions", false, where));
    // The events the parser did not hand over as they came (none when they were streamed).
    if (const JsonNode *list = array(root, "events", true, where)) {
        for (const JsonNode &node : list->elements)
            readEventElement(node);
    }
    QList<Event> events = takeEvents();
    // Stories and scenarios refer to events: read once every event is known.
    QList<Story> stories = readStories(array(root, "stories", false, where), events);
    QList<Scenario> scenarios = readScenarios(array(root, "scenarios", false, where), events);
    Chronology chronology(title.value_or(LocalizedText()), source.value_or(LocalizedText()),
                          std::move(m_actors), std::move(m_categories), std::move(events),
                          std::move(m_governmentList), std::move(m_conditionList));
    chronology.setStories(std::move(stories));
    chronology.setScenarios(std::move(scenarios));
    return chronology;
}

QList<Actor> Validator::readActors(const JsonNode *list, ActorKind kind)
{
    QList<Actor> actors;
    if (!list)
        return actors;
    const bool isState = kind == ActorKind::State;
    const QString where = isState ? tr("in an actor") : tr("in a mechanism");
    static const QRegularExpression statePattern(
        QRegularExpression::anchoredPattern(u"[A-Z]{3}"_s));
    static const QRegularExpression mechanismPattern(
        QRegularExpression::anchoredPattern(u"[A-Z][A-Z0-9_]*"_s));
    for (const JsonNode &node : list->elements) {
        if (!node.isObject()) {
            error(node, isState ? tr("expected an actor object in \"actors\", found %1")
                                      .arg(describe(node))
                                : tr("expected a mechanism object in \"mechanisms\", found %1")
                                      .arg(describe(node)));
            continue;
        }
        checkKeys(node, {"id", "name", "lat", "lon"}, where);
        Actor actor;
        actor.kind = kind;
        if (const std::optional<QString> id = string(node, "id", true, where)) {
            actor.id = *id;
            const JsonNode &idNode = *node.value("id"_L1);
            if (isState && !matches(statePattern, *id)) {
                error(idNode, tr("invalid state id %1: expected three capital letters "
                                 "(ISO 3166-1 alpha-3)")
                                  .arg(quoted(*id)));
            } else if (!isState && !matches(mechanismPattern, *id)) {
                error(idNode, tr("invalid mechanism id %1: expected a capital letter, then "
                                 "capital letters, digits or '_'")
                                  .arg(quoted(*id)));
            }
            const auto it = m_actorIds.constFind(*id);
            if (it != m_actorIds.cend()) {
                error(idNode, tr("duplicate actor id %1 (first defined at line %2)")
                                  .arg(quoted(*id), QString::number(it->line)));
            } else {
                m_actorIds.insert(*id, ActorId{kind, idNode.line});
                if (m_actorIds.size() > ChronologyReader::kMaxActors && !m_actorLimitReported) {
                    m_actorLimitReported = true;
                    error(node, tr("too many actors: at most %1 states and mechanisms together")
                                    .arg(ChronologyReader::kMaxActors));
                }
            }
        }
        if (const std::optional<LocalizedText> name = text(node, "name", true, where))
            actor.name = *name;
        if (const std::optional<double> lat = number(node, "lat", false, where)) {
            if (checkRange(node, "lat", *lat, -90, 90))
                actor.latitude = *lat;
        }
        if (const std::optional<double> lon = number(node, "lon", false, where)) {
            if (checkRange(node, "lon", *lon, -180, 180))
                actor.longitude = *lon;
        }
        const JsonMember *lat = node.member("lat"_L1);
        const JsonMember *lon = node.member("lon"_L1);
        if (lat && !lon)
            error(lat->line, lat->column, tr("\"lat\" without \"lon\"; give both or neither"));
        if (lon && !lat)
            error(lon->line, lon->column, tr("\"lon\" without \"lat\"; give both or neither"));
        actors.append(actor);
    }
    return actors;
}

QList<Category> Validator::readCategories(const JsonNode *list)
{
    QList<Category> categories;
    if (!list)
        return categories;
    const QString where = tr("in a category");
    static const QRegularExpression idPattern(
        QRegularExpression::anchoredPattern(u"[a-z][a-z0-9_]*"_s));
    for (const JsonNode &node : list->elements) {
        if (!node.isObject()) {
            error(node, tr("expected a category object in \"categories\", found %1")
                            .arg(describe(node)));
            continue;
        }
        checkKeys(node, {"id", "score", "name", "basis"}, where);
        Category category;
        if (const std::optional<QString> id = string(node, "id", true, where)) {
            category.id = *id;
            const JsonNode &idNode = *node.value("id"_L1);
            if (!matches(idPattern, *id))
                error(idNode, tr("invalid category id %1: expected a small letter, then small "
                                 "letters, digits or '_'")
                                  .arg(quoted(*id)));
            const auto it = m_categoryLines.constFind(*id);
            if (it != m_categoryLines.cend()) {
                error(idNode, tr("duplicate category id %1 (first defined at line %2)")
                                  .arg(quoted(*id), QString::number(*it)));
            } else {
                m_categoryLines.insert(*id, idNode.line);
            }
        }
        if (const std::optional<double> score = number(node, "score", true, where)) {
            if (checkRange(node, "score", *score, -10, 10))
                category.score = *score;
        }
        if (const std::optional<LocalizedText> name = text(node, "name", true, where))
            category.name = *name;
        if (const std::optional<QString> basis = string(node, "basis", false, where))
            category.basis = *basis;
        categories.append(category);
    }
    return categories;
}

std::optional<QDate> Validator::day(const JsonNode &object, const char *key, bool required,
                                    const QString &where)
{
    const std::optional<DateText> d = date(object, key, required, where);
    if (!d)
        return std::nullopt;
    if (d->form != Precision::Day) {
        error(*object.value(QLatin1String(key)),
              tr("%1 must be a day (YYYY-MM-DD), found %2")
                  .arg(quoted(key), quoted(object.value(QLatin1String(key))->text)));
        return std::nullopt;
    }
    return d->first;
}

void Validator::checkUniqueId(const JsonNode &idNode, const QString &what,
                              QHash<QString, int> &seen)
{
    const auto it = seen.constFind(idNode.text);
    if (it != seen.cend())
        error(idNode, tr("duplicate %1 id %2 (first defined at line %3)")
                          .arg(what, quoted(idNode.text), QString::number(*it)));
    else
        seen.insert(idNode.text, idNode.line);
}

QList<Government> Validator::readGovernments(const JsonNode *list)
{
    QList<Government> governments;
    if (!list)
        return governments;
    const QString where = tr("in a government");
    static const QRegularExpression idPattern(
        QRegularExpression::anchoredPattern(u"[A-Za-z0-9][A-Za-z0-9_-]*"_s));
    static const QStringList orientations = {u"progressive"_s, u"conservative"_s,
                                             u"centrist"_s};
    for (const JsonNode &node : list->elements) {
        if (!node.isObject()) {
            error(node, tr("expected a government object in \"governments\", found %1")
                            .arg(describe(node)));
            continue;
        }
        checkKeys(node, {"id", "actor", "start", "end", "leader", "party", "orientation",
                         "source"},
                  where);
        Government g;
        if (const std::optional<QString> id = string(node, "id", true, where)) {
            g.id = *id;
            const JsonNode &idNode = *node.value("id"_L1);
            if (!matches(idPattern, *id))
                error(idNode, tr("invalid government id %1: expected a letter or digit, then "
                                 "letters, digits, '_' or '-'")
                                  .arg(quoted(*id)));
            checkUniqueId(idNode, tr("government"), m_governmentLines);
        }
        if (const std::optional<QString> actor = string(node, "actor", true, where)) {
            g.actor = *actor;
            checkState(*node.value("actor"_L1), tr("a government"));
        }
        const std::optional<QDate> start = day(node, "start", true, where);
        if (start)
            g.start = *start;
        if (const std::optional<QDate> end = day(node, "end", false, where)) {
            g.end = *end;
            if (start && *end < *start)
                error(*node.value("end"_L1), tr("end %1 is before start %2")
                                                 .arg(quoted(node.value("end"_L1)->text),
                                                      quoted(node.value("start"_L1)->text)));
        }
        if (const std::optional<LocalizedText> leader = text(node, "leader", true, where))
            g.leader = *leader;
        if (const std::optional<LocalizedText> party = text(node, "party", true, where))
            g.party = *party;
        if (const std::optional<QString> o = string(node, "orientation", true, where)) {
            g.orientation = *o;
            if (!orientations.contains(*o))
                error(*node.value("orientation"_L1),
                      tr("unknown orientation %1 (expected \"progressive\", \"conservative\" "
                         "or \"centrist\")")
                          .arg(quoted(*o)));
        }
        if (const JsonNode *source =
                field(node, "source", Type::Object, tr("an object"), true, where))
            g.source = readSource(*source);
        // Two terms of one state must not overlap.
        for (const Government &other : std::as_const(governments)) {
            if (g.actor.isEmpty() || other.actor != g.actor || !g.start.isValid()
                || !other.start.isValid())
                continue;
            const bool overlap = g.start <= other.end.value_or(QDate(9999, 12, 31))
                && other.start <= g.end.value_or(QDate(9999, 12, 31));
            if (overlap)
                error(*node.value("start"_L1), tr("government %1 overlaps %2 of the same state")
                                                   .arg(quoted(g.id), quoted(other.id)));
        }
        if (!g.id.isEmpty())
            m_governments.insert(g.id, g);
        governments.append(g);
    }
    return governments;
}

QList<Condition> Validator::readConditions(const JsonNode *list)
{
    QList<Condition> conditions;
    if (!list)
        return conditions;
    for (const JsonNode &node : list->elements) {
        if (!node.isObject()) {
            error(node, tr("expected a condition object in \"conditions\", found %1")
                            .arg(describe(node)));
            continue;
        }
        conditions.append(readCondition(node));
    }
    return conditions;
}

Condition Validator::readCondition(const JsonNode &node)
{
    const QString where = tr("in a condition");
    static const QRegularExpression idPattern(
        QRegularExpression::anchoredPattern(u"[a-z0-9][a-z0-9_-]*"_s));
    static const QStringList kinds = {u"structure"_s, u"stance"_s, u"constraint"_s};
    checkKeys(node, {"id", "kind", "actors", "layer", "start", "end", "level", "government",
                     "title", "rationale", "source"},
              where);
    Condition c;
    if (const std::optional<QString> id = string(node, "id", true, where)) {
        c.id = *id;
        const JsonNode &idNode = *node.value("id"_L1);
        if (!matches(idPattern, *id))
            error(idNode, tr("invalid condition id %1: expected a small letter or digit, then "
                             "small letters, digits, '_' or '-'")
                              .arg(quoted(*id)));
        checkUniqueId(idNode, tr("condition"), m_conditionLines);
    }
    if (const std::optional<QString> kind = string(node, "kind", true, where)) {
        c.kind = *kind;
        if (!kinds.contains(*kind))
            error(*node.value("kind"_L1),
                  tr("unknown condition kind %1 (expected \"structure\", \"stance\" or "
                     "\"constraint\")")
                      .arg(quoted(*kind)));
    }
    if (const JsonNode *states =
            field(node, "actors", Type::Array, tr("an array of state ids"), true, where)) {
        if (states->elements.size() < 2)
            error(*states, tr("a condition needs at least two states, found %1")
                               .arg(int(states->elements.size())));
        QSet<QString> seen;
        for (const JsonNode &id : states->elements) {
            if (!id.isString()) {
                error(id, tr("expected a string in \"actors\", found %1").arg(describe(id)));
                continue;
            }
            checkState(id, tr("a condition"));
            if (seen.contains(id.text))
                error(id, tr("%1 is listed twice in \"actors\"").arg(quoted(id.text)));
            seen.insert(id.text);
            c.actors.append(id.text);
        }
        if (c.actors.size() > ChronologyReader::kMaxAmongStates) {
            error(*states, tr("a condition lists %1 states; at most %2 are allowed (every pair "
                              "becomes a dyad)")
                               .arg(c.actors.size())
                               .arg(ChronologyReader::kMaxAmongStates));
        }
        countDyads(*states, c.actors);
    }
    if (const std::optional<QString> layer = string(node, "layer", true, where)) {
        const std::optional<Layer> l = layerFromName(*layer);
        if (l && *l != Layer::All)
            c.layer = *l;
        else
            error(*node.value("layer"_L1),
                  tr("unknown layer %1 (expected \"security\", \"political\" or \"economic\")")
                      .arg(quoted(*layer)));
    }
    const Government *term = nullptr;
    if (const std::optional<QString> government = string(node, "government", false, where)) {
        c.government = *government;
        const auto it = m_governments.constFind(*government);
        if (it == m_governments.cend())
            error(*node.value("government"_L1),
                  tr("unknown government id %1").arg(quoted(*government)));
        else
            term = &*it;
        if (c.kind != u"stance"_s && kinds.contains(c.kind))
            error(*node.value("government"_L1),
                  tr("\"government\" is only allowed in a condition of kind \"stance\""));
    }
    // A stance bound to a government (known or not) takes its start from the term.
    const std::optional<QDate> start = day(node, "start", !node.value("government"_L1), where);
    if (start)
        c.start = *start;
    else if (term)
        c.start = term->start;
    if (const std::optional<QDate> end = day(node, "end", false, where)) {
        c.end = *end;
        if (c.start.isValid() && *end < c.start)
            error(*node.value("end"_L1), tr("end %1 is before start %2")
                                             .arg(quoted(node.value("end"_L1)->text),
                                                  quoted(c.start.toString(Qt::ISODate))));
    } else if (term) {
        c.end = term->end;
    }
    if (term && !c.actors.isEmpty() && !c.actors.contains(term->actor))
        error(*node.value("government"_L1),
              tr("government %1 governs %2, which is not among the condition's actors")
                  .arg(quoted(c.government), quoted(term->actor)));
    if (const std::optional<double> level = number(node, "level", true, where)) {
        if (checkRange(node, "level", *level, -10, 10))
            c.level = *level;
    }
    if (const std::optional<LocalizedText> title = text(node, "title", true, where))
        c.title = *title;
    if (const std::optional<QString> rationale = string(node, "rationale", true, where)) {
        c.rationale = *rationale;
        if (rationale->trimmed().isEmpty())
            error(*node.value("rationale"_L1), tr("\"rationale\" must not be empty"));
    }
    if (const JsonNode *source =
            field(node, "source", Type::Object, tr("an object"), true, where))
        c.source = readSource(*source);
    return c;
}

void Validator::readEventElement(const JsonNode &node)
{
    if (!node.isObject()) {
        error(node, tr("expected an event object in \"events\", found %1").arg(describe(node)));
        return;
    }
    // Chunks, not one growing list: growing it would hold the old and the new array at once.
    constexpr std::size_t kChunk = 4096;
    if (m_events.empty() || m_events.back().size() == kChunk) {
        m_events.emplace_back();
        m_events.back().reserve(kChunk);
    }
    m_events.back().push_back(readEvent(node));
    ++m_eventCount;
}

QList<Event> Validator::takeEvents()
{
    QList<Event> events;
    events.reserve(m_eventCount);
    for (std::vector<Event> &chunk : m_events) {
        for (Event &e : chunk)
            events.append(std::move(e));
        std::vector<Event>().swap(chunk);
    }
    m_events.clear();
    return events;
}

Event Validator::readEvent(const JsonNode &node)
{
    const QString &where = m_inEvent;
    checkKeys(node,
              {"id", "date", "precision", "end", "title", "summary", "category", "actors",
               "effects", "source", "context"},
              where);
    Event event;
    if (const std::optional<QString> id = string(node, "id", true, where)) {
        event.id = *id;
        const JsonNode &idNode = *node.value("id"_L1);
        if (!isEventId(*id))
            error(idNode, tr("invalid event id %1: expected a small letter or digit, then small "
                             "letters, digits, '_' or '-'")
                              .arg(quoted(*id)));
        const auto it = m_eventLines.constFind(*id);
        if (it != m_eventLines.cend()) {
            error(idNode, tr("duplicate event id %1 (first defined at line %2)")
                              .arg(quoted(*id), QString::number(*it)));
        } else {
            m_eventLines.insert(*id, idNode.line);
        }
    }

    std::optional<Precision> precision;
    if (const std::optional<QString> p = string(node, "precision", true, where)) {
        precision = precisionFromName(*p);
        if (precision)
            event.precision = *precision;
        else
            error(*node.value("precision"_L1),
                  tr("unknown precision %1 (expected \"day\", \"month\" or \"year\")")
                      .arg(quoted(*p)));
    }
    const std::optional<DateText> date = this->date(node, "date", true, where);
    if (date) {
        event.date = date->first;
        if (precision && date->form != *precision) {
            const JsonNode &dateNode = *node.value("date"_L1);
            error(dateNode, tr("date %1 does not match precision %2 (expected %3)")
                                .arg(quoted(dateNode.text), quoted(precisionName(*precision)),
                                     dateFormatName(*precision)));
        }
    }
    if (const std::optional<DateText> end = this->date(node, "end", false, where)) {
        event.end = end->last;
        if (date && end->last < date->first) {
            error(*node.value("end"_L1), tr("end %1 is before date %2")
                                             .arg(quoted(node.value("end"_L1)->text),
                                                  quoted(node.value("date"_L1)->text)));
        }
    }

    if (const std::optional<LocalizedText> title = text(node, "title", true, where))
        event.title = *title;
    if (const std::optional<LocalizedText> summary = text(node, "summary", true, where))
        event.summary = shareEqual(*summary, event.title);
    if (const std::optional<QString> category = string(node, "category", true, where)) {
        event.category = intern(*category);
        if (!m_categoryLines.contains(*category))
            error(*node.value("category"_L1), tr("unknown category id %1").arg(quoted(*category)));
    }
    if (const JsonNode *actors = array(node, "actors", true, where))
        readEventActors(*actors, event);
    if (const JsonNode *effects = array(node, "effects", true, where)) {
        event.effects.reserve(qsizetype(effects->elements.size()));
        for (const JsonNode &effect : effects->elements) {
            event.effects.append(readEffect(effect));
            // An effect on the event's own actors (the usual case) shares their list.
            if (event.effects.last().actors == event.actors)
                event.effects.last().actors = event.actors;
        }
    }
    if (const JsonNode *source = field(node, "source", Type::Object, m_anObject, true, where))
        event.source = readSource(*source);
    if (const std::optional<bool> context = boolean(node, "context", false, where))
        event.context = *context;
    return event;
}

void Validator::readEventActors(const JsonNode &list, Event &event)
{
    if (list.elements.empty())
        error(list, tr("\"actors\" must name at least one actor"));
    for (const JsonNode &id : list.elements) {
        if (!id.isString()) {
            error(id, tr("expected a string in \"actors\", found %1").arg(describe(id)));
            continue;
        }
        if (!m_actorIds.contains(id.text))
            error(id, tr("unknown actor id %1").arg(quoted(id.text)));
        if (event.actors.contains(id.text)) // the ids so far (a set cost an allocation)
            error(id, tr("%1 is listed twice in \"actors\"").arg(quoted(id.text)));
        event.actors.append(intern(id.text));
    }
}

std::optional<QString> Validator::paperSection(const JsonNode &object, bool required,
                                               const QString &where)
{
    static const QStringList sections = {u"intro"_s, u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s};
    const std::optional<QString> section = string(object, "section", required, where);
    if (section && !sections.contains(*section))
        error(*object.value("section"_L1),
              tr("unknown section %1 (expected \"intro\", \"1\", \"2\", \"3\", \"4\" or "
                 "\"5\")")
                  .arg(quoted(*section)));
    return section;
}

Source Validator::readSource(const JsonNode &node)
{
    const QString &where = m_inSource;
    static const QRegularExpression footnotePattern(
        QRegularExpression::anchoredPattern(u"\\[[1-9][0-9]*\\] \\S(.*\\S)? [0-9]{4}[a-z]?"_s));
    checkKeys(node, {"section", "footnote", "document", "note"}, where);
    Source source;
    if (const std::optional<QString> section = paperSection(node, true, where))
        source.section = intern(*section);
    if (const std::optional<QString> footnote = string(node, "footnote", true, where)) {
        source.footnote = intern(*footnote);
        if (*footnote != u"none"_s && !matches(footnotePattern, *footnote))
            error(*node.value("footnote"_L1),
                  tr("invalid footnote %1 (expected \"[n] author year\" or \"none\")")
                      .arg(quoted(*footnote)));
    }
    if (const std::optional<QString> document = string(node, "document", false, where))
        source.document = *document;
    if (const std::optional<QString> note = string(node, "note", false, where))
        source.note = *note;
    return source;
}

Effect Validator::readEffect(const JsonNode &node)
{
    Effect effect;
    if (!node.isObject()) {
        error(node, tr("expected an effect object in \"effects\", found %1").arg(describe(node)));
        return effect;
    }
    const JsonMember *shape = nullptr;
    for (const JsonMember &m : node.members) {
        if (m.key != "dyad"_L1 && m.key != "among"_L1 && m.key != "member"_L1)
            continue;
        if (shape) {
            error(m.line, m.column, tr("an effect cannot have both %1 and %2; give exactly one")
                                        .arg(quoted(shape->key), quoted(m.key)));
            return effect;
        }
        shape = &m;
    }
    if (!shape) {
        error(node, tr("an effect needs exactly one of \"dyad\", \"among\" or \"member\""));
        return effect;
    }
    if (shape->key == "member"_L1)
        readMembershipEffect(node, effect);
    else
        readDyadEffect(node, shape->key == "among"_L1, effect);
    return effect;
}

void Validator::checkState(const JsonNode &id, const QString &what)
{
    const auto it = m_actorIds.constFind(id.text);
    if (it == m_actorIds.cend())
        error(id, tr("unknown actor id %1").arg(quoted(id.text)));
    else if (it->kind != ActorKind::State)
        error(id, tr("%1 is a mechanism, but %2 needs states").arg(quoted(id.text), what));
}

void Validator::readDyadEffect(const JsonNode &node, bool among, Effect &effect)
{
    const char *shapeKey = among ? "among" : "dyad";
    const QString &where = among ? m_inAmongEffect : m_inDyadEffect;
    const QString &what = among ? m_among : m_aDyad;
    for (const JsonMember &m : node.members) {
        if (m.key == QLatin1String(shapeKey) || m.key == "layer"_L1 || m.key == "tier"_L1
            || m.key == "score"_L1 || m.key == "ongoing"_L1 || m.key == "rationale"_L1)
            continue;
        if (m.key == "mechanism"_L1 || m.key == "action"_L1 || m.key == "role"_L1)
            error(m.line, m.column,
                  tr("%1 is only allowed in a membership effect").arg(quoted(m.key)));
        else
            error(m.line, m.column, tr("unknown key %1 %2").arg(quoted(m.key), where));
    }

    effect.kind = Effect::Kind::Dyad;
    effect.among = among;
    if (const JsonNode *states =
            field(node, shapeKey, Type::Array, m_anArrayOfStateIds, true, where)) {
        const int count = int(states->elements.size());
        if (!among && count != 2)
            error(*states, tr("a dyad needs exactly two states, found %1").arg(count));
        if (among && count < 3)
            error(*states, tr("\"among\" needs at least three states, found %1").arg(count));
        if (among && count > ChronologyReader::kMaxAmongStates) {
            error(*states, tr("\"among\" lists %1 states; at most %2 are allowed (every pair "
                              "becomes a dyad)")
                               .arg(count)
                               .arg(ChronologyReader::kMaxAmongStates));
        }
        for (const JsonNode &id : states->elements) {
            if (!id.isString()) {
                error(id, tr("expected a string in %1, found %2")
                              .arg(quoted(shapeKey), describe(id)));
                continue;
            }
            checkState(id, what);
            if (effect.actors.contains(id.text)) { // the ids so far
                error(id, among ? tr("\"among\" lists %1 twice").arg(quoted(id.text))
                                : tr("a dyad needs two different states, found %1 twice")
                                      .arg(quoted(id.text)));
            }
            effect.actors.append(intern(id.text));
        }
        countDyads(*states, effect.actors);
    }
    if (const std::optional<QString> layer = string(node, "layer", true, where)) {
        const std::optional<Layer> l = layerFromName(*layer);
        if (l && *l != Layer::All)
            effect.layer = *l;
        else
            error(*node.value("layer"_L1),
                  tr("unknown layer %1 (expected \"security\", \"political\" or \"economic\")")
                      .arg(quoted(*layer)));
    }
    if (const std::optional<double> tier = wholeNumber(node, "tier", false, where)) {
        if (checkRange(node, "tier", *tier, -2, 4))
            effect.tier = int(*tier);
    }
    if (const std::optional<double> score = number(node, "score", false, where)) {
        if (checkRange(node, "score", *score, -10, 10))
            effect.score = *score;
    }
    if (const std::optional<bool> ongoing = boolean(node, "ongoing", false, where))
        effect.ongoing = *ongoing;
    readRationale(node, where, effect);
}

void Validator::readMembershipEffect(const JsonNode &node, Effect &effect)
{
    const QString &where = m_inMembershipEffect;
    for (const JsonMember &m : node.members) {
        if (m.key == "member"_L1 || m.key == "mechanism"_L1 || m.key == "action"_L1
            || m.key == "role"_L1 || m.key == "rationale"_L1)
            continue;
        if (m.key == "layer"_L1 || m.key == "tier"_L1 || m.key == "score"_L1
            || m.key == "ongoing"_L1)
            error(m.line, m.column,
                  tr("%1 is only allowed in dyad and among effects").arg(quoted(m.key)));
        else
            error(m.line, m.column, tr("unknown key %1 %2").arg(quoted(m.key), where));
    }

    effect.kind = Effect::Kind::Membership;
    effect.role = u"member"_s;
    if (const std::optional<QString> member = string(node, "member", true, where)) {
        effect.member = intern(*member);
        const JsonNode &idNode = *node.value("member"_L1);
        const auto it = m_actorIds.constFind(*member);
        if (it == m_actorIds.cend())
            error(idNode, tr("unknown actor id %1").arg(quoted(*member)));
        else if (it->kind != ActorKind::State)
            error(idNode, tr("member %1 is a mechanism; a member must be a state")
                              .arg(quoted(*member)));
    }
    if (const std::optional<QString> mechanism = string(node, "mechanism", true, where)) {
        effect.mechanism = intern(*mechanism);
        const JsonNode &idNode = *node.value("mechanism"_L1);
        const auto it = m_actorIds.constFind(*mechanism);
        if (it == m_actorIds.cend())
            error(idNode, tr("unknown mechanism id %1").arg(quoted(*mechanism)));
        else if (it->kind != ActorKind::Mechanism)
            error(idNode, tr("%1 is a state; \"mechanism\" must name a mechanism")
                              .arg(quoted(*mechanism)));
    }
    if (const std::optional<QString> action = string(node, "action", true, where)) {
        if (*action == u"join"_s)
            effect.action = Effect::Action::Join;
        else if (*action == u"leave"_s)
            effect.action = Effect::Action::Leave;
        else
            error(*node.value("action"_L1),
                  tr("unknown action %1 (expected \"join\" or \"leave\")").arg(quoted(*action)));
    }
    if (const std::optional<QString> role = string(node, "role", false, where)) {
        effect.role = intern(*role);
        if (*role != u"member"_s && *role != u"partner"_s && *role != u"observer"_s)
            error(*node.value("role"_L1),
                  tr("unknown role %1 (expected \"member\", \"partner\" or \"observer\")")
                      .arg(quoted(*role)));
    }
    readRationale(node, where, effect);
}

void Validator::countDyads(const JsonNode &states, const QStringList &ids)
{
    if (ids.size() > ChronologyReader::kMaxAmongStates)
        return; // already refused; do not expand it
    m_expandedEffects += qint64(ids.size()) * (ids.size() - 1) / 2;
    if (m_expandedEffects > ChronologyReader::kMaxExpandedEffects && !m_effectLimitReported) {
        m_effectLimitReported = true;
        error(states, tr("too many dyad effects: at most %1 after \"among\" is expanded to "
                         "every pair")
                          .arg(ChronologyReader::kMaxExpandedEffects));
    }
    if (m_dyadLimitReported)
        return;
    for (int i = 0; i < ids.size(); ++i) {
        for (int j = i + 1; j < ids.size(); ++j) {
            m_dyads.insert(ids[i] < ids[j] ? std::pair(ids[i], ids[j]) : std::pair(ids[j], ids[i]));
            if (m_dyads.size() > ChronologyReader::kMaxDyads) {
                m_dyadLimitReported = true;
                error(states, tr("too many dyads: at most %1 pairs of states may have effects")
                                  .arg(ChronologyReader::kMaxDyads));
                return;
            }
        }
    }
}

void Validator::readRationale(const JsonNode &node, const QString &where, Effect &effect)
{
    const std::optional<QString> rationale = string(node, "rationale", true, where);
    if (!rationale)
        return;
    effect.rationale = intern(*rationale);
    const JsonNode &textNode = *node.value("rationale"_L1);
    if (rationale->trimmed().isEmpty())
        error(textNode, tr("\"rationale\" must not be empty"));
    else if (rationale->contains(u'\n') || rationale->contains(u'\r'))
        error(textNode, tr("\"rationale\" must be one line"));
}

// ---------------------------------------------------------------------------------------
// Stories (docs/DATA.md, "Stories").

QList<Story> Validator::readStories(const JsonNode *list, const QList<Event> &events)
{
    QList<Story> stories;
    if (!list)
        return stories;
    QHash<QString, QDate> eventDates;
    for (const Event &e : events)
        eventDates.insert(e.id, e.date);
    const QString where = tr("in a story");
    static const QRegularExpression idPattern(
        QRegularExpression::anchoredPattern(u"[a-z0-9][a-z0-9_-]*"_s));
    for (const JsonNode &node : list->elements) {
        if (!node.isObject()) {
            error(node, tr("expected a story object in \"stories\", found %1").arg(describe(node)));
            continue;
        }
        checkKeys(node, {"id", "title", "steps"}, where);
        Story story;
        if (const std::optional<QString> id = string(node, "id", true, where)) {
            story.id = *id;
            const JsonNode &idNode = *node.value("id"_L1);
            if (!matches(idPattern, *id))
                error(idNode, tr("invalid story id %1: expected a small letter or digit, then "
                                 "small letters, digits, '_' or '-'")
                                  .arg(quoted(*id)));
            checkUniqueId(idNode, tr("story"), m_storyLines);
        }
        if (const std::optional<LocalizedText> title = text(node, "title", true, where))
            story.title = *title;
        if (const JsonNode *steps = array(node, "steps", true, where)) {
            if (steps->elements.empty())
                error(*steps, tr("a story needs at least one step"));
            for (const JsonNode &step : steps->elements) {
                if (!step.isObject()) {
                    error(step, tr("expected a step object in \"steps\", found %1")
                                    .arg(describe(step)));
                    continue;
                }
                story.steps.append(readStoryStep(step, eventDates));
            }
        }
        stories.append(story);
    }
    return stories;
}

StoryStep Validator::readStoryStep(const JsonNode &node, const QHash<QString, QDate> &eventDates)
{
    const QString where = tr("in a story step");
    checkKeys(node, {"event", "date", "layer", "focus", "highlight_edges", "highlight_actors",
                     "caption", "notes", "section"},
              where);
    StoryStep step;
    if (const std::optional<QString> event = string(node, "event", false, where)) {
        step.event = *event;
        const auto it = eventDates.constFind(*event);
        if (it == eventDates.cend())
            error(*node.value("event"_L1), tr("unknown event id %1").arg(quoted(*event)));
        else
            step.date = *it;
    }
    if (const std::optional<QDate> date = day(node, "date", false, where))
        step.date = *date;
    if (!node.value("event"_L1) && !node.value("date"_L1))
        error(node, tr("a story step needs \"event\" or \"date\" (or both)"));
    if (const std::optional<QString> layer = string(node, "layer", false, where)) {
        if (const std::optional<Layer> l = layerFromName(*layer))
            step.layer = *l;
        else
            error(*node.value("layer"_L1),
                  tr("unknown layer %1 (expected \"all\", \"security\", \"political\" or "
                     "\"economic\")")
                      .arg(quoted(*layer)));
    }
    step.focus = storyActorList(node, "focus", where);
    if (const JsonNode *edges = field(node, "highlight_edges", Type::Array,
                                      tr("an array of \"A|B\" pairs"), false, where)) {
        QSet<DyadKey> seen;
        for (const JsonNode &pair : edges->elements) {
            if (!pair.isString()) {
                error(pair, tr("expected a string \"A|B\" in \"highlight_edges\", found %1")
                                .arg(describe(pair)));
                continue;
            }
            const std::optional<DyadKey> key = DyadKey::parse(pair.text);
            if (!key) {
                error(pair, tr("invalid pair %1: expected two different actor ids joined by "
                               "'|' (e.g. \"JPN|KOR\")")
                                .arg(quoted(pair.text)));
                continue;
            }
            bool known = true;
            for (const QString &id : {key->a, key->b}) {
                if (!m_actorIds.contains(id)) {
                    error(pair, tr("unknown actor id %1 in %2").arg(quoted(id), quoted(pair.text)));
                    known = false;
                }
            }
            if (!known)
                continue;
            if (seen.contains(*key))
                error(pair, tr("%1 is listed twice in \"highlight_edges\"").arg(quoted(pair.text)));
            seen.insert(*key);
            step.highlightEdges.append(*key);
        }
    }
    step.highlightActors = storyActorList(node, "highlight_actors", where);
    if (const std::optional<LocalizedText> caption = text(node, "caption", true, where))
        step.caption = *caption;
    if (const std::optional<LocalizedText> notes = text(node, "notes", false, where))
        step.notes = *notes;
    if (const std::optional<QString> section = paperSection(node, false, where))
        step.section = *section;
    return step;
}

QStringList Validator::storyActorList(const JsonNode &step, const char *key, const QString &where)
{
    QStringList ids;
    const JsonNode *list = field(step, key, Type::Array, tr("an array of actor ids"), false, where);
    if (!list)
        return ids;
    for (const JsonNode &id : list->elements) {
        if (!id.isString()) {
            error(id, tr("expected a string in %1, found %2").arg(quoted(key), describe(id)));
            continue;
        }
        if (!m_actorIds.contains(id.text)) {
            error(id, tr("unknown actor id %1").arg(quoted(id.text)));
            continue;
        }
        if (ids.contains(id.text)) {
            error(id, tr("%1 is listed twice in %2").arg(quoted(id.text), quoted(key)));
            continue;
        }
        ids.append(id.text);
    }
    return ids;
}

// The "scenarios" array: what-ifs over this file's events (docs/DATA.md "Scenarios").
QList<Scenario> Validator::readScenarios(const JsonNode *list, const QList<Event> &events)
{
    QList<Scenario> scenarios;
    if (!list)
        return scenarios;
    QHash<QString, const Event *> byId;
    for (const Event &e : events)
        byId.insert(e.id, &e);
    for (const JsonNode &node : list->elements) {
        if (!node.isObject()) {
            error(node, tr("expected a scenario object in \"scenarios\", found %1")
                            .arg(describe(node)));
            continue;
        }
        scenarios.append(readScenario(node, byId));
    }
    return scenarios;
}

Scenario Validator::readScenario(const JsonNode &node, const QHash<QString, const Event *> &events)
{
    const QString where = tr("in a scenario");
    static const QRegularExpression idPattern(
        QRegularExpression::anchoredPattern(u"[a-z0-9][a-z0-9_-]*"_s));
    checkKeys(node, {"id", "name", "note", "without_events", "without_categories", "overrides"},
              where);
    Scenario scenario;
    if (const std::optional<QString> id = string(node, "id", true, where)) {
        scenario.id = *id;
        const JsonNode &idNode = *node.value("id"_L1);
        if (!matches(idPattern, *id))
            error(idNode, tr("invalid scenario id %1: expected a small letter or digit, then "
                             "small letters, digits, '_' or '-'")
                              .arg(quoted(*id)));
        checkUniqueId(idNode, tr("scenario"), m_scenarioLines);
    }
    if (const std::optional<QString> name = string(node, "name", true, where)) {
        scenario.name = *name;
        if (name->trimmed().isEmpty())
            error(*node.value("name"_L1), tr("the name of a scenario must not be empty"));
    }
    if (const std::optional<QString> note = string(node, "note", false, where))
        scenario.note = *note;
    readScenarioIds(node, "without_events", true, events, scenario.withoutEvents);
    readScenarioIds(node, "without_categories", false, events, scenario.withoutCategories);
    if (const JsonNode *overrides = array(node, "overrides", false, where)) {
        for (const JsonNode &o : overrides->elements) {
            if (!o.isObject()) {
                error(o, tr("expected an override object in \"overrides\", found %1")
                             .arg(describe(o)));
                continue;
            }
            scenario.overrides.append(readOverride(o, events));
        }
    }
    return scenario;
}

void Validator::readScenarioIds(const JsonNode &node, const char *key, bool events,
                                const QHash<QString, const Event *> &known, QStringList &out)
{
    const JsonNode *list = array(node, key, false, tr("in a scenario"));
    if (!list)
        return;
    QSet<QString> seen;
    for (const JsonNode &id : list->elements) {
        if (!id.isString()) {
            error(id, tr("expected a string in %1, found %2").arg(quoted(key), describe(id)));
            continue;
        }
        if (events ? !known.contains(id.text) : !m_categoryLines.contains(id.text))
            error(id, events ? tr("unknown event id %1").arg(quoted(id.text))
                             : tr("unknown category id %1").arg(quoted(id.text)));
        if (seen.contains(id.text))
            error(id, tr("%1 is listed twice in %2").arg(quoted(id.text), quoted(key)));
        seen.insert(id.text);
        out.append(id.text);
    }
}

EffectOverride Validator::readOverride(const JsonNode &node,
                                       const QHash<QString, const Event *> &events)
{
    const QString where = tr("in an override");
    checkKeys(node, {"event", "effect", "score", "tier"}, where);
    EffectOverride o;
    const Event *event = nullptr;
    if (const std::optional<QString> id = string(node, "event", true, where)) {
        o.event = *id;
        event = events.value(*id);
        if (!event)
            error(*node.value("event"_L1), tr("unknown event id %1").arg(quoted(*id)));
    }
    if (const std::optional<double> index = wholeNumber(node, "effect", true, where)) {
        const JsonNode &indexNode = *node.value("effect"_L1);
        if (*index < 0 || *index > std::numeric_limits<int>::max()) {
            error(indexNode, tr("\"effect\" must be an index from 0, found %1").arg(indexNode.text));
        } else {
            o.effect = int(*index);
            if (event && o.effect >= event->effects.size())
                error(indexNode, tr("event %1 has no effect %2 (its effects are numbered 0 to "
                                    "%3)")
                                     .arg(quoted(event->id), indexNode.text,
                                          QString::number(event->effects.size() - 1)));
            else if (event && event->effects[o.effect].kind != Effect::Kind::Dyad)
                error(indexNode, tr("effect %1 of event %2 is a membership; only dyad and among "
                                    "effects can be overridden")
                                     .arg(indexNode.text, quoted(event->id)));
        }
    }
    if (const std::optional<double> score = number(node, "score", false, where)) {
        if (checkRange(node, "score", *score, -10, 10))
            o.score = *score;
    }
    if (const std::optional<double> tier = wholeNumber(node, "tier", false, where)) {
        if (checkRange(node, "tier", *tier, -2, 4))
            o.tier = int(*tier);
    }
    if (!node.value("score"_L1) && !node.value("tier"_L1))
        error(node, tr("an override needs \"score\", \"tier\" or both"));
    return o;
}

} // namespace

namespace {

/// The error of a file over kMaxFileSize.
QString tooLarge()
{
    return ChronologyReader::tr("file is larger than the %1 MiB limit")
        .arg(ChronologyReader::kMaxFileSize / (1024 * 1024));
}

} // namespace

ChronologyReader::Result ChronologyReader::readData(const QByteArray &data,
                                                    const QString &fileName)
{
    return read(data, fileName, nullptr);
}

ChronologyReader::Result ChronologyReader::read(const QByteArray &data, const QString &fileName,
                                                QByteArray *release)
{
    Result result;
    if (data.size() > kMaxFileSize) {
        result.errors.append(
            ReadError{fileName, 1, 1, tooLarge()});
        return result;
    }
    // The events are validated and built as they are parsed: the tree never holds them all.
    Validator validator(fileName);
    const JsonParser::ElementSink events{
        "events"_L1,
        [&validator](const JsonNode &rootSoFar, const JsonNode &element) {
            return validator.takeEvent(rootSoFar, element);
        },
        [&validator, &data](const JsonNode &rootSoFar, const JsonPosition &open) {
            return validator.takeEventArray(data, rootSoFar, open);
        }};
    const JsonParser::Result parsed = JsonParser::parse(data, &events);
    if (!parsed.ok()) {
        result.errors.append(ReadError{fileName, parsed.error.line, parsed.error.column,
                                       parsed.error.message});
        return result;
    }
    // The bytes are parsed: free them before the events are gathered into one list.
    if (release)
        *release = QByteArray();
    Chronology chronology = validator.read(*parsed.root);
    result.errors = validator.errors();
    if (result.errors.isEmpty())
        result.chronology = std::move(chronology);
    return result;
}

ChronologyReader::Result ChronologyReader::readFile(const QString &path)
{
    Result result;
    // A FIFO, a device or a directory would block or fail in read(): refuse it before opening.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        result.errors.append(ReadError{
            path, 0, 0,
            info.isDir() ? tr("is a directory, not a chronology file")
                         : tr("is not a regular file (a FIFO, socket or device); "
                              "chronologies are read from regular files only")});
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors.append(
            ReadError{path, 0, 0, tr("cannot open file: %1").arg(file.errorString())});
        return result;
    }
    if (file.size() > kMaxFileSize) {
        result.errors.append(ReadError{path, 1, 1, tooLarge()});
        return result;
    }
    // Read into a buffer of the file's size (QIODevice::read(n) may hold twice that), plus one
    // byte so that a file that grew since size() is still refused.
    QByteArray data(std::min(file.size(), kMaxFileSize) + 1, Qt::Uninitialized);
    qint64 got = 0;
    while (got < data.size()) {
        const qint64 n = file.read(data.data() + got, data.size() - got);
        if (n <= 0)
            break;
        got += n;
    }
    data.truncate(got);
    if (file.error() != QFileDevice::NoError) {
        result.errors.append(
            ReadError{path, 0, 0, tr("cannot read file: %1").arg(file.errorString())});
        return result;
    }
    return read(data, path, &data);
}

} // namespace AllianceScope
