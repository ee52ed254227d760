// ChartCommand: --export-chart (see chartcommand.h).
#include "cli/optionvalues.h"
#include "chartcommand.h"

#include "chartexport.h"
#include "chronology/chronology.h"
#include "metrics/timeseries.h"

#include <QCommandLineParser>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace AllianceScope {

QList<QCommandLineOption> ChartCommand::options()
{
    return {
        {u"export-chart"_s, u"Write a chart over time as .svg or .png: the weight of --pairs (default the triangle) or --metric."_s, u"OUT"_s},
        {u"pairs"_s, u"Dyads of --export-chart, comma-separated (default USA-JPN,USA-KOR,JPN-KOR)."_s, u"A-B,..."_s},
        {u"metric"_s, u"Metrics of --export-chart instead of dyads, comma-separated: density, triangle_min, triangle_geomean, degree:<ID>."_s, u"NAME"_s},
    };
}

ChartCommand::ChartCommand(const QCommandLineParser &parser, QTextStream &err, Loader load)
    : m_parser(parser)
    , m_err(err)
    , m_load(std::move(load))
{
}

int ChartCommand::usage(const QString &message)
{
    m_err << "alliancescope: " << message << "\n"
          << "Try 'alliancescope --help' for more information.\n";
    m_err.flush();
    return 2;
}

int ChartCommand::run()
{
    // Options present on the command line (optionNames() never warns about unknown names).
    const QStringList given = m_parser.optionNames();
    auto has = [&](const QString &name) { return given.contains(name); };

    ChartExport::Request request;
    request.output = m_parser.value(command());
    if (!ChartExport::formatOf(request.output))
        return usage(u"invalid --export-chart \""_s + request.output + u"\": expected a file ending in .svg or .png"_s);
    if (has(u"pairs"_s) && has(u"metric"_s))
        return usage(u"choose --pairs or --metric, not both"_s);

    if (has(u"layer"_s)) {
        const QString text = m_parser.value(u"layer"_s);
        const auto layer = layerFromName(text);
        if (!layer)
            return usage(OptionValues::invalidLayer(text));
        request.layer = *layer;
    }
    if (has(u"lang"_s)) {
        const QString code = m_parser.value(u"lang"_s);
        const auto language = languageFromCode(code);
        if (!language)
            return usage(OptionValues::invalidLanguage(code));
        request.language = *language;
    }
    if (has(u"width"_s)) {
        bool ok = false;
        const int width = m_parser.value(u"width"_s).toInt(&ok);
        if (!ok || width < ChartExport::kMinWidth || width > ChartExport::kMaxWidth)
            return usage(u"invalid --width \""_s + m_parser.value(u"width"_s) + u"\": expected "_s
                         + QString::number(ChartExport::kMinWidth) + u" to "_s
                         + QString::number(ChartExport::kMaxWidth) + u" pixels"_s);
        request.height = width / 2;
        request.width = width;
    }
    if (has(u"date"_s)) {
        const QString text = m_parser.value(u"date"_s);
        const auto date = OptionValues::isoDate(text);
        if (!date)
            return usage(OptionValues::invalidDate(u"--date"_s, text));
        request.date = *date;
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
    if (!ChartExport::exportChart(*chronology, pos.isEmpty() ? QString() : pos.first(), request, &error)) {
        m_err << "alliancescope: " << error << "\n";
        m_err.flush();
        return 1;
    }
    return 0;
}

} // namespace AllianceScope
