// Story: an ordered walk through a chronology for teaching, saved with the chronology
// (the "stories" array of docs/DATA.md). Plain data; the reader validates it.
#pragma once

#include "types.h"

namespace AllianceScope {

/// One step of a story: what the audience sees, and what the presenter says.
struct StoryStep
{
    QString event;  ///< optional: the event this step shows
    QDate date;     ///< the date shown; always valid once read (the event's date when only
                    ///< "event" is given in the file)
    Layer layer = Layer::All;
    QStringList focus;              ///< actor ids of the focus layout; empty: USA, JPN, KOR
    QList<DyadKey> highlightEdges;  ///< dyads drawn emphasised
    QStringList highlightActors;    ///< actors (mechanisms, states) drawn emphasised
    LocalizedText caption;          ///< one or two sentences for the audience, our own words
    LocalizedText notes;            ///< speaker notes for the presenter view (may be empty)
    QString section;                ///< the paper's section the caption draws on, e.g. "3"

    bool operator==(const StoryStep &o) const
    {
        return event == o.event && date == o.date && layer == o.layer && focus == o.focus
            && highlightEdges == o.highlightEdges && highlightActors == o.highlightActors
            && caption == o.caption && notes == o.notes && section == o.section;
    }
    bool operator!=(const StoryStep &o) const { return !(*this == o); }
};

/// An ordered list of steps with a title, e.g. the paper's argument in about ten steps.
struct Story
{
    QString id;
    LocalizedText title;
    QList<StoryStep> steps;

    bool operator==(const Story &o) const
    {
        return id == o.id && title == o.title && steps == o.steps;
    }
    bool operator!=(const Story &o) const { return !(*this == o); }
};

} // namespace AllianceScope
