// libFuzzer's entry points for every target in fuzztargets.cpp; the target is named by the
// environment variable COPYDESK_FUZZ_TARGET (scripts/fuzz sets it).
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include <QtGlobal>

#include "fuzztargets.h"

namespace {

const CopydeskFuzz::Target *target = nullptr;

// The readers' warnings would flood the fuzzer's output and slow it; fatal messages stay.
void quiet(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    const QString name = qEnvironmentVariable("COPYDESK_FUZZ_TARGET");
    target = CopydeskFuzz::findTarget(name);
    if (!target) {
        QStringList names;
        for (const CopydeskFuzz::Target &known : CopydeskFuzz::targets())
            names.append(known.name);
        std::fprintf(stderr, "set COPYDESK_FUZZ_TARGET to one of: %s\n", qPrintable(names.join(u' ')));
        std::exit(2);
    }
    qInstallMessageHandler(quiet);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    target->run(*target, QByteArrayView(data, qsizetype(size)));
    return 0;
}
