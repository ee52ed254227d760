// Tests of the staged transitions (issue 9): between two dates, what goes fades out first, then
// the weights that stay change (and changed edges flash), then what is new fades in; reduced
// motion and the frame budget make the change instant.
#include "chronology/chronologyreader.h"
#include "graphview/alliancescene.h"
#include "graphview/edgeitem.h"
#include "graphview/membershipitem.h"
#include "graphview/scenetransition.h"
#include "weights/weightmodel.h"

#include <QElapsedTimer>
#include <QGraphicsPathItem>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

namespace {

struct EdgeEnd
{
    EdgeItem *item;
    double fromWeight;
    double toWeight;
};

} // namespace

class TestSceneTransition : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void stagesByProgress();
    void fadeOutThenChangeThenFadeIn();
    void playsToTheEndInAboutTheDuration();
    void reducedMotionIsInstant();
    void tooManyEdgesIsInstant();
    void sceneWithoutTransitionKeepsItsAnimation();

private:
    /// Shows @p from, then moves to @p to through the transition (not yet advanced).
    bool move(const QDate &from, const QDate &to);

    std::unique_ptr<WeightModel> m_model;
    std::unique_ptr<AllianceScene> m_scene;
    SceneTransition *m_transition = nullptr;
    // Filled by move(): the items by what happens to them.
    QList<EdgeItem *> m_going;
    QList<EdgeItem *> m_coming;
    QList<EdgeEnd> m_changing;
    QList<MembershipItem *> m_membersGoing;
    QList<MembershipItem *> m_membersComing;
};

void TestSceneTransition::initTestCase()
{
    auto result = ChronologyReader::readFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY));
    QVERIFY(result.ok());
    m_model = std::make_unique<WeightModel>(std::move(*result.chronology));
}

void TestSceneTransition::init()
{
    m_scene = std::make_unique<AllianceScene>();
    m_scene->setChronology(m_model->chronology());
    m_transition = new SceneTransition(m_scene.get());
    m_transition->setReducedMotion(false);
    m_transition->setDuration(600);
    m_scene->setTransition(m_transition);
}

bool TestSceneTransition::move(const QDate &from, const QDate &to)
{
    m_scene->setSnapshot(m_model->snapshotAt(from), false);
    QHash<EdgeItem *, std::pair<double, bool>> before;
    QHash<MembershipItem *, bool> membersBefore;
    for (QGraphicsItem *item : m_scene->items()) {
        if (item->type() == EdgeItem::Type) {
            auto *e = static_cast<EdgeItem *>(item);
            before.insert(e, {e->weight(), e->isShown()});
        } else if (item->type() == MembershipItem::Type) {
            membersBefore.insert(static_cast<MembershipItem *>(item), item->isVisible());
        }
    }
    // The end state, measured on a scene without transition.
    AllianceScene end;
    end.setChronology(m_model->chronology());
    end.setSnapshot(m_model->snapshotAt(to), false);
    m_going.clear();
    m_coming.clear();
    m_changing.clear();
    m_membersGoing.clear();
    m_membersComing.clear();
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const EdgeItem *after = end.edgeItem(it.key()->a(), it.key()->b());
        if (!after)
            continue;
        if (it->second && !after->isShown())
            m_going.append(it.key());
        else if (!it->second && after->isShown())
            m_coming.append(it.key());
        else if (it->second && after->isShown() && std::abs(it->first - after->weight()) > 0.05)
            m_changing.append({it.key(), it->first, after->weight()});
    }
    for (auto it = membersBefore.cbegin(); it != membersBefore.cend(); ++it) {
        const MembershipItem *after = end.membershipItem(it.key()->member(), it.key()->mechanism());
        if (!after)
            continue;
        if (it.value() && !after->isVisible())
            m_membersGoing.append(it.key());
        else if (!it.value() && after->isVisible())
            m_membersComing.append(it.key());
    }
    m_scene->setSnapshot(m_model->snapshotAt(to), true);
    return m_transition->isRunning();
}

void TestSceneTransition::stagesByProgress()
{
    QCOMPARE(SceneTransition::stageAt(0.0), SceneTransition::Stage::FadeOut);
    QCOMPARE(SceneTransition::stageAt(0.3), SceneTransition::Stage::FadeOut);
    QCOMPARE(SceneTransition::stageAt(0.4), SceneTransition::Stage::Change);
    QCOMPARE(SceneTransition::stageAt(0.65), SceneTransition::Stage::Change);
    QCOMPARE(SceneTransition::stageAt(0.7), SceneTransition::Stage::FadeIn);
    QCOMPARE(SceneTransition::stageAt(1.0), SceneTransition::Stage::Idle);
}

void TestSceneTransition::fadeOutThenChangeThenFadeIn()
{
    // From the TCOG years to Camp David: TCOG's memberships go, the Quad's come, edges change.
    QVERIFY(move(QDate(2001, 6, 1), QDate(2023, 8, 18)));
    QVERIFY(!m_membersGoing.isEmpty());
    QVERIFY(!m_membersComing.isEmpty());
    QVERIFY(!m_changing.isEmpty());
    QVERIFY(!m_going.isEmpty() || !m_coming.isEmpty());

    // Stage 1, fading out: what goes is still there, fainter; nothing new yet; weights unchanged.
    m_transition->setProgress(0.2);
    for (EdgeItem *e : std::as_const(m_going)) {
        QVERIFY(e->isVisible());
        QVERIFY2(e->opacity() > 0.0 && e->opacity() < 1.0, qPrintable(QString::number(e->opacity())));
    }
    for (MembershipItem *m : std::as_const(m_membersGoing)) {
        QVERIFY(m->isVisible());
        QVERIFY(m->opacity() > 0.0 && m->opacity() < 1.0);
    }
    for (EdgeItem *e : std::as_const(m_coming))
        QVERIFY(!e->isVisible());
    for (MembershipItem *m : std::as_const(m_membersComing))
        QVERIFY(!m->isVisible());
    for (const EdgeEnd &c : std::as_const(m_changing))
        QCOMPARE(c.item->weight(), c.fromWeight);

    // Stage 2, changing: what went is gone, nothing new yet, weights between old and new.
    m_transition->setProgress(0.5);
    for (EdgeItem *e : std::as_const(m_going))
        QVERIFY(!e->isVisible());
    for (MembershipItem *m : std::as_const(m_membersGoing))
        QVERIFY(!m->isVisible());
    for (EdgeItem *e : std::as_const(m_coming))
        QVERIFY(!e->isVisible());
    for (MembershipItem *m : std::as_const(m_membersComing))
        QVERIFY(!m->isVisible());
    for (const EdgeEnd &c : std::as_const(m_changing)) {
        const double lo = std::min(c.fromWeight, c.toWeight);
        const double hi = std::max(c.fromWeight, c.toWeight);
        QVERIFY2(c.item->weight() > lo && c.item->weight() < hi,
                 qPrintable(u"%1–%2: %3 not between %4 and %5"_s.arg(c.item->a(), c.item->b())
                                .arg(c.item->weight()).arg(c.fromWeight).arg(c.toWeight)));
    }
    // Changed edges flash: amber halos on the scene, visible in the middle of the change.
    QVERIFY(m_transition->flashingCount() > 0);
    int flashes = 0;
    for (QGraphicsItem *item : m_scene->items())
        if (auto *path = qgraphicsitem_cast<QGraphicsPathItem *>(item); path && path->opacity() > 0.5)
            ++flashes;
    QCOMPARE(flashes, m_transition->flashingCount());

    // Stage 3, fading in: the new ones appear, fainter; weights at their new values.
    m_transition->setProgress(0.85);
    for (EdgeItem *e : std::as_const(m_coming)) {
        QVERIFY(e->isVisible());
        QVERIFY(e->opacity() > 0.0 && e->opacity() < 1.0);
    }
    for (MembershipItem *m : std::as_const(m_membersComing)) {
        QVERIFY(m->isVisible());
        QVERIFY(m->opacity() > 0.0 && m->opacity() < 1.0);
    }
    for (const EdgeEnd &c : std::as_const(m_changing))
        QCOMPARE(c.item->weight(), c.toWeight);

    // The end: every item at the new date, fully opaque, no halos left.
    m_transition->setProgress(1.0);
    QVERIFY(!m_transition->isRunning());
    for (EdgeItem *e : std::as_const(m_coming))
        QCOMPARE(e->opacity(), 1.0);
    for (MembershipItem *m : std::as_const(m_membersComing))
        QVERIFY(m->isVisible() && m->opacity() == 1.0);
    for (MembershipItem *m : std::as_const(m_membersGoing))
        QVERIFY(!m->isVisible());
    for (QGraphicsItem *item : m_scene->items())
        QVERIFY(!qgraphicsitem_cast<QGraphicsPathItem *>(item));
}

void TestSceneTransition::playsToTheEndInAboutTheDuration()
{
    QSignalSpy finished(m_transition, &SceneTransition::finished);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(move(QDate(2001, 6, 1), QDate(2023, 8, 18)));
    QVERIFY(finished.wait(3000));
    const qint64 ms = clock.elapsed();
    QVERIFY2(ms >= 550 && ms < 2500, qPrintable(QString::number(ms)));
    for (MembershipItem *m : std::as_const(m_membersComing))
        QVERIFY(m->isVisible());
    // A shorter setting is shorter.
    m_transition->setDuration(200);
    clock.restart();
    QVERIFY(move(QDate(2001, 6, 1), QDate(2023, 8, 18)));
    QVERIFY(finished.wait(3000));
    QVERIFY2(clock.elapsed() < 550, qPrintable(QString::number(clock.elapsed())));
}

void TestSceneTransition::reducedMotionIsInstant()
{
    m_transition->setReducedMotion(true);
    QVERIFY(!move(QDate(2001, 6, 1), QDate(2023, 8, 18)));
    for (MembershipItem *m : std::as_const(m_membersComing))
        QVERIFY(m->isVisible() && m->opacity() == 1.0);
    for (MembershipItem *m : std::as_const(m_membersGoing))
        QVERIFY(!m->isVisible());
    for (const EdgeEnd &c : std::as_const(m_changing))
        QCOMPARE(c.item->weight(), c.toWeight);
}

void TestSceneTransition::tooManyEdgesIsInstant()
{
    m_transition->setMaxAnimatedEdges(3); // the bundled scene has more: over the frame budget
    QVERIFY(!move(QDate(2001, 6, 1), QDate(2023, 8, 18)));
    for (MembershipItem *m : std::as_const(m_membersComing))
        QVERIFY(m->isVisible());
    for (const EdgeEnd &c : std::as_const(m_changing))
        QCOMPARE(c.item->weight(), c.toWeight);
}

void TestSceneTransition::sceneWithoutTransitionKeepsItsAnimation()
{
    m_scene->setTransition(nullptr);
    QVERIFY(!move(QDate(2001, 6, 1), QDate(2023, 8, 18)));
    // Memberships switch at once; the plain animation brings the weights.
    for (MembershipItem *m : std::as_const(m_membersComing))
        QVERIFY(m->isVisible());
    m_scene->finishAnimations();
    for (const EdgeEnd &c : std::as_const(m_changing))
        QCOMPARE(c.item->weight(), c.toWeight);
}

QTEST_MAIN(TestSceneTransition)
#include "tst_scenetransition.moc"
