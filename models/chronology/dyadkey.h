// DyadKey: the one key of an unordered pair of actors, with its "A|B" text form.
#pragma once

#include <QHashFunctions>
#include <QString>

#include <optional>

namespace AllianceScope {

/**
 * An unordered pair of actor ids, stored in canonical order: a < b always.
 *
 * The one place that builds and parses the "A|B" keys of dyads (edge paths, lookups, files).
 * Build one with of(), never by hand, so that (x, y) and (y, x) give the same key.
 */
struct DyadKey
{
    QString a; ///< the smaller id
    QString b; ///< the larger id

    /// The key of the pair {@p x, @p y}, in either order.
    static DyadKey of(const QString &x, const QString &y)
    {
        return x < y ? DyadKey{x, y} : DyadKey{y, x};
    }

    /// "A|B" with a < b.
    QString text() const { return a + QLatin1Char(kSeparator) + b; }

    /**
     * The key written as "X|Y" (either order): nullopt unless there is exactly one '|' with a
     * non-empty id on each side and the two ids differ.
     */
    static std::optional<DyadKey> parse(const QString &text)
    {
        const qsizetype bar = text.indexOf(QLatin1Char(kSeparator));
        if (bar <= 0 || bar == text.size() - 1 || text.indexOf(QLatin1Char(kSeparator), bar + 1) >= 0)
            return std::nullopt;
        const QString x = text.left(bar);
        const QString y = text.mid(bar + 1);
        if (x == y)
            return std::nullopt;
        return of(x, y);
    }

    /// Whether @p id is one of the two actors.
    bool contains(const QString &id) const { return a == id || b == id; }

    bool operator==(const DyadKey &o) const { return a == o.a && b == o.b; }
    bool operator!=(const DyadKey &o) const { return !(*this == o); }
    /// Ordered by a, then b (the order of WeightModel::dyads()).
    bool operator<(const DyadKey &o) const { return a < o.a || (a == o.a && b < o.b); }

    static constexpr char kSeparator = '|';
};

/// For QHash<DyadKey, …> and QSet<DyadKey>.
inline size_t qHash(const DyadKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.a, key.b);
}

} // namespace AllianceScope
