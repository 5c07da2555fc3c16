#include "pagedmodel.h"

#include <QSet>

using namespace Qt::StringLiterals;

PagedModel::PagedModel(ApiClient &client, QString path, QObject *parent)
    : JsonTableModel(parent)
    , m_client(client)
    , m_path(std::move(path))
{
}

void PagedModel::reload()
{
    m_refreshWanted = false;
    // Before clear(): a view that asks canFetchMore() on the reset must not fetch the old total.
    m_total = 0;
    clear();
    load(0, m_pageSize);
}

void PagedModel::refresh()
{
    if (m_inFlight) {
        m_refreshWanted = true;
        return;
    }
    load(0, qBound(m_pageSize, rowCount(), kMaxPageSize));
}

bool PagedModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_inFlight && rowCount() < m_total;
}

void PagedModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load(rowCount(), m_pageSize);
}

void PagedModel::load(qint64 offset, int limit)
{
    QUrlQuery query = m_query;
    query.addQueryItem(u"limit"_s, QString::number(limit));
    query.addQueryItem(u"offset"_s, QString::number(offset));
    // One request at a time: the server answers reads concurrently, so an older request's
    // answer can come after a newer one's and must never be merged.
    if (m_inFlight)
        m_inFlight->abort();
    ApiReply *reply = m_client.get(m_path, query);
    m_inFlight = reply;
    reply->onJson(this, [this, reply, offset, limit](const QJsonDocument &json) {
        if (m_inFlight != reply)
            return;
        m_total = json[u"total"_s].toInteger();
        const QList<QJsonObject> items = itemsOf(json);
        if (offset == 0)
            merge(items, limit);
        else
            for (const QJsonObject &item : std::as_const(items))
                upsert(item);
        emit loaded();
    });
    reply->onFailure(this, [this](const ApiFailure &failure) { emit failed(failure); });
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (m_inFlight != reply)
            return; // an aborted one; its successor is in flight
        m_inFlight = nullptr;
        if (std::exchange(m_refreshWanted, false))
            refresh();
    });
}

void PagedModel::merge(const QList<QJsonObject> &items, int limit)
{
    if (items.size() < limit) {
        setRows(items); // the whole list
        return;
    }
    // Rows past the last one read stay: they are the later pages, read again when scrolled to.
    QSet<qint64> read;
    for (const QJsonObject &item : items)
        read.insert(idOf(item));
    const QJsonObject &last = items.constLast();
    for (int at = rowCount() - 1; at >= 0; --at) {
        const QJsonObject row = rowAt(at);
        if (!read.contains(idOf(row)) && !lessThan(last, row))
            removeId(idOf(row));
    }
    for (const QJsonObject &item : items)
        upsert(item);
}
