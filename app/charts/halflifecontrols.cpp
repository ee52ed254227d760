// HalfLifeControls: the half-life spin boxes (see halflifecontrols.h).
#include "halflifecontrols.h"

#include "session/document.h"
#include "weights/weightmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>

#include <cmath>

namespace AllianceScope {

HalfLifeControls::HalfLifeControls(Document *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    m_title = new QLabel(this);
    layout->addWidget(m_title);
    for (int i = 0; i < kLayerCount; ++i) {
        m_labels[i] = new QLabel(this);
        m_spins[i] = new QSpinBox(this);
        m_spins[i]->setRange(int(WeightParameters::kMinHalfLife), int(WeightParameters::kMaxHalfLife));
        m_spins[i]->setSingleStep(30);
        m_spins[i]->setKeyboardTracking(false); // one update per edit, not per keystroke
        m_spins[i]->setAccelerated(true);
        m_labels[i]->setBuddy(m_spins[i]);
        layout->addSpacing(8);
        layout->addWidget(m_labels[i]);
        layout->addWidget(m_spins[i]);
        connect(m_spins[i], &QSpinBox::valueChanged, this, &HalfLifeControls::apply);
    }
    layout->addSpacing(8);
    m_reset = new QPushButton(this);
    layout->addWidget(m_reset);
    layout->addStretch(1);
    connect(m_reset, &QPushButton::clicked, this, &HalfLifeControls::reset);
    if (m_doc) {
        connect(m_doc, &Document::parametersChanged, this, &HalfLifeControls::updateFromDocument);
        // A cancelled rebuild (large chronologies) gives the old half-lives back.
        connect(m_doc, &Document::rebuildFinished, this, &HalfLifeControls::updateFromDocument);
        connect(m_doc, &Document::languageChanged, this, &HalfLifeControls::retranslate);
    }
    retranslate();
    updateFromDocument();
}

QSpinBox *HalfLifeControls::spinBox(Layer layer) const
{
    const int i = static_cast<int>(layer);
    return i >= 0 && i < kLayerCount ? m_spins[i] : nullptr;
}

void HalfLifeControls::reset()
{
    if (!m_doc)
        return;
    WeightParameters p = m_doc->parameters();
    p.halfLifeDays = WeightParameters{}.halfLifeDays;
    m_doc->setParameters(p);
    updateFromDocument();
}

void HalfLifeControls::updateFromDocument()
{
    const WeightParameters p = m_doc ? m_doc->parameters() : WeightParameters{};
    for (int i = 0; i < kLayerCount; ++i) {
        const QSignalBlocker block(m_spins[i]);
        m_spins[i]->setValue(int(std::lround(p.halfLifeDays[i])));
    }
    m_reset->setEnabled(p.halfLifeDays != WeightParameters{}.halfLifeDays);
}

void HalfLifeControls::apply()
{
    if (!m_doc)
        return;
    WeightParameters p = m_doc->parameters();
    for (int i = 0; i < kLayerCount; ++i)
        p.halfLifeDays[i] = m_spins[i]->value();
    m_doc->setParameters(p);
    m_reset->setEnabled(p.halfLifeDays != WeightParameters{}.halfLifeDays);
}

void HalfLifeControls::retranslate()
{
    m_title->setText(tr("Half-life:"));
    m_title->setToolTip(tr("How long an event's effect on the relations score takes to halve, per layer"));
    m_labels[0]->setText(tr("&Security"));
    m_labels[1]->setText(tr("&Political"));
    m_labels[2]->setText(tr("&Economic"));
    for (QSpinBox *s : m_spins) {
        s->setSuffix(tr(" days"));
        s->setToolTip(tr("Half-life in days (%1 to %2)")
                          .arg(WeightParameters::kMinHalfLife)
                          .arg(WeightParameters::kMaxHalfLife));
    }
    m_reset->setText(tr("&Reset"));
    m_reset->setToolTip(tr("Back to the default half-lives"));
}

void HalfLifeControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace AllianceScope
