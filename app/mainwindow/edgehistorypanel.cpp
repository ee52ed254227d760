// EdgeHistoryPanel: the events that moved the selected edge.
#include "edgehistorypanel.h"

#include "session/document.h"
#include "eventpanel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPersistentModelIndex>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AllianceScope {

EdgeHistoryPanel::EdgeHistoryPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_heading(new QLabel(this))
    , m_state(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
{
    setObjectName(u"edgeHistoryPanel"_s);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_state->setWordWrap(true);
    m_state->setObjectName(u"edgeState"_s);

    m_view->setModel(m_model);
    m_view->setObjectName(u"edgeHistory"_s);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EventColumn, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_heading);
    layout->addWidget(m_state);
    layout->addWidget(m_view, 1);

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QVariant v = m_model->index(index.row(), 0).data(EventIndexRole);
        if (v.isValid())
            emit eventActivated(v.toInt());
    });
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QVariant v = m_model->index(index.row(), 0).data(EventIndexRole);
        if (v.isValid())
            emit eventActivated(v.toInt());
    });
    connect(m_document, &Document::chronologyChanged, this, [this] { clear(); });
    connect(m_document, &Document::languageChanged, this, &EdgeHistoryPanel::rebuild);
    connect(m_document, &Document::scenarioChanged, this, &EdgeHistoryPanel::rebuild);
    connect(m_document, &Document::dateChanged, this, &EdgeHistoryPanel::updateCurrent);
    connect(m_document, &Document::parametersChanged, this, &EdgeHistoryPanel::updateCurrent);
    connect(m_document, &Document::layerChanged, this, &EdgeHistoryPanel::updateCurrent);

    retranslateUi();
}

EdgeHistoryPanel::~EdgeHistoryPanel() = default;

QString EdgeHistoryPanel::headingText() const
{
    return m_heading->text();
}

void EdgeHistoryPanel::setEdge(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty()) {
        m_a.clear();
        m_b.clear();
    } else {
        m_a = std::min(a, b);
        m_b = std::max(a, b);
    }
    rebuild();
}

void EdgeHistoryPanel::rebuild()
{
    m_model->removeRows(0, m_model->rowCount());
    if (m_a.isEmpty() || !m_document->hasChronology()) {
        m_heading->setText(tr("Edge history"));
        m_state->setText(tr("Click an edge in the graph to see the events that gave it its "
                            "weight."));
        return;
    }
    // The model's chronology: a what-if's changed effects (same event indices as the file's).
    const Chronology &chronology = m_document->model().chronology();
    const Language lang = m_document->language();
    m_heading->setText(tr("History of %1").arg(EventPanel::dyadText(chronology, m_a, m_b, lang)));
    const QList<int> events = m_document->model().eventsTouching(m_a, m_b);
    for (int index : events) {
        const Event &e = chronology.events()[index];
        for (const Effect &effect : e.effects) {
            if (effect.kind != Effect::Kind::Dyad || !effect.actors.contains(m_a)
                || !effect.actors.contains(m_b))
                continue;
            const QStringList cells = EventPanel::effectCells(chronology, e, effect, lang);
            QList<QStandardItem *> row;
            row.append(new QStandardItem(e.dateText()));
            row.append(new QStandardItem(e.title.in(lang)));
            row.append(new QStandardItem(cells[EventPanel::LayerColumn]));
            // The tier as a number here (the name is in the tooltip): the event title needs the
            // room.
            row.append(new QStandardItem(effect.tier ? tr("→ %1").arg(*effect.tier) : QString()));
            row.append(new QStandardItem(cells[EventPanel::ScoreColumn]));
            const QString tierLine = cells[EventPanel::TierColumn].isEmpty()
                ? QString()
                : u"\n"_s + tr("Tier: %1").arg(cells[EventPanel::TierColumn]);
            for (QStandardItem *item : row) {
                item->setData(index, EventIndexRole);
                item->setToolTip(e.title.in(lang) + u"\n"_s + e.summary.in(lang) + tierLine
                                 + u"\n\n"_s + effect.rationale);
            }
            m_model->appendRow(row);
        }
    }
    updateCurrent();
}

void EdgeHistoryPanel::updateCurrent()
{
    if (m_a.isEmpty() || !m_document->hasChronology())
        return;
    // The state at the current date, per layer, and which rows are still in the future.
    const DyadState state = m_document->model().dyadAt(m_a, m_b, m_document->date());
    QStringList lines;
    for (Layer layer : kViewLayers) {
        const LayerState &s = state.at(layer);
        lines.append(tr("%1: weight %2, tier %3 (%4), score %5")
                         .arg(EventPanel::layerTitle(layer))
                         .arg(s.weight, 0, 'f', 2)
                         .arg(s.tier)
                         .arg(EventPanel::tierTitle(s.tier), EventPanel::scoreText(s.score)));
    }
    m_state->setText(tr("On %1:").arg(m_document->date().toString(Qt::ISODate)) + u"\n"_s
                     + lines.join(u'\n'));
    const QColor future = palette().color(QPalette::Disabled, QPalette::Text);
    const QList<Event> &events = m_document->chronology().events();
    int lastPast = -1;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const int index = m_model->item(r, 0)->data(EventIndexRole).toInt();
        const bool isFuture = events[index].date > m_document->date();
        if (!isFuture)
            lastPast = r;
        for (int c = 0; c < ColumnCount; ++c) {
            QStandardItem *item = m_model->item(r, c);
            item->setData(isFuture ? QVariant(future) : QVariant(), Qt::ForegroundRole);
        }
    }
    // Keep the latest event that already happened in sight.
    // Queued, so that a view that has just been filled or shown is laid out first.
    if (lastPast >= 0) {
        const QPersistentModelIndex target = m_model->index(lastPast, 0);
        QMetaObject::invokeMethod(
            this,
            [this, target] {
                if (target.isValid())
                    m_view->scrollTo(target, QAbstractItemView::PositionAtBottom);
            },
            Qt::QueuedConnection);
    }
}

void EdgeHistoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EdgeHistoryPanel::retranslateUi()
{
    m_model->setHorizontalHeaderLabels(
        { tr("Date"), tr("Event"), tr("Layer"), tr("Tier"), tr("Score") });
    m_view->setToolTip(tr("The events that moved this edge; later events are greyed out. "
                          "Click one to go to it."));
    m_state->setToolTip(tr("The edge's tier, decayed relations score and displayed weight at "
                           "the current date"));
    rebuild();
}

} // namespace AllianceScope
