#include "newstaffdialog.h"

#include "apipaths.h"
#include "messageline.h"
#include "statustext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

NewStaffDialog::NewStaffDialog(ConsoleContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_roleLabel(new QLabel(this))
    , m_role(new QComboBox(this))
    , m_roleHelp(new QLabel(this))
    , m_message(new MessageLine(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"newStaffDialog"_s);
    m_name->setObjectName(u"staffName"_s);
    m_name->setMaxLength(64);
    // The service's rule for names: letters, digits, '.', '_', '@', '-'.
    m_name->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[\\w.@-]{1,64}"_s), m_name));
    m_nameLabel->setBuddy(m_name);
    m_role->setObjectName(u"staffRole"_s);
    for (StaffRole role : enumValues<StaffRole>())
        m_role->addItem(QString(), enumName(role));
    m_role->setCurrentIndex(int(StaffRole::Operator));
    m_roleLabel->setBuddy(m_role);
    m_roleHelp->setWordWrap(true);
    m_roleHelp->setStyleSheet(u"color: palette(mid);"_s);
    connect(m_role, qOverload<int>(&QComboBox::currentIndexChanged), this, &NewStaffDialog::retranslate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewStaffDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_name->hasAcceptableInput());
        MessageLine::markInvalid(m_name, false);
    });
    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_roleLabel, m_role);
    form->addRow(QString(), m_roleHelp);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    m_message->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    retranslate();
    resize(460, sizeHint().height());
}

void NewStaffDialog::accept()
{
    if (!m_name->hasAcceptableInput())
        return;
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    m_message->showBusy(tr("Creating the account…"));
    ApiReply *reply = m_context.client.post(ApiPaths::staff(),
                                            {{u"name"_s, m_name->text()}, {u"role"_s, m_role->currentData().toString()}});
    reply->onJson(this, [this](const QJsonDocument &json) {
        emit created(StaffRecord::fromJson(json[u"account"_s].toObject()), json[u"token"_s].toString());
        QDialog::accept();
    });
    reply->onFailure(this, [this](const ApiFailure &failure) {
        m_message->showFailure(failure);
        if (failure.field == u"name"_s || failure.kind == ApiFailure::Kind::Conflict)
            MessageLine::markInvalid(m_name, true);
        else if (failure.field == u"role"_s)
            MessageLine::markInvalid(m_role, true);
    });
    connect(reply, &ApiReply::finished, ok, [this, ok] { ok->setEnabled(m_name->hasAcceptableInput()); });
}

void NewStaffDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void NewStaffDialog::retranslate()
{
    setWindowTitle(tr("Add a staff account"));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setPlaceholderText(tr("e.g. anna.k"));
    m_name->setToolTip(tr("Up to 64 letters, digits, '.', '_', '@' or '-'"));
    m_roleLabel->setText(tr("&Role:"));
    for (StaffRole role : enumValues<StaffRole>())
        m_role->setItemText(int(role), StatusText::role(role));
    switch (StaffRole(m_role->currentIndex())) {
    case StaffRole::Viewer: m_roleHelp->setText(tr("Sees everything, changes nothing.")); break;
    case StaffRole::Operator:
        m_roleHelp->setText(tr("Runs the day: slots, bookings, the live queue, people, messages."));
        break;
    case StaffRole::Admin:
        m_roleHelp->setText(tr("Everything, also queues, weekly templates, staff accounts and the audit log."));
        break;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
}
