#include "staffservice.h"

#include "storage/auditrepository.h"
#include "storage/staffrepository.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QString generateToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return u"qbt_"_s + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

StaffService::StaffService(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

bool StaffService::isValidName(const QString &name)
{
    static const QRegularExpression pattern(u"^[\\w.@-]{1,64}$"_s, QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(name).hasMatch();
}

QString StaffService::hashToken(const QString &token)
{
    // Tokens are 256 random bits, so a plain SHA-256 cannot be brute-forced.
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Outcome<StaffService::Issued> StaffService::issue(const QString &name, StaffRole role, const Actor &actor)
{
    if (!isValidName(name))
        return Refusal::InvalidInput;
    Issued issued;
    issued.token = generateToken();
    try {
        m_db.write([&](Transaction &tx) {
            const QDateTime now = m_clock.now();
            const StaffRepository staff(tx);
            if (staff.activeNameExists(name))
                throw Refused{Refusal::StaffNameTaken};
            issued.account.id = staff.insert(name, role, hashToken(issued.token), now);
            issued.account.name = name;
            issued.account.role = role;
            issued.account.createdAt = now;
            AuditRepository::record(tx, actor, u"staff.add"_s, u"staff"_s, issued.account.id,
                                    {{u"name"_s, name}, {u"role"_s, enumName(role)}}, now);
        });
    } catch (const Refused &refused) {
        return refused.reason;
    }
    return issued;
}

Outcome<QString> StaffService::add(const QString &name, StaffRole role, const Actor &actor)
{
    const Outcome<Issued> issued = issue(name, role, actor);
    if (!issued.ok())
        return issued.refusal();
    return issued.value().token;
}

QList<StaffRecord> StaffService::list()
{
    return StaffRepository(m_db.session()).listActive();
}

Outcome<Done> StaffService::revoke(const QString &name, const Actor &actor)
{
    try {
        m_db.write([&](Transaction &tx) {
            const QDateTime now = m_clock.now();
            const qint64 id = StaffRepository(tx).revoke(name, now);
            if (id == 0)
                throw Refused{Refusal::StaffNotFound};
            AuditRepository::record(tx, actor, u"staff.revoke"_s, u"staff"_s, id, {{u"name"_s, name}}, now);
        });
    } catch (const Refused &refused) {
        return refused.reason;
    }
    return Done{};
}

Outcome<Done> StaffService::revoke(qint64 staffId, const Actor &actor)
{
    try {
        m_db.write([&](Transaction &tx) {
            const QDateTime now = m_clock.now();
            const StaffRepository staff(tx);
            const std::optional<StaffRecord> account = staff.find(staffId);
            if (!account || !staff.revokeById(staffId, now))
                throw Refused{Refusal::StaffNotFound};
            AuditRepository::record(tx, actor, u"staff.revoke"_s, u"staff"_s, staffId, {{u"name"_s, account->name}},
                                    now);
        });
    } catch (const Refused &refused) {
        return refused.reason;
    }
    return Done{};
}

std::optional<StaffRecord> StaffService::authenticate(const QString &token)
{
    if (!token.startsWith(u"qbt_"_s))
        return std::nullopt;
    // Looking up by hash compares digests, not the secret, so timing reveals nothing useful.
    const SqlSession session = m_db.session();
    return StaffRepository(session).findByTokenHash(hashToken(token));
}
