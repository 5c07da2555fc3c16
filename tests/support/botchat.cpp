#include "botchat.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace TestSupport {

namespace {

bool isScreen(const FakeBotApi::Call &call)
{
    return call.status == 200 && (call.method == u"sendMessage"_s || call.method == u"editMessageText"_s);
}

template<typename Visit>
void eachButton(const QJsonArray &keyboard, Visit visit)
{
    for (const QJsonValue &row : keyboard) {
        for (const QJsonValue &button : row.toArray())
            visit(button.toObject());
    }
}

} // namespace

QStringList Shown::labels() const
{
    QStringList all;
    eachButton(keyboard, [&](const QJsonObject &button) { all.append(button.value(u"text"_s).toString()); });
    return all;
}

QStringList Shown::data() const
{
    QStringList all;
    eachButton(keyboard, [&](const QJsonObject &button) { all.append(button.value(u"callback_data"_s).toString()); });
    return all;
}

QString Shown::dataOf(const QString &label) const
{
    QString found;
    eachButton(keyboard, [&](const QJsonObject &button) {
        if (found.isEmpty() && button.value(u"text"_s).toString() == label)
            found = button.value(u"callback_data"_s).toString();
    });
    return found;
}

QString Shown::labelOf(const QString &data) const
{
    QString found;
    eachButton(keyboard, [&](const QJsonObject &button) {
        if (found.isEmpty() && button.value(u"callback_data"_s).toString() == data)
            found = button.value(u"text"_s).toString();
    });
    return found;
}

QJsonObject BotChat::from(const Person &person)
{
    return {{u"id"_s, person.id}, {u"is_bot"_s, false}, {u"first_name"_s, person.firstName},
            {u"language_code"_s, person.languageCode}};
}

Shown BotChat::shownBy(const QList<FakeBotApi::Call> &calls, qsizetype index) const
{
    const FakeBotApi::Call &call = calls[index];
    Shown out;
    out.method = call.method;
    out.text = call.params.value(u"text"_s).toString();
    out.keyboard = call.params.value(u"reply_markup"_s).toObject().value(u"inline_keyboard"_s).toArray();
    if (call.method == u"editMessageText"_s) {
        out.messageId = call.params.value(u"message_id"_s).toVariant().toLongLong();
    } else {
        // The fake numbers the messages it accepted from 1, in order.
        qint64 sent = 0;
        for (qsizetype i = 0; i <= index; ++i)
            sent += calls[i].method == u"sendMessage"_s && calls[i].status == 200 ? 1 : 0;
        out.messageId = sent;
    }
    return out;
}

bool BotChat::awaitScreen(const Person &person, qsizetype before, const QString &callbackId, Shown *out)
{
    const auto find = [&]() {
        const QList<FakeBotApi::Call> calls = m_fake.calls();
        bool answered = callbackId.isEmpty();
        QString notice;
        qsizetype screen = -1;
        for (qsizetype i = before; i < calls.size(); ++i) {
            const FakeBotApi::Call &call = calls[i];
            if (call.status != 200)
                continue;
            if (call.method == u"answerCallbackQuery"_s
                && call.params.value(u"callback_query_id"_s).toString() == callbackId) {
                answered = true;
                notice = call.params.value(u"text"_s).toString();
            } else if (screen < 0 && chatOf(call) == person.id && isScreen(call)) {
                screen = i;
            }
        }
        if (!answered || screen < 0)
            return false;
        *out = shownBy(calls, screen);
        out->notice = notice;
        return true;
    };
    return QTest::qWaitFor(find, 15000);
}

Shown BotChat::say(const Person &person, const QString &text)
{
    const qsizetype before = m_fake.calls().size();
    QJsonObject update = FakeBotApi::messageUpdate(m_fake.nextUpdateId(), person.id, text, person.languageCode);
    QJsonObject message = update.value(u"message"_s).toObject();
    message.insert(u"from"_s, from(person));
    update.insert(u"message"_s, message);
    m_fake.pushUpdate(update);
    Shown shown;
    if (!awaitScreen(person, before, {}, &shown))
        qWarning("no reply to %s", qPrintable(text));
    return shown;
}

Shown BotChat::press(const Person &person, const Shown &on, const QString &data)
{
    if (!on.data().contains(data))
        qWarning("pressing %s, which is not on the screen", qPrintable(data));
    const qint64 updateId = m_fake.nextUpdateId();
    QJsonObject update = FakeBotApi::callbackUpdate(updateId, person.id, data, on.messageId);
    QJsonObject query = update.value(u"callback_query"_s).toObject();
    query.insert(u"from"_s, from(person));
    update.insert(u"callback_query"_s, query);
    const QString callbackId = query.value(u"id"_s).toString();
    const qsizetype before = m_fake.calls().size();
    m_fake.pushUpdate(update);
    Shown shown;
    if (!awaitScreen(person, before, callbackId, &shown))
        qWarning("no answer to the button %s", qPrintable(data));
    return shown;
}

std::optional<Shown> BotChat::awaitMessage(const Person &person, qsizetype afterCall,
                                           const std::function<bool(const Shown &)> &match, int timeoutMs,
                                           qsizetype *index)
{
    std::optional<Shown> found;
    const bool matched = QTest::qWaitFor(
        [&] {
            const QList<FakeBotApi::Call> calls = m_fake.calls();
            for (qsizetype i = afterCall; i < calls.size(); ++i) {
                if (chatOf(calls[i]) != person.id || !isScreen(calls[i]))
                    continue;
                const Shown shown = shownBy(calls, i);
                if (match(shown)) {
                    found = shown;
                    if (index)
                        *index = i;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return matched ? found : std::nullopt;
}

} // namespace TestSupport
