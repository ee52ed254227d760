// ItemCommand<T>: adds, replaces or deletes one event, actor or category. It stores the whole
// value before and after (and where the old one stood), so undo and redo give back exactly the
// same chronology.
#pragma once

#include "chronologyitems.h"
#include "editcommand.h"

#include <optional>

namespace AllianceScope {

template <typename T>
class ItemCommand : public EditCommand
{
public:
    /**
     * @p before absent: adds @p after; @p after absent: deletes @p before; both: replaces
     * @p before (found by its id) with @p after. @p index is where @p before stands now.
     */
    ItemCommand(Document *document, const QString &text, std::optional<T> before,
                std::optional<T> after, int index)
        : EditCommand(document, text)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_index(index)
    {
    }

    const std::optional<T> &before() const { return m_before; }
    const std::optional<T> &after() const { return m_after; }
    void setAfter(const T &after) { m_after = after; }

    Chronology changed(const Chronology &current, bool forward) const override
    {
        return ChronologyItems<T>::with(current, changedList(ChronologyItems<T>::list(current), forward));
    }

    /// @p list (the current events, actors or categories) with the command done or undone.
    QList<T> changedList(QList<T> list, bool forward) const
    {
        const std::optional<T> &from = forward ? m_before : m_after;
        const std::optional<T> &to = forward ? m_after : m_before;
        int at = -1;
        if (from) {
            at = indexOfId(list, from->id);
            if (at >= 0)
                list.removeAt(at);
        }
        if (to) {
            if (!forward) // undo: back where it stood
                at = m_index;
            else if (at < 0)
                at = ChronologyItems<T>::insertionIndex(list, *to);
            list.insert(std::clamp(at, 0, int(list.size())), *to);
        }
        ChronologyItems<T>::normalize(list);
        return list;
    }

protected:
    QString focusEvent(bool forward) const override
    {
        if constexpr (ChronologyItems<T>::kIsEvent) {
            const std::optional<T> &to = forward ? m_after : m_before;
            return to ? to->id : QString();
        }
        return QString();
    }

private:
    std::optional<T> m_before;
    std::optional<T> m_after;
    int m_index;
};

} // namespace AllianceScope
