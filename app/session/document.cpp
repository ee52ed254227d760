// Document: the shared state of a window.
#include "document.h"

#include <algorithm>

namespace AllianceScope {

Document::Document(QObject *parent)
    : QObject(parent)
{
}

Document::~Document() = default;

void Document::setChronology(Chronology chronology, const QString &path)
{
    m_model = std::make_unique<WeightModel>(std::move(chronology), m_parameters);
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
    return m_model ? m_model->snapshotAt(m_date) : NetworkSnapshot{};
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
    if (m_model)
        m_model->setParameters(parameters);
    emit parametersChanged();
}

} // namespace AllianceScope
