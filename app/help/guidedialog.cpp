// The in-app guide: a QTextBrowser over the HTML guide of the interface language.
#include "guidedialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AllianceScope {

GuideDialog::GuideDialog(Language language, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(u"guideDialog"_s);
    m_browser->setObjectName(u"guideBrowser"_s);
    m_browser->setOpenExternalLinks(true);

    auto *buttons = new QDialogButtonBox(this);
    m_closeButton = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_closeButton->setObjectName(u"guideClose"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(720, 760);
    setLanguage(language);
}

QString GuideDialog::guidePath(Language language)
{
    return u":/help/guide_"_s + languageCode(language) + u".html"_s;
}

QString GuideDialog::guideHtml(Language language)
{
    QFile file(guidePath(language));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

void GuideDialog::setLanguage(Language language)
{
    m_language = language;
    m_browser->setHtml(guideHtml(m_language));
    retranslateUi();
}

void GuideDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void GuideDialog::retranslateUi()
{
    setWindowTitle(tr("AllianceScope Guide"));
    m_closeButton->setText(tr("&Close"));
}

} // namespace AllianceScope
