// Document: what the user is looking at — the loaded chronology's weight model, the current
// date, layer, language, model parameters and selected edge. The main window, the chart panel
// and the export dialogs all read and change this one object and follow its signals.
#pragma once

#include "chronology/chronology.h"
#include "weights/networkdiff.h"
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
    /// How the graph shows a second date (issue 10): not at all, as the difference between the
    /// two dates, or both dates side by side on the same layout.
    enum class CompareMode { Off, Difference, SideBySide };

    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    /// Replaces the chronology (a failed load never reaches here, so nothing half-loaded).
    void setChronology(Chronology chronology, const QString &path);
    /// Replaces the chronology with @p model, built off the UI thread (BackgroundLoader); a model
    /// built with other parameters than parameters() is brought to them first.
    void setChronology(std::unique_ptr<WeightModel> model, const QString &path);
    bool hasChronology() const { return m_model != nullptr; }
    /// The chronology as loaded (every event, whatever the scenario switches off).
    const Chronology &chronology() const;
    /// The model the views draw: the baseline's, or the current what-if scenario's (its events
    /// have the same indices as chronology()'s). Valid while hasChronology().
    const WeightModel &model() const;
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

    // --- compare two dates -------------------------------------------------------------------
    CompareMode compareMode() const { return m_compareMode; }
    /// The second date (invalid until one is chosen).
    QDate compareDate() const { return m_compareDate; }
    /// The two dates in time order (from, to): the difference runs from the earlier to the later.
    std::pair<QDate, QDate> compareSpan() const;
    /// The snapshot at compareDate() (empty when none).
    NetworkSnapshot compareSnapshot() const;
    /// Every dyad's change on the current layer from compareSpan().first to .second.
    QList<DyadChange> difference() const;

    // --- what-if -------------------------------------------------------------------------------
    /// The current scenario (isBaseline() when nothing is changed).
    const Scenario &scenario() const { return m_scenario; }
    bool isWhatIf() const { return !m_scenario.isBaseline(); }
    /// The model of the chronology as loaded, whatever the scenario (the ghost edges, the
    /// dashed baseline series).
    const WeightModel &baselineModel() const;
    NetworkSnapshot baselineSnapshot() const;
    /// The scenarios saved with the chronology (the file's, and those saved since it was read).
    const QList<Scenario> &scenarios() const { return m_scenarios; }
    /// Adds @p scenario to scenarios(), replacing one of the same id (after it was written).
    void addScenario(const AllianceScope::Scenario &scenario);

    // --- editing (issue 11, app/edit) ----------------------------------------------------------
    /**
     * Replaces the chronology after an edit (or its undo): the path, layer, scenario, scenarios
     * and the selected edge stay where they can; the current event stays current (or
     * @p focusEvent becomes current when it names an event). chronologyChanged() is emitted
     * with isEditing() true, so that views may keep what the user made besides the file.
     */
    void replaceChronology(AllianceScope::Chronology chronology, const QString &focusEvent = QString());
    /// True while chronologyChanged() announces an edit of the same chronology.
    bool isEditing() const { return m_editing; }
    /// The chronology was written to @p path, which becomes path(); emits saved().
    void notifySaved(const QString &path);
    // --- the model rebuilt off the UI thread (issue 15) -----------------------------------------
    /// From this many events on, a parameter change is applied on a worker: the views keep the
    /// old weights until parametersChanged() (copies sharing the models' indices get the new
    /// decayed sums: milliseconds at 100,000 events, then WeightModel::adoptIndex).
    static constexpr int kBackgroundRebuildEvents = 5000;
    /// Whether new parameters are being applied on a worker (parameters() are the new ones,
    /// model() still has the old until parametersChanged()).
    bool isRebuilding() const { return m_rebuild != nullptr; }

public slots:
    void setDate(const QDate &date);
    /// Makes event @p index current and moves to its date.
    void setEventIndex(int index);
    void setLayer(AllianceScope::Layer layer);
    void setLanguage(AllianceScope::Language lang);
    void setParameters(const AllianceScope::WeightParameters &parameters);
    /// Selects the edge between @p a and @p b (either order); empty ids clear the selection.
    void setSelectedEdge(const QString &a, const QString &b);

    void setCompareMode(AllianceScope::Document::CompareMode mode);
    /// Sets the second date (switching to the difference view when compare is off).
    void setCompareDate(const QDate &date);

    /// Replaces the scenario (its id, name and note are kept for saving).
    void setScenario(const AllianceScope::Scenario &scenario);
    /// Switches the event @p id on or off in the scenario.
    void setEventEnabled(const QString &id, bool enabled);
    /// Switches every event of category @p id on or off.
    void setCategoryEnabled(const QString &id, bool enabled);
    /// Sets the override of one effect (replacing any earlier one of that effect); an override
    /// without score and tier removes it.
    void setEffectOverride(const AllianceScope::EffectOverride &override_);
    /// Back to the chronology as loaded.
    void resetScenario();

signals:
    /// A parameter change started rebuilding the model on a worker.
    void rebuildStarted();
    /// The rebuild ended: parametersChanged() follows unless @p applied is false (superseded by
    /// another chronology, or cancelled).
    void rebuildFinished(bool applied);
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
    /// compareMode() or compareDate() changed.
    void compareChanged();
    /// scenario() changed: model() now draws it (any pointer to the old model() is stale).
    void scenarioChanged();
    /// The chronology was written to @p path (Save, Save As).
    void saved(const QString &path);

public slots:
    /// Stops waiting for a running rebuild: the weights stay the old ones; parameters() goes
    /// back to the model's.
    void cancelRebuild();

private:
    void moveTo(const QDate &date, int index);
    /// Starts the rebuild on a worker when the chronology is large; false: do it at once.
    bool rebuildInBackground();
    void onRebuilt();
    /// Forgets the running rebuild (if any); @return whether one ran.
    bool dropRebuild();

    std::unique_ptr<WeightModel> m_model;  // the baseline
    std::unique_ptr<WeightModel> m_whatIf; // the scenario's; null when it is the baseline
    Scenario m_scenario;
    QList<Scenario> m_scenarios;
    CompareMode m_compareMode = CompareMode::Off;
    QDate m_compareDate;
    QString m_path;
    QDate m_date;
    int m_eventIndex = -1;
    Layer m_layer = Layer::All;
    Language m_language = Language::En;
    WeightParameters m_parameters;
    std::optional<DyadKey> m_selection;
    bool m_editing = false;
    class Rebuild;
    Rebuild *m_rebuild = nullptr; ///< the running rebuild on a worker; null when none
};

} // namespace AllianceScope
