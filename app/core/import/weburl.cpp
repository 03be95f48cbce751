#include "import/weburl.h"

#include <QUrl>

namespace Lectern::Core::WebUrl {

QString sanitized(const QString &candidate)
{
    const QString trimmed = candidate.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) || url.host().isEmpty())
        return {};
    return trimmed;
}

} // namespace Lectern::Core::WebUrl
