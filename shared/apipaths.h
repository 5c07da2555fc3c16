// The admin API's paths, written once for the console (and checked against the service's router
// by tst_apipaths, so a route renamed on one side fails a test instead of a click).
#pragma once

#include <QDate>
#include <QString>

namespace ApiPaths {

inline const QString kPrefix = QStringLiteral("/api/v1");

QString me();
QString health();
QString queues();
QString queue(qint64 id);
QString slotList();
QString slotsBulk();
QString slot(qint64 id);
QString cancelSlot(qint64 id);
QString bookings();
QString booking(qint64 id);
QString checkIn(qint64 bookingId);
QString users();
QString user(qint64 id);
QString ban(qint64 userId, bool banned); // .../ban or .../unban
QString audit();
QString outbox();
QString retryMessage(qint64 id);
QString stats();
QString changes();
QString exportBookings();
QString staff();
QString staffAccount(qint64 id);
QString schedule(qint64 queueId);
QString scheduleException(qint64 queueId, const QDate &day);
QString generate(qint64 queueId);
QString waitlist();
QString waitlistEntry(qint64 id);
QString live(qint64 queueId);
QString callNext(qint64 queueId);
QString issueTicket(qint64 queueId);
QString ticket(qint64 id);
// recall | served | no-show | return | transfer
QString ticketAction(qint64 id, const QString &action);
QString broadcast(qint64 queueId);

} // namespace ApiPaths
