// LibraryStore: export to one file, merge an exported library, vacuum.
#include "library/librarystore.h"

#include "library/librarylog.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace Lectern::Core {

bool LibraryStore::exportTo(const QString &file)
{
    if (!refreshComments())
        return false;
    // VACUUM INTO writes a compact, consistent copy (WAL content included) without locking out
    // writers for long; it refuses an existing file, so write beside it and swap.
    const QString target = QFileInfo(file).absoluteFilePath();
    const QString part = target + QStringLiteral(".part");
    QFile::remove(part);
    QSqlQuery q(database());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(part);
    if (!q.exec()) {
        QFile::remove(part);
        return fail(QStringLiteral("Cannot export the library"), q.lastError().text());
    }
    if (QFile::exists(target) && !QFile::remove(target)) {
        QFile::remove(part);
        return fail(QStringLiteral("Cannot replace the file"), target);
    }
    if (!QFile::rename(part, target))
        return fail(QStringLiteral("Cannot write the file"), target);
    return true;
}

std::optional<int> LibraryStore::importFrom(const QString &file)
{
    if (!QFileInfo(file).isFile()) {
        fail(QStringLiteral("Cannot import the library"), QStringLiteral("%1 does not exist").arg(file));
        return std::nullopt;
    }
    // Work on a copy: opening migrates, and the exported file stays as it was.
    const QString copy = path() + QStringLiteral(".import-") + QString::number(QDateTime::currentMSecsSinceEpoch());
    QFile::remove(copy);
    if (!QFile::copy(file, copy)) {
        fail(QStringLiteral("Cannot read the library file"), file);
        return std::nullopt;
    }
    auto cleanup = [&] {
        QFile::remove(copy);
        QFile::remove(copy + QStringLiteral("-wal"));
        QFile::remove(copy + QStringLiteral("-shm"));
    };
    int added = 0;
    {
        LibraryStore other;
        if (!other.open(copy)) {
            fail(QStringLiteral("Not a Lectern library"), other.errorString());
            other.close();
            cleanup();
            return std::nullopt;
        }
        QSqlQuery q(other.database());
        if (!q.exec(QStringLiteral("SELECT a.id, a.title, a.url, a.source_path, a.review_state, l.published, l.site,"
                                   " l.format, l.authors, l.body, l.figure_count FROM library_articles l"
                                   " JOIN articles a ON a.id = l.article_id ORDER BY a.id"))) {
            fail(QStringLiteral("Cannot read the library file"), q.lastError().text());
            other.close();
            cleanup();
            return std::nullopt;
        }
        while (q.next()) {
            Article article;
            article.title = q.value(1).toString();
            article.url = q.value(2).toString();
            article.sourcePath = q.value(3).toString();
            const QString published = q.value(5).toString();
            article.published = QDateTime::fromString(published, Qt::ISODate);
            article.publishedHasTime = published.size() > 10;
            article.site = q.value(6).toString();
            article.format = q.value(7).toString();
            article.authors = q.value(8).toString().split(QStringLiteral(", "), Qt::SkipEmptyParts);
            // The body is the blocks joined by the separator: splitting gives the same text and hash.
            for (const QString &paragraph : q.value(9).toString().split(Article::blockSeparator()))
                article.blocks.append(Block{Block::Kind::Paragraph, paragraph});
            if (m_reviewStore.findArticle(article))
                continue;
            const qint64 otherId = q.value(0).toLongLong();
            ExtractionResult entities;
            entities.metrics.resize(q.value(10).toInt());
            QSqlQuery m(other.database());
            m.prepare(QStringLiteral("SELECT e.type, e.name, m.aliases, m.roles, m.mention_count, m.first_offset"
                                     " FROM library_mentions m JOIN library_entities e ON e.id = m.entity_id"
                                     " WHERE m.article_id = ?"));
            m.addBindValue(otherId);
            if (m.exec()) {
                while (m.next()) {
                    Entity e;
                    const bool person = m.value(0).toString() == entityTypeName(EntityType::Person);
                    e.type = person ? EntityType::Person : EntityType::Organization;
                    e.name = m.value(1).toString();
                    e.aliases = m.value(2).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                    e.roles = m.value(3).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                    const qsizetype start = m.value(5).toLongLong();
                    for (int i = 0; i < m.value(4).toInt(); ++i)
                        e.mentions.append(Mention{Span{start, start + e.name.size()}, e.name});
                    (person ? entities.people : entities.organizations).append(e);
                }
            }
            const auto id = indexArticle(article, entities);
            if (!id) {
                other.close();
                cleanup();
                return std::nullopt;
            }
            ReviewState state = ReviewState::Draft;
            if (reviewStateFromName(q.value(4).toString(), &state))
                m_reviewStore.setReviewState(*id, state);
            const QList<Annotation> annotations = other.reviewStore().annotations(otherId);
            if (!annotations.isEmpty() && !m_reviewStore.saveAnnotations(*id, annotations)) {
                fail(QStringLiteral("Cannot import the annotations"), m_reviewStore.errorString());
                other.close();
                cleanup();
                return std::nullopt;
            }
            ++added;
        }
        q.finish();
        other.close();
    }
    cleanup();
    qCInfo(lcLibrary) << "imported" << added << "articles from" << file;
    return added;
}

bool LibraryStore::vacuum()
{
    if (!refreshComments())
        return false;
    return exec(QStringLiteral("INSERT INTO library_fts (library_fts) VALUES ('optimize')"))
        && exec(QStringLiteral("VACUUM")) && exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

} // namespace Lectern::Core
