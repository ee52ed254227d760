// FigureCommands: hands the figure commands of the command line (cli/, which links no GUI
// library) to the classes that draw them (export/, charts/). The one place that knows both.
#pragma once

#include "cli/chronologyloader.h"

#include <QString>

class QCommandLineParser;
class QTextStream;

namespace AllianceScope::FigureCommands {

/// Runs @p command (one of Usage::figureCommands()); a CommandLine::FigureRunner. Needs a
/// QApplication (offscreen is fine).
int run(const QString &command, const QCommandLineParser &parser, QTextStream &out, QTextStream &err,
        const ChronologyLoader &load);

} // namespace AllianceScope::FigureCommands
