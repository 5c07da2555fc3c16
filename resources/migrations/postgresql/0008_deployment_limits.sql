-- Queue Bot schema, version 8: the limits that must hold for the whole deployment, however many
-- instances share the database, are kept here rather than in each process's memory.

-- Telegram's sending limits (OutboxDelivery hands out send moments in the transaction that claims
-- outbox rows): the moments (UTC epoch microseconds) of the last second's sends and of those
-- reserved just ahead, swept as they age; and one row (id 1, written when first needed) with the
-- end of Telegram's last 429 wait.
CREATE TABLE send_moments (
    moment_us BIGINT NOT NULL
);
CREATE INDEX send_moments_moment ON send_moments (moment_us);
CREATE TABLE send_budget (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    paused_until_us BIGINT NOT NULL
);
-- A chat's next message leaves no earlier than this (epoch microseconds); rows in the past are swept.
CREATE TABLE chat_send_gaps (
    chat_id BIGINT PRIMARY KEY,
    next_send_us BIGINT NOT NULL
);
CREATE INDEX chat_send_gaps_next ON chat_send_gaps (next_send_us);

-- Per-user flood control: a token bucket per Telegram user (tokens as of updated_ms, epoch
-- milliseconds); full buckets are swept.
CREATE TABLE flood_buckets (
    telegram_user_id BIGINT PRIMARY KEY,
    tokens DOUBLE PRECISION NOT NULL,
    updated_ms BIGINT NOT NULL
);
CREATE INDEX flood_buckets_updated ON flood_buckets (updated_ms);
