// Every input the fuzzers (tests/fuzz) ever crashed on, kept in tests/data/fuzz-regressions/<target>/,
// plus the fuzz seeds in tests/data/fuzz/<target>/, run through the same entry points in the normal
// build: each must give a clean answer (a result or an error sentence), never a crash or a hang.
// Under the asan preset these run with AddressSanitizer and UndefinedBehaviorSanitizer too.
#include "extract/extractor.h"
#include "extract/gazetteer.h"
#include "extract/taggermodel.h"
#include "extract/numberparser.h"
#include "import/articleimporter.h"
#include "import/htmlimporter.h"
#include "import/markdownimporter.h"
#include "import/portaltextimporter.h"
#include "import/textdecoder.h"
#include "review/reviewfile.h"
#include "review/webannotationjson.h"

#include "../fuzz/libraryfilefuzz.h"
#include "../fuzz/officefuzz.h"
#include "../fuzz/pdffuzz.h"
#include "../fuzz/reviewimportfuzz.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace Lectern::Core;

namespace {

bool cleanImport(const ImportResult &r)
{
    return r.ok() || !r.error.isEmpty();
}

// The same calls as tests/fuzz/fuzz_<target>.cpp, with the same invariants. Returns an
// explanation when an invariant does not hold.
QString runTarget(const QString &target, const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    if (target == QLatin1String("portaltext"))
        return cleanImport(PortalTextImporter::import(text)) ? QString() : QStringLiteral("failed import without an error");
    if (target == QLatin1String("html"))
        return cleanImport(HtmlImporter::import(text)) ? QString() : QStringLiteral("failed import without an error");
    if (target == QLatin1String("markdown")) {
        (void)MarkdownImporter::stripInline(text.left(4096));
        return cleanImport(MarkdownImporter::import(text)) ? QString() : QStringLiteral("failed import without an error");
    }
    if (target == QLatin1String("decoder")) {
        (void)TextDecoder::decode(bytes);
        (void)TextDecoder::decodeWindows1258(bytes);
        static const char *const hints[] = {"a.txt", "a.html", "a.md", ""};
        const QString hint = QString::fromLatin1(hints[bytes.isEmpty() ? 3 : uchar(bytes.at(0)) % 4]);
        return cleanImport(ArticleImporter::importBytes(bytes, hint)) ? QString() : QStringLiteral("failed import without an error");
    }
    if (target == QLatin1String("extractor")) {
        static const Extractor extractor(Gazetteer::builtIn(), TaggerModel::bundled());
        const QString nfc = text.normalized(QString::NormalizationForm_C);
        const ExtractionResult result = extractor.extract(nfc);
        for (const Metric &m : result.metrics)
            if (!std::isfinite(m.value) || m.span.start < 0 || m.span.end > nfc.size())
                return QStringLiteral("a metric out of bounds");
        return {};
    }
    if (target == QLatin1String("numberparser")) {
        if (bytes.isEmpty())
            return {};
        const int exponent = int(uchar(bytes.at(0)) % 64) - 32;
        const QString t = QString::fromUtf8(bytes.mid(1));
        (void)NumberParser::parse(t);
        for (qsizetype i = 0; i < t.size(); ++i) {
            if (t.at(i) < QLatin1Char('0') || t.at(i) > QLatin1Char('9'))
                continue;
            const Numeral n = NumberParser::read(t, i);
            if (n.start != i || n.end <= i || n.end > t.size() || !std::isfinite(n.value))
                return QStringLiteral("read() out of bounds at %1").arg(i);
            const double v = NumberParser::scaled(n, exponent);
            if (!std::isfinite(v) || v > NumberParser::maxValue)
                return QStringLiteral("scaled() not capped at %1").arg(i);
            i = n.end - 1;
        }
        return {};
    }
    if (target == QLatin1String("jsonld")) {
        QString error;
        const auto c = WebAnnotationJson::importCollection(bytes, &error);
        if (!c)
            return error.isEmpty() ? QStringLiteral("refused without an error") : QString();
        Article article;
        article.url = QStringLiteral("https://example.invalid/fuzz");
        const auto back = WebAnnotationJson::importCollection(WebAnnotationJson::exportCollection(article, c->annotations), &error);
        if (!back || back->annotations != c->annotations)
            return QStringLiteral("the export/import round trip is not exact: %1").arg(error);
        return {};
    }
    if (target == QLatin1String("reviewfile")) {
        QString error;
        const auto c = ReviewFile::read(bytes, &error);
        if (!c)
            return error.isEmpty() ? QStringLiteral("refused without an error") : QString();
        const auto back = ReviewFile::read(ReviewFile::write(*c), &error);
        if (!back || back->article.text() != c->article.text() || back->annotations != c->annotations)
            return QStringLiteral("a written review file does not read again: %1").arg(error);
        return {};
    }
    if (target == QLatin1String("libraryfile"))
        return LibraryFileFuzz::run(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
    if (target == QLatin1String("reviewimport"))
        return ReviewImportFuzz::run(bytes);
    if (target == QLatin1String("office"))
        return OfficeFuzz::run(bytes);
    if (target == QLatin1String("pdf"))
        return PdfFuzz::run(bytes);
    return QStringLiteral("unknown fuzz target %1").arg(target);
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void inputs_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        for (const char *root : {"fuzz-regressions", "fuzz"}) {
            const QDir dir(QStringLiteral(LECTERN_TEST_DATA "/") + QLatin1String(root));
            for (const QString &target : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
                QDirIterator it(dir.filePath(target), QDir::Files);
                QStringList files;
                while (it.hasNext())
                    files.append(it.next());
                files.sort();
                for (const QString &file : files)
                    QTest::newRow(qPrintable(QLatin1String(root) + QLatin1Char('/') + target + QLatin1Char('/')
                                             + QFileInfo(file).fileName()))
                        << target << file;
            }
        }
    }

    void inputs()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString problem = runTarget(target, f.readAll());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
