// GraphLayouter: node positions and edge paths for the network, computed by Graphviz.
// This header is the only door to the layout: it speaks Qt types only, and no Graphviz
// header is included anywhere but graphvizlayout.cpp.
#pragma once

#include "chronology/dyadkey.h"
#include "chronology/language.h"

#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace AllianceScope {

class Chronology;

/// How the nodes are placed.
enum class LayoutMode {
    Stable,    ///< force-directed (neato, stress majorization), deterministic: the default mental map
    Anchored,  ///< neato seeded with the previous positions; LayoutRequest::stability says how much they hold
    Circular,  ///< circo (which knows no pins: pinned nodes are put at their pins afterwards)
    Geographic, ///< states pinned to their capitals on a Pacific-centred map, mechanisms free
    Focus       ///< LayoutHints::focus pinned as a large triangle (regular polygon) in the centre,
                ///< the others placed around it by neato; see focusRequest()
};

/// Every mode, in the order menus list them.
inline constexpr std::array<LayoutMode, 5> kLayoutModes = {
    LayoutMode::Stable, LayoutMode::Anchored, LayoutMode::Circular, LayoutMode::Geographic,
    LayoutMode::Focus};

QString layoutModeName(LayoutMode mode); ///< "stable", "anchored", "circular", "geographic", "focus"
std::optional<LayoutMode> layoutModeFromName(const QString &name);

/// One node of a layout request. All lengths are in points (1/72 in), Qt coordinates (y down).
struct LayoutNode
{
    QString id;
    QString label;
    bool mechanism = false;
    QSizeF size;                    ///< the node's box; see box()
    std::optional<QPointF> pin;     ///< fixed centre: the layout keeps the node exactly here
    std::optional<QPointF> initial; ///< seed centre (Anchored and Geographic modes; Stable ignores it)
    double latitude = qQNaN();
    double longitude = qQNaN();

    /// The box the layout keeps free for the node: size, or 54×36 when size is empty.
    QSizeF box() const { return size.isEmpty() ? QSizeF(54.0, 36.0) : size; }
};

/// One undirected edge; its path is reported under DyadKey::of(a, b).text().
struct LayoutEdge
{
    QString a;
    QString b;
    double weight = 1.0; ///< strength: the larger |weight|, the shorter the edge
    bool membership = false;
};

/**
 * What the caller knows about the domain that the engine should respect: the engine itself
 * knows no actor ids. Ids that are not nodes of the request are ignored.
 */
struct LayoutHints
{
    /// Stable layouts without pins are mirrored, if need be, so that @c east lies east of
    /// @c west (the United States east of Japan, as across the Pacific). Both or neither.
    QString east;
    QString west;
    /// The actors the figure is about (e.g. the US–Japan–ROK triangle): edges between two of
    /// them get the most room an edge between hubs gets, so they never end up cramped. Focus
    /// mode pins them, in this order, on the corners of a large regular polygon (a triangle for
    /// three); without any, Focus mode lays out like Stable.
    QStringList focus;

    /// The focus of the Focus mode when a caller names none: the United States, Japan and the
    /// ROK (ids of the bundled chronology).
    static QStringList defaultFocus()
    {
        return {QStringLiteral("USA"), QStringLiteral("JPN"), QStringLiteral("KOR")};
    }

    bool operator==(const LayoutHints &o) const
    {
        return east == o.east && west == o.west && focus == o.focus;
    }
};

/// Everything GraphLayouter::layout() needs: a plain value, safe to pass to a worker thread.
struct LayoutRequest
{
    LayoutMode mode = LayoutMode::Stable;
    QList<LayoutNode> nodes;
    QList<LayoutEdge> edges;
    double stability = 0.5; ///< Anchored: 0 = laid out afresh from the seeds … 1 = seeded nodes stay put
    LayoutHints hints;      ///< orientation and focus (none by default)
};

/// The result: node centres and edge paths in points, Qt coordinates (y down).
struct GraphLayout
{
    QHash<QString, QPointF> positions;       ///< node centres by id
    /// By DyadKey::text() ("A|B" with A < B, whichever way the request listed the edge),
    /// each running from the key's a to its b; see edgePath().
    QHash<QString, QPainterPath> edgePaths;
    QRectF bounds;                           ///< every node box and edge path
    QString error;                           ///< empty on success; else what went wrong (Graphviz errors too)
    QStringList warnings;                    ///< Graphviz warnings and overlaps that could not be removed

    bool ok() const { return error.isEmpty(); }

    /// The key of edgePaths for the edge between @p a and @p b (either order): DyadKey::of(a, b).text().
    static QString edgeKey(const QString &a, const QString &b) { return DyadKey::of(a, b).text(); }

    /// The path of the edge between @p from and @p to, running from @p from to @p to; empty
    /// when the layout has none.
    QPainterPath edgePath(const QString &from, const QString &to) const
    {
        const DyadKey key = DyadKey::of(from, to);
        const QPainterPath path = edgePaths.value(key.text());
        return key.a == from ? path : path.toReversed();
    }
};

/**
 * Lays out a request with Graphviz (neato/circo through cgraph and gvc, in process).
 *
 * Thread-safe: Graphviz is not re-entrant, so the Graphviz calls of every layout are
 * serialized on a process-wide mutex (the geometry before, between and after them is not), and
 * numbers pass through Graphviz under a "C" LC_NUMERIC set for the calling thread only
 * (uselocale), never process-wide. Call it from a worker thread (QtConcurrent), never from the
 * UI thread (the bundled
 * graph takes 0.1–0.3 s, 500 nodes and 5,000 edges ~1.3 s). Deterministic: the same request
 * gives the same layout, whatever ran before. Pinned nodes stay at their pins. Nodes are
 * separated by at least nodeGap() points where pins allow it; what cannot be separated is
 * reported in GraphLayout::warnings. Edges are routed as curved splines around the nodes for
 * small graphs and as straight lines for large ones (spline routing grows roughly cubically:
 * 100 nodes and 400 edges already take ~1.5 s). Modes with pins or seeds use Kamada-Kawai,
 * which is quadratic in the nodes: meant for graphs of tens of nodes, not thousands.
 */
class GraphLayouter
{
public:
    static GraphLayout layout(const LayoutRequest &request);

    /**
     * Starts Graphviz and stops it from ever switching the process's LC_NUMERIC (Graphviz 2.42
     * does so, process-wide, around every layout; see graphvizlayout.cpp). layout() does this
     * at its first call, which then switches the locale once and back; call prepare() on the
     * main thread before the first layout runs on a worker, and no other thread ever sees a
     * switch. Cheap after the first call.
     */
    static void prepare();

    /// The free space kept between node boxes, in points.
    static constexpr double nodeGap() { return 12.0; }
    /// Graphs with nodes × edges above this get straight edges instead of routed splines.
    static constexpr int maxSplineWork() { return 15000; }
};

/**
 * The union graph of all dates of @p chronology: every actor (state or mechanism) as a node
 * labelled in @p lang, sized from its label; every pair of actors any dyad effect touches as an
 * edge weighted by the number of such effects; every membership ever as a membership edge.
 * Edges run from the actor listed first in the chronology to the later one. For Geographic,
 * states with coordinates are pinned on a Pacific-centred equirectangular map about 900×600
 * points, spread just enough that no two boxes overlap; mechanisms stay free.
 */
LayoutRequest layoutRequestFor(const Chronology &chronology, LayoutMode mode, Language lang);

/**
 * The focus nodes of a Focus-mode @p request (LayoutHints::focus, in that order, those that are
 * nodes) pinned on the corners of a regular polygon centred at the origin: the first at the
 * top, the others clockwise (for USA, JPN, KOR: the United States above, Japan to the lower
 * right, the ROK to the lower left). Its circumradius grows with the other nodes, so that the
 * polygon stays the largest shape of the figure while they fit around it. Other modes, and a
 * request with no focus node, come back unchanged.
 */
LayoutRequest focusRequest(const LayoutRequest &request);

/// The focus polygon of a Focus-mode @p request (the pins focusRequest() gives, in focus
/// order); empty for other modes or fewer than three focus nodes.
QPolygonF focusPolygon(const LayoutRequest &request);

/**
 * Moves every box that is not @p fixed out of the convex @p polygon (keeping @p gap from it)
 * and apart from the others (separateBoxes()), alternately until both hold. Deterministic.
 * @return the number of free boxes that still reach into the polygon
 */
int clearPolygon(QList<QPointF> &centres, const QList<QSizeF> &sizes, const QList<bool> &fixed,
                 const QPolygonF &polygon, double gap);

/// A node box for @p label in points, estimated (7 pt per Latin character, 12 pt per CJK one),
/// the same in every process; the application replaces it by its drawn size (LayoutController).
QSizeF estimatedNodeSize(const QString &label, bool mechanism);

/**
 * Moves the centres that are not @p fixed apart, by the smallest shifts along x or y, until
 * no two boxes (each grown by @p gap / 2 on every side) intersect; a box wedged between fixed
 * ones moves to the nearest free spot instead. Deterministic. Graphviz's own overlap removal
 * moves pinned nodes, so pinned layouts use this instead.
 * @return the number of pairs that still overlap (two fixed nodes, or no convergence)
 */
int separateBoxes(QList<QPointF> &centres, const QList<QSizeF> &sizes, const QList<bool> &fixed,
                  double gap);

/// The pairs of nodes of @p request whose boxes (grown by @p gap / 2) intersect in @p layout.
QList<QPair<QString, QString>> overlappingNodes(const LayoutRequest &request,
                                                const GraphLayout &layout, double gap = 0.0);

} // namespace AllianceScope
