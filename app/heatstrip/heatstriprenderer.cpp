// HeatStripRenderer: the dyad × time heat strip from values (see heatstriprenderer.h).
#include "heatstriprenderer.h"

#include "chronology/chronology.h"
#include "graphview/palette.h"
#include "metrics/metrics.h"
#include "style/edgestyle.h"

#include <QCollator>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

constexpr int kLabelPixels = 13;
constexpr int kAxisPixels = 12;
constexpr int kTitlePixels = 16;
constexpr int kRightMargin = 12;
constexpr int kMarkSize = 4; // the tier-change triangles' half width and height

bool isTriangle(const DyadKey &key)
{
    const QStringList &t = Metrics::triangle();
    return t.contains(key.a) && t.contains(key.b);
}

QColor markColor() { return QColor(0x1a, 0x1a, 0x1a); }

} // namespace

HeatStripRenderer::HeatStripRenderer() = default;

void HeatStripRenderer::setLabels(const QStringList &labels)
{
    m_labels = labels;
    m_labelWidth = -1;
    sortRows();
}

void HeatStripRenderer::setMatrix(const DyadMatrix &matrix)
{
    m_matrix = matrix;
    sortRows();
}

void HeatStripRenderer::setOrder(Order order)
{
    m_order = order;
    sortRows();
}

QString HeatStripRenderer::dyadLabel(const Chronology &chronology, const DyadKey &key, Language lang)
{
    const auto name = [&](const QString &id) {
        const Actor *a = chronology.actor(id);
        return lang == Language::Zh && a && !a->name.zh.isEmpty() ? a->name.zh : id;
    };
    return name(key.a) + u'–' + name(key.b);
}

QStringList HeatStripRenderer::labelsFor(const Chronology &chronology, const QList<DyadKey> &keys, Language lang)
{
    QStringList out;
    for (const DyadKey &key : keys) {
        // The triangle's pairs read as the app names them: USA first, then Japan, then the ROK.
        const QStringList &t = Metrics::triangle();
        DyadKey shown = key;
        if (isTriangle(key) && t.indexOf(key.a) > t.indexOf(key.b))
            shown = DyadKey{key.b, key.a};
        out.append(dyadLabel(chronology, shown, lang));
    }
    return out;
}

QString HeatStripRenderer::defaultTitle(Layer layer)
{
    return tr("Every dyad over time — %1").arg(Palette::layerTitle(static_cast<int>(layer)));
}

void HeatStripRenderer::sortRows()
{
    m_display.clear();
    while (m_labels.size() < m_matrix.rows.size()) {
        m_labels.append(m_matrix.rows[m_labels.size()].key.text());
        m_labelWidth = -1;
    }
    const int n = int(m_matrix.rows.size());
    QList<int> triangle;
    QList<int> others;
    for (int r = 0; r < n; ++r) {
        if (m_order == Order::Triangle && isTriangle(m_matrix.rows[r].key))
            triangle.append(r); // already in the triangle's order (DyadMatrix::triangleFirst)
        else
            others.append(r);
    }
    // Chinese names by their pinyin (ICU's Chinese collation), ISO codes alphabetically.
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    const auto byLabel = [this, &collator](int x, int y) {
        const int c = collator.compare(m_labels[x], m_labels[y]);
        return c != 0 ? c < 0 : x < y;
    };
    if (m_order == Order::Change) {
        std::stable_sort(others.begin(), others.end(), [&](int x, int y) {
            const double cx = m_matrix.rows[x].totalChange, cy = m_matrix.rows[y].totalChange;
            return cx != cy ? cx > cy : byLabel(x, y);
        });
    } else {
        std::stable_sort(others.begin(), others.end(), byLabel);
    }
    m_display = triangle + others;
    buildImage();
}

void HeatStripRenderer::buildImage()
{
    const int columns = m_matrix.columns();
    const int rows = int(m_display.size());
    if (columns == 0 || rows == 0) {
        m_image = QImage();
        return;
    }
    m_image = QImage(columns, rows * kRowHeight, QImage::Format_RGB32);
    m_image.fill(Palette::background());
    for (int dr = 0; dr < rows; ++dr) {
        const DyadRow &row = m_matrix.rows[m_display[dr]];
        for (int y = dr * kRowHeight; y < (dr + 1) * kRowHeight - 1; ++y) {
            auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(y));
            for (int c = 0; c < columns; ++c)
                line[c] = EdgeStyle::colorFor(row.weights[c]).rgb();
        }
    }
}

int HeatStripRenderer::labelWidth() const
{
    if (m_labelWidth < 0) { // measured once per set of labels: geometry asks for it often
        const QFontMetrics bold(Palette::font(kLabelPixels, true));
        int w = 40;
        for (const QString &label : m_labels)
            w = std::max(w, bold.horizontalAdvance(label));
        m_labelWidth = w + 10;
    }
    return m_labelWidth;
}

int HeatStripRenderer::columnsFor(int width) const
{
    return std::max(1, width - kMargin - labelWidth() - kRightMargin);
}

int HeatStripRenderer::rowsTop() const
{
    return kMargin + (m_title.isEmpty() ? 0 : kTitleHeight) + kAxisHeight;
}

int HeatStripRenderer::heightFor() const
{
    return rowsTop() + int(m_display.size()) * kRowHeight + kMargin + kLegendHeight + kMargin;
}

QRect HeatStripRenderer::plotRect(int width) const
{
    const int left = kMargin + labelWidth();
    return QRect(left, rowsTop(), columnsFor(width), int(m_display.size()) * kRowHeight);
}

double HeatStripRenderer::xOfColumn(int width, int column) const
{
    const QRect plot = plotRect(width);
    const int columns = std::max(1, m_matrix.columns());
    return plot.left() + double(column) * plot.width() / columns;
}

int HeatStripRenderer::columnAt(int width, double x) const
{
    const QRect plot = plotRect(width);
    const int columns = m_matrix.columns();
    if (columns == 0 || x < plot.left() || x >= plot.left() + plot.width())
        return -1;
    return std::clamp(int(std::floor((x - plot.left()) * columns / plot.width())), 0, columns - 1);
}

int HeatStripRenderer::rowAt(int width, double y) const
{
    const QRect plot = plotRect(width);
    if (y < plot.top() || y >= plot.top() + plot.height())
        return -1;
    return std::clamp(int((y - plot.top()) / kRowHeight), 0, int(m_display.size()) - 1);
}

QRectF HeatStripRenderer::cellRect(int width, int row, int column) const
{
    const QRect plot = plotRect(width);
    const double x0 = xOfColumn(width, column);
    const double x1 = xOfColumn(width, column + 1);
    return QRectF(x0, plot.top() + row * kRowHeight, x1 - x0, kRowHeight - 1);
}

QString HeatStripRenderer::cellText(int row, int column) const
{
    if (row < 0 || row >= m_display.size() || column < 0 || column >= m_matrix.columns())
        return {};
    const int r = m_display[row];
    const DyadRow &d = m_matrix.rows[r];
    const int tier = d.tiers[column];
    return tr("%1\n%2\nweight %3\ntier %4: %5")
        .arg(m_labels.value(r), m_matrix.dates[column].toString(Qt::ISODate),
             QString::number(d.weights[column], 'f', 3), QString::number(tier), Palette::tierName(tier));
}

void HeatStripRenderer::render(QPainter *p, int width) const
{
    p->save();
    const int height = heightFor();
    p->fillRect(QRect(0, 0, width, height), Palette::background());
    const QRect plot = plotRect(width);

    if (!m_title.isEmpty()) {
        p->setFont(Palette::font(kTitlePixels, true));
        p->setPen(Palette::text());
        p->drawText(QRect(kMargin, kMargin, width - 2 * kMargin, kTitleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                    m_title);
    }

    // Row labels; the triangle's in bold.
    const QFont regular = Palette::font(kLabelPixels);
    const QFont bold = Palette::font(kLabelPixels, true);
    for (int dr = 0; dr < m_display.size(); ++dr) {
        const int r = m_display[dr];
        p->setFont(isTriangle(m_matrix.rows[r].key) ? bold : regular);
        p->setPen(Palette::text());
        p->drawText(QRect(kMargin, plot.top() + dr * kRowHeight, labelWidth() - 8, kRowHeight - 1),
                    Qt::AlignRight | Qt::AlignVCenter, m_labels.value(r));
    }

    if (!m_image.isNull()) {
        p->save();
        p->setRenderHint(QPainter::SmoothPixmapTransform, false);
        p->drawImage(QRectF(plot), m_image);
        p->restore();
        drawMarks(p, plot);
    }
    drawAxis(p, plot);

    // The current date.
    if (m_date.isValid() && m_matrix.columns() > 0 && m_date >= m_matrix.from && m_date <= m_matrix.to) {
        const int c = m_matrix.columnOf(m_date);
        const double x = xOfColumn(width, c) + 0.5 * (xOfColumn(width, c + 1) - xOfColumn(width, c));
        p->save();
        p->setRenderHint(QPainter::Antialiasing, true);
        QPen outline(Palette::text(), 4);
        p->setPen(outline);
        p->drawLine(QPointF(x, plot.top() - 4), QPointF(x, plot.bottom() + 1));
        p->setPen(QPen(Palette::selection(), 2));
        p->drawLine(QPointF(x, plot.top() - 4), QPointF(x, plot.bottom() + 1));
        p->restore();
    }

    drawLegend(p, width, plot.bottom() + 1 + kMargin);
    p->restore();
}

void HeatStripRenderer::drawMarks(QPainter *p, const QRect &plot) const
{
    const int columns = m_matrix.columns();
    p->save();
    for (int dr = 0; dr < m_display.size(); ++dr) {
        const DyadRow &row = m_matrix.rows[m_display[dr]];
        const double top = plot.top() + dr * kRowHeight;
        for (const TierChange &t : row.tierChanges) {
            const int c = m_matrix.columnOf(t.date);
            const double x0 = plot.left() + double(c) * plot.width() / columns;
            const double w = std::max(1.0, double(plot.width()) / columns);
            // A one-column line through the row, and a triangle at its top (tier raised) or at its
            // bottom (tier lowered).
            p->setRenderHint(QPainter::Antialiasing, false);
            p->fillRect(QRectF(x0, top, w, kRowHeight - 1), markColor());
            p->setRenderHint(QPainter::Antialiasing, true);
            const double xc = x0 + w / 2;
            QPainterPath tri;
            if (t.to > t.from) {
                tri.moveTo(xc - kMarkSize, top);
                tri.lineTo(xc + kMarkSize, top);
                tri.lineTo(xc, top + kMarkSize);
            } else {
                const double bottom = top + kRowHeight - 1;
                tri.moveTo(xc - kMarkSize, bottom);
                tri.lineTo(xc + kMarkSize, bottom);
                tri.lineTo(xc, bottom - kMarkSize);
            }
            tri.closeSubpath();
            p->fillPath(tri, markColor());
        }
    }
    p->restore();
}

void HeatStripRenderer::drawAxis(QPainter *p, const QRect &plot) const
{
    if (m_matrix.columns() == 0)
        return;
    const QDate from = m_matrix.from;
    const QDate to = m_matrix.to;
    const double days = std::max<qint64>(1, from.daysTo(to) + 1);
    const double pxPerYear = plot.width() * 365.25 / days;
    int step = 1;
    for (const int s : {1, 2, 5, 10, 20, 25, 50, 100}) {
        step = s;
        if (pxPerYear * s >= 48)
            break;
    }
    p->save();
    p->setFont(Palette::font(kAxisPixels));
    const QFontMetrics fm(p->font());
    const int axisTop = plot.top() - kAxisHeight;
    for (int year = (from.year() / step) * step; year <= to.year(); year += step) {
        const QDate d(year, 1, 1);
        if (d < from)
            continue;
        const double x = plot.left() + from.daysTo(d) * plot.width() / days;
        p->setPen(Palette::mutedText());
        p->drawLine(QPointF(x, plot.top() - 4), QPointF(x, plot.top() - 1));
        const QString text = QString::number(year);
        const double w = fm.horizontalAdvance(text);
        const double left = std::clamp(x - w / 2, double(plot.left()), plot.right() - w);
        p->setPen(Palette::text());
        p->drawText(QRectF(left, axisTop, w + 1, kAxisHeight - 4), Qt::AlignCenter, text);
    }
    p->restore();
}

void HeatStripRenderer::drawLegend(QPainter *p, int width, int top) const
{
    p->save();
    p->setFont(Palette::font(kAxisPixels));
    const QFontMetrics fm(p->font());
    int x = kMargin + labelWidth();
    const int rampWidth = 180;
    const int rampHeight = 12;
    const double lo = -0.7, hi = 1.0; // the model's range (docs/MODEL.md)

    const QString weightText = tr("weight");
    p->setPen(Palette::text());
    p->drawText(QRect(kMargin, top, labelWidth() - 8, rampHeight), Qt::AlignRight | Qt::AlignVCenter, weightText);
    for (int i = 0; i < rampWidth; ++i) {
        const double w = lo + (hi - lo) * (i + 0.5) / rampWidth;
        p->fillRect(QRect(x + i, top, 1, rampHeight), EdgeStyle::colorFor(w));
    }
    const auto tickAt = [&](double w, const QString &text) {
        const double tx = x + (w - lo) / (hi - lo) * rampWidth;
        p->setPen(Palette::mutedText());
        p->drawLine(QPointF(tx, top + rampHeight), QPointF(tx, top + rampHeight + 3));
        const double tw = fm.horizontalAdvance(text);
        p->setPen(Palette::text());
        p->drawText(QRectF(tx - tw / 2, top + rampHeight + 3, tw + 1, fm.height()), Qt::AlignCenter, text);
    };
    tickAt(-0.7, u"−0.7"_s);
    tickAt(0.0, u"0"_s);
    tickAt(0.5, u"0.5"_s);
    tickAt(1.0, u"1.0"_s);
    x += rampWidth + 28;

    // The marks.
    p->setRenderHint(QPainter::Antialiasing, true);
    const auto mark = [&](bool raised, const QString &text) {
        const double top0 = top - 2;
        p->fillRect(QRectF(x, top0, 1, kRowHeight - 1), markColor());
        QPainterPath tri;
        const double xc = x + 0.5;
        const double y = raised ? top0 : top0 + kRowHeight - 1;
        const double dy = raised ? kMarkSize : -kMarkSize;
        tri.moveTo(xc - kMarkSize, y);
        tri.lineTo(xc + kMarkSize, y);
        tri.lineTo(xc, y + dy);
        tri.closeSubpath();
        p->fillPath(tri, markColor());
        p->setPen(Palette::text());
        const int tw = fm.horizontalAdvance(text);
        p->drawText(QRect(x + 10, top0, tw + 2, kRowHeight - 1), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += 10 + tw + 24;
    };
    mark(true, tr("tier raised"));
    mark(false, tr("tier lowered"));

    if (m_date.isValid() && x + 60 < width) {
        p->setPen(QPen(Palette::text(), 4));
        p->drawLine(QPointF(x + 1, top - 2), QPointF(x + 1, top + kRowHeight - 3));
        p->setPen(QPen(Palette::selection(), 2));
        p->drawLine(QPointF(x + 1, top - 2), QPointF(x + 1, top + kRowHeight - 3));
        p->setPen(Palette::text());
        const QString text = tr("current date (%1)").arg(m_date.toString(Qt::ISODate));
        p->drawText(QRect(x + 10, top - 2, fm.horizontalAdvance(text) + 2, kRowHeight - 1),
                    Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    p->restore();
}

} // namespace AllianceScope
