// DifferenceLegendItem: the difference view's key (see differencelegenditem.h).
#include "differencelegenditem.h"

#include "diffedgeitem.h"
#include "palette.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

struct KindRow
{
    DyadChange::Kind kind;
    double delta;
};

const QList<KindRow> &kindRows()
{
    static const QList<KindRow> rows = {
        {DyadChange::Kind::Strengthened, 0.2}, {DyadChange::Kind::Weakened, -0.2},
        {DyadChange::Kind::New, 0.2},          {DyadChange::Kind::Gone, -0.2},
        {DyadChange::Kind::Unchanged, 0.0},
    };
    return rows;
}

QString kindName(DyadChange::Kind kind)
{
    switch (kind) {
    case DyadChange::Kind::Strengthened: return DifferenceLegendItem::tr("strengthened (weight or tier up)");
    case DyadChange::Kind::Weakened: return DifferenceLegendItem::tr("weakened (weight or tier down)");
    case DyadChange::Kind::New: return DifferenceLegendItem::tr("new tie");
    case DyadChange::Kind::Gone: return DifferenceLegendItem::tr("tie gone");
    case DyadChange::Kind::Unchanged: break;
    }
    return DifferenceLegendItem::tr("unchanged");
}

} // namespace

DifferenceLegendItem::DifferenceLegendItem(QGraphicsItem *parent)
    : LegendBase(parent)
{
    relayout();
}

void DifferenceLegendItem::setDates(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    relayout();
}

QStringList DifferenceLegendItem::texts() const
{
    QStringList out = {tr("Change from %1 to %2")
                           .arg(m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate))};
    for (const KindRow &row : kindRows())
        out.append(kindName(row.kind));
    out += {tr("Width: |Δ weight|"), tr("Label: Δ weight · change of tier")};
    return out;
}

QSizeF DifferenceLegendItem::walk(QPainter *p) const
{
    const QFont titleFont = Palette::font(kTitlePixels, true);
    const QFont textFont = Palette::font(kTextPixels);
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF textMetrics(textFont);
    const QStringList text = texts();
    auto write = [&](const QString &s, qreal left, qreal y, bool bold) {
        if (p) {
            p->setFont(bold ? titleFont : textFont);
            p->setPen(Palette::text());
            p->drawText(QRectF(left, y, 1000, kRow), Qt::AlignLeft | Qt::AlignVCenter, s);
        }
        return (bold ? titleMetrics : textMetrics).horizontalAdvance(s);
    };

    // 1. The kinds of change.
    qreal x = kPad;
    qreal w = write(text[0], x, kPad, true);
    int i = 0;
    for (const KindRow &r : kindRows()) {
        sampleLine(p, DiffEdgeItem::penFor(r.kind, r.delta), x, row(i));
        w = std::max(w, kSampleWidth + 6 + write(text[1 + i], x + kSampleWidth + 6, row(i), false));
        ++i;
    }
    qreal bottom = row(i);
    x += w + kColumnGap;

    // 2. Width and labels.
    const int widthTitle = int(kindRows().size()) + 1;
    w = write(text[widthTitle], x, kPad, true);
    int j = 0;
    for (double delta : {0.05, 0.2, 0.5}) {
        sampleLine(p, DiffEdgeItem::penFor(DyadChange::Kind::Strengthened, delta), x, row(j));
        w = std::max(w, kSampleWidth + 6 + write(DiffEdgeItem::signedText(delta), x + kSampleWidth + 6, row(j), false));
        ++j;
    }
    // A sample label as the graph draws it.
    DyadChange example;
    example.tierFrom = 1;
    example.tierTo = 2;
    example.weightFrom = 0.2;
    example.weightTo = 0.35;
    const QString exampleText = DiffEdgeItem::labelFor(example);
    const QFont labelFont = Palette::font(12, true);
    const qreal exampleWidth = QFontMetricsF(labelFont).horizontalAdvance(exampleText) + 8;
    const qreal labelY = row(j) + 4;
    if (p) {
        const QRectF box(x + 2, labelY + 2, exampleWidth, kRow - 4);
        p->setPen(QPen(DiffEdgeItem::colorFor(DyadChange::Kind::Strengthened), 1.0));
        p->setBrush(Qt::white);
        p->drawRoundedRect(box, 3, 3);
        p->setBrush(Qt::NoBrush);
        p->setFont(labelFont);
        p->setPen(DiffEdgeItem::colorFor(DyadChange::Kind::Strengthened).darker(120));
        p->drawText(box, Qt::AlignCenter, exampleText);
    }
    w = std::max(w, exampleWidth + 10 + write(text[widthTitle + 1], x + exampleWidth + 10, labelY, false));
    bottom = std::max(bottom, labelY + kRow);
    x += w;
    return QSizeF(x + kPad, bottom + kPad);
}

} // namespace AllianceScope
