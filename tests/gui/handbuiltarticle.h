#pragma once

// A fixture article for the GUI tests: its text as the importer reads it from tests/data, its
// entities written by hand at offsets found in that text, so a test of the widgets (panels,
// highlights, correction menus, undo) checks the widgets and not what today's extractor finds
// (as tst_reader.cpp does with an article built in code). Open the result through the window's
// DocumentManager (documents()->openLoaded(result(), options)).
#include "document/articleloader.h"
#include "import/articleimporter.h"

#include <QString>
#include <QStringList>

namespace Lectern::Test {

class HandBuiltArticle
{
public:
    // Imports path (no extraction); result().entities stays empty until entities are added.
    explicit HandBuiltArticle(const QString &path)
        : m_path(path)
        , m_import(Core::ArticleImporter::importFile(path))
    {
        if (m_import.ok())
            m_text = m_import.article->text();
        else
            m_missing << QStringLiteral("import of %1: %2").arg(path, m_import.error);
    }

    // False when the import failed or a surface given to mention() is not in the text (the
    // fixture changed): the test must stop, not run on misplaced entities.
    bool ok() const { return m_missing.isEmpty(); }
    QString error() const { return m_missing.join(QStringLiteral("; ")); }
    const QString &text() const { return m_text; }

    // The occurrence-th (0-based) appearance of surface in the article text.
    Core::Mention mention(const QString &surface, int occurrence = 0)
    {
        qsizetype at = -1;
        for (int i = 0; i <= occurrence; ++i) {
            at = m_text.indexOf(surface, at + 1);
            if (at < 0)
                break;
        }
        if (at < 0) {
            m_missing << QStringLiteral("“%1” #%2 is not in %3").arg(surface).arg(occurrence).arg(m_path);
            return {};
        }
        Core::Mention m;
        m.span = {at, at + surface.size()};
        m.text = surface;
        return m;
    }

    // A person, organization or place with its mentions (in text order).
    void add(Core::EntityKind kind, const QString &name, const QList<Core::Mention> &mentions,
             const QStringList &roles = {}, const QStringList &aliases = {})
    {
        Core::Entity e;
        e.type = kind;
        e.name = name;
        e.roles = roles;
        e.aliases = aliases;
        e.mentions = mentions;
        m_entities.entitiesOf(kind)->append(e);
    }

    // A figure at the first appearance of surface.
    void addMetric(Core::MetricKind kind, double value, const QString &surface, const QString &unit,
                   const QString &currency = {}, const QString &direction = {})
    {
        const Core::Mention at = mention(surface);
        Core::Metric m;
        m.kind = kind;
        m.value = value;
        m.unit = unit;
        m.currency = currency;
        m.direction = direction;
        m.span = at.span;
        m.text = surface;
        m_entities.metrics.append(m);
    }

    // What the loader would hand over for this file, with the hand-made entities.
    Core::LoadResult result() const
    {
        Core::LoadResult r;
        r.import = m_import;
        r.entities = m_entities;
        r.path = m_path;
        return r;
    }

private:
    QString m_path;
    Core::ImportResult m_import;
    QString m_text;
    Core::ExtractionResult m_entities;
    QStringList m_missing;
};

} // namespace Lectern::Test
