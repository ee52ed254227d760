// GraphView: zooming, panning and fitting around an AllianceScene (see graphview.h).
#include "graphview.h"

#include "alliancescene.h"

#include <QGestureEvent>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace AllianceScope {

namespace {

constexpr qreal kMinZoom = 0.05;
constexpr qreal kMaxZoom = 20.0;
constexpr qreal kStep = 1.25;

} // namespace

GraphView::GraphView(QWidget *parent)
    : QGraphicsView(parent)
{
    setUp();
}

GraphView::GraphView(AllianceScene *scene, QWidget *parent)
    : QGraphicsView(parent)
{
    setUp();
    setAllianceScene(scene);
}

void GraphView::setAllianceScene(AllianceScene *scene)
{
    if (QGraphicsScene *old = QGraphicsView::scene())
        disconnect(old, nullptr, this, nullptr);
    setScene(scene);
    if (scene) {
        connect(scene, &QGraphicsScene::sceneRectChanged, this, [this] {
            if (m_autoFit)
                fitToWindow();
        });
    }
    if (m_autoFit)
        fitToWindow();
}

void GraphView::setUp()
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlag(QGraphicsView::DontAdjustForAntialiasing, true);
    setFrameShape(QFrame::NoFrame);
    // Panning is by dragging; scroll bars would only take room from the figure.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->grabGesture(Qt::PinchGesture);
    setAttribute(Qt::WA_AcceptTouchEvents, false);
}

qreal GraphView::zoom() const
{
    return transform().m11();
}

QRectF GraphView::fitRect() const
{
    if (auto *s = qobject_cast<AllianceScene *>(scene())) {
        const QRectF r = s->figureRect();
        if (r.isValid())
            return r;
    }
    return scene() ? scene()->itemsBoundingRect() : QRectF();
}

void GraphView::zoomAt(qreal factor, const QPointF &viewportPos)
{
    const qreal current = zoom();
    const qreal target = std::clamp(current * factor, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(target, current))
        return;
    factor = target / current;
    m_autoFit = false;
    const QPointF before = mapToScene(viewportPos.toPoint());
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(QGraphicsView::NoAnchor);
    scale(factor, factor);
    // Keep the scene point under the cursor where it was.
    const QPointF after = mapToScene(viewportPos.toPoint());
    const QPointF delta = (after - before) * zoom();
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - int(std::lround(delta.x())));
    verticalScrollBar()->setValue(verticalScrollBar()->value() - int(std::lround(delta.y())));
    setTransformationAnchor(anchor);
}

void GraphView::zoomIn()
{
    zoomAt(kStep, viewport()->rect().center());
}

void GraphView::zoomOut()
{
    zoomAt(1.0 / kStep, viewport()->rect().center());
}

void GraphView::fitToWindow()
{
    m_autoFit = true;
    const QRectF r = fitRect();
    if (r.isValid())
        fitInView(r, Qt::KeepAspectRatio);
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    const QPoint angle = event->angleDelta();
    const QPoint pixels = event->pixelDelta();
    qreal steps = angle.y() / 120.0;
    if (!pixels.isNull() && angle.y() == 0)
        steps = pixels.y() / 60.0;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomAt(std::pow(kStep, steps), event->position());
    event->accept();
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitToWindow();
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        switch (event->key()) {
        case Qt::Key_Equal:
        case Qt::Key_Plus:
            zoomIn();
            event->accept();
            return;
        case Qt::Key_Minus:
            zoomOut();
            event->accept();
            return;
        case Qt::Key_0:
            fitToWindow();
            event->accept();
            return;
        default:
            break;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

bool GraphView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Gesture) {
        auto *gestures = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged) {
                const QPointF centre = viewport()->mapFromGlobal(pinch->centerPoint().toPoint());
                zoomAt(pinch->scaleFactor(), centre);
            }
            gestures->accept(pinch);
            return true;
        }
    } else if (event->type() == QEvent::NativeGesture) {
        auto *native = static_cast<QNativeGestureEvent *>(event);
        if (native->gestureType() == Qt::ZoomNativeGesture) {
            zoomAt(1.0 + native->value(), native->position());
            return true;
        }
        if (native->gestureType() == Qt::SmartZoomNativeGesture) {
            fitToWindow();
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

} // namespace AllianceScope
