// Validation of request input for the admin API: JSON body members and query parameters. Every
// failure throws ApiError 400 naming the field, so a handler reads its input in a few lines and
// nothing is changed by a request that is partly wrong.
#pragma once

#include "http/apierror.h"
#include "http/router.h"
#include "storage/listing.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Fields {

constexpr int kDefaultLimit = 50;
constexpr int kMaxLimit = 500;
constexpr int kMaxDaySpan = 366; // longest date range a list, export or statistics may cover
constexpr qint64 kMaxId = 9007199254740991; // 2^53 - 1: the largest id a JSON number carries exactly

// YYYY-MM-DD, a real calendar day.
QDate parseDay(const QString &field, const QString &text);
// ISO 8601 with seconds optional and a Z or ±HH:MM offset (a time without a zone is ambiguous); UTC.
QDateTime parseInstant(const QString &field, const QString &text);
// HH:MM, 00:00-23:59; 24:00 too when `allowEndOfDay`. Returns minutes after midnight.
int parseClock(const QString &field, const QString &text, bool allowEndOfDay);

// Checks that [from, to] is ordered and at most kMaxDaySpan days long; names `toField` otherwise.
void checkDayRange(const QDate &from, const QDate &to, const QString &toField);

// The value, or 400 "is required" naming the field.
template<typename T>
T required(const QString &field, std::optional<T> value)
{
    if (!value)
        throw ApiError::badField(field, QStringLiteral("is required"));
    return *value;
}

// One of `allowed` by its wire name (enumName()), or 400 listing the allowed names.
template<typename Enum>
Enum choose(const QString &field, const QString &text, const QList<Enum> &allowed)
{
    QStringList names;
    for (Enum value : allowed) {
        if (enumName(value) == text)
            return value;
        names.append(enumName(value));
    }
    throw ApiError::badField(field, QStringLiteral("must be one of: ") + names.join(QStringLiteral(", ")));
}

// The members of a JSON request body.
class Body
{
public:
    // The body must be a JSON object whose members are all in `allowed` (a misspelt member is an
    // error, not silently ignored).
    Body(const RequestContext &request, const QStringList &allowed);

    bool has(const QString &name) const { return m_object.contains(name); }
    // A string of `minLength`..`maxLength` characters on one line, without control characters;
    // with minLength >= 1 it must not be blank.
    std::optional<QString> text(const QString &name, int minLength, int maxLength) const;
    // The same where line breaks and tabs are allowed (a message to people, a reason).
    std::optional<QString> multilineText(const QString &name, int minLength, int maxLength) const;
    std::optional<qint64> integer(const QString &name, qint64 min, qint64 max) const;
    std::optional<bool> boolean(const QString &name) const;
    std::optional<QDate> day(const QString &name) const;
    std::optional<QDateTime> instant(const QString &name) const;
    std::optional<int> clock(const QString &name, bool allowEndOfDay) const;
    // An array of 1..maxCount distinct integers in [min, max].
    std::optional<QList<int>> integers(const QString &name, int maxCount, int min, int max) const;
    // An array of 0..maxCount JSON objects, each read with its own Body (fields named
    // "name[i].field" in errors).
    std::optional<QList<Body>> objects(const QString &name, int maxCount, const QStringList &allowed) const;
    template<typename Enum>
    std::optional<Enum> choice(const QString &name, const QList<Enum> &allowed = enumValues<Enum>()) const
    {
        if (const std::optional<QString> value = text(name, 1, 64))
            return choose(name, *value, allowed);
        return std::nullopt;
    }

private:
    Body(QJsonObject object, QString prefix, const QStringList &allowed);
    std::optional<QString> string(const QString &name, int minLength, int maxLength, bool multiline) const;
    QString field(const QString &name) const { return m_prefix + name; }

    QJsonObject m_object;
    QString m_prefix; // "rules[2]." for an object inside an array
};

// The query parameters of a request; absent and empty parameters are both "not given".
class Query
{
public:
    explicit Query(const RequestContext &request);

    // Without control characters.
    std::optional<QString> text(const QString &name, int maxLength) const;
    std::optional<qint64> integer(const QString &name, qint64 min, qint64 max) const;
    // A positive id.
    std::optional<qint64> id(const QString &name) const;
    std::optional<bool> boolean(const QString &name) const;
    std::optional<QDate> day(const QString &name) const;
    std::optional<QDateTime> instant(const QString &name) const;
    template<typename Enum>
    std::optional<Enum> choice(const QString &name, const QList<Enum> &allowed = enumValues<Enum>()) const
    {
        if (const std::optional<QString> value = text(name, 64))
            return choose(name, *value, allowed);
        return std::nullopt;
    }
    // A value from a fixed list of words.
    std::optional<QString> word(const QString &name, const QStringList &allowed) const;
    // `limit` (1..kMaxLimit, default kDefaultLimit) and `offset` (>= 0, default 0).
    PageRequest page() const;

private:
    QUrlQuery m_query;
};

} // namespace Fields
