#pragma once
// Shared by fuzz_reviewimport and core.fuzz_regressions: a database that already holds work (an
// annotation on another article with the id the mutator likes to reuse, one on the target
// article) and the import of a review file or W3C collection through the one import rule, with
// its invariants: the work already there is never changed, moved or lost; importing twice adds
// nothing.
#include "review/anchoring.h"
#include "review/annotationstore.h"
#include "review/reviewfile.h"
#include "review/webannotationjson.h"

#include <QTemporaryDir>

namespace ReviewImportFuzz {

using namespace Lectern::Core;

struct Fixture
{
    QTemporaryDir dir;
    AnnotationStore store;
    qint64 article = 0;  // where imports go
    Annotation elsewhere; // on another article, with the id the mutator likes to reuse
    Annotation here;      // on the target article
};

inline Fixture &fixture()
{
    static Fixture *f = [] {
        auto *fx = new Fixture;
        fx->store.open(fx->dir.filePath(QStringLiteral("review.sqlite")));
        Article other;
        other.blocks = {Block{Block::Kind::Paragraph, QStringLiteral("Ông Lê Văn Hùng phát biểu.")}};
        Article target;
        target.blocks = {Block{Block::Kind::Paragraph, QStringLiteral("Bình Lâm tổng kết năm, vốn đạt 4.250 tỷ đồng.")}};
        const qint64 otherId = fx->store.registerArticle(other)->id;
        fx->article = fx->store.registerArticle(target)->id;
        fx->elsewhere = Annotation::create(Anchoring::anchorAt(other.text(), 4, 15), QStringLiteral("Minh"));
        fx->elsewhere.id = QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-000000000001"));
        fx->elsewhere.comment = QStringLiteral("Của tôi");
        fx->elsewhere.tags = {QStringLiteral("name/title")};
        fx->elsewhere.replies = {AnnotationReply{QUuid::createUuid(), QStringLiteral("Lan"), Annotation::now(), QStringLiteral("Ừ")}};
        fx->here = Annotation::create(Anchoring::anchorAt(target.text(), 0, 8), QStringLiteral("Minh"));
        fx->here.comment = QStringLiteral("Tên tỉnh?");
        fx->here.tags = {QStringLiteral("fact-check")};
        fx->store.saveAnnotation(otherId, fx->elsewhere);
        fx->store.saveAnnotation(fx->article, fx->here);
        return fx;
    }();
    return *f;
}

// Returns what went wrong (empty when every invariant holds).
inline QString run(const QByteArray &bytes)
{
    Fixture &fx = fixture();
    QString error;
    QList<Annotation> incoming;
    if (const auto review = ReviewFile::read(bytes, &error)) {
        incoming = review->annotations;
    } else if (const auto collection = WebAnnotationJson::importCollection(bytes, &error)) {
        incoming = collection->annotations;
    } else {
        return error.isEmpty() ? QStringLiteral("a refused file has no error") : QString();
    }
    QString problem;
    const auto report = fx.store.importAnnotations(fx.article, incoming);
    if (!report)
        problem = QStringLiteral("an import of readable annotations failed: ") + fx.store.errorString();
    else if (report->total() != incoming.size())
        problem = QStringLiteral("not every annotation is accounted for");
    else if (fx.store.annotation(fx.elsewhere.id) != fx.elsewhere)
        problem = QStringLiteral("another article's annotation was changed");
    if (problem.isEmpty()) {
        const auto here = fx.store.annotation(fx.here.id);
        if (!here || here->comment != fx.here.comment)
            problem = QStringLiteral("the article's annotation was lost or rewritten");
        else
            for (const QString &tag : fx.here.tags)
                if (!here->tags.contains(tag))
                    problem = QStringLiteral("a tag was dropped");
    }
    if (problem.isEmpty()) {
        const qint64 count = fx.store.annotationCount();
        const auto again = fx.store.importAnnotations(fx.article, incoming);
        if (!again || fx.store.annotationCount() != count)
            problem = QStringLiteral("importing twice added annotations");
    }
    // Back to the fixture for the next input.
    for (const Annotation &a : fx.store.annotations(fx.article))
        if (a.id != fx.here.id)
            fx.store.removeAnnotation(a.id);
    fx.store.saveAnnotation(fx.article, fx.here);
    return problem;
}

} // namespace ReviewImportFuzz
