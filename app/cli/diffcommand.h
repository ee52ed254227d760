// DiffCommand: --diff D1 D2, what changed between two dates, dyad by dyad (DESIGN.md,
// "Command line"): CSV source,target,layer,tier_from,tier_to,weight_from,weight_to,delta.
#pragma once

#include "chronologyloader.h"

class QTextStream;

namespace AllianceScope {

class OptionReader;

class DiffCommand
{
public:
    DiffCommand(const OptionReader &options, QTextStream &out, ChronologyLoader load);

    /// Reads D1 (--diff's value) and D2 (the first argument after it), --layer, --half-life and
    /// --format; prints every dyad and layer whose tier or weight differs; returns the exit code.
    int run();

private:
    const OptionReader &m_options;
    QTextStream &m_out;
    ChronologyLoader m_load;
};

} // namespace AllianceScope
