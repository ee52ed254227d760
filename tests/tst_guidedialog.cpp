// Tests of the in-app guide: both languages load from the resources, the dialog follows the
// interface language, and every keyboard shortcut of the main window is named in both guides.
#include "help/guidedialog.h"
#include "mainwindow/mainwindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTranslator>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

namespace {

/// The guide in @p language as the reader sees it (the HTML's text, without tags).
QString plainGuide(Language language)
{
    QTextDocument document;
    document.setHtml(GuideDialog::guideHtml(language));
    return document.toPlainText();
}

} // namespace

class TestGuideDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bothLanguagesLoad();
    void dialogShowsTheGuideOfItsLanguage();
    void guidePathsPerLanguage();
    void titleIsTranslated();
    void everyShortcutIsInBothGuides();
};

void TestGuideDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestGuideDialog::bothLanguagesLoad()
{
    const QString en = plainGuide(Language::En);
    const QString zh = plainGuide(Language::Zh);
    // Each guide has its headings: the keys, the model and where to read more.
    QVERIFY2(en.size() > 1000, qPrintable(u"English guide too short: %1"_s.arg(en.size())));
    QVERIFY2(zh.size() > 500, qPrintable(u"Chinese guide too short: %1"_s.arg(zh.size())));
    for (const QString &heading : { u"Keys"_s, u"The model"_s, u"Read more"_s })
        QVERIFY2(en.contains(heading), qPrintable(heading));
    for (const QString &heading : { u"快捷键"_s, u"模型"_s, u"延伸阅读"_s })
        QVERIFY2(zh.contains(heading), qPrintable(heading));
    QVERIFY(!en.contains(u"快捷键"_s));
    // Both point to the same documents.
    for (const QString &doc : { u"MODEL.md"_s, u"DATA.md"_s, u"man alliancescope"_s }) {
        QVERIFY2(en.contains(doc), qPrintable(doc));
        QVERIFY2(zh.contains(doc), qPrintable(doc));
    }
}

void TestGuideDialog::dialogShowsTheGuideOfItsLanguage()
{
    GuideDialog dialog(Language::Zh);
    QCOMPARE(dialog.language(), Language::Zh);
    QVERIFY(dialog.browser()->toPlainText().contains(u"同盟透视使用指南"_s));
    QVERIFY(dialog.browser()->openExternalLinks());
    dialog.setLanguage(Language::En);
    QCOMPARE(dialog.language(), Language::En);
    QVERIFY(dialog.browser()->toPlainText().contains(u"AllianceScope Guide"_s));
    QVERIFY(!dialog.browser()->toPlainText().contains(u"同盟透视使用指南"_s));
}

void TestGuideDialog::guidePathsPerLanguage()
{
    QCOMPARE(GuideDialog::guidePath(Language::Zh), u":/help/guide_zh.html"_s);
    QCOMPARE(GuideDialog::guidePath(Language::En), u":/help/guide_en.html"_s);
    QVERIFY(GuideDialog::guideHtml(Language::Zh) != GuideDialog::guideHtml(Language::En));
}

void TestGuideDialog::titleIsTranslated()
{
    GuideDialog dialog(Language::En);
    QCOMPARE(dialog.windowTitle(), u"AllianceScope Guide"_s);
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/alliancescope_zh_CN.qm"_s));
    // The LanguageChange event is posted: wait for it.
    QCoreApplication::installTranslator(&translator);
    QTRY_COMPARE(dialog.windowTitle(), u"同盟透视使用指南"_s);
    QCOMPARE(dialog.findChild<QPushButton *>(u"guideClose"_s)->text(), u"关闭(&C)"_s);
    QCoreApplication::removeTranslator(&translator);
    QTRY_COMPARE(dialog.windowTitle(), u"AllianceScope Guide"_s);
}

void TestGuideDialog::everyShortcutIsInBothGuides()
{
    MainWindow window;
    const QString en = plainGuide(Language::En);
    const QString zh = plainGuide(Language::Zh);
    int checked = 0;
    for (const QAction *action : window.findChildren<QAction *>()) {
        const QKeySequence key = action->shortcut();
        if (key.isEmpty())
            continue;
        const QString text = key.toString(QKeySequence::PortableText);
        QVERIFY2(en.contains(text),
                 qPrintable(u"guide_en.html does not name %1 (%2)"_s.arg(text, action->objectName())));
        QVERIFY2(zh.contains(text),
                 qPrintable(u"guide_zh.html does not name %1 (%2)"_s.arg(text, action->objectName())));
        ++checked;
    }
    QVERIFY2(checked >= 20, qPrintable(u"only %1 shortcuts found"_s.arg(checked)));
}

QTEST_MAIN(TestGuideDialog)
#include "tst_guidedialog.moc"
