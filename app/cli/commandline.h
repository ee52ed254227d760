// CommandLine: parses one command line of DESIGN.md's contract and runs its command: the data
// commands itself, the figure commands through a runner that only `alliancescope` provides.
#pragma once

#include "chronologyloader.h"
#include "usage.h"

#include <QStringList>

#include <functional>

class QCommandLineParser;
class QTextStream;

namespace AllianceScope {

class OptionReader;

/**
 * Exit codes are a contract: 0 success, 1 a file that cannot be read, is invalid or cannot be
 * written, 2 a usage error (see Usage::ExitCode).
 */
class CommandLine
{
public:
    /// What a command line asks for.
    enum class Mode {
        Window, ///< no command: the window (FILE, --date, --layer, --lang)
        Data,   ///< a data command, --help or --version: QCoreApplication is enough
        Figure  ///< a figure command: needs a QApplication (offscreen is fine)
    };

    /// Runs the figure command @p command (one of Usage::figureCommands()) after the command
    /// line was parsed with every option; returns its exit code.
    using FigureRunner = std::function<int(const QString &command, const QCommandLineParser &parser,
                                           QTextStream &out, QTextStream &err, const ChronologyLoader &load)>;

    /// The bundled chronology (a Qt resource path, compiled into the command-line library).
    static QString bundledChronologyPath();

    /// The mode of @p arguments (without the program name).
    static Mode modeOf(const QStringList &arguments);

    /// @p scope: which options are known (Usage::Scope::All in `alliancescope`, Data in
    /// `alliancescope-data`). @p figures runs the figure commands; without it they are refused.
    CommandLine(QTextStream &out, QTextStream &err, Usage::Scope scope = Usage::Scope::Data,
                FigureRunner figures = {});

    /// Runs @p arguments (argv including the program name); returns the exit code.
    int run(const QStringList &arguments);

    /// main() of a data command: a QCoreApplication named @p program, run() on stdout/stderr.
    static int runData(int &argc, char **argv, const QString &program, Usage::Scope scope);
    /// Flushes @p out (standard output) and turns a failed write into exit 1 with a message on
    /// @p err; otherwise returns @p code.
    static int finishOutput(QTextStream &out, QTextStream &err, int code);

private:
    /// Runs the one chosen @p command with @p loader (which applies --without and --scenario).
    int runCommand(const QString &command, const OptionReader &options,
                   const QCommandLineParser &parser, const ChronologyLoader &loader);
    /// Reads the chronology named by FILE (or the bundled one); prints the errors and returns
    /// nothing when it cannot.
    std::optional<Chronology> load(const QString &file);

    QTextStream &m_out;
    QTextStream &m_err;
    Usage::Scope m_scope;
    FigureRunner m_figures;
};

} // namespace AllianceScope
