// The extractor (tokenizer, recognisers for people, organizations, places, metrics, grouping)
// on arbitrary text. Offsets in the result must stay inside the text.
#include "fuzzsupport.h"

#include "extract/extractor.h"
#include "extract/gazetteer.h"
#include "extract/taggermodel.h"

using namespace Lectern::Core;

LECTERN_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Extractor extractor(Gazetteer::builtIn(), TaggerModel::bundled());
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size))
                             .normalized(QString::NormalizationForm_C);
    const ExtractionResult result = extractor.extract(text);
    (void)result;
    return 0;
}
