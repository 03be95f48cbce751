#include "review/webannotationjson.h"

#include "review/anchoring.h"
#include "review/jsonguard.h"
#include "util/textoffsets.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

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
    const QJsonObject o = v.toObject();
    const QString name = o.value(key("name")).toString();
    if (!name.isEmpty())
        return name;
    const QString nickname = o.value(key("nickname")).toString();
    return nickname.isEmpty() ? o.value(key("id")).toString() : nickname;
}

// The creator says more than Lectern's {type: Person, name}: keep it whole.
bool creatorIsRich(const QJsonValue &v)
{
    if (v.isArray())
        return true;
    if (!v.isObject())
        return false;
    const QJsonObject o = v.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (it.key() != QStringLiteral("type") && it.key() != QStringLiteral("name"))
            return true;
    return false;
}

// Namespace of the name-based ids given to annotations whose IRI is no urn:uuid (RFC 4122's URL
// namespace).
const QUuid kIriNamespace = QUuid::fromString(QStringLiteral("{6ba7b811-9dad-11d1-80b4-00c04fd430c8}"));

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

// The text selectors of a target, read into the anchor; selectors that cannot be anchored are
// appended to kept. A selector Lectern cannot anchor may be refined by one it can: a
// TextQuoteSelector holds wherever its segment is, so it is taken; offsets inside an unknown
// segment are not.
struct SelectorReader
{
    TextAnchor &anchor;
    QJsonArray &kept;
    bool hasQuote = false;
    bool hasPosition = false;
    QString error;

    bool position(const QJsonObject &selector, qsizetype *start, qsizetype *end)
    {
        const double s = selector.value(key("start")).toDouble(-1);
        const double e = selector.value(key("end")).toDouble(-1);
        if (s < 0 || e < s || e > 1e12 || s != std::floor(s) || e != std::floor(e)) {
            error = QCoreApplication::translate(
                "Lectern::Core::WebAnnotationJson", "a TextPositionSelector has invalid offsets");
            return false;
        }
        *start = qsizetype(s);
        *end = qsizetype(e);
        return true;
    }

    // insideUnknown: the selector refines one Lectern cannot anchor.
    bool read(const QJsonObject &selector, bool insideUnknown, int depth = 0)
    {
        const QString type = selector.value(key("type")).toString();
        if (type == QStringLiteral("TextQuoteSelector") && selector.value(key("exact")).isString()) {
            anchor.exact = selector.value(key("exact")).toString();
            anchor.prefix = selector.value(key("prefix")).toString();
            anchor.suffix = selector.value(key("suffix")).toString();
            hasQuote = true;
            return true;
        }
        if (type == QStringLiteral("TextPositionSelector") && !insideUnknown) {
            if (!position(selector, &anchor.start, &anchor.end))
                return false;
            hasPosition = true;
            return true;
        }
        if (type == QStringLiteral("RangeSelector") && !insideUnknown) {
            const QJsonObject from = selector.value(key("startSelector")).toObject();
            const QJsonObject to = selector.value(key("endSelector")).toObject();
            if (from.value(key("type")).toString() == QStringLiteral("TextPositionSelector")
                && to.value(key("type")).toString() == QStringLiteral("TextPositionSelector")) {
                // From the start of the first segment to the start of the second (exclusive).
                qsizetype s1 = 0, e1 = 0, s2 = 0, e2 = 0;
                if (!position(from, &s1, &e1) || !position(to, &s2, &e2))
                    return false;
                if (s2 < s1) {
                    error = QCoreApplication::translate(
                        "Lectern::Core::WebAnnotationJson", "a RangeSelector ends before it starts");
                    return false;
                }
                anchor.start = s1;
                anchor.end = s2;
                hasPosition = true;
                return true;
            }
        }
        // Not anchorable here: kept as written; its refinement may still be.
        if (depth == 0)
            kept.append(selector);
        if (depth >= 8)
            return true;
        for (const QJsonValue &r : asArray(selector.value(key("refinedBy"))))
            if (r.isObject() && !read(r.toObject(), true, depth + 1))
                return false;
        return true;
    }
};

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
    const QJsonValue foreignCreator = a.foreign.value(key("creator"));
    o.insert(key("creator"),
        creatorName(foreignCreator) == a.author && !foreignCreator.isUndefined() ? foreignCreator
                                                                                 : QJsonValue(creator(a.author)));
    if (a.foreign.contains(key("generator")))
        o.insert(key("generator"), a.foreign.value(key("generator")));
    if (a.foreign.contains(key("via")))
        o.insert(key("via"), a.foreign.value(key("via")));
    if (a.created.isValid())
        o.insert(key("created"), timeText(a.created));
    if (a.modified.isValid())
        o.insert(key("modified"), timeText(a.modified));

    QJsonArray bodies;
    if (!a.comment.isEmpty())
        bodies.append(textualBody(a.comment, QStringLiteral("commenting")));
    for (const QString &tag : a.tags)
        bodies.append(textualBody(tag, QStringLiteral("tagging")));
    for (const QJsonValue &b : a.foreign.value(lectern("otherBodies")).toArray())
        bodies.append(b);
    if (!bodies.isEmpty())
        o.insert(key("body"), bodies);

    const QJsonObject quote{{key("type"), QStringLiteral("TextQuoteSelector")},
                            {key("exact"), a.anchor.exact},
                            {key("prefix"), a.anchor.prefix},
                            {key("suffix"), a.anchor.suffix}};
    const QJsonObject position{{key("type"), QStringLiteral("TextPositionSelector")},
                               {key("start"), qint64(a.anchor.start)},
                               {key("end"), qint64(a.anchor.end)}};
    QJsonArray selectors { quote, position };
    for (const QJsonValue &s : a.foreign.value(lectern("otherSelectors")).toArray())
        selectors.append(s);
    o.insert(key("target"), QJsonObject { { key("source"), source }, { key("selector"), selectors } });

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

std::optional<Annotation> annotationFromJson(
    const QJsonObject &o, QString *error, const QDateTime &importTime, ReadNotes *notes)
{
    ReadNotes local;
    ReadNotes &note = notes ? *notes : local;
    note = ReadNotes();
    Annotation a;
    const QJsonValue idValue = o.value(key("id"));
    if (!idValue.isUndefined() && !idValue.isNull() && !idValue.isString()) {
        *error = QCoreApplication::translate("Lectern::Core::WebAnnotationJson", "an annotation's id is not an IRI");
        return std::nullopt;
    }
    const QString idText = idValue.toString();
    if (idText.startsWith(QStringLiteral("urn:uuid:")) || !idText.contains(QLatin1Char(':')))
        a.id = parseUrnUuid(idText);
    if (a.id.isNull()) {
        // The Annotation Protocol: the container gives an annotation without an IRI a new one.
        if (idText.isEmpty()) {
            a.id = QUuid::createUuid();
        } else {
            a.id = QUuid::createUuidV5(kIriNamespace, idText);
            a.foreign.insert(key("via"), idText);
        }
        note.idAssigned = true;
    }
    const QString kind = o.value(lectern("kind")).toString();
    if (!kind.isEmpty() && !Annotation::kindFromName(kind, &a.kind)) {
        *error
            = QCoreApplication::translate("Lectern::Core::WebAnnotationJson", "unknown annotation kind “%1”").arg(kind);
        return std::nullopt;
    }
    if (kind.isEmpty() && o.value(key("motivation")).toString() == QStringLiteral("editing"))
        a.kind = Annotation::Kind::EntityCorrection;
    const QJsonValue creatorValue = o.value(key("creator"));
    a.author = creatorName(creatorValue);
    if (creatorIsRich(creatorValue))
        a.foreign.insert(key("creator"), creatorValue);
    if (o.contains(key("generator")))
        a.foreign.insert(key("generator"), o.value(key("generator")));
    if (o.value(key("via")).isString() && !a.foreign.contains(key("via")))
        a.foreign.insert(key("via"), o.value(key("via")));
    a.created = parseTime(o.value(key("created")));
    if (!a.created.isValid()) {
        a.created = importTime.isValid() ? importTime.toUTC() : Annotation::now();
        note.createdAssigned = true;
    }
    a.modified = parseTime(o.value(key("modified")));
    if (!a.modified.isValid())
        a.modified = a.created; // not modified since it was made (the store needs a time)

    // Bodies: text with the purpose "tagging" is a tag, any other text is the comment (several
    // are joined by a blank line); a body that is no text (an IRI, a SpecificResource) is kept.
    QStringList comments;
    if (o.value(key("bodyValue")).isString())
        comments.append(o.value(key("bodyValue")).toString());
    QJsonArray otherBodies;
    for (const QJsonValue &b : asArray(o.value(key("body")))) {
        const QJsonObject body = b.toObject();
        const QString type = body.value(key("type")).toString();
        const bool textual = b.isObject() && body.value(key("value")).isString()
            && (type.isEmpty() || type == QStringLiteral("TextualBody"));
        if (!textual) {
            otherBodies.append(b);
            continue;
        }
        bool tagging = false;
        for (const QJsonValue &purpose : asArray(body.value(key("purpose"))))
            tagging = tagging || purpose.toString() == QStringLiteral("tagging");
        if (tagging)
            a.tags.append(body.value(key("value")).toString());
        else
            comments.append(body.value(key("value")).toString());
    }
    a.comment = comments.join(QStringLiteral("\n\n"));
    if (!otherBodies.isEmpty())
        a.foreign.insert(lectern("otherBodies"), otherBodies);

    // The targets: the first one with a selector Lectern can anchor is used.
    const QJsonArray targets = asArray(o.value(key("target")));
    if (targets.isEmpty()) {
        *error = QCoreApplication::translate(
            "Lectern::Core::WebAnnotationJson", "the annotation has no text selector: it has no target");
        return std::nullopt;
    }
    QJsonArray kept;
    SelectorReader reader { a.anchor, kept, false, false, QString() };
    for (const QJsonValue &t : targets) {
        for (const QJsonValue &s : asArray(t.toObject().value(key("selector")))) {
            if (s.isObject() && !reader.read(s.toObject(), false)) {
                *error = reader.error;
                return std::nullopt;
            }
        }
        if (reader.hasQuote || reader.hasPosition)
            break;
    }
    a.anchor = Anchoring::boundedContext(a.anchor); // a file may carry megabytes of "context"
    if (!reader.hasQuote && !reader.hasPosition) {
        *error = kept.isEmpty() ? QCoreApplication::translate("Lectern::Core::WebAnnotationJson",
                     "the target has no text selector (TextQuoteSelector or TextPositionSelector)")
                                : QCoreApplication::translate("Lectern::Core::WebAnnotationJson",
                                    "the target has no selector Lectern can anchor in the text (%1)")
                                      .arg(kept.first().toObject().value(key("type")).toString());
        return std::nullopt;
    }
    if (!kept.isEmpty()) {
        a.foreign.insert(lectern("otherSelectors"), kept);
        note.selectorsKept = int(kept.size());
    }

    const QString status = o.value(lectern("status")).toString(QStringLiteral("open"));
    if (!Annotation::statusFromName(status, &a.status)) {
        *error = QCoreApplication::translate("Lectern::Core::WebAnnotationJson", "unknown status “%1”").arg(status);
        return std::nullopt;
    }
    a.orphan = o.value(lectern("orphan")).toBool(false);
    if (a.kind == Annotation::Kind::EntityCorrection) {
        const auto correction = EntityCorrection::fromJson(o.value(lectern("correction")).toObject());
        if (!correction) {
            *error
                = QCoreApplication::translate("Lectern::Core::WebAnnotationJson", "an entity correction is malformed");
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
        if (!out.created.isValid())
            out.created = a.created;
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

std::optional<Collection> importCollection(const QByteArray &bytes, QString *error, const QDateTime &importTime)
{
    const QDateTime now = importTime.isValid() ? importTime.toUTC() : Annotation::now();
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
            *error = QCoreApplication::translate(
                "Lectern::Core::WebAnnotationJson", "The file is not a W3C Web Annotation collection.");
            return std::nullopt;
        }
    }
    if (items.size() > maxAnnotations) {
        *error = QCoreApplication::translate(
            "Lectern::Core::WebAnnotationJson", "The file holds too many annotations (%1; the limit is %2).")
                     .arg(items.size())
                     .arg(maxAnnotations);
        return std::nullopt;
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString itemError;
        const QJsonObject item = items.at(i).toObject();
        if (!items.at(i).isObject()) {
            *error
                = QCoreApplication::translate("Lectern::Core::WebAnnotationJson", "Annotation %1 cannot be read: %2.")
                      .arg(i + 1)
                      .arg(QCoreApplication::translate("Lectern::Core::WebAnnotationJson", "it is not a JSON object"));
            return std::nullopt;
        }
        ReadNotes notes;
        const auto a = annotationFromJson(item, &itemError, now, &notes);
        if (!a) {
            *error
                = QCoreApplication::translate("Lectern::Core::WebAnnotationJson", "Annotation %1 cannot be read: %2.")
                      .arg(i + 1)
                      .arg(itemError);
            return std::nullopt;
        }
        out.idsAssigned += notes.idAssigned ? 1 : 0;
        out.createdAssigned += notes.createdAssigned ? 1 : 0;
        out.selectorsKept += notes.selectorsKept;
        const QJsonValue target = asArray(item.value(key("target"))).first();
        const QString itemSource = target.isString() ? target.toString() : target.toObject().value(key("source")).toString();
        if (out.source.isEmpty())
            out.source = itemSource;
        out.sources.append(itemSource);
        out.annotations.append(*a);
    }
    return out;
}

int completeQuotes(QList<Annotation> &annotations, const QString &text)
{
    const TextOffsets offsets(text);
    int filled = 0;
    for (Annotation &a : annotations) {
        if (!a.anchor.exact.isEmpty() || a.anchor.end <= a.anchor.start || a.anchor.end > offsets.codePointLength())
            continue;
        a.anchor = Anchoring::anchorAt(text, offsets.toUtf16(a.anchor.start), offsets.toUtf16(a.anchor.end));
        ++filled;
    }
    return filled;
}

} // namespace Lectern::Core::WebAnnotationJson
