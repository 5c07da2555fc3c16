#include "refreshingpage.h"

RefreshingPage::RefreshingPage(ConsoleContext &context, QWidget *parent)
    : ConsolePage(context, parent)
{
    connect(&m_poll, &QTimer::timeout, this, &RefreshingPage::refresh);
}

void RefreshingPage::refreshWhenVisible()
{
    if (isVisible()) {
        m_stale = false;
        refresh();
    } else {
        m_stale = true;
    }
}

void RefreshingPage::pollWhileShown(int ms)
{
    m_poll.setInterval(ms);
    if (isVisible())
        m_poll.start();
}

void RefreshingPage::showEvent(QShowEvent *event)
{
    ConsolePage::showEvent(event);
    if (m_stale) {
        m_stale = false;
        refresh();
    }
    if (m_poll.interval() > 0)
        m_poll.start();
}

void RefreshingPage::hideEvent(QHideEvent *event)
{
    m_poll.stop();
    ConsolePage::hideEvent(event);
}
