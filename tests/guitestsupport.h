#pragma once

// What GUI tests may share: answering a modal message box the code under test opens.

#include <memory>

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>

namespace CopydeskTest {

// Answers the next modal QMessageBox by clicking the button whose objectName or text (without
// '&') is button. Polls, since the window may process other events before the box is up;
// gives up with a warning after five seconds.
inline void answerNextMessageBox(QObject *context, const QString &button)
{
    auto *poll = new QTimer(context);
    poll->setInterval(10);
    auto tries = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, context, [poll, tries, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (++*tries > 500) {
                poll->deleteLater();
                qWarning("no message box to answer with %s", qPrintable(button));
            }
            return;
        }
        poll->stop();
        poll->deleteLater();
        const QList<QAbstractButton *> buttons = box->buttons();
        for (QAbstractButton *b : buttons) {
            if (b->objectName() == button || QString(b->text()).remove(u'&') == button) {
                b->click();
                return;
            }
        }
        box->reject();
        qWarning("no button %s", qPrintable(button));
    });
    poll->start();
}

} // namespace CopydeskTest
