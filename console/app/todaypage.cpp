#include "todaypage.h"

#include "apipaths.h"
#include "countercard.h"
#include "figuretile.h"
#include "fontscale.h"
#include "localtime.h"
#include "queuetext.h"
#include "ticketdialog.h"
#include "tonedelegate.h"
#include "userdirectory.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int kNoteMs = 8000;
constexpr int kProblemNoteMs = 15000;
// How often the page looks whether the queue's day has turned (a console left open overnight).
constexpr int kDayCheckMs = 60 * 1000;

QTableView *makeTable(QAbstractItemModel *model, int stretchColumn, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setItemDelegate(new ToneDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 14);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

int selectedRow(const QTableView *view)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

} // namespace

TodayPage::TodayPage(ConsoleContext &context, UserDirectory &people, QWidget *parent)
    : ConsolePage(context, parent)
    , m_board(context.client, people)
    , m_bookings(context.client, people)
    , m_heading(new QLabel(this))
    , m_note(new QLabel(this))
    , m_booked(new FigureTile(this))
    , m_free(new FigureTile(this))
    , m_waitingFigure(new FigureTile(this))
    , m_averageWait(new FigureTile(this))
    , m_served(new FigureTile(this))
    , m_noShows(new FigureTile(this))
    , m_counterLabel(new QLabel(this))
    , m_counterChoice(new QComboBox(this))
    , m_callNextButton(new QPushButton(this))
    , m_issueButton(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_waitingStack(new QStackedWidget(this))
    , m_waitingView(makeTable(&m_board, LiveBoardModel::PersonColumn, this))
    , m_waitingEmpty(new QLabel(this))
    , m_bookingsView(makeTable(&m_bookings, DayBookingsModel::StatusColumn, this))
    , m_checkInButton(new QPushButton(this))
    , m_countersTitle(new QLabel(this))
    , m_countersLayout(nullptr)
    , m_callNextAction(new QAction(this))
    , m_issueAction(new QAction(this))
    , m_recallAction(new QAction(this))
    , m_noShowAction(new QAction(this))
    , m_checkInAction(new QAction(this))
{
    setObjectName(u"todayPage"_s);
    buildLayout();
    buildActions();

    connect(&m_board, &LiveBoardModel::loaded, this, &TodayPage::boardLoaded);
    connect(&m_board, &LiveBoardModel::failed, this, [this](const ApiFailure &failure) {
        if (!m_board.hasLoaded())
            m_waitingEmpty->setText(tr("The line could not be loaded: %1").arg(failure.describe()));
    });
    connect(&m_bookings, &DayBookingsModel::loaded, this, [this] {
        m_tabs->setTabText(1, tr("Today's bookings (%1)").arg(m_bookings.rowCount()));
        updateActions();
    });
    connect(&people, &UserDirectory::changed, this, [this] {
        for (CounterCard *card : std::as_const(m_cards))
            showCounter(card);
    });
    connect(m_waitingView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TodayPage::updateActions);
    connect(m_bookingsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TodayPage::updateActions);
    connect(&m_bookings, &QAbstractItemModel::dataChanged, this, &TodayPage::updateActions);
    context.followCurrentQueue(this, &TodayPage::queueChanged);
    // The role decides what can be pressed; it is known once signed in.
    for (auto signal : {&Session::opened, &Session::closed}) {
        connect(&context.session, signal, this, [this] {
            syncCounters();
            updateActions();
        });
    }

    m_noteTimer.setSingleShot(true);
    connect(&m_noteTimer, &QTimer::timeout, m_note, &QWidget::hide);
    auto *dayCheck = new QTimer(this);
    dayCheck->setInterval(kDayCheckMs);
    connect(dayCheck, &QTimer::timeout, this, [this] {
        if (m_board.queue().id > 0 && LocalTime::today(m_board.queue()) != m_day)
            m_board.reload(); // its day moves the bookings and figures along
    });
    dayCheck->start();

    retranslate();
    queueChanged();
}

void TodayPage::buildLayout()
{
    enlargeFont(m_heading, 1.3, false);
    m_heading->setTextFormat(Qt::RichText);

    m_note->setObjectName(u"note"_s);
    m_note->setWordWrap(true);
    m_note->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_note->hide();

    auto *figures = new QHBoxLayout;
    figures->setSpacing(8);
    for (FigureTile *tile : {m_booked, m_free, m_waitingFigure, m_averageWait, m_served, m_noShows})
        figures->addWidget(tile, 1);
    m_booked->setObjectName(u"figureBooked"_s);
    m_free->setObjectName(u"figureFree"_s);
    m_waitingFigure->setObjectName(u"figureWaiting"_s);
    m_averageWait->setObjectName(u"figureAverageWait"_s);
    m_served->setObjectName(u"figureServed"_s);
    m_noShows->setObjectName(u"figureNoShows"_s);

    m_counterChoice->setObjectName(u"myCounter"_s);
    m_counterLabel->setBuddy(m_counterChoice);
    connect(m_counterChoice, qOverload<int>(&QComboBox::activated), this, [this](int index) { setMyCounter(index + 1); });
    m_callNextButton->setObjectName(u"callNext"_s);
    m_callNextButton->setIcon(QIcon(u":/icons/console/callnext-light.svg"_s));
    m_callNextButton->setIconSize(QSize(24, 24));
    m_callNextButton->setMinimumHeight(44);
    m_callNextButton->setMinimumWidth(200);
    enlargeFont(m_callNextButton, 1.25);
    m_callNextButton->setStyleSheet(
        u"QPushButton { background: #1e88e5; color: white; border: none; border-radius: 6px; padding: 0 22px; }"
        "QPushButton:hover { background: #1976d2; }"
        "QPushButton:pressed { background: #1565c0; }"
        "QPushButton:focus { border: 2px solid #0d47a1; }"
        "QPushButton:disabled { background: #b0bec5; color: #eceff1; }"_s);
    m_issueButton->setObjectName(u"issueTicket"_s);
    m_issueButton->setIcon(QIcon(u":/icons/console/ticket.svg"_s));
    m_issueButton->setIconSize(QSize(20, 20));
    m_issueButton->setMinimumHeight(44);
    m_issueButton->setStyleSheet(u"QPushButton { padding: 0 16px; }"_s);
    auto *actionsRow = new QHBoxLayout;
    actionsRow->setSpacing(8);
    actionsRow->addWidget(m_counterLabel);
    actionsRow->addWidget(m_counterChoice);
    actionsRow->addSpacing(4);
    actionsRow->addWidget(m_callNextButton);
    actionsRow->addWidget(m_issueButton);
    actionsRow->addSpacing(8);
    // Beside the buttons, where the eye is after pressing one, and without pushing the tables down.
    actionsRow->addWidget(m_note, 1);
    actionsRow->addStretch(0);

    m_waitingView->setObjectName(u"waitingView"_s);
    m_waitingEmpty->setObjectName(u"waitingEmpty"_s);
    m_waitingEmpty->setAlignment(Qt::AlignCenter);
    m_waitingEmpty->setWordWrap(true);
    m_waitingEmpty->setStyleSheet(u"color: #78909c; background: palette(base);"_s);
    enlargeFont(m_waitingEmpty, 1.2, false);
    m_waitingStack->addWidget(m_waitingView);
    m_waitingStack->addWidget(m_waitingEmpty);
    m_waitingStack->setCurrentWidget(m_waitingEmpty);

    m_bookingsView->setObjectName(u"bookingsView"_s);
    m_checkInButton->setObjectName(u"checkIn"_s);
    m_checkInButton->setIcon(QIcon(u":/icons/console/checkin.svg"_s));
    auto *bookingsTab = new QWidget(this);
    auto *bookingsLayout = new QVBoxLayout(bookingsTab);
    bookingsLayout->setContentsMargins(0, 0, 0, 0);
    bookingsLayout->setSpacing(6);
    bookingsLayout->addWidget(m_bookingsView, 1);
    auto *checkInRow = new QHBoxLayout;
    checkInRow->setContentsMargins(6, 0, 6, 6);
    checkInRow->addWidget(m_checkInButton);
    checkInRow->addStretch(1);
    bookingsLayout->addLayout(checkInRow);

    m_tabs->setObjectName(u"todayTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_waitingStack, QIcon(u":/icons/console/today.svg"_s), QString());
    m_tabs->addTab(bookingsTab, QIcon(u":/icons/console/checkin.svg"_s), QString());

    QFont bold = m_countersTitle->font();
    bold.setBold(true);
    m_countersTitle->setFont(bold);
    auto *cards = new QWidget(this);
    m_countersLayout = new QVBoxLayout(cards);
    m_countersLayout->setContentsMargins(0, 0, 4, 0);
    m_countersLayout->setSpacing(8);
    m_countersLayout->addStretch(1);
    m_countersScroll = new QScrollArea(this);
    m_countersScroll->setWidget(cards);
    m_countersScroll->setWidgetResizable(true);
    m_countersScroll->setFrameShape(QFrame::NoFrame);
    m_countersScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *countersPane = new QWidget(this);
    auto *countersLayout = new QVBoxLayout(countersPane);
    countersLayout->setContentsMargins(8, 4, 0, 0);
    countersLayout->addWidget(m_countersTitle);
    countersLayout->addWidget(m_countersScroll, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"todaySplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tabs);
    splitter->addWidget(countersPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({640, 420});

    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(16, 12, 16, 12);
    root->setSpacing(10);
    root->addWidget(m_heading);
    root->addLayout(figures);
    root->addLayout(actionsRow);
    root->addWidget(splitter, 1);
}

void TodayPage::buildActions()
{
    // Window-wide, but only while this page is shown (a hidden widget's shortcuts do not fire).
    m_callNextAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_callNextAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_callNextAction, &QAction::triggered, this, [this] { callNext(myCounter()); });
    connect(m_callNextButton, &QPushButton::clicked, m_callNextAction, &QAction::trigger);
    m_issueAction->setShortcut(QKeySequence(Qt::Key_F3));
    m_issueAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_issueAction, &QAction::triggered, this, &TodayPage::issueTicket);
    connect(m_issueButton, &QPushButton::clicked, m_issueAction, &QAction::trigger);
    m_recallAction->setShortcut(QKeySequence(Qt::Key_F4));
    m_recallAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_recallAction, &QAction::triggered, this, [this] { act(myCounter(), LiveBoardModel::Action::Recall); });
    addActions({m_callNextAction, m_issueAction, m_recallAction});

    m_noShowAction->setIcon(QIcon(u":/icons/console/cancel.svg"_s));
    m_noShowAction->setShortcut(QKeySequence::Delete);
    m_noShowAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_noShowAction, &QAction::triggered, this, &TodayPage::noShowWaiting);
    m_waitingView->addAction(m_noShowAction);
    m_waitingView->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_checkInAction->setIcon(QIcon(u":/icons/console/checkin.svg"_s));
    m_checkInAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_checkInAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_checkInAction, &QAction::triggered, this, &TodayPage::checkIn);
    connect(m_checkInButton, &QPushButton::clicked, m_checkInAction, &QAction::trigger);
    m_bookingsView->addAction(m_checkInAction);
    m_bookingsView->setContextMenuPolicy(Qt::ActionsContextMenu);
}

QString TodayPage::title() const
{
    return tr("Today");
}

QIcon TodayPage::icon() const
{
    return QIcon(u":/icons/console/today.svg"_s);
}

bool TodayPage::canOperate()
{
    return context().session.isOpen() && context().session.can(StaffRole::Operator);
}

QString TodayPage::settingsKey() const
{
    return u"today/counter/%1"_s.arg(m_board.queue().id);
}

int TodayPage::myCounter() const
{
    const int counters = m_board.hasLoaded() ? m_board.board().queue.counters : m_board.queue().counters;
    return qBound(1, QSettings().value(settingsKey(), 1).toInt(), qMax(1, counters));
}

void TodayPage::setMyCounter(int counter)
{
    QSettings().setValue(settingsKey(), counter);
    updateCounterChoice();
    syncCounters();
    updateActions();
}

void TodayPage::sessionOpened()
{
    updateActions();
    if (m_board.queue().id <= 0)
        return;
    m_board.reload();
    m_bookings.reload();
    loadFigures();
}

void TodayPage::changesArrived(const QList<ChangeEntry> &changes)
{
    if (m_board.queue().id <= 0)
        return;
    if (LiveBoardModel::affectsBoard(changes))
        m_board.reload();
    if (DayBookingsModel::affectsBookings(changes)) {
        m_bookings.reload();
        loadFigures();
    }
}

void TodayPage::queueChanged()
{
    const std::optional<QueueRecord> queue = context().currentQueue();
    if (!queue) {
        m_board.setQueue({});
        m_bookings.setDay({}, {});
        m_day = {};
        m_statsLoaded = false;
        boardLoaded();
        return;
    }
    if (queue->id != m_board.queue().id) {
        m_day = LocalTime::today(*queue);
        m_statsLoaded = false;
        m_board.setQueue(*queue);
        m_bookings.setDay(*queue, m_day);
        loadFigures();
    } else {
        m_board.setQueue(*queue); // new settings (counters, time zone)
    }
    boardLoaded();
}

void TodayPage::boardLoaded()
{
    if (m_board.hasLoaded()) {
        const QDate day = QDate::fromString(m_board.board().day, Qt::ISODate);
        if (day.isValid() && day != m_day) {
            m_day = day;
            m_statsLoaded = false;
            m_bookings.setDay(m_board.queue(), m_day);
            loadFigures();
        }
        m_bookings.setLine(m_board.board());
    }
    showHeading();
    showLineState();
    updateCounterChoice();
    syncCounters();
    showFigures();
    updateActions();
}

void TodayPage::showLineState()
{
    m_waitingStack->setCurrentWidget(m_board.rowCount() > 0 ? static_cast<QWidget *>(m_waitingView) : m_waitingEmpty);
    if (m_board.queue().id <= 0)
        m_waitingEmpty->setText(tr("No queue is chosen. Pick one in the toolbar."));
    else if (!m_board.hasLoaded())
        m_waitingEmpty->setText(tr("Loading the line…"));
    else
        m_waitingEmpty->setText(tr("Nobody is waiting."));
    m_tabs->setTabText(0, m_board.hasLoaded() ? tr("Waiting (%1)").arg(m_board.rowCount()) : tr("Waiting"));
}

void TodayPage::showHeading()
{
    const QueueRecord &queue = m_board.queue();
    if (queue.id <= 0 || !m_day.isValid()) {
        m_heading->setText(u"<b>%1</b>"_s.arg(tr("Today").toHtmlEscaped()));
        return;
    }
    const QString day = QLocale().toString(m_day, u"dddd, d MMMM"_s);
    const int counters = qMax(1, m_board.hasLoaded() ? m_board.board().queue.counters : queue.counters);
    m_heading->setText(u"<b>%1</b>&nbsp;&nbsp;<span style=\"color:#607d8b\">%2 · %3</span>"_s.arg(
        tr("Today, %1").arg(day).toHtmlEscaped(), QueueText::name(queue).toHtmlEscaped(),
        tr("%n counter(s)", nullptr, counters).toHtmlEscaped()));
}

void TodayPage::loadFigures()
{
    if (m_statsReply)
        m_statsReply->abort();
    const qint64 queueId = m_board.queue().id;
    if (queueId <= 0 || !m_day.isValid())
        return;
    const QDate day = m_day;
    QUrlQuery query;
    query.addQueryItem(u"queue_id"_s, QString::number(queueId));
    query.addQueryItem(u"from"_s, day.toString(Qt::ISODate));
    query.addQueryItem(u"to"_s, day.toString(Qt::ISODate));
    m_statsReply = context().client.get(ApiPaths::stats(), query);
    m_statsReply->onJson(this, [this, queueId, day](const QJsonDocument &json) {
        if (queueId != m_board.queue().id || day != m_day)
            return;
        // Days without slots or bookings are left out: then nothing is booked and nothing free.
        m_stats = {};
        const QJsonArray items = json[u"items"_s].toArray();
        for (const QJsonValue &item : items) {
            const DayStats stats = DayStats::fromJson(item.toObject());
            if (stats.queueId == queueId && stats.day == day.toString(Qt::ISODate))
                m_stats = stats;
        }
        m_statsLoaded = true;
        showFigures();
    });
}

void TodayPage::showFigures()
{
    const QLocale locale;
    const QString none = u"—"_s;
    m_booked->setValue(m_statsLoaded ? locale.toString(m_stats.booked) : none);
    m_free->setValue(m_statsLoaded ? locale.toString(m_stats.freeSeats) : none);
    const bool loaded = m_board.hasLoaded();
    const LiveBoard &board = m_board.board();
    m_waitingFigure->setValue(loaded ? locale.toString(m_board.rowCount()) : none);
    const bool anyCalled = board.served + board.noShows + board.called.size() > 0;
    m_averageWait->setValue(loaded && anyCalled ? LiveBoardModel::durationText(qRound64(board.averageWaitSeconds)) : none);
    m_served->setValue(loaded ? locale.toString(board.served) : none);
    m_noShows->setValue(loaded ? locale.toString(board.noShows) : none);
}

CounterCard *TodayPage::card(int counter) const
{
    return counter >= 1 && counter <= m_cards.size() ? m_cards.at(counter - 1) : nullptr;
}

void TodayPage::syncCounters()
{
    const int count = m_board.queue().id <= 0 ? 0
        : qMax(1, m_board.hasLoaded() ? m_board.board().queue.counters : m_board.queue().counters);
    while (m_cards.size() > count)
        delete m_cards.takeLast();
    while (m_cards.size() < count) {
        auto *counter = new CounterCard(int(m_cards.size()) + 1, this);
        connect(counter, &CounterCard::actionRequested, this, &TodayPage::act);
        connect(counter, &CounterCard::transferRequested, this, &TodayPage::transfer);
        connect(counter, &CounterCard::callNextRequested, this, &TodayPage::callNext);
        m_countersLayout->insertWidget(int(m_cards.size()), counter);
        m_cards.append(counter);
    }
    const int mine = myCounter();
    const bool operable = canOperate();
    for (CounterCard *counter : std::as_const(m_cards)) {
        counter->setCounterCount(count);
        counter->setMine(operable && counter->counter() == mine); // viewers call nobody
        counter->setOperable(operable);
        showCounter(counter);
    }
    fitCounters();
}

void TodayPage::fitCounters()
{
    // A scroll area does not ask its widget how narrow it may be: without this the splitter could
    // squeeze the cards and cut their buttons off.
    int width = 0;
    for (const CounterCard *counter : std::as_const(m_cards))
        width = qMax(width, counter->minimumSizeHint().width());
    const QMargins margins = m_countersLayout->contentsMargins();
    m_countersScroll->setMinimumWidth(width + margins.left() + margins.right()
                                      + m_countersScroll->verticalScrollBar()->sizeHint().width());
}

void TodayPage::showCounter(CounterCard *card)
{
    const std::optional<LiveTicket> ticket = m_board.hasLoaded() ? m_board.board().atCounter(card->counter())
                                                                 : std::nullopt;
    card->setTicket(ticket, ticket ? ticketPerson(*ticket) : QString(), ticket ? ticketDetail(*ticket) : QString());
}

QString TodayPage::ticketPerson(const LiveTicket &ticket) const
{
    const QString kind = ticket.kind == TicketKind::Walkin
        ? tr("walk-in")
        : (ticket.dueAt ? tr("booking %1").arg(m_board.localTime(*ticket.dueAt)) : tr("booking"));
    return tr("%1 · %2").arg(m_board.personOf(ticket), kind);
}

QString TodayPage::ticketDetail(const LiveTicket &ticket) const
{
    QString detail = ticket.calledAt ? tr("Called at %1").arg(m_board.localTime(*ticket.calledAt)) : QString();
    if (ticket.recalls > 0)
        detail += u" · "_s + tr("called again %n time(s)", nullptr, ticket.recalls);
    return detail;
}

void TodayPage::updateCounterChoice()
{
    const int count = m_board.hasLoaded() ? m_board.board().queue.counters : qMax(1, m_board.queue().counters);
    if (m_counterChoice->count() != count) {
        const QSignalBlocker blocker(m_counterChoice);
        m_counterChoice->clear();
        for (int counter = 1; counter <= count; ++counter)
            m_counterChoice->addItem(tr("Counter %1").arg(counter));
    }
    m_counterChoice->setCurrentIndex(myCounter() - 1);
}

void TodayPage::updateActions()
{
    const bool operate = canOperate();
    const bool ready = m_board.queue().id > 0 && m_board.hasLoaded();
    for (QWidget *widget : {static_cast<QWidget *>(m_counterLabel), static_cast<QWidget *>(m_counterChoice),
                            static_cast<QWidget *>(m_callNextButton), static_cast<QWidget *>(m_issueButton),
                            static_cast<QWidget *>(m_checkInButton)})
        widget->setVisible(operate);
    const int mine = myCounter();
    const QString f2 = m_callNextAction->shortcut().toString(QKeySequence::NativeText);

    const bool anyoneWaiting = m_board.rowCount() > 0;
    m_callNextAction->setEnabled(operate && ready && anyoneWaiting && !m_calling);
    m_callNextButton->setEnabled(m_callNextAction->isEnabled());
    // The keys on the buttons themselves: the desk learns them without opening a tooltip.
    m_callNextButton->setText(m_calling ? tr("Calling…") : tr("Call next (%1)").arg(f2));
    if (!anyoneWaiting)
        m_callNextButton->setToolTip(tr("Nobody is waiting"));
    else if (m_board.board().atCounter(mine))
        m_callNextButton->setToolTip(tr("Call the next person to counter %1 (%2); %3, still at the counter, is marked served")
                                         .arg(mine)
                                         .arg(f2, m_board.board().atCounter(mine)->code));
    else
        m_callNextButton->setToolTip(tr("Call the next person in line to counter %1 (%2)").arg(mine).arg(f2));

    const bool walkIns = m_board.queue().walkinAllowed;
    m_issueAction->setEnabled(operate && m_board.queue().id > 0 && walkIns && !m_issuing);
    m_issueButton->setEnabled(m_issueAction->isEnabled());
    const QString f3 = m_issueAction->shortcut().toString(QKeySequence::NativeText);
    m_issueButton->setText(m_issuing ? tr("Issuing…") : tr("Walk-in ticket (%1)").arg(f3));
    m_issueButton->setToolTip(walkIns ? tr("Issue a ticket for someone without Telegram (%1)").arg(f3)
                                      : tr("This queue does not take walk-ins"));

    m_recallAction->setEnabled(operate && ready && m_board.board().atCounter(mine).has_value());
    m_noShowAction->setEnabled(operate && selectedRow(m_waitingView) >= 0);
    m_noShowAction->setVisible(operate);
    m_checkInAction->setEnabled(operate && m_bookings.canCheckIn(selectedRow(m_bookingsView)));
    m_checkInAction->setVisible(operate);
    m_checkInButton->setEnabled(m_checkInAction->isEnabled());
}

void TodayPage::callNext(int counter)
{
    if (!canOperate() || m_calling || m_board.queue().id <= 0)
        return;
    m_calling = true;
    CounterCard *target = card(counter);
    if (target)
        target->setBusy(true);
    updateActions();
    ApiReply *reply = m_board.callNext(counter);
    reply->onValue<LiveTicket>(this, [this, counter](const LiveTicket &ticket) {
        showNote(tr("%1 is called to counter %2.").arg(ticket.code).arg(counter), true);
    });
    reply->onFailure(this, [this](const ApiFailure &failure) { showNote(failureText(failure), false); });
    connect(reply, &ApiReply::finished, this, [this, counter] {
        m_calling = false;
        if (CounterCard *target = card(counter))
            target->setBusy(false);
        updateActions();
    });
}

void TodayPage::issueTicket()
{
    if (!canOperate() || m_issuing || m_board.queue().id <= 0)
        return;
    m_issuing = true;
    updateActions();
    const QueueRecord queue = m_board.queue();
    ApiReply *reply = m_board.issueTicket();
    reply->onValue<LiveTicket>(this, [this, queue](const LiveTicket &ticket) {
        showNote(tr("Walk-in ticket %1 issued.").arg(ticket.code), true);
        auto *dialog = new TicketDialog(ticket, QueueText::name(queue), LocalTime::time(ticket.createdAt, LocalTime::zoneOf(queue)), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        ApiReply *place = context().client.get(ApiPaths::ticket(ticket.id));
        place->onJson(dialog, [dialog](const QJsonDocument &json) {
            dialog->setPlace(json[u"position"_s].toInt(), json[u"eta_minutes"_s].toInt());
        });
    });
    reply->onFailure(this, [this](const ApiFailure &failure) { showNote(failureText(failure), false); });
    connect(reply, &ApiReply::finished, this, [this] {
        m_issuing = false;
        updateActions();
    });
}

void TodayPage::act(int counter, LiveBoardModel::Action action)
{
    CounterCard *target = card(counter);
    if (!canOperate() || !target || !target->ticket())
        return;
    const QString code = target->ticket()->code;
    QString done;
    switch (action) {
    case LiveBoardModel::Action::Served: done = tr("%1 is served.").arg(code); break;
    case LiveBoardModel::Action::NoShow: done = tr("%1 did not come.").arg(code); break;
    case LiveBoardModel::Action::Recall: done = tr("%1 is called again to counter %2.").arg(code).arg(counter); break;
    case LiveBoardModel::Action::Return: done = tr("%1 is back in the line.").arg(code); break;
    }
    runAtCounter(counter, m_board.act(target->ticket()->id, action), done);
}

void TodayPage::transfer(int counter, int toCounter)
{
    CounterCard *target = card(counter);
    if (!canOperate() || !target || !target->ticket())
        return;
    const LiveTicket ticket = *target->ticket();
    runAtCounter(counter, m_board.transfer(ticket.id, toCounter),
                 tr("%1 is sent to counter %2.").arg(ticket.code).arg(toCounter));
}

void TodayPage::runAtCounter(int counter, ApiReply *reply, const QString &done)
{
    if (CounterCard *target = card(counter))
        target->setBusy(true);
    reply->onJson(this, [this, done](const QJsonDocument &) { showNote(done, true); });
    reply->onFailure(this, [this](const ApiFailure &failure) { showNote(failureText(failure), false); });
    connect(reply, &ApiReply::finished, this, [this, counter] {
        if (CounterCard *target = card(counter))
            target->setBusy(false);
    });
}

void TodayPage::noShowWaiting()
{
    const int row = selectedRow(m_waitingView);
    if (!canOperate() || row < 0)
        return;
    const LiveTicket ticket = LiveTicket::fromJson(m_board.rowAt(row));
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Remove from the line"),
                                tr("Take %1 out of the line because the person has left?").arg(ticket.code),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setDefaultButton(QMessageBox::Cancel);
    ask->button(QMessageBox::Yes)->setText(tr("Remove"));
    connect(ask, &QMessageBox::finished, this, [this, ticket](int result) {
        if (result != QMessageBox::Yes)
            return;
        ApiReply *reply = m_board.act(ticket.id, LiveBoardModel::Action::NoShow);
        reply->onJson(this, [this, ticket](const QJsonDocument &) {
            showNote(tr("%1 is taken out of the line.").arg(ticket.code), true);
        });
        reply->onFailure(this, [this](const ApiFailure &failure) { showNote(failureText(failure), false); });
    });
    ask->open();
}

void TodayPage::checkIn()
{
    const int row = selectedRow(m_bookingsView);
    if (!canOperate() || !m_bookings.canCheckIn(row))
        return;
    const qint64 booking = JsonTableModel::idOf(m_bookings.rowAt(row));
    m_checkInAction->setEnabled(false);
    m_checkInButton->setEnabled(false);
    ApiReply *reply = m_bookings.checkIn(booking);
    reply->onValue<LiveTicket>(this, [this](const LiveTicket &ticket) {
        showNote(tr("%1 is checked in and waits in the line.").arg(ticket.code), true);
        m_board.reload();
    });
    reply->onFailure(this, [this](const ApiFailure &failure) { showNote(failureText(failure), false); });
    connect(reply, &ApiReply::finished, this, &TodayPage::updateActions);
}

QString TodayPage::failureText(const ApiFailure &failure) const
{
    if (failure.kind == ApiFailure::Kind::Conflict) {
        const QueueRecord &queue = m_board.queue();
        if (failure.code == u"line_empty"_s)
            return tr("Nobody is waiting.");
        if (failure.code == u"walkin_not_allowed"_s)
            return tr("This queue does not take walk-in tickets.");
        if (failure.code == u"queue_closed_now"_s)
            return tr("The queue is not open now, so no ticket can be issued.");
        if (failure.code == u"ticket_not_in_state"_s)
            return tr("Someone else has already dealt with this ticket; the line is shown as it is now.");
        if (failure.code == u"checkin_not_open"_s)
            return tr("Check-in is open from %1 before the slot until %2 after its start.")
                .arg(LiveBoardModel::durationText(queue.checkinBeforeMinutes * 60),
                     LiveBoardModel::durationText(queue.checkinAfterMinutes * 60));
        if (failure.code == u"booking_not_active"_s)
            return tr("This booking is no longer active.");
        if (failure.code == u"already_in_line"_s)
            return tr("This person is already in the line.");
    }
    return failure.describe();
}

void TodayPage::showNote(const QString &text, bool ok)
{
    m_note->setText(text);
    m_note->setStyleSheet(ok ? u"#note { background: #e8f5e9; color: #1b5e20; border: 1px solid #a5d6a7;"
                               " border-radius: 4px; padding: 6px 10px; }"_s
                             : u"#note { background: #ffebee; color: #b71c1c; border: 1px solid #ef9a9a;"
                               " border-radius: 4px; padding: 6px 10px; }"_s);
    m_note->show();
    m_noteTimer.start(ok ? kNoteMs : kProblemNoteMs);
}

void TodayPage::retranslate()
{
    m_booked->setCaption(tr("Booked seats"));
    m_booked->setToolTip(tr("Seats booked for today (still coming, served or missed)"));
    m_free->setCaption(tr("Free seats"));
    m_free->setToolTip(tr("Seats still free to book today"));
    m_waitingFigure->setCaption(tr("Waiting"));
    m_waitingFigure->setToolTip(tr("People in the line now"));
    m_averageWait->setCaption(tr("Average wait"));
    m_averageWait->setToolTip(tr("From joining the line to being called, today"));
    m_served->setCaption(tr("Served today"));
    m_served->setToolTip(tr("Tickets served today"));
    m_noShows->setCaption(tr("No-shows"));
    m_noShows->setToolTip(tr("Called or waiting people who did not come, today"));
    m_counterLabel->setText(tr("&My counter:"));
    m_counterChoice->setToolTip(tr("The counter you work at: Call next calls people to it"));
    m_tabs->setTabText(1, m_bookings.hasLoaded() ? tr("Today's bookings (%1)").arg(m_bookings.rowCount())
                                                 : tr("Today's bookings"));
    m_tabs->setTabToolTip(0, tr("The people waiting, in the order they will be called"));
    m_tabs->setTabToolTip(1, tr("Today's bookings of this queue: check people in at the desk"));
    m_countersTitle->setText(tr("Counters"));
    m_noShowAction->setText(tr("Remove from the line (left)"));
    m_noShowAction->setToolTip(tr("The person has left: take the ticket out of the line (%1)")
                                   .arg(m_noShowAction->shortcut().toString(QKeySequence::NativeText)));
    m_checkInAction->setText(tr("Check in"));
    m_checkInAction->setToolTip(tr("The person is here: put the booking into the line (Enter)"));
    m_checkInButton->setText(tr("Check in"));
    m_checkInButton->setToolTip(m_checkInAction->toolTip());
    m_recallAction->setText(tr("Call again"));
    m_board.retranslate();
    m_bookings.retranslate();
    for (int i = 0; i < m_counterChoice->count(); ++i)
        m_counterChoice->setItemText(i, tr("Counter %1").arg(i + 1));
    for (CounterCard *counter : std::as_const(m_cards)) {
        counter->retranslate();
        showCounter(counter);
    }
    fitCounters();
    showHeading();
    showLineState();
    showFigures();
    updateActions();
}
