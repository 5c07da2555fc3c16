// The bot's texts in a language as the service finds them (translations/), so tests compare what a
// person reads with the translation rather than with the English source.
#pragma once

#include "domain/refusal.h"

#include <QString>

namespace TestSupport {

// A line or button of the conversation (context "Dialogues"); `n` fills %n where it is ≥ 0.
QString dialogue(const QString &language, const char *source, int n = -1);
// A message the outbox sends (context "Outbox").
QString outbox(const QString &language, const char *source, int n = -1);
// The sentence a person is told for a rule's refusal.
QString refusal(const QString &language, Refusal reason);

} // namespace TestSupport
