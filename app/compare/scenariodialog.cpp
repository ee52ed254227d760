// ScenarioDialog: naming a what-if before it is saved with the chronology.
#include "scenariodialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

using namespace Qt::StringLiterals;

namespace AllianceScope {

ScenarioDialog::ScenarioDialog(const QString &name, const QString &note, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(name, this))
    , m_id(new QLineEdit(idFor(name), this))
    , m_note(new QPlainTextEdit(note, this))
{
    setObjectName(u"scenarioDialog"_s);
    setWindowTitle(tr("Save Scenario"));
    m_id->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[a-z0-9][a-z0-9_-]*"_s), m_id));
    m_id->setToolTip(tr("The name used on the command line: --scenario ID"));
    m_note->setPlaceholderText(tr("Why this scenario: the question it asks"));
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) { m_id->setText(idFor(text)); });
    auto *form = new QFormLayout(this);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Id:"), m_id);
    form->addRow(tr("Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto check = [this, buttons] {
        buttons->button(QDialogButtonBox::Save)->setEnabled(!m_id->text().isEmpty() && !m_name->text().trimmed().isEmpty());
    };
    connect(m_id, &QLineEdit::textChanged, this, check);
    connect(m_name, &QLineEdit::textChanged, this, check);
    check();
    form->addRow(buttons);
}

QString ScenarioDialog::idFor(const QString &name)
{
    QString id;
    for (const QChar c : name.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            id += c;
        else if (!id.isEmpty() && !id.endsWith(u'-'))
            id += u'-';
    }
    while (id.endsWith(u'-'))
        id.chop(1);
    return id.isEmpty() ? u"scenario"_s : id;
}

QString ScenarioDialog::id() const
{
    return m_id->text();
}

QString ScenarioDialog::name() const
{
    return m_name->text().trimmed();
}

QString ScenarioDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

} // namespace AllianceScope
