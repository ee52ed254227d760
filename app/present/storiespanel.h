// StoriesPanel: the Stories dock — choose a story, see its steps, add the current view as a
// step, edit a step's texts, reorder (buttons or drag), delete, play from a step, export a
// handout, and save the chronology with its stories. The panel keeps the edited stories until
// they are saved; opening a file replaces them with the file's.
#pragma once

#include "chronology/chronology.h"
#include "chronology/story.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QListWidget;
class QPushButton;
class QLabel;

namespace AllianceScope {

class Document;

class StoriesPanel : public QWidget
{
    Q_OBJECT

public:
    /// What "Add current view as step" adds: the window's date, layer, focus and highlights.
    using ViewCapture = std::function<StoryStep()>;

    explicit StoriesPanel(Document *document, QWidget *parent = nullptr);

    void setViewCapture(ViewCapture capture) { m_capture = std::move(capture); }

    const QList<Story> &stories() const { return m_stories; }
    /// The story shown (nullptr when there is none).
    const Story *currentStory() const;
    QString currentStoryId() const;
    void setCurrentStory(const QString &id);
    /// The selected step's row (-1 when none).
    int currentStep() const;
    void setCurrentStep(int row);

    /// Adds the current view as a step after the selected one (at the end when none); creates
    /// a story when there is none.
    void addCurrentView();
    /// Replaces step @p row of the current story.
    void setStep(int row, const StoryStep &step);
    /// Opens the step dialog on @p row; @return whether the step was changed.
    bool editStep(int row);
    void moveStep(int from, int to);
    void removeStep(int row);
    /// Starts a new, empty story and shows it.
    void newStory();

    /// Whether the stories changed since they were loaded or saved.
    bool isModified() const { return m_modified; }
    /**
     * Writes the document's chronology with these stories to @p path (atomically; the old file
     * stays when writing fails). @return false with @p errorMessage set on failure. A large
     * chronology is saved on a worker (EditSession::startSave()): then the stories stay modified
     * until the worker tells that the file was written, and stay so when it failed or when they
     * were changed again meanwhile.
     */
    bool saveTo(const QString &path, QString *errorMessage = nullptr);
    /// The chronology with these stories (the document's chronology, whose stories may be older).
    Chronology chronologyWithStories() const;
    /// Drops the unsaved changes: the stories are the document's again.
    void discardChanges();

    QComboBox *storyCombo() const { return m_storyCombo; }
    QListWidget *stepList() const { return m_steps; }
    QPushButton *button(const QString &objectName) const;

signals:
    void playRequested(const QString &storyId, int step);
    void exportRequested(const QString &storyId);
    void modifiedChanged(bool modified);
    /// The stories or the chosen story changed.
    void storiesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadFromDocument();
    void fillSteps();
    void updateButtons();
    void setModified(bool modified);
    void syncOrderFromList();
    void retranslateUi();
    Story *story();

    Document *m_document;
    ViewCapture m_capture;
    QList<Story> m_stories;
    int m_current = -1;
    bool m_modified = false;
    quint64 m_changes = 0; ///< counts the changes (a save on a worker compares it at its end)
    bool m_filling = false;

    QLabel *m_storyLabel;
    QComboBox *m_storyCombo;
    QPushButton *m_newStory;
    QListWidget *m_steps;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_delete;
    QPushButton *m_play;
    QPushButton *m_export;
};

} // namespace AllianceScope
