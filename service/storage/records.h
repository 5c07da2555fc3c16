// Plain rows as the storage layer reads and writes them; times are UTC.
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
};

struct StaffRecord
{
    qint64 id = 0;
    QString name;
    StaffRole role = StaffRole::Viewer;
    QDateTime createdAt;
};

struct OutboxRecord
{
    qint64 id = 0;
    qint64 userId = 0;
    qint64 chatId = 0;
    QString templateName;
    QJsonObject params;
    QString status;
    int attempts = 0;
};

struct Actor
{
    ActorType type = ActorType::System;
    qint64 id = 0; // staff or user id; 0 for the system

    static Actor system() { return {ActorType::System, 0}; }
    static Actor staff(qint64 id) { return {ActorType::Staff, id}; }
    static Actor user(qint64 id) { return {ActorType::User, id}; }
};

struct AuditRecord
{
    qint64 id = 0;
    qint64 revision = 0;
    QDateTime at;
    Actor actor;
    QString action;
    QString entity;
    qint64 entityId = 0;
    QJsonObject details;
};
