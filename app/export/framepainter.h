// FramePainter: draws the frames of a frame series (FigureExporter::exportFrames) without the
// QGraphicsScene's render, so that workers can paint them. What changes from one frame to the
// next (the edges and the membership links) is copied from the scene's items after each snapshot
// into a Drawing that any thread can paint; what does not (the nodes and the legend) is drawn
// once per state of its items into a layer that is laid over the strokes: a transparent image
// for raster frames, a recorded SVG fragment for SVG frames.
#pragma once

#include <QByteArray>
#include <QColor>
#include <QHash>
#include <QImage>
#include <QLineF>
#include <QList>
#include <QPainterPath>
#include <QPen>
#include <QRect>
#include <QRectF>
#include <QSize>
#include <QTransform>

class QGraphicsItem;
class QPainter;

namespace AllianceScope {

class AllianceScene;

class FramePainter
{
public:
    /// What the layer over the strokes is drawn into.
    enum class Target { Raster, Svg };

    /// One frame as the scene shows it, ready to paint on any thread.
    struct Drawing
    {
        struct Stroke
        {
            QPainterPath path; ///< an edge's route (empty for a membership link)
            QLineF line;       ///< a membership link
            QPen pen;
            qreal opacity = 1.0;
        };
        QList<Stroke> strokes; ///< in stacking order, all under the layer
        QImage layer;          ///< Raster: the nodes and the legend, transparent elsewhere
        QList<QRect> layerRects; ///< the parts of the layer that are not transparent
        /// Raster on an opaque background: the layer over the legend drawn on that background,
        /// laid last when no stroke reaches it (text blended onto a transparent layer rounds
        /// differently from text drawn onto the background).
        QImage tile;
        QPoint tileAt;
        QByteArray svgLayer;   ///< Svg: the same, as the body of an SVG document
    };

    /**
     * Frames that show @p source of the scene in @p target of a page @p pageSize wide and high
     * (pixels or SVG user units) at @p dotsPerMeter (raster) — the geometry of
     * QGraphicsScene::render(painter, target, source, Qt::IgnoreAspectRatio).
     */
    FramePainter(Target target, const QRectF &source, const QRectF &graph, const QSize &pageSize,
                 int dotsPerMeter, const QColor &background = Qt::white);

    /**
     * The drawing of @p scene as it stands (on the scene's thread). False when the scene shows
     * something this painter does not draw apart (a difference view, ghost edges, a selected
     * edge, a stroke above a node): then render the scene itself.
     */
    bool capture(const AllianceScene &scene, Drawing *drawing);
    /// Paints the strokes of @p drawing as the scene would (any thread); Raster: with the layer on top.
    void paint(QPainter *painter, const Drawing &drawing) const;
    /// An SVG document (QSvgGenerator's) of the strokes with @p drawing's layer spliced in before
    /// its end; empty when @p svg is not such a document.
    static QByteArray spliceSvg(const QByteArray &svg, const QByteArray &layer);

    /// How many layers were drawn (tests: the layer is reused across frames).
    int layerCount() const { return int(m_layers.size()); }

private:
    struct RasterLayer
    {
        QImage image;
        QList<QRect> rects; // around its items, not overlapping
        QImage tile; // over the legend, on the background (null: none, or a transparent background)
        QRect tileRect;
    };
    RasterLayer rasterLayer(const QList<QGraphicsItem *> &items) const;
    QByteArray svgLayer(const QList<QGraphicsItem *> &items) const;
    void paintItems(QPainter *painter, const QList<QGraphicsItem *> &items) const;

    Target m_targetKind;
    QRectF m_graph;
    QTransform m_transform; // scene to page
    QSize m_size;
    int m_dotsPerMeter;
    QColor m_background;
    QHash<QByteArray, RasterLayer> m_layers;   // by the state of the items in them
    QHash<QByteArray, QByteArray> m_svgLayers; // the same for SVG
};

} // namespace AllianceScope
