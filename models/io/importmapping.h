// ImportMapping: how the columns and actor names of an event or alliance table map onto a
// chronology — read from a mapping file (JSON, docs/DATA.md "Importing event tables") or built
// by the import dialog.
#pragma once

#include "csvtable.h"

#include "chronology/chronology.h"
#include "chronology/chronologyreader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace AllianceScope {

/// A date in a table cell: the period it names (docs/DATA.md, "Importing event tables").
struct ImportDate
{
    QDate first;
    QDate last;
    Precision precision = Precision::Day;
};

struct ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(AllianceScope::ImportMapping)

public:
    /// Which table a mapping describes: dyadic events, or alliances (tiers).
    enum class Kind { Events, Tiers };

    /// Where a value of the mapping file is (0 when the mapping was built in code).
    struct Position
    {
        int line = 0;
        int column = 0;
    };
    /// One entry of the actor map: a name or code as the table writes it, and an actor id.
    struct ActorEntry
    {
        QString name;
        QString id;
        Position position; ///< of the id
    };

    Kind kind = Kind::Events;
    QString fileName;           ///< the mapping file, for errors (empty when built in code)
    CsvTable::Separator separator = CsvTable::Separator::Auto;
    /// Column roles → header names. Events: date, source, target, one of cameo, goldstein and
    /// category, and optionally layer, title, citation. Tiers: state_a, state_b, start, end
    /// (optional), type.
    QHash<QString, QString> columns;
    QHash<QString, Position> columnPositions;
    QList<ActorEntry> actors;
    bool skipUnmappedActors = false;
    /// Events: the layer of rows without a layer column (default political). Tiers: the layer
    /// the tiers are set on (default security).
    Layer layer = Layer::Political;
    /// Tiers: the category of the generated events (default: "defence_treaty", else
    /// "formal_agreement", whichever the chronology has).
    QString category;
    Position categoryPosition;

    /// The column roles of @p kind, required ones first.
    static QStringList roles(Kind kind);
    /// Whether @p role must be mapped (for events, exactly one of cameo/goldstein/category).
    static bool isRequired(Kind kind, const QString &role);

    struct Result;
    /// Reads a mapping file of @p kind; every problem as FILE:LINE:COL.
    static Result readFile(const QString &path, Kind kind);
    static Result readData(const QByteArray &data, const QString &fileName, Kind kind);

    /// The actor id that @p name (a table cell) stands for in @p chronology: the actor map
    /// first (names compared case-insensitively, spaces trimmed), then an actor id or an
    /// English or Chinese actor name of the chronology. Empty when none matches.
    QString resolveActor(const QString &name, const Chronology &chronology) const;
    /// Errors for actor-map ids that are not states of @p chronology (at the mapping's position).
    QList<ReadError> checkActors(const Chronology &chronology) const;

    /// A date cell: YYYY-MM-DD, YYYY-MM, YYYY or YYYYMMDD (ICEWS/GDELT SQLDATE); nothing when
    /// it is none of these or not a real date.
    static std::optional<ImportDate> parseDate(const QString &text);
};

/// What ImportMapping::readFile() gives.
struct ImportMapping::Result
{
    std::optional<ImportMapping> mapping;
    QList<ReadError> errors;
    bool ok() const { return mapping.has_value(); }
};

} // namespace AllianceScope
