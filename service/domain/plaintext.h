// What characters a person's text may hold: no control characters (U+0000-U+001F, U+007F,
// U+0080-U+009F) except line breaks and tabs in text that may span lines. One rule for the admin
// API's fields and for what people type to the bot; SQLite's length() also stops at a NUL.
#pragma once

#include <QString>
#include <QStringView>

namespace PlainText {

enum class Lines { Single, Multiple }; // Multiple: '\n' and '\t' are allowed

// The index of the first character not allowed, or -1 when `text` is plain.
qsizetype firstControl(QStringView text, Lines lines);
// "U+0000 at position 1": the character found and where (1-based), for an error message.
QString describeControl(QStringView text, qsizetype index);
// `text` without the control characters `lines` does not allow, for text that cannot be refused
// (a Telegram profile name).
QString withoutControls(QStringView text, Lines lines);

} // namespace PlainText
