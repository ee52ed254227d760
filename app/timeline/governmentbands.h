// GovernmentBands: who governed each state, under the timeline's axis — one row per state that
// has terms of office in the chronology, each term a band coloured by its orientation and named
// by its leader where the band is wide enough. Shares the TimelineTrack's x scale.
#pragma once

#include "chronology/language.h"
#include "chronology/types.h"

#include <QDate>
#include <QList>
#include <QWidget>

namespace AllianceScope {

class Chronology;
class TimelineTrack;

class GovernmentBands : public QWidget
{
    Q_OBJECT

public:
    /// Bands aligned with @p track (a sibling in the same layout).
    explicit GovernmentBands(const TimelineTrack *track, QWidget *parent = nullptr);

    /// Shows the governments of @p chronology, names in @p language; hides itself when the
    /// chronology has none.
    void setChronology(const Chronology &chronology, Language language);
    /// Highlights the terms in office on @p date.
    void setCurrent(const QDate &date);

    /// The states with rows, top to bottom (chronology order of the actors).
    QStringList rows() const { return m_rows; }
    /// The government whose band is at @p pos, or nullptr.
    const Government *governmentAt(const QPoint &pos) const;
    /// The band of government @p index (into the chronology's governments) in widget pixels.
    QRectF bandRect(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    double rowHeight() const;
    double labelWidth() const;

    const TimelineTrack *m_track;
    QList<Government> m_governments;
    QStringList m_rows;
    QStringList m_rowLabels;
    Language m_language = Language::En;
    QDate m_date;
};

} // namespace AllianceScope
