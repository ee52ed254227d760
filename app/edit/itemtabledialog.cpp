// ItemTableDialog: actors and categories as tables (see itemtabledialog.h).
#include "itemtabledialog.h"

#include "editsession.h"
#include "session/document.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

    QString number(double value)
    {
        return std::isnan(value) ? QString() : QString::number(value, 'g', 10);
    }

    /// @p text as a number; NaN for an empty cell, nullopt for text that is no number.
    std::optional<double> parseNumber(const QString &text)
    {
        if (text.trimmed().isEmpty())
            return qQNaN();
        bool ok = false;
        const double v = QLocale::c().toDouble(text.trimmed(), &ok);
        return ok ? std::optional<double>(v) : std::nullopt;
    }

} // namespace

ItemTableDialog::ItemTableDialog(EditSession *session, Kind kind, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_kind(kind)
    , m_table(new QTableWidget(this))
    , m_message(new QLabel(this))
{
    setObjectName(kind == Kind::Actors ? u"actorsDialog"_s : u"categoriesDialog"_s);
    setWindowTitle(kind == Kind::Actors ? tr("Actors") : tr("Categories"));
    m_table->setObjectName(u"itemTable"_s);
    if (kind == Kind::Actors) {
        m_table->setColumnCount(6);
        m_table->setHorizontalHeaderLabels({tr("Id"), tr("Mechanism"), tr("Name (Chinese)"),
                                            tr("Name (English)"), tr("Latitude"), tr("Longitude")});
    } else {
        m_table->setColumnCount(5);
        m_table->setHorizontalHeaderLabels({tr("Id"), tr("Score"), tr("Name (Chinese)"),
                                            tr("Name (English)"), tr("Basis")});
    }
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020;"_s);

    auto *add = new QPushButton(kind == Kind::Actors ? tr("Add Actor") : tr("Add Category"), this);
    add->setObjectName(u"addItem"_s);
    auto *remove = new QPushButton(tr("Delete"), this);
    remove->setObjectName(u"deleteItem"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &ItemTableDialog::addItem);
    connect(remove, &QPushButton::clicked, this, &ItemTableDialog::deleteSelected);
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Each change is one step in Edit → Undo History."), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(row);
    layout->addWidget(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_filling)
            commitRow(item->row());
    });
    connect(session->document(), &Document::chronologyChanged, this, &ItemTableDialog::reload);
    reload();
    resize(760, 460);
}

QString ItemTableDialog::message() const
{
    return m_message->text();
}

QString ItemTableDialog::idAt(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, 0);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ItemTableDialog::reload()
{
    m_filling = true;
    const Chronology &c = m_session->document()->chronology();
    const auto cell = [](const QString &text, const QString &id = QString()) {
        auto *item = new QTableWidgetItem(text);
        if (!id.isEmpty())
            item->setData(Qt::UserRole, id);
        return item;
    };
    if (m_kind == Kind::Actors) {
        m_table->setRowCount(int(c.actors().size()));
        for (int i = 0; i < c.actors().size(); ++i) {
            const Actor &a = c.actors()[i];
            m_table->setItem(i, 0, cell(a.id, a.id));
            auto *mechanism = new QTableWidgetItem;
            mechanism->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            mechanism->setCheckState(a.isState() ? Qt::Unchecked : Qt::Checked);
            m_table->setItem(i, 1, mechanism);
            m_table->setItem(i, 2, cell(a.name.zh));
            m_table->setItem(i, 3, cell(a.name.en));
            m_table->setItem(i, 4, cell(number(a.latitude)));
            m_table->setItem(i, 5, cell(number(a.longitude)));
        }
    } else {
        m_table->setRowCount(int(c.categories().size()));
        for (int i = 0; i < c.categories().size(); ++i) {
            const Category &k = c.categories()[i];
            m_table->setItem(i, 0, cell(k.id, k.id));
            m_table->setItem(i, 1, cell(number(k.score)));
            m_table->setItem(i, 2, cell(k.name.zh));
            m_table->setItem(i, 3, cell(k.name.en));
            m_table->setItem(i, 4, cell(k.basis));
        }
    }
    m_filling = false;
}

void ItemTableDialog::showErrors(const QList<ReadError> &errors)
{
    QStringList lines;
    for (const ReadError &e : errors)
        lines.append(e.message);
    m_message->setText(lines.join(u'\n'));
    if (!errors.isEmpty())
        reload(); // the refused change goes back
}

void ItemTableDialog::commitRow(int row)
{
    const auto text = [this, row](int column) {
        const QTableWidgetItem *item = m_table->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    const QString id = idAt(row);
    if (m_kind == Kind::Actors) {
        const Actor *old = m_session->document()->chronology().actor(id);
        Actor a = old ? *old : Actor();
        a.id = text(0);
        a.kind = m_table->item(row, 1)->checkState() == Qt::Checked ? ActorKind::Mechanism
                                                                      : ActorKind::State;
        a.name = {text(2), text(3)};
        const auto lat = parseNumber(text(4));
        const auto lon = parseNumber(text(5));
        if (!lat || !lon) {
            showErrors({ReadError{QString(), 0, 0, tr("Latitude and longitude are numbers (or empty).")}});
            return;
        }
        a.latitude = *lat;
        a.longitude = *lon;
        showErrors(m_session->editActor(id, a));
    } else {
        const Category *old = m_session->document()->chronology().category(id);
        Category k = old ? *old : Category();
        k.id = text(0);
        const auto score = parseNumber(text(1));
        if (!score || std::isnan(*score)) {
            showErrors({ReadError{QString(), 0, 0, tr("The score is a number from -10 to 10.")}});
            return;
        }
        k.score = *score;
        k.name = {text(2), text(3)};
        k.basis = text(4);
        showErrors(m_session->editCategory(id, k));
    }
}

void ItemTableDialog::addItem()
{
    const Chronology &c = m_session->document()->chronology();
    const bool actors = m_kind == Kind::Actors;
    // A state's id is three capitals: the ISO range X.. is never given to a country.
    QString id;
    int n = 0;
    do {
        id = actors ? u"X"_s + QChar(u'A' + (n / 26) % 26) + QChar(u'A' + n % 26)
                    : u"category_%1"_s.arg(n + 1);
        ++n;
    } while (actors ? c.actor(id) != nullptr : c.category(id) != nullptr);
    if (actors) {
        Actor a;
        a.id = id;
        a.name = {u"新行为体"_s, u"New actor"_s};
        showErrors(m_session->addActor(a));
    } else {
        Category k;
        k.id = id;
        k.name = {u"新类别"_s, u"New category"_s};
        showErrors(m_session->addCategory(k));
    }
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (idAt(r) == id)
            m_table->setCurrentCell(r, 0);
}

void ItemTableDialog::deleteSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString id = idAt(row);
    showErrors(m_kind == Kind::Actors ? m_session->removeActor(id) : m_session->removeCategory(id));
}

} // namespace AllianceScope
