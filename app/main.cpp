// alliancescope: one executable for the window and every command (DESIGN.md, "Command line").
// Data commands run over the command-line library with a QCoreApplication (the same code as
// alliancescope-data), figure commands with an offscreen-capable QApplication; without a
// command the window opens at FILE, --date, --layer and --lang.
#include "cli/commandline.h"
#include "cli/startoptions.h"
#include "figurecommands.h"
#include "mainwindow/gui.h"

#include <QTextStream>

#include <cstdio>

using namespace AllianceScope;

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));

    switch (CommandLine::modeOf(args)) {
    case CommandLine::Mode::Window: {
        QTextStream err(stderr);
        const std::optional<StartOptions> start = StartOptions::parse(args, err);
        if (!start)
            return Usage::UsageError;
        return runGui(argc, argv, *start);
    }
    case CommandLine::Mode::Figure:
        return runFigureCommand(argc, argv, FigureCommands::run);
    case CommandLine::Mode::Data:
        break;
    }
    return CommandLine::runData(argc, argv, QStringLiteral("alliancescope"), Usage::Scope::All);
}
