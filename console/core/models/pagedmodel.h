// A JsonTableModel over a paged list route ({"items","total","limit","offset"}): the first page
// on reload(), the next ones when a view scrolls to the end (fetchMore), for long lists such as
// the audit log and the outbox.
#pragma once

#include "apiclient.h"
#include "models/jsontablemodel.h"

#include <QPointer>
#include <QUrlQuery>

class PagedModel : public JsonTableModel
{
    Q_OBJECT
public:
    PagedModel(ApiClient &client, QString path, QObject *parent = nullptr);

    // The filter of the list; takes effect on reload().
    void setQuery(const QUrlQuery &query) { m_query = query; }
    void setPageSize(int size) { m_pageSize = size; }
    void reload();
    // Reads the rows already loaded again and merges them (the change feed said something changed):
    // changed rows update in place, new ones appear, gone ones leave; no reset, selection stays.
    void refresh();
    qint64 total() const { return m_total; }
    bool isLoading() const { return m_inFlight != nullptr; }

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static constexpr int kMaxPageSize = 500; // the API's largest limit

signals:
    void loaded();
    void failed(const ApiFailure &failure);

private:
    void load(qint64 offset, int limit);
    void merge(const QList<QJsonObject> &items, int limit);

    ApiClient &m_client;
    QString m_path;
    QUrlQuery m_query;
    int m_pageSize = 100;
    qint64 m_total = 0;
    QPointer<ApiReply> m_inFlight;
    bool m_refreshWanted = false; // a refresh asked for while a page was loading
};
