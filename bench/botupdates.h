// The Update objects Telegram would POST to the webhook for the booking rush: a person typing
// /start, and a person pressing an inline button under one of the bot's messages.
#pragma once

#include <QByteArray>
#include <QString>

namespace BotUpdates {

// Compact JSON for a private chat with the person `userId` (chat id = user id, as in Telegram).
QByteArray command(qint64 updateId, qint64 userId, const QString &text);
QByteArray buttonPress(qint64 updateId, qint64 userId, qint64 messageId, const QString &callbackData);

} // namespace BotUpdates
