// HttpRequestFramer (http/listenerguard.h): the first thing that reads a stranger's bytes.
// Byte 0 picks the limits (the real defaults, or tiny ones so the 413 paths are reachable) and how
// the rest is cut into reads (all at once, or reads of 1..16 bytes); the rest is the connection.
#include "fuzzcheck.h"

#include "http/listenerguard.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t mode = data[0];
    const QByteArrayView bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const ListenerLimits defaults;
    const bool tiny = (mode & 0x80) != 0;
    HttpRequestFramer framer(tiny ? 128 : defaults.maxHeaderBytes, tiny ? 64 : defaults.maxBodyBytes);

    const qsizetype step = (mode & 0x0f) == 0 ? qMax<qsizetype>(bytes.size(), 1) : (mode & 0x0f);
    for (qsizetype at = 0; at < bytes.size(); at += step) {
        const HttpRequestFramer::Result result = framer.feed(bytes.sliced(at, qMin(step, bytes.size() - at)));
        FUZZ_CHECK(result.completed >= 0);
        FUZZ_CHECK(result.detail != nullptr);
        if (result.verdict != HttpRequestFramer::Verdict::Ok) {
            FUZZ_CHECK(!framer.inRequest());
            break;
        }
    }
    return 0;
}
