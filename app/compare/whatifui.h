// WhatIfUi: the window's what-if — the What-If menu (Reset to Baseline, Switch Off Category,
// Load Scenario, Save Scenario…) and a status-bar note of what is changed. The event list's
// ticks and the event panel's effect dialog change the same Document scenario.
#pragma once

#include <QObject>

class QAction;
class QLabel;
class QMainWindow;
class QMenu;

namespace AllianceScope {

class Document;

class WhatIfUi : public QObject
{
    Q_OBJECT

public:
    WhatIfUi(Document *document, QMainWindow *window);

    QMenu *menu() const { return m_menu; }
    QMenu *categoryMenu() const { return m_categories; }
    QMenu *scenarioMenu() const { return m_scenarios; }
    QLabel *statusLabel() const { return m_status; }

    /**
     * Saves the current scenario as @p id (@p name, @p note) with the chronology, written to
     * @p path (atomically; the document's file when empty). On failure returns false and sets
     * @p error; nothing is changed.
     */
    bool saveScenario(const QString &id, const QString &name, const QString &note, const QString &path,
                      QString *error);
    /// What-If → Save Scenario…: the dialog (and a file dialog for the bundled chronology).
    void saveScenarioDialog();
    void retranslate();

private:
    void rebuildMenus();
    void updateStatus();

    Document *m_document;
    QMainWindow *m_window;
    QMenu *m_menu;
    QMenu *m_categories;
    QMenu *m_scenarios;
    QAction *m_reset;
    QAction *m_save;
    QLabel *m_status;
};

} // namespace AllianceScope
