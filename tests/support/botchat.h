// People chatting with the real queue-service through the fake Bot API: messages and button
// presses go in as Telegram updates, and the bot's screens (sent messages or edits of the pressed
// one), callback answers and unprompted messages (from the outbox) are read back from the fake.
#pragma once

#include "fakebotapi.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace TestSupport {

struct Person
{
    qint64 id = 0;
    QString firstName;
    QString languageCode;
};

// One screen the bot showed: a sent message or an edit of the pressed one.
struct Shown
{
    QString method;
    QString text;
    QJsonArray keyboard; // inline_keyboard rows
    qint64 messageId = 0;
    QString notice; // answerCallbackQuery text, for a pressed button

    QStringList labels() const;
    QStringList data() const;
    // The callback_data of the button labelled `label`; empty if there is none.
    QString dataOf(const QString &label) const;
    QString labelOf(const QString &data) const;
};

class BotChat
{
public:
    explicit BotChat(FakeBotApi &fake) : m_fake(fake) {}

    // The person sends `text`; returns the bot's screen answering it.
    Shown say(const Person &person, const QString &text);
    // The person presses the button with `data` on `on`; returns the screen that answers it.
    Shown press(const Person &person, const Shown &on, const QString &data);
    // The next message (sent or edited) to the person after `afterCall` (an index into the
    // fake's calls) for which `match` holds, waiting up to `timeoutMs`; its call index in `index`.
    std::optional<Shown> awaitMessage(const Person &person, qsizetype afterCall,
                                      const std::function<bool(const Shown &)> &match, int timeoutMs = 15000,
                                      qsizetype *index = nullptr);
    // The Update's "from" for the person.
    static QJsonObject from(const Person &person);

private:
    // Waits for the bot's screen answering the update pushed when the fake had `before` calls.
    bool awaitScreen(const Person &person, qsizetype before, const QString &callbackId, Shown *out);
    // The screen shown by the fake's call number `index`.
    Shown shownBy(const QList<FakeBotApi::Call> &calls, qsizetype index) const;

    FakeBotApi &m_fake;
};

} // namespace TestSupport
