#include "import/pdfimporter.h"

#include "import/pdflayout.h"
#include "import/plaintextimporter.h"
#include "import/textbodyclassifier.h"
#include "import/textcleaner.h"
#include "util/logging.h"

#include <QDeadlineTimer>
#include <QVariant>

#include <poppler-qt6.h>

#include <memory>
#include <mutex>

namespace Lectern::Core {

namespace {

// Poppler reports damaged objects on stderr by default; they belong in the import log.
void routePopplerMessages()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Poppler::setDebugErrorFunction([](const QString &message, const QVariant &) { qCDebug(lcImport) << "poppler:" << message; },
                                       QVariant());
    });
}

// Poppler's cancellation callback: true once the deadline in `closure` has passed.
bool pastDeadline(const QVariant &closure)
{
    return QDeadlineTimer::current().deadline() > closure.toLongLong();
}

// A document information title worth showing: not a file name a word processor left there.
QString usableInfoTitle(const QString &raw)
{
    QString title = TextCleaner::cleanOneLine(raw);
    static const QStringList junkPrefixes = {QStringLiteral("Microsoft Word - "), QStringLiteral("Microsoft PowerPoint - ")};
    for (const QString &prefix : junkPrefixes)
        if (title.startsWith(prefix))
            return {};
    static const QStringList fileSuffixes = {QStringLiteral(".doc"), QStringLiteral(".docx"), QStringLiteral(".odt"),
                                             QStringLiteral(".pdf"), QStringLiteral(".rtf"), QStringLiteral(".indd")};
    for (const QString &suffix : fileSuffixes)
        if (title.endsWith(suffix, Qt::CaseInsensitive))
            return {};
    if (title.compare(QLatin1String("untitled"), Qt::CaseInsensitive) == 0 || title.size() > 250)
        return {};
    return title;
}

// The page numbers for a message: "3, 5, 8", the first ten then "…".
QString pageList(const QList<int> &pages)
{
    QStringList out;
    for (qsizetype i = 0; i < pages.size() && i < 10; ++i)
        out.append(QString::number(pages.at(i)));
    if (pages.size() > 10)
        out.append(QStringLiteral("…"));
    return out.join(QStringLiteral(", "));
}

// Joins the words Poppler found on a page into lines, adding the characters read to `characters`.
// Poppler links the words of one line (nextWord); a word no one points to starts a line.
QList<PdfLine> joinWords(const std::vector<std::unique_ptr<Poppler::TextBox>> &words, qsizetype &characters)
{
    QList<PdfLine> lines;
    const Poppler::TextBox *previous = nullptr;
    for (const std::unique_ptr<Poppler::TextBox> &word : words) {
        const QString text = word->text();
        characters += text.size() + 1;
        if (!previous || previous->nextWord() != word.get()) {
            lines.append(PdfLine{text, word->boundingBox()});
        } else {
            PdfLine &line = lines.last();
            if (previous->hasSpaceAfter())
                line.text += QLatin1Char(' ');
            line.text += text;
            line.box = line.box.united(word->boundingBox());
        }
        previous = word.get();
    }
    return lines;
}

// Bylines and photo credits as in the other formats; headings stay headings.
void classifyBlocks(QList<Block> &blocks, Article &article)
{
    QStringList texts;
    for (const Block &block : std::as_const(blocks))
        texts.append(block.text);
    const ClassifiedBody body = TextBodyClassifier::classify(texts, false);
    for (qsizetype i = 0; i < blocks.size() && i < body.blocks.size(); ++i)
        if (blocks.at(i).kind == Block::Kind::Paragraph)
            blocks[i].kind = body.blocks.at(i).kind;
    article.authors = body.authors;
    article.photographers = body.photographers;
    article.site = body.site;
}

// The title: a heading at the top of the first page, else the document's own title, else a
// first line that reads like one (which becomes a heading). `blocks` is not empty.
void chooseTitle(QList<Block> &blocks, const Poppler::Document &document, Article &article)
{
    Block &first = blocks.first();
    if (first.page == 1 && first.kind == Block::Kind::Heading) {
        article.title = first.text;
    } else if (const QString info = usableInfoTitle(document.info(QStringLiteral("Title"))); !info.isEmpty()) {
        article.title = info;
    } else if (first.page == 1 && blocks.size() >= 2 && first.text.size() <= 150
               && PlainTextImporter::looksLikeTitle(first.text)) {
        first.kind = Block::Kind::Heading;
        article.title = first.text;
    }
}

} // namespace

bool PdfImporter::looksLikePdf(const QByteArray &bytes)
{
    return bytes.left(1024).contains("%PDF-");
}

ImportResult PdfImporter::import(const QByteArray &bytes)
{
    if (!looksLikePdf(bytes))
        return ImportResult::failure(tr("The file has a .pdf name but is not a PDF document."));
    routePopplerMessages();
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return ImportResult::failure(tr("The file is a PDF document that is damaged or incomplete; Lectern cannot read it."));
    if (document->isLocked())
        return ImportResult::failure(tr("The PDF document is protected by a password; Lectern opens only PDFs that are not encrypted."));
    const int pageCount = document->numPages();
    if (pageCount <= 0)
        return ImportResult::failure(tr("The PDF document has no pages."));
    if (pageCount > maxPages)
        return ImportResult::failure(
            tr("The PDF document has %1 pages; Lectern opens documents of up to %2 pages.").arg(pageCount).arg(maxPages));

    const QDeadlineTimer deadline(timeLimitMs);
    const QVariant closure = QVariant::fromValue(qlonglong(deadline.deadline()));
    QList<PdfPage> pages;
    pages.reserve(pageCount);
    QList<int> emptyPages;
    qsizetype characters = 0;
    for (int i = 0; i < pageCount; ++i) {
        std::unique_ptr<Poppler::Page> page = document->page(i);
        PdfPage out;
        out.number = i + 1;
        if (!page) {
            emptyPages.append(out.number);
            pages.append(out);
            continue;
        }
        out.size = page->pageSizeF();
        const std::vector<std::unique_ptr<Poppler::TextBox>> words = page->textList(Poppler::Page::Rotate0, pastDeadline, closure);
        if (deadline.hasExpired())
            return ImportResult::failure(
                tr("Reading the text of the PDF document took longer than %1 seconds; Lectern stopped.").arg(timeLimitMs / 1000));
        out.lines = joinWords(words, characters);
        if (characters > maxCharacters)
            return ImportResult::failure(tr("The PDF document has more than %1 characters of text; Lectern opens articles of up to %1.")
                                             .arg(maxCharacters));
        if (out.lines.isEmpty())
            emptyPages.append(out.number);
        pages.append(std::move(out));
    }
    if (emptyPages.size() == pageCount)
        return ImportResult::failure(
            tr("The PDF document has no text layer: its %n page(s) look like scanned images. Lectern reads the text of a PDF; "
               "run text recognition (OCR) on it first.",
               nullptr, pageCount));

    PdfLayout::Result laidOut = PdfLayout::layout(std::move(pages));
    if (laidOut.blocks.isEmpty())
        return ImportResult::failure(tr("The PDF document has no article text."));

    Article article;
    if (!emptyPages.isEmpty())
        article.warnings.append(tr("PDF page(s) %1 have no text layer (scanned images?) and were left out.", nullptr,
                                   int(emptyPages.size()))
                                    .arg(pageList(emptyPages)));
    if (laidOut.runningLinesRemoved > 0)
        article.removedChrome.append(tr("%n running header, footer or page number line(s) of the PDF removed.", nullptr,
                                        laidOut.runningLinesRemoved));

    classifyBlocks(laidOut.blocks, article);
    chooseTitle(laidOut.blocks, *document, article);
    article.blocks = std::move(laidOut.blocks);
    qCDebug(lcImport) << "pdf:" << pageCount << "pages," << article.blocks.size() << "blocks";
    return ImportResult::success(std::move(article));
}

} // namespace Lectern::Core
