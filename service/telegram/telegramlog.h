// The logging category of the Telegram module ("queue.telegram").
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcTelegram)
