// Staff accounts: tokens shown once, only hashes stored, revocation, audit.
#include "domain/staffservice.h"
#include "storage/auditrepository.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace TestSupport;

class TestStaff : public QObject
{
    Q_OBJECT

private slots:
    void addAuthenticateRevoke()
    {
        TempDatabase tmp;
        SystemClock clock;
        StaffService staff(*tmp.db, clock);
        const auto token = staff.add(u"alice"_s, StaffRole::Operator, Actor::system());
        QVERIFY(token.ok());
        QVERIFY(QRegularExpression(u"^qbt_[A-Za-z0-9_-]{43}$"_s).match(token.value()).hasMatch());

        const auto who = staff.authenticate(token.value());
        QVERIFY(who.has_value());
        QCOMPARE(who->name, u"alice"_s);
        QCOMPARE(who->role, StaffRole::Operator);
        QVERIFY(!staff.authenticate(token.value() + u"x"_s).has_value());
        QVERIFY(!staff.authenticate(QString()).has_value());

        QCOMPARE(staff.list().size(), 1);
        QVERIFY(staff.revoke(u"alice"_s, Actor::system()).ok());
        QVERIFY(!staff.authenticate(token.value()).has_value());
        QCOMPARE(staff.list().size(), 0);
        QCOMPARE(staff.revoke(u"alice"_s, Actor::system()).refusal(), Refusal::StaffNotFound);

        QCOMPARE(AuditRepository(tmp.db->session()).forEntity(u"staff"_s, who->id).size(), 2);
    }

    void onlyTheHashIsStored()
    {
        TempDatabase tmp;
        SystemClock clock;
        StaffService staff(*tmp.db, clock);
        const QString token = staff.add(u"bob"_s, StaffRole::Admin, Actor::system()).value();
        QCOMPARE(count(*tmp.db, u"SELECT count(*) FROM staff WHERE token_hash = ?"_s, {StaffService::hashToken(token)}), 1);
        if (usingPostgres())
            return; // the server's files are not ours to read
        tmp.db->closeThisThread(); // checkpoint: everything is in the main file now
        QFile file(tmp.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(token.toLatin1()));
    }

    void namesAreValidatedAndUnique()
    {
        TempDatabase tmp;
        SystemClock clock;
        StaffService staff(*tmp.db, clock);
        QVERIFY(staff.add(u"carol"_s, StaffRole::Viewer, Actor::system()).ok());
        QCOMPARE(staff.add(u"carol"_s, StaffRole::Admin, Actor::system()).refusal(), Refusal::StaffNameTaken);
        QCOMPARE(staff.add(QString(), StaffRole::Admin, Actor::system()).refusal(), Refusal::InvalidInput);
        QCOMPARE(staff.add(u"x'; DROP TABLE staff;--"_s, StaffRole::Admin, Actor::system()).refusal(),
                 Refusal::InvalidInput);
        QCOMPARE(staff.add(QString(65, u'a'), StaffRole::Admin, Actor::system()).refusal(), Refusal::InvalidInput);
        QVERIFY(staff.add(u"Иван.Петров"_s, StaffRole::Operator, Actor::system()).ok());
        QCOMPARE(staff.list().size(), 2);
        // A revoked name can be given to a new account.
        QVERIFY(staff.revoke(u"carol"_s, Actor::system()).ok());
        QVERIFY(staff.add(u"carol"_s, StaffRole::Admin, Actor::system()).ok());
    }
};

QTEST_GUILESS_MAIN(TestStaff)
#include "tst_staff.moc"
