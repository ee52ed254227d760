// FigureCommands: --export-chart to ChartCommand, the other figure commands to ExportCommand.
#include "figurecommands.h"

#include "charts/chartcommand.h"
#include "export/exportcommand.h"

using namespace Qt::StringLiterals;

namespace AllianceScope::FigureCommands {

int run(const QString &command, const QCommandLineParser &parser, QTextStream &out, QTextStream &err,
        const ChronologyLoader &load)
{
    if (command == ChartCommand::command())
        return ChartCommand(parser, err, load).run();
    return ExportCommand(parser, out, err, load).run(command);
}

} // namespace AllianceScope::FigureCommands
