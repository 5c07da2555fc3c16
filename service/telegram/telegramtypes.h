// The parts of Telegram's Update objects the bot handles, parsed from the Bot API JSON.
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

struct TgUser
{
    qint64 id = 0;
    bool isBot = false;
    QString firstName;
    QString lastName;
    QString username;
    QString languageCode;
};

struct TgMessage
{
    qint64 messageId = 0;
    qint64 chatId = 0;
    QString chatType; // private, group, ...
    TgUser from;
    QString text;
    QString contactPhone;    // set when the user shared a contact
    qint64 contactUserId = 0; // the contact's user id (must equal from.id for "my phone")
};

struct TgCallbackQuery
{
    QString id;
    TgUser from;
    qint64 chatId = 0;
    qint64 messageId = 0; // the message with the pressed button
    QString data;
};

struct TgChatMemberUpdate
{
    qint64 chatId = 0;
    TgUser from;
    QString newStatus; // member, kicked (= blocked the bot), ...
};

struct TgUpdate
{
    qint64 updateId = 0;
    QString type; // message, callback_query, my_chat_member, other
    std::optional<TgMessage> message;
    std::optional<TgCallbackQuery> callbackQuery;
    std::optional<TgChatMemberUpdate> myChatMember;
    QJsonObject raw; // as it arrived: what the inbox keeps when the update is held back

    // Nothing when the JSON is not an Update (no integer update_id).
    static std::optional<TgUpdate> fromJson(const QJsonObject &json);
    // The user the update comes from, if any.
    const TgUser *sender() const;
};

// One Bot API call the bot wants made, e.g. {"sendMessage", {chat_id, text, reply_markup}}.
struct BotCall
{
    QString method;
    QJsonObject params;
};
