// DyadMatrix: every dyad's weight and tier over time, sampled at one date per column — the values
// behind the dyad × time heat strip (app/heatstrip) and its --export-heatstrip figure.
#pragma once

#include "chronology/dyadkey.h"
#include "chronology/types.h"

#include <QDate>
#include <QList>

#include <atomic>

namespace AllianceScope {

class WeightModel;

/// A change of a dyad's institutional tier, at the exact date of the effect that made it.
struct TierChange
{
    QDate date;
    int from = 0;
    int to = 0;
};

/// One dyad's row of the matrix.
struct DyadRow
{
    DyadKey key;
    QList<double> weights;         ///< the displayed weight at each column's date
    QList<int> tiers;              ///< the tier at each column's date
    QList<TierChange> tierChanges; ///< every tier change within [from, to], in date order
    /// Σ |w(cᵢ) − w(cᵢ₋₁)| over the columns: how much the dyad moved over the range shown.
    double totalChange = 0.0;
};

/**
 * The weight and tier of every dyad at `columns` dates spread evenly over [from, to].
 *
 * Column c covers the days [from + ⌊c·n/columns⌋, from + ⌊(c+1)·n/columns⌋ − 1] of the n days of
 * the range and is sampled at its last day (so a change inside a column shows in that column).
 * Rows are in triangleFirst() order. Cost: O(columns · dyads · log effects) for the cells plus
 * O(events per dyad) for the tier changes; nothing grows with the number of days.
 */
struct DyadMatrix
{
    QDate from;
    QDate to;
    Layer layer = Layer::All;
    QList<QDate> dates; ///< the sample date of each column
    QList<DyadRow> rows;

    int columns() const { return int(dates.size()); }
    bool isEmpty() const { return rows.isEmpty() || dates.isEmpty(); }

    /// The sample date of column @p column of @p columns over [from, to] (its last day).
    static QDate columnDate(const QDate &from, const QDate &to, int columns, int column);
    /// The column of @p columns over [from, to] whose days contain @p date (clamped to the range).
    static int columnOf(const QDate &from, const QDate &to, int columns, const QDate &date);
    /// columnOf() for this matrix.
    int columnOf(const QDate &date) const { return columnOf(from, to, columns(), date); }

    /// The US–Japan–ROK triangle's dyads (USA–JPN, USA–KOR, JPN–KOR) that are in @p keys first,
    /// in that order, then the others in their order in @p keys.
    static QList<DyadKey> triangleFirst(const QList<DyadKey> &keys);

    /**
     * Samples every dyad of @p model (WeightModel::dyadKeys()) on @p layer at @p columns dates
     * over [from, to] (invalid: the chronology's first / last date). @p cancel, when given and
     * set, stops early: the result is then incomplete and must be dropped.
     */
    static DyadMatrix compute(const WeightModel &model, Layer layer, int columns, QDate from = {},
                              QDate to = {}, const std::atomic_bool *cancel = nullptr);
};

} // namespace AllianceScope
