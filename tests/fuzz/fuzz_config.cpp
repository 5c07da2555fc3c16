// ServiceConfig::load (app/config.h) from the environment: the input is NAME=VALUE lines.
#include "fuzzcheck.h"

#include "app/config.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QProcessEnvironment env; // empty: nothing from the fuzzer's own environment
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals > 0)
            env.insert(line.left(equals), line.mid(equals + 1));
    }
    QString error;
    const std::optional<ServiceConfig> config = ServiceConfig::load(env, QString(), &error);
    FUZZ_CHECK(config.has_value() == error.isEmpty());
    return 0;
}
