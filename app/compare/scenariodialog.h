// ScenarioDialog: "Save Scenario…" — the what-if's id (for --scenario), name and note.
#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace AllianceScope {

class ScenarioDialog : public QDialog
{
    Q_OBJECT

public:
    ScenarioDialog(const QString &name, const QString &note, QWidget *parent = nullptr);

    QString id() const;
    QString name() const;
    QString note() const;
    /// An id of the pattern [a-z0-9][a-z0-9_-]* made from @p name ("GSOMIA never signed" →
    /// "gsomia-never-signed"); "scenario" when nothing of it fits.
    static QString idFor(const QString &name);

private:
    QLineEdit *m_name;
    QLineEdit *m_id;
    QPlainTextEdit *m_note;
};

} // namespace AllianceScope
