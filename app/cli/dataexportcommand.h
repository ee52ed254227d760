// DataExportCommand: --export-graph (DOT, GraphML, dynamic GEXF) and --export-weights (CSV at
// every event): files for other tools, written atomically through models/io.
#pragma once

#include "chronologyloader.h"

#include <QString>

namespace AllianceScope {

class OptionReader;

class DataExportCommand
{
public:
    DataExportCommand(const OptionReader &options, ChronologyLoader load);

    /// Runs @p command ("export-graph" or "export-weights"); returns the exit code.
    int run(const QString &command);

private:
    int exportGraph();
    int exportWeights();
    /// Writes @p data to @p path atomically; prints the error and returns FileError when it cannot.
    int write(const QString &path, const QByteArray &data);
    /// Success for an empty @p error (from writeAtomically); else prints it and returns FileError.
    int finish(const QString &error);

    const OptionReader &m_options;
    ChronologyLoader m_load;
};

} // namespace AllianceScope
