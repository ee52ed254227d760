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

// What --weights and --metrics read.
struct Query
{
    QDate date;
    std::optional<Layer> layer;
    QString format = u"csv"_s;
    WeightParameters parameters;
};

bool readQuery(const OptionReader &options, const QString &command, Query *q)
{
    return options.requiredDate(command, &q->date) && options.layer(&q->layer)
        && options.format(textFormats(), &q->format) && options.halfLives(&q->parameters);
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
    Query q;
    if (!readQuery(m_options, u"weights"_s, &q))
        return Usage::UsageError;
    auto c = m_load();
    if (!c)
        return Usage::FileError;
    const WeightModel model(std::move(*c), q.parameters);
    const NetworkSnapshot snap = model.snapshotAt(q.date);

    // Without --layer, every layer and the combined view.
    const QList<Layer> layers
        = q.layer ? QList<Layer>{*q.layer} : QList<Layer>{Layer::Security, Layer::Political, Layer::Economic, Layer::All};

    if (q.format == u"json"_s) {
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
        m_out << json(QJsonDocument(QJsonObject{{u"date"_s, q.date.toString(Qt::ISODate)},
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
    Query q;
    if (!readQuery(m_options, u"metrics"_s, &q))
        return Usage::UsageError;
    auto c = m_load();
    if (!c)
        return Usage::FileError;
    const WeightModel model(std::move(*c), q.parameters);
    const QList<MetricValue> values
        = Metrics::all(model.chronology(), model.snapshotAt(q.date), q.layer.value_or(Layer::All), q.parameters);

    if (q.format == u"json"_s) {
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
