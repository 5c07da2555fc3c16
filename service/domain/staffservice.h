// Staff accounts and their bearer tokens; a token is shown once and only its hash is kept.
#pragma once

#include "clock.h"
#include "refusal.h"
#include "storage/database.h"
#include "storage/records.h"

class StaffService
{
public:
    StaffService(Database &db, const Clock &clock);

    struct Issued
    {
        StaffRecord account;
        QString token; // shown once, never stored
    };
    // Creates an account with a freshly generated token.
    Outcome<Issued> issue(const QString &name, StaffRole role, const Actor &actor);
    // issue(), returning only the token.
    Outcome<QString> add(const QString &name, StaffRole role, const Actor &actor);
    QList<StaffRecord> list();
    Outcome<Done> revoke(const QString &name, const Actor &actor);
    Outcome<Done> revoke(qint64 staffId, const Actor &actor);
    std::optional<StaffRecord> authenticate(const QString &token);

    static bool isValidName(const QString &name);
    static QString hashToken(const QString &token);

private:
    Database &m_db;
    const Clock &m_clock;
};
