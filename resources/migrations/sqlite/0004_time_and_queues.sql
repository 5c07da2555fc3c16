-- Queue Bot schema, version 4: what happens as time passes. Weekly templates and exceptions that
-- make slots, reminders and confirmation cut-offs, the waiting list's held seats, the live queue
-- (walk-in tickets and check-ins) and outbox messages that edit one message in place.

-- Queue policy for the scheduler, the waiting list and the live queue.
ALTER TABLE queues ADD COLUMN waitlist_hold_minutes INTEGER NOT NULL DEFAULT 15 CHECK (waitlist_hold_minutes >= 1);
ALTER TABLE queues ADD COLUMN confirm_cutoff_minutes INTEGER NOT NULL DEFAULT 60 CHECK (confirm_cutoff_minutes >= 0);
ALTER TABLE queues ADD COLUMN checkin_before_minutes INTEGER NOT NULL DEFAULT 60 CHECK (checkin_before_minutes >= 0);
ALTER TABLE queues ADD COLUMN checkin_after_minutes INTEGER NOT NULL DEFAULT 15 CHECK (checkin_after_minutes >= 0);
ALTER TABLE queues ADD COLUMN position_alert_ahead INTEGER NOT NULL DEFAULT 3 CHECK (position_alert_ahead >= 0);

-- A template's open hours may have their own slot length and capacity (else the queue's).
ALTER TABLE schedule_rules ADD COLUMN slot_minutes INTEGER CHECK (slot_minutes IS NULL OR slot_minutes >= 1);
ALTER TABLE schedule_rules ADD COLUMN capacity INTEGER CHECK (capacity IS NULL OR capacity >= 1);

-- Seats held for a person the waiting list offered them to: free = capacity - booked - held.
-- Slots made by a template may be removed or changed by the template; manual ones never are.
ALTER TABLE slots ADD COLUMN held INTEGER NOT NULL DEFAULT 0 CHECK (held >= 0);
ALTER TABLE slots ADD COLUMN origin TEXT NOT NULL DEFAULT 'manual' CHECK (origin IN ('manual', 'template'));
CREATE INDEX slots_open_ends ON slots (status, ends_at);

-- The timed steps of a booking: each reminder offset, and the confirmation cut-off. Planned when
-- the booking is made (offsets already past are left out), done once.
CREATE TABLE booking_timers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    booking_id INTEGER NOT NULL REFERENCES bookings(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('reminder', 'cutoff')),
    offset_minutes INTEGER NOT NULL,
    due_at INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'void')),
    done_at INTEGER,
    UNIQUE (booking_id, kind, offset_minutes)
);
CREATE INDEX booking_timers_due ON booking_timers (status, due_at);

-- Nothing has ever written the version 1 waiting list and live tickets: they are replaced by the
-- shapes the features need.
DROP TABLE waitlist;
CREATE TABLE waitlist (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    queue_id INTEGER NOT NULL REFERENCES queues(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id),
    day TEXT NOT NULL,
    from_minute INTEGER NOT NULL DEFAULT 0 CHECK (from_minute BETWEEN 0 AND 1440),
    to_minute INTEGER NOT NULL DEFAULT 1440 CHECK (to_minute BETWEEN 0 AND 1440),
    status TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN
        ('waiting', 'offered', 'accepted', 'declined', 'expired', 'cancelled')),
    offered_slot_id INTEGER REFERENCES slots(id),
    offered_at INTEGER,
    hold_until INTEGER,
    booking_id INTEGER REFERENCES bookings(id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    CHECK (to_minute > from_minute)
);
CREATE INDEX waitlist_queue_day ON waitlist (queue_id, day, status, id);
CREATE INDEX waitlist_holds ON waitlist (status, hold_until);
CREATE UNIQUE INDEX waitlist_one_per_user_day ON waitlist (queue_id, user_id, day) WHERE status IN ('waiting', 'offered');

DROP TABLE live_tickets;
CREATE TABLE live_tickets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    queue_id INTEGER NOT NULL REFERENCES queues(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    number INTEGER NOT NULL,
    code TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('walkin', 'booking')),
    user_id INTEGER REFERENCES users(id),
    booking_id INTEGER REFERENCES bookings(id),
    due_at INTEGER,
    status TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN
        ('waiting', 'called', 'served', 'no_show', 'cancelled', 'expired')),
    counter INTEGER,
    recalls INTEGER NOT NULL DEFAULT 0,
    notified_ahead INTEGER NOT NULL DEFAULT -1,
    alerted INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    queued_at INTEGER NOT NULL DEFAULT 0,
    called_at INTEGER,
    finished_at INTEGER,
    UNIQUE (queue_id, day, number)
);
CREATE INDEX live_tickets_waiting ON live_tickets (queue_id, day, status);
CREATE INDEX live_tickets_finished ON live_tickets (queue_id, status, finished_at);
CREATE UNIQUE INDEX live_tickets_one_per_booking ON live_tickets (booking_id) WHERE booking_id IS NOT NULL;
CREATE UNIQUE INDEX live_tickets_one_open_per_user ON live_tickets (queue_id, day, user_id)
    WHERE user_id IS NOT NULL AND status IN ('waiting', 'called');

-- A message that is edited in place (a live-queue ticket's position): rows with the same
-- edit_key replace each other while pending, and after the first send the message id is kept
-- so later rows edit that message instead of sending a new one.
ALTER TABLE outbox ADD COLUMN edit_key TEXT;
-- After this moment a message is pointless (a reminder for a past appointment) and is not sent.
ALTER TABLE outbox ADD COLUMN expires_at INTEGER;
CREATE INDEX outbox_edit_key ON outbox (edit_key, status);
CREATE TABLE chat_messages (
    edit_key TEXT PRIMARY KEY,
    chat_id INTEGER NOT NULL,
    message_id INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
