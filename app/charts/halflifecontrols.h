// HalfLifeControls: one spin box per layer for the half-life of the relations score, and a
// Reset button; edits go to Document::setParameters, so the charts and the graph follow live.
#pragma once

#include "chronology/types.h"

#include <QPointer>
#include <QWidget>

#include <array>

class QLabel;
class QPushButton;
class QSpinBox;

namespace AllianceScope {

class Document;

class HalfLifeControls : public QWidget
{
    Q_OBJECT

public:
    explicit HalfLifeControls(Document *doc, QWidget *parent = nullptr);

    /// The spin box of a real layer (security, political or economic).
    QSpinBox *spinBox(Layer layer) const;
    QPushButton *resetButton() const { return m_reset; }

public slots:
    /// Back to the defaults of WeightParameters{}.
    void reset();
    /// Shows the document's current half-lives (without writing them back).
    void updateFromDocument();

protected:
    void changeEvent(QEvent *event) override;

private:
    void apply();
    void retranslate();

    QPointer<Document> m_doc;
    QLabel *m_title = nullptr;
    std::array<QLabel *, 3> m_labels{};
    std::array<QSpinBox *, 3> m_spins{};
    QPushButton *m_reset = nullptr;
};

} // namespace AllianceScope
