// PDF import (issue 18): Poppler's parser and Lectern's layout on arbitrary bytes, and the layout
// alone on arbitrary positioned lines (see pdffuzz.h).
#include "fuzzsupport.h"

#include "pdffuzz.h"

#include <cstdio>

LECTERN_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString problem = PdfFuzz::run(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!problem.isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(problem));
    LecternFuzz::check(problem.isEmpty(), "PDF import invariants");
    return 0;
}
