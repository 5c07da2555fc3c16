#include "peoplepage.h"

#include "datatable.h"
#include "messageline.h"
#include "personcard.h"
#include "reportactions.h"
#include "userdirectory.h"
#include "waitlistpanel.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PeoplePage::PeoplePage(ConsoleContext &context, UserDirectory &people, ReportActions &reports, QWidget *parent)
    : RefreshingPage(context, parent)
    , m_people(people)
    , m_reports(reports)
    , m_users(context.client)
    , m_tabs(new QTabWidget(this))
    , m_search(new QLineEdit(this))
    , m_bannedOnly(new QCheckBox(this))
    , m_table(new DataTable(this))
    , m_message(new MessageLine(this))
    , m_card(new PersonCard(context, people, this))
    , m_waitlist(new WaitlistPanel(context, people, this))
    , m_typing(new QTimer(this))
{
    setObjectName(u"peoplePage"_s);
    m_search->setObjectName(u"peopleSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(u":/icons/console/people.svg"_s), QLineEdit::LeadingPosition);
    // Searching as one types, once the typing pauses.
    m_typing->setSingleShot(true);
    m_typing->setInterval(300);
    connect(m_search, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &PeoplePage::search);
    connect(m_typing, &QTimer::timeout, this, &PeoplePage::search);
    connect(m_bannedOnly, &QCheckBox::toggled, this, &PeoplePage::search);

    m_table->setObjectName(u"peopleTable"_s);
    m_table->setModel(&m_users);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_card->showPerson(current.isValid() ? current.data(JsonTableModel::IdRole).toLongLong() : 0);
            });
    connect(&m_users, &UsersModel::loaded, this, [this] {
        for (const QJsonObject &row : m_users.rows())
            m_people.remember(UserRecord::fromJson(row));
        m_table->fitColumns();
        m_message->showInfo(m_users.total() == 0 ? tr("Nobody found.")
                                                 : tr("%n person(s) found.", nullptr, int(m_users.total())));
    });
    connect(&m_users, &UsersModel::failed, m_message, &MessageLine::showFailure);

    auto *list = new QWidget(this);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_bannedOnly);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(searchRow);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_message);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"peopleSplitter"_s);
    splitter->addWidget(list);
    splitter->addWidget(m_card);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({620, 580});
    splitter->setChildrenCollapsible(false);
    auto *peopleTab = new QWidget(this);
    auto *peopleLayout = new QVBoxLayout(peopleTab);
    peopleLayout->addWidget(splitter);
    m_tabs->addTab(peopleTab, QIcon(u":/icons/console/people.svg"_s), QString());
    m_tabs->addTab(m_waitlist, QIcon(u":/icons/console/schedule.svg"_s), QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            m_waitlist->refresh();
    });

    // The reports sit top right, where a page's own actions go.
    auto *reportsRow = new QHBoxLayout;
    reportsRow->addStretch(1);
    for (QAction *action : reports.actions()) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        reportsRow->addWidget(button);
        m_reportButtons << button;
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->addLayout(reportsRow);
    layout->addWidget(m_tabs, 1);

    connect(&context, &ConsoleContext::currentQueueChanged, m_waitlist, &WaitlistPanel::reload);
    connect(&context, &ConsoleContext::queuesLoaded, m_card, [this] { m_card->history().retranslate(); });
    retranslate();
}

void PeoplePage::sessionOpened()
{
    const bool operatorRole = context().session.can(StaffRole::Operator);
    m_card->setMayBan(operatorRole);
    m_waitlist->setMayRemove(operatorRole);
    search();
    m_waitlist->reload();
    if (m_card->userId() > 0)
        m_card->showPerson(m_card->userId());
}

void PeoplePage::search()
{
    m_typing->stop();
    m_message->showBusy(tr("Searching…"));
    m_users.search(m_search->text(), m_bannedOnly->isChecked());
}

void PeoplePage::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

void PeoplePage::changesArrived(const QList<ChangeEntry> &changes)
{
    m_card->changesArrived(changes);
    if (ChangeFollower::touches(changes, {u"user", u"waitlist", u"booking"}))
        refreshWhenVisible();
}

void PeoplePage::refresh()
{
    m_users.refresh();
    m_waitlist->refresh();
}

void PeoplePage::retranslate()
{
    m_search->setPlaceholderText(tr("Search by name, username, phone or Telegram id"));
    m_search->setToolTip(tr("Part of a name, username or phone, or a whole Telegram id"));
    m_bannedOnly->setText(tr("Banned &only"));
    m_bannedOnly->setToolTip(tr("Show only people who are banned from booking"));
    m_tabs->setTabText(0, tr("&People"));
    m_tabs->setTabText(1, tr("&Waiting list"));
    m_tabs->setTabToolTip(1, tr("Who waits for a seat in the current queue"));
    m_users.retranslate();
    m_card->retranslate();
    m_waitlist->retranslate();
    m_reports.retranslate();
}
