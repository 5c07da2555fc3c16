// One page of the console (Today, Schedule, People …): what the main window needs to show it in
// the navigation, keep it fed with changes, and retranslate it when the language switches.
#pragma once

#include "consolecontext.h"

#include <QIcon>
#include <QWidget>

class ConsolePage : public QWidget
{
    Q_OBJECT
public:
    explicit ConsolePage(ConsoleContext &context, QWidget *parent = nullptr)
        : QWidget(parent)
        , m_context(context)
    {
    }

    // The navigation's label and icon, in the current language.
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    // Below this role the page is not offered.
    virtual StaffRole minimumRole() const { return StaffRole::Viewer; }
    // Signed in: load what the page shows.
    virtual void sessionOpened() {}
    // The change feed reported these; refresh what they touch (cheaply: only what is shown).
    virtual void changesArrived(const QList<ChangeEntry> &changes) { Q_UNUSED(changes) }
    // The language switched: every visible text again.
    virtual void retranslate() = 0;

protected:
    ConsoleContext &context() { return m_context; }

private:
    ConsoleContext &m_context;
};
