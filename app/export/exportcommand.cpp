// ExportCommand: reads the figure options, renders through FigureExporter and maps every
// outcome onto the exit-code contract.
#include "exportcommand.h"

#include "chronology/chronology.h"
#include "figureexporter.h"
#include "weights/weightmodel.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <limits>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

constexpr int kSuccess = 0, kFileError = 1, kUsageError = 2;
constexpr int kDefaultGifWidth = 800;
constexpr int kDefaultDelayMs = 1000;

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

} // namespace

ExportCommand::ExportCommand(const QCommandLineParser &parser, QTextStream &out, QTextStream &err, Loader load)
    : m_parser(parser)
    , m_out(out)
    , m_err(err)
    , m_options(parser, err)
    , m_load(std::move(load))
{
}

int ExportCommand::run(const QString &command)
{
    if (command == u"export"_s)
        return exportFigure();
    if (command == u"export-frames"_s)
        return exportFrames();
    if (command == u"export-sheet"_s)
        return exportSheet();
    return exportGif();
}

FigureExporter::Progress ExportCommand::progressPrinter(const char *what)
{
    return [this, what](int done, int total) {
        m_err << what << ' ' << done << '/' << total << '\n';
        m_err.flush();
        return true;
    };
}

bool ExportCommand::figureOptions(FigureOptions *o, int defaultWidth)
{
    if (!m_options.layer(&o->layer) || !m_options.language(&o->language))
        return false;
    o->caption = m_parser.isSet(u"caption"_s);
    o->transparent = m_parser.isSet(u"transparent"_s);
    o->width = defaultWidth;
    return m_options.notBoth(u"width"_s, u"dpi"_s) && m_options.width(&o->width) && m_options.dpi(&o->dpi);
}

int ExportCommand::exportFigure()
{
    const QString out = m_parser.value(u"export"_s);
    const auto format = figureFormatForPath(out);
    if (!format || *format == FigureFormat::Gif)
        return m_options.usageError(u"--export: unknown figure format \""_s + out + u"\": expected .svg, .png or .pdf"_s);
    QDate date;
    FigureOptions options;
    if (!m_options.requiredDate(u"export"_s, &date) || !figureOptions(&options, FigureOptions::kDefaultWidth))
        return kUsageError;
    if (m_parser.isSet(u"with-chart"_s))
        options.content = FigureOptions::Content::Both;
    if (m_parser.isSet(u"compare"_s)
        && !m_options.dateText(m_parser.value(u"compare"_s), u"--compare"_s, &options.compareWith))
        return kUsageError;
    auto c = m_load();
    if (!c)
        return kFileError;
    const WeightModel model(std::move(*c));
    const auto exporter = FigureExporter::create(model);
    if (exporter->exportFigure(out, date, options) != FigureExporter::Status::Ok)
        return m_options.fileError(exporter->errorString());
    return kSuccess;
}

int ExportCommand::exportFrames()
{
    const QString dir = m_parser.value(u"export-frames"_s);
    QString name = u"svg"_s;
    FigureOptions options;
    if (!m_options.format({u"svg"_s, u"png"_s, u"pdf"_s}, &name, u"export-frames"_s)
        || !figureOptions(&options, FigureOptions::kDefaultWidth))
        return kUsageError;
    if (m_parser.isSet(u"with-chart"_s))
        options.content = FigureOptions::Content::Both;
    auto c = m_load();
    if (!c)
        return kFileError;
    const WeightModel model(std::move(*c));
    const auto exporter = FigureExporter::create(model);
    const FigureFormat format = *figureFormatFromName(name);
    const auto status = exporter->exportFrames(dir, format, options, progressPrinter("frame"));
    if (status != FigureExporter::Status::Ok)
        return m_options.fileError(exporter->errorString());
    m_out << dir << ": " << model.chronology().events().size() << " frames\n";
    return kSuccess;
}

int ExportCommand::exportSheet()
{
    const QString out = m_parser.value(u"export-sheet"_s);
    const auto format = figureFormatForPath(out);
    if (!format || *format == FigureFormat::Gif)
        return m_options.usageError(u"--export-sheet: unknown figure format \""_s + out + u"\": expected .svg, .png or .pdf"_s);
    const bool byDates = m_parser.isSet(u"dates"_s), byEvery = m_parser.isSet(u"every"_s);
    if (byDates == byEvery)
        return m_options.usageError(u"--export-sheet needs either --dates D1,D2,... or --every K"_s);
    QList<QDate> dates;
    int every = 0;
    if (!m_options.dates(&dates)
        || !m_options.integer(u"every"_s, 1, std::numeric_limits<int>::max(), u"a positive whole number"_s, &every))
        return kUsageError;
    FigureOptions options;
    if (!figureOptions(&options, FigureOptions::kDefaultWidth))
        return kUsageError;
    auto c = m_load();
    if (!c)
        return kFileError;
    const WeightModel model(std::move(*c));
    if (byEvery) {
        const QList<Event> &events = model.chronology().events();
        for (qsizetype i = 0; i < events.size(); i += every)
            dates.append(events[i].date);
        if (dates.isEmpty())
            return m_options.fileError(u"the chronology has no events"_s);
    }
    const auto exporter = FigureExporter::create(model);
    const auto status = exporter->exportSheet(out, dates, options, progressPrinter("panel"));
    if (status != FigureExporter::Status::Ok)
        return m_options.fileError(exporter->errorString());
    return kSuccess;
}

int ExportCommand::exportGif()
{
    const QString out = m_parser.value(u"export-gif"_s);
    if (suffixOf(out) != u"gif"_s)
        return m_options.usageError(u"--export-gif: \""_s + out + u"\" must end in .gif"_s);
    int delay = kDefaultDelayMs;
    if (!m_options.integer(u"delay"_s, 10, 60000, u"10 to 60000 ms"_s, &delay))
        return kUsageError;
    FigureOptions options;
    if (!figureOptions(&options, kDefaultGifWidth))
        return kUsageError;
    options.caption = true; // a timeline needs its dates
    auto c = m_load();
    if (!c)
        return kFileError;
    const WeightModel model(std::move(*c));
    const auto exporter = FigureExporter::create(model);
    const auto status = exporter->exportGif(out, delay, options, progressPrinter("frame"));
    if (status != FigureExporter::Status::Ok)
        return m_options.fileError(exporter->errorString());
    return kSuccess;
}

} // namespace AllianceScope
