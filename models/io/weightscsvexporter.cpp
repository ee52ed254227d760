// WeightsCsvExporter: the weights table over all events, written as it is computed.
#include "weightscsvexporter.h"

#include "csv.h"
#include "weights/weightmodel.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace AllianceScope {

QByteArray WeightsCsvExporter::header()
{
    return Csv::row({u"date"_s, u"event_id"_s, u"source"_s, u"target"_s, u"layer"_s, u"tier"_s,
                     u"score"_s, u"weight"_s})
        .toUtf8();
}

QByteArray WeightsCsvExporter::toCsv(const WeightModel &model)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    write(model, &buffer);
    return out;
}

bool WeightsCsvExporter::write(const WeightModel &model, QIODevice *device, QString *error,
                               const ExportProgress &progress)
{
    constexpr std::array<Layer, 4> layers = {Layer::Security, Layer::Political, Layer::Economic,
                                             Layer::All};
    // "source,target," of every dyad and ",layer," of every layer, encoded once.
    const QList<DyadKey> dyads = model.dyadKeys();
    QList<QByteArray> pairs;
    pairs.reserve(dyads.size());
    for (const DyadKey &d : dyads) {
        QByteArray p;
        Csv::appendField(p, d.a);
        p += ',';
        Csv::appendField(p, d.b);
        p += ',';
        pairs.append(p);
    }
    std::array<QByteArray, 4> layerFields;
    for (std::size_t l = 0; l < layers.size(); ++l)
        layerFields[l] = layerName(layers[l]).toUtf8() + ',';

    StreamedOutput out(device);
    out.buffer() += header();
    const QList<Event> &events = model.chronology().events();
    QByteArray rows; // the rows of one date, after "date,event_id,"
    qsizetype start = 0;
    while (start < events.size()) {
        // The events of one date share its snapshot: compute its rows once.
        const QDate date = events[start].date;
        qsizetype end = start;
        while (end < events.size() && events[end].date == date)
            ++end;
        rows.resize(0);
        for (qsizetype i = 0; i < dyads.size(); ++i) {
            const std::array<LayerState, 4> state = model.layersAt(int(i), date);
            for (std::size_t l = 0; l < layers.size(); ++l) {
                const LayerState &st = state[static_cast<std::size_t>(layers[l])];
                rows += pairs[i];
                rows += layerFields[l];
                rows += QByteArray::number(st.tier);
                rows += ',';
                Csv::appendNumber(rows, st.score);
                rows += ',';
                Csv::appendNumber(rows, st.weight);
                rows += '\n';
            }
        }
        for (const MembershipState &m : model.membershipsAt(date)) {
            Csv::appendField(rows, m.member);
            rows += ',';
            Csv::appendField(rows, m.mechanism);
            rows += ",membership,,,1\n";
        }
        const QByteArray dateField = date.toString(Qt::ISODate).toUtf8() + ',';
        for (qsizetype e = start; e < end; ++e) {
            QByteArray prefix = dateField;
            Csv::appendField(prefix, events[e].id);
            prefix += ',';
            // Every row of the block, prefixed.
            qsizetype from = 0;
            while (from < rows.size()) {
                const qsizetype nl = rows.indexOf('\n', from);
                out.buffer() += prefix;
                out.buffer().append(rows.constData() + from, nl + 1 - from);
                from = nl + 1;
            }
            if (!out.flushIfFull())
                return out.finish(error);
        }
        start = end;
        if (progress && !progress(start, events.size())) {
            if (error)
                *error = QCoreApplication::translate("AllianceScope::WeightsCsvExporter",
                                                     "cancelled");
            return false;
        }
    }
    return out.finish(error);
}

} // namespace AllianceScope
