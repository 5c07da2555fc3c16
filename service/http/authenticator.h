// Resolves "Authorization: Bearer …" to a staff member: staff tokens or the bootstrap ADMIN_TOKEN.
#pragma once

#include "domain/staffservice.h"

#include "http/router.h"

#include <QHttpServerRequest>

class Authenticator
{
public:
    Authenticator(StaffService &staff, const QString &adminToken);

    std::optional<StaffRecord> authenticate(const QHttpServerRequest &request) const;
    static bool allows(StaffRole role, Access access);

private:
    StaffService &m_staff;
    QByteArray m_adminTokenHash;
};
