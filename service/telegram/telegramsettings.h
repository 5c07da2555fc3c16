// How the bot talks to Telegram: timeouts, back-off, flood control and the outbox's sending limits.
// Every figure has an environment variable (see ServiceConfig::load and the README).
#pragma once

struct TelegramSettings
{
    int pollTimeoutSecs = 25;        // TELEGRAM_POLL_TIMEOUT_SECONDS: getUpdates long-poll timeout
    int requestTimeoutMs = 15000;    // TELEGRAM_REQUEST_TIMEOUT_MS: any other Bot API call
    int retryBaseMs = 1000;          // TELEGRAM_RETRY_BASE_MS: first wait after a failed poll or probe
    int retryMaxMs = 60000;          // TELEGRAM_RETRY_MAX_MS: the longest such wait (outbox probes: 3.5 s)
    int webhookMaxConnections = 40;  // WEBHOOK_MAX_CONNECTIONS: setWebhook max_connections
    int floodRate = 2;               // TELEGRAM_FLOOD_RATE: updates per second one user is served at
    int floodBurst = 10;             // TELEGRAM_FLOOD_BURST: updates a user may send at once
    int floodQueue = 30;             // TELEGRAM_FLOOD_QUEUE: a user's updates kept waiting; more are dropped
    int outboxGlobalRate = 30;       // OUTBOX_GLOBAL_RATE: messages per second, all chats together
    int outboxPerChatIntervalMs = 1000; // OUTBOX_PER_CHAT_INTERVAL_MS: least gap between two messages to a chat
    int outboxMaxAttempts = 8;       // OUTBOX_MAX_ATTEMPTS: failed deliveries before a message is dead
    int outboxPollIntervalMs = 1000; // OUTBOX_POLL_INTERVAL_MS: how often the outbox is checked for due rows
    int outboxRetryBaseMs = 5000;    // OUTBOX_RETRY_BASE_MS: first back-off of a message after an error
    int outboxRetryMaxMs = 600000;   // OUTBOX_RETRY_MAX_MS: the longest back-off of a message
    int shutdownTimeoutMs = 5000;    // TELEGRAM_SHUTDOWN_TIMEOUT_MS: longest wait for in-flight calls on stop
};
