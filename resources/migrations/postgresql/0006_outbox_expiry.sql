-- Queue Bot schema, version 6: every outbox message has a moment after which it is pointless
-- (a reminder or a cancellation notice after the appointment, an offer after its hold, anything
-- a week late), and a message still waiting then becomes 'expired' instead of going out late.

-- Rows written before this version: the appointment they are about (booking messages carry
-- starts_at), and never later than a week after they were written (service/domain/notifications.h).
UPDATE outbox
SET expires_at = LEAST(COALESCE(expires_at,
                                CASE WHEN params ~ '"starts_at" *: *"[0-9]{4}-[0-9]{2}-[0-9]{2}T'
                                     THEN EXTRACT(EPOCH FROM ((params::json) ->> 'starts_at')::timestamptz)::BIGINT
                                END,
                                created_at + 604800),
                       created_at + 604800);
ALTER TABLE outbox ALTER COLUMN expires_at SET NOT NULL;

ALTER TABLE outbox DROP CONSTRAINT outbox_status_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_status_check
    CHECK (status IN ('pending', 'sent', 'failed', 'dead', 'expired'));

-- The expiry sweep and its next due moment: waiting rows by the moment they stop mattering.
CREATE INDEX outbox_expiry ON outbox (status, expires_at);
