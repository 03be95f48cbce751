#include "extract/tokenizer.h"
#include "util/textfold.h"

#include <QTest>

using namespace Lectern::Core;

class TstTokenizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void surfaces_data();
    void surfaces();
    void flags();
    void toneFoldedKeys();
    void nfdInputAfterNormalisation();
};

void TstTokenizer::surfaces_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("syllables") << QStringLiteral("Ông Lê Văn Bình nói.")
                               << QStringList{QStringLiteral("Ông"), QStringLiteral("Lê"), QStringLiteral("Văn"),
                                              QStringLiteral("Bình"), QStringLiteral("nói"), QStringLiteral(".")};
    QTest::newRow("abbreviations") << QStringLiteral("Bộ TT&TT tại TP.HCM")
                                   << QStringList{QStringLiteral("Bộ"), QStringLiteral("TT&TT"), QStringLiteral("tại"),
                                                  QStringLiteral("TP.HCM")};
    QTest::newRow("numbers") << QStringLiteral("3.186 người, 12,5%")
                             << QStringList{QStringLiteral("3.186"), QStringLiteral("người"), QStringLiteral(","),
                                            QStringLiteral("12,5"), QStringLiteral("%")};
    QTest::newRow("hyphenated name") << QStringLiteral("HLV Park Hang-seo (Hàn Quốc)")
                                     << QStringList{QStringLiteral("HLV"), QStringLiteral("Park"), QStringLiteral("Hang-seo"),
                                                    QStringLiteral("("), QStringLiteral("Hàn"), QStringLiteral("Quốc"),
                                                    QStringLiteral(")")};
    QTest::newRow("plus sign") << QStringLiteral("theo Vietnam+.")
                               << QStringList{QStringLiteral("theo"), QStringLiteral("Vietnam+"), QStringLiteral(".")};
}

void TstTokenizer::surfaces()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const QList<Token> tokens = Tokenizer::tokenize(text);
    QStringList got;
    for (const Token &t : tokens)
        got.append(text.mid(t.start, t.length()));
    QCOMPARE(got, expected);
}

void TstTokenizer::flags()
{
    const QString text = QStringLiteral("Hôm qua UBND họp.\nSáng nay ông Nam đến.");
    const QList<Token> t = Tokenizer::tokenize(text);
    QVERIFY(t.at(0).is(Token::SentenceStart));
    QVERIFY(t.at(0).is(Token::LineStart));
    QVERIFY(t.at(0).isUpper());
    QVERIFY(!t.at(1).isUpper());
    QVERIFY(t.at(2).is(Token::AllCaps));
    QVERIFY(!t.at(2).is(Token::SentenceStart));
    QVERIFY(t.at(4).isPunct(u'.'));
    QVERIFY(t.at(5).is(Token::LineStart));
    QVERIFY(t.at(5).is(Token::SentenceStart));
}

void TstTokenizer::toneFoldedKeys()
{
    const QList<Token> a = Tokenizer::tokenize(QStringLiteral("Hoà Uỷ THUỶ"));
    const QList<Token> b = Tokenizer::tokenize(QStringLiteral("hòa ủy thủy"));
    QCOMPARE(a.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(a.at(i).key, b.at(i).key);
}

void TstTokenizer::nfdInputAfterNormalisation()
{
    const QString nfd = QStringLiteral("Nguyễn Văn Đức").normalized(QString::NormalizationForm_D);
    const QString text = TextFold::normalizeText(nfd);
    const QList<Token> tokens = Tokenizer::tokenize(text);
    QCOMPARE(tokens.size(), 3);
    QCOMPARE(text.mid(tokens.at(0).start, tokens.at(0).length()), QStringLiteral("Nguyễn"));
    QCOMPARE(tokens.at(2).key, TextFold::matchKey(QStringLiteral("Đức")));
}

QTEST_GUILESS_MAIN(TstTokenizer)
#include "tst_tokenizer.moc"
