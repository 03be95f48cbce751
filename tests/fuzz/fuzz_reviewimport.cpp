// Review files and W3C annotation collections from other people, structure-aware: a custom
// mutator parses the input as JSON and changes one node (a value of another type or size, markup,
// a removed key, a duplicated or swapped item, an id or a target taken from elsewhere), so the
// fuzzer explores documents the parsers accept. What is read is then imported by the one import
// rule into a database that already holds work: that work is never changed, moved or lost.
#include "fuzzsupport.h"

#include "reviewimportfuzz.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <cstdio>
#include <cstring>


extern "C" size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t maxSize);

namespace {

QJsonValue mutateValue(const QJsonValue &v, QRandomGenerator &rng, const QJsonValue &elsewhere);

QJsonValue replacement(QRandomGenerator &rng, const QJsonValue &elsewhere)
{
    switch (rng.bounded(12)) {
    case 0: return QJsonValue();
    case 1: return QJsonValue(2147483647.0);
    case 2: return QJsonValue(-1);
    case 3: return QJsonValue(1e300);
    case 4: return QJsonValue(QString());
    case 5: return QJsonValue(QString(int(rng.bounded(1, 200000)), QLatin1Char('x')));
    case 6: return QJsonValue(QStringLiteral("<img src=\"/dev/zero\"> Tin \u202etức"));
    case 7: return QJsonValue(QStringLiteral("urn:uuid:00000000-0000-4000-8000-000000000001")); // the stored id
    case 8: return QJsonValue(QJsonArray{});
    case 9: return QJsonValue(QJsonObject{});
    case 10: return QJsonValue(true);
    default: return elsewhere;
    }
}

QJsonValue mutateValue(const QJsonValue &v, QRandomGenerator &rng, const QJsonValue &elsewhere)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        if (o.isEmpty() || rng.bounded(8) == 0)
            return replacement(rng, elsewhere);
        const QStringList keys = o.keys();
        const QString key = keys.at(int(rng.bounded(qsizetype(keys.size()))));
        if (rng.bounded(6) == 0)
            o.remove(key);
        else
            o.insert(key, mutateValue(o.value(key), rng, elsewhere));
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        if (a.isEmpty() || rng.bounded(8) == 0)
            return replacement(rng, elsewhere);
        const qsizetype i = rng.bounded(a.size());
        switch (rng.bounded(4)) {
        case 0: a.append(a.at(i)); break; // a duplicated item (same ids)
        case 1: a.removeAt(i); break;
        case 2: {
            const qsizetype j = rng.bounded(a.size());
            const QJsonValue first = a.at(i);
            a[i] = a.at(j);
            a[j] = first;
            break;
        }
        default: a[i] = mutateValue(a.at(i), rng, elsewhere); break;
        }
        return a;
    }
    return replacement(rng, elsewhere);
}

// A value from somewhere else in the document (an id, a source, a selector…).
QJsonValue pick(const QJsonValue &v, QRandomGenerator &rng, int depth = 0)
{
    if (depth > 8 || rng.bounded(4) == 0)
        return v;
    if (v.isObject() && !v.toObject().isEmpty()) {
        const QJsonObject o = v.toObject();
        return pick(o.value(o.keys().at(int(rng.bounded(qsizetype(o.size()))))), rng, depth + 1);
    }
    if (v.isArray() && !v.toArray().isEmpty())
        return pick(v.toArray().at(rng.bounded(v.toArray().size())), rng, depth + 1);
    return v;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    LecternFuzz::initialise();
    ReviewImportFuzz::fixture();
    return 0;
}

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t maxSize, unsigned int seed)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return LLVMFuzzerMutate(data, size, maxSize);
    QRandomGenerator rng(seed);
    const QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    const QJsonValue mutated = mutateValue(root, rng, pick(root, rng));
    QByteArray out;
    if (mutated.isObject())
        out = QJsonDocument(mutated.toObject()).toJson(QJsonDocument::Compact);
    else if (mutated.isArray())
        out = QJsonDocument(mutated.toArray()).toJson(QJsonDocument::Compact);
    if (out.isEmpty() || size_t(out.size()) > maxSize)
        return LLVMFuzzerMutate(data, size, maxSize);
    memcpy(data, out.constData(), size_t(out.size()));
    return size_t(out.size());
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString problem =
        ReviewImportFuzz::run(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!problem.isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(problem));
    LecternFuzz::check(problem.isEmpty(), "review import invariants");
    return 0;
}
