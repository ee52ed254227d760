// Slide: what presentation mode shows at one moment (an event, or a step of a story), in the
// current language, for the caption band and the presenter view alike.
#pragma once

#include <QString>

namespace AllianceScope {

struct Slide
{
    QString date;     ///< as written at the event's precision, e.g. "2023-08-18"
    QString title;    ///< the event's title, or the story step's caption
    QString summary;  ///< one sentence (empty for story steps: the caption says it)
    QString source;   ///< the source line: the paper's section, footnote, document
    QString notes;    ///< speaker notes (the presenter view only)
    QString next;     ///< what comes next: the next step's caption or the next event's title
    int position = 0; ///< 1-based position in the story or the chronology
    int count = 0;    ///< steps of the story or events of the chronology
};

} // namespace AllianceScope
