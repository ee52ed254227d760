// TierImport: alliance tables in the manner of ATOP or COW (a pair of states, start, end, type)
// turned into tier changes of the chronology (docs/DATA.md "Importing alliance tiers"; the rule
// is in docs/MODEL.md "Imported tiers").
#pragma once

#include "csvtable.h"
#include "importmapping.h"
#include "importresult.h"

#include "chronology/chronology.h"

#include <QCoreApplication>

#include <optional>

namespace AllianceScope {

/**
 * Turns alliance rows into dyad tier effects.
 *
 * A row's type is mapped to a tier (tierOfType); the tier of a dyad on a date is the highest
 * tier of its rows in force on that date ([start, end], both inclusive; no end: in force to the
 * end of the chronology), 0 when none is. One event is made wherever that tier changes, with a
 * dyad effect on the mapping's layer (security by default) that sets the tier and adds no
 * score, and the interval until the next change as the event's end.
 */
class TierImport
{
    Q_DECLARE_TR_FUNCTIONS(AllianceScope::TierImport)

public:
    /// The tier of an alliance type (case-insensitive; several joined by "/", ";", "," or "+"
    /// give the highest): defence/defense and offence/offense 4, consultation 3,
    /// neutrality and nonaggression (non-aggression) 1; COW types 1 (defence pact) 4,
    /// 3 (entente) 3, 2 (neutrality or non-aggression pact) 1. Nothing when unknown.
    static std::optional<int> tierOfType(const QString &type);

    static ImportResult run(const CsvTable &table, const ImportMapping &mapping,
                            const Chronology &base, bool skipBadRows = false,
                            bool merge = true);
};

} // namespace AllianceScope
