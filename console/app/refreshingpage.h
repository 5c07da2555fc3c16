// A page that follows the change feed cheaply: while it is shown a change refreshes it at once;
// while hidden it only remembers, and refreshes when it is shown again. What the feed does not
// carry (message deliveries, the service's health) it can poll for, only while it is shown.
#pragma once

#include "consolepage.h"

#include <QTimer>

class RefreshingPage : public ConsolePage
{
    Q_OBJECT
public:
    explicit RefreshingPage(ConsoleContext &context, QWidget *parent = nullptr);

    bool isPolling() const { return m_poll.isActive(); }

protected:
    // Merges what the page shows with the server's rows again (no reset).
    virtual void refresh() = 0;
    // refresh() now when visible, else on the next showEvent().
    void refreshWhenVisible();
    // refresh() every `ms` while the page is shown.
    void pollWhileShown(int ms);
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    bool m_stale = false;
    QTimer m_poll;
};
