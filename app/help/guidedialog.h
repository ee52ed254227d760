// The in-app guide (Help → Guide): the keys, the model in two paragraphs and where to read
// more, shown by a QTextBrowser from HTML in the resources (:/help/guide_en.html, guide_zh.html).
#pragma once

#include "chronology/language.h"

#include <QDialog>

class QPushButton;
class QTextBrowser;

namespace AllianceScope {

/// A non-modal dialog with the guide in the interface language.
class GuideDialog : public QDialog
{
    Q_OBJECT

public:
    /// A guide in @p language.
    explicit GuideDialog(Language language, QWidget *parent = nullptr);

    /// Shows the guide in @p language (as in the constructor) and retranslates the dialog.
    void setLanguage(Language language);
    /// The language of the guide shown.
    Language language() const { return m_language; }

    /// The guide's HTML in @p language, read from the resources; empty when it is missing.
    static QString guideHtml(Language language);
    /// The resource path of the guide in @p language.
    static QString guidePath(Language language);

    QTextBrowser *browser() const { return m_browser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Language m_language = Language::En;
    QTextBrowser *m_browser = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace AllianceScope
