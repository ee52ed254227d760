// ChartBands: terms of office as strips along the bottom of a chart's plot area (see the header).
#include "chartbands.h"

#include "chronology/chronology.h"
#include "graphview/palette.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QPainter>

#include <algorithm>

namespace AllianceScope {

ChartBands::ChartBands(QChart *chart, QDateTimeAxis *axis)
    : QGraphicsItem(chart)
    , m_chart(chart)
    , m_axis(axis)
{
    setZValue(-1); // under the series
    setAcceptedMouseButtons(Qt::NoButton);
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [this] { syncGeometry(); });
    QObject::connect(axis, &QDateTimeAxis::rangeChanged, chart, [this] { syncGeometry(); });
}

void ChartBands::syncGeometry()
{
    prepareGeometryChange();
    update();
}

void ChartBands::setChronology(const Chronology &chronology)
{
    prepareGeometryChange();
    m_governments = chronology.governments();
    m_rows = chronology.governedStates();
    update();
}

QRectF ChartBands::boundingRect() const
{
    return m_chart->plotArea();
}

double ChartBands::xOf(const QDate &date) const
{
    const QRectF plot = m_chart->plotArea();
    const QDateTime first = m_axis->min();
    const double span = double(first.msecsTo(m_axis->max()));
    if (span <= 0)
        return plot.left();
    const double t = double(first.msecsTo(date.startOfDay(Qt::UTC))) / span;
    return plot.left() + std::clamp(t, 0.0, 1.0) * plot.width();
}

QRectF ChartBands::bandRect(int index) const
{
    if (index < 0 || index >= m_governments.size())
        return {};
    const Government &g = m_governments[index];
    const int row = int(m_rows.indexOf(g.actor));
    if (row < 0)
        return {};
    const QRectF plot = m_chart->plotArea();
    const double x0 = xOf(g.start);
    const double x1 = xOf(g.end.value_or(m_axis->max().date()));
    if (x1 <= x0)
        return {};
    const double y = plot.bottom() - (m_rows.size() - row) * (kStripHeight + 1.0);
    return QRectF(x0, y, x1 - x0, kStripHeight);
}

void ChartBands::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_rows.isEmpty())
        return;
    painter->save();
    painter->setPen(Qt::NoPen);
    for (int i = 0; i < m_governments.size(); ++i) {
        const QRectF r = bandRect(i);
        if (r.isEmpty())
            continue;
        QColor fill = Palette::orientation(m_governments[i].orientation);
        fill.setAlphaF(0.85f);
        painter->setBrush(fill);
        painter->drawRect(r.adjusted(0.5, 0, -0.5, 0));
    }
    // The rows' state ids at the left end, inside the plot.
    QFont font = painter->font();
    font.setPixelSize(int(kStripHeight + 2));
    painter->setFont(font);
    painter->setPen(Palette::mutedText());
    const QRectF plot = m_chart->plotArea();
    for (int row = 0; row < m_rows.size(); ++row) {
        const double y = plot.bottom() - (m_rows.size() - row) * (kStripHeight + 1.0);
        painter->drawText(QRectF(plot.left() + 3, y - 1, 40, kStripHeight + 2),
                          Qt::AlignLeft | Qt::AlignVCenter, m_rows[row]);
    }
    painter->restore();
}

} // namespace AllianceScope
