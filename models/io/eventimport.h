// EventImport: dyadic event tables (ICEWS, GDELT, PLOVER exports, an analyst's spreadsheet)
// aggregated into chronology events (docs/DATA.md "Importing event tables"; the rule is in
// docs/MODEL.md "Imported events").
#pragma once

#include "csvtable.h"
#include "importmapping.h"
#include "importresult.h"

#include "chronology/chronology.h"

#include <QCoreApplication>

namespace AllianceScope {

/**
 * Turns the rows of an event table into events of a chronology.
 *
 * Every row gives a date, a source and a target state (through the mapping's actor map or the
 * chronology's own ids and names), a layer and a score: the Goldstein value of its CAMEO code
 * (Cameo::goldstein), its Goldstein column (−10..+10) or its category's default score. Rows
 * are grouped by (date as written, unordered pair of states, layer); each group becomes one
 * event with one dyad effect whose score is the mean of the rows' scores rounded to two
 * decimals. Every bad row is reported at the cell that is wrong.
 */
class EventImport
{
    Q_DECLARE_TR_FUNCTIONS(AllianceScope::EventImport)

public:
    /// Imports @p table into @p base. With @p skipBadRows (the dialog's choice, never the
    /// command line's) the good rows are imported even when others are bad; errors of the
    /// mapping or the header always prevent the import. Without @p merge only the events, the
    /// counts and the errors are made, not the chronology (ImportResult::mergeable says whether
    /// it could be).
    static ImportResult run(const CsvTable &table, const ImportMapping &mapping,
                            const Chronology &base, bool skipBadRows = false,
                            bool merge = true);
};

} // namespace AllianceScope
