#include "replies.h"

#include "telegram/formatting.h"

using namespace Qt::StringLiterals;

InlineKeyboard &InlineKeyboard::button(const QString &text, const CallbackData &data)
{
    m_current.append(QJsonObject{{u"text"_s, Formatting::clip(text)}, {u"callback_data"_s, data.toString()}});
    return *this;
}

InlineKeyboard &InlineKeyboard::row()
{
    if (!m_current.isEmpty()) {
        m_rows.append(m_current);
        m_current = QJsonArray();
    }
    return *this;
}

QJsonObject InlineKeyboard::toJson() const
{
    QJsonArray rows = m_rows;
    if (!m_current.isEmpty())
        rows.append(m_current);
    return {{u"inline_keyboard"_s, rows}};
}

namespace Replies {

namespace {

QJsonObject messageParams(qint64 chatId, const Screen &screen)
{
    QJsonObject params{{u"chat_id"_s, chatId},
                       {u"text"_s, Formatting::fit(screen.text)},
                       {u"parse_mode"_s, u"HTML"_s},
                       {u"disable_web_page_preview"_s, true}};
    if (!screen.markup.isEmpty())
        params.insert(u"reply_markup"_s, screen.markup);
    return params;
}

} // namespace

BotCall sendMessage(qint64 chatId, const Screen &screen)
{
    return {u"sendMessage"_s, messageParams(chatId, screen)};
}

BotCall editMessage(qint64 chatId, qint64 messageId, const Screen &screen)
{
    QJsonObject params = messageParams(chatId, screen);
    params.insert(u"message_id"_s, messageId);
    // An edit can only carry an inline keyboard; without one the old buttons go away.
    if (!params.contains(u"reply_markup"_s))
        params.insert(u"reply_markup"_s, QJsonObject{{u"inline_keyboard"_s, QJsonArray()}});
    return {u"editMessageText"_s, params};
}

BotCall answerCallback(const QString &callbackId, const QString &text)
{
    QJsonObject params{{u"callback_query_id"_s, callbackId}};
    if (!text.isEmpty())
        params.insert(u"text"_s, Formatting::clip(text, 200));
    return {u"answerCallbackQuery"_s, params};
}

QJsonObject requestContactKeyboard(const QString &shareText, const QString &cancelText)
{
    const QJsonArray rows{QJsonArray{QJsonObject{{u"text"_s, shareText}, {u"request_contact"_s, true}}},
                          QJsonArray{QJsonObject{{u"text"_s, cancelText}}}};
    return {{u"keyboard"_s, rows}, {u"resize_keyboard"_s, true}, {u"one_time_keyboard"_s, true}};
}

QJsonObject removeKeyboard()
{
    return {{u"remove_keyboard"_s, true}};
}

} // namespace Replies
