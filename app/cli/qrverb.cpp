#include "qrverb.h"

#include "document/articleloader.h"
#include "clioutput.h"
#include "qr/qrencoder.h"
#include "render/articlepayload.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace Lectern::Cli {

using namespace Lectern::Core;

namespace {

// The translation context of this verb's messages.
struct QrVerb
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Cli::QrVerb)
};

int fail(const QString &message, int code = ExitFailure)
{
    return reportError(QStringLiteral("qr"), message, ExitCode(code));
}

} // namespace

int runQr(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QrVerb::tr("Write the QR code of an article (its URL, or a citation with its content "
                   "hash) or of a given payload, as PNG or SVG."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("file"), QrVerb::tr("Article file (text, HTML, Markdown)."), QStringLiteral("[FILE]"));
    const QCommandLineOption outOption({ QStringLiteral("o"), QStringLiteral("output") },
        QrVerb::tr("Output file: .png or .svg."), QStringLiteral("OUT"));
    const QCommandLineOption payloadOption(QStringLiteral("payload"),
        QrVerb::tr("Encode this text instead of the article's payload."), QStringLiteral("TEXT"));
    const QCommandLineOption eccOption(QStringLiteral("ecc"), QrVerb::tr("Error correction: L, M, Q or H (default M)."),
        QStringLiteral("LEVEL"), QStringLiteral("M"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), QrVerb::tr("Image side in pixels (default 400)."),
        QStringLiteral("PX"), QStringLiteral("400"));
    parser.addOptions({outOption, payloadOption, eccOption, sizeOption});
    if (!parser.parse(arguments))
        return fail(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        writeOutLine(parser.helpText());
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return fail(QrVerb::tr("one article at a time (usage: lectern qr FILE -o OUT.png|OUT.svg)"), 2);
    if (files.isEmpty() && !parser.isSet(payloadOption))
        return fail(QrVerb::tr("no file given (usage: lectern qr FILE -o OUT.png|OUT.svg [--payload TEXT])"), 2);
    const QString out = parser.value(outOption);
    if (out.isEmpty())
        return fail(QrVerb::tr("no output given (-o OUT.png or -o OUT.svg)"), 2);
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        return fail(QrVerb::tr("%1: the output must end in .png or .svg").arg(out), 2);
    const std::optional<QrEcc> ecc = QrEncoder::eccFromName(parser.value(eccOption));
    if (!ecc)
        return fail(QrVerb::tr("--ecc must be L, M, Q or H, not '%1'").arg(parser.value(eccOption)), 2);
    bool sizeOk = false;
    const int size = parser.value(sizeOption).toInt(&sizeOk);
    if (!sizeOk || size < 21 || size > 20000)
        return fail(
            QrVerb::tr("--size must be a number of pixels from 21 to 20000, not '%1'").arg(parser.value(sizeOption)),
            2);

    QString payload = parser.value(payloadOption);
    if (!parser.isSet(payloadOption)) {
        const LoadResult loaded = loadArticle(files.first());
        if (!loaded.import.ok())
            return fail(QStringLiteral("%1: %2").arg(files.first(), loaded.import.error));
        payload = ArticlePayload::forArticle(*loaded.import.article);
    }
    const QrEncodeResult encoded = QrEncoder::encode(payload, *ecc);
    if (!encoded.ok())
        return fail(encoded.error);

    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QrVerb::tr("%1: cannot be written: %2").arg(out, file.errorString()));
    bool written = false;
    if (suffix == QLatin1String("svg"))
        written = file.write(encoded.code->toSvg(parser.isSet(sizeOption) ? size : 0).toUtf8()) >= 0;
    else
        written = encoded.code->toImage(size).save(&file, "PNG");
    if (!written || !file.commit())
        return fail(QrVerb::tr("%1: cannot be written: %2").arg(out, file.errorString()));
    writeErrLine(QrVerb::tr("lectern qr: %1 (%2 × %2 modules, ECC %3)")
                     .arg(out)
                     .arg(encoded.code->size())
                     .arg(QrEncoder::eccName(*ecc)));
    return 0;
}

} // namespace Lectern::Cli
