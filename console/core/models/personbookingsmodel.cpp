#include "personbookingsmodel.h"

#include "apipaths.h"
#include "dto.h"
#include "localtime.h"
#include "statustext.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

PersonBookingsModel::PersonBookingsModel(ApiClient &client, QObject *parent)
    : JsonTableModel(parent)
    , m_client(client)
{
    auto text = [](std::function<QString(const BookingRecord &)> of) {
        return [of](const QJsonObject &row, int role) -> QVariant {
            return role == Qt::DisplayRole ? QVariant(of(BookingRecord::fromJson(row))) : QVariant();
        };
    };
    setColumns({
        {[] { return tr("Day"); }, text([](const BookingRecord &b) { return LocalTime::day(b.day); })},
        {[] { return tr("Code"); }, text([](const BookingRecord &b) { return b.code; })},
        {[] { return tr("Queue"); },
         text([this](const BookingRecord &b) { return m_queueName ? m_queueName(b.queueId) : QString::number(b.queueId); })},
        {[] { return tr("Status"); }, text([](const BookingRecord &b) { return StatusText::booking(b.status); })},
        {[] { return tr("Booked through"); },
         text([](const BookingRecord &b) { return StatusText::bookingSource(b.source); })},
        {[] { return tr("Booked on"); },
         text([this](const BookingRecord &b) {
             const QTimeZone zone = m_queueZone ? m_queueZone(b.queueId) : QTimeZone::utc();
             return QLocale().toString(b.createdAt.toTimeZone(zone).date(), QLocale::ShortFormat);
         })},
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
    if (m_inFlight)
        m_inFlight->abort();
    if (userId != m_userId) {
        clear();
        m_total = 0;
    }
    m_userId = userId;
    if (userId <= 0)
        return;
    QUrlQuery query;
    query.addQueryItem(u"user_id"_s, QString::number(userId));
    query.addQueryItem(u"limit"_s, QString::number(kLimit));
    ApiReply *reply = m_client.get(ApiPaths::bookings(), query);
    m_inFlight = reply;
    reply->onJson(this, [this](const QJsonDocument &json) {
        m_total = json[u"total"_s].toInteger();
        QList<QJsonObject> rows;
        const QJsonArray items = json[u"items"_s].toArray();
        for (const QJsonValue &item : items)
            rows.append(item.toObject());
        setRows(rows);
        emit loaded();
    });
    reply->onFailure(this, [this](const ApiFailure &failure) { emit failed(failure); });
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (m_inFlight == reply)
            m_inFlight = nullptr;
    });
}
