// DataCommands: --validate, --events, --weights and --metrics (DESIGN.md, "Command line"):
// text on stdout from models/ alone, no Widgets, Charts or Svg.
#pragma once

#include "chronologyloader.h"

#include <QString>

class QTextStream;

namespace AllianceScope {

class OptionReader;

class DataCommands
{
public:
    DataCommands(const OptionReader &options, QTextStream &out, ChronologyLoader load);

    /// Runs @p command ("validate", "events", "weights" or "metrics"); returns the exit code.
    int run(const QString &command);

private:
    int validate();
    int events();
    int weights();
    int metrics();

    const OptionReader &m_options;
    QTextStream &m_out;
    ChronologyLoader m_load;
};

} // namespace AllianceScope
