// SceneTransition: the staged change of an AllianceScene from one date to another (issue 9), so
// that a class can follow what changed: edges and memberships that go fade out, then the weights
// of those that stay change (changed edges flash), then new ones fade in. About 600 ms in all;
// instant when reduced motion is asked for or when the scene is too large for a 16 ms frame.
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QGraphicsPathItem;
class QGraphicsScene;
class QVariantAnimation;

namespace AllianceScope {

class EdgeItem;
class MembershipItem;

class SceneTransition : public QObject
{
    Q_OBJECT

public:
    /// The three stages, each a third of duration(); Idle when nothing runs.
    enum class Stage { Idle, FadeOut, Change, FadeIn };

    static constexpr int kDefaultDurationMs = 600;
    /// Above this many edges a frame of the transition would exceed ~16 ms: jump instead
    /// (measured in tst_scenetransition: see docs/PERFORMANCE.md).
    static constexpr int kDefaultMaxAnimatedEdges = 2000;

    explicit SceneTransition(QGraphicsScene *scene);
    ~SceneTransition() override;

    /// Total duration in milliseconds (clamped to 0..5000); 0 is instant.
    void setDuration(int ms);
    int duration() const { return m_duration; }
    /// When on, every change is instant.
    void setReducedMotion(bool reduced);
    bool reducedMotion() const { return m_reducedMotion; }
    void setMaxAnimatedEdges(int edges) { m_maxEdges = edges; }
    int maxAnimatedEdges() const { return m_maxEdges; }
    /// Reads duration and reduced motion from the settings ("transitions/durationMs",
    /// "transitions/reduceMotion"; the platform's setting when none is saved).
    void loadSettings();
    void saveSettings() const;
    /// Whether the environment asks for no animations (ALLIANCESCOPE_REDUCE_MOTION=1; Qt 6.4
    /// has no platform hint for it).
    static bool platformAsksForReducedMotion();

    /// Records what the scene draws now; call before the scene applies the new state.
    void capture();
    /**
     * Animates from the captured state to what the scene draws now (the scene has applied the new
     * state instantly). @return false when the change was instant (nothing to animate, reduced
     * motion, duration 0 or too many edges): the scene then shows the end state.
     */
    bool play();
    /// Jumps to the end state.
    void finish();
    bool isRunning() const;

    /// Shows the transition at @p t in [0, 1] (the animation's clock; tests set it directly).
    void setProgress(double t);
    static Stage stageAt(double t);
    /// The edges and memberships that flash, fade out and fade in (for tests).
    int flashingCount() const { return int(m_flashes.size()); }

signals:
    void finished();

private:
    struct EdgeState
    {
        double weight = 0.0;
        int tier = 0;
        bool shown = false;
        double opacity = 1.0;
    };
    enum class Kind { Going, Coming, Changing };
    struct EdgeChange
    {
        EdgeItem *item;
        Kind kind;
        EdgeState from;
        EdgeState to;
        QGraphicsPathItem *flash = nullptr;
    };
    struct MembershipChange
    {
        MembershipItem *item;
        bool appears;
        double opacity;
    };

    void clear();

    QGraphicsScene *m_scene;
    QVariantAnimation *m_animation;
    int m_duration = kDefaultDurationMs;
    bool m_reducedMotion = false;
    int m_maxEdges = kDefaultMaxAnimatedEdges;
    bool m_captured = false;
    QHash<EdgeItem *, EdgeState> m_edgesBefore;
    QHash<MembershipItem *, bool> m_membershipsBefore;
    QList<EdgeChange> m_edges;
    QList<MembershipChange> m_memberships;
    QList<QGraphicsPathItem *> m_flashes;
};

} // namespace AllianceScope
