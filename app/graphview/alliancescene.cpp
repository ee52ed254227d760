// AllianceScene: builds one item per actor, dyad and membership, and maps snapshots, layouts,
// language, focus and selection onto them (see alliancescene.h).
#include "alliancescene.h"

#include "session/layoutcontroller.h"
#include "style/edgestyle.h"

#include "chronology/chronology.h"
#include "compareoverlay.h"
#include "diffedgeitem.h"
#include "differencelegenditem.h"
#include "edgeitem.h"
#include "legenditem.h"
#include "membershipitem.h"
#include "metrics/metrics.h"
#include "nodeitem.h"
#include "palette.h"
#include "scenetransition.h"

#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QSet>
#include <QToolTip>
#include <QVariantAnimation>
#include <QtMath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

constexpr int kAnimationMs = 300;
constexpr qreal kFigureMargin = 24.0;
constexpr qreal kLegendGap = 30.0;
constexpr qreal kDimmed = 0.25;


QString signedNumber(double v)
{
    return (v > 0 ? u"+"_s : v < 0 ? u"−"_s : QString()) + QString::number(std::abs(v), 'f', 2);
}

} // namespace

AllianceScene::AllianceScene(QObject *parent)
    : QGraphicsScene(parent)
{
    setBackgroundBrush(Palette::background());
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    m_legend = new LegendItem;
    addItem(m_legend);
    m_overlay = std::make_unique<CompareOverlay>(this);

    m_weightAnimation = new QVariantAnimation(this);
    m_weightAnimation->setStartValue(0.0);
    m_weightAnimation->setEndValue(1.0);
    m_weightAnimation->setDuration(kAnimationMs);
    m_weightAnimation->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_weightAnimation, &QVariantAnimation::valueChanged, this,
            [this](const QVariant &v) { stepWeights(v.toDouble()); });
    connect(m_weightAnimation, &QVariantAnimation::finished, this, [this] { stepWeights(1.0); });

    m_moveAnimation = new QVariantAnimation(this);
    m_moveAnimation->setStartValue(0.0);
    m_moveAnimation->setEndValue(1.0);
    m_moveAnimation->setDuration(2 * kAnimationMs);
    m_moveAnimation->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_moveAnimation, &QVariantAnimation::valueChanged, this,
            [this](const QVariant &v) { stepMoves(v.toDouble()); });
    connect(m_moveAnimation, &QVariantAnimation::finished, this, [this] { stepMoves(1.0); });
}

AllianceScene::~AllianceScene()
{
    m_weightAnimation->stop();
    m_moveAnimation->stop();
}

void AllianceScene::clearItems()
{
    if (m_transition)
        m_transition->finish();
    m_weightAnimation->stop();
    m_moveAnimation->stop();
    m_transitions.clear();
    m_moves.clear();
    for (auto *item : std::as_const(m_memberships))
        delete item;
    for (auto *item : std::as_const(m_edges))
        delete item;
    for (auto *item : std::as_const(m_nodes))
        delete item;
    m_overlay->clear();
    m_baseline = NetworkSnapshot();
    m_memberships.clear();
    m_edges.clear();
    m_nodes.clear();
    m_edgeOrder.clear();
    m_names.clear();
    m_layoutPaths.clear();
    m_focus.clear();
    m_selectedA.clear();
    m_selectedB.clear();
}

void AllianceScene::setChronology(const Chronology &chronology)
{
    clearItems();
    m_snapshot = NetworkSnapshot();

    const QStringList &triangle = Metrics::triangle();
    for (const Actor &actor : chronology.actors()) {
        auto *node = new NodeItem(actor);
        node->setLanguage(m_language);
        node->setEmphasized(triangle.contains(actor.id));
        node->setCursor(Qt::PointingHandCursor);
        node->setActive(actor.isState());
        addItem(node);
        m_nodes.insert(actor.id, node);
        m_names.insert(actor.id, actor.name);
    }

    m_actors = chronology.actors();
    addEffectItems(chronology);

    // A first placement until a layout arrives.
    applyLayout(LayoutController::provisionalLayout(chronology), false);
}

void AllianceScene::addEffectItems(const Chronology &chronology)
{
    for (const Event &event : chronology.events()) {
        for (const Effect &effect : event.effects) {
            if (effect.kind == Effect::Kind::Membership) {
                const DyadKey key = DyadKey::of(effect.member, effect.mechanism);
                if (!m_memberships.contains(key) && m_nodes.contains(effect.member)
                    && m_nodes.contains(effect.mechanism)) {
                    auto *item = new MembershipItem(effect.member, effect.mechanism);
                    addItem(item);
                    m_memberships.insert(key, item);
                }
                continue;
            }
            for (int i = 0; i < effect.actors.size(); ++i)
                for (int j = i + 1; j < effect.actors.size(); ++j)
                    ensureEdge(effect.actors[i], effect.actors[j]);
        }
    }
}

bool AllianceScene::followEdit(const Chronology &chronology)
{
    const QList<Actor> &actors = chronology.actors();
    if (m_nodes.isEmpty() || actors.size() != m_actors.size())
        return false;
    for (qsizetype i = 0; i < actors.size(); ++i) {
        if (actors[i].id != m_actors[i].id || actors[i].kind != m_actors[i].kind)
            return false;
    }
    // The same actors, perhaps renamed (Actors dialog): the same items, relabelled.
    for (qsizetype i = 0; i < actors.size(); ++i) {
        if (actors[i].name == m_actors[i].name)
            continue;
        m_names.insert(actors[i].id, actors[i].name);
        if (NodeItem *node = m_nodes.value(actors[i].id))
            node->setName(actors[i].name, m_language);
    }
    m_actors = actors;
    addEffectItems(chronology); // the items of dyads no longer in it stay, hidden
    return true;
}

EdgeItem *AllianceScene::ensureEdge(const QString &a, const QString &b)
{
    const DyadKey key = DyadKey::of(a, b);
    if (EdgeItem *edge = m_edges.value(key))
        return edge;
    auto *edge = new EdgeItem(a, b);
    edge->setCursor(Qt::PointingHandCursor);
    addItem(edge);
    m_edges.insert(key, edge);
    edge->setPath(edgePath(edge, true));
    edge->setSuppressed(m_overlay->hasDifference());
    return edge;
}

void AllianceScene::applyLayout(const GraphLayout &layout, bool animate)
{
    if (layout.positions.isEmpty())
        return;
    m_layoutPaths.clear();
    for (auto it = layout.edgePaths.cbegin(); it != layout.edgePaths.cend(); ++it) {
        if (const auto key = DyadKey::parse(it.key()))
            m_layoutPaths.insert(*key, it.value()); // running from key->a to key->b
    }

    m_moveAnimation->stop();
    m_moves.clear();
    for (auto it = layout.positions.cbegin(); it != layout.positions.cend(); ++it) {
        NodeItem *node = m_nodes.value(it.key());
        if (!node)
            continue;
        if (animate && node->pos() != it.value())
            m_moves.insert(it.key(), {node->pos(), it.value()});
        else
            node->setPos(it.value());
    }
    if (m_moves.isEmpty()) {
        updateGeometry(true);
        placeLegend();
    } else {
        m_moveAnimation->start();
    }
}

void AllianceScene::stepMoves(double t)
{
    if (m_moves.isEmpty())
        return;
    for (auto it = m_moves.cbegin(); it != m_moves.cend(); ++it) {
        if (NodeItem *node = m_nodes.value(it.key()))
            node->setPos(it->first + (it->second - it->first) * t);
    }
    if (t >= 1.0) {
        m_moves.clear();
        updateGeometry(true);
        placeLegend();
    } else {
        updateGeometry(false);
    }
}

QPainterPath AllianceScene::edgePath(const EdgeItem *edge, bool useLayoutPaths) const
{
    const NodeItem *na = m_nodes.value(edge->a());
    const NodeItem *nb = m_nodes.value(edge->b());
    const QPointF pa = na ? na->pos() : QPointF();
    const QPointF pb = nb ? nb->pos() : QPointF();
    QPainterPath path(pa);
    if (useLayoutPaths) {
        const DyadKey key = edge->key();
        const auto it = m_layoutPaths.constFind(key);
        if (it != m_layoutPaths.cend() && !it->isEmpty()) {
            // The route runs between the node boxes; extend it to the centres (under the nodes).
            const QPainterPath route = key.a == edge->a() ? *it : it->toReversed();
            path.lineTo(route.pointAtPercent(0));
            path.connectPath(route);
            path.lineTo(pb);
            return path;
        }
    }
    // A gentle curve, always bent the same way for a given pair.
    const QPointF mid = (pa + pb) / 2;
    const QPointF d = pb - pa;
    const QPointF normal(-d.y(), d.x());
    path.quadTo(mid + normal * 0.08, pb);
    return path;
}

void AllianceScene::updateGeometry(bool useLayoutPaths)
{
    for (EdgeItem *edge : std::as_const(m_edges))
        edge->setPath(edgePath(edge, useLayoutPaths));
    for (MembershipItem *m : std::as_const(m_memberships)) {
        const NodeItem *a = m_nodes.value(m->member());
        const NodeItem *b = m_nodes.value(m->mechanism());
        if (a && b)
            m->setLine(QLineF(a->pos(), b->pos()));
    }
    refreshOverlay();
}

void AllianceScene::refreshOverlay()
{
    if (!m_overlay->hasDifference() && !m_overlay->hasBaseline())
        return;
    m_overlay->updatePaths([this](const QString &a, const QString &b) { return ensureEdge(a, b)->path(); },
                           nodeRects());
}

QList<QRectF> AllianceScene::nodeRects() const
{
    QList<QRectF> rects;
    for (const NodeItem *node : std::as_const(m_nodes))
        if (node->isVisible())
            rects.append(node->sceneBoundingRect());
    return rects;
}

void AllianceScene::setDifference(const QList<DyadChange> &changes, const QDate &from, const QDate &to)
{
    m_diffFrom = from;
    m_diffTo = to;
    m_overlay->setDifference(changes, from, to,
                             [this](const QString &a, const QString &b) { return ensureEdge(a, b)->path(); },
                             nodeRects());
    for (EdgeItem *edge : std::as_const(m_edges))
        edge->setSuppressed(true);
    m_legend->setVisible(false);
    m_overlay->legend()->setVisible(m_legendVisible);
    placeLegend();
}

void AllianceScene::clearDifference()
{
    if (!m_overlay->hasDifference())
        return;
    m_overlay->clearDifference();
    for (EdgeItem *edge : std::as_const(m_edges))
        edge->setSuppressed(false);
    m_legend->setVisible(m_legendVisible);
    placeLegend();
}

bool AllianceScene::isDifferenceShown() const
{
    return m_overlay->hasDifference();
}

void AllianceScene::setBaseline(const NetworkSnapshot &baseline)
{
    m_baseline = baseline;
    m_overlay->setBaseline(m_baseline, m_snapshot, m_layer,
                           [this](const QString &a, const QString &b) { return ensureEdge(a, b)->path(); });
}

void AllianceScene::placeLegend()
{
    QRectF graph;
    for (const NodeItem *node : std::as_const(m_nodes))
        graph |= node->sceneBoundingRect();
    for (const EdgeItem *edge : std::as_const(m_edges))
        graph |= edge->path().controlPointRect();
    if (graph.isNull())
        graph = QRectF(0, 0, 1, 1);
    m_legend->setPos(graph.left(), graph.bottom() + kLegendGap);
    m_overlay->placeLegend(m_legend->pos());
    QRectF all = graph | m_legend->sceneBoundingRect() | m_overlay->itemsRect(true);
    setSceneRect(all.adjusted(-200, -200, 200, 200));
}

void AllianceScene::setSnapshot(const NetworkSnapshot &snapshot, bool animate)
{
    m_snapshot = snapshot;
    if (animate && m_transition) {
        // Staged: the end state at once, then the transition plays from what was drawn.
        m_transition->capture();
        applySnapshot(false);
        m_transition->play();
        return;
    }
    applySnapshot(animate);
}

SceneTransition *AllianceScene::transition() const
{
    return m_transition;
}

void AllianceScene::setTransition(SceneTransition *transition)
{
    if (m_transition)
        m_transition->finish();
    m_transition = transition;
}

const NetworkSnapshot &AllianceScene::snapshot() const
{
    return m_snapshot;
}

void AllianceScene::applySnapshot(bool animate)
{
    const QList<DyadState> &dyads = m_snapshot.dyads;
    bool aligned = m_edgeOrder.size() == dyads.size();
    for (qsizetype i = 0; aligned && i < dyads.size(); ++i) {
        const EdgeItem *e = m_edgeOrder[i];
        aligned = e->a() == dyads[i].a && e->b() == dyads[i].b;
    }
    if (!aligned) {
        m_edgeOrder.clear();
        m_edgeOrder.reserve(dyads.size());
        QSet<EdgeItem *> seen;
        for (const DyadState &d : dyads) {
            EdgeItem *e = ensureEdge(d.a, d.b);
            m_edgeOrder.append(e);
            seen.insert(e);
        }
        for (EdgeItem *e : std::as_const(m_edges))
            if (!seen.contains(e))
                e->setState(0.0, 0);
    }

    m_weightAnimation->stop();
    // Start from what is drawn now (possibly mid-animation).
    m_transitions.clear();
    for (qsizetype i = 0; i < dyads.size(); ++i) {
        const LayerState &s = dyads[i].at(m_layer);
        EdgeItem *e = m_edgeOrder[i];
        if (e->weight() == s.weight && e->tier() == s.tier)
            continue;
        if (animate)
            m_transitions.append({e, e->weight(), s.weight, e->tier(), s.tier});
        else
            e->setState(s.weight, s.tier);
    }
    applyMemberships();
    if (!m_focus.isEmpty() || hasHighlights())
        applyFocus();
    if (m_overlay->hasBaseline())
        setBaseline(m_baseline);
    if (!m_transitions.isEmpty())
        m_weightAnimation->start();
}

void AllianceScene::applyMemberships()
{
    QSet<DyadKey> active;
    QSet<QString> activeMechanisms;
    for (const MembershipState &m : std::as_const(m_snapshot.memberships)) {
        const DyadKey key = DyadKey::of(m.member, m.mechanism);
        MembershipItem *item = m_memberships.value(key);
        if (!item && m_nodes.contains(m.member) && m_nodes.contains(m.mechanism)) {
            item = new MembershipItem(m.member, m.mechanism);
            addItem(item);
            m_memberships.insert(key, item);
            item->setLine(QLineF(m_nodes[m.member]->pos(), m_nodes[m.mechanism]->pos()));
        }
        if (!item)
            continue;
        item->setRole(m.role);
        active.insert(key);
        activeMechanisms.insert(m.mechanism);
    }
    for (auto it = m_memberships.cbegin(); it != m_memberships.cend(); ++it)
        it.value()->setVisible(active.contains(it.key()));
    for (NodeItem *node : std::as_const(m_nodes))
        if (node->isMechanism())
            node->setActive(activeMechanisms.contains(node->id()));
}

void AllianceScene::stepWeights(double t)
{
    if (m_transitions.isEmpty())
        return;
    const bool done = t >= 1.0;
    for (const Transition &step : std::as_const(m_transitions)) {
        const double w = done ? step.toWeight : step.fromWeight + (step.toWeight - step.fromWeight) * t;
        step.item->setState(w, t < 0.5 ? step.fromTier : step.toTier);
    }
    if (done)
        m_transitions.clear();
}

void AllianceScene::finishAnimations()
{
    if (m_transition)
        m_transition->finish();
    if (m_moveAnimation->state() != QAbstractAnimation::Stopped)
        m_moveAnimation->stop();
    stepMoves(1.0);
    if (m_weightAnimation->state() != QAbstractAnimation::Stopped)
        m_weightAnimation->stop();
    stepWeights(1.0);
}

void AllianceScene::setLayer(Layer layer)
{
    if (layer == m_layer)
        return;
    m_layer = layer;
    applySnapshot(false);
}

Layer AllianceScene::layer() const
{
    return m_layer;
}

void AllianceScene::setLanguage(Language lang)
{
    m_language = lang;
    for (NodeItem *node : std::as_const(m_nodes))
        node->setLanguage(m_language);
    m_legend->relayout();
    m_overlay->retranslate();
    refreshOverlay();
    placeLegend();
}

Language AllianceScene::language() const
{
    return m_language;
}

void AllianceScene::setLegendVisible(bool visible)
{
    m_legendVisible = visible;
    m_legend->setVisible(visible && !m_overlay->hasDifference());
    m_overlay->legend()->setVisible(visible && m_overlay->hasDifference());
}

void AllianceScene::setFocusNode(const QString &id)
{
    m_focus = m_nodes.contains(id) ? id : QString();
    applyFocus();
}

// Story highlights (a step's edges and actors emphasised, the rest dimmed).
void AllianceScene::setHighlights(const QList<DyadKey> &edges, const QStringList &actors)
{
    m_highlightEdges = QSet<DyadKey>(edges.cbegin(), edges.cend());
    m_highlightListed = QSet<QString>(actors.cbegin(), actors.cend());
    m_highlightActors = m_highlightListed;
    for (const DyadKey &key : edges)
        m_highlightActors << key.a << key.b;
    applyFocus();
}

bool AllianceScene::isHighlighted(const QString &id) const
{
    return !hasHighlights() || m_highlightActors.contains(id);
}

bool AllianceScene::isHighlighted(const QString &a, const QString &b) const
{
    return !hasHighlights() || m_highlightEdges.contains(DyadKey::of(a, b))
        || (m_highlightListed.contains(a) && m_highlightListed.contains(b));
}

void AllianceScene::applyHighlights()
{
    for (NodeItem *n : std::as_const(m_nodes))
        n->setOpacity(isHighlighted(n->id()) ? 1.0 : kDimmed);
    for (EdgeItem *e : std::as_const(m_edges))
        e->setOpacity(isHighlighted(e->a(), e->b()) ? 1.0 : kDimmed);
    for (MembershipItem *m : std::as_const(m_memberships))
        m->setOpacity(m_highlightListed.contains(m->mechanism())
                              || (isHighlighted(m->member()) && isHighlighted(m->mechanism()))
                          ? 1.0
                          : kDimmed);
}

void AllianceScene::applyFocus()
{
    if (m_focus.isEmpty() && hasHighlights()) {
        applyHighlights();
        return;
    }
    if (m_focus.isEmpty()) {
        for (NodeItem *n : std::as_const(m_nodes))
            n->setOpacity(1.0);
        for (EdgeItem *e : std::as_const(m_edges))
            e->setOpacity(1.0);
        for (MembershipItem *m : std::as_const(m_memberships))
            m->setOpacity(1.0);
        return;
    }
    QSet<QString> near = {m_focus};
    for (const DyadState &d : std::as_const(m_snapshot.dyads)) {
        const LayerState &s = d.at(m_layer);
        if (!EdgeStyle::visibleFor(s.tier, s.weight))
            continue;
        if (d.a == m_focus)
            near.insert(d.b);
        else if (d.b == m_focus)
            near.insert(d.a);
    }
    for (const MembershipState &m : std::as_const(m_snapshot.memberships)) {
        if (m.member == m_focus)
            near.insert(m.mechanism);
        else if (m.mechanism == m_focus)
            near.insert(m.member);
    }
    for (NodeItem *n : std::as_const(m_nodes))
        n->setOpacity(near.contains(n->id()) ? 1.0 : kDimmed);
    for (EdgeItem *e : std::as_const(m_edges))
        e->setOpacity(e->a() == m_focus || e->b() == m_focus ? 1.0 : kDimmed);
    for (MembershipItem *m : std::as_const(m_memberships))
        m->setOpacity(m->member() == m_focus || m->mechanism() == m_focus ? 1.0 : kDimmed);
}

void AllianceScene::setSelectedEdge(const QString &a, const QString &b)
{
    if (EdgeItem *old = edgeItem(m_selectedA, m_selectedB))
        old->setSelectedEdge(false);
    m_selectedA.clear();
    m_selectedB.clear();
    if (EdgeItem *e = edgeItem(a, b)) {
        e->setSelectedEdge(true);
        m_selectedA = e->a();
        m_selectedB = e->b();
    }
}

QRectF AllianceScene::figureRect() const
{
    QRectF r;
    for (const NodeItem *n : std::as_const(m_nodes))
        if (n->isVisible())
            r |= n->sceneBoundingRect();
    for (const EdgeItem *e : std::as_const(m_edges))
        if (e->isVisible()) {
            const qreal h = e->pen().widthF() / 2 + 1;
            r |= e->path().controlPointRect().adjusted(-h, -h, h, h);
        }
    for (const MembershipItem *m : std::as_const(m_memberships))
        if (m->isVisible())
            r |= m->sceneBoundingRect();
    if (m_legendVisible && m_legend->isVisible())
        r |= m_legend->sceneBoundingRect();
    r |= m_overlay->itemsRect(m_legendVisible);
    return r.adjusted(-kFigureMargin, -kFigureMargin, kFigureMargin, kFigureMargin);
}

NodeSizer AllianceScene::nodeSizer()
{
    return [](const LayoutNode &node) { return NodeItem::layoutBox(node.id, node.label, node.mechanism); };
}

NodeItem *AllianceScene::nodeItem(const QString &id) const
{
    return m_nodes.value(id);
}

EdgeItem *AllianceScene::edgeItem(const QString &a, const QString &b) const
{
    if (a.isEmpty() || b.isEmpty())
        return nullptr;
    return m_edges.value(DyadKey::of(a, b));
}

MembershipItem *AllianceScene::membershipItem(const QString &member, const QString &mechanism) const
{
    return m_memberships.value(DyadKey::of(member, mechanism));
}

QGraphicsItem *AllianceScene::hitItem(const QPointF &scenePos) const
{
    const QList<QGraphicsItem *> under = items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder);
    for (QGraphicsItem *item : under) {
        if (item->type() == NodeItem::Type || item->type() == EdgeItem::Type
            || item->type() == DiffEdgeItem::Type)
            return item;
        if (item->type() == LegendItem::Type)
            return nullptr;
    }
    return nullptr;
}

void AllianceScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_pressOnBackground = false;
    if (event->button() != Qt::LeftButton) {
        QGraphicsScene::mousePressEvent(event);
        return;
    }
    QGraphicsItem *hit = hitItem(event->scenePos());
    if (hit && hit->type() == NodeItem::Type) {
        const QString id = static_cast<NodeItem *>(hit)->id();
        setSelectedEdge({}, {});
        setFocusNode(id);
        event->accept();
        emit nodeClicked(id);
        return;
    }
    if (hit && (hit->type() == EdgeItem::Type || hit->type() == DiffEdgeItem::Type)) {
        const bool diff = hit->type() == DiffEdgeItem::Type;
        const QString a = diff ? static_cast<DiffEdgeItem *>(hit)->change().a : static_cast<EdgeItem *>(hit)->a();
        const QString b = diff ? static_cast<DiffEdgeItem *>(hit)->change().b : static_cast<EdgeItem *>(hit)->b();
        setFocusNode({});
        setSelectedEdge(a, b);
        event->accept();
        emit edgeClicked(a, b);
        return;
    }
    // The background: let the view pan; a release without movement is a click.
    m_pressOnBackground = true;
    m_pressScreenPos = event->screenPos();
    QGraphicsScene::mousePressEvent(event);
}

void AllianceScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_pressOnBackground && event->button() == Qt::LeftButton) {
        m_pressOnBackground = false;
        if ((event->screenPos() - m_pressScreenPos).manhattanLength() <= 4) {
            setSelectedEdge({}, {});
            setFocusNode({});
            emit backgroundClicked();
        }
    }
    QGraphicsScene::mouseReleaseEvent(event);
}

QString AllianceScene::actorName(const QString &id) const
{
    const auto it = m_names.constFind(id);
    if (it == m_names.cend())
        return id;
    const QString name = it->in(m_language);
    return name.isEmpty() ? id : name;
}

QString AllianceScene::nodeToolTip(const NodeItem *node) const
{
    const QString date = m_snapshot.date.toString(Qt::ISODate);
    QString html = u"<b>"_s + actorName(node->id()).toHtmlEscaped() + u"</b> ("_s + node->id() + u")<br/>"_s;
    if (node->isMechanism()) {
        QStringList members;
        for (const MembershipState &m : std::as_const(m_snapshot.memberships))
            if (m.mechanism == node->id())
                members.append(actorName(m.member).toHtmlEscaped());
        html += tr("Mechanism") + u"<br/>"_s
            + (members.isEmpty() ? tr("No active members") : tr("Members: %1").arg(members.join(u", "_s)));
    } else {
        html += tr("Weighted degree (%1): %2")
                    .arg(Palette::layerTitle(int(m_layer)),
                         signedNumber(Metrics::degree(m_snapshot, node->id(), m_layer)));
    }
    if (!date.isEmpty())
        html += u"<br/>"_s + tr("Date: %1").arg(date);
    return html;
}

QString AllianceScene::edgeToolTip(const EdgeItem *edge) const
{
    QString html = u"<b>"_s + actorName(edge->a()).toHtmlEscaped() + u" – "_s
        + actorName(edge->b()).toHtmlEscaped() + u"</b>"_s;
    if (m_snapshot.date.isValid())
        html += u"<br/>"_s + tr("Date: %1").arg(m_snapshot.date.toString(Qt::ISODate));
    html += u"<table cellspacing=\"0\" cellpadding=\"2\"><tr><th align=\"left\">"_s + tr("Layer")
        + u"</th><th align=\"left\">"_s + tr("Tier") + u"</th><th align=\"right\">"_s + tr("Weight")
        + u"</th></tr>"_s;
    const DyadState *d = m_snapshot.dyad(edge->a(), edge->b());
    for (Layer layer : {Layer::Security, Layer::Political, Layer::Economic, Layer::All}) {
        const LayerState s = d ? d->at(layer) : LayerState{};
        const bool current = layer == m_layer;
        const QString open = current ? u"<b>"_s : QString();
        const QString close = current ? u"</b>"_s : QString();
        html += u"<tr><td>"_s + open + Palette::layerTitle(int(layer)) + close + u"</td><td>"_s + open
            + QString::number(s.tier) + u" "_s + Palette::tierName(s.tier) + close
            + u"</td><td align=\"right\">"_s + open + signedNumber(s.weight) + close + u"</td></tr>"_s;
    }
    html += u"</table>"_s;
    return html;
}

QString AllianceScene::diffToolTip(const DyadChange &c) const
{
    return u"<b>"_s + actorName(c.a).toHtmlEscaped() + u" – "_s + actorName(c.b).toHtmlEscaped()
        + u"</b><br/>"_s
        + tr("%1 → %2").arg(m_diffFrom.toString(Qt::ISODate), m_diffTo.toString(Qt::ISODate)) + u"<br/>"_s
        + tr("Weight: %1 → %2 (%3)")
              .arg(signedNumber(c.weightFrom), signedNumber(c.weightTo), DiffEdgeItem::signedText(c.delta()))
        + u"<br/>"_s
        + tr("Tier: %1 → %2").arg(Palette::tierName(c.tierFrom), Palette::tierName(c.tierTo));
}

QString AllianceScene::toolTipAt(const QPointF &scenePos) const
{
    QGraphicsItem *hit = hitItem(scenePos);
    if (!hit)
        return {};
    if (hit->type() == NodeItem::Type)
        return nodeToolTip(static_cast<NodeItem *>(hit));
    if (hit->type() == DiffEdgeItem::Type)
        return diffToolTip(static_cast<DiffEdgeItem *>(hit)->change());
    return edgeToolTip(static_cast<EdgeItem *>(hit));
}

void AllianceScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    const QString text = toolTipAt(event->scenePos());
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return;
    }
    QToolTip::showText(event->screenPos(), text, event->widget());
    event->accept();
}

} // namespace AllianceScope
