// The Bot API calls the bot answers with: messages, in-place edits, callback answers and keyboards.
#pragma once

#include "telegram/callbackdata.h"
#include "telegram/telegramtypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// An inline keyboard built row by row; every button carries callback data (≤ 64 bytes).
class InlineKeyboard
{
public:
    InlineKeyboard &button(const QString &text, const CallbackData &data);
    // Starts a new row; an empty row is dropped.
    InlineKeyboard &row();
    bool isEmpty() const { return m_rows.isEmpty() && m_current.isEmpty(); }
    QJsonObject toJson() const;

private:
    QJsonArray m_rows;
    QJsonArray m_current;
};

// What a dialogue step shows: HTML text and an optional keyboard.
struct Screen
{
    QString text;
    QJsonObject markup; // reply_markup; empty for none
};

namespace Replies {

BotCall sendMessage(qint64 chatId, const Screen &screen);
// Replaces the text and buttons of the message the pressed button belongs to.
BotCall editMessage(qint64 chatId, qint64 messageId, const Screen &screen);
// Every callback query gets exactly one of these; `text` (if any) shows as a short notice.
BotCall answerCallback(const QString &callbackId, const QString &text = {});

// A reply keyboard asking for the person's own phone number, with a way out.
QJsonObject requestContactKeyboard(const QString &shareText, const QString &cancelText);
QJsonObject removeKeyboard();

} // namespace Replies
