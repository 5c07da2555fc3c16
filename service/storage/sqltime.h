// Conversions between QDateTime and the UTC epoch seconds stored in every time column.
#pragma once

#include <QDateTime>
#include <QVariant>

inline QVariant toDb(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toSecsSinceEpoch()) : QVariant();
}

inline QDateTime fromDb(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}
