// ImportMapping: the mapping file's reader and the actor and date rules (see importmapping.h).
#include "importmapping.h"

#include "chronology/jsonparser.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

using Type = JsonNode::Type;

QString typeName(Type t)
{
    switch (t) {
    case Type::Null: return u"null"_s;
    case Type::Bool: return u"a boolean"_s;
    case Type::Number: return u"a number"_s;
    case Type::String: return u"a string"_s;
    case Type::Array: return u"an array"_s;
    case Type::Object: return u"an object"_s;
    }
    return {};
}

} // namespace

QStringList ImportMapping::roles(Kind kind)
{
    if (kind == Kind::Tiers)
        return {u"state_a"_s, u"state_b"_s, u"start"_s, u"type"_s, u"end"_s};
    return {u"date"_s,  u"source"_s, u"target"_s, u"cameo"_s,   u"goldstein"_s,
            u"category"_s, u"layer"_s, u"title"_s, u"citation"_s};
}

bool ImportMapping::isRequired(Kind kind, const QString &role)
{
    if (kind == Kind::Tiers)
        return role != u"end"_s;
    return role == u"date"_s || role == u"source"_s || role == u"target"_s;
}

ImportMapping::Result ImportMapping::readFile(const QString &path, Kind kind)
{
    constexpr qint64 kMaxMappingSize = 16 * 1024 * 1024;
    Result result;
    const std::optional<QByteArray> data = CsvTable::readBytes(path, kMaxMappingSize, &result.errors);
    return data ? readData(*data, path, kind) : result;
}

ImportMapping::Result ImportMapping::readData(const QByteArray &data, const QString &fileName,
                                              Kind kind)
{
    Result result;
    auto error = [&](int line, int column, const QString &message) {
        result.errors.append(ReadError{fileName, line, column, message});
    };
    const JsonParser::Result parsed = JsonParser::parse(data);
    if (!parsed.ok()) {
        error(parsed.error.line, parsed.error.column, parsed.error.message);
        return result;
    }
    const JsonNode &root = *parsed.root;
    if (!root.isObject()) {
        error(root.line, root.column, tr("expected an object, found %1").arg(typeName(root.type)));
        return result;
    }
    ImportMapping m;
    m.kind = kind;
    m.fileName = fileName;
    m.layer = kind == Kind::Tiers ? Layer::Security : Layer::Political;
    QStringList allowed = {u"separator"_s, u"columns"_s, u"actors"_s, u"skip_unmapped_actors"_s,
                           u"layer"_s};
    if (kind == Kind::Tiers)
        allowed.append(u"category"_s);
    auto expectString = [&](const JsonNode &v, const QString &key) {
        if (!v.isString())
            error(v.line, v.column, tr("\"%1\" must be a string, found %2").arg(key, typeName(v.type)));
        return v.isString();
    };
    bool hasColumns = false;
    for (const JsonMember &member : root.members) {
        const JsonNode &v = member.value;
        if (!allowed.contains(member.key)) {
            error(member.line, member.column,
                  tr("unknown key \"%1\" (expected %2)").arg(member.key, allowed.join(u", "_s)));
            continue;
        }
        if (member.key == u"separator"_s) {
            if (!expectString(v, member.key))
                continue;
            if (v.text == u"auto"_s)
                m.separator = CsvTable::Separator::Auto;
            else if (v.text == u"comma"_s)
                m.separator = CsvTable::Separator::Comma;
            else if (v.text == u"tab"_s)
                m.separator = CsvTable::Separator::Tab;
            else
                error(v.line, v.column, tr("unknown separator \"%1\" (expected auto, comma or tab)").arg(v.text));
        } else if (member.key == u"layer"_s) {
            if (!expectString(v, member.key))
                continue;
            const std::optional<Layer> layer = layerFromName(v.text);
            if (!layer || *layer == Layer::All)
                error(v.line, v.column,
                      tr("unknown layer \"%1\" (expected security, political or economic)").arg(v.text));
            else
                m.layer = *layer;
        } else if (member.key == u"category"_s) {
            if (!expectString(v, member.key))
                continue;
            m.category = v.text;
            m.categoryPosition = {v.line, v.column};
        } else if (member.key == u"skip_unmapped_actors"_s) {
            if (!v.isBool())
                error(v.line, v.column, tr("\"%1\" must be true or false, found %2").arg(member.key, typeName(v.type)));
            else
                m.skipUnmappedActors = v.boolean;
        } else if (member.key == u"actors"_s) {
            if (!v.isObject()) {
                error(v.line, v.column, tr("\"actors\" must be an object of names to actor ids, found %1").arg(typeName(v.type)));
                continue;
            }
            for (const JsonMember &a : v.members) {
                if (!a.value.isString() || a.value.text.trimmed().isEmpty()) {
                    error(a.value.line, a.value.column,
                          tr("the actor of \"%1\" must be an actor id (a string)").arg(a.key));
                    continue;
                }
                m.actors.append(ActorEntry{a.key.trimmed(), a.value.text.trimmed(),
                                           {a.value.line, a.value.column}});
            }
        } else if (member.key == u"columns"_s) {
            hasColumns = true;
            if (!v.isObject()) {
                error(v.line, v.column, tr("\"columns\" must be an object of roles to column names, found %1").arg(typeName(v.type)));
                continue;
            }
            const QStringList known = roles(kind);
            for (const JsonMember &c : v.members) {
                if (!known.contains(c.key)) {
                    error(c.line, c.column, tr("unknown column role \"%1\" (expected %2)")
                                                .arg(c.key, known.join(u", "_s)));
                    continue;
                }
                if (!c.value.isString() || c.value.text.trimmed().isEmpty()) {
                    error(c.value.line, c.value.column,
                          tr("the column of \"%1\" must be a column name of the table's header").arg(c.key));
                    continue;
                }
                m.columns.insert(c.key, c.value.text.trimmed());
                m.columnPositions.insert(c.key, {c.value.line, c.value.column});
            }
            for (const QString &role : known) {
                if (isRequired(kind, role) && !m.columns.contains(role))
                    error(v.line, v.column, tr("\"columns\" has no \"%1\"").arg(role));
            }
            if (kind == Kind::Events) {
                const int scores = int(m.columns.contains(u"cameo"_s)) + int(m.columns.contains(u"goldstein"_s))
                    + int(m.columns.contains(u"category"_s));
                if (scores != 1)
                    error(v.line, v.column,
                          tr("\"columns\" needs exactly one of \"cameo\", \"goldstein\" and \"category\""));
            }
        }
    }
    if (!hasColumns)
        error(root.line, root.column, tr("the mapping has no \"columns\""));
    if (result.errors.isEmpty())
        result.mapping = std::move(m);
    return result;
}

QString ImportMapping::resolveActor(const QString &name, const Chronology &chronology) const
{
    const QString key = name.trimmed();
    if (key.isEmpty())
        return {};
    for (const ActorEntry &a : actors) {
        if (a.name.compare(key, Qt::CaseInsensitive) == 0)
            return a.id;
    }
    for (const Actor &a : chronology.actors()) {
        if (a.id.compare(key, Qt::CaseInsensitive) == 0 || a.name.en.compare(key, Qt::CaseInsensitive) == 0
            || a.name.zh == key)
            return a.id;
    }
    return {};
}

QList<ReadError> ImportMapping::checkActors(const Chronology &chronology) const
{
    QList<ReadError> errors;
    for (const ActorEntry &a : actors) {
        const Actor *actor = chronology.actor(a.id);
        if (!actor)
            errors.append(ReadError{fileName, a.position.line, a.position.column,
                                    tr("unknown actor id \"%1\" for \"%2\" (not in the chronology)")
                                        .arg(a.id, a.name)});
        else if (!actor->isState())
            errors.append(ReadError{fileName, a.position.line, a.position.column,
                                    tr("\"%1\" is a mechanism; events and tiers are between states")
                                        .arg(a.id)});
    }
    return errors;
}

std::optional<ImportDate> ImportMapping::parseDate(const QString &text)
{
    static const QRegularExpression iso(QRegularExpression::anchoredPattern(
        u"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?"_s));
    static const QRegularExpression sqlDate(QRegularExpression::anchoredPattern(
        u"([0-9]{4})([0-9]{2})([0-9]{2})"_s));
    const QString t = text.trimmed();
    QRegularExpressionMatch m = sqlDate.match(t);
    if (!m.hasMatch())
        m = iso.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    const bool hasMonth = m.hasCaptured(2);
    const bool hasDay = m.hasCaptured(3);
    const int month = hasMonth ? m.captured(2).toInt() : 1;
    const int day = hasDay ? m.captured(3).toInt() : 1;
    if (!QDate::isValid(year, month, day) || year < 1900 || year > 2100)
        return std::nullopt;
    ImportDate d;
    d.first = QDate(year, month, day);
    if (hasDay) {
        d.precision = Precision::Day;
        d.last = d.first;
    } else if (hasMonth) {
        d.precision = Precision::Month;
        d.last = QDate(year, month, d.first.daysInMonth());
    } else {
        d.precision = Precision::Year;
        d.last = QDate(year, 12, 31);
    }
    return d;
}

} // namespace AllianceScope
