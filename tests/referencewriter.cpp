// ReferenceWriter: ChronologyWriter as it was before it wrote its text directly (an ordered JSON
// tree of the chronology, then printed). Kept only in the tests, as the reference the streaming
// writer's output must equal byte for byte (tst_chronologywriter).
#include "referencewriter.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace AllianceScope::Reference {

namespace {

/// A JSON value to print: a scalar (already in JSON syntax), an array or an object (keys kept
/// in insertion order).
struct Node
{
    enum class Kind { Scalar, Array, Object };
    Kind kind = Kind::Scalar;
    QString scalar;
    std::vector<QString> keys; ///< Object: the keys, parallel to items
    std::vector<Node> items;

    static Node array() { return Node{Kind::Array, {}, {}, {}}; }
    static Node object() { return Node{Kind::Object, {}, {}, {}}; }

    Node &add(const QString &key, Node value)
    {
        keys.push_back(key);
        items.push_back(std::move(value));
        return *this;
    }
    Node &append(Node value)
    {
        items.push_back(std::move(value));
        return *this;
    }
};

Node string(const QString &s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += u'"';
    for (const QChar c : s) {
        switch (c.unicode()) {
        case u'"': out += u"\\\""_s; break;
        case u'\\': out += u"\\\\"_s; break;
        case u'\b': out += u"\\b"_s; break;
        case u'\f': out += u"\\f"_s; break;
        case u'\n': out += u"\\n"_s; break;
        case u'\r': out += u"\\r"_s; break;
        case u'\t': out += u"\\t"_s; break;
        default:
            if (c.unicode() < 0x20)
                out += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
            else
                out += c;
        }
    }
    out += u'"';
    return Node{Node::Kind::Scalar, out, {}, {}};
}

/// The shortest decimal form that reads back to @p v; null for NaN and infinities (which the
/// format does not allow anyway).
Node number(double v)
{
    if (!std::isfinite(v))
        return Node{Node::Kind::Scalar, u"null"_s, {}, {}};
    char buffer[64];
    const std::to_chars_result r = std::to_chars(buffer, buffer + sizeof buffer, v);
    return Node{Node::Kind::Scalar, QString::fromLatin1(buffer, r.ptr - buffer), {}, {}};
}

Node integer(int v)
{
    return Node{Node::Kind::Scalar, QString::number(v), {}, {}};
}

Node boolean(bool v)
{
    return Node{Node::Kind::Scalar, v ? u"true"_s : u"false"_s, {}, {}};
}

Node text(const LocalizedText &t)
{
    Node node = Node::object();
    for (Language language : kLanguages)
        node.add(languageCode(language), string(t.text(language)));
    return node;
}

Node stringArray(const QStringList &list)
{
    Node a = Node::array();
    for (const QString &s : list)
        a.append(string(s));
    return a;
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

Node actorNode(const Actor &a)
{
    Node n = Node::object();
    n.add(u"id"_s, string(a.id)).add(u"name"_s, text(a.name));
    if (!std::isnan(a.latitude) && !std::isnan(a.longitude))
        n.add(u"lat"_s, number(a.latitude)).add(u"lon"_s, number(a.longitude));
    return n;
}

Node categoryNode(const Category &c)
{
    Node n = Node::object();
    n.add(u"id"_s, string(c.id)).add(u"score"_s, number(c.score)).add(u"name"_s, text(c.name));
    if (!c.basis.isEmpty())
        n.add(u"basis"_s, string(c.basis));
    return n;
}

Node effectNode(const Effect &e)
{
    Node n = Node::object();
    if (e.kind == Effect::Kind::Dyad) {
        n.add(e.among ? u"among"_s : u"dyad"_s, stringArray(e.actors));
        n.add(u"layer"_s, string(layerName(e.layer)));
        if (e.tier)
            n.add(u"tier"_s, integer(*e.tier));
        if (e.score)
            n.add(u"score"_s, number(*e.score));
        if (e.ongoing)
            n.add(u"ongoing"_s, boolean(true));
    } else {
        n.add(u"member"_s, string(e.member)).add(u"mechanism"_s, string(e.mechanism));
        n.add(u"action"_s, string(e.action == Effect::Action::Join ? u"join"_s : u"leave"_s));
        if (!e.role.isEmpty() && e.role != u"member"_s)
            n.add(u"role"_s, string(e.role));
    }
    n.add(u"rationale"_s, string(e.rationale));
    return n;
}

Node sourceNode(const Source &s)
{
    Node n = Node::object();
    n.add(u"section"_s, string(s.section)).add(u"footnote"_s, string(s.footnote));
    if (!s.document.isEmpty())
        n.add(u"document"_s, string(s.document));
    if (!s.note.isEmpty())
        n.add(u"note"_s, string(s.note));
    return n;
}

Node governmentNode(const Government &g)
{
    Node n = Node::object();
    n.add(u"id"_s, string(g.id)).add(u"actor"_s, string(g.actor));
    n.add(u"start"_s, string(formatDate(g.start, Precision::Day)));
    if (g.end)
        n.add(u"end"_s, string(formatDate(*g.end, Precision::Day)));
    n.add(u"leader"_s, text(g.leader)).add(u"party"_s, text(g.party));
    n.add(u"orientation"_s, string(g.orientation)).add(u"source"_s, sourceNode(g.source));
    return n;
}

Node conditionNode(const Condition &c)
{
    Node n = Node::object();
    n.add(u"id"_s, string(c.id)).add(u"kind"_s, string(c.kind));
    n.add(u"actors"_s, stringArray(c.actors)).add(u"layer"_s, string(layerName(c.layer)));
    n.add(u"start"_s, string(formatDate(c.start, Precision::Day)));
    if (c.end)
        n.add(u"end"_s, string(formatDate(*c.end, Precision::Day)));
    n.add(u"level"_s, number(c.level));
    if (!c.government.isEmpty())
        n.add(u"government"_s, string(c.government));
    n.add(u"title"_s, text(c.title)).add(u"rationale"_s, string(c.rationale));
    n.add(u"source"_s, sourceNode(c.source));
    return n;
}

/// A scenario; empty lists and an empty note are left out.
Node scenarioNode(const Scenario &s)
{
    Node n = Node::object();
    n.add(u"id"_s, string(s.id)).add(u"name"_s, string(s.name));
    if (!s.note.isEmpty())
        n.add(u"note"_s, string(s.note));
    if (!s.withoutEvents.isEmpty())
        n.add(u"without_events"_s, stringArray(s.withoutEvents));
    if (!s.withoutCategories.isEmpty())
        n.add(u"without_categories"_s, stringArray(s.withoutCategories));
    if (!s.overrides.isEmpty()) {
        Node overrides = Node::array();
        for (const EffectOverride &o : s.overrides) {
            Node on = Node::object();
            on.add(u"event"_s, string(o.event)).add(u"effect"_s, integer(o.effect));
            if (o.score)
                on.add(u"score"_s, number(*o.score));
            if (o.tier)
                on.add(u"tier"_s, integer(*o.tier));
            overrides.append(std::move(on));
        }
        n.add(u"overrides"_s, std::move(overrides));
    }
    return n;
}

Node eventNode(const Event &e)
{
    Node n = Node::object();
    n.add(u"id"_s, string(e.id));
    n.add(u"date"_s, string(formatDate(e.date, e.precision)));
    n.add(u"precision"_s, string(precisionName(e.precision)));
    if (e.end)
        n.add(u"end"_s, string(endText(*e.end, e.precision)));
    n.add(u"title"_s, text(e.title)).add(u"summary"_s, text(e.summary));
    n.add(u"category"_s, string(e.category));
    n.add(u"actors"_s, stringArray(e.actors));
    Node effects = Node::array();
    for (const Effect &effect : e.effects)
        effects.append(effectNode(effect));
    n.add(u"effects"_s, std::move(effects));
    n.add(u"source"_s, sourceNode(e.source));
    if (e.context)
        n.add(u"context"_s, boolean(true));
    return n;
}

/// A story step; "date" only where it is not the date of the step's event (docs/DATA.md).
Node storyStepNode(const StoryStep &step, const Chronology &c)
{
    Node n = Node::object();
    const Event *event = step.event.isEmpty() ? nullptr : c.event(step.event);
    if (!step.event.isEmpty())
        n.add(u"event"_s, string(step.event));
    if (!event || event->date != step.date)
        n.add(u"date"_s, string(formatDate(step.date, Precision::Day)));
    if (step.layer != Layer::All)
        n.add(u"layer"_s, string(layerName(step.layer)));
    if (!step.focus.isEmpty())
        n.add(u"focus"_s, stringArray(step.focus));
    if (!step.highlightEdges.isEmpty()) {
        QStringList pairs;
        for (const DyadKey &key : step.highlightEdges)
            pairs.append(key.text());
        n.add(u"highlight_edges"_s, stringArray(pairs));
    }
    if (!step.highlightActors.isEmpty())
        n.add(u"highlight_actors"_s, stringArray(step.highlightActors));
    n.add(u"caption"_s, text(step.caption));
    if (!step.notes.zh.isEmpty() || !step.notes.en.isEmpty())
        n.add(u"notes"_s, text(step.notes));
    if (!step.section.isEmpty())
        n.add(u"section"_s, string(step.section));
    return n;
}

Node storyNode(const Story &story, const Chronology &c)
{
    Node n = Node::object();
    n.add(u"id"_s, string(story.id)).add(u"title"_s, text(story.title));
    Node steps = Node::array();
    for (const StoryStep &step : story.steps)
        steps.append(storyStepNode(step, c));
    n.add(u"steps"_s, std::move(steps));
    return n;
}

Node chronologyNode(const Chronology &c)
{
    Node n = Node::object();
    n.add(u"format"_s, integer(1)).add(u"title"_s, text(c.title()));
    if (!c.source().zh.isEmpty() || !c.source().en.isEmpty())
        n.add(u"source"_s, text(c.source()));
    Node states = Node::array();
    Node mechanisms = Node::array();
    for (const Actor &a : c.actors())
        (a.isState() ? states : mechanisms).append(actorNode(a));
    n.add(u"actors"_s, std::move(states)).add(u"mechanisms"_s, std::move(mechanisms));
    Node categories = Node::array();
    for (const Category &category : c.categories())
        categories.append(categoryNode(category));
    n.add(u"categories"_s, std::move(categories));
    if (!c.governments().isEmpty()) {
        Node governments = Node::array();
        for (const Government &g : c.governments())
            governments.append(governmentNode(g));
        n.add(u"governments"_s, std::move(governments));
    }
    if (!c.conditions().isEmpty()) {
        Node conditions = Node::array();
        for (const Condition &condition : c.conditions())
            conditions.append(conditionNode(condition));
        n.add(u"conditions"_s, std::move(conditions));
    }
    if (!c.stories().isEmpty()) {
        Node stories = Node::array();
        for (const Story &story : c.stories())
            stories.append(storyNode(story, c));
        n.add(u"stories"_s, std::move(stories));
    }
    if (!c.scenarios().isEmpty()) {
        Node scenarios = Node::array();
        for (const Scenario &scenario : c.scenarios())
            scenarios.append(scenarioNode(scenario));
        n.add(u"scenarios"_s, std::move(scenarios));
    }
    Node events = Node::array();
    for (const Event &e : c.events())
        events.append(eventNode(e));
    n.add(u"events"_s, std::move(events));
    return n;
}

/// A container of scalars (and empty containers) on one line: `{"zh": "…", "en": "…"}`.
QString flatText(const Node &n)
{
    const bool isObject = n.kind == Node::Kind::Object;
    QString out = isObject ? u"{"_s : u"["_s;
    for (size_t i = 0; i < n.items.size(); ++i) {
        if (i > 0)
            out += u", "_s;
        if (isObject)
            out += string(n.keys[i]).scalar + u": "_s;
        const Node &item = n.items[i];
        if (item.kind == Node::Kind::Scalar)
            out += item.scalar;
        else
            out += item.kind == Node::Kind::Object ? u"{}"_s : u"[]"_s;
    }
    out += isObject ? u'}' : u']';
    return out;
}

/// Prints @p n at @p indent (in steps of two spaces). A container that holds only scalars goes
/// on one line when the line stays within kLineWidth characters; others get one item a line.
void print(const Node &n, int indent, QString &out)
{
    constexpr qsizetype kLineWidth = 100;
    if (n.kind == Node::Kind::Scalar) {
        out += n.scalar;
        return;
    }
    const bool flat = std::all_of(n.items.cbegin(), n.items.cend(), [](const Node &item) {
        return item.kind == Node::Kind::Scalar || item.items.empty();
    });
    if (flat) {
        const QString line = flatText(n);
        const qsizetype column = out.size() - (out.lastIndexOf(u'\n') + 1);
        if (n.items.empty() || column + line.size() + 1 <= kLineWidth) { // +1: a ',' after it
            out += line;
            return;
        }
    }
    const bool isObject = n.kind == Node::Kind::Object;
    out += isObject ? u'{' : u'[';
    for (size_t i = 0; i < n.items.size(); ++i) {
        if (i > 0)
            out += u',';
        out += u'\n' + QString(2 * (indent + 1), u' ');
        if (isObject)
            out += string(n.keys[i]).scalar + u": "_s;
        print(n.items[i], indent + 1, out);
    }
    out += u'\n' + QString(2 * indent, u' ');
    out += isObject ? u'}' : u']';
}

} // namespace

QByteArray treeToJson(const Chronology &chronology)
{
    QString out;
    print(chronologyNode(chronology), 0, out);
    out += u'\n';
    return out.toUtf8();
}

} // namespace AllianceScope::Reference
