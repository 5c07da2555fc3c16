-- Queue Bot schema, version 1: the whole domain of DESIGN.md section 3.
-- Times are UTC seconds since the epoch; local days ("YYYY-MM-DD") are in the queue's time zone.
-- Statements are separated by a semicolon at the end of a line.

CREATE TABLE revision_counter (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    value INTEGER NOT NULL
);
INSERT INTO revision_counter (id, value) VALUES (1, 0);

CREATE TABLE queues (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code_prefix TEXT NOT NULL CHECK (length(code_prefix) BETWEEN 1 AND 3),
    name_ru TEXT NOT NULL CHECK (length(name_ru) BETWEEN 1 AND 200),
    name_en TEXT NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
    timezone TEXT NOT NULL,
    counters INTEGER NOT NULL DEFAULT 1 CHECK (counters >= 1),
    slot_minutes INTEGER NOT NULL DEFAULT 15 CHECK (slot_minutes > 0),
    default_capacity INTEGER NOT NULL DEFAULT 1 CHECK (default_capacity >= 1),
    min_notice_minutes INTEGER NOT NULL DEFAULT 0 CHECK (min_notice_minutes >= 0),
    horizon_days INTEGER NOT NULL DEFAULT 14 CHECK (horizon_days >= 1),
    cancel_deadline_minutes INTEGER NOT NULL DEFAULT 0 CHECK (cancel_deadline_minutes >= 0),
    max_active_bookings INTEGER NOT NULL DEFAULT 1 CHECK (max_active_bookings >= 1),
    reminder_offsets_minutes TEXT NOT NULL DEFAULT '1440,120',
    confirmation_required INTEGER NOT NULL DEFAULT 0,
    walkin_allowed INTEGER NOT NULL DEFAULT 1,
    no_show_limit INTEGER NOT NULL DEFAULT 0 CHECK (no_show_limit >= 0),
    phone_required INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE schedule_rules (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    queue_id INTEGER NOT NULL REFERENCES queues(id) ON DELETE CASCADE,
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    kind TEXT NOT NULL CHECK (kind IN ('open', 'break')),
    start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
    end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
    CHECK (end_minute > start_minute)
);
CREATE INDEX schedule_rules_queue ON schedule_rules (queue_id, weekday);

CREATE TABLE schedule_exceptions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    queue_id INTEGER NOT NULL REFERENCES queues(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    closed INTEGER NOT NULL DEFAULT 1,
    start_minute INTEGER,
    end_minute INTEGER,
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (queue_id, day)
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    telegram_id INTEGER NOT NULL UNIQUE,
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    username TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'ru' CHECK (language IN ('ru', 'en')),
    blocked_bot INTEGER NOT NULL DEFAULT 0,
    banned INTEGER NOT NULL DEFAULT 0,
    no_show_count INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
);

CREATE TABLE slots (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    queue_id INTEGER NOT NULL REFERENCES queues(id) ON DELETE CASCADE,
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL,
    capacity INTEGER NOT NULL CHECK (capacity >= 1),
    booked INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed', 'cancelled')),
    cancel_reason TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    CHECK (ends_at > starts_at),
    CHECK (booked >= 0 AND booked <= capacity)
);
CREATE INDEX slots_queue_start ON slots (queue_id, starts_at);
CREATE UNIQUE INDEX slots_unique_live_start ON slots (queue_id, starts_at) WHERE status <> 'cancelled';

CREATE TABLE booking_code_counters (
    queue_id INTEGER NOT NULL REFERENCES queues(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    last_number INTEGER NOT NULL,
    PRIMARY KEY (queue_id, day)
);

CREATE TABLE bookings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    queue_id INTEGER NOT NULL REFERENCES queues(id),
    slot_id INTEGER NOT NULL REFERENCES slots(id),
    user_id INTEGER NOT NULL REFERENCES users(id),
    day TEXT NOT NULL,
    code TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN
        ('active', 'cancelled_by_user', 'cancelled_by_staff', 'attended', 'no_show', 'expired')),
    source TEXT NOT NULL CHECK (source IN ('telegram', 'console')),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    confirmed_at INTEGER,
    cancelled_at INTEGER,
    UNIQUE (queue_id, day, code)
);
CREATE UNIQUE INDEX bookings_one_active_per_user_slot ON bookings (slot_id, user_id) WHERE status = 'active';
CREATE INDEX bookings_slot ON bookings (slot_id, status);
CREATE INDEX bookings_user ON bookings (user_id, status);
CREATE INDEX bookings_queue_day ON bookings (queue_id, day);

CREATE TABLE staff (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'operator', 'admin')),
    token_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
);
CREATE UNIQUE INDEX staff_active_name ON staff (name) WHERE revoked_at IS NULL;

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users(id),
    chat_id INTEGER NOT NULL,
    template TEXT NOT NULL,
    params TEXT NOT NULL DEFAULT '{}',
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed', 'dead')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error TEXT NOT NULL DEFAULT '',
    dedupe_key TEXT UNIQUE,
    created_at INTEGER NOT NULL,
    sent_at INTEGER
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    revision INTEGER NOT NULL,
    at INTEGER NOT NULL,
    actor_type TEXT NOT NULL CHECK (actor_type IN ('system', 'staff', 'user')),
    actor_id INTEGER,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER,
    details TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_revision ON audit_log (revision);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_actor ON audit_log (actor_type, actor_id);
CREATE INDEX audit_log_at ON audit_log (at);

CREATE TABLE processed_updates (
    update_id INTEGER PRIMARY KEY,
    processed_at INTEGER NOT NULL,
    effect TEXT NOT NULL DEFAULT ''
);

CREATE TABLE waitlist (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    queue_id INTEGER NOT NULL REFERENCES queues(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id),
    day TEXT NOT NULL,
    from_minute INTEGER NOT NULL DEFAULT 0,
    to_minute INTEGER NOT NULL DEFAULT 1440,
    status TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'offered', 'accepted', 'expired', 'cancelled')),
    offered_slot_id INTEGER REFERENCES slots(id),
    hold_until INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX waitlist_queue_day ON waitlist (queue_id, day, status, created_at);
CREATE UNIQUE INDEX waitlist_one_per_user_day ON waitlist (queue_id, user_id, day) WHERE status IN ('waiting', 'offered');

CREATE TABLE live_tickets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    queue_id INTEGER NOT NULL REFERENCES queues(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    number INTEGER NOT NULL,
    code TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('walkin', 'booking')),
    user_id INTEGER REFERENCES users(id),
    booking_id INTEGER REFERENCES bookings(id),
    status TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'called', 'served', 'no_show', 'cancelled')),
    counter INTEGER,
    created_at INTEGER NOT NULL,
    called_at INTEGER,
    finished_at INTEGER,
    UNIQUE (queue_id, day, number)
);
CREATE INDEX live_tickets_waiting ON live_tickets (queue_id, day, status);
