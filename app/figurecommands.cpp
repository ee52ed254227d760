// FigureCommands: --export-chart to ChartCommand, --export-heatstrip to HeatStripCommand, the
// other figure commands to ExportCommand.
#include "figurecommands.h"

#include "charts/chartcommand.h"
#include "export/exportcommand.h"
#include "heatstrip/heatstripcommand.h"

using namespace Qt::StringLiterals;

namespace AllianceScope::FigureCommands {

int run(const QString &command, const QCommandLineParser &parser, QTextStream &out, QTextStream &err,
        const ChronologyLoader &load)
{
    if (command == ChartCommand::command())
        return ChartCommand(parser, err, load).run();
    if (command == HeatStripCommand::command())
        return HeatStripCommand(parser, err, load).run();
    return ExportCommand(parser, out, err, load).run(command);
}

} // namespace AllianceScope::FigureCommands
