// PresentationWindow: the audience's full-screen window in presentation mode — the graph (a
// second view of the window's scene) over the caption band, nothing else. It turns the keys that
// presentation clickers send into signals, blacks the screen out on B and hides the mouse
// pointer after two seconds without motion.
#pragma once

#include "slide.h"

#include <QWidget>

class QTimer;

namespace AllianceScope {

class AllianceScene;
class CaptionBand;
class GraphView;

class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kPointerHideMs = 2000;

    explicit PresentationWindow(AllianceScene *scene, QWidget *parent = nullptr);

    void setSlide(const Slide &slide);
    /// Fits fonts to @p screenHeight (the height of the screen it is shown on).
    void setScreenHeight(int screenHeight);
    /// Scales the captions and the graph together (Ctrl+plus / Ctrl+minus); 1 is the default.
    void setScale(double scale);
    double scale() const;
    void setBlackedOut(bool black);
    bool isBlackedOut() const;
    bool isPointerHidden() const { return m_pointerHidden; }

    CaptionBand *captionBand() const { return m_caption; }
    GraphView *graphView() const { return m_view; }

signals:
    void nextRequested();
    void previousRequested();
    void firstRequested();
    void lastRequested();
    void leaveRequested();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    /// Whether @p event is one of the keys this window handles (they win over the main
    /// window's shortcuts, e.g. Space = play, Ctrl+plus = zoom).
    static bool isPresentationKey(const QKeyEvent *event);
    void pointerMoved();

    GraphView *m_view;
    CaptionBand *m_caption;
    QWidget *m_black;
    QTimer *m_pointerTimer;
    bool m_pointerHidden = false;
};

} // namespace AllianceScope
