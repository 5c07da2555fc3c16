// Admin API input validation (http/admin/fields.h): a JSON body read member by member the way the
// controllers read it, or a query string. Byte 0 picks which; a failure must be an ApiError 400
// naming the field, never anything else.
#include "fuzzcheck.h"

#include "enums.h"
#include "http/admin/fields.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

template<typename Read>
void expectBadRequest(Read read)
{
    try {
        read();
    } catch (const ApiError &error) {
        FUZZ_CHECK(error.httpStatus() == 400);
        FUZZ_CHECK(!error.message().isEmpty());
    }
}

void readBody(const QByteArray &bytes)
{
    RequestContext request;
    request.body = bytes;
    static const QStringList allowed{u"name"_s,  u"count"_s, u"flag"_s,  u"day"_s,   u"at"_s,
                                     u"start"_s, u"end"_s,   u"days"_s,  u"rules"_s, u"status"_s};
    expectBadRequest([&] {
        const Fields::Body body(request, allowed);
        expectBadRequest([&] { body.text(u"name"_s, 1, 200); });
        expectBadRequest([&] { body.integer(u"count"_s, 1, Fields::kMaxId); });
        expectBadRequest([&] { body.boolean(u"flag"_s); });
        expectBadRequest([&] { body.day(u"day"_s); });
        expectBadRequest([&] { body.instant(u"at"_s); });
        expectBadRequest([&] { body.clock(u"start"_s, false); });
        expectBadRequest([&] { body.clock(u"end"_s, true); });
        expectBadRequest([&] { body.integers(u"days"_s, 7, 1, 7); });
        expectBadRequest([&] { body.choice<BookingStatus>(u"status"_s); });
        expectBadRequest([&] {
            const std::optional<QList<Fields::Body>> rules = body.objects(u"rules"_s, 20, allowed);
            for (const Fields::Body &rule : rules.value_or(QList<Fields::Body>())) {
                expectBadRequest([&] { rule.integer(u"count"_s, -1000, 1000); });
                expectBadRequest([&] { rule.clock(u"start"_s, false); });
                expectBadRequest([&] { rule.text(u"name"_s, 0, 10); });
            }
        });
    });
}

void readQuery(const QByteArray &bytes)
{
    RequestContext request;
    request.url = QUrl(u"http://localhost/api/v1/bookings"_s);
    request.url.setQuery(QString::fromUtf8(bytes));
    const Fields::Query query(request);
    expectBadRequest([&] { query.text(u"search"_s, 100); });
    expectBadRequest([&] { query.integer(u"n"_s, -5, 5); });
    expectBadRequest([&] { query.id(u"queue_id"_s); });
    expectBadRequest([&] { query.boolean(u"all"_s); });
    expectBadRequest([&] { query.day(u"from"_s); });
    expectBadRequest([&] { query.instant(u"since"_s); });
    expectBadRequest([&] { query.choice<SlotStatus>(u"status"_s); });
    expectBadRequest([&] { query.word(u"format"_s, {u"csv"_s, u"json"_s}); });
    expectBadRequest([&] { query.page(); });

    // The parsers alone, on text no length check has cut short.
    const QString text = QString::fromUtf8(bytes);
    expectBadRequest([&] { Fields::parseDay(u"day"_s, text); });
    expectBadRequest([&] { Fields::parseInstant(u"at"_s, text); });
    expectBadRequest([&] {
        const int minutes = Fields::parseClock(u"at"_s, text, true);
        FUZZ_CHECK(minutes >= 0 && minutes <= 1440);
    });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    if (data[0] & 1)
        readQuery(bytes);
    else
        readBody(bytes);
    return 0;
}
