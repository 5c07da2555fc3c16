// The active staff accounts (GET /staff), by name; tokens are never listed.
#pragma once

#include "apiclient.h"
#include "models/jsontablemodel.h"

#include <QHash>
#include <QPointer>
#include <QTimeZone>

class StaffModel : public JsonTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Role, Created };

    explicit StaffModel(ApiClient &client, QObject *parent = nullptr);

    // Reads the accounts again, merging.
    void reload();
    void setTimeZone(const QTimeZone &zone);
    QHash<qint64, QString> names() const;
    bool isLoading() const { return m_inFlight != nullptr; }

signals:
    void loaded();
    void failed(const ApiFailure &failure);

private:
    ApiClient &m_client;
    QTimeZone m_zone = QTimeZone::utc();
    QPointer<ApiReply> m_inFlight;
};
