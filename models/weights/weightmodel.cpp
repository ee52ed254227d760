// WeightModel: the per-dyad date index and the snapshot query (docs/MODEL.md has the formulae).
//
// For each dyad and layer the index keeps
//  - the tier changes, sorted by day (a step function: binary search);
//  - the score pulses as a running decayed sum A_k = A_{k-1}·2^(-(t_k - t_{k-1})/H) + g_k,
//    so that S(t) = A_k·2^(-(t - t_k)/H) for the last pulse day t_k <= t (binary search),
//    which is exact, numerically stable and independent of how much history lies before t;
//    the sums g_k per pulse day are the index, the running sums A_k (which depend on the
//    half-life H) are the model's, recomputed alone when a half-life changes;
//  - the ongoing effects as a step function of levels (prefix sums of +g at the start and
//    -g at the end, binary search), each ending in a pulse g at its end day that then decays.
#include "weightmodel.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>

namespace AllianceScope {

namespace {

qint64 dayOf(const QDate &d)
{
    return d.toJulianDay();
}

} // namespace

bool WeightParameters::operator==(const WeightParameters &o) const
{
    return halfLifeDays == o.halfLifeDays && scale == o.scale && tierStep == o.tierStep
        && lambda == o.lambda && floor == o.floor;
}

double daysBetween(const QDate &a, const QDate &b)
{
    return static_cast<double>(b.toJulianDay() - a.toJulianDay());
}

struct LayerIndex
{
    std::vector<qint64> tierDays;
    std::vector<int> tiers;
    std::vector<qint64> pulseDays;  // distinct, sorted
    std::vector<double> pulses;     // every pulse g, by day (in effect order within a day)
    std::vector<std::uint32_t> pulseEnds; // for each pulse day, the end of its pulses
    std::size_t accOffset = 0;      // where the decayed running sums are in the model's list
    std::vector<qint64> levelDays;  // distinct, sorted
    std::vector<double> levels;     // level in force from that day on

    int tierAt(qint64 day) const
    {
        const auto it = std::upper_bound(tierDays.begin(), tierDays.end(), day);
        return it == tierDays.begin() ? 0 : tiers[std::size_t(it - tierDays.begin()) - 1];
    }

    /// The score at @p day; @p acc: the model's decayed running sums (with @p halfLife).
    double scoreAt(qint64 day, double halfLife, const std::vector<double> &acc) const
    {
        double s = 0.0;
        auto it = std::upper_bound(pulseDays.begin(), pulseDays.end(), day);
        if (it != pulseDays.begin()) {
            const std::size_t k = std::size_t(it - pulseDays.begin()) - 1;
            s += acc[accOffset + k] * std::exp2(-double(day - pulseDays[k]) / halfLife);
        }
        it = std::upper_bound(levelDays.begin(), levelDays.end(), day);
        if (it != levelDays.begin())
            s += levels[std::size_t(it - levelDays.begin()) - 1];
        return s;
    }
};

struct WeightModel::DyadIndex
{
    QString a;
    QString b;
    std::array<LayerIndex, 3> layers;
    QList<int> events; // indices into the chronology's events, in date order
};

struct WeightModel::MembershipIndex
{
    QString member;
    QString mechanism;
    std::vector<qint64> days;
    std::vector<bool> joined;
    std::vector<QString> roles;
};

struct WeightModel::Index
{
    std::vector<DyadIndex> dyads;             // sorted by (a, b)
    QHash<DyadKey, int> lookup;               // → index into dyads
    std::vector<MembershipIndex> memberships; // sorted by (member, mechanism)
    std::size_t pulseCount = 0;               // pulse days of every dyad and layer
};

WeightModel::WeightModel(Chronology chronology, WeightParameters parameters)
    : m_chronology(std::move(chronology))
    , m_parameters(parameters)
{
    rebuild();
    decay();
}

WeightModel::WeightModel(const WeightModel &other, int)
    : m_chronology(other.m_chronology)
    , m_parameters(other.m_parameters)
    , m_index(other.m_index)
    , m_pulseAcc(other.m_pulseAcc)
{
}

WeightModel::~WeightModel() = default;

std::unique_ptr<WeightModel> WeightModel::sharingIndex() const
{
    return std::unique_ptr<WeightModel>(new WeightModel(*this, 0));
}

void WeightModel::setParameters(const WeightParameters &parameters)
{
    if (parameters == m_parameters)
        return;
    const bool halfLives = parameters.halfLifeDays != m_parameters.halfLifeDays;
    m_parameters = parameters;
    if (halfLives)
        decay();
}

void WeightModel::adoptIndex(WeightModel &&built)
{
    Q_ASSERT(built.m_chronology.events().size() == m_chronology.events().size());
    m_parameters = built.m_parameters;
    m_index = std::move(built.m_index);
    m_pulseAcc = std::move(built.m_pulseAcc);
    built.m_pulseAcc.clear();
}

void WeightModel::decay()
{
    m_pulseAcc.assign(m_index->pulseCount, 0.0);
    for (const DyadIndex &d : m_index->dyads) {
        for (int li = 0; li < kLayerCount; ++li) {
            const LayerIndex &L = d.layers[li];
            const double h = m_parameters.halfLifeDays[li];
            double *acc = m_pulseAcc.data() + L.accOffset;
            std::size_t p = 0;
            for (std::size_t k = 0; k < L.pulseDays.size(); ++k) {
                // Added in the order the rebuild always added them (bit for bit the same sums).
                const double carried = k == 0
                    ? 0.0
                    : acc[k - 1] * std::exp2(-double(L.pulseDays[k] - L.pulseDays[k - 1]) / h);
                acc[k] = carried + L.pulses[p++];
                for (; p < L.pulseEnds[k]; ++p)
                    acc[k] += L.pulses[p];
            }
        }
    }
}

double WeightModel::weightOfTerm(int tier, double term) const
{
    const double base = m_parameters.tierStep * tier;
    double band = m_parameters.lambda;
    // A binding tier (|tier| >= 2: a functional agreement or more, or an armistice) sets the
    // sign of the edge: the score moves the weight within the tier's side only.
    if (tier >= 2 && term < 0)
        band = std::min(band, base - m_parameters.floor);
    else if (tier <= -2 && term > 0)
        band = std::min(band, -base - m_parameters.floor);
    return base + std::max(band, 0.0) * term;
}

double WeightModel::weightOf(int tier, double score, Layer layer) const
{
    const int li = layer == Layer::All ? 0 : static_cast<int>(layer);
    return weightOfTerm(tier, std::tanh(score / m_parameters.scale[std::size_t(li)]));
}

void WeightModel::rebuild()
{
    // Collect the raw entries per dyad and layer, then sort and fold them.
    struct TierEntry { qint64 day; int order; int tier; };
    struct Pulse { qint64 day; double g; };
    struct Level { qint64 day; double delta; };
    struct Raw
    {
        std::array<std::vector<TierEntry>, 3> tiers;
        std::array<std::vector<Pulse>, 3> pulses;
        std::array<std::vector<Level>, 3> levels;
        QList<int> events;
    };
    // The dyads in the order they are met (a hash, then sorted once: a sorted map of string
    // pairs cost a search of string comparisons per effect).
    std::vector<DyadKey> keys;
    std::vector<Raw> raws;
    QHash<DyadKey, int> rawIndex;
    struct RawMembership { qint64 day; int order; bool join; QString role; };
    std::map<std::pair<QString, QString>, std::vector<RawMembership>> rawMemberships;

    auto rawOf = [&](const DyadKey &dyad) -> Raw & {
        const auto it = rawIndex.constFind(dyad);
        if (it != rawIndex.cend())
            return raws[std::size_t(*it)];
        rawIndex.insert(dyad, int(raws.size()));
        keys.push_back(dyad);
        return raws.emplace_back();
    };
    // Calls f(raw entry of the pair) for every pair of @p actors.
    auto forEachPair = [&](const QStringList &actors, auto &&f) {
        if (actors.size() == 2 && actors[0] != actors[1]) { // a dyad: no list of pairs
            f(rawOf(DyadKey::of(actors[0], actors[1])));
            return;
        }
        for (const DyadKey &dyad : DyadKey::pairsOf(actors))
            f(rawOf(dyad));
    };
    // A level g from @p start to @p end (inclusive), then a pulse g that decays from @p end.
    auto addLevel = [](Raw &r, int li, qint64 start, const std::optional<QDate> &end, double g) {
        r.levels[li].push_back({start, g});
        if (end) {
            const qint64 last = std::max(start, dayOf(*end));
            r.levels[li].push_back({last, -g});
            r.pulses[li].push_back({last, g});
        }
    };

    const QList<Event> &events = m_chronology.events();
    int order = 0;
    for (int ei = 0; ei < events.size(); ++ei) {
        const Event &e = events[ei];
        const qint64 start = dayOf(e.date);
        for (const Effect &f : e.effects) {
            ++order;
            if (f.kind == Effect::Kind::Membership) {
                rawMemberships[{f.member, f.mechanism}].push_back(
                    {start, order, f.action == Effect::Action::Join,
                     f.role.isEmpty() ? QStringLiteral("member") : f.role});
                continue;
            }
            const int li = static_cast<int>(f.layer);
            const double g = m_chronology.effectScore(e, f);
            forEachPair(f.actors, [&](Raw &r) {
                if (r.events.isEmpty() || r.events.last() != ei)
                    r.events.append(ei);
                if (f.tier)
                    r.tiers[li].push_back({start, order, *f.tier});
                if (g == 0.0)
                    return;
                if (f.ongoing)
                    addLevel(r, li, start, e.end, g);
                else
                    r.pulses[li].push_back({start, g});
            });
        }
    }

    // Conditions: standing levels over [start, end], indexed like ongoing effects.
    for (const Condition &c : m_chronology.conditions()) {
        if (c.level != 0.0)
            forEachPair(c.actors, [&](Raw &r) { addLevel(r, int(c.layer), dayOf(c.start), c.end, c.level); });
    }

    std::vector<int> sorted(keys.size());
    for (std::size_t i = 0; i < sorted.size(); ++i)
        sorted[i] = int(i);
    std::sort(sorted.begin(), sorted.end(),
              [&keys](int p, int q) { return keys[std::size_t(p)] < keys[std::size_t(q)]; });

    auto index = std::make_shared<Index>();
    index->dyads.reserve(keys.size());
    index->lookup.reserve(qsizetype(keys.size()));
    std::size_t pulseCount = 0;
    for (int ri : sorted) {
        const DyadKey &key = keys[std::size_t(ri)];
        Raw &r = raws[std::size_t(ri)];
        DyadIndex d;
        d.a = key.a;
        d.b = key.b;
        d.events = std::move(r.events);
        for (int li = 0; li < kLayerCount; ++li) {
            LayerIndex &L = d.layers[li];

            auto &tiers = r.tiers[li];
            std::sort(tiers.begin(), tiers.end(), [](const TierEntry &p, const TierEntry &q) {
                return p.day != q.day ? p.day < q.day : p.order < q.order;
            });
            for (const TierEntry &t : tiers) {
                if (!L.tierDays.empty() && L.tierDays.back() == t.day) {
                    L.tiers.back() = t.tier; // the later effect of the same day wins
                } else {
                    L.tierDays.push_back(t.day);
                    L.tiers.push_back(t.tier);
                }
            }

            auto &pulses = r.pulses[li];
            std::stable_sort(pulses.begin(), pulses.end(),
                             [](const Pulse &p, const Pulse &q) { return p.day < q.day; });
            L.pulses.reserve(pulses.size());
            for (const Pulse &p : pulses) {
                if (L.pulseDays.empty() || L.pulseDays.back() != p.day) {
                    L.pulseDays.push_back(p.day);
                    L.pulseEnds.push_back(0);
                }
                L.pulses.push_back(p.g);
                L.pulseEnds.back() = std::uint32_t(L.pulses.size());
            }
            L.accOffset = pulseCount;
            pulseCount += L.pulseDays.size();

            auto &levels = r.levels[li];
            std::stable_sort(levels.begin(), levels.end(),
                             [](const Level &p, const Level &q) { return p.day < q.day; });
            double level = 0.0;
            for (const Level &l : levels) {
                level += l.delta;
                if (!L.levelDays.empty() && L.levelDays.back() == l.day) {
                    L.levels.back() = level;
                } else {
                    L.levelDays.push_back(l.day);
                    L.levels.push_back(level);
                }
            }
        }
        index->lookup.insert(key, int(index->dyads.size()));
        index->dyads.push_back(std::move(d));
        r = Raw(); // freed as they are indexed
    }
    index->pulseCount = pulseCount;

    for (auto &[key, list] : rawMemberships) {
        std::sort(list.begin(), list.end(), [](const RawMembership &p, const RawMembership &q) {
            return p.day != q.day ? p.day < q.day : p.order < q.order;
        });
        MembershipIndex m;
        m.member = key.first;
        m.mechanism = key.second;
        for (const RawMembership &r : list) {
            if (!m.days.empty() && m.days.back() == r.day) {
                m.joined.back() = r.join;
                m.roles.back() = r.role;
            } else {
                m.days.push_back(r.day);
                m.joined.push_back(r.join);
                m.roles.push_back(r.role);
            }
        }
        index->memberships.push_back(std::move(m));
    }
    m_index = std::move(index);
}

namespace {

/// `all`'s tier: the strongest of the layers' tiers (a positive one wins a tie of sizes).
int combinedTier(const std::array<int, kLayerCount> &tiers)
{
    int allTier = 0;
    for (int t : tiers) {
        if (std::abs(t) > std::abs(allTier) || (t == -allTier && t > 0))
            allTier = t;
    }
    return allTier;
}

} // namespace

void WeightModel::fill(const DyadIndex &index, const QDate &date, DyadState &out) const
{
    out.a = index.a;
    out.b = index.b;
    fillLayers(index, dayOf(date), out.layers);
}

void WeightModel::fillLayers(const DyadIndex &index, qint64 day,
                             std::array<LayerState, 4> &out) const
{
    std::array<int, kLayerCount> tiers{};
    double allScore = 0.0;
    double allTerm = 0.0;
    for (int li = 0; li < kLayerCount; ++li) {
        LayerState &s = out[li];
        s.tier = index.layers[li].tierAt(day);
        s.score = index.layers[li].scoreAt(day, m_parameters.halfLifeDays[li], m_pulseAcc);
        const double term = std::tanh(s.score / m_parameters.scale[li]);
        s.weight = weightOfTerm(s.tier, term);
        tiers[li] = s.tier;
        allScore += s.score;
        allTerm += term;
    }
    // `all`: the strongest tier, moved by the mean of the layers' relations terms (each layer
    // counts a third, none saturates the others).
    LayerState &all = out[static_cast<int>(Layer::All)];
    all.tier = combinedTier(tiers);
    all.score = allScore;
    all.weight = weightOfTerm(all.tier, allTerm / kLayerCount);
}

NetworkSnapshot WeightModel::snapshotAt(const QDate &date) const
{
    NetworkSnapshot snap;
    snap.date = date;
    snap.dyads.resize(qsizetype(m_index->dyads.size()));
    for (std::size_t i = 0; i < m_index->dyads.size(); ++i)
        fill(m_index->dyads[i], date, snap.dyads[qsizetype(i)]);

    snap.memberships = membershipsAt(date);
    return snap;
}

QList<MembershipState> WeightModel::membershipsAt(const QDate &date) const
{
    QList<MembershipState> out;
    const qint64 day = dayOf(date);
    for (const MembershipIndex &m : m_index->memberships) {
        const auto it = std::upper_bound(m.days.begin(), m.days.end(), day);
        if (it == m.days.begin())
            continue;
        const std::size_t k = std::size_t(it - m.days.begin()) - 1;
        if (!m.joined[k])
            continue;
        // "since": the first join of the unbroken run of joins that ends at k.
        std::size_t first = k;
        while (first > 0 && m.joined[first - 1])
            --first;
        out.append({m.member, m.mechanism, m.roles[k], QDate::fromJulianDay(m.days[first])});
    }
    return out;
}

std::array<LayerState, 4> WeightModel::layersAt(int index, const QDate &date) const
{
    std::array<LayerState, 4> layers;
    fillLayers(m_index->dyads[std::size_t(index)], dayOf(date), layers);
    return layers;
}

DyadState WeightModel::dyadAt(const QString &a, const QString &b, const QDate &date) const
{
    DyadState out;
    const auto it = m_index->lookup.constFind(DyadKey::of(a, b));
    if (it == m_index->lookup.cend()) {
        out.a = std::min(a, b);
        out.b = std::max(a, b);
        for (LayerState &s : out.layers)
            s.weight = weightOfTerm(0, 0.0);
        return out;
    }
    fill(m_index->dyads[std::size_t(*it)], date, out);
    return out;
}

QList<DyadKey> WeightModel::dyadKeys() const
{
    QList<DyadKey> out;
    out.reserve(qsizetype(m_index->dyads.size()));
    for (const DyadIndex &d : m_index->dyads)
        out.append({d.a, d.b});
    return out;
}

QList<std::pair<QString, QString>> WeightModel::dyads() const
{
    QList<std::pair<QString, QString>> out;
    const QList<DyadKey> keys = dyadKeys();
    out.reserve(keys.size());
    for (const DyadKey &key : keys)
        out.append({key.a, key.b});
    return out;
}

QList<int> WeightModel::eventsTouching(const QString &a, const QString &b) const
{
    const auto it = m_index->lookup.constFind(DyadKey::of(a, b));
    return it == m_index->lookup.cend() ? QList<int>() : m_index->dyads[std::size_t(*it)].events;
}

// ---- Queries by dyad index, and the tie counts of the density series ----

int WeightModel::dyadIndex(const QString &a, const QString &b) const
{
    const auto it = m_index->lookup.constFind(DyadKey::of(a, b));
    return it == m_index->lookup.cend() ? -1 : *it;
}

QList<int> WeightModel::dyadsOf(const QString &id) const
{
    QList<int> out;
    for (std::size_t i = 0; i < m_index->dyads.size(); ++i) {
        if (m_index->dyads[i].a == id || m_index->dyads[i].b == id)
            out.append(int(i));
    }
    return out;
}

LayerState WeightModel::layerStateAt(int index, const QDate &date, Layer layer) const
{
    if (index < 0 || std::size_t(index) >= m_index->dyads.size()) {
        LayerState s;
        s.weight = weightOfTerm(0, 0.0);
        return s;
    }
    std::array<LayerState, 4> layers;
    fillLayers(m_index->dyads[std::size_t(index)], dayOf(date), layers);
    return layers[static_cast<std::size_t>(layer)];
}

struct WeightModel::Terms
{
    std::array<int, kLayerCount> tiers{};
    std::array<double, kLayerCount> terms{};
};

void WeightModel::termsAt(const DyadIndex &index, qint64 day, Terms &out) const
{
    // The same arithmetic as fillLayers(), so that the weights are bit for bit the same.
    for (int li = 0; li < kLayerCount; ++li) {
        out.tiers[li] = index.layers[li].tierAt(day);
        const double score = index.layers[li].scoreAt(day, m_parameters.halfLifeDays[li], m_pulseAcc);
        out.terms[li] = std::tanh(score / m_parameters.scale[li]);
    }
}

double WeightModel::weightFromTerms(const Terms &t, Layer layer) const
{
    if (layer != Layer::All) {
        const int li = static_cast<int>(layer);
        return weightOfTerm(t.tiers[li], t.terms[li]);
    }
    double allTerm = 0.0;
    for (double term : t.terms)
        allTerm += term;
    return weightOfTerm(combinedTier(t.tiers), allTerm / kLayerCount);
}

void WeightModel::countTies(const DyadIndex &index, Layer layer, const std::vector<qint64> &days,
                            double threshold, std::vector<int> &diff) const
{
    // The days on which something of the dyad's index changes: in between, every tier is
    // constant and every score S(t) = A·2^(−(t−tₖ)/H) + level is monotone, so every term
    // tanh(S/k) is monotone, and so is each layer's weight; `all` is bounded by the sums of its
    // terms' bounds (floating-point addition and the band rule are monotone too).
    std::vector<qint64> changes;
    for (const LayerIndex &L : index.layers) {
        changes.insert(changes.end(), L.tierDays.begin(), L.tierDays.end());
        changes.insert(changes.end(), L.pulseDays.begin(), L.pulseDays.end());
        changes.insert(changes.end(), L.levelDays.begin(), L.levelDays.end());
    }
    std::sort(changes.begin(), changes.end());
    changes.erase(std::unique(changes.begin(), changes.end()), changes.end());

    const auto isTie = [threshold](double w) { return std::abs(w) >= threshold; };
    const auto mark = [&diff](std::size_t first, std::size_t last) { // inclusive
        ++diff[first];
        --diff[last + 1];
    };
    const auto evaluate = [&](std::size_t i, Terms &t) { termsAt(index, days[i], t); };
    // The smallest and largest weight over the dates between two evaluations in one segment.
    const auto bounds = [&](const Terms &p, const Terms &q) {
        if (layer != Layer::All) {
            const double a = weightFromTerms(p, layer);
            const double b = weightFromTerms(q, layer);
            return std::pair(std::min(a, b), std::max(a, b));
        }
        double low = 0.0;
        double high = 0.0;
        for (int li = 0; li < kLayerCount; ++li) {
            low += std::min(p.terms[li], q.terms[li]);
            high += std::max(p.terms[li], q.terms[li]);
        }
        const int tier = combinedTier(p.tiers);
        return std::pair(weightOfTerm(tier, low / kLayerCount), weightOfTerm(tier, high / kLayerCount));
    };
    // Settles the dates first..last (one segment) given the terms at both ends.
    const auto settle = [&](auto &&self, std::size_t first, std::size_t last, const Terms &p,
                            const Terms &q) -> void {
        if (first == last) {
            if (isTie(weightFromTerms(p, layer)))
                mark(first, first);
            return;
        }
        const auto [low, high] = bounds(p, q);
        if (low >= threshold || high <= -threshold) {
            mark(first, last);
            return;
        }
        if (low > -threshold && high < threshold)
            return;
        if (last - first == 1) {
            if (isTie(weightFromTerms(p, layer)))
                mark(first, first);
            if (isTie(weightFromTerms(q, layer)))
                mark(last, last);
            return;
        }
        const std::size_t mid = first + (last - first) / 2;
        Terms m;
        Terms m1;
        evaluate(mid, m);
        evaluate(mid + 1, m1);
        self(self, first, mid, p, m);
        self(self, mid + 1, last, m1, q);
    };

    // Segment k holds the dates in [changes[k-1], changes[k]) (segment 0: before the first).
    std::size_t first = 0;
    for (std::size_t k = 0; k <= changes.size() && first < days.size(); ++k) {
        const std::size_t end = k < changes.size()
            ? std::size_t(std::lower_bound(days.begin() + qsizetype(first), days.end(), changes[k])
                          - days.begin())
            : days.size();
        if (end > first) {
            Terms p;
            Terms q;
            evaluate(first, p);
            evaluate(end - 1, q);
            settle(settle, first, end - 1, p, q);
        }
        first = end;
    }
}

std::vector<int> WeightModel::tieCounts(Layer layer, const QList<QDate> &dates,
                                        double threshold) const
{
    std::vector<qint64> days;
    days.reserve(std::size_t(dates.size()));
    for (const QDate &d : dates)
        days.push_back(dayOf(d));
    std::vector<int> diff(days.size() + 1, 0);
    if (!days.empty()) {
        for (const DyadIndex &index : m_index->dyads)
            countTies(index, layer, days, threshold, diff);
    }
    std::vector<int> counts(days.size(), 0);
    int running = 0;
    for (std::size_t i = 0; i < days.size(); ++i) {
        running += diff[i];
        counts[i] = running;
    }
    return counts;
}

} // namespace AllianceScope
