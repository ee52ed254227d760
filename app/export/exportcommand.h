// ExportCommand: the command line's figure commands (DESIGN.md, "Command line"): --export,
// --export-frames, --export-sheet, --export-gif and --export-story. Their options are declared in cli/usage.cpp
// and read through cli/optionreader.h; CommandLine hands these commands over.
#pragma once

#include "cli/optionreader.h"
#include "figureexporter.h"

#include <QTextStream>

#include <functional>
#include <optional>

class QCommandLineParser;

namespace AllianceScope {

class Chronology;
struct FigureOptions;

class ExportCommand
{
public:
    using Loader = std::function<std::optional<Chronology>()>;
    ExportCommand(const QCommandLineParser &parser, QTextStream &out, QTextStream &err, Loader load);

    /// Runs @p command (export, export-frames, export-sheet, export-gif or export-story); returns 0, 1 (file
    /// error) or 2 (usage error). Needs a QApplication (offscreen is fine).
    int run(const QString &command);

private:
    int exportFigure();
    int exportFrames();
    int exportSheet();
    int exportGif();
    int exportStory(); ///< storyexportcommand.cpp

    /// Prints "WHAT done/total" on stderr after each step of a long export.
    FigureExporter::Progress progressPrinter(const char *what);
    bool figureOptions(FigureOptions *options, int defaultWidth);

    const QCommandLineParser &m_parser;
    QTextStream &m_out;
    QTextStream &m_err;
    OptionReader m_options;
    Loader m_load;
};

} // namespace AllianceScope
