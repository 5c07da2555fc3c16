// Logging categories the fuzzed sources use but define elsewhere: http/router.cpp logs to
// lcHttp, which http/apiserver.cpp defines, and fuzz_units leaves the server out.
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHttp, "queue.http")
