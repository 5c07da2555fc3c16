// POST /webhook: updates Telegram pushes, accepted only with the secret token it was given in
// setWebhook, processed before the 200 so Telegram redelivers whatever we could not record.
#pragma once

#include "http/router.h"
#include "telegram/telegramtypes.h"

#include <functional>

enum class WebhookVerdict { Accepted, Retry };

// `process` handles one update synchronously; Retry answers 503 so Telegram sends it again.
void addWebhookRoute(Router &router, const QByteArray &secret, std::function<WebhookVerdict(const TgUpdate &)> process);

// Compares in time that depends only on the lengths, not on where the first difference is.
bool secretsEqual(const QByteArray &given, const QByteArray &expected);
