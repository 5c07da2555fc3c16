// Receives updates by getUpdates long polling: works behind NAT with no public address. Each batch
// is processed in one group commit before the next getUpdates confirms it (offset = last update_id
// + 1), so a restart in between redelivers it and processed_updates makes that a no-op.
#pragma once

#include "telegram/botapiclient.h"
#include "telegram/telegramsettings.h"
#include "telegram/updateprocessor.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QTimer>

class UpdatePoller : public QObject
{
    Q_OBJECT
public:
    UpdatePoller(BotApiClient &client, UpdateProcessor &processor, const TelegramSettings &settings,
                 QObject *parent = nullptr);

    // Deletes a webhook left over from webhook mode, then polls until stop().
    void start();
    // Stops polling and confirms what was processed with one short getUpdates; emits stopped()
    // when done (at once if there is nothing to confirm).
    void stop();

    qint64 offset() const { return m_offset; }

    // The update types the bot handles, for getUpdates and setWebhook.
    static QJsonArray allowedUpdates();

signals:
    void stopped();

private:
    void next();
    void deleteWebhook();
    void poll();
    void handleBatch(const QJsonArray &updates);
    void batchDone(const QList<qint64> &ids, const QList<UpdateProcessor::Answer> &answers);
    void pollAgain(bool anyNew);
    void failed(const QString &what, const BotApiError &error);
    void waitThenNext(int ms);

    BotApiClient &m_client;
    UpdateProcessor &m_processor;
    TelegramSettings m_settings;
    QTimer m_wait;
    QElapsedTimer m_pollTimer;
    quint64 m_call = 0;
    qint64 m_offset = 0;
    qint64 m_confirmedOffset = 0;
    int m_failures = 0;
    bool m_running = false;
    bool m_webhookDeleted = false;
    QHash<qint64, int> m_updateFailures; // update id -> failed attempts (a poison update is skipped)
};
