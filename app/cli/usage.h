// Usage: the one description of the whole command line (every option and its help text), the
// command names and the one printer of usage and file errors, shared by every command of
// `alliancescope` and `alliancescope-data`.
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace AllianceScope::Usage {

/// Exit codes are a contract (DESIGN.md, "Command line").
enum ExitCode { Success = 0, FileError = 1, UsageError = 2 };

/// Which program's options: the data commands alone (`alliancescope-data`) or all of them.
enum class Scope { Data, All };

/// The commands that need no QApplication, without "--": validate, events, weights, metrics,
/// export-graph, export-weights.
const QStringList &dataCommands();
/// The commands that draw figures (a QApplication, offscreen is fine), without "--": export,
/// export-frames, export-sheet, export-gif, export-chart.
const QStringList &figureCommands();
/// The options the window accepts without a command, without "--": date, layer, lang,
/// present, story.
const QStringList &windowOptions();

/// Every option of @p scope with its help text (Scope::Data: those the data commands read).
QList<QCommandLineOption> options(Scope scope);
/// Sets @p parser up with options(@p scope), the description and the FILE argument.
void setUp(QCommandLineParser &parser, Scope scope);

/// The program's name in messages: the application's name once a QCoreApplication exists
/// ("alliancescope", "alliancescope-data"), else "alliancescope".
QString programName();
/// Prints "PROGRAM: MESSAGE" and "Try 'PROGRAM --help' for more information." on @p err;
/// returns UsageError.
int error(QTextStream &err, const QString &message);
/// Prints "PROGRAM: MESSAGE" on @p err; returns FileError.
int fileError(QTextStream &err, const QString &message);

} // namespace AllianceScope::Usage
