// Texts in a chosen language ("ru" or "en"), independent of the process-wide locale, so one
// service can answer every Telegram user in their own language.
#pragma once

#include <QString>
#include <QStringList>

namespace Translations {

QStringList languages();
// Normalises a Telegram language_code ("ru-RU", "en", "de") to a supported language.
QString languageFor(const QString &languageCode);
// Translates `source` from `context` into `language`; `n` selects a plural form (%n).
QString text(const QString &language, const char *context, const char *source, int n = -1);

} // namespace Translations
