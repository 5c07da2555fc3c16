#include "webhookroute.h"

#include "http/apierror.h"
#include "telegram/updateprocessor.h"

using namespace Qt::StringLiterals;

bool secretsEqual(const QByteArray &given, const QByteArray &expected)
{
    unsigned char difference = given.size() == expected.size() ? 0 : 1;
    const qsizetype n = expected.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char a = i < given.size() ? given.at(i) : '\0';
        difference |= static_cast<unsigned char>(a ^ expected.at(i));
    }
    return difference == 0 && !expected.isEmpty();
}

void addWebhookRoute(Router &router, const QByteArray &secret, UpdateProcessor &processor)
{
    router.add(QHttpServerRequest::Method::Post, u"/webhook"_s, Access::Public,
               [secret, &processor](RequestContext &ctx) {
                   if (!secretsEqual(ctx.header("X-Telegram-Bot-Api-Secret-Token"), secret))
                       throw ApiError(ApiError::Kind::Unauthorized, u"unauthorized"_s,
                                      u"missing or wrong X-Telegram-Bot-Api-Secret-Token"_s);
                   const std::optional<TgUpdate> update = TgUpdate::fromJson(ctx.jsonBody());
                   if (!update)
                       throw ApiError(ApiError::Kind::BadRequest, u"not_an_update"_s,
                                      u"the body is not a Telegram Update (no update_id)"_s);
                   auto promise = std::make_shared<DeferredReply>();
                   processor.submit({*update}, true, [promise](const QList<UpdateProcessor::Answer> &answers) {
                       const UpdateProcessor::Answer &answer = answers.first();
                       if (answer.outcome == UpdateProcessor::Outcome::Failed)
                           promise->complete(errorReply(ApiError(ApiError::Kind::Unavailable, u"try_again"_s,
                                                                 u"the update could not be recorded; send it again"_s)));
                       else
                           promise->complete(HttpReply::json(answer.inResponse));
                   });
                   return HttpReply::later(promise);
               });
}
