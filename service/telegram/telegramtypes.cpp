#include "telegramtypes.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace {

TgUser parseUser(const QJsonObject &json)
{
    TgUser user;
    user.id = json.value(u"id"_s).toInteger();
    user.isBot = json.value(u"is_bot"_s).toBool();
    user.firstName = json.value(u"first_name"_s).toString();
    user.lastName = json.value(u"last_name"_s).toString();
    user.username = json.value(u"username"_s).toString();
    user.languageCode = json.value(u"language_code"_s).toString();
    return user;
}

TgMessage parseMessage(const QJsonObject &json)
{
    TgMessage message;
    message.messageId = json.value(u"message_id"_s).toInteger();
    const QJsonObject chat = json.value(u"chat"_s).toObject();
    message.chatId = chat.value(u"id"_s).toInteger();
    message.chatType = chat.value(u"type"_s).toString();
    message.from = parseUser(json.value(u"from"_s).toObject());
    message.text = json.value(u"text"_s).toString();
    const QJsonObject contact = json.value(u"contact"_s).toObject();
    message.contactPhone = contact.value(u"phone_number"_s).toString();
    message.contactUserId = contact.value(u"user_id"_s).toInteger();
    return message;
}

} // namespace

std::optional<TgUpdate> TgUpdate::fromJson(const QJsonObject &json)
{
    const QJsonValue id = json.value(u"update_id"_s);
    if (!id.isDouble() || id.toInteger(-1) < 0)
        return std::nullopt;
    TgUpdate update;
    update.updateId = id.toInteger();
    update.raw = json;
    if (json.value(u"message"_s).isObject()) {
        update.type = u"message"_s;
        update.message = parseMessage(json.value(u"message"_s).toObject());
    } else if (json.value(u"callback_query"_s).isObject()) {
        update.type = u"callback_query"_s;
        const QJsonObject query = json.value(u"callback_query"_s).toObject();
        TgCallbackQuery callback;
        callback.id = query.value(u"id"_s).toString();
        callback.from = parseUser(query.value(u"from"_s).toObject());
        callback.data = query.value(u"data"_s).toString();
        const QJsonObject message = query.value(u"message"_s).toObject();
        callback.messageId = message.value(u"message_id"_s).toInteger();
        callback.chatId = message.value(u"chat"_s).toObject().value(u"id"_s).toInteger();
        if (callback.chatId == 0)
            callback.chatId = callback.from.id;
        update.callbackQuery = callback;
    } else if (json.value(u"my_chat_member"_s).isObject()) {
        update.type = u"my_chat_member"_s;
        const QJsonObject member = json.value(u"my_chat_member"_s).toObject();
        TgChatMemberUpdate change;
        change.chatId = member.value(u"chat"_s).toObject().value(u"id"_s).toInteger();
        change.from = parseUser(member.value(u"from"_s).toObject());
        change.newStatus = member.value(u"new_chat_member"_s).toObject().value(u"status"_s).toString();
        update.myChatMember = change;
    } else {
        update.type = u"other"_s;
    }
    return update;
}

const TgUser *TgUpdate::sender() const
{
    if (message)
        return &message->from;
    if (callbackQuery)
        return &callbackQuery->from;
    if (myChatMember)
        return &myChatMember->from;
    return nullptr;
}
