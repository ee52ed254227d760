// The Qt-only half of the layout: mode names, the request built from a chronology (node
// sizes, the geographic projection) and the box separation used where Graphviz must not move
// pinned nodes. The Graphviz half is graphvizlayout.cpp.
#include "graphlayout.h"

#include "chronology/chronology.h"

#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

constexpr double kLabelPointSize = 11.0;
constexpr double kMapWidth = 900.0;
constexpr double kMapHeight = 600.0;

bool isWide(char32_t ucs)
{
    // Full-width punctuation and forms (（）、。) are as wide as ideographs.
    if ((ucs >= 0x3000 && ucs <= 0x303F) || (ucs >= 0xFF01 && ucs <= 0xFF60) || (ucs >= 0xFFE0 && ucs <= 0xFFE6))
        return true;
    switch (QChar::script(ucs)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo:
        return true;
    default:
        return false;
    }
}

/// Longitude on a Pacific-centred map: the Americas east of Asia (cut at 20° W, in the Atlantic).
double pacificLongitude(double longitude)
{
    return longitude < -20.0 ? longitude + 360.0 : longitude;
}

} // namespace

QString layoutModeName(LayoutMode mode)
{
    switch (mode) {
    case LayoutMode::Stable:
        return u"stable"_s;
    case LayoutMode::Anchored:
        return u"anchored"_s;
    case LayoutMode::Circular:
        return u"circular"_s;
    case LayoutMode::Geographic:
        return u"geographic"_s;
    case LayoutMode::Focus:
        return u"focus"_s;
    }
    return {};
}

std::optional<LayoutMode> layoutModeFromName(const QString &name)
{
    for (LayoutMode mode : kLayoutModes) {
        if (name == layoutModeName(mode))
            return mode;
    }
    return std::nullopt;
}

QSizeF estimatedNodeSize(const QString &label, bool mechanism)
{
    // The same estimate with or without a GUI: the application sizes nodes as it draws them
    // through its own sizer (LayoutController), so this never depends on the process kind.
    double textWidth = 0.0;
    for (int i = 0; i < label.size(); ++i) {
        const QChar c = label.at(i);
        if (c.isLowSurrogate())
            continue;
        const char32_t ucs = c.isHighSurrogate() && i + 1 < label.size()
            ? QChar::surrogateToUcs4(c, label.at(i + 1))
            : c.unicode();
        textWidth += isWide(ucs) ? 12.0 : 7.0;
    }
    const double textHeight = kLabelPointSize * 1.4;
    // Mechanisms are drawn as rounded shapes that need more room around the text.
    const double padX = mechanism ? 28.0 : 18.0;
    const double padY = mechanism ? 14.0 : 10.0;
    return QSizeF(std::max(36.0, std::ceil(textWidth + padX)), std::ceil(textHeight + padY));
}

int separateBoxes(QList<QPointF> &centres, const QList<QSizeF> &sizes, const QList<bool> &fixed,
                  double gap)
{
    const qsizetype n = centres.size();
    Q_ASSERT(sizes.size() == n && fixed.size() == n);
    auto overlap = [&](qsizetype i, qsizetype j, const QPointF &ci) {
        return std::abs(centres[j].x() - ci.x()) < (sizes[i].width() + sizes[j].width()) / 2.0 + gap
            && std::abs(centres[j].y() - ci.y()) < (sizes[i].height() + sizes[j].height()) / 2.0 + gap;
    };
    auto overlapsAny = [&](qsizetype i, const QPointF &ci) {
        for (qsizetype j = 0; j < n; ++j) {
            if (j != i && overlap(i, j, ci))
                return true;
        }
        return false;
    };

    // 1. Push overlapping pairs apart along the cheaper axis; converges in a few rounds
    //    unless a free box is wedged between fixed ones.
    constexpr int kMaxRounds = 100;
    constexpr double kSlack = 0.01; // move a hair further than needed, so a pair settles for good
    bool converged = false;
    for (int round = 0; round < kMaxRounds && !converged; ++round) {
        converged = true;
        for (qsizetype i = 0; i < n; ++i) {
            for (qsizetype j = i + 1; j < n; ++j) {
                if ((fixed[i] && fixed[j]) || !overlap(i, j, centres[i]))
                    continue;
                const double dx = centres[j].x() - centres[i].x();
                const double dy = centres[j].y() - centres[i].y();
                const double overlapX = (sizes[i].width() + sizes[j].width()) / 2.0 + gap - std::abs(dx);
                const double overlapY = (sizes[i].height() + sizes[j].height()) / 2.0 + gap - std::abs(dy);
                // Coincident centres part along x, j to the right.
                QPointF shift;
                if (overlapX <= overlapY)
                    shift = QPointF((dx < 0.0 ? -1.0 : 1.0) * (overlapX + kSlack), 0.0);
                else
                    shift = QPointF(0.0, (dy < 0.0 ? -1.0 : 1.0) * (overlapY + kSlack));
                if (fixed[i]) {
                    centres[j] += shift;
                } else if (fixed[j]) {
                    centres[i] -= shift;
                } else {
                    centres[i] -= shift / 2.0;
                    centres[j] += shift / 2.0;
                }
                converged = false;
            }
        }
    }

    // 2. Wedged boxes move to the nearest free spot instead: rings of candidates around them.
    if (!converged) {
        for (qsizetype i = 0; i < n; ++i) {
            if (fixed[i] || !overlapsAny(i, centres[i]))
                continue;
            const double step = std::max(2.0, std::min(sizes[i].width(), sizes[i].height()) / 4.0);
            const int maxRing = int(std::ceil(1e5 / step));
            bool placed = false;
            for (int ring = 1; ring <= maxRing && !placed; ++ring) {
                const double r = ring * step;
                QList<QPointF> candidates;
                for (int k = -ring; k <= ring; ++k) {
                    candidates << QPointF(k * step, -r) << QPointF(k * step, r);
                    if (k != -ring && k != ring)
                        candidates << QPointF(-r, k * step) << QPointF(r, k * step);
                }
                std::stable_sort(candidates.begin(), candidates.end(), [](const QPointF &a, const QPointF &b) {
                    return QPointF::dotProduct(a, a) < QPointF::dotProduct(b, b);
                });
                for (const QPointF &candidate : std::as_const(candidates)) {
                    if (!overlapsAny(i, centres[i] + candidate)) {
                        centres[i] += candidate;
                        placed = true;
                        break;
                    }
                }
            }
        }
    }

    int remaining = 0;
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = i + 1; j < n; ++j) {
            if (overlap(i, j, centres[i]))
                ++remaining;
        }
    }
    return remaining;
}

QList<QPair<QString, QString>> overlappingNodes(const LayoutRequest &request,
                                                const GraphLayout &layout, double gap)
{
    QList<QPair<QString, QString>> pairs;
    const QList<LayoutNode> &nodes = request.nodes;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const auto pi = layout.positions.constFind(nodes[i].id);
        if (pi == layout.positions.constEnd())
            continue;
        for (qsizetype j = i + 1; j < nodes.size(); ++j) {
            const auto pj = layout.positions.constFind(nodes[j].id);
            if (pj == layout.positions.constEnd())
                continue;
            const QSizeF si = nodes[i].box();
            const QSizeF sj = nodes[j].box();
            if (std::abs(pj->x() - pi->x()) < (si.width() + sj.width()) / 2.0 + gap
                && std::abs(pj->y() - pi->y()) < (si.height() + sj.height()) / 2.0 + gap)
                pairs.append({nodes[i].id, nodes[j].id});
        }
    }
    return pairs;
}

LayoutRequest layoutRequestFor(const Chronology &chronology, LayoutMode mode, Language lang)
{
    LayoutRequest request;
    request.mode = mode;

    const QList<Actor> &actors = chronology.actors();
    QHash<QString, int> index;
    for (const Actor &actor : actors) {
        index.insert(actor.id, int(request.nodes.size()));
        LayoutNode node;
        node.id = actor.id;
        node.label = actor.name.in(lang);
        node.mechanism = !actor.isState();
        node.size = estimatedNodeSize(node.label, node.mechanism);
        node.latitude = actor.latitude;
        node.longitude = actor.longitude;
        request.nodes.append(node);
    }

    // Edges keyed by the node indices (lower first), in order of first appearance.
    QHash<QPair<int, int>, qsizetype> edgeIndex;
    auto touch = [&](const QString &x, const QString &y, bool membership) {
        const auto ix = index.constFind(x);
        const auto iy = index.constFind(y);
        if (ix == index.constEnd() || iy == index.constEnd() || *ix == *iy)
            return;
        const QPair<int, int> key(std::min(*ix, *iy), std::max(*ix, *iy));
        auto it = edgeIndex.find(key);
        if (it == edgeIndex.end()) {
            LayoutEdge edge;
            edge.a = request.nodes[key.first].id;
            edge.b = request.nodes[key.second].id;
            edge.weight = 0.0;
            it = edgeIndex.insert(key, request.edges.size());
            request.edges.append(edge);
        }
        LayoutEdge &edge = request.edges[*it];
        edge.weight += 1.0;
        edge.membership = edge.membership || membership;
    };
    for (const Event &event : chronology.events()) {
        for (const Effect &effect : event.effects) {
            if (effect.kind == Effect::Kind::Membership) {
                touch(effect.member, effect.mechanism, true);
                continue;
            }
            for (const DyadKey &dyad : effect.dyads())
                touch(dyad.a, dyad.b, false);
        }
    }

    if (mode != LayoutMode::Geographic)
        return request;

    // Pacific-centred equirectangular projection of the states, fitted into the map box.
    double minLon = qInf(), maxLon = -qInf(), minLat = qInf(), maxLat = -qInf();
    QList<qsizetype> placed;
    for (qsizetype i = 0; i < request.nodes.size(); ++i) {
        const LayoutNode &node = request.nodes[i];
        if (node.mechanism || !std::isfinite(node.latitude) || !std::isfinite(node.longitude))
            continue;
        const double lon = pacificLongitude(node.longitude);
        minLon = std::min(minLon, lon);
        maxLon = std::max(maxLon, lon);
        minLat = std::min(minLat, node.latitude);
        maxLat = std::max(maxLat, node.latitude);
        placed.append(i);
    }
    if (placed.isEmpty())
        return request;
    // The vertical scale fills the height; the horizontal one fills the width but never
    // exceeds it (x = R·cos φ₁·λ with the standard parallel φ₁ chosen to fit the box).
    const double lonRange = maxLon - minLon;
    const double latRange = maxLat - minLat;
    double sy = latRange > 1e-9 ? kMapHeight / latRange : 0.0;
    double sx = lonRange > 1e-9 ? kMapWidth / lonRange : 0.0;
    if (sy == 0.0)
        sy = sx;
    if (sx == 0.0 || sx > sy)
        sx = sy;
    if (sx == 0.0)
        sx = sy = 1.0;
    const QPointF offset((kMapWidth - lonRange * sx) / 2.0, (kMapHeight - latRange * sy) / 2.0);

    QList<QPointF> centres;
    QList<QSizeF> sizes;
    for (qsizetype i : std::as_const(placed)) {
        const LayoutNode &node = request.nodes[i];
        centres.append(offset + QPointF((pacificLongitude(node.longitude) - minLon) * sx,
                                        (maxLat - node.latitude) * sy));
        sizes.append(node.box());
    }
    // Capitals close together (Seoul, Pyongyang, Beijing) would overlap: spread them a little
    // further than the layout's own gap, so the pins leave room for the edges.
    separateBoxes(centres, sizes, QList<bool>(placed.size(), false), GraphLayouter::nodeGap() + 4.0);
    for (qsizetype k = 0; k < placed.size(); ++k)
        request.nodes[placed[k]].pin = centres[k];

    // Mechanisms start at the centre of their members.
    QHash<QString, QPair<QPointF, int>> memberSum;
    for (const LayoutEdge &edge : std::as_const(request.edges)) {
        if (!edge.membership)
            continue;
        const LayoutNode &a = request.nodes[index.value(edge.a)];
        const LayoutNode &b = request.nodes[index.value(edge.b)];
        if (b.mechanism && a.pin) {
            memberSum[b.id].first += *a.pin;
            ++memberSum[b.id].second;
        } else if (a.mechanism && b.pin) {
            memberSum[a.id].first += *b.pin;
            ++memberSum[a.id].second;
        }
    }
    for (LayoutNode &node : request.nodes) {
        const auto it = memberSum.constFind(node.id);
        if (node.mechanism && it != memberSum.constEnd())
            node.initial = it->first / it->second;
    }
    return request;
}

// ---------------------------------------------------------------------------------------
// Focus mode: the focus actors pinned as a large polygon, the others kept out of it.

namespace {

/// The indices of the focus nodes of @p request, in focus order, each once.
QList<qsizetype> focusIndices(const LayoutRequest &request)
{
    QList<qsizetype> out;
    for (const QString &id : request.hints.focus) {
        for (qsizetype i = 0; i < request.nodes.size(); ++i) {
            if (request.nodes[i].id == id && !out.contains(i))
                out.append(i);
        }
    }
    return out;
}

/// The circumradius of the focus polygon: the ring of other nodes around it must fit on a
/// circle about half again as large, and the polygon's sides must stay long against the edges
/// around it (several typical edge lengths), so that it dominates the figure.
double focusRadius(const LayoutRequest &request, qsizetype focusCount)
{
    double width = 0.0;
    for (const LayoutNode &node : request.nodes)
        width += node.box().width() + GraphLayouter::nodeGap();
    const double meanWidth = request.nodes.isEmpty() ? 0.0 : width / double(request.nodes.size());
    const double edge = std::max(100.0, meanWidth); // a typical edge length, in points
    const double others = double(request.nodes.size() - focusCount);
    constexpr double kTwoPi = 6.283185307179586;
    const double ring = others * meanWidth / kTwoPi / 1.5; // the ring fits at 1.5 R
    return std::max({3.5 * edge, ring, 120.0});
}

} // namespace

LayoutRequest focusRequest(const LayoutRequest &request)
{
    if (request.mode != LayoutMode::Focus)
        return request;
    const QList<qsizetype> focus = focusIndices(request);
    const qsizetype n = focus.size();
    if (n == 0)
        return request;
    LayoutRequest out = request;
    const double radius = n == 1 ? 0.0 : focusRadius(request, n);
    constexpr double kPi = 3.141592653589793;
    for (qsizetype k = 0; k < n; ++k) {
        const double angle = -kPi / 2 + 2 * kPi * double(k) / double(n); // clockwise (y down)
        LayoutNode &node = out.nodes[focus[k]];
        node.pin = QPointF(radius * std::cos(angle), radius * std::sin(angle));
        node.initial.reset();
    }
    return out;
}

QPolygonF focusPolygon(const LayoutRequest &request)
{
    const LayoutRequest pinned = focusRequest(request);
    const QList<qsizetype> focus = focusIndices(pinned);
    QPolygonF polygon;
    if (request.mode != LayoutMode::Focus || focus.size() < 3)
        return polygon;
    for (qsizetype i : focus)
        polygon.append(*pinned.nodes[i].pin);
    return polygon;
}

int clearPolygon(QList<QPointF> &centres, const QList<QSizeF> &sizes, const QList<bool> &fixed,
                 const QPolygonF &polygon, double gap)
{
    const qsizetype n = centres.size();
    const qsizetype m = polygon.size();
    if (m < 3)
        return 0;
    // Each side as an outward unit normal and its offset: inside is normal·p < offset.
    QPointF centroid;
    for (const QPointF &p : polygon)
        centroid += p;
    centroid /= double(m);
    QList<QPointF> normals;
    QList<double> offsets;
    for (qsizetype k = 0; k < m; ++k) {
        const QPointF a = polygon[k], b = polygon[(k + 1) % m];
        QPointF normal(b.y() - a.y(), a.x() - b.x());
        const double length = std::hypot(normal.x(), normal.y());
        if (length <= 0.0)
            continue;
        normal /= length;
        if (QPointF::dotProduct(normal, centroid - a) > 0)
            normal = -normal;
        normals.append(normal);
        offsets.append(QPointF::dotProduct(normal, a));
    }
    // The shortest push along a side's normal that takes box i wholly beyond that side; none
    // when the box (grown by the gap) does not meet the polygon.
    const auto push = [&](qsizetype i, double extra) -> QPointF {
        const QRectF box(centres[i] - QPointF(sizes[i].width(), sizes[i].height()) / 2.0, sizes[i]);
        if (!polygon.intersects(QPolygonF(box.adjusted(-gap, -gap, gap, gap))))
            return {};
        double best = qInf();
        QPointF shift;
        for (qsizetype k = 0; k < normals.size(); ++k) {
            const QPointF &nk = normals[k];
            const double reach = std::abs(nk.x()) * sizes[i].width() / 2.0
                + std::abs(nk.y()) * sizes[i].height() / 2.0;
            const double need = offsets[k] + gap - (QPointF::dotProduct(nk, centres[i]) - reach);
            if (need <= 0.0)
                return {};
            if (need < best) {
                best = need;
                shift = nk * (need + 0.01 + extra);
            }
        }
        return shift;
    };
    int inside = 0;
    for (int round = 0; round < 50; ++round) {
        inside = 0;
        // A box that separateBoxes() keeps putting back (wedged against a focus node) goes a
        // little further out each round.
        const double extra = round * gap / 2.0;
        for (qsizetype i = 0; i < n; ++i) {
            if (fixed[i])
                continue;
            const QPointF shift = push(i, extra);
            if (!shift.isNull()) {
                centres[i] += shift;
                ++inside;
            }
        }
        separateBoxes(centres, sizes, fixed, gap);
        if (inside == 0)
            break;
    }
    inside = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (!fixed[i] && !push(i, 0.0).isNull())
            ++inside;
    }
    return inside;
}

} // namespace AllianceScope
