// CompareOverlay: the difference view's and the what-if's items over the graph.
#include "compareoverlay.h"

#include "diffedgeitem.h"
#include "differencelegenditem.h"
#include "ghostedgeitem.h"
#include "style/edgestyle.h"

#include <QCursor>
#include <QGraphicsScene>

#include <algorithm>
#include <cmath>

namespace AllianceScope {

CompareOverlay::CompareOverlay(QGraphicsScene *scene)
    : m_scene(scene)
    , m_legend(new DifferenceLegendItem)
{
    m_legend->setVisible(false);
    m_scene->addItem(m_legend);
}

CompareOverlay::~CompareOverlay() = default; // the scene deletes its items

void CompareOverlay::clear()
{
    for (DiffEdgeItem *item : std::as_const(m_diffs))
        delete item;
    for (GhostEdgeItem *item : std::as_const(m_ghosts))
        delete item;
    m_diffs.clear();
    m_ghosts.clear();
    m_difference = false;
    m_baseline = false;
    m_legend->setVisible(false);
}

void CompareOverlay::setDifference(const QList<DyadChange> &changes, const QDate &from, const QDate &to,
                                   const PathFor &pathFor, const QList<QRectF> &obstacles)
{
    QSet<DyadKey> seen;
    for (const DyadChange &c : changes) {
        const DyadKey key = DyadKey::of(c.a, c.b);
        // Dyads without a tie at either date are not drawn at all.
        const bool drawn = c.kind() != DyadChange::Kind::Unchanged
            || EdgeStyle::visibleFor(c.tierTo, c.weightTo);
        if (!drawn)
            continue;
        DiffEdgeItem *item = m_diffs.value(key);
        if (!item) {
            item = new DiffEdgeItem(c);
            item->setCursor(Qt::PointingHandCursor);
            m_scene->addItem(item);
            m_diffs.insert(key, item);
            item->setPath(pathFor(item->change().a, item->change().b));
        } else {
            item->setChange(c);
        }
        item->setVisible(true);
        seen.insert(key);
    }
    for (auto it = m_diffs.cbegin(); it != m_diffs.cend(); ++it)
        if (!seen.contains(it.key()))
            it.value()->setVisible(false);
    m_difference = true;
    m_legend->setDates(from, to);
    m_legend->setVisible(true);
    placeLabels(obstacles);
}

void CompareOverlay::clearDifference()
{
    for (DiffEdgeItem *item : std::as_const(m_diffs))
        item->setVisible(false);
    m_difference = false;
    m_legend->setVisible(false);
}

void CompareOverlay::setBaseline(const NetworkSnapshot &baseline, const NetworkSnapshot &shown, Layer layer,
                                 const PathFor &pathFor)
{
    if (baseline.dyads.isEmpty()) {
        clearBaseline();
        return;
    }
    QSet<DyadKey> seen;
    for (const DyadState &d : baseline.dyads) {
        const LayerState base = d.at(layer);
        const DyadState *now = shown.dyad(d.a, d.b);
        const LayerState current = now ? now->at(layer) : LayerState{};
        const bool changed = base.tier != current.tier || std::abs(base.weight - current.weight) >= kChangeThreshold;
        if (!changed || !EdgeStyle::visibleFor(base.tier, base.weight))
            continue;
        const DyadKey key = DyadKey::of(d.a, d.b);
        GhostEdgeItem *ghost = m_ghosts.value(key);
        if (!ghost) {
            ghost = new GhostEdgeItem(d.a, d.b);
            m_scene->addItem(ghost);
            m_ghosts.insert(key, ghost);
            ghost->setPath(pathFor(ghost->a(), ghost->b()));
        }
        ghost->setBaseline(base.weight, base.tier);
        ghost->setVisible(true);
        seen.insert(key);
    }
    for (auto it = m_ghosts.cbegin(); it != m_ghosts.cend(); ++it)
        if (!seen.contains(it.key()))
            it.value()->setVisible(false);
    m_baseline = true;
}

void CompareOverlay::clearBaseline()
{
    for (GhostEdgeItem *ghost : std::as_const(m_ghosts))
        ghost->setVisible(false);
    m_baseline = false;
}

void CompareOverlay::updatePaths(const PathFor &pathFor, const QList<QRectF> &obstacles)
{
    for (DiffEdgeItem *item : std::as_const(m_diffs))
        item->setPath(pathFor(item->change().a, item->change().b));
    for (GhostEdgeItem *ghost : std::as_const(m_ghosts))
        ghost->setPath(pathFor(ghost->a(), ghost->b()));
    if (m_difference)
        placeLabels(obstacles);
}

void CompareOverlay::placeLabels(const QList<QRectF> &obstacles)
{
    // The largest changes (and every change of tier) first; a label that fits nowhere along its
    // edge without covering a node or another label is left out (its tooltip and the table keep it).
    QList<DiffEdgeItem *> items;
    for (DiffEdgeItem *item : std::as_const(m_diffs)) {
        item->placeLabel(QRectF());
        if (item->isVisible() && !item->labelText().isEmpty())
            items.append(item);
    }
    std::sort(items.begin(), items.end(), [](const DiffEdgeItem *x, const DiffEdgeItem *y) {
        const bool tx = x->change().tierFrom != x->change().tierTo;
        const bool ty = y->change().tierFrom != y->change().tierTo;
        if (tx != ty)
            return tx;
        const double dx = std::abs(x->change().delta()), dy = std::abs(y->change().delta());
        if (dx != dy)
            return dx > dy;
        return DyadKey::of(x->change().a, x->change().b) < DyadKey::of(y->change().a, y->change().b);
    });
    QList<QRectF> taken = obstacles;
    for (DiffEdgeItem *item : std::as_const(items)) {
        for (const double t : {0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78}) {
            const QRectF r = item->labelRectAt(item->path().pointAtPercent(t));
            const QRectF air = r.adjusted(-2, -2, 2, 2);
            const bool free = std::none_of(taken.cbegin(), taken.cend(),
                                           [&](const QRectF &o) { return o.intersects(air); });
            if (free) {
                item->placeLabel(r);
                taken.append(r);
                break;
            }
        }
    }
}

void CompareOverlay::placeLegend(const QPointF &pos)
{
    m_legend->setPos(pos);
}

void CompareOverlay::retranslate()
{
    m_legend->relayout();
    for (DiffEdgeItem *item : std::as_const(m_diffs))
        item->setChange(item->change()); // the label's words
}

DiffEdgeItem *CompareOverlay::diffItem(const QString &a, const QString &b) const
{
    return m_diffs.value(DyadKey::of(a, b));
}

GhostEdgeItem *CompareOverlay::ghostItem(const QString &a, const QString &b) const
{
    return m_ghosts.value(DyadKey::of(a, b));
}

QRectF CompareOverlay::itemsRect(bool withLegend) const
{
    QRectF r;
    for (const DiffEdgeItem *item : std::as_const(m_diffs))
        if (item->isVisible())
            r |= item->sceneBoundingRect();
    for (const GhostEdgeItem *ghost : std::as_const(m_ghosts))
        if (ghost->isVisible())
            r |= ghost->path().controlPointRect();
    if (withLegend && m_legend->isVisible())
        r |= m_legend->sceneBoundingRect();
    return r;
}

} // namespace AllianceScope
