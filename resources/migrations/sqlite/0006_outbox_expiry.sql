-- Queue Bot schema, version 6: every outbox message has a moment after which it is pointless
-- (a reminder or a cancellation notice after the appointment, an offer after its hold, anything
-- a week late), and a message still waiting then becomes 'expired' instead of going out late.
-- SQLite cannot change a CHECK constraint in place, so the table is rebuilt with its rows.

CREATE TABLE outbox_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users(id),
    chat_id INTEGER NOT NULL,
    template TEXT NOT NULL,
    params TEXT NOT NULL DEFAULT '{}',
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'dead', 'expired')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error TEXT NOT NULL DEFAULT '',
    dedupe_key TEXT UNIQUE,
    created_at INTEGER NOT NULL,
    sent_at INTEGER,
    edit_key TEXT,
    expires_at INTEGER NOT NULL
);

-- Rows written before this version: the appointment they are about (booking messages carry
-- starts_at), and never later than a week after they were written (service/domain/notifications.h).
INSERT INTO outbox_new (id, user_id, chat_id, template, params, status, attempts, next_attempt_at, last_error,
                        dedupe_key, created_at, sent_at, edit_key, expires_at)
SELECT id, user_id, chat_id, template, params, status, attempts, next_attempt_at, last_error,
       dedupe_key, created_at, sent_at, edit_key,
       MIN(COALESCE(expires_at,
                    CAST(strftime('%s', json_extract(params, '$.starts_at')) AS INTEGER),
                    created_at + 604800),
           created_at + 604800)
FROM outbox;

UPDATE sqlite_sequence SET seq = (SELECT seq FROM sqlite_sequence WHERE name = 'outbox')
WHERE name = 'outbox_new' AND EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'outbox');
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;

CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_status_created ON outbox (status, created_at);
CREATE INDEX outbox_edit_key ON outbox (edit_key, status);
-- The expiry sweep and its next due moment: waiting rows by the moment they stop mattering.
CREATE INDEX outbox_expiry ON outbox (status, expires_at);
