// ChronologyWriter: writes a Chronology as a chronology file (docs/DATA.md, format 1).
#pragma once

#include "chronology.h"

#include <QByteArray>
#include <QString>

namespace AllianceScope {

/**
 * Writes chronologies in the file format read by ChronologyReader.
 *
 * The output is pretty-printed UTF-8 (Chinese unescaped) with the keys in the order of
 * docs/DATA.md; numbers are written in their shortest form that reads back to the same double.
 * Reading what was written gives an equal Chronology, and writing is deterministic.
 * Optional values that are empty (basis, document, note, the top-level source) are left out, as
 * is a membership role of "member" (the default).
 */
class ChronologyWriter
{
public:
    /// The chronology as a JSON document, ending with a newline.
    static QByteArray toJson(const Chronology &chronology);
    /**
     * Writes the chronology to @p path atomically (writeAtomically(): the old file stays intact when
     * writing fails). On failure returns false and, when @p errorMessage is not null, sets it.
     */
    static bool writeFile(const Chronology &chronology, const QString &path,
                          QString *errorMessage = nullptr);
};

} // namespace AllianceScope
