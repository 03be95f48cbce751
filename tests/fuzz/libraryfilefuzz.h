#pragma once
// Shared by fuzz_libraryfile and core.fuzz_regressions: a valid exported library, the edit
// program read from the fuzz input (changed values of any type and size, deleted and duplicated
// rows, tables replaced by views, triggers, another schema version, damaged bytes) and the
// import with its invariants.
#include "library/librarystore.h"
#include "review/anchoring.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdint>

namespace LibraryFileFuzz {

using namespace Lectern::Core;

struct Table
{
    const char *name;
    QList<const char *> columns;
};

inline const QList<Table> &tables()
{
    static const QList<Table> list = {
        {"articles", {"id", "url", "source_path", "content_hash", "title", "review_state"}},
        {"library_articles", {"article_id", "published", "authors", "figure_count", "people_count", "body"}},
        {"annotations", {"id", "uuid", "article_id", "kind", "exact", "start_cp", "end_cp", "comment", "status",
                         "created", "correction"}},
        {"annotation_tags", {"annotation_id", "position", "tag"}},
        {"replies", {"uuid", "annotation_id", "position", "body", "created"}},
        {"library_entities", {"id", "type", "key", "name"}},
        {"library_mentions", {"entity_id", "article_id", "mention_count", "first_offset", "aliases"}},
    };
    return list;
}

// Reads the edit program from the input bytes.
class Program
{
public:
    Program(const uint8_t *data, size_t size) : m_data(data), m_size(size) {}
    bool atEnd() const { return m_pos >= m_size; }
    uint8_t byte() { return m_pos < m_size ? m_data[m_pos++] : 0; }
    quint32 word() { return quint32(byte()) | quint32(byte()) << 8 | quint32(byte()) << 16 | quint32(byte()) << 24; }

    QString value()
    {
        switch (byte() % 10) {
        case 0: return QStringLiteral("NULL");
        case 1: return QStringLiteral("2147483647");
        case 2: return QStringLiteral("9223372036854775807");
        case 3: return QStringLiteral("-9223372036854775808");
        case 4: return QString::number(qint32(word()));
        case 5: return QStringLiteral("1e308");
        case 6: return QStringLiteral("zeroblob(%1)").arg(word() % (1u << 24));
        case 7: return QStringLiteral("printf('%.*c', %1, 'x')").arg(word() % (1u << 23));
        case 8: return QStringLiteral("'<img src=\"/dev/zero\"> \u202e' || char(%1)").arg(1 + byte());
        default: return QStringLiteral("'%1'").arg(QString::number(word(), 16));
        }
    }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
};

inline void edit(const QString &file, Program &program)
{
    QList<qint64> damage; // (offset << 8 | byte), applied once SQLite has let go of the file
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fuzz-edit"));
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery q(db);
            for (int steps = 0; steps < 16 && !program.atEnd(); ++steps) {
                const Table &t = tables().at(program.byte() % tables().size());
                const QString table = QLatin1String(t.name);
                const QString column = QLatin1String(t.columns.at(program.byte() % t.columns.size()));
                const int row = 1 + program.byte() % 4;
                switch (program.byte() % 8) {
                case 0:
                case 1:
                    q.exec(QStringLiteral("UPDATE %1 SET %2 = %3 WHERE rowid = %4").arg(table, column, program.value()).arg(row));
                    break;
                case 2: q.exec(QStringLiteral("DELETE FROM %1 WHERE rowid = %2").arg(table).arg(row)); break;
                case 3: q.exec(QStringLiteral("INSERT INTO %1 SELECT * FROM %1 WHERE rowid = %2").arg(table).arg(row)); break;
                case 4:
                    q.exec(QStringLiteral("DROP TABLE %1").arg(table));
                    q.exec(QStringLiteral("CREATE VIEW %1 AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)"
                                          " SELECT n AS %2, random() AS x FROM r").arg(table, column));
                    break;
                case 5:
                    q.exec(QStringLiteral("CREATE TRIGGER t%1 AFTER INSERT ON %2 BEGIN DELETE FROM %2; END")
                               .arg(program.byte()).arg(table));
                    break;
                case 6: q.exec(QStringLiteral("PRAGMA user_version = %1").arg(program.byte() % 6)); break;
                default: damage.append(qint64(program.word() % (1u << 20)) << 8 | program.byte()); break;
                }
            }
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fuzz-edit"));
    QFile f(file);
    if (!damage.isEmpty() && f.open(QIODevice::ReadWrite)) {
        for (qint64 d : damage) {
            if (f.seek((d >> 8) % std::max<qint64>(1, f.size())))
                f.putChar(char(d & 0xff));
        }
    }
}

inline QByteArray digest(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

struct Fixture
{
    QTemporaryDir dir;
    QByteArray valid; // the bytes of a valid exported library
};

inline Fixture &fixture()
{
    static Fixture *f = [] {
        auto *fx = new Fixture;
        const QString exported = fx->dir.filePath(QStringLiteral("valid.lectern"));
        LibraryStore store;
        store.open(fx->dir.filePath(QStringLiteral("source.sqlite")));
        for (int n = 0; n < 3; ++n) {
            Article a;
            a.title = QStringLiteral("Bản tin %1").arg(n);
            a.blocks = {Block{Block::Kind::Paragraph, QStringLiteral("Ông Nguyễn Văn Tùng họp lần %1.").arg(n)}};
            ExtractionResult entities;
            Entity e;
            e.name = QStringLiteral("Nguyễn Văn Tùng");
            e.mentions = {Mention{Span{4, 19}, e.name}};
            entities.people = {e};
            const auto id = store.indexArticle(a, entities);
            if (!id)
                continue;
            Annotation note = Annotation::create(Anchoring::anchorAt(a.text(), 4, 19), QStringLiteral("Lan"));
            note.comment = QStringLiteral("Chức danh?");
            note.tags = {QStringLiteral("name/title")};
            note.replies = {AnnotationReply{QUuid::createUuid(), QStringLiteral("Minh"), Annotation::now(), QStringLiteral("Đúng")}};
            store.reviewStore().saveAnnotation(*id, note);
        }
        store.exportTo(exported);
        QFile in(exported);
        in.open(QIODevice::ReadOnly);
        fx->valid = in.readAll();
        return fx;
    }();
    return *f;
}

// One input: the edits applied to a copy of the valid library, then the import. Returns what
// went wrong (empty when every invariant holds).
inline QString run(const uint8_t *data, size_t size)
{
    Fixture &fx = fixture();
    if (fx.valid.isEmpty())
        return QStringLiteral("the valid library could not be built");
    const QString file = fx.dir.filePath(QStringLiteral("input.lectern"));
    const QString target = fx.dir.filePath(QStringLiteral("target.sqlite"));
    for (const QString &path : QStringList{file, target, target + QStringLiteral("-wal"), target + QStringLiteral("-shm")})
        QFile::remove(path);
    {
        QFile out(file);
        out.open(QIODevice::WriteOnly);
        out.write(fx.valid);
    }
    Program program(data, size);
    edit(file, program);
    const QByteArray before = digest(file);
    {
        LibraryStore store;
        if (!store.open(target))
            return QStringLiteral("the target database does not open");
        const auto report = store.importLibrary(file);
        if (!report && store.errorString().isEmpty())
            return QStringLiteral("a refused library file has no error");
        if (report && store.articleCount() > 3)
            return QStringLiteral("more articles than the file holds");
        if (!store.reviewStore().checkIntegrity())
            return QStringLiteral("the target database is not sound");
    }
    if (digest(file) != before)
        return QStringLiteral("the library file was written");
    return {};
}

} // namespace LibraryFileFuzz
