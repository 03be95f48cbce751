#include "extract/extractor.h"
#include "extract/gazetteer.h"
#include "extract/tokenizer.h"
#include "util/textfold.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern::Core;

class TstGazetteer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInLists();
    void phraseMatchFoldsTones();
    void userGazetteer_data();
    void userGazetteer();
};

void TstGazetteer::builtInLists()
{
    const Gazetteer g(QStringLiteral(":/gazetteers"), QString());
    QVERIFY(g.isSurname(TextFold::matchKey(QStringLiteral("Nguyễn"))));
    QVERIFY(!g.isSurname(TextFold::matchKey(QStringLiteral("Trong"))));
    QCOMPARE(g.expansion(QStringLiteral("ubnd")).size(), 4);
}

void TstGazetteer::phraseMatchFoldsTones()
{
    const Gazetteer g(QStringLiteral(":/gazetteers"), QString());
    const QList<Token> old = Tokenizer::tokenize(QStringLiteral("tỉnh Khánh Hoà"));
    const PhraseTable::Match m = g.places().matchAt(old, 1);
    QCOMPARE(m.length, 2);
    QCOMPARE(g.place(m.value).name, QStringLiteral("Khánh Hòa"));
}

void TstGazetteer::userGazetteer_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("people");
    QTest::addColumn<int>("organizations");
    QTest::addColumn<int>("places");
    const QString text = QStringLiteral("Hôm qua Lê Minh Khôi gặp đại diện Quỹ Xanh Mekong tại Hà Nội.");
    QTest::newRow("built-ins only") << QString() << text << 1 << 1 << 1;
    QTest::newRow("block a person") << QStringLiteral("# test\nblock: Lê Minh Khôi\n") << text << 0 << 1 << 1;
    QTest::newRow("add a person") << QStringLiteral("person: Rau Má\n") << QStringLiteral("Rau Má đến muộn.") << 1 << 0 << 0;
    QTest::newRow("force a type") << QStringLiteral("organization: Hà Nội\n") << text << 1 << 2 << 0;
}

void TstGazetteer::userGazetteer()
{
    QFETCH(QString, user);
    QFETCH(QString, text);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path;
    if (!user.isEmpty()) {
        path = dir.filePath(QStringLiteral("user-gazetteer.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(user.toUtf8());
    }
    const Extractor extractor(std::make_shared<const Gazetteer>(QStringLiteral(":/gazetteers"), path));
    const ExtractionResult r = extractor.extract(text);
    QTEST(int(r.people.size()), "people");
    QTEST(int(r.organizations.size()), "organizations");
    QTEST(int(r.places.size()), "places");
}

QTEST_GUILESS_MAIN(TstGazetteer)
#include "tst_gazetteer.moc"
