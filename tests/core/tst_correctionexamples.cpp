// Corrections -> training examples (review/correctionexamples.h): each kind of entity correction
// changes the example's spans the way the editor meant, on a hand-made extraction result (no
// extractor, no model involved), deterministically.
#include "review/anchoring.h"
#include "review/correctionexamples.h"

#include <QTest>

using namespace Lectern::Core;
using SpanType = TaggerTrainer::SpanType;

namespace {

QString q(const char *utf8) { return QString::fromUtf8(utf8); }

const QString text = q("Chủ tịch UBND tỉnh Lê Văn An tiếp Đoàn công tác. Ông Phước Sơn và Sở Nội vụ "
                       "cùng đội Sao Mai dự lễ. UBND tỉnh Lê Văn An phát biểu.");

Mention mentionOf(const QString &surface, int occurrence = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = text.indexOf(surface, at + 1);
    Q_ASSERT(at >= 0);
    return Mention{Span{at, at + surface.size()}, surface};
}

Entity entity(EntityKind type, const QString &name, const QList<Mention> &mentions)
{
    Entity e;
    e.type = type;
    e.name = name;
    e.mentions = mentions;
    return e;
}

// What an extractor might have said: the official swallowed into the body, a commune as a person.
ExtractionResult extracted()
{
    ExtractionResult r;
    r.people << entity(EntityKind::Person, q("Phước Sơn"), {mentionOf(q("Phước Sơn"))});
    r.organizations << entity(EntityKind::Organization, q("UBND tỉnh Lê Văn An"),
                              {mentionOf(q("UBND tỉnh Lê Văn An")), mentionOf(q("UBND tỉnh Lê Văn An"), 1)})
                    << entity(EntityKind::Organization, q("Sở Nội vụ"), {mentionOf(q("Sở Nội vụ"))});
    return r;
}

Annotation correction(const Mention &on, const EntityCorrection &c)
{
    return Annotation::createCorrection(Anchoring::anchorAt(text, on.span.start, on.span.end), QStringLiteral("test"), c);
}

EntityCorrection make(EntityCorrection::Action action, EntityKind type, const QString &name)
{
    EntityCorrection c;
    c.action = action;
    c.type = type;
    c.name = name;
    return c;
}

QStringList describe(const CorrectionExample &e)
{
    QStringList out;
    for (const TaggerTrainer::LabeledSpan &s : e.spans) {
        const char *t = s.type == SpanType::Person ? "PER" : s.type == SpanType::Organization ? "ORG" : s.type == SpanType::Place ? "LOC" : "MISC";
        out << QString::fromLatin1(t) + QLatin1Char(':') + e.text.mid(s.start, s.end - s.start);
    }
    return out;
}

} // namespace

class TestCorrectionExamples : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noLearnableCorrectionNoExample()
    {
        QVERIFY(!CorrectionExamples::build(text, extracted(), {}).has_value());
        // A comment, a verification and a won't-fix rejection teach nothing.
        Annotation comment = Annotation::create(Anchoring::anchorAt(text, 0, 8), QStringLiteral("test"));
        Annotation verify = correction(mentionOf(q("Sở Nội vụ")),
                                       make(EntityCorrection::Action::Verify, EntityKind::Organization, q("Sở Nội vụ")));
        Annotation wontFix = correction(mentionOf(q("Phước Sơn")),
                                        make(EntityCorrection::Action::Reject, EntityKind::Person, q("Phước Sơn")));
        wontFix.status = Annotation::Status::WontFix;
        QVERIFY(!CorrectionExamples::build(text, extracted(), {comment, verify, wontFix}).has_value());
    }

    void uncorrectedSpans()
    {
        QCOMPARE(describe(CorrectionExample{text, CorrectionExamples::spansOf(extracted()), 0}),
                 (QStringList{q("ORG:UBND tỉnh Lê Văn An"), q("PER:Phước Sơn"), q("ORG:Sở Nội vụ"), q("ORG:UBND tỉnh Lê Văn An")}));
    }

    void eachCorrection_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("reject") << 0 << QStringList{q("ORG:UBND tỉnh Lê Văn An"), q("ORG:Sở Nội vụ"), q("ORG:UBND tỉnh Lê Văn An")};
        QTest::newRow("change type") << 1 << QStringList{q("ORG:UBND tỉnh Lê Văn An"), q("LOC:Phước Sơn"), q("ORG:Sở Nội vụ"), q("ORG:UBND tỉnh Lê Văn An")};
        QTest::newRow("add missed") << 2 << QStringList{q("ORG:UBND tỉnh Lê Văn An"), q("PER:Phước Sơn"), q("ORG:Sở Nội vụ"), q("ORG:đội Sao Mai"), q("ORG:UBND tỉnh Lê Văn An")};
        // The rename fixes the boundary at both mentions; the type change that goes with it
        // makes the official a person.
        QTest::newRow("rename + change type") << 3 << QStringList{q("PER:Lê Văn An"), q("PER:Phước Sơn"), q("ORG:Sở Nội vụ"), q("PER:Lê Văn An")};
    }

    void eachCorrection()
    {
        QFETCH(int, which);
        QFETCH(QStringList, expected);
        QList<Annotation> notes;
        if (which == 0) {
            notes << correction(mentionOf(q("Phước Sơn")), make(EntityCorrection::Action::Reject, EntityKind::Person, q("Phước Sơn")));
        } else if (which == 1) {
            EntityCorrection c = make(EntityCorrection::Action::ChangeType, EntityKind::Person, q("Phước Sơn"));
            c.newType = EntityKind::Place;
            notes << correction(mentionOf(q("Phước Sơn")), c);
        } else if (which == 2) {
            EntityCorrection c = make(EntityCorrection::Action::AddMissed, EntityKind::Person, QString());
            c.newType = EntityKind::Organization;
            c.newName = q("đội Sao Mai");
            notes << correction(mentionOf(q("đội Sao Mai")), c);
        } else {
            EntityCorrection t = make(EntityCorrection::Action::ChangeType, EntityKind::Organization, q("UBND tỉnh Lê Văn An"));
            t.newType = EntityKind::Person;
            notes << correction(mentionOf(q("UBND tỉnh Lê Văn An")), t);
            EntityCorrection r = make(EntityCorrection::Action::Rename, EntityKind::Person, q("UBND tỉnh Lê Văn An"));
            r.newName = q("Lê Văn An");
            notes << correction(mentionOf(q("UBND tỉnh Lê Văn An")), r);
        }
        const auto example = CorrectionExamples::build(text, extracted(), notes);
        QVERIFY(example.has_value());
        QCOMPARE(example->text, text);
        QCOMPARE(example->corrections, notes.size());
        QCOMPARE(describe(*example), expected);
        // Deterministic: the same input gives the same spans.
        QCOMPARE(describe(*CorrectionExamples::build(text, extracted(), notes)), expected);
    }

    void addedSpanWinsOverAnOverlappingOne()
    {
        // The editor marks "Lê Văn An" inside the organization mention as a missed person.
        EntityCorrection c = make(EntityCorrection::Action::AddMissed, EntityKind::Person, QString());
        c.newType = EntityKind::Person;
        c.newName = q("Lê Văn An");
        const auto example = CorrectionExamples::build(text, extracted(), {correction(mentionOf(q("Lê Văn An")), c)});
        QVERIFY(example.has_value());
        QCOMPARE(describe(*example).first(), q("PER:Lê Văn An"));
        // The same words later in the article are that person too, over the organization there.
        QCOMPARE(describe(*example).last(), q("PER:Lê Văn An"));
        QCOMPARE(describe(*example).size(), 4); // Lê Văn An, Phước Sơn, Sở Nội vụ, Lê Văn An
    }
};

QTEST_GUILESS_MAIN(TestCorrectionExamples)
#include "tst_correctionexamples.moc"
