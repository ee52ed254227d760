// EventImport: rows → groups → events (see eventimport.h and docs/MODEL.md "Imported events").
#include "eventimport.h"

#include "cameo.h"

#include <QMap>

#include <cmath>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

/// The rows of one (date, dyad, layer).
struct Group
{
    QDate date;
    Precision precision = Precision::Day;
    QString a;
    QString b;
    Layer layer = Layer::Political;
    QList<double> scores;
    QList<int> lines;
    QStringList titles;
    QStringList citations;
    QStringList codes;
    QStringList categories; ///< in the order first seen
    QHash<QString, int> categoryCounts;
};

QString signedNumber(double v)
{
    return (v > 0 ? u"+"_s : QString()) + QString::number(v, 'f', 2);
}

QString layerNameZh(Layer layer)
{
    switch (layer) {
    case Layer::Security: return u"安全"_s;
    case Layer::Political: return u"政治"_s;
    case Layer::Economic: return u"经济"_s;
    case Layer::All: break;
    }
    return u"全部"_s;
}

/// The category whose default score is nearest @p score (the first of equals).
const Category *nearestCategory(const Chronology &c, double score)
{
    const Category *best = nullptr;
    for (const Category &cat : c.categories()) {
        if (!best || std::abs(cat.score - score) < std::abs(best->score - score))
            best = &cat;
    }
    return best;
}

} // namespace

ImportResult EventImport::run(const CsvTable &table, const ImportMapping &mapping,
                              const Chronology &base, bool skipBadRows, bool merge)
{
    ImportResult result;
    ImportSteps steps(table, mapping, base, result);
    if (!steps.resolveColumns() || base.categories().isEmpty()) {
        if (base.categories().isEmpty())
            steps.structuralError(0, 0, tr("the base chronology has no categories to give the events"));
        steps.finish({}, skipBadRows, merge);
        return result;
    }
    const bool byCameo = mapping.columns.contains(u"cameo"_s);
    const bool byGoldstein = mapping.columns.contains(u"goldstein"_s);

    QMap<QString, Group> groups;
    for (const CsvTable::Row &row : table.rows()) {
        if (!steps.checkFieldCount(row))
            continue;
        bool bad = false;
        bool skip = false;

        const CsvTable::Field &dateCell = *steps.cell(row, u"date"_s);
        const std::optional<ImportDate> date = ImportMapping::parseDate(dateCell.text);
        if (!date) {
            steps.rowError(dateCell, tr("invalid date \"%1\" (expected YYYY-MM-DD, YYYY-MM, YYYY or "
                                        "YYYYMMDD, from 1900 to 2100)").arg(dateCell.text.trimmed()));
            bad = true;
        }
        QString source;
        QString target;
        switch (steps.actors(row, u"source"_s, u"target"_s, &source, &target)) {
        case ImportSteps::ActorStatus::Ok: break;
        case ImportSteps::ActorStatus::Skip: skip = true; break;
        case ImportSteps::ActorStatus::Bad: bad = true; break;
        }

        Layer layer = mapping.layer;
        if (const CsvTable::Field *c = steps.cell(row, u"layer"_s); c && !c->text.trimmed().isEmpty()) {
            const std::optional<Layer> l = layerFromName(c->text.trimmed().toLower());
            if (!l || *l == Layer::All) {
                steps.rowError(*c, tr("unknown layer \"%1\" (expected security, political or economic)")
                                       .arg(c->text.trimmed()));
                bad = true;
            } else {
                layer = *l;
            }
        }

        double score = 0.0;
        QString category;
        QString code;
        if (byCameo) {
            const CsvTable::Field &c = *steps.cell(row, u"cameo"_s);
            const std::optional<double> g = Cameo::goldstein(c.text);
            if (!g) {
                steps.rowError(c, tr("unknown CAMEO event code \"%1\" (expected a code of the CAMEO "
                                     "codebook: two to four digits, e.g. 05, 057 or 0874)").arg(c.text.trimmed()));
                bad = true;
            } else {
                score = *g;
                code = c.text.trimmed();
            }
        } else if (byGoldstein) {
            const CsvTable::Field &c = *steps.cell(row, u"goldstein"_s);
            bool isNumber = false;
            const double g = c.text.trimmed().toDouble(&isNumber);
            if (!isNumber || !std::isfinite(g) || g < -10.0 || g > 10.0) {
                steps.rowError(c, tr("invalid Goldstein score \"%1\" (expected a number from -10 to 10)")
                                      .arg(c.text.trimmed()));
                bad = true;
            } else {
                score = g;
            }
        } else {
            const CsvTable::Field &c = *steps.cell(row, u"category"_s);
            const Category *cat = base.category(c.text.trimmed());
            if (!cat) {
                QStringList ids;
                for (const Category &k : base.categories())
                    ids.append(k.id);
                steps.rowError(c, tr("unknown category \"%1\" (expected one of the chronology's: %2)")
                                      .arg(c.text.trimmed(), ids.join(u", "_s)));
                bad = true;
            } else {
                score = cat->score;
                category = cat->id;
            }
        }
        if (bad)
            continue;
        if (skip || source == target) {
            // Unmapped actors the mapping allows to skip, and events of a state with itself
            // (domestic events, which move no dyad).
            ++result.rowsSkipped;
            continue;
        }

        const QString a = std::min(source, target);
        const QString b = std::max(source, target);
        const QString key = date->first.toString(Qt::ISODate) + u'|' + precisionName(date->precision)
            + u'|' + a + u'|' + b + u'|' + layerName(layer);
        Group &g = groups[key];
        if (g.lines.isEmpty()) {
            g.date = date->first;
            g.precision = date->precision;
            g.a = a;
            g.b = b;
            g.layer = layer;
        }
        g.scores.append(score);
        g.lines.append(row.line);
        if (!code.isEmpty() && !g.codes.contains(code))
            g.codes.append(code);
        if (!category.isEmpty()) {
            if (!g.categoryCounts.contains(category))
                g.categories.append(category);
            ++g.categoryCounts[category];
        }
        if (const CsvTable::Field *t = steps.cell(row, u"title"_s); t && !t->text.trimmed().isEmpty())
            g.titles.append(t->text.simplified());
        if (const CsvTable::Field *c = steps.cell(row, u"citation"_s); c && !c->text.trimmed().isEmpty()
            && !g.citations.contains(c->text.simplified()))
            g.citations.append(c->text.simplified());
        ++result.rowsUsed;
    }

    QList<Event> events;
    for (const Group &g : std::as_const(groups)) {
        double sum = 0.0;
        for (double s : g.scores)
            sum += s;
        const double mean = std::round(sum / double(g.scores.size()) * 100.0) / 100.0;
        const int n = int(g.scores.size());

        Event e;
        e.date = g.date;
        e.precision = g.precision;
        e.id = steps.uniqueId(u"imp-"_s + formatDate(g.date, g.precision) + u'-' + g.a.toLower() + u'-'
                              + g.b.toLower() + u'-' + layerName(g.layer));
        if (!g.categories.isEmpty()) {
            QString most = g.categories.first();
            for (const QString &c : g.categories) {
                if (g.categoryCounts.value(c) > g.categoryCounts.value(most))
                    most = c;
            }
            e.category = most;
        } else {
            e.category = nearestCategory(base, mean)->id;
        }
        const QString en = steps.actorName(g.a, Language::En) + u'–' + steps.actorName(g.b, Language::En);
        const QString zh = steps.actorName(g.a, Language::Zh) + u'—' + steps.actorName(g.b, Language::Zh);
        const QString layerEn = layerName(g.layer);
        const QString layerZh = layerNameZh(g.layer);
        const QString meanText = signedNumber(mean);
        const QString lines = ImportSteps::lineList(g.lines);
        if (!g.titles.isEmpty()) {
            const int more = int(g.titles.size()) - 1;
            e.title.en = g.titles.first() + (more > 0 ? u" (and %1 more)"_s.arg(more) : QString());
            e.title.zh = g.titles.first() + (more > 0 ? u"（另有 %1 条）"_s.arg(more) : QString());
        } else if (n == 1) {
            e.title.en = u"%1: imported %2 event, score %3"_s.arg(en, layerEn, meanText);
            e.title.zh = u"%1：导入的%2事件，分值 %3"_s.arg(zh, layerZh, meanText);
        } else {
            e.title.en = u"%1: %2 imported %3 events, mean score %4"_s.arg(en, QString::number(n), layerEn, meanText);
            e.title.zh = u"%1：导入%2事件记录 %3 条，平均分值 %4"_s.arg(zh, layerZh, QString::number(n), meanText);
        }
        QStringList scoreTexts;
        for (double s : g.scores)
            scoreTexts.append(signedNumber(s));
        const QString scoreList = scoreTexts.size() > 10
            ? scoreTexts.mid(0, 10).join(u", "_s) + u", …"_s
            : scoreTexts.join(u", "_s);
        if (n == 1) {
            e.summary.en = u"Imported from line %1 of %2: its score on the %3 layer is %4."_s
                               .arg(lines, steps.tableName(), layerEn, meanText);
            e.summary.zh = u"导入自 %1 第 %2 行：该记录在%3层面的分值为 %4。"_s
                               .arg(steps.tableName(), lines, layerZh, meanText);
        } else {
            e.summary.en = u"Aggregated from %1 rows of %2 (lines %3): the mean of their scores (%4) "
                           "on the %5 layer is %6."_s
                               .arg(QString::number(n), steps.tableName(), lines, scoreList, layerEn, meanText);
            e.summary.zh = u"由 %1 的 %2 行记录（第 %3 行）汇总而成：这些记录的分值（%4）在%5层面的平均值为 %6。"_s
                               .arg(steps.tableName(), QString::number(n), lines, scoreList, layerZh, meanText);
        }
        e.actors = {g.a, g.b};
        Effect effect;
        effect.kind = Effect::Kind::Dyad;
        effect.actors = {g.a, g.b};
        effect.layer = g.layer;
        effect.score = mean;
        QString basis;
        if (byCameo)
            basis = u"the Goldstein score(s) of CAMEO %1"_s.arg(g.codes.join(u", "_s));
        else if (byGoldstein)
            basis = u"the Goldstein score(s)"_s;
        else
            basis = u"the category score(s)"_s;
        effect.rationale = n == 1
            ? u"Imported: %1 of one row (docs/MODEL.md, \"Imported events\")"_s.arg(basis)
            : u"Imported: mean of %1 of %2 rows (docs/MODEL.md, \"Imported events\")"_s.arg(basis, QString::number(n));
        e.effects = {effect};
        e.source.section = u"intro"_s;
        e.source.footnote = u"none"_s;
        constexpr int kCitations = 3;
        e.source.document = g.citations.isEmpty()
            ? steps.tableName()
            : g.citations.mid(0, kCitations).join(u"; "_s)
                + (g.citations.size() > kCitations
                       ? u" (and %1 more)"_s.arg(g.citations.size() - kCitations)
                       : QString());
        e.source.note = (n == 1 ? u"Imported from %1, line %2"_s : u"Imported from %1, lines %2"_s)
                            .arg(steps.tableName(), lines);
        e.context = true;
        events.append(e);
    }
    steps.finish(events, skipBadRows, merge);
    return result;
}

} // namespace AllianceScope
