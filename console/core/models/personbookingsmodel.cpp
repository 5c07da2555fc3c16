#include "personbookingsmodel.h"

#include "apipaths.h"
#include "dto.h"
#include "localtime.h"
#include "statustext.h"

using namespace Qt::StringLiterals;

PersonBookingsModel::PersonBookingsModel(ApiClient &client, QObject *parent)
    : ListModel(client, parent)
{
    const auto text = &textColumn<BookingRecord>;
    setColumns({
        text([] { return tr("Day"); }, [](const BookingRecord &b) { return LocalTime::day(b.day); }),
        text([] { return tr("Code"); }, [](const BookingRecord &b) { return b.code; }),
        text([] { return tr("Queue"); },
             [this](const BookingRecord &b) { return m_queueName ? m_queueName(b.queueId) : QString::number(b.queueId); }),
        text([] { return tr("Status"); }, [](const BookingRecord &b) { return StatusText::booking(b.status); }),
        text([] { return tr("Booked through"); },
             [](const BookingRecord &b) { return StatusText::bookingSource(b.source); }),
        text([] { return tr("Booked on"); },
             [this](const BookingRecord &b) {
                 const QTimeZone zone = m_queueZone ? m_queueZone(b.queueId) : QTimeZone::utc();
                 return QLocale().toString(b.createdAt.toTimeZone(zone).date(), QLocale::ShortFormat);
             }),
    });
    // Newest first: the day, then the code within it.
    setOrder([](const QJsonObject &a, const QJsonObject &b) {
        const QString dayA = a[u"day"_s].toString(), dayB = b[u"day"_s].toString();
        if (dayA != dayB)
            return dayA > dayB;
        return idOf(a) > idOf(b);
    });
}

void PersonBookingsModel::setQueues(std::function<QString(qint64)> name, std::function<QTimeZone(qint64)> zone)
{
    m_queueName = std::move(name);
    m_queueZone = std::move(zone);
    retranslate();
}

void PersonBookingsModel::load(qint64 userId)
{
    if (userId != m_userId)
        forget();
    m_userId = userId;
    if (userId <= 0) {
        abort();
        return;
    }
    QUrlQuery query;
    query.addQueryItem(u"user_id"_s, QString::number(userId));
    read(ApiPaths::bookings(), query);
}
