#include "listmodel.h"

using namespace Qt::StringLiterals;

ListModel::ListModel(ApiClient &client, QObject *parent)
    : JsonTableModel(parent)
    , m_client(client)
{
}

void ListModel::read(const QString &path, QUrlQuery query)
{
    abort();
    query.addQueryItem(u"limit"_s, QString::number(kLimit));
    ApiReply *reply = m_client.get(path, query);
    m_inFlight = reply;
    reply->onJson(this, [this, reply](const QJsonDocument &json) {
        if (reply != m_inFlight)
            return;
        m_inFlight = nullptr; // answered: not loading for whoever hears loaded()
        m_total = json[u"total"_s].toInteger();
        setRows(itemsOf(json));
        emit loaded();
    });
    reply->onFailure(this, [this, reply](const ApiFailure &failure) {
        if (reply != m_inFlight || failure.kind == ApiFailure::Kind::Cancelled)
            return;
        m_inFlight = nullptr;
        emit failed(failure);
    });
}

void ListModel::abort()
{
    if (ApiReply *reply = std::exchange(m_inFlight, nullptr))
        reply->abort();
}

void ListModel::forget()
{
    abort();
    m_total = 0;
    clear();
}
