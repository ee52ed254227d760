// PresenterView: the presenter's window in presentation mode, on the second screen (or opened
// from Present → Presenter View to rehearse): the current caption, the speaker notes, what comes
// next, the position in the story, a clock and the time since the presentation began.
#pragma once

#include "slide.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QTextBrowser;
class QTimer;

namespace AllianceScope {

class PresenterView : public QWidget
{
    Q_OBJECT

public:
    explicit PresenterView(QWidget *parent = nullptr);

    void setSlide(const Slide &slide);
    /// Starts the elapsed time from zero.
    void restartClock();
    /// Updates the clock and elapsed time (every second while shown).
    void tick();
    /// The elapsed time as shown, "mm:ss" (or "h:mm:ss").
    static QString formatElapsed(qint64 ms);

    QLabel *currentLabel() const { return m_current; }
    QTextBrowser *notesView() const { return m_notes; }
    QLabel *nextLabel() const { return m_next; }
    QLabel *positionLabel() const { return m_position; }
    QLabel *clockLabel() const { return m_clock; }
    QLabel *elapsedLabel() const { return m_elapsed; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_currentHeading;
    QLabel *m_current;
    QLabel *m_notesHeading;
    QTextBrowser *m_notes;
    QLabel *m_nextHeading;
    QLabel *m_next;
    QLabel *m_position;
    QLabel *m_clock;
    QLabel *m_elapsed;
    QTimer *m_timer;
    QElapsedTimer m_started;
    Slide m_slide;
};

} // namespace AllianceScope
