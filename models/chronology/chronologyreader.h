// ChronologyReader: reads and validates a chronology file (docs/DATA.md) into a Chronology,
// reporting every problem as FILE:LINE:COL: error: MESSAGE.
#pragma once

#include "chronology.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace AllianceScope {

/**
 * One problem found while reading a chronology file.
 *
 * Line and column are 1-based (columns count characters, i.e. Unicode code points). They are 0
 * for errors that have no position in the file: the file cannot be opened or read.
 */
struct ReadError
{
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    /// "FILE:LINE:COL: error: MESSAGE", or "FILE: error: MESSAGE" when line is 0.
    QString toString() const;
    bool operator==(const ReadError &o) const
    {
        return file == o.file && line == o.line && column == o.column && message == o.message;
    }
};

/**
 * Reads chronology files (format 1, see docs/DATA.md) and enforces every rule of the format.
 *
 * A syntax error stops the reading; otherwise all semantic errors are collected (wrong types,
 * missing or unknown keys, unknown or duplicate ids, impossible dates, values out of range, …)
 * and returned sorted by position. A read with any error returns no chronology at all.
 */
class ChronologyReader
{
    Q_DECLARE_TR_FUNCTIONS(AllianceScope::ChronologyReader)

public:
    /// Larger files are refused before they are parsed (256 MiB: about 500,000 events; the
    /// reader holds the file, one event's parse tree and the chronology, docs/RELIABILITY.md).
    static constexpr qint64 kMaxFileSize = 256 * 1024 * 1024;
    /// Limits that keep a small but valid file from exhausting memory or freezing the window
    /// (docs/RELIABILITY.md): states and mechanisms together; states in one "among" effect;
    /// distinct dyads; dyad effects after "among" is expanded to every pair.
    static constexpr int kMaxActors = 1000;
    static constexpr int kMaxAmongStates = 40;
    static constexpr int kMaxDyads = 20000;
    static constexpr qint64 kMaxExpandedEffects = 2000000;

    struct Result
    {
        std::optional<Chronology> chronology; ///< set only when there are no errors
        QList<ReadError> errors;              ///< sorted by line and column
        bool ok() const { return chronology.has_value(); }
    };

    /// Reads the file at @p path (a file system path or a ":/…" resource path).
    static Result readFile(const QString &path);
    /// Reads a chronology from @p data; @p fileName is only used in the errors.
    static Result readData(const QByteArray &data, const QString &fileName);
};

} // namespace AllianceScope
