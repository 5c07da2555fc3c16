-- Queue Bot schema, version 3: what the bot is waiting for from a person between two messages
-- (e.g. their phone number through the contact button), so a restart does not forget it.
-- Everything else in a dialogue travels in the buttons' callback data.

CREATE TABLE dialogue_state (
    user_id BIGINT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    state TEXT NOT NULL,
    data TEXT NOT NULL DEFAULT '{}',
    updated_at BIGINT NOT NULL
);
