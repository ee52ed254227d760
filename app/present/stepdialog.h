// StepDialog: edits the texts of one story step — caption and speaker notes in Chinese and
// English, and the paper's section the caption draws on.
#pragma once

#include "chronology/story.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace AllianceScope {

class StepDialog : public QDialog
{
    Q_OBJECT

public:
    explicit StepDialog(const StoryStep &step, QWidget *parent = nullptr);

    /// The step with the edited texts (its date, layer, focus and highlights unchanged).
    StoryStep step() const;

    QPlainTextEdit *captionEdit(Language lang) const { return lang == Language::Zh ? m_captionZh : m_captionEn; }
    QPlainTextEdit *notesEdit(Language lang) const { return lang == Language::Zh ? m_notesZh : m_notesEn; }
    QLineEdit *sectionEdit() const { return m_section; }

private:
    StoryStep m_step;
    QPlainTextEdit *m_captionZh;
    QPlainTextEdit *m_captionEn;
    QPlainTextEdit *m_notesZh;
    QPlainTextEdit *m_notesEn;
    QLineEdit *m_section;
};

} // namespace AllianceScope
