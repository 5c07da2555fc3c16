#include "broadcastaudience.h"

#include "apipaths.h"
#include "livequeue.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

BroadcastAudience::BroadcastAudience(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void BroadcastAudience::count(qint64 queueId, const QDate &day, bool today)
{
    for (const QPointer<ApiReply> &call : std::as_const(m_calls)) {
        if (call) {
            call->disconnect(this);
            call->abort();
        }
    }
    m_calls.clear();
    m_people.clear();
    m_atLeast = false;
    m_waitingFor = today ? 2 : 1;

    QUrlQuery query;
    query.addQueryItem(u"queue_id"_s, QString::number(queueId));
    query.addQueryItem(u"date"_s, day.toString(Qt::ISODate));
    query.addQueryItem(u"status"_s, u"active"_s);
    query.addQueryItem(u"limit"_s, QString::number(kBookingLimit));
    ApiReply *bookings = m_client.get(ApiPaths::bookings(), query);
    bookings->onJson(this, [this](const QJsonDocument &json) {
        const QJsonArray items = json[u"items"_s].toArray();
        for (const QJsonValue &item : items)
            m_people.insert(item[u"user_id"_s].toInteger());
        m_atLeast = json[u"total"_s].toInteger() > items.size();
        finishOne();
    });
    m_calls << bookings;
    if (today) {
        ApiReply *live = m_client.get(ApiPaths::live(queueId));
        live->onValue<LiveBoard>(this, [this](const LiveBoard &board) {
            for (const LinePlace &place : board.waiting) {
                if (place.ticket.userId > 0)
                    m_people.insert(place.ticket.userId);
            }
            for (const LiveTicket &ticket : board.called) {
                if (ticket.userId > 0)
                    m_people.insert(ticket.userId);
            }
            finishOne();
        });
        m_calls << live;
    }
    for (const QPointer<ApiReply> &call : std::as_const(m_calls)) {
        call->onFailure(this, [this](const ApiFailure &failure) {
            if (failure.kind != ApiFailure::Kind::Cancelled)
                emit failed(failure);
        });
    }
}

void BroadcastAudience::finishOne()
{
    if (--m_waitingFor == 0)
        emit counted(int(m_people.size()), m_atLeast);
}
