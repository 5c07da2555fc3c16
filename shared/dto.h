// The entities the service and the console exchange, with their JSON wire format written once.
// The service's storage reads and writes these rows too; times are UTC.
#pragma once

#include "enums.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

struct QueueRecord
{
    qint64 id = 0;
    QString codePrefix = QStringLiteral("A");
    QString nameRu;
    QString nameEn;
    QString timezone = QStringLiteral("UTC");
    int counters = 1;
    int slotMinutes = 15;
    int defaultCapacity = 1;
    int minNoticeMinutes = 0;
    int horizonDays = 14;
    int cancelDeadlineMinutes = 0;
    int maxActiveBookings = 1;
    QList<int> reminderOffsetsMinutes{1440, 120};
    bool confirmationRequired = false;
    bool walkinAllowed = true;
    int noShowLimit = 0; // 0: no limit
    bool phoneRequired = false;
    bool active = true;

    QJsonObject toJson() const;
    static QueueRecord fromJson(const QJsonObject &json);
};

struct SlotRecord
{
    qint64 id = 0;
    qint64 queueId = 0;
    QDateTime startsAt;
    QDateTime endsAt;
    int capacity = 1;
    int booked = 0;
    SlotStatus status = SlotStatus::Open;
    QString cancelReason;

    // Seats still bookable: none once the slot is closed or cancelled.
    int freeSeats() const { return status == SlotStatus::Open ? qMax(0, capacity - booked) : 0; }

    QJsonObject toJson() const;
    static SlotRecord fromJson(const QJsonObject &json);
};

struct BookingRecord
{
    qint64 id = 0;
    qint64 queueId = 0;
    qint64 slotId = 0;
    qint64 userId = 0;
    QString day;  // local date of the slot in the queue's time zone, YYYY-MM-DD
    QString code; // e.g. A-017, unique per queue and day
    BookingStatus status = BookingStatus::Active;
    BookingSource source = BookingSource::Telegram;
    QDateTime createdAt;
    std::optional<QDateTime> confirmedAt;
    std::optional<QDateTime> cancelledAt;

    QJsonObject toJson() const;
    static BookingRecord fromJson(const QJsonObject &json);
};

struct UserRecord
{
    qint64 id = 0;
    qint64 telegramId = 0;
    QString firstName;
    QString lastName;
    QString username;
    QString phone;
    QString language = QStringLiteral("ru");
    bool blockedBot = false;
    bool banned = false;
    int noShowCount = 0;

    QJsonObject toJson() const;
    static UserRecord fromJson(const QJsonObject &json);
};

// Wire format of a point in time: ISO 8601 in UTC with a Z ("2025-03-01T09:00:00Z").
QString isoUtc(const QDateTime &time);
// Parses isoUtc() output (or any ISO 8601 time with an offset); invalid when absent or malformed.
QDateTime fromIsoUtc(const QString &text);
