#include "translations.h"

#include <QHash>
#include <QLocale>
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

// QTranslator returns the plural form with %n still in it (QCoreApplication::translate() would
// substitute it against the process locale); here %n becomes n and %Ln n in `language`'s format.
QString withCount(QString text, const QString &language, int n)
{
    if (n < 0)
        return text;
    const QString plain = QString::number(n);
    const QString localized = QLocale(language).toString(n);
    qsizetype pos = 0;
    while ((pos = text.indexOf(u'%', pos)) != -1) {
        const QStringView rest = QStringView(text).mid(pos + 1);
        if (rest.startsWith(u'n')) {
            text.replace(pos, 2, plain);
            pos += plain.size();
        } else if (rest.startsWith(u"Ln")) {
            text.replace(pos, 3, localized);
            pos += localized.size();
        } else {
            ++pos;
        }
    }
    return text;
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
        const QString translated = translator->translate(context, source, nullptr, n);
        if (!translated.isEmpty())
            return withCount(translated, language, n);
    }
    return withCount(QString::fromUtf8(source), language, n);
}

} // namespace Translations
