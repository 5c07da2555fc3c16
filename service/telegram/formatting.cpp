#include "formatting.h"

#include "translations.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Formatting {

namespace {

QLocale localeFor(const QString &language)
{
    return language == u"ru"_s ? QLocale(QLocale::Russian, QLocale::Russia)
                               : QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

QString text(const QString &language, const char *source, int n)
{
    return Translations::text(language, "Dialogues", source, n);
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

QString clip(const QString &text, int maxLength)
{
    const QString simple = text.simplified();
    if (simple.size() <= maxLength)
        return simple;
    return simple.left(maxLength - 1) + u'…';
}

QString shortDate(const QDate &date, const QString &language)
{
    // The date patterns are translated, so each language orders day and month its own way.
    return localeFor(language).toString(date, text(language, QT_TRANSLATE_NOOP("Dialogues", "ddd, MMM d")));
}

QString longDate(const QDate &date, const QString &language)
{
    return localeFor(language).toString(date, text(language, QT_TRANSLATE_NOOP("Dialogues", "dddd, MMMM d, yyyy")));
}

QDate localDate(const QDateTime &time, const QString &timezone)
{
    return time.toTimeZone(QTimeZone(timezone.toUtf8())).date();
}

QString time(const QDateTime &time, const QString &timezone)
{
    return time.toTimeZone(QTimeZone(timezone.toUtf8())).time().toString(u"HH:mm"_s);
}

QString appointment(const QString &language, const QString &queueName, const QDateTime &start, const QDateTime &end,
                    const QString &timezone)
{
    QStringList lines;
    if (!queueName.trimmed().isEmpty())
        lines << u"<b>"_s + html(queueName) + u"</b>"_s;
    lines << u"📅 "_s + longDate(localDate(start, timezone), language);
    QString hours = time(start, timezone);
    if (end.isValid())
        hours += u"–"_s + time(end, timezone);
    lines << u"🕒 "_s + hours + u" ("_s + html(timezone) + u')';
    return lines.join(u'\n');
}

QString queueName(const QString &language, const QString &nameRu, const QString &nameEn)
{
    const QString preferred = language == u"ru"_s ? nameRu : nameEn;
    return preferred.trimmed().isEmpty() ? (language == u"ru"_s ? nameEn : nameRu) : preferred;
}

QString joinWithin(const QString &language, const QString &head, const QStringList &lines, const QString &tail)
{
    // Room for the "and N more" line, whatever N is.
    constexpr int kReserve = 100;
    QString body = head;
    qsizetype shown = 0;
    for (const QString &line : lines) {
        const qsizetype needed = body.size() + 1 + line.size() + 1 + tail.size() + kReserve;
        if (needed > kMaxMessageLength)
            break;
        if (!body.isEmpty())
            body += u'\n';
        body += line;
        ++shown;
    }
    if (shown < lines.size()) {
        body += u'\n'
            + text(language, QT_TRANSLATE_N_NOOP("Dialogues", "…and %n more"), int(lines.size() - shown));
    }
    if (!tail.isEmpty())
        body += u"\n\n"_s + tail;
    return fit(body);
}

QString fit(const QString &text)
{
    if (text.size() <= kMaxMessageLength)
        return text;
    qsizetype cut = text.lastIndexOf(u'\n', kMaxMessageLength - 2);
    if (cut <= 0)
        cut = kMaxMessageLength - 1;
    return text.left(cut) + u'…';
}

} // namespace Formatting
