// CommandLine: one parser over Usage's options, one OptionReader, and the dispatch to the
// data commands (here) or the figure commands (the runner given by `alliancescope`).
#include "commandline.h"

#include "datacommands.h"
#include "dataexportcommand.h"
#include "diffcommand.h"
#include "importcommand.h"
#include "optionreader.h"
#include "scenariooption.h"

#include "chronology/chronologyreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIODevice>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

// The option named by @p arg ("--name", "-name" or "--name=value"), or empty for a value.
QString optionName(const QString &arg)
{
    if (!arg.startsWith(u'-') || arg == u"-"_s || arg == u"--"_s)
        return {};
    QString name = arg.mid(arg.startsWith(u"--"_s) ? 2 : 1);
    const qsizetype eq = name.indexOf(u'=');
    return eq < 0 ? name : name.left(eq);
}

QString drawsFigures(const QString &command)
{
    return u"--"_s + command + u" draws figures: run it with alliancescope"_s;
}

} // namespace

QString CommandLine::bundledChronologyPath()
{
    return u":/chronology.json"_s;
}

CommandLine::Mode CommandLine::modeOf(const QStringList &arguments)
{
    static const QStringList info = {u"h"_s, u"help"_s, u"?"_s, u"v"_s, u"version"_s};
    Mode mode = Mode::Window;
    for (const QString &a : arguments) {
        const QString name = optionName(a);
        if (Usage::figureCommands().contains(name))
            return Mode::Figure; // a figure command with any other command is refused later
        if (Usage::dataCommands().contains(name) || info.contains(name))
            mode = Mode::Data;
    }
    return mode;
}

CommandLine::CommandLine(QTextStream &out, QTextStream &err, Usage::Scope scope, FigureRunner figures)
    : m_out(out)
    , m_err(err)
    , m_scope(scope)
    , m_figures(std::move(figures))
{
}

int CommandLine::runData(int &argc, char **argv, const QString &program, Usage::Scope scope)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(program);
    QCoreApplication::setApplicationVersion(QStringLiteral(ALLIANCESCOPE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine cli(out, err, scope);
    const int code = cli.run(QCoreApplication::arguments());
    return finishOutput(out, err, code);
}

int CommandLine::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    Usage::setUp(parser, m_scope);
    const OptionReader options(parser, m_err);

    if (!parser.parse(arguments)) {
        // Without the figure runner, say where the figure commands are.
        for (const QString &a : arguments.mid(1)) {
            if (m_scope == Usage::Scope::Data && Usage::figureCommands().contains(optionName(a)))
                return options.usageError(drawsFigures(optionName(a)));
        }
        return options.usageError(parser.errorText());
    }
    if (parser.isSet(u"help"_s)) {
        m_out << parser.helpText();
        return Usage::Success;
    }
    if (parser.isSet(u"version"_s)) {
        m_out << Usage::programName() << " " << ALLIANCESCOPE_VERSION << "\n";
        return Usage::Success;
    }
    const qsizetype diffDates = options.isSet(u"diff"_s) ? 1 : 0; // --diff D1 D2: D2 is positional
    if (parser.positionalArguments().size() > 1 + diffDates)
        return options.usageError(u"more than one FILE given: "_s
                                  + parser.positionalArguments().mid(diffDates).join(u' '));

    QStringList chosen;
    for (const QString &c : Usage::dataCommands() + Usage::figureCommands()) {
        if (options.isSet(c))
            chosen.append(c);
    }
    if (chosen.size() > 1)
        return options.usageError(u"choose one command, not --"_s + chosen.join(u" and --"_s));
    if (chosen.isEmpty()) {
        return options.usageError(u"no command given (--validate, --events, --weights, --metrics, "
                                  "--diff, --export-graph or --export-weights)"_s);
    }

    const QString command = chosen.first();
    if (Usage::figureCommands().contains(command) && !m_figures)
        return options.usageError(drawsFigures(command));
    // --without and --scenario apply where the chronology is loaded, for every command.
    ScenarioOption scenario(options);
    if (!scenario.read())
        return Usage::UsageError;
    const QString file = options.file();
    const ChronologyLoader loader = [this, file, &scenario]() -> std::optional<Chronology> {
        std::optional<Chronology> c = load(file);
        return c ? scenario.apply(std::move(*c)) : std::nullopt;
    };
    const int code = runCommand(command, options, parser, loader);
    return scenario.failed() ? int(Usage::UsageError) : code;
}

int CommandLine::runCommand(const QString &command, const OptionReader &options,
                            const QCommandLineParser &parser, const ChronologyLoader &loader)
{
    if (Usage::figureCommands().contains(command))
        return m_figures(command, parser, m_out, m_err, loader);
    if (command == u"diff"_s)
        return DiffCommand(options, m_out, loader).run();
    if (command.startsWith(u"import-"_s))
        return ImportCommand(options, m_out, m_err).run(command);
    if (command.startsWith(u"export-"_s))
        return DataExportCommand(options, loader).run(command);
    return DataCommands(options, m_out, loader).run(command);
}

int CommandLine::finishOutput(QTextStream &out, QTextStream &err, int code)
{
    // Standard output may be a full disk or a closed pipe: say so instead of exiting 0.
    errno = 0;
    out.flush();
    const bool flushed = std::fflush(stdout) == 0 && !std::ferror(stdout);
    if (out.status() != QTextStream::Ok || !flushed) {
        const int saved = errno;
        err << Usage::programName() << ": cannot write the output: "
            << (saved ? QString::fromLocal8Bit(std::strerror(saved)) : out.device()->errorString())
            << "\n";
        err.flush();
        return code == Usage::Success ? Usage::FileError : code;
    }
    err.flush();
    return code;
}

std::optional<Chronology> CommandLine::load(const QString &file)
{
    ChronologyReader::Result result = ChronologyReader::readFile(file.isEmpty() ? bundledChronologyPath() : file);
    for (const ReadError &e : result.errors)
        m_err << e.toString() << "\n";
    m_err.flush();
    return std::move(result.chronology);
}

} // namespace AllianceScope
