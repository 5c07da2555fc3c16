// A new staff account's token, shown once: the server keeps only its hash, so this is the only
// time anyone sees it. A Copy button and a clear warning; closing asks nothing more.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

class TokenDialog : public QDialog
{
    Q_OBJECT
public:
    TokenDialog(const QString &name, const QString &token, QWidget *parent = nullptr);

    QString token() const;
    QPushButton *copyButton() const { return m_copy; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_name;
    QLabel *m_intro;
    QLineEdit *m_token;
    QPushButton *m_copy;
    QLabel *m_warning;
    QPushButton *m_close;
};
