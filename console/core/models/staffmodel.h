// The active staff accounts (GET /staff), by name; tokens are never listed.
#pragma once

#include "models/listmodel.h"

#include <QHash>
#include <QTimeZone>

class StaffModel : public ListModel
{
    Q_OBJECT
public:
    enum Column { Name, Role, Created };

    explicit StaffModel(ApiClient &client, QObject *parent = nullptr);

    // Reads the accounts again, merging.
    void reload();
    void setTimeZone(const QTimeZone &zone);
    QHash<qint64, QString> names() const;

private:
    QTimeZone m_zone = QTimeZone::utc();
};
