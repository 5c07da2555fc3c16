#include "dialogues.h"

#include "domain/domainservices.h"
#include "telegram/conversation.h"
#include "telegram/screens/menuscreens.h"
#include "translations.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;


Dialogues::Dialogues(DomainServices &domain)
    : m_domain(domain)
{
}

QList<BotCall> Dialogues::handle(const TgUpdate &update)
{
    const TgUser *from = update.sender();
    if (!from || from->isBot || from->id <= 0 || (!update.message && !update.callbackQuery))
        return {};
    // The bot serves people in private chats; it stays quiet in groups it was added to.
    if (update.message && !update.message->chatType.isEmpty() && update.message->chatType != u"private"_s)
        return {};

    UserRecord profile;
    profile.telegramId = from->id;
    profile.firstName = from->firstName;
    profile.lastName = from->lastName;
    profile.username = from->username;
    profile.language = Translations::languageFor(from->languageCode);
    const UserRecord user = m_domain.bookings.registerUser(profile);
    if (user.id == 0)
        return {};

    const qint64 chatId = update.message ? update.message->chatId : update.callbackQuery->chatId;
    Conversation conversation(m_domain, user, chatId, update.updateId);
    if (update.callbackQuery)
        conversation.callback(*update.callbackQuery);
    else
        conversation.message(*update.message);
    return conversation.calls();
}

QList<BotCall> Dialogues::commandMenus()
{
    QList<BotCall> calls;
    for (const QString &language : Translations::languages()) {
        QJsonObject params{{u"commands"_s, Screens::commands(language)}};
        // English is the default for everyone whose Telegram is not set to a language of ours.
        if (language != u"en"_s)
            params.insert(u"language_code"_s, language);
        calls.append({u"setMyCommands"_s, params});
    }
    return calls;
}
