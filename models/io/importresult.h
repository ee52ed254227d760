// ImportResult: what an event or tier import produced (the chronology with the imported events,
// or every error), and the steps both imports share: reading a row's cells, giving events
// unique ids, merging into the base chronology and validating the result through the writer
// and the reader.
#pragma once

#include "csvtable.h"
#include "importmapping.h"

#include "chronology/chronology.h"
#include "chronology/chronologyreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace AllianceScope {

struct ImportResult
{
    /// The base chronology with the imported events, read back through ChronologyWriter and
    /// ChronologyReader; set only when the import is valid (or bad rows were skipped on request).
    std::optional<Chronology> chronology;
    QByteArray json;          ///< the chronology as ChronologyWriter wrote it (read back into `chronology`)
    QList<Event> events;      ///< the imported events, in date order
    QList<ReadError> errors;  ///< every problem, sorted by file, line and column
    bool structural = false;  ///< an error not of one row (mapping, header): nothing can be imported
    /// No error forbids the import (none at all, or only bad rows that were to be skipped); the
    /// chronology is built only when it was asked for (see EventImport::run's @p merge).
    bool mergeable = false;
    int rows = 0;             ///< data rows in the table
    int rowsUsed = 0;         ///< rows that went into events
    int rowsSkipped = 0;      ///< rows left out on purpose (unmapped actors when allowed, self-dyads)
    int badRows = 0;          ///< rows with at least one error
    int effects = 0;          ///< effects of the imported events

    bool ok() const { return chronology.has_value(); }
};

/// The steps the event and tier imports share (docs/DATA.md, "Importing event tables").
class ImportSteps
{
    Q_DECLARE_TR_FUNCTIONS(AllianceScope::ImportSteps)

public:
    ImportSteps(const CsvTable &table, const ImportMapping &mapping, const Chronology &base,
                ImportResult &result);

    /// The table's column index of every mapped role; header errors are structural.
    bool resolveColumns();
    /// Whether @p row has as many fields as the header (else an error at the first extra field,
    /// or at the row's end when fields are missing).
    bool checkFieldCount(const CsvTable::Row &row);
    /// The cell of @p role in @p row (nullptr when the role is not mapped).
    const CsvTable::Field *cell(const CsvTable::Row &row, const QString &role) const;
    /// An error at @p field.
    void rowError(const CsvTable::Field &field, const QString &message);
    void structuralError(int line, int column, const QString &message, const QString &file = {});

    enum class ActorStatus { Ok, Skip, Bad };
    /// The state id of an actor cell: an error (or Skip when the mapping allows) when unmapped.
    ActorStatus actor(const CsvTable::Field &field, QString *id);
    /// The two actors of @p row under the roles @p roleA and @p roleB (actor() for each): Bad if
    /// either is bad, else Skip if either is to be skipped.
    ActorStatus actors(const CsvTable::Row &row, const QString &roleA, const QString &roleB, QString *a,
                       QString *b);

    /// @p wanted made unique among the base chronology's and the already given ids.
    QString uniqueId(const QString &wanted);
    /// The table's file name without its folder.
    QString tableName() const;
    /// "2, 5, 9" (at most 10, then "…").
    static QString lineList(const QList<int> &lines);
    /// The actor's name in @p language (its id when unknown).
    QString actorName(const QString &id, Language language) const;

    /// Sorts the errors and, unless there are errors that forbid it, sets `mergeable` and, when
    /// @p merge, merges @p events into the base chronology and validates it by writing and
    /// re-reading it (the slow part on large tables; the dialog's preview leaves it out).
    void finish(QList<Event> events, bool skipBadRows, bool merge);

private:
    const CsvTable &m_table;
    const ImportMapping &m_mapping;
    const Chronology &m_base;
    ImportResult &m_result;
    QHash<QString, int> m_columns;
    QSet<QString> m_ids;
    QSet<int> m_badLines;
};

} // namespace AllianceScope
