// applyCorrections(): editor decisions applied to an extraction result; user gazetteer lines.
#include "review/applycorrections.h"
#include "review/usergazetteercommand.h"
#include "util/textfold.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern::Core;

namespace {
const QString kText = QStringLiteral(
    "Ủy ban nhân dân tỉnh Bình Lâm (UBND tỉnh) họp sáng nay. Ông Phạm Vinh, Chủ tịch UBND tỉnh, chủ trì. "
    "Quang Vinh cho biết Công ty Sông Xanh đã nộp hồ sơ. Sông Xanh là doanh nghiệp lớn.");

Mention at(const QString &surface, int occurrence = 0)
{
    qsizetype i = -1;
    for (int k = 0; k <= occurrence; ++k)
        i = kText.indexOf(surface, i + 1);
    return {Span{i, i + surface.size()}, surface};
}

ExtractionResult baseline()
{
    ExtractionResult r;
    Entity ubnd{EntityKind::Organization, QStringLiteral("Ủy ban nhân dân tỉnh Bình Lâm"), {QStringLiteral("UBND tỉnh")}, {}, {}, {}};
    ubnd.mentions = {at(QStringLiteral("Ủy ban nhân dân tỉnh Bình Lâm")), at(QStringLiteral("UBND tỉnh")),
                     at(QStringLiteral("UBND tỉnh"), 1)};
    Entity vinh{EntityKind::Person, QStringLiteral("Phạm Vinh"), {}, {QStringLiteral("Chủ tịch UBND tỉnh")}, {}, {}};
    vinh.mentions = {at(QStringLiteral("Phạm Vinh"))};
    Entity quang{EntityKind::Person, QStringLiteral("Quang Vinh"), {}, {}, {}, {}};
    quang.mentions = {at(QStringLiteral("Quang Vinh"))};
    Entity song{EntityKind::Person, QStringLiteral("Sông Xanh"), {}, {}, {}, {}}; // a false person
    song.mentions = {at(QStringLiteral("Sông Xanh"), 1)};
    r.organizations = {ubnd};
    r.people = {vinh, quang, song};
    return r;
}

CorrectionStep step(EntityCorrection::Action action, EntityKind type, const QString &name, EntityKind newType = EntityKind::Person,
                    const QString &newName = {}, const QString &other = {}, Span span = {})
{
    EntityCorrection c;
    c.action = action;
    c.type = type;
    c.name = name;
    c.newType = newType;
    c.newName = newName;
    c.otherName = other;
    return {c, span};
}

QStringList names(const QList<Entity> &list)
{
    QStringList out;
    for (const Entity &e : list)
        out << e.name;
    return out;
}
} // namespace

class TestReviewCorrections : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reject()
    {
        const auto r = applyCorrections(baseline(), {step(EntityCorrection::Action::Reject, EntityKind::Person,
                                                          QStringLiteral("sông xanh"))}, kText);
        QCOMPARE(names(r.people), (QStringList{QStringLiteral("Phạm Vinh"), QStringLiteral("Quang Vinh")}));
    }

    void changeType()
    {
        const auto r = applyCorrections(baseline(), {step(EntityCorrection::Action::ChangeType, EntityKind::Person,
                                                          QStringLiteral("Sông Xanh"), EntityKind::Organization)}, kText);
        QCOMPARE(r.people.size(), 2);
        QCOMPARE(names(r.organizations).last(), QStringLiteral("Sông Xanh"));
        QCOMPARE(r.organizations.last().type, EntityKind::Organization);
    }

    void renameKeepsOldNameAsAlias()
    {
        const auto r = applyCorrections(baseline(), {step(EntityCorrection::Action::Rename, EntityKind::Person,
                                                          QStringLiteral("Phạm Vinh"), EntityKind::Person,
                                                          QStringLiteral("Phạm Quang Vinh"))}, kText);
        QCOMPARE(r.people.first().name, QStringLiteral("Phạm Quang Vinh"));
        QCOMPARE(r.people.first().aliases, QStringList{QStringLiteral("Phạm Vinh")});
        QCOMPARE(r.people.first().mentions.size(), 1);
    }

    void mergeThenSplit()
    {
        // Rename, then merge "Quang Vinh" into the renamed entity, in order.
        const QList<CorrectionStep> steps{
            step(EntityCorrection::Action::Rename, EntityKind::Person, QStringLiteral("Phạm Vinh"), EntityKind::Person,
                 QStringLiteral("Phạm Quang Vinh")),
            step(EntityCorrection::Action::Merge, EntityKind::Person, QStringLiteral("Phạm Quang Vinh"), EntityKind::Person,
                 {}, QStringLiteral("Quang Vinh")),
        };
        const auto merged = applyCorrections(baseline(), steps, kText);
        QCOMPARE(names(merged.people), (QStringList{QStringLiteral("Phạm Quang Vinh"), QStringLiteral("Sông Xanh")}));
        const Entity &vinh = merged.people.first();
        QCOMPARE(vinh.mentions.size(), 2);
        QVERIFY(vinh.mentions.at(0).span.start < vinh.mentions.at(1).span.start);
        QVERIFY(vinh.aliases.contains(QStringLiteral("Quang Vinh")));
        QCOMPARE(vinh.roles, QStringList{QStringLiteral("Chủ tịch UBND tỉnh")});

        // Split "Quang Vinh" off again: its mention goes with it.
        QList<CorrectionStep> more = steps;
        more.append(step(EntityCorrection::Action::SplitAlias, EntityKind::Person, QStringLiteral("Phạm Quang Vinh"),
                         EntityKind::Person, {}, QStringLiteral("Quang Vinh")));
        const auto split = applyCorrections(baseline(), more, kText);
        QCOMPARE(split.people.size(), 3);
        QCOMPARE(split.people.first().mentions.size(), 1);
        QVERIFY(!split.people.first().aliases.contains(QStringLiteral("Quang Vinh")));
        QCOMPARE(split.people.last().name, QStringLiteral("Quang Vinh"));
        QCOMPARE(split.people.last().mentions, QList<Mention>{at(QStringLiteral("Quang Vinh"))});
    }

    void addMissedFindsOtherOccurrences()
    {
        const Mention first = at(QStringLiteral("Sông Xanh"));
        // "Công ty Sông Xanh" selected; the second "Sông Xanh" belongs to the false person, so it
        // stays there until that is rejected (applied first here).
        const QList<CorrectionStep> steps{
            step(EntityCorrection::Action::Reject, EntityKind::Person, QStringLiteral("Sông Xanh")),
            step(EntityCorrection::Action::AddMissed, EntityKind::Person, {}, EntityKind::Organization,
                 QStringLiteral("Công ty Sông Xanh"), {}, first.span),
        };
        const auto r = applyCorrections(baseline(), steps, kText);
        QCOMPARE(r.organizations.size(), 2);
        const Entity &song = r.organizations.last();
        QCOMPARE(song.name, QStringLiteral("Công ty Sông Xanh"));
        QCOMPARE(song.mentions.size(), 2);
        QCOMPARE(song.mentions.at(0), first);
        QCOMPARE(song.mentions.at(1), at(QStringLiteral("Sông Xanh"), 1));
        QVERIFY(song.aliases.contains(QStringLiteral("Sông Xanh")));
    }

    void staleDecisionsAreSkipped()
    {
        const auto r = applyCorrections(baseline(), {step(EntityCorrection::Action::Reject, EntityKind::Place,
                                                          QStringLiteral("Hà Nội")),
                                                     step(EntityCorrection::Action::AddMissed, EntityKind::Person, {},
                                                          EntityKind::Place, {}, {}, Span{-5, 900})}, kText);
        QCOMPARE(r.people.size(), 3);
        QCOMPARE(r.places.size(), 0);
    }

    void stepsFromAnnotations()
    {
        Annotation declined;
        declined.kind = Annotation::Kind::EntityCorrection;
        declined.status = Annotation::Status::WontFix;
        declined.created = Annotation::now();
        Annotation later = declined;
        later.status = Annotation::Status::Open;
        later.correction.action = EntityCorrection::Action::Verify;
        later.correction.name = QStringLiteral("Phạm Vinh");
        later.created = declined.created.addSecs(10);
        Annotation earlier = later;
        earlier.correction.action = EntityCorrection::Action::Reject;
        earlier.created = declined.created.addSecs(-10);
        Annotation plain;
        const auto steps = correctionSteps({later, declined, plain, earlier}, kText);
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(0).correction.action, EntityCorrection::Action::Reject);
        QCOMPARE(verifiedEntityKeys(steps), QStringList{QStringLiteral("person|") + TextFold::matchKey(u"Phạm Vinh")});
    }

    void gazetteer()
    {
        QList<CorrectionStep> steps{
            step(EntityCorrection::Action::Reject, EntityKind::Person, QStringLiteral("Sông Xanh")),
            step(EntityCorrection::Action::Rename, EntityKind::Organization, QStringLiteral("UBND tỉnh"),
                 EntityKind::Organization, QStringLiteral("Ủy ban nhân dân tỉnh Bình Lâm")),
            step(EntityCorrection::Action::AddMissed, EntityKind::Person, {}, EntityKind::Place, QStringLiteral("Bình Lâm")),
            step(EntityCorrection::Action::Verify, EntityKind::Person, QStringLiteral("Phạm Vinh")),
        };
        for (qsizetype i = 0; i < 3; ++i)
            steps[i].correction.applyToAllArticles = true;
        const QStringList lines = gazetteerLines(steps);
        QCOMPARE(lines, (QStringList{QStringLiteral("block: Sông Xanh"),
                                     QStringLiteral("organization: Ủy ban nhân dân tỉnh Bình Lâm|UBND tỉnh"),
                                     QStringLiteral("place: Bình Lâm")}));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user-gazetteer.txt"));
        QString error;
        QVERIFY(appendToUserGazetteer(path, lines, &error));
        QVERIFY(appendToUserGazetteer(path, lines, &error)); // idempotent
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList written = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(written.size(), 4); // header + 3 lines, no duplicates
        QVERIFY(written.first().startsWith(QLatin1Char('#')));
    }

    void figures()
    {
        // "12,5%" is not in kText: use a text with figures of its own.
        const QString text = QStringLiteral("Vốn đạt 4.250 tỷ đồng, tăng 12,5%. Có 318 doanh nghiệp mới.");
        ExtractionResult r;
        Metric money;
        money.kind = MetricKind::Money;
        money.span = {text.indexOf(QStringLiteral("4.250")), text.indexOf(QStringLiteral(", tăng"))};
        money.text = text.mid(money.span.start, money.span.length());
        r.metrics = {money};
        CorrectionStep add = step(EntityCorrection::Action::AddMissed, EntityKind::Person, {}, EntityKind::Person,
                                  QStringLiteral("12,5%"), {},
                                  Span{text.indexOf(QStringLiteral("12,5%")), text.indexOf(QStringLiteral("12,5%")) + 5});
        add.correction.metric = true;
        const auto added = applyCorrections(r, {add}, text);
        QCOMPARE(added.metrics.size(), 2);
        QCOMPARE(added.metrics.last().kind, MetricKind::Percent);
        QCOMPARE(added.metrics.last().value, 12.5);
        QCOMPARE(added.metrics.last().span, add.span);
        CorrectionStep reject = step(EntityCorrection::Action::Reject, EntityKind::Person, money.text);
        reject.correction.metric = true;
        reject.span = money.span;
        const auto rejected = applyCorrections(added, {reject}, text);
        QCOMPARE(rejected.metrics.size(), 1);
        QCOMPARE(rejected.metrics.first().text, QStringLiteral("12,5%"));
        QVERIFY(rejected.people.isEmpty());
        // Figures never reach the user gazetteer; their JSON form keeps the flag.
        reject.correction.applyToAllArticles = true;
        QVERIFY(gazetteerLines({reject}).isEmpty());
        QVERIFY(EntityCorrection::fromJson(reject.correction.toJson()) == reject.correction);
    }

    void gazetteerCommandUndoes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/user-gazetteer.txt"));
        QString error;
        QDir().mkpath(dir.filePath(QStringLiteral("sub")));
        QVERIFY(appendToUserGazetteer(path, {QStringLiteral("person: Phạm Vinh")}, &error));
        UserGazetteerCommand command(path, {QStringLiteral("person: Phạm Vinh"), QStringLiteral("block: Sông Xanh")});
        command.redo();
        QCOMPARE(command.errorString(), QString());
        QCOMPARE(command.addedLines(), QStringList{QStringLiteral("block: Sông Xanh")}); // the other was there
        auto lines = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                               : QStringList();
        };
        QCOMPARE(lines().size(), 3);
        command.undo();
        QCOMPARE(lines().size(), 2);
        QVERIFY(lines().contains(QStringLiteral("person: Phạm Vinh")));
        command.redo();
        QVERIFY(lines().contains(QStringLiteral("block: Sông Xanh")));
    }
};

QTEST_GUILESS_MAIN(TestReviewCorrections)
#include "tst_reviewcorrections.moc"
