// /api/v1/export/bookings: the bookings of a date range as a CSV file, one row per booking with
// its time, queue and person.
#include "http/admin/admincontrollers.h"
#include "http/admin/csv.h"
#include "http/admin/fields.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const QStringList kColumns{u"booking_id"_s, u"code"_s,       u"status"_s,     u"source"_s,     u"queue_id"_s,
                           u"queue_name_ru"_s, u"queue_name_en"_s, u"day"_s,  u"local_time"_s, u"starts_at"_s,
                           u"ends_at"_s,   u"user_id"_s,    u"telegram_id"_s, u"first_name"_s, u"last_name"_s,
                           u"username"_s,  u"phone"_s,      u"created_at"_s};

QStringList row(const BookingDetail &d)
{
    const QTimeZone zone(d.timezone.toUtf8());
    return {QString::number(d.booking.id),
            d.booking.code,
            enumName(d.booking.status),
            enumName(d.booking.source),
            QString::number(d.booking.queueId),
            d.queueNameRu,
            d.queueNameEn,
            d.booking.day,
            d.startsAt.toTimeZone(zone).toString(u"HH:mm"_s),
            isoUtc(d.startsAt),
            isoUtc(d.endsAt),
            QString::number(d.user.id),
            QString::number(d.user.telegramId),
            d.user.firstName,
            d.user.lastName,
            d.user.username,
            d.user.phone,
            isoUtc(d.booking.createdAt)};
}

} // namespace

void addExportRoutes(Router &router, const AdminApi &api)
{
    router.add(Method::Get, u"/api/v1/export/bookings"_s, Access::Viewer, [api](RequestContext &request) {
        const Fields::Query query(request);
        const QDate from = Fields::required(u"from"_s, query.day(u"from"_s));
        const QDate to = Fields::required(u"to"_s, query.day(u"to"_s));
        Fields::checkDayRange(from, to, u"to"_s);
        BookingFilter filter;
        filter.fromDay = from.toString(Qt::ISODate);
        filter.toDay = to.toString(Qt::ISODate);
        filter.queueId = query.id(u"queue_id"_s).value_or(0);
        filter.status = query.choice<BookingStatus>(u"status"_s);
        CsvWriter csv;
        csv.addRow(kColumns);
        for (const BookingDetail &detail : api->queries.bookingDetails(filter))
            csv.addRow(row(detail));
        HttpReply reply = HttpReply::text(csv.toUtf8(), "text/csv; charset=utf-8");
        const QString fileName = u"bookings_%1_%2.csv"_s.arg(filter.fromDay, filter.toDay);
        reply.headers.append(
            qMakePair(QByteArray("Content-Disposition"), (u"attachment; filename=\""_s + fileName + u'"').toLatin1()));
        return reply;
    });
}
