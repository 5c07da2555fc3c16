#include "fields.h"

#include "domain/plaintext.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Fields {

namespace {

constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53: beyond it a JSON number is not exact

ApiError bad(const QString &field, const QString &message)
{
    return ApiError::badField(field, message);
}

QString rangeText(qint64 min, qint64 max)
{
    return u"must be an integer from %1 to %2"_s.arg(min).arg(max);
}

void checkPlain(const QString &field, const QString &text, PlainText::Lines lines)
{
    const qsizetype at = PlainText::firstControl(text, lines);
    if (at >= 0) {
        throw bad(field, u"must not contain control characters%1 (found %2)"_s.arg(
                             lines == PlainText::Lines::Multiple ? u" other than line breaks and tabs"_s : QString(),
                             PlainText::describeControl(text, at)));
    }
}

} // namespace

QDate parseDay(const QString &field, const QString &text)
{
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QDate day = shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!day.isValid())
        throw bad(field, u"must be a date as YYYY-MM-DD"_s);
    return day;
}

QDateTime parseInstant(const QString &field, const QString &text)
{
    static const QRegularExpression shape(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$"_s);
    const QDateTime time = shape.match(text).hasMatch() ? QDateTime::fromString(text, Qt::ISODate) : QDateTime();
    if (!time.isValid())
        throw bad(field, u"must be an ISO 8601 time with a zone, e.g. 2025-03-01T09:00:00Z"_s);
    return time.toUTC();
}

int parseClock(const QString &field, const QString &text, bool allowEndOfDay)
{
    static const QRegularExpression shape(u"^([01]\\d|2[0-3]):([0-5]\\d)$"_s);
    if (allowEndOfDay && text == u"24:00"_s)
        return 1440;
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        throw bad(field, allowEndOfDay ? u"must be a time as HH:MM from 00:00 to 24:00"_s
                                       : u"must be a time as HH:MM from 00:00 to 23:59"_s);
    return match.captured(1).toInt() * 60 + match.captured(2).toInt();
}

void checkDayRange(const QDate &from, const QDate &to, const QString &toField)
{
    if (to < from)
        throw bad(toField, u"must not be before the start of the range"_s);
    if (from.daysTo(to) >= kMaxDaySpan)
        throw bad(toField, u"the range may cover at most %1 days"_s.arg(kMaxDaySpan));
}

Body::Body(const RequestContext &request, const QStringList &allowed)
    : Body(request.jsonBody(), {}, allowed)
{
}

Body::Body(QJsonObject object, QString prefix, const QStringList &allowed)
    : m_object(std::move(object))
    , m_prefix(std::move(prefix))
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            throw bad(field(it.key()), u"is not a known field here (known: %1)"_s.arg(allowed.join(u", "_s)));
    }
}

std::optional<QString> Body::text(const QString &name, int minLength, int maxLength) const
{
    return string(name, minLength, maxLength, false);
}

std::optional<QString> Body::multilineText(const QString &name, int minLength, int maxLength) const
{
    return string(name, minLength, maxLength, true);
}

std::optional<QString> Body::string(const QString &name, int minLength, int maxLength, bool multiline) const
{
    if (!has(name))
        return std::nullopt;
    const QJsonValue value = m_object.value(name);
    if (!value.isString())
        throw bad(field(name), u"must be a string"_s);
    const QString text = value.toString();
    checkPlain(field(name), text, multiline ? PlainText::Lines::Multiple : PlainText::Lines::Single);
    if (text.size() > maxLength)
        throw bad(field(name), u"must be at most %1 characters long"_s.arg(maxLength));
    if (text.trimmed().size() < minLength)
        throw bad(field(name), minLength == 1 ? u"must not be empty"_s
                                       : u"must be at least %1 characters long"_s.arg(minLength));
    return text;
}

std::optional<qint64> Body::integer(const QString &name, qint64 min, qint64 max) const
{
    if (!has(name))
        return std::nullopt;
    const QJsonValue value = m_object.value(name);
    const double number = value.toDouble();
    if (!value.isDouble() || std::trunc(number) != number || std::fabs(number) > kMaxExactInteger
        || number < double(min) || number > double(max))
        throw bad(field(name), rangeText(min, max));
    return qint64(number);
}

std::optional<bool> Body::boolean(const QString &name) const
{
    if (!has(name))
        return std::nullopt;
    const QJsonValue value = m_object.value(name);
    if (!value.isBool())
        throw bad(field(name), u"must be true or false"_s);
    return value.toBool();
}

std::optional<QDate> Body::day(const QString &name) const
{
    if (const std::optional<QString> value = text(name, 1, 10))
        return parseDay(field(name), *value);
    return std::nullopt;
}

std::optional<QDateTime> Body::instant(const QString &name) const
{
    if (const std::optional<QString> value = text(name, 1, 40))
        return parseInstant(field(name), *value);
    return std::nullopt;
}

std::optional<int> Body::clock(const QString &name, bool allowEndOfDay) const
{
    if (const std::optional<QString> value = text(name, 1, 5))
        return parseClock(field(name), *value, allowEndOfDay);
    return std::nullopt;
}

std::optional<QList<int>> Body::integers(const QString &name, int maxCount, int min, int max) const
{
    if (!has(name))
        return std::nullopt;
    const QJsonValue value = m_object.value(name);
    const QString message =
        u"must be a list of 1 to %1 different integers from %2 to %3"_s.arg(maxCount).arg(min).arg(max);
    if (!value.isArray())
        throw bad(field(name), message);
    const QJsonArray array = value.toArray();
    if (array.isEmpty() || array.size() > maxCount)
        throw bad(field(name), message);
    QList<int> result;
    for (const QJsonValue &item : array) {
        const double number = item.toDouble();
        if (!item.isDouble() || std::trunc(number) != number || number < min || number > max
            || result.contains(int(number)))
            throw bad(field(name), message);
        result.append(int(number));
    }
    return result;
}

std::optional<QList<Body>> Body::objects(const QString &name, int maxCount, const QStringList &allowed) const
{
    if (!has(name))
        return std::nullopt;
    const QJsonValue value = m_object.value(name);
    if (!value.isArray() || value.toArray().size() > maxCount)
        throw bad(field(name), u"must be a list of at most %1 objects"_s.arg(maxCount));
    QList<Body> result;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString prefix = field(name) + u"[%1]."_s.arg(i);
        if (!array.at(i).isObject())
            throw bad(field(name) + u"[%1]"_s.arg(i), u"must be an object"_s);
        result.append(Body(array.at(i).toObject(), prefix, allowed));
    }
    return result;
}

Query::Query(const RequestContext &request)
    : m_query(request.query())
{
}

std::optional<QString> Query::text(const QString &name, int maxLength) const
{
    const QString value = m_query.queryItemValue(name, QUrl::FullyDecoded);
    if (value.isEmpty())
        return std::nullopt;
    if (value.size() > maxLength)
        throw bad(name, u"must be at most %1 characters long"_s.arg(maxLength));
    checkPlain(name, value, PlainText::Lines::Single);
    return value;
}

std::optional<qint64> Query::integer(const QString &name, qint64 min, qint64 max) const
{
    const std::optional<QString> value = text(name, 20);
    if (!value)
        return std::nullopt;
    static const QRegularExpression shape(u"^-?\\d{1,19}$"_s);
    bool ok = false;
    const qint64 number = shape.match(*value).hasMatch() ? value->toLongLong(&ok) : 0;
    if (!ok || number < min || number > max)
        throw bad(name, rangeText(min, max));
    return number;
}

std::optional<qint64> Query::id(const QString &name) const
{
    return integer(name, 1, std::numeric_limits<qint64>::max());
}

std::optional<bool> Query::boolean(const QString &name) const
{
    const std::optional<QString> value = text(name, 5);
    if (!value)
        return std::nullopt;
    if (*value != u"true"_s && *value != u"false"_s)
        throw bad(name, u"must be true or false"_s);
    return *value == u"true"_s;
}

std::optional<QDate> Query::day(const QString &name) const
{
    if (const std::optional<QString> value = text(name, 10))
        return parseDay(name, *value);
    return std::nullopt;
}

std::optional<QDateTime> Query::instant(const QString &name) const
{
    if (const std::optional<QString> value = text(name, 40))
        return parseInstant(name, *value);
    return std::nullopt;
}

std::optional<QString> Query::word(const QString &name, const QStringList &allowed) const
{
    const std::optional<QString> value = text(name, 64);
    if (value && !allowed.contains(*value))
        throw bad(name, u"must be one of: "_s + allowed.join(u", "_s));
    return value;
}

PageRequest Query::page() const
{
    PageRequest page;
    page.limit = int(integer(u"limit"_s, 1, kMaxLimit).value_or(kDefaultLimit));
    page.offset = integer(u"offset"_s, 0, 1000000000).value_or(0);
    return page;
}

} // namespace Fields
