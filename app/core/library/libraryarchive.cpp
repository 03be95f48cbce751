// LibraryStore: export to one file, merge an exported library, vacuum.
#include "library/librarystore.h"

#include "library/foreignlibrary.h"
#include "library/librarylog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
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

void LibraryStore::removeImportLeftovers()
{
    // Lectern up to 0.x copied the file to import to "<database>.import-<ms>" and a kill left the
    // copy behind; imports read the file in place now.
    const QFileInfo db(path());
    const QRegularExpression leftover(QStringLiteral("^%1\\.import-\\d+(-wal|-shm|-journal)?$")
                                          .arg(QRegularExpression::escape(db.fileName())));
    const QDir dir = db.absoluteDir();
    for (const QString &name : dir.entryList({db.fileName() + QStringLiteral(".import-*")}, QDir::Files | QDir::Hidden)) {
        if (leftover.match(name).hasMatch() && QFile::remove(dir.filePath(name)))
            qCInfo(lcLibrary) << "removed the leftover of an interrupted import:" << name;
    }
}

bool LibraryStore::importArticle(ForeignLibrary &source, qint64 sourceId, ImportReport *report)
{
    auto row = source.article(sourceId);
    if (!row)
        return fail(QStringLiteral("Cannot import the library"), source.errorString());
    const auto known = m_reviewStore.findArticle(row->article);
    bool inLibrary = false;
    if (known) {
        QSqlQuery q(database());
        q.prepare(QStringLiteral("SELECT 1 FROM library_articles WHERE article_id = ?"));
        q.addBindValue(known->id);
        inLibrary = q.exec() && q.next();
    }
    // A known article keeps its text, state and library row; its annotations are only merged
    // when its text is the same (their anchors are on that text). Another version of it is left
    // alone: importing it would replace the editor's text.
    if (known && known->contentHash != row->article.contentHash()) {
        ++report->known;
        return true;
    }
    const auto annotations = source.annotations(sourceId);
    if (!annotations)
        return fail(QStringLiteral("Cannot import the library"), source.errorString());
    std::optional<ExtractionResult> entities;
    if (!inLibrary) {
        entities = source.entities(sourceId);
        if (!entities)
            return fail(QStringLiteral("Cannot import the library"), source.errorString());
        entities->metrics.resize(row->figureCount); // only their number is kept
    }
    // The article, its library row, its state and its annotations: all or nothing.
    if (!m_reviewStore.begin())
        return fail(QStringLiteral("Cannot import the library"), m_reviewStore.errorString());
    qint64 id = known ? known->id : 0;
    if (!inLibrary) {
        const auto indexed = indexArticle(row->article, *entities);
        if (!indexed) {
            m_reviewStore.rollback();
            return false;
        }
        id = *indexed;
        if (!known && !m_reviewStore.setReviewState(id, row->state)) {
            m_reviewStore.rollback();
            return fail(QStringLiteral("Cannot import the library"), m_reviewStore.errorString());
        }
    }
    const auto merged = m_reviewStore.importAnnotations(id, *annotations);
    if (!merged) {
        m_reviewStore.rollback();
        return fail(QStringLiteral("Cannot import the annotations"), m_reviewStore.errorString());
    }
    if (!m_reviewStore.commit())
        return fail(QStringLiteral("Cannot import the library"), m_reviewStore.errorString());
    ++(inLibrary ? report->known : report->added);
    AnnotationImport::Report &sum = report->annotations;
    sum.added += merged->added;
    sum.unchanged += merged->unchanged;
    sum.merged += merged->merged;
    sum.renamed += merged->renamed;
    sum.replaced += merged->replaced;
    sum.renames += merged->renames;
    return true;
}

std::optional<LibraryStore::ImportReport> LibraryStore::importLibrary(const QString &file,
                                                                      const std::function<void(int, int)> &progress)
{
    if (m_readOnly) {
        fail(QStringLiteral("Cannot import the library"), QStringLiteral("the database is open read-only"));
        return std::nullopt;
    }
    ForeignLibrary source;
    if (!source.open(file)) {
        m_error = source.errorString(); // logged by ForeignLibrary
        return std::nullopt;
    }
    ImportReport report;
    report.problems = source.problems();
    const QList<qint64> ids = source.articleIds();
    if (!source.errorString().isEmpty()) {
        m_error = source.errorString();
        return std::nullopt;
    }
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (!importArticle(source, ids.at(i), &report)) {
            // What was imported stays (each article is whole); the rest is reported as lost.
            report.problems << QStringLiteral("%1 (%2 of %3 articles not imported)")
                                   .arg(m_error)
                                   .arg(ids.size() - i)
                                   .arg(ids.size());
            break;
        }
        if (progress)
            progress(int(i + 1), int(ids.size()));
    }
    refreshComments(); // the imported comments are searchable at once (also read-only later)
    qCInfo(lcLibrary) << "imported" << report.added << "articles from" << file << "," << report.known << "known,"
                      << report.problems.size() << "problems";
    return report;
}

std::optional<int> LibraryStore::importFrom(const QString &file)
{
    const auto report = importLibrary(file);
    if (!report)
        return std::nullopt;
    if (!report->complete()) {
        m_error = report->problems.join(QStringLiteral("; "));
        return std::nullopt;
    }
    return report->added;
}

bool LibraryStore::vacuum()
{
    if (!refreshComments())
        return false;
    return exec(QStringLiteral("INSERT INTO library_fts (library_fts) VALUES ('optimize')"))
        && exec(QStringLiteral("VACUUM")) && exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

} // namespace Lectern::Core
