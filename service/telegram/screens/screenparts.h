// What every bot screen is built from: texts in the person's language, lists cut into pages, and
// how an appointment reads. Screens are pure: data in, a Screen out, no database and no clock.
#pragma once

#include "storage/records.h"
#include "telegram/replies.h"

#include <QList>
#include <QString>

#include <functional>

namespace Screens {

// How many items one page of a list shows.
constexpr int kQueuesPerPage = 8;
constexpr int kDaysPerPage = 8;
constexpr int kTimesPerPage = 12;
constexpr int kBookingsPerPage = 5;

// One page of a list: the page asked for, kept within the pages there are (a stale button may ask
// for a page that no longer exists).
struct Page
{
    int index = 0;
    int count = 1;
    int size = 1; // items per page

    static Page of(qsizetype items, int perPage, int asked);
    bool isOnly() const { return count <= 1; }
    template<typename T>
    QList<T> itemsOf(const QList<T> &all) const
    {
        return all.mid(qsizetype(index) * size, size);
    }
};

// A dialogue text (context "Dialogues") in `language`; `n` selects a plural form (%n).
QString t(const QString &language, const char *source, int n = -1);
// `body` after the screen's lead (what happened before), a blank line between them.
QString joined(const QString &lead, const QString &body);
// People's text in bold, escaped for parse_mode HTML.
QString bold(const QString &text);

// "Page 2 of 3" under `text` when the list has more than one page.
QString withPageLine(const QString &text, const QString &language, const Page &page);
// "Page 2 of 3", or nothing for a list of one page.
QString pageLine(const QString &language, const Page &page);
// A row with Previous/Next when the list has more than one page; `pageData` makes a page's button.
void addPaging(InlineKeyboard &keyboard, const QString &language, const Page &page,
               const std::function<CallbackData(int)> &pageData);
void addMenuButton(InlineKeyboard &keyboard, const QString &language);

// The queue's name in `language` (not escaped).
QString queueName(const QString &language, const QueueRecord &queue);
// "Wed, Dec 2, 10:00" in the queue's time zone.
QString when(const QString &language, const QueueRecord &queue, const SlotRecord &slot);
// The queue, the date and the hours of `slot`, HTML (Formatting::appointment).
QString details(const QString &language, const QueueRecord &queue, const SlotRecord &slot);

} // namespace Screens
