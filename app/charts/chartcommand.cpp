// ChartCommand: --export-chart (see chartcommand.h).
#include "chartcommand.h"

#include "chartexport.h"
#include "chronology/chronology.h"
#include "metrics/timeseries.h"

#include <QCommandLineParser>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace AllianceScope {

ChartCommand::ChartCommand(const QCommandLineParser &parser, QTextStream &err, Loader load)
    : m_parser(parser)
    , m_options(parser, err)
    , m_load(std::move(load))
{
}

int ChartCommand::run()
{
    auto has = [&](const QString &name) { return m_options.isSet(name); };
    auto usage = [&](const QString &message) { return m_options.usageError(message); };

    ChartExport::Request request;
    request.output = m_parser.value(command());
    if (!ChartExport::formatOf(request.output))
        return usage(u"invalid --export-chart \""_s + request.output + u"\": expected a file ending in .svg or .png"_s);
    int width = 0;
    if (!m_options.notBoth(u"pairs"_s, u"metric"_s) || !m_options.layer(&request.layer)
        || !m_options.language(&request.language) || !m_options.width(&width) || !m_options.date(&request.date))
        return 2;
    if (width > 0) {
        request.height = width / 2;
        request.width = width;
    }

    QStringList pairs = {u"USA-JPN"_s, u"USA-KOR"_s, u"JPN-KOR"_s};
    if (has(u"pairs"_s))
        pairs = m_parser.value(u"pairs"_s).split(u',');
    static const QRegularExpression pairRe(u"^([A-Za-z0-9_]+)-([A-Za-z0-9_]+)$"_s);
    for (const QString &p : std::as_const(pairs)) {
        const auto m = pairRe.match(p.trimmed());
        if (!m.hasMatch() || m.captured(1) == m.captured(2))
            return usage(u"invalid --pairs entry \""_s + p + u"\": expected two different ids as A-B, e.g. USA-JPN"_s);
        request.pairs.append({m.captured(1), m.captured(2)});
    }
    if (has(u"metric"_s)) {
        for (const QString &m : m_parser.value(u"metric"_s).split(u','))
            request.metrics.append(m.trimmed());
    }

    const std::optional<Chronology> chronology = m_load();
    if (!chronology)
        return 1;

    // Ids and metric names can only be checked against the chronology.
    for (const auto &[a, b] : std::as_const(request.pairs)) {
        for (const QString &id : {a, b}) {
            const Actor *actor = chronology->actor(id);
            if (!actor || !actor->isState())
                return usage(u"invalid --pairs: \""_s + id + u"\" is not a state of the chronology"_s);
        }
    }
    for (const QString &m : std::as_const(request.metrics)) {
        if (!TimeSeries::isMetricName(*chronology, m))
            return usage(u"invalid --metric \""_s + m + u"\": expected one of "_s
                         + TimeSeries::metricNames(*chronology).join(u", "_s));
    }

    const QStringList pos = m_parser.positionalArguments();
    QString error;
    if (!ChartExport::exportChart(*chronology, pos.isEmpty() ? QString() : pos.first(), request, &error))
        return m_options.fileError(error);
    return 0;
}

} // namespace AllianceScope
