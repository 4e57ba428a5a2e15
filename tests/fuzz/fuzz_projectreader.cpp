// libFuzzer target: the project reader on any bytes. Built only with -DFACTBENCH_FUZZ=ON (clang);
// run it with `packaging/dev fuzz [SECONDS]`. Any promise of ProjectReaderProperties::check that
// breaks aborts, so libFuzzer keeps the input as a crash.

#include "projectreaderproperties.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString problem = factbench::ProjectReaderProperties::check(bytes);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "project reader: %s\n", problem.toLocal8Bit().constData());
        std::abort();
    }
    return 0;
}
