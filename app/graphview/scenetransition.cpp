// SceneTransition: captures what the scene draws, then plays the change in three stages (see
// scenetransition.h).
#include "scenetransition.h"

#include "edgeitem.h"
#include "membershipitem.h"

#include <QEasingCurve>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QSettings>
#include <QVariantAnimation>
#include <QtMath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

    constexpr double kFadeOutEnd = 1.0 / 3.0;
    constexpr double kFadeInStart = 2.0 / 3.0;
    /// An edge flashes when its tier changes or its weight by at least this fraction.
    constexpr double kFlashChange = 0.25;
    constexpr int kMaxDurationMs = 5000;

    double eased(double u)
    {
        static const QEasingCurve curve(QEasingCurve::InOutCubic);
        return curve.valueForProgress(std::clamp(u, 0.0, 1.0));
    }

    QColor flashColor()
    {
        return QColor(255, 196, 0, 170); // amber: stands out against the blue–orange edge palette
    }

} // namespace

SceneTransition::SceneTransition(QGraphicsScene *scene)
    : QObject(scene)
    , m_scene(scene)
    , m_animation(new QVariantAnimation(this))
{
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setDuration(m_duration);
    connect(m_animation, &QVariantAnimation::valueChanged, this,
            [this](const QVariant &v) { setProgress(v.toDouble()); });
    connect(m_animation, &QVariantAnimation::finished, this, [this] { setProgress(1.0); });
}

SceneTransition::~SceneTransition()
{
    // The flash items belong to the scene, which deletes them with itself.
    m_animation->stop();
}

void SceneTransition::setDuration(int ms)
{
    m_duration = std::clamp(ms, 0, kMaxDurationMs);
    if (m_duration > 0)
        m_animation->setDuration(m_duration);
}

void SceneTransition::setReducedMotion(bool reduced)
{
    m_reducedMotion = reduced;
    if (reduced)
        finish();
}

bool SceneTransition::platformAsksForReducedMotion()
{
    // Qt 6.4 exposes no "reduce motion" hint. Its UI effects (QApplication::isEffectEnabled)
    // are off wherever the platform theme reports none (a plain X session), so they cannot
    // stand for the user's wish; the environment variable and the setting can.
    return qEnvironmentVariableIntValue("ALLIANCESCOPE_REDUCE_MOTION") == 1;
}

void SceneTransition::loadSettings()
{
    QSettings settings;
    setDuration(settings.value(u"transitions/durationMs"_s, kDefaultDurationMs).toInt());
    setReducedMotion(settings.value(u"transitions/reduceMotion"_s, platformAsksForReducedMotion())
                         .toBool());
}

void SceneTransition::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"transitions/durationMs"_s, m_duration);
    settings.setValue(u"transitions/reduceMotion"_s, m_reducedMotion);
}

void SceneTransition::capture()
{
    finish();
    m_edgesBefore.clear();
    m_membershipsBefore.clear();
    m_captured = false;
    if (m_reducedMotion || m_duration == 0)
        return;
    const QList<QGraphicsItem *> items = m_scene->items(Qt::AscendingOrder);
    int edges = 0;
    for (QGraphicsItem *item : items)
        edges += item->type() == EdgeItem::Type ? 1 : 0;
    if (edges > m_maxEdges)
        return; // a frame would exceed the budget: the change is instant
    m_edgesBefore.reserve(edges);
    for (QGraphicsItem *item : items) {
        if (item->type() == EdgeItem::Type) {
            auto *e = static_cast<EdgeItem *>(item);
            m_edgesBefore.insert(e, {e->weight(), e->tier(), e->isShown(), e->opacity()});
        } else if (item->type() == MembershipItem::Type) {
            m_membershipsBefore.insert(static_cast<MembershipItem *>(item), item->isVisible());
        }
    }
    m_captured = true;
}

bool SceneTransition::play()
{
    if (!m_captured)
        return false;
    m_captured = false;
    for (auto it = m_edgesBefore.cbegin(); it != m_edgesBefore.cend(); ++it) {
        EdgeItem *e = it.key();
        const EdgeState &from = it.value();
        const EdgeState to{e->weight(), e->tier(), e->isShown(), e->opacity()};
        if ((from.weight == to.weight && from.tier == to.tier) || (!from.shown && !to.shown))
            continue;
        const Kind kind = from.shown && !to.shown ? Kind::Going
            : !from.shown && to.shown              ? Kind::Coming
                                                   : Kind::Changing;
        EdgeChange change{e, kind, from, to};
        const double scale = std::max(std::abs(from.weight), std::abs(to.weight));
        if (kind == Kind::Changing
            && (from.tier != to.tier || std::abs(to.weight - from.weight) >= kFlashChange * scale)) {
            change.flash = new QGraphicsPathItem;
            change.flash->setZValue(e->zValue() - 0.01);
            change.flash->setOpacity(0.0);
            change.flash->setAcceptedMouseButtons(Qt::NoButton);
            m_scene->addItem(change.flash);
            m_flashes.append(change.flash);
        }
        m_edges.append(change);
    }
    for (auto it = m_membershipsBefore.cbegin(); it != m_membershipsBefore.cend(); ++it) {
        if (it.value() != it.key()->isVisible())
            m_memberships.append({it.key(), !it.value(), it.key()->opacity()});
    }
    m_edgesBefore.clear();
    m_membershipsBefore.clear();
    if (m_edges.isEmpty() && m_memberships.isEmpty())
        return false;
    setProgress(0.0);
    m_animation->setDuration(m_duration);
    m_animation->start();
    return true;
}

bool SceneTransition::isRunning() const
{
    return !m_edges.isEmpty() || !m_memberships.isEmpty();
}

void SceneTransition::finish()
{
    m_animation->stop();
    if (isRunning())
        setProgress(1.0);
    m_captured = false;
}

SceneTransition::Stage SceneTransition::stageAt(double t)
{
    if (t < 0.0 || t >= 1.0)
        return Stage::Idle;
    return t < kFadeOutEnd ? Stage::FadeOut : t < kFadeInStart ? Stage::Change : Stage::FadeIn;
}

void SceneTransition::setProgress(double t)
{
    if (!isRunning())
        return;
    if (t >= 1.0) {
        for (const EdgeChange &c : std::as_const(m_edges)) {
            c.item->setState(c.to.weight, c.to.tier);
            c.item->setOpacity(c.to.opacity);
        }
        for (const MembershipChange &m : std::as_const(m_memberships)) {
            m.item->setVisible(m.appears);
            m.item->setOpacity(m.opacity);
        }
        clear();
        emit finished();
        return;
    }
    const double fadeOut = 1.0 - eased(t / kFadeOutEnd);
    const double change = eased((t - kFadeOutEnd) / (kFadeInStart - kFadeOutEnd));
    const double fadeIn = eased((t - kFadeInStart) / (1.0 - kFadeInStart));
    for (const EdgeChange &c : std::as_const(m_edges)) {
        switch (c.kind) {
        case Kind::Going:
            if (t < kFadeOutEnd) {
                c.item->setState(c.from.weight, c.from.tier);
                c.item->setOpacity(c.from.opacity * fadeOut);
            } else {
                c.item->setState(c.to.weight, c.to.tier);
                c.item->setOpacity(c.to.opacity);
            }
            break;
        case Kind::Coming:
            if (t < kFadeInStart) {
                c.item->setState(c.from.weight, c.from.tier);
            } else {
                c.item->setState(c.to.weight, c.to.tier);
                c.item->setOpacity(c.to.opacity * fadeIn);
            }
            break;
        case Kind::Changing: {
            const double w = c.from.weight + (c.to.weight - c.from.weight) * change;
            c.item->setState(w, change < 0.5 ? c.from.tier : c.to.tier);
            c.item->setOpacity(c.to.opacity);
            if (c.flash) {
                // Brightest in the middle of the change and fading with the new edges.
                const double u = (t - kFadeOutEnd) / (1.0 - kFadeOutEnd);
                c.flash->setPath(c.item->path());
                c.flash->setPen(QPen(flashColor(), c.item->pen().widthF() + 10.0, Qt::SolidLine,
                                     Qt::RoundCap));
                c.flash->setOpacity(u > 0.0 ? std::sin(M_PI * u) : 0.0);
            }
            break;
        }
        }
    }
    for (const MembershipChange &m : std::as_const(m_memberships)) {
        if (!m.appears) {
            m.item->setVisible(t < kFadeOutEnd);
            m.item->setOpacity(m.opacity * (t < kFadeOutEnd ? fadeOut : 1.0));
        } else {
            m.item->setVisible(t >= kFadeInStart);
            m.item->setOpacity(m.opacity * (t >= kFadeInStart ? fadeIn : 1.0));
        }
    }
}

void SceneTransition::clear()
{
    for (QGraphicsPathItem *flash : std::as_const(m_flashes)) {
        m_scene->removeItem(flash);
        delete flash;
    }
    m_flashes.clear();
    m_edges.clear();
    m_memberships.clear();
}

} // namespace AllianceScope
