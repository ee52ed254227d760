// WhatIf: builds the weight model of a scenario and checks a scenario against its chronology.
#include "whatif.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace AllianceScope::WhatIf {

namespace {

Scenario toggled(Scenario scenario, QStringList Scenario::*list, const QString &id)
{
    QStringList &ids = scenario.*list;
    if (!ids.removeAll(id))
        ids.append(id);
    return scenario;
}

} // namespace

QStringList problems(const Chronology &chronology, const Scenario &scenario)
{
    QStringList out;
    for (const QString &id : scenario.withoutEvents) {
        if (!chronology.event(id))
            out.append(u"unknown event id \""_s + id + u'"');
    }
    for (const QString &id : scenario.withoutCategories) {
        if (!chronology.category(id))
            out.append(u"unknown category id \""_s + id + u'"');
    }
    for (const EffectOverride &o : scenario.overrides) {
        const Event *event = chronology.event(o.event);
        if (!event)
            out.append(u"override of an unknown event id \""_s + o.event + u'"');
        else if (o.effect < 0 || o.effect >= event->effects.size())
            out.append(u"event \""_s + o.event + u"\" has no effect "_s + QString::number(o.effect));
        else if (event->effects[o.effect].kind != Effect::Kind::Dyad)
            out.append(u"effect "_s + QString::number(o.effect) + u" of event \""_s + o.event
                       + u"\" is a membership; only dyad effects can be overridden"_s);
    }
    return out;
}

std::unique_ptr<WeightModel> model(const Chronology &chronology, const Scenario &scenario,
                                   const WeightParameters &parameters)
{
    return std::make_unique<WeightModel>(applyScenario(chronology, scenario), parameters);
}

Scenario toggleEvent(Scenario scenario, const QString &id)
{
    return toggled(std::move(scenario), &Scenario::withoutEvents, id);
}

Scenario toggleCategory(Scenario scenario, const QString &id)
{
    return toggled(std::move(scenario), &Scenario::withoutCategories, id);
}

bool switchesOff(const Scenario &scenario, const Event &event)
{
    return scenario.withoutEvents.contains(event.id)
        || scenario.withoutCategories.contains(event.category);
}

std::optional<Scenario> fromCommandLine(const Chronology &chronology, const QString &id,
                                        const QStringList &events, QString *error)
{
    Scenario scenario;
    if (!id.isEmpty()) {
        const Scenario *named = chronology.scenario(id);
        if (!named) {
            QStringList known;
            for (const Scenario &s : chronology.scenarios())
                known.append(s.id);
            if (error) {
                *error = u"unknown scenario \""_s + id + u"\" ("_s
                    + (known.isEmpty() ? u"the chronology has no scenarios"_s
                                       : u"expected one of: "_s + known.join(u", "_s))
                    + u')';
            }
            return std::nullopt;
        }
        scenario = *named;
    }
    for (const QString &e : events) {
        if (!chronology.event(e)) {
            if (error)
                *error = u"--without: unknown event id \""_s + e + u'"';
            return std::nullopt;
        }
        if (!scenario.withoutEvents.contains(e))
            scenario.withoutEvents.append(e);
    }
    return scenario;
}

} // namespace AllianceScope::WhatIf
