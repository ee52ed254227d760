// CompareUi: the window's compare menu, dock and side-by-side pane.
#include "compareui.h"

#include "comparecontroller.h"
#include "comparedialog.h"
#include "differencepanel.h"
#include "graphview/graphview.h"
#include "session/document.h"
#include "sidebysidepane.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>

using namespace Qt::StringLiterals;

namespace AllianceScope {

CompareUi::CompareUi(Document *document, AllianceScene *scene, GraphView *view, LayoutController *layouts,
                     QMainWindow *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_controller(new CompareController(document, scene, this))
    , m_side(new SideBySidePane(document, layouts))
    , m_panel(new DifferencePanel(document))
    , m_dock(new QDockWidget(window))
    , m_menu(new QMenu(window))
    , m_compareAction(new QAction(window))
    , m_sideBySideAction(new QAction(window))
    , m_stopAction(new QAction(window))
{
    // The compared date goes beside the graph: the view's place in its splitter becomes a pair.
    if (auto *splitter = qobject_cast<QSplitter *>(view->parentWidget())) {
        auto *pair = new QSplitter(Qt::Horizontal);
        pair->setObjectName(u"compareSplitter"_s);
        splitter->replaceWidget(splitter->indexOf(view), pair);
        pair->addWidget(m_side);
        pair->addWidget(view);
        view->show();
    } else {
        m_side->setParent(window);
    }
    m_side->hide();

    m_dock->setObjectName(u"differencesDock"_s);
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();

    m_compareAction->setObjectName(u"compareWith"_s);
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_compareAction, &QAction::triggered, this, &CompareUi::compareWith);
    m_sideBySideAction->setObjectName(u"sideBySide"_s);
    m_sideBySideAction->setCheckable(true);
    m_sideBySideAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_sideBySideAction, &QAction::triggered, this, [this](bool on) {
        m_document->setCompareMode(on ? Document::CompareMode::SideBySide : Document::CompareMode::Difference);
    });
    m_stopAction->setObjectName(u"stopComparing"_s);
    m_stopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D));
    connect(m_stopAction, &QAction::triggered, this,
            [this] { m_document->setCompareMode(Document::CompareMode::Off); });
    for (QAction *a : {m_compareAction, m_sideBySideAction, m_stopAction})
        a->setShortcutContext(Qt::WindowShortcut);

    m_menu->setObjectName(u"compareMenu"_s);
    m_menu->addAction(m_compareAction);
    m_menu->addAction(m_sideBySideAction);
    m_menu->addAction(m_stopAction);
    m_menu->addSeparator();
    m_menu->addAction(m_dock->toggleViewAction());
    QMenu *help = window->findChild<QMenu *>(u"helpMenu"_s);
    window->menuBar()->insertMenu(help ? help->menuAction() : nullptr, m_menu);

    connect(document, &Document::compareChanged, this, &CompareUi::followDocument);
    retranslate();
    followDocument();
}

void CompareUi::compareWith()
{
    if (!m_document->hasChronology())
        return;
    CompareDialog dialog(*m_document, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_document->setCompareDate(dialog.date());
    m_document->setCompareMode(dialog.sideBySide() ? Document::CompareMode::SideBySide
                                                   : Document::CompareMode::Difference);
    m_dock->show();
}

void CompareUi::followDocument()
{
    const Document::CompareMode mode = m_document->compareMode();
    m_side->setVisible(mode == Document::CompareMode::SideBySide);
    if (mode == Document::CompareMode::SideBySide)
        m_side->view()->fitToWindow();
    m_sideBySideAction->setChecked(mode == Document::CompareMode::SideBySide);
    m_sideBySideAction->setEnabled(mode != Document::CompareMode::Off);
    m_stopAction->setEnabled(mode != Document::CompareMode::Off);
    if (mode != Document::CompareMode::Off && !m_dock->isVisible())
        m_dock->show();
    m_panel->sync();
}

void CompareUi::retranslate()
{
    m_menu->setTitle(tr("&Compare"));
    m_dock->setWindowTitle(tr("Differences"));
    m_compareAction->setText(tr("Compare &With…"));
    m_compareAction->setToolTip(tr("Draw the difference between the current date and a second date"));
    m_sideBySideAction->setText(tr("&Side by Side"));
    m_sideBySideAction->setToolTip(tr("Show both dates next to each other on the same layout"));
    m_stopAction->setText(tr("S&top Comparing"));
    m_panel->retranslate();
    m_side->retranslate();
}

} // namespace AllianceScope
