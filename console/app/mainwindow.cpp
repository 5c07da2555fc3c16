#include "mainwindow.h"

#include "connectdialog.h"
#include "statustext.h"
#include "translations.h"
#include "version.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(ConsoleContext &context, Languages &languages, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_languages(languages)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_banner(new QWidget(this))
    , m_bannerText(new QLabel(m_banner))
    , m_queueSelector(new QComboBox(this))
    , m_queueLabel(new QLabel(this))
    , m_who(new QLabel(this))
    , m_updated(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/queue-console.svg"_s));
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFixedWidth(190);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPage);

    m_banner->setObjectName(u"offlineBanner"_s);
    m_banner->setAutoFillBackground(true);
    m_banner->setStyleSheet(u"#offlineBanner { background: #fff3e0; border-bottom: 1px solid #ffb74d; }"_s);
    auto *bannerIcon = new QLabel(m_banner);
    bannerIcon->setPixmap(QIcon(u":/icons/console/offline.svg"_s).pixmap(20, 20));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(12, 6, 12, 6);
    bannerLayout->addWidget(bannerIcon);
    bannerLayout->addWidget(m_bannerText, 1);
    m_banner->hide();

    auto *content = new QWidget(this);
    auto *contentLayout = new QHBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(m_navigation);
    contentLayout->addWidget(m_stack, 1);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(content, 1);
    setCentralWidget(central);

    m_queueSelector->setObjectName(u"queueSelector"_s);
    m_queueSelector->setModel(&m_context.queues);
    m_queueSelector->setMinimumContentsLength(24);
    m_queueSelector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_queueSelector, qOverload<int>(&QComboBox::activated), this, [this](int row) {
        m_context.setCurrentQueue(JsonTableModel::idOf(m_context.queues.rowAt(row)));
    });
    connect(&m_context, &ConsoleContext::currentQueueChanged, this, [this](qint64 id) {
        m_queueSelector->setCurrentIndex(m_context.queues.rowOfId(id));
    });
    connect(&m_context, &ConsoleContext::queuesLoaded, this, [this] {
        m_queueSelector->setCurrentIndex(m_context.queues.rowOfId(m_context.currentQueueId()));
    });

    buildActions();
    statusBar()->addWidget(m_who, 1);
    statusBar()->addPermanentWidget(m_updated);

    connect(&m_context.session, &Session::opened, this, &MainWindow::sessionOpened);
    connect(&m_context.session, &Session::closed, this, [this] { sessionEnded(tr("Signed out.")); });
    connect(&m_context.session, &Session::failed, this, [this](const ApiFailure &failure) {
        sessionEnded(failure.describe());
        showConnectDialog();
    });
    connect(&m_context.client, &ApiClient::onlineChanged, this, &MainWindow::setOnline);
    connect(&m_context.client, &ApiClient::failure, this, [this](const ApiFailure &failure) {
        if (!failure.isConnectionProblem() && failure.kind != ApiFailure::Kind::Cancelled)
            statusBar()->showMessage(failure.describe(), 8000);
    });
    connect(&m_context, &ConsoleContext::problem, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
    });
    connect(&m_context.changes, &ChangeFollower::changed, this, [this](const QList<ChangeEntry> &changes) {
        for (ConsolePage *page : std::as_const(m_pages))
            page->changesArrived(changes);
        m_updatedAt = QTime::currentTime(); // the computer's clock: when this console last heard
        showUpdated();
    });
    connect(&m_context.changes, &ChangeFollower::resetNeeded, this, &MainWindow::sessionOpened);

    retranslate();
    QSettings settings;
    if (!restoreGeometry(settings.value(u"ui/geometry"_s).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(u"ui/state"_s).toByteArray());
}

void MainWindow::buildActions()
{
    m_connect = new QAction(QIcon(u":/icons/console/connect.svg"_s), QString(), this);
    m_connect->setShortcut(QKeySequence(u"Ctrl+Shift+C"_s));
    connect(m_connect, &QAction::triggered, this, &MainWindow::showConnectDialog);
    m_disconnect = new QAction(this);
    connect(m_disconnect, &QAction::triggered, this, [this] {
        m_context.changes.stop();
        m_context.session.close();
    });
    m_refresh = new QAction(QIcon(u":/icons/console/refresh.svg"_s), QString(), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refreshCurrentPage);
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    m_about = new QAction(this);
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Queue Console"),
                           tr("<b>Queue Console</b> %1<br>The staff desktop of Queue Bot, an electronic queue.")
                               .arg(QStringLiteral(QUEUE_BOT_VERSION)));
    });

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_connect);
    m_fileMenu->addAction(m_disconnect);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_refresh);
    m_viewMenu->addSeparator();
    m_languageMenu = menuBar()->addMenu(QString());
    auto *group = new QActionGroup(this);
    for (const QString &language : Translations::languages()) {
        QAction *action = m_languageMenu->addAction(Languages::nativeName(language));
        action->setCheckable(true);
        action->setData(language);
        action->setChecked(language == Languages::current());
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { m_languages.apply(language); });
        m_languageActions << action;
    }
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);

    QToolBar *toolbar = addToolBar(QString());
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_connect);
    toolbar->addSeparator();
    toolbar->addWidget(m_queueLabel);
    toolbar->addWidget(m_queueSelector);
    toolbar->addAction(m_refresh);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Queue Console"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_connect->setText(tr("&Connect…"));
    m_connect->setToolTip(tr("Connect to a queue-service (%1)").arg(m_connect->shortcut().toString(QKeySequence::NativeText)));
    m_disconnect->setText(tr("&Sign out"));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("Load the current page again (%1)").arg(m_refresh->shortcut().toString(QKeySequence::NativeText)));
    m_quit->setText(tr("&Quit"));
    m_about->setText(tr("&About Queue Console"));
    m_queueLabel->setText(tr("Queue:") + u' ');
    m_queueSelector->setToolTip(tr("The queue the pages show"));
    m_bannerText->setText(tr("The server cannot be reached. Reconnecting automatically; what you see may be out of date."));
    for (QAction *action : std::as_const(m_languageActions))
        action->setChecked(action->data().toString() == Languages::current());
    for (int i = 0; i < m_pages.size(); ++i) {
        m_pages.at(i)->retranslate();
        if (QListWidgetItem *item = m_navigation->item(i)) {
            item->setText(m_pages.at(i)->title());
            item->setToolTip(tr("%1 (Ctrl+%2)").arg(m_pages.at(i)->title()).arg(i + 1));
        }
    }
    m_context.queues.retranslate();
    if (m_context.session.isOpen()) {
        const StaffSession &staff = m_context.session.staff();
        m_who->setText(tr("Connected to %1 as %2 (%3)")
                           .arg(m_context.client.server().toString(), staff.name, StatusText::role(staff.role)));
    } else {
        m_who->setText(tr("Not connected"));
    }
    showUpdated();
}

void MainWindow::showUpdated()
{
    if (m_updatedAt.isValid())
        m_updated->setText(tr("Updated %1").arg(QLocale().toString(m_updatedAt, QLocale::ShortFormat)));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"ui/geometry"_s, saveGeometry());
    settings.setValue(u"ui/state"_s, saveState());
    settings.setValue(u"ui/page"_s, m_navigation->currentRow());
    event->accept();
}

void MainWindow::addPage(ConsolePage *page)
{
    m_pages.append(page);
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(page->icon(), page->title(), m_navigation);
    item->setSizeHint(QSize(0, 36));
    const int index = int(m_pages.size()) - 1;
    if (index < 9) {
        auto *shortcut = new QAction(this);
        shortcut->setShortcut(QKeySequence(u"Ctrl+%1"_s.arg(index + 1)));
        connect(shortcut, &QAction::triggered, this, [this, index] { showPage(index); });
        addAction(shortcut);
    }
    retranslate();
    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(0);
}

void MainWindow::addFileActions(const QList<QAction *> &actions)
{
    m_fileMenu->insertActions(m_quit, actions);
    m_fileMenu->insertSeparator(m_quit);
}

ConsolePage *MainWindow::currentPage() const
{
    return m_pages.value(m_stack->currentIndex());
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_pages.size() || m_navigation->item(index)->isHidden())
        return;
    m_navigation->setCurrentRow(index);
    m_stack->setCurrentIndex(index);
}

void MainWindow::connectOnStart()
{
    const QList<ServerProfile> profiles = m_context.servers.list();
    if (profiles.isEmpty()) {
        showConnectDialog();
        return;
    }
    const ServerProfile last = profiles.first();
    m_context.servers.loadToken(last.url, [this, last](const QByteArray &token) {
        if (token.isEmpty()) {
            showConnectDialog();
            return;
        }
        m_context.client.setTrustedCertificate(last.trustedCertificate);
        connectTo(last.url, token);
    });
}

void MainWindow::connectTo(const QUrl &server, const QByteArray &token)
{
    m_who->setText(tr("Connecting to %1…").arg(server.toString()));
    m_context.changes.stop();
    m_context.session.open(server, token);
}

void MainWindow::showConnectDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    m_dialog = new ConnectDialog(m_context.servers, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_context.session.isOpen())
        m_dialog->setServer(m_context.client.server());
    connect(m_dialog, &ConnectDialog::connectRequested, this, [this] {
        const QUrl server = m_dialog->server();
        const QByteArray token = m_dialog->token();
        ServerProfile profile{server, {}, m_dialog->trustedCertificate(), false};
        m_context.servers.remember(profile);
        if (m_dialog->rememberToken()) {
            m_context.servers.storeToken(server, token, m_dialog->allowSettingsFile(), [this](const QString &where) {
                if (where.isEmpty())
                    statusBar()->showMessage(tr("No keychain here: the token is kept for this session only."), 8000);
            });
        } else {
            m_context.servers.deleteToken(server);
        }
        m_context.client.setTrustedCertificate(profile.trustedCertificate);
        connectTo(server, token);
    });
    connect(m_dialog, &QObject::destroyed, this, [this] { m_dialog = nullptr; });
    m_dialog->open(); // window-modal, no nested event loop
}

void MainWindow::sessionOpened()
{
    ServerProfile profile;
    for (const ServerProfile &known : m_context.servers.list()) {
        if (known.url == m_context.client.server())
            profile = known;
    }
    profile.url = m_context.client.server();
    profile.staffName = m_context.session.staff().name;
    m_context.servers.remember(profile);
    setOnline(true);
    retranslate();
    updatePageAccess();
    m_context.reloadQueues();
    m_context.changes.start();
    for (ConsolePage *page : std::as_const(m_pages))
        page->sessionOpened();
    const int remembered = QSettings().value(u"ui/page"_s, 0).toInt();
    if (remembered != m_navigation->currentRow())
        showPage(remembered);
}

void MainWindow::sessionEnded(const QString &why)
{
    m_context.changes.stop();
    statusBar()->showMessage(why, 10000);
    retranslate();
    updatePageAccess();
}

void MainWindow::setOnline(bool online)
{
    m_banner->setVisible(!online && m_context.session.isOpen());
    if (online && m_context.session.isOpen() && !m_context.changes.isRunning())
        m_context.changes.start();
}

void MainWindow::updatePageAccess()
{
    for (int i = 0; i < m_pages.size(); ++i) {
        const bool allowed = !m_context.session.isOpen() || m_context.session.can(m_pages.at(i)->minimumRole());
        m_navigation->item(i)->setHidden(!allowed);
    }
    m_disconnect->setEnabled(m_context.session.isOpen());
    m_refresh->setEnabled(m_context.session.isOpen());
}

void MainWindow::refreshCurrentPage()
{
    if (ConsolePage *page = currentPage())
        page->sessionOpened();
}
