// Helpers of the chronology value types: names of enums, dates at a precision, equality.
#include "types.h"

#include <cmath>

namespace AllianceScope {

QString layerName(Layer layer)
{
    switch (layer) {
    case Layer::Security: return QStringLiteral("security");
    case Layer::Political: return QStringLiteral("political");
    case Layer::Economic: return QStringLiteral("economic");
    case Layer::All: return QStringLiteral("all");
    }
    return {};
}

std::optional<Layer> layerFromName(const QString &name)
{
    for (Layer l : kViewLayers) {
        if (layerName(l) == name)
            return l;
    }
    return std::nullopt;
}

QString precisionName(Precision p)
{
    switch (p) {
    case Precision::Day: return QStringLiteral("day");
    case Precision::Month: return QStringLiteral("month");
    case Precision::Year: return QStringLiteral("year");
    }
    return {};
}

std::optional<Precision> precisionFromName(const QString &name)
{
    for (Precision p : {Precision::Day, Precision::Month, Precision::Year}) {
        if (precisionName(p) == name)
            return p;
    }
    return std::nullopt;
}

QString formatDate(const QDate &date, Precision precision)
{
    switch (precision) {
    case Precision::Day: return date.toString(QStringLiteral("yyyy-MM-dd"));
    case Precision::Month: return date.toString(QStringLiteral("yyyy-MM"));
    case Precision::Year: return date.toString(QStringLiteral("yyyy"));
    }
    return {};
}

QString Event::dateText() const
{
    return formatDate(date, precision);
}

static bool sameCoordinate(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

bool Actor::operator==(const Actor &o) const
{
    return id == o.id && kind == o.kind && name == o.name && sameCoordinate(latitude, o.latitude)
        && sameCoordinate(longitude, o.longitude);
}

bool Category::operator==(const Category &o) const
{
    return id == o.id && score == o.score && name == o.name && basis == o.basis;
}

QList<DyadKey> Effect::dyads() const
{
    QList<DyadKey> out;
    if (kind != Kind::Dyad)
        return out;
    for (qsizetype i = 0; i < actors.size(); ++i) {
        for (qsizetype j = i + 1; j < actors.size(); ++j) {
            if (actors[i] != actors[j])
                out.append(DyadKey::of(actors[i], actors[j]));
        }
    }
    return out;
}

bool Effect::operator==(const Effect &o) const
{
    return kind == o.kind && actors == o.actors && among == o.among && layer == o.layer
        && tier == o.tier && score == o.score && ongoing == o.ongoing && member == o.member
        && mechanism == o.mechanism && action == o.action && role == o.role
        && rationale == o.rationale;
}

bool Source::operator==(const Source &o) const
{
    return section == o.section && footnote == o.footnote && document == o.document
        && note == o.note;
}

bool Event::operator==(const Event &o) const
{
    return id == o.id && date == o.date && precision == o.precision && end == o.end
        && title == o.title && summary == o.summary && category == o.category
        && actors == o.actors && effects == o.effects && source == o.source
        && context == o.context;
}

} // namespace AllianceScope
