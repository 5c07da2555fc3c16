// The people registered through the bot, searched by name, username, phone or Telegram id
// (GET /users?q&banned), a page at a time.
#pragma once

#include "models/pagedmodel.h"

class UsersModel : public PagedModel
{
    Q_OBJECT
public:
    enum Column { Name, Username, Phone, TelegramId, NoShows, State };

    explicit UsersModel(ApiClient &client, QObject *parent = nullptr);

    // Empty text: everyone.
    void search(const QString &text, bool bannedOnly);
};
