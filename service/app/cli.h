// The queue-service command line: serve (default), migrate, backup, staff ...
#pragma once

// Runs queue-service with the given arguments and returns the process exit code:
// 0 success, 1 failure at run time, 2 wrong usage.
int runQueueService(int argc, char **argv);
