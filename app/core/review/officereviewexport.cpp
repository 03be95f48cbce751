#include "review/officereviewexport.h"

#include "import/officeimporter.h"
#include "import/zippackage.h"
#include "review/anchoring.h"
#include "review/annotationimport.h"
#include "review/documentcomments.h"

#include <QCryptographicHash>
#include <QtEndian>
#include <QRegularExpression>

#include <algorithm>

namespace Lectern::Core {

namespace {

const QString kW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString kW14 = QStringLiteral("http://schemas.microsoft.com/office/word/2010/wordml");
const QString kW15 = QStringLiteral("http://schemas.microsoft.com/office/word/2012/wordml");
const QString kOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kDc = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString kLoext = QStringLiteral("urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0");
const QString kCommentsType = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments");
const QString kCommentsExType = QStringLiteral("http://schemas.microsoft.com/office/2011/relationships/commentsExtended");


// One comment to write.
struct Item
{
    QString author;
    QDateTime date;
    QStringList lines;
    bool resolved = false;
    qsizetype start = 0, end = 0; // UTF-16 in the article text
    QString key;                  // paraId (.docx) or name (.odt)
    QString parentKey;            // a reply: its parent's key
    bool existingParent = false;  // the parent is a comment the file already has
};

enum class Mode { Plain, SplitRun, SplitText };

struct Insertion
{
    int part = 0;
    qsizetype at = 0;
    Mode mode = Mode::Plain;
    const OfficeSpan *span = nullptr;
    int side = 0; // 0: ends, 1: starts, 2: attribute (sorted within one place)
    int seq = 0;
    QString xml;
};

QString hex8(const QString &seed)
{
    const QByteArray h = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha256);
    const quint32 v = qFromBigEndian<quint32>(h.constData()) & 0x7FFFFFFFu;
    return QStringLiteral("%1").arg(v ? v : 1, 8, 16, QLatin1Char('0')).toUpper();
}

QString isoUtc(const QDateTime &t)
{
    return (t.isValid() ? t.toUTC() : QDateTime(QDate(1980, 1, 1), QTime(0, 0), Qt::UTC)).toString(Qt::ISODate);
}

// Where an offset of the article text falls in the document's paragraphs.
struct Place
{
    int paragraph = -1;
    qsizetype raw = 0;
};

class Mapper
{
public:
    Mapper(const OfficeText &text, const Article &article, const QList<int> &blockParagraph)
        : m_text(text)
        , m_article(article)
        , m_blockParagraph(blockParagraph)
        , m_offsets(article.blockOffsets())
    {
    }

    Place place(qsizetype u, bool startSide) const
    {
        const auto &blocks = m_article.blocks;
        if (blocks.isEmpty())
            return {};
        qsizetype b = 0;
        if (startSide) {
            // The block holding u, or the next one when u is in a separator.
            while (b + 1 < blocks.size() && u >= m_offsets.at(b) + blocks.at(b).text.size())
                ++b;
        } else {
            while (b + 1 < blocks.size() && u > m_offsets.at(b) + blocks.at(b).text.size())
                ++b;
        }
        const qsizetype cleaned = qBound<qsizetype>(0, u - m_offsets.at(b), blocks.at(b).text.size());
        const int paragraph = m_blockParagraph.at(b);
        return Place{paragraph, OfficeImporter::rawOffset(m_text.paragraphs.at(paragraph).raw, cleaned, startSide)};
    }

private:
    const OfficeText &m_text;
    const Article &m_article;
    const QList<int> &m_blockParagraph;
    QList<qsizetype> m_offsets;
};

// The source place for a raw offset: a span and an offset in it.
std::optional<std::pair<const OfficeSpan *, qsizetype>> locate(const OfficeParagraph &p, qsizetype raw, bool startSide)
{
    if (p.spans.isEmpty())
        return std::nullopt;
    if (startSide) {
        for (const OfficeSpan &s : p.spans)
            if (s.rawStart + s.length > raw)
                return std::make_pair(&s, qMax<qsizetype>(0, raw - s.rawStart));
        return std::make_pair(&p.spans.last(), p.spans.last().length);
    }
    for (qsizetype i = p.spans.size() - 1; i >= 0; --i) {
        const OfficeSpan &s = p.spans.at(i);
        if (s.rawStart < raw)
            return std::make_pair(&s, qMin(s.length, raw - s.rawStart));
    }
    return std::make_pair(&p.spans.first(), qsizetype(0));
}

Insertion insertionAt(const OfficeText &text, const OfficeSpan &span, qsizetype k)
{
    Insertion ins;
    ins.part = span.part;
    ins.span = &span;
    if (span.text && k > 0 && k < span.length) {
        const QStringView content = QStringView(text.partXml.at(span.part)).mid(span.contentStart,
                                                                                span.contentEnd - span.contentStart);
        const qsizetype src = OfficeXml::sourceOffset(content, k);
        if (src > 0 && src < content.size()) {
            ins.at = span.contentStart + src;
            ins.mode = span.runStart >= 0 ? Mode::SplitText : Mode::Plain;
            return ins;
        }
        k = 0;
    }
    const qsizetype x = k == 0 ? span.elemStart : span.elemEnd;
    if (span.runStart < 0) {
        ins.at = x;
    } else if (x <= span.runContentStart) {
        ins.at = span.runStart;
    } else if (x >= span.runContentEnd) {
        ins.at = span.runEnd;
    } else {
        ins.at = x;
        ins.mode = Mode::SplitRun;
    }
    return ins;
}

// Inserts the groups into one part's text.
QString splice(const QString &source, QList<Insertion> list)
{
    std::stable_sort(list.begin(), list.end(), [](const Insertion &a, const Insertion &b) {
        return std::tie(a.at, a.side, a.seq) < std::tie(b.at, b.side, b.seq);
    });
    QString out;
    out.reserve(source.size() + list.size() * 200);
    qsizetype from = 0;
    for (qsizetype i = 0; i < list.size();) {
        const Insertion &first = list.at(i);
        out += QStringView(source).mid(from, first.at - from);
        from = first.at;
        qsizetype j = i;
        QString marks;
        while (j < list.size() && list.at(j).at == first.at) {
            if (list.at(j).mode == first.mode)
                marks += list.at(j).xml;
            ++j;
        }
        const OfficeSpan *s = first.span;
        switch (first.mode) {
        case Mode::Plain:
            out += marks;
            break;
        case Mode::SplitRun:
            out += QStringLiteral("</%1>").arg(s->runTag) + marks + QStringLiteral("<%1>").arg(s->runTag) + s->runProps;
            break;
        case Mode::SplitText:
            out += QStringLiteral("</%1></%2>").arg(s->textTag, s->runTag) + marks
                + QStringLiteral("<%1>").arg(s->runTag) + s->runProps
                + QStringLiteral("<%1 xml:space=\"preserve\">").arg(s->textTag);
            break;
        }
        // Insertions at the same place in another mode (rare) go after, as plain marks.
        for (qsizetype m = i; m < j; ++m)
            if (list.at(m).mode != first.mode)
                out += list.at(m).xml;
        i = j;
    }
    out += QStringView(source).mid(from);
    return out;
}

// The prefix a namespace is declared with in a part's root start tag; empty when it is not.
QString declaredPrefix(const QString &xml, const QString &ns)
{
    const qsizetype root = xml.indexOf(QRegularExpression(QStringLiteral("<[^?!]")));
    const qsizetype close = root < 0 ? -1 : xml.indexOf(QLatin1Char('>'), root);
    if (close < 0)
        return {};
    static const QRegularExpression decl(QStringLiteral("xmlns:([A-Za-z_][\\w.-]*)\\s*=\\s*[\"']([^\"']*)[\"']"));
    auto it = decl.globalMatch(QStringView(xml).mid(root, close - root));
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(2) == ns)
            return m.captured(1);
    }
    return {};
}

// Element names in a namespace: the part's own prefix, or "lw…" declared on the element.
struct Names
{
    QString prefix;
    QString declaration; // " xmlns:lw=…" to put on each top-level element written, or empty

    static Names in(const QString &xml, const QString &ns, const QString &fallback)
    {
        const QString p = declaredPrefix(xml, ns);
        if (!p.isEmpty())
            return Names{p, {}};
        return Names{fallback, QStringLiteral(" xmlns:%1=\"%2\"").arg(fallback, ns)};
    }
    QString q(const QString &local) const { return prefix + QLatin1Char(':') + local; }
};

QString relsNameFor(const QString &part)
{
    const QString folder = part.section(QLatin1Char('/'), 0, -2);
    return (folder.isEmpty() ? QString() : folder + QLatin1Char('/')) + QStringLiteral("_rels/")
        + part.section(QLatin1Char('/'), -1) + QStringLiteral(".rels");
}

// The target of the first relationship of a type in a .rels text, resolved against folder.
QString relationshipTarget(const QString &rels, const QString &type, const QString &folder)
{
    static const QRegularExpression rel(QStringLiteral("<(?:\\w+:)?Relationship\\b[^>]*>"));
    static const QRegularExpression attr(QStringLiteral("(\\w+)\\s*=\\s*\"([^\"]*)\""));
    auto it = rel.globalMatch(rels);
    while (it.hasNext()) {
        const QString tag = it.next().captured(0);
        QString t, target, mode;
        auto a = attr.globalMatch(tag);
        while (a.hasNext()) {
            const auto m = a.next();
            if (m.captured(1) == QLatin1String("Type"))
                t = m.captured(2);
            else if (m.captured(1) == QLatin1String("Target"))
                target = m.captured(2);
            else if (m.captured(1) == QLatin1String("TargetMode"))
                mode = m.captured(2);
        }
        if (t == type && mode.compare(QLatin1String("External"), Qt::CaseInsensitive) != 0)
            return target.startsWith(QLatin1Char('/')) ? target.mid(1)
                                                       : (folder.isEmpty() ? target : folder + QLatin1Char('/') + target);
    }
    return {};
}

QString insertBeforeRootEnd(const QString &xml, const QString &content)
{
    const qsizetype at = xml.lastIndexOf(QLatin1String("</"));
    if (at < 0)
        return xml;
    return xml.left(at) + content + xml.mid(at);
}

QString newRelationshipId(const QString &rels)
{
    for (int n = 1;; ++n) {
        const QString id = QStringLiteral("rIdLectern%1").arg(n);
        if (!rels.contains(QStringLiteral("\"%1\"").arg(id)))
            return id;
    }
}

} // namespace

QString OfficeReviewExport::initials(const QString &name)
{
    QString out;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (out.size() < 8 && word.at(0).isLetterOrNumber())
            out += word.at(0).toUpper();
    return out;
}

std::optional<QByteArray> OfficeReviewExport::write(const QByteArray &original, const QList<Annotation> &annotations,
                                                    Format format, QString *error)
{
    std::optional<OfficeText> text = OfficeImporter::readText(original, error);
    if (!text)
        return std::nullopt;
    const bool docx = text->format == QLatin1String("docx");
    if (docx != (format == Format::Docx)) {
        *error = docx ? tr("The draft is a Word document (.docx): export its review as docx.")
                      : tr("The draft is an OpenDocument text (.odt): export its review as odt.");
        return std::nullopt;
    }
    QList<int> blockParagraph;
    QList<DocumentComment> fileComments;
    const Article article = OfficeImporter::buildArticle(*text, &blockParagraph, &fileComments);
    if (article.blocks.isEmpty()) {
        *error = tr("The document has no text.");
        return std::nullopt;
    }
    const QString body = article.text();
    const QList<Annotation> existing = DocumentComments::toAnnotations(article, fileComments, QDateTime());
    // The key (paraId or name) of each comment the file has, by its annotation id.
    QMap<QUuid, QString> existingKey;
    for (const OfficeComment &oc : std::as_const(text->comments))
        existingKey.insert(DocumentComments::annotationId(article, oc.id), docx ? oc.paraId : oc.id);

    QList<Annotation> sorted = annotations;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Annotation &a, const Annotation &b) {
        return std::make_tuple(a.orphan, a.anchor.start, a.anchor.end, a.created, a.id.toString())
            < std::make_tuple(b.orphan, b.anchor.start, b.anchor.end, b.created, b.id.toString());
    });

    QList<Item> items;
    const auto spanOf = [&](const Annotation &a, bool *orphan) {
        Span s = Anchoring::toUtf16Span(a.anchor, body);
        *orphan = a.orphan || s.start < 0 || s.end > body.size() || s.end <= s.start
            || (!a.anchor.exact.isEmpty() && body.mid(s.start, s.length()) != a.anchor.exact);
        if (*orphan) // the first block
            s = Span{0, article.blocks.first().text.size()};
        return s;
    };
    const auto replyItems = [&](const Annotation &a, const QList<AnnotationReply> &replies, const Item &parent,
                                bool existingParent) {
        QList<AnnotationReply> ordered = replies;
        std::stable_sort(ordered.begin(), ordered.end(), [](const AnnotationReply &x, const AnnotationReply &y) {
            return std::make_tuple(x.created, x.id.toString()) < std::make_tuple(y.created, y.id.toString());
        });
        for (const AnnotationReply &r : std::as_const(ordered)) {
            Item it;
            it.author = r.author;
            it.date = r.created;
            it.lines = r.text.split(QLatin1Char('\n'));
            it.start = parent.start;
            it.end = parent.end;
            it.key = docx ? hex8(a.id.toString() + r.id.toString()) : QStringLiteral("lectern-%1").arg(hex8(r.id.toString()));
            it.parentKey = parent.key;
            it.existingParent = existingParent;
            it.resolved = parent.resolved;
            items.append(it);
        }
    };
    for (const Annotation &a : std::as_const(sorted)) {
        // The file's own comment: only what was added in Lectern (replies) is written.
        const Annotation *mine = nullptr;
        for (const Annotation &e : existing)
            if (e.id == a.id || AnnotationImport::sameNote(e, a))
                mine = &e;
        if (mine) {
            QList<AnnotationReply> added;
            for (const AnnotationReply &r : a.replies) {
                bool present = false;
                for (const AnnotationReply &have : mine->replies)
                    present = present || have.id == r.id || (have.author == r.author && have.text == r.text);
                if (!present)
                    added.append(r);
            }
            const QString key = existingKey.value(mine->id);
            if (added.isEmpty() || (docx && key.isEmpty()))
                continue;
            Item parent;
            bool orphan = false;
            const Span s = spanOf(a, &orphan);
            parent.start = s.start;
            parent.end = s.end;
            parent.key = key;
            replyItems(a, added, parent, true);
            continue;
        }
        Item it;
        bool orphan = false;
        const Span s = spanOf(a, &orphan);
        it.start = s.start;
        it.end = s.end;
        it.author = a.author;
        it.date = a.created;
        it.resolved = a.status == Annotation::Status::Resolved;
        if (orphan)
            it.lines << tr("(Not found in this version of the text: “%1”)").arg(a.anchor.exact);
        if (a.kind == Annotation::Kind::EntityCorrection) {
            it.lines << tr("Entity correction: %1").arg(a.correction.describe());
            if (!a.comment.isEmpty() && a.comment != a.correction.describe())
                it.lines += a.comment.split(QLatin1Char('\n'));
        } else {
            it.lines += a.comment.split(QLatin1Char('\n'));
        }
        QString status;
        switch (a.status) {
        case Annotation::Status::Open: status = tr("open"); break;
        case Annotation::Status::Resolved: status = tr("resolved"); break;
        case Annotation::Status::WontFix: status = tr("won't fix"); break;
        }
        it.lines << (a.tags.isEmpty() ? tr("Status: %1").arg(status)
                                      : tr("Tags: %1 · Status: %2").arg(a.tags.join(QStringLiteral(", ")), status));
        it.key = docx ? hex8(a.id.toString()) : QStringLiteral("lectern-%1").arg(hex8(a.id.toString()));
        items.append(it);
        replyItems(a, a.replies, it, false);
    }

    ZipPackage zip;
    if (!zip.open(original)) {
        *error = zip.errorString();
        return std::nullopt;
    }
    const Mapper mapper(*text, article, blockParagraph);
    QMap<int, QList<Insertion>> byPart;
    int seq = 0;
    const auto placeMarks = [&](const Item &it, const QString &startXml, const QString &endXml) {
        const Place s = mapper.place(it.start, true);
        const Place e = mapper.place(qMax(it.end, it.start + 1), false);
        const auto ls = locate(text->paragraphs.at(s.paragraph), s.raw, true);
        const auto le = locate(text->paragraphs.at(e.paragraph), e.raw, false);
        if (!ls || !le)
            return false;
        Insertion a = insertionAt(*text, *ls->first, ls->second);
        Insertion b = insertionAt(*text, *le->first, le->second);
        // A range from the body into the notes (another part) ends with its first paragraph.
        if (a.part != b.part) {
            const OfficeSpan &last = text->paragraphs.at(s.paragraph).spans.last();
            b = insertionAt(*text, last, last.length);
        }
        // A range must not end before it starts (a point inside one source element).
        if (a.part == b.part && b.at < a.at)
            b = a;
        a.side = 1;
        a.seq = seq++;
        a.xml = startXml;
        b.side = (a.part == b.part && a.at == b.at) ? 1 : 0;
        b.seq = seq++;
        b.xml = endXml;
        for (const Insertion *ins : {&a, &b}) {
            // Split text: the first half keeps its spaces too.
            if (ins->mode == Mode::SplitText && !ins->span->preservesSpace && ins->span->tagNameEnd > 0) {
                Insertion attr;
                attr.part = ins->part;
                attr.at = ins->span->tagNameEnd;
                attr.side = 2;
                attr.seq = -1;
                attr.xml = QStringLiteral(" xml:space=\"preserve\"");
                bool have = false;
                for (const Insertion &i : std::as_const(byPart[ins->part]))
                    have = have || (i.side == 2 && i.at == attr.at);
                if (!have)
                    byPart[ins->part].append(attr);
            }
            byPart[ins->part].append(*ins);
        }
        return true;
    };

    QMap<QString, QByteArray> replaced; // part name -> new bytes
    QList<ZipPackage::OutEntry> added;
    if (docx) {
        const QString mainPart = text->partNames.first();
        const QString folder = mainPart.section(QLatin1Char('/'), 0, -2);
        const QString relsName = relsNameFor(mainPart);
        QString rels;
        if (zip.contains(relsName)) {
            const auto bytes = zip.read(relsName);
            if (!bytes) {
                *error = zip.errorString();
                return std::nullopt;
            }
            rels = OfficeXml::partText(*bytes);
        } else {
            rels = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships "
                                  "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"></Relationships>");
        }
        const auto readText = [&](const QString &name) -> std::optional<QString> {
            const auto bytes = zip.read(name);
            if (!bytes) {
                *error = zip.errorString();
                return std::nullopt;
            }
            return OfficeXml::partText(*bytes);
        };
        QString commentsName = relationshipTarget(rels, kCommentsType, folder);
        const bool haveComments = !commentsName.isEmpty() && zip.contains(commentsName);
        if (commentsName.isEmpty())
            commentsName = (folder.isEmpty() ? QString() : folder + QLatin1Char('/')) + QStringLiteral("comments.xml");
        QString extName = relationshipTarget(rels, kCommentsExType, folder);
        const bool haveExt = !extName.isEmpty() && zip.contains(extName);
        if (extName.isEmpty())
            extName = (folder.isEmpty() ? QString() : folder + QLatin1Char('/')) + QStringLiteral("commentsExtended.xml");

        QString comments;
        if (haveComments) {
            const auto t = readText(commentsName);
            if (!t)
                return std::nullopt;
            comments = *t;
        } else {
            comments = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments xmlns:w=\"%1\" "
                                      "xmlns:w14=\"%2\"></w:comments>")
                           .arg(kW, kW14);
        }
        QString extended;
        if (haveExt) {
            const auto t = readText(extName);
            if (!t)
                return std::nullopt;
            extended = *t;
        } else {
            extended = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w15:commentsEx "
                                      "xmlns:w15=\"%1\"></w15:commentsEx>")
                           .arg(kW15);
        }
        int nextId = 0;
        for (const OfficeComment &oc : std::as_const(text->comments))
            nextId = qMax(nextId, oc.id.toInt() + 1);

        const Names cw = Names::in(comments, kW, QStringLiteral("lw"));
        const Names c14 = Names::in(comments, kW14, QStringLiteral("lw14"));
        const Names x15 = Names::in(extended, kW15, QStringLiteral("lw15"));
        QString newComments, newExtended;
        for (const Item &it : std::as_const(items)) {
            const int id = nextId++;
            const QString idText = QString::number(id);
            // Marks in the text: the part's own prefix for WordprocessingML.
            const QString p = text->wordPrefix;
            const QString startXml = QStringLiteral("<%1:commentRangeStart %1:id=\"%2\"/>").arg(p, idText);
            const QString endXml = QStringLiteral("<%1:commentRangeEnd %1:id=\"%2\"/><%1:r><%1:commentReference %1:id=\"%2\"/></%1:r>")
                                       .arg(p, idText);
            if (!placeMarks(it, startXml, endXml))
                continue;
            QString xml = QStringLiteral("<%1%2 %3=\"%4\" %5=\"%6\" %7=\"%8\" %9=\"%10\">")
                              .arg(cw.q(QStringLiteral("comment")), cw.declaration, cw.q(QStringLiteral("id")), idText,
                                   cw.q(QStringLiteral("author")), OfficeXml::escape(it.author),
                                   cw.q(QStringLiteral("date")), isoUtc(it.date), cw.q(QStringLiteral("initials")))
                              .arg(OfficeXml::escape(initials(it.author)));
            for (qsizetype l = 0; l < it.lines.size(); ++l) {
                const bool last = l + 1 == it.lines.size();
                xml += QStringLiteral("<%1").arg(cw.q(QStringLiteral("p")));
                if (last)
                    xml += c14.declaration + QStringLiteral(" %1=\"%2\"").arg(c14.q(QStringLiteral("paraId")), it.key);
                xml += QStringLiteral("><%1><%2 xml:space=\"preserve\">%3</%2></%1></%4>")
                           .arg(cw.q(QStringLiteral("r")), cw.q(QStringLiteral("t")), OfficeXml::escape(it.lines.at(l)),
                                cw.q(QStringLiteral("p")));
            }
            xml += QStringLiteral("</%1>").arg(cw.q(QStringLiteral("comment")));
            newComments += xml;
            newExtended += QStringLiteral("<%1%2 %3=\"%4\"").arg(x15.q(QStringLiteral("commentEx")), x15.declaration,
                                                               x15.q(QStringLiteral("paraId")), it.key);
            if (!it.parentKey.isEmpty())
                newExtended += QStringLiteral(" %1=\"%2\"").arg(x15.q(QStringLiteral("paraIdParent")), it.parentKey);
            newExtended += QStringLiteral(" %1=\"%2\"/>").arg(x15.q(QStringLiteral("done")), it.resolved ? QStringLiteral("1")
                                                                                                       : QStringLiteral("0"));
        }
        for (auto it = byPart.cbegin(); it != byPart.cend(); ++it)
            replaced.insert(text->partNames.at(it.key()), splice(text->partXml.at(it.key()), it.value()).toUtf8());
        if (!items.isEmpty()) {
            const QByteArray c = insertBeforeRootEnd(comments, newComments).toUtf8();
            const QByteArray x = insertBeforeRootEnd(extended, newExtended).toUtf8();
            if (haveComments)
                replaced.insert(commentsName, c);
            else
                added.append({commentsName, c, false});
            if (haveExt)
                replaced.insert(extName, x);
            else
                added.append({extName, x, false});
            QString newRels = rels;
            const QString relFolder = folder.isEmpty() ? QString() : folder + QLatin1Char('/');
            if (!haveComments)
                newRels = insertBeforeRootEnd(newRels, QStringLiteral("<Relationship Id=\"%1\" Type=\"%2\" Target=\"%3\"/>")
                                                           .arg(newRelationshipId(newRels), kCommentsType,
                                                                commentsName.mid(relFolder.size())));
            if (!haveExt)
                newRels = insertBeforeRootEnd(newRels, QStringLiteral("<Relationship Id=\"%1\" Type=\"%2\" Target=\"%3\"/>")
                                                           .arg(newRelationshipId(newRels), kCommentsExType,
                                                                extName.mid(relFolder.size())));
            if (newRels != rels) {
                if (zip.contains(relsName))
                    replaced.insert(relsName, newRels.toUtf8());
                else
                    added.append({relsName, newRels.toUtf8(), false});
                const auto types = readText(QStringLiteral("[Content_Types].xml"));
                if (!types)
                    return std::nullopt;
                QString newTypes = *types;
                const auto addOverride = [&](const QString &part, const QString &type) {
                    if (!newTypes.contains(QStringLiteral("PartName=\"/%1\"").arg(part)))
                        newTypes = insertBeforeRootEnd(newTypes, QStringLiteral("<Override PartName=\"/%1\" ContentType=\"%2\"/>")
                                                                     .arg(part, type));
                };
                if (!haveComments)
                    addOverride(commentsName, QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"));
                if (!haveExt)
                    addOverride(extName, QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"));
                replaced.insert(QStringLiteral("[Content_Types].xml"), newTypes.toUtf8());
            }
        }
    } else {
        const QString &content = text->partXml.first();
        const Names o = Names::in(content, kOffice, QStringLiteral("lo"));
        const Names t = Names::in(content, kText, QStringLiteral("lt"));
        const Names d = Names::in(content, kDc, QStringLiteral("ldc"));
        const Names x = Names::in(content, kLoext, QStringLiteral("loext"));
        for (const Item &it : std::as_const(items)) {
            QString start = QStringLiteral("<%1%2%3%4%5 %6=\"%7\"")
                                .arg(o.q(QStringLiteral("annotation")), o.declaration, d.declaration, t.declaration,
                                     x.declaration, o.q(QStringLiteral("name")), it.key);
            if (!it.parentKey.isEmpty())
                start += QStringLiteral(" %1=\"%2\"").arg(x.q(QStringLiteral("parent-name")), it.parentKey);
            if (it.resolved)
                start += QStringLiteral(" %1=\"true\"").arg(x.q(QStringLiteral("resolved")));
            start += QStringLiteral("><%1>%2</%1><%3>%4</%3>")
                         .arg(d.q(QStringLiteral("creator")), OfficeXml::escape(it.author), d.q(QStringLiteral("date")),
                              isoUtc(it.date).chopped(1));
            for (const QString &line : it.lines)
                start += QStringLiteral("<%1>%2</%1>").arg(t.q(QStringLiteral("p")), OfficeXml::escape(line));
            start += QStringLiteral("</%1>").arg(o.q(QStringLiteral("annotation")));
            const QString end = QStringLiteral("<%1%2 %3=\"%4\"/>")
                                    .arg(o.q(QStringLiteral("annotation-end")), o.declaration, o.q(QStringLiteral("name")), it.key);
            placeMarks(it, start, end);
        }
        for (auto it = byPart.cbegin(); it != byPart.cend(); ++it)
            replaced.insert(text->partNames.at(it.key()), splice(text->partXml.at(it.key()), it.value()).toUtf8());
    }

    QList<ZipPackage::OutEntry> out;
    for (const ZipPackage::Entry &e : zip.entries()) {
        if (e.name.endsWith(QLatin1Char('/')))
            continue; // folders are implied by the names
        ZipPackage::OutEntry entry;
        entry.name = e.name;
        entry.store = e.name == QLatin1String("mimetype");
        if (replaced.contains(e.name)) {
            entry.data = replaced.value(e.name);
        } else {
            const auto bytes = zip.read(e.name);
            if (!bytes) {
                *error = zip.errorString();
                return std::nullopt;
            }
            entry.data = *bytes;
        }
        out.append(entry);
    }
    out += added;
    QString zipError;
    QByteArray bytes = ZipPackage::write(out, &zipError);
    if (bytes.isEmpty()) {
        *error = zipError;
        return std::nullopt;
    }
    return bytes;
}

} // namespace Lectern::Core
