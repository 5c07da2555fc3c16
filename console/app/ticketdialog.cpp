#include "ticketdialog.h"

#include "fontscale.h"
#include "models/liveboardmodel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TicketDialog::TicketDialog(const LiveTicket &ticket, const QString &queueName, const QString &issuedAt, QWidget *parent)
    : QDialog(parent)
    , m_ticket(ticket)
    , m_queueName(queueName)
    , m_issuedAt(issuedAt)
    , m_heading(new QLabel(this))
    , m_code(new QLabel(ticket.code, this))
    , m_queue(new QLabel(this))
    , m_place(new QLabel(this))
    , m_print(new QPushButton(QIcon(u":/icons/console/print.svg"_s), QString(), this))
    , m_close(new QPushButton(this))
{
    setObjectName(u"ticketDialog"_s);
    m_code->setObjectName(u"code"_s);
    enlargeFont(m_code, 4);
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setStyleSheet(u"color: #1565c0; padding: 8px 24px;"_s);
    for (QLabel *label : {m_heading, m_queue, m_place}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }
    m_place->setStyleSheet(u"color: #607d8b;"_s);
    m_close->setDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_print, &QPushButton::clicked, this, &TicketDialog::print);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_code);
    layout->addWidget(m_queue);
    layout->addWidget(m_place);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    retranslate();
}

TicketDialog::~TicketDialog()
{
    delete m_printer;
}

void TicketDialog::setPlace(int position, int etaMinutes)
{
    m_position = position;
    m_etaMinutes = etaMinutes;
    m_place->setText(placeText());
}

QString TicketDialog::placeText() const
{
    if (m_position <= 0)
        return tr("Issued at %1").arg(m_issuedAt);
    if (m_position == 1)
        return tr("Issued at %1 · next in line").arg(m_issuedAt);
    return tr("Issued at %1 · place %2 in line, about %3")
        .arg(m_issuedAt)
        .arg(m_position)
        .arg(LiveBoardModel::durationText(qint64(m_etaMinutes) * 60));
}

void TicketDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void TicketDialog::retranslate()
{
    setWindowTitle(tr("Walk-in ticket %1").arg(m_ticket.code));
    m_heading->setText(tr("Please write down the ticket number; it will be called out:"));
    m_queue->setText(m_queueName);
    m_place->setText(placeText());
    m_print->setText(tr("&Print…"));
    m_print->setToolTip(tr("Print the ticket to hand it over"));
    m_close->setText(tr("Close"));
}

void TicketDialog::print()
{
    if (!m_printer)
        m_printer = new QPrinter(QPrinter::HighResolution);
    auto *dialog = new QPrintDialog(m_printer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { paintTicket(*m_printer); });
    dialog->open(); // no nested event loop
}

void TicketDialog::paintTicket(QPrinter &printer) const
{
    QPainter painter(&printer);
    const QRectF page = printer.pageLayout().paintRectPixels(printer.resolution());
    const QRectF area(0, 0, page.width(), page.height() / 3);
    QFont font = painter.font();
    font.setPointSizeF(14);
    painter.setFont(font);
    painter.drawText(area.adjusted(0, 0, 0, -area.height() * 0.7), Qt::AlignCenter, m_queueName);
    font.setPointSizeF(48);
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(area, Qt::AlignCenter, m_ticket.code);
    font.setPointSizeF(12);
    font.setBold(false);
    painter.setFont(font);
    painter.drawText(area.adjusted(0, area.height() * 0.7, 0, 0), Qt::AlignCenter, placeText());
}
