#include "messageline.h"

#include "apifailure.h"

using namespace Qt::StringLiterals;

MessageLine::MessageLine(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTextFormat(Qt::PlainText);
}

void MessageLine::showBusy(const QString &text)
{
    show(text, u"#546e7a"_s);
}

void MessageLine::showProblem(const QString &text)
{
    show(text, u"#c62828"_s);
    m_problem = true;
}

void MessageLine::showFailure(const ApiFailure &failure)
{
    if (failure.kind != ApiFailure::Kind::Cancelled)
        showProblem(failure.describe());
}

void MessageLine::showDone(const QString &text)
{
    show(text, u"#2e7d32"_s);
}

void MessageLine::showInfo(const QString &text)
{
    show(text, QString());
}

void MessageLine::show(const QString &text, const QString &colour)
{
    m_problem = false;
    setStyleSheet(colour.isEmpty() ? QString() : u"color: %1;"_s.arg(colour));
    setText(text);
    setVisible(!text.isEmpty());
}

void MessageLine::markInvalid(QWidget *field, bool invalid)
{
    field->setStyleSheet(invalid ? u"border: 2px solid #c62828; border-radius: 3px;"_s : QString());
    if (invalid)
        field->setFocus();
}
