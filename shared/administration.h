// The staff side on the wire: staff accounts and who is signed in, the audit log and its change
// feed, outbox messages and per-day statistics — shared by the service and the console.
#pragma once

#include "dto.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>

#include <optional>

struct StaffRecord
{
    qint64 id = 0;
    QString name;
    StaffRole role = StaffRole::Viewer;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static StaffRecord fromJson(const QJsonObject &json);
};

// Who a token belongs to (GET /me); the bootstrap admin (ADMIN_TOKEN) has no account, so id 0.
struct StaffSession
{
    qint64 id = 0;
    QString name;
    StaffRole role = StaffRole::Viewer;

    QJsonObject toJson() const;
    static StaffSession fromJson(const QJsonObject &json);
};

// Who made a change.
struct Actor
{
    ActorType type = ActorType::System;
    qint64 id = 0; // staff or user id; 0 for the system
    // The Telegram update that caused the change (the service records it as processed in the same
    // transaction, so a redelivered update cannot change anything a second time). Not on the wire.
    qint64 telegramUpdateId = 0;

    static Actor system() { return {ActorType::System, 0, 0}; }
    static Actor staff(qint64 id) { return {ActorType::Staff, id, 0}; }
    static Actor user(qint64 id) { return {ActorType::User, id, 0}; }
    static Actor telegram(qint64 userId, qint64 updateId) { return {ActorType::User, userId, updateId}; }
};

struct AuditRecord
{
    qint64 id = 0;
    qint64 revision = 0;
    QDateTime at;
    Actor actor;
    QString action; // entity.verb, e.g. booking.cancel
    QString entity;
    qint64 entityId = 0;
    QJsonObject details;

    QJsonObject toJson() const;
    static AuditRecord fromJson(const QJsonObject &json);
};

// The change feed's short form of an audit entry: what changed, not how.
struct ChangeEntry
{
    qint64 revision = 0;
    QDateTime at;
    QString entity;
    qint64 entityId = 0;
    QString action;

    static ChangeEntry of(const AuditRecord &entry);
    QJsonObject toJson() const;
    static ChangeEntry fromJson(const QJsonObject &json);
};

// One page of GET /changes?since=REV; pages end on whole revisions.
struct ChangePage
{
    QList<ChangeEntry> items;
    qint64 revision = 0; // the current revision
    qint64 next = 0;     // pass as `since` to read on
    bool more = false;   // further changes are waiting after `next`

    QJsonObject toJson() const;
    static ChangePage fromJson(const QJsonObject &json);
};

struct OutboxRecord
{
    qint64 id = 0;
    qint64 userId = 0;
    qint64 chatId = 0;
    QString templateName;
    QJsonObject params;
    QString status; // pending, sent, failed, dead
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QDateTime createdAt;
    std::optional<QDateTime> sentAt;
    // Rows with the same key replace each other while waiting, and after the first is sent the
    // later ones edit that message (a live-queue ticket's position); empty: a message of its own.
    QString editKey;
    std::optional<QDateTime> expiresAt; // pointless after this; never sent then
    qint64 editMessageId = 0;           // the message to edit, when the key's first was sent (not on the wire)

    QJsonObject toJson() const;
    static OutboxRecord fromJson(const QJsonObject &json);
};

// One queue's day: its live (not cancelled) slots, their seats, and what became of the bookings.
struct DayStats
{
    qint64 queueId = 0;
    QString day; // local, YYYY-MM-DD
    int liveSlots = 0;
    int cancelledSlots = 0;
    int capacity = 0;
    int booked = 0;    // seats taken: active, attended and no-show bookings
    int freeSeats = 0; // seats still bookable in open slots
    int attended = 0;
    int noShow = 0;
    int cancelled = 0; // bookings cancelled by the person or by staff

    QJsonObject toJson() const;
    static DayStats fromJson(const QJsonObject &json);
};

Q_DECLARE_METATYPE(ChangeEntry)
