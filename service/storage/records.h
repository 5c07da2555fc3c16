// Plain rows as the storage layer reads and writes them; times are UTC. Queues, slots, bookings
// and users are the shared DTOs (shared/dto.h), so their wire format is written once.
#pragma once

#include "dto.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

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
    qint64 editMessageId = 0;           // the message to edit, when the key's first was sent
};

struct Actor
{
    ActorType type = ActorType::System;
    qint64 id = 0; // staff or user id; 0 for the system
    // The Telegram update that caused the change: recorded in processed_updates in the same
    // transaction, so a redelivered update cannot change anything a second time.
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
    QString action;
    QString entity;
    qint64 entityId = 0;
    QJsonObject details;
};
