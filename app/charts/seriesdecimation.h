// SeriesDecimation: thins a series of points to what a plot of a given pixel width can show, so
// that charts over 100,000 events hand a QLineSeries a few thousand points instead of every
// sample. Per pixel column it keeps the first, the lowest, the highest and the last point (in x
// order), so the drawn line reaches the same extremes in every column and joins the neighbouring
// columns where it did before.
#pragma once

#include <QList>
#include <QPointF>

namespace AllianceScope::SeriesDecimation {

/**
 * @p points (sorted by x) thinned to at most four points per pixel column of [@p xMin, @p xMax]
 * split into @p columns columns. Series with no more than 4·columns points, and calls with
 * columns < 1 or an empty x range, are returned unchanged (the bundled chronology's charts are
 * drawn from every sample, as before). Points outside the range fall into the first or last column.
 */
QList<QPointF> minMaxPerColumn(const QList<QPointF> &points, double xMin, double xMax, int columns);

/// Marks on one line (the events' squares): one per pixel column, when there are more than
/// @p columns of them; else unchanged.
QList<QPointF> onePerColumn(const QList<QPointF> &points, double xMin, double xMax, int columns);

} // namespace AllianceScope::SeriesDecimation
