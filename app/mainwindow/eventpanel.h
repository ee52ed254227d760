// EventPanel: the current event in full — date at its precision, title, summary, category,
// the paper's citation, the context marker and a table of the event's effects.
#pragma once

#include "chronology/types.h"

#include <QWidget>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace AllianceScope {

class Chronology;
class Document;

class EventPanel : public QWidget
{
    Q_OBJECT

public:
    enum EffectColumn { TargetColumn = 0, LayerColumn, TierColumn, ScoreColumn, EffectColumnCount };

    explicit EventPanel(Document *document, QWidget *parent = nullptr);
    ~EventPanel() override;

    /// The event shown (an index into the chronology's events), -1 for none.
    int eventIndex() const { return m_eventIndex; }
    QString titleText() const;
    QString dateText() const;
    QString citationText() const;
    const QStandardItemModel *effectsModel() const { return m_effects; }
    /// What-if: the dialog that changes the score or tier of effect @p row of the shown event.
    void editEffect(int row);

    /// Translated names shared with the other panels (the graph's Palette names).
    static QString layerTitle(Layer layer);
    static QString tierTitle(int tier);
    /// "+7.0", "−3.5": a score with its sign.
    static QString scoreText(double score);
    /// The two actors' names in @p lang, "Japan – Republic of Korea".
    static QString dyadText(const Chronology &chronology, const QString &a, const QString &b,
                            Language lang);
    /// One effect in words, for the effect tables: target, layer, tier and score cells.
    static QStringList effectCells(const Chronology &chronology, const Event &event,
                                   const Effect &effect, Language lang);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void displayEvent(int index);
    void refresh();

    Document *m_document;
    int m_eventIndex = -1;
    QLabel *m_heading;
    QLabel *m_date;
    QLabel *m_title;
    QLabel *m_context;
    QLabel *m_category;
    QLabel *m_summary;
    QLabel *m_citation;
    QLabel *m_effectsHeading;
    QTableView *m_effectsView;
    QStandardItemModel *m_effects;
};

} // namespace AllianceScope
