#include "countercard.h"

#include "fontscale.h"

#include <QGridLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CounterCard::CounterCard(int counter, QWidget *parent)
    : QFrame(parent)
    , m_counter(counter)
    , m_title(new QLabel(this))
    , m_code(new QLabel(this))
    , m_person(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_transfer(new QToolButton(this))
    , m_transferMenu(new QMenu(this))
    , m_callHere(new QPushButton(this))
    , m_buttons(new QWidget(this))
{
    setObjectName(u"counterCard%1"_s.arg(counter));
    m_title->setObjectName(u"title"_s);
    QFont title = m_title->font();
    title.setBold(true);
    m_title->setFont(title);
    enlargeFont(m_code, 2.2);
    m_code->setObjectName(u"code"_s);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_person->setWordWrap(true);
    m_detail->setStyleSheet(u"color: #607d8b;"_s);
    m_detail->setWordWrap(true);

    m_served = addButton(u"served"_s, LiveBoardModel::Action::Served);
    m_recall = addButton(u"callnext"_s, LiveBoardModel::Action::Recall);
    m_noShow = addButton(u"cancel"_s, LiveBoardModel::Action::NoShow);
    m_return = addButton(u"return"_s, LiveBoardModel::Action::Return);
    m_served->setObjectName(u"served"_s);
    m_recall->setObjectName(u"recall"_s);
    m_noShow->setObjectName(u"noShow"_s);
    m_return->setObjectName(u"return"_s);
    m_transfer->setObjectName(u"transfer"_s);
    m_transfer->setIcon(QIcon(u":/icons/console/transfer.svg"_s));
    m_transfer->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_transfer->setPopupMode(QToolButton::InstantPopup);
    m_transfer->setMenu(m_transferMenu);
    m_transfer->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_callHere->setObjectName(u"callHere"_s);
    m_callHere->setIcon(QIcon(u":/icons/console/callnext.svg"_s));
    connect(m_callHere, &QPushButton::clicked, this, [this] { emit callNextRequested(m_counter); });

    auto *buttons = new QGridLayout(m_buttons);
    buttons->setContentsMargins(0, 4, 0, 0);
    buttons->setSpacing(4);
    buttons->addWidget(m_served, 0, 0);
    buttons->addWidget(m_recall, 0, 1);
    buttons->addWidget(m_transfer, 0, 2);
    buttons->addWidget(m_noShow, 1, 0);
    buttons->addWidget(m_return, 1, 1, 1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 10);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_code);
    layout->addWidget(m_person);
    layout->addWidget(m_detail);
    layout->addWidget(m_buttons);
    layout->addWidget(m_callHere, 0, Qt::AlignLeft);
    retranslate();
    updateState();
}

QPushButton *CounterCard::addButton(const QString &icon, LiveBoardModel::Action action)
{
    auto *button = new QPushButton(QIcon(u":/icons/console/%1.svg"_s.arg(icon)), QString(), m_buttons);
    connect(button, &QPushButton::clicked, this, [this, action] { emit actionRequested(m_counter, action); });
    return button;
}

void CounterCard::setTicket(const std::optional<LiveTicket> &ticket, const QString &person, const QString &detail)
{
    m_ticket = ticket;
    m_person->setText(person);
    m_detail->setText(detail);
    updateState();
}

void CounterCard::setCounterCount(int count)
{
    if (count == m_counterCount && !m_transferMenu->isEmpty())
        return;
    m_counterCount = count;
    retranslate();
}

void CounterCard::setMine(bool mine)
{
    m_mine = mine;
    retranslate();
}

void CounterCard::setOperable(bool operable)
{
    m_operable = operable;
    updateState();
}

void CounterCard::setBusy(bool busy)
{
    m_busy = busy;
    updateState();
}

void CounterCard::retranslate()
{
    m_title->setText(m_mine ? tr("Counter %1 · my counter").arg(m_counter) : tr("Counter %1").arg(m_counter));
    m_served->setText(tr("Served"));
    m_served->setToolTip(tr("The person has been served; the counter is free again"));
    m_recall->setText(tr("Call again"));
    m_recall->setToolTip(tr("Call the person at this counter once more"));
    m_noShow->setText(tr("No-show"));
    m_noShow->setToolTip(tr("The person did not come; a booking counts as missed"));
    m_return->setText(tr("Back to line"));
    m_return->setToolTip(tr("The person stepped out: put them back into the line, behind those waiting"));
    m_transfer->setText(tr("Transfer"));
    m_transfer->setToolTip(tr("Send the person to another counter"));
    m_callHere->setText(tr("Call next here"));
    m_callHere->setToolTip(tr("Call the next person in line to counter %1").arg(m_counter));
    m_transferMenu->clear();
    for (int other = 1; other <= m_counterCount; ++other) {
        if (other == m_counter)
            continue;
        QAction *action = m_transferMenu->addAction(tr("To counter %1").arg(other));
        connect(action, &QAction::triggered, this, [this, other] { emit transferRequested(m_counter, other); });
    }
    updateState();
}

void CounterCard::updateState()
{
    const bool occupied = m_ticket.has_value();
    if (occupied) {
        m_code->setText(m_ticket->code);
        m_code->setStyleSheet(u"color: #1565c0;"_s);
    } else {
        m_code->setText(tr("Free"));
        m_code->setStyleSheet(u"color: #90a4ae;"_s);
    }
    m_person->setVisible(occupied);
    m_detail->setVisible(occupied && !m_detail->text().isEmpty());
    m_buttons->setVisible(occupied && m_operable);
    m_callHere->setVisible(!occupied && m_operable);
    m_transfer->setEnabled(m_counterCount > 1);
    for (QWidget *button : {static_cast<QWidget *>(m_served), static_cast<QWidget *>(m_recall),
                            static_cast<QWidget *>(m_noShow), static_cast<QWidget *>(m_return),
                            static_cast<QWidget *>(m_callHere)})
        button->setEnabled(!m_busy);
    if (m_busy)
        m_transfer->setEnabled(false);
    const QString frame = u"#%1 { background: palette(base); border: %2px solid %3; border-radius: 6px; }"_s.arg(
        objectName(), m_mine ? u"2"_s : u"1"_s, m_mine ? u"#1e88e5"_s : u"#cfd8dc"_s);
    if (styleSheet() != frame) // a new style sheet polishes the whole card again
        setStyleSheet(frame);
}
