// alliancescope-data: the data commands (--validate, --events, --weights, --metrics,
// --export-graph, --export-weights) on the command-line library alone. It links no Qt Widgets,
// Charts or Svg: the proof, at link time, that these commands need none (tests/tst_datacli).
#include "commandline.h"

int main(int argc, char *argv[])
{
    return AllianceScope::CommandLine::runData(argc, argv, QStringLiteral("alliancescope-data"),
                                               AllianceScope::Usage::Scope::Data);
}
