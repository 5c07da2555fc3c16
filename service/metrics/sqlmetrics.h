// Database statements and connections into Prometheus: operations, outcome, latency, open
// connections, and statements that found the file damaged.
#pragma once

#include "storage/sqlsession.h"

#include <prometheus/counter.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>

#include <array>

class Metrics;

class SqlMetrics : public SqlObserver
{
public:
    // Creates every {operation, outcome} series up front, so recording is lock-free.
    explicit SqlMetrics(Metrics &metrics);

    void statementFinished(SqlOperation operation, bool ok, qint64 nanoseconds) override;
    void connectionOpened() override;
    void connectionClosed() override;
    void damageFound() override;

    static const char *operationName(SqlOperation operation);

private:
    static constexpr int kOperations = int(SqlOperation::Other) + 1;
    std::array<prometheus::Counter *, kOperations> m_ok{};
    std::array<prometheus::Counter *, kOperations> m_failed{};
    std::array<prometheus::Histogram *, kOperations> m_seconds{};
    prometheus::Gauge &m_connections;
    prometheus::Counter &m_damage;
};
