// TimelineTrack: the painted time axis of the timeline.
#include "timelinetrack.h"

#include "chronology/chronology.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {
    constexpr double kMargin = 14.0; // left and right, so the end ticks are clickable
    constexpr double kHitRadius = 5.0; // pixels around a tick that count as the tick
    constexpr int kDragThreshold = 4;
} // namespace

TimelineTrack::TimelineTrack(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
}

void TimelineTrack::setChronology(const Chronology &chronology, Language lang)
{
    m_first = chronology.firstDate();
    m_last = chronology.isEmpty() ? QDate() : chronology.events().last().date;
    // Round the span out to whole years so the axis labels fall on the ends.
    if (m_first.isValid())
        m_first = QDate(m_first.year(), 1, 1);
    if (m_last.isValid())
        m_last = QDate(m_last.year(), 12, 31);
    m_current = -1;
    setLanguage(chronology, lang);
}

void TimelineTrack::setLanguage(const Chronology &chronology, Language lang)
{
    // Only what painting and hit-testing need; the texts are made when a tooltip asks.
    m_events = chronology.events();
    m_language = lang;
    m_ticks.clear();
    m_ticks.reserve(m_events.size());
    for (const Event &e : std::as_const(m_events)) // const: a copy of 100,000 events otherwise
        m_ticks.append({ e.date, e.context });
    update();
}

void TimelineTrack::setCurrent(const QDate &date, int eventIndex)
{
    if (date == m_date && eventIndex == m_current)
        return;
    m_date = date;
    m_current = eventIndex;
    update();
}

QRectF TimelineTrack::axisRect() const
{
    return QRectF(kMargin, 0, std::max(1.0, width() - 2 * kMargin), height());
}

double TimelineTrack::xForDate(const QDate &date) const
{
    const QRectF r = axisRect();
    if (!m_first.isValid() || !m_last.isValid() || m_first >= m_last)
        return r.left();
    const double t = double(m_first.daysTo(date)) / double(m_first.daysTo(m_last));
    return r.left() + std::clamp(t, 0.0, 1.0) * r.width();
}

QDate TimelineTrack::dateForX(double x) const
{
    const QRectF r = axisRect();
    if (!m_first.isValid() || !m_last.isValid())
        return {};
    const double t = std::clamp((x - r.left()) / r.width(), 0.0, 1.0);
    return m_first.addDays(qint64(std::llround(t * double(m_first.daysTo(m_last)))));
}

int TimelineTrack::eventAt(double x) const
{
    // The ticks are in date order: only those within the hit radius are looked at (a binary
    // search rather than a pass over 100,000 events at each click).
    const QDate from = dateForX(x - kHitRadius - 1.0).addDays(-1);
    auto it = std::lower_bound(m_ticks.cbegin(), m_ticks.cend(), from,
                               [](const Tick &t, const QDate &d) { return t.date < d; });
    int best = -1;
    double bestDistance = kHitRadius;
    for (; it != m_ticks.cend(); ++it) {
        const double tx = xForDate(it->date);
        if (tx > x + kHitRadius)
            break;
        const double d = std::abs(tx - x);
        // "<=" prefers the later of coincident ticks, the one the date shows.
        if (d <= bestDistance) {
            bestDistance = d;
            best = int(it - m_ticks.cbegin());
        }
    }
    return best;
}

QSize TimelineTrack::sizeHint() const
{
    return { 600, minimumSizeHint().height() };
}

QSize TimelineTrack::minimumSizeHint() const
{
    return { 160, 30 + fontMetrics().height() + 6 };
}

void TimelineTrack::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = axisRect();
    const QPalette pal = palette();
    const double axisY = 24.0;

    // The axis.
    p.setPen(QPen(pal.color(QPalette::Mid), 2.0));
    p.drawLine(QPointF(r.left(), axisY), QPointF(r.right(), axisY));

    // Year labels: a step that keeps them at least ~4 characters apart.
    if (m_first.isValid() && m_last.isValid()) {
        const int years = std::max(1, m_last.year() - m_first.year() + 1);
        const double minGap = fontMetrics().horizontalAdvance(u"00000"_s) + 8.0;
        int step = 1;
        for (int s : { 1, 2, 5, 10, 20, 25, 50, 100 }) {
            step = s;
            if (r.width() * s / years >= minGap)
                break;
        }
        p.setPen(pal.color(QPalette::WindowText));
        const int firstLabel = ((m_first.year() + step - 1) / step) * step;
        const double textTop = axisY + 10.0;
        for (int y = firstLabel; y <= m_last.year(); y += step) {
            const double x = xForDate(QDate(y, 1, 1));
            p.setPen(QPen(pal.color(QPalette::Mid), 1.0));
            p.drawLine(QPointF(x, axisY), QPointF(x, axisY + 6));
            p.setPen(pal.color(QPalette::WindowText));
            const QString label = QString::number(y);
            const double w = fontMetrics().horizontalAdvance(label);
            const double lx = std::clamp(x - w / 2, 0.0, width() - w);
            p.drawText(QPointF(lx, textTop + fontMetrics().ascent()), label);
        }
    }

    // One tick per event; context events (general knowledge, not the paper) are paler.
    const QColor tickColor = pal.color(QPalette::WindowText);
    QColor contextColor = pal.color(QPalette::WindowText);
    contextColor.setAlphaF(0.4f);
    // At most one tick per pixel column (100,000 events on a 1,000-pixel track): the column's
    // first tick position, dark when any of its events is from the paper.
    auto drawTick = [&](double x, bool context) {
        p.setPen(QPen(context ? contextColor : tickColor, 1.5));
        p.drawLine(QPointF(x, axisY - 9), QPointF(x, axisY + 1));
    };
    qint64 column = std::numeric_limits<qint64>::min();
    double columnX = 0;
    bool columnContext = true;
    for (const Tick &tick : std::as_const(m_ticks)) {
        const double x = xForDate(tick.date);
        const qint64 c = qint64(std::floor(x));
        if (c != column) {
            if (column != std::numeric_limits<qint64>::min())
                drawTick(columnX, columnContext);
            column = c;
            columnX = x;
            columnContext = true;
        }
        columnContext = columnContext && tick.context;
    }
    if (column != std::numeric_limits<qint64>::min())
        drawTick(columnX, columnContext);

    // The current date: a line and a triangle; the current event's tick in the accent colour.
    const QColor accent = pal.color(QPalette::Highlight);
    if (m_current >= 0 && m_current < m_ticks.size()) {
        const double x = xForDate(m_ticks[m_current].date);
        p.setPen(QPen(accent, 3.0));
        p.drawLine(QPointF(x, axisY - 11), QPointF(x, axisY + 2));
    }
    // The compared date: a second handle under the axis, in the difference view's orange-red.
    if (m_compareDate.isValid()) {
        const QColor second(0xb2, 0x18, 0x2b);
        const double x = xForDate(m_compareDate);
        p.setPen(QPen(second, 1.5, Qt::DashLine));
        p.drawLine(QPointF(x, 2), QPointF(x, axisY + 4));
        QPainterPath handle;
        handle.moveTo(x, axisY + 2);
        handle.lineTo(x - 6, axisY + 11);
        handle.lineTo(x + 6, axisY + 11);
        handle.closeSubpath();
        p.fillPath(handle, second);
    }
    if (m_date.isValid()) {
        const double x = xForDate(m_date);
        p.setPen(QPen(accent, 1.5));
        p.drawLine(QPointF(x, 2), QPointF(x, axisY + 4));
        QPainterPath tri;
        tri.moveTo(x - 6, 1);
        tri.lineTo(x + 6, 1);
        tri.lineTo(x, 9);
        tri.closeSubpath();
        p.fillPath(tri, accent);
    }
}

void TimelineTrack::setCompareDate(const QDate &date)
{
    if (date == m_compareDate)
        return;
    m_compareDate = date;
    update();
}

void TimelineTrack::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_ticks.isEmpty()) {
        QWidget::mousePressEvent(event);
        return;
    }
    // The second handle: Shift+click anywhere, or a press on the handle, moves the compared date.
    const double x = event->position().x();
    if ((event->modifiers() & Qt::ShiftModifier)
        || (m_compareDate.isValid() && std::abs(x - xForDate(m_compareDate)) <= kHitRadius
            && event->position().y() > 24.0)) {
        m_draggingCompare = true;
        emit compareMoved(dateForX(x));
        event->accept();
        return;
    }
    m_pressedTick = eventAt(event->position().x());
    if (m_pressedTick < 0) {
        m_scrubbing = true;
        emit scrubStarted();
        emit scrubbed(dateForX(event->position().x()));
    }
    event->accept();
}

void TimelineTrack::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    if (m_draggingCompare) {
        emit compareMoved(dateForX(event->position().x()));
        return;
    }
    if (m_pressedTick >= 0) {
        const double tickX = xForDate(m_ticks[m_pressedTick].date);
        if (std::abs(event->position().x() - tickX) < kHitRadius + kDragThreshold)
            return;
        m_pressedTick = -1;
        m_scrubbing = true;
        emit scrubStarted();
    }
    if (m_scrubbing)
        emit scrubbed(dateForX(event->position().x()));
}

void TimelineTrack::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (m_draggingCompare) {
        m_draggingCompare = false;
        return;
    }
    if (m_pressedTick >= 0) {
        const int index = m_pressedTick;
        m_pressedTick = -1;
        emit eventClicked(index);
    } else if (m_scrubbing) {
        m_scrubbing = false;
        emit scrubFinished();
    }
}

bool TimelineTrack::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int i = eventAt(help->pos().x());
        if (i >= 0) {
            // Coincident ticks: list every event at that position.
            QStringList lines;
            const double x = xForDate(m_ticks[i].date);
            for (int j = 0; j < m_ticks.size(); ++j) {
                if (std::abs(xForDate(m_ticks[j].date) - x) < 1.0)
                    lines.append(m_events.at(j).dateText() + u"  "_s + m_events.at(j).title.in(m_language));
            }
            QToolTip::showText(help->globalPos(), lines.join(u'\n'), this);
        } else {
            // Elsewhere: the date under the mouse and what a click does (the widget's tooltip).
            const QDate d = dateForX(help->pos().x());
            QString text = d.isValid() ? d.toString(u"yyyy-MM"_s) : QString();
            if (!toolTip().isEmpty())
                text += (text.isEmpty() ? QString() : u"\n"_s) + toolTip();
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace AllianceScope
