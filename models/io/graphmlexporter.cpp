// GraphmlExporter: writes a NetworkSnapshot as GraphML with QXmlStreamWriter.
#include "graphmlexporter.h"

#include "devicewrite.h"

#include "csv.h"
#include "weights/weightmodel.h"

#include <QBuffer>
#include <QXmlStreamWriter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

void key(QXmlStreamWriter &w, const QString &id, const QString &forWhat, const QString &type)
{
    w.writeStartElement(u"key"_s);
    w.writeAttribute(u"id"_s, id);
    w.writeAttribute(u"for"_s, forWhat);
    w.writeAttribute(u"attr.name"_s, id);
    w.writeAttribute(u"attr.type"_s, type);
    w.writeEndElement();
}

void data(QXmlStreamWriter &w, const QString &keyId, const QString &value)
{
    w.writeStartElement(u"data"_s);
    w.writeAttribute(u"key"_s, keyId);
    w.writeCharacters(value);
    w.writeEndElement();
}

bool isPresent(const DyadState &d)
{
    for (const LayerState &l : d.layers) {
        if (l.tier != 0 || std::abs(l.weight) > 1e-9)
            return true;
    }
    return false;
}

} // namespace

QByteArray GraphmlExporter::toGraphml(const WeightModel &model, const Options &options)
{
    const Chronology &c = model.chronology();
    const QDate date = options.date.isValid() ? options.date : c.lastDate();
    const NetworkSnapshot snap = model.snapshotAt(date);

    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QXmlStreamWriter w(&buffer);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(u"graphml"_s);
    w.writeDefaultNamespace(u"http://graphml.graphdrawing.org/xmlns"_s);
    w.writeNamespace(u"http://www.w3.org/2001/XMLSchema-instance"_s, u"xsi"_s);
    w.writeAttribute(u"http://www.w3.org/2001/XMLSchema-instance"_s, u"schemaLocation"_s,
                     u"http://graphml.graphdrawing.org/xmlns "
                     "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"_s);

    key(w, u"date"_s, u"graph"_s, u"string"_s);
    key(w, u"title"_s, u"graph"_s, u"string"_s);
    key(w, u"label"_s, u"node"_s, u"string"_s);
    key(w, u"name_zh"_s, u"node"_s, u"string"_s);
    key(w, u"name_en"_s, u"node"_s, u"string"_s);
    key(w, u"kind"_s, u"all"_s, u"string"_s);
    for (Layer l : kViewLayers) {
        key(w, u"tier_"_s + layerName(l), u"edge"_s, u"int"_s);
        key(w, u"score_"_s + layerName(l), u"edge"_s, u"double"_s);
        key(w, u"weight_"_s + layerName(l), u"edge"_s, u"double"_s);
    }
    key(w, u"weight"_s, u"edge"_s, u"double"_s);
    key(w, u"role"_s, u"edge"_s, u"string"_s);
    key(w, u"since"_s, u"edge"_s, u"string"_s);

    w.writeStartElement(u"graph"_s);
    w.writeAttribute(u"id"_s, u"alliances"_s);
    w.writeAttribute(u"edgedefault"_s, u"undirected"_s);
    data(w, u"date"_s, date.toString(Qt::ISODate));
    data(w, u"title"_s, c.title().in(options.language));
    for (const Actor &a : c.actors()) {
        w.writeStartElement(u"node"_s);
        w.writeAttribute(u"id"_s, a.id);
        data(w, u"label"_s, a.name.in(options.language));
        data(w, u"name_zh"_s, a.name.zh);
        data(w, u"name_en"_s, a.name.en);
        data(w, u"kind"_s, a.isState() ? u"state"_s : u"mechanism"_s);
        w.writeEndElement();
    }
    int n = 0;
    for (const DyadState &d : snap.dyads) {
        if (!isPresent(d))
            continue;
        w.writeStartElement(u"edge"_s);
        w.writeAttribute(u"id"_s, u"e"_s + QString::number(n++));
        w.writeAttribute(u"source"_s, d.a);
        w.writeAttribute(u"target"_s, d.b);
        data(w, u"kind"_s, u"dyad"_s);
        for (Layer l : kViewLayers) {
            data(w, u"tier_"_s + layerName(l), QString::number(d.at(l).tier));
            data(w, u"score_"_s + layerName(l), Csv::number(d.at(l).score));
            data(w, u"weight_"_s + layerName(l), Csv::number(d.at(l).weight));
        }
        data(w, u"weight"_s, Csv::number(d.at(Layer::All).weight));
        w.writeEndElement();
    }
    for (const MembershipState &m : snap.memberships) {
        w.writeStartElement(u"edge"_s);
        w.writeAttribute(u"id"_s, u"e"_s + QString::number(n++));
        w.writeAttribute(u"source"_s, m.member);
        w.writeAttribute(u"target"_s, m.mechanism);
        data(w, u"kind"_s, u"membership"_s);
        data(w, u"weight"_s, u"1"_s);
        data(w, u"role"_s, m.role);
        data(w, u"since"_s, m.since.toString(Qt::ISODate));
        w.writeEndElement();
    }
    w.writeEndElement(); // graph
    w.writeEndElement(); // graphml
    w.writeEndDocument();
    return out;
}

bool GraphmlExporter::write(const WeightModel &model, const Options &options, QIODevice *device,
                            QString *error)
{
    return writeAll(toGraphml(model, options), device, error);
}

} // namespace AllianceScope
