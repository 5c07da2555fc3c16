// The console's main window: the pages in a navigation list, a toolbar with the queue being
// worked on, an offline banner while the server cannot be reached (with automatic reconnection),
// the signed-in person in the status bar, the language menu, and the window's layout remembered.
#pragma once

#include "consolecontext.h"
#include "consolepage.h"
#include "languages.h"

#include <QMainWindow>
#include <QTime>

class ConnectDialog;
class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QWidget;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ConsoleContext &context, Languages &languages, QWidget *parent = nullptr);

    // Adds a page to the navigation (in order); the window owns it.
    void addPage(ConsolePage *page);
    // Adds actions a page offers (reports) to the File menu, above Quit.
    void addFileActions(const QList<QAction *> &actions);
    // Connects to the last server with a stored token, if any; otherwise opens the connect dialog.
    void connectOnStart();
    // Signs in with `token` at `server` (the connect dialog's OK, or a test).
    void connectTo(const QUrl &server, const QByteArray &token);
    ConsolePage *currentPage() const;
    void showPage(int index);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void retranslate();
    void showConnectDialog();
    void sessionOpened();
    void sessionEnded(const QString &why);
    void setOnline(bool online);
    void updatePageAccess();
    void refreshCurrentPage();
    // "Updated 10:30", in the current language's way of writing a time.
    void showUpdated();

    ConsoleContext &m_context;
    Languages &m_languages;
    QList<ConsolePage *> m_pages;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QComboBox *m_queueSelector;
    QLabel *m_queueLabel;
    QLabel *m_who;
    QLabel *m_updated;
    QTime m_updatedAt; // the last change the feed brought
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_connect = nullptr;
    QAction *m_disconnect = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
    QList<QAction *> m_languageActions;
    ConnectDialog *m_dialog = nullptr;
};
