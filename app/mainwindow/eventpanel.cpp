// EventPanel: the current event in full.
#include "eventpanel.h"

#include "chronology/chronology.h"
#include "chronology/scenarioinplace.h"
#include "compare/effectdialog.h"
#include "weights/weightmodel.h"
#include "session/document.h"
#include "graphview/palette.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AllianceScope {

EventPanel::EventPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_heading(new QLabel(this))
    , m_date(new QLabel(this))
    , m_title(new QLabel(this))
    , m_context(new QLabel(this))
    , m_category(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_citation(new QLabel(this))
    , m_effectsHeading(new QLabel(this))
    , m_effectsView(new QTableView(this))
    , m_effects(new QStandardItemModel(0, EffectColumnCount, this))
{
    setObjectName(u"eventPanel"_s);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_effectsHeading->setFont(headingFont);

    QFont dateFont = m_date->font();
    dateFont.setPointSizeF(dateFont.pointSizeF() * 1.1);
    m_date->setFont(dateFont);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_context->setStyleSheet(
        u"QLabel { background: #fff3cd; color: #5c4400; border-radius: 3px; padding: 2px 6px; }"_s);

    for (QLabel *l : { m_title, m_category, m_summary, m_citation, m_context }) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_date->setObjectName(u"eventDate"_s);
    m_title->setObjectName(u"eventTitle"_s);
    m_summary->setObjectName(u"eventSummary"_s);
    m_citation->setObjectName(u"eventCitation"_s);
    m_context->setObjectName(u"eventContext"_s);
    m_category->setObjectName(u"eventCategory"_s);

    m_effectsView->setModel(m_effects);
    m_effectsView->setObjectName(u"eventEffects"_s);
    m_effectsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_effectsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_effectsView->setFocusPolicy(Qt::NoFocus);
    m_effectsView->verticalHeader()->hide();
    m_effectsView->horizontalHeader()->setSectionResizeMode(TargetColumn, QHeaderView::Stretch);
    for (int c = LayerColumn; c < EffectColumnCount; ++c)
        m_effectsView->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_effectsView->setWordWrap(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_heading);
    layout->addWidget(m_date);
    layout->addWidget(m_title);
    layout->addWidget(m_context);
    layout->addWidget(m_category);
    layout->addWidget(m_summary);
    layout->addWidget(m_citation);
    layout->addWidget(m_effectsHeading);
    layout->addWidget(m_effectsView, 1);

    connect(m_document, &Document::currentEventChanged, this, &EventPanel::displayEvent);
    connect(m_document, &Document::chronologyChanged, this, &EventPanel::refresh);
    connect(m_document, &Document::languageChanged, this, &EventPanel::refresh);
    // What-if: double-click an effect to change its score or tier.
    connect(m_document, &Document::scenarioChanged, this, &EventPanel::refresh);
    connect(m_effectsView, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) { editEffect(index.row()); });

    retranslateUi();
}

EventPanel::~EventPanel() = default;

QString EventPanel::titleText() const
{
    return m_title->text();
}

QString EventPanel::dateText() const
{
    return m_date->text();
}

QString EventPanel::citationText() const
{
    return m_citation->text();
}

QString EventPanel::layerTitle(Layer layer)
{
    return Palette::layerTitle(static_cast<int>(layer));
}

QString EventPanel::tierTitle(int tier)
{
    return Palette::tierName(tier);
}

QString EventPanel::scoreText(double score)
{
    if (score > 0)
        return u"+"_s + QString::number(score, 'f', 1);
    if (score < 0)
        return u"\u2212"_s + QString::number(-score, 'f', 1);
    return QString::number(0.0, 'f', 1);
}

QString EventPanel::dyadText(const Chronology &chronology, const QString &a, const QString &b,
                             Language lang)
{
    const auto name = [&](const QString &id) {
        const Actor *actor = chronology.actor(id);
        return actor ? actor->name.in(lang) : id;
    };
    return name(a) + u" \u2013 "_s + name(b);
}

QStringList EventPanel::effectCells(const Chronology &chronology, const Event &event,
                                    const Effect &effect, Language lang)
{
    const auto name = [&](const QString &id) {
        const Actor *actor = chronology.actor(id);
        return actor ? actor->name.in(lang) : id;
    };
    QStringList cells(EffectColumnCount);
    if (effect.kind == Effect::Kind::Membership) {
        cells[TargetColumn] = effect.action == Effect::Action::Join
            ? tr("%1 joins %2").arg(name(effect.member), name(effect.mechanism))
            : tr("%1 leaves %2").arg(name(effect.member), name(effect.mechanism));
        cells[LayerColumn] = tr("membership");
        cells[TierColumn] = QString();
        cells[ScoreColumn] = QString();
        return cells;
    }
    if (effect.actors.size() == 2) {
        cells[TargetColumn] = dyadText(chronology, effect.actors[0], effect.actors[1], lang);
    } else {
        QStringList names;
        for (const QString &id : effect.actors)
            names.append(name(id));
        cells[TargetColumn] = tr("%1 (every pair)").arg(names.join(u", "_s));
    }
    cells[LayerColumn] = layerTitle(effect.layer);
    cells[TierColumn]
        = effect.tier ? tr("→ %1 (%2)").arg(*effect.tier).arg(tierTitle(*effect.tier)) : QString();
    const double score = chronology.effectScore(event, effect);
    cells[ScoreColumn]
        = effect.ongoing ? tr("%1 (ongoing)").arg(scoreText(score)) : scoreText(score);
    return cells;
}

void EventPanel::displayEvent(int index)
{
    m_eventIndex = index;
    const Chronology &chronology = m_document->chronology();
    const Language lang = m_document->language();
    m_effects->removeRows(0, m_effects->rowCount());
    if (index < 0 || index >= chronology.events().size()) {
        m_date->setText(QString());
        m_title->setText(chronology.isEmpty() ? tr("No chronology loaded")
                                              : tr("Before the first event"));
        m_context->hide();
        m_category->clear();
        m_summary->clear();
        m_citation->clear();
        return;
    }
    const Event &e = chronology.events()[index];
    QString date = e.dateText();
    if (e.end)
        date = tr("%1 to %2").arg(date, e.end->toString(Qt::ISODate));
    m_date->setText(date);
    m_title->setText(e.title.in(lang));
    m_context->setVisible(e.context);
    const Category *category = chronology.category(e.category);
    m_category->setText(tr("Category: %1 (score %2)")
                            .arg(category ? category->name.in(lang) : e.category,
                                 scoreText(category ? category->score : 0.0)));
    m_summary->setText(e.summary.in(lang));

    QStringList citation;
    citation.append(e.source.section == QLatin1String("intro")
                        ? tr("Paper, introduction")
                        : tr("Paper, §%1").arg(e.source.section));
    if (!e.source.footnote.isEmpty() && e.source.footnote != QLatin1String("none"))
        citation.append(tr("footnote %1").arg(e.source.footnote));
    if (!e.source.document.isEmpty())
        citation.append(e.source.document);
    if (!e.source.note.isEmpty())
        citation.append(e.source.note);
    m_citation->setText(tr("Source: %1").arg(citation.join(tr(", ", "list separator"))));
    m_citation->setToolTip(chronology.source().in(lang));

    // A what-if's values (the model's chronology has the same indices); switched-off events
    // keep the file's effects in the table, under a heading that says so.
    const bool off = isSwitchedOff(m_document->scenario(), e);
    const Chronology &shown = off ? chronology : m_document->model().chronology();
    const Event &se = shown.events()[index];
    m_effectsHeading->setText(off ? tr("Effects (switched off in this what-if)") : tr("Effects"));
    for (qsizetype i = 0; i < e.effects.size(); ++i) {
        const Effect &effect = i < se.effects.size() ? se.effects[i] : e.effects[i];
        const bool changed = !off && (effect.score != e.effects[i].score || effect.tier != e.effects[i].tier);
        QList<QStandardItem *> row;
        const QStringList cells = effectCells(shown, se, effect, lang);
        for (const QString &cell : cells) {
            auto *item = new QStandardItem(cell);
            item->setToolTip(changed ? tr("Changed in this what-if; in the file: %1, %2")
                                           .arg(effectCells(chronology, e, e.effects[i], lang)[TierColumn],
                                                effectCells(chronology, e, e.effects[i], lang)[ScoreColumn])
                                     : effect.rationale);
            if (changed) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
            row.append(item);
        }
        m_effects->appendRow(row);
    }
}

void EventPanel::editEffect(int row)
{
    const Chronology &chronology = m_document->chronology();
    if (m_eventIndex < 0 || m_eventIndex >= chronology.events().size())
        return;
    const Event &e = chronology.events()[m_eventIndex];
    if (row < 0 || row >= e.effects.size() || e.effects[row].kind != Effect::Kind::Dyad)
        return;
    std::optional<EffectOverride> current;
    for (const EffectOverride &o : m_document->scenario().overrides)
        if (o.event == e.id && o.effect == row)
            current = o;
    EffectDialog dialog(e, row, chronology.effectScore(e, e.effects[row]), current,
                        effectCells(chronology, e, e.effects[row], m_document->language())[TargetColumn], this);
    if (dialog.exec() == QDialog::Accepted)
        m_document->setEffectOverride(dialog.result());
}

void EventPanel::refresh()
{
    displayEvent(m_document->currentEventIndex());
}

void EventPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EventPanel::retranslateUi()
{
    m_heading->setText(tr("Current event"));
    m_effectsHeading->setText(tr("Effects"));
    m_context->setText(tr("Context: general knowledge the paper presupposes"));
    m_context->setToolTip(tr("This event is not dated in the paper itself; it is included as "
                             "background, with its general source."));
    m_effects->setHorizontalHeaderLabels(
        { tr("Dyad or membership"), tr("Layer"), tr("Tier"), tr("Score") });
    m_effectsView->setToolTip(tr("What this event does to the network; hover a row for the "
                                 "reason behind it, double-click it to change its score or tier (what-if)"));
    m_summary->setToolTip(tr("The event in our own words"));
    m_category->setToolTip(tr("The event's category and its default score (−10…+10)"));
    refresh();
}

} // namespace AllianceScope
