#include "testsupport.h"

#include "storage/migrator.h"
#include "storage/outboxrepository.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QSaveFile>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace TestSupport {

TempDatabase::TempDatabase()
    : db(scratch.open())
{
    Migrator(*db).migrate();
}

QueueRecord sampleQueue()
{
    QueueRecord queue;
    queue.codePrefix = u"A"_s;
    queue.nameRu = u"Деканат"_s;
    queue.nameEn = u"Dean's office"_s;
    queue.timezone = u"UTC"_s;
    queue.maxActiveBookings = 5;
    return queue;
}

qint64 addUser(BookingService &service, qint64 telegramId, const QString &language)
{
    UserRecord profile;
    profile.telegramId = telegramId;
    profile.firstName = u"User %1"_s.arg(telegramId);
    profile.language = language;
    return service.registerUser(profile).id;
}

QString dbEnv(const QString &sqlitePath)
{
    return u"DATABASE_URL=sqlite:"_s + sqlitePath;
}

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void enqueueMessages(Database &db, const Clock &clock, int rows, const std::function<qint64(int)> &chatFor,
                     const QString &codePrefix)
{
    BookingService bookings(db, clock);
    const qint64 userId = addUser(bookings, 777);
    db.write([&](Transaction &tx) {
        const OutboxRepository outbox(tx);
        const QDateTime now = clock.now();
        for (int n = 0; n < rows; ++n) {
            OutboxRecord m;
            m.userId = userId;
            m.chatId = chatFor(n);
            m.templateName = u"booking_cancelled"_s;
            m.params = QJsonObject{{u"code"_s, u"%1-%2"_s.arg(codePrefix).arg(n)}};
            m.expiresAt = now.addDays(1);
            outbox.enqueue(m, now);
        }
    });
}

QProcessEnvironment serviceEnvironment(const QString &databaseUrl)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DATABASE_URL"_s, databaseUrl);
    env.insert(u"LOG_FORMAT"_s, u"json"_s);
    return env;
}

bool writeTestClock(const QString &path, const QDateTime &time)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(time.toString(Qt::ISODateWithMs).toUtf8()) > 0
        && file.commit();
}

ProcessResult runService(const QStringList &args, const QStringList &env, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &pair : env)
        environment.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(QUEUE_SERVICE_BINARY), args);
    ProcessResult result;
    if (!process.waitForStarted() || !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = u"process did not finish"_s;
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString readLine(QProcess &process, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!process.canReadLine()) {
        if (deadline.hasExpired() || process.state() == QProcess::NotRunning)
            return {};
        process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    return QString::fromUtf8(process.readLine()).trimmed();
}

std::optional<TestCertificate> makeTestCertificate(const QString &dir)
{
    if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty())
        return std::nullopt;
    TestCertificate made;
    made.certPath = QDir(dir).filePath(u"cert.pem"_s);
    made.keyPath = QDir(dir).filePath(u"key.pem"_s);
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"1"_s,
                                 u"-subj"_s, u"/CN=localhost"_s, u"-addext"_s,
                                 u"subjectAltName=DNS:localhost,IP:127.0.0.1"_s, u"-keyout"_s, made.keyPath,
                                 u"-out"_s, made.certPath});
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0)
        return std::nullopt;
    QFile cert(made.certPath);
    QFile key(made.keyPath);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return std::nullopt;
    made.certificate = QSslCertificate(cert.readAll());
    made.key = QSslKey(key.readAll(), QSsl::Rsa);
    if (made.certificate.isNull() || made.key.isNull())
        return std::nullopt;
    return made;
}

qint64 count(Database &db, const QString &sql, const QVariantList &params)
{
    return db.session().scalar(sql, params).toLongLong();
}

QString noonZone()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        const QTimeZone zone(id);
        const int offset = zone.offsetFromUtc(now);
        if (now.toTimeZone(zone).time().hour() == 12 && zone.offsetFromUtc(now.addDays(-1)) == offset
            && zone.offsetFromUtc(now.addDays(30)) == offset)
            return QString::fromLatin1(id);
    }
    qFatal("no time zone where it is noon now");
    return {};
}

QDate todayIn(const QString &zone)
{
    return QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(zone.toUtf8())).date();
}

} // namespace TestSupport

char *toString(SlotStatus value) { return qstrdup(qPrintable(enumName(value))); }
char *toString(BookingStatus value) { return qstrdup(qPrintable(enumName(value))); }
char *toString(ActorType value) { return qstrdup(qPrintable(enumName(value))); }
char *toString(StaffRole value) { return qstrdup(qPrintable(enumName(value))); }
char *toString(Refusal value) { return qstrdup(qPrintable(refusalCode(value))); }
