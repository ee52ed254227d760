// CompareOverlay: what the AllianceScene draws over its graph when it compares — the difference
// view's edges, labels and legend (two dates), and the ghost edges of a what-if's baseline. The
// scene owns one and hands it the routes of its edges; it holds values only.
#pragma once

#include "chronology/dyadkey.h"
#include "chronology/types.h"
#include "weights/networkdiff.h"
#include "weights/networksnapshot.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QRectF>

#include <functional>

class QGraphicsScene;

namespace AllianceScope {

class DiffEdgeItem;
class DifferenceLegendItem;
class GhostEdgeItem;

class CompareOverlay
{
public:
    /// The route of the dyad (a, b) from a's centre to b's centre, as the scene draws its edge.
    using PathFor = std::function<QPainterPath(const QString &a, const QString &b)>;

    explicit CompareOverlay(QGraphicsScene *scene);
    ~CompareOverlay();
    CompareOverlay(const CompareOverlay &) = delete;
    CompareOverlay &operator=(const CompareOverlay &) = delete;

    /// Shows @p changes (one layer) from @p from to @p to; labels avoid @p obstacles and each other.
    void setDifference(const QList<DyadChange> &changes, const QDate &from, const QDate &to,
                       const PathFor &pathFor, const QList<QRectF> &obstacles);
    void clearDifference();
    bool hasDifference() const { return m_difference; }

    /// Ghosts of @p baseline where it differs from @p shown on @p layer; an empty baseline clears.
    void setBaseline(const NetworkSnapshot &baseline, const NetworkSnapshot &shown, Layer layer,
                     const PathFor &pathFor);
    void clearBaseline();
    bool hasBaseline() const { return m_baseline; }

    /// Follows moved nodes (new routes; labels placed again).
    void updatePaths(const PathFor &pathFor, const QList<QRectF> &obstacles);
    /// Puts the difference legend at @p pos (where the graph's legend goes).
    void placeLegend(const QPointF &pos);
    /// Relabels the legend after a language change.
    void retranslate();
    /// Removes every item (the chronology changed).
    void clear();

    DiffEdgeItem *diffItem(const QString &a, const QString &b) const;
    GhostEdgeItem *ghostItem(const QString &a, const QString &b) const;
    QList<DiffEdgeItem *> diffItems() const { return m_diffs.values(); }
    QList<GhostEdgeItem *> ghostItems() const { return m_ghosts.values(); }
    DifferenceLegendItem *legend() const { return m_legend; }
    /// The visible overlay items' rectangle (the legend when @p withLegend).
    QRectF itemsRect(bool withLegend) const;

private:
    void placeLabels(const QList<QRectF> &obstacles);

    QGraphicsScene *m_scene;
    QHash<DyadKey, DiffEdgeItem *> m_diffs;
    QHash<DyadKey, GhostEdgeItem *> m_ghosts;
    DifferenceLegendItem *m_legend;
    bool m_difference = false;
    bool m_baseline = false;
};

} // namespace AllianceScope
