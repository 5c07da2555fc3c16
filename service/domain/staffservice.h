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

    // Creates an account and returns its freshly generated token.
    Outcome<QString> add(const QString &name, StaffRole role, const Actor &actor);
    QList<StaffRecord> list();
    Outcome<Done> revoke(const QString &name, const Actor &actor);
    std::optional<StaffRecord> authenticate(const QString &token);

    static bool isValidName(const QString &name);
    static QString hashToken(const QString &token);

private:
    Database &m_db;
    const Clock &m_clock;
};
