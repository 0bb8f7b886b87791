#pragma once

// What every test may share: where the evaluation data is, and how a test that needs it
// behaves when it is missing.

#include <QByteArray>
#include <QFileInfo>
#include <QString>
#include <QTest>

namespace CopydeskTest {

// The evaluation data folder: $COPYDESK_EVAL_DIR when set, else ../shared/eval beside the
// source tree.
inline QString evalDir()
{
    const QByteArray fromEnvironment = qgetenv("COPYDESK_EVAL_DIR");
    if (!fromEnvironment.isEmpty())
        return QString::fromLocal8Bit(fromEnvironment);
    return QStringLiteral(COPYDESK_SHARED_DIR "/eval");
}

// True when missing evaluation data must fail the test rather than skip it (CI sets
// COPYDESK_EVAL_DIR, so a data folder that went missing cannot pass silently).
inline bool evalRequired()
{
    return !qgetenv("COPYDESK_EVAL_DIR").isEmpty();
}

} // namespace CopydeskTest

// The path of a file under the evaluation folder, or skip (fail under COPYDESK_EVAL_DIR) the
// calling test function when it is absent. Use in a test function: it may return.
#define COPYDESK_EVAL_FILE(variable, relative)                                                            \
    const QString variable = CopydeskTest::evalDir() + QStringLiteral("/" relative);                     \
    do {                                                                                                \
        if (!QFileInfo::exists(variable)) {                                                             \
            if (CopydeskTest::evalRequired())                                                           \
                QFAIL(qPrintable(QStringLiteral("%1 is missing (COPYDESK_EVAL_DIR is set)").arg(variable))); \
            QSKIP(qPrintable(QStringLiteral("%1 is absent; the evaluation is skipped").arg(variable)));      \
        }                                                                                               \
    } while (false)
