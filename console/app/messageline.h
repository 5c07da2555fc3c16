// One line under a form or a table that says what is happening: "Loading…", what went wrong (in
// red, the API's failure described), or what was done (in green).
#pragma once

#include <QLabel>

struct ApiFailure;

class MessageLine : public QLabel
{
    Q_OBJECT
public:
    explicit MessageLine(QWidget *parent = nullptr);

    void showBusy(const QString &text);
    void showProblem(const QString &text);
    void showFailure(const ApiFailure &failure);
    void showDone(const QString &text);
    void showInfo(const QString &text);
    bool isProblem() const { return m_problem; }
    // Outlines the input the server named in a validation failure (false: back to normal).
    static void markInvalid(QWidget *field, bool invalid);

private:
    void show(const QString &text, const QString &colour);

    bool m_problem = false;
};
