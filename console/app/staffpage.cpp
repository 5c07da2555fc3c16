#include "staffpage.h"

#include "apipaths.h"
#include "datatable.h"
#include "messageline.h"
#include "newstaffdialog.h"
#include "queuetext.h"
#include "tokendialog.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

StaffPage::StaffPage(ConsoleContext &context, QWidget *parent)
    : RefreshingPage(context, parent)
    , m_accounts(context.client)
    , m_table(new DataTable(this))
    , m_add(new QPushButton(QIcon(u":/icons/console/add.svg"_s), QString(), this))
    , m_revoke(new QPushButton(QIcon(u":/icons/console/cancel.svg"_s), QString(), this))
    , m_message(new MessageLine(this))
{
    setObjectName(u"staffPage"_s);
    m_table->setObjectName(u"staffTable"_s);
    m_table->setModel(&m_accounts);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StaffPage::updateButtons);
    connect(&m_accounts, &StaffModel::loaded, this, [this] {
        m_table->fitColumns();
        updateButtons();
    });
    connect(&m_accounts, &StaffModel::failed, m_message, &MessageLine::showFailure);
    m_add->setObjectName(u"addStaff"_s);
    m_add->setShortcut(QKeySequence::New);
    connect(m_add, &QPushButton::clicked, this, &StaffPage::addAccount);
    m_revoke->setObjectName(u"revokeStaff"_s);
    m_revoke->setShortcut(QKeySequence::Delete);
    connect(m_revoke, &QPushButton::clicked, this, &StaffPage::askToRevoke);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_revoke);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    context.followCurrentQueue(this, [this] { m_accounts.setTimeZone(QueueText::currentZone(this->context())); });
    retranslate();
    updateButtons();
}

void StaffPage::sessionOpened()
{
    if (context().session.can(minimumRole()))
        m_accounts.reload();
}

void StaffPage::addAccount()
{
    auto *dialog = new NewStaffDialog(context(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewStaffDialog::created, this, [this](const StaffRecord &account, const QString &token) {
        m_accounts.upsert(account.toJson());
        m_table->selectRow(m_accounts.rowOfId(account.id));
        m_message->showDone(tr("%1 was added.").arg(account.name));
        auto *shown = new TokenDialog(account.name, token, this);
        shown->setAttribute(Qt::WA_DeleteOnClose);
        shown->open();
    });
    dialog->open();
}

void StaffPage::askToRevoke()
{
    const StaffRecord account = StaffRecord::fromJson(m_table->selectedRow());
    if (account.id <= 0 || !m_revoke->isEnabled())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Revoke a staff account"),
                                tr("Revoke %1? Their token stops working at once; a console they have open is "
                                   "signed out.").arg(account.name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"confirmRevoke"_s);
    box->button(QMessageBox::Yes)->setText(tr("Revoke"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, &StaffPage::revokeSelected);
    box->open();
}

void StaffPage::revokeSelected()
{
    const StaffRecord account = StaffRecord::fromJson(m_table->selectedRow());
    if (account.id <= 0)
        return;
    m_revoke->setEnabled(false);
    m_message->showBusy(tr("Revoking…"));
    ApiReply *reply = context().client.remove(ApiPaths::staffAccount(account.id));
    reply->onJson(this, [this, account](const QJsonDocument &) {
        m_accounts.removeId(account.id);
        m_message->showDone(tr("%1 can no longer sign in.").arg(account.name));
    });
    reply->onFailure(this, [this](const ApiFailure &failure) { m_message->showFailure(failure); });
    connect(reply, &ApiReply::finished, this, &StaffPage::updateButtons);
}

void StaffPage::updateButtons()
{
    const qint64 selected = m_table->selectedId();
    // Revoking one's own account would end this session mid-sentence; another admin does that.
    const bool own = selected > 0 && selected == context().session.staff().id;
    m_revoke->setEnabled(selected > 0 && !own);
    m_revoke->setToolTip(own ? tr("This is your own account; another admin can revoke it")
                             : tr("Stop the selected account's token from working (%1)")
                                   .arg(m_revoke->shortcut().toString(QKeySequence::NativeText)));
}

void StaffPage::changesArrived(const QList<ChangeEntry> &changes)
{
    if (context().session.can(minimumRole()) && ChangeFollower::touches(changes, {u"staff"}))
        refreshWhenVisible();
}

void StaffPage::refresh()
{
    m_accounts.reload();
}

void StaffPage::retranslate()
{
    m_add->setText(tr("&Add account…"));
    m_add->setToolTip(tr("Create a staff account and its token (%1)").arg(m_add->shortcut().toString(QKeySequence::NativeText)));
    m_revoke->setText(tr("&Revoke"));
    m_accounts.retranslate();
    updateButtons();
}
