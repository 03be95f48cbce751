#include "extract/extractor.h"
#include "extract/gazetteer.h"
#include "extract/namescripts.h"
#include "util/textfold.h"

#include <QTest>

using namespace Lectern::Core;

namespace {

const Extractor &extractor()
{
    static const Extractor e(std::make_shared<const Gazetteer>(QStringLiteral(":/gazetteers"), QString()));
    return e;
}

const Entity *findPerson(const ExtractionResult &r, const QString &name)
{
    for (const Entity &e : r.people)
        if (TextFold::matchKey(e.name) == TextFold::matchKey(name))
            return &e;
    return nullptr;
}

QStringList names(const QList<Entity> &list)
{
    QStringList out;
    for (const Entity &e : list)
        out.append(e.name);
    out.sort();
    return out;
}

} // namespace

class TstPeople : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mixedScriptNameIsFlagged();
    void scriptHelpers();
    void people_data();
    void people();
    void roles_data();
    void roles();
    void mentionsCoverNameOnly();
    void shortFormsAndReferences();
    void bylineFromArticle();
};

void TstPeople::people_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("vietnamese full name") << QStringLiteral("Hôm qua, Lê Thị Hồng Nhung đã ký hợp đồng.")
                                         << QStringList{QStringLiteral("Lê Thị Hồng Nhung")};
    QTest::newRow("after honorific") << QStringLiteral("Theo bà Vũ Thu Trang, dự án sẽ xong trong năm.")
                                    << QStringList{QStringLiteral("Vũ Thu Trang")};
    QTest::newRow("foreign with title") << QStringLiteral("Thủ tướng Canada Justin Trudeau đã tới Hà Nội.")
                                       << QStringList{QStringLiteral("Justin Trudeau")};
    QTest::newRow("foreign with coach cue") << QStringLiteral("HLV Park Hang-seo chốt danh sách đội tuyển.")
                                           << QStringList{QStringLiteral("Park Hang-seo")};
    QTest::newRow("place is not a person") << QStringLiteral("Đoàn công tác đến Hà Nội và Hải Phòng vào sáng nay.")
                                          << QStringList{};
    QTest::newRow("Hà as a surname") << QStringLiteral("Chị Hà Thu Hằng sống ở Hà Nội từ nhỏ.")
                                    << QStringList{QStringLiteral("Hà Thu Hằng")};
    QTest::newRow("capitalised word at sentence start") << QStringLiteral("Trong năm nay, Tăng trưởng vẫn chậm. Văn bản mới được ban hành.")
                                                         << QStringList{};
    QTest::newRow("name at sentence start") << QStringLiteral("Phan Quốc Việt cho biết sẽ tiếp tục.")
                                           << QStringList{QStringLiteral("Phan Quốc Việt")};
    QTest::newRow("eth typed for Đ") << TextFold::normalizeText(QStringLiteral("Ông Ðặng Văn Lâm phát biểu."))
                                   << QStringList{QStringLiteral("Đặng Văn Lâm")};
    QTest::newRow("NFD input") << TextFold::normalizeText(QStringLiteral("Bà Trịnh Thị Mỹ Duyên nói.").normalized(QString::NormalizationForm_D))
                               << QStringList{QStringLiteral("Trịnh Thị Mỹ Duyên")};
    QTest::newRow("old tone placement") << QStringLiteral("Ông Nguyễn Thanh Hoà và ông Nguyễn Thanh Hòa là một người.")
                                       << QStringList{QStringLiteral("Nguyễn Thanh Hoà")};
    QTest::newRow("country before a foreign name") << QStringLiteral("Phó Thủ tướng Thái Lan Prawit Wongsuwon phát biểu.")
                                                  << QStringList{QStringLiteral("Prawit Wongsuwon")};
    QTest::newRow("middle initial") << QStringLiteral("Cựu Tổng thống George W. Bush tới Hà Nội.")
                                   << QStringList{QStringLiteral("George W. Bush")};
    QTest::newRow("street named after a person") << QStringLiteral("Nước ngập tuyến đường Lê Văn Lương và phố Trần Hưng Đạo.")
                                                << QStringList{};
    QTest::newRow("place after 'tại'") << QStringLiteral("Chiều qua, theo ghi nhận tại Hồ Tây, nước đã rút.")
                                      << QStringList{};
    QTest::newRow("foreign event and company") << QStringLiteral("Cô dự Milan Fashion Week rồi tới Burchart Gardens và gặp Continental Resources.")
                                              << QStringList{};
    QTest::newRow("foreign place") << QStringLiteral("Anh sống ở Mỹ, tại thành phố lớn gần Los Angeles và Puerto Rico.")
                                  << QStringList{};
    QTest::newRow("given names after a capitalised word") << QStringLiteral("Học sinh Trường THCS Chu Văn An được khen.")
                                                         << QStringList{};
}

void TstPeople::people()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const ExtractionResult r = extractor().extract(text);
    QStringList want = expected;
    want.sort();
    QCOMPARE(names(r.people), want);
}

void TstPeople::roles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("person");
    QTest::addColumn<QStringList>("roles");
    QTest::newRow("comma-separated after the name")
        << QStringLiteral("Sáng nay, đồng chí Lương Văn Khải, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh Nam Định chủ trì hội nghị.")
        << QStringLiteral("Lương Văn Khải")
        << QStringList{QStringLiteral("Ủy viên Trung ương Đảng"), QStringLiteral("Bí thư Tỉnh ủy"),
                       QStringLiteral("Trưởng Đoàn ĐBQH tỉnh Nam Định")};
    QTest::newRow("title starting with a head word")
        << QStringLiteral("Hội nghị công bố quyết định chỉ định đồng chí Bùi Đức Thắng, Vụ trưởng Vụ Pháp chế, Bộ Tài chính tham gia.")
        << QStringLiteral("Bùi Đức Thắng") << QStringList{QStringLiteral("Vụ trưởng Vụ Pháp chế")};
    QTest::newRow("roles before the name, body 'trung ương' in lower case")
        << QStringLiteral("Tại buổi lễ, Phó Chủ tịch Ủy ban Trung ương MTTQVN, Trưởng Ban Thi đua trung ương Hà Minh Đức phát biểu.")
        << QStringLiteral("Hà Minh Đức")
        << QStringList{QStringLiteral("Phó Chủ tịch Ủy ban Trung ương MTTQVN"), QStringLiteral("Trưởng Ban Thi đua trung ương")};
    QTest::newRow("before the name") << QStringLiteral("Bí thư Tỉnh ủy Đinh Công Sơn dự lễ.")
                                    << QStringLiteral("Đinh Công Sơn") << QStringList{QStringLiteral("Bí thư Tỉnh ủy")};
    QTest::newRow("after a dash") << QStringLiteral("Ông Lý Minh Tâm – Phó Giám đốc Sở Y tế cho hay.")
                                  << QStringLiteral("Lý Minh Tâm") << QStringList{QStringLiteral("Phó Giám đốc Sở Y tế")};
    QTest::newRow("in parentheses") << QStringLiteral("Ông Tạ Quang Huy (Chủ tịch UBND tỉnh) đã ký quyết định.")
                                    << QStringLiteral("Tạ Quang Huy") << QStringList{QStringLiteral("Chủ tịch UBND tỉnh")};
    QTest::newRow("title with ministry") << QStringLiteral("Thứ trưởng Bộ Y tế Cao Minh Đức kiểm tra bệnh viện.")
                                         << QStringLiteral("Cao Minh Đức") << QStringList{QStringLiteral("Thứ trưởng Bộ Y tế")};
    QTest::newRow("second title after ', kiêm'")
        << QStringLiteral("Đại tá Hồ Minh Châu, Phó Chỉ huy trưởng, kiêm Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh dự lễ.")
        << QStringLiteral("Hồ Minh Châu")
        << QStringList{QStringLiteral("Đại tá"), QStringLiteral("Phó Chỉ huy trưởng"),
                       QStringLiteral("Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh")};
    QTest::newRow("unit named in lower case after its head word")
        << QStringLiteral("Ông Đỗ Văn Lực, Trưởng Trạm thú y vùng đồi, cho biết sẽ tiêm phòng.")
        << QStringLiteral("Đỗ Văn Lực") << QStringList{QStringLiteral("Trưởng Trạm thú y vùng đồi")};
    QTest::newRow("unit with a capitalised name, up to a verb of saying")
        << QStringLiteral("Ông Hà Quang Vũ, Trưởng phòng Kinh tế huyện cho biết.")
        << QStringLiteral("Hà Quang Vũ") << QStringList{QStringLiteral("Trưởng phòng Kinh tế huyện")};
    QTest::newRow("portfolio words before a body")
        << QStringLiteral("Trung úy Lò Văn Hưng, Trợ lý Tuyên huấn Ban Chính trị Bộ CHQS tỉnh, phát biểu.")
        << QStringLiteral("Lò Văn Hưng")
        << QStringList{QStringLiteral("Trung úy"), QStringLiteral("Trợ lý Tuyên huấn Ban Chính trị Bộ CHQS tỉnh")};
    QTest::newRow("faculty with 'và' inside its name")
        << QStringLiteral("Tiến sĩ Vũ Thị Lan, Giảng viên Khoa xã hội và Nhân văn, Trường Đại học Vinh, tham dự.")
        << QStringLiteral("Vũ Thị Lan") << QStringList{QStringLiteral("Giảng viên Khoa xã hội và Nhân văn")};
    QTest::newRow("role before 'ông' and a foreign name")
        << QStringLiteral("Bộ trưởng Năng lượng và Khoáng sản của Chile ông Diego Pardow đã tới thăm.")
        << QStringLiteral("Diego Pardow") << QStringList{QStringLiteral("Bộ trưởng Năng lượng và Khoáng sản của Chile")};
    QTest::newRow("descriptor with lower-case qualifiers")
        << QStringLiteral("Hôm qua, nghệ nhân gốm cổ Phan Văn Tài trưng bày các bình.")
        << QStringLiteral("Phan Văn Tài") << QStringList{QStringLiteral("nghệ nhân gốm cổ")};
    QTest::newRow("descriptor 'chiến sĩ cách mạng'") << QStringLiteral("Người chiến sĩ cách mạng Đinh Thị Mận kể lại.")
                                                  << QStringLiteral("Đinh Thị Mận")
                                                  << QStringList{QStringLiteral("chiến sĩ cách mạng")};
    QTest::newRow("descriptor 'thi sĩ'") << QStringLiteral("Tác phẩm của thi sĩ Lưu Quang Bình được ngâm.")
                                     << QStringLiteral("Lưu Quang Bình") << QStringList{QStringLiteral("thi sĩ")};
    QTest::newRow("religious title before a dash, honorifics left out")
        << QStringLiteral("Đức Pháp chủ Hội Phật giáo Nam tông - Trưởng lão Hòa thượng Thích Minh Tâm chứng minh buổi lễ.")
        << QStringLiteral("Thích Minh Tâm")
        << QStringList{QStringLiteral("Pháp chủ Hội Phật giáo Nam tông"), QStringLiteral("Hòa thượng")};
    QTest::newRow("descriptor in parentheses after a name") << QStringLiteral("Anh Lê Văn Tám (tài xế taxi) bị thương.")
                                                         << QStringLiteral("Lê Văn Tám")
                                                         << QStringList{QStringLiteral("tài xế taxi")};
    QTest::newRow("descriptor after a parenthesis without a title")
        << QStringLiteral("Khen thưởng anh Lương Văn Kỳ (SN 1990, ở TP Vinh), tài xế taxi, vì đã báo tin.")
        << QStringLiteral("Lương Văn Kỳ") << QStringList{QStringLiteral("tài xế taxi")};
    QTest::newRow("descriptor does not take the rest of the sentence")
        << QStringLiteral("Nguyễn Văn Ánh, phóng viên tìm hiểu thêm về vụ việc.") << QStringLiteral("Nguyễn Văn Ánh")
        << QStringList{QStringLiteral("phóng viên")};
    QTest::newRow("role before 'là ông'") << QStringLiteral("Trưởng đoàn Bộ môn Vật Việt Nam là ông Lý Văn Cường.")
                                         << QStringLiteral("Lý Văn Cường")
                                         << QStringList{QStringLiteral("Trưởng đoàn Bộ môn Vật Việt Nam")};
    QTest::newRow("role after 'là'") << QStringLiteral("Ông Lý Văn Cường là Giám đốc Sở Nội vụ tỉnh.")
                                     << QStringLiteral("Lý Văn Cường") << QStringList{QStringLiteral("Giám đốc Sở Nội vụ tỉnh")};
    QTest::newRow("a verb after a descriptor is no qualifier")
        << QStringLiteral("Thầy hiệu trưởng cùng một số giáo viên dẫn Hoàng Thị Mơ xuống núi.")
        << QStringLiteral("Hoàng Thị Mơ") << QStringList{};
    QTest::newRow("a verb after a capitalised word is no portfolio")
        << QStringLiteral("Sang hiệp 2, HLV Kiatisuk tung Trần Văn Bình vào sân.") << QStringLiteral("Trần Văn Bình")
        << QStringList{};
    QTest::newRow("a named unit does not take the verb after it")
        << QStringLiteral("Ông Phan Đức Long, Ủy viên Trung ương Đảng, Trưởng Đoàn ĐBQH thành phố Hải Phòng chủ trì hội nghị.")
        << QStringLiteral("Phan Đức Long")
        << QStringList{QStringLiteral("Ủy viên Trung ương Đảng"), QStringLiteral("Trưởng Đoàn ĐBQH thành phố Hải Phòng")};
    QTest::newRow("a body does not take the verb after it")
        << QStringLiteral("Ông Trịnh Văn Hòa, Chủ tịch UBND huyện thăm Trường Tiểu học Kim Đồng.")
        << QStringLiteral("Trịnh Văn Hòa") << QStringList{QStringLiteral("Chủ tịch UBND huyện")};
}

void TstPeople::roles()
{
    QFETCH(QString, text);
    QFETCH(QString, person);
    QFETCH(QStringList, roles);
    const ExtractionResult r = extractor().extract(text);
    const Entity *p = findPerson(r, person);
    QVERIFY2(p, qPrintable(names(r.people).join(QStringLiteral(", "))));
    QCOMPARE(p->roles, roles);
}

void TstPeople::mentionsCoverNameOnly()
{
    const QString text = QStringLiteral("Đồng chí Bí thư Thành ủy Hồ Văn Tiến và ông Mai Xuân Lộc đã dự.");
    const ExtractionResult r = extractor().extract(text);
    QCOMPARE(r.people.size(), 2);
    for (const Entity &p : r.people) {
        for (const Mention &m : p.mentions) {
            QCOMPARE(text.mid(m.span.start, m.span.length()), m.text);
            QCOMPARE(m.text, p.name);
            QVERIFY(!m.text.startsWith(QStringLiteral("ông")));
        }
    }
}

void TstPeople::shortFormsAndReferences()
{
    const QString text = QStringLiteral("Ông Trương Quốc Bảo, Giám đốc Sở Xây dựng, phát biểu. "
                                        "Theo ông Bảo, công trình sẽ xong. Giám đốc Sở Xây dựng đề nghị các đơn vị phối hợp.");
    const ExtractionResult r = extractor().extract(text);
    QCOMPARE(r.people.size(), 1);
    const Entity &p = r.people.first();
    QCOMPARE(p.name, QStringLiteral("Trương Quốc Bảo"));
    QCOMPARE(p.mentions.size(), 2);
    QCOMPARE(p.mentions.at(1).text, QStringLiteral("Bảo"));
    QCOMPARE(p.references.size(), 1);
    QCOMPARE(p.references.first().text, QStringLiteral("Giám đốc Sở Xây dựng"));
}

void TstPeople::bylineFromArticle()
{
    Article article;
    article.blocks = {Block{Block::Kind::Paragraph, QStringLiteral("Hội nghị diễn ra trong hai ngày.")},
                      Block{Block::Kind::Byline, QStringLiteral("Kiều Anh. Ảnh: Mạc Tuấn")}};
    article.authors = {QStringLiteral("Kiều Anh")};
    article.photographers = {QStringLiteral("Mạc Tuấn")};
    const ExtractionResult r = extractor().extract(article);
    const Entity *author = findPerson(r, QStringLiteral("Kiều Anh"));
    const Entity *photographer = findPerson(r, QStringLiteral("Mạc Tuấn"));
    QVERIFY(author);
    QVERIFY(photographer);
    QCOMPARE(author->mentions.size(), 1);
    const QString text = article.text();
    QCOMPARE(text.mid(photographer->mentions.first().span.start, photographer->mentions.first().span.length()),
             QStringLiteral("Mạc Tuấn"));
}

// Issue 20: "Nguyễn Văn Lеn" with a Cyrillic "е" (U+0435) is not silently a second person
// identical to "Nguyễn Văn Len": it is flagged, with a warning naming the name it imitates.
void TstPeople::mixedScriptNameIsFlagged()
{
    const QString fake = QStringLiteral("Nguyễn Văn L\u0435n");
    const QString text = QStringLiteral("Ông Nguyễn Văn Len, Giám đốc Sở Tài chính, cho biết ngân sách tăng. "
                                        "Sau đó ông %1 phát biểu tại hội nghị.").arg(fake);
    const ExtractionResult r = extractor().extract(text);
    const Entity *real = nullptr;
    const Entity *imitation = nullptr;
    for (const Entity &e : r.people) {
        if (e.name == QStringLiteral("Nguyễn Văn Len"))
            real = &e;
        if (e.name.contains(QChar(0x0435)))
            imitation = &e;
    }
    QVERIFY2(real, qPrintable(names(r.people).join(QStringLiteral("; "))));
    QVERIFY(!real->mixedScripts);
    if (imitation) {
        QVERIFY(imitation->mixedScripts);
    } else {
        // Grouped with the real one: then the real one carries a mixed mention and is flagged.
        QVERIFY(real->mixedScripts);
    }
    bool warned = false;
    for (const QString &w : r.warnings)
        warned = warned || (w.contains(fake) && w.contains(QStringLiteral("Cyrillic")));
    QVERIFY2(warned, qPrintable(r.warnings.join(QLatin1Char('\n'))));
    if (imitation)
        QVERIFY(r.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("looks like \u201CNguyễn Văn Len\u201D")));
}

void TstPeople::scriptHelpers()
{
    QVERIFY(NameScripts::mixesScripts(QStringLiteral("L\u0435n")));
    QVERIFY(!NameScripts::mixesScripts(QStringLiteral("Nguyễn Văn Len")));
    QVERIFY(!NameScripts::mixesScripts(QStringLiteral("Владимир Путин")));
    QCOMPARE(NameScripts::skeleton(QStringLiteral("Nguyễn Văn L\u0435n")), NameScripts::skeleton(QStringLiteral("Nguyễn Văn Len")));
    QCOMPARE(NameScripts::scriptNames(QStringLiteral("L\u0435n")), QStringLiteral("Latin, Cyrillic"));
}

QTEST_GUILESS_MAIN(TstPeople)
#include "tst_people.moc"
