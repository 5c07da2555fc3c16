// The entities the service and the console exchange, with their JSON wire format written once.
// The service's storage reads and writes these rows too; times are UTC.
#pragma once

#include "enums.h"

#include <QDate>
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
    int waitlistHoldMinutes = 15;  // how long a seat offered from the waiting list is held
    int confirmCutoffMinutes = 60; // with confirmationRequired: unconfirmed seats go back this long before
    int checkinBeforeMinutes = 60; // "I'm here" opens this long before the slot
    int checkinAfterMinutes = 15;  // ... and closes this long after its start
    int positionAlertAhead = 3;    // live queue: tell the person when this many are ahead (0: never)

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
    int held = 0; // seats held for people the waiting list offered them to
    SlotStatus status = SlotStatus::Open;
    QString cancelReason;
    bool fromTemplate = false; // made by the queue's weekly template (which may change it)

    // Seats still bookable: none once the slot is closed or cancelled.
    int freeSeats() const { return status == SlotStatus::Open ? qMax(0, capacity - booked - held) : 0; }

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

// A booking with its person embedded under "user", as GET /bookings?include=user lists it (a
// slot's bookings with names and phones in one request); `user` is absent without include=user.
struct BookingWithUser
{
    BookingRecord booking;
    std::optional<UserRecord> user;

    QJsonObject toJson() const;
    static BookingWithUser fromJson(const QJsonObject &json);
};

// A person waiting for a seat on a queue's day, within a window of local time.
struct WaitlistEntry
{
    qint64 id = 0;
    qint64 queueId = 0;
    qint64 userId = 0;
    QString day; // local, YYYY-MM-DD
    int fromMinute = 0;
    int toMinute = 1440;
    WaitlistStatus status = WaitlistStatus::Waiting;
    qint64 offeredSlotId = 0; // the seat held for them while offered
    std::optional<QDateTime> offeredAt;
    std::optional<QDateTime> holdUntil;
    qint64 bookingId = 0; // once accepted
    QDateTime createdAt;

    QJsonObject toJson() const;
    static WaitlistEntry fromJson(const QJsonObject &json);
};

// "HH:MM" for minutes after midnight (1440 is "24:00").
QString clockText(int minutes);
// Minutes after midnight of "HH:MM" (00:00-24:00), or -1.
int clockMinutes(const QString &text);

// Wire format of a point in time: ISO 8601 in UTC with a Z ("2025-03-01T09:00:00Z").
QString isoUtc(const QDateTime &time);
// Parses isoUtc() output (or any ISO 8601 time with an offset); invalid when absent or malformed.
QDateTime fromIsoUtc(const QString &text);
