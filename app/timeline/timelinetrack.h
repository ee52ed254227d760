// TimelineTrack: the painted time axis of the timeline — one tick per event, year labels, the
// current date's marker; click a tick to go to its event, drag anywhere to scrub through time.
#pragma once

#include "chronology/language.h"
#include "chronology/types.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QWidget>

namespace AllianceScope {

class Chronology;

class TimelineTrack : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineTrack(QWidget *parent = nullptr);

    /// Shows the events of @p chronology, titles in @p lang.
    void setChronology(const Chronology &chronology, Language lang);
    void setLanguage(const Chronology &chronology, Language lang);
    /// The current date and event (the highlighted tick; -1 for none).
    void setCurrent(const QDate &date, int eventIndex);

    /// The second handle: the compared date (invalid: none, hidden).
    void setCompareDate(const QDate &date);
    QDate compareDate() const { return m_compareDate; }

    QDate firstDate() const { return m_first; }
    QDate lastDate() const { return m_last; }
    bool isScrubbing() const { return m_scrubbing; }

    /// The x coordinate of @p date and the date at @p x (clamped to the span).
    double xForDate(const QDate &date) const;
    QDate dateForX(double x) const;
    /// The event whose tick is nearest to @p x within a few pixels, or -1.
    int eventAt(double x) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /// A tick was clicked.
    void eventClicked(int index);
    /// The mouse dragged the marker to @p date (live, many times per second).
    void scrubbed(const QDate &date);
    void scrubStarted();
    void scrubFinished();
    /// The second handle was dragged, or Shift+click chose a compared date.
    void compareMoved(const QDate &date);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Tick
    {
        QDate date;
        bool context = false;
    };
    QRectF axisRect() const;

    QList<Tick> m_ticks;          // one per event, in date order (the chronology's)
    QList<Event> m_events;        // shared with the chronology: the tooltips' texts
    Language m_language = Language::En;
    QDate m_first;
    QDate m_last;
    QDate m_date;
    int m_current = -1;
    int m_pressedTick = -1;
    bool m_scrubbing = false;
    QDate m_compareDate;
    bool m_draggingCompare = false;
};

} // namespace AllianceScope
