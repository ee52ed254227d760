// ImportDialog: the import dialog and its File-menu actions (see importdialog.h).
#include "importdialog.h"

#include "session/document.h"

#include "chronology/chronologyreader.h"
#include "cli/commandline.h"
#include "io/eventimport.h"
#include "io/tierimport.h"

#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QCheckBox>
#include <QDir>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <functional>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

constexpr int kPreviewRows = 20;
constexpr int kMaxActorNames = 500;

/// Header names (lower case) that suggest a role, best first.
QStringList guesses(const QString &role)
{
    static const QHash<QString, QStringList> g = {
        {u"date"_s, {u"sqldate"_s, u"event date"_s, u"date"_s, u"day"_s}},
        {u"source"_s, {u"source country"_s, u"actor1countrycode"_s, u"source"_s, u"actor1"_s, u"from"_s}},
        {u"target"_s, {u"target country"_s, u"actor2countrycode"_s, u"target"_s, u"actor2"_s, u"to"_s}},
        {u"cameo"_s, {u"cameo code"_s, u"eventcode"_s, u"event code"_s, u"cameo"_s}},
        {u"goldstein"_s, {u"goldsteinscale"_s, u"goldstein"_s, u"intensity"_s}},
        {u"category"_s, {u"category"_s}},
        {u"layer"_s, {u"layer"_s}},
        {u"title"_s, {u"event text"_s, u"title"_s}},
        {u"citation"_s, {u"citation"_s, u"publisher"_s, u"sourceurl"_s, u"url"_s}},
        {u"state_a"_s, {u"state_a"_s, u"state a"_s, u"statea"_s, u"ccode1"_s, u"state1"_s}},
        {u"state_b"_s, {u"state_b"_s, u"state b"_s, u"stateb"_s, u"ccode2"_s, u"state2"_s}},
        {u"start"_s, {u"start"_s, u"begin"_s, u"from"_s}},
        {u"end"_s, {u"end"_s, u"until"_s}},
        {u"type"_s, {u"type"_s, u"kind"_s}},
    };
    return g.value(role);
}

/// Common names of the bundled states that are neither their id nor their name (pre-filling only).
QString alias(const QString &name)
{
    static const QHash<QString, QString> a = {
        {u"south korea"_s, u"KOR"_s}, {u"rok"_s, u"KOR"_s}, {u"korea, republic of"_s, u"KOR"_s},
        {u"north korea"_s, u"PRK"_s}, {u"dprk"_s, u"PRK"_s},
        {u"korea, democratic people's republic of"_s, u"PRK"_s},
        {u"united states of america"_s, u"USA"_s}, {u"us"_s, u"USA"_s}, {u"u.s."_s, u"USA"_s},
        {u"uk"_s, u"GBR"_s}, {u"britain"_s, u"GBR"_s}, {u"great britain"_s, u"GBR"_s},
        {u"russian federation"_s, u"RUS"_s}, {u"prc"_s, u"CHN"_s},
    };
    return a.value(name.trimmed().toLower());
}

/// Calls a function whenever the watched object's language changes (the File menu's actions).
class LanguageWatcher : public QObject
{
public:
    LanguageWatcher(QObject *watched, std::function<void()> retranslate)
        : QObject(watched)
        , m_retranslate(std::move(retranslate))
    {
        watched->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            m_retranslate();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_retranslate;
};

} // namespace

ImportDialog::ImportDialog(Document *doc, ImportMapping::Kind kind, QWidget *parent)
    : QDialog(parent)
    , m_doc(doc)
    , m_kind(kind)
{
    setObjectName(kind == ImportMapping::Kind::Tiers ? u"importTiersDialog"_s : u"importEventsDialog"_s);
    if (doc && doc->hasChronology())
        m_base = doc->chronology();
    else if (std::optional<Chronology> c = ChronologyReader::readFile(CommandLine::bundledChronologyPath()).chronology)
        m_base = std::move(*c);
    buildUi();
    retranslate();
    update();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *fileRow = new QHBoxLayout;
    m_fileLabel = new QLabel(this);
    m_file = new QLineEdit(this);
    m_file->setObjectName(u"tableFile"_s);
    m_file->setReadOnly(true);
    m_choose = new QPushButton(this);
    m_choose->setObjectName(u"chooseTable"_s);
    fileRow->addWidget(m_fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    layout->addLayout(fileRow);
    connect(m_choose, &QPushButton::clicked, this, &ImportDialog::chooseTable);

    m_previewLabel = new QLabel(this);
    layout->addWidget(m_previewLabel);
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(u"preview"_s);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setMinimumHeight(150);
    layout->addWidget(m_preview, 2);

    auto *middle = new QHBoxLayout;
    auto *grid = new QGridLayout;
    m_columnsLabel = new QLabel(this);
    grid->addWidget(m_columnsLabel, 0, 0, 1, 2);
    QStringList shown;
    if (m_kind == ImportMapping::Kind::Tiers)
        shown = {u"state_a"_s, u"state_b"_s, u"start"_s, u"end"_s, u"type"_s};
    else
        shown = {u"date"_s, u"source"_s, u"target"_s, u"score"_s, u"layer"_s, u"title"_s, u"citation"_s};
    int row = 1;
    for (const QString &role : std::as_const(shown)) {
        auto *label = new QLabel(this);
        auto *box = new QComboBox(this);
        box->setObjectName(u"column_"_s + role);
        box->setMinimumContentsLength(18);
        m_roleLabels.append({role, label});
        m_columns.insert(role, box);
        grid->addWidget(label, row, 0);
        if (role == u"score"_s) {
            m_scoreKind = new QComboBox(this);
            m_scoreKind->setObjectName(u"scoreKind"_s);
            auto *pair = new QHBoxLayout;
            pair->addWidget(m_scoreKind);
            pair->addWidget(box, 1);
            grid->addLayout(pair, row, 1);
            connect(m_scoreKind, &QComboBox::currentIndexChanged, this, [this] { update(); });
        } else {
            grid->addWidget(box, row, 1);
        }
        connect(box, &QComboBox::currentIndexChanged, this, [this, role] {
            if (role == u"source"_s || role == u"target"_s || role == u"state_a"_s || role == u"state_b"_s)
                fillActorTable();
            update();
        });
        ++row;
    }
    m_layerLabel = new QLabel(this);
    m_layer = new QComboBox(this);
    m_layer->setObjectName(u"defaultLayer"_s);
    for (Layer l : kLayers)
        m_layer->addItem(QString(), layerName(l));
    m_layer->setCurrentIndex(m_kind == ImportMapping::Kind::Tiers ? 0 : 1);
    grid->addWidget(m_layerLabel, row, 0);
    grid->addWidget(m_layer, row, 1);
    connect(m_layer, &QComboBox::currentIndexChanged, this, [this] { update(); });
    ++row;
    if (m_kind == ImportMapping::Kind::Tiers) {
        m_categoryLabel = new QLabel(this);
        m_category = new QComboBox(this);
        m_category->setObjectName(u"category"_s);
        for (const Category &c : m_base.categories())
            m_category->addItem(c.name.in(m_doc ? m_doc->language() : Language::En) + u" (" + c.id + u')', c.id);
        // As TierImport chooses when the mapping names no category.
        int preferred = m_category->findData(u"defence_treaty"_s);
        if (preferred < 0)
            preferred = m_category->findData(u"formal_agreement"_s);
        if (preferred >= 0)
            m_category->setCurrentIndex(preferred);
        grid->addWidget(m_categoryLabel, row, 0);
        grid->addWidget(m_category, row, 1);
        connect(m_category, &QComboBox::currentIndexChanged, this, [this] { update(); });
        ++row;
    }
    grid->setRowStretch(row, 1);
    middle->addLayout(grid, 2);

    auto *actorsColumn = new QVBoxLayout;
    m_actorsLabel = new QLabel(this);
    actorsColumn->addWidget(m_actorsLabel);
    m_actors = new QTableWidget(0, 2, this);
    m_actors->setObjectName(u"actorTable"_s);
    m_actors->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_actors->horizontalHeader()->setStretchLastSection(true);
    m_actors->verticalHeader()->hide();
    m_actors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    actorsColumn->addWidget(m_actors, 1);
    m_skipUnmapped = new QCheckBox(this);
    m_skipUnmapped->setObjectName(u"skipUnmapped"_s);
    actorsColumn->addWidget(m_skipUnmapped);
    connect(m_skipUnmapped, &QCheckBox::toggled, this, [this] { update(); });
    middle->addLayout(actorsColumn, 3);
    layout->addLayout(middle, 3);

    m_problemsLabel = new QLabel(this);
    layout->addWidget(m_problemsLabel);
    m_problems = new QTreeWidget(this);
    m_problems->setObjectName(u"problems"_s);
    m_problems->setColumnCount(3);
    m_problems->setRootIsDecorated(false);
    m_problems->setMinimumHeight(110);
    layout->addWidget(m_problems, 2);

    m_skipBadRows = new QCheckBox(this);
    m_skipBadRows->setObjectName(u"skipBadRows"_s);
    layout->addWidget(m_skipBadRows);
    connect(m_skipBadRows, &QCheckBox::toggled, this, [this] { update(); });
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_previewProgress = new QProgressBar(this);
    m_previewProgress->setObjectName(u"previewProgress"_s);
    m_previewProgress->setRange(0, 0); // busy: EventImport::run tells no progress
    m_previewProgress->setTextVisible(false);
    m_previewProgress->hide();
    layout->addWidget(m_previewProgress);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_importButton = m_buttons->button(QDialogButtonBox::Ok);
    m_importButton->setObjectName(u"importButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    layout->addWidget(m_buttons);
    resize(1100, 820);
}

void ImportDialog::retranslate()
{
    const bool tiers = m_kind == ImportMapping::Kind::Tiers;
    setWindowTitle(tiers ? tr("Import Alliance Tiers") : tr("Import Events"));
    m_intro->setText(tiers ? tr("Reads an alliance table in the manner of ATOP or COW (state A, state B, start, "
                                "end, type) and sets the tiers of the dyads from it (docs/MODEL.md, "
                                "\"Imported tiers\").")
                           : tr("Reads a table of dyadic events (CSV or TSV: ICEWS, GDELT, a spreadsheet). Rows "
                                "of the same date, pair of states and layer become one event whose score is "
                                "the mean of theirs (docs/MODEL.md, \"Imported events\")."));
    m_fileLabel->setText(tr("Table:"));
    m_choose->setText(tr("Choose…"));
    m_previewLabel->setText(tr("First rows:"));
    m_columnsLabel->setText(tr("<b>Columns</b>"));
    const QHash<QString, QString> names = {
        {u"date"_s, tr("Date:")}, {u"source"_s, tr("Source:")}, {u"target"_s, tr("Target:")},
        {u"score"_s, tr("Score:")}, {u"layer"_s, tr("Layer column:")}, {u"title"_s, tr("Title:")},
        {u"citation"_s, tr("Citation:")}, {u"state_a"_s, tr("State A:")}, {u"state_b"_s, tr("State B:")},
        {u"start"_s, tr("Start:")}, {u"end"_s, tr("End:")}, {u"type"_s, tr("Type:")},
    };
    for (const auto &[role, label] : std::as_const(m_roleLabels))
        label->setText(names.value(role));
    if (m_scoreKind) {
        const QSignalBlocker block(m_scoreKind);
        const int current = std::max(0, m_scoreKind->currentIndex());
        m_scoreKind->clear();
        m_scoreKind->addItem(tr("CAMEO code"), u"cameo"_s);
        m_scoreKind->addItem(tr("Goldstein score"), u"goldstein"_s);
        m_scoreKind->addItem(tr("Category"), u"category"_s);
        m_scoreKind->setCurrentIndex(current);
    }
    m_layerLabel->setText(tiers ? tr("Layer:") : tr("Default layer:"));
    const QStringList layers = {tr("Security"), tr("Political"), tr("Economic")};
    for (int k = 0; k < m_layer->count(); ++k)
        m_layer->setItemText(k, layers.value(k));
    if (m_categoryLabel)
        m_categoryLabel->setText(tr("Category of the events:"));
    m_actorsLabel->setText(tr("<b>Actors</b> (names in the table → states of the chronology)"));
    m_actors->setHorizontalHeaderLabels({tr("In the table"), tr("Actor")});
    m_skipUnmapped->setText(tr("Skip rows whose actors are not mapped"));
    m_problemsLabel->setText(tr("<b>Problems</b>"));
    m_problems->setHeaderLabels({tr("Line"), tr("Column"), tr("Message")});
    m_skipBadRows->setText(tr("Skip the bad rows and import the rest"));
    m_importButton->setText(tr("Import"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        if (it.value()->count() > 0)
            it.value()->setItemText(0, tr("(none)"));
    }
    for (int r = 0; r < m_actors->rowCount(); ++r) {
        if (auto *box = qobject_cast<QComboBox *>(m_actors->cellWidget(r, 1)))
            box->setItemText(0, tr("(not mapped)"));
    }
    if (!m_updating)
        update();
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ImportDialog::chooseTable()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a Table"), m_lastDirectory,
        tr("Tables (*.csv *.tsv *.txt *.tab);;All files (*)"));
    if (path.isEmpty())
        return;
    m_lastDirectory = QFileInfo(path).absolutePath();
    setTablePath(path);
}

bool ImportDialog::setTablePath(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    CsvTable::Result read = CsvTable::readFile(path);
    m_tableErrors = read.errors;
    m_table = std::move(read.table);
    // The preview: the header and the first rows.
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    if (m_table) {
        const QStringList header = m_table->header();
        m_preview->setColumnCount(int(header.size()));
        m_preview->setHorizontalHeaderLabels(header);
        const int rows = int(std::min<qsizetype>(kPreviewRows, m_table->rows().size()));
        m_preview->setRowCount(rows);
        QStringList lineNumbers;
        for (int r = 0; r < rows; ++r) {
            const CsvTable::Row &row = m_table->rows().at(r);
            lineNumbers.append(QString::number(row.line));
            for (int c = 0; c < row.fields.size() && c < header.size(); ++c)
                m_preview->setItem(r, c, new QTableWidgetItem(row.fields.at(c).text.simplified()));
        }
        m_preview->setVerticalHeaderLabels(lineNumbers);
        m_preview->resizeColumnsToContents();
    }
    fillColumnBoxes();
    fillActorTable();
    update();
    return m_table.has_value();
}

void ImportDialog::fillColumnBoxes()
{
    m_updating = true;
    const QStringList header = m_table ? m_table->header() : QStringList();
    QSet<QString> used;
    auto guess = [&](const QString &role) -> QString {
        const QStringList candidates = guesses(role);
        for (const QString &c : candidates) {
            for (const QString &h : header) {
                if (h.toLower() == c && !used.contains(h))
                    return h;
            }
        }
        for (const QString &c : candidates) {
            if (c.size() < 4)
                continue;
            for (const QString &h : header) {
                if (h.toLower().contains(c) && !used.contains(h))
                    return h;
            }
        }
        return {};
    };
    // The score's kind first: CAMEO, then Goldstein, then a category column, as the table has one.
    if (m_scoreKind) {
        for (const QString &kind : {u"cameo"_s, u"goldstein"_s, u"category"_s}) {
            if (!guess(kind).isEmpty()) {
                m_scoreKind->setCurrentIndex(m_scoreKind->findData(kind));
                break;
            }
        }
    }
    const QStringList order = m_kind == ImportMapping::Kind::Tiers
        ? QStringList{u"state_a"_s, u"state_b"_s, u"start"_s, u"end"_s, u"type"_s}
        : QStringList{u"date"_s, u"source"_s, u"target"_s, u"score"_s, u"layer"_s, u"title"_s, u"citation"_s};
    for (const QString &role : order) {
        QComboBox *box = m_columns.value(role);
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(tr("(none)"), QString());
        for (const QString &h : header)
            box->addItem(h, h);
        const QString g = guess(role == u"score"_s ? m_scoreKind->currentData().toString() : role);
        if (!g.isEmpty()) {
            used.insert(g);
            box->setCurrentIndex(box->findData(g));
        }
    }
    m_updating = false;
}

void ImportDialog::fillActorTable()
{
    // Keep what the user chose for names that stay.
    QHash<QString, QString> chosen;
    for (int r = 0; r < m_actors->rowCount(); ++r) {
        if (auto *box = qobject_cast<QComboBox *>(m_actors->cellWidget(r, 1)))
            chosen.insert(m_actors->item(r, 0)->text(), box->currentData().toString());
    }
    QStringList names;
    if (m_table) {
        const bool tiers = m_kind == ImportMapping::Kind::Tiers;
        QSet<QString> seen;
        for (const QString &role : tiers ? QStringList{u"state_a"_s, u"state_b"_s} : QStringList{u"source"_s, u"target"_s}) {
            const int column = m_table->columnIndex(m_columns.value(role)->currentData().toString());
            if (column < 0 || m_columns.value(role)->currentData().toString().isEmpty())
                continue;
            for (const CsvTable::Row &row : m_table->rows()) {
                if (column >= row.fields.size())
                    continue;
                const QString name = row.fields.at(column).text.trimmed();
                if (!name.isEmpty() && !seen.contains(name) && seen.size() < kMaxActorNames) {
                    seen.insert(name);
                    names.append(name);
                }
            }
        }
    }
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    const Language language = m_doc ? m_doc->language() : Language::En;
    const ImportMapping none;
    m_actors->setRowCount(0);
    m_actors->setRowCount(int(names.size()));
    for (int r = 0; r < names.size(); ++r) {
        const QString &name = names.at(r);
        m_actors->setItem(r, 0, new QTableWidgetItem(name));
        auto *box = new QComboBox(m_actors);
        box->setObjectName(u"actor_"_s + name);
        box->addItem(tr("(not mapped)"), QString());
        for (const Actor &a : m_base.actors()) {
            if (a.isState())
                box->addItem(a.id + u" — "_s + a.name.in(language), a.id);
        }
        QString id = chosen.value(name);
        if (!chosen.contains(name)) {
            id = none.resolveActor(name, m_base);
            if (id.isEmpty() && m_base.actor(alias(name)))
                id = alias(name);
        }
        box->setCurrentIndex(std::max(0, box->findData(id)));
        connect(box, &QComboBox::currentIndexChanged, this, [this] { update(); });
        m_actors->setCellWidget(r, 1, box);
    }
}

QComboBox *ImportDialog::columnBox(const QString &role) const
{
    return m_columns.value(role);
}

QComboBox *ImportDialog::actorBox(const QString &name) const
{
    for (int r = 0; r < m_actors->rowCount(); ++r) {
        if (m_actors->item(r, 0)->text() == name)
            return qobject_cast<QComboBox *>(m_actors->cellWidget(r, 1));
    }
    return nullptr;
}

ImportMapping ImportDialog::mapping() const
{
    ImportMapping m;
    m.kind = m_kind;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        const QString column = it.value()->currentData().toString();
        if (column.isEmpty())
            continue;
        const QString role = it.key() == u"score"_s ? m_scoreKind->currentData().toString() : it.key();
        m.columns.insert(role, column);
    }
    for (int r = 0; r < m_actors->rowCount(); ++r) {
        auto *box = qobject_cast<QComboBox *>(m_actors->cellWidget(r, 1));
        const QString id = box ? box->currentData().toString() : QString();
        if (!id.isEmpty())
            m.actors.append({m_actors->item(r, 0)->text(), id, {}});
    }
    m.skipUnmappedActors = m_skipUnmapped->isChecked();
    m.layer = layerFromName(m_layer->currentData().toString()).value_or(Layer::Political);
    if (m_category)
        m.category = m_category->currentData().toString();
    return m;
}

void ImportDialog::update()
{
    if (m_updating)
        return;
    if (m_previewWatcher) // superseded: when it ends, the boxes are read again
        m_previewAgain = true;
    m_problems->clear();
    dropResult();
    QList<ReadError> problems = m_tableErrors;
    QString summary;
    if (!m_table) {
        summary = m_tableErrors.isEmpty() ? tr("Choose a CSV or TSV table to import.")
                                          : tr("The table cannot be read: see the problems.");
    } else {
        const ImportMapping m = mapping();
        QStringList missing;
        for (const QString &role : ImportMapping::roles(m_kind)) {
            if (ImportMapping::isRequired(m_kind, role) && !m.columns.contains(role))
                missing.append(role);
        }
        if (m_kind == ImportMapping::Kind::Events && !m.columns.contains(u"cameo"_s)
            && !m.columns.contains(u"goldstein"_s) && !m.columns.contains(u"category"_s))
            missing.append(u"score"_s);
        if (!missing.isEmpty()) {
            // The roles as their labels say them, without the colon.
            QStringList labels;
            for (const QString &role : std::as_const(missing)) {
                for (const auto &[r, label] : std::as_const(m_roleLabels)) {
                    if (r == role)
                        labels.append(label->text().chopped(1));
                }
            }
            summary = tr("Choose the columns of: %1.").arg(labels.join(tr(", ")));
        } else if (m_table->rows().size() >= kBackgroundPreviewRows) {
            // A large table: on a worker; the window stays usable, Import waits for it.
            startPreview();
            return;
        } else {
            // The preview leaves out the slow part, the merged chronology's write and re-read
            // (seconds at 100,000 rows): Import does it.
            m_result = run(false);
            problems += m_result.errors;
            summary = resultSummary();
        }
    }
    showResult(problems, summary);
}

void ImportDialog::dropResult()
{
    if (m_result.events.size() < kBackgroundPreviewRows) {
        m_result = ImportResult();
        return;
    }
    // Freeing 60,000 events took a fifth of a second: a worker does it.
    auto old = std::make_shared<ImportResult>(std::move(m_result));
    m_result = ImportResult();
    const QFuture<void> freed = QtConcurrent::run([old]() mutable { old.reset(); });
    Q_UNUSED(freed);
}

QString ImportDialog::resultSummary() const
{
    if (m_result.structural)
        return tr("The columns do not fit the table: see the problems.");
    const bool skip = m_skipBadRows->isChecked();
    QString summary = tr("Events: %1, effects: %2, from %3 of %4 rows (%5 skipped).")
                          .arg(m_result.events.size())
                          .arg(m_result.effects)
                          .arg(m_result.rowsUsed)
                          .arg(m_result.rows)
                          .arg(m_result.rowsSkipped);
    if (m_result.badRows > 0) {
        summary += u' '
            + (skip ? tr("%1 bad rows are left out.").arg(m_result.badRows)
                    : tr("%1 bad rows: correct the table or the mapping, or skip them.")
                          .arg(m_result.badRows));
    }
    if (m_result.mergeable)
        summary += u' ' + tr("Nothing is changed until you click Import.");
    return summary;
}

void ImportDialog::startPreview()
{
    m_importButton->setEnabled(false); // Import waits for the preview of what the boxes say
    m_summary->setText(tr("Previewing the import of %1 rows…").arg(m_table->rows().size()));
    m_previewProgress->show();
    if (m_previewWatcher) // one at a time: the newest mapping follows the one running
        return;
    m_previewAgain = false;
    // Copies for the worker (shared implicitly: nothing is copied until the dialog changes them).
    const CsvTable table = *m_table;
    const ImportMapping m = mapping();
    const Chronology base = m_base;
    const bool skip = m_skipBadRows->isChecked();
    const ImportMapping::Kind kind = m_kind;
    m_previewWatcher = new QFutureWatcher<ImportResult>(this);
    connect(m_previewWatcher, &QFutureWatcherBase::finished, this, &ImportDialog::onPreviewDone);
    m_previewWatcher->setFuture(QtConcurrent::run([table, m, base, skip, kind] {
        return kind == ImportMapping::Kind::Tiers ? TierImport::run(table, m, base, skip, false)
                                                  : EventImport::run(table, m, base, skip, false);
    }));
}

void ImportDialog::onPreviewDone()
{
    QFutureWatcher<ImportResult> *watcher = m_previewWatcher;
    m_previewWatcher = nullptr;
    watcher->deleteLater();
    if (m_previewAgain) { // superseded: the boxes say something else now
        update();
        return;
    }
    m_previewProgress->hide();
    m_result = watcher->result();
    showResult(m_tableErrors + m_result.errors, resultSummary());
}

void ImportDialog::showResult(QList<ReadError> problems, const QString &summary)
{
    m_previewProgress->setVisible(m_previewWatcher != nullptr);
    for (const ReadError &e : std::as_const(problems)) {
        auto *item = new QTreeWidgetItem(m_problems);
        item->setText(0, e.line > 0 ? QString::number(e.line) : QString());
        item->setText(1, e.column > 0 ? QString::number(e.column) : QString());
        const QString where = e.file == (m_table ? m_table->fileName() : QString()) ? QString()
                                                                                     : QFileInfo(e.file).fileName() + u": "_s;
        item->setText(2, where + e.message);
        item->setToolTip(2, e.toString());
    }
    // The bad cells of the preview, marked where the problems point.
    for (int r = 0; r < m_preview->rowCount(); ++r) {
        for (int c = 0; c < m_preview->columnCount(); ++c) {
            if (QTableWidgetItem *item = m_preview->item(r, c)) {
                item->setBackground(QBrush());
                item->setToolTip(QString());
            }
        }
    }
    if (m_table) {
        // The problems by cell, then the preview's cells once (100,000 rows can have thousands).
        QHash<std::pair<int, int>, QString> byCell;
        for (const ReadError &e : std::as_const(problems)) {
            if (e.file == m_table->fileName())
                byCell.insert({e.line, e.column}, e.message); // the last one, as before
        }
        for (int r = 0; r < m_preview->rowCount() && !byCell.isEmpty(); ++r) {
            const CsvTable::Row &row = m_table->rows().at(r);
            for (int c = 0; c < row.fields.size() && c < m_preview->columnCount(); ++c) {
                const CsvTable::Field &f = row.fields.at(c);
                QTableWidgetItem *item = m_preview->item(r, c);
                const auto it = byCell.constFind({f.line, f.column});
                if (item && it != byCell.cend()) {
                    item->setBackground(QColor(0xf4, 0xc7, 0xc3));
                    item->setToolTip(*it);
                }
            }
        }
    }
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
    m_skipBadRows->setEnabled(m_table && !m_result.structural && (m_result.badRows > 0 || m_skipBadRows->isChecked()));
    m_summary->setText(summary);
    m_importButton->setEnabled(m_result.mergeable && !m_result.events.isEmpty());
}

ImportResult ImportDialog::run(bool merge) const
{
    const ImportMapping m = mapping();
    const bool skip = m_skipBadRows->isChecked();
    return m_kind == ImportMapping::Kind::Tiers ? TierImport::run(*m_table, m, m_base, skip, merge)
                                                : EventImport::run(*m_table, m, m_base, skip, merge);
}

void ImportDialog::accept()
{
    if (isPreviewing()) // Import waits for the preview of the current mapping
        return;
    if (!m_table || !m_result.mergeable || m_result.events.isEmpty() || !m_doc)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ImportResult full = run(true);
    QApplication::restoreOverrideCursor();
    if (!full.ok()) {
        // The merged chronology did not read back: show why, import nothing.
        m_result = std::move(full);
        for (const ReadError &e : std::as_const(m_result.errors)) {
            auto *item = new QTreeWidgetItem(m_problems);
            item->setText(0, e.line > 0 ? QString::number(e.line) : QString());
            item->setText(1, e.column > 0 ? QString::number(e.column) : QString());
            item->setText(2, QFileInfo(e.file).fileName() + u": "_s + e.message);
        }
        m_importButton->setEnabled(false);
        return;
    }
    m_result = std::move(full);
    m_doc->setChronology(*m_result.chronology, QString());
    QDialog::accept();
}

void ImportDialog::install(QMainWindow *window, Document *doc)
{
    auto *events = new QAction(window);
    events->setObjectName(u"importEvents"_s);
    auto *tiers = new QAction(window);
    tiers->setObjectName(u"importTiers"_s);
    auto open = [window, doc](ImportMapping::Kind kind) {
        ImportDialog dialog(doc, kind, window);
        dialog.chooseTable();
        if (!dialog.m_file->text().isEmpty()) // not when the choice of a table was cancelled
            dialog.exec();
    };
    connect(events, &QAction::triggered, window, [open] { open(ImportMapping::Kind::Events); });
    connect(tiers, &QAction::triggered, window, [open] { open(ImportMapping::Kind::Tiers); });
    if (auto *menu = window->findChild<QMenu *>(u"fileMenu"_s)) {
        // After Open and Reload: before the first separator.
        QAction *before = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->isSeparator()) {
                before = a;
                break;
            }
        }
        menu->insertAction(before, events);
        menu->insertAction(before, tiers);
    }
    // The texts follow the language (the window gets LanguageChange when it changes).
    auto retranslate = [events, tiers] {
        events->setText(tr("Import &Events…"));
        events->setStatusTip(tr("Add the events of a CSV or TSV table (ICEWS, GDELT, a spreadsheet) to the chronology"));
        tiers->setText(tr("Import Alliance &Tiers…"));
        tiers->setStatusTip(tr("Set dyads' tiers from an alliance table in the manner of ATOP or COW"));
    };
    retranslate();
    new LanguageWatcher(window, retranslate); // owned by the window
}

} // namespace AllianceScope
