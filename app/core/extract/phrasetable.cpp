#include "extract/phrasetable.h"

#include "extract/tokenizer.h"

namespace Lectern::Core {

QStringList PhraseTable::keysOf(const QString &phrase)
{
    QStringList keys;
    const QList<Token> tokens = Tokenizer::tokenize(phrase);
    keys.reserve(tokens.size());
    for (const Token &t : tokens)
        keys.append(t.key);
    return keys;
}

void PhraseTable::insert(const QString &phrase, int value)
{
    insertKeys(keysOf(phrase), value);
}

void PhraseTable::insertKeys(const QStringList &keys, int value)
{
    if (keys.isEmpty())
        return;
    QList<Entry> &list = m_byFirst[keys.first()];
    for (Entry &e : list) {
        if (e.keys == keys) {
            e.value = value;
            return;
        }
    }
    qsizetype pos = 0;
    while (pos < list.size() && list.at(pos).keys.size() >= keys.size())
        ++pos;
    list.insert(pos, Entry{keys, value});
}

PhraseTable::Match PhraseTable::matchAt(const QList<Token> &tokens, qsizetype index) const
{
    if (index < 0 || index >= tokens.size())
        return {};
    const auto it = m_byFirst.constFind(tokens.at(index).key);
    if (it == m_byFirst.constEnd())
        return {};
    for (const Entry &e : it.value()) {
        const qsizetype len = e.keys.size();
        if (index + len > tokens.size())
            continue;
        bool ok = true;
        for (qsizetype k = 1; k < len && ok; ++k) {
            const Token &t = tokens.at(index + k);
            ok = t.key == e.keys.at(k) && !(t.flags & Token::LineStart);
        }
        if (ok)
            return Match{int(len), e.value};
    }
    return {};
}

bool PhraseTable::containsKeys(const QStringList &keys) const
{
    if (keys.isEmpty())
        return false;
    const auto it = m_byFirst.constFind(keys.first());
    if (it == m_byFirst.constEnd())
        return false;
    for (const Entry &e : it.value())
        if (e.keys == keys)
            return true;
    return false;
}

} // namespace Lectern::Core
