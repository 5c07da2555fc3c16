// A page that follows the change feed cheaply: while it is shown a change refreshes it at once;
// while hidden it only remembers, and refreshes when it is shown again.
#pragma once

#include "consolepage.h"

class RefreshingPage : public ConsolePage
{
    Q_OBJECT
public:
    using ConsolePage::ConsolePage;

protected:
    // Merges what the page shows with the server's rows again (no reset).
    virtual void refresh() = 0;
    // refresh() now when visible, else on the next showEvent().
    void refreshWhenVisible();
    void showEvent(QShowEvent *event) override;

private:
    bool m_stale = false;
};
