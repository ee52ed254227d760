// GraphLayouter::layout(): the one door to Graphviz. This is the only file of the project
// that includes a Graphviz header; everything it hands back is a Qt value.
//
// Two passes per layout:
//  1. placement: neato (stress majorization, or Kamada-Kawai when nodes are pinned or
//     seeded) or circo computes the node centres;
//  2. routing: the "nop" engine (neato -n) takes every centre as given and routes the edges.
// Between the two, pins are re-imposed, anchored positions blended with their seeds, and
// overlaps removed by separateBoxes(): Graphviz's own overlap removal (prism, voronoi, …)
// moves pinned nodes, and neato's stress majorization translates pinned layouts (2.42).
#include "graphlayout.h"

#include "chronology/dyadkey.h"

#include <QByteArray>
#include <QLineF>
#include <QMutex>
#include <QMutexLocker>

#include <algorithm>
#include <clocale>
#include <cstring>
#include <dlfcn.h> // dlsym: gv_fixLocale
#include <locale.h> // newlocale, uselocale (POSIX 2008)
#include <cmath>
#include <memory>
#include <numeric>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

// ---------------------------------------------------------------------------------------
// Process-wide Graphviz state.

/// Graphviz is not re-entrant (global RNG, error state, plugin tables): one call at a time.
QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

/// Graphviz (2.42) brackets every gvLayout() with gv_fixLocale(1) … gv_fixLocale(0), which
/// switch LC_NUMERIC to "C" and back with setlocale(), process-wide (racing with every other
/// thread), whenever its nesting count leaves or returns to 0. Holding one count for the life
/// of the process turns those calls into no-ops; the one process-wide switch this costs is
/// undone at once. Looked up at run time: gv_fixLocale is exported by libgvc but not declared
/// in its public headers, and a Graphviz without it has nothing to pin.
void pinGraphvizLocale()
{
    using FixLocale = void (*)(int);
    void *symbol = dlsym(RTLD_DEFAULT, "gv_fixLocale");
    if (!symbol)
        return;
    FixLocale fixLocale = nullptr;
    static_assert(sizeof fixLocale == sizeof symbol);
    std::memcpy(&fixLocale, &symbol, sizeof fixLocale);
    const char *current = std::setlocale(LC_NUMERIC, nullptr);
    const QByteArray saved = current ? QByteArray(current) : QByteArrayLiteral("C");
    fixLocale(1);
    std::setlocale(LC_NUMERIC, saved.constData());
}

/// The one GVC_t of the process, created on first use and never freed: in Graphviz 2.42 a
/// gvContext() after gvFreeContext() touches freed plugin state. Call with the mutex held.
GVC_t *graphvizContext()
{
    static GVC_t *const context = [] {
        GVC_t *created = gvContext();
        pinGraphvizLocale();
        return created;
    }();
    return context;
}

/// Sets LC_NUMERIC to "C" for the calling thread only (uselocale) while Graphviz parses and
/// prints numbers, and restores the thread's previous locale. Never touches the process-wide
/// locale (setlocale), which other threads (the UI thread) read at the same time.
class LocaleLocker
{
public:
    LocaleLocker()
    {
        // A copy of the thread's current locale with LC_NUMERIC replaced by "C": every other
        // category stays as it was.
        const locale_t current = uselocale(locale_t(nullptr));
        if (const locale_t copy = duplocale(current))
            m_numericC = newlocale(LC_NUMERIC_MASK, "C", copy); // frees copy on failure
        if (m_numericC)
            m_previous = uselocale(m_numericC);
    }
    ~LocaleLocker()
    {
        if (!m_numericC)
            return;
        uselocale(m_previous);
        freelocale(m_numericC);
    }
    LocaleLocker(const LocaleLocker &) = delete;
    LocaleLocker &operator=(const LocaleLocker &) = delete;

private:
    locale_t m_numericC = locale_t(nullptr);
    locale_t m_previous = locale_t(nullptr);
};

/// Graphviz's error and warning output, collected instead of printed to stderr.
QByteArray &errorOutput()
{
    static QByteArray output; // guarded by graphvizMutex()
    return output;
}

int collectErrorOutput(char *message)
{
    errorOutput().append(message);
    return 0;
}

/// Routes agerr() output into errorOutput() for its lifetime and restores the previous handler.
class ErrorCapture
{
public:
    ErrorCapture()
        : m_previousHandler(agseterrf(&collectErrorOutput))
        , m_previousLevel(agseterr(AGWARN))
    {
        errorOutput().clear();
        agreseterrors();
    }
    ~ErrorCapture()
    {
        agseterrf(m_previousHandler);
        agseterr(m_previousLevel);
    }
    ErrorCapture(const ErrorCapture &) = delete;
    ErrorCapture &operator=(const ErrorCapture &) = delete;

    bool hadError() const { return agerrors() >= AGERR; }

    /// The lines collected so far, split into errors and warnings; clears the buffer.
    void take(QStringList &errors, QStringList &warnings)
    {
        const QList<QByteArray> lines = errorOutput().split('\n');
        for (const QByteArray &line : lines) {
            const QString text = QString::fromUtf8(line).trimmed();
            if (text.isEmpty())
                continue;
            (text.startsWith(u"Error"_s) ? errors : warnings).append(text);
        }
        errorOutput().clear();
    }

private:
    agusererrf m_previousHandler;
    agerrlevel_t m_previousLevel;
};

struct GraphCloser
{
    void operator()(Agraph_t *graph) const { agclose(graph); }
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphCloser>;

/// Frees a graph's layout (gvFreeLayout) before the graph itself is closed: declare it after
/// the GraphPtr it guards, so that it is destroyed first.
class LayoutGuard
{
public:
    LayoutGuard(GVC_t *context, Agraph_t *graph)
        : m_context(context)
        , m_graph(graph)
    {
    }
    ~LayoutGuard() { gvFreeLayout(m_context, m_graph); }
    LayoutGuard(const LayoutGuard &) = delete;
    LayoutGuard &operator=(const LayoutGuard &) = delete;

private:
    GVC_t *m_context;
    Agraph_t *m_graph;
};

// cgraph (2.42) takes char * where it means const char *; it copies every string it keeps.
GraphPtr openGraph()
{
    QByteArray name("G");
    return GraphPtr(agopen(name.data(), Agundirected, nullptr));
}

Agsym_t *declare(Agraph_t *graph, int kind, const char *name, const QByteArray &value)
{
    QByteArray n(name);
    QByteArray v(value);
    return agattr(graph, kind, n.data(), v.data());
}

void set(void *object, Agsym_t *symbol, const QByteArray &value)
{
    QByteArray v(value);
    agxset(object, symbol, v.data());
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'f', 4);
}

// ---------------------------------------------------------------------------------------
// The one coordinate helper: Graphviz points (y up) <-> Qt points (y down).

struct Coordinates
{
    static QPointF toQt(const pointf &p) { return QPointF(p.x, -p.y); }

    /// A "pos" value in points for a Qt position ("x,y", or "x,y!" when pinned).
    static QByteArray toPos(const QPointF &p, bool pinned)
    {
        return number(p.x()) + ',' + number(-p.y()) + (pinned ? "!" : "");
    }

    /// An edge's B-splines copied out of Graphviz (in Qt coordinates), with the arrow end
    /// points when Graphviz set them: taken under the Graphviz mutex, turned into a path after.
    struct Spline
    {
        struct Bezier
        {
            QList<QPointF> points; ///< 1 + 3k control points
            std::optional<QPointF> start;
            std::optional<QPointF> end;
        };
        QList<Bezier> beziers;
    };

    static Spline copy(const splines *spl)
    {
        Spline out;
        if (!spl)
            return out;
        for (int b = 0; b < spl->size; ++b) {
            const bezier &bz = spl->list[b];
            if (bz.size < 1)
                continue;
            Spline::Bezier copied;
            copied.points.reserve(bz.size);
            for (int i = 0; i < bz.size; ++i)
                copied.points.append(toQt(bz.list[i]));
            if (bz.sflag)
                copied.start = toQt(bz.sp);
            if (bz.eflag)
                copied.end = toQt(bz.ep);
            out.beziers.append(std::move(copied));
        }
        return out;
    }

    /// A copied spline as a QPainterPath.
    static QPainterPath toPath(const Spline &spline)
    {
        QPainterPath path;
        for (const Spline::Bezier &bz : spline.beziers) {
            if (bz.start) {
                path.moveTo(*bz.start);
                path.lineTo(bz.points[0]);
            } else {
                path.moveTo(bz.points[0]);
            }
            for (qsizetype i = 1; i + 2 < bz.points.size(); i += 3)
                path.cubicTo(bz.points[i], bz.points[i + 1], bz.points[i + 2]);
            if (bz.end)
                path.lineTo(*bz.end);
        }
        return path;
    }
};

// ---------------------------------------------------------------------------------------
// Building the graphs.

constexpr double kPointsPerInch = 72.0;
constexpr double kMinEdgeLength = 1.4; // inches, before the weight shortens it
constexpr double kMaxHubRoom = 1.8;    // the longest an edge between hubs (or focus nodes) grows

/// The unweighted edge length in inches: longer for wide (English) labels, so that the
/// engine's layout leaves room for the boxes rather than leaving it all to separateBoxes().
double baseEdgeLength(const LayoutRequest &request)
{
    double width = 0.0;
    for (const LayoutNode &node : request.nodes)
        width += node.box().width();
    const double mean = request.nodes.isEmpty() ? 0.0 : width / request.nodes.size();
    return std::max(kMinEdgeLength, (mean + GraphLayouter::nodeGap()) / kPointsPerInch);
}

/// Ideal edge length in inches: strong (|weight| large) edges are somewhat shorter, down to
/// 0.85 of the base: no further, or the most important edges (the US–Japan–ROK triangle,
/// touched by the most events) come out too short to read.
double edgeLength(const LayoutEdge &edge, double base)
{
    const double strength = std::max(1.0, std::abs(edge.weight));
    const double factor = std::max(0.85, 1.0 / (1.0 + 0.05 * std::log2(strength)));
    return base * factor * (edge.membership ? 0.8 : 1.0);
}

/// Turns a free layout so that its longer principal axis is horizontal (screens, slides and
/// pages are wider than tall), then mirrors it so that the hints' east node lies east of their
/// west node (the United States east of Japan, as across the Pacific). Deterministic: the same
/// input gives the same turn.
void orientLandscape(const LayoutRequest &request, QList<QPointF> &centres)
{
    const qsizetype n = centres.size();
    if (n < 2)
        return;
    QPointF mean;
    for (const QPointF &p : centres)
        mean += p;
    mean /= double(n);
    double sxx = 0, syy = 0, sxy = 0;
    for (const QPointF &p : centres) {
        const QPointF d = p - mean;
        sxx += d.x() * d.x();
        syy += d.y() * d.y();
        sxy += d.x() * d.y();
    }
    const double angle = 0.5 * std::atan2(2 * sxy, sxx - syy); // of the principal axis
    const double c = std::cos(-angle), s = std::sin(-angle);
    for (QPointF &p : centres) {
        const QPointF d = p - mean;
        p = mean + QPointF(c * d.x() - s * d.y(), s * d.x() + c * d.y());
    }
    const LayoutHints &hints = request.hints;
    if (hints.east.isEmpty() || hints.west.isEmpty() || hints.east == hints.west)
        return;
    qsizetype east = -1, west = -1;
    for (qsizetype i = 0; i < n; ++i) {
        if (request.nodes[i].id == hints.east)
            east = i;
        else if (request.nodes[i].id == hints.west)
            west = i;
    }
    if (east >= 0 && west >= 0 && centres[east].x() < centres[west].x()) {
        for (QPointF &p : centres)
            p.setX(2 * mean.x() - p.x());
    }
}

/// The length of the part of the segment between the centres @p a and @p b that lies outside
/// both boxes (0 when they touch or overlap).
double visibleLength(QPointF a, QSizeF boxA, QPointF b, QSizeF boxB)
{
    const QPointF d = b - a;
    const double dist = std::hypot(d.x(), d.y());
    if (dist <= 0.0)
        return 0.0;
    const auto inside = [&](QSizeF box) {
        const double tx = std::abs(d.x()) > 1e-9 ? box.width() / 2 / std::abs(d.x()) : 1e9;
        const double ty = std::abs(d.y()) > 1e-9 ? box.height() / 2 / std::abs(d.y()) : 1e9;
        return std::min(tx, ty) * dist; // from the centre to the border, along d
    };
    return std::max(0.0, dist - inside(boxA) - inside(boxB));
}

/// Pushes apart the ends of edges whose visible line is shorter than kMinVisibleEdge, so that
/// every edge can be seen and clicked: a strong edge between two hubs (Japan–ROK) otherwise
/// ends up a few points long. Pinned nodes stay; a few relaxation rounds suffice.
void lengthenShortEdges(const LayoutRequest &request, const QHash<QString, qsizetype> &nodeIndex,
                        const QList<QSizeF> &sizes, const QList<bool> &pinned,
                        QList<QPointF> &centres)
{
    constexpr double kMinVisibleEdge = 56.0; // points
    for (int round = 0; round < 20; ++round) {
        bool moved = false;
        for (const LayoutEdge &edge : request.edges) {
            if (edge.membership)
                continue;
            const qsizetype a = nodeIndex.value(edge.a, -1);
            const qsizetype b = nodeIndex.value(edge.b, -1);
            if (a < 0 || b < 0 || a == b || (pinned[a] && pinned[b]))
                continue;
            const double visible = visibleLength(centres[a], sizes[a], centres[b], sizes[b]);
            if (visible >= kMinVisibleEdge - 0.5)
                continue;
            QPointF d = centres[b] - centres[a];
            double dist = std::hypot(d.x(), d.y());
            if (dist < 1e-6) {
                d = QPointF(1.0, 0.0);
                dist = 1.0;
            }
            const QPointF push = d / dist * (kMinVisibleEdge - visible);
            if (pinned[a]) {
                centres[b] += push;
            } else if (pinned[b]) {
                centres[a] -= push;
            } else {
                centres[a] -= push / 2.0;
                centres[b] += push / 2.0;
            }
            moved = true;
        }
        if (!moved)
            break;
    }
}

struct BuiltGraph
{
    GraphPtr graph;
    QList<Agnode_t *> nodes; ///< by request node index
    QList<Agedge_t *> edges; ///< by request edge index; nullptr for edges that were skipped
};

/// The request as a cgraph graph; @p positions (if given) become "pos" values.
BuiltGraph buildGraph(const LayoutRequest &request, const QHash<QString, qsizetype> &nodeIndex,
                      const QList<std::optional<QPointF>> &positions, const QList<bool> &pinned,
                      bool withLengths)
{
    BuiltGraph built;
    built.graph = openGraph();
    Agraph_t *g = built.graph.get();

    declare(g, AGNODE, "shape", "box");
    declare(g, AGNODE, "fixedsize", "true");
    Agsym_t *width = declare(g, AGNODE, "width", "0.75");
    Agsym_t *height = declare(g, AGNODE, "height", "0.5");
    // No label text: the boxes are given (fixedsize), and a label would only make Graphviz
    // measure it with its own fonts (pango), warn when it does not fit, and tie the layout
    // to the fonts installed. Node names are the UTF-8 ids.
    declare(g, AGNODE, "label", "");
    Agsym_t *pos = declare(g, AGNODE, "pos", "");
    Agsym_t *pin = declare(g, AGNODE, "pin", "false");
    Agsym_t *len = withLengths ? declare(g, AGEDGE, "len", "1.0") : nullptr;
    const double base = baseEdgeLength(request);

    built.nodes.reserve(request.nodes.size());
    for (qsizetype i = 0; i < request.nodes.size(); ++i) {
        const LayoutNode &node = request.nodes[i];
        QByteArray name = node.id.toUtf8();
        Agnode_t *n = agnode(g, name.data(), 1);
        const QSizeF box = node.box();
        set(n, width, number(box.width() / kPointsPerInch));
        set(n, height, number(box.height() / kPointsPerInch));
        if (positions[i]) {
            set(n, pos, Coordinates::toPos(*positions[i], pinned[i]));
            if (pinned[i])
                set(n, pin, "true");
        }
        built.nodes.append(n);
    }
    // Degrees: an edge between two hubs (the US–Japan–ROK triangle) gets more room, or the
    // hubs, pulled by all their other edges, end up on top of each other.
    QList<int> degree(request.nodes.size(), 0);
    for (const LayoutEdge &edge : request.edges) {
        const qsizetype a = nodeIndex.value(edge.a, -1);
        const qsizetype b = nodeIndex.value(edge.b, -1);
        if (a >= 0 && b >= 0 && a != b) {
            ++degree[a];
            ++degree[b];
        }
    }
    const double meanDegree = request.nodes.isEmpty()
        ? 1.0
        : std::max(1.0, std::accumulate(degree.cbegin(), degree.cend(), 0.0) / double(request.nodes.size()));
    built.edges.reserve(request.edges.size());
    for (const LayoutEdge &edge : request.edges) {
        const qsizetype a = nodeIndex.value(edge.a, -1);
        const qsizetype b = nodeIndex.value(edge.b, -1);
        if (a < 0 || b < 0 || a == b) {
            built.edges.append(nullptr);
            continue;
        }
        Agedge_t *e = agedge(g, built.nodes[a], built.nodes[b], nullptr, 1);
        const bool focus = request.hints.focus.contains(edge.a) && request.hints.focus.contains(edge.b);
        const double hub = focus ? kMaxHubRoom
                                 : std::clamp(std::sqrt(std::min(degree[a], degree[b]) / meanDegree), 1.0, kMaxHubRoom);
        if (len)
            set(e, len, number(edgeLength(edge, base) * hub));
        built.edges.append(e);
    }
    return built;
}

/// circo (2.42, circularinit.c: initGraphAttrs) caches the root graph's pointer and its
/// attribute symbols in statics, and re-reads them only for a root graph at a new address. A
/// graph allocated where a closed one was (malloc reuses the block) would inherit the closed
/// graph's stale symbols: a use-after-free that made circular layouts depend on what ran
/// before. Laying out this never-closed graph first makes every real graph new to circo.
void resetCircoCache(GVC_t *context)
{
    static Agraph_t *const sentinel = [] {
        GraphPtr graph = openGraph();
        declare(graph.get(), AGNODE, "label", ""); // no text: no fonts
        QByteArray a("a");
        QByteArray b("b");
        agedge(graph.get(), agnode(graph.get(), a.data(), 1), agnode(graph.get(), b.data(), 1), nullptr, 1);
        return graph.release();
    }();
    gvLayout(context, sentinel, "circo");
    gvFreeLayout(context, sentinel);
}

void setGraphAttribute(Agraph_t *graph, const char *name, const QByteArray &value)
{
    declare(graph, AGRAPH, name, value);
}

/// How far @p p lies outside the box of size @p size centred at @p centre (0 inside).
double distanceToBox(const QPointF &p, const QPointF &centre, const QSizeF &size)
{
    const double dx = std::max(0.0, std::abs(p.x() - centre.x()) - size.width() / 2.0);
    const double dy = std::max(0.0, std::abs(p.y() - centre.y()) - size.height() / 2.0);
    return std::hypot(dx, dy);
}

bool finite(const QPointF &p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y());
}

/// Seeds that coincide (mechanisms seeded at the same members' centre) would give the
/// engine a zero distance: spread them on a small spiral, deterministically.
void spreadCoincidentSeeds(QList<std::optional<QPointF>> &positions, const QList<bool> &pinned)
{
    constexpr double kGoldenAngle = 2.399963229728653;
    const QList<std::optional<QPointF>> original = positions;
    for (qsizetype i = 0; i < positions.size(); ++i) {
        if (!original[i] || pinned[i])
            continue;
        int k = 0; // the how-manyth at this spot
        for (qsizetype j = 0; j < i; ++j) {
            if (original[j] && QLineF(*original[j], *original[i]).length() < 0.5)
                ++k;
        }
        if (k > 0)
            *positions[i] += QPointF(std::cos(k * kGoldenAngle), std::sin(k * kGoldenAngle)) * 8.0 * std::sqrt(k);
    }
}

} // namespace

void GraphLayouter::prepare()
{
    QMutexLocker lock(&graphvizMutex());
    graphvizContext();
}

GraphLayout GraphLayouter::layout(const LayoutRequest &input)
{
    // Focus mode: the focus nodes become pins on their polygon; other modes pass unchanged.
    const LayoutRequest request = focusRequest(input);
    GraphLayout result;
    const qsizetype n = request.nodes.size();

    // Validate the request before Graphviz sees it.
    QHash<QString, qsizetype> nodeIndex;
    nodeIndex.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const LayoutNode &node = request.nodes[i];
        if (node.id.isEmpty()) {
            result.error = u"node %1 has no id"_s.arg(i);
            return result;
        }
        if (nodeIndex.contains(node.id)) {
            result.error = u"duplicate node id \"%1\""_s.arg(node.id);
            return result;
        }
        if ((node.pin && !finite(*node.pin)) || (node.initial && !finite(*node.initial))) {
            result.error = u"node \"%1\" has a non-finite position"_s.arg(node.id);
            return result;
        }
        nodeIndex.insert(node.id, i);
    }
    for (const LayoutEdge &edge : request.edges) {
        if (!nodeIndex.contains(edge.a) || !nodeIndex.contains(edge.b))
            result.warnings.append(u"edge %1 -- %2 skipped: unknown node"_s.arg(edge.a, edge.b));
        else if (edge.a == edge.b)
            result.warnings.append(u"edge %1 -- %2 skipped: a loop"_s.arg(edge.a, edge.b));
    }
    if (n == 0)
        return result;

    QList<bool> pinned(n, false);
    QList<std::optional<QPointF>> seeds(n);
    bool anyPin = false;
    const bool useSeeds = request.mode == LayoutMode::Anchored || request.mode == LayoutMode::Geographic;
    for (qsizetype i = 0; i < n; ++i) {
        const LayoutNode &node = request.nodes[i];
        if (node.pin) {
            pinned[i] = anyPin = true;
            seeds[i] = node.pin;
        } else if (useSeeds && node.initial) {
            seeds[i] = node.initial;
        }
    }
    spreadCoincidentSeeds(seeds, pinned);
    const bool anySeed = std::any_of(seeds.cbegin(), seeds.cend(), [](const auto &s) { return s.has_value(); });

    // Only the Graphviz calls hold the Graphviz mutex (and the thread's "C" numeric locale);
    // the geometry between and after the passes runs outside it.
    QStringList errors;

    // Pass 1: placement.
    QList<QPointF> centres(n);
    {
        QMutexLocker lock(&graphvizMutex());
        LocaleLocker locale;
        ErrorCapture capture;
        GVC_t *context = graphvizContext();
        BuiltGraph built = buildGraph(request, nodeIndex, seeds, pinned, true);
        Agraph_t *g = built.graph.get();
        setGraphAttribute(g, "charset", "UTF-8");
        setGraphAttribute(g, "splines", "false"); // edges are routed in pass 2
        const char *engine = "neato";
        if (request.mode == LayoutMode::Circular) {
            engine = "circo";
            resetCircoCache(context);
            setGraphAttribute(g, "mindist", number(nodeGap() / kPointsPerInch)); // default: 1 inch
        } else {
            // Stress majorization is the better layout but translates pinned layouts (2.42);
            // Kamada-Kawai honours pins exactly and starts from the seeds.
            const bool kamadaKawai = anyPin || anySeed;
            setGraphAttribute(g, "mode", kamadaKawai ? "KK" : "major");
            setGraphAttribute(g, "start", "1"); // random start with a fixed seed: deterministic
            setGraphAttribute(g, "inputscale", "72"); // "pos" values are in points
            setGraphAttribute(g, "notranslate", "true"); // keep pins where they were put
            // Graphviz's overlap removal would move pinned nodes: separateBoxes() does it then.
            setGraphAttribute(g, "overlap", anyPin ? "true" : "prism");
            setGraphAttribute(g, "sep", "+" + number(nodeGap() / 2.0));
            if (!kamadaKawai && n > 200)
                setGraphAttribute(g, "maxiter", "100"); // majorization's default 200 costs ~2x for little
        }
        LayoutGuard guard(context, g);
        if (gvLayout(context, g, engine) != 0 || capture.hadError()) {
            QStringList warnings;
            capture.take(errors, warnings);
            result.warnings += warnings;
            result.error = errors.isEmpty() ? u"Graphviz %1 layout failed"_s.arg(QLatin1String(engine))
                                            : errors.join(QLatin1Char('\n'));
            return result;
        }
        for (qsizetype i = 0; i < n; ++i) {
            centres[i] = Coordinates::toQt(ND_coord(built.nodes[i]));
            if (!finite(centres[i])) {
                result.error = u"Graphviz placed node \"%1\" at a non-finite position"_s.arg(request.nodes[i].id);
                return result;
            }
        }
        QStringList warnings;
        capture.take(errors, warnings);
        result.warnings += warnings;
    }

    // Between the passes: pins, anchoring, overlaps.
    for (qsizetype i = 0; i < n; ++i) {
        if (!pinned[i])
            continue;
        const QPointF pin = *request.nodes[i].pin;
        if (request.mode != LayoutMode::Circular && QLineF(centres[i], pin).length() > 0.5)
            result.warnings.append(u"Graphviz moved pinned node \"%1\" by %2 pt"_s
                                       .arg(request.nodes[i].id)
                                       .arg(QLineF(centres[i], pin).length(), 0, 'f', 1));
        centres[i] = pin; // circo knows no pins: the pinned nodes leave its circle
    }
    if (request.mode == LayoutMode::Anchored && anySeed) {
        // Without pins the engine may drift as a whole: align centroids before blending.
        QPointF shift;
        if (!anyPin) {
            QPointF seedSum, centreSum;
            int count = 0;
            for (qsizetype i = 0; i < n; ++i) {
                if (seeds[i]) {
                    seedSum += *seeds[i];
                    centreSum += centres[i];
                    ++count;
                }
            }
            shift = (seedSum - centreSum) / count;
        }
        const double s = std::clamp(request.stability, 0.0, 1.0);
        for (qsizetype i = 0; i < n; ++i) {
            if (pinned[i])
                continue;
            centres[i] += shift;
            if (seeds[i])
                centres[i] = s * *seeds[i] + (1.0 - s) * centres[i];
        }
    }
    if ((request.mode == LayoutMode::Stable || request.mode == LayoutMode::Focus) && !anyPin)
        orientLandscape(request, centres);
    QList<QSizeF> sizes;
    sizes.reserve(n);
    for (const LayoutNode &node : request.nodes)
        sizes.append(node.box());
    if (request.mode != LayoutMode::Circular)
        lengthenShortEdges(request, nodeIndex, sizes, pinned, centres);
    int stillOverlapping = separateBoxes(centres, sizes, pinned, nodeGap());
    if (const QPolygonF polygon = focusPolygon(request); !polygon.isEmpty()) {
        // Nothing but the focus inside the focus polygon (neato pulls shared neighbours there).
        const int inside = clearPolygon(centres, sizes, pinned, polygon, nodeGap());
        if (inside > 0)
            result.warnings.append(u"%1 nodes could not be moved out of the focus polygon"_s.arg(inside));
        stillOverlapping = separateBoxes(centres, sizes, pinned, nodeGap());
    }
    if (stillOverlapping > 0)
        result.warnings.append(u"%1 pairs of nodes overlap (pinned too close together)"_s.arg(stillOverlapping));

    // Pass 2: routing with every node fixed (the "nop" engine, i.e. neato -n: points).
    QList<QPointF> routed(n);
    QList<std::optional<Coordinates::Spline>> splines(request.edges.size());
    {
        QMutexLocker lock(&graphvizMutex());
        LocaleLocker locale;
        ErrorCapture capture;
        GVC_t *context = graphvizContext();
        const QList<bool> allPinned(n, true);
        QList<std::optional<QPointF>> fixed(n);
        for (qsizetype i = 0; i < n; ++i)
            fixed[i] = centres[i];
        BuiltGraph built = buildGraph(request, nodeIndex, fixed, allPinned, false);
        Agraph_t *g = built.graph.get();
        setGraphAttribute(g, "charset", "UTF-8");
        setGraphAttribute(g, "notranslate", "true");
        const bool curved = stillOverlapping == 0 && double(n) * double(request.edges.size()) <= maxSplineWork();
        setGraphAttribute(g, "splines", curved ? "true" : "line");
        setGraphAttribute(g, "esep", "+" + number(nodeGap() / 3.0));
        LayoutGuard guard(context, g);
        const int rc = gvLayout(context, g, "nop");
        QStringList warnings;
        capture.take(errors, warnings);
        result.warnings += warnings;
        if (rc != 0 || capture.hadError()) {
            result.error = errors.isEmpty() ? u"Graphviz edge routing failed"_s : errors.join(QLatin1Char('\n'));
            return result;
        }
        for (qsizetype i = 0; i < n; ++i)
            routed[i] = Coordinates::toQt(ND_coord(built.nodes[i]));
        for (qsizetype k = 0; k < request.edges.size(); ++k) {
            if (Agedge_t *e = built.edges[k])
                splines[k] = Coordinates::copy(ED_spl(e));
        }
    }

    for (qsizetype i = 0; i < n; ++i) {
        const QPointF &p = routed[i];
        result.positions.insert(request.nodes[i].id, p);
        result.bounds |= QRectF(p - QPointF(sizes[i].width(), sizes[i].height()) / 2.0, sizes[i]);
    }
    for (qsizetype k = 0; k < request.edges.size(); ++k) {
        if (!splines[k])
            continue;
        const LayoutEdge &edge = request.edges[k];
        const DyadKey key = DyadKey::of(edge.a, edge.b);
        QPainterPath path = Coordinates::toPath(*splines[k]);
        if (path.isEmpty()) {
            result.warnings.append(u"Graphviz gave edge %1 no path"_s.arg(key.text()));
            continue;
        }
        // Undirected edges may come back either way round: make them run from key.a to key.b,
        // judged by the distance to the boxes (centres mislead for a wide box beside a
        // narrow one).
        const QPointF start = path.elementAt(0);
        const qsizetype a = nodeIndex.value(key.a);
        const qsizetype b = nodeIndex.value(key.b);
        if (distanceToBox(start, routed[a], sizes[a]) > distanceToBox(start, routed[b], sizes[b]))
            path = path.toReversed();
        result.bounds |= path.boundingRect();
        result.edgePaths.insert(key.text(), path);
    }
    return result;
}

} // namespace AllianceScope
