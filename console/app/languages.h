// The console's language, Russian or English: from the system locale at first, switchable at
// runtime from the menu (every window retranslates, no restart), remembered in the settings.
// Dates, times and numbers follow it through QLocale::setDefault.
#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

class Languages : public QObject
{
    Q_OBJECT
public:
    explicit Languages(QObject *parent = nullptr);

    // The remembered language, else the system's (Russian for Russian-speaking locales).
    void applyInitial();
    // Installs `language` ("ru" | "en"); windows get QEvent::LanguageChange.
    void apply(const QString &language);

    // The language in use now, for texts chosen outside tr() (a queue's name in RU or EN).
    static QString current();
    // Of a text kept in both languages (a queue's name), the one in the language in use.
    static QString pick(const QString &ru, const QString &en);
    // Each language's own name ("Русский", "English").
    static QString nativeName(const QString &language);

signals:
    void changed(const QString &language);

private:
    QTranslator m_translator;
};
