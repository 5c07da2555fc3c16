// The bot's conversations: turns one Telegram update into the Bot API calls that answer it.
// Pure over the domain: no network here, so every flow is testable in-process.
#pragma once

#include "telegram/telegramtypes.h"

#include <QList>

class BookingService;
class Clock;
class Database;

class Dialogues
{
public:
    Dialogues(Database &db, BookingService &bookings, const Clock &clock);

    // Handles `update`; domain changes carry Actor::telegram(user, update.updateId), so they are
    // recorded as processed in the same transaction. Returns the direct replies to send.
    QList<BotCall> handle(const TgUpdate &update);

private:
    Database &m_db;
    BookingService &m_bookings;
    const Clock &m_clock;
};
