// Turns an outbox row (a template name and its parameters) into the message sent to the person,
// in their language.
#pragma once

#include "storage/records.h"
#include "telegram/telegramtypes.h"

// A sendMessage call to the row's chat.
BotCall renderOutboxMessage(const OutboxRecord &message, const QString &language);
