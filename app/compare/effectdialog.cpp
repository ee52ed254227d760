// EffectDialog: changing one effect's score or tier in a what-if.
#include "effectdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace AllianceScope {

EffectDialog::EffectDialog(const Event &event, int effectIndex, double baselineScore,
                           const std::optional<EffectOverride> &current, const QString &target, QWidget *parent)
    : QDialog(parent)
    , m_event(event.id)
    , m_effect(effectIndex)
    , m_changeScore(new QCheckBox(this))
    , m_score(new QDoubleSpinBox(this))
    , m_changeTier(new QCheckBox(this))
    , m_tier(new QSpinBox(this))
{
    setObjectName(u"effectDialog"_s);
    setWindowTitle(tr("Change Effect (What-If)"));
    const Effect &effect = event.effects.at(effectIndex);
    m_changeScore->setText(tr("Score (file: %1)").arg(QString::number(baselineScore, 'f', 1)));
    m_score->setObjectName(u"effectScore"_s);
    m_score->setRange(-10.0, 10.0);
    m_score->setSingleStep(0.5);
    m_score->setDecimals(1);
    m_score->setValue(current && current->score ? *current->score : baselineScore);
    m_changeScore->setChecked(current && current->score);
    m_changeTier->setText(effect.tier ? tr("Tier (file: %1)").arg(*effect.tier) : tr("Tier (file: none)"));
    m_tier->setObjectName(u"effectTier"_s);
    m_tier->setRange(-2, 4);
    m_tier->setValue(current && current->tier ? *current->tier : effect.tier.value_or(0));
    m_changeTier->setChecked(current && current->tier);
    m_score->setEnabled(m_changeScore->isChecked());
    m_tier->setEnabled(m_changeTier->isChecked());
    connect(m_changeScore, &QCheckBox::toggled, m_score, &QWidget::setEnabled);
    connect(m_changeTier, &QCheckBox::toggled, m_tier, &QWidget::setEnabled);

    auto *form = new QFormLayout(this);
    auto *heading = new QLabel(target, this);
    heading->setWordWrap(true);
    form->addRow(heading);
    form->addRow(m_changeScore, m_score);
    form->addRow(m_changeTier, m_tier);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *reset = buttons->addButton(tr("Back to the File's Values"), QDialogButtonBox::ResetRole);
    connect(reset, &QPushButton::clicked, this, [this] {
        m_changeScore->setChecked(false);
        m_changeTier->setChecked(false);
        accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

EffectOverride EffectDialog::result() const
{
    EffectOverride o;
    o.event = m_event;
    o.effect = m_effect;
    if (m_changeScore->isChecked())
        o.score = m_score->value();
    if (m_changeTier->isChecked())
        o.tier = m_tier->value();
    return o;
}

} // namespace AllianceScope
