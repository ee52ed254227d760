// Structural balance and alliance-portfolio similarity (see measures.h and docs/MODEL.md).
#include "measures.h"

#include "metrics.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace AllianceScope::Measures {

namespace {

constexpr int kSelfTier = 4;      // a state's entry for itself: the strongest tie
constexpr double kTierRange = 6.0; // tiers run from -2 to 4

int sign(double weight)
{
    if (std::abs(weight) < Metrics::kTieThreshold)
        return 0;
    return weight > 0 ? 1 : -1;
}

/// A portfolio entry: a tier, or a membership; the range is what S divides by.
struct Entry
{
    bool membership = false;
    int value = 0;
};

QList<Entry> portfolio(const QList<Actor> &actors, const NetworkSnapshot &snapshot,
                       const QString &state)
{
    QList<Entry> entries;
    entries.reserve(actors.size());
    for (const Actor &k : actors) {
        if (k.isState()) {
            entries.append({false, k.id == state ? kSelfTier
                                                 : snapshot.tier(state, k.id, Layer::All)});
        } else {
            entries.append({true, snapshot.isMember(state, k.id) ? 1 : 0});
        }
    }
    return entries;
}

} // namespace

int triadBalance(const NetworkSnapshot &snapshot, const QString &a, const QString &b,
                 const QString &c, Layer layer)
{
    return sign(snapshot.weight(a, b, layer)) * sign(snapshot.weight(a, c, layer))
        * sign(snapshot.weight(b, c, layer));
}

Balance structuralBalance(const NetworkSnapshot &snapshot, Layer layer)
{
    // Signed adjacency of the ties; each triad is counted once, from its smallest member u
    // (ids compare as strings) through two larger neighbours v < w.
    QHash<QString, QHash<QString, int>> ties;
    for (const DyadState &d : snapshot.dyads) {
        const int s = sign(d.at(layer).weight);
        if (s == 0)
            continue;
        ties[d.a].insert(d.b, s);
        ties[d.b].insert(d.a, s);
    }
    Balance result;
    for (auto u = ties.cbegin(); u != ties.cend(); ++u) {
        QStringList larger;
        for (auto v = u->cbegin(); v != u->cend(); ++v) {
            if (u.key() < v.key())
                larger.append(v.key());
        }
        std::sort(larger.begin(), larger.end());
        for (int x = 0; x < larger.size(); ++x) {
            const QHash<QString, int> &vTies = ties[larger[x]];
            for (int y = x + 1; y < larger.size(); ++y) {
                const auto vw = vTies.constFind(larger[y]);
                if (vw == vTies.cend())
                    continue;
                ++result.triads;
                if (u->value(larger[x]) * u->value(larger[y]) * *vw > 0)
                    ++result.balanced;
            }
        }
    }
    return result;
}

double similarityS(const QList<Actor> &actors, const NetworkSnapshot &snapshot, const QString &i,
                   const QString &j)
{
    const QList<Entry> pi = portfolio(actors, snapshot, i);
    const QList<Entry> pj = portfolio(actors, snapshot, j);
    if (pi.isEmpty())
        return 1.0;
    double distance = 0.0;
    for (qsizetype k = 0; k < pi.size(); ++k) {
        const double range = pi[k].membership ? 1.0 : kTierRange;
        distance += std::abs(pi[k].value - pj[k].value) / range;
    }
    return 1.0 - 2.0 * distance / double(pi.size());
}

double similarityKappa(const QList<Actor> &actors, const NetworkSnapshot &snapshot,
                       const QString &i, const QString &j)
{
    const QList<Entry> pi = portfolio(actors, snapshot, i);
    const QList<Entry> pj = portfolio(actors, snapshot, j);
    const double n = double(pi.size());
    if (n == 0)
        return 1.0;
    // Categories: tiers -2..4 as 0..6, non-member 7, member 8.
    auto category = [](const Entry &e) { return e.membership ? 7 + e.value : e.value + 2; };
    std::array<int, 9> ci{};
    std::array<int, 9> cj{};
    int agree = 0;
    for (qsizetype k = 0; k < pi.size(); ++k) {
        const int a = category(pi[k]);
        const int b = category(pj[k]);
        ++ci[std::size_t(a)];
        ++cj[std::size_t(b)];
        if (a == b)
            ++agree;
    }
    const double po = agree / n;
    double pe = 0.0;
    for (std::size_t c = 0; c < ci.size(); ++c)
        pe += (ci[c] / n) * (cj[c] / n);
    if (pe >= 1.0)
        return po >= 1.0 ? 1.0 : 0.0;
    return (po - pe) / (1.0 - pe);
}

} // namespace AllianceScope::Measures
