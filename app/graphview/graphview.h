// GraphView: the QGraphicsView that shows an AllianceScene — antialiased, zoom with the wheel
// (around the cursor), pinch and Ctrl+= / Ctrl+- / Ctrl+0, drag to pan, and fitted to the window on
// every resize until the user zooms.
#pragma once

#include <QGraphicsView>

namespace AllianceScope {

class AllianceScene;

class GraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit GraphView(QWidget *parent = nullptr);
    explicit GraphView(AllianceScene *scene, QWidget *parent = nullptr);

    /// Shows @p scene and refits whenever its figure changes (while fitting automatically).
    void setAllianceScene(AllianceScene *scene);
    /// Whether the view still fits the figure to the window on resize (until the user zooms).
    bool isAutoFit() const { return m_autoFit; }
    /// The current zoom factor (1 = one scene unit per device-independent pixel).
    qreal zoom() const;

public slots:
    void zoomIn();
    void zoomOut();
    /// Fits the scene's figure into the window and resumes fitting on resize.
    void fitToWindow();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void setUp();
    /// Scales by @p factor keeping the scene point under @p viewportPos in place.
    void zoomAt(qreal factor, const QPointF &viewportPos);
    QRectF fitRect() const;

    bool m_autoFit = true;
};

} // namespace AllianceScope
