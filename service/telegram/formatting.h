// Text for Telegram in a person's language: HTML escaping, local dates and times, and keeping a
// message within Telegram's 4096 characters.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Formatting {

// Telegram's limit for one message's text.
constexpr int kMaxMessageLength = 4096;
// Longest button label we produce; Telegram cuts longer ones anyway.
constexpr int kMaxButtonLength = 60;

// A dialogue text in `language` (context "Dialogues"); `n` selects a plural form (%n).
QString text(const QString &language, const char *source, int n = -1);

// Escapes text that came from people (names, queue names, reasons) for parse_mode HTML.
QString html(const QString &text);
// `text` cut to `maxLength` characters with an ellipsis; for button labels (never parsed).
QString clip(const QString &text, int maxLength = kMaxButtonLength);

// "Tue, Dec 1" / "вт, 1 дек." for buttons.
QString shortDate(const QDate &date, const QString &language);
// "Tuesday, December 1, 2026" / "вторник, 1 декабря 2026".
QString longDate(const QDate &date, const QString &language);
// "09:30" in the time zone `timezone` (an IANA id).
QString time(const QDateTime &time, const QString &timezone);
QDate localDate(const QDateTime &time, const QString &timezone);

// An appointment as the bot shows it, HTML:
//   <b>Queue</b>
//   📅 Tuesday, December 1, 2026
//   🕒 10:00–10:15 (Europe/Moscow)
// The queue line is left out when the name is empty, the end when it is invalid.
QString appointment(const QString &language, const QString &queueName, const QDateTime &start, const QDateTime &end,
                    const QString &timezone);

// The queue's name in `language`, falling back to the other one.
QString queueName(const QString &language, const QString &nameRu, const QString &nameEn);

// Joins `lines` with newlines after `head` and before `tail`, leaving out trailing lines that do
// not fit in kMaxMessageLength and saying how many were left out ("…and 3 more").
QString joinWithin(const QString &language, const QString &head, const QStringList &lines, const QString &tail);
// The last guard: a text longer than Telegram accepts is cut at a line break (our HTML tags never
// span lines, so the markup stays valid).
QString fit(const QString &text);

} // namespace Formatting
