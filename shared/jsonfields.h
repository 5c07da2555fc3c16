// Reading and writing the members every wire type shares: ids that may be absent (null), times
// that may be absent, and optional numbers. For the codecs in shared/ only.
#pragma once

#include "dto.h"

#include <QJsonArray>
#include <QJsonValue>

#include <optional>

namespace JsonFields {

inline QJsonValue optionalTime(const std::optional<QDateTime> &time)
{
    return time ? QJsonValue(isoUtc(*time)) : QJsonValue(QJsonValue::Null);
}

inline std::optional<QDateTime> optionalTimeFrom(const QJsonValue &value)
{
    const QDateTime time = fromIsoUtc(value.toString());
    return time.isValid() ? std::optional<QDateTime>(time) : std::nullopt;
}

inline qint64 idFrom(const QJsonValue &value)
{
    return value.toInteger();
}

// Ids that may be absent are null on the wire.
inline QJsonValue optionalId(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

inline QJsonValue optionalInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

inline std::optional<int> optionalIntFrom(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
}

// Each item of a list as JSON, and back.
template<typename T>
QJsonArray arrayOf(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(item.toJson());
    return array;
}

template<typename T>
QList<T> listFrom(const QJsonValue &value)
{
    QList<T> items;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        items.append(T::fromJson(item.toObject()));
    return items;
}

} // namespace JsonFields
