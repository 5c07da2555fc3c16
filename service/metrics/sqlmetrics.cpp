#include "sqlmetrics.h"

#include "metrics.h"

SqlMetrics::SqlMetrics(Metrics &metrics)
    : m_connections(metrics.dbConnectionsOpen.Add({}))
    , m_damage(metrics.dbCorruption.Add({}))
{
    for (int i = 0; i < kOperations; ++i) {
        const std::string operation = operationName(SqlOperation(i));
        m_ok[size_t(i)] = &metrics.dbOperations.Add({{"operation", operation}, {"outcome", "ok"}});
        m_failed[size_t(i)] = &metrics.dbOperations.Add({{"operation", operation}, {"outcome", "error"}});
        m_seconds[size_t(i)] = &metrics.dbOperationSeconds.Add({{"operation", operation}}, Metrics::latencyBuckets());
    }
}

const char *SqlMetrics::operationName(SqlOperation operation)
{
    switch (operation) {
    case SqlOperation::Select: return "select";
    case SqlOperation::Insert: return "insert";
    case SqlOperation::Update: return "update";
    case SqlOperation::Delete: return "delete";
    case SqlOperation::Transaction: return "transaction";
    case SqlOperation::Other: return "other";
    }
    return "other";
}

void SqlMetrics::statementFinished(SqlOperation operation, bool ok, qint64 nanoseconds)
{
    const auto index = size_t(operation);
    (ok ? m_ok : m_failed)[index]->Increment();
    m_seconds[index]->Observe(double(nanoseconds) / 1e9);
}

void SqlMetrics::connectionOpened()
{
    m_connections.Increment();
}

void SqlMetrics::connectionClosed()
{
    m_connections.Decrement();
}

void SqlMetrics::damageFound()
{
    m_damage.Increment();
}
