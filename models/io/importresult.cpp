// ImportSteps: what the event and tier imports share (see importresult.h).
#include "importresult.h"

#include "chronology/chronologywriter.h"

#include <QFileInfo>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace AllianceScope {

ImportSteps::ImportSteps(const CsvTable &table, const ImportMapping &mapping, const Chronology &base,
                         ImportResult &result)
    : m_table(table)
    , m_mapping(mapping)
    , m_base(base)
    , m_result(result)
{
    for (const Event &e : base.events())
        m_ids.insert(e.id);
    m_result.rows = int(table.rows().size());
}

void ImportSteps::structuralError(int line, int column, const QString &message, const QString &file)
{
    m_result.errors.append(ReadError{file.isEmpty() ? m_table.fileName() : file, line, column, message});
    m_result.structural = true;
}

bool ImportSteps::resolveColumns()
{
    const CsvTable::Row &header = m_table.headerRow();
    const QStringList names = m_table.header();
    bool ok = true;
    for (const QString &role : ImportMapping::roles(m_mapping.kind)) {
        const auto it = m_mapping.columns.constFind(role);
        if (it == m_mapping.columns.cend())
            continue;
        const int index = m_table.columnIndex(*it);
        if (index < 0) {
            const ImportMapping::Position p = m_mapping.columnPositions.value(role);
            const QString message = tr("the table has no column \"%1\" (for %2; its columns: %3)")
                                        .arg(*it, role, names.join(u", "_s));
            if (p.line > 0)
                structuralError(p.line, p.column, message, m_mapping.fileName);
            else
                structuralError(header.line, 1, message);
            ok = false;
            continue;
        }
        m_columns.insert(role, index);
    }
    for (const ReadError &e : m_mapping.checkActors(m_base)) {
        m_result.errors.append(e);
        m_result.structural = true;
        ok = false;
    }
    return ok;
}

bool ImportSteps::checkFieldCount(const CsvTable::Row &row)
{
    const qsizetype expected = m_table.headerRow().fields.size();
    if (row.fields.size() == expected)
        return true;
    m_badLines.insert(row.line);
    if (row.fields.size() > expected) {
        const CsvTable::Field &extra = row.fields.at(expected);
        m_result.errors.append(ReadError{m_table.fileName(), extra.line, extra.column,
                                         tr("%1 fields, but the header has %2").arg(row.fields.size()).arg(expected)});
    } else {
        const CsvTable::Field &last = row.fields.constLast();
        const int line = last.line;
        m_result.errors.append(ReadError{m_table.fileName(), line, row.endColumn,
                                         tr("%1 fields, but the header has %2").arg(row.fields.size()).arg(expected)});
    }
    return false;
}

const CsvTable::Field *ImportSteps::cell(const CsvTable::Row &row, const QString &role) const
{
    const auto it = m_columns.constFind(role);
    if (it == m_columns.cend() || *it >= row.fields.size())
        return nullptr;
    return &row.fields.at(*it);
}

void ImportSteps::rowError(const CsvTable::Field &field, const QString &message)
{
    m_badLines.insert(field.line);
    m_result.errors.append(ReadError{m_table.fileName(), field.line, field.column, message});
}

ImportSteps::ActorStatus ImportSteps::actor(const CsvTable::Field &field, QString *id)
{
    *id = m_mapping.resolveActor(field.text, m_base);
    if (id->isEmpty()) {
        if (m_mapping.skipUnmappedActors)
            return ActorStatus::Skip;
        rowError(field, field.text.trimmed().isEmpty()
                            ? tr("no actor (an empty cell); map it or set \"skip_unmapped_actors\"")
                            : tr("unknown actor \"%1\" (not in the actor map, nor an actor id or name "
                                 "of the chronology)").arg(field.text.trimmed()));
        return ActorStatus::Bad;
    }
    const Actor *a = m_base.actor(*id);
    if (!a || !a->isState()) {
        rowError(field, tr("\"%1\" is not a state of the chronology").arg(*id));
        return ActorStatus::Bad;
    }
    return ActorStatus::Ok;
}

ImportSteps::ActorStatus ImportSteps::actors(const CsvTable::Row &row, const QString &roleA,
                                             const QString &roleB, QString *a, QString *b)
{
    const ActorStatus first = actor(*cell(row, roleA), a);
    const ActorStatus second = actor(*cell(row, roleB), b); // both, so that both are reported
    if (first == ActorStatus::Bad || second == ActorStatus::Bad)
        return ActorStatus::Bad;
    return first == ActorStatus::Skip || second == ActorStatus::Skip ? ActorStatus::Skip : ActorStatus::Ok;
}

QString ImportSteps::uniqueId(const QString &wanted)
{
    QString id = wanted;
    for (int k = 2; m_ids.contains(id); ++k)
        id = wanted + u'-' + QString::number(k);
    m_ids.insert(id);
    return id;
}

QString ImportSteps::tableName() const
{
    return QFileInfo(m_table.fileName()).fileName();
}

QString ImportSteps::lineList(const QList<int> &lines)
{
    constexpr int kShown = 10;
    QStringList parts;
    for (int k = 0; k < lines.size() && k < kShown; ++k)
        parts.append(QString::number(lines.at(k)));
    if (lines.size() > kShown)
        parts.append(u"…"_s);
    return parts.join(u", "_s);
}

QString ImportSteps::actorName(const QString &id, Language language) const
{
    const Actor *a = m_base.actor(id);
    return a ? a->name.in(language) : id;
}

void ImportSteps::finish(QList<Event> events, bool skipBadRows, bool merge)
{
    std::sort(m_result.errors.begin(), m_result.errors.end(), [](const ReadError &a, const ReadError &b) {
        return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
    });
    m_result.badRows = int(m_badLines.size());
    std::stable_sort(events.begin(), events.end(),
                     [](const Event &a, const Event &b) { return a.date < b.date; });
    m_result.events = events;
    m_result.effects = 0;
    for (const Event &e : std::as_const(events))
        m_result.effects += int(e.effects.size());
    if (m_result.structural || (!m_result.errors.isEmpty() && !skipBadRows))
        return;
    m_result.mergeable = true;
    if (!merge)
        return;

    QByteArray json;
    {
        // The merged chronology lives only until it is written: what is kept is what reads back.
        Chronology merged(m_base.title(), m_base.source(), m_base.actors(), m_base.categories(),
                          m_base.events() + events, m_base.governments(), m_base.conditions());
        merged.setStories(m_base.stories());
        merged.setScenarios(m_base.scenarios());
        json = ChronologyWriter::toJson(merged);
    }
    // Valid only if it reads back: the same rules as any chronology file.
    const QString name = tr("(imported chronology)");
    ChronologyReader::Result reread = ChronologyReader::readData(json, name);
    if (!reread.ok()) {
        m_result.errors += reread.errors;
        m_result.structural = true;
        m_result.mergeable = false;
        return;
    }
    m_result.chronology = std::move(reread.chronology);
    m_result.json = std::move(json);
}

} // namespace AllianceScope
