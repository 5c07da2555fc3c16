// Callback data of inline buttons (telegram/callbackdata.h): whatever a client sends back must be
// refused or parsed into data that writes back to itself and fits Telegram's 64 bytes.
#include "fuzzcheck.h"

#include "telegram/callbackdata.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<CallbackData> parsed = CallbackData::parse(text);
    if (!parsed)
        return 0;
    const QString written = parsed->toString();
    FUZZ_CHECK(written.toUtf8().size() <= CallbackData::kMaxBytes);
    const std::optional<CallbackData> again = CallbackData::parse(written);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(again->toString() == written);
    return 0;
}
