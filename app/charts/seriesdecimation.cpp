// SeriesDecimation: min/max per pixel column (see seriesdecimation.h).
#include "seriesdecimation.h"

#include <algorithm>
#include <cmath>

namespace AllianceScope::SeriesDecimation {

namespace {

int columnOf(double x, double xMin, double width, int columns)
{
    const double c = std::floor((x - xMin) / width * columns);
    return int(std::clamp(c, 0.0, double(columns - 1)));
}

bool usable(qsizetype count, double xMin, double xMax, int columns, qsizetype perColumn)
{
    return columns >= 1 && xMax > xMin && std::isfinite(xMax - xMin) && count > perColumn * columns;
}

} // namespace

QList<QPointF> minMaxPerColumn(const QList<QPointF> &points, double xMin, double xMax, int columns)
{
    if (!usable(points.size(), xMin, xMax, columns, 4))
        return points;
    const double width = xMax - xMin;
    QList<QPointF> out;
    out.reserve(qsizetype(columns) * 4);
    qsizetype i = 0;
    const qsizetype n = points.size();
    while (i < n) {
        const int column = columnOf(points[i].x(), xMin, width, columns);
        const qsizetype first = i;
        qsizetype lo = i, hi = i;
        for (++i; i < n && columnOf(points[i].x(), xMin, width, columns) == column; ++i) {
            if (points[i].y() < points[lo].y())
                lo = i;
            if (points[i].y() > points[hi].y())
                hi = i;
        }
        const qsizetype last = i - 1;
        // In x order, each index once.
        qsizetype keep[4] = {first, std::min(lo, hi), std::max(lo, hi), last};
        qsizetype previous = -1;
        for (qsizetype k : keep) {
            if (k != previous)
                out.append(points[k]);
            previous = k;
        }
    }
    return out;
}

QList<QPointF> onePerColumn(const QList<QPointF> &points, double xMin, double xMax, int columns)
{
    if (!usable(points.size(), xMin, xMax, columns, 1))
        return points;
    const double width = xMax - xMin;
    QList<QPointF> out;
    out.reserve(columns);
    int previous = -1;
    for (const QPointF &p : points) {
        const int column = columnOf(p.x(), xMin, width, columns);
        if (column != previous)
            out.append(p);
        previous = column;
    }
    return out;
}

} // namespace AllianceScope::SeriesDecimation
