// WeightsCsvExporter: the weights table over all events.
#include "weightscsvexporter.h"

#include "devicewrite.h"

#include "csv.h"
#include "weights/weightmodel.h"

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
    QString s = QString::fromUtf8(header());
    for (const Event &e : model.chronology().events()) {
        const NetworkSnapshot snap = model.snapshotAt(e.date);
        const QString date = e.date.toString(Qt::ISODate);
        for (const DyadState &d : snap.dyads) {
            for (Layer l : {Layer::Security, Layer::Political, Layer::Economic, Layer::All}) {
                const LayerState &st = d.at(l);
                s += Csv::row({date, e.id, d.a, d.b, layerName(l), QString::number(st.tier),
                               Csv::number(st.score), Csv::number(st.weight)});
            }
        }
        for (const MembershipState &m : snap.memberships)
            s += Csv::row({date, e.id, m.member, m.mechanism, u"membership"_s, QString(), QString(), u"1"_s});
    }
    return s.toUtf8();
}

bool WeightsCsvExporter::write(const WeightModel &model, QIODevice *device, QString *error)
{
    return writeAll(toCsv(model), device, error);
}

} // namespace AllianceScope
