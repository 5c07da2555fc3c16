// Adding a staff account (admins): a name and a role; the server's refusal shown on the field it
// names. On success the account's token is shown once, in a TokenDialog.
#pragma once

#include "administration.h"
#include "consolecontext.h"

#include <QDialog>

class MessageLine;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

class NewStaffDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewStaffDialog(ConsoleContext &context, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QComboBox *roleField() const { return m_role; }

signals:
    // The account exists; `token` is its only copy outside the person's hands.
    void created(const StaffRecord &account, const QString &token);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void accept() override;

    ConsoleContext &m_context;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_roleLabel;
    QComboBox *m_role;
    QLabel *m_roleHelp;
    MessageLine *m_message;
    QDialogButtonBox *m_buttons;
};
