#include "extract/rolebinder.h"

#include "extract/tokenrules.h"

#include <QSet>

namespace Lectern::Core {

using Kind = ScanSpan::Kind;

namespace {

bool isTitleKind(Kind k)
{
    return k == Kind::Title || k == Kind::PersonCue;
}

bool isChainKind(Kind k)
{
    return k == Kind::Organization || k == Kind::Place;
}

QString surface(const QString &text, const QList<Token> &tokens, qsizetype first, qsizetype last)
{
    const qsizetype start = tokens.at(first).start;
    const qsizetype end = tokens.at(last - 1).end;
    return text.mid(start, end - start).simplified();
}

// Extends a title span at spans[s] over the organizations/places that follow it (with "tại",
// "của" or a few lower-case words before an organization). Returns the index of the last span
// of the role and sets *end to its last token.
qsizetype roleEnd(const QList<Token> &tokens, const QList<ScanSpan> &spans, qsizetype s, qsizetype *end)
{
    qsizetype last = s;
    *end = spans.at(s).last;
    while (last + 1 < spans.size()) {
        const ScanSpan &next = spans.at(last + 1);
        if (!isChainKind(next.kind))
            break;
        qsizetype gap = next.first - *end;
        bool ok = gap == 0;
        if (!ok && gap > 0 && gap <= 6) {
            ok = true;
            for (qsizetype k = *end; k < next.first && ok; ++k) {
                const Token &t = tokens.at(k);
                ok = t.isWord() && !t.isUpper() && !(t.flags & Token::LineStart)
                    && (t.key == LKEY(u"tại") || t.key == LKEY(u"của") || t.key == LKEY(u"và") || !TokenRules::isStopWord(t.key));
            }
            const bool atPlace = gap == 1 && tokens.at(*end).key == LKEY(u"tại"); // "Tổng lãnh sự Úc tại TP.HCM"
            ok = ok && (next.kind == Kind::Organization || atPlace) && (last == s || atPlace);
        }
        if (!ok)
            break;
        *end = next.last;
        ++last;
    }
    return last;
}

} // namespace

RoleBinder::Result RoleBinder::bind(const QString &text, const QList<Token> &tokens, const QList<ScanSpan> &spans)
{
    Result result;
    QSet<qsizetype> usedTitles;
    for (qsizetype p = 0; p < spans.size(); ++p) {
        if (spans.at(p).kind != Kind::Person)
            continue;
        QStringList roles;
        // Before the name: [title][org|place]* [honorific]? NAME, and ", "-separated titles before.
        qsizetype at = spans.at(p).first;
        qsizetype s = p - 1;
        if (s >= 0 && spans.at(s).kind == Kind::Honorific && spans.at(s).last == at) {
            at = spans.at(s).first;
            --s;
            // "Chủ tịch Vinachem, ông Nguyễn Anh Dũng"
            if (s >= 0 && at > 0 && tokens.at(at - 1).isPunct(u',') && spans.at(s).last == at - 1
                && spans.at(s).kind != Kind::Person)
                --at;
        }
        for (int round = 0; round < 4 && s >= 0; ++round) {
            qsizetype t = s;
            while (t >= 0 && isChainKind(spans.at(t).kind))
                --t;
            if (t < 0 || !isTitleKind(spans.at(t).kind) || usedTitles.contains(t))
                break;
            qsizetype end = 0;
            const qsizetype last = roleEnd(tokens, spans, t, &end);
            if (last != s || end != at)
                break;
            roles.prepend(surface(text, tokens, spans.at(t).first, end));
            usedTitles.insert(t);
            // another title before, separated by a comma
            const qsizetype comma = spans.at(t).first - 1;
            if (comma < 0 || !tokens.at(comma).isPunct(u',') || t == 0)
                break;
            at = comma;
            s = t - 1;
        }
        // After the name: (',' | '–' | '-' | '(') title chain, repeated after commas.
        qsizetype e = spans.at(p).last;
        qsizetype n = p + 1;
        for (int round = 0; round < 5 && e < tokens.size() && n < spans.size(); ++round) {
            const Token &sep = tokens.at(e);
            const bool isSep = sep.isPunct(u',') || sep.isPunct(u'(') || sep.isPunct(u'-') || sep.isPunct(u'\u2013')
                || (round > 0 && sep.isWord() && sep.key == LKEY(u"kiêm"));
            if (!isSep || !isTitleKind(spans.at(n).kind) || spans.at(n).first != e + 1 || usedTitles.contains(n))
                break;
            qsizetype end = 0;
            const qsizetype last = roleEnd(tokens, spans, n, &end);
            // the title is someone else's when a name follows it directly
            if (last + 1 < spans.size() && spans.at(last + 1).kind == Kind::Person && spans.at(last + 1).first == end)
                break;
            roles.append(surface(text, tokens, spans.at(n).first, end));
            usedTitles.insert(n);
            e = end;
            n = last + 1;
        }
        if (!roles.isEmpty())
            result.roles.insert(p, roles);
    }
    for (qsizetype s = 0; s < spans.size(); ++s) {
        if (spans.at(s).kind != Kind::Title || usedTitles.contains(s))
            continue;
        qsizetype end = 0;
        roleEnd(tokens, spans, s, &end);
        result.references.append(Reference{spans.at(s).first, end, surface(text, tokens, spans.at(s).first, end)});
    }
    return result;
}

} // namespace Lectern::Core
