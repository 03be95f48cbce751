// The review-file reader on arbitrary bytes. What it accepts must write and read again.
#include "fuzzsupport.h"

#include "review/reviewfile.h"

using namespace Lectern::Core;

LECTERN_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto contents = ReviewFile::read(bytes, &error);
    if (!contents) {
        LecternFuzz::check(!error.isEmpty(), "a refused review file has an error");
        return 0;
    }
    QString error2;
    const auto back = ReviewFile::read(ReviewFile::write(*contents), &error2);
    LecternFuzz::check(back.has_value(), "a written review file reads again");
    LecternFuzz::check(back->article.text() == contents->article.text(), "the article text survives");
    LecternFuzz::check(back->annotations == contents->annotations, "the annotations survive");
    return 0;
}
