// ChartBands: who governed, drawn inside a chart — one thin strip per state with terms of office
// along the bottom of the plot area, each term coloured by its orientation, under the series (so
// the lines stay readable). A child item of the QChart, so it is in every view and every render.
#pragma once

#include "chronology/types.h"

#include <QGraphicsItem>
#include <QList>
#include <QStringList>

class QChart;
class QDateTimeAxis;

namespace AllianceScope {

class Chronology;

class ChartBands : public QGraphicsItem
{
public:
    enum { Type = UserType + 40 };

    /// Bands inside @p chart (their parent), placed by the dates of its x axis @p axis.
    ChartBands(QChart *chart, QDateTimeAxis *axis);

    /// The governments to draw; a row per state with terms (chronology order), labelled by id.
    void setChronology(const Chronology &chronology);
    /// Follows a new plot area or axis range (connected to the chart's and the axis' signals).
    void syncGeometry();

    QStringList rows() const { return m_rows; }
    int bandCount() const { return int(m_governments.size()); }
    /// The band of government @p index in chart coordinates (empty outside the range).
    QRectF bandRect(int index) const;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    static constexpr qreal kStripHeight = 6.0;
    /// The height of all strips together, in pixels (0 without governments).
    qreal stripsHeight() const { return m_rows.size() * (kStripHeight + 1.0); }

private:
    double xOf(const QDate &date) const;

    QChart *m_chart;
    QDateTimeAxis *m_axis;
    QList<Government> m_governments;
    QStringList m_rows;
};

} // namespace AllianceScope
