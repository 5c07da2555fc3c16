#include "bottexts.h"

#include "translations.h"

namespace TestSupport {

QString dialogue(const QString &language, const char *source, int n)
{
    return Translations::text(language, "Dialogues", source, n);
}

QString outbox(const QString &language, const char *source, int n)
{
    return Translations::text(language, "Outbox", source, n);
}

QString refusal(const QString &language, Refusal reason)
{
    return Translations::text(language, "Refusal", refusalSourceText(reason));
}

} // namespace TestSupport
