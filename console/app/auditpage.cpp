#include "auditpage.h"

#include "datatable.h"
#include "localtime.h"
#include "messageline.h"
#include "queuetext.h"
#include "statustext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QStringList kEntities{QString(),   u"booking"_s, u"slot"_s,     u"queue"_s, u"user"_s,
                            u"waitlist"_s, u"ticket"_s,  u"outbox"_s, u"staff"_s};

} // namespace

AuditPage::AuditPage(ConsoleContext &context, UserDirectory &people, QWidget *parent)
    : RefreshingPage(context, parent)
    , m_log(context.client, people)
    , m_staff(context.client)
    , m_entityLabel(new QLabel(this))
    , m_entity(new QComboBox(this))
    , m_actionLabel(new QLabel(this))
    , m_action(new QLineEdit(this))
    , m_actorLabel(new QLabel(this))
    , m_actorType(new QComboBox(this))
    , m_actorId(new QSpinBox(this))
    , m_dates(new QCheckBox(this))
    , m_from(new QDateEdit(this))
    , m_toLabel(new QLabel(this))
    , m_to(new QDateEdit(this))
    , m_apply(new QPushButton(this))
    , m_reset(new QPushButton(this))
    , m_table(new DataTable(this))
    , m_message(new MessageLine(this))
{
    setObjectName(u"auditPage"_s);
    m_entity->setObjectName(u"auditEntity"_s);
    for (qsizetype i = 0; i < kEntities.size(); ++i)
        m_entity->addItem(QString(), kEntities.at(i));
    m_entityLabel->setBuddy(m_entity);
    m_action->setObjectName(u"auditAction"_s);
    m_action->setClearButtonEnabled(true);
    m_action->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[a-z_]*(\\.[a-z_]*)?"_s), m_action));
    m_actionLabel->setBuddy(m_action);
    for (int i = 0; i < 4; ++i)
        m_actorType->addItem(QString());
    m_actorLabel->setBuddy(m_actorType);
    m_actorId->setRange(0, 999999999);
    m_actorId->setSpecialValueText(u" "_s); // 0: anyone of that kind
    connect(m_actorType, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this](int index) { m_actorId->setEnabled(index > 1); });
    m_actorId->setEnabled(false);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        connect(m_dates, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    }
    m_toLabel->setBuddy(m_to);
    m_apply->setObjectName(u"auditApply"_s);
    m_apply->setDefault(true);
    connect(m_apply, &QPushButton::clicked, this, &AuditPage::apply);
    connect(m_action, &QLineEdit::returnPressed, this, &AuditPage::apply);
    connect(m_reset, &QPushButton::clicked, this, &AuditPage::resetFilter);

    m_table->setObjectName(u"auditTable"_s);
    m_table->setModel(&m_log);
    connect(&m_log, &AuditModel::loaded, this, [this] {
        m_table->fitColumns();
        const int total = int(m_log.total());
        if (total == 0)
            m_message->showInfo(tr("Nothing matches."));
        else if (m_log.rowCount() < total)
            m_message->showInfo(tr("%1 of %n change(s) shown; scroll down for more.", nullptr, total).arg(m_log.rowCount()));
        else
            m_message->showInfo(tr("%n change(s).", nullptr, total));
    });
    connect(&m_log, &AuditModel::failed, this, [this](const ApiFailure &failure) {
        m_message->showFailure(failure);
        if (failure.field == u"action"_s)
            MessageLine::markInvalid(m_action, true);
        else if (failure.field == u"from"_s || failure.field == u"to"_s)
            MessageLine::markInvalid(failure.field == u"from"_s ? m_from : m_to, true);
    });
    connect(&m_staff, &StaffModel::loaded, this, [this] { m_log.setStaffNames(m_staff.names()); });

    auto *filters = new QGridLayout;
    filters->addWidget(m_entityLabel, 0, 0);
    filters->addWidget(m_entity, 0, 1);
    filters->addWidget(m_actionLabel, 0, 2);
    filters->addWidget(m_action, 0, 3);
    filters->addWidget(m_actorLabel, 0, 4);
    auto *actor = new QHBoxLayout;
    actor->addWidget(m_actorType);
    actor->addWidget(m_actorId);
    filters->addLayout(actor, 0, 5);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_dates);
    dates->addWidget(m_from);
    dates->addWidget(m_toLabel);
    dates->addWidget(m_to);
    dates->addStretch(1);
    filters->addLayout(dates, 1, 0, 1, 4);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_apply);
    filters->addLayout(buttons, 1, 4, 1, 2);
    filters->setColumnStretch(3, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);

    context.followCurrentQueue(this, [this] { m_log.setTimeZone(QueueText::currentZone(this->context())); });
    resetFilter();
    retranslate();
}

AuditModel::Filter AuditPage::filter()
{
    AuditModel::Filter filter;
    filter.entity = m_entity->currentData().toString();
    filter.action = m_action->text().trimmed();
    static const std::optional<ActorType> kTypes[] = {std::nullopt, ActorType::System, ActorType::Staff,
                                                      ActorType::User};
    filter.actorType = kTypes[qBound(0, m_actorType->currentIndex(), 3)];
    filter.actorId = m_actorId->isEnabled() ? m_actorId->value() : 0;
    if (m_dates->isChecked()) {
        const QTimeZone zone = QueueText::currentZone(context());
        filter.from = QDateTime(m_from->date(), QTime(0, 0), zone).toUTC();
        filter.to = QDateTime(m_to->date().addDays(1), QTime(0, 0), zone).toUTC(); // the last day included
    }
    return filter;
}

void AuditPage::apply()
{
    for (QWidget *field : std::initializer_list<QWidget *>{m_action, m_from, m_to})
        MessageLine::markInvalid(field, false);
    if (m_dates->isChecked() && m_to->date() < m_from->date()) {
        m_message->showProblem(tr("The last day is before the first."));
        MessageLine::markInvalid(m_to, true);
        return;
    }
    m_message->showBusy(tr("Loading…"));
    m_log.show(filter());
}

void AuditPage::resetFilter()
{
    m_entity->setCurrentIndex(0);
    m_action->clear();
    m_actorType->setCurrentIndex(0);
    m_actorId->setValue(0);
    m_dates->setChecked(false);
    const QDate today = LocalTime::today(QueueText::currentZone(context()));
    m_from->setDate(today.addDays(-7));
    m_to->setDate(today);
    if (context().session.isOpen())
        apply();
}

void AuditPage::sessionOpened()
{
    if (!context().session.can(minimumRole()))
        return;
    m_staff.reload();
    apply();
}

void AuditPage::changesArrived(const QList<ChangeEntry> &changes)
{
    if (!context().session.can(minimumRole()) || changes.isEmpty())
        return;
    if (ChangeFollower::touches(changes, {u"staff"}))
        m_staff.reload();
    // Every change is an entry of the log: the newest appear on top.
    refreshWhenVisible();
}

void AuditPage::refresh()
{
    m_log.refresh();
}

void AuditPage::retranslate()
{
    m_entityLabel->setText(tr("&What:"));
    for (int i = 0; i < m_entity->count(); ++i)
        m_entity->setItemText(i, i == 0 ? tr("Anything") : StatusText::entity(kEntities.at(i)));
    m_entity->setToolTip(tr("Only changes to this kind of thing"));
    m_actionLabel->setText(tr("&Action:"));
    m_action->setPlaceholderText(tr("e.g. booking.cancel"));
    m_action->setToolTip(tr("Only this action, written as thing.verb"));
    m_actorLabel->setText(tr("&Who:"));
    m_actorType->setItemText(0, tr("Anyone"));
    m_actorType->setItemText(1, StatusText::actorType(ActorType::System));
    m_actorType->setItemText(2, StatusText::actorType(ActorType::Staff));
    m_actorType->setItemText(3, StatusText::actorType(ActorType::User));
    m_actorId->setPrefix(u"#"_s);
    m_actorId->setToolTip(tr("The staff account's or person's id; empty: any"));
    m_dates->setText(tr("&Days from"));
    m_dates->setToolTip(tr("Only changes made on these days (in the current queue's time zone)"));
    m_toLabel->setText(tr("t&o"));
    for (QDateEdit *edit : {m_from, m_to})
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_apply->setText(tr("&Filter"));
    m_apply->setToolTip(tr("Show the entries that match"));
    m_reset->setText(tr("&Clear"));
    m_reset->setToolTip(tr("Show every entry again"));
    m_log.retranslate();
}
