// HeatStripRenderer: the dyad × time heat strip drawn from values — a DyadMatrix, the rows'
// labels, the row order, the current date and the language — into any QPainter. The dock's
// HeatStripWidget draws and hit-tests through it; Export… and --export-heatstrip draw the same
// picture offscreen (no widget).
#pragma once

#include "chronology/language.h"
#include "metrics/dyadmatrix.h"

#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QList>
#include <QRect>
#include <QSize>
#include <QString>
#include <QStringList>

class QPainter;

namespace AllianceScope {

class Chronology;

class HeatStripRenderer
{
    Q_DECLARE_TR_FUNCTIONS(AllianceScope::HeatStripRenderer)

public:
    /// The order of the rows.
    enum class Order {
        Triangle, ///< the US–Japan–ROK triangle first, then the others by name
        Name,     ///< every dyad by its label
        Change    ///< every dyad by DyadRow::totalChange, largest first
    };

    static constexpr int kRowHeight = 18;  ///< pixels per dyad (1 of them the gap)
    static constexpr int kMargin = 8;
    static constexpr int kAxisHeight = 20; ///< the year labels above the rows
    static constexpr int kTitleHeight = 26;
    static constexpr int kLegendHeight = 34;

    HeatStripRenderer();

    /// The rows' labels, one per matrix row in the matrix's order (labelsFor()). Set them before
    /// asking columnsFor(): the label column's width comes from them.
    void setLabels(const QStringList &labels);
    /// The values drawn.
    void setMatrix(const DyadMatrix &matrix);
    const DyadMatrix &matrix() const { return m_matrix; }
    QStringList labels() const { return m_labels; }

    void setOrder(Order order);
    Order order() const { return m_order; }
    /// The matrix row shown at each display row, top to bottom.
    QList<int> displayOrder() const { return m_display; }

    /// The date of the cursor line; invalid: none.
    void setDate(const QDate &date) { m_date = date; }
    QDate date() const { return m_date; }
    /// A title above the strip (figures); empty: none.
    void setTitle(const QString &title) { m_title = title; }
    QString title() const { return m_title; }

    /// The label of a dyad: ISO codes in English (names crowd), the short names in Chinese, as the
    /// charts label their series.
    static QString dyadLabel(const Chronology &chronology, const DyadKey &key, Language lang);
    /// dyadLabel() of every key (the triangle's pairs as USA–JPN, USA–KOR, JPN–KOR).
    static QStringList labelsFor(const Chronology &chronology, const QList<DyadKey> &keys, Language lang);
    /// The figure's default title: "Every dyad over time — LAYER" in the current translation.
    static QString defaultTitle(Layer layer);

    // Geometry of a picture @p width pixels wide (the height is heightFor()).
    /// The width of the label column, from the labels' fonts.
    int labelWidth() const;
    /// The plot's width in pixels = the number of columns to sample for a picture this wide.
    int columnsFor(int width) const;
    /// The height that shows every row, the axis, the title (if any) and the legend.
    int heightFor() const;
    /// The rectangle of the cells.
    QRect plotRect(int width) const;
    /// The matrix column under x (−1 outside the plot).
    int columnAt(int width, double x) const;
    /// The display row under y (−1 outside the rows).
    int rowAt(int width, double y) const;
    /// The cell of display row @p row and matrix column @p column.
    QRectF cellRect(int width, int row, int column) const;
    /// The x of the left edge of @p column.
    double xOfColumn(int width, int column) const;

    /// The hover text of a cell: dyad, date, weight, tier. Empty outside the cells.
    QString cellText(int row, int column) const;

    /// Draws the strip into [0, width] × [0, heightFor()] of @p painter.
    void render(QPainter *painter, int width) const;

private:
    void sortRows();
    void buildImage();
    void drawAxis(QPainter *p, const QRect &plot) const;
    void drawMarks(QPainter *p, const QRect &plot) const;
    void drawLegend(QPainter *p, int width, int top) const;
    int rowsTop() const;

    DyadMatrix m_matrix;
    QStringList m_labels;
    Order m_order = Order::Triangle;
    QList<int> m_display;
    QImage m_image; ///< columns × (rows · kRowHeight): the cells, gaps included, in display order
    QDate m_date;
    QString m_title;
    mutable int m_labelWidth = -1; ///< labelWidth(), −1 until measured
};

} // namespace AllianceScope
