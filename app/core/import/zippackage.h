#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Lectern::Core {

// A ZIP archive read from memory (libzip), for the office importers (.docx, .odt) and the review
// export. Reading is bounded whatever the archive claims: at most maxEntries entries, at most
// maxPartSize bytes uncompressed per part and maxTotalSize bytes over all the parts read (a part
// that inflates past its limit is refused, whatever size its header declares), no encrypted part.
// Nested archives are never opened. Errors are complete English sentences without the file name.
// Not thread-safe per object; no shared state.
class ZipPackage final
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Core::ZipPackage)

public:
    static constexpr qsizetype maxEntries = 10'000;
    static constexpr qint64 maxPartSize = 64 * 1024 * 1024;
    static constexpr qint64 maxTotalSize = 256 * 1024 * 1024;

    struct Entry
    {
        QString name;
        qint64 size = 0;           // as declared by the archive
        qint64 compressedSize = 0;
        bool encrypted = false;
    };

    ZipPackage();
    ~ZipPackage();
    ZipPackage(const ZipPackage &) = delete;
    ZipPackage &operator=(const ZipPackage &) = delete;

    // True when bytes start like a ZIP archive (a local file header or an empty archive).
    static bool looksLikeZip(const QByteArray &bytes);

    // Opens the archive (bytes must outlive this object). False with errorString() set when it is
    // no ZIP archive, is damaged, or has more than maxEntries entries.
    bool open(const QByteArray &bytes);
    QString errorString() const { return m_error; }

    const QList<Entry> &entries() const { return m_entries; } // archive order
    bool contains(const QString &name) const;
    // The uncompressed bytes of one part; nullopt with errorString() set when it is missing,
    // encrypted, damaged (CRC), or beyond the limits.
    std::optional<QByteArray> read(const QString &name);

    // A new archive with the given parts in this order, each stamped 1980-01-01 00:00 (the same
    // bytes every run). store: kept uncompressed (ODF's "mimetype" must be). Empty on failure.
    struct OutEntry
    {
        QString name;
        QByteArray data;
        bool store = false;
    };
    static QByteArray write(const QList<OutEntry> &entries, QString *error = nullptr);

private:
    struct Handle;
    std::unique_ptr<Handle> m_handle;
    QList<Entry> m_entries;
    QString m_error;
    qint64 m_totalRead = 0;
};

} // namespace Lectern::Core
