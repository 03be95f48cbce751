#include "import/zippackage.h"

#include "util/logging.h"

#include <zip.h>

namespace Lectern::Core {

struct ZipPackage::Handle
{
    zip_t *archive = nullptr;
    ~Handle()
    {
        if (archive)
            zip_discard(archive);
    }
};

ZipPackage::ZipPackage() = default;
ZipPackage::~ZipPackage() = default;

bool ZipPackage::looksLikeZip(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArray("PK\x03\x04", 4)) || bytes.startsWith(QByteArray("PK\x05\x06", 4))
        || bytes.startsWith(QByteArray("PK\x07\x08", 4));
}

bool ZipPackage::open(const QByteArray &bytes)
{
    m_handle.reset();
    m_entries.clear();
    m_totalRead = 0;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    if (!source) {
        zip_error_fini(&error);
        m_error = tr("The archive cannot be read.");
        return false;
    }
    zip_t *archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!archive) {
        const int code = zip_error_code_zip(&error);
        qCDebug(lcImport) << "zip_open_from_source:" << zip_error_strerror(&error);
        zip_source_free(source);
        zip_error_fini(&error);
        m_error = code == ZIP_ER_NOZIP && !looksLikeZip(bytes) ? tr("The file is not a ZIP archive.")
                                       : tr("The ZIP archive is damaged (truncated or inconsistent).");
        return false;
    }
    zip_error_fini(&error);
    m_handle = std::make_unique<Handle>();
    m_handle->archive = archive;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    if (count > maxEntries) {
        m_error = tr("The archive has %1 parts; Lectern opens documents of up to %2.").arg(count).arg(maxEntries);
        m_handle.reset();
        return false;
    }
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_NAME))
            continue;
        Entry e;
        e.name = QString::fromUtf8(st.name);
        e.size = (st.valid & ZIP_STAT_SIZE) ? qint64(qMin<zip_uint64_t>(st.size, zip_uint64_t(1) << 62)) : 0;
        e.compressedSize = (st.valid & ZIP_STAT_COMP_SIZE) ? qint64(qMin<zip_uint64_t>(st.comp_size, zip_uint64_t(1) << 62)) : 0;
        e.encrypted = (st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE;
        m_entries.append(e);
    }
    return true;
}

bool ZipPackage::contains(const QString &name) const
{
    for (const Entry &e : m_entries)
        if (e.name == name)
            return true;
    return false;
}

std::optional<QByteArray> ZipPackage::read(const QString &name)
{
    if (!m_handle) {
        m_error = tr("The archive is not open.");
        return std::nullopt;
    }
    const Entry *entry = nullptr;
    for (const Entry &e : m_entries)
        if (e.name == name)
            entry = &e;
    if (!entry) {
        m_error = tr("The document has no part “%1”.").arg(name);
        return std::nullopt;
    }
    if (entry->encrypted) {
        m_error = tr("The document is encrypted (password-protected); save it without a password and open it again.");
        return std::nullopt;
    }
    const auto tooLarge = [&] {
        m_error = tr("The part “%1” is larger than %2 MB uncompressed (a ZIP bomb?); Lectern does not read it.")
                      .arg(name)
                      .arg(maxPartSize / (1024 * 1024));
        return std::nullopt;
    };
    if (entry->size > maxPartSize)
        return tooLarge();
    if (m_totalRead + entry->size > maxTotalSize) {
        m_error = tr("The document's parts add up to more than %1 MB uncompressed (a ZIP bomb?).")
                      .arg(maxTotalSize / (1024 * 1024));
        return std::nullopt;
    }
    const QByteArray utf8 = name.toUtf8();
    const zip_int64_t index = zip_name_locate(m_handle->archive, utf8.constData(), 0);
    zip_file_t *file = index < 0 ? nullptr : zip_fopen_index(m_handle->archive, zip_uint64_t(index), 0);
    if (!file) {
        const int code = zip_error_code_zip(zip_get_error(m_handle->archive));
        m_error = code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD
            ? tr("The document is encrypted (password-protected); save it without a password and open it again.")
            : code == ZIP_ER_COMPNOTSUPP ? tr("The part “%1” uses a compression method Lectern cannot read.").arg(name)
                                         : tr("The part “%1” cannot be read: the archive is damaged.").arg(name);
        return std::nullopt;
    }
    QByteArray data;
    data.reserve(qsizetype(qMin<qint64>(entry->size, 4 * 1024 * 1024)));
    char buffer[64 * 1024];
    bool failed = false, over = false;
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
        if (n < 0) {
            failed = true;
            break;
        }
        if (n == 0)
            break;
        data.append(buffer, qsizetype(n));
        // The header may lie: the limit is on what actually comes out.
        if (data.size() > maxPartSize || m_totalRead + data.size() > maxTotalSize) {
            over = true;
            break;
        }
    }
    zip_fclose(file);
    if (over)
        return tooLarge();
    if (failed) {
        m_error = tr("The part “%1” cannot be read: the archive is damaged.").arg(name);
        return std::nullopt;
    }
    m_totalRead += data.size();
    return data;
}

QByteArray ZipPackage::write(const QList<OutEntry> &entries, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return QByteArray();
    };
    zip_error_t zerror;
    zip_error_init(&zerror);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &zerror);
    zip_error_fini(&zerror);
    if (!buffer)
        return fail(tr("The archive cannot be created."));
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, nullptr);
    if (!archive) {
        zip_source_free(buffer);
        return fail(tr("The archive cannot be created."));
    }
    zip_source_keep(buffer);
    bool ok = true;
    for (const OutEntry &e : entries) {
        zip_source_t *part = zip_source_buffer(archive, e.data.constData(), zip_uint64_t(e.data.size()), 0);
        const QByteArray name = e.name.toUtf8();
        const zip_int64_t index = part ? zip_file_add(archive, name.constData(), part, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (part)
                zip_source_free(part);
            ok = false;
            break;
        }
        // DOS time 00:00:00, date 1980-01-01: (0 << 9) | (1 << 5) | 1.
        ok = zip_set_file_compression(archive, zip_uint64_t(index), e.store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 6) == 0
            && zip_file_set_dostime(archive, zip_uint64_t(index), 0, (1 << 5) | 1, 0) == 0;
        if (!ok)
            break;
    }
    if (!ok || zip_close(archive) != 0) {
        if (ok)
            qCDebug(lcImport) << "zip_close:" << zip_strerror(archive);
        zip_discard(archive);
        zip_source_free(buffer);
        return fail(tr("The archive cannot be written."));
    }
    QByteArray out;
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_source_stat(buffer, &st) == 0 && zip_source_open(buffer) == 0) {
        out.resize(qsizetype(st.size));
        const zip_int64_t n = zip_source_read(buffer, out.data(), st.size);
        zip_source_close(buffer);
        if (n != zip_int64_t(st.size))
            out.clear();
    }
    zip_source_free(buffer);
    if (out.isEmpty())
        return fail(tr("The archive cannot be written."));
    return out;
}

} // namespace Lectern::Core
