#include "review/webannotationjson.h"

#include "review/anchoring.h"
#include "review/jsonguard.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Lectern::Core::WebAnnotationJson {

namespace {

const QString kNs = QStringLiteral("lectern:");

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QString lectern(const char *name)
{
    return kNs + QString::fromLatin1(name);
}

QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QJsonValue &v)
{
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString urnUuid(const QUuid &id)
{
    return QStringLiteral("urn:uuid:") + id.toString(QUuid::WithoutBraces);
}

QUuid parseUrnUuid(const QString &s)
{
    QString text = s;
    if (text.startsWith(QStringLiteral("urn:uuid:")))
        text = text.mid(9);
    return QUuid::fromString(text);
}

QJsonObject creator(const QString &name)
{
    return QJsonObject{{key("type"), QStringLiteral("Person")}, {key("name"), name}};
}

QString creatorName(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isArray())
        return creatorName(v.toArray().first());
    return v.toObject().value(key("name")).toString();
}

// Single values and arrays are both allowed by the model.
QJsonArray asArray(const QJsonValue &v)
{
    if (v.isArray())
        return v.toArray();
    if (v.isUndefined() || v.isNull())
        return {};
    return QJsonArray{v};
}

QJsonObject textualBody(const QString &value, const QString &purpose)
{
    return QJsonObject{{key("type"), QStringLiteral("TextualBody")},
                       {key("value"), value},
                       {key("format"), QStringLiteral("text/plain")},
                       {key("purpose"), purpose}};
}

} // namespace

QString targetSource(const Article &article)
{
    return article.url.isEmpty() ? QStringLiteral("urn:sha256:") + article.contentHash() : article.url;
}

QJsonObject annotationToJson(const Annotation &a, const QString &source)
{
    QJsonObject o;
    o.insert(key("id"), urnUuid(a.id));
    o.insert(key("type"), QStringLiteral("Annotation"));
    o.insert(key("motivation"), a.kind == Annotation::Kind::EntityCorrection ? QStringLiteral("editing")
                                                                             : QStringLiteral("commenting"));
    o.insert(key("creator"), creator(a.author));
    if (a.created.isValid())
        o.insert(key("created"), timeText(a.created));
    if (a.modified.isValid())
        o.insert(key("modified"), timeText(a.modified));

    QJsonArray bodies;
    if (!a.comment.isEmpty())
        bodies.append(textualBody(a.comment, QStringLiteral("commenting")));
    for (const QString &tag : a.tags)
        bodies.append(textualBody(tag, QStringLiteral("tagging")));
    if (!bodies.isEmpty())
        o.insert(key("body"), bodies);

    const QJsonObject quote{{key("type"), QStringLiteral("TextQuoteSelector")},
                            {key("exact"), a.anchor.exact},
                            {key("prefix"), a.anchor.prefix},
                            {key("suffix"), a.anchor.suffix}};
    const QJsonObject position{{key("type"), QStringLiteral("TextPositionSelector")},
                               {key("start"), qint64(a.anchor.start)},
                               {key("end"), qint64(a.anchor.end)}};
    o.insert(key("target"), QJsonObject{{key("source"), source}, {key("selector"), QJsonArray{quote, position}}});

    o.insert(lectern("kind"), Annotation::kindName(a.kind));
    o.insert(lectern("status"), Annotation::statusName(a.status));
    if (a.orphan)
        o.insert(lectern("orphan"), true);
    if (a.kind == Annotation::Kind::EntityCorrection)
        o.insert(lectern("correction"), a.correction.toJson());
    if (!a.replies.isEmpty()) {
        QJsonArray replies;
        for (const AnnotationReply &r : a.replies) {
            QJsonObject reply{{key("id"), urnUuid(r.id)},
                              {key("type"), QStringLiteral("Annotation")},
                              {key("motivation"), QStringLiteral("replying")},
                              {key("creator"), creator(r.author)},
                              {key("body"), textualBody(r.text, QStringLiteral("replying"))}};
            if (r.created.isValid())
                reply.insert(key("created"), timeText(r.created));
            replies.append(reply);
        }
        o.insert(lectern("replies"), replies);
    }
    return o;
}

std::optional<Annotation> annotationFromJson(const QJsonObject &o, QString *error)
{
    Annotation a;
    a.id = parseUrnUuid(o.value(key("id")).toString());
    if (a.id.isNull()) {
        *error = QStringLiteral("an annotation has no valid id (urn:uuid:…)");
        return std::nullopt;
    }
    const QString kind = o.value(lectern("kind")).toString();
    if (!kind.isEmpty() && !Annotation::kindFromName(kind, &a.kind)) {
        *error = QStringLiteral("unknown annotation kind \u201C%1\u201D").arg(kind);
        return std::nullopt;
    }
    if (kind.isEmpty() && o.value(key("motivation")).toString() == QStringLiteral("editing"))
        a.kind = Annotation::Kind::EntityCorrection;
    a.author = creatorName(o.value(key("creator")));
    a.created = parseTime(o.value(key("created")));
    a.modified = parseTime(o.value(key("modified")));

    QStringList comments;
    for (const QJsonValue &b : asArray(o.value(key("body")))) {
        const QJsonObject body = b.toObject();
        const QString purpose = body.value(key("purpose")).toString();
        const QString value = body.value(key("value")).toString();
        if (purpose == QStringLiteral("tagging"))
            a.tags.append(value);
        else if (purpose.isEmpty() || purpose == QStringLiteral("commenting") || purpose == QStringLiteral("describing"))
            comments.append(value);
    }
    a.comment = comments.join(QStringLiteral("\n\n"));

    const QJsonArray targets = asArray(o.value(key("target")));
    const QJsonObject target = targets.isEmpty() ? QJsonObject() : targets.first().toObject();
    bool hasQuote = false;
    bool hasPosition = false;
    for (const QJsonValue &s : asArray(target.value(key("selector")))) {
        const QJsonObject selector = s.toObject();
        const QString type = selector.value(key("type")).toString();
        if (type == QStringLiteral("TextQuoteSelector")) {
            a.anchor.exact = selector.value(key("exact")).toString();
            a.anchor.prefix = selector.value(key("prefix")).toString();
            a.anchor.suffix = selector.value(key("suffix")).toString();
            hasQuote = true;
        } else if (type == QStringLiteral("TextPositionSelector")) {
            const double start = selector.value(key("start")).toDouble(-1);
            const double end = selector.value(key("end")).toDouble(-1);
            if (start < 0 || end < start || end > 1e12) {
                *error = QStringLiteral("a TextPositionSelector has invalid offsets");
                return std::nullopt;
            }
            a.anchor.start = qsizetype(start);
            a.anchor.end = qsizetype(end);
            hasPosition = true;
        }
    }
    a.anchor = Anchoring::boundedContext(a.anchor); // a file may carry megabytes of "context"
    if (!hasQuote && !hasPosition) {
        *error = QStringLiteral("annotation %1 has no text selector").arg(a.id.toString(QUuid::WithoutBraces));
        return std::nullopt;
    }

    const QString status = o.value(lectern("status")).toString(QStringLiteral("open"));
    if (!Annotation::statusFromName(status, &a.status)) {
        *error = QStringLiteral("unknown status \u201C%1\u201D").arg(status);
        return std::nullopt;
    }
    a.orphan = o.value(lectern("orphan")).toBool(false);
    if (a.kind == Annotation::Kind::EntityCorrection) {
        const auto correction = EntityCorrection::fromJson(o.value(lectern("correction")).toObject());
        if (!correction) {
            *error = QStringLiteral("an entity correction is malformed");
            return std::nullopt;
        }
        a.correction = *correction;
    }
    for (const QJsonValue &r : asArray(o.value(lectern("replies")))) {
        const QJsonObject reply = r.toObject();
        const QJsonArray bodies = asArray(reply.value(key("body")));
        AnnotationReply out{parseUrnUuid(reply.value(key("id")).toString()), creatorName(reply.value(key("creator"))),
                            parseTime(reply.value(key("created"))),
                            bodies.isEmpty() ? QString() : bodies.first().toObject().value(key("value")).toString()};
        if (out.id.isNull())
            out.id = QUuid::createUuid();
        a.replies.append(out);
    }
    return a;
}

QJsonObject collectionToJson(const Article &article, const QList<Annotation> &annotations)
{
    const QString source = targetSource(article);
    QJsonArray items;
    for (const Annotation &a : annotations)
        items.append(annotationToJson(a, source));
    const QJsonArray context{QStringLiteral("http://www.w3.org/ns/anno.jsonld"),
                             QJsonObject{{key("lectern"), QStringLiteral("https://example.invalid/lectern/ns/review#")}}};
    return QJsonObject{{key("@context"), context},
                       {key("type"), QStringLiteral("AnnotationCollection")},
                       {key("label"), article.title},
                       {key("total"), qint64(annotations.size())},
                       {key("first"), QJsonObject{{key("type"), QStringLiteral("AnnotationPage")},
                                                   {key("startIndex"), 0},
                                                   {key("items"), items}}}};
}

QByteArray exportCollection(const Article &article, const QList<Annotation> &annotations)
{
    return QJsonDocument(collectionToJson(article, annotations)).toJson(QJsonDocument::Indented);
}

std::optional<Collection> importCollection(const QByteArray &bytes, QString *error)
{
    const auto doc = JsonGuard::parse(bytes, maxFileBytes, maxNesting, error);
    if (!doc)
        return std::nullopt;
    Collection out;
    QJsonArray items;
    if (doc->isArray()) {
        items = doc->array();
    } else {
        const QJsonObject root = doc->object();
        const QString type = root.value(key("type")).toString();
        if (type == QStringLiteral("Annotation")) {
            items = QJsonArray{root};
        } else if (type == QStringLiteral("AnnotationCollection") || root.contains(key("items"))
                   || root.contains(key("first"))) {
            out.label = root.value(key("label")).toString();
            items = root.contains(key("first")) ? root.value(key("first")).toObject().value(key("items")).toArray()
                                                : root.value(key("items")).toArray();
        } else {
            *error = QStringLiteral("The file is not a W3C Web Annotation collection.");
            return std::nullopt;
        }
    }
    if (items.size() > maxAnnotations) {
        *error = QStringLiteral("The file holds too many annotations (%1; the limit is %2).")
                     .arg(items.size())
                     .arg(maxAnnotations);
        return std::nullopt;
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString itemError;
        const QJsonObject item = items.at(i).toObject();
        const auto a = annotationFromJson(item, &itemError);
        if (!a) {
            *error = QStringLiteral("Annotation %1 cannot be read: %2.").arg(i + 1).arg(itemError);
            return std::nullopt;
        }
        if (out.source.isEmpty())
            out.source = asArray(item.value(key("target"))).first().toObject().value(key("source")).toString();
        out.annotations.append(*a);
    }
    return out;
}

} // namespace Lectern::Core::WebAnnotationJson
