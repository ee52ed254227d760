// StepDialog: a form over a story step's texts (see stepdialog.h).
#include "stepdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace AllianceScope {

StepDialog::StepDialog(const StoryStep &step, QWidget *parent)
    : QDialog(parent)
    , m_step(step)
    , m_captionZh(new QPlainTextEdit(step.caption.zh, this))
    , m_captionEn(new QPlainTextEdit(step.caption.en, this))
    , m_notesZh(new QPlainTextEdit(step.notes.zh, this))
    , m_notesEn(new QPlainTextEdit(step.notes.en, this))
    , m_section(new QLineEdit(step.section, this))
{
    setObjectName(u"stepDialog"_s);
    setWindowTitle(tr("Edit Step"));
    m_captionZh->setObjectName(u"captionZh"_s);
    m_captionEn->setObjectName(u"captionEn"_s);
    m_notesZh->setObjectName(u"notesZh"_s);
    m_notesEn->setObjectName(u"notesEn"_s);
    m_section->setObjectName(u"section"_s);
    for (QPlainTextEdit *edit : {m_captionZh, m_captionEn})
        edit->setMaximumHeight(90);
    m_section->setPlaceholderText(tr("e.g. 3 or 3.2"));

    auto *form = new QFormLayout;
    form->addRow(tr("Caption (Chinese)"), m_captionZh);
    form->addRow(tr("Caption (English)"), m_captionEn);
    form->addRow(tr("Notes (Chinese)"), m_notesZh);
    form->addRow(tr("Notes (English)"), m_notesEn);
    form->addRow(tr("Paper section"), m_section);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(640, 560);
}

StoryStep StepDialog::step() const
{
    StoryStep s = m_step;
    s.caption = {m_captionZh->toPlainText().trimmed(), m_captionEn->toPlainText().trimmed()};
    s.notes = {m_notesZh->toPlainText().trimmed(), m_notesEn->toPlainText().trimmed()};
    s.section = m_section->text().trimmed();
    return s;
}

} // namespace AllianceScope
