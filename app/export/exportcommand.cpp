// ExportCommand: parses the export options, renders through FigureExporter or writes data
// through the models/io exporters, and maps every outcome onto the exit-code contract.
#include "cli/optionvalues.h"
#include "exportcommand.h"

#include "chronology/chronology.h"
#include "figureexporter.h"
#include "io/dotexporter.h"
#include "io/gexfexporter.h"
#include "io/graphmlexporter.h"
#include "io/weightscsvexporter.h"
#include "weights/weightmodel.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

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

// Writes @p data to @p path through QSaveFile; the error text on failure.
QString writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (file.write(data) != data.size()) {
        const QString e = file.errorString();
        file.cancelWriting();
        return e;
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace

QList<QCommandLineOption> ExportCommand::options()
{
    return {
        {u"export"_s, u"Write the graph at --date as a figure (.svg, .png or .pdf)."_s, u"OUT"_s},
        {u"export-frames"_s, u"Write one figure per event into DIR (--format svg|png|pdf, default svg)."_s, u"DIR"_s},
        {u"export-sheet"_s, u"Write small multiples of --dates (or --every K events) as one figure."_s, u"OUT"_s},
        {u"export-gif"_s, u"Write an animated GIF, one frame per event (--delay MS)."_s, u"OUT"_s},
        {u"export-graph"_s, u"Write the network as .dot or .graphml (at --date, default the last date) or as dynamic .gexf (every event)."_s, u"OUT"_s},
        {u"export-weights"_s, u"Write every dyad's weights at every event as CSV (date,event_id,source,target,layer,tier,score,weight)."_s, u"OUT"_s},
        {u"lang"_s, u"Language of labels and captions: zh or en (default en)."_s, u"zh|en"_s},
        {u"width"_s, u"Figure width in pixels, 100-10000 (default 1600; 800 for --export-gif)."_s, u"PX"_s},
        {u"dpi"_s, u"Figure resolution, 50-600 dpi, for a figure 6.5 in wide (instead of --width)."_s, u"N"_s},
        {u"caption"_s, u"Add a caption: date, event title and source (always on for --export-gif)."_s},
        {u"with-chart"_s, u"--export, --export-frames: add the weight chart of the triangle under the graph, its cursor at each figure's date."_s},
        {u"transparent"_s, u"Transparent instead of white background."_s},
        {u"dates"_s, u"Dates of the sheet's panels, comma-separated YYYY-MM-DD."_s, u"D1,D2,..."_s},
        {u"every"_s, u"Sheet panels at every K-th event."_s, u"K"_s},
        {u"delay"_s, u"Milliseconds per GIF frame, 10-60000 (default 1000)."_s, u"MS"_s},
    };
}

QStringList ExportCommand::commands()
{
    return {u"export"_s,     u"export-frames"_s, u"export-sheet"_s,
            u"export-gif"_s, u"export-graph"_s,  u"export-weights"_s};
}

ExportCommand::ExportCommand(const QCommandLineParser &parser, QTextStream &out, QTextStream &err, Loader load)
    : m_parser(parser)
    , m_out(out)
    , m_err(err)
    , m_load(std::move(load))
{
}

int ExportCommand::usage(const QString &message)
{
    m_err << "alliancescope: " << message << "\n"
          << "Try 'alliancescope --help' for more information.\n";
    m_err.flush();
    return kUsageError;
}

int ExportCommand::fileError(const QString &message)
{
    m_err << "alliancescope: " << message << "\n";
    m_err.flush();
    return kFileError;
}

int ExportCommand::run(const QString &command)
{
    if (command == u"export"_s)
        return exportFigure();
    if (command == u"export-frames"_s)
        return exportFrames();
    if (command == u"export-sheet"_s)
        return exportSheet();
    if (command == u"export-gif"_s)
        return exportGif();
    if (command == u"export-graph"_s)
        return exportGraph();
    return exportWeights();
}

FigureExporter::Progress ExportCommand::progressPrinter(const char *what)
{
    return [this, what](int done, int total) {
        m_err << what << ' ' << done << '/' << total << '\n';
        m_err.flush();
        return true;
    };
}

bool ExportCommand::parseDateText(const QString &text, const QString &option, QDate *date)
{
    const auto parsed = OptionValues::isoDate(text);
    if (!parsed) {
        usage(OptionValues::invalidDate(option, text));
        return false;
    }
    *date = *parsed;
    return true;
}

bool ExportCommand::parseLayer(int *layer)
{
    *layer = int(Layer::All);
    if (!m_parser.isSet(u"layer"_s))
        return true;
    const QString text = m_parser.value(u"layer"_s);
    const auto l = layerFromName(text);
    if (!l) {
        usage(OptionValues::invalidLayer(text));
        return false;
    }
    *layer = int(*l);
    return true;
}

bool ExportCommand::parseLang(QString *lang)
{
    *lang = m_parser.isSet(u"lang"_s) ? m_parser.value(u"lang"_s) : languageCode(Language::En);
    if (!languageFromCode(*lang)) {
        usage(OptionValues::invalidLanguage(*lang));
        return false;
    }
    return true;
}

bool ExportCommand::figureOptions(FigureOptions *o, int defaultWidth)
{
    int layer = 0;
    QString code;
    if (!parseLayer(&layer) || !parseLang(&code))
        return false;
    o->language = languageFromCode(code).value_or(Language::En);
    o->layer = Layer(layer);
    o->caption = m_parser.isSet(u"caption"_s);
    o->transparent = m_parser.isSet(u"transparent"_s);
    o->width = defaultWidth;
    if (m_parser.isSet(u"width"_s) && m_parser.isSet(u"dpi"_s)) {
        usage(u"give --width or --dpi, not both"_s);
        return false;
    }
    if (m_parser.isSet(u"width"_s)) {
        bool ok = false;
        const int w = m_parser.value(u"width"_s).toInt(&ok);
        if (!ok || w < FigureOptions::kMinWidth || w > FigureOptions::kMaxWidth) {
            usage(u"invalid --width \""_s + m_parser.value(u"width"_s) + u"\": expected pixels from "_s
                  + QString::number(FigureOptions::kMinWidth) + u" to "_s
                  + QString::number(FigureOptions::kMaxWidth));
            return false;
        }
        o->width = w;
    }
    if (m_parser.isSet(u"dpi"_s)) {
        bool ok = false;
        const int d = m_parser.value(u"dpi"_s).toInt(&ok);
        if (!ok || d < FigureOptions::kMinDpi || d > FigureOptions::kMaxDpi) {
            usage(u"invalid --dpi \""_s + m_parser.value(u"dpi"_s) + u"\": expected "_s
                  + QString::number(FigureOptions::kMinDpi) + u" to "_s
                  + QString::number(FigureOptions::kMaxDpi));
            return false;
        }
        o->dpi = d;
    }
    return true;
}

int ExportCommand::exportFigure()
{
    const QString out = m_parser.value(u"export"_s);
    const auto format = figureFormatForPath(out);
    if (!format || *format == FigureFormat::Gif)
        return usage(u"--export: unknown figure format \""_s + out + u"\": expected .svg, .png or .pdf"_s);
    if (!m_parser.isSet(u"date"_s))
        return usage(u"--export needs --date YYYY-MM-DD"_s);
    QDate date;
    FigureOptions options;
    if (!parseDateText(m_parser.value(u"date"_s), u"--date"_s, &date) || !figureOptions(&options, FigureOptions::kDefaultWidth))
        return kUsageError;
    if (m_parser.isSet(u"with-chart"_s))
        options.content = FigureOptions::Content::Both;
    auto c = m_load();
    if (!c)
        return kFileError;
    const WeightModel model(std::move(*c));
    const auto exporter = FigureExporter::create(model);
    if (exporter->exportFigure(out, date, options) != FigureExporter::Status::Ok)
        return fileError(exporter->errorString());
    return kSuccess;
}

int ExportCommand::exportFrames()
{
    const QString dir = m_parser.value(u"export-frames"_s);
    const QString name = m_parser.isSet(u"format"_s) ? m_parser.value(u"format"_s) : u"svg"_s;
    const auto format = figureFormatFromName(name);
    if (!format || *format == FigureFormat::Gif)
        return usage(u"invalid --format \""_s + name + u"\" for --export-frames: expected svg, png or pdf"_s);
    FigureOptions options;
    if (!figureOptions(&options, FigureOptions::kDefaultWidth))
        return kUsageError;
    if (m_parser.isSet(u"with-chart"_s))
        options.content = FigureOptions::Content::Both;
    auto c = m_load();
    if (!c)
        return kFileError;
    const WeightModel model(std::move(*c));
    const auto exporter = FigureExporter::create(model);
    const auto status = exporter->exportFrames(dir, *format, options, progressPrinter("frame"));
    if (status != FigureExporter::Status::Ok)
        return fileError(exporter->errorString());
    m_out << dir << ": " << model.chronology().events().size() << " frames\n";
    return kSuccess;
}

int ExportCommand::exportSheet()
{
    const QString out = m_parser.value(u"export-sheet"_s);
    const auto format = figureFormatForPath(out);
    if (!format || *format == FigureFormat::Gif)
        return usage(u"--export-sheet: unknown figure format \""_s + out + u"\": expected .svg, .png or .pdf"_s);
    const bool byDates = m_parser.isSet(u"dates"_s), byEvery = m_parser.isSet(u"every"_s);
    if (byDates == byEvery)
        return usage(u"--export-sheet needs either --dates D1,D2,... or --every K"_s);
    QList<QDate> dates;
    int every = 0;
    if (byDates) {
        for (const QString &t : m_parser.value(u"dates"_s).split(u',', Qt::SkipEmptyParts)) {
            QDate d;
            if (!parseDateText(t.trimmed(), u"--dates"_s, &d))
                return kUsageError;
            dates.append(d);
        }
        if (dates.isEmpty())
            return usage(u"--dates needs at least one date"_s);
    } else {
        bool ok = false;
        every = m_parser.value(u"every"_s).toInt(&ok);
        if (!ok || every < 1)
            return usage(u"invalid --every \""_s + m_parser.value(u"every"_s) + u"\": expected a positive whole number"_s);
    }
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
            return fileError(u"the chronology has no events"_s);
    }
    const auto exporter = FigureExporter::create(model);
    const auto status = exporter->exportSheet(out, dates, options, progressPrinter("panel"));
    if (status != FigureExporter::Status::Ok)
        return fileError(exporter->errorString());
    return kSuccess;
}

int ExportCommand::exportGif()
{
    const QString out = m_parser.value(u"export-gif"_s);
    if (suffixOf(out) != u"gif"_s)
        return usage(u"--export-gif: \""_s + out + u"\" must end in .gif"_s);
    int delay = kDefaultDelayMs;
    if (m_parser.isSet(u"delay"_s)) {
        bool ok = false;
        delay = m_parser.value(u"delay"_s).toInt(&ok);
        if (!ok || delay < 10 || delay > 60000)
            return usage(u"invalid --delay \""_s + m_parser.value(u"delay"_s) + u"\": expected 10 to 60000 ms"_s);
    }
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
        return fileError(exporter->errorString());
    return kSuccess;
}

int ExportCommand::exportGraph()
{
    const QString out = m_parser.value(u"export-graph"_s);
    const QString suffix = suffixOf(out);
    if (suffix != u"dot"_s && suffix != u"gv"_s && suffix != u"graphml"_s && suffix != u"gexf"_s)
        return usage(u"--export-graph: unknown format \""_s + out + u"\": expected .dot, .graphml or .gexf"_s);
    QDate date;
    if (m_parser.isSet(u"date"_s) && !parseDateText(m_parser.value(u"date"_s), u"--date"_s, &date))
        return kUsageError;
    int layer = 0;
    QString lang;
    if (!parseLayer(&layer) || !parseLang(&lang))
        return kUsageError;
    auto c = m_load();
    if (!c)
        return kFileError;
    const WeightModel model(std::move(*c));
    QByteArray data;
    if (suffix == u"gexf"_s)
        data = GexfExporter::toGexf(model, {lang});
    else if (suffix == u"graphml"_s)
        data = GraphmlExporter::toGraphml(model, {date, lang});
    else
        data = DotExporter::toDot(model, {date, Layer(layer), lang});
    const QString error = writeFile(out, data);
    if (!error.isEmpty())
        return fileError(u"cannot write "_s + QDir::toNativeSeparators(out) + u": "_s + error);
    return kSuccess;
}

int ExportCommand::exportWeights()
{
    const QString out = m_parser.value(u"export-weights"_s);
    if (suffixOf(out) != u"csv"_s)
        return usage(u"--export-weights: \""_s + out + u"\" must end in .csv"_s);
    auto c = m_load();
    if (!c)
        return kFileError;
    const WeightModel model(std::move(*c));
    const QString error = writeFile(out, WeightsCsvExporter::toCsv(model));
    if (!error.isEmpty())
        return fileError(u"cannot write "_s + QDir::toNativeSeparators(out) + u": "_s + error);
    return kSuccess;
}

} // namespace AllianceScope
