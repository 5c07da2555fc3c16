// Staff accounts (admins): who can use the console and with which role; adding one shows its
// token once; revoking one (after a confirmation) stops its token at once.
#pragma once

#include "models/staffmodel.h"
#include "refreshingpage.h"

class DataTable;
class MessageLine;
class QPushButton;
class TokenDialog;

class StaffPage : public RefreshingPage
{
    Q_OBJECT
public:
    explicit StaffPage(ConsoleContext &context, QWidget *parent = nullptr);

    QString title() const override { return tr("Staff"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/console/staff.svg")); }
    StaffRole minimumRole() const override { return StaffRole::Admin; }
    void sessionOpened() override;
    void changesArrived(const QList<ChangeEntry> &changes) override;
    void retranslate() override;

    StaffModel &accounts() { return m_accounts; }
    DataTable *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *revokeButton() const { return m_revoke; }
    // Opens the dialog for a new account (what Add does).
    void addAccount();
    // Revokes the selected account without asking (what confirming leads to).
    void revokeSelected();

protected:
    void refresh() override;

private:
    void askToRevoke();
    void updateButtons();

    StaffModel m_accounts;
    DataTable *m_table;
    QPushButton *m_add;
    QPushButton *m_revoke;
    MessageLine *m_message;
};
