#include "formstatus.h"

using namespace Qt::StringLiterals;

FormStatus::FormStatus(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void FormStatus::bindField(const QString &apiField, QWidget *input)
{
    m_fields.insert(apiField, input);
}

void FormStatus::showBusy(const QString &text)
{
    clearOutline();
    setTone(u"#546e7a"_s);
    setText(text);
    show();
}

void FormStatus::showFailure(const ApiFailure &failure)
{
    clearOutline();
    setTone(u"#c62828"_s);
    setText(failure.describe());
    show();
    QWidget *input = m_fields.value(failure.field);
    if (failure.kind == ApiFailure::Kind::Validation && input) {
        m_outlined = input;
        input->setStyleSheet(u"border: 2px solid #d32f2f; border-radius: 3px;"_s);
        input->setFocus(Qt::OtherFocusReason);
    }
}

void FormStatus::showInfo(const QString &text)
{
    clearOutline();
    setTone(u"#2e7d32"_s);
    setText(text);
    show();
}

void FormStatus::clearStatus()
{
    clearOutline();
    clear();
    hide();
}

void FormStatus::setTone(const QString &colour)
{
    setStyleSheet(u"color: %1;"_s.arg(colour));
}

void FormStatus::clearOutline()
{
    if (m_outlined)
        m_outlined->setStyleSheet(QString());
    m_outlined = nullptr;
}
