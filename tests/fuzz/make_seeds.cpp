// Writes the seed files of the JSON-LD and review-file fuzzers (tests/data/fuzz/{jsonld,reviewfile})
// from the review fixture, so that the seeds are real output of this version of Lectern.
// Usage: lectern_fuzz_make_seeds <tests/data> <output folder>
#include "document/articleloader.h"
#include "review/anchoring.h"
#include "review/reviewfile.h"
#include "review/webannotationjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <cstdio>

using namespace Lectern::Core;

static bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s <tests/data> <output folder>\n", argv[0]);
        return 2;
    }
    const QString data = QString::fromLocal8Bit(argv[1]);
    const QDir out(QString::fromLocal8Bit(argv[2]));
    const LoadResult loaded = loadArticle(data + QStringLiteral("/review/binh-lam.txt"));
    if (!loaded.import.ok()) {
        std::fprintf(stderr, "cannot load the review fixture\n");
        return 1;
    }
    ReviewFile::Contents c;
    c.article = *loaded.import.article;
    c.article.sourcePath.clear();
    c.state = ReviewState::InReview;
    c.savedBy = QStringLiteral("Lê Thu Hà");
    c.saved = QDateTime(QDate(2024, 3, 12), QTime(9, 30), Qt::UTC);
    const QString text = c.article.text();
    const QString quote = QStringLiteral("4.250 tỷ đồng");
    const qsizetype at = qMax<qsizetype>(0, text.indexOf(quote));
    Annotation a = Annotation::create(Anchoring::anchorAt(text, at, at + quote.size()), QStringLiteral("Lê Thu Hà"));
    a.comment = QStringLiteral("Đối chiếu với báo cáo của Sở.");
    a.tags = {QStringLiteral("figure"), QStringLiteral("needs source")};
    a.replies.append({QUuid::createUuid(), QStringLiteral("Trần Minh"), a.created, QStringLiteral("Đúng.")});
    Annotation fix = Annotation::create(Anchoring::anchorAt(text, 0, qMin<qsizetype>(8, text.size())), QStringLiteral("Lê Thu Hà"));
    fix.kind = Annotation::Kind::EntityCorrection;
    fix.correction.action = EntityCorrection::Action::ChangeType;
    fix.correction.type = EntityKind::Organization;
    fix.correction.name = QStringLiteral("Bình Lâm");
    fix.correction.newType = EntityKind::Place;
    fix.status = Annotation::Status::Resolved;
    c.annotations = {a, fix};

    out.mkpath(QStringLiteral("jsonld"));
    out.mkpath(QStringLiteral("reviewfile"));
    bool ok = writeFile(out.filePath(QStringLiteral("jsonld/collection.jsonld")),
                        WebAnnotationJson::exportCollection(c.article, c.annotations));
    ok = writeFile(out.filePath(QStringLiteral("jsonld/one-comment.jsonld")),
                   WebAnnotationJson::exportCollection(c.article, {a})) && ok;
    ok = writeFile(out.filePath(QStringLiteral("reviewfile/binh-lam.lectern-review")), ReviewFile::write(c)) && ok;
    ReviewFile::Contents small;
    small.article.title = QStringLiteral("Tin ngắn");
    small.article.blocks = {Block{Block::Kind::Paragraph, QStringLiteral("Sáng 3/4, UBND tỉnh họp bàn kế hoạch 12,5 tỷ đồng.")}};
    small.article.originalBytes = small.article.text().toUtf8();
    small.saved = c.saved;
    ok = writeFile(out.filePath(QStringLiteral("reviewfile/small.lectern-review")), ReviewFile::write(small)) && ok;
    return ok ? 0 : 1;
}
