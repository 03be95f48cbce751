// LibraryStore: adding files (one, or many through BatchPipeline), the reader version of each
// article and what the re-index reads and writes.
#include "library/librarystore.h"

#include "extract/extractor.h"
#include "library/batchpipeline.h"
#include "library/librarylog.h"
#include "library/readerversion.h"
#include "review/applycorrections.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace Lectern::Core {

LibraryStore::AddResult LibraryStore::addFile(const QString &path)
{
    std::optional<KnownFile> known;
    {
        QSqlQuery q(database());
        q.prepare(QStringLiteral("SELECT article_id, file_hash, file_mtime, file_size FROM library_articles"
                                 " WHERE file_path = ? ORDER BY indexed DESC LIMIT 1"));
        q.addBindValue(QFileInfo(path).absoluteFilePath());
        if (q.exec() && q.next())
            known = KnownFile{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong()};
    }
    const std::shared_ptr<const Extractor> reader = extractor();
    BatchPipeline::FileRead r = BatchPipeline::readFile(path, known ? &*known : nullptr, *reader);
    AddResult result;
    result.outcome = r.item.outcome;
    result.articleId = r.item.articleId;
    result.error = r.item.error;
    if (r.touched && !touchFile(r.item.articleId, r.mtime, r.size))
        return AddResult{AddOutcome::Failed, 0, m_error};
    if (!r.loaded)
        return result;
    return storeLoaded(*r.loaded, QFileInfo(path).absoluteFilePath(), r.hash, r.mtime, r.size,
                       ReaderVersion::of(reader->model().get()));
}

QHash<QString, LibraryStore::KnownFile> LibraryStore::knownFiles() const
{
    QHash<QString, KnownFile> out;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    // Oldest first: a path seen twice keeps its newest row, as addFile() does.
    if (!q.exec(QStringLiteral("SELECT file_path, article_id, file_hash, file_mtime, file_size FROM library_articles"
                               " WHERE file_path IS NOT NULL ORDER BY indexed, article_id"))) {
        fail(QStringLiteral("Cannot read the library"), q.lastError().text());
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toString(),
                   KnownFile{q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toLongLong(), q.value(4).toLongLong()});
    return out;
}

LibraryStore::AddResult LibraryStore::storeLoaded(Loaded &loaded, const QString &absolutePath, const QString &fileHash,
                                                  qint64 mtime, qint64 size, const QString &readerVersion)
{
    AddResult result;
    if (!loaded.import.ok()) {
        result.error = loaded.import.error;
        return result;
    }
    Article &article = *loaded.import.article;
    article.sourcePath = absolutePath;
    auto failed = [&](const QString &error) {
        m_reviewStore.rollback();
        result.outcome = AddOutcome::Failed;
        result.error = error;
        return result;
    };
    // The article, its library row and its reader in one transaction (or the caller's batch).
    if (!m_reviewStore.begin())
        return failed(m_reviewStore.errorString());
    const auto record = m_reviewStore.registerArticle(article);
    if (!record)
        return failed(m_reviewStore.errorString());
    bool existed = false;
    {
        QSqlQuery &q = prepared(QStringLiteral("SELECT 1 FROM library_articles WHERE article_id = ?"));
        q.addBindValue(record->id);
        existed = q.exec() && q.next();
        q.finish();
    }
    if (!writeArticle(record->id, article, loaded.entities, absolutePath, fileHash, mtime, size,
                      loaded.texts ? &*loaded.texts : nullptr)
        || !recordReaderVersion(record->id, readerVersion))
        return failed(m_error);
    if (!m_reviewStore.commit())
        return failed(m_reviewStore.errorString());
    result.outcome = existed ? AddOutcome::Updated : AddOutcome::Added;
    result.articleId = record->id;
    return result;
}

bool LibraryStore::recordReaderVersion(qint64 articleId, const QString &readerVersion)
{
    QSqlQuery &q = prepared(QStringLiteral("UPDATE library_articles SET reader_version = ? WHERE article_id = ?"));
    q.addBindValue(readerVersion);
    q.addBindValue(articleId);
    if (!q.exec())
        return fail(QStringLiteral("Cannot record the article in the library"), q.lastError().text());
    return true;
}

bool LibraryStore::touchFile(qint64 articleId, qint64 mtime, qint64 size)
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE library_articles SET file_mtime = ?, file_size = ? WHERE article_id = ?"));
    q.addBindValue(mtime);
    q.addBindValue(size);
    q.addBindValue(articleId);
    if (!q.exec())
        return fail(QStringLiteral("Cannot update the library"), q.lastError().text());
    return true;
}

QList<qint64> LibraryStore::staleArticles(const QString &readerVersion) const
{
    QList<qint64> ids;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT article_id FROM library_articles WHERE reader_version <> ?"
                             " ORDER BY published DESC, article_id DESC"));
    q.addBindValue(readerVersion);
    if (!q.exec()) {
        fail(QStringLiteral("Cannot read the library"), q.lastError().text());
        return ids;
    }
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

qint64 LibraryStore::staleCount(const QString &readerVersion) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM library_articles WHERE reader_version <> ?"));
    q.addBindValue(readerVersion);
    // A read-only database of an older Lectern has no reader version yet: nothing to say.
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

std::optional<LibraryStore::StoredArticle> LibraryStore::storedArticle(qint64 articleId) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT a.title, a.url, l.site, l.format, l.authors, l.body,"
                             " COALESCE(l.file_path, a.source_path), l.file_hash"
                             " FROM library_articles l JOIN articles a ON a.id = l.article_id WHERE l.article_id = ?"));
    q.addBindValue(articleId);
    if (!q.exec()) {
        fail(QStringLiteral("Cannot read the article's text"), q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    StoredArticle s;
    s.id = articleId;
    s.article.title = q.value(0).toString();
    s.article.url = q.value(1).toString();
    s.article.site = q.value(2).toString();
    s.article.format = q.value(3).toString();
    s.article.authors = q.value(4).toString().split(QStringLiteral(", "), Qt::SkipEmptyParts);
    // The stored body is the article's text (blocks joined by the separator): the same offsets.
    for (const QString &text : q.value(5).toString().split(Article::blockSeparator()))
        s.article.blocks.append(Block{Block::Kind::Paragraph, text});
    s.path = q.value(6).toString();
    s.fileHash = q.value(7).toString();
    s.article.sourcePath = s.path;
    return s;
}

bool LibraryStore::updateEntities(qint64 articleId, const Article &article, const ExtractionResult &extracted,
                                  const QString &readerVersion)
{
    // The editor's entity corrections apply to the new reading as they did to the old one.
    const QList<Annotation> notes = m_reviewStore.annotations(articleId);
    const ExtractionResult entities = notes.isEmpty()
        ? extracted
        : applyCorrections(extracted, correctionSteps(notes, article.text()), article.text());
    if (!m_reviewStore.begin())
        return fail(QStringLiteral("Cannot update the library"), m_reviewStore.errorString());
    QSqlQuery q(database());
    q.prepare(QStringLiteral("UPDATE library_articles SET people_count = ?, organization_count = ?, figure_count = ?,"
                             " reader_version = ? WHERE article_id = ?"));
    q.addBindValue(int(entities.people.size()));
    q.addBindValue(int(entities.organizations.size()));
    q.addBindValue(int(entities.metrics.size()));
    q.addBindValue(readerVersion);
    q.addBindValue(articleId);
    if (!q.exec()) {
        const QString detail = q.lastError().text();
        m_reviewStore.rollback();
        return fail(QStringLiteral("Cannot update the library"), detail);
    }
    if (!writeEntities(articleId, entities)) {
        m_reviewStore.rollback();
        return false;
    }
    if (!m_reviewStore.commit())
        return fail(QStringLiteral("Cannot update the library"), m_reviewStore.errorString());
    return true;
}

} // namespace Lectern::Core
