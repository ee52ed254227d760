// TierImport: alliance rows → tier steps per dyad (see tierimport.h, docs/MODEL.md "Imported tiers").
#include "tierimport.h"

#include <QMap>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

struct TypeName
{
    const char *token;
    const char *en;
    const char *zh;
    int tier;
};

// ATOP's five obligations and COW's three alliance types (docs/MODEL.md, "Imported tiers").
constexpr TypeName kTypes[] = {
    {"defence", "defence pact", "防御条约", 4},
    {"defense", "defence pact", "防御条约", 4},
    {"offence", "offence pact", "进攻同盟", 4},
    {"offense", "offence pact", "进攻同盟", 4},
    {"consultation", "consultation pact", "磋商条约", 3},
    {"neutrality", "neutrality pact", "中立条约", 1},
    {"nonaggression", "non-aggression pact", "互不侵犯条约", 1},
    {"non-aggression", "non-aggression pact", "互不侵犯条约", 1},
    {"1", "defence pact (COW type 1)", "防御条约（COW 类型 1）", 4},
    {"2", "neutrality or non-aggression pact (COW type 2)", "中立或互不侵犯条约（COW 类型 2）", 1},
    {"3", "entente (COW type 3)", "协约（COW 类型 3）", 3},
};

struct TypeInfo
{
    int tier = 0;
    QStringList en;
    QStringList zh;
};

std::optional<TypeInfo> typeInfo(const QString &type)
{
    static const QRegularExpression separators(u"[/;,+]"_s);
    TypeInfo info;
    const QStringList tokens = type.split(separators);
    for (const QString &raw : tokens) {
        const QString token = raw.trimmed().toLower();
        if (token.isEmpty())
            return std::nullopt;
        const TypeName *found = nullptr;
        for (const TypeName &t : kTypes) {
            if (token == QLatin1String(t.token))
                found = &t;
        }
        if (!found)
            return std::nullopt;
        info.tier = std::max(info.tier, found->tier);
        const QString en = QString::fromUtf8(found->en);
        if (!info.en.contains(en)) {
            info.en.append(en);
            info.zh.append(QString::fromUtf8(found->zh));
        }
    }
    return info;
}

/// One alliance row of a dyad.
struct Interval
{
    QDate first;
    std::optional<QDate> last;
    Precision startPrecision = Precision::Day;
    Precision endPrecision = Precision::Day;
    TypeInfo type;
    int line = 0;
};

bool isOpenEnd(const QString &text)
{
    const QString t = text.trimmed().toLower();
    return t.isEmpty() || t == u"."_s || t == u"na"_s || t == u"ongoing"_s;
}

} // namespace

std::optional<int> TierImport::tierOfType(const QString &type)
{
    const std::optional<TypeInfo> info = typeInfo(type);
    return info ? std::optional<int>(info->tier) : std::nullopt;
}

ImportResult TierImport::run(const CsvTable &table, const ImportMapping &mapping,
                             const Chronology &base, bool skipBadRows, bool merge)
{
    ImportResult result;
    ImportSteps steps(table, mapping, base, result);
    bool ok = steps.resolveColumns();
    QString category = mapping.category;
    if (category.isEmpty()) {
        for (const QString &c : {u"defence_treaty"_s, u"formal_agreement"_s}) {
            if (base.category(c)) {
                category = c;
                break;
            }
        }
        if (category.isEmpty()) {
            steps.structuralError(0, 0, tr("the chronology has neither \"defence_treaty\" nor "
                                           "\"formal_agreement\": name the events' category in the "
                                           "mapping's \"category\""),
                                  mapping.fileName.isEmpty() ? table.fileName() : mapping.fileName);
            ok = false;
        }
    } else if (!base.category(category)) {
        steps.structuralError(mapping.categoryPosition.line, mapping.categoryPosition.column,
                              tr("unknown category \"%1\" (not in the chronology)").arg(category),
                              mapping.fileName);
        ok = false;
    }
    if (!ok) {
        steps.finish({}, skipBadRows, merge);
        return result;
    }

    QMap<std::pair<QString, QString>, QList<Interval>> dyads;
    for (const CsvTable::Row &row : table.rows()) {
        if (!steps.checkFieldCount(row))
            continue;
        bool bad = false;
        bool skip = false;
        QString a;
        QString b;
        switch (steps.actors(row, u"state_a"_s, u"state_b"_s, &a, &b)) {
        case ImportSteps::ActorStatus::Ok: break;
        case ImportSteps::ActorStatus::Skip: skip = true; break;
        case ImportSteps::ActorStatus::Bad: bad = true; break;
        }
        const CsvTable::Field &bCell = *steps.cell(row, u"state_b"_s);
        if (!bad && !skip && a == b) {
            steps.rowError(bCell, tr("an alliance of \"%1\" with itself").arg(a));
            bad = true;
        }
        Interval interval;
        interval.line = row.line;
        const CsvTable::Field &startCell = *steps.cell(row, u"start"_s);
        const std::optional<ImportDate> start = ImportMapping::parseDate(startCell.text);
        if (!start) {
            steps.rowError(startCell, tr("invalid start date \"%1\" (expected YYYY-MM-DD, YYYY-MM, YYYY "
                                         "or YYYYMMDD, from 1900 to 2100)").arg(startCell.text.trimmed()));
            bad = true;
        } else {
            interval.first = start->first;
            interval.startPrecision = start->precision;
        }
        if (const CsvTable::Field *endCell = steps.cell(row, u"end"_s); endCell && !isOpenEnd(endCell->text)) {
            const std::optional<ImportDate> end = ImportMapping::parseDate(endCell->text);
            if (!end) {
                steps.rowError(*endCell, tr("invalid end date \"%1\" (expected YYYY-MM-DD, YYYY-MM, YYYY or "
                                            "YYYYMMDD, or empty while in force)").arg(endCell->text.trimmed()));
                bad = true;
            } else if (start && end->last < start->first) {
                steps.rowError(*endCell, tr("the end %1 is before the start %2")
                                             .arg(endCell->text.trimmed(), startCell.text.trimmed()));
                bad = true;
            } else if (end->last >= QDate(2100, 12, 31)) {
                steps.rowError(*endCell, tr("the end %1 is too late (the last date is 2100-12-30)")
                                             .arg(endCell->text.trimmed()));
                bad = true;
            } else {
                interval.last = end->last;
                interval.endPrecision = end->precision;
            }
        }
        const CsvTable::Field &typeCell = *steps.cell(row, u"type"_s);
        const std::optional<TypeInfo> type = typeInfo(typeCell.text);
        if (!type) {
            steps.rowError(typeCell, tr("unknown alliance type \"%1\" (expected defence, offence, "
                                        "neutrality, nonaggression or consultation, or COW type 1, 2 or 3)")
                                         .arg(typeCell.text.trimmed()));
            bad = true;
        } else {
            interval.type = *type;
        }
        if (bad)
            continue;
        if (skip) {
            ++result.rowsSkipped;
            continue;
        }
        dyads[{std::min(a, b), std::max(a, b)}].append(interval);
        ++result.rowsUsed;
    }

    QList<Event> events;
    for (auto it = dyads.cbegin(); it != dyads.cend(); ++it) {
        const QString &a = it.key().first;
        const QString &b = it.key().second;
        const QList<Interval> &intervals = it.value();
        // Every date on which the set of rows in force changes, with the precision it was given at.
        QMap<QDate, Precision> points;
        for (const Interval &i : intervals) {
            points.insert(i.first, i.startPrecision);
            if (i.last)
                points.insert(i.last->addDays(1), i.endPrecision);
        }
        int previous = 0;
        QList<Event> dyadEvents;
        for (auto p = points.cbegin(); p != points.cend(); ++p) {
            const QDate d = p.key();
            int tier = 0;
            TypeInfo types;
            QList<int> lines;
            for (const Interval &i : intervals) {
                if (i.first <= d && (!i.last || d <= *i.last)) {
                    if (i.type.tier > tier) {
                        tier = i.type.tier;
                        types = TypeInfo();
                        lines.clear();
                    }
                    if (i.type.tier == tier) {
                        for (int k = 0; k < i.type.en.size(); ++k) {
                            if (!types.en.contains(i.type.en.at(k))) {
                                types.en.append(i.type.en.at(k));
                                types.zh.append(i.type.zh.at(k));
                            }
                        }
                        lines.append(i.line);
                    }
                }
            }
            if (tier == previous)
                continue;
            // The rows that ended here, for the source note of an end.
            if (lines.isEmpty()) {
                for (const Interval &i : intervals) {
                    if (i.last && i.last->addDays(1) == d)
                        lines.append(i.line);
                }
            }
            std::sort(lines.begin(), lines.end());
            Event e;
            e.date = d;
            e.precision = p.value();
            e.id = steps.uniqueId(u"tier-"_s + formatDate(d, e.precision) + u'-' + a.toLower() + u'-'
                                  + b.toLower());
            e.category = category;
            const QString en = steps.actorName(a, Language::En) + u'–' + steps.actorName(b, Language::En);
            const QString zh = steps.actorName(a, Language::Zh) + u'—' + steps.actorName(b, Language::Zh);
            const QString lineText = ImportSteps::lineList(lines);
            if (tier > 0) {
                e.title.en = u"%1: %2 (tier %3)"_s.arg(en, types.en.join(u", "_s)).arg(tier);
                e.title.zh = u"%1：%2（等级 %3）"_s.arg(zh, types.zh.join(u"、"_s)).arg(tier);
                e.summary.en = u"From %1 (line %2): the highest alliance in force between the two states "
                               "sets the %3 tier to %4 (the table's tier before: %5)."_s
                                   .arg(steps.tableName(), lineText, layerName(mapping.layer))
                                   .arg(tier).arg(previous);
                e.summary.zh = u"据 %1（第 %2 行）：两国之间现行的最高同盟把%3层面的等级定为 %4（表中此前的等级：%5）。"_s
                                   .arg(steps.tableName(), lineText,
                                        mapping.layer == Layer::Security    ? u"安全"_s
                                        : mapping.layer == Layer::Political ? u"政治"_s
                                                                            : u"经济"_s)
                                   .arg(tier).arg(previous);
            } else {
                e.title.en = u"%1: alliance ends (tier 0)"_s.arg(en);
                e.title.zh = u"%1：同盟终止（等级 0）"_s.arg(zh);
                e.summary.en = u"From %1 (line %2): no alliance between the two states is in force any "
                               "more; the tier returns to 0 (the table's tier before: %3)."_s
                                   .arg(steps.tableName(), lineText).arg(previous);
                e.summary.zh = u"据 %1（第 %2 行）：两国之间已无现行同盟，等级回到 0（表中此前的等级：%3）。"_s
                                   .arg(steps.tableName(), lineText).arg(previous);
            }
            e.actors = {a, b};
            Effect effect;
            effect.kind = Effect::Kind::Dyad;
            effect.actors = {a, b};
            effect.layer = mapping.layer;
            effect.tier = tier;
            effect.score = 0.0;
            effect.rationale = tier > 0
                ? u"Imported alliance: %1 → tier %2 (docs/MODEL.md, \"Imported tiers\")"_s
                      .arg(types.en.join(u", "_s)).arg(tier)
                : u"Imported alliance ended: tier 0 (docs/MODEL.md, \"Imported tiers\")"_s;
            e.effects = {effect};
            e.source.section = u"intro"_s;
            e.source.footnote = u"none"_s;
            e.source.document = steps.tableName();
            e.source.note = u"Imported from %1, line %2"_s.arg(steps.tableName(), lineText);
            e.context = true;
            dyadEvents.append(e);
            previous = tier;
        }
        // Each step lasts until the next one.
        for (int k = 0; k + 1 < dyadEvents.size(); ++k)
            dyadEvents[k].end = dyadEvents.at(k + 1).date.addDays(-1);
        events += dyadEvents;
    }
    steps.finish(events, skipBadRows, merge);
    return result;
}

} // namespace AllianceScope
