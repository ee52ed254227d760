// DyadMatrix: every dyad's weight and tier over time, one sample per column (see dyadmatrix.h).
#include "dyadmatrix.h"

#include "metrics.h"
#include "weights/weightmodel.h"

#include <algorithm>
#include <cmath>

namespace AllianceScope {

namespace {

qint64 dayCount(const QDate &from, const QDate &to)
{
    return std::max<qint64>(1, from.daysTo(to) + 1);
}

} // namespace

QDate DyadMatrix::columnDate(const QDate &from, const QDate &to, int columns, int column)
{
    if (columns <= 0)
        return from;
    const qint64 n = dayCount(from, to);
    const qint64 c = std::clamp<qint64>(column, 0, columns - 1);
    // The last day of the column; a column narrower than a day shares the day it falls in.
    const qint64 end = std::max<qint64>((c + 1) * n / columns - 1, c * n / columns);
    return from.addDays(std::min(end, n - 1));
}

int DyadMatrix::columnOf(const QDate &from, const QDate &to, int columns, const QDate &date)
{
    if (columns <= 0)
        return 0;
    const qint64 n = dayCount(from, to);
    const qint64 day = std::clamp<qint64>(from.daysTo(date), 0, n - 1);
    // The first column whose last day is on or after `day`.
    qint64 c = (day * columns) / n;
    while (c > 0 && columnDate(from, to, columns, int(c - 1)) >= date)
        --c;
    while (c < columns - 1 && columnDate(from, to, columns, int(c)) < date)
        ++c;
    return int(c);
}

QList<DyadKey> DyadMatrix::triangleFirst(const QList<DyadKey> &keys)
{
    const QStringList &t = Metrics::triangle();
    const QList<DyadKey> triangle = {DyadKey::of(t[0], t[1]), DyadKey::of(t[0], t[2]), DyadKey::of(t[1], t[2])};
    QList<DyadKey> out;
    for (const DyadKey &k : triangle) {
        if (keys.contains(k))
            out.append(k);
    }
    for (const DyadKey &k : keys) {
        if (!triangle.contains(k))
            out.append(k);
    }
    return out;
}

DyadMatrix DyadMatrix::compute(const WeightModel &model, Layer layer, int columns, QDate from, QDate to,
                               const std::atomic_bool *cancel)
{
    DyadMatrix m;
    m.layer = layer;
    m.from = from.isValid() ? from : model.chronology().firstDate();
    m.to = to.isValid() ? to : model.chronology().lastDate();
    if (!m.from.isValid() || !m.to.isValid() || m.to < m.from || columns <= 0)
        return m;

    const QList<DyadKey> keys = model.dyadKeys(); // the snapshot's order
    const QList<DyadKey> order = triangleFirst(keys);
    QList<int> snapshotIndex; // row → index in the snapshot's dyads
    snapshotIndex.reserve(order.size());
    m.rows.reserve(order.size());
    for (const DyadKey &k : order) {
        snapshotIndex.append(int(keys.indexOf(k)));
        DyadRow row;
        row.key = k;
        row.weights.resize(columns);
        row.tiers.resize(columns);
        m.rows.append(row);
    }

    m.dates.reserve(columns);
    QDate previous;
    NetworkSnapshot snapshot;
    for (int c = 0; c < columns; ++c) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return m;
        const QDate date = columnDate(m.from, m.to, columns, c);
        m.dates.append(date);
        if (date != previous) // narrow ranges: columns that share a day share its snapshot
            snapshot = model.snapshotAt(date);
        previous = date;
        for (qsizetype r = 0; r < m.rows.size(); ++r) {
            const qsizetype si = snapshotIndex[r];
            const LayerState &s = si >= 0 && si < snapshot.dyads.size() ? snapshot.dyads[si].at(layer) : LayerState();
            m.rows[r].weights[c] = s.weight;
            m.rows[r].tiers[c] = s.tier;
        }
    }

    const QList<Event> &events = model.chronology().events();
    for (DyadRow &row : m.rows) {
        for (int c = 1; c < columns; ++c)
            row.totalChange += std::abs(row.weights[c] - row.weights[c - 1]);
        // A tier moves only on the date of an effect naming it: compare the day before and the day.
        QDate last;
        for (const int ei : model.eventsTouching(row.key.a, row.key.b)) {
            const QDate d = events[ei].date;
            if (d == last || d < m.from || d > m.to)
                continue;
            last = d;
            const int before = model.dyadAt(row.key.a, row.key.b, d.addDays(-1)).at(layer).tier;
            const int after = model.dyadAt(row.key.a, row.key.b, d).at(layer).tier;
            if (before != after)
                row.tierChanges.append({d, before, after});
        }
    }
    return m;
}

} // namespace AllianceScope
