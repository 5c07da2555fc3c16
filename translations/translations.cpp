#include "translations.h"

#include <QHash>
#include <QMutex>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QTranslator *translatorFor(const QString &language)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<QTranslator>> loaded;
    QMutexLocker lock(&mutex);
    auto it = loaded.find(language);
    if (it == loaded.end()) {
        auto translator = std::make_shared<QTranslator>();
        if (!translator->load(u":/i18n/queuebot_"_s + language + u".qm"_s))
            translator.reset();
        it = loaded.insert(language, translator);
    }
    return it->get();
}

} // namespace

namespace Translations {

QStringList languages()
{
    return {u"ru"_s, u"en"_s};
}

QString languageFor(const QString &languageCode)
{
    const QString base = languageCode.section(u'-', 0, 0).toLower();
    // Russian speakers in neighbouring countries often have ru interfaces with other codes.
    if (base == u"ru"_s || base == u"uk"_s || base == u"be"_s || base == u"kk"_s)
        return u"ru"_s;
    return u"en"_s;
}

QString text(const QString &language, const char *context, const char *source, int n)
{
    if (QTranslator *translator = translatorFor(language)) {
        QString translated = translator->translate(context, source, nullptr, n);
        if (!translated.isEmpty())
            return translated;
    }
    QString fallback = QString::fromUtf8(source);
    if (n >= 0)
        fallback.replace(u"%n"_s, QString::number(n));
    return fallback;
}

} // namespace Translations
