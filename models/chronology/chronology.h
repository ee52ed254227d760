// Chronology: the whole content of one chronology file, validated and indexed by id.
#pragma once

#include "scenario.h"
#include "story.h"
#include "types.h"

#include <QHash>

namespace AllianceScope {

/**
 * The actors, categories and events of one chronology, events sorted by date.
 *
 * A Chronology is a value; it is only ever built whole by ChronologyReader (or by
 * code that builds one for a test), so a view never sees a half-loaded file.
 */
class Chronology
{
public:
    Chronology() = default;
    Chronology(LocalizedText title, LocalizedText source, QList<Actor> actors,
               QList<Category> categories, QList<Event> events,
               QList<Government> governments = {}, QList<Condition> conditions = {});

    const LocalizedText &title() const { return m_title; }
    const LocalizedText &source() const { return m_source; }
    const QList<Actor> &actors() const { return m_actors; }         ///< states then mechanisms, file order
    const QList<Category> &categories() const { return m_categories; }
    const QList<Event> &events() const { return m_events; }         ///< sorted by date (stable)
    const QList<Government> &governments() const { return m_governments; } ///< by (actor, start)
    const QList<Condition> &conditions() const { return m_conditions; }    ///< file order
    const QList<Story> &stories() const { return m_stories; }              ///< file order
    const QList<Scenario> &scenarios() const { return m_scenarios; }       ///< file order
    void setStories(QList<Story> stories) { m_stories = std::move(stories); }
    void setScenarios(QList<Scenario> scenarios) { m_scenarios = std::move(scenarios); }
    const Story *story(const QString &id) const;       ///< nullptr when there is none
    const Scenario *scenario(const QString &id) const; ///< nullptr when there is none
    /// The government of @p actor in office on @p date, or nullptr.
    const Government *governmentAt(const QString &actor, const QDate &date) const;
    /// The states that have terms of office, in the order of actors() (a row each in the bands).
    QStringList governedStates() const;

    const Actor *actor(const QString &id) const;
    const Category *category(const QString &id) const;
    const Event *event(const QString &id) const;
    int eventIndex(const QString &id) const; ///< -1 when unknown
    /**
     * The event in force at @p date: the index of the last event whose date is on or before
     * @p date (the last of several on that day), -1 when none is (or @p date is invalid).
     * Binary search, O(log events).
     */
    int eventIndexAt(const QDate &date) const;

    /// The score an effect contributes: its own, or its event's category default.
    double effectScore(const Event &event, const Effect &effect) const;

    QDate firstDate() const;
    QDate lastDate() const; ///< the last event's date or end, whichever is later

    bool isEmpty() const { return m_events.isEmpty(); }
    bool operator==(const Chronology &o) const;
    bool operator!=(const Chronology &o) const { return !(*this == o); }

private:
    void reindex();

    LocalizedText m_title;
    LocalizedText m_source;
    QList<Actor> m_actors;
    QList<Category> m_categories;
    QList<Event> m_events;
    QList<Government> m_governments;
    QList<Condition> m_conditions;
    QList<Story> m_stories;
    QList<Scenario> m_scenarios;
    QHash<QString, int> m_actorIndex;
    QHash<QString, int> m_categoryIndex;
    QHash<QString, int> m_eventIndex;
};

} // namespace AllianceScope
