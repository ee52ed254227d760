// AllianceScene: the alliance graph as a QGraphicsScene — states, mechanisms, weighted edges,
// membership links and the legend. The same scene is shown on screen and rendered into every
// exported figure. It draws NetworkSnapshot values and holds no model state of its own.
#pragma once

#include "chronology/types.h"
#include "layout/graphlayout.h"
#include "session/layoutcontroller.h"
#include "weights/networkdiff.h"
#include "weights/networksnapshot.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <memory>

class QVariantAnimation;

namespace AllianceScope {

class Chronology;
class CompareOverlay;
class NodeItem;
class EdgeItem;
class MembershipItem;
class LegendItem;
class SceneTransition;

class AllianceScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit AllianceScene(QObject *parent = nullptr);
    ~AllianceScene() override;

    /// Creates one item per actor, dyad and membership ever present in @p chronology
    /// (items of absent dyads/memberships are hidden). Call again when a file is opened.
    void setChronology(const Chronology &chronology);
    /**
     * After an edit of the chronology (issue 11): when its actors are those of the last
     * setChronology() (the same ids and kinds in the same order; renamed ones are relabelled),
     * adds the items of new dyads and memberships and keeps the rest (nodes, positions, focus,
     * selection); @return false, changing nothing, when actors were added, removed or changed
     * kind.
     */
    bool followEdit(const Chronology &chronology);
    /// Moves nodes and edges to @p layout (animated when @p animate).
    void applyLayout(const GraphLayout &layout, bool animate = false);
    /// Shows @p snapshot: edge widths, colours, dash patterns, visibility; memberships.
    /// Animates weights over about 300 ms when @p animate.
    void setSnapshot(const NetworkSnapshot &snapshot, bool animate = false);
    const NetworkSnapshot &snapshot() const;

    void setLayer(Layer layer);
    Layer layer() const;
    /// Relabels every node and the legend.
    void setLanguage(Language lang);
    Language language() const;
    void setLegendVisible(bool visible);

    /// Highlights @p id and its neighbours, dims the rest; empty clears.
    void setFocusNode(const QString &id);
    /// Marks the edge (a, b) as selected; empty clears.
    void setSelectedEdge(const QString &a, const QString &b);
    /**
     * Emphasises a story step's highlights: the dyads @p edges, the actors @p actors and the
     * ends of those dyads stay at full strength, edges between two of @p actors too, and the
     * membership links of a listed mechanism; everything else is dimmed. Both empty: nothing is dimmed. A focused node (a click) takes
     * precedence while it lasts. Unknown ids are ignored. Kept across dates and layouts.
     */
    void setHighlights(const QList<DyadKey> &edges, const QStringList &actors);
    void clearHighlights() { setHighlights({}, {}); }
    bool hasHighlights() const { return !m_highlightEdges.isEmpty() || !m_highlightActors.isEmpty(); }
    /// Whether the node @p id, or the edge (a, b), is drawn emphasised by the highlights.
    bool isHighlighted(const QString &id) const;
    bool isHighlighted(const QString &a, const QString &b) const;

    /// The difference view: every dyad drawn by its change from @p from to @p to (@p changes of
    /// the scene's layer), with labels and the difference legend in the graph legend's place.
    void setDifference(const QList<DyadChange> &changes, const QDate &from, const QDate &to);
    /// Back to the snapshot's edges.
    void clearDifference();
    bool isDifferenceShown() const;
    /// A what-if's baseline: ghost edges where @p baseline differs from the snapshot shown
    /// (followed through later snapshots and layers); an empty snapshot removes them.
    void setBaseline(const NetworkSnapshot &baseline);
    /// The difference and ghost items (tests, exporters).
    CompareOverlay *compareOverlay() const { return m_overlay.get(); }

    /// The rectangle that holds every visible item and the legend, with a margin: what a
    /// figure export renders.
    QRectF figureRect() const;

    /// Waits for any running weight animation to reach its end state (tests, export).
    void finishAnimations();
    /// Animated snapshots play through @p transition (staged: out, change, in) instead of the
    /// plain weight animation; nullptr goes back to it. The scene does not own it.
    void setTransition(SceneTransition *transition);
    SceneTransition *transition() const;

    /// Sizes a layout's nodes as this scene draws them (labels as given, plus a little air), so
    /// that the layout leaves room for the drawn nodes: the sizer of every LayoutController.
    static NodeSizer nodeSizer();
    /// The tooltip text (rich text) of the node or edge at @p scenePos; empty over the background.
    QString toolTipAt(const QPointF &scenePos) const;

    /// The items (nullptr when unknown): for tests and exporters.
    NodeItem *nodeItem(const QString &id) const;
    EdgeItem *edgeItem(const QString &a, const QString &b) const;
    MembershipItem *membershipItem(const QString &member, const QString &mechanism) const;
    LegendItem *legendItem() const { return m_legend; }

signals:
    void nodeClicked(const QString &id);
    void edgeClicked(const QString &a, const QString &b);
    void backgroundClicked();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

private:
    struct Transition
    {
        EdgeItem *item = nullptr;
        double fromWeight = 0.0;
        double toWeight = 0.0;
        int fromTier = 0;
        int toTier = 0;
    };

    void clearItems();
    EdgeItem *ensureEdge(const QString &a, const QString &b);
    /// The edge and membership items of every effect of @p chronology not yet in the scene.
    void addEffectItems(const Chronology &chronology);
    void applySnapshot(bool animate);
    void applyMemberships();
    void stepWeights(double t);
    void stepMoves(double t);
    void updateGeometry(bool useLayoutPaths);
    QPainterPath edgePath(const EdgeItem *edge, bool useLayoutPaths) const;
    void placeLegend();
    void applyFocus();
    void applyHighlights();
    QGraphicsItem *hitItem(const QPointF &scenePos) const;
    QString actorName(const QString &id) const;
    QString nodeToolTip(const NodeItem *node) const;
    QString edgeToolTip(const EdgeItem *edge) const;
    QString diffToolTip(const DyadChange &change) const;
    QList<QRectF> nodeRects() const;
    void refreshOverlay();

    QHash<QString, NodeItem *> m_nodes;
    QHash<DyadKey, EdgeItem *> m_edges;
    QHash<DyadKey, MembershipItem *> m_memberships;     // of member and mechanism
    QList<EdgeItem *> m_edgeOrder;                      // aligned with m_snapshot.dyads
    QHash<QString, LocalizedText> m_names;
    QList<Actor> m_actors;                              // of the last setChronology()
    QHash<DyadKey, QPainterPath> m_layoutPaths;         // running from key.a to key.b
    NetworkSnapshot m_snapshot;
    Layer m_layer = Layer::All;
    Language m_language = Language::En;
    LegendItem *m_legend = nullptr;
    bool m_legendVisible = true;
    QString m_focus;
    QSet<DyadKey> m_highlightEdges;
    QSet<QString> m_highlightActors; // with the ends of m_highlightEdges
    QSet<QString> m_highlightListed; // the actors given, for the edges between them
    QString m_selectedA;
    QString m_selectedB;
    QVariantAnimation *m_weightAnimation = nullptr;
    QList<Transition> m_transitions;
    QVariantAnimation *m_moveAnimation = nullptr;
    QHash<QString, std::pair<QPointF, QPointF>> m_moves;
    QPointer<SceneTransition> m_transition;
    std::unique_ptr<CompareOverlay> m_overlay;
    NetworkSnapshot m_baseline;
    QDate m_diffFrom;
    QDate m_diffTo;
    QPointF m_pressScreenPos;
    bool m_pressOnBackground = false;
};

} // namespace AllianceScope
