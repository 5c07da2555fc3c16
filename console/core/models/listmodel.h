// A JsonTableModel read from an admin API list route in one call (up to the API's largest page):
// one read in flight at a time (a newer one aborts it), the rows merged in place, loaded() or
// failed() after. The short lists: a person's bookings, a slot's bookings, the staff accounts.
// (Long ones are read page by page: PagedModel.)
#pragma once

#include "apiclient.h"
#include "models/jsontablemodel.h"

#include <QPointer>
#include <QUrlQuery>

#include <utility>

class ListModel : public JsonTableModel
{
    Q_OBJECT
public:
    explicit ListModel(ApiClient &client, QObject *parent = nullptr);

    bool isLoading() const { return m_inFlight != nullptr; }
    // How many rows the server has, also beyond the ones read.
    qint64 total() const { return m_total; }

    static constexpr int kLimit = 500; // the API's largest page

signals:
    void loaded();
    // Not for a read this model aborted itself.
    void failed(const ApiFailure &failure);

protected:
    // Reads `path` with `query` (and limit=kLimit) and makes its items the rows.
    void read(const QString &path, QUrlQuery query);
    // Drops the read in flight, if any (nothing is shown for it).
    void abort();
    // abort(), and no rows (another person, another slot).
    void forget();
    ApiClient &client() { return m_client; }

private:
    ApiClient &m_client;
    QPointer<ApiReply> m_inFlight;
    qint64 m_total = 0;
};
