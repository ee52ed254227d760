// HeatStripCommand: the command line's --export-heatstrip OUT.(png|svg): every dyad's weight over
// time, one row per dyad (the triangle first), drawn offscreen by HeatStripExport. Its options
// are declared in cli/usage.cpp; FigureCommands hands the command over.
#pragma once

#include "cli/chronologyloader.h"
#include "cli/optionreader.h"

class QCommandLineParser;
class QTextStream;

namespace AllianceScope {

class HeatStripCommand
{
public:
    /// The value option that selects the command, without "--".
    static QString command() { return QStringLiteral("export-heatstrip"); }

    HeatStripCommand(const QCommandLineParser &parser, QTextStream &err, ChronologyLoader load);

    /// Returns 0, 1 (the chronology cannot be read or OUT cannot be written) or 2 (usage error:
    /// OUT's suffix, --width, --lang, --layer, --date or --half-life). Needs a QGuiApplication.
    int run();

private:
    const QCommandLineParser &m_parser;
    OptionReader m_options;
    ChronologyLoader m_load;
};

} // namespace AllianceScope
