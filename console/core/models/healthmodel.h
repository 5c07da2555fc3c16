// The service's own checks (GET /health, no token needed): the overall state, and per check
// (database, message delivery, memory, threads, disk, Telegram) its state and figures in words.
// Reading it again updates the rows in place.
#pragma once

#include "apiclient.h"
#include "models/jsontablemodel.h"

#include <QPointer>

class HealthModel : public JsonTableModel
{
    Q_OBJECT
public:
    enum Column { Check, Status, Figures };

    explicit HealthModel(ApiClient &client, QObject *parent = nullptr);

    // Asks again (a call still in flight is left to finish).
    void reload();
    // The last answer's overall state (healthy | warning | unhealthy; empty before one).
    QString overall() const { return m_overall; }
    QString version() const { return m_version; }
    qint64 uptimeSeconds() const { return m_uptime; }
    // A check's figures in words, e.g. "12 waiting, the oldest for 3 min".
    static QString figures(const QString &check, const QJsonObject &details);
    // How a state stands out (a Tone::Value).
    static int tone(const QString &status);

signals:
    void loaded();
    void failed(const ApiFailure &failure);

private:
    void take(const QJsonObject &report);

    ApiClient &m_client;
    QString m_overall;
    QString m_version;
    qint64 m_uptime = 0;
    QPointer<ApiReply> m_inFlight;
};
