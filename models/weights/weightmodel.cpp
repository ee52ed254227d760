// WeightModel: the per-dyad date index and the snapshot query (docs/MODEL.md has the formulae).
//
// For each dyad and layer the index keeps
//  - the tier changes, sorted by day (a step function: binary search);
//  - the score pulses as a running decayed sum A_k = A_{k-1}·2^(-(t_k - t_{k-1})/H) + g_k,
//    so that S(t) = A_k·2^(-(t - t_k)/H) for the last pulse day t_k <= t (binary search),
//    which is exact, numerically stable and independent of how much history lies before t;
//  - the ongoing effects as a step function of levels (prefix sums of +g at the start and
//    -g at the end, binary search), each ending in a pulse g at its end day that then decays.
#include "weightmodel.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>
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
    return halfLifeDays == o.halfLifeDays && tierStep == o.tierStep && lambda == o.lambda
        && saturation == o.saturation;
}

double daysBetween(const QDate &a, const QDate &b)
{
    return static_cast<double>(b.toJulianDay() - a.toJulianDay());
}

struct LayerIndex
{
    std::vector<qint64> tierDays;
    std::vector<int> tiers;
    std::vector<qint64> pulseDays; // distinct, sorted
    std::vector<double> pulseAcc;  // decayed running sum at each pulse day
    std::vector<qint64> levelDays; // distinct, sorted
    std::vector<double> levels;    // level in force from that day on

    int tierAt(qint64 day) const
    {
        const auto it = std::upper_bound(tierDays.begin(), tierDays.end(), day);
        return it == tierDays.begin() ? 0 : tiers[std::size_t(it - tierDays.begin()) - 1];
    }

    double scoreAt(qint64 day, double halfLife) const
    {
        double s = 0.0;
        auto it = std::upper_bound(pulseDays.begin(), pulseDays.end(), day);
        if (it != pulseDays.begin()) {
            const std::size_t k = std::size_t(it - pulseDays.begin()) - 1;
            s += pulseAcc[k] * std::exp2(-double(day - pulseDays[k]) / halfLife);
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

WeightModel::WeightModel(Chronology chronology, WeightParameters parameters)
    : m_chronology(std::move(chronology))
    , m_parameters(parameters)
{
    rebuild();
}

WeightModel::~WeightModel() = default;

void WeightModel::setParameters(const WeightParameters &parameters)
{
    if (parameters == m_parameters)
        return;
    m_parameters = parameters;
    rebuild();
}

double WeightModel::weightOf(int tier, double score) const
{
    return m_parameters.tierStep * tier
        + m_parameters.lambda * std::tanh(score / m_parameters.saturation);
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
    std::map<DyadKey, Raw> raw;
    struct RawMembership { qint64 day; int order; bool join; QString role; };
    std::map<std::pair<QString, QString>, std::vector<RawMembership>> rawMemberships;

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
            for (const DyadKey &dyad : f.dyads()) {
                Raw &r = raw[dyad];
                if (r.events.isEmpty() || r.events.last() != ei)
                    r.events.append(ei);
                if (f.tier)
                    r.tiers[li].push_back({start, order, *f.tier});
                if (g == 0.0)
                    continue;
                if (f.ongoing) {
                    r.levels[li].push_back({start, g});
                    if (e.end) {
                        const qint64 end = std::max(start, dayOf(*e.end));
                        r.levels[li].push_back({end, -g});
                        r.pulses[li].push_back({end, g});
                    }
                } else {
                    r.pulses[li].push_back({start, g});
                }
            }
        }
    }

    m_dyads.clear();
    m_dyadLookup.clear();
    m_dyads.reserve(raw.size());
    for (auto &[key, r] : raw) {
        DyadIndex d;
        d.a = key.a;
        d.b = key.b;
        d.events = r.events;
        for (int li = 0; li < kLayerCount; ++li) {
            LayerIndex &L = d.layers[li];
            const double h = m_parameters.halfLifeDays[li];

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
            for (const Pulse &p : pulses) {
                if (!L.pulseDays.empty() && L.pulseDays.back() == p.day) {
                    L.pulseAcc.back() += p.g;
                } else {
                    const double carried = L.pulseDays.empty()
                        ? 0.0
                        : L.pulseAcc.back() * std::exp2(-double(p.day - L.pulseDays.back()) / h);
                    L.pulseDays.push_back(p.day);
                    L.pulseAcc.push_back(carried + p.g);
                }
            }

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
        m_dyadLookup.insert(key, int(m_dyads.size()));
        m_dyads.push_back(std::move(d));
    }

    m_memberships.clear();
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
        m_memberships.push_back(std::move(m));
    }
}

void WeightModel::fill(const DyadIndex &index, const QDate &date, DyadState &out) const
{
    const qint64 day = dayOf(date);
    out.a = index.a;
    out.b = index.b;
    int allTier = 0;
    double allScore = 0.0;
    for (int li = 0; li < kLayerCount; ++li) {
        LayerState &s = out.layers[li];
        s.tier = index.layers[li].tierAt(day);
        s.score = index.layers[li].scoreAt(day, m_parameters.halfLifeDays[li]);
        s.weight = weightOf(s.tier, s.score);
        if (std::abs(s.tier) > std::abs(allTier) || (s.tier == -allTier && s.tier > 0))
            allTier = s.tier;
        allScore += s.score;
    }
    LayerState &all = out.at(Layer::All);
    all.tier = allTier;
    all.score = allScore;
    all.weight = weightOf(allTier, allScore);
}

NetworkSnapshot WeightModel::snapshotAt(const QDate &date) const
{
    NetworkSnapshot snap;
    snap.date = date;
    snap.dyads.resize(qsizetype(m_dyads.size()));
    for (std::size_t i = 0; i < m_dyads.size(); ++i)
        fill(m_dyads[i], date, snap.dyads[qsizetype(i)]);

    const qint64 day = dayOf(date);
    for (const MembershipIndex &m : m_memberships) {
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
        snap.memberships.append({m.member, m.mechanism, m.roles[k], QDate::fromJulianDay(m.days[first])});
    }
    return snap;
}

DyadState WeightModel::dyadAt(const QString &a, const QString &b, const QDate &date) const
{
    DyadState out;
    const auto it = m_dyadLookup.constFind(DyadKey::of(a, b));
    if (it == m_dyadLookup.cend()) {
        out.a = std::min(a, b);
        out.b = std::max(a, b);
        for (LayerState &s : out.layers)
            s.weight = weightOf(0, 0.0);
        return out;
    }
    fill(m_dyads[std::size_t(*it)], date, out);
    return out;
}

QList<DyadKey> WeightModel::dyadKeys() const
{
    QList<DyadKey> out;
    out.reserve(qsizetype(m_dyads.size()));
    for (const DyadIndex &d : m_dyads)
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
    const auto it = m_dyadLookup.constFind(DyadKey::of(a, b));
    return it == m_dyadLookup.cend() ? QList<int>() : m_dyads[std::size_t(*it)].events;
}

} // namespace AllianceScope
