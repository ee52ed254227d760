// Document: the shared state of a window.
#include "document.h"

#include "chronology/scenarioinplace.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace AllianceScope {

Document::Document(QObject *parent)
    : QObject(parent)
{
}

Document::~Document() = default;

void Document::setChronology(Chronology chronology, const QString &path)
{
    setChronology(std::make_unique<WeightModel>(std::move(chronology), m_parameters), path);
}

void Document::setChronology(std::unique_ptr<WeightModel> model, const QString &path)
{
    Q_ASSERT(model);
    if (dropRebuild()) // it was for the old chronology; the new one gets parameters() at once
        emit rebuildFinished(false);
    model->setParameters(m_parameters); // nothing to do when built with them
    m_model = std::move(model);
    m_whatIf.reset();
    m_scenario = Scenario();
    m_scenarios = m_model->chronology().scenarios();
    m_path = path;
    m_selection.reset(); // the views drop their selection with the old chronology
    const Chronology &c = m_model->chronology();
    if (!m_date.isValid() || m_date < c.firstDate() || m_date > c.lastDate())
        m_date = c.isEmpty() ? QDate() : c.events().last().date;
    m_eventIndex = c.eventIndexAt(m_date);
    emit chronologyChanged();
    emit dateChanged(m_date);
    emit currentEventChanged(m_eventIndex);
}

const Chronology &Document::chronology() const
{
    static const Chronology empty;
    return m_model ? m_model->chronology() : empty;
}

const WeightModel &Document::model() const
{
    Q_ASSERT(m_model);
    return m_whatIf ? *m_whatIf : *m_model;
}

const WeightModel &Document::baselineModel() const
{
    Q_ASSERT(m_model);
    return *m_model;
}

void Document::setSelectedEdge(const QString &a, const QString &b)
{
    const std::optional<DyadKey> selection = a.isEmpty() || b.isEmpty() || a == b
        ? std::nullopt
        : std::optional<DyadKey>(DyadKey::of(a, b));
    if (selection == m_selection)
        return;
    m_selection = selection;
    emit selectionChanged(selection ? a : QString(), selection ? b : QString());
}

const WeightParameters &Document::parameters() const
{
    return m_parameters;
}

void Document::moveTo(const QDate &date, int index)
{
    // Both values change before either signal, so every listener sees a consistent state.
    const bool dateMoved = date != m_date;
    const bool eventMoved = index != m_eventIndex;
    m_date = date;
    m_eventIndex = index;
    if (dateMoved)
        emit dateChanged(m_date);
    if (eventMoved)
        emit currentEventChanged(m_eventIndex);
}

NetworkSnapshot Document::snapshot() const
{
    return m_model ? model().snapshotAt(m_date) : NetworkSnapshot{};
}

void Document::setDate(const QDate &date)
{
    if (!date.isValid() || date == m_date)
        return;
    moveTo(date, chronology().eventIndexAt(date));
}

void Document::setEventIndex(int index)
{
    const QList<Event> &events = chronology().events();
    if (index < 0 || index >= events.size())
        return;
    moveTo(events[index].date, index);
}

void Document::setLayer(Layer layer)
{
    if (layer == m_layer)
        return;
    m_layer = layer;
    emit layerChanged(layer);
}

void Document::setLanguage(Language lang)
{
    if (lang == m_language)
        return;
    m_language = lang;
    emit languageChanged(lang);
}

void Document::setParameters(const WeightParameters &parameters)
{
    if (parameters == m_parameters)
        return;
    m_parameters = parameters;
    if (rebuildInBackground())
        return; // parametersChanged() when the new index is in place
    if (m_model)
        m_model->setParameters(parameters);
    if (m_whatIf)
        m_whatIf->setParameters(parameters);
    emit parametersChanged();
}

// --- compare two dates ------------------------------------------------------------------------

void Document::setCompareMode(CompareMode mode)
{
    if (mode == m_compareMode)
        return;
    m_compareMode = mode;
    if (mode != CompareMode::Off && !m_compareDate.isValid() && m_model) {
        // A first second date: the previous event's, or else the first.
        const QList<Event> &events = chronology().events();
        const int i = std::max(0, m_eventIndex - 1);
        m_compareDate = i < events.size() ? events[i].date : m_date;
    }
    emit compareChanged();
}

void Document::setCompareDate(const QDate &date)
{
    if (!date.isValid() || (date == m_compareDate && m_compareMode != CompareMode::Off))
        return;
    m_compareDate = date;
    if (m_compareMode == CompareMode::Off)
        m_compareMode = CompareMode::Difference;
    emit compareChanged();
}

std::pair<QDate, QDate> Document::compareSpan() const
{
    return m_compareDate.isValid() && m_compareDate < m_date ? std::pair(m_compareDate, m_date)
                                                             : std::pair(m_date, m_compareDate);
}

NetworkSnapshot Document::compareSnapshot() const
{
    return m_model && m_compareDate.isValid() ? model().snapshotAt(m_compareDate) : NetworkSnapshot{};
}

QList<DyadChange> Document::difference() const
{
    if (!m_model || !m_compareDate.isValid())
        return {};
    const auto [from, to] = compareSpan();
    return diffSnapshots(model().snapshotAt(from), model().snapshotAt(to), m_layer);
}

// --- what-if -----------------------------------------------------------------------------------

NetworkSnapshot Document::baselineSnapshot() const
{
    return m_model ? m_model->snapshotAt(m_date) : NetworkSnapshot{};
}

void Document::setScenario(const Scenario &scenario)
{
    if (scenario == m_scenario || !m_model)
        return;
    m_scenario = scenario;
    // The old model lives until every listener has moved to the new one.
    std::unique_ptr<WeightModel> old = std::move(m_whatIf);
    if (!scenario.isBaseline())
        m_whatIf = std::make_unique<WeightModel>(applyScenarioInPlace(m_model->chronology(), scenario),
                                                 m_parameters);
    emit scenarioChanged();
}

void Document::setEventEnabled(const QString &id, bool enabled)
{
    Scenario s = m_scenario;
    s.withoutEvents.removeAll(id);
    if (!enabled)
        s.withoutEvents.append(id);
    setScenario(s);
}

void Document::setCategoryEnabled(const QString &id, bool enabled)
{
    Scenario s = m_scenario;
    s.withoutCategories.removeAll(id);
    if (!enabled)
        s.withoutCategories.append(id);
    setScenario(s);
}

void Document::setEffectOverride(const EffectOverride &override_)
{
    Scenario s = m_scenario;
    s.overrides.removeIf([&](const EffectOverride &o) {
        return o.event == override_.event && o.effect == override_.effect;
    });
    if (override_.score || override_.tier)
        s.overrides.append(override_);
    setScenario(s);
}

void Document::addScenario(const Scenario &scenario)
{
    m_scenarios.removeIf([&](const Scenario &s) { return s.id == scenario.id; });
    m_scenarios.append(scenario);
    emit scenarioChanged();
}

void Document::resetScenario()
{
    setScenario(Scenario());
}

// --- editing -----------------------------------------------------------------------------------

void Document::replaceChronology(Chronology chronology, const QString &focusEvent)
{
    // A rebuild for new parameters (on a worker) was of the chronology before the edit: the
    // models made below use those parameters already.
    const bool rebuilding = dropRebuild();
    if (rebuilding)
        emit rebuildFinished(true);
    if (!m_model) {
        setChronology(std::move(chronology), m_path);
        return;
    }
    const QList<Event> &before = m_model->chronology().events();
    const QString current = !focusEvent.isEmpty() ? focusEvent
        : m_eventIndex >= 0 && m_eventIndex < before.size() ? before[m_eventIndex].id
                                                              : QString();
    // The old models live until every listener has moved to the new ones.
    std::unique_ptr<WeightModel> old = std::move(m_model);
    std::unique_ptr<WeightModel> oldWhatIf = std::move(m_whatIf);
    m_model = std::make_unique<WeightModel>(std::move(chronology), m_parameters);
    const Chronology &c = m_model->chronology();
    if (!m_scenario.isBaseline())
        m_whatIf = std::make_unique<WeightModel>(applyScenarioInPlace(c, m_scenario), m_parameters);
    if (m_selection && (!c.actor(m_selection->a) || !c.actor(m_selection->b)))
        m_selection.reset();

    const int index = c.eventIndex(current);
    if (index >= 0) {
        m_eventIndex = index;
        m_date = c.events()[index].date;
    } else {
        if (!m_date.isValid() || m_date < c.firstDate() || m_date > c.lastDate())
            m_date = c.isEmpty() ? QDate() : c.events().last().date;
        m_eventIndex = c.eventIndexAt(m_date);
    }
    m_editing = true;
    emit chronologyChanged();
    m_editing = false;
    emit dateChanged(m_date);
    emit currentEventChanged(m_eventIndex);
    if (m_selection)
        emit selectionChanged(m_selection->a, m_selection->b);
}

void Document::notifySaved(const QString &path)
{
    m_path = path;
    emit saved(path);
}

// --- the model rebuilt off the UI thread (issue 15) -------------------------------------------

// One rebuild: the new indices are built on QtConcurrent's pool over copies of the chronologies
// (shared implicitly); the document's models are left alone until they are adopted.
class Document::Rebuild : public QObject
{
public:
    struct Built
    {
        std::unique_ptr<WeightModel> baseline;
        std::unique_ptr<WeightModel> whatIf; // null when there was no scenario
    };
    Scenario scenario; // the scenario whatIf was built for
    QFutureWatcher<std::shared_ptr<Built>> watcher;
};

bool Document::rebuildInBackground()
{
    if (!m_model || m_model->chronology().events().size() < kBackgroundRebuildEvents)
        return false;
    const bool running = dropRebuild(); // a newer change supersedes it
    m_rebuild = new Rebuild;
    m_rebuild->setParent(this);
    m_rebuild->scenario = m_scenario;
    // Copies that share the models' indices (which no parameter changes): the worker only
    // recomputes the decayed sums for the new half-lives (milliseconds at 100,000 events).
    auto built = std::make_shared<Rebuild::Built>();
    built->baseline = m_model->sharingIndex();
    if (m_whatIf)
        built->whatIf = m_whatIf->sharingIndex();
    const WeightParameters parameters = m_parameters;
    connect(&m_rebuild->watcher, &QFutureWatcherBase::finished, this, &Document::onRebuilt);
    m_rebuild->watcher.setFuture(QtConcurrent::run(
        [built, parameters](QPromise<std::shared_ptr<Rebuild::Built>> &promise) {
            // Superseded before it started (a spin box stepped again): nothing to build.
            if (promise.isCanceled())
                return;
            built->baseline->setParameters(parameters);
            if (built->whatIf && !promise.isCanceled())
                built->whatIf->setParameters(parameters);
            if (!promise.isCanceled())
                promise.addResult(built);
        }));
    if (!running)
        emit rebuildStarted();
    return true;
}

void Document::onRebuilt()
{
    Rebuild *rebuild = m_rebuild;
    m_rebuild = nullptr;
    rebuild->deleteLater();
    if (rebuild->watcher.future().resultCount() == 0) {
        emit rebuildFinished(false);
        return;
    }
    const std::shared_ptr<Rebuild::Built> built = rebuild->watcher.result();
    // The chronology's address stays (the views and the layouts hold references to it).
    m_model->adoptIndex(std::move(*built->baseline));
    if (m_whatIf) {
        if (built->whatIf && rebuild->scenario == m_scenario)
            m_whatIf->adoptIndex(std::move(*built->whatIf));
        else
            m_whatIf->setParameters(m_parameters); // the scenario changed meanwhile
    }
    emit rebuildFinished(true);
    emit parametersChanged();
}

bool Document::dropRebuild()
{
    if (!m_rebuild)
        return false;
    // A worker that started finishes over its own copies; its result is dropped with the watcher.
    m_rebuild->watcher.disconnect(this);
    m_rebuild->watcher.cancel();
    m_rebuild->deleteLater();
    m_rebuild = nullptr;
    return true;
}

void Document::cancelRebuild()
{
    if (!dropRebuild())
        return;
    if (m_model)
        m_parameters = m_model->parameters();
    emit rebuildFinished(false);
}

} // namespace AllianceScope
