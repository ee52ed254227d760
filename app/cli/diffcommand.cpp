// DiffCommand: the difference of two snapshots (models/weights/networkdiff) as CSV or JSON.
#include "diffcommand.h"

#include "optionreader.h"
#include "usage.h"

#include "io/csv.h"
#include "weights/networkdiff.h"
#include "weights/weightmodel.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace AllianceScope {

DiffCommand::DiffCommand(const OptionReader &options, QTextStream &out, ChronologyLoader load)
    : m_options(options)
    , m_out(out)
    , m_load(std::move(load))
{
}

int DiffCommand::run()
{
    const QStringList positional = m_options.parser().positionalArguments();
    if (positional.isEmpty())
        return m_options.usageError(u"--diff needs two dates: --diff D1 D2"_s);
    QDate from;
    QDate to;
    std::optional<Layer> layer;
    QString format = u"csv"_s;
    WeightParameters parameters;
    if (!m_options.dateText(m_options.value(u"diff"_s), u"--diff"_s, &from)
        || !m_options.dateText(positional.first(), u"--diff"_s, &to) || !m_options.layer(&layer)
        || !m_options.format({u"csv"_s, u"json"_s}, &format)
        || !m_options.halfLives(&parameters))
        return Usage::UsageError;
    auto c = m_load();
    if (!c)
        return Usage::FileError;
    const WeightModel model(std::move(*c), parameters);
    QList<DyadChange> changes = diffSnapshots(model.snapshotAt(from), model.snapshotAt(to), layer);
    changes.removeIf([](const DyadChange &d) {
        return d.tierFrom == d.tierTo && d.weightFrom == d.weightTo;
    });

    if (format == u"json"_s) {
        QJsonArray rows;
        for (const DyadChange &d : std::as_const(changes)) {
            rows.append(QJsonObject{{u"source"_s, d.a},
                                    {u"target"_s, d.b},
                                    {u"layer"_s, layerName(d.layer)},
                                    {u"tier_from"_s, d.tierFrom},
                                    {u"tier_to"_s, d.tierTo},
                                    {u"weight_from"_s, d.weightFrom},
                                    {u"weight_to"_s, d.weightTo},
                                    {u"delta"_s, d.delta()}});
        }
        const QJsonObject root{{u"from"_s, from.toString(Qt::ISODate)},
                               {u"to"_s, to.toString(Qt::ISODate)},
                               {u"changes"_s, rows}};
        m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return Usage::Success;
    }
    m_out << Csv::row({u"source"_s, u"target"_s, u"layer"_s, u"tier_from"_s, u"tier_to"_s,
                       u"weight_from"_s, u"weight_to"_s, u"delta"_s});
    for (const DyadChange &d : std::as_const(changes)) {
        m_out << Csv::row({d.a, d.b, layerName(d.layer), QString::number(d.tierFrom),
                           QString::number(d.tierTo), Csv::number(d.weightFrom),
                           Csv::number(d.weightTo), Csv::number(d.delta())});
    }
    return Usage::Success;
}

} // namespace AllianceScope
