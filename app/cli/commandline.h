// CommandLine: the command-line interface (DESIGN.md, "Command line"), a thin layer over models/.
#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace AllianceScope {

class Chronology;
struct WeightParameters;

/**
 * Parses and runs one command line. Exit codes are a contract:
 * 0 success, 1 a file that cannot be read, is invalid or cannot be written, 2 a usage error.
 */
class CommandLine
{
public:
    enum ExitCode { Success = 0, FileError = 1, UsageError = 2 };

    /// The bundled chronology (a Qt resource path).
    static QString bundledChronologyPath();

    /// True when @p arguments (without the program name) ask for a command, not the GUI.
    static bool isCommand(const QStringList &arguments);
    /// True when the command draws figures and so needs a QApplication (offscreen is fine).
    static bool needsGui(const QStringList &arguments);

    CommandLine(QTextStream &out, QTextStream &err);

    /// Runs @p arguments (argv including the program name); returns the exit code.
    int run(const QStringList &arguments);

private:
    int validate();
    int events();
    int weights();
    int metrics();

    /// Reads the chronology named by the positional argument (or the bundled one);
    /// prints the errors and returns nothing when it cannot.
    std::optional<Chronology> load();
    bool parseDate(QDate *date);
    bool parseLayer(int *layer);
    bool parseParameters(WeightParameters *parameters);
    bool parseFormat(bool *json);
    int usage(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    QCommandLineParser m_parser;
};

} // namespace AllianceScope
