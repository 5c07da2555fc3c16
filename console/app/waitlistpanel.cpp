#include "waitlistpanel.h"

#include "apipaths.h"
#include "datatable.h"
#include "messageline.h"
#include "queuetext.h"
#include "statustext.h"
#include "userdirectory.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

WaitlistPanel::WaitlistPanel(ConsoleContext &context, UserDirectory &people, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(context.client, people)
    , m_title(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_table(new DataTable(this))
    , m_remove(new QPushButton(QIcon(u":/icons/console/cancel.svg"_s), QString(), this))
    , m_message(new MessageLine(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_status->setObjectName(u"waitlistStatus"_s);
    // Everyone first: those waiting and those offered a seat are both still in line.
    for (int i = 0; i < 3; ++i)
        m_status->addItem(QString());
    m_statusLabel->setBuddy(m_status);
    connect(m_status, qOverload<int>(&QComboBox::activated), this, &WaitlistPanel::reload);
    m_table->setObjectName(u"waitlistTable"_s);
    m_table->setModel(&m_model);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WaitlistPanel::updateButtons);
    connect(&m_model, &WaitlistModel::loaded, this, [this] {
        m_table->fitColumns();
        m_message->showInfo(m_model.total() == 0 ? tr("Nobody is on this list.") : QString());
        updateButtons();
    });
    connect(&m_model, &WaitlistModel::failed, m_message, &MessageLine::showFailure);
    m_remove->setObjectName(u"removeFromWaitlist"_s);
    m_remove->setShortcut(QKeySequence::Delete);
    connect(m_remove, &QPushButton::clicked, this, &WaitlistPanel::askToRemove);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_statusLabel);
    top->addWidget(m_status);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    retranslate();
    updateButtons();
}

void WaitlistPanel::reload()
{
    const qint64 queue = m_context.currentQueueId();
    updateTitle();
    if (queue <= 0) {
        m_model.clear();
        return;
    }
    static const std::optional<WaitlistStatus> kStatuses[] = {std::nullopt, WaitlistStatus::Waiting,
                                                              WaitlistStatus::Offered};
    m_message->showBusy(tr("Loading…"));
    m_model.show(queue, QueueText::zoneOf(m_context, queue), kStatuses[qBound(0, m_status->currentIndex(), 2)]);
}

void WaitlistPanel::setMayRemove(bool may)
{
    m_mayRemove = may;
    updateButtons();
}

void WaitlistPanel::updateButtons()
{
    m_remove->setVisible(m_mayRemove);
    const QJsonObject row = m_table->selectedRow();
    const QString status = row[u"status"_s].toString();
    m_remove->setEnabled(status == u"waiting"_s || status == u"offered"_s);
}

void WaitlistPanel::askToRemove()
{
    const QJsonObject row = m_table->selectedRow();
    if (row.isEmpty() || !m_remove->isEnabled())
        return;
    const WaitlistEntry entry = WaitlistEntry::fromJson(row);
    const QString person = m_model.data(m_model.index(m_model.rowOfId(entry.id), WaitlistModel::Person)).toString();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove from the waiting list"),
                                tr("Take %1 off the waiting list for %2? They lose their place in line.")
                                    .arg(person, m_model.data(m_model.index(m_model.rowOfId(entry.id), WaitlistModel::Day)).toString()),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"confirmRemoval"_s);
    box->button(QMessageBox::Yes)->setText(tr("Remove"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, id = entry.id] { remove(id); });
    box->open();
}

void WaitlistPanel::remove(qint64 entryId)
{
    m_remove->setEnabled(false);
    m_message->showBusy(tr("Removing…"));
    ApiReply *reply = m_context.client.remove(ApiPaths::waitlistEntry(entryId));
    reply->onJson(this, [this](const QJsonDocument &json) {
        m_model.upsert(json.object());
        m_model.refresh(); // leaves the list when it shows only those still in line
        m_message->showDone(tr("Removed from the waiting list."));
    });
    reply->onFailure(this, [this](const ApiFailure &failure) { m_message->showFailure(failure); });
    connect(reply, &ApiReply::finished, this, &WaitlistPanel::updateButtons);
}

void WaitlistPanel::retranslate()
{
    m_statusLabel->setText(tr("&Show:"));
    m_status->setItemText(0, tr("Everyone"));
    m_status->setItemText(1, StatusText::waitlist(WaitlistStatus::Waiting));
    m_status->setItemText(2, StatusText::waitlist(WaitlistStatus::Offered));
    m_status->setToolTip(tr("Which entries of the list to show"));
    m_remove->setText(tr("&Remove from the list"));
    m_remove->setToolTip(tr("Take the selected person off the waiting list (%1)")
                             .arg(m_remove->shortcut().toString(QKeySequence::NativeText)));
    m_model.retranslate();
    updateTitle();
}

void WaitlistPanel::updateTitle()
{
    const qint64 queue = m_context.currentQueueId();
    m_title->setText(queue > 0 ? tr("Waiting list of %1").arg(QueueText::nameOf(m_context, queue))
                               : tr("No queue chosen"));
}
