// The screens that ask for the person's phone number: a reply keyboard with Telegram's contact
// button and a way out, which the bot replaces once the number arrives or the person gives up.
#pragma once

#include "storage/records.h"
#include "telegram/replies.h"

#include <QString>

namespace Screens {

// `text` above the contact button and "Cancel".
Screen phoneRequest(const QString &language, const QString &text);
// The first request, for booking at `queue`.
Screen askPhone(const QString &language, const QueueRecord &queue, const QString &lead = {});
// True for the request's "Cancel" in any language: the reply keyboard sends its label as text,
// in whichever language it was shown.
bool isCancelLabel(const QString &text);
// `text` with the reply keyboard taken away.
Screen closePhoneRequest(const QString &text);
Screen phoneSaved(const QString &language);

} // namespace Screens
