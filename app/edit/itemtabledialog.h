// ItemTableDialog: the actors or the categories of the chronology in a table. Each finished cell
// edit, Add and Delete is one undoable command; what the reader refuses (a duplicate id, an actor
// still named by events) is shown under the table and the row goes back to what it was.
#pragma once

#include "chronology/chronology.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace AllianceScope {

class EditSession;
struct ReadError;

class ItemTableDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Actors, Categories };

    ItemTableDialog(EditSession *session, Kind kind, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    /// The message under the table (empty after a change that was accepted).
    QString message() const;

public slots:
    void addItem();
    void deleteSelected();
    /// Fills the table from the chronology (after every change and every undo).
    void reload();

private:
    void commitRow(int row);
    void showErrors(const QList<ReadError> &errors);
    QString idAt(int row) const;

    EditSession *m_session;
    Kind m_kind;
    QTableWidget *m_table;
    QLabel *m_message;
    bool m_filling = false;
};

} // namespace AllianceScope
