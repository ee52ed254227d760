// DotExporter: writes a NetworkSnapshot as a Graphviz DOT graph.
#include "dotexporter.h"

#include "devicewrite.h"

#include "csv.h"
#include "style/edgestyle.h"
#include "weights/weightmodel.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace AllianceScope {

QString DotExporter::quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        if (c == u'\n') {
            out += u"\\n"_s;
            continue;
        }
        if (c == u'\r')
            continue;
        out += c;
    }
    out += u'"';
    return out;
}

QByteArray DotExporter::toDot(const WeightModel &model, const Options &options)
{
    const Chronology &c = model.chronology();
    const QDate date = options.date.isValid() ? options.date : c.lastDate();
    const NetworkSnapshot snap = model.snapshotAt(date);
    const Language lang = options.language;

    QString s;
    s += u"// AllianceScope: the alliance network on "_s + date.toString(Qt::ISODate) + u", layer "_s
         + layerName(options.layer) + u'\n';
    s += u"graph alliances {\n"_s;
    s += u"  graph [label="_s + quoted(c.title().in(lang) + u" — "_s + date.toString(Qt::ISODate))
         + u", date="_s + quoted(date.toString(Qt::ISODate)) + u", layer="_s
         + quoted(layerName(options.layer)) + u", overlap=false, splines=true];\n"_s;
    s += u"  node [shape=ellipse, fontname=\"Noto Sans CJK SC\"];\n"_s;
    for (const Actor &a : c.actors()) {
        s += u"  "_s + quoted(a.id) + u" [label="_s + quoted(a.name.in(lang)) + u", name_zh="_s
             + quoted(a.name.zh) + u", name_en="_s + quoted(a.name.en) + u", kind="_s
             + (a.isState() ? u"state"_s : u"mechanism"_s);
        if (!a.isState())
            s += u", shape=box, style=rounded"_s;
        s += u"];\n"_s;
    }
    for (const DyadState &d : snap.dyads) {
        const LayerState &l = d.at(options.layer);
        const EdgeStyle style = EdgeStyle::of(l.tier, l.weight);
        if (!style.visible)
            continue;
        s += u"  "_s + quoted(d.a) + u" -- "_s + quoted(d.b) + u" ["_s;
        for (Layer layer : kViewLayers)
            s += u"w_"_s + layerName(layer) + u'=' + quoted(Csv::number(d.at(layer).weight)) + u", "_s;
        s += u"tier="_s + QString::number(l.tier) + u", score="_s + quoted(Csv::number(l.score))
             + u", penwidth="_s + quoted(Csv::number(style.width)) + u", color="_s
             + quoted(style.color.name()) + u", style="_s + EdgeStyle::dotStyle(style.dash) + u"];\n"_s;
    }
    for (const MembershipState &m : snap.memberships) {
        s += u"  "_s + quoted(m.member) + u" -- "_s + quoted(m.mechanism) + u" [kind=membership, role="_s
             + quoted(m.role) + u", since="_s + quoted(m.since.toString(Qt::ISODate))
             + u", style=dotted, color=\"#777777\"];\n"_s;
    }
    s += u"}\n"_s;
    return s.toUtf8();
}

bool DotExporter::write(const WeightModel &model, const Options &options, QIODevice *device,
                        QString *error)
{
    return writeAll(toDot(model, options), device, error);
}

} // namespace AllianceScope
