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

#include <algorithm>

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

} // namespace

Extractor::Extractor(std::shared_ptr<const Gazetteer> gazetteer) : m_gazetteer(std::move(gazetteer)) {}

Extractor::Extractor(std::shared_ptr<const Gazetteer> gazetteer, std::shared_ptr<const TaggerModel> model)
    : m_gazetteer(std::move(gazetteer)), m_model(std::move(model))
{
}

Extractor::~Extractor() = default;

ExtractionResult Extractor::extract(const QString &text) const
{
    return extract(text, {});
}

ExtractionResult Extractor::extract(const Article &article) const
{
    QStringList extra;
    for (const QString &name : article.authors + article.photographers)
        if (!name.trimmed().isEmpty())
            extra.append(name.trimmed());
    return extract(article.text(), extra);
}

ExtractionResult Extractor::extract(const QString &text, const QStringList &extraPeople) const
{
    ExtractionResult result;
    const QList<Token> tokens = Tokenizer::tokenize(text);
    QList<ScanSpan> spans = EntityScanner(*m_gazetteer).scan(text, tokens);
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
    result.metrics = MetricRecognizer().find(text);
    NameScripts::flag(result);
    capResult(result.people, "people", result.warnings);
    capResult(result.organizations, "organizations", result.warnings);
    capResult(result.places, "places", result.warnings);
    capResult(result.metrics, "metrics", result.warnings);
    return result;
}

} // namespace Lectern::Core
