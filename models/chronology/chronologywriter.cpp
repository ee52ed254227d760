// ChronologyWriter: prints a Chronology as JSON text directly, keys in the order of docs/DATA.md
// (no tree of the document is built: a 10,000-event file is written in a few tens of ms).
#include "chronologywriter.h"

#include "io/atomicwrite.h"

#include <charconv>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

/**
 * Prints JSON as it is produced. Layout (unchanged from the tree-based writer before it): two
 * spaces a level; a container whose items are all scalars or empty containers goes on one line
 * (items joined by ", ") when that line, with a ',' after it, stays within kLineWidth characters;
 * every other container has one item a line. A container is written on one line while it may
 * stay so; it is broken into lines when a child container gets an item or when it ends too long
 * (only the text since its bracket is rewritten, so the cost stays linear).
 */
class Printer
{
public:
    explicit Printer(qsizetype reserve) { m_out.reserve(reserve); }

    void beginObject() { begin(true); }
    void beginArray() { begin(false); }
    void end();
    /// The key of the next value in the current object.
    Printer &key(QStringView key)
    {
        item();
        m_out += u'"';
        m_out += key;
        m_out += u"\": "_s;
        return *this;
    }
    void string(const QString &s)
    {
        beforeValue();
        appendString(s);
    }
    void number(double v)
    {
        beforeValue();
        if (!std::isfinite(v)) { // null: the format does not allow them anyway
            m_out += u"null"_s;
            return;
        }
        char buffer[64];
        const std::to_chars_result r = std::to_chars(buffer, buffer + sizeof buffer, v);
        m_out += QLatin1StringView(buffer, r.ptr - buffer);
    }
    void integer(int v)
    {
        beforeValue();
        m_out += QString::number(v);
    }
    void boolean(bool v)
    {
        beforeValue();
        m_out += v ? u"true"_s : u"false"_s;
    }
    QString &text() { return m_out; }

private:
    static constexpr qsizetype kLineWidth = 100;
    struct Frame
    {
        qsizetype start;     ///< where its bracket is in m_out
        std::size_t items;   ///< its first entry in m_items
        bool isObject;
        bool oneLine = true; ///< still written on one line
        int count = 0;
    };

    void begin(bool isObject)
    {
        beforeValue();
        m_frames.push_back(Frame{m_out.size(), m_items.size(), isObject});
        m_out += isObject ? u'{' : u'[';
    }
    /// An array's element starts a new item; an object's value follows its key().
    void beforeValue()
    {
        if (!m_frames.empty() && !m_frames.back().isObject)
            item();
    }
    /// Starts an item of the innermost container (the separator and, on lines, the indent).
    void item()
    {
        Frame &f = m_frames.back();
        const std::size_t depth = m_frames.size() - 1;
        if (f.count == 0 && depth > 0 && m_frames[depth - 1].oneLine)
            breakLines(depth - 1); // its parent holds a container with items now
        if (f.oneLine) {
            if (f.count > 0)
                m_out += u", "_s;
            m_items.push_back(m_out.size());
        } else {
            if (f.count > 0)
                m_out += u',';
            newLine(depth + 1);
        }
        ++f.count;
    }
    void newLine(std::size_t indent)
    {
        m_out += u'\n';
        m_out.append(QString(qsizetype(2 * indent), u' '));
    }
    /// Rewrites the container at @p depth (written on one line so far, the end of m_out) with
    /// one item a line.
    void breakLines(std::size_t depth)
    {
        Frame &f = m_frames[depth];
        const qsizetype from = f.start + 1;
        m_tail.resize(0);
        m_tail.append(QStringView(m_out).mid(from));
        m_out.truncate(from);
        const std::size_t n = m_items.size() - f.items;
        for (std::size_t i = 0; i < n; ++i) {
            const qsizetype begin = m_items[f.items + i] - from;
            const qsizetype end = i + 1 < n ? m_items[f.items + i + 1] - from - 2 : m_tail.size();
            if (i > 0)
                m_out += u',';
            newLine(depth + 1);
            m_out += QStringView(m_tail).mid(begin, end - begin);
        }
        m_items.resize(f.items);
        f.oneLine = false;
        if (depth + 1 < m_frames.size()) // the child whose item broke it: its bracket moved
            m_frames[depth + 1] = Frame{m_out.size() - 1, m_items.size(), m_frames[depth + 1].isObject};
    }
    void appendString(const QString &s)
    {
        m_out += u'"';
        const QChar *data = s.constData();
        const qsizetype size = s.size();
        qsizetype plain = 0; // start of the run not yet appended
        for (qsizetype i = 0; i < size; ++i) {
            const char16_t c = data[i].unicode();
            if (c >= 0x20 && c != u'"' && c != u'\\')
                continue;
            m_out.append(data + plain, i - plain);
            plain = i + 1;
            switch (c) {
            case u'"': m_out += u"\\\""_s; break;
            case u'\\': m_out += u"\\\\"_s; break;
            case u'\b': m_out += u"\\b"_s; break;
            case u'\f': m_out += u"\\f"_s; break;
            case u'\n': m_out += u"\\n"_s; break;
            case u'\r': m_out += u"\\r"_s; break;
            case u'\t': m_out += u"\\t"_s; break;
            default: m_out += u"\\u"_s + QString::number(c, 16).rightJustified(4, u'0');
            }
        }
        m_out.append(data + plain, size - plain);
        m_out += u'"';
    }

    QString m_out;
    QString m_tail;                ///< breakLines()'s copy, kept for its capacity
    std::vector<Frame> m_frames;   ///< the open containers, outermost first
    std::vector<qsizetype> m_items; ///< where each item of the one-line containers starts
};

void Printer::end()
{
    const Frame f = m_frames.back();
    const std::size_t depth = m_frames.size() - 1;
    const QChar close = f.isObject ? u'}' : u']';
    if (f.oneLine && f.count > 0) {
        const qsizetype column = f.start - (m_out.lastIndexOf(u'\n', f.start) + 1);
        const qsizetype length = m_out.size() - f.start + 1;
        if (column + length + 1 > kLineWidth) // +1: a ',' after it
            breakLines(depth);
    }
    if (!m_frames.back().oneLine)
        newLine(depth);
    m_out += close;
    m_items.resize(f.items);
    m_frames.pop_back();
}

void text(Printer &p, const LocalizedText &t)
{
    p.beginObject();
    for (Language language : kLanguages) {
        p.key(languageCode(language));
        p.string(t.text(language));
    }
    p.end();
}

void stringArray(Printer &p, const QStringList &list)
{
    p.beginArray();
    for (const QString &s : list)
        p.string(s);
    p.end();
}

/// The end date in the event's own precision when that names exactly @p end, else as a day.
QString endText(const QDate &end, Precision precision)
{
    if (precision == Precision::Year && end.month() == 12 && end.day() == 31)
        return formatDate(end, Precision::Year);
    if (precision == Precision::Month && end.day() == end.daysInMonth())
        return formatDate(end, Precision::Month);
    return formatDate(end, Precision::Day);
}

void actor(Printer &p, const Actor &a)
{
    p.beginObject();
    p.key(u"id").string(a.id);
    p.key(u"name");
    text(p, a.name);
    if (!std::isnan(a.latitude) && !std::isnan(a.longitude)) {
        p.key(u"lat").number(a.latitude);
        p.key(u"lon").number(a.longitude);
    }
    p.end();
}

void category(Printer &p, const Category &c)
{
    p.beginObject();
    p.key(u"id").string(c.id);
    p.key(u"score").number(c.score);
    p.key(u"name");
    text(p, c.name);
    if (!c.basis.isEmpty())
        p.key(u"basis").string(c.basis);
    p.end();
}

void effect(Printer &p, const Effect &e)
{
    p.beginObject();
    if (e.kind == Effect::Kind::Dyad) {
        p.key(e.among ? u"among" : u"dyad");
        stringArray(p, e.actors);
        p.key(u"layer").string(layerName(e.layer));
        if (e.tier)
            p.key(u"tier").integer(*e.tier);
        if (e.score)
            p.key(u"score").number(*e.score);
        if (e.ongoing)
            p.key(u"ongoing").boolean(true);
    } else {
        p.key(u"member").string(e.member);
        p.key(u"mechanism").string(e.mechanism);
        p.key(u"action").string(e.action == Effect::Action::Join ? u"join"_s : u"leave"_s);
        if (!e.role.isEmpty() && e.role != u"member"_s)
            p.key(u"role").string(e.role);
    }
    p.key(u"rationale").string(e.rationale);
    p.end();
}

void source(Printer &p, const Source &s)
{
    p.beginObject();
    p.key(u"section").string(s.section);
    p.key(u"footnote").string(s.footnote);
    if (!s.document.isEmpty())
        p.key(u"document").string(s.document);
    if (!s.note.isEmpty())
        p.key(u"note").string(s.note);
    p.end();
}

void government(Printer &p, const Government &g)
{
    p.beginObject();
    p.key(u"id").string(g.id);
    p.key(u"actor").string(g.actor);
    p.key(u"start").string(formatDate(g.start, Precision::Day));
    if (g.end)
        p.key(u"end").string(formatDate(*g.end, Precision::Day));
    p.key(u"leader");
    text(p, g.leader);
    p.key(u"party");
    text(p, g.party);
    p.key(u"orientation").string(g.orientation);
    p.key(u"source");
    source(p, g.source);
    p.end();
}

void condition(Printer &p, const Condition &c)
{
    p.beginObject();
    p.key(u"id").string(c.id);
    p.key(u"kind").string(c.kind);
    p.key(u"actors");
    stringArray(p, c.actors);
    p.key(u"layer").string(layerName(c.layer));
    p.key(u"start").string(formatDate(c.start, Precision::Day));
    if (c.end)
        p.key(u"end").string(formatDate(*c.end, Precision::Day));
    p.key(u"level").number(c.level);
    if (!c.government.isEmpty())
        p.key(u"government").string(c.government);
    p.key(u"title");
    text(p, c.title);
    p.key(u"rationale").string(c.rationale);
    p.key(u"source");
    source(p, c.source);
    p.end();
}

/// A scenario; empty lists and an empty note are left out.
void scenario(Printer &p, const Scenario &s)
{
    p.beginObject();
    p.key(u"id").string(s.id);
    p.key(u"name").string(s.name);
    if (!s.note.isEmpty())
        p.key(u"note").string(s.note);
    if (!s.withoutEvents.isEmpty()) {
        p.key(u"without_events");
        stringArray(p, s.withoutEvents);
    }
    if (!s.withoutCategories.isEmpty()) {
        p.key(u"without_categories");
        stringArray(p, s.withoutCategories);
    }
    if (!s.overrides.isEmpty()) {
        p.key(u"overrides");
        p.beginArray();
        for (const EffectOverride &o : s.overrides) {
            p.beginObject();
            p.key(u"event").string(o.event);
            p.key(u"effect").integer(o.effect);
            if (o.score)
                p.key(u"score").number(*o.score);
            if (o.tier)
                p.key(u"tier").integer(*o.tier);
            p.end();
        }
        p.end();
    }
    p.end();
}

void event(Printer &p, const Event &e)
{
    p.beginObject();
    p.key(u"id").string(e.id);
    p.key(u"date").string(formatDate(e.date, e.precision));
    p.key(u"precision").string(precisionName(e.precision));
    if (e.end)
        p.key(u"end").string(endText(*e.end, e.precision));
    p.key(u"title");
    text(p, e.title);
    p.key(u"summary");
    text(p, e.summary);
    p.key(u"category").string(e.category);
    p.key(u"actors");
    stringArray(p, e.actors);
    p.key(u"effects");
    p.beginArray();
    for (const Effect &x : e.effects)
        effect(p, x);
    p.end();
    p.key(u"source");
    source(p, e.source);
    if (e.context)
        p.key(u"context").boolean(true);
    p.end();
}

/// A story step; "date" only where it is not the date of the step's event (docs/DATA.md).
void storyStep(Printer &p, const StoryStep &step, const Chronology &c)
{
    p.beginObject();
    const Event *e = step.event.isEmpty() ? nullptr : c.event(step.event);
    if (!step.event.isEmpty())
        p.key(u"event").string(step.event);
    if (!e || e->date != step.date)
        p.key(u"date").string(formatDate(step.date, Precision::Day));
    if (step.layer != Layer::All)
        p.key(u"layer").string(layerName(step.layer));
    if (!step.focus.isEmpty()) {
        p.key(u"focus");
        stringArray(p, step.focus);
    }
    if (!step.highlightEdges.isEmpty()) {
        QStringList pairs;
        for (const DyadKey &key : step.highlightEdges)
            pairs.append(key.text());
        p.key(u"highlight_edges");
        stringArray(p, pairs);
    }
    if (!step.highlightActors.isEmpty()) {
        p.key(u"highlight_actors");
        stringArray(p, step.highlightActors);
    }
    p.key(u"caption");
    text(p, step.caption);
    if (!step.notes.zh.isEmpty() || !step.notes.en.isEmpty()) {
        p.key(u"notes");
        text(p, step.notes);
    }
    if (!step.section.isEmpty())
        p.key(u"section").string(step.section);
    p.end();
}

void story(Printer &p, const Story &s, const Chronology &c)
{
    p.beginObject();
    p.key(u"id").string(s.id);
    p.key(u"title");
    text(p, s.title);
    p.key(u"steps");
    p.beginArray();
    for (const StoryStep &step : s.steps)
        storyStep(p, step, c);
    p.end();
    p.end();
}

/// `"key": [...]` with every item of @p list written by @p write.
template <typename T, typename Write>
void list(Printer &p, QStringView key, const QList<T> &items, Write write)
{
    p.key(key);
    p.beginArray();
    for (const T &item : items)
        write(p, item);
    p.end();
}

void writeChronology(Printer &p, const Chronology &c)
{
    p.beginObject();
    p.key(u"format").integer(1);
    p.key(u"title");
    text(p, c.title());
    if (!c.source().zh.isEmpty() || !c.source().en.isEmpty()) {
        p.key(u"source");
        text(p, c.source());
    }
    for (const bool states : {true, false}) {
        p.key(states ? u"actors" : u"mechanisms");
        p.beginArray();
        for (const Actor &a : c.actors())
            if (a.isState() == states)
                actor(p, a);
        p.end();
    }
    list(p, u"categories", c.categories(), category);
    if (!c.governments().isEmpty())
        list(p, u"governments", c.governments(), government);
    if (!c.conditions().isEmpty())
        list(p, u"conditions", c.conditions(), condition);
    if (!c.stories().isEmpty())
        list(p, u"stories", c.stories(), [&c](Printer &q, const Story &s) { story(q, s, c); });
    if (!c.scenarios().isEmpty())
        list(p, u"scenarios", c.scenarios(), scenario);
    list(p, u"events", c.events(), event);
    p.end();
}

} // namespace

QByteArray ChronologyWriter::toJson(const Chronology &chronology)
{
    Printer p(4096 + 512 * chronology.events().size());
    writeChronology(p, chronology);
    p.text() += u'\n';
    return p.text().toUtf8();
}

bool ChronologyWriter::writeFile(const Chronology &chronology, const QString &path,
                                 QString *errorMessage)
{
    const QString error = writeAtomically(path, toJson(chronology));
    if (!error.isEmpty() && errorMessage)
        *errorMessage = error;
    return error.isEmpty();
}

} // namespace AllianceScope
