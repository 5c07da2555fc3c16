#include "exportdialog.h"

#include "apipaths.h"
#include "csvtable.h"
#include "localtime.h"
#include "messageline.h"
#include "queuetext.h"
#include "savedialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ExportDialog::ExportDialog(ConsoleContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_fromLabel(new QLabel(this))
    , m_from(new QDateEdit(this))
    , m_toLabel(new QLabel(this))
    , m_to(new QDateEdit(this))
    , m_currentOnly(new QCheckBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_save(new QPushButton(QIcon(u":/icons/console/export.svg"_s), QString(), this))
    , m_message(new MessageLine(this))
{
    setObjectName(u"exportDialog"_s);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setObjectName(u"exportFrom"_s);
    m_to->setObjectName(u"exportTo"_s);
    const QDate today = LocalTime::today(QueueText::currentZone(context));
    setRange(today.addDays(-today.day() + 1), today);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_currentOnly->setChecked(context.currentQueueId() > 0);
    m_currentOnly->setEnabled(context.currentQueueId() > 0);
    m_save->setObjectName(u"exportSave"_s);
    m_save->setDefault(true);
    m_buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(m_save, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(m_fromLabel, m_from);
    form->addRow(m_toLabel, m_to);
    form->addRow(QString(), m_currentOnly);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    m_message->hide();
    retranslate();
    resize(sizeHint().expandedTo(QSize(420, 0)));
}

void ExportDialog::setRange(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void ExportDialog::chooseFile()
{
    if (m_to->date() < m_from->date()) {
        m_message->showProblem(tr("The last day is before the first."));
        MessageLine::markInvalid(m_to, true);
        return;
    }
    const QString name = u"bookings_%1_%2.csv"_s.arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate));
    QFileDialog *files = openSaveDialog(this, tr("Save bookings as"), name, tr("CSV files (*.csv)"), u"csv"_s);
    connect(files, &QFileDialog::fileSelected, this, &ExportDialog::exportTo);
}

void ExportDialog::exportTo(const QString &path)
{
    QUrlQuery query;
    query.addQueryItem(u"from"_s, m_from->date().toString(Qt::ISODate));
    query.addQueryItem(u"to"_s, m_to->date().toString(Qt::ISODate));
    if (m_currentOnly->isChecked() && m_context.currentQueueId() > 0)
        query.addQueryItem(u"queue_id"_s, QString::number(m_context.currentQueueId()));
    m_save->setEnabled(false);
    MessageLine::markInvalid(m_from, false);
    MessageLine::markInvalid(m_to, false);
    m_message->showBusy(tr("Exporting…"));
    ApiReply *reply = m_context.client.get(ApiPaths::exportBookings(), query);
    connect(reply, &ApiReply::succeeded, this, [this, path](const QJsonDocument &, const QByteArray &body) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size() || !file.commit()) {
            m_message->showProblem(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
            return;
        }
        const int bookings = int(CsvTable::parse(body).rowCount());
        m_message->showDone(tr("Saved %n booking(s) to %1.", nullptr, bookings).arg(QDir::toNativeSeparators(path)));
        emit exported(path, bookings);
    });
    reply->onFailure(this, [this](const ApiFailure &failure) {
        m_message->showFailure(failure);
        if (failure.field == u"from"_s || failure.field == u"to"_s)
            MessageLine::markInvalid(failure.field == u"from"_s ? m_from : m_to, true);
    });
    connect(reply, &ApiReply::finished, m_save, [this] { m_save->setEnabled(true); });
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ExportDialog::retranslate()
{
    setWindowTitle(tr("Export bookings"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_currentOnly->setText(m_context.currentQueueId() > 0
                               ? tr("Only %1").arg(QueueText::nameOf(m_context, m_context.currentQueueId()))
                               : tr("Only the current queue"));
    m_currentOnly->setToolTip(tr("Leave unticked to export every queue"));
    m_save->setText(tr("&Save as CSV…"));
    m_save->setToolTip(tr("Choose a file and export the bookings of these days into it"));
}
