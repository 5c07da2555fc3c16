#include "menuscreens.h"

#include "telegram/screens/screenparts.h"
#include "translations.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Screens {

namespace {

// Each language's own name: the same whatever language the bot speaks, so not translated.
QString languageName(const QString &language)
{
    return language == u"ru"_s ? u"🇷🇺 Русский"_s : u"🇬🇧 English"_s;
}

} // namespace

QString greeting(const QString &language, const QString &name)
{
    return t(language, QT_TRANSLATE_NOOP("Dialogues", "Hello, %1! I can book you an appointment and remind you of it."))
        .arg(bold(name));
}

Screen menu(const QString &language, const QString &lead)
{
    InlineKeyboard keyboard;
    keyboard.button(t(language, QT_TRANSLATE_NOOP("Dialogues", "📅 Book an appointment")), CallbackData::queues()).row();
    keyboard.button(t(language, QT_TRANSLATE_NOOP("Dialogues", "🎟 Take a ticket (live queue)")), CallbackData::liveQueues()).row();
    keyboard.button(t(language, QT_TRANSLATE_NOOP("Dialogues", "📋 My bookings")), CallbackData::bookings()).row();
    keyboard.button(t(language, QT_TRANSLATE_NOOP("Dialogues", "🌐 Language")), CallbackData::languages());
    keyboard.button(t(language, QT_TRANSLATE_NOOP("Dialogues", "❓ Help")), CallbackData::help());
    return {joined(lead, t(language, QT_TRANSLATE_NOOP("Dialogues", "What would you like to do?"))), keyboard.toJson()};
}

Screen help(const QString &language)
{
    InlineKeyboard keyboard;
    addMenuButton(keyboard, language);
    return {t(language, QT_TRANSLATE_NOOP("Dialogues",
                                          "<b>How to use this bot</b>\n\n"
                                          "📅 <b>Book an appointment</b>: choose a date with free seats, then a time, and confirm. "
                                          "You get a booking code: show it at the office. A day is full? Join its waiting list, "
                                          "and I will offer you the first seat that frees up.\n"
                                          "🎟 <b>Take a ticket</b>: join the live queue of an office that is open now; I tell you "
                                          "your place and call you to your counter.\n"
                                          "📋 <b>My bookings</b>: your upcoming bookings; cancel one or move it to another time, "
                                          "or tell the office \"I'm here\" when you arrive.\n\n"
                                          "/start: the main menu\n"
                                          "/book: book an appointment\n"
                                          "/bookings: my bookings\n"
                                          "/ticket: take a ticket for the live queue\n"
                                          "/language: change the language\n"
                                          "/cancel: leave the current step\n"
                                          "/help: this help")),
            keyboard.toJson()};
}

Screen languages(const QString &language, const QString &lead)
{
    InlineKeyboard keyboard;
    for (const QString &offered : Translations::languages())
        keyboard.button(languageName(offered), CallbackData::setLanguage(offered));
    keyboard.row();
    addMenuButton(keyboard, language);
    return {joined(lead, t(language, QT_TRANSLATE_NOOP("Dialogues", "Choose your language:"))), keyboard.toJson()};
}

QJsonArray commands(const QString &language)
{
    const auto describe = [&](const char *name, const char *description) {
        return QJsonObject{{u"command"_s, QString::fromLatin1(name)}, {u"description"_s, t(language, description)}};
    };
    return {
        describe("start", QT_TRANSLATE_NOOP("Dialogues", "Main menu")),
        describe("book", QT_TRANSLATE_NOOP("Dialogues", "Book an appointment")),
        describe("bookings", QT_TRANSLATE_NOOP("Dialogues", "My bookings")),
        describe("ticket", QT_TRANSLATE_NOOP("Dialogues", "Take a ticket for the live queue")),
        describe("language", QT_TRANSLATE_NOOP("Dialogues", "Change the language")),
        describe("cancel", QT_TRANSLATE_NOOP("Dialogues", "Leave the current step")),
        describe("help", QT_TRANSLATE_NOOP("Dialogues", "Help")),
    };
}

} // namespace Screens
