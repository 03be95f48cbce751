// Library files from other people (LibraryStore::importLibrary), structure-aware: the input is
// not the file but a list of edits applied to a valid exported library (libraryfilefuzz.h). The
// import must refuse with a sentence or import; it never crashes or hangs, leaves the file as it
// was and keeps the target database sound.
#include "fuzzsupport.h"
#include "libraryfilefuzz.h"

#include <cstdio>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    LecternFuzz::initialise();
    LibraryFileFuzz::fixture();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString problem = LibraryFileFuzz::run(data, size);
    if (!problem.isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(problem));
    LecternFuzz::check(problem.isEmpty(), "library import invariants");
    return 0;
}
