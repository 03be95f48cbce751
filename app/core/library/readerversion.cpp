#include "library/readerversion.h"

#include "extract/extractor.h"
#include "extract/taggermodel.h"

namespace Lectern::Core {

QString ReaderVersion::of(const TaggerModel *model)
{
    const QString reader = model ? QStringLiteral("model ") + model->hash().left(16) : QStringLiteral("rules");
    return QStringLiteral("extractor %1; %2").arg(Extractor::revision).arg(reader);
}

} // namespace Lectern::Core
