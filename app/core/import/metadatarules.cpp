#include <QCoreApplication>
#include "import/metadatarules.h"

#include "import/textcleaner.h"
#include "import/weburl.h"

#include <QFile>

#include <filesystem>
#include <system_error>

namespace Lectern::Core::MetadataRules {

void apply(Article &article)
{
    article.url = WebUrl::sanitized(article.url);
    article.title = TextCleaner::cleanOneLine(article.title);
    article.site = TextCleaner::cleanOneLine(article.site);
    for (QStringList *names : {&article.authors, &article.photographers}) {
        for (QString &name : *names)
            name = TextCleaner::cleanOneLine(name);
        names->removeAll(QString());
    }
}

bool isReadableFile(const QString &path, QString *reason)
{
    auto fail = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (path.isEmpty())
        return fail(QCoreApplication::translate("Lectern::Core::ArticleImporter", "No file was named."));
    std::error_code error;
    const std::filesystem::file_status status = std::filesystem::status(QFile::encodeName(path).toStdString(), error);
    if (error || status.type() == std::filesystem::file_type::not_found)
        return fail(QCoreApplication::translate("Lectern::Core::ArticleImporter", "The file does not exist."));
    if (status.type() == std::filesystem::file_type::directory)
        return fail(QCoreApplication::translate("Lectern::Core::ArticleImporter", "This is a folder, not a file."));
    if (status.type() != std::filesystem::file_type::regular)
        return fail(QCoreApplication::translate("Lectern::Core::ArticleImporter", "This is not a regular file (a pipe, device or socket), so it is not read."));
    return true;
}

} // namespace Lectern::Core::MetadataRules
