// EventEditorDialog: the form of one event — dates with precision, category, titles and
// summaries in both languages, actors, citation and a table of effects. It validates as you type
// with the reader's own rules and messages (EditSession::checkEvent) and keeps OK disabled while
// the event is invalid; Apply changes the chronology at once without closing.
#pragma once

#include "chronology/chronology.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QTimer;

namespace AllianceScope {

class EditSession;

class EventEditorDialog : public QDialog
{
    Q_OBJECT

public:
    /// Edits event @p id of the session's chronology, or (empty @p id) a new event from @p event.
    EventEditorDialog(EditSession *session, const QString &id, const Event &event,
                      QWidget *parent = nullptr);

    /// The event as the form shows it; @p errors receives what the form itself cannot read
    /// (a date, a number).
    Event event(QStringList *errors = nullptr) const;
    void setEvent(const Event &event);
    /// The id the dialog edits (empty until a new event was applied).
    QString editedId() const { return m_id; }
    /// Checks the form now (it is otherwise checked shortly after each change).
    void validateNow();
    /// The messages shown under the form (empty: the event is valid).
    QStringList errors() const { return m_errors; }
    /// Pushes the edit (or the new event) onto the undo stack; false when the form is invalid.
    bool apply();

    QTableWidget *effectsTable() const { return m_effects; }

public slots:
    void accept() override;
    void addEffect();
    void removeEffect();

private:
    enum Column { TypeColumn, ActorsColumn, LayerColumn, ScoreColumn, TierColumn, OngoingColumn,
                  RoleColumn, RationaleColumn, ColumnCount };
    void setEffectRow(int row, const Effect &effect);
    Effect effectAt(int row, QStringList *errors) const;
    void changed();
    void fillCategories();

    EditSession *m_session;
    QString m_id;
    QLineEdit *m_eventId;
    QLineEdit *m_date;
    QLineEdit *m_end;
    QComboBox *m_category;
    QLineEdit *m_titleZh;
    QLineEdit *m_titleEn;
    QPlainTextEdit *m_summaryZh;
    QPlainTextEdit *m_summaryEn;
    QLineEdit *m_actors;
    QLineEdit *m_section;
    QLineEdit *m_footnote;
    QLineEdit *m_document;
    QLineEdit *m_note;
    QCheckBox *m_context;
    QTableWidget *m_effects;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
    QTimer *m_timer;
    QStringList m_errors;
    bool m_filling = false;
};

} // namespace AllianceScope
