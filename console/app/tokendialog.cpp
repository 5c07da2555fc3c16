#include "tokendialog.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TokenDialog::TokenDialog(const QString &name, const QString &token, QWidget *parent)
    : QDialog(parent)
    , m_name(name)
    , m_intro(new QLabel(this))
    , m_token(new QLineEdit(token, this))
    , m_copy(new QPushButton(this))
    , m_warning(new QLabel(this))
    , m_close(new QPushButton(this))
{
    setObjectName(u"tokenDialog"_s);
    m_intro->setWordWrap(true);
    m_token->setObjectName(u"newToken"_s);
    m_token->setReadOnly(true);
    m_token->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_token->setMinimumWidth(m_token->fontMetrics().horizontalAdvance(token) + 24);
    m_copy->setObjectName(u"copyToken"_s);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_token->text());
        m_copy->setText(tr("Copied"));
    });
    m_warning->setObjectName(u"tokenWarning"_s);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(u"background: #fff3e0; border: 1px solid #ffb74d; border-radius: 4px; padding: 8px;"_s);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    auto *row = new QHBoxLayout;
    row->addWidget(m_token, 1);
    row->addWidget(m_copy);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(row);
    layout->addWidget(m_warning);
    layout->addLayout(buttons);
    m_copy->setDefault(true);
    m_copy->setFocus();
    retranslate();
}

QString TokenDialog::token() const
{
    return m_token->text();
}

void TokenDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void TokenDialog::retranslate()
{
    setWindowTitle(tr("The new account's token"));
    m_intro->setText(tr("The account <b>%1</b> is ready. Give this token to its owner; they paste it into "
                        "Connect… in their console.").arg(m_name.toHtmlEscaped()));
    m_copy->setText(tr("&Copy"));
    m_copy->setToolTip(tr("Copy the token to the clipboard"));
    m_warning->setText(tr("⚠ This is the only time the token is shown. The server keeps only a fingerprint of "
                          "it, so it cannot be shown again: copy it now. If it is lost, revoke the account and "
                          "add a new one."));
    m_close->setText(tr("I have copied it, c&lose"));
}
