// Telegram update JSON → TgUpdate (telegram/telegramtypes.h), as /webhook and getUpdates read it.
#include "fuzzcheck.h"

#include "telegram/telegramtypes.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!document.isObject())
        return 0;
    const std::optional<TgUpdate> update = TgUpdate::fromJson(document.object());
    if (!update)
        return 0;
    FUZZ_CHECK(update->updateId >= 0);
    FUZZ_CHECK(!update->type.isEmpty());
    const TgUser *sender = update->sender();
    FUZZ_CHECK((sender != nullptr) == (update->message || update->callbackQuery || update->myChatMember));
    return 0;
}
