// The number parser: every numeral in arbitrary text, parse() on the whole of it and scaled()
// with an exponent taken from the first byte. Checks the documented invariants.
#include "fuzzsupport.h"

#include "extract/numberparser.h"

#include <cmath>

using namespace Lectern::Core;

LECTERN_FUZZ_INIT

namespace {
void checkNumeral(const Numeral &n)
{
    LecternFuzz::check(std::isfinite(n.value), "a numeral's value is finite");
    LecternFuzz::check(n.value >= 0 && n.value <= NumberParser::maxValue, "a numeral's value is capped");
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const int exponent = int(data[0] % 64) - 32;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const Numeral whole = NumberParser::parse(text);
    checkNumeral(whole);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            continue;
        const Numeral n = NumberParser::read(text, i);
        checkNumeral(n);
        LecternFuzz::check(n.start == i, "read() starts where asked");
        LecternFuzz::check(n.end > i && n.end <= text.size(), "read() ends inside the text");
        bool overflow = false;
        const double v = NumberParser::scaled(n, exponent, &overflow);
        LecternFuzz::check(std::isfinite(v) && v >= 0 && v <= NumberParser::maxValue, "scaled() is capped");
        i = n.end - 1;
    }
    return 0;
}
