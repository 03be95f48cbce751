#pragma once

#include "article/block.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Lectern::Core {

// The text of a word-processor document (.docx, .odt) as DocxReader and OdtReader read it, before
// cleaning: one raw paragraph per body paragraph, table row or note, each piece of it tied to where
// it sits in its part's XML so that the review export can put comment marks on exact ranges.
// Offsets into a part are UTF-16 indices of the part's text (partXml). A plain value type.

// One piece of a paragraph's raw text and its source.
struct OfficeSpan
{
    int part = 0;
    qsizetype rawStart = 0; // in OfficeParagraph::raw
    qsizetype length = 0;
    bool text = false;      // character data [contentStart, contentEnd) that may be split; else one element
    qsizetype elemStart = 0, elemEnd = 0;       // the element (or, for ODF text, the text itself)
    qsizetype contentStart = 0, contentEnd = 0; // character data in the source (text only)
    qsizetype tagNameEnd = -1;                  // .docx w:t: where attributes may be added to its start tag
    bool preservesSpace = true;                 // .docx w:t: has xml:space="preserve"
    // .docx only: the run (w:r) holding the piece, its content after the run properties, and those
    // properties' XML (copied when a run is split). runStart < 0 for .odt (marks go anywhere in text).
    qsizetype runStart = -1, runEnd = 0, runContentStart = 0, runContentEnd = 0;
    QString runProps;
    QString runTag; // qualified names, e.g. "w:r", "w:t"
    QString textTag;
};

struct OfficeParagraph
{
    Block::Kind kind = Block::Kind::Paragraph;
    bool note = false; // a footnote or endnote (appended after the body)
    bool title = false; // styled as the document title
    QString raw;
    QList<OfficeSpan> spans;
};

// Where a comment's range starts or ends: a paragraph and a raw offset in it.
struct OfficeMark
{
    int paragraph = -1;
    qsizetype raw = 0;
};

struct OfficeComment
{
    QString id;       // the document's own id (w:id, office:name or a generated one)
    QString author;
    QString initials;
    QDateTime date;   // UTC; invalid when absent
    QString text;     // paragraphs joined by '\n'
    QString parentId; // a reply: the id of the comment it answers
    bool resolved = false;
    QString paraId;   // .docx: w14:paraId of the comment's last paragraph
    std::optional<OfficeMark> start, end;
};

struct OfficeText
{
    QString format; // "docx" or "odt"
    QStringList partNames;
    QStringList partXml; // decoded parts the spans point into
    QList<OfficeParagraph> paragraphs; // body in reading order, then the notes
    QList<OfficeComment> comments;     // in document order
    QString title;
    QStringList authors;
    QDateTime created;
    int insertions = 0;     // tracked insertions accepted
    int deletions = 0;      // tracked deletions dropped
    int externalLinks = 0;  // relationships to outside resources (never fetched)
    QString wordPrefix;     // .docx: the prefix of the WordprocessingML namespace in document.xml
};

// Helpers shared by the readers.
namespace OfficeXml {
// Limits on a part's XML beyond ZipPackage's byte limits (ArticleImporter::maxLines paragraphs).
constexpr int maxDepth = 256;
constexpr qsizetype maxElements = 4'000'000;

// Where decoded character k of XML character data starts in its source text (entities, character
// references, CR LF and CDATA sections undone); -1 when the source does not decode to that length.
qsizetype sourceOffset(QStringView source, qsizetype k);
// The character data's decoded text, or a null string when it cannot be decoded.
QString decode(QStringView source);
// XML-escaped text for an element's content or an attribute value.
QString escape(const QString &text);
// An xsd:dateTime (W3CDTF) as UTC; a time without an offset is taken as UTC (files are written
// on other machines: the reader's zone says nothing about them). Invalid when unreadable.
QDateTime parseDate(const QString &text);
// A part's bytes as text: UTF-8 (with or without BOM) or UTF-16 with BOM.
QString partText(const QByteArray &bytes);
} // namespace OfficeXml

} // namespace Lectern::Core
