#include "personcard.h"

#include "apipaths.h"
#include "datatable.h"
#include "fontscale.h"
#include "messageline.h"
#include "queuetext.h"
#include "userdirectory.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

PersonCard::PersonCard(ConsoleContext &context, UserDirectory &people, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_people(people)
    , m_history(context.client)
    , m_name(new QLabel(this))
    , m_form(new QFormLayout)
    , m_username(new QLabel(this))
    , m_phone(new QLabel(this))
    , m_telegram(new QLabel(this))
    , m_language(new QLabel(this))
    , m_noShows(new QLabel(this))
    , m_state(new QLabel(this))
    , m_ban(new QPushButton(this))
    , m_historyLabel(new QLabel(this))
    , m_table(new DataTable(this))
    , m_message(new MessageLine(this))
    , m_empty(new QLabel(this))
    , m_details(new QWidget(this))
{
    m_name->setObjectName(u"personName"_s);
    enlargeFont(m_name, 1.35);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *value : {m_username, m_phone, m_telegram, m_language, m_noShows, m_state})
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ban->setObjectName(u"banButton"_s);
    connect(m_ban, &QPushButton::clicked, this, &PersonCard::toggleBan);
    for (int i = 0; i < 6; ++i)
        m_form->addRow(new QLabel(this), QList<QLabel *>{m_username, m_phone, m_telegram, m_language, m_noShows, m_state}.at(i));

    m_history.setQueues([this](qint64 id) { return QueueText::nameOf(m_context, id); },
                        [this](qint64 id) { return QueueText::zoneOf(m_context, id); });
    m_table->setObjectName(u"personHistory"_s);
    m_table->setModel(&m_history);
    connect(&m_history, &PersonBookingsModel::loaded, this, [this] {
        m_table->fitColumns();
        updateTexts();
    });
    connect(&m_history, &PersonBookingsModel::failed, m_message, &MessageLine::showFailure);

    auto *top = new QHBoxLayout;
    top->addWidget(m_name, 1);
    top->addWidget(m_ban);
    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->addLayout(top);
    details->addLayout(m_form);
    details->addSpacing(8);
    details->addWidget(m_historyLabel);
    details->addWidget(m_table, 1);
    details->addWidget(m_message);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(u"color: palette(mid);"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_empty, 1);
    m_message->hide();
    showPerson(0);
    retranslate();
}

void PersonCard::showPerson(qint64 userId)
{
    m_message->showInfo({});
    m_details->setVisible(userId > 0);
    m_empty->setVisible(userId <= 0);
    if (userId <= 0) {
        m_user = {};
        m_history.load(0);
        return;
    }
    if (userId != m_user.id) {
        const std::optional<UserRecord> known = m_people.find(userId);
        m_user = known.value_or(UserRecord{});
        m_user.id = userId;
        updateTexts();
    }
    reloadPerson();
    m_history.load(userId);
}

void PersonCard::reloadPerson()
{
    const qint64 id = m_user.id;
    ApiReply *reply = m_context.client.get(ApiPaths::user(id));
    reply->onValue<UserRecord>(this, [this, id](const UserRecord &user) {
        if (id == m_user.id)
            takePerson(user);
    });
    reply->onFailure(m_message, [this](const ApiFailure &failure) { m_message->showFailure(failure); });
}

void PersonCard::takePerson(const UserRecord &user)
{
    m_user = user;
    m_people.remember(user);
    updateTexts();
}

void PersonCard::setMayBan(bool may)
{
    m_mayBan = may;
    updateTexts();
}

void PersonCard::toggleBan()
{
    if (m_user.id <= 0)
        return;
    const bool ban = !m_user.banned;
    m_ban->setEnabled(false);
    m_message->showBusy(ban ? tr("Banning…") : tr("Lifting the ban…"));
    ApiReply *reply = m_context.client.post(ApiPaths::ban(m_user.id, ban));
    reply->onValue<UserRecord>(this, [this, ban](const UserRecord &user) {
        takePerson(user);
        m_message->showDone(ban ? tr("%1 can no longer book.").arg(UserDirectory::displayName(user))
                                : tr("%1 can book again.").arg(UserDirectory::displayName(user)));
    });
    reply->onFailure(this, [this](const ApiFailure &failure) { m_message->showFailure(failure); });
    connect(reply, &ApiReply::finished, m_ban, [this] { m_ban->setEnabled(true); });
}

void PersonCard::changesArrived(const QList<ChangeEntry> &changes)
{
    if (m_user.id <= 0)
        return;
    const bool person = std::any_of(changes.cbegin(), changes.cend(), [this](const ChangeEntry &change) {
        return change.entity == u"user"_s && change.entityId == m_user.id;
    });
    if (person)
        reloadPerson();
    // A booking's owner is not in the feed; one request reads the person's list again.
    if (ChangeFollower::touches(changes, {u"booking"}) && !m_history.isLoading())
        m_history.load(m_user.id);
}

void PersonCard::retranslate()
{
    const QStringList labels{tr("Username:"), tr("Phone:"), tr("Telegram id:"), tr("Language:"), tr("No-shows:"),
                             tr("State:")};
    for (int i = 0; i < labels.size(); ++i) {
        if (auto *label = qobject_cast<QLabel *>(m_form->itemAt(i, QFormLayout::LabelRole)->widget()))
            label->setText(labels.at(i));
    }
    m_empty->setText(tr("Choose a person on the left to see their details and bookings."));
    m_history.retranslate();
    updateTexts();
}

void PersonCard::updateTexts()
{
    const UserRecord &u = m_user;
    const QString none = tr("—");
    m_name->setText(UserDirectory::displayName(u).section(u" (@"_s, 0, 0));
    m_username->setText(u.username.isEmpty() ? none : u'@' + u.username);
    m_phone->setText(u.phone.isEmpty() ? tr("not given") : u.phone);
    m_telegram->setText(u.telegramId > 0 ? QString::number(u.telegramId) : none);
    m_language->setText(u.language == u"ru"_s ? tr("Russian") : tr("English"));
    m_noShows->setText(QLocale().toString(u.noShowCount));
    if (u.banned) {
        m_state->setText(tr("Banned: cannot book"));
        m_state->setStyleSheet(u"color: #c62828; font-weight: bold;"_s);
    } else {
        m_state->setText(u.blockedBot ? tr("Blocked the bot: messages do not reach them") : tr("Can book"));
        m_state->setStyleSheet(u.blockedBot ? u"color: #e65100;"_s : QString());
    }
    m_ban->setVisible(m_mayBan && u.id > 0);
    m_ban->setText(u.banned ? tr("Lift the &ban") : tr("&Ban"));
    m_ban->setToolTip(u.banned ? tr("Let this person book again")
                               : tr("Stop this person from booking (their bookings stay)"));
    const qint64 total = m_history.total();
    m_historyLabel->setText(total > m_history.rowCount()
                                ? tr("Bookings (%1 of %2 shown):").arg(m_history.rowCount()).arg(total)
                                : tr("Bookings (%1):").arg(m_history.rowCount()));
}
