#include "extract/namescripts.h"

#include "util/textfold.h"

#include <QList>
#include <QMap>

namespace Lectern::Core::NameScripts {

namespace {

// Letters of other scripts drawn like Latin ones (the common homoglyphs of Unicode's
// confusables list for Cyrillic and Greek).
char16_t latinLookalike(char16_t c)
{
    switch (c) {
    // Cyrillic small
    case 0x0430: return u'a'; case 0x0435: return u'e'; case 0x043E: return u'o'; case 0x0440: return u'p';
    case 0x0441: return u'c'; case 0x0443: return u'y'; case 0x0445: return u'x'; case 0x0456: return u'i';
    case 0x0458: return u'j'; case 0x0455: return u's'; case 0x0501: return u'd'; case 0x051B: return u'q';
    case 0x051D: return u'w'; case 0x04BB: return u'h'; case 0x0432: return u'b';
    // Cyrillic capital
    case 0x0410: return u'A'; case 0x0412: return u'B'; case 0x0415: return u'E'; case 0x041A: return u'K';
    case 0x041C: return u'M'; case 0x041D: return u'H'; case 0x041E: return u'O'; case 0x0420: return u'P';
    case 0x0421: return u'C'; case 0x0422: return u'T'; case 0x0425: return u'X'; case 0x0423: return u'Y';
    case 0x0406: return u'I'; case 0x0408: return u'J'; case 0x0405: return u'S';
    // Greek
    case 0x03BF: return u'o'; case 0x03B1: return u'a'; case 0x03B9: return u'i'; case 0x03BD: return u'v';
    case 0x03C1: return u'p'; case 0x03C5: return u'u';
    case 0x0391: return u'A'; case 0x0392: return u'B'; case 0x0395: return u'E'; case 0x0396: return u'Z';
    case 0x0397: return u'H'; case 0x0399: return u'I'; case 0x039A: return u'K'; case 0x039C: return u'M';
    case 0x039D: return u'N'; case 0x039F: return u'O'; case 0x03A1: return u'P'; case 0x03A4: return u'T';
    case 0x03A7: return u'X'; case 0x03A5: return u'Y';
    default: return 0;
    }
}

QString scriptName(QChar::Script s)
{
    switch (s) {
    case QChar::Script_Latin: return QStringLiteral("Latin");
    case QChar::Script_Cyrillic: return QStringLiteral("Cyrillic");
    case QChar::Script_Greek: return QStringLiteral("Greek");
    case QChar::Script_Armenian: return QStringLiteral("Armenian");
    case QChar::Script_Cherokee: return QStringLiteral("Cherokee");
    default: return QStringLiteral("script %1").arg(int(s));
    }
}

QList<QChar::Script> scripts(QStringView text)
{
    QList<QChar::Script> seen;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (!QChar::isLetter(c))
            continue;
        const QChar::Script s = QChar::script(c);
        if (s == QChar::Script_Common || s == QChar::Script_Inherited || s == QChar::Script_Unknown)
            continue;
        if (!seen.contains(s))
            seen.append(s);
    }
    return seen;
}

} // namespace

bool mixesScripts(QStringView text)
{
    return scripts(text).size() > 1;
}

QString scriptNames(QStringView text)
{
    QStringList names;
    for (QChar::Script s : scripts(text))
        names << scriptName(s);
    return names.join(QStringLiteral(", "));
}

QString skeleton(QStringView text)
{
    QString out = text.toString();
    for (QChar &c : out) {
        if (const char16_t l = latinLookalike(c.unicode()))
            c = QChar(l);
    }
    return TextFold::matchKey(out);
}

void flag(ExtractionResult &result)
{
    for (QList<Entity> *list : {&result.people, &result.organizations, &result.places}) {
        // Skeleton -> the first single-script name with it (a QMap: the same answer every run).
        QMap<QString, QString> plain;
        for (const Entity &e : std::as_const(*list)) {
            if (mixesScripts(e.name))
                continue;
            const QString key = skeleton(e.name);
            if (!plain.contains(key))
                plain.insert(key, e.name);
        }
        for (qsizetype i = 0; i < list->size(); ++i) {
            Entity &e = (*list)[i];
            QString mixed = mixesScripts(e.name) ? e.name : QString();
            for (qsizetype m = 0; mixed.isEmpty() && m < e.mentions.size(); ++m)
                if (mixesScripts(e.mentions.at(m).text))
                    mixed = e.mentions.at(m).text;
            if (mixed.isEmpty())
                continue;
            e.mixedScripts = true;
            const QString twin = plain.value(skeleton(mixed));
            result.warnings << (twin.isEmpty()
                                    ? QStringLiteral("The name \u201C%1\u201D mixes scripts (%2).").arg(mixed, scriptNames(mixed))
                                    : QStringLiteral("The name \u201C%1\u201D mixes scripts (%2) and looks like \u201C%3\u201D: "
                                                     "check it is not the same %4 written with a foreign letter.")
                                          .arg(mixed, scriptNames(mixed), twin, entityKindId(e.type)));
        }
    }
}

} // namespace Lectern::Core::NameScripts
