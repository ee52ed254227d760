// EditUi: the window's editing (issue 11) — Edit menu (Undo, Redo, Undo History, New Event,
// Edit Event, Delete Event, Actors, Categories), File → New and Open Recent, the modified mark
// in the title, the Save / Discard / Cancel question, the autosave and the offer to recover.
#pragma once

#include <QMessageBox>
#include <QObject>
#include <QPoint>
#include <QPointer>

class QAction;
class QDockWidget;
class QMenu;

namespace AllianceScope {

class AutoSaver;
struct Event;
class EditSession;
class EventEditorDialog;
class ItemTableDialog;
class MainWindow;

class EditUi : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxRecentFiles = 8;

    explicit EditUi(MainWindow *window);

    EditSession *session() const { return m_session; }
    AutoSaver *autoSaver() const { return m_autoSaver; }
    QDockWidget *historyDock() const { return m_historyDock; }
    /// The event editor last opened (null when closed).
    EventEditorDialog *eventEditor() const;
    /// The Actors or Categories dialog last opened (null when closed).
    ItemTableDialog *itemDialog() const;

    /// Whether anything is unsaved: edits on the undo stack or in the Stories panel.
    bool hasUnsavedChanges() const;
    /**
     * With unsaved edits (the undo stack's or the Stories panel's), asks whether to save them, discard them or cancel. @return false when
     * the user cancelled (or the save failed): the caller then keeps everything as it is.
     */
    bool maybeSave();
    /// Tests and scripts: answer every question with @p answer (Save, Discard, Cancel, Yes, No)
    /// instead of asking; QMessageBox::NoButton asks again.
    void setPromptAnswer(QMessageBox::StandardButton answer) { m_answer = answer; }

    /**
     * At start: when a recovery file newer than its source exists, offers to restore it
     * (ALLIANCESCOPE_RECOVERY_ANSWER=restore|discard answers without asking). @return whether
     * the recovered chronology is now shown (with the modified mark).
     */
    bool offerRecovery();

    QStringList recentFiles() const;
    void addRecentFile(const QString &path);

    void retranslate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

public slots:
    /// File → New: an untitled chronology with the actors and categories of the one open.
    void newChronology();
    void newEvent();
    /// Edits the event @p id (empty: the current event).
    void editEvent(const QString &id = QString());
    void deleteEvent();
    void showActors();
    void showCategories();

private:
    void createActions();
    void onSaveStarted(const QString &path);
    /// A save on a worker ended: "Saved", or the error (the edits stay modified).
    void onSaveFinished(const QString &path, bool ok, const QString &error);
    void fillRecentMenu();
    QMessageBox::StandardButton ask(QMessageBox::Icon icon, const QString &title,
                                    const QString &text, QMessageBox::StandardButtons buttons,
                                    QMessageBox::StandardButton defaultButton);
    QString currentEventId() const;
    void updateActions();
    void updateUndoActions();
    void openEditor(const QString &id, const Event &event);
    /// The Actors or Categories table (an ItemTableDialog::Kind).
    void showItems(int kind);

    MainWindow *m_window;
    EditSession *m_session;
    AutoSaver *m_autoSaver;
    QDockWidget *m_historyDock;
    QPointer<EventEditorDialog> m_editor;
    QPointer<ItemTableDialog> m_itemDialog;
    QMessageBox::StandardButton m_answer = QMessageBox::NoButton;
    QPoint m_doubleClickAt; ///< where the event list was last double-clicked (its viewport)

    QAction *m_newAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_newEventAction = nullptr;
    QAction *m_editEventAction = nullptr;
    QAction *m_deleteEventAction = nullptr;
    QAction *m_actorsAction = nullptr;
    QAction *m_categoriesAction = nullptr;
};

} // namespace AllianceScope
