-- Queue Bot schema, version 5: Telegram updates held back for later (a person sending faster than
-- the flood limit), stored before Telegram is told "received", so a crash or restart loses none.
-- They are processed in update order per person, once, as the person's allowance comes back.

CREATE TABLE update_inbox (
    update_id BIGINT PRIMARY KEY,
    telegram_user_id BIGINT NOT NULL,
    payload TEXT NOT NULL,
    received_at BIGINT NOT NULL
);
CREATE INDEX update_inbox_user ON update_inbox (telegram_user_id, update_id);
