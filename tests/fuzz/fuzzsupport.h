#pragma once
// Shared set-up for the libFuzzer targets: a QCoreApplication (some code asks for application
// paths), test-mode standard paths (nothing in the user's folders is read or written) and a
// loud invariant check that crashes the fuzzer with a message.
#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdio>
#include <cstdlib>

namespace LecternFuzz {

inline void initialise()
{
    static int argc = 1;
    static char name[] = "lectern-fuzz";
    static char *argv[] = {name, nullptr};
    QStandardPaths::setTestModeEnabled(true);
    // Never destroyed: libFuzzer leaves through exit(), after which Qt's own statics are gone.
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    (void)app;
}

inline void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "lectern fuzz invariant broken: %s\n", what);
        std::abort();
    }
}

} // namespace LecternFuzz

#define LECTERN_FUZZ_INIT                                                                         \
    extern "C" int LLVMFuzzerInitialize(int *, char ***)                                          \
    {                                                                                             \
        LecternFuzz::initialise();                                                                \
        return 0;                                                                                 \
    }
