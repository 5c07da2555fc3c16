#include "authenticator.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace {

QByteArray digest(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

// Compares two equal-length digests without an early exit, so timing says nothing.
bool constantTimeEqual(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

Authenticator::Authenticator(StaffService &staff, const QString &adminToken)
    : m_staff(staff)
    , m_adminTokenHash(adminToken.isEmpty() ? QByteArray() : digest(adminToken.toUtf8()))
{
}

std::optional<StaffRecord> Authenticator::authenticate(const QHttpServerRequest &request) const
{
    const QByteArray header = request.value("Authorization");
    if (!header.startsWith("Bearer "))
        return std::nullopt;
    const QByteArray token = header.mid(7).trimmed();
    if (token.isEmpty() || token.size() > 256)
        return std::nullopt;
    if (!m_adminTokenHash.isEmpty() && constantTimeEqual(digest(token), m_adminTokenHash)) {
        StaffRecord admin;
        admin.name = u"bootstrap-admin"_s;
        admin.role = StaffRole::Admin;
        return admin;
    }
    return m_staff.authenticate(QString::fromLatin1(token));
}

bool Authenticator::allows(StaffRole role, Access access)
{
    switch (access) {
    case Access::Public:
    case Access::Viewer:
        return true;
    case Access::Operator:
        return role == StaffRole::Operator || role == StaffRole::Admin;
    case Access::Admin:
        return role == StaffRole::Admin;
    }
    return false;
}
