// EventEditorDialog: the event form (see eventeditordialog.h).
#include "eventeditordialog.h"

#include "editsession.h"
#include "session/document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AllianceScope {

namespace {

    constexpr int kCheckDelayMs = 150;

    QStringList splitIds(const QString &text)
    {
        QStringList ids;
        for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
            const QString id = part.trimmed();
            if (!id.isEmpty())
                ids.append(id);
        }
        return ids;
    }

    /// "1993", "1993-01" or "1993-01-15" with its precision; the reader's message when it is none.
    std::optional<QDate> parseDate(const QString &text, const QString &what, Precision *precision,
                                   QStringList *errors)
    {
        static const std::array<std::pair<QString, Precision>, 3> formats
            = {{{u"yyyy-MM-dd"_s, Precision::Day}, {u"yyyy-MM"_s, Precision::Month},
                {u"yyyy"_s, Precision::Year}}};
        const QString t = text.trimmed();
        for (const auto &[format, p] : formats) {
            if (t.size() != format.size())
                continue;
            const QDate d = QDate::fromString(t, format);
            if (d.isValid()) {
                if (precision)
                    *precision = p;
                return d;
            }
        }
        if (errors) // the reader's own message (its messages are not translated)
            errors->append(u"invalid date %1 for %2 (expected YYYY-MM-DD, YYYY-MM or YYYY)"_s
                               .arg(u"\""_s + t + u"\""_s, u"\""_s + what + u"\""_s));
        return std::nullopt;
    }

    QComboBox *comboOf(QTableWidget *table, int row, int column)
    {
        return qobject_cast<QComboBox *>(table->cellWidget(row, column));
    }

} // namespace

EventEditorDialog::EventEditorDialog(EditSession *session, const QString &id, const Event &event,
                                     QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_id(id)
    , m_eventId(new QLineEdit(this))
    , m_date(new QLineEdit(this))
    , m_end(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_titleZh(new QLineEdit(this))
    , m_titleEn(new QLineEdit(this))
    , m_summaryZh(new QPlainTextEdit(this))
    , m_summaryEn(new QPlainTextEdit(this))
    , m_actors(new QLineEdit(this))
    , m_section(new QLineEdit(this))
    , m_footnote(new QLineEdit(this))
    , m_document(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_context(new QCheckBox(this))
    , m_effects(new QTableWidget(0, ColumnCount, this))
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply
                                         | QDialogButtonBox::Cancel,
                                     this))
    , m_timer(new QTimer(this))
{
    setObjectName(u"eventEditorDialog"_s);
    setWindowTitle(id.isEmpty() ? tr("New Event") : tr("Edit Event"));
    m_eventId->setObjectName(u"eventId"_s);
    m_date->setObjectName(u"eventDate"_s);
    m_date->setPlaceholderText(tr("YYYY-MM-DD, YYYY-MM or YYYY"));
    m_end->setObjectName(u"eventEnd"_s);
    m_end->setPlaceholderText(tr("optional: the last day, for events that last"));
    m_category->setObjectName(u"eventCategory"_s);
    m_titleZh->setObjectName(u"titleZh"_s);
    m_titleEn->setObjectName(u"titleEn"_s);
    m_summaryZh->setObjectName(u"summaryZh"_s);
    m_summaryEn->setObjectName(u"summaryEn"_s);
    for (QPlainTextEdit *e : {m_summaryZh, m_summaryEn}) {
        e->setTabChangesFocus(true);
        e->setFixedHeight(e->fontMetrics().lineSpacing() * 3 + 12);
    }
    m_actors->setObjectName(u"eventActors"_s);
    m_actors->setPlaceholderText(tr("ids separated by commas, e.g. JPN, KOR"));
    m_section->setObjectName(u"sourceSection"_s);
    m_footnote->setObjectName(u"sourceFootnote"_s);
    m_document->setObjectName(u"sourceDocument"_s);
    m_note->setObjectName(u"sourceNote"_s);
    m_context->setObjectName(u"eventContext"_s);
    m_context->setText(tr("Context event (general knowledge the paper presupposes)"));
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(u"color: #b00020;"_s);

    m_effects->setObjectName(u"effectsTable"_s);
    m_effects->setHorizontalHeaderLabels({tr("Type"), tr("Actors"), tr("Layer"), tr("Score"),
                                          tr("Tier"), tr("Ongoing"), tr("Role"), tr("Rationale")});
    m_effects->horizontalHeader()->setStretchLastSection(true);
    for (const auto &[column, width] : {std::pair(TypeColumn, 96), std::pair(ActorsColumn, 130),
                                        std::pair(LayerColumn, 104), std::pair(ScoreColumn, 56),
                                        std::pair(TierColumn, 64), std::pair(OngoingColumn, 64),
                                        std::pair(RoleColumn, 70)})
        m_effects->setColumnWidth(column, width);
    m_effects->verticalHeader()->setVisible(false);
    m_effects->setMinimumHeight(160);
    m_effects->horizontalHeaderItem(ActorsColumn)->setToolTip(
        tr("Dyad: two ids; among: three or more (every pair); join/leave: the member, then the "
           "mechanism"));
    m_effects->horizontalHeaderItem(ScoreColumn)->setToolTip(
        tr("The score pulse, -10..10; empty: the category's score"));
    m_effects->horizontalHeaderItem(TierColumn)->setToolTip(
        tr("The institutional tier from this date on, -2..4; empty: unchanged"));
    m_effects->horizontalHeaderItem(OngoingColumn)->setToolTip(
        tr("Acts at full strength from the date to the event's end"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Id:"), m_eventId);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_date);
    dates->addWidget(new QLabel(tr("End:"), this));
    dates->addWidget(m_end);
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy); // a row of several fields: the label's key goes to the first
        return l;
    };
    form->addRow(label(tr("&Date:"), m_date), dates);
    form->addRow(tr("Ca&tegory:"), m_category);
    form->addRow(tr("Title (Chinese):"), m_titleZh);
    form->addRow(tr("Title (English):"), m_titleEn);
    form->addRow(tr("Summary (Chinese):"), m_summaryZh);
    form->addRow(tr("Summary (English):"), m_summaryEn);
    form->addRow(tr("&Actors:"), m_actors);
    auto *source = new QHBoxLayout;
    source->addWidget(m_section, 1);
    source->addWidget(new QLabel(tr("Footnote:"), this));
    source->addWidget(m_footnote, 3);
    form->addRow(label(tr("&Section:"), m_section), source);
    form->addRow(tr("Document:"), m_document);
    form->addRow(tr("Note:"), m_note);
    form->addRow(QString(), m_context);

    auto *effectButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add Effect"), this);
    add->setObjectName(u"addEffect"_s);
    auto *remove = new QPushButton(tr("Remove Effect"), this);
    remove->setObjectName(u"removeEffect"_s);
    effectButtons->addWidget(new QLabel(tr("Effects:"), this));
    effectButtons->addStretch(1);
    effectButtons->addWidget(add);
    effectButtons->addWidget(remove);
    connect(add, &QPushButton::clicked, this, &EventEditorDialog::addEffect);
    connect(remove, &QPushButton::clicked, this, &EventEditorDialog::removeEffect);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(effectButtons);
    layout->addWidget(m_effects, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EventEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &EventEditorDialog::apply);

    m_timer->setSingleShot(true);
    m_timer->setInterval(kCheckDelayMs);
    connect(m_timer, &QTimer::timeout, this, &EventEditorDialog::validateNow);
    for (QLineEdit *e : {m_eventId, m_date, m_end, m_titleZh, m_titleEn, m_actors, m_section,
                         m_footnote, m_document, m_note})
        connect(e, &QLineEdit::textChanged, this, &EventEditorDialog::changed);
    for (QPlainTextEdit *e : {m_summaryZh, m_summaryEn})
        connect(e, &QPlainTextEdit::textChanged, this, &EventEditorDialog::changed);
    connect(m_category, &QComboBox::currentIndexChanged, this, &EventEditorDialog::changed);
    connect(m_context, &QCheckBox::toggled, this, &EventEditorDialog::changed);
    connect(m_effects, &QTableWidget::itemChanged, this, &EventEditorDialog::changed);

    fillCategories();
    setEvent(event);
    resize(900, 760);
    validateNow();
}

void EventEditorDialog::fillCategories()
{
    const Document *doc = m_session->document();
    for (const Category &c : doc->chronology().categories())
        m_category->addItem(u"%1 — %2 (%3)"_s.arg(c.id, c.name.in(doc->language()))
                                .arg(c.score),
                            c.id);
}

void EventEditorDialog::setEvent(const Event &e)
{
    m_filling = true;
    m_eventId->setText(e.id);
    m_date->setText(e.date.isValid() ? e.dateText() : QString());
    m_end->setText(e.end ? e.end->toString(Qt::ISODate) : QString());
    int category = m_category->findData(e.category);
    if (category < 0 && !e.category.isEmpty()) {
        m_category->addItem(e.category, e.category);
        category = m_category->count() - 1;
    }
    m_category->setCurrentIndex(category);
    m_titleZh->setText(e.title.zh);
    m_titleEn->setText(e.title.en);
    m_summaryZh->setPlainText(e.summary.zh);
    m_summaryEn->setPlainText(e.summary.en);
    m_actors->setText(e.actors.join(u", "_s));
    m_section->setText(e.source.section);
    m_footnote->setText(e.source.footnote);
    m_document->setText(e.source.document);
    m_note->setText(e.source.note);
    m_context->setChecked(e.context);
    m_effects->setRowCount(0);
    for (const Effect &effect : e.effects) {
        m_effects->insertRow(m_effects->rowCount());
        setEffectRow(m_effects->rowCount() - 1, effect);
    }
    m_filling = false;
    changed();
}

void EventEditorDialog::setEffectRow(int row, const Effect &effect)
{
    const bool filling = m_filling;
    m_filling = true;
    auto *type = new QComboBox;
    type->addItem(tr("dyad"), u"dyad"_s);
    type->addItem(tr("among"), u"among"_s);
    type->addItem(tr("join"), u"join"_s);
    type->addItem(tr("leave"), u"leave"_s);
    const QString kind = effect.kind == Effect::Kind::Membership
        ? (effect.action == Effect::Action::Join ? u"join"_s : u"leave"_s)
        : (effect.among ? u"among"_s : u"dyad"_s);
    type->setCurrentIndex(type->findData(kind));
    connect(type, &QComboBox::currentIndexChanged, this, &EventEditorDialog::changed);
    m_effects->setCellWidget(row, TypeColumn, type);
    auto *layer = new QComboBox;
    const QStringList layerTexts = {tr("security"), tr("political"), tr("economic")};
    for (const AllianceScope::Layer l : kLayers)
        layer->addItem(layerTexts.value(static_cast<int>(l)), layerName(l));
    layer->setCurrentIndex(layer->findData(layerName(effect.layer)));
    connect(layer, &QComboBox::currentIndexChanged, this, &EventEditorDialog::changed);
    m_effects->setCellWidget(row, LayerColumn, layer);
    const QString actors = effect.kind == Effect::Kind::Membership
        ? QStringList{effect.member, effect.mechanism}.join(u", "_s)
        : effect.actors.join(u", "_s);
    m_effects->setItem(row, ActorsColumn, new QTableWidgetItem(actors));
    m_effects->setItem(row, ScoreColumn, new QTableWidgetItem(effect.score ? QString::number(*effect.score)
                                                                     : QString()));
    m_effects->setItem(row, TierColumn, new QTableWidgetItem(effect.tier ? QString::number(*effect.tier)
                                                                   : QString()));
    auto *ongoing = new QTableWidgetItem;
    ongoing->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    ongoing->setCheckState(effect.ongoing ? Qt::Checked : Qt::Unchecked);
    m_effects->setItem(row, OngoingColumn, ongoing);
    m_effects->setItem(row, RoleColumn, new QTableWidgetItem(effect.role == u"member"_s ? QString()
                                                                                   : effect.role));
    m_effects->setItem(row, RationaleColumn, new QTableWidgetItem(effect.rationale));
    m_filling = filling;
}

Effect EventEditorDialog::effectAt(int row, QStringList *errors) const
{
    Effect effect;
    const QString number = tr("effect %1").arg(row + 1);
    const auto text = [&](int column) {
        const QTableWidgetItem *item = m_effects->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    const QString kind = comboOf(m_effects, row, TypeColumn)->currentData().toString();
    const QStringList ids = splitIds(text(ActorsColumn));
    if (kind == u"join"_s || kind == u"leave"_s) {
        effect.kind = Effect::Kind::Membership;
        effect.action = kind == u"join"_s ? Effect::Action::Join : Effect::Action::Leave;
        effect.member = ids.value(0);
        effect.mechanism = ids.value(1);
        effect.role = text(RoleColumn).isEmpty() ? u"member"_s : text(RoleColumn);
        if (ids.size() != 2 && errors)
            errors->append(tr("%1: a membership names the member, then the mechanism").arg(number));
    } else {
        effect.kind = Effect::Kind::Dyad;
        effect.among = kind == u"among"_s;
        effect.actors = ids;
        effect.layer = layerFromName(comboOf(m_effects, row, LayerColumn)->currentData().toString())
                           .value_or(Layer::Security);
    }
    if (!text(ScoreColumn).isEmpty()) {
        bool ok = false;
        const double score = QLocale::c().toDouble(text(ScoreColumn), &ok);
        if (ok)
            effect.score = score;
        else if (errors)
            errors->append(tr("%1: the score “%2” is not a number").arg(number, text(ScoreColumn)));
    }
    if (!text(TierColumn).isEmpty()) {
        bool ok = false;
        const int tier = text(TierColumn).toInt(&ok);
        if (ok)
            effect.tier = tier;
        else if (errors)
            errors->append(tr("%1: the tier “%2” is not a whole number").arg(number, text(TierColumn)));
    }
    const QTableWidgetItem *ongoing = m_effects->item(row, OngoingColumn);
    effect.ongoing = ongoing && ongoing->checkState() == Qt::Checked;
    effect.rationale = text(RationaleColumn);
    return effect;
}

Event EventEditorDialog::event(QStringList *errors) const
{
    Event e;
    e.id = m_eventId->text().trimmed();
    if (const auto date = parseDate(m_date->text(), u"date"_s, &e.precision, errors))
        e.date = *date;
    if (!m_end->text().trimmed().isEmpty()) {
        Precision p = Precision::Day;
        if (const auto end = parseDate(m_end->text(), u"end"_s, &p, errors)) {
            e.end = *end;
            if (p != Precision::Day && errors)
                errors->append(tr("end: give the last day as YYYY-MM-DD"));
        }
    }
    e.category = m_category->currentData().toString();
    e.title = {m_titleZh->text(), m_titleEn->text()};
    e.summary = {m_summaryZh->toPlainText(), m_summaryEn->toPlainText()};
    e.actors = splitIds(m_actors->text());
    e.source.section = m_section->text().trimmed();
    e.source.footnote = m_footnote->text().trimmed();
    e.source.document = m_document->text().trimmed();
    e.source.note = m_note->text().trimmed();
    e.context = m_context->isChecked();
    for (int row = 0; row < m_effects->rowCount(); ++row)
        e.effects.append(effectAt(row, errors));
    return e;
}

void EventEditorDialog::changed()
{
    if (!m_filling)
        m_timer->start();
}

void EventEditorDialog::validateNow()
{
    m_timer->stop();
    QStringList errors;
    const Event e = event(&errors);
    if (errors.isEmpty()) {
        for (const ReadError &error : m_session->checkEvent(m_id, e))
            errors.append(error.message);
    }
    m_errors = errors;
    m_errorLabel->setText(errors.isEmpty() ? QString() : errors.join(u'\n'));
    m_errorLabel->setVisible(!errors.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(errors.isEmpty());
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(errors.isEmpty());
}

bool EventEditorDialog::apply()
{
    validateNow();
    if (!m_errors.isEmpty())
        return false;
    const Event e = event();
    const Event *current = m_session->document()->chronology().event(m_id);
    if (current && *current == e)
        return true; // nothing changed: no step in the history
    const QList<ReadError> errors = m_id.isEmpty() ? m_session->addEvent(e) : m_session->editEvent(m_id, e);
    if (!errors.isEmpty()) { // a rule across events (a story or scenario naming the old id)
        for (const ReadError &error : errors)
            m_errors.append(error.message);
        m_errorLabel->setText(m_errors.join(u'\n'));
        m_errorLabel->setVisible(true);
        return false;
    }
    m_id = e.id;
    setWindowTitle(tr("Edit Event"));
    return true;
}

void EventEditorDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void EventEditorDialog::addEffect()
{
    Effect effect;
    const QStringList actors = splitIds(m_actors->text());
    effect.actors = actors.mid(0, 2);
    const int row = m_effects->rowCount();
    m_effects->insertRow(row);
    setEffectRow(row, effect);
    m_effects->setCurrentCell(row, ActorsColumn);
    changed();
}

void EventEditorDialog::removeEffect()
{
    const int row = m_effects->currentRow();
    if (row < 0)
        return;
    m_effects->removeRow(row);
    changed();
}

} // namespace AllianceScope
