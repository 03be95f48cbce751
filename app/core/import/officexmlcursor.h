#pragma once

#include "import/officetext.h"

#include <QXmlStreamReader>

namespace Lectern::Core {

// A QXmlStreamReader over a part's text that also knows where each tag starts and ends in that
// text, and enforces OfficeXml's limits (depth, element count) and the absence of a DTD (Office
// parts have none; refusing them rules out entity expansion). Used by DocxReader and OdtReader.
class OfficeXmlCursor final
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Core::OfficeXmlCursor)

public:
    explicit OfficeXmlCursor(const QString &text)
        : m_text(text)
        , m_reader(text)
    {
    }

    // The next token; false at the end or on an error (error() then tells).
    bool next()
    {
        if (m_reader.atEnd())
            return false;
        const QXmlStreamReader::TokenType t = m_reader.readNext();
        const qsizetype off = qsizetype(m_reader.characterOffset());
        switch (t) {
        case QXmlStreamReader::StartElement:
            m_tagEnd = off;
            m_tagStart = m_text.lastIndexOf(QLatin1Char('<'), off - 1);
            m_lastStartEnd = off;
            m_lastStartEmpty = off >= 2 && m_text.at(off - 2) == QLatin1Char('/');
            m_lastStartDepth = ++m_depth;
            if (m_depth > OfficeXml::maxDepth) {
                m_error = tr("The document is nested more than %1 levels deep.").arg(OfficeXml::maxDepth);
                return false;
            }
            if (++m_elements > OfficeXml::maxElements) {
                m_error = tr("The document has more than %1 XML elements.").arg(OfficeXml::maxElements);
                return false;
            }
            break;
        case QXmlStreamReader::EndElement:
            if (m_lastStartEmpty && m_lastStartDepth == m_depth && off == m_lastStartEnd) {
                m_tagStart = m_tagEnd = off;
            } else {
                m_tagEnd = off;
                m_tagStart = m_text.lastIndexOf(QLatin1Char('<'), off - 1);
            }
            m_lastStartEmpty = false;
            --m_depth;
            break;
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference:
            m_error = tr("The document declares a DTD or entities, which Office documents never do.");
            return false;
        case QXmlStreamReader::Invalid:
            m_error = tr("The document's XML is damaged (%1).").arg(m_reader.errorString());
            return false;
        case QXmlStreamReader::Comment:
        case QXmlStreamReader::ProcessingInstruction:
            m_tagEnd = off;
            break;
        default:
            break;
        }
        return true;
    }

    QXmlStreamReader &reader() { return m_reader; }
    const QString &text() const { return m_text; }
    bool isStart() const { return m_reader.isStartElement(); }
    bool isEnd() const { return m_reader.isEndElement(); }
    bool isCharacters() const { return m_reader.isCharacters(); }
    bool is(const QString &ns, QLatin1StringView local) const
    {
        return m_reader.name() == local && m_reader.namespaceUri() == ns;
    }
    QString attribute(const QString &ns, QLatin1StringView local) const
    {
        return m_reader.attributes().value(ns, local).toString();
    }
    // Offsets of the current tag (start or end); for an empty element's end both are its end.
    qsizetype tagStart() const { return m_tagStart; }
    qsizetype tagEnd() const { return m_tagEnd; }
    // Offset just after the last tag, comment or processing instruction: where character data starts.
    qsizetype lastMarkupEnd() const { return m_tagEnd; }
    int depth() const { return m_depth; }
    QString error() const { return m_error; }
    bool failed() const { return !m_error.isEmpty(); }

    // The text of the current element and its children (call on its start tag); the cursor is
    // then on its end tag.
    QString elementText()
    {
        const QString t = m_reader.readElementText(QXmlStreamReader::IncludeChildElements);
        if (m_reader.hasError()) {
            m_error = tr("The document's XML is damaged (%1).").arg(m_reader.errorString());
            return t;
        }
        m_tagEnd = qsizetype(m_reader.characterOffset());
        m_tagStart = m_text.lastIndexOf(QLatin1Char('<'), m_tagEnd - 1);
        m_lastStartEmpty = false;
        --m_depth;
        return t;
    }

    // Skips the rest of the current element (call on its start tag).
    bool skipElement()
    {
        const int depth = m_depth;
        while (next())
            if (isEnd() && m_depth < depth)
                return true;
        return false;
    }

private:
    QString m_text;
    QXmlStreamReader m_reader;
    qsizetype m_tagStart = 0, m_tagEnd = 0, m_lastStartEnd = -1;
    bool m_lastStartEmpty = false;
    int m_lastStartDepth = 0;
    int m_depth = 0;
    qsizetype m_elements = 0;
    QString m_error;
};

} // namespace Lectern::Core
