// Usage: the whole command line's options and help texts in one table, and the error printers.
#include "usage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace AllianceScope::Usage {

namespace {

// What a row of the table is: a command or an option, of the data commands or of the figures.
enum class Kind { DataCommand, FigureCommand, DataOption, FigureOption };

struct OptionText
{
    QStringList names;
    QString description;
    QString valueName; ///< empty: a flag
    Kind kind;
    QString dataDescription = {}; ///< in alliancescope-data's help, where the figures and the window are not

    QString help(Scope scope) const
    {
        return scope == Scope::Data && !dataDescription.isEmpty() ? dataDescription : description;
    }

    bool isData() const { return kind == Kind::DataCommand || kind == Kind::DataOption; }
};

// Every option of the program, in the order --help lists them.
const QList<OptionText> &table()
{
    static const QList<OptionText> t = {
        {{u"h"_s, u"help"_s}, u"Show this help."_s, {}, Kind::DataOption},
        {{u"v"_s, u"version"_s}, u"Show the version."_s, {}, Kind::DataOption},
        // The data commands.
        {{u"validate"_s}, u"Check FILE; errors on stderr as FILE:LINE:COL: error: ...; exit 0 valid, 1 invalid."_s, {}, Kind::DataCommand},
        {{u"events"_s}, u"List the events (CSV: id,date,precision,category,title_en,title_zh)."_s, {}, Kind::DataCommand},
        {{u"weights"_s}, u"Print every dyad's tier, score and weight at --date (CSV: source,target,layer,tier,score,weight)."_s, {}, Kind::DataCommand},
        {{u"metrics"_s}, u"Print density, triangle cohesion, weighted degrees, structural balance and alliance-portfolio similarity at --date (CSV: metric,layer,value)."_s, {}, Kind::DataCommand},
        {{u"export-graph"_s}, u"Write the network as .dot or .graphml (at --date, default the last date) or as dynamic .gexf (every event)."_s, u"OUT"_s, Kind::DataCommand},
        {{u"export-weights"_s}, u"Write every dyad's weights at every event as CSV (date,event_id,source,target,layer,tier,score,weight)."_s, u"OUT"_s, Kind::DataCommand},
        {{u"diff"_s}, u"Print what changed between D1 and the date given after it, D2 (CSV: source,target,layer,tier_from,tier_to,weight_from,weight_to,delta), every dyad with a change."_s, u"D1 D2"_s, Kind::DataCommand},
        {{u"import-events"_s}, u"Import an event table (CSV or TSV: ICEWS, GDELT, a spreadsheet) into a chronology, as --mapping says; needs -o (docs/DATA.md)."_s, u"TABLE"_s, Kind::DataCommand},
        {{u"import-tiers"_s}, u"Import an alliance table (ATOP/COW-style: state A, state B, start, end, type) as tier changes, as --mapping says; needs -o."_s, u"TABLE"_s, Kind::DataCommand},
        // The figure commands.
        {{u"export"_s}, u"Write the graph at --date as a figure (.svg, .png or .pdf)."_s, u"OUT"_s, Kind::FigureCommand},
        {{u"export-frames"_s}, u"Write one figure per event into DIR (--format svg|png|pdf, default svg)."_s, u"DIR"_s, Kind::FigureCommand},
        {{u"export-sheet"_s}, u"Write small multiples of --dates (or --every K events) as one figure."_s, u"OUT"_s, Kind::FigureCommand},
        {{u"export-gif"_s}, u"Write an animated GIF, one frame per event (--delay MS)."_s, u"OUT"_s, Kind::FigureCommand},
        {{u"export-chart"_s}, u"Write a chart over time as .svg or .png: the weight of --pairs (default the triangle) or --metric."_s, u"OUT"_s, Kind::FigureCommand},
        {{u"export-story"_s}, u"Write a handout of --story, a page per step: one .pdf, or frames into a directory (--format png|svg, default png)."_s, u"OUT"_s, Kind::FigureCommand},
        {{u"export-heatstrip"_s}, u"Write every dyad's weight over time as .png or .svg: one row per dyad (the triangle first), tier changes marked, the cursor at --date."_s, u"OUT"_s, Kind::FigureCommand},
        // Their options.
        {{u"date"_s}, u"The date, YYYY-MM-DD (without a command: the date the window opens at)."_s, u"YYYY-MM-DD"_s, Kind::DataOption,
         u"The date, YYYY-MM-DD."_s},
        {{u"layer"_s}, u"all, security, political or economic (default: every layer for --weights, all otherwise)."_s, u"LAYER"_s, Kind::DataOption},
        {{u"half-life"_s}, u"Half-life of a layer's relations score in days, e.g. security=1095 (repeatable)."_s, u"LAYER=DAYS"_s, Kind::DataOption},
        {{u"format"_s}, u"csv (default) or json; svg, png or pdf for --export-frames; png or svg for --export-story frames."_s, u"FORMAT"_s, Kind::DataOption,
         u"csv (default) or json."_s},
        {{u"without"_s}, u"Any data or figure command, with these events switched off (comma-separated event ids)."_s, u"ID,..."_s, Kind::DataOption,
         u"Any data command, with these events switched off (comma-separated event ids)."_s},
        {{u"scenario"_s}, u"Any data or figure command, under this scenario of the chronology (its \"scenarios\"; see docs/DATA.md)."_s, u"ID"_s, Kind::DataOption,
         u"Any data command, under this scenario of the chronology (its \"scenarios\"; see docs/DATA.md)."_s},
        {{u"lang"_s}, u"Language of names, labels and captions: zh or en (default en; without a command: the window's)."_s, u"zh|en"_s, Kind::DataOption,
         u"Language of the names in --export-graph: zh or en (default en)."_s},
        {{u"mapping"_s}, u"--import-events, --import-tiers: the mapping of columns and actor names (JSON; docs/DATA.md)."_s, u"MAP.json"_s, Kind::DataOption},
        {{u"base"_s}, u"--import-events, --import-tiers: the chronology the imported events are added to (default: the bundled one)."_s, u"FILE"_s, Kind::DataOption},
        {{u"o"_s, u"output"_s}, u"--import-events, --import-tiers: the chronology file to write."_s, u"OUT.json"_s, Kind::DataOption},
        {{u"progress"_s}, u"--export-graph, --export-weights: show progress on stderr when an export takes over a second (shown anyway when stderr is a terminal)."_s, {}, Kind::DataOption},
        {{u"width"_s}, u"Figure width in pixels, 100-10000 (default 1600; 800 for --export-gif, 1200 for --export-chart)."_s, u"PX"_s, Kind::FigureOption},
        {{u"dpi"_s}, u"Figure resolution, 50-600 dpi, for a figure 6.5 in wide (instead of --width)."_s, u"N"_s, Kind::FigureOption},
        {{u"caption"_s}, u"Add a caption: date, event title and source (always on for --export-gif)."_s, {}, Kind::FigureOption},
        {{u"present"_s}, u"Without a command: open the window in presentation mode (full screen, large captions; Esc leaves)."_s, {}, Kind::FigureOption},
        {{u"with-chart"_s}, u"--export, --export-frames: add the weight chart of the triangle under the graph, its cursor at each figure's date."_s, {}, Kind::FigureOption},
        {{u"transparent"_s}, u"Transparent instead of white background."_s, {}, Kind::FigureOption},
        {{u"compare"_s}, u"--export (and the window): draw the difference between --date and this date (edges strengthened, weakened, new, gone; labelled by the change of weight and tier)."_s, u"YYYY-MM-DD"_s, Kind::FigureOption},
        {{u"dates"_s}, u"Dates of the sheet's panels, comma-separated YYYY-MM-DD."_s, u"D1,D2,..."_s, Kind::FigureOption},
        {{u"every"_s}, u"Sheet panels at every K-th event."_s, u"K"_s, Kind::FigureOption},
        {{u"delay"_s}, u"Milliseconds per GIF frame, 10-60000 (default 1000)."_s, u"MS"_s, Kind::FigureOption},
        {{u"pairs"_s}, u"Dyads of --export-chart, comma-separated (default USA-JPN,USA-KOR,JPN-KOR)."_s, u"A-B,..."_s, Kind::FigureOption},
        {{u"story"_s}, u"The story of --export-story, by id (default: the chronology's first); without a command: present it from its first step (implies --present)."_s, u"ID"_s, Kind::FigureOption},
        {{u"metric"_s}, u"Metrics of --export-chart instead of dyads, comma-separated: density, triangle_min, triangle_geomean, degree:<ID>, balance_share, balance_triangle, similarity_s:A-B, similarity_kappa:A-B."_s, u"NAME"_s, Kind::FigureOption},
    };
    return t;
}

// The long names of the table's rows of @p kind.
QStringList namesOf(Kind kind)
{
    QStringList names;
    for (const OptionText &o : table()) {
        if (o.kind == kind)
            names.append(o.names.last());
    }
    return names;
}

} // namespace

const QStringList &dataCommands()
{
    static const QStringList c = namesOf(Kind::DataCommand);
    return c;
}

const QStringList &figureCommands()
{
    static const QStringList c = namesOf(Kind::FigureCommand);
    return c;
}

const QStringList &windowOptions()
{
    static const QStringList o = {u"date"_s, u"layer"_s, u"lang"_s, u"compare"_s, u"present"_s, u"story"_s};
    return o;
}

QList<QCommandLineOption> options(Scope scope)
{
    QList<QCommandLineOption> result;
    for (const OptionText &o : table()) {
        if (scope == Scope::All || o.isData())
            result.append(QCommandLineOption(o.names, o.help(scope), o.valueName));
    }
    return result;
}

void setUp(QCommandLineParser &parser, Scope scope)
{
    if (scope == Scope::All) {
        parser.setApplicationDescription(
            u"AllianceScope: the US-Japan-ROK alliance network over time.\n"
            "Without a command, opens the window on FILE (the bundled chronology by default),\n"
            "at --date, --layer and --lang if given; --present or --story NAME presents."_s);
    } else {
        parser.setApplicationDescription(
            u"AllianceScope's data commands, without the GUI libraries.\n"
            "Figures and the window: alliancescope."_s);
    }
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(options(scope));
    parser.addPositionalArgument(u"FILE"_s, u"A chronology file (default: the bundled chronology)."_s,
                                 u"[FILE]"_s);
}

QString programName()
{
    const QString name = QCoreApplication::instance() ? QCoreApplication::applicationName() : QString();
    return name.isEmpty() ? u"alliancescope"_s : name;
}

int error(QTextStream &err, const QString &message)
{
    const QString program = programName();
    err << program << ": " << message << "\n"
        << "Try '" << program << " --help' for more information.\n";
    err.flush();
    return UsageError;
}

int fileError(QTextStream &err, const QString &message)
{
    err << programName() << ": " << message << "\n";
    err.flush();
    return FileError;
}

} // namespace AllianceScope::Usage
