// ScenarioOption: --without ID,… and --scenario ID, read once for every data and figure command
// and applied where the chronology is loaded, before any command sees it.
#pragma once

#include "chronology/chronology.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace AllianceScope {

class OptionReader;

class ScenarioOption
{
public:
    explicit ScenarioOption(const OptionReader &options);

    /// Checks the option texts (no empty ids); false after printing the usage error.
    bool read();
    /// Whether either option was given.
    bool isSet() const { return !m_scenario.isEmpty() || !m_without.isEmpty(); }
    /**
     * @p chronology as the options change it (unchanged when neither was given). An id the
     * chronology does not have is a usage error: printed, failed() set, nothing returned.
     */
    std::optional<Chronology> apply(Chronology chronology);
    /// True after apply() refused an unknown id: the command's exit code is then UsageError.
    bool failed() const { return m_failed; }

private:
    const OptionReader &m_options;
    QString m_scenario;
    QStringList m_without;
    bool m_failed = false;
};

} // namespace AllianceScope
