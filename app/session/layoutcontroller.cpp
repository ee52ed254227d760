// LayoutController: every GraphLayout of the application (see layoutcontroller.h).
#include "layoutcontroller.h"

#include "chronology/chronology.h"
#include "layoutrunner.h"

#include <algorithm>
#include <cmath>

namespace AllianceScope {

namespace {
constexpr double kPi = 3.14159265358979323846;

bool sameNumber(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

bool sameNode(const LayoutNode &a, const LayoutNode &b)
{
    return a.id == b.id && a.label == b.label && a.mechanism == b.mechanism && a.size == b.size
        && a.pin == b.pin && a.initial == b.initial && sameNumber(a.latitude, b.latitude)
        && sameNumber(a.longitude, b.longitude);
}

bool sameEdge(const LayoutEdge &a, const LayoutEdge &b)
{
    return a.a == b.a && a.b == b.b && a.weight == b.weight && a.membership == b.membership;
}

/// Whether Graphviz would be given the same input (latitudes may be NaN: equal when both are).
bool sameRequest(const LayoutRequest &a, const LayoutRequest &b)
{
    return a.mode == b.mode && a.stability == b.stability && a.hints == b.hints
        && std::equal(a.nodes.cbegin(), a.nodes.cend(), b.nodes.cbegin(), b.nodes.cend(), sameNode)
        && std::equal(a.edges.cbegin(), a.edges.cend(), b.edges.cbegin(), b.edges.cend(), sameEdge);
}
} // namespace

LayoutController::LayoutController(NodeSizer sizer, QObject *parent)
    : QObject(parent)
    , m_sizer(std::move(sizer))
    , m_runner(new LayoutRunner(this))
{
    connect(m_runner, &LayoutRunner::finished, this, &LayoutController::onFinished);
}

LayoutController::~LayoutController() = default;

void LayoutController::setChronology(const Chronology *chronology)
{
    m_chronology = chronology;
    m_layouts.clear();
    m_requests.clear();
    m_last = GraphLayout();
}

bool LayoutController::followEdit(const Chronology *chronology, Language lang)
{
    m_chronology = chronology;
    for (auto it = m_layouts.begin(); it != m_layouts.end();) {
        const auto made = m_requests.constFind(it.key());
        if (made != m_requests.cend() && sameRequest(*made, request(it.key()))) {
            ++it;
        } else {
            m_requests.remove(it.key());
            it = m_layouts.erase(it);
        }
    }
    // Anchored lays out afresh whenever it is asked; a running layout is of the chronology before.
    return m_mode != LayoutMode::Anchored && m_layouts.contains(lang) && !m_runner->isRunning();
}

void LayoutController::setMode(LayoutMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_layouts.clear();
    m_requests.clear();
}

void LayoutController::setFocus(const QStringList &focus)
{
    const QStringList before = this->focus();
    m_focus = focus;
    if (this->focus() != before && m_mode == LayoutMode::Focus) {
        m_layouts.clear();
        m_requests.clear();
    }
}

QStringList LayoutController::focus() const
{
    return m_focus.isEmpty() ? LayoutHints::defaultFocus() : m_focus;
}

LayoutRequest LayoutController::request(Language lang) const
{
    if (!m_chronology)
        return {};
    LayoutRequest request = layoutRequestFor(*m_chronology, m_mode, lang);
    // The United States east of Japan, as across the Pacific (ids of the bundled chronology; the
    // engine ignores hints that name no node).
    request.hints.east = QStringLiteral("USA");
    request.hints.west = QStringLiteral("JPN");
    if (m_mode == LayoutMode::Focus)
        request.hints.focus = focus();
    for (LayoutNode &node : request.nodes) {
        if (m_sizer)
            node.size = m_sizer(node);
        if (m_mode == LayoutMode::Anchored) {
            const auto it = m_last.positions.constFind(node.id);
            if (it != m_last.positions.cend())
                node.initial = *it;
        }
    }
    return request;
}

void LayoutController::requestLayout(Language lang)
{
    if (!m_chronology)
        return;
    // Anchored lays out afresh from the current positions each time it is asked.
    if (m_mode != LayoutMode::Anchored && m_layouts.contains(lang) && !m_runner->isRunning()) {
        emit layoutReady(lang, m_layouts.value(lang));
        return;
    }
    m_runningLanguage = lang;
    m_runningRequest = request(lang);
    m_runner->run(m_runningRequest);
}

GraphLayout LayoutController::layoutFor(Language lang)
{
    const auto it = m_layouts.constFind(lang);
    if (it != m_layouts.cend())
        return *it;
    GraphLayout layout;
    if (!m_chronology) {
        layout.error = QStringLiteral("no chronology");
        return layout;
    }
    LayoutRequest made = request(lang);
    layout = GraphLayouter::layout(made);
    if (layout.ok()) {
        m_layouts.insert(lang, layout);
        m_requests.insert(lang, std::move(made));
    }
    return layout;
}

bool LayoutController::isRunning() const
{
    return m_runner->isRunning();
}

void LayoutController::waitForFinished()
{
    m_runner->waitForFinished();
}

void LayoutController::onFinished(const GraphLayout &layout)
{
    if (!layout.ok()) {
        emit layoutFailed(layout.error);
        return;
    }
    m_layouts.insert(m_runningLanguage, layout);
    m_requests.insert(m_runningLanguage, m_runningRequest);
    m_last = layout;
    emit layoutReady(m_runningLanguage, layout);
}

GraphLayout LayoutController::provisionalLayout(const Chronology &chronology)
{
    QStringList states;
    QStringList mechanisms;
    for (const Actor &a : chronology.actors())
        (a.isState() ? states : mechanisms).append(a.id);
    GraphLayout layout;
    const auto ring = [&layout](const QStringList &ids, double radius) {
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const double angle = 2 * kPi * double(i) / double(std::max<qsizetype>(ids.size(), 1))
                - kPi / 2;
            layout.positions.insert(ids[i], QPointF(radius * std::cos(angle), radius * std::sin(angle)));
        }
    };
    const double inner = std::max(160.0, 14.0 * double(states.size()));
    const double outer = inner + std::max(140.0, 6.0 * double(mechanisms.size()));
    ring(states, inner);
    ring(mechanisms, outer);
    const double r = outer + 80.0; // room for the node boxes
    layout.bounds = QRectF(-r, -r, 2 * r, 2 * r);
    return layout;
}

} // namespace AllianceScope
