#include "usersmodel.h"

#include "apipaths.h"
#include "dto.h"
#include "models/tone.h"
#include "userdirectory.h"

using namespace Qt::StringLiterals;

namespace {

QVariant display(int role, const QVariant &value)
{
    return role == Qt::DisplayRole ? value : QVariant();
}

} // namespace

UsersModel::UsersModel(ApiClient &client, QObject *parent)
    : PagedModel(client, ApiPaths::users(), parent)
{
    setColumns({
        {[] { return tr("Name"); },
         [](const QJsonObject &row, int role) -> QVariant {
             const UserRecord user = UserRecord::fromJson(row);
             if (role == Qt::DisplayRole)
                 return UserDirectory::fullName(user);
             if (role == Tone::Role && user.banned)
                 return Tone::Bad;
             return {};
         }},
        {[] { return tr("Username"); },
         [](const QJsonObject &row, int role) -> QVariant {
             const QString name = row[u"username"_s].toString();
             return display(role, name.isEmpty() ? QString() : u'@' + name);
         }},
        {[] { return tr("Phone"); },
         [](const QJsonObject &row, int role) { return display(role, row[u"phone"_s].toString()); }},
        {[] { return tr("Telegram id"); },
         [](const QJsonObject &row, int role) { return display(role, row[u"telegram_id"_s].toInteger()); }},
        {[] { return tr("No-shows"); },
         [](const QJsonObject &row, int role) -> QVariant {
             if (role == Qt::TextAlignmentRole)
                 return int(Qt::AlignRight | Qt::AlignVCenter);
             return display(role, row[u"no_show_count"_s].toInt());
         }},
        {[] { return tr("State"); },
         [](const QJsonObject &row, int role) -> QVariant {
             const UserRecord user = UserRecord::fromJson(row);
             if (role == Tone::Role && user.banned)
                 return Tone::Bad;
             if (role != Qt::DisplayRole)
                 return {};
             if (user.banned)
                 return tr("Banned");
             return user.blockedBot ? tr("Blocked the bot") : QString();
         }},
    });
}

void UsersModel::search(const QString &text, bool bannedOnly)
{
    QUrlQuery query;
    if (!text.trimmed().isEmpty())
        query.addQueryItem(u"q"_s, text.trimmed());
    if (bannedOnly)
        query.addQueryItem(u"banned"_s, u"true"_s);
    setQuery(query);
    reload();
}
