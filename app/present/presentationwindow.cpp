// PresentationWindow: graph and caption band, full screen, driven by clicker keys.
#include "presentationwindow.h"

#include "captionband.h"
#include "graphview/alliancescene.h"
#include "graphview/graphview.h"

#include <QKeyEvent>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace AllianceScope {

PresentationWindow::PresentationWindow(AllianceScene *scene, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_view(new GraphView(scene, this))
    , m_caption(new CaptionBand(this))
    , m_black(new QWidget(this))
    , m_pointerTimer(new QTimer(this))
{
    setObjectName(u"presentationWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_view->setObjectName(u"presentationGraph"_s);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setFocusPolicy(Qt::NoFocus); // the keys are the window's
    setFocusPolicy(Qt::StrongFocus);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_caption, 0);

    m_black->setObjectName(u"blackScreen"_s);
    m_black->setAutoFillBackground(true);
    QPalette p = m_black->palette();
    p.setColor(QPalette::Window, Qt::black);
    m_black->setPalette(p);
    m_black->hide();

    setMouseTracking(true);
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
    m_black->setMouseTracking(true);
    m_black->installEventFilter(this);
    m_pointerTimer->setSingleShot(true);
    m_pointerTimer->setInterval(kPointerHideMs);
    connect(m_pointerTimer, &QTimer::timeout, this, [this] {
        m_pointerHidden = true;
        setCursor(Qt::BlankCursor);
        m_view->viewport()->setCursor(Qt::BlankCursor);
    });
    m_pointerTimer->start();
}

void PresentationWindow::setSlide(const Slide &slide)
{
    m_caption->setSlide(slide);
}

void PresentationWindow::setScreenHeight(int screenHeight)
{
    m_caption->setScreenHeight(screenHeight);
}

void PresentationWindow::setScale(double scale)
{
    const double before = m_caption->scale();
    m_caption->setScale(scale);
    const double factor = m_caption->scale() / before;
    if (std::abs(factor - 1.0) > 1e-9)
        m_view->scale(factor, factor);
}

double PresentationWindow::scale() const
{
    return m_caption->scale();
}

void PresentationWindow::setBlackedOut(bool black)
{
    m_black->setGeometry(rect());
    m_black->setVisible(black);
    if (black)
        m_black->raise();
}

bool PresentationWindow::isBlackedOut() const
{
    return m_black->isVisible();
}

bool PresentationWindow::isPresentationKey(const QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_PageDown: case Qt::Key_PageUp: case Qt::Key_Right: case Qt::Key_Left:
    case Qt::Key_Down: case Qt::Key_Up: case Qt::Key_Space: case Qt::Key_Return:
    case Qt::Key_Enter: case Qt::Key_Backspace: case Qt::Key_Home: case Qt::Key_End:
    case Qt::Key_B: case Qt::Key_Period: case Qt::Key_Escape: case Qt::Key_F5:
        return true;
    case Qt::Key_Plus: case Qt::Key_Equal: case Qt::Key_Minus: case Qt::Key_0:
        return ctrl;
    default:
        return false;
    }
}

bool PresentationWindow::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && isPresentationKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit nextRequested();
        break;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
        emit previousRequested();
        break;
    case Qt::Key_Home:
        emit firstRequested();
        break;
    case Qt::Key_End:
        emit lastRequested();
        break;
    case Qt::Key_B:
    case Qt::Key_Period: // what many clickers send for "black screen"
        setBlackedOut(!isBlackedOut());
        break;
    case Qt::Key_Escape:
    case Qt::Key_F5:
        emit leaveRequested();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        if (!ctrl)
            return QWidget::keyPressEvent(event);
        setScale(scale() * 1.1);
        break;
    case Qt::Key_Minus:
        if (!ctrl)
            return QWidget::keyPressEvent(event);
        setScale(scale() / 1.1);
        break;
    case Qt::Key_0:
        if (!ctrl)
            return QWidget::keyPressEvent(event);
        setScale(1.0);
        m_view->fitToWindow();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool PresentationWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseMove)
        pointerMoved();
    return QWidget::eventFilter(watched, event);
}

void PresentationWindow::mouseMoveEvent(QMouseEvent *event)
{
    pointerMoved();
    QWidget::mouseMoveEvent(event);
}

void PresentationWindow::pointerMoved()
{
    if (m_pointerHidden) {
        m_pointerHidden = false;
        unsetCursor();
        m_view->viewport()->unsetCursor();
    }
    m_pointerTimer->start();
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_black->setGeometry(rect());
}

} // namespace AllianceScope
