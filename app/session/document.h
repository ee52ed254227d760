// Document: what the user is looking at — the loaded chronology's weight model, the current
// date, layer, language, model parameters and selected edge. The main window, the chart panel
// and the export dialogs all read and change this one object and follow its signals.
#pragma once

#include "chronology/chronology.h"
#include "weights/networksnapshot.h"
#include "weights/weightmodel.h"

#include <QDate>
#include <QObject>

#include <memory>
#include <optional>

namespace AllianceScope {

class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    /// Replaces the chronology (a failed load never reaches here, so nothing half-loaded).
    void setChronology(Chronology chronology, const QString &path);
    bool hasChronology() const { return m_model != nullptr; }
    const Chronology &chronology() const;
    const WeightModel &model() const; ///< valid while hasChronology()
    QString path() const { return m_path; }

    QDate date() const { return m_date; }
    /// The current event: the one chosen by setEventIndex(), or else the last event on or
    /// before date(); -1 before the first. Events that share a date are told apart this way.
    int currentEventIndex() const { return m_eventIndex; }
    NetworkSnapshot snapshot() const;

    Layer layer() const { return m_layer; }
    Language language() const { return m_language; }
    const WeightParameters &parameters() const;
    /// The selected edge (the dyad whose history is shown); nullopt when none.
    std::optional<DyadKey> selectedEdge() const { return m_selection; }

public slots:
    void setDate(const QDate &date);
    /// Makes event @p index current and moves to its date.
    void setEventIndex(int index);
    void setLayer(AllianceScope::Layer layer);
    void setLanguage(AllianceScope::Language lang);
    void setParameters(const AllianceScope::WeightParameters &parameters);
    /// Selects the edge between @p a and @p b (either order); empty ids clear the selection.
    void setSelectedEdge(const QString &a, const QString &b);

signals:
    void chronologyChanged();
    void dateChanged(const QDate &date);
    /// currentEventIndex() changed (also between events of the same date).
    void currentEventChanged(int index);
    void layerChanged(AllianceScope::Layer layer);
    void languageChanged(AllianceScope::Language lang);
    /// The weights changed without the date changing (half-lives edited).
    void parametersChanged();
    /// selectedEdge() changed; @p a and @p b are empty when the selection was cleared.
    void selectionChanged(const QString &a, const QString &b);

private:
    void moveTo(const QDate &date, int index);

    std::unique_ptr<WeightModel> m_model;
    QString m_path;
    QDate m_date;
    int m_eventIndex = -1;
    Layer m_layer = Layer::All;
    Language m_language = Language::En;
    WeightParameters m_parameters;
    std::optional<DyadKey> m_selection;
};

} // namespace AllianceScope
