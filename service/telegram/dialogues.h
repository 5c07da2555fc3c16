// The bot's conversations: turns one Telegram update into the Bot API calls that answer it.
// Pure over the domain: no network here, so every flow is testable in-process. The steps are in
// Conversation, what each step shows in telegram/screens/.
#pragma once

#include "domain/bookingqueries.h"
#include "telegram/screens/screenparts.h"
#include "telegram/telegramtypes.h"

#include <QList>

class DomainServices;

class Dialogues
{
public:
    explicit Dialogues(DomainServices &domain);

    // Handles `update`; domain changes carry Actor::telegram(user, update.updateId), so they are
    // recorded as processed in the same transaction. Returns the direct replies to send, in order;
    // a callback query is always answered (answerCallbackQuery comes first).
    QList<BotCall> handle(const TgUpdate &update);

    // setMyCommands calls that fill Telegram's command menu, one per language; the transport
    // makes them once at start-up.
    static QList<BotCall> commandMenus();

    // How many items one page of a list shows (the screens decide).
    static constexpr int kQueuesPerPage = Screens::kQueuesPerPage;
    static constexpr int kDaysPerPage = Screens::kDaysPerPage;
    static constexpr int kTimesPerPage = Screens::kTimesPerPage;
    static constexpr int kBookingsPerPage = Screens::kBookingsPerPage;

private:
    DomainServices &m_domain;
};
