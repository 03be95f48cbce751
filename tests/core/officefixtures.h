#pragma once
// Word and OpenDocument packages built by hand for the tests (ZipPackage writes the archive).
#include "import/zippackage.h"

#include <QByteArray>
#include <QString>

namespace OfficeFixtures {

inline QByteArray zip(const QList<Lectern::Core::ZipPackage::OutEntry> &entries)
{
    const QByteArray bytes = Lectern::Core::ZipPackage::write(entries);
    if (bytes.isEmpty())
        qFatal("cannot build the package");
    return bytes;
}

inline const char *wordNs() { return "http://schemas.openxmlformats.org/wordprocessingml/2006/main"; }

// A minimal .docx whose body is `body` (the children of w:body).
inline QByteArray docx(const QByteArray &body, QList<Lectern::Core::ZipPackage::OutEntry> extra = {})
{
    QList<Lectern::Core::ZipPackage::OutEntry> e;
    e.append({QStringLiteral("[Content_Types].xml"),
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
              "</Types>",
              false});
    e.append({QStringLiteral("_rels/.rels"),
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
              "</Relationships>",
              false});
    e.append({QStringLiteral("word/document.xml"),
              QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"") + wordNs() + "\"><w:body>" + body
                  + "</w:body></w:document>",
              false});
    e += extra;
    return zip(e);
}

inline QByteArray wordParagraph(const QByteArray &text)
{
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

// A minimal .odt whose office:text holds `text`.
inline QByteArray odt(const QByteArray &text, const QByteArray &meta = {}, const QByteArray &manifestExtra = {})
{
    QList<Lectern::Core::ZipPackage::OutEntry> e;
    e.append({QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", true});
    e.append({QStringLiteral("content.xml"),
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
              " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
              " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
              " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
              " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
              " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" office:version=\"1.3\">"
              "<office:body><office:text>" + text + "</office:text></office:body></office:document-content>",
              false});
    if (!meta.isEmpty())
        e.append({QStringLiteral("meta.xml"),
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta"
                  " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                  " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                  " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\"><office:meta>" + meta
                      + "</office:meta></office:document-meta>",
                  false});
    e.append({QStringLiteral("META-INF/manifest.xml"),
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
              " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
              "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
              "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">" + manifestExtra
                  + "</manifest:file-entry></manifest:manifest>",
              false});
    return zip(e);
}

// The OpenDocument fixture with everything the importer reads.
inline QByteArray richOdt()
{
    return odt("<text:tracked-changes><text:changed-region text:id=\"ct1\"><text:deletion><office:change-info>"
               "<dc:creator>Lê Thu Hà</dc:creator></office:change-info><text:p>chào mừng và </text:p></text:deletion>"
               "</text:changed-region><text:changed-region text:id=\"ct2\"><text:insertion><office:change-info>"
               "<dc:creator>Lê Thu Hà</dc:creator></office:change-info></text:insertion></text:changed-region>"
               "</text:tracked-changes>"
               "<text:h text:outline-level=\"1\">Hội nghị tổng kết công tác năm</text:h>"
               "<text:p text:style-name=\"P1\">Sáng 3/4, UBND tỉnh tổ chức hội nghị tổng kết<text:note text:id=\"n1\""
               " text:note-class=\"footnote\"><text:note-citation>1</text:note-citation><text:note-body><text:p>Theo báo cáo"
               " của Sở Tài chính.</text:p></text:note-body></text:note> với <office:annotation office:name=\"c1\">"
               "<dc:creator>Trần Minh</dc:creator><dc:date>2024-03-13T08:00:00</dc:date><text:p>Kiểm tra lại số đại"
               " biểu.</text:p></office:annotation>250 đại biểu<office:annotation-end office:name=\"c1\"/> tham"
               "<text:s text:c=\"3\"/>dự.</text:p>"
               "<text:p>Ông Nguyễn Văn An, <text:span text:style-name=\"T1\">Chủ tịch UBND tỉnh</text:span>, phát biểu"
               " <text:change text:change-id=\"ct1\"/><text:change-start text:change-id=\"ct2\"/>khai mạc <text:change-end"
               " text:change-id=\"ct2\"/>hội nghị &amp; tổng kết.</text:p>"
               "<text:list><text:list-item><text:p>Thu ngân sách đạt 4.250 tỷ đồng</text:p></text:list-item>"
               "<text:list-item><text:p>Tăng trưởng kinh tế đạt 8,5%</text:p></text:list-item></text:list>"
               "<table:table><table:table-row><table:table-cell><text:p>Chỉ tiêu</text:p></table:table-cell>"
               "<table:table-cell><text:p>Kết quả</text:p></table:table-cell></table:table-row>"
               "<table:table-row><table:table-cell><text:p>Vốn đầu tư</text:p></table:table-cell>"
               "<table:table-cell><text:p>12,5 tỷ đồng</text:p></table:table-cell></table:table-row></table:table>",
               "<dc:title>Hội nghị tổng kết năm 2024</dc:title><meta:initial-creator>Lê Thu Hà</meta:initial-creator>"
               "<meta:creation-date>2024-03-12T09:30:00</meta:creation-date>");
}

} // namespace OfficeFixtures
