#include "review/annotation.h"

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
