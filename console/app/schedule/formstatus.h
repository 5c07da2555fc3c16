// The status line of a form that talks to the server: a busy text while a call runs, the failure
// in plain words after it, and the input the server named (ApiFailure::field) outlined and
// focused — written once for every schedule dialog.
#pragma once

#include "apifailure.h"

#include <QHash>
#include <QLabel>
#include <QPointer>

class FormStatus : public QLabel
{
    Q_OBJECT
public:
    explicit FormStatus(QWidget *parent = nullptr);

    // The input to outline when the server names `apiField` (e.g. "starts_at").
    void bindField(const QString &apiField, QWidget *input);
    void showBusy(const QString &text);
    void showFailure(const ApiFailure &failure);
    void showInfo(const QString &text);
    // Nothing to say; outlines go.
    void clearStatus();

private:
    void setTone(const QString &colour);
    void clearOutline();

    QHash<QString, QPointer<QWidget>> m_fields;
    QPointer<QWidget> m_outlined;
};
