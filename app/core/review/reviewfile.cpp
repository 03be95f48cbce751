#include "review/reviewfile.h"

#include "import/metadatarules.h"
#include "review/jsonguard.h"
#include "review/webannotationjson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Lectern::Core::ReviewFile {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

const std::pair<Block::Kind, const char *> kBlockKinds[] = {
    {Block::Kind::Heading, "heading"}, {Block::Kind::Paragraph, "paragraph"}, {Block::Kind::Caption, "caption"},
    {Block::Kind::Quote, "quote"},     {Block::Kind::Byline, "byline"},
};

QString blockKindName(Block::Kind kind)
{
    for (const auto &[k, name] : kBlockKinds) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("paragraph");
}

Block::Kind blockKind(const QString &name)
{
    for (const auto &[k, n] : kBlockKinds) {
        if (name == QLatin1String(n))
            return k;
    }
    return Block::Kind::Paragraph;
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

} // namespace

QByteArray write(const Contents &c)
{
    const Article &a = c.article;
    QJsonArray blocks;
    for (const Block &b : a.blocks) {
        QJsonObject block{{key("kind"), blockKindName(b.kind)}, {key("text"), b.text}};
        if (b.page > 0) // PDF sources: the page the block starts on
            block.insert(key("page"), b.page);
        blocks.append(block);
    }
    QJsonObject article{
        {key("title"), a.title},
        {key("url"), a.url},
        {key("site"), a.site},
        {key("published"), a.published.isValid() ? a.published.toString(Qt::ISODate) : QString()},
        {key("publishedHasTime"), a.publishedHasTime},
        {key("authors"), strings(a.authors)},
        {key("photographers"), strings(a.photographers)},
        {key("language"), a.language},
        {key("format"), a.format},
        {key("encoding"), a.encoding},
        {key("fileName"), QFileInfo(a.sourcePath).fileName()},
        {key("contentHash"), a.contentHash()},
        {key("originalBytes"), QString::fromLatin1(a.originalBytes.toBase64())},
        {key("blocks"), blocks},
    };
    const QString source = WebAnnotationJson::targetSource(a);
    QJsonArray annotations;
    for (const Annotation &an : c.annotations)
        annotations.append(WebAnnotationJson::annotationToJson(an, source));
    const QJsonObject root{
        {key("format"), QStringLiteral("lectern-review")},
        {key("version"), version},
        {key("saved"), c.saved.isValid() ? c.saved.toUTC().toString(Qt::ISODateWithMs) : QString()},
        {key("savedBy"), c.savedBy},
        {key("reviewState"), reviewStateName(c.state)},
        {key("article"), article},
        {key("annotations"), annotations},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<Contents> read(const QByteArray &bytes, QString *error)
{
    const auto doc = JsonGuard::parse(bytes, maxFileBytes, maxNesting, error);
    if (!doc)
        return std::nullopt;
    const QJsonObject root = doc->object();
    if (root.value(key("format")).toString() != QStringLiteral("lectern-review")) {
        *error = QStringLiteral("The file is not a Lectern review.");
        return std::nullopt;
    }
    const int fileVersion = root.value(key("version")).toInt(0);
    if (fileVersion < 1 || fileVersion > version) {
        *error = QStringLiteral("The review file has version %1; this Lectern reads up to version %2.")
                     .arg(fileVersion)
                     .arg(version);
        return std::nullopt;
    }
    Contents c;
    const QJsonObject a = root.value(key("article")).toObject();
    Article &article = c.article;
    article.title = a.value(key("title")).toString();
    article.url = a.value(key("url")).toString();
    article.site = a.value(key("site")).toString();
    article.published = QDateTime::fromString(a.value(key("published")).toString(), Qt::ISODate);
    article.publishedHasTime = a.value(key("publishedHasTime")).toBool();
    article.authors = stringList(a.value(key("authors")));
    article.photographers = stringList(a.value(key("photographers")));
    article.language = a.value(key("language")).toString(QStringLiteral("vi"));
    article.format = a.value(key("format")).toString();
    article.encoding = a.value(key("encoding")).toString();
    article.originalBytes = QByteArray::fromBase64(a.value(key("originalBytes")).toString().toLatin1());
    for (const QJsonValue &b : a.value(key("blocks")).toArray()) {
        const QJsonObject block = b.toObject();
        const int page = block.value(key("page")).toInt(0);
        article.blocks.append(Block{blockKind(block.value(key("kind")).toString()), block.value(key("text")).toString(),
                                    page > 0 && page <= 1'000'000 ? page : 0});
    }
    // The same address and one-line rules as for an imported page (the file may come from anyone).
    MetadataRules::apply(article);
    if (article.blocks.isEmpty()) {
        *error = QStringLiteral("The review file holds no article text.");
        return std::nullopt;
    }
    const QString hash = a.value(key("contentHash")).toString();
    if (!hash.isEmpty() && hash != article.contentHash()) {
        *error = QStringLiteral("The article text in the review file does not match its recorded hash.");
        return std::nullopt;
    }
    if (!reviewStateFromName(root.value(key("reviewState")).toString(QStringLiteral("draft")), &c.state)) {
        *error = QStringLiteral("The review file has an unknown review state.");
        return std::nullopt;
    }
    c.savedBy = root.value(key("savedBy")).toString();
    c.saved = QDateTime::fromString(root.value(key("saved")).toString(), Qt::ISODateWithMs).toUTC();
    const QJsonArray items = root.value(key("annotations")).toArray();
    if (items.size() > WebAnnotationJson::maxAnnotations) {
        *error = QStringLiteral("The review file holds too many annotations.");
        return std::nullopt;
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString itemError;
        const auto annotation = WebAnnotationJson::annotationFromJson(items.at(i).toObject(), &itemError);
        if (!annotation) {
            *error = QStringLiteral("Annotation %1 cannot be read: %2.").arg(i + 1).arg(itemError);
            return std::nullopt;
        }
        c.annotations.append(*annotation);
    }
    return c;
}

bool save(const QString &path, const Contents &contents, QString *error)
{
    const QByteArray bytes = write(contents);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<Contents> load(const QString &path, QString *error)
{
    if (!MetadataRules::isReadableFile(path, error)) // opening a FIFO would block for ever
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    if (file.size() > maxFileBytes) {
        *error = QStringLiteral("The file is too large (%1 bytes).").arg(file.size());
        return std::nullopt;
    }
    return read(file.readAll(), error);
}

} // namespace Lectern::Core::ReviewFile
