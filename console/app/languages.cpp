#include "languages.h"

#include "translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

QString g_current = u"en"_s;

} // namespace

Languages::Languages(QObject *parent)
    : QObject(parent)
{
}

void Languages::applyInitial()
{
    const QString remembered = QSettings().value(u"ui/language"_s).toString();
    apply(Translations::languages().contains(remembered) ? remembered
                                                          : Translations::languageFor(QLocale::system().name()));
}

void Languages::apply(const QString &language)
{
    const QString chosen = Translations::languages().contains(language) ? language : u"en"_s;
    QCoreApplication::removeTranslator(&m_translator);
    if (m_translator.load(u":/i18n/queuebot_"_s + chosen + u".qm"_s))
        QCoreApplication::installTranslator(&m_translator);
    QLocale::setDefault(QLocale(chosen == u"ru"_s ? QLocale::Russian : QLocale::English,
                                chosen == u"ru"_s ? QLocale::Russia : QLocale::UnitedKingdom));
    g_current = chosen;
    QSettings().setValue(u"ui/language"_s, chosen);
    emit changed(chosen);
}

QString Languages::current()
{
    return g_current;
}

QString Languages::pick(const QString &ru, const QString &en)
{
    return g_current == u"ru"_s ? ru : en;
}

QString Languages::nativeName(const QString &language)
{
    return language == u"ru"_s ? u"Русский"_s : u"English"_s;
}
