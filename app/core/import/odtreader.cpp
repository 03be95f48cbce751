#include "import/odtreader.h"

#include "import/articleimporter.h"
#include "import/officexmlcursor.h"
#include "import/zippackage.h"

namespace Lectern::Core {

namespace {

const QString kText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kTable = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString kDraw = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
const QString kDc = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString kMeta = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
const QString kLoext = QStringLiteral("urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0");

using L = QLatin1StringView;

class ContentParser
{
public:
    explicit ContentParser(const QString &xml)
        : m_c(xml)
    {
    }

    QList<OfficeParagraph> body, notes;
    QList<OfficeComment> comments;
    QMap<QString, OfficeMark> ends; // office:name -> end
    int insertions = 0, deletions = 0;

    bool parse(QString *error)
    {
        while (m_c.next()) {
            if (m_c.isStart())
                start();
            else if (m_c.isEnd())
                end();
            else if (m_c.isCharacters() && !m_stack.isEmpty())
                characters();
            if (body.size() + notes.size() > ArticleImporter::maxLines) {
                *error = OdtReader::tr("The document has more than %1 paragraphs; Lectern opens articles of up to %1.")
                             .arg(ArticleImporter::maxLines);
                return false;
            }
            if (m_c.failed())
                break;
        }
        if (m_c.failed()) {
            *error = m_c.error();
            return false;
        }
        return true;
    }

private:
    struct Open
    {
        OfficeParagraph paragraph;
        int depth = 0;       // element depth of the text:p / text:h (or table row)
        bool row = false;
        int cells = 0, parasInCell = 0;
        int note = 0;        // the note number when this is a note's paragraph
        bool firstOfNote = false;
    };

    // The paragraph receiving text: the innermost open one.
    OfficeParagraph &target() { return m_stack.last().paragraph; }
    // Where the paragraph being filled will land (body or notes list; notes are renumbered later).
    OfficeMark here() const
    {
        const Open &o = m_stack.last();
        const int index = o.note ? int(-1000000 - notes.size()) : int(body.size());
        return OfficeMark{index, o.paragraph.raw.size()};
    }

    void characters()
    {
        if (m_stack.last().row && m_rowParagraph.isEmpty())
            return; // white space between cells
        const QString text = m_c.reader().text().toString();
        if (m_pendingText) { // the same character data, reported in pieces
            target().raw += text;
            m_pendingSpan->length += text.size();
            m_pendingValue += text;
            return;
        }
        m_pendingText = true;
        OfficeSpan span;
        span.text = true;
        span.rawStart = target().raw.size();
        span.length = text.size();
        span.elemStart = span.contentStart = m_c.lastMarkupEnd();
        target().raw += text;
        target().spans.append(span);
        m_pendingSpan = &target().spans.last();
        m_pendingValue = text;
    }
    // The character data just read ends where this tag starts.
    void closeText()
    {
        if (!m_pendingText)
            return;
        m_pendingText = false;
        m_pendingSpan->contentEnd = m_pendingSpan->elemEnd = m_c.tagStart();
        const QString decoded = OfficeXml::decode(QStringView(m_c.text()).mid(
            m_pendingSpan->contentStart, m_pendingSpan->contentEnd - m_pendingSpan->contentStart));
        if (decoded != m_pendingValue)
            m_pendingSpan->text = false;
    }
    void appendElement(const QString &s)
    {
        OfficeSpan span;
        span.rawStart = target().raw.size();
        span.length = s.size();
        span.elemStart = m_c.tagStart();
        span.elemEnd = m_c.tagEnd(); // an empty element: its whole tag
        target().raw += s;
        target().spans.append(span);
    }

    void openParagraph(Block::Kind kind, bool title = false)
    {
        if (!m_stack.isEmpty() && m_stack.last().row) {
            Open &row = m_stack.last();
            if (row.parasInCell > 0)
                row.paragraph.raw += QLatin1Char(' ');
            ++row.parasInCell;
            m_rowParagraph.append(m_c.depth());
            return;
        }
        Open o;
        o.paragraph.kind = kind;
        o.paragraph.title = title;
        o.depth = m_c.depth();
        o.note = m_noteNumber;
        o.firstOfNote = m_noteNumber && m_noteFirst;
        if (o.note) {
            o.paragraph.note = true;
            if (m_noteFirst) {
                o.paragraph.raw = QStringLiteral("[%1] ").arg(m_noteNumber);
                m_noteFirst = false;
            }
        }
        m_stack.append(o);
    }

    void start()
    {
        closeText();
        const QXmlStreamReader &r = m_c.reader();
        const QString ns = r.namespaceUri().toString();
        const QStringView name = r.name();
        if (ns == kText && name == L("tracked-changes")) {
            const int depth = m_c.depth();
            while (m_c.next() && !(m_c.isEnd() && m_c.depth() < depth)) {
                if (m_c.isStart() && m_c.reader().namespaceUri() == kText) {
                    if (m_c.reader().name() == L("insertion"))
                        ++insertions;
                    else if (m_c.reader().name() == L("deletion"))
                        ++deletions;
                }
            }
            return;
        }
        if ((ns == kText && (name == L("table-of-content") || name == L("alphabetical-index")
                             || name == L("illustration-index") || name == L("bibliography")
                             || name == L("sequence-decls") || name == L("user-field-decls")))
            || (ns == kDraw && name == L("frame")) || (ns == kOffice && (name == L("forms") || name == L("scripts")))) {
            m_c.skipElement();
            return;
        }
        if (ns == kOffice && name == L("annotation")) {
            annotation();
            return;
        }
        if (ns == kOffice && name == L("annotation-end")) {
            if (!m_stack.isEmpty())
                ends.insert(m_c.attribute(kOffice, L("name")), here());
            return;
        }
        if (ns == kTable && name == L("table-row")) {
            if (!m_inRow) {
                Open o;
                o.row = true;
                o.depth = m_c.depth();
                o.note = m_noteNumber;
                m_stack.append(o);
                m_inRow = true;
            }
            return;
        }
        if (ns == kTable && (name == L("table-cell") || name == L("covered-table-cell")) && m_inRow
            && m_stack.last().row) {
            Open &row = m_stack.last();
            if (row.cells > 0)
                row.paragraph.raw += QStringLiteral(" | ");
            ++row.cells;
            row.parasInCell = 0;
            return;
        }
        if (ns != kText)
            return;
        if (name == L("h")) {
            openParagraph(Block::Kind::Heading);
        } else if (name == L("p")) {
            const QString style = m_c.attribute(kText, L("style-name")).toLower();
            if (style == QLatin1String("title"))
                openParagraph(Block::Kind::Heading, true);
            else if (style.startsWith(QLatin1String("heading")))
                openParagraph(Block::Kind::Heading);
            else if (style == QLatin1String("quotations"))
                openParagraph(Block::Kind::Quote);
            else
                openParagraph(Block::Kind::Paragraph);
        } else if (m_stack.isEmpty()) {
            return;
        } else if (name == L("s")) {
            bool ok = false;
            const int n = m_c.attribute(kText, L("c")).toInt(&ok);
            appendElement(QString(ok ? qBound(1, n, 1000) : 1, QLatin1Char(' ')));
        } else if (name == L("tab") || name == L("line-break")) {
            appendElement(QStringLiteral(" "));
        } else if (name == L("note")) {
            note();
        } else if (name == L("note-citation") || name == L("ruby-text")) {
            m_c.skipElement();
        }
    }

    void note()
    {
        const int number = ++m_notesSeen;
        target().raw += QStringLiteral("[%1]").arg(number);
        const int saveNumber = m_noteNumber;
        const bool saveFirst = m_noteFirst;
        const bool saveRow = m_inRow;
        m_noteNumber = number;
        m_noteFirst = true;
        m_inRow = false;
        const int depth = m_c.depth();
        while (m_c.next() && !(m_c.isEnd() && m_c.depth() < depth)) {
            if (m_c.isStart())
                start();
            else if (m_c.isEnd())
                end();
            else if (m_c.isCharacters() && m_stack.size() > 0 && m_stack.last().note == number)
                characters();
        }
        closeText();
        m_noteNumber = saveNumber;
        m_noteFirst = saveFirst;
        m_inRow = saveRow;
    }

    void annotation()
    {
        OfficeComment oc;
        oc.id = m_c.attribute(kOffice, L("name"));
        if (oc.id.isEmpty())
            oc.id = QStringLiteral("annotation-%1").arg(comments.size() + 1);
        oc.resolved = m_c.attribute(kLoext, L("resolved")) == QLatin1String("true");
        oc.parentId = m_c.attribute(kLoext, L("parent-name"));
        if (!m_stack.isEmpty())
            oc.start = here();
        QStringList paragraphs;
        QString paragraph;
        bool inP = false;
        const int depth = m_c.depth();
        while (m_c.next() && !(m_c.isEnd() && m_c.depth() < depth)) {
            if (m_c.isStart()) {
                if (m_c.is(kDc, L("creator")))
                    oc.author = m_c.elementText().trimmed();
                else if (m_c.is(kDc, L("date")))
                    oc.date = OfficeXml::parseDate(m_c.elementText().trimmed());
                else if (m_c.is(kMeta, L("creator-initials")))
                    oc.initials = m_c.elementText().trimmed();
                else if (m_c.is(kText, L("p")) || m_c.is(kText, L("h"))) {
                    inP = true;
                    paragraph.clear();
                } else if (m_c.is(kText, L("s")) || m_c.is(kText, L("tab")) || m_c.is(kText, L("line-break")))
                    paragraph += QLatin1Char(' ');
            } else if (m_c.isEnd() && (m_c.is(kText, L("p")) || m_c.is(kText, L("h")))) {
                inP = false;
                paragraphs.append(paragraph);
            } else if (m_c.isCharacters() && inP) {
                paragraph += m_c.reader().text();
            }
        }
        oc.text = paragraphs.join(QLatin1Char('\n'));
        comments.append(oc);
    }

    void end()
    {
        closeText();
        if (m_stack.isEmpty())
            return;
        const QXmlStreamReader &r = m_c.reader();
        const QString ns = r.namespaceUri().toString();
        const QStringView name = r.name();
        if (ns == kTable && name == L("table-row") && m_inRow && m_stack.last().row && m_stack.last().depth == m_c.depth() + 1) {
            m_inRow = false;
            finish();
            return;
        }
        if (ns == kText && (name == L("p") || name == L("h"))) {
            if (!m_rowParagraph.isEmpty() && m_rowParagraph.last() == m_c.depth() + 1) {
                m_rowParagraph.removeLast();
                return;
            }
            if (!m_stack.last().row && m_stack.last().depth == m_c.depth() + 1)
                finish();
        }
    }

    void finish()
    {
        Open o = m_stack.takeLast();
        if (o.note)
            notes.append(o.paragraph);
        else
            body.append(o.paragraph);
    }

    OfficeXmlCursor m_c;
    QList<Open> m_stack;
    QList<int> m_rowParagraph;
    bool m_inRow = false;
    int m_noteNumber = 0, m_notesSeen = 0;
    bool m_noteFirst = false;
    bool m_pendingText = false;
    OfficeSpan *m_pendingSpan = nullptr;
    QString m_pendingValue;
};

} // namespace

QString OdtReader::mimeType(ZipPackage &zip)
{
    if (!zip.contains(QStringLiteral("mimetype")))
        return {};
    const auto bytes = zip.read(QStringLiteral("mimetype"));
    return bytes ? QString::fromUtf8(bytes->left(200)).trimmed() : QString();
}

bool OdtReader::isEncrypted(ZipPackage &zip)
{
    if (!zip.contains(QStringLiteral("META-INF/manifest.xml")))
        return false;
    const auto bytes = zip.read(QStringLiteral("META-INF/manifest.xml"));
    return bytes && bytes->contains("encryption-data");
}

std::optional<OfficeText> OdtReader::read(ZipPackage &zip, QString *error)
{
    OfficeText out;
    out.format = QStringLiteral("odt");
    if (!zip.contains(QStringLiteral("content.xml"))) {
        *error = tr("The file is a ZIP archive but not an OpenDocument text (it has no content.xml).");
        return std::nullopt;
    }
    const auto bytes = zip.read(QStringLiteral("content.xml"));
    if (!bytes) {
        *error = zip.errorString();
        return std::nullopt;
    }
    const QString xml = OfficeXml::partText(*bytes);
    ContentParser parser(xml);
    if (!parser.parse(error))
        return std::nullopt;
    out.partNames << QStringLiteral("content.xml");
    out.partXml << xml;
    out.paragraphs = parser.body;
    out.paragraphs += parser.notes;
    out.insertions = parser.insertions;
    out.deletions = parser.deletions;
    const int bodyCount = int(parser.body.size());
    const auto fix = [&](std::optional<OfficeMark> &m) {
        if (m && m->paragraph <= -1000000)
            m->paragraph = bodyCount + (-1000000 - m->paragraph);
    };
    out.comments = parser.comments;
    for (OfficeComment &oc : out.comments) {
        fix(oc.start);
        if (parser.ends.contains(oc.id)) {
            oc.end = parser.ends.value(oc.id);
            fix(oc.end);
        } else {
            oc.end = oc.start;
        }
    }
    if (zip.contains(QStringLiteral("meta.xml"))) {
        const auto meta = zip.read(QStringLiteral("meta.xml"));
        if (!meta) {
            *error = zip.errorString();
            return std::nullopt;
        }
        OfficeXmlCursor c(OfficeXml::partText(*meta));
        QString creator, initialCreator;
        while (c.next()) {
            if (!c.isStart())
                continue;
            if (c.is(kDc, L("title")))
                out.title = c.elementText().trimmed();
            else if (c.is(kMeta, L("initial-creator")))
                initialCreator = c.elementText().trimmed();
            else if (c.is(kDc, L("creator")))
                creator = c.elementText().trimmed();
            else if (c.is(kMeta, L("creation-date")))
                out.created = OfficeXml::parseDate(c.elementText().trimmed());
        }
        const QString author = initialCreator.isEmpty() ? creator : initialCreator;
        if (!author.isEmpty())
            out.authors = {author};
    }
    return out;
}

} // namespace Lectern::Core
