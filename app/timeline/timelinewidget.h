// TimelineWidget: the time slider under the graph — the event ticks, the current date and event
// title, previous/next/first/last, play/pause with a speed. It drives Document::setDate and
// Document::setEventIndex and follows the document's signals.
#pragma once

#include <QDate>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QTimer;
class QToolButton;

namespace AllianceScope {

class Document;
class GovernmentBands;
class TimelineTrack;

class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWidget(Document *document, QWidget *parent = nullptr);
    ~TimelineWidget() override;

    /// True while the mouse drags the marker (views then update without animation).
    bool isScrubbing() const;
    bool isPlaying() const;

    /// Seconds each event stays on screen while playing (0.5 … 4).
    double secondsPerEvent() const { return m_secondsPerEvent; }
    void setSecondsPerEvent(double seconds);

    /// The actions (with shortcuts ←, →, Home, End, Space) for the window's menus.
    QAction *previousAction() const { return m_previous; }
    QAction *nextAction() const { return m_next; }
    QAction *firstAction() const { return m_first; }
    QAction *lastAction() const { return m_last; }
    QAction *playAction() const { return m_play; }

    TimelineTrack *track() const { return m_track; }
    GovernmentBands *governmentBands() const { return m_bands; }
    QString dateText() const; ///< the date label's text
    QString titleText() const; ///< the title label's text

public slots:
    void stepPrevious();
    void stepNext();
    void goFirst();
    void goLast();
    void setPlaying(bool playing);
    void togglePlaying();

signals:
    void playingChanged(bool playing);
    void secondsPerEventChanged(double seconds);
    /// The user moved to an event (a step, a tick, play): views animate to it.
    void eventStepped(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void updateCurrent();
    void playTick();
    int currentIndex() const;
    void goTo(int index);

    Document *m_document;
    TimelineTrack *m_track;
    GovernmentBands *m_bands;
    QToolButton *m_firstButton;
    QToolButton *m_previousButton;
    QToolButton *m_playButton;
    QToolButton *m_nextButton;
    QToolButton *m_lastButton;
    QComboBox *m_speed;
    QLabel *m_dateLabel;
    QLabel *m_titleLabel;
    QAction *m_first;
    QAction *m_previous;
    QAction *m_play;
    QAction *m_next;
    QAction *m_last;
    QTimer *m_timer;
    double m_secondsPerEvent = 2.0;
};

} // namespace AllianceScope
