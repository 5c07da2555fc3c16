#include "consolecontext.h"

#include "apipaths.h"
#include "languages.h"

#include <QSettings>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

ConsoleContext::ConsoleContext(QObject *parent)
    : QObject(parent)
{
    queues.setColumns({{[] { return tr("Queue"); },
                        [](const QJsonObject &row, int role) -> QVariant {
                            if (role != Qt::DisplayRole)
                                return {};
                            const QueueRecord queue = QueueRecord::fromJson(row);
                            // The console speaks one language; the queue's own name in it.
                            return Languages::pick(queue.nameRu, queue.nameEn);
                        }}});
    connect(&changes, &ChangeFollower::changed, this, [this](const QList<ChangeEntry> &entries) {
        if (ChangeFollower::touches(entries, {u"queue"}))
            reloadQueues();
    });
}

std::optional<QueueRecord> ConsoleContext::currentQueue() const
{
    const int row = queues.rowOfId(m_currentQueueId);
    if (row < 0)
        return std::nullopt;
    return QueueRecord::fromJson(queues.rowAt(row));
}

void ConsoleContext::setCurrentQueue(qint64 id)
{
    if (id == m_currentQueueId)
        return;
    m_currentQueueId = id;
    QSettings().setValue(u"ui/queue"_s, id);
    emit currentQueueChanged(id);
}

void ConsoleContext::reloadQueues()
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, u"500"_s);
    ApiReply *reply = client.get(ApiPaths::queues(), query);
    reply->onJson(this, [this](const QJsonDocument &json) {
        const QList<QJsonObject> rows = JsonTableModel::itemsOf(json);
        queues.setRows(rows);
        emit queuesLoaded();
        if (queues.rowOfId(m_currentQueueId) < 0) {
            const qint64 remembered = QSettings().value(u"ui/queue"_s).toLongLong();
            setCurrentQueue(queues.rowOfId(remembered) >= 0 ? remembered
                                                           : (rows.isEmpty() ? 0 : JsonTableModel::idOf(rows.first())));
        }
    });
    reply->onFailure(this, [this](const ApiFailure &failure) { emit problem(failure.describe()); });
}
