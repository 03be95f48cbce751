#include "review/annotation.h"

#include <QCoreApplication>

namespace Lectern::Core {


Annotation Annotation::create(const TextAnchor &anchor, const QString &author)
{
    Annotation a;
    a.id = QUuid::createUuid();
    a.anchor = anchor;
    a.author = author;
    a.created = now();
    a.modified = a.created;
    return a;
}

Annotation Annotation::createCorrection(const TextAnchor &anchor, const QString &author,
                                       const EntityCorrection &correction)
{
    Annotation a = create(anchor, author);
    a.kind = Kind::EntityCorrection;
    a.correction = correction;
    a.comment = correction.describe();
    return a;
}

QDateTime Annotation::now()
{
    // QDateTime already counts milliseconds; UTC keeps stored and exported values comparable.
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
}

QStringList Annotation::builtinTags()
{
    return {QStringLiteral("fact-check"), QStringLiteral("needs source"), QStringLiteral("name/title"),
            QStringLiteral("figure"),     QStringLiteral("typo"),         QStringLiteral("style"),
            QStringLiteral("legal")};
}

QString Annotation::tagLabel(const QString &tag)
{
    // The ids are English words; the English catalogue leaves them as they are.
    if (tag == QLatin1String("fact-check"))
        return QCoreApplication::translate("Annotation", "fact-check");
    if (tag == QLatin1String("needs source"))
        return QCoreApplication::translate("Annotation", "needs source");
    if (tag == QLatin1String("name/title"))
        return QCoreApplication::translate("Annotation", "name/title");
    if (tag == QLatin1String("figure"))
        return QCoreApplication::translate("Annotation", "figure", "tag: a number to check");
    if (tag == QLatin1String("typo"))
        return QCoreApplication::translate("Annotation", "typo");
    if (tag == QLatin1String("style"))
        return QCoreApplication::translate("Annotation", "style");
    if (tag == QLatin1String("legal"))
        return QCoreApplication::translate("Annotation", "legal");
    return tag;
}

QStringList Annotation::tagLabels(const QStringList &tags)
{
    QStringList out;
    out.reserve(tags.size());
    for (const QString &t : tags)
        out << tagLabel(t);
    return out;
}

QString Annotation::tagId(const QString &text)
{
    const QString t = text.simplified();
    for (const QString &id : builtinTags()) {
        if (t.compare(id, Qt::CaseInsensitive) == 0 || t.compare(tagLabel(id), Qt::CaseInsensitive) == 0)
            return id;
    }
    return t;
}

QString Annotation::statusName(Status status)
{
    switch (status) {
    case Status::Open: return QStringLiteral("open");
    case Status::Resolved: return QStringLiteral("resolved");
    case Status::WontFix: return QStringLiteral("wontfix");
    }
    return QStringLiteral("open");
}

bool Annotation::statusFromName(const QString &name, Status *status)
{
    for (Status s : {Status::Open, Status::Resolved, Status::WontFix}) {
        if (statusName(s) == name) {
            *status = s;
            return true;
        }
    }
    return false;
}

QString Annotation::kindName(Kind kind)
{
    return kind == Kind::EntityCorrection ? QStringLiteral("entity-correction") : QStringLiteral("comment");
}

bool Annotation::kindFromName(const QString &name, Kind *kind)
{
    for (Kind k : {Kind::Comment, Kind::EntityCorrection}) {
        if (kindName(k) == name) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace Lectern::Core
