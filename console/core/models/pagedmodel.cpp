#include "pagedmodel.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

PagedModel::PagedModel(ApiClient &client, QString path, QObject *parent)
    : JsonTableModel(parent)
    , m_client(client)
    , m_path(std::move(path))
{
}

void PagedModel::reload()
{
    if (m_inFlight)
        m_inFlight->abort();
    clear();
    m_total = 0;
    load(0);
}

bool PagedModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_inFlight && rowCount() < m_total;
}

void PagedModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load(rowCount());
}

void PagedModel::load(qint64 offset)
{
    QUrlQuery query = m_query;
    query.addQueryItem(u"limit"_s, QString::number(m_pageSize));
    query.addQueryItem(u"offset"_s, QString::number(offset));
    m_inFlight = m_client.get(m_path, query);
    m_inFlight->onJson(this, [this](const QJsonDocument &json) {
        m_inFlight = nullptr;
        m_total = json[u"total"_s].toInteger();
        const QJsonArray items = json[u"items"_s].toArray();
        for (const QJsonValue &item : items)
            upsert(item.toObject());
        emit loaded();
    });
    m_inFlight->onFailure(this, [this](const ApiFailure &failure) {
        m_inFlight = nullptr;
        emit failed(failure);
    });
}
