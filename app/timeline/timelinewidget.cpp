// TimelineWidget: the time slider under the graph.
#include "timelinewidget.h"

#include "session/document.h"
#include "governmentbands.h"
#include "timelinetrack.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {
    constexpr std::array<double, 4> kSpeeds = { 4.0, 2.0, 1.0, 0.5 }; // seconds per event
    constexpr double kNormalSpeed = 2.0;
} // namespace

TimelineWidget::TimelineWidget(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_track(new TimelineTrack(this))
    , m_bands(new GovernmentBands(m_track, this))
    , m_firstButton(new QToolButton(this))
    , m_previousButton(new QToolButton(this))
    , m_playButton(new QToolButton(this))
    , m_nextButton(new QToolButton(this))
    , m_lastButton(new QToolButton(this))
    , m_speed(new QComboBox(this))
    , m_dateLabel(new QLabel(this))
    , m_titleLabel(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(u"timeline"_s);
    const auto makeAction = [this](QStyle::StandardPixmap icon, const QKeySequence &key,
                                   void (TimelineWidget::*slot)()) {
        auto *a = new QAction(style()->standardIcon(icon), QString(), this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_first = makeAction(QStyle::SP_MediaSkipBackward, QKeySequence(Qt::Key_Home),
                         &TimelineWidget::goFirst);
    m_previous = makeAction(QStyle::SP_MediaSeekBackward, QKeySequence(Qt::Key_Left),
                            &TimelineWidget::stepPrevious);
    m_play = makeAction(QStyle::SP_MediaPlay, QKeySequence(Qt::Key_Space),
                        &TimelineWidget::togglePlaying);
    m_next = makeAction(QStyle::SP_MediaSeekForward, QKeySequence(Qt::Key_Right),
                        &TimelineWidget::stepNext);
    m_last = makeAction(QStyle::SP_MediaSkipForward, QKeySequence(Qt::Key_End),
                        &TimelineWidget::goLast);
    m_first->setObjectName(u"firstEvent"_s);
    m_previous->setObjectName(u"previousEvent"_s);
    m_play->setObjectName(u"playPause"_s);
    m_next->setObjectName(u"nextEvent"_s);
    m_last->setObjectName(u"lastEvent"_s);

    m_firstButton->setDefaultAction(m_first);
    m_previousButton->setDefaultAction(m_previous);
    m_playButton->setDefaultAction(m_play);
    m_nextButton->setDefaultAction(m_next);
    m_lastButton->setDefaultAction(m_last);
    for (QToolButton *b :
         { m_firstButton, m_previousButton, m_playButton, m_nextButton, m_lastButton }) {
        b->setAutoRaise(true);
        b->setFocusPolicy(Qt::NoFocus); // keep ← → Space for the window's shortcuts
        b->setIconSize(QSize(22, 22));
    }

    for (double s : kSpeeds)
        m_speed->addItem(QString(), s);
    m_speed->setFocusPolicy(Qt::NoFocus);
    m_speed->setObjectName(u"playSpeed"_s);
    connect(m_speed, &QComboBox::activated, this,
            [this](int i) { setSecondsPerEvent(m_speed->itemData(i).toDouble()); });

    QFont dateFont = m_dateLabel->font();
    dateFont.setBold(true);
    dateFont.setPointSizeF(dateFont.pointSizeF() * 1.5);
    m_dateLabel->setFont(dateFont);
    m_dateLabel->setObjectName(u"timelineDate"_s);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setObjectName(u"timelineTitle"_s);
    m_titleLabel->setWordWrap(true);
    m_titleLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_track->setObjectName(u"timelineTrack"_s);

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->setSpacing(2);
    for (QToolButton *b :
         { m_firstButton, m_previousButton, m_playButton, m_nextButton, m_lastButton })
        controls->addWidget(b);
    controls->addSpacing(6);
    controls->addWidget(m_speed);
    controls->addSpacing(16);
    controls->addWidget(m_dateLabel);
    controls->addSpacing(12);
    controls->addWidget(m_titleLabel, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(2);
    layout->addLayout(controls);
    layout->addWidget(m_track);
    layout->addWidget(m_bands);

    m_timer->setSingleShot(false);
    connect(m_timer, &QTimer::timeout, this, &TimelineWidget::playTick);

    connect(m_track, &TimelineTrack::eventClicked, this, &TimelineWidget::goTo);
    connect(m_track, &TimelineTrack::scrubbed, this, [this](const QDate &d) {
        setPlaying(false);
        m_document->setDate(d);
    });
    connect(m_document, &Document::chronologyChanged, this, &TimelineWidget::rebuild);
    connect(m_document, &Document::languageChanged, this, [this] {
        m_track->setLanguage(m_document->chronology(), m_document->language());
        m_bands->setChronology(m_document->chronology(), m_document->language());
        updateCurrent();
    });
    connect(m_document, &Document::dateChanged, this, &TimelineWidget::updateCurrent);
    // Compare two dates: the track's second handle shows and moves the compared date.
    connect(m_document, &Document::compareChanged, this, [this] {
        m_track->setCompareDate(m_document->compareMode() != Document::CompareMode::Off ? m_document->compareDate()
                                                                                      : QDate());
    });
    connect(m_track, &TimelineTrack::compareMoved, m_document, &Document::setCompareDate);
    connect(m_document, &Document::currentEventChanged, this, &TimelineWidget::updateCurrent);

    setSecondsPerEvent(kNormalSpeed);
    retranslateUi();
    rebuild();
}

TimelineWidget::~TimelineWidget() = default;

bool TimelineWidget::isScrubbing() const
{
    return m_track->isScrubbing();
}

bool TimelineWidget::isPlaying() const
{
    return m_timer->isActive();
}

void TimelineWidget::setSecondsPerEvent(double seconds)
{
    // Snap to the nearest offered speed.
    double best = kSpeeds.front();
    for (double s : kSpeeds) {
        if (std::abs(s - seconds) < std::abs(best - seconds))
            best = s;
    }
    const int i = m_speed->findData(best);
    if (i >= 0)
        m_speed->setCurrentIndex(i);
    m_timer->setInterval(int(best * 1000));
    if (best == m_secondsPerEvent)
        return;
    m_secondsPerEvent = best;
    emit secondsPerEventChanged(best);
}

QString TimelineWidget::dateText() const
{
    return m_dateLabel->text();
}

QString TimelineWidget::titleText() const
{
    return m_titleLabel->text();
}

int TimelineWidget::currentIndex() const
{
    return m_document->currentEventIndex();
}

void TimelineWidget::goTo(int index)
{
    const int count = int(m_document->chronology().events().size());
    if (count == 0)
        return;
    index = std::clamp(index, 0, count - 1);
    m_document->setEventIndex(index);
    emit eventStepped(index);
}

void TimelineWidget::stepPrevious()
{
    setPlaying(false);
    const int i = currentIndex();
    // Between events: "previous" is the event shown, if the date has moved past it.
    const QList<Event> &events = m_document->chronology().events();
    if (i >= 0 && i < events.size() && events[i].date < m_document->date())
        goTo(i);
    else
        goTo(i - 1);
}

void TimelineWidget::stepNext()
{
    setPlaying(false);
    goTo(currentIndex() + 1);
}

void TimelineWidget::goFirst()
{
    setPlaying(false);
    goTo(0);
}

void TimelineWidget::goLast()
{
    setPlaying(false);
    goTo(int(m_document->chronology().events().size()) - 1);
}

void TimelineWidget::setPlaying(bool playing)
{
    if (playing == isPlaying())
        return;
    if (playing) {
        // Playing from the last event starts again from the first.
        const int count = int(m_document->chronology().events().size());
        if (count == 0)
            return;
        if (currentIndex() >= count - 1)
            goTo(0);
        m_timer->start();
    } else {
        m_timer->stop();
    }
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    retranslateUi();
    emit playingChanged(playing);
}

void TimelineWidget::togglePlaying()
{
    setPlaying(!isPlaying());
}

void TimelineWidget::playTick()
{
    const int count = int(m_document->chronology().events().size());
    const int next = currentIndex() + 1;
    if (next >= count) {
        setPlaying(false);
        return;
    }
    goTo(next);
    if (next >= count - 1)
        setPlaying(false);
}

void TimelineWidget::rebuild()
{
    setPlaying(false);
    m_track->setChronology(m_document->chronology(), m_document->language());
    m_bands->setChronology(m_document->chronology(), m_document->language());
    const bool any = !m_document->chronology().isEmpty();
    for (QAction *a : { m_first, m_previous, m_play, m_next, m_last })
        a->setEnabled(any);
    updateCurrent();
}

void TimelineWidget::updateCurrent()
{
    const QList<Event> &events = m_document->chronology().events();
    const int i = currentIndex();
    m_track->setCurrent(m_document->date(), i);
    m_bands->setCurrent(m_document->date());
    if (i < 0 || i >= events.size()) {
        m_dateLabel->setText(m_document->date().isValid() ? m_document->date().toString(Qt::ISODate)
                                                          : QString());
        m_titleLabel->setText(tr("Before the first event"));
        return;
    }
    const Event &e = events[i];
    // Scrubbed between events: the date itself, then the last event before it.
    m_dateLabel->setText(e.date == m_document->date() ? e.dateText()
                                                      : m_document->date().toString(Qt::ISODate));
    m_titleLabel->setText(e.title.in(m_document->language()));
    m_titleLabel->setToolTip(e.summary.in(m_document->language()));
}

void TimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TimelineWidget::retranslateUi()
{
    m_first->setText(tr("First Event"));
    m_first->setToolTip(tr("Go to the first event (Home)"));
    m_previous->setText(tr("Previous Event"));
    m_previous->setToolTip(tr("Go to the previous event (←)"));
    m_next->setText(tr("Next Event"));
    m_next->setToolTip(tr("Go to the next event (→)"));
    m_last->setText(tr("Last Event"));
    m_last->setToolTip(tr("Go to the last event (End)"));
    if (isPlaying()) {
        m_play->setText(tr("Pause"));
        m_play->setToolTip(tr("Pause the playback (Space)"));
    } else {
        m_play->setText(tr("Play"));
        m_play->setToolTip(tr("Play through the events one by one (Space)"));
    }
    for (int i = 0; i < m_speed->count(); ++i) {
        const double s = m_speed->itemData(i).toDouble();
        m_speed->setItemText(
            i,
            tr("%1× (%2 s per event)")
                .arg(QLocale().toString(kNormalSpeed / s, 'g', 2), QLocale().toString(s, 'g', 2)));
    }
    m_speed->setToolTip(tr("Playback speed: how long each event stays on screen"));
    m_dateLabel->setToolTip(tr("The current date, at the precision the source gives"));
    m_track->setToolTip(tr("Click an event's tick to go to it; drag to move through time; "
                           "Shift+click to compare with that date"));
    updateCurrent();
}

} // namespace AllianceScope
