#pragma once

#include "article/block.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Lectern::Core {

// An imported article: metadata plus the body as ordered blocks. A plain value type.
//
// The body text (text()) is the coordinate system of everything anchored in the article:
// the blocks' texts joined by "\n\n", in NFC. Entity mentions and annotations are offsets
// into it (UTF-16 inside Qt; code points in exports, see TextOffsets).
class Article final
{
public:
    QString title;
    QDateTime published;       // local time as printed by the source; invalid when unknown
    bool publishedHasTime = false;
    QStringList authors;
    QStringList photographers;
    QString url;               // canonical URL when known
    QString site;              // source site or outlet ("haiphong.gov.vn", "TTXVN")
    QString language = QStringLiteral("vi");
    QString format;            // "portal-text", "html", "markdown", "plain", "pdf"
    QString sourcePath;        // the file it came from, if any
    QByteArray originalBytes;  // the file's bytes as read, for provenance and re-import
    QString encoding;          // encoding the bytes were decoded from ("UTF-8", "UTF-16LE", "windows-1258")
    QStringList warnings;      // non-fatal problems met while importing (invalid bytes replaced, …)
    QStringList removedChrome; // source lines dropped as portal chrome, for transparency

    QList<Block> blocks;

    static QString blockSeparator() { return QStringLiteral("\n\n"); }

    // The body text: blocks joined by blockSeparator().
    QString text() const;
    // UTF-16 start offset of each block in text().
    QList<qsizetype> blockOffsets() const;
    // The page (Block::page) of the block holding a UTF-16 offset of text(); 0 for sources
    // without pages or an offset outside the text.
    int pageAt(qsizetype utf16Offset) const;
    // True when the blocks carry page numbers (a PDF).
    bool hasPages() const;
    // Lowercase hex SHA-256 of text() as UTF-8.
    QString contentHash() const;
    // ISO 8601 date ("2021-12-04T19:21:00" or "2021-12-04" when only the day is known); empty when unknown.
    QString publishedIso() const;
    bool isEmpty() const { return blocks.isEmpty(); }
};

} // namespace Lectern::Core
