// The .docx/.odt importer on arbitrary packages, and the review export on what it accepts (see
// officefuzz.h: the first byte chooses a package, a document.xml or a content.xml, so that the
// XML walkers, which random ZIP bytes seldom reach, are fuzzed too).
#include "fuzzsupport.h"
#include "officefuzz.h"

LECTERN_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString problem = OfficeFuzz::run(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    LecternFuzz::check(problem.isEmpty(), qPrintable(problem));
    return 0;
}
