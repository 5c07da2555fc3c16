-- Queue Bot schema, version 2: indexes for the aggregates behind the metrics gauges and /health,
-- so they never scan a table (see service/storage/statsrepository.cpp). Free seats in future
-- slots already use slots_queue_start (queue_id IN active queues AND starts_at > now).

-- Users seen recently (queue_bot_users_active).
CREATE INDEX users_last_seen ON users (last_seen_at);

-- Oldest pending message (queue_bot_outbox_oldest_pending_age_seconds, the outbox health check).
CREATE INDEX outbox_status_created ON outbox (status, created_at);
