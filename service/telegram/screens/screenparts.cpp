#include "screenparts.h"

#include "telegram/formatting.h"

using namespace Qt::StringLiterals;

namespace Screens {

Page Page::of(qsizetype items, int perPage, int asked)
{
    const int count = qMax(1, int((items + perPage - 1) / perPage));
    return {qBound(0, asked, count - 1), count, perPage};
}

QString t(const QString &language, const char *source, int n)
{
    return Formatting::text(language, source, n);
}

QString joined(const QString &lead, const QString &body)
{
    if (lead.isEmpty())
        return body;
    return body.isEmpty() ? lead : lead + u"\n\n"_s + body;
}

QString bold(const QString &text)
{
    return u"<b>"_s + Formatting::html(text) + u"</b>"_s;
}

QString withPageLine(const QString &text, const QString &language, const Page &page)
{
    return page.isOnly() ? text : text + u"\n"_s + pageLine(language, page);
}

QString pageLine(const QString &language, const Page &page)
{
    if (page.isOnly())
        return {};
    return t(language, QT_TRANSLATE_NOOP("Dialogues", "Page %1 of %2"))
        .arg(QString::number(page.index + 1), QString::number(page.count));
}

void addPaging(InlineKeyboard &keyboard, const QString &language, const Page &page,
               const std::function<CallbackData(int)> &pageData)
{
    if (page.isOnly())
        return;
    keyboard.row();
    if (page.index > 0)
        keyboard.button(t(language, QT_TRANSLATE_NOOP("Dialogues", "◀ Previous")), pageData(page.index - 1));
    if (page.index + 1 < page.count)
        keyboard.button(t(language, QT_TRANSLATE_NOOP("Dialogues", "Next ▶")), pageData(page.index + 1));
    keyboard.row();
}

void addMenuButton(InlineKeyboard &keyboard, const QString &language)
{
    keyboard.button(t(language, QT_TRANSLATE_NOOP("Dialogues", "☰ Menu")), CallbackData::menu());
}

QString queueName(const QString &language, const QueueRecord &queue)
{
    return Formatting::queueName(language, queue.nameRu, queue.nameEn);
}

QString when(const QString &language, const QueueRecord &queue, const SlotRecord &slot)
{
    return Formatting::shortDate(Formatting::localDate(slot.startsAt, queue.timezone), language) + u", "_s
        + Formatting::time(slot.startsAt, queue.timezone);
}

QString details(const QString &language, const QueueRecord &queue, const SlotRecord &slot)
{
    return Formatting::appointment(language, queueName(language, queue), slot.startsAt, slot.endsAt,
                                   queue.timezone);
}

} // namespace Screens
