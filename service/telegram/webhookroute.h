// POST /webhook: updates Telegram pushes, accepted only with the secret token it was given in
// setWebhook. The 200 comes after the update's group commit (so Telegram redelivers whatever we
// could not record) and may carry the answer to a pressed button.
#pragma once

#include "http/router.h"
#include "telegram/telegramtypes.h"

class UpdateProcessor;

// An update the processor could not commit is answered 503, so Telegram sends it again.
void addWebhookRoute(Router &router, const QByteArray &secret, UpdateProcessor &processor);

// Compares in time that depends only on the lengths, not on where the first difference is.
bool secretsEqual(const QByteArray &given, const QByteArray &expected);
