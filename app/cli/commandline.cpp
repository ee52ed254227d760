// CommandLine: parses the options of DESIGN.md's command-line contract and runs them
// over the same models/ library the GUI uses.
#include "cli/optionvalues.h"
#include "commandline.h"

#include "chronology/chronologyreader.h"
#include "charts/chartcommand.h"
#include "export/exportcommand.h"
#include "io/csv.h"
#include "metrics/metrics.h"
#include "weights/weightmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

// The flags that select a command (exactly one may be given).
const QStringList &commandFlags()
{
    static const QStringList flags = {u"validate"_s, u"events"_s, u"weights"_s, u"metrics"_s};
    return flags;
}

// Value options that select a command drawing figures (added by the export module).
const QStringList &figureCommands()
{
    static const QStringList cmds = {u"export"_s,     u"export-frames"_s, u"export-sheet"_s,
                                     u"export-gif"_s, u"export-chart"_s};
    return cmds;
}

bool isOption(const QString &arg, const QString &name)
{
    return arg == u"--"_s + name || arg.startsWith(u"--"_s + name + u'=');
}

QString formatNumber(double v)
{
    return Csv::number(v);
}

} // namespace

QString CommandLine::bundledChronologyPath()
{
    return u":/chronology.json"_s;
}

bool CommandLine::isCommand(const QStringList &arguments)
{
    for (const QString &a : arguments) {
        if (a.startsWith(u"--"_s) || (a.startsWith(u'-') && a.size() == 2))
            return true;
    }
    return false;
}

bool CommandLine::needsGui(const QStringList &arguments)
{
    for (const QString &a : arguments) {
        for (const QString &c : figureCommands()) {
            if (isOption(a, c))
                return true;
        }
    }
    return false;
}

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
    m_parser.setApplicationDescription(
        u"AllianceScope: the US-Japan-ROK alliance network over time.\n"
        "Without a command, starts the GUI on FILE (the bundled chronology by default)."_s);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOptions({
        {{u"h"_s, u"help"_s}, u"Show this help."_s},
        {{u"v"_s, u"version"_s}, u"Show the version."_s},
        {u"validate"_s, u"Check FILE; errors on stderr as FILE:LINE:COL: error: ...; exit 0 valid, 1 invalid."_s},
        {u"events"_s, u"List the events (CSV: id,date,precision,category,title_en,title_zh)."_s},
        {u"weights"_s, u"Print every dyad's tier, score and weight at --date (CSV: source,target,layer,tier,score,weight)."_s},
        {u"metrics"_s, u"Print density, triangle cohesion and weighted degrees at --date (CSV: metric,layer,value)."_s},
        {u"date"_s, u"The date, YYYY-MM-DD."_s, u"YYYY-MM-DD"_s},
        {u"layer"_s, u"all, security, political or economic (default: every layer for --weights, all for --metrics)."_s, u"LAYER"_s},
        {u"half-life"_s, u"Half-life of a layer's relations score in days, e.g. security=1095 (repeatable)."_s, u"LAYER=DAYS"_s},
        {u"format"_s, u"csv (default) or json; svg or png for --export-frames."_s, u"FORMAT"_s},
    });
    m_parser.addOptions(ExportCommand::options());
    m_parser.addOptions(ChartCommand::options());
    m_parser.addPositionalArgument(u"FILE"_s, u"A chronology file (default: the bundled chronology)."_s,
                                   u"[FILE]"_s);
}

int CommandLine::usage(const QString &message)
{
    m_err << "alliancescope: " << message << "\n"
          << "Try 'alliancescope --help' for more information.\n";
    m_err.flush();
    return UsageError;
}

int CommandLine::run(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return usage(m_parser.errorText());
    if (m_parser.isSet(u"help"_s)) {
        m_out << m_parser.helpText();
        return Success;
    }
    if (m_parser.isSet(u"version"_s)) {
        m_out << "alliancescope " << ALLIANCESCOPE_VERSION << "\n";
        return Success;
    }
    if (m_parser.positionalArguments().size() > 1)
        return usage(u"more than one FILE given: "_s + m_parser.positionalArguments().join(u' '));

    QStringList chosen;
    for (const QString &c : commandFlags() + ExportCommand::commands() + QStringList{ChartCommand::command()}) {
        if (m_parser.isSet(c))
            chosen.append(u"--"_s + c);
    }
    if (chosen.size() > 1)
        return usage(u"choose one command, not "_s + chosen.join(u" and "_s));
    if (chosen.isEmpty())
        return usage(u"no command given (--validate, --events, --weights or --metrics)"_s);

    const QString cmd = chosen.first().mid(2);
    if (cmd == ChartCommand::command())
        return ChartCommand(m_parser, m_err, [this] { return load(); }).run();
    if (ExportCommand::commands().contains(cmd))
        return ExportCommand(m_parser, m_out, m_err, [this] { return load(); }).run(cmd);
    if (cmd == u"validate"_s)
        return validate();
    if (cmd == u"events"_s)
        return events();
    if (cmd == u"weights"_s)
        return weights();
    return metrics();
}

std::optional<Chronology> CommandLine::load()
{
    const QStringList pos = m_parser.positionalArguments();
    const QString path = pos.isEmpty() ? bundledChronologyPath() : pos.first();
    ChronologyReader::Result result = ChronologyReader::readFile(path);
    for (const ReadError &e : result.errors)
        m_err << e.toString() << "\n";
    m_err.flush();
    return std::move(result.chronology);
}

bool CommandLine::parseDate(QDate *date)
{
    if (!m_parser.isSet(u"date"_s)) {
        usage(u"--date YYYY-MM-DD is required"_s);
        return false;
    }
    const QString text = m_parser.value(u"date"_s);
    const auto parsed = OptionValues::isoDate(text);
    if (!parsed) {
        usage(OptionValues::invalidDate(u"--date"_s, text));
        return false;
    }
    *date = *parsed;
    return true;
}

bool CommandLine::parseLayer(int *layer)
{
    *layer = -1;
    if (!m_parser.isSet(u"layer"_s))
        return true;
    const QString text = m_parser.value(u"layer"_s);
    const auto l = layerFromName(text);
    if (!l) {
        usage(OptionValues::invalidLayer(text));
        return false;
    }
    *layer = static_cast<int>(*l);
    return true;
}

bool CommandLine::parseParameters(WeightParameters *parameters)
{
    for (const QString &spec : m_parser.values(u"half-life"_s)) {
        const qsizetype eq = spec.indexOf(u'=');
        const auto layer = layerFromName(spec.left(eq));
        bool ok = false;
        const double days = eq > 0 ? spec.mid(eq + 1).toDouble(&ok) : 0.0;
        if (eq <= 0 || !layer || *layer == Layer::All) {
            usage(u"invalid --half-life \""_s + spec
                  + u"\": expected LAYER=DAYS with LAYER security, political or economic"_s);
            return false;
        }
        if (!ok || !(days >= WeightParameters::kMinHalfLife && days <= WeightParameters::kMaxHalfLife)) {
            usage(u"invalid --half-life \""_s + spec + u"\": DAYS must be a number from "_s
                  + QString::number(WeightParameters::kMinHalfLife) + u" to "_s
                  + QString::number(WeightParameters::kMaxHalfLife));
            return false;
        }
        parameters->setHalfLife(*layer, days);
    }
    return true;
}

bool CommandLine::parseFormat(bool *json)
{
    const QString f = m_parser.isSet(u"format"_s) ? m_parser.value(u"format"_s) : u"csv"_s;
    if (f != u"csv"_s && f != u"json"_s) {
        usage(u"invalid --format \""_s + f + u"\": expected csv or json"_s);
        return false;
    }
    *json = f == u"json"_s;
    return true;
}

int CommandLine::validate()
{
    if (m_parser.positionalArguments().isEmpty())
        return usage(u"--validate needs a FILE"_s);
    const auto c = load();
    if (!c)
        return FileError;
    m_out << m_parser.positionalArguments().first() << ": valid (" << c->events().size()
          << " events, " << c->actors().size() << " actors)\n";
    return Success;
}

int CommandLine::events()
{
    bool json = false;
    if (!parseFormat(&json))
        return UsageError;
    const auto c = load();
    if (!c)
        return FileError;
    if (json) {
        QJsonArray arr;
        for (const Event &e : c->events()) {
            arr.append(QJsonObject{{u"id"_s, e.id},
                                   {u"date"_s, e.dateText()},
                                   {u"precision"_s, precisionName(e.precision)},
                                   {u"category"_s, e.category},
                                   {u"title_en"_s, e.title.en},
                                   {u"title_zh"_s, e.title.zh}});
        }
        m_out << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
        return Success;
    }
    m_out << Csv::row({u"id"_s, u"date"_s, u"precision"_s, u"category"_s, u"title_en"_s, u"title_zh"_s});
    for (const Event &e : c->events()) {
        m_out << Csv::row({e.id, e.dateText(), precisionName(e.precision), e.category, e.title.en,
                           e.title.zh});
    }
    return Success;
}

int CommandLine::weights()
{
    QDate date;
    int layer = -1;
    bool json = false;
    WeightParameters params;
    if (!parseDate(&date) || !parseLayer(&layer) || !parseFormat(&json) || !parseParameters(&params))
        return UsageError;
    auto c = load();
    if (!c)
        return FileError;
    const WeightModel model(std::move(*c), params);
    const NetworkSnapshot snap = model.snapshotAt(date);

    QList<Layer> layers;
    if (layer >= 0)
        layers = {static_cast<Layer>(layer)};
    else
        layers = {Layer::Security, Layer::Political, Layer::Economic, Layer::All};

    if (json) {
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
        const QJsonObject root{{u"date"_s, date.toString(Qt::ISODate)},
                               {u"dyads"_s, dyads},
                               {u"memberships"_s, members}};
        m_out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return Success;
    }

    m_out << Csv::row({u"source"_s, u"target"_s, u"layer"_s, u"tier"_s, u"score"_s, u"weight"_s});
    for (const DyadState &d : snap.dyads) {
        for (Layer l : layers) {
            const LayerState &s = d.at(l);
            m_out << Csv::row({d.a, d.b, layerName(l), QString::number(s.tier), formatNumber(s.score),
                               formatNumber(s.weight)});
        }
    }
    for (const MembershipState &m : snap.memberships)
        m_out << Csv::row({m.member, m.mechanism, u"membership"_s, QString(), QString(), u"1"_s});
    return Success;
}

int CommandLine::metrics()
{
    QDate date;
    int layer = -1;
    bool json = false;
    WeightParameters params;
    if (!parseDate(&date) || !parseLayer(&layer) || !parseFormat(&json) || !parseParameters(&params))
        return UsageError;
    auto c = load();
    if (!c)
        return FileError;
    const WeightModel model(std::move(*c), params);
    const NetworkSnapshot snap = model.snapshotAt(date);
    const Layer l = layer >= 0 ? static_cast<Layer>(layer) : Layer::All;
    const QList<MetricValue> values = Metrics::all(model.chronology(), snap, l, params);

    if (json) {
        QJsonArray arr;
        for (const MetricValue &v : values) {
            arr.append(QJsonObject{{u"metric"_s, v.metric},
                                   {u"layer"_s, layerName(v.layer)},
                                   {u"value"_s, v.value}});
        }
        m_out << QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Indented));
        return Success;
    }
    m_out << Csv::row({u"metric"_s, u"layer"_s, u"value"_s});
    for (const MetricValue &v : values)
        m_out << Csv::row({v.metric, layerName(v.layer), formatNumber(v.value)});
    return Success;
}

} // namespace AllianceScope
