// The learned entity tagger: a small model trained here on hand-written sentences (taggerfixture.h)
// must read new sentences of the same shapes; training is deterministic; the model file round-trips;
// a damaged file is refused with a reason and extraction then uses the rules alone.
#include "taggerfixture.h"

#include "extract/entitytagger.h"
#include "extract/extractor.h"
#include "extract/gazetteer.h"
#include "extract/taggermodel.h"
#include "extract/taggerclusters.h"
#include "extract/taggerdecoder.h"
#include "extract/taggerfeatures.h"
#include "extract/taggertrainer.h"
#include "extract/phrasetable.h"
#include "extract/tokenizer.h"
#include "render/highlightstyle.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>

using namespace Lectern::Core;
using TaggerFixture::q;

class TestTagger : public QObject
{
    Q_OBJECT

    std::shared_ptr<const Gazetteer> m_gazetteer;
    std::shared_ptr<const TaggerModel> m_model;

    std::shared_ptr<TaggerModel> train() const
    {
        TaggerTrainer trainer(*m_gazetteer);
        for (const TaggerFixture::Doc &d : TaggerFixture::documents())
            trainer.addDocument(d.text, d.spans);
        return trainer.train(TaggerTrainer::Options{}, QJsonObject{{QStringLiteral("terms"), QStringLiteral("test data")}},
                             nullptr);
    }

    static QStringList names(const QList<Entity> &list)
    {
        QStringList out;
        for (const Entity &e : list)
            out << e.name;
        return out;
    }
    static QStringList surfaces(const QList<Entity> &list)
    {
        QStringList out;
        for (const Entity &e : list)
            for (const Mention &m : e.mentions)
                out << m.text;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_gazetteer = std::make_shared<const Gazetteer>(QStringLiteral(":/gazetteers"), QString());
        m_model = train();
        QVERIFY(m_model->featureCount() > 0);
    }

    void officialTitles()
    {
        const Extractor extractor(m_gazetteer, m_model);
        const ExtractionResult r = extractor.extract(
            q("Chủ tịch UBND tỉnh Võ Thành Trung và Phó Chủ tịch UBND tỉnh Châu Thị Ngọc tiếp Đoàn công tác của Sở Nội vụ."));
        QCOMPARE(names(r.people), (QStringList{q("Võ Thành Trung"), q("Châu Thị Ngọc")}));
        QVERIFY2(surfaces(r.organizations).contains(q("UBND tỉnh")), qPrintable(surfaces(r.organizations).join(u'|')));
        for (const QString &s : surfaces(r.organizations))
            QVERIFY2(!s.contains(q("Trung")) && !s.contains(q("Ngọc")), qPrintable(s));
        for (const Entity &p : r.people)
            for (const Mention &m : p.mentions) {
                QCOMPARE(m.source, MentionSource::Model);
                QVERIFY(m.confidence > 0.5f && m.confidence <= 1.0f);
            }
        QVERIFY2(r.people.first().roles.join(u'|').contains(q("Chủ tịch")), qPrintable(r.people.first().roles.join(u'|')));
    }

    void longOrganizationName()
    {
        const Extractor extractor(m_gazetteer, m_model);
        const QString name = q("Ban Quản lý Dự án Đầu tư xây dựng các công trình giao thông tỉnh Hòa Phong");
        const ExtractionResult r = extractor.extract(q("Ông Đinh Công Tráng, Giám đốc ") + name
                                                     + q(", cho biết công trình đã hoàn thành."));
        QVERIFY2(surfaces(r.organizations).contains(name), qPrintable(surfaces(r.organizations).join(u'|')));
        QCOMPARE(names(r.people), QStringList{q("Đinh Công Tráng")});
        const QString company = q("Công ty CP Chế biến thủy sản Tân Lộc");
        const ExtractionResult c = extractor.extract(company + q(" vừa ký hợp đồng với Sở Tài chính tại Lạc Sơn."));
        QVERIFY2(surfaces(c.organizations).contains(company), qPrintable(surfaces(c.organizations).join(u'|')));
    }

    void foreignName()
    {
        const Extractor extractor(m_gazetteer, m_model);
        const ExtractionResult r = extractor.extract(q("HLV Henrik Albertsen cho biết đội tuyển sẽ sang Nhật Bản tập huấn."));
        QCOMPARE(names(r.people), QStringList{q("Henrik Albertsen")});
    }

    void placeNamedAfterPerson()
    {
        const Extractor extractor(m_gazetteer, m_model);
        const ExtractionResult r = extractor.extract(
            q("Ông Lê Văn An, Giám đốc Sở Nội vụ, cho biết công trình trên đường Hoàng Minh Dũng đã hoàn thành."));
        QCOMPARE(names(r.people), QStringList{q("Lê Văn An")});
        QVERIFY2(names(r.places).contains(q("Hoàng Minh Dũng")), qPrintable(names(r.places).join(u'|')));
    }

    void sequencesAfterAbbreviations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("firstWords"); // the first word of every sequence
        QTest::newRow("city") << q("Công an TP. Hà Nội cho biết. Ông An nói.") << QStringList{q("Công"), q("Ông")};
        QTest::newRow("initial") << q("Ông Robert E. Cashman đến. Bà Mai về.") << QStringList{q("Ông"), q("Bà")};
        QTest::newRow("sentence after a capital") << q("Họ đến châu Á. Ông An nói.") << QStringList{q("Họ"), q("Ông")};
        QTest::newRow("spaced full stop") << q("Đội hình B . Ông An nói.") << QStringList{q("Đội"), q("Ông")};
    }
    void sequencesAfterAbbreviations()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, firstWords);
        const QList<Token> tokens = Tokenizer::tokenize(text);
        const std::vector<qsizetype> starts = TaggerDecoder::sequenceStarts(tokens);
        QStringList words;
        for (size_t s = 0; s + 1 < starts.size(); ++s)
            words << text.mid(tokens.at(starts[s]).start, tokens.at(starts[s]).end - tokens.at(starts[s]).start);
        QCOMPARE(words, firstWords);
    }

    void nameParticlesJoin()
    {
        const QString text = q("Tổng thống Lula da Silva gặp Marco và Anna da Costa. Bà Mai da đen.");
        const QList<Token> tokens = Tokenizer::tokenize(text);
        auto at = [&](const char *word) {
            for (qsizetype i = 0; i < tokens.size(); ++i)
                if (text.mid(tokens.at(i).start, tokens.at(i).end - tokens.at(i).start) == q(word))
                    return i;
            return qsizetype(-1);
        };
        using T = EntityTagger::TaggedSpan;
        EntityTagger::Result r;
        r.outside.assign(size_t(tokens.size()), 1.0f);
        const qsizetype lula = at("Lula"), silva = at("Silva"), marco = at("Marco"), anna = at("Anna"), costa = at("Costa"),
                        mai = at("Mai");
        r.spans = {T{lula, lula + 1, EntityTagger::Type::Person, 0.9f}, T{silva, silva + 1, EntityTagger::Type::Person, 0.8f},
                   T{marco, marco + 1, EntityTagger::Type::Person, 1.0f}, T{anna, anna + 1, EntityTagger::Type::Person, 1.0f},
                   T{costa, costa + 1, EntityTagger::Type::Organization, 1.0f}, T{mai, mai + 1, EntityTagger::Type::Person, 1.0f}};
        EntityTagger::joinParticles(tokens, r);
        QCOMPARE(r.spans.size(), 5); // "Anna da | Costa" (an organization) and "Mai da | đen" stay apart
        QCOMPARE(r.spans.at(0).first, lula);
        QCOMPARE(r.spans.at(0).last, silva + 1);
        QCOMPARE(r.spans.at(0).confidence, 0.8f);
        QCOMPARE(r.outside[size_t(lula + 1)], 0.0f);
        QCOMPARE(r.spans.at(1).first, marco);
    }

    void userGazetteerWins()
    {
        QTemporaryDir dir;
        QFile user(dir.filePath(QStringLiteral("user.txt")));
        QVERIFY(user.open(QIODevice::WriteOnly));
        user.write(q("block: Võ Thành Trung\nperson: Đoàn Công Tác\n").toUtf8());
        user.close();
        const auto gazetteer = std::make_shared<const Gazetteer>(QStringLiteral(":/gazetteers"), user.fileName());
        const ExtractionResult r = Extractor(gazetteer, m_model).extract(
            q("Chủ tịch UBND tỉnh Võ Thành Trung và Phó Chủ tịch UBND tỉnh Châu Thị Ngọc tiếp Đoàn Công Tác."));
        QVERIFY2(!names(r.people).contains(q("Võ Thành Trung")), qPrintable(names(r.people).join(u'|')));
        QVERIFY(names(r.people).contains(q("Châu Thị Ngọc")));
        bool userMention = false;
        for (const Entity &p : r.people)
            for (const Mention &m : p.mentions)
                if (m.text == q("Đoàn Công Tác")) {
                    userMention = true;
                    QCOMPARE(m.source, MentionSource::User);
                    QCOMPARE(m.confidence, 1.0f);
                }
        QVERIFY(userMention);
    }

    void clustersAreDeterministicAndStored()
    {
        // Invented sentences: the words that share neighbours share a cluster.
        QStringList texts;
        const QStringList units = {q("tỉnh"), q("huyện"), q("xã")};
        const QStringList heads = {q("Sở"), q("Ban"), q("Cục")};
        for (int i = 0; i < 60; ++i)
            texts << q("Ông An về %1 Hòa Phong làm việc với %2 Tài chính hôm nay.")
                         .arg(units.at(i % 3), heads.at((i / 3) % 3));
        TaggerClusters::Options options;
        options.clusters = 4;
        options.minCount = 2;
        const TaggerClusters a = TaggerClusters::learn(texts, options);
        const TaggerClusters b = TaggerClusters::learn(texts, options);
        QVERIFY(!a.isEmpty());
        QVERIFY(a.hashes() == b.hashes() && a.ids() == b.ids());
        auto clusterOf = [&](const QString &word) {
            return a.clusterOf(TaggerFeatures::hashText(PhraseTable::keysOf(word).first()) | 1u);
        };
        QVERIFY(clusterOf(q("tỉnh")) != 0);
        QCOMPARE(clusterOf(q("huyện")), clusterOf(q("tỉnh")));
        QCOMPARE(clusterOf(q("Ban")), clusterOf(q("Sở")));
        QCOMPARE(clusterOf(q("nonexistentword")), quint16(0));

        TaggerTrainer trainer(*m_gazetteer);
        for (const TaggerFixture::Doc &d : TaggerFixture::documents())
            trainer.addDocument(d.text, d.spans);
        trainer.learnClusters(texts, options);
        const auto model = trainer.train(TaggerTrainer::Options{}, QJsonObject{}, nullptr);
        QVERIFY(!model->clusters().isEmpty());
        QString error;
        const auto loaded = TaggerModel::fromBytes(model->toBytes(), &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(loaded->clusters().hashes() == model->clusters().hashes());
        QCOMPARE(loaded->toBytes(), model->toBytes());
        // the official-title pattern still reads with the clustered model
        const ExtractionResult r = Extractor(m_gazetteer, loaded).extract(
            q("Chủ tịch UBND tỉnh Võ Thành Trung và Phó Chủ tịch UBND tỉnh Châu Thị Ngọc tiếp Đoàn công tác của Sở Nội vụ."));
        QCOMPARE(names(r.people), (QStringList{q("Võ Thành Trung"), q("Châu Thị Ngọc")}));
    }

    void labelConstraints()
    {
        using namespace TaggerLabel;
        const int bOrg = label(2, Begin), iOrg = label(2, Inside), eOrg = label(2, End), sOrg = label(2, Single);
        const int bPer = label(1, Begin), ePer = label(1, End);
        QCOMPARE(count, 17);
        QCOMPARE(typeOf(eOrg), 2);
        QVERIFY(!allowed(O, iOrg)); // no name goes on after O
        QVERIFY(!allowed(O, eOrg));
        QVERIFY(allowed(bOrg, iOrg) && allowed(bOrg, eOrg) && allowed(iOrg, eOrg));
        QVERIFY(!allowed(bPer, eOrg)); // nor into another type
        QVERIFY(!allowed(bOrg, O)); // an open name is continued
        QVERIFY(!allowed(iOrg, bPer));
        QVERIFY(allowed(eOrg, bPer) && allowed(sOrg, O) && allowed(ePer, sOrg));
        // the best path never ends inside an open name, whatever the emissions say
        std::vector<float> emissions(size_t(2) * count, 0.0f), transitions(size_t(count + 1) * count, 0.0f);
        emissions[size_t(bOrg)] = 5;
        emissions[size_t(count + iOrg)] = 5;
        int labels[2];
        TaggerDecoder::viterbi(emissions.data(), 2, transitions.data(), labels);
        QCOMPARE(labels[0], bOrg);
        QVERIFY(labels[1] == eOrg);
        // edge scores move the choice: the pair (B-ORG, E-ORG) forbidden by a large negative edge
        const int pairCount = TaggerLabel::pairCount();
        QCOMPARE(pairCount, 97); // O/E/S -> O/B/S (81) and B/I -> I/E of the same type (16)
        const qint16 *all = TaggerLabel::pairs();
        const auto at = std::find(all, all + pairCount, qint16(bOrg * count + eOrg));
        QVERIFY(at != all + pairCount);
        std::vector<float> edges(size_t(2) * pairCount, 0.0f);
        edges[size_t(pairCount + (at - all))] = -100;
        TaggerDecoder::viterbi(emissions.data(), 2, transitions.data(), labels, edges.data());
        QVERIFY(!(labels[0] == bOrg && labels[1] == eOrg));
    }

    void documentLevelAtoms()
    {
        // what the article says about a syllable anywhere reaches every occurrence of it
        const QString text = q("Hôm qua bà Lan phát biểu. Lan nói thêm rằng hoa lan đang nở.");
        const QList<Token> tokens = Tokenizer::tokenize(text);
        std::vector<TaggerFeatures::Atom> atoms;
        TaggerFeatures(*m_gazetteer).atoms(text, tokens, {}, atoms);
        QList<quint8> lan;
        for (qsizetype i = 0; i < tokens.size(); ++i)
            if (tokens.at(i).key == q("lan"))
                lan.append(atoms[size_t(i)].doc);
        QCOMPARE(lan.size(), 3);
        QCOMPARE(lan.at(0), lan.at(1));
        QCOMPARE(lan.at(1), lan.at(2));
        QVERIFY(lan.at(0) & 1); // capitalised inside a sentence
        QVERIFY(lan.at(0) & 2); // also in lower case
        QVERIFY(lan.at(0) & 4); // right after "bà"
    }

    void lowConfidenceIsPaler()
    {
        const HighlightStyle style = HighlightStyle::forKind(EntityKind::Person);
        const HighlightStyle low = style.lowConfidenceStyle();
        QVERIFY(low.background.lightness() > style.background.lightness());
        QCOMPARE(low.underlineStyle, style.underlineStyle);
    }

    void trainingIsDeterministic()
    {
        const QByteArray first = m_model->toBytes();
        const QByteArray second = train()->toBytes();
        QCOMPARE(first.size(), second.size());
        QVERIFY(first == second);
        QCOMPARE(m_model->hash(), train()->hash());
    }

    void saveLoadRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.ltm"));
        QString error;
        QVERIFY2(m_model->save(path, &error), qPrintable(error));
        const auto loaded = TaggerModel::load(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->featureCount(), m_model->featureCount());
        QVERIFY(m_model->edgeCount() > 0);
        QCOMPARE(loaded->edgeCount(), m_model->edgeCount());
        QCOMPARE(loaded->edgeScale(), m_model->edgeScale());
        QCOMPARE(loaded->hash(), m_model->hash());
        QCOMPARE(loaded->provenance().value(QStringLiteral("terms")).toString(), QStringLiteral("test data"));
        QVERIFY(loaded->toBytes() == m_model->toBytes());
        const QString text = q("Chủ tịch UBND tỉnh Võ Thành Trung tiếp Đoàn công tác.");
        QCOMPARE(names(Extractor(m_gazetteer, loaded).extract(text).people), names(Extractor(m_gazetteer, m_model).extract(text).people));
    }

    void adaptationFromBase()
    {
        TaggerTrainer trainer(*m_gazetteer);
        TaggerFixture::Doc d;
        d.t(q("Bà ")).per(q("Kha Thị Yến")).t(q(" phát biểu."));
        trainer.addDocument(d.text, d.spans);
        TaggerTrainer::Options options;
        options.minCount = 1;
        const auto adapted = trainer.train(options, {}, m_model.get());
        QVERIFY(adapted->featureCount() >= m_model->featureCount());
        QCOMPARE(adapted->provenance().value(QStringLiteral("base")).toString(), m_model->hash());
    }

    void damagedModels_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray good = m_model->toBytes();
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not a Lectern tagger model");
        QTest::newRow("text") << QByteArray("hello, this is not a model at all") << QStringLiteral("not a Lectern tagger model");
        QTest::newRow("header only") << good.left(20) << QStringLiteral("truncated");
        QTest::newRow("truncated") << good.left(good.size() / 2) << QStringLiteral("truncated");
        QTest::newRow("one byte short") << good.left(good.size() - 1) << QStringLiteral("truncated");
        QByteArray flipped = good;
        flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 0x40);
        QTest::newRow("flipped byte") << flipped << QStringLiteral("checksum mismatch");
        QByteArray version = good;
        version[8] = 9;
        QTest::newRow("future version") << version << QStringLiteral("unsupported model version 9");
        QTest::newRow("trailing bytes") << good + QByteArray("xx") << QStringLiteral("after the checksum");
        // Version 4 checks a checksum over everything, the stored SHA-256 (the identity) included.
        QByteArray identity = good;
        identity[identity.size() - 20] = char(identity.at(identity.size() - 20) ^ 0x01);
        QTest::newRow("flipped identity") << identity << QStringLiteral("checksum mismatch");
        QByteArray sum = good;
        sum[sum.size() - 1] = char(sum.at(sum.size() - 1) ^ 0x80);
        QTest::newRow("flipped checksum") << sum << QStringLiteral("checksum mismatch");
        QByteArray first = good;
        first[9] = char(first.at(9) ^ 0x01); // the version's second byte: version 260
        QTest::newRow("version 260") << first << QStringLiteral("unsupported model version 260");
        QByteArray old = version3(good);
        old[old.size() / 2] = char(old.at(old.size() / 2) ^ 0x40);
        QTest::newRow("version 3, flipped byte") << old << QStringLiteral("checksum mismatch");
        QTest::newRow("version 3, truncated") << version3(good).left(good.size() - 20) << QStringLiteral("truncated");
    }

    // A version 3 file of the same model, as the previous Lectern wrote it: the same tables,
    // ending at the SHA-256 of everything before it.
    static QByteArray version3(const QByteArray &v4)
    {
        QByteArray body = v4.left(v4.size() - 40);
        body[8] = 3;
        return body + QCryptographicHash::hash(body, QCryptographicHash::Sha256);
    }

    // A crafted file carries a valid checksum (anyone can compute it): every table is still
    // checked. Bytes of the header and of each table are changed and the checksum fixed up; each
    // file is refused with a reason or loads a model that tags (the ASan build checks the reads).
    void craftedModelsWithValidChecksum()
    {
        const QByteArray good = m_model->toBytes();
        auto reseal = [](QByteArray b) {
            if (b.size() >= 8)
                qToLittleEndian<quint64>(TaggerModel::checksum(b.constData(), b.size() - 8), b.data() + b.size() - 8);
            return b;
        };
        QString error;
        QVERIFY(TaggerModel::fromBytes(reseal(good), &error)); // resealing the good file changes nothing
        const QString text = q("Ông Nguyễn Văn Hùng, Giám đốc Sở Tài chính tỉnh Hòa Phong, phát biểu.");
        quint64 rng = 0x9E3779B97F4A7C15ULL;
        int refused = 0;
        for (int round = 0; round < 400; ++round) {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            QByteArray b = good;
            // the first 64 bytes (counts, lengths) half of the time, anywhere else otherwise
            const qsizetype at = round % 2 ? qsizetype(rng % 64) : qsizetype(rng % quint64(good.size() - 8));
            b[at] = char(b.at(at) ^ char(1 << ((rng >> 40) % 8)));
            if (round % 7 == 0)
                b[at] = char(0xFF);
            error.clear();
            TaggerModel::LoadError reason = TaggerModel::LoadError::None;
            const auto m = TaggerModel::fromBytes(reseal(b), &error, &reason);
            if (!m) {
                ++refused;
                QVERIFY2(!error.isEmpty() && reason != TaggerModel::LoadError::None, qPrintable(QString::number(at)));
                continue;
            }
            (void)Extractor(m_gazetteer, m).extract(text);
        }
        QVERIFY(refused > 0);
        // Counts that promise more than the file holds are refused before anything is allocated.
        QByteArray huge = good;
        qToLittleEndian<quint32>(0xFFFFFFF0u, huge.data() + 16); // the provenance length
        QVERIFY(!TaggerModel::fromBytes(reseal(huge), &error));
        QVERIFY2(error.contains(QStringLiteral("truncated")), qPrintable(error));
    }

    void readsVersion3()
    {
        const QByteArray v4 = m_model->toBytes();
        QCOMPARE(m_model->version(), 4u);
        // The identity stored in a version 4 file is the SHA-256 of the bytes before it.
        QCOMPARE(m_model->hash(), QString::fromLatin1(QCryptographicHash::hash(v4.left(v4.size() - 40), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(qFromLittleEndian<quint64>(v4.constData() + v4.size() - 8), TaggerModel::checksum(v4.constData(), v4.size() - 8));
        const QByteArray v3 = version3(v4);
        QString error;
        TaggerModel::LoadError reason = TaggerModel::LoadError::Corrupt;
        const auto old = TaggerModel::fromBytes(v3, &error, &reason);
        QVERIFY2(old, qPrintable(error));
        QCOMPARE(reason, TaggerModel::LoadError::None);
        QCOMPARE(old->version(), 3u);
        QCOMPARE(old->hash(), QString::fromLatin1(v3.right(32).toHex()));
        QCOMPARE(old->featureCount(), m_model->featureCount());
        QCOMPARE(old->edgeCount(), m_model->edgeCount());
        // Written again, it is the current format with the same tables.
        QVERIFY(old->toBytes() == v4);
        const QString text = q("Chủ tịch UBND tỉnh Võ Thành Trung tiếp Đoàn công tác của Công ty Cổ phần Thủy sản Hòa Phong.");
        const ExtractionResult a = Extractor(m_gazetteer, old).extract(text);
        const ExtractionResult b = Extractor(m_gazetteer, m_model).extract(text);
        QCOMPARE(names(a.people), names(b.people));
        QCOMPARE(names(a.organizations), names(b.organizations));
    }

    void damagedModels()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!TaggerModel::fromBytes(bytes, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void missingModelFallsBackToRules()
    {
        QString error;
        QVERIFY(!TaggerModel::load(QStringLiteral("/nonexistent/model.ltm"), &error));
        QVERIFY(!error.isEmpty());
        // No model: the rules alone, every mention marked as theirs.
        const ExtractionResult r = Extractor(m_gazetteer, nullptr).extract(q("Ông Nguyễn Văn Hùng phát biểu tại Sở Tài chính."));
        QVERIFY(!r.people.isEmpty());
        for (const Entity &e : r.people + r.organizations)
            for (const Mention &m : e.mentions)
                QCOMPARE(m.source, MentionSource::Rules);
    }
};

QTEST_GUILESS_MAIN(TestTagger)
#include "tst_tagger.moc"
