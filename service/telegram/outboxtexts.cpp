#include "outboxtexts.h"

#include "translations.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

// A plain rendering that names the template and lists its parameters; the dialogues replace it
// with the real texts.
BotCall renderOutboxMessage(const OutboxRecord &message, const QString &language)
{
    QString text = Translations::text(language, "OutboxTexts", QT_TRANSLATE_NOOP("OutboxTexts", "Notification"))
        + u": "_s + message.templateName;
    for (auto it = message.params.begin(); it != message.params.end(); ++it)
        text += u'\n' + it.key() + u": "_s + it.value().toVariant().toString();
    return {u"sendMessage"_s, {{u"chat_id"_s, message.chatId}, {u"text"_s, text}}};
}
