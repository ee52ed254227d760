// ExportCommand: the command line's export commands (DESIGN.md, "Command line"): figures
// (--export, --export-frames, --export-sheet, --export-gif) and data (--export-graph,
// --export-weights). CommandLine registers options() and hands these commands over.
#pragma once

#include "figureexporter.h"

#include <QCommandLineOption>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

class QCommandLineParser;
class QDate;

namespace AllianceScope {

class Chronology;
struct FigureOptions;

class ExportCommand
{
public:
    /// The options only the export commands use (CommandLine already has date, layer, format).
    static QList<QCommandLineOption> options();
    /// The value options that select an export command, without "--".
    static QStringList commands();

    using Loader = std::function<std::optional<Chronology>()>;
    ExportCommand(const QCommandLineParser &parser, QTextStream &out, QTextStream &err, Loader load);

    /// Runs @p command (one of commands()); returns 0, 1 (file error) or 2 (usage error).
    /// Figure commands need a QApplication (offscreen is fine); data commands do not.
    int run(const QString &command);

private:
    int exportFigure();
    int exportFrames();
    int exportSheet();
    int exportGif();
    int exportGraph();
    int exportWeights();

    int usage(const QString &message);
    int fileError(const QString &message);
    /// Prints "WHAT done/total" on stderr after each step of a long export.
    FigureExporter::Progress progressPrinter(const char *what);
    bool figureOptions(FigureOptions *options, int defaultWidth);
    bool parseDateText(const QString &text, const QString &option, QDate *date);
    bool parseLayer(int *layer);
    bool parseLang(QString *lang);

    const QCommandLineParser &m_parser;
    QTextStream &m_out;
    QTextStream &m_err;
    Loader m_load;
};

} // namespace AllianceScope
