// GovernmentBands: terms of office as coloured bands under the timeline (see the header).
#include "governmentbands.h"

#include "chronology/chronology.h"
#include "graphview/palette.h"
#include "timelinetrack.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AllianceScope {

GovernmentBands::GovernmentBands(const TimelineTrack *track, QWidget *parent)
    : QWidget(parent)
    , m_track(track)
{
    setObjectName(u"governmentBands"_s);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setToolTip(tr("Who governed: one row per state, each term coloured by its orientation "
                  "(progressive, conservative, centrist)"));
}

void GovernmentBands::setChronology(const Chronology &chronology, Language language)
{
    m_governments = chronology.governments();
    m_language = language;
    m_rows = chronology.governedStates();
    m_rowLabels.clear();
    for (const QString &id : std::as_const(m_rows))
        m_rowLabels << chronology.actor(id)->name.in(language);
    setVisible(!m_rows.isEmpty());
    updateGeometry();
    update();
}

void GovernmentBands::setCurrent(const QDate &date)
{
    if (date == m_date)
        return;
    m_date = date;
    update();
}

double GovernmentBands::rowHeight() const
{
    return fontMetrics().height() + 4.0;
}

QSize GovernmentBands::sizeHint() const
{
    return QSize(400, int(std::ceil(rowHeight() * m_rows.size())) + 2);
}

QSize GovernmentBands::minimumSizeHint() const
{
    return QSize(100, int(std::ceil(rowHeight() * m_rows.size())) + 2);
}

QRectF GovernmentBands::bandRect(int index) const
{
    if (index < 0 || index >= m_governments.size())
        return {};
    const Government &g = m_governments[index];
    const int row = int(m_rows.indexOf(g.actor));
    if (row < 0)
        return {};
    // The track is a sibling with the same width: its x scale is ours, shifted by the offset.
    const double dx = m_track ? m_track->x() - x() : 0.0;
    const QDate end = g.end.value_or(m_track ? m_track->lastDate() : g.start);
    const double x0 = (m_track ? m_track->xForDate(g.start) : 0.0) + dx;
    const double x1 = (m_track ? m_track->xForDate(end) : 0.0) + dx;
    return QRectF(x0, 1.0 + row * rowHeight(), std::max(1.0, x1 - x0), rowHeight() - 2.0);
}

const Government *GovernmentBands::governmentAt(const QPoint &pos) const
{
    for (int i = 0; i < m_governments.size(); ++i) {
        if (bandRect(i).adjusted(-1, 0, 1, 0).contains(pos))
            return &m_governments[i];
    }
    return nullptr;
}

void GovernmentBands::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetricsF fm(font());

    for (int row = 0; row < m_rows.size(); ++row) {
        // The state's name, right-aligned just before its first term.
        double firstX = width();
        for (int i = 0; i < m_governments.size(); ++i) {
            if (m_governments[i].actor == m_rows[row])
                firstX = std::min(firstX, bandRect(i).left());
        }
        const QString label = m_rowLabels[row];
        const double lw = fm.horizontalAdvance(label);
        p.setPen(pal.color(QPalette::WindowText));
        const double ly = 1.0 + row * rowHeight() + (rowHeight() - fm.height()) / 2 + fm.ascent();
        p.drawText(QPointF(std::max(2.0, firstX - lw - 6.0), ly), label);
    }

    // The legend of the colours, one orientation a row, where the rows' labels leave room.
    double freeRight = width();
    for (int row = 0; row < m_rows.size(); ++row) {
        for (int i = 0; i < m_governments.size(); ++i) {
            if (m_governments[i].actor == m_rows[row])
                freeRight = std::min(freeRight, bandRect(i).left() - fm.horizontalAdvance(m_rowLabels[row]) - 12.0);
        }
    }
    const QStringList orientations = Palette::orientations();
    double legendWidth = 0;
    for (const QString &o : orientations)
        legendWidth = std::max(legendWidth, fm.horizontalAdvance(Palette::orientationName(o)));
    legendWidth += 18.0;
    if (m_rows.size() >= orientations.size() && legendWidth + 4.0 <= freeRight) {
        for (int k = 0; k < orientations.size(); ++k) {
            const double y = 1.0 + k * rowHeight();
            const QRectF swatch(4.0, y + (rowHeight() - 10.0) / 2, 10.0, 10.0);
            p.setPen(Palette::orientation(orientations[k]).darker(130));
            p.setBrush(Palette::orientation(orientations[k]));
            p.drawRect(swatch);
            p.setPen(pal.color(QPalette::WindowText));
            p.drawText(QPointF(18.0, y + (rowHeight() - fm.height()) / 2 + fm.ascent()),
                       Palette::orientationName(orientations[k]));
        }
    }

    for (int i = 0; i < m_governments.size(); ++i) {
        const Government &g = m_governments[i];
        const QRectF r = bandRect(i);
        if (r.isEmpty())
            continue;
        const bool current = m_date.isValid() && g.start <= m_date && (!g.end || m_date <= *g.end);
        QColor fill = Palette::orientation(g.orientation);
        if (!current)
            fill.setAlphaF(0.55f);
        p.setPen(QPen(current ? pal.color(QPalette::WindowText) : fill.darker(130),
                      current ? 1.5 : 0.8));
        p.setBrush(fill);
        p.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
        // The leader's name where it fits.
        const QString name = g.leader.in(m_language);
        if (fm.horizontalAdvance(name) + 4 <= r.width()) {
            p.setPen(QColor(0x20, 0x20, 0x20));
            p.drawText(r, Qt::AlignCenter, name);
        }
    }
}

bool GovernmentBands::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const Government *g = governmentAt(help->pos())) {
            const QString end = g->end ? g->end->toString(Qt::ISODate) : tr("in office");
            const QString orientation = Palette::orientationName(g->orientation);
            QToolTip::showText(help->globalPos(),
                               tr("%1 (%2), %3\n%4 – %5")
                                   .arg(g->leader.in(m_language), g->party.in(m_language),
                                        orientation, g->start.toString(Qt::ISODate), end),
                               this);
            return true;
        }
    }
    return QWidget::event(event);
}

} // namespace AllianceScope
