-- Queue Bot schema, version 7: several instances share one outbox. A sender claims the due rows it
-- is about to send (claimed_by: that sender's id) until claimed_until (UTC epoch seconds); other
-- senders skip claimed rows until the claim ends, so a row is never sent by two of them, and the
-- rows of a sender that died become anyone's once its claim runs out. NULL: unclaimed.
ALTER TABLE outbox ADD COLUMN claimed_by TEXT;
ALTER TABLE outbox ADD COLUMN claimed_until INTEGER;
