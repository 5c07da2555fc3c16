// The screens around the booking itself: the greeting, the main menu, help, the language choice
// and the command list Telegram shows next to the input field.
#pragma once

#include "telegram/replies.h"

#include <QJsonArray>
#include <QString>

namespace Screens {

// "Hello, <name>! …": the lead of the first screen after /start.
QString greeting(const QString &language, const QString &name);
Screen menu(const QString &language, const QString &lead = {});
Screen help(const QString &language);
// One button per language the bot speaks, each in its own language.
Screen languages(const QString &language, const QString &lead = {});
// The setMyCommands list in `language`.
QJsonArray commands(const QString &language);

} // namespace Screens
