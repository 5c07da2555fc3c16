#include "refreshingpage.h"

void RefreshingPage::refreshWhenVisible()
{
    if (isVisible()) {
        m_stale = false;
        refresh();
    } else {
        m_stale = true;
    }
}

void RefreshingPage::showEvent(QShowEvent *event)
{
    ConsolePage::showEvent(event);
    if (m_stale) {
        m_stale = false;
        refresh();
    }
}
