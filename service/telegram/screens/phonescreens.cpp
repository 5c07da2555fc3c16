#include "phonescreens.h"

#include "telegram/screens/screenparts.h"
#include "translations.h"

namespace Screens {

namespace {

const char *const kCancelLabel = QT_TRANSLATE_NOOP("Dialogues", "Cancel");

} // namespace

Screen phoneRequest(const QString &language, const QString &text)
{
    return {text, Replies::requestContactKeyboard(t(language, QT_TRANSLATE_NOOP("Dialogues", "📱 Share my phone number")),
                                                  t(language, kCancelLabel))};
}

Screen askPhone(const QString &language, const QueueRecord &queue, const QString &lead)
{
    return phoneRequest(
        language,
        joined(lead, t(language, QT_TRANSLATE_NOOP("Dialogues", "To book at %1, please share your phone number: tap the button below."))
                         .arg(bold(queueName(language, queue)))));
}

bool isCancelLabel(const QString &text)
{
    for (const QString &language : Translations::languages()) {
        if (text == t(language, kCancelLabel))
            return true;
    }
    return false;
}

Screen closePhoneRequest(const QString &text)
{
    return {text, Replies::removeKeyboard()};
}

Screen phoneSaved(const QString &language)
{
    return closePhoneRequest(t(language, QT_TRANSLATE_NOOP("Dialogues", "Thank you! Your phone number is saved.")));
}

} // namespace Screens
