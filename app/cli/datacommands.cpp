// DataCommands: the read-only data commands, CSV (the contract) or JSON on stdout.
#include "datacommands.h"

#include "optionreader.h"
#include "usage.h"

#include "io/csv.h"
#include "metrics/metrics.h"
#include "weights/weightmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

const QStringList &textFormats()
{
    static const QStringList f = {u"csv"_s, u"json"_s};
    return f;
}

QString json(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

} // namespace

DataCommands::DataCommands(const OptionReader &options, QTextStream &out, ChronologyLoader load)
    : m_options(options)
    , m_out(out)
    , m_load(std::move(load))
{
}

int DataCommands::run(const QString &command)
{
    if (command == u"validate"_s)
        return validate();
    if (command == u"events"_s)
        return events();
    if (command == u"weights"_s)
        return weights();
    return metrics();
}

int DataCommands::validate()
{
    if (m_options.file().isEmpty())
        return m_options.usageError(u"--validate needs a FILE"_s);
    const auto c = m_load();
    if (!c)
        return Usage::FileError;
    m_out << m_options.file() << ": valid (" << c->events().size() << " events, " << c->actors().size()
          << " actors)\n";
    return Usage::Success;
}

int DataCommands::events()
{
    QString format = u"csv"_s;
    if (!m_options.format(textFormats(), &format))
        return Usage::UsageError;
    const auto c = m_load();
    if (!c)
        return Usage::FileError;
    if (format == u"json"_s) {
        QJsonArray arr;
        for (const Event &e : c->events()) {
            arr.append(QJsonObject{{u"id"_s, e.id},
                                   {u"date"_s, e.dateText()},
                                   {u"precision"_s, precisionName(e.precision)},
                                   {u"category"_s, e.category},
                                   {u"title_en"_s, e.title.en},
                                   {u"title_zh"_s, e.title.zh}});
        }
        m_out << json(QJsonDocument(arr));
        return Usage::Success;
    }
    m_out << Csv::row({u"id"_s, u"date"_s, u"precision"_s, u"category"_s, u"title_en"_s, u"title_zh"_s});
    for (const Event &e : c->events())
        m_out << Csv::row({e.id, e.dateText(), precisionName(e.precision), e.category, e.title.en, e.title.zh});
    return Usage::Success;
}

int DataCommands::weights()
{
    QDate date;
    std::optional<Layer> layer;
    QString format = u"csv"_s;
    WeightParameters params;
    if (!m_options.requiredDate(u"weights"_s, &date) || !m_options.layer(&layer)
        || !m_options.format(textFormats(), &format) || !m_options.halfLives(&params))
        return Usage::UsageError;
    auto c = m_load();
    if (!c)
        return Usage::FileError;
    const WeightModel model(std::move(*c), params);
    const NetworkSnapshot snap = model.snapshotAt(date);

    // Without --layer, every layer and the combined view.
    const QList<Layer> layers
        = layer ? QList<Layer>{*layer} : QList<Layer>{Layer::Security, Layer::Political, Layer::Economic, Layer::All};

    if (format == u"json"_s) {
        QJsonArray dyads;
        for (const DyadState &d : snap.dyads) {
            for (Layer l : layers) {
                const LayerState &s = d.at(l);
                dyads.append(QJsonObject{{u"source"_s, d.a},
                                         {u"target"_s, d.b},
                                         {u"layer"_s, layerName(l)},
                                         {u"tier"_s, s.tier},
                                         {u"score"_s, s.score},
                                         {u"weight"_s, s.weight}});
            }
        }
        QJsonArray members;
        for (const MembershipState &m : snap.memberships) {
            members.append(QJsonObject{{u"member"_s, m.member},
                                       {u"mechanism"_s, m.mechanism},
                                       {u"role"_s, m.role},
                                       {u"since"_s, m.since.toString(Qt::ISODate)}});
        }
        m_out << json(QJsonDocument(QJsonObject{{u"date"_s, date.toString(Qt::ISODate)},
                                                {u"dyads"_s, dyads},
                                                {u"memberships"_s, members}}));
        return Usage::Success;
    }

    m_out << Csv::row({u"source"_s, u"target"_s, u"layer"_s, u"tier"_s, u"score"_s, u"weight"_s});
    for (const DyadState &d : snap.dyads) {
        for (Layer l : layers) {
            const LayerState &s = d.at(l);
            m_out << Csv::row({d.a, d.b, layerName(l), QString::number(s.tier), Csv::number(s.score),
                               Csv::number(s.weight)});
        }
    }
    for (const MembershipState &m : snap.memberships)
        m_out << Csv::row({m.member, m.mechanism, u"membership"_s, QString(), QString(), u"1"_s});
    return Usage::Success;
}

int DataCommands::metrics()
{
    QDate date;
    Layer layer = Layer::All;
    QString format = u"csv"_s;
    WeightParameters params;
    if (!m_options.requiredDate(u"metrics"_s, &date) || !m_options.layer(&layer)
        || !m_options.format(textFormats(), &format) || !m_options.halfLives(&params))
        return Usage::UsageError;
    auto c = m_load();
    if (!c)
        return Usage::FileError;
    const WeightModel model(std::move(*c), params);
    const NetworkSnapshot snap = model.snapshotAt(date);
    const QList<MetricValue> values = Metrics::all(model.chronology(), snap, layer, params);

    if (format == u"json"_s) {
        QJsonArray arr;
        for (const MetricValue &v : values) {
            arr.append(QJsonObject{{u"metric"_s, v.metric}, {u"layer"_s, layerName(v.layer)}, {u"value"_s, v.value}});
        }
        m_out << json(QJsonDocument(arr));
        return Usage::Success;
    }
    m_out << Csv::row({u"metric"_s, u"layer"_s, u"value"_s});
    for (const MetricValue &v : values)
        m_out << Csv::row({v.metric, layerName(v.layer), Csv::number(v.value)});
    return Usage::Success;
}

} // namespace AllianceScope
