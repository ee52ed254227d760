// FramePainter: the scene's strokes copied per frame, its nodes and legend drawn once per state
// (see framepainter.h). Painting follows QGraphicsScene::render(): the target clipped, the page
// transform, then each item in stacking order with its scene transform and opacity.
#include "framepainter.h"

#include "graphview/alliancescene.h"
#include "graphview/edgeitem.h"
#include "graphview/legenditem.h"
#include "graphview/membershipitem.h"
#include "graphview/nodeitem.h"

#include <QBuffer>
#include <QPainter>
#include <QRegion>
#include <QStyleOptionGraphicsItem>
#include <QSvgGenerator>

#include <algorithm>
#include <limits>

namespace AllianceScope {

namespace {

void setupPainter(QPainter *p)
{
    p->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
}

// What the layer of @p item depends on, for the cache key.
void appendState(QByteArray *key, const QGraphicsItem *item)
{
    key->append(reinterpret_cast<const char *>(&item), sizeof item);
    const qreal opacity = item->effectiveOpacity();
    key->append(reinterpret_cast<const char *>(&opacity), sizeof opacity);
    const QPointF pos = item->scenePos();
    key->append(reinterpret_cast<const char *>(&pos), sizeof pos);
    if (item->type() == NodeItem::Type) {
        const auto *node = static_cast<const NodeItem *>(item);
        key->append(node->isActive() ? '1' : '0');
        key->append(reinterpret_cast<const char *>(node->label().constData()), node->label().size() * 2);
    }
}

// The SVG element that QSvgGenerator ends its document with.
constexpr char kSvgEnd[] = "</svg>";

} // namespace

FramePainter::FramePainter(Target target, const QRectF &source, const QRectF &graph, const QSize &pageSize,
                           int dotsPerMeter, const QColor &background)
    : m_targetKind(target)
    , m_graph(graph)
    , m_size(pageSize)
    , m_dotsPerMeter(dotsPerMeter)
    , m_background(background)
{
    // QGraphicsScene::render's transform for Qt::IgnoreAspectRatio.
    const qreal xratio = graph.width() / source.width();
    const qreal yratio = graph.height() / source.height();
    m_transform = QTransform()
                      .translate(graph.left(), graph.top())
                      .scale(xratio, yratio)
                      .translate(-source.left(), -source.top());
}

bool FramePainter::capture(const AllianceScene &scene, Drawing *drawing)
{
    drawing->strokes.clear();
    drawing->layer = QImage();
    drawing->layerRects.clear();
    drawing->tile = QImage();
    drawing->svgLayer.clear();
    QList<QGraphicsItem *> top;
    QByteArray key;
    qreal strokesZ = -std::numeric_limits<qreal>::infinity();
    qreal topZ = std::numeric_limits<qreal>::infinity();
    const QList<QGraphicsItem *> items = scene.items(Qt::AscendingOrder);
    for (QGraphicsItem *item : items) {
        if (!item->isVisible())
            continue;
        if (item->parentItem())
            return false; // drawn with its parent by the scene
        switch (item->type()) {
        case EdgeItem::Type: {
            const auto *edge = static_cast<const EdgeItem *>(item);
            if (edge->isSelectedEdge())
                return false; // a halo: not drawn here
            drawing->strokes.append({edge->path(), {}, edge->pen(), item->effectiveOpacity()});
            strokesZ = std::max(strokesZ, item->zValue());
            break;
        }
        case MembershipItem::Type: {
            const auto *link = static_cast<const MembershipItem *>(item);
            drawing->strokes.append({{}, link->line(), link->pen(), item->effectiveOpacity()});
            strokesZ = std::max(strokesZ, item->zValue());
            break;
        }
        case NodeItem::Type:
        case LegendItem::Type:
            top.append(item);
            appendState(&key, item);
            topZ = std::min(topZ, item->zValue());
            break;
        default:
            return false; // a difference or a what-if's ghost edges
        }
    }
    if (strokesZ >= topZ)
        return false;
    if (m_targetKind == Target::Raster) {
        auto it = m_layers.constFind(key);
        if (it == m_layers.cend())
            it = m_layers.insert(key, rasterLayer(top));
        drawing->layer = it->image;
        drawing->layerRects = it->rects;
        if (!it->tile.isNull()) {
            // The tile replaces what is under it: only where no stroke reaches.
            const QRectF tile = QRectF(it->tileRect).adjusted(-1, -1, 1, 1);
            bool clear = true;
            for (const Drawing::Stroke &s : std::as_const(drawing->strokes)) {
                const qreal h = s.pen.widthF() / 2 + 2;
                const QRectF r = s.path.isEmpty() ? QRectF(s.line.p1(), s.line.p2()).normalized()
                                                  : s.path.controlPointRect();
                if (m_transform.mapRect(r.adjusted(-h, -h, h, h)).intersects(tile)) {
                    clear = false;
                    break;
                }
            }
            if (clear) {
                drawing->tile = it->tile;
                drawing->tileAt = it->tileRect.topLeft();
            }
        }
    } else {
        auto it = m_svgLayers.constFind(key);
        if (it == m_svgLayers.cend())
            it = m_svgLayers.insert(key, svgLayer(top));
        drawing->svgLayer = *it;
    }
    return true;
}

void FramePainter::paintItems(QPainter *painter, const QList<QGraphicsItem *> &items) const
{
    painter->save();
    painter->setClipRect(m_graph, Qt::IntersectClip);
    const QTransform view = m_transform * painter->worldTransform();
    for (QGraphicsItem *item : items) {
        QStyleOptionGraphicsItem option;
        option.exposedRect = item->boundingRect();
        painter->save();
        painter->setWorldTransform(item->sceneTransform() * view);
        painter->setOpacity(item->effectiveOpacity());
        item->paint(painter, &option, nullptr);
        painter->restore();
    }
    painter->restore();
}

FramePainter::RasterLayer FramePainter::rasterLayer(const QList<QGraphicsItem *> &items) const
{
    RasterLayer layer;
    layer.image = QImage(m_size, QImage::Format_ARGB32_Premultiplied);
    layer.image.fill(Qt::transparent);
    layer.image.setDotsPerMeterX(m_dotsPerMeter);
    layer.image.setDotsPerMeterY(m_dotsPerMeter);
    {
        QPainter p(&layer.image);
        setupPainter(&p);
        paintItems(&p, items);
    }
    // Only around the items is the layer drawn: blending the rest would change nothing.
    QRegion region;
    for (const QGraphicsItem *item : items)
        region += m_transform.mapRect(item->sceneBoundingRect()).toAlignedRect().adjusted(-2, -2, 2, 2);
    region &= QRect(QPoint(0, 0), m_size);
    layer.rects = QList<QRect>(region.begin(), region.end());
    const auto legend = std::find_if(items.cbegin(), items.cend(),
                                     [](const QGraphicsItem *i) { return i->type() == LegendItem::Type; });
    if (m_background.alpha() == 255 && legend != items.cend()) {
        // Everything of the layer over the legend, drawn onto the background as the scene would.
        layer.tileRect = m_transform.mapRect((*legend)->sceneBoundingRect()).toAlignedRect().adjusted(-2, -2, 2, 2)
                             .intersected(QRect(QPoint(0, 0), m_size));
        QImage page(m_size, QImage::Format_RGB32);
        page.setDotsPerMeterX(m_dotsPerMeter);
        page.setDotsPerMeterY(m_dotsPerMeter);
        page.fill(m_background);
        {
            QPainter p(&page);
            setupPainter(&p);
            p.setClipRect(layer.tileRect);
            paintItems(&p, items);
        }
        layer.tile = page.copy(layer.tileRect);
    }
    return layer;
}

QByteArray FramePainter::svgLayer(const QList<QGraphicsItem *> &items) const
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(m_size);
        svg.setViewBox(QRect(QPoint(0, 0), m_size));
        QPainter p;
        if (!p.begin(&svg))
            return {};
        setupPainter(&p);
        paintItems(&p, items);
        p.end();
    }
    // The body: from after the first group QSvgGenerator opens to before the document's end.
    const qsizetype end = bytes.lastIndexOf(kSvgEnd);
    const qsizetype defs = bytes.indexOf("</defs>");
    if (end < 0 || defs < 0)
        return {};
    const qsizetype start = defs + qsizetype(sizeof "</defs>") - 1;
    return bytes.mid(start, end - start);
}

void FramePainter::paint(QPainter *painter, const Drawing &drawing) const
{
    painter->save();
    painter->setClipRect(m_graph, Qt::IntersectClip);
    const QTransform view = m_transform * painter->worldTransform();
    painter->setWorldTransform(view);
    for (const Drawing::Stroke &s : drawing.strokes) {
        painter->save();
        painter->setOpacity(s.opacity);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(s.pen);
        if (s.path.isEmpty()) {
            painter->drawLine(s.line);
        } else {
            // A path of this thread's own: drawing fills a cache inside the path's shared data,
            // which other threads draw at the same time.
            QPainterPath path = s.path;
            const QPainterPath::Element first = path.elementAt(0);
            path.setElementPositionAt(0, first.x, first.y); // detaches
            painter->drawPath(path);
        }
        painter->restore();
    }
    painter->restore();
    // Each part as an image of its own over the layer's pixels (not a source rectangle): QPainter
    // then blends it exactly as it blends a whole layer, pixel for pixel.
    const QImage &layer = drawing.layer;
    for (const QRect &r : drawing.layerRects) {
        const QImage part(layer.constBits() + qsizetype(r.y()) * layer.bytesPerLine() + qsizetype(r.x()) * 4,
                          r.width(), r.height(), layer.bytesPerLine(), layer.format());
        painter->drawImage(r.topLeft(), part);
    }
    if (!drawing.tile.isNull())
        painter->drawImage(drawing.tileAt, drawing.tile);
}

QByteArray FramePainter::spliceSvg(const QByteArray &svg, const QByteArray &layer)
{
    const qsizetype end = svg.lastIndexOf(kSvgEnd);
    if (end < 0)
        return {};
    QByteArray out;
    out.reserve(svg.size() + layer.size());
    out.append(svg.constData(), end);
    out.append(layer);
    out.append(svg.constData() + end, svg.size() - end);
    return out;
}

} // namespace AllianceScope
