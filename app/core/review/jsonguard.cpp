#include "review/jsonguard.h"
#include <QCoreApplication>

namespace Lectern::Core::JsonGuard {

int nestingDepth(const QByteArray &bytes, int limit)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (inString) {
            if (c == '\\')
                ++i; // skip the escaped character
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"': inString = true; break;
        case '[':
        case '{':
            if (++depth > deepest) {
                deepest = depth;
                if (deepest > limit)
                    return limit + 1;
            }
            break;
        case ']':
        case '}': depth = std::max(0, depth - 1); break;
        default: break;
        }
    }
    return deepest;
}

std::optional<QJsonDocument> parse(const QByteArray &bytes, qsizetype maxBytes, int maxDepth, QString *error)
{
    if (bytes.size() > maxBytes) {
        *error = QCoreApplication::translate(
            "Lectern::Core::JsonGuard", "The file is too large (%1 bytes; the limit is %2).")
                     .arg(bytes.size())
                     .arg(maxBytes);
        return std::nullopt;
    }
    if (nestingDepth(bytes, maxDepth) > maxDepth) {
        *error = QCoreApplication::translate("Lectern::Core::JsonGuard", "The JSON is nested more than %1 levels deep.")
                     .arg(maxDepth);
        return std::nullopt;
    }
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("Lectern::Core::JsonGuard", "The file is not valid JSON (%1 at byte %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject() && !doc.isArray()) {
        *error = QCoreApplication::translate(
            "Lectern::Core::JsonGuard", "The file holds neither a JSON object nor an array.");
        return std::nullopt;
    }
    return doc;
}

} // namespace Lectern::Core::JsonGuard
