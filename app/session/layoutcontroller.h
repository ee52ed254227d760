// LayoutController: the only producer of GraphLayout in the application. It holds the layout mode,
// one Graphviz layout per language, sizes the nodes through one injected NodeSizer, runs Graphviz
// on a worker (LayoutRunner) and gives the provisional ring shown until the first layout arrives.
// The window, the figure exporter and the command line all get their layouts here, so the same
// date and language give the same node positions wherever a graph is drawn.
#pragma once

#include "layout/graphlayout.h"

#include <QMap>
#include <QObject>

#include <functional>

namespace AllianceScope {

class Chronology;
class LayoutRunner;

/// The box a node needs, in points, for its label (LayoutNode::label) as it will be drawn.
using NodeSizer = std::function<QSizeF(const LayoutNode &node)>;

class LayoutController : public QObject
{
    Q_OBJECT

public:
    /// @p sizer sizes every node of every request (the graph view's is AllianceScene::nodeSizer()).
    explicit LayoutController(NodeSizer sizer, QObject *parent = nullptr);
    ~LayoutController() override;

    /// The chronology to lay out (not owned; must outlive its use here). Forgets every layout.
    void setChronology(const Chronology *chronology);
    /**
     * The chronology was edited (now @p chronology): keeps each finished layout whose request
     * (nodes, their sizes, edges and weights, hints) the edit left as it was, forgets the others.
     * @return whether the layout of @p lang in the current mode is kept and nothing runs, i.e.
     * the graph needs no new layout (an edit of a title, a summary, a citation…).
     */
    bool followEdit(const Chronology *chronology, Language lang);
    /// Forgets every layout; the next request lays out in @p mode.
    void setMode(LayoutMode mode);
    LayoutMode mode() const { return m_mode; }
    /// The focus actors of Focus mode (a story step's); empty: LayoutHints::defaultFocus().
    /// Forgets the Focus layouts when it changes.
    void setFocus(const QStringList &focus);
    /// The focus Focus mode lays out: the one set, or LayoutHints::defaultFocus().
    QStringList focus() const;

    /// The request for @p lang in the current mode, every node sized by the sizer; Anchored mode
    /// seeds the nodes from the last Graphviz layout made.
    LayoutRequest request(Language lang) const;

    /// Lays @p lang out on the worker; layoutReady() or layoutFailed() reports it. A finished
    /// layout of @p lang in this mode is reported again at once (no Graphviz run).
    void requestLayout(Language lang);
    /// The layout of @p lang in the current mode: the one made before, or made now on the calling
    /// thread (figures, command line). Check GraphLayout::ok().
    GraphLayout layoutFor(Language lang);
    /// Whether a finished layout of @p lang in the current mode is at hand.
    bool hasLayout(Language lang) const { return m_layouts.contains(lang); }

    bool isRunning() const;
    /// Blocks until the worker is done, delivering its signals (tests).
    void waitForFinished();

    /// The first placement, shown at once until Graphviz answers: states on an inner ring,
    /// mechanisms on an outer one, both sized by their count.
    static GraphLayout provisionalLayout(const Chronology &chronology);

signals:
    /// A Graphviz layout of @p lang in the current mode is ready.
    void layoutReady(AllianceScope::Language lang, const AllianceScope::GraphLayout &layout);
    void layoutFailed(const QString &error);

private:
    void onFinished(const GraphLayout &layout);

    NodeSizer m_sizer;
    const Chronology *m_chronology = nullptr;
    LayoutMode m_mode = LayoutMode::Stable;
    QStringList m_focus; // empty: the default
    QMap<Language, GraphLayout> m_layouts; // by language, in m_mode
    QMap<Language, LayoutRequest> m_requests; // what each of m_layouts was made from (followEdit())
    LayoutRequest m_runningRequest;           // the latest request given to the runner
    GraphLayout m_last;                    // the last Graphviz layout made (Anchored seeds)
    Language m_runningLanguage = Language::En;
    LayoutRunner *m_runner;
};

} // namespace AllianceScope
