// ImportDialog: File → Import Events… and Import Alliance Tiers…: picks a CSV/TSV table, shows
// its first rows, maps its columns and actor names with combo boxes, lists every bad row with
// line, column and message, says what will be imported, and replaces the window's chronology
// with the merged one only when the user accepts (docs/DATA.md, "Importing event tables").
#pragma once

#include "io/csvtable.h"
#include "io/importmapping.h"
#include "io/importresult.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QMainWindow;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace AllianceScope {

class Document;

class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    /// Imports into @p doc's chronology (the bundled one when the window has none).
    ImportDialog(Document *doc, ImportMapping::Kind kind, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// Adds "Import Events…" (object name "importEvents") and "Import Alliance Tiers…"
    /// ("importTiers") to @p window's menu named "fileMenu", after Reload; each opens the dialog.
    static void install(QMainWindow *window, Document *doc);

    /// Reads the table at @p path, guesses the columns and actors, and shows the result.
    bool setTablePath(const QString &path);
    /// The combo box of a column role (ImportMapping::roles(); for events the score column is
    /// "score", its kind scoreKindBox()); nullptr for an unknown role.
    QComboBox *columnBox(const QString &role) const;
    /// Events: where scores come from: "cameo", "goldstein" or "category" (item data).
    QComboBox *scoreKindBox() const { return m_scoreKind; }
    /// The actor chosen for the table's name @p name (item data: the id; empty: unmapped).
    QComboBox *actorBox(const QString &name) const;
    QCheckBox *skipUnmappedBox() const { return m_skipUnmapped; }
    QCheckBox *skipBadRowsBox() const { return m_skipBadRows; }
    QTableWidget *previewTable() const { return m_preview; }
    QTreeWidget *problemList() const { return m_problems; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *importButton() const { return m_importButton; }
    /// The mapping the combo boxes describe.
    ImportMapping mapping() const;

    /// From this many table rows on, the preview is computed on a worker (about 1.4 s at
    /// 100,000 rows): a progress bar shows it; a newer change supersedes it; Import waits.
    static constexpr int kBackgroundPreviewRows = 5000;
    /// Whether a preview is being computed on a worker (result() is empty until it ends).
    bool isPreviewing() const { return m_previewWatcher != nullptr; }
    /// The busy indicator shown while isPreviewing().
    QProgressBar *previewProgress() const { return m_previewProgress; }
    /// The last import run: on every change a preview (no chronology; ImportResult::mergeable),
    /// and after Import the whole import.
    const ImportResult &result() const { return m_result; }

public slots:
    /// Choose…: asks for a table file.
    void chooseTable();
    /// Replaces the window's chronology with the merged one (an unsaved document) and closes.
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void fillColumnBoxes();
    void fillActorTable();
    void update();
    /// The preview of the current mapping on a worker (after the one running, if any).
    void startPreview();
    void onPreviewDone();
    /// Shows m_result (the preview's problems, the marked cells, the summary, Import).
    void showResult(QList<ReadError> problems, const QString &summary);
    /// Empties m_result (a large one is freed on a worker).
    void dropResult();
    /// The summary of m_result.
    QString resultSummary() const;
    /// The import of the table as the boxes map it; @p merge: with the merged chronology.
    ImportResult run(bool merge) const;

    QPointer<Document> m_doc;
    ImportMapping::Kind m_kind;
    Chronology m_base;
    std::optional<CsvTable> m_table;
    QList<ReadError> m_tableErrors;
    ImportResult m_result;
    bool m_updating = false;

    QLabel *m_intro = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_choose = nullptr;
    QLabel *m_previewLabel = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_columnsLabel = nullptr;
    QList<QPair<QString, QLabel *>> m_roleLabels;
    QHash<QString, QComboBox *> m_columns;
    QComboBox *m_scoreKind = nullptr;
    QLabel *m_layerLabel = nullptr;
    QComboBox *m_layer = nullptr;
    QLabel *m_categoryLabel = nullptr;
    QComboBox *m_category = nullptr;
    QLabel *m_actorsLabel = nullptr;
    QTableWidget *m_actors = nullptr;
    QCheckBox *m_skipUnmapped = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QTreeWidget *m_problems = nullptr;
    QCheckBox *m_skipBadRows = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_importButton = nullptr;
    QProgressBar *m_previewProgress = nullptr;
    QString m_lastDirectory;
    QFutureWatcher<ImportResult> *m_previewWatcher = nullptr; ///< the preview on a worker
    bool m_previewAgain = false; ///< the mapping changed while it ran: another one follows
};

} // namespace AllianceScope
