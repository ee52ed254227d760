// ChartCommand: the command line's --export-chart (DESIGN.md, "Command line"): the weight of
// dyads (--pairs) or metrics (--metric) over time as an SVG or PNG file, drawn offscreen.
// Its options are declared in cli/usage.cpp and read through cli/optionreader.h; CommandLine
// hands the command over.
#pragma once

#include "cli/optionreader.h"

#include <QTextStream>

#include <functional>
#include <optional>

class QCommandLineParser;

namespace AllianceScope {

class Chronology;

class ChartCommand
{
public:
    /// The value option that selects the command, without "--".
    static QString command() { return QStringLiteral("export-chart"); }

    using Loader = std::function<std::optional<Chronology>()>;
    ChartCommand(const QCommandLineParser &parser, QTextStream &err, Loader load);

    /// Returns 0, 1 (the chronology cannot be read or OUT cannot be written) or 2 (usage error:
    /// bad --pairs, --metric, --layer, --lang, --width, --date or OUT's suffix).
    /// Needs a QApplication (offscreen is fine).
    int run();

private:
    const QCommandLineParser &m_parser;
    OptionReader m_options;
    Loader m_load;
};

} // namespace AllianceScope
