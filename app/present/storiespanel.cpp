// StoriesPanel: the list of a story's steps and the buttons that edit it (see storiespanel.h).
#include "storiespanel.h"

#include "edit/editsession.h"

#include "chronology/chronologywriter.h"
#include "session/document.h"
#include "stepdialog.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace AllianceScope {

StoriesPanel::StoriesPanel(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_storyLabel(new QLabel(this))
    , m_storyCombo(new QComboBox(this))
    , m_newStory(new QPushButton(this))
    , m_steps(new QListWidget(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_up(new QPushButton(this))
    , m_down(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_play(new QPushButton(this))
    , m_export(new QPushButton(this))
{
    setObjectName(u"storiesPanel"_s);
    m_storyCombo->setObjectName(u"storyCombo"_s);
    m_steps->setObjectName(u"stepList"_s);
    m_newStory->setObjectName(u"newStory"_s);
    m_add->setObjectName(u"addStep"_s);
    m_edit->setObjectName(u"editStep"_s);
    m_up->setObjectName(u"stepUp"_s);
    m_down->setObjectName(u"stepDown"_s);
    m_delete->setObjectName(u"deleteStep"_s);
    m_play->setObjectName(u"playStory"_s);
    m_export->setObjectName(u"exportStory"_s);

    m_steps->setDragDropMode(QAbstractItemView::InternalMove);
    m_steps->setDefaultDropAction(Qt::MoveAction);
    m_steps->setWordWrap(true);
    m_steps->setAlternatingRowColors(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_storyLabel);
    top->addWidget(m_storyCombo, 1);
    top->addWidget(m_newStory);
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_add, 0, 0, 1, 2);
    buttons->addWidget(m_edit, 0, 2);
    buttons->addWidget(m_up, 1, 0);
    buttons->addWidget(m_down, 1, 1);
    buttons->addWidget(m_delete, 1, 2);
    buttons->addWidget(m_play, 2, 0, 1, 2);
    buttons->addWidget(m_export, 2, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_steps, 1);
    layout->addLayout(buttons);

    connect(m_storyCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_filling)
            return;
        m_current = index;
        fillSteps();
        emit storiesChanged();
    });
    connect(m_newStory, &QPushButton::clicked, this, &StoriesPanel::newStory);
    connect(m_add, &QPushButton::clicked, this, &StoriesPanel::addCurrentView);
    connect(m_edit, &QPushButton::clicked, this, [this] { editStep(currentStep()); });
    connect(m_steps, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { editStep(m_steps->row(item)); });
    connect(m_up, &QPushButton::clicked, this, [this] {
        const int row = currentStep();
        moveStep(row, row - 1);
    });
    connect(m_down, &QPushButton::clicked, this, [this] {
        const int row = currentStep();
        moveStep(row, row + 1);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] { removeStep(currentStep()); });
    connect(m_play, &QPushButton::clicked, this, [this] {
        if (currentStory())
            emit playRequested(currentStoryId(), std::max(0, currentStep()));
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (currentStory())
            emit exportRequested(currentStoryId());
    });
    connect(m_steps, &QListWidget::currentRowChanged, this, &StoriesPanel::updateButtons);
    // A drag within the list: the steps take the list's new order.
    connect(m_steps->model(), &QAbstractItemModel::rowsMoved, this,
            &StoriesPanel::syncOrderFromList, Qt::QueuedConnection);

    connect(m_document, &Document::chronologyChanged, this, &StoriesPanel::loadFromDocument);
    connect(m_document, &Document::languageChanged, this, [this] {
        const int row = currentStep();
        fillSteps();
        setCurrentStep(row);
    });
    retranslateUi();
    loadFromDocument();
}

Story *StoriesPanel::story()
{
    return m_current >= 0 && m_current < m_stories.size() ? &m_stories[m_current] : nullptr;
}

const Story *StoriesPanel::currentStory() const
{
    return m_current >= 0 && m_current < m_stories.size() ? &m_stories[m_current] : nullptr;
}

QString StoriesPanel::currentStoryId() const
{
    const Story *s = currentStory();
    return s ? s->id : QString();
}

void StoriesPanel::setCurrentStory(const QString &id)
{
    for (int i = 0; i < m_stories.size(); ++i)
        if (m_stories[i].id == id)
            m_storyCombo->setCurrentIndex(i);
}

int StoriesPanel::currentStep() const
{
    return m_steps->currentRow();
}

void StoriesPanel::setCurrentStep(int row)
{
    m_steps->setCurrentRow(row);
}

QPushButton *StoriesPanel::button(const QString &objectName) const
{
    return findChild<QPushButton *>(objectName);
}

void StoriesPanel::loadFromDocument()
{
    if (m_document->isEditing())
        return; // an edit of the events keeps the stories being written here
    m_stories = m_document->chronology().stories();
    m_filling = true;
    m_storyCombo->clear();
    const Language lang = m_document->language();
    for (const Story &s : std::as_const(m_stories))
        m_storyCombo->addItem(s.title.in(lang).isEmpty() ? s.id : s.title.in(lang), s.id);
    m_filling = false;
    m_current = m_stories.isEmpty() ? -1 : 0;
    m_storyCombo->setCurrentIndex(m_current);
    fillSteps();
    setModified(false);
    emit storiesChanged();
}

void StoriesPanel::fillSteps()
{
    m_filling = true;
    m_steps->clear();
    const Language lang = m_document->language();
    if (const Story *s = currentStory()) {
        for (int i = 0; i < s->steps.size(); ++i) {
            const StoryStep &step = s->steps[i];
            QString caption = step.caption.in(lang);
            if (caption.isEmpty())
                caption = tr("(no caption)");
            auto *item = new QListWidgetItem(
                u"%1. %2 — %3"_s.arg(i + 1).arg(step.date.toString(Qt::ISODate), caption));
            item->setData(Qt::UserRole, i);
            item->setToolTip(step.notes.in(lang));
            m_steps->addItem(item);
        }
    }
    m_filling = false;
    updateButtons();
}

void StoriesPanel::updateButtons()
{
    const Story *s = currentStory();
    const int row = currentStep();
    const int count = s ? int(s->steps.size()) : 0;
    m_add->setEnabled(m_document->hasChronology());
    m_edit->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < count);
    m_delete->setEnabled(row >= 0);
    m_play->setEnabled(count > 0);
    m_export->setEnabled(count > 0);
}

void StoriesPanel::setModified(bool modified)
{
    if (modified)
        ++m_changes;
    if (modified == m_modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void StoriesPanel::newStory()
{
    QStringList ids;
    for (const Story &s : std::as_const(m_stories))
        ids.append(s.id);
    int n = int(m_stories.size()) + 1;
    while (ids.contains(u"story-%1"_s.arg(n)))
        ++n;
    Story story;
    story.id = u"story-%1"_s.arg(n);
    story.title = {u"故事 %1"_s.arg(n), u"Story %1"_s.arg(n)};
    m_stories.append(story);
    m_filling = true;
    m_storyCombo->addItem(story.title.in(m_document->language()), story.id);
    m_current = int(m_stories.size()) - 1;
    m_storyCombo->setCurrentIndex(m_current);
    m_filling = false;
    fillSteps();
    setModified(true);
    emit storiesChanged();
}

void StoriesPanel::addCurrentView()
{
    if (!m_document->hasChronology() || !m_capture)
        return;
    if (!story())
        newStory();
    const int row = currentStep() < 0 ? int(story()->steps.size()) : currentStep() + 1;
    story()->steps.insert(row, m_capture());
    fillSteps();
    setCurrentStep(row);
    setModified(true);
    emit storiesChanged();
}

void StoriesPanel::setStep(int row, const StoryStep &step)
{
    Story *s = story();
    if (!s || row < 0 || row >= s->steps.size() || s->steps[row] == step)
        return;
    s->steps[row] = step;
    fillSteps();
    setCurrentStep(row);
    setModified(true);
    emit storiesChanged();
}

bool StoriesPanel::editStep(int row)
{
    Story *s = story();
    if (!s || row < 0 || row >= s->steps.size())
        return false;
    StepDialog dialog(s->steps[row], this);
    if (dialog.exec() != QDialog::Accepted || dialog.step() == s->steps[row])
        return false;
    setStep(row, dialog.step());
    return true;
}

void StoriesPanel::moveStep(int from, int to)
{
    Story *s = story();
    if (!s || from < 0 || to < 0 || from >= s->steps.size() || to >= s->steps.size() || from == to)
        return;
    s->steps.move(from, to);
    fillSteps();
    setCurrentStep(to);
    setModified(true);
    emit storiesChanged();
}

void StoriesPanel::removeStep(int row)
{
    Story *s = story();
    if (!s || row < 0 || row >= s->steps.size())
        return;
    s->steps.removeAt(row);
    fillSteps();
    setCurrentStep(std::min(row, int(s->steps.size()) - 1));
    setModified(true);
    emit storiesChanged();
}

void StoriesPanel::syncOrderFromList()
{
    Story *s = story();
    if (!s || m_filling || m_steps->count() != s->steps.size())
        return;
    QList<StoryStep> steps;
    bool moved = false;
    for (int i = 0; i < m_steps->count(); ++i) {
        const int from = m_steps->item(i)->data(Qt::UserRole).toInt();
        if (from < 0 || from >= s->steps.size())
            return;
        moved = moved || from != i;
        steps.append(s->steps[from]);
    }
    if (!moved)
        return;
    const int row = currentStep();
    s->steps = steps;
    fillSteps();
    setCurrentStep(row);
    setModified(true);
    emit storiesChanged();
}

bool StoriesPanel::saveTo(const QString &path, QString *errorMessage)
{
    if (!m_document->hasChronology()) {
        if (errorMessage)
            *errorMessage = tr("No chronology is loaded.");
        return false;
    }
    // Written, then read back; a large chronology on a worker (the document is told at the end).
    if (!EditSession::saveDocument(m_document, chronologyWithStories(), path, errorMessage))
        return false;
    EditSession *session = EditSession::of(m_document);
    if (session && session->isSaving()) {
        // The worker tells whether the file was written; changes made meanwhile stay unsaved.
        const quint64 changes = m_changes;
        connect(
            session, &EditSession::saveFinished, this,
            [this, changes](const QString &, bool ok, const QString &) {
                if (ok && changes == m_changes)
                    setModified(false);
            },
            Qt::SingleShotConnection);
        return true;
    }
    setModified(false);
    return true;
}

Chronology StoriesPanel::chronologyWithStories() const
{
    Chronology chronology = m_document->chronology();
    chronology.setStories(m_stories);
    return chronology;
}

void StoriesPanel::discardChanges()
{
    if (!m_modified)
        return;
    loadFromDocument();
}

void StoriesPanel::retranslateUi()
{
    m_storyLabel->setText(tr("Story:"));
    m_newStory->setText(tr("New"));
    m_newStory->setToolTip(tr("Start a new, empty story"));
    m_add->setText(tr("Add Current View as Step"));
    m_add->setToolTip(tr("Adds the date, layer, focus and highlighted edge shown now after the "
                         "selected step"));
    m_edit->setText(tr("Edit…"));
    m_up->setText(tr("Up"));
    m_down->setText(tr("Down"));
    m_delete->setText(tr("Delete"));
    m_play->setText(tr("Play from Step"));
    m_play->setToolTip(tr("Presents the story full screen from the selected step (F5 leaves)"));
    m_export->setText(tr("Export Story…"));
    fillSteps();
}

void StoriesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace AllianceScope
