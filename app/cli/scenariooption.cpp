// ScenarioOption: the command line's what-if (models/weights/whatif) over the loaded chronology.
#include "scenariooption.h"

#include "optionreader.h"

#include "weights/whatif.h"

using namespace Qt::StringLiterals;

namespace AllianceScope {

ScenarioOption::ScenarioOption(const OptionReader &options)
    : m_options(options)
{
}

bool ScenarioOption::read()
{
    if (m_options.isSet(u"scenario"_s)) {
        m_scenario = m_options.value(u"scenario"_s);
        if (m_scenario.isEmpty()) {
            m_options.usageError(u"--scenario needs a scenario id"_s);
            return false;
        }
    }
    if (m_options.isSet(u"without"_s)) {
        const QString text = m_options.value(u"without"_s);
        m_without = text.split(u',');
        for (const QString &id : std::as_const(m_without)) {
            if (id.trimmed().isEmpty()) {
                m_options.usageError(u"invalid --without \""_s + text
                                     + u"\": expected event ids separated by commas"_s);
                return false;
            }
        }
    }
    return true;
}

std::optional<Chronology> ScenarioOption::apply(Chronology chronology)
{
    if (!isSet())
        return chronology;
    QString error;
    const std::optional<Scenario> scenario
        = WhatIf::fromCommandLine(chronology, m_scenario, m_without, &error);
    if (!scenario) {
        m_options.usageError(error);
        m_failed = true;
        return std::nullopt;
    }
    return applyScenario(chronology, *scenario);
}

} // namespace AllianceScope
