#pragma once
// Hand-written training sentences for the tagger tests (invented names and organizations, no
// corpus text): a small span-annotated set in the shape of government and sports news, built as
// texts with UTF-16 spans or as JSON Lines in the span-file format (all characters are in the BMP,
// so code points equal UTF-16 indices).

#include "extract/taggertrainer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace TaggerFixture {

using Lectern::Core::TaggerTrainer;

struct Doc
{
    QString text;
    QList<TaggerTrainer::LabeledSpan> spans;

    Doc &t(const QString &s) { text += s; return *this; }
    Doc &span(const QString &s, TaggerTrainer::SpanType type)
    {
        spans.append({text.size(), text.size() + s.size(), type});
        text += s;
        return *this;
    }
    Doc &per(const QString &s) { return span(s, TaggerTrainer::SpanType::Person); }
    Doc &org(const QString &s) { return span(s, TaggerTrainer::SpanType::Organization); }
    Doc &loc(const QString &s) { return span(s, TaggerTrainer::SpanType::Place); }
};

inline QString q(const char *utf8) { return QString::fromUtf8(utf8); }

inline QList<Doc> documents()
{
    const QStringList people = {q("Lê Văn An"), q("Trần Thị Bình"), q("Phạm Quốc Cường"), q("Hoàng Minh Dũng"),
                                q("Vũ Thị Hạnh"), q("Đặng Văn Khoa"), q("Bùi Thanh Long"), q("Ngô Thị Mai"),
                                q("Đỗ Hữu Nghĩa"), q("Lý Thị Oanh"), q("Mai Văn Phúc"), q("Tạ Quang Sơn")};
    const QStringList foreign = {q("Marco Bellini"), q("Anna Kowalski"), q("John Carter"), q("Sophie Martin"),
                                 q("Peter Lindqvist"), q("Maria Gonzalez")};
    const QStringList longOrgs = {q("Ban Quản lý Dự án Đầu tư xây dựng các công trình dân dụng tỉnh Hòa Phong"),
                                  q("Công ty CP Chế biến gỗ xuất khẩu Tân Lộc"),
                                  q("Ban Quản lý các khu công nghiệp tỉnh Lạc Sơn"),
                                  q("Công ty CP Xây dựng cầu đường Phú An"),
                                  q("Trung tâm Phát triển quỹ đất huyện Bình Hòa"),
                                  q("Công ty TNHH Sản xuất bao bì Hưng Thịnh")};
    const QStringList depts = {q("Sở Tài chính"), q("Sở Nội vụ"), q("Sở Giao thông vận tải"), q("Sở Công Thương")};
    const QStringList places = {q("Hòa Phong"), q("Lạc Sơn"), q("Bình Hòa"), q("Tân Lộc"), q("Phú An")};
    const QStringList countries = {q("Hàn Quốc"), q("Nhật Bản"), q("Thái Lan")};
    QList<Doc> docs;
    for (int i = 0; i < 24; ++i) {
        const QString a = people.at(i % people.size());
        const QString b = people.at((i * 5 + 3) % people.size());
        const QString street = people.at((i * 7 + 1) % people.size());
        Doc d;
        d.t(q("Sáng 12/3, Chủ tịch ")).org(q("UBND tỉnh")).t(q(" ")).per(a).t(q(" và Phó Chủ tịch "))
            .org(q("UBND tỉnh")).t(q(" ")).per(b).t(q(" tiếp Đoàn công tác của "))
            .org(depts.at(i % depts.size())).t(q(".\n"));
        d.t(q("Ông ")).per(b).t(q(", Giám đốc ")).org(longOrgs.at(i % longOrgs.size()))
            .t(q(", cho biết công trình trên đường ")).loc(street).t(q(" đã hoàn thành.\n"));
        d.org(longOrgs.at((i + 2) % longOrgs.size())).t(q(" vừa ký hợp đồng với "))
            .org(depts.at((i + 1) % depts.size())).t(q(" tại ")).loc(places.at(i % places.size())).t(q(".\n"));
        d.t(q("HLV ")).per(foreign.at(i % foreign.size())).t(q(" cho biết đội tuyển sẽ sang "))
            .loc(countries.at(i % countries.size())).t(q(" tập huấn. Theo bà ")).per(a).t(q(", kế hoạch đã xong.\n"));
        docs.append(d);
    }
    return docs;
}

// The documents as span-file lines (id, category, text, entities with start/end/type/level).
inline QByteArray spanLines()
{
    QByteArray out;
    int id = 0;
    for (const Doc &d : documents()) {
        QJsonArray entities;
        for (const TaggerTrainer::LabeledSpan &s : d.spans) {
            const char *type = s.type == TaggerTrainer::SpanType::Person ? "PERSON"
                : s.type == TaggerTrainer::SpanType::Organization        ? "ORGANIZATION"
                                                                         : "LOCATION";
            entities.append(QJsonObject{{QStringLiteral("start"), double(s.start)},
                                        {QStringLiteral("end"), double(s.end)},
                                        {QStringLiteral("type"), QString::fromLatin1(type)},
                                        {QStringLiteral("level"), 0},
                                        {QStringLiteral("surface"), d.text.mid(s.start, s.end - s.start)}});
        }
        const QJsonObject o{{QStringLiteral("id"), QString::number(++id)},
                            {QStringLiteral("category"), QStringLiteral("Test")},
                            {QStringLiteral("text"), d.text},
                            {QStringLiteral("entities"), entities}};
        out += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    return out;
}

} // namespace TaggerFixture
