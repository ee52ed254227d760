// The in-app guide (Help → Guide): the keys, the model in two paragraphs and where to read
// more, shown by a QTextBrowser from HTML in the resources (:/help/guide_en.html, guide_zh.html).
#pragma once

#include <QDialog>

class QPushButton;
class QTextBrowser;

namespace AllianceScope {

/// A non-modal dialog with the guide in the interface language ("zh" or "en").
class GuideDialog : public QDialog
{
    Q_OBJECT

public:
    /// A guide in @p language: "zh" (or any "zh_…") for Chinese, anything else for English.
    explicit GuideDialog(const QString &language, QWidget *parent = nullptr);

    /// Shows the guide in @p language (as in the constructor) and retranslates the dialog.
    void setLanguage(const QString &language);
    /// "zh" or "en": the language of the guide shown.
    QString language() const { return m_language; }

    /// The guide's HTML in @p language, read from the resources; empty when it is missing.
    static QString guideHtml(const QString &language);
    /// The resource path of the guide in @p language.
    static QString guidePath(const QString &language);

    QTextBrowser *browser() const { return m_browser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_language;
    QTextBrowser *m_browser = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace AllianceScope
