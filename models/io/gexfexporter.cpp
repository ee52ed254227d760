// GexfExporter: samples the weight model at every event date and writes dynamic GEXF 1.3 as it
// goes: one dyad's runs of values at a time, passed to the device in chunks.
#include "gexfexporter.h"


#include "csv.h"
#include "weights/weightmodel.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
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
    QByteArray value;
};

/// Collects the runs of one value over the intervals, one interval at a time, in order.
class Runs
{
public:
    /// The value at interval @p i (absent intervals are not added).
    void add(int i, const char *data, qsizetype size)
    {
        if (!m_runs.isEmpty() && m_runs.last().last == i - 1
            && m_runs.last().value == QByteArrayView(data, size)) {
            m_runs.last().last = i;
            return;
        }
        m_runs.append(Run{i, i, QByteArray(data, size)});
    }
    void add(int i, const QByteArray &value) { add(i, value.constData(), value.size()); }
    const QList<Run> &runs() const { return m_runs; }
    void clear() { m_runs.clear(); }

private:
    QList<Run> m_runs;
};

bool isPresent(const std::array<LayerState, 4> &layers)
{
    for (const LayerState &l : layers) {
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
        for (const Interval &iv : intervals) {
            m_startText.append(iv.start.toString(Qt::ISODate));
            m_endText.append(iv.end.toString(Qt::ISODate));
        }
    }

    void spells(const QList<Run> &present)
    {
        if (present.isEmpty())
            return;
        m_w.writeStartElement(u"spells"_s);
        for (const Run &r : present) {
            m_w.writeEmptyElement(u"spell"_s);
            m_w.writeAttribute(u"start"_s, m_startText[r.first]);
            m_w.writeAttribute(u"end"_s, m_endText[r.last]);
        }
        m_w.writeEndElement();
    }

    void attvalues(const QString &id, const QList<Run> &runs)
    {
        for (const Run &r : runs) {
            m_w.writeEmptyElement(u"attvalue"_s);
            m_w.writeAttribute(u"for"_s, id);
            m_w.writeAttribute(u"value"_s, QString::fromLatin1(r.value));
            m_w.writeAttribute(u"start"_s, m_startText[r.first]);
            m_w.writeAttribute(u"end"_s, m_endText[r.last]);
        }
    }

private:
    QXmlStreamWriter &m_w;
    const QList<Interval> &m_intervals;
    QStringList m_startText;
    QStringList m_endText;
};

void attribute(QXmlStreamWriter &w, const QString &id, const QString &type)
{
    w.writeEmptyElement(u"attribute"_s);
    w.writeAttribute(u"id"_s, id);
    w.writeAttribute(u"title"_s, id);
    w.writeAttribute(u"type"_s, type);
}

/// The memberships over the intervals: which mechanisms have members when, and every
/// (member, mechanism) pair ever active with its presence and last role (one pass, no snapshots).
struct MembershipRuns
{
    QHash<QString, Runs> mechanismPresent;
    QList<std::pair<QString, QString>> pairs; // in order of first appearance
    QHash<std::pair<QString, QString>, Runs> pairPresent;
    QHash<std::pair<QString, QString>, QString> roles;

    MembershipRuns(const WeightModel &model, const QList<Interval> &intervals)
    {
        static const QByteArray one = QByteArrayLiteral("1");
        for (int i = 0; i < intervals.size(); ++i) {
            QSet<QString> mechanisms;
            for (const MembershipState &m : model.membershipsAt(intervals[i].start)) {
                const auto p = std::pair{m.member, m.mechanism};
                auto it = pairPresent.find(p);
                if (it == pairPresent.end()) {
                    pairs.append(p);
                    it = pairPresent.insert(p, Runs());
                }
                it->add(i, one);
                roles.insert(p, m.role);
                if (!mechanisms.contains(m.mechanism)) {
                    mechanisms.insert(m.mechanism);
                    mechanismPresent[m.mechanism].add(i, one);
                }
            }
        }
    }
};

} // namespace

QByteArray GexfExporter::toGexf(const WeightModel &model, const Options &options)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    write(model, options, &buffer);
    return out;
}

bool GexfExporter::write(const WeightModel &model, const Options &options, QIODevice *device,
                         QString *error, const ExportProgress &progress)
{
    const Chronology &c = model.chronology();

    // The intervals between distinct event dates; values are taken at the start of each.
    QList<Interval> intervals;
    for (const Event &e : c.events()) {
        if (intervals.isEmpty() || intervals.last().start != e.date)
            intervals.append(Interval{e.date, e.date});
    }
    for (int i = 0; i < intervals.size(); ++i)
        intervals[i].end = i + 1 < intervals.size() ? intervals[i + 1].start.addDays(-1)
                                                    : std::max(c.lastDate(), intervals[i].start);
    const MembershipRuns memberships(model, intervals);

    StreamedOutput out(device);
    QXmlStreamWriter w(out.device());
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
        if (!a.isState())
            writer.spells(memberships.mechanismPresent.value(a.id).runs());
        w.writeEndElement();
    }
    w.writeEndElement(); // nodes

    // Edges: one dyad at a time, over every interval; only its runs are held.
    w.writeStartElement(u"edges"_s);
    const QList<DyadKey> dyads = model.dyadKeys();
    std::array<QString, 4> weightIds;
    std::array<QString, 4> tierIds;
    for (Layer l : kViewLayers) {
        weightIds[static_cast<std::size_t>(l)] = u"weight_"_s + layerName(l);
        tierIds[static_cast<std::size_t>(l)] = u"tier_"_s + layerName(l);
    }
    Runs present;
    Runs weight;
    std::array<Runs, 4> layerWeight;
    std::array<Runs, 4> layerTier;
    QByteArray number;
    for (qsizetype di = 0; di < dyads.size(); ++di) {
        const auto &[a, b] = dyads[di];
        present.clear();
        weight.clear();
        for (std::size_t l = 0; l < 4; ++l) {
            layerWeight[l].clear();
            layerTier[l].clear();
        }
        std::array<LayerState, 4> state{};
        for (int i = 0; i < intervals.size(); ++i) {
            state = model.layersAt(int(di), intervals[i].start);
            if (!isPresent(state))
                continue;
            present.add(i, "1", 1);
            number.resize(0);
            Csv::appendNumber(number, std::abs(state[static_cast<std::size_t>(Layer::All)].weight));
            weight.add(i, number);
            for (Layer l : kViewLayers) {
                const std::size_t li = static_cast<std::size_t>(l);
                number.resize(0);
                Csv::appendNumber(number, state[li].weight);
                layerWeight[li].add(i, number);
                layerTier[li].add(i, QByteArray::number(state[li].tier));
            }
        }
        if (present.runs().isEmpty())
            continue;
        w.writeStartElement(u"edge"_s);
        w.writeAttribute(u"id"_s, a + u'-' + b);
        w.writeAttribute(u"source"_s, a);
        w.writeAttribute(u"target"_s, b);
        // The state at the last interval (the loop ends there).
        w.writeAttribute(u"weight"_s,
                         Csv::number(std::abs(state[static_cast<std::size_t>(Layer::All)].weight)));
        w.writeStartElement(u"attvalues"_s);
        w.writeEmptyElement(u"attvalue"_s);
        w.writeAttribute(u"for"_s, u"kind"_s);
        w.writeAttribute(u"value"_s, u"dyad"_s);
        writer.attvalues(u"weight"_s, weight.runs());
        for (Layer l : kViewLayers) {
            const std::size_t li = static_cast<std::size_t>(l);
            writer.attvalues(weightIds[li], layerWeight[li].runs());
            writer.attvalues(tierIds[li], layerTier[li].runs());
        }
        w.writeEndElement(); // attvalues
        writer.spells(present.runs());
        w.writeEndElement(); // edge
        if (!out.flushIfFull())
            return out.finish(error);
        if (progress && !progress(di + 1, dyads.size())) {
            if (error)
                *error = QCoreApplication::translate("AllianceScope::GexfExporter", "cancelled");
            return false;
        }
    }

    // Memberships: one edge per (member, mechanism) pair ever active.
    for (const auto &[member, mechanism] : memberships.pairs) {
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
        w.writeAttribute(u"value"_s, memberships.roles.value({member, mechanism}));
        w.writeEndElement();
        writer.spells(memberships.pairPresent.value({member, mechanism}).runs());
        w.writeEndElement();
        if (!out.flushIfFull())
            return out.finish(error);
    }
    w.writeEndElement(); // edges
    w.writeEndElement(); // graph
    w.writeEndElement(); // gexf
    w.writeEndDocument();
    return out.finish(error);
}

} // namespace AllianceScope
