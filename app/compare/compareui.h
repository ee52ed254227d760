// CompareUi: the window's "compare two dates" — the Compare menu (Compare with…, Side by Side,
// Stop Comparing), the Differences dock, the side-by-side pane beside the graph and the
// controller that draws the difference. Built by the main window in one line; state in Document.
#pragma once

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace AllianceScope {

class AllianceScene;
class CompareController;
class DifferencePanel;
class Document;
class GraphView;
class LayoutController;
class SideBySidePane;

class CompareUi : public QObject
{
    Q_OBJECT

public:
    CompareUi(Document *document, AllianceScene *scene, GraphView *view, LayoutController *layouts,
              QMainWindow *window);

    QMenu *menu() const { return m_menu; }
    DifferencePanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    SideBySidePane *sideBySidePane() const { return m_side; }
    CompareController *controller() const { return m_controller; }

    /// Compare → Compare with…: the dialog, then the comparison.
    void compareWith();
    void retranslate();

private:
    void followDocument();

    Document *m_document;
    QMainWindow *m_window;
    CompareController *m_controller;
    SideBySidePane *m_side;
    DifferencePanel *m_panel;
    QDockWidget *m_dock;
    QMenu *m_menu;
    QAction *m_compareAction;
    QAction *m_sideBySideAction;
    QAction *m_stopAction;
};

} // namespace AllianceScope
