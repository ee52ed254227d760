// MeasureSeries: names, parsing and values of the structural-balance and similarity metrics.
#include "measureseries.h"

#include "measures.h"

using namespace Qt::StringLiterals;

namespace AllianceScope::MeasureSeries {

namespace {

const QString kShare = u"balance_share"_s;
const QString kTriads = u"balance_triads"_s;
const QString kTriangle = u"balance_triangle"_s;
const QString kS = u"similarity_s:"_s;
const QString kKappa = u"similarity_kappa:"_s;

/// A similarity metric's kind and pair, from "similarity_s:A-B" or "similarity_kappa:A-B".
struct Similarity
{
    bool kappa = false;
    QString a;
    QString b;
};

std::optional<Similarity> parseSimilarity(const QString &name)
{
    Similarity s;
    QString pair;
    if (name.startsWith(kS)) {
        pair = name.mid(kS.size());
    } else if (name.startsWith(kKappa)) {
        s.kappa = true;
        pair = name.mid(kKappa.size());
    } else {
        return std::nullopt;
    }
    const QStringList ids = pair.split(u'-');
    if (ids.size() != 2 || ids[0].isEmpty() || ids[1].isEmpty() || ids[0] == ids[1])
        return std::nullopt;
    s.a = ids[0];
    s.b = ids[1];
    return s;
}

bool isState(const Chronology &chronology, const QString &id)
{
    const Actor *a = chronology.actor(id);
    return a && a->isState();
}

/// The triangle's pairs as "A-B": USA-JPN, USA-KOR, JPN-KOR.
QStringList trianglePairs()
{
    const QStringList &t = Metrics::triangle();
    return {t[0] + u'-' + t[1], t[0] + u'-' + t[2], t[1] + u'-' + t[2]};
}

} // namespace

QStringList names(const Chronology &chronology)
{
    QStringList out = {kShare, kTriads, kTriangle};
    for (const QString &pair : trianglePairs()) {
        const QStringList ids = pair.split(u'-');
        if (isState(chronology, ids[0]) && isState(chronology, ids[1]))
            out << kS + pair << kKappa + pair;
    }
    return out;
}

bool hasMeasureForm(const QString &name)
{
    return name == kShare || name == kTriads || name == kTriangle || parseSimilarity(name);
}

bool isName(const Chronology &chronology, const QString &name)
{
    if (name == kShare || name == kTriads || name == kTriangle)
        return true;
    const std::optional<Similarity> s = parseSimilarity(name);
    return s && isState(chronology, s->a) && isState(chronology, s->b);
}

std::optional<double> value(const QString &name, const Chronology &chronology,
                            const NetworkSnapshot &snapshot, Layer layer)
{
    if (name == kShare)
        return Measures::structuralBalance(snapshot, layer).share();
    if (name == kTriads)
        return double(Measures::structuralBalance(snapshot, layer).triads);
    if (name == kTriangle) {
        const QStringList &t = Metrics::triangle();
        return double(Measures::triadBalance(snapshot, t[0], t[1], t[2], layer));
    }
    const std::optional<Similarity> s = parseSimilarity(name);
    if (!s)
        return std::nullopt;
    return s->kappa ? Measures::similarityKappa(chronology.actors(), snapshot, s->a, s->b)
                    : Measures::similarityS(chronology.actors(), snapshot, s->a, s->b);
}

QList<MetricValue> values(const Chronology &chronology, const NetworkSnapshot &snapshot,
                          Layer layer)
{
    QList<MetricValue> out;
    const Measures::Balance balance = Measures::structuralBalance(snapshot, layer);
    out.append({kShare, layer, balance.share()});
    out.append({kTriads, layer, double(balance.triads)});
    const QStringList &t = Metrics::triangle();
    out.append({kTriangle, layer, double(Measures::triadBalance(snapshot, t[0], t[1], t[2], layer))});
    for (const QString &name : names(chronology)) {
        if (parseSimilarity(name))
            out.append({name, Layer::All, *value(name, chronology, snapshot, Layer::All)});
    }
    return out;
}

} // namespace AllianceScope::MeasureSeries
