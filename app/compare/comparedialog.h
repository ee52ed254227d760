// CompareDialog: "Compare with…" — the second date, typed or taken from an event of the chronology.
#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;

namespace AllianceScope {

class Document;

class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    CompareDialog(const Document &document, QWidget *parent = nullptr);

    QDate date() const;
    bool sideBySide() const;

private:
    QDateEdit *m_date;
    QComboBox *m_event;
    QComboBox *m_mode;
};

} // namespace AllianceScope
