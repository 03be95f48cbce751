#include "extract/gazetteer.h"

#include "util/logging.h"
#include "util/textfold.h"

#include <QFile>
#include <functional>

namespace Lectern::Core {

namespace {

Gazetteer::PlaceKind placeKind(QStringView kind)
{
    if (kind == u"province")
        return Gazetteer::PlaceKind::Province;
    if (kind == u"city")
        return Gazetteer::PlaceKind::City;
    if (kind == u"district")
        return Gazetteer::PlaceKind::District;
    if (kind == u"country")
        return Gazetteer::PlaceKind::Country;
    if (kind == u"region")
        return Gazetteer::PlaceKind::Region;
    return Gazetteer::PlaceKind::Other;
}

QStringList fields(const QString &line)
{
    QStringList out = line.split(QLatin1Char('|'));
    for (QString &f : out)
        f = f.trimmed();
    out.removeAll(QString());
    return out;
}

} // namespace

Gazetteer::Gazetteer(const QString &dir, const QString &userPath)
{
    loadLines(dir + QStringLiteral("/surnames.txt"),
              [this](const QString &l) { m_surnames.insert(TextFold::matchKey(l)); });
    loadLines(dir + QStringLiteral("/given-names.txt"),
              [this](const QString &l) { m_givenNames.insert(TextFold::matchKey(l)); });
    loadLines(dir + QStringLiteral("/honorifics.txt"), [this](const QString &l) { m_honorifics.insert(l, 0); });
    loadLines(dir + QStringLiteral("/person-cues.txt"), [this](const QString &l) { m_personCues.insert(l, 0); });
    loadLines(dir + QStringLiteral("/titles.txt"), [this](const QString &l) { m_titles.insert(l, 0); });
    loadLines(dir + QStringLiteral("/organization-heads.txt"), [this](const QString &l) {
        const QStringList f = fields(l);
        if (!f.isEmpty())
            m_orgHeads.insert(f.first(), f.size() > 1 && f.at(1) == u"place" ? 1 : 0);
    });
    loadLines(dir + QStringLiteral("/organizations.txt"), [this](const QString &l) {
        const QStringList f = fields(l);
        if (f.isEmpty())
            return;
        const int index = int(m_orgNames.size());
        m_orgNames.append(f.first());
        for (const QString &name : f)
            m_orgs.insert(name, index);
    });
    loadLines(dir + QStringLiteral("/abbreviations.txt"), [this](const QString &l) {
        const QStringList f = fields(l);
        if (f.size() >= 2)
            m_abbreviations.insert(TextFold::matchKey(f.at(0)), PhraseTable::keysOf(f.at(1)));
    });
    loadLines(dir + QStringLiteral("/places.txt"), [this](const QString &l) {
        const QStringList f = fields(l);
        if (f.size() < 2)
            return;
        PlaceEntry e;
        e.name = f.at(0);
        e.ambiguous = f.at(1).endsWith(QLatin1Char('?'));
        e.kind = placeKind(e.ambiguous ? QStringView(f.at(1)).chopped(1) : QStringView(f.at(1)));
        const int index = int(m_placeEntries.size());
        m_placeEntries.append(e);
        m_places.insert(f.at(0), index);
        for (qsizetype i = 2; i < f.size(); ++i)
            m_places.insert(f.at(i), index);
    });
    loadUser(userPath);
    for (const PhraseTable *table : {&m_honorifics, &m_personCues, &m_titles, &m_orgHeads, &m_orgs, &m_places, &m_user})
        for (const QString &k : table->firstKeys())
            m_starters.insert(k);
    for (const char16_t *w : {u"phó", u"quyền", u"nguyên", u"cựu", u"tân", u"tỉnh", u"thành", u"tp", u"huyện", u"quận",
                              u"thị", u"xã", u"phường", u"thôn", u"ấp", u"tx", u"ảnh", u"công", u"ngân", u"tập", u"hãng",
                              u"tổng", u"báo"})
        m_starters.insert(TextFold::matchKey(QString::fromUtf16(w)));
}

void Gazetteer::loadLines(const QString &path, const std::function<void(const QString &)> &take)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcExtract) << "gazetteer not readable:" << path << file.errorString();
        return;
    }
    const QString all = TextFold::normalizeText(QString::fromUtf8(file.readAll()));
    const QStringList lines = all.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        take(line);
    }
}

void Gazetteer::loadUser(const QString &path)
{
    if (path.isEmpty() || !QFile::exists(path))
        return;
    loadLines(path, [this](const QString &line) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return;
        const QString directive = line.left(colon).trimmed().toLower();
        const QStringList f = fields(line.mid(colon + 1));
        if (f.isEmpty())
            return;
        UserKind kind;
        if (directive == u"person")
            kind = UserKind::Person;
        else if (directive == u"organization" || directive == u"organisation")
            kind = UserKind::Organization;
        else if (directive == u"place")
            kind = UserKind::Place;
        else if (directive == u"block")
            kind = UserKind::Block;
        else
            return;
        const int index = int(m_userEntries.size());
        m_userEntries.append(UserEntry{kind, f.first()});
        for (const QString &name : f)
            m_user.insert(name, index);
    });
}

std::shared_ptr<const Gazetteer> Gazetteer::builtIn()
{
    // Function-local statics are initialised once, thread-safely (C++11 "magic statics").
    static const auto instance = std::make_shared<const Gazetteer>(QStringLiteral(":/gazetteers"), QString());
    return instance;
}

} // namespace Lectern::Core
