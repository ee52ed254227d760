// EffectDialog: what-if on one effect — a different score pulse and/or a different tier for
// one effect of one event (an EffectOverride), or back to the file's values.
#pragma once

#include "chronology/scenario.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QSpinBox;

namespace AllianceScope {

class EffectDialog : public QDialog
{
    Q_OBJECT

public:
    /// For effect @p effectIndex of @p event; @p current is the override in force (if any).
    EffectDialog(const Event &event, int effectIndex, double baselineScore,
                 const std::optional<EffectOverride> &current, const QString &target, QWidget *parent = nullptr);

    /// The override chosen: without score and tier when the user went back to the baseline.
    EffectOverride result() const;

private:
    QString m_event;
    int m_effect;
    QCheckBox *m_changeScore;
    QDoubleSpinBox *m_score;
    QCheckBox *m_changeTier;
    QSpinBox *m_tier;
};

} // namespace AllianceScope
