// ImportCommand: --import-events TABLE and --import-tiers TABLE with --mapping MAP.json,
// [--base FILE] and -o OUT.json: an event or alliance table into a chronology file (docs/DATA.md,
// "Importing event tables").
#pragma once

class QString;
class QTextStream;

namespace AllianceScope {

class OptionReader;

class ImportCommand
{
public:
    ImportCommand(const OptionReader &options, QTextStream &out, QTextStream &err);

    /// Runs @p command ("import-events" or "import-tiers"): usage errors exit 2; a table, mapping
    /// or base that cannot be read or has any error exits 1 with every error on stderr as
    /// FILE:LINE:COL: error: MESSAGE, and writes nothing; otherwise writes OUT atomically, prints
    /// one line of counts and exits 0.
    int run(const QString &command);

private:
    const OptionReader &m_options;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace AllianceScope
