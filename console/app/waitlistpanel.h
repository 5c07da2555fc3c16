// The current queue's waiting list on the People page: who waits for which day and hours, the
// seat offered to them, and, for operators, taking someone off the list (after a confirmation:
// they lose their place).
#pragma once

#include "consolecontext.h"
#include "models/waitlistmodel.h"

#include <QWidget>

class DataTable;
class MessageLine;
class QComboBox;
class QLabel;
class QPushButton;
class UserDirectory;

class WaitlistPanel : public QWidget
{
    Q_OBJECT
public:
    WaitlistPanel(ConsoleContext &context, UserDirectory &people, QWidget *parent = nullptr);

    // Reads the current queue's list (with the chosen status).
    void reload();
    void refresh() { m_model.refresh(); }
    void setMayRemove(bool may);
    void retranslate();

    WaitlistModel &model() { return m_model; }
    DataTable *table() const { return m_table; }
    QPushButton *removeButton() const { return m_remove; }

private:
    void askToRemove();
    void remove(qint64 entryId);
    void updateButtons();
    void updateTitle();

    ConsoleContext &m_context;
    WaitlistModel m_model;
    bool m_mayRemove = false;
    QLabel *m_title;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    DataTable *m_table;
    QPushButton *m_remove;
    MessageLine *m_message;
};
