#include "botupdates.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace BotUpdates {

namespace {

constexpr qint64 kBotId = 777000001;

QJsonObject person(qint64 userId)
{
    return {{u"id"_s, userId},
            {u"is_bot"_s, false},
            {u"first_name"_s, u"Person%1"_s.arg(userId)},
            {u"language_code"_s, u"en"_s}};
}

QJsonObject message(qint64 messageId, const QJsonObject &from, qint64 chatId, const QString &text)
{
    return {{u"message_id"_s, messageId},
            {u"from"_s, from},
            {u"chat"_s, QJsonObject{{u"id"_s, chatId}, {u"type"_s, u"private"_s}}},
            {u"date"_s, QDateTime::currentSecsSinceEpoch()},
            {u"text"_s, text}};
}

QByteArray update(qint64 updateId, const QString &kind, const QJsonObject &content)
{
    return QJsonDocument(QJsonObject{{u"update_id"_s, updateId}, {kind, content}}).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray command(qint64 updateId, qint64 userId, const QString &text)
{
    QJsonObject typed = message(updateId, person(userId), userId, text);
    const qsizetype end = text.indexOf(u' ');
    typed.insert(u"entities"_s, QJsonArray{QJsonObject{{u"type"_s, u"bot_command"_s},
                                                       {u"offset"_s, 0},
                                                       {u"length"_s, end < 0 ? text.size() : end}}});
    return update(updateId, u"message"_s, typed);
}

QByteArray buttonPress(qint64 updateId, qint64 userId, qint64 messageId, const QString &callbackData)
{
    const QJsonObject bot{{u"id"_s, kBotId}, {u"is_bot"_s, true}, {u"first_name"_s, u"Queue Bot"_s}};
    return update(updateId, u"callback_query"_s,
                  QJsonObject{{u"id"_s, QString::number(updateId)},
                              {u"from"_s, person(userId)},
                              {u"message"_s, message(messageId, bot, userId, u"…"_s)},
                              {u"chat_instance"_s, QString::number(userId)},
                              {u"data"_s, callbackData}});
}

} // namespace BotUpdates
