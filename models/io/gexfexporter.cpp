// GexfExporter: samples the weight model at every event date and writes dynamic GEXF 1.3.
#include "gexfexporter.h"

#include "devicewrite.h"

#include "csv.h"
#include "weights/weightmodel.h"

#include <QBuffer>
#include <QXmlStreamWriter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

struct Interval
{
    QDate start;
    QDate end; // inclusive
};

// A run of equal values over consecutive intervals.
struct Run
{
    int first = 0;
    int last = 0;
    QString value;
};

QList<Run> runs(const QList<QString> &values) // empty string = absent
{
    QList<Run> out;
    for (int i = 0; i < values.size(); ++i) {
        if (values[i].isEmpty())
            continue;
        if (!out.isEmpty() && out.last().last == i - 1 && out.last().value == values[i])
            out.last().last = i;
        else
            out.append(Run{i, i, values[i]});
    }
    return out;
}

QList<Run> presenceRuns(const QList<bool> &present)
{
    QList<QString> values;
    values.reserve(present.size());
    for (bool p : present)
        values.append(p ? u"1"_s : QString());
    return runs(values);
}

bool isPresent(const DyadState &d)
{
    for (const LayerState &l : d.layers) {
        if (l.tier != 0 || std::abs(l.weight) > 1e-9)
            return true;
    }
    return false;
}

class Writer
{
public:
    Writer(QXmlStreamWriter &w, const QList<Interval> &intervals)
        : m_w(w)
        , m_intervals(intervals)
    {
    }

    void spells(const QList<Run> &present)
    {
        if (present.isEmpty())
            return;
        m_w.writeStartElement(u"spells"_s);
        for (const Run &r : present) {
            m_w.writeEmptyElement(u"spell"_s);
            m_w.writeAttribute(u"start"_s, m_intervals[r.first].start.toString(Qt::ISODate));
            m_w.writeAttribute(u"end"_s, m_intervals[r.last].end.toString(Qt::ISODate));
        }
        m_w.writeEndElement();
    }

    void attvalues(const QString &id, const QList<QString> &values)
    {
        for (const Run &r : runs(values)) {
            m_w.writeEmptyElement(u"attvalue"_s);
            m_w.writeAttribute(u"for"_s, id);
            m_w.writeAttribute(u"value"_s, r.value);
            m_w.writeAttribute(u"start"_s, m_intervals[r.first].start.toString(Qt::ISODate));
            m_w.writeAttribute(u"end"_s, m_intervals[r.last].end.toString(Qt::ISODate));
        }
    }

private:
    QXmlStreamWriter &m_w;
    const QList<Interval> &m_intervals;
};

void attribute(QXmlStreamWriter &w, const QString &id, const QString &type)
{
    w.writeEmptyElement(u"attribute"_s);
    w.writeAttribute(u"id"_s, id);
    w.writeAttribute(u"title"_s, id);
    w.writeAttribute(u"type"_s, type);
}

} // namespace

QByteArray GexfExporter::toGexf(const WeightModel &model, const Options &options)
{
    const Chronology &c = model.chronology();

    // The intervals between distinct event dates, and the snapshot at the start of each.
    QList<Interval> intervals;
    for (const Event &e : c.events()) {
        if (intervals.isEmpty() || intervals.last().start != e.date)
            intervals.append(Interval{e.date, e.date});
    }
    for (int i = 0; i < intervals.size(); ++i)
        intervals[i].end = i + 1 < intervals.size() ? intervals[i + 1].start.addDays(-1)
                                                    : std::max(c.lastDate(), intervals[i].start);
    QList<NetworkSnapshot> snaps;
    snaps.reserve(intervals.size());
    for (const Interval &iv : intervals)
        snaps.append(model.snapshotAt(iv.start));

    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter w(&buffer);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(u"gexf"_s);
    w.writeDefaultNamespace(u"http://gexf.net/1.3"_s);
    w.writeNamespace(u"http://www.w3.org/2001/XMLSchema-instance"_s, u"xsi"_s);
    w.writeAttribute(u"http://www.w3.org/2001/XMLSchema-instance"_s, u"schemaLocation"_s,
                     u"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"_s);
    w.writeAttribute(u"version"_s, u"1.3"_s);

    w.writeStartElement(u"meta"_s);
    w.writeAttribute(u"lastmodifieddate"_s, QDate::currentDate().toString(Qt::ISODate));
    w.writeTextElement(u"creator"_s, u"AllianceScope "_s + QStringLiteral(ALLIANCESCOPE_VERSION));
    w.writeTextElement(u"description"_s, c.title().in(options.language));
    w.writeEndElement();

    w.writeStartElement(u"graph"_s);
    w.writeAttribute(u"mode"_s, u"dynamic"_s);
    w.writeAttribute(u"defaultedgetype"_s, u"undirected"_s);
    w.writeAttribute(u"timeformat"_s, u"date"_s);
    w.writeAttribute(u"timerepresentation"_s, u"interval"_s);
    if (!intervals.isEmpty()) {
        w.writeAttribute(u"start"_s, intervals.first().start.toString(Qt::ISODate));
        w.writeAttribute(u"end"_s, intervals.last().end.toString(Qt::ISODate));
    }

    w.writeStartElement(u"attributes"_s);
    w.writeAttribute(u"class"_s, u"node"_s);
    w.writeAttribute(u"mode"_s, u"static"_s);
    attribute(w, u"name_zh"_s, u"string"_s);
    attribute(w, u"name_en"_s, u"string"_s);
    attribute(w, u"kind"_s, u"string"_s);
    w.writeEndElement();
    w.writeStartElement(u"attributes"_s);
    w.writeAttribute(u"class"_s, u"edge"_s);
    w.writeAttribute(u"mode"_s, u"static"_s);
    attribute(w, u"kind"_s, u"string"_s);
    attribute(w, u"role"_s, u"string"_s);
    w.writeEndElement();
    w.writeStartElement(u"attributes"_s);
    w.writeAttribute(u"class"_s, u"edge"_s);
    w.writeAttribute(u"mode"_s, u"dynamic"_s);
    attribute(w, u"weight"_s, u"double"_s);
    for (Layer l : kViewLayers) {
        attribute(w, u"weight_"_s + layerName(l), u"double"_s);
        attribute(w, u"tier_"_s + layerName(l), u"integer"_s);
    }
    w.writeEndElement();

    Writer writer(w, intervals);

    w.writeStartElement(u"nodes"_s);
    for (const Actor &a : c.actors()) {
        w.writeStartElement(u"node"_s);
        w.writeAttribute(u"id"_s, a.id);
        w.writeAttribute(u"label"_s, a.name.in(options.language));
        w.writeStartElement(u"attvalues"_s);
        for (const auto &[id, value] : {std::pair{u"name_zh"_s, a.name.zh}, std::pair{u"name_en"_s, a.name.en},
                                        std::pair{u"kind"_s, a.isState() ? u"state"_s : u"mechanism"_s}}) {
            w.writeEmptyElement(u"attvalue"_s);
            w.writeAttribute(u"for"_s, id);
            w.writeAttribute(u"value"_s, value);
        }
        w.writeEndElement();
        if (!a.isState()) {
            QList<bool> present;
            for (const NetworkSnapshot &s : snaps) {
                present.append(std::any_of(s.memberships.cbegin(), s.memberships.cend(),
                                           [&](const MembershipState &m) { return m.mechanism == a.id; }));
            }
            writer.spells(presenceRuns(present));
        }
        w.writeEndElement();
    }
    w.writeEndElement(); // nodes

    w.writeStartElement(u"edges"_s);
    const QList<DyadKey> dyads = model.dyadKeys();
    for (const auto &[a, b] : dyads) {
        QList<bool> present;
        QList<const DyadState *> states;
        for (const NetworkSnapshot &s : snaps) {
            const DyadState *d = s.dyad(a, b);
            states.append(d);
            present.append(d && isPresent(*d));
        }
        const QList<Run> spells = presenceRuns(present);
        if (spells.isEmpty())
            continue;
        const DyadState *lastState = snaps.last().dyad(a, b);
        w.writeStartElement(u"edge"_s);
        w.writeAttribute(u"id"_s, a + u'-' + b);
        w.writeAttribute(u"source"_s, a);
        w.writeAttribute(u"target"_s, b);
        w.writeAttribute(u"weight"_s,
                         Csv::number(lastState ? std::abs(lastState->at(Layer::All).weight) : 0.0));
        w.writeStartElement(u"attvalues"_s);
        w.writeEmptyElement(u"attvalue"_s);
        w.writeAttribute(u"for"_s, u"kind"_s);
        w.writeAttribute(u"value"_s, u"dyad"_s);
        auto series = [&](auto valueOf) {
            QList<QString> values;
            for (int i = 0; i < states.size(); ++i)
                values.append(present[i] ? valueOf(*states[i]) : QString());
            return values;
        };
        writer.attvalues(u"weight"_s, series([](const DyadState &d) {
                             return Csv::number(std::abs(d.at(Layer::All).weight));
                         }));
        for (Layer l : kViewLayers) {
            writer.attvalues(u"weight_"_s + layerName(l),
                             series([l](const DyadState &d) { return Csv::number(d.at(l).weight); }));
            writer.attvalues(u"tier_"_s + layerName(l),
                             series([l](const DyadState &d) { return QString::number(d.at(l).tier); }));
        }
        w.writeEndElement(); // attvalues
        writer.spells(spells);
        w.writeEndElement(); // edge
    }

    // Memberships: one edge per (member, mechanism) pair ever active.
    QList<std::pair<QString, QString>> pairs;
    QHash<std::pair<QString, QString>, QString> roles;
    for (const NetworkSnapshot &s : snaps) {
        for (const MembershipState &m : s.memberships) {
            const auto p = std::pair{m.member, m.mechanism};
            if (!pairs.contains(p))
                pairs.append(p);
            roles.insert(p, m.role);
        }
    }
    for (const auto &[member, mechanism] : pairs) {
        QList<bool> present;
        for (const NetworkSnapshot &s : snaps)
            present.append(s.isMember(member, mechanism));
        w.writeStartElement(u"edge"_s);
        w.writeAttribute(u"id"_s, member + u'-' + mechanism);
        w.writeAttribute(u"source"_s, member);
        w.writeAttribute(u"target"_s, mechanism);
        w.writeAttribute(u"weight"_s, u"1"_s);
        w.writeStartElement(u"attvalues"_s);
        w.writeEmptyElement(u"attvalue"_s);
        w.writeAttribute(u"for"_s, u"kind"_s);
        w.writeAttribute(u"value"_s, u"membership"_s);
        w.writeEmptyElement(u"attvalue"_s);
        w.writeAttribute(u"for"_s, u"role"_s);
        w.writeAttribute(u"value"_s, roles.value({member, mechanism}));
        w.writeEndElement();
        writer.spells(presenceRuns(present));
        w.writeEndElement();
    }
    w.writeEndElement(); // edges
    w.writeEndElement(); // graph
    w.writeEndElement(); // gexf
    w.writeEndDocument();
    return out;
}

bool GexfExporter::write(const WeightModel &model, const Options &options, QIODevice *device,
                         QString *error)
{
    return writeAll(toGexf(model, options), device, error);
}

} // namespace AllianceScope
