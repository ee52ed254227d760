// alliancescope: one executable for the GUI and the command line (DESIGN.md, "Command line").
// A command (any --option) runs headless over models/; otherwise the GUI starts.
#include "cli/commandline.h"
#include "mainwindow/gui.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));

    if (!AllianceScope::CommandLine::isCommand(args))
        return AllianceScope::runGui(argc, argv, args);

    if (AllianceScope::CommandLine::needsGui(args))
        return AllianceScope::runFigureCommand(argc, argv);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("alliancescope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ALLIANCESCOPE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    AllianceScope::CommandLine cli(out, err);
    const int code = cli.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}
