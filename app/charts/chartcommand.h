// ChartCommand: the command line's --export-chart (DESIGN.md, "Command line"): the weight of
// dyads (--pairs) or metrics (--metric) over time as an SVG or PNG file, drawn offscreen.
// CommandLine registers options() and hands the command over.
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QTextStream>

#include <functional>
#include <optional>

class QCommandLineParser;

namespace AllianceScope {

class Chronology;

class ChartCommand
{
public:
    /// --export-chart, --pairs, --metric (CommandLine and ExportCommand have date, layer, lang, width).
    static QList<QCommandLineOption> options();
    /// The value option that selects the command, without "--".
    static QString command() { return QStringLiteral("export-chart"); }

    using Loader = std::function<std::optional<Chronology>()>;
    ChartCommand(const QCommandLineParser &parser, QTextStream &err, Loader load);

    /// Returns 0, 1 (the chronology cannot be read or OUT cannot be written) or 2 (usage error:
    /// bad --pairs, --metric, --layer, --lang, --width, --date or OUT's suffix).
    /// Needs a QApplication (offscreen is fine).
    int run();

private:
    int usage(const QString &message);

    const QCommandLineParser &m_parser;
    QTextStream &m_err;
    Loader m_load;
};

} // namespace AllianceScope
