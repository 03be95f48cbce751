// A user's learned model that this Lectern cannot use (issue 16): one written by the previous
// release (format 2, 9 BIO labels; now refused with "model has 9 labels, expected 17") or a
// damaged one is rebuilt in the background from the entity corrections of the review database on
// the bundled model, the old file is kept as user-model.ltm.old (never deleted) and the user is
// told once; the next article is read with the rebuilt model. A model of a newer format is left
// alone. The loader says why a file is refused as a typed reason (TaggerModel::LoadError).
// The review database is made in the test with the core API (an article indexed by the library,
// one entity correction on it); the old model files are crafted here, header as the loader reads it.
#include "../core/taggerfixture.h"

#include "document/articleloader.h"
#include "extract/entity.h"
#include "extract/extractor.h"
#include "extract/taggermodel.h"
#include "library/librarystore.h"
#include "modellearner.h"
#include "review/anchoring.h"
#include "review/annotationstore.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;
using Core::TaggerModel;
using TaggerFixture::q;

namespace {

// A model file as an older Lectern wrote it: magic, version, label count, provenance, an empty
// cluster table, no features, the transitions of labels + 1 rows, the SHA-256 of all that.
QByteArray oldModel(quint32 version, quint32 labels)
{
    QByteArray body("LECTNER", 8); // with its NUL
    QDataStream s(&body, QIODevice::Append);
    s.setByteOrder(QDataStream::LittleEndian);
    s.setFloatingPointPrecision(QDataStream::SinglePrecision);
    const QByteArray prov = R"({"format":"Lectern entity tagger: BIO","command":"lectern model learn"})";
    s << version << labels << quint32(prov.size());
    s.writeRawData(prov.constData(), int(prov.size()));
    s << quint32(0) /* clusters */ << quint32(0) /* features */ << 1.0f /* scale */;
    for (quint32 i = 0; i < (labels + 1) * labels; ++i)
        s << 0.0f;
    return body + QCryptographicHash::hash(body, QCryptographicHash::Sha256);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QStringList organizations(const std::shared_ptr<const TaggerModel> &model, const QString &text)
{
    QStringList out;
    for (const Core::Entity &e : Core::Extractor(Core::currentGazetteer(), model).extract(text).organizations)
        out << e.name;
    return out;
}

} // namespace

class TestModelRelearn : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    const QString m_text = q("Sáng 12/3, Chủ tịch UBND tỉnh Lê Văn An tiếp Đoàn công tác của Sở Nội vụ.\n"
                             "Hôm nay, nhóm Kim Ngân Phát khai trương chi nhánh mới tại Lạc Sơn.");
    const QString m_missed = q("nhóm Kim Ngân Phát");

    QString db() const { return m_dir.filePath(QStringLiteral("review.sqlite")); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(TaggerModel::bundled()); // the base of the rebuilt model
        Core::LibraryStore store;
        QVERIFY2(store.open(db()), qPrintable(store.errorString()));
        Core::Article a;
        a.title = QStringLiteral("Corrected");
        a.url = QStringLiteral("https://example.org/corrected");
        a.blocks.append(Core::Block{Core::Block::Kind::Paragraph, m_text});
        const auto id = store.indexArticle(a, Core::ExtractionResult{});
        QVERIFY2(id.has_value(), qPrintable(store.errorString()));
        Core::EntityCorrection c;
        c.action = Core::EntityCorrection::Action::AddMissed;
        c.newType = Core::EntityKind::Organization;
        c.newName = m_missed;
        const qsizetype at = a.text().indexOf(m_missed);
        QVERIFY(at > 0);
        QVERIFY(store.reviewStore().saveAnnotation(
            *id, Core::Annotation::createCorrection(Core::Anchoring::anchorAt(a.text(), at, at + m_missed.size()),
                                                    QStringLiteral("editor"), c)));
        store.close();
    }

    void loadErrorReasons_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("reason");
        QTest::newRow("format 2, 9 labels") << oldModel(2, 9) << int(TaggerModel::LoadError::OlderFormat);
        QTest::newRow("format 1, 9 labels") << oldModel(1, 9) << int(TaggerModel::LoadError::OlderFormat);
        QTest::newRow("format 9") << oldModel(9, 17) << int(TaggerModel::LoadError::NewerFormat);
        QTest::newRow("format 3, 9 labels") << oldModel(3, 9) << int(TaggerModel::LoadError::Corrupt);
        QTest::newRow("not a model") << QByteArrayLiteral("PK\3\4 a zip") << int(TaggerModel::LoadError::Corrupt);
        QTest::newRow("truncated") << oldModel(2, 9).left(14) << int(TaggerModel::LoadError::Corrupt);
        QByteArray flipped = TaggerModel::bundled()->toBytes();
        flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 1);
        QTest::newRow("checksum") << flipped << int(TaggerModel::LoadError::Corrupt);
        QTest::newRow("current") << TaggerModel::bundled()->toBytes() << int(TaggerModel::LoadError::None);
    }

    void loadErrorReasons()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, reason);
        QString error;
        TaggerModel::LoadError got = TaggerModel::LoadError::Unreadable;
        const auto model = TaggerModel::fromBytes(bytes, &error, &got);
        QCOMPARE(int(got), reason);
        QCOMPARE(model == nullptr, reason != int(TaggerModel::LoadError::None));
        QCOMPARE(error.isEmpty(), reason == int(TaggerModel::LoadError::None));

        got = TaggerModel::LoadError::None;
        QVERIFY(!TaggerModel::load(m_dir.filePath(QStringLiteral("missing.ltm")), &error, &got));
        QCOMPARE(got, TaggerModel::LoadError::Unreadable);
    }

    void rebuildsUnusableModel_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("previous release") << oldModel(2, 9) << QStringLiteral("older Lectern");
        QTest::newRow("damaged") << QByteArrayLiteral("LECTNER\0 not really a model") << QStringLiteral("Damaged");
    }

    void rebuildsUnusableModel()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString dir = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        const QString path = dir + QStringLiteral("/user-model.ltm");
        QVERIFY(write(path, bytes));
        QString error;
        QVERIFY(!TaggerModel::load(path, &error)); // refused as it is

        Gui::ModelLearner learner(db(), path);
        QVERIFY(!learner.hasLearnedModel());
        QVERIFY(learner.isBusy()); // rebuilding without any new correction
        QSignalSpy rebuilt(&learner, &Gui::ModelLearner::modelRebuilt);
        QSignalSpy learned(&learner, &Gui::ModelLearner::modelLearned);
        QSignalSpy failed(&learner, &Gui::ModelLearner::learningFailed);
        QVERIFY(rebuilt.wait(120000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(learned.size(), 1);
        QCOMPARE(learned.first().first().toInt(), 1);

        // The old file kept as it was; told once, naming it.
        const QString old = path + QStringLiteral(".old");
        QCOMPARE(rebuilt.size(), 1);
        QCOMPARE(rebuilt.first().at(1).toString(), old);
        QVERIFY2(rebuilt.first().first().toString().contains(message), qPrintable(rebuilt.first().first().toString()));
        QVERIFY(rebuilt.first().first().toString().contains(QStringLiteral("user-model.ltm.old")));
        QCOMPARE(readAll(old), bytes);

        // The new file loads, learned from the one stored correction, and is what reads next.
        const auto model = TaggerModel::load(path, &error);
        QVERIFY2(model, qPrintable(error));
        const QJsonObject data = model->provenance().value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("articles")).toInt(), 1);
        QCOMPARE(data.value(QStringLiteral("corrections")).toInt(), 1);
        QVERIFY(learner.hasLearnedModel());
        QCOMPARE(learner.model()->hash(), model->hash());
        QVERIFY2(organizations(learner.model(), m_text).contains(m_missed),
                 qPrintable(organizations(learner.model(), m_text).join(QLatin1Char('|'))));

        // Started again: the rebuilt file is used as it is, nothing rebuilt, nothing said.
        Gui::ModelLearner again(db(), path);
        QVERIFY(again.hasLearnedModel());
        QVERIFY(!again.isBusy());
    }

    // A second rebuild keeps both old files: ".old" is taken, the next is ".old.2".
    void keepsEveryOldFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("twice/user-model.ltm"));
        QVERIFY(write(path + QStringLiteral(".old"), QByteArrayLiteral("kept before")));
        QVERIFY(write(path, oldModel(2, 9)));
        Gui::ModelLearner learner(db(), path);
        QSignalSpy rebuilt(&learner, &Gui::ModelLearner::modelRebuilt);
        QVERIFY(rebuilt.wait(120000));
        QCOMPARE(rebuilt.first().at(1).toString(), path + QStringLiteral(".old.2"));
        QCOMPARE(readAll(path + QStringLiteral(".old")), QByteArrayLiteral("kept before"));
        QCOMPARE(readAll(path + QStringLiteral(".old.2")), oldModel(2, 9));
        QVERIFY(TaggerModel::load(path, nullptr));
    }

    // A model of a newer Lectern is not rebuilt at start (nor touched); the bundled one reads.
    void leavesNewerFormatAlone()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer/user-model.ltm"));
        QVERIFY(write(path, oldModel(9, 17)));
        Gui::ModelLearner learner(db(), path);
        QVERIFY(!learner.isBusy());
        QVERIFY(!learner.hasLearnedModel());
        QCOMPARE(learner.model(), TaggerModel::bundled());
        QTest::qWait(400); // longer than the learner's debounce: no job starts
        QVERIFY(!learner.isBusy());
        QCOMPARE(readAll(path), oldModel(9, 17));
        QVERIFY(!QFile::exists(path + QStringLiteral(".old")));

        // A correction later learns as usual, moving the newer file aside first.
        QSignalSpy rebuilt(&learner, &Gui::ModelLearner::modelRebuilt);
        learner.scheduleLearning();
        QVERIFY(rebuilt.wait(120000));
        QVERIFY(rebuilt.first().first().toString().contains(QStringLiteral("newer Lectern")));
        QCOMPARE(readAll(path + QStringLiteral(".old")), oldModel(9, 17));
        QVERIFY(TaggerModel::load(path, nullptr));
    }
};

QTEST_MAIN(TestModelRelearn)
#include "tst_modelrelearn.moc"
