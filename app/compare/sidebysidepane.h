// SideBySidePane: the compared date drawn beside the current one — a second AllianceScene with
// the window's layout (same node positions), following the document's compare date, layer and
// language. Shown while the comparison is side by side.
#pragma once

#include <QWidget>

class QLabel;

namespace AllianceScope {

class AllianceScene;
class Document;
class GraphView;
class LayoutController;

class SideBySidePane : public QWidget
{
    Q_OBJECT

public:
    SideBySidePane(Document *document, LayoutController *layouts, QWidget *parent = nullptr);

    AllianceScene *scene() const { return m_scene; }
    GraphView *view() const { return m_view; }
    QString headingText() const;

    /// Redraws from the document (also on each of its signals while shown).
    void sync();
    void retranslate();

protected:
    bool event(QEvent *event) override;

private:
    void applyLayout();
    /// Fills the scene from the document again if it changed while the pane was hidden.
    void rebuildIfShown();

    Document *m_document;
    LayoutController *m_layouts;
    AllianceScene *m_scene;
    GraphView *m_view;
    QLabel *m_heading;
    bool m_stale = false; ///< the document changed while the pane was hidden
};

} // namespace AllianceScope
