// Tests of the import dialog (File → Import Events… / Import Alliance Tiers…): it previews the
// table, guesses the columns and actors, lists bad rows with line and column as the user
// changes the combo boxes, and replaces the document's chronology only on Import.
#include "chronology/chronologyreader.h"
#include "import/importdialog.h"
#include "io/csvtable.h"
#include "io/eventimport.h"
#include "mainwindow/mainwindow.h"
#include "session/document.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace AllianceScope;
using namespace Qt::StringLiterals;

namespace {

QString importData(const QString &name)
{
    return QStringLiteral(ALLIANCESCOPE_TEST_DATA) + u"/import/"_s + name;
}

Chronology bundled()
{
    return *ChronologyReader::readFile(QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY)).chronology;
}

bool choose(QComboBox *box, const QString &data)
{
    const int index = box ? box->findData(data) : -1;
    if (index < 0)
        return false;
    box->setCurrentIndex(index);
    return true;
}

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void eventsAreImportedIntoTheDocument();
    void badRowsAreListedAndCanBeSkipped();
    void tiersAreImported();
    void cancelChangesNothing();
    void theWindowHasTheActions();
    void largeTablePreviewsOnAWorker();
};

void TestImportDialog::eventsAreImportedIntoTheDocument()
{
    Document doc;
    doc.setChronology(bundled(), QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY));
    const qsizetype before = doc.chronology().events().size();
    ImportDialog dialog(&doc, ImportMapping::Kind::Events);
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(dialog.setTablePath(importData(u"icews-like.csv"_s)));

    // The preview: the header and the rows, numbered by their lines.
    QCOMPARE(dialog.previewTable()->columnCount(), 8);
    QCOMPARE(dialog.previewTable()->rowCount(), 7);
    QCOMPARE(dialog.previewTable()->horizontalHeaderItem(1)->text(), u"Event Date"_s);
    QCOMPARE(dialog.previewTable()->verticalHeaderItem(4)->text(), u"7"_s); // after a two-line row
    // The columns are guessed from the header.
    QCOMPARE(dialog.columnBox(u"date"_s)->currentData().toString(), u"Event Date"_s);
    QCOMPARE(dialog.columnBox(u"source"_s)->currentData().toString(), u"Source Country"_s);
    QCOMPARE(dialog.columnBox(u"target"_s)->currentData().toString(), u"Target Country"_s);
    QCOMPARE(dialog.scoreKindBox()->currentData().toString(), u"cameo"_s);
    QCOMPARE(dialog.columnBox(u"score"_s)->currentData().toString(), u"CAMEO Code"_s);
    QCOMPARE(dialog.columnBox(u"title"_s)->currentData().toString(), u"Event Text"_s);
    QCOMPARE(dialog.columnBox(u"citation"_s)->currentData().toString(), u"Publisher"_s);
    // The actors are matched by id, name or a common name.
    QCOMPARE(dialog.actorBox(u"Japan"_s)->currentData().toString(), u"JPN"_s);
    QCOMPARE(dialog.actorBox(u"USA"_s)->currentData().toString(), u"USA"_s);
    QCOMPARE(dialog.actorBox(u"South Korea"_s)->currentData().toString(), u"KOR"_s);
    QCOMPARE(dialog.actorBox(u"ROK"_s)->currentData().toString(), u"KOR"_s);
    QCOMPARE(dialog.problemList()->topLevelItemCount(), 0);
    QVERIFY(dialog.summaryLabel()->text().startsWith(u"Events: 4, effects: 4, from 7 of 7 rows (0 skipped)."_s));

    // Unmapping ROK makes line 4 bad, at its cell; mapping it again fixes it.
    QVERIFY(choose(dialog.actorBox(u"ROK"_s), QString()));
    QCOMPARE(dialog.problemList()->topLevelItemCount(), 1);
    const QTreeWidgetItem *problem = dialog.problemList()->topLevelItem(0);
    QCOMPARE(problem->text(0), u"4"_s);
    QCOMPARE(problem->text(1), u"54"_s);
    QVERIFY(problem->text(2).startsWith(u"unknown actor \"ROK\""_s));
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(dialog.skipBadRowsBox()->isEnabled());
    QVERIFY(choose(dialog.actorBox(u"ROK"_s), u"KOR"_s));
    QCOMPARE(dialog.problemList()->topLevelItemCount(), 0);

    // Scores from the Goldstein column (ICEWS's "Intensity") instead of the CAMEO codes.
    QVERIFY(choose(dialog.scoreKindBox(), u"goldstein"_s));
    QVERIFY(choose(dialog.columnBox(u"score"_s), u"Intensity"_s));
    QVERIFY(choose(dialog.columnBox(u"score"_s), u"Intensity"_s));
    QVERIFY(dialog.result().mergeable);
    QVERIFY(!dialog.result().ok()); // the preview builds no chronology
    QCOMPARE(dialog.mapping().columns.value(u"goldstein"_s), u"Intensity"_s);
    QVERIFY(!dialog.mapping().columns.contains(u"cameo"_s));
    // Into the economic layer.
    QVERIFY(choose(dialog.findChild<QComboBox *>(u"defaultLayer"_s), u"economic"_s));
    QVERIFY(dialog.importButton()->isEnabled());
    QCOMPARE(doc.chronology().events().size(), before); // nothing before Import

    QSignalSpy changed(&doc, &Document::chronologyChanged);
    dialog.importButton()->click();
    QCOMPARE(dialog.result().events.size(), 4);
    QVERIFY(dialog.result().ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(dialog.QDialog::result(), int(QDialog::Accepted));
    QCOMPARE(doc.chronology().events().size(), before + 4);
    QVERIFY(doc.path().isEmpty()); // an unsaved document
    const Event *e = doc.chronology().event(u"imp-2024-03-05-jpn-kor-economic"_s);
    QVERIFY(e);
    QCOMPARE(*e->effects.at(0).score, 2.93);
}

void TestImportDialog::badRowsAreListedAndCanBeSkipped()
{
    Document doc;
    doc.setChronology(bundled(), QString());
    const qsizetype before = doc.chronology().events().size();
    ImportDialog dialog(&doc, ImportMapping::Kind::Events);
    QVERIFY(dialog.setTablePath(importData(u"malformed.csv"_s)));
    QVERIFY(choose(dialog.actorBox(u"South Korea"_s), u"KOR"_s));
    QTreeWidget *problems = dialog.problemList();
    QCOMPARE(problems->topLevelItemCount(), 6);
    QStringList where;
    for (int k = 0; k < problems->topLevelItemCount(); ++k)
        where.append(problems->topLevelItem(k)->text(0) + u':' + problems->topLevelItem(k)->text(1));
    QCOMPARE(where, QStringList({u"2:6"_s, u"3:17"_s, u"4:32"_s, u"5:41"_s, u"6:54"_s, u"7:43"_s}));
    QCOMPARE(problems->topLevelItem(3)->text(2), u"5 fields, but the header has 8"_s);
    // The bad cells are marked in the preview: the date of line 2, the code of line 4.
    QCOMPARE(dialog.previewTable()->item(0, 1)->toolTip(), problems->topLevelItem(0)->text(2));
    QCOMPARE(dialog.previewTable()->item(2, 4)->toolTip(), problems->topLevelItem(2)->text(2));
    QCOMPARE(dialog.previewTable()->item(0, 0)->toolTip(), QString());
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(dialog.summaryLabel()->text().contains(u"6 bad rows"_s));

    dialog.skipBadRowsBox()->setChecked(true);
    QCOMPARE(problems->topLevelItemCount(), 6); // still shown
    QVERIFY(dialog.importButton()->isEnabled());
    QVERIFY(dialog.summaryLabel()->text().contains(u"6 bad rows are left out"_s));
    dialog.importButton()->click();
    QCOMPARE(doc.chronology().events().size(), before + 1);
}

void TestImportDialog::tiersAreImported()
{
    Document doc;
    doc.setChronology(bundled(), QString());
    const qsizetype before = doc.chronology().events().size();
    ImportDialog dialog(&doc, ImportMapping::Kind::Tiers);
    QVERIFY(dialog.setTablePath(importData(u"atop-like.csv"_s)));
    QCOMPARE(dialog.columnBox(u"state_a"_s)->currentData().toString(), u"state_a"_s);
    QCOMPARE(dialog.columnBox(u"end"_s)->currentData().toString(), u"end"_s);
    QCOMPARE(dialog.columnBox(u"type"_s)->currentData().toString(), u"type"_s);
    QCOMPARE(dialog.actorBox(u"South Korea"_s)->currentData().toString(), u"KOR"_s);
    QCOMPARE(dialog.findChild<QComboBox *>(u"category"_s)->currentData().toString(), u"defence_treaty"_s);
    QCOMPARE(dialog.problemList()->topLevelItemCount(), 0);
    // Without the end column every alliance is still in force: AUS–PHL never ends.
    QVERIFY(choose(dialog.columnBox(u"end"_s), QString()));
    QCOMPARE(dialog.result().events.size(), 7);
    QVERIFY(choose(dialog.columnBox(u"end"_s), u"end"_s));
    QCOMPARE(dialog.result().events.size(), 8);
    dialog.importButton()->click();
    QCOMPARE(doc.chronology().events().size(), before + 8);
    QCOMPARE(doc.model().snapshotAt(QDate(1980, 1, 1)).tier(u"AUS"_s, u"PHL"_s, Layer::Security), 0);
    QCOMPARE(doc.model().snapshotAt(QDate(1960, 1, 1)).tier(u"AUS"_s, u"PHL"_s, Layer::Security), 4);
}

void TestImportDialog::cancelChangesNothing()
{
    Document doc;
    const Chronology base = bundled();
    doc.setChronology(base, QString());
    ImportDialog dialog(&doc, ImportMapping::Kind::Events);
    QVERIFY(dialog.setTablePath(importData(u"icews-like.csv"_s)));
    QVERIFY(dialog.importButton()->isEnabled());
    dialog.reject();
    QCOMPARE(doc.chronology(), base);
    // A file that is not a table: the problem is listed, nothing can be imported.
    QVERIFY(!dialog.setTablePath(importData(u"none.csv"_s)));
    QCOMPARE(dialog.problemList()->topLevelItemCount(), 1);
    QVERIFY(dialog.problemList()->topLevelItem(0)->text(2).contains(u"cannot open file"_s));
    QVERIFY(!dialog.importButton()->isEnabled());
}

void TestImportDialog::theWindowHasTheActions()
{
    MainWindow window;
    auto *menu = window.findChild<QMenu *>(u"fileMenu"_s);
    QVERIFY(menu);
    QAction *events = window.action(u"importEvents"_s);
    QAction *tiers = window.action(u"importTiers"_s);
    QVERIFY(events && tiers);
    QVERIFY(menu->actions().contains(events));
    QVERIFY(menu->actions().contains(tiers));
    QCOMPARE(events->text(), u"Import &Events…"_s);
    // After Open and Reload, before the first separator.
    const QList<QAction *> actions = menu->actions();
    const qsizetype at = actions.indexOf(events);
    QVERIFY(at > 0);
    QVERIFY(actions.at(at + 2)->isSeparator());
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"

void TestImportDialog::largeTablePreviewsOnAWorker()
{
    // A table of kBackgroundPreviewRows rows and more: the preview runs on a worker with a busy
    // bar, Import waits for it, and a newer change of a box supersedes a running one.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"large.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Event ID,Event Date,Source Country,Event Text,CAMEO Code,Intensity,Target Country\n");
    const int rows = ImportDialog::kBackgroundPreviewRows + 200;
    for (int i = 0; i < rows; ++i) {
        const QDate day = QDate(2015, 1, 1).addDays(i % 3000);
        file.write(QStringLiteral("%1,%2,%3,Consult,%4,1.0,%5\n")
                       .arg(i)
                       .arg(day.toString(Qt::ISODate))
                       .arg(i % 2 ? u"Japan"_s : u"United States"_s)
                       .arg(i % 3 ? u"042"_s : u"111"_s)
                       .arg(i % 5 ? u"South Korea"_s : u"Japan"_s)
                       .toUtf8());
    }
    file.close();

    Document doc;
    doc.setChronology(bundled(), QStringLiteral(ALLIANCESCOPE_BUNDLED_CHRONOLOGY));
    ImportDialog dialog(&doc, ImportMapping::Kind::Events);
    QVERIFY(dialog.setTablePath(path));
    QVERIFY(dialog.isPreviewing());
    QVERIFY(dialog.summaryLabel()->text().startsWith(u"Previewing the import of"_s));
    QVERIFY(!dialog.importButton()->isEnabled());
    QVERIFY(!dialog.previewProgress()->isHidden());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPreviewing(), 60000);
    QVERIFY(dialog.previewProgress()->isHidden());
    const int sameState = (rows + 5) / 10; // odd multiples of 5: Japan with Japan, skipped
    QVERIFY2(dialog.summaryLabel()->text().contains(
                 u"from %1 of %2 rows (%3 skipped)"_s.arg(rows - sameState).arg(rows).arg(sameState)),
             qPrintable(dialog.summaryLabel()->text()));
    QVERIFY(dialog.importButton()->isEnabled());
    const qsizetype cameoEvents = dialog.result().events.size();
    QVERIFY(cameoEvents > 0);

    // Two changes while one preview runs: the result is the last mapping's (Goldstein scores).
    QVERIFY(choose(dialog.scoreKindBox(), u"goldstein"_s));
    QVERIFY(dialog.isPreviewing());
    QVERIFY(choose(dialog.columnBox(u"score"_s), u"Intensity"_s));
    QVERIFY(dialog.isPreviewing());
    QVERIFY(!dialog.importButton()->isEnabled());
    dialog.importButton()->click(); // disabled: nothing happens
    QCOMPARE(dialog.QDialog::result(), int(QDialog::Rejected));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPreviewing(), 60000);
    QCOMPARE(dialog.mapping().columns.value(u"goldstein"_s), u"Intensity"_s);
    QVERIFY(dialog.result().mergeable);
    QVERIFY(dialog.importButton()->isEnabled());
    // The same as computed at once.
    const ImportResult direct = EventImport::run(CsvTable::readFile(path).table.value(), dialog.mapping(),
                                                 doc.chronology(), false, false);
    QCOMPARE(dialog.result().events.size(), direct.events.size());
    QCOMPARE(dialog.result().effects, direct.effects);
}
