#include "extract/extractor.h"

#include "extract/entitygrouper.h"
#include "extract/namescripts.h"
#include "extract/entityscanner.h"
#include "extract/entitytagger.h"
#include "extract/gazetteer.h"
#include "extract/mentionpropagator.h"
#include "extract/metricrecognizer.h"
#include "extract/rolebinder.h"
#include "extract/taggedspanmerger.h"
#include "extract/taggermodel.h"
#include "extract/tokenizer.h"
#include "extract/tokenrules.h"

#include <QThread>

#include <algorithm>
#include <atomic>
#include <future>
#include <thread>
#include <vector>

namespace Lectern::Core {

using Kind = ScanSpan::Kind;
using namespace TokenRules;

namespace {

// Bylines written into the body: a line that is only a name ("Thanh Thủy"), a name with its
// outlet ("Vinh Quang/VOV-TP.HCM"), or "NAME. Ảnh: NAME". Adds person spans over tokens no
// recogniser claimed.
void addBylineNames(const QList<Token> &tokens, QList<ScanSpan> &spans)
{
    const qsizetype n = tokens.size();
    QList<bool> claimed(n, false);
    for (const ScanSpan &s : spans)
        for (qsizetype k = s.first; k < s.last; ++k)
            claimed[k] = true;
    QList<ScanSpan> added;
    auto nameRun = [&](qsizetype from) {
        qsizetype k = from;
        while (k < n && k - from < 4 && isNameWord(tokens.at(k)) && !claimed[k]
               && (k == from || continuesLine(tokens, k)))
            ++k;
        return k;
    };
    QList<bool> personish(n, false); // tokens of names or cues the scanner may have split
    for (const ScanSpan &s : spans)
        if (s.kind == Kind::Person || s.kind == Kind::Honorific || s.kind == Kind::PersonCue)
            for (qsizetype k = s.first; k < s.last; ++k)
                personish[k] = true;
    for (qsizetype i = 0; i < n; ++i) {
        const Token &t = tokens.at(i);
        // "Ảnh: NAME" (photo credit)
        if (t.isWord() && t.key == LKEY(u"ảnh") && i + 2 < n && tokens.at(i + 1).isPunct(u':')) {
            const qsizetype end = nameRun(i + 2);
            if (end - (i + 2) >= 2 && (end == n || !tokens.at(end).isWord() || tokens.at(end).is(Token::LineStart))) {
                added.append(ScanSpan::make(Kind::Person, i + 2, end));
                i = end - 1;
                continue;
            }
        }
        if (!t.is(Token::LineStart))
            continue;
        // A byline the scanner read as cue + name ("Anh Văn") is still one name.
        qsizetype end = i;
        while (end < n && end - i < 4 && isNameWord(tokens.at(end)) && (!claimed[end] || personish[end])
               && (end == i || continuesLine(tokens, end)))
            ++end;
        if (end - i < 2)
            continue;
        const bool lineEnds = end == n || tokens.at(end).is(Token::LineStart);
        const bool outlet = end < n && tokens.at(end).isPunct(u'/');
        const bool photo = end + 1 < n && tokens.at(end).isPunct(u'.') && tokens.at(end + 1).key == LKEY(u"ảnh");
        if (!(lineEnds || outlet || photo))
            continue;
        spans.removeIf([&](const ScanSpan &s) { return s.first >= i && s.last <= end; });
        added.append(ScanSpan::make(Kind::Person, i, end));
    }
    if (added.isEmpty())
        return;
    spans.append(added);
    std::sort(spans.begin(), spans.end(), [](const ScanSpan &a, const ScanSpan &b) { return a.first < b.first; });
}

template<typename T>
void capResult(QList<T> &list, const char *what, QStringList &warnings)
{
    if (list.size() <= Extractor::maxPerKind)
        return;
    warnings << QStringLiteral("Only the first %1 %2 are listed; the article has %3.")
                    .arg(Extractor::maxPerKind)
                    .arg(QLatin1String(what))
                    .arg(list.size());
    list.resize(Extractor::maxPerKind);
}

// Runs work(0) … work(count - 1) on up to idealThreadCount() threads (this one among them) and
// returns when all are done. Own threads, not a pool: the caller may itself be a pool's worker.
template<typename Work>
void runParallel(qsizetype count, const Work &work)
{
    const qsizetype threads = std::min<qsizetype>(count, std::max(1, QThread::idealThreadCount()));
    std::atomic<qsizetype> next{0};
    auto worker = [&] {
        for (qsizetype k = next++; k < count; k = next++)
            work(k);
    };
    std::vector<std::thread> pool;
    for (qsizetype t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (std::thread &t : pool)
        t.join();
}

// Text offsets where chunks of about chunkChars start: 0, then the start of a line (after
// '\n'), so no token spans two chunks. One chunk when chunkChars <= 0 or the text is short.
QList<qsizetype> chunkStarts(const QString &text, qsizetype chunkChars)
{
    QList<qsizetype> starts{0};
    if (chunkChars <= 0)
        return starts;
    for (qsizetype at = chunkChars; at < text.size();) {
        const qsizetype nl = text.indexOf(QLatin1Char('\n'), at - 1);
        if (nl < 0 || nl + 1 >= text.size())
            break;
        starts.append(nl + 1);
        at = nl + 1 + chunkChars;
    }
    return starts;
}

// Tokenizer::tokenize(text), a chunk per thread. A chunk starts after a '\n', where the tokenizer
// starts a line and a sentence as it does at offset 0, except that white space (the '\n') came
// before: the chunk's first token gets SpaceBefore.
QList<Token> tokenizeChunks(const QString &text, const QList<qsizetype> &starts)
{
    const qsizetype count = starts.size();
    if (count == 1)
        return Tokenizer::tokenize(text);
    std::vector<QList<Token>> parts(count);
    runParallel(count, [&](qsizetype k) {
        const qsizetype from = starts.at(k);
        const qsizetype to = k + 1 < count ? starts.at(k + 1) : text.size();
        parts[k] = Tokenizer::tokenize(text.mid(from, to - from));
        for (Token &t : parts[k]) {
            t.start += from;
            t.end += from;
        }
        if (k > 0 && !parts[k].isEmpty())
            parts[k].first().flags |= Token::SpaceBefore;
    });
    QList<Token> tokens;
    qsizetype total = 0;
    for (const QList<Token> &part : parts)
        total += part.size();
    tokens.reserve(total);
    for (QList<Token> &part : parts)
        tokens.append(std::move(part));
    return tokens;
}

// EntityScanner::scan(), a chunk of start positions per thread, stitched in order. A chunk's
// spans stand when the pass before it stopped exactly at its first token, after spans ending
// before the token before it (EntityScanner::scanRange); otherwise the chunk is scanned again
// from where the pass stopped, with the spans before. Same spans as one scan() in every case.
QList<ScanSpan> scanChunks(const EntityScanner &scanner, const QString &text, const QList<Token> &tokens,
                           const QList<qsizetype> &tokenStarts)
{
    const qsizetype count = tokenStarts.size();
    if (count == 1)
        return scanner.scan(text, tokens);
    struct Part
    {
        QList<ScanSpan> spans;
        qsizetype stop = 0;
    };
    std::vector<Part> parts(count);
    runParallel(count, [&](qsizetype k) {
        const qsizetype to = k + 1 < count ? tokenStarts.at(k + 1) : tokens.size();
        parts[k].stop = scanner.scanRange(text, tokens, tokenStarts.at(k), to, parts[k].spans);
    });
    QList<ScanSpan> spans = std::move(parts[0].spans);
    qsizetype stop = parts[0].stop;
    for (qsizetype k = 1; k < count; ++k) {
        const qsizetype from = tokenStarts.at(k);
        const qsizetype to = k + 1 < count ? tokenStarts.at(k + 1) : tokens.size();
        const bool stands = stop == from && (spans.isEmpty() || spans.last().last < from - 1);
        if (stands) {
            spans.append(std::move(parts[k].spans));
            stop = parts[k].stop;
        } else {
            stop = stop >= to ? stop : scanner.scanRange(text, tokens, stop, to, spans);
        }
    }
    return spans;
}

} // namespace

Extractor::Extractor(std::shared_ptr<const Gazetteer> gazetteer) : m_gazetteer(std::move(gazetteer)) {}

Extractor::Extractor(std::shared_ptr<const Gazetteer> gazetteer, std::shared_ptr<const TaggerModel> model)
    : m_gazetteer(std::move(gazetteer)), m_model(std::move(model))
{
}

Extractor::~Extractor() = default;

ExtractionResult Extractor::extract(const QString &text) const
{
    return extract(text, {}, defaultChunkChars(text.size()));
}

ExtractionResult Extractor::extract(const Article &article) const
{
    return extract(article, -1);
}

ExtractionResult Extractor::extract(const Article &article, qsizetype chunkChars) const
{
    QStringList extra;
    for (const QString &name : article.authors + article.photographers)
        if (!name.trimmed().isEmpty())
            extra.append(name.trimmed());
    const QString text = article.text();
    return extract(text, extra, chunkChars < 0 ? defaultChunkChars(text.size()) : chunkChars);
}

qsizetype Extractor::defaultChunkChars(qsizetype textChars)
{
    return textChars >= parallelFromChars && QThread::idealThreadCount() > 1 ? chunkChars : 0;
}

ExtractionResult Extractor::extract(const QString &text, const QStringList &extraPeople, qsizetype chunkChars) const
{
    ExtractionResult result;
    const QList<qsizetype> starts = chunkStarts(text, chunkChars);
    // Metrics read the text alone: found meanwhile on a thread of their own.
    std::future<QList<Metric>> metrics;
    if (starts.size() > 1)
        metrics = std::async(std::launch::async, [&text] { return MetricRecognizer().find(text); });
    const QList<Token> tokens = tokenizeChunks(text, starts);
    QList<qsizetype> tokenStarts;
    for (qsizetype k = 0, at = 0; k < starts.size(); ++k) {
        while (at < tokens.size() && tokens.at(at).start < starts.at(k))
            ++at;
        tokenStarts.append(at);
    }
    QList<ScanSpan> spans = scanChunks(EntityScanner(*m_gazetteer), text, tokens, tokenStarts);
    TaggedSpanMerger::Origins origins;
    if (m_model) {
        const EntityTagger::Result tagged = EntityTagger(*m_model, *m_gazetteer).tag(text, tokens, spans);
        spans = TaggedSpanMerger::merge(tokens, spans, &tagged, *m_gazetteer, origins);
    } else {
        spans = TaggedSpanMerger::merge(tokens, spans, nullptr, *m_gazetteer, origins);
    }
    addBylineNames(tokens, spans);
    const MentionPropagator::Links links = MentionPropagator::propagate(tokens, spans, extraPeople);
    const RoleBinder::Result bound = RoleBinder::bind(text, tokens, spans);
    EntityGrouper::group(EntityGrouper::Input{text, tokens, spans, bound, links, extraPeople}, *m_gazetteer, result);
    TaggedSpanMerger::apply(origins, result);
    result.metrics = metrics.valid() ? metrics.get() : MetricRecognizer().find(text);
    NameScripts::flag(result);
    capResult(result.people, "people", result.warnings);
    capResult(result.organizations, "organizations", result.warnings);
    capResult(result.places, "places", result.warnings);
    capResult(result.metrics, "metrics", result.warnings);
    return result;
}

} // namespace Lectern::Core
