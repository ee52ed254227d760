// ImportCommand: reads the mapping, the table and the base chronology, runs the import of
// models/io and writes the merged chronology through ChronologyWriter.
#include "importcommand.h"

#include "commandline.h"
#include "optionreader.h"
#include "usage.h"

#include "chronology/chronologyreader.h"
#include "io/atomicwrite.h"
#include "io/eventimport.h"
#include "io/tierimport.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace AllianceScope {

ImportCommand::ImportCommand(const OptionReader &options, QTextStream &out, QTextStream &err)
    : m_options(options)
    , m_out(out)
    , m_err(err)
{
}

int ImportCommand::run(const QString &command)
{
    const QString table = m_options.value(command);
    const QString option = u"--"_s + command;
    if (!m_options.isSet(u"mapping"_s))
        return m_options.usageError(option + u" needs --mapping MAP.json"_s);
    // -o and --output are one option; the reader knows it by the name it was given as.
    const bool hasOutput = m_options.isSet(u"o"_s) || m_options.isSet(u"output"_s);
    if (!hasOutput)
        return m_options.usageError(option + u" needs -o OUT.json"_s);
    if (!m_options.parser().positionalArguments().isEmpty())
        return m_options.usageError(option + u" takes the base chronology as --base FILE, not as FILE"_s);
    for (const QString &other : {u"without"_s, u"scenario"_s}) {
        if (m_options.isSet(other))
            return m_options.usageError(option + u" does not take --"_s + other);
    }
    const QString output = m_options.parser().value(u"output"_s);
    if (output.isEmpty())
        return m_options.usageError(u"-o needs a file name"_s);

    const ImportMapping::Kind kind =
        command == u"import-tiers"_s ? ImportMapping::Kind::Tiers : ImportMapping::Kind::Events;
    auto report = [this](const QList<ReadError> &errors) {
        for (const ReadError &e : errors)
            m_err << e.toString() << "\n";
        m_err.flush();
        return int(Usage::FileError);
    };
    const ImportMapping::Result mapping = ImportMapping::readFile(m_options.value(u"mapping"_s), kind);
    if (!mapping.ok())
        return report(mapping.errors);
    const QString basePath = m_options.isSet(u"base"_s) ? m_options.value(u"base"_s)
                                                        : CommandLine::bundledChronologyPath();
    const ChronologyReader::Result base = ChronologyReader::readFile(basePath);
    if (!base.ok())
        return report(base.errors);
    const CsvTable::Result read = CsvTable::readFile(table, mapping.mapping->separator);
    if (!read.ok())
        return report(read.errors);

    const ImportResult result = kind == ImportMapping::Kind::Tiers
        ? TierImport::run(*read.table, *mapping.mapping, *base.chronology)
        : EventImport::run(*read.table, *mapping.mapping, *base.chronology);
    if (!result.ok())
        return report(result.errors);

    // The bytes that were read back (ChronologyWriter's), written atomically.
    const QString error = writeAtomically(output, result.json);
    if (!error.isEmpty())
        return m_options.fileError(error);
    m_out << u"%1: %2 events with %3 effects from %4 of %5 rows (%6 skipped) written to %7\n"_s
                 .arg(table)
                 .arg(result.events.size())
                 .arg(result.effects)
                 .arg(result.rowsUsed)
                 .arg(result.rows)
                 .arg(result.rowsSkipped)
                 .arg(output);
    return Usage::Success;
}

} // namespace AllianceScope
