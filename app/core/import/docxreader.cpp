#include "import/docxreader.h"

#include "import/articleimporter.h"
#include "import/officexmlcursor.h"
#include "import/zippackage.h"

#include <QDir>
#include <QMap>

namespace Lectern::Core {

namespace {

const QString kW = QString::fromLatin1(DocxReader::wordNamespace);
const QString kW14 = QStringLiteral("http://schemas.microsoft.com/office/word/2010/wordml");
const QString kW15 = QStringLiteral("http://schemas.microsoft.com/office/word/2012/wordml");
const QString kMc = QStringLiteral("http://schemas.openxmlformats.org/markup-compatibility/2006");
const QString kRel = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
const QString kDc = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString kDcTerms = QStringLiteral("http://purl.org/dc/terms/");

using L = QLatin1StringView;

// A relationship target resolved against the folder of the part that names it.
QString resolveTarget(const QString &baseFolder, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(baseFolder.isEmpty() ? target : baseFolder + QLatin1Char('/') + target);
}

struct Relationships
{
    QMap<QString, QString> byType; // last path segment of the type ("officeDocument") -> part name
    int external = 0;
};

Relationships readRelationships(ZipPackage &zip, const QString &relsName, const QString &baseFolder)
{
    Relationships rels;
    if (!zip.contains(relsName))
        return rels;
    const auto bytes = zip.read(relsName);
    if (!bytes)
        return rels;
    OfficeXmlCursor c(OfficeXml::partText(*bytes));
    while (c.next()) {
        if (!c.isStart() || !c.is(kRel, L("Relationship")))
            continue;
        const QString type = c.attribute(QString(), L("Type"));
        const QString target = c.attribute(QString(), L("Target"));
        if (c.attribute(QString(), L("TargetMode")).compare(QLatin1String("External"), Qt::CaseInsensitive) == 0) {
            ++rels.external; // linked images, remote templates, hyperlinks: never fetched
            continue;
        }
        const QString key = type.section(QLatin1Char('/'), -1);
        if (!rels.byType.contains(key))
            rels.byType.insert(key, resolveTarget(baseFolder, target));
    }
    return rels;
}

struct StyleInfo
{
    QString name;
    int outline = -1;
    QString basedOn;
};

QMap<QString, StyleInfo> readStyles(const QString &xml)
{
    QMap<QString, StyleInfo> styles;
    OfficeXmlCursor c(xml);
    QString current;
    while (c.next()) {
        if (!c.isStart())
            continue;
        if (c.is(kW, L("style"))) {
            current = c.attribute(kW, L("styleId"));
            styles.insert(current, {});
        } else if (!current.isEmpty() && c.is(kW, L("name"))) {
            styles[current].name = c.attribute(kW, L("val"));
        } else if (!current.isEmpty() && c.is(kW, L("basedOn"))) {
            styles[current].basedOn = c.attribute(kW, L("val"));
        } else if (!current.isEmpty() && c.is(kW, L("outlineLvl"))) {
            bool ok = false;
            const int level = c.attribute(kW, L("val")).toInt(&ok);
            if (ok)
                styles[current].outline = level;
        }
    }
    return styles;
}

Block::Kind kindOf(const QString &styleId, int directOutline, const QMap<QString, StyleInfo> &styles, bool *title)
{
    *title = false;
    if (directOutline >= 0 && directOutline < 9)
        return Block::Kind::Heading;
    QString id = styleId;
    for (int hops = 0; hops < 10 && !id.isEmpty(); ++hops) {
        const StyleInfo info = styles.value(id);
        const QString name = (info.name.isEmpty() ? id : info.name).toLower().remove(QLatin1Char(' '));
        if (name == QLatin1String("title")) {
            *title = true;
            return Block::Kind::Heading;
        }
        if (name.startsWith(QLatin1String("heading")) || (info.outline >= 0 && info.outline < 9))
            return Block::Kind::Heading;
        if (name == QLatin1String("quote") || name == QLatin1String("intensequote"))
            return Block::Kind::Quote;
        if (name == QLatin1String("caption"))
            return Block::Kind::Caption;
        id = info.basedOn;
    }
    return Block::Kind::Paragraph;
}

struct NoteRef
{
    QString kind; // "footnote" or "endnote"
    QString id;
    int number = 0;
};

// Parses the paragraphs of one part (the body, or the footnotes or endnotes).
class PartParser
{
public:
    PartParser(int part, const QString &xml, const QMap<QString, StyleInfo> &styles, QList<NoteRef> *notes)
        : m_part(part)
        , m_c(xml)
        , m_styles(styles)
        , m_notes(notes)
    {
    }

    QList<OfficeParagraph> paragraphs;
    QStringList noteKeys; // per paragraph: "footnote:3" inside a note part
    QMap<QString, OfficeMark> starts, ends, refs;
    int insertions = 0, deletions = 0;
    QString prefix;

    bool parse(QString *error)
    {
        while (m_c.next()) {
            if (m_c.isStart())
                start();
            else if (m_c.isEnd())
                end();
            else if (m_c.isCharacters() && m_inText)
                m_text += m_c.reader().text();
            if (paragraphs.size() > ArticleImporter::maxLines) {
                *error = DocxReader::tr("The document has more than %1 paragraphs; Lectern opens articles of up to %1.")
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
    OfficeParagraph &target() { return m_rowActive ? m_row : m_para; }
    int targetIndex() const { return int(paragraphs.size()); }
    OfficeMark here()
    {
        if (!m_inPara && !m_rowActive)
            return OfficeMark{-2, 0}; // between paragraphs: resolved to the next one
        return OfficeMark{targetIndex(), target().raw.size()};
    }

    void appendSynthetic(const QString &s) { target().raw += s; }
    void appendElement(const QString &s)
    {
        OfficeSpan span;
        span.part = m_part;
        span.rawStart = target().raw.size();
        span.length = s.size();
        span.elemStart = m_c.tagStart();
        span.elemEnd = m_c.tagEnd();
        fillRun(span);
        target().raw += s;
        target().spans.append(span);
    }
    void fillRun(OfficeSpan &span)
    {
        if (!m_inRun)
            return;
        span.runStart = m_runStart;
        span.runContentStart = m_runContentStart;
        span.runProps = m_runProps;
        span.runTag = m_runTag;
        m_runSpans.append({&target() == &m_row, target().spans.size()});
    }

    void start()
    {
        const QXmlStreamReader &r = m_c.reader();
        if (r.namespaceUri() == kMc && r.name() == L("Fallback")) {
            m_c.skipElement();
            return;
        }
        if (r.namespaceUri() != kW)
            return;
        const QStringView name = r.name();
        if (name == L("p")) {
            if (prefix.isEmpty())
                prefix = r.prefix().toString();
            if (m_rowActive) {
                if (m_parasInCell > 0)
                    appendSynthetic(QStringLiteral(" "));
            } else {
                m_para = OfficeParagraph{};
                m_style.clear();
                m_outline = -1;
            }
            m_inPara = true;
            for (OfficeMark *pending : std::as_const(m_pending))
                *pending = OfficeMark{targetIndex(), target().raw.size()};
            m_pending.clear();
        } else if (name == L("pPr")) {
            const int depth = m_c.depth();
            while (m_c.next() && !(m_c.isEnd() && m_c.depth() < depth)) {
                if (!m_c.isStart() || m_c.reader().namespaceUri() != kW)
                    continue;
                if (m_c.reader().name() == L("pStyle") && !m_rowActive)
                    m_style = m_c.attribute(kW, L("val"));
                else if (m_c.reader().name() == L("outlineLvl") && !m_rowActive)
                    m_outline = m_c.attribute(kW, L("val")).toInt();
            }
        } else if (name == L("r")) {
            m_inRun = true;
            m_runStart = m_c.tagStart();
            m_runContentStart = m_c.tagEnd();
            m_runProps.clear();
            m_runTag = r.qualifiedName().toString();
            m_runSpans.clear();
        } else if (name == L("rPr") && m_inRun) {
            const qsizetype from = m_c.tagStart();
            m_c.skipElement();
            m_runProps = m_c.text().mid(from, m_c.tagEnd() - from);
            m_runContentStart = m_c.tagEnd();
        } else if (name == L("t") && m_inRun) {
            m_inText = true;
            m_text.clear();
            m_span = OfficeSpan{};
            m_span.part = m_part;
            m_span.text = true;
            m_span.elemStart = m_c.tagStart();
            m_span.contentStart = m_c.tagEnd();
            m_span.tagNameEnd = m_c.tagStart() + 1 + r.qualifiedName().size();
            m_span.preservesSpace = r.attributes().value(QStringLiteral("http://www.w3.org/XML/1998/namespace"), L("space"))
                                    == QLatin1String("preserve");
            m_span.textTag = r.qualifiedName().toString();
        } else if ((name == L("tab") || name == L("br") || name == L("cr")) && m_inRun) {
            appendElement(QStringLiteral(" "));
        } else if (name == L("noBreakHyphen") && m_inRun) {
            appendElement(QStringLiteral("-"));
        } else if (name == L("del") || name == L("moveFrom")) {
            ++deletions;
            m_c.skipElement();
        } else if (name == L("ins") || name == L("moveTo")) {
            ++insertions;
        } else if (name == L("delText") || name == L("instrText") || name == L("delInstrText") || name == L("drawing")
                   || name == L("pict") || name == L("object") || name == L("txbxContent") || name == L("sdtPr")
                   || name == L("sdtEndPr") || name == L("trPr") || name == L("tcPr") || name == L("tblPr")
                   || name == L("tblGrid") || name == L("sectPr")) {
            m_c.skipElement();
        } else if ((name == L("footnoteReference") || name == L("endnoteReference")) && m_notes) {
            NoteRef ref{name == L("footnoteReference") ? QStringLiteral("footnote") : QStringLiteral("endnote"),
                        m_c.attribute(kW, L("id")), int(m_notes->size()) + 1};
            m_notes->append(ref);
            if (m_inPara || m_rowActive)
                appendSynthetic(QStringLiteral("[%1]").arg(ref.number));
        } else if (name == L("commentRangeStart")) {
            mark(starts);
        } else if (name == L("commentRangeEnd")) {
            mark(ends, true);
        } else if (name == L("commentReference")) {
            mark(refs, true);
        } else if (name == L("footnote") || name == L("endnote")) {
            m_noteKey = name.toString() + QLatin1Char(':') + m_c.attribute(kW, L("id"));
        } else if (name == L("tr")) {
            if (!m_rowActive) {
                m_row = OfficeParagraph{};
                m_rowActive = true;
                m_cells = 0;
            }
            ++m_rowDepth;
        } else if (name == L("tc") && m_rowActive) {
            if (m_cells > 0)
                appendSynthetic(QStringLiteral(" | "));
            ++m_cells;
            m_parasInCell = 0;
        }
    }

    void mark(QMap<QString, OfficeMark> &map, bool endSide = false)
    {
        const QString id = m_c.attribute(kW, L("id"));
        if (id.isEmpty() || map.contains(id))
            return;
        OfficeMark m = here();
        if (m.paragraph == -2 && endSide && !paragraphs.isEmpty())
            m = OfficeMark{int(paragraphs.size()) - 1, paragraphs.constLast().raw.size()};
        map.insert(id, m);
        if (m.paragraph == -2)
            m_pending.append(&map[id]);
    }

    void end()
    {
        const QXmlStreamReader &r = m_c.reader();
        if (r.namespaceUri() != kW)
            return;
        const QStringView name = r.name();
        if (name == L("t") && m_inText) {
            m_inText = false;
            m_span.contentEnd = m_c.tagStart();
            m_span.elemEnd = m_c.tagEnd();
            // The source must decode to what the reader saw, or marks cannot go inside it.
            const QString decoded = OfficeXml::decode(QStringView(m_c.text()).mid(m_span.contentStart,
                                                                                 m_span.contentEnd - m_span.contentStart));
            if (decoded != m_text)
                m_span.text = false;
            if (m_text.isEmpty())
                return;
            m_span.rawStart = target().raw.size();
            m_span.length = m_text.size();
            fillRun(m_span);
            target().raw += m_text;
            target().spans.append(m_span);
        } else if (name == L("r") && m_inRun) {
            m_inRun = false;
            for (const auto &[inRow, index] : std::as_const(m_runSpans)) {
                OfficeSpan &s = (inRow ? m_row : m_para).spans[index];
                s.runEnd = m_c.tagEnd();
                s.runContentEnd = m_c.tagStart();
            }
            m_runSpans.clear();
        } else if (name == L("p")) {
            m_inPara = false;
            if (m_rowActive) {
                ++m_parasInCell;
                return;
            }
            bool title = false;
            m_para.kind = kindOf(m_style, m_outline, m_styles, &title);
            m_para.title = title;
            m_para.note = !m_noteKey.isEmpty();
            paragraphs.append(m_para);
            noteKeys.append(m_noteKey);
        } else if (name == L("tr") && m_rowActive) {
            if (--m_rowDepth == 0) {
                m_rowActive = false;
                m_row.note = !m_noteKey.isEmpty();
                paragraphs.append(m_row);
                noteKeys.append(m_noteKey);
            }
        } else if (name == L("footnote") || name == L("endnote")) {
            m_noteKey.clear();
        }
    }

    int m_part;
    OfficeXmlCursor m_c;
    const QMap<QString, StyleInfo> &m_styles;
    QList<NoteRef> *m_notes;
    OfficeParagraph m_para, m_row;
    QString m_style;
    int m_outline = -1;
    bool m_inPara = false, m_rowActive = false, m_inRun = false, m_inText = false;
    int m_rowDepth = 0, m_cells = 0, m_parasInCell = 0;
    qsizetype m_runStart = 0, m_runContentStart = 0;
    QString m_runProps, m_runTag, m_text, m_noteKey;
    OfficeSpan m_span;
    QList<std::pair<bool, qsizetype>> m_runSpans;
    QList<OfficeMark *> m_pending;
};

QList<OfficeComment> readComments(const QString &xml)
{
    QList<OfficeComment> comments;
    OfficeXmlCursor cursor(xml);
    QStringList paragraphs;
    QString paragraph;
    bool inComment = false, inText = false;
    while (cursor.next()) {
        if (cursor.isStart() && cursor.reader().namespaceUri() == kW) {
            const QStringView name = cursor.reader().name();
            if (name == L("comment")) {
                OfficeComment comment;
                comment.id = cursor.attribute(kW, L("id"));
                comment.author = cursor.attribute(kW, L("author"));
                comment.initials = cursor.attribute(kW, L("initials"));
                comment.date = OfficeXml::parseDate(cursor.attribute(kW, L("date")));
                comments.append(comment);
                paragraphs.clear();
                inComment = true;
            } else if (inComment && name == L("p")) {
                paragraph.clear();
                const QString paraId = cursor.reader().attributes().value(kW14, L("paraId")).toString();
                if (!paraId.isEmpty())
                    comments.last().paraId = paraId;
            } else if (inComment && name == L("t")) {
                inText = true;
            } else if (inComment && (name == L("tab") || name == L("br"))) {
                paragraph += QLatin1Char(' ');
            } else if (name == L("delText") || name == L("instrText") || name == L("del")) {
                cursor.skipElement();
            }
        } else if (cursor.isStart() && cursor.reader().namespaceUri() == kMc && cursor.reader().name() == L("Fallback")) {
            cursor.skipElement();
        } else if (cursor.isCharacters() && inText) {
            paragraph += cursor.reader().text();
        } else if (cursor.isEnd() && cursor.reader().namespaceUri() == kW) {
            const QStringView name = cursor.reader().name();
            if (name == L("t"))
                inText = false;
            else if (inComment && name == L("p"))
                paragraphs.append(paragraph);
            else if (name == L("comment") && inComment) {
                comments.last().text = paragraphs.join(QLatin1Char('\n'));
                inComment = false;
            }
        }
    }
    return comments;
}

void readCommentsExtended(const QString &xml, QList<OfficeComment> &comments)
{
    QMap<QString, QString> byParaId;
    for (const OfficeComment &comment : std::as_const(comments))
        if (!comment.paraId.isEmpty())
            byParaId.insert(comment.paraId.toUpper(), comment.id);
    OfficeXmlCursor cursor(xml);
    while (cursor.next()) {
        if (!cursor.isStart() || !cursor.is(kW15, L("commentEx")))
            continue;
        const QString self = byParaId.value(cursor.attribute(kW15, L("paraId")).toUpper());
        const QString parent = byParaId.value(cursor.attribute(kW15, L("paraIdParent")).toUpper());
        const bool done = cursor.attribute(kW15, L("done")) == QLatin1String("1");
        for (OfficeComment &comment : comments) {
            if (comment.id != self)
                continue;
            if (parent != self)
                comment.parentId = parent;
            comment.resolved = done;
        }
    }
}

void readCore(const QString &xml, OfficeText &out)
{
    OfficeXmlCursor cursor(xml);
    while (cursor.next()) {
        if (!cursor.isStart())
            continue;
        const bool title = cursor.is(kDc, L("title")), creator = cursor.is(kDc, L("creator")),
                   created = cursor.is(kDcTerms, L("created"));
        if (!title && !creator && !created)
            continue;
        const QString value = cursor.elementText().trimmed();
        if (title)
            out.title = value;
        else if (creator && !value.isEmpty())
            out.authors = value.split(QLatin1Char(';'), Qt::SkipEmptyParts);
        else if (created)
            out.created = OfficeXml::parseDate(value);
    }
}

// The name of a part's relationships part: "word/_rels/document.xml.rels".
QString relationshipsName(const QString &folder, const QString &part)
{
    return (folder.isEmpty() ? QString() : folder + QLatin1Char('/')) + QStringLiteral("_rels/")
        + part.section(QLatin1Char('/'), -1) + QStringLiteral(".rels");
}

// External links of the other parts' relationships (settings: an attached remote template),
// which are only counted.
int otherExternalLinks(ZipPackage &zip, const QString &folder, const QString &relsName)
{
    int links = 0;
    for (const ZipPackage::Entry &entry : zip.entries())
        if (entry.name.endsWith(QLatin1String(".rels")) && entry.name != relsName
            && entry.name != QLatin1String("_rels/.rels") && entry.name.startsWith(folder))
            links += readRelationships(zip, entry.name, folder).external;
    return links;
}

// The text of a part, or nothing (and the reason in *error) when it cannot be read.
std::optional<QString> readPart(ZipPackage &zip, const QString &name, QString *error)
{
    const auto bytes = zip.read(name);
    if (!bytes) {
        *error = zip.errorString();
        return std::nullopt;
    }
    return OfficeXml::partText(*bytes);
}

// Where comments start and end, and where they are referenced, by comment id.
struct Marks
{
    QMap<QString, OfficeMark> starts, ends, refs;
};

// Parses the main part into out's paragraphs; collects the comment marks and note references.
bool readBody(ZipPackage &zip, const QString &mainPart, const QMap<QString, StyleInfo> &styles, OfficeText &out,
              Marks &marks, QList<NoteRef> &notes, QString *error)
{
    const auto body = readPart(zip, mainPart, error);
    if (!body)
        return false;
    out.partNames << mainPart;
    out.partXml << *body;
    PartParser parser(0, *body, styles, &notes);
    if (!parser.parse(error))
        return false;
    out.wordPrefix = parser.prefix.isEmpty() ? QStringLiteral("w") : parser.prefix;
    out.paragraphs = parser.paragraphs;
    out.insertions = parser.insertions;
    out.deletions = parser.deletions;
    marks = Marks{parser.starts, parser.ends, parser.refs};
    return true;
}

// Where the paragraphs of a notes part went in the article: notes paragraph -> out paragraph,
// and how many characters its "[n] " mark added in front.
struct NoteParagraphs
{
    QMap<int, int> remap;
    QMap<int, qsizetype> shift;
};

// Appends the paragraphs of the referenced notes of `kind` to out, as note paragraphs; the first
// paragraph of each note starts with its "[n] " mark.
NoteParagraphs appendNoteParagraphs(const PartParser &notesParser, const QList<NoteRef> &notes, const QString &kind,
                                    OfficeText &out)
{
    NoteParagraphs placed;
    for (const NoteRef &note : notes) {
        if (note.kind != kind)
            continue;
        const QString key = kind + QLatin1Char(':') + note.id;
        bool first = true;
        for (qsizetype i = 0; i < notesParser.paragraphs.size(); ++i) {
            if (notesParser.noteKeys.at(i) != key || placed.remap.contains(int(i)))
                continue;
            OfficeParagraph paragraph = notesParser.paragraphs.at(i);
            paragraph.kind = Block::Kind::Paragraph;
            paragraph.note = true;
            paragraph.title = false;
            qsizetype added = 0;
            if (first) {
                const QString mark = QStringLiteral("[%1] ").arg(note.number);
                added = mark.size();
                paragraph.raw.prepend(mark);
                for (OfficeSpan &span : paragraph.spans)
                    span.rawStart += added;
                first = false;
            }
            placed.remap.insert(int(i), int(out.paragraphs.size()));
            placed.shift.insert(int(i), added);
            out.paragraphs.append(paragraph);
        }
    }
    return placed;
}

// Adds the marks of a notes part, moved to where its paragraphs went; marks already known stay.
void adoptMarks(const QMap<QString, OfficeMark> &from, const NoteParagraphs &placed, QMap<QString, OfficeMark> &to)
{
    for (auto it = from.cbegin(); it != from.cend(); ++it)
        if (placed.remap.contains(it->paragraph) && !to.contains(it.key()))
            to.insert(it.key(),
                      OfficeMark{placed.remap.value(it->paragraph), it->raw + placed.shift.value(it->paragraph)});
}

// Reads the notes part of `kind` ("footnote", "endnote") when the body references such notes.
bool readNotes(ZipPackage &zip, const QString &partName, const QString &kind, const QMap<QString, StyleInfo> &styles,
               const QList<NoteRef> &notes, OfficeText &out, Marks &marks, QString *error)
{
    bool any = false;
    for (const NoteRef &note : notes)
        any = any || note.kind == kind;
    if (!any || !zip.contains(partName))
        return true;
    const auto xml = readPart(zip, partName, error);
    if (!xml)
        return false;
    const int part = int(out.partNames.size());
    out.partNames << partName;
    out.partXml << *xml;
    PartParser notesParser(part, *xml, styles, nullptr);
    if (!notesParser.parse(error))
        return false;
    out.insertions += notesParser.insertions;
    out.deletions += notesParser.deletions;
    const NoteParagraphs placed = appendNoteParagraphs(notesParser, notes, kind, out);
    adoptMarks(notesParser.starts, placed, marks.starts);
    adoptMarks(notesParser.ends, placed, marks.ends);
    adoptMarks(notesParser.refs, placed, marks.refs);
    return true;
}

// Anchors each comment at its start and end marks (else its reference; a missing start at the end).
void anchorComments(QList<OfficeComment> &comments, const Marks &marks)
{
    for (OfficeComment &comment : comments) {
        if (marks.starts.contains(comment.id) && marks.starts.value(comment.id).paragraph >= 0)
            comment.start = marks.starts.value(comment.id);
        if (marks.ends.contains(comment.id) && marks.ends.value(comment.id).paragraph >= 0)
            comment.end = marks.ends.value(comment.id);
        else if (marks.refs.contains(comment.id) && marks.refs.value(comment.id).paragraph >= 0)
            comment.end = marks.refs.value(comment.id);
        if (!comment.start && comment.end)
            comment.start = comment.end;
    }
}

// Reads the comments part (and its extension with replies and resolved states) when there is one.
bool readCommentParts(ZipPackage &zip, const Relationships &docRels, const Marks &marks, OfficeText &out,
                      QString *error)
{
    const QString name = docRels.byType.value(QStringLiteral("comments"));
    if (!zip.contains(name))
        return true;
    const auto xml = readPart(zip, name, error);
    if (!xml)
        return false;
    out.comments = readComments(*xml);
    if (const QString ext = docRels.byType.value(QStringLiteral("commentsExtended")); zip.contains(ext)) {
        const auto extXml = readPart(zip, ext, error);
        if (!extXml)
            return false;
        readCommentsExtended(*extXml, out.comments);
    }
    anchorComments(out.comments, marks);
    return true;
}

} // namespace

bool DocxReader::isDocx(const ZipPackage &zip)
{
    return zip.contains(QStringLiteral("[Content_Types].xml"))
        && (zip.contains(QStringLiteral("word/document.xml")) || zip.contains(QStringLiteral("_rels/.rels")));
}

std::optional<OfficeText> DocxReader::read(ZipPackage &zip, QString *error)
{
    OfficeText out;
    out.format = QStringLiteral("docx");
    const Relationships packageRels = readRelationships(zip, QStringLiteral("_rels/.rels"), QString());
    const QString mainPart = packageRels.byType.value(QStringLiteral("officeDocument"), QStringLiteral("word/document.xml"));
    if (!zip.contains(mainPart)) {
        *error = tr("The file is a ZIP archive but not a Word document (it has no %1).").arg(mainPart);
        return std::nullopt;
    }
    const QString folder = mainPart.section(QLatin1Char('/'), 0, -2);
    const QString relsName = relationshipsName(folder, mainPart);
    const Relationships docRels = readRelationships(zip, relsName, folder);
    out.externalLinks = packageRels.external + docRels.external + otherExternalLinks(zip, folder, relsName);

    QMap<QString, StyleInfo> styles;
    if (const QString name = docRels.byType.value(QStringLiteral("styles")); zip.contains(name)) {
        const auto xml = readPart(zip, name, error);
        if (!xml)
            return std::nullopt;
        styles = readStyles(*xml);
    }
    if (const QString core = packageRels.byType.value(QStringLiteral("core-properties"), QStringLiteral("docProps/core.xml"));
        zip.contains(core)) {
        const auto xml = readPart(zip, core, error);
        if (!xml)
            return std::nullopt;
        readCore(*xml, out);
    }

    Marks marks;
    QList<NoteRef> notes;
    if (!readBody(zip, mainPart, styles, out, marks, notes, error))
        return std::nullopt;
    // Notes in the order they are referenced, each after the body with its "[n] " mark.
    for (const QString &kind : {QStringLiteral("footnote"), QStringLiteral("endnote")}) {
        if (!readNotes(zip, docRels.byType.value(kind + QLatin1Char('s')), kind, styles, notes, out, marks, error))
            return std::nullopt;
    }
    if (!readCommentParts(zip, docRels, marks, out, error))
        return std::nullopt;
    return out;
}

} // namespace Lectern::Core
