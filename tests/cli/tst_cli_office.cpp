// The review loop with real clients: a .docx written by python-docx is reviewed with `lectern
// annotations`, exported back into the draft (--format docx), and read by python-docx (with
// zipfile for the comments, which Debian's python-docx 0.8 cannot read) and by LibreOffice
// (headless, converted to .odt: the comments must survive as office:annotation). LibreOffice-made
// .odt and .docx files with comments are imported, and an .odt review export is read back by
// LibreOffice too. Skipped cleanly without /usr/bin/python3 + python3-docx, or without soffice
// (for the LibreOffice parts).
#include "lecternprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The content.xml of an .odt, through python's zipfile (a client's reading, not Lectern's).
QString odtContent(const QString &path)
{
    QProcess p;
    p.start(kPython, {QStringLiteral("-c"),
                      QStringLiteral("import sys,zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read('content.xml'))"),
                      path});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestCliOffice : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    bool m_python = false;
    QString m_soffice;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString db() const { return path(QStringLiteral("review.sqlite")); }

    // soffice --convert-to, with a profile of its own; the converted file's path, or empty.
    QString convert(const QString &file, const QString &to, const QString &outDir)
    {
        QDir().mkpath(outDir);
        QProcess p;
        p.start(m_soffice, {QStringLiteral("-env:UserInstallation=file://") + path(QStringLiteral("lo-profile")),
                            QStringLiteral("--headless"), QStringLiteral("--convert-to"), to, QStringLiteral("--outdir"),
                            outDir, file});
        if (!p.waitForFinished(180000))
            return {};
        const QString out = outDir + QLatin1Char('/') + QFileInfo(file).completeBaseName() + QLatin1Char('.') + to;
        return QFile::exists(out) ? out : QString();
    }

    QList<QJsonObject> docxComments(const QString &file, QStringList *paragraphs = nullptr)
    {
        QProcess p;
        p.start(kPython, {QStringLiteral(LECTERN_TEST_DATA "/office/docx_comments.py"), file});
        p.waitForFinished(60000);
        QList<QJsonObject> out;
        for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.contains(QStringLiteral("paragraphs"))) {
                if (paragraphs)
                    for (const auto &v : o.value(QStringLiteral("paragraphs")).toArray())
                        *paragraphs << v.toString();
            } else if (!o.isEmpty()) {
                out << o;
            }
        }
        if (p.exitCode() != 0)
            qWarning("docx_comments.py: %s", p.readAllStandardError().constData());
        return out;
    }

    // --start/--end (code points) of the first occurrence of quote in the article's text.
    QStringList spanOf(const QString &file, const QString &quote)
    {
        const Run r = lectern({QStringLiteral("extract"), file, QStringLiteral("--no-model")});
        const QString text = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("text")).toString();
        const qsizetype at = text.indexOf(quote);
        if (at < 0)
            return {};
        const qsizetype start = text.left(at).toUcs4().size();
        return {QStringLiteral("--start"), QString::number(start), QStringLiteral("--end"),
                QString::number(start + quote.toUcs4().size())};
    }

    QList<QJsonObject> listed(const QString &file)
    {
        const Run r = lectern({QStringLiteral("annotations"), QStringLiteral("list"), file, QStringLiteral("--db"), db()});
        QList<QJsonObject> out;
        for (const QByteArray &line : r.out.split('\n'))
            if (const QJsonObject o = QJsonDocument::fromJson(line).object(); !o.isEmpty())
                out << o;
        return out;
    }

    static QString exactOf(const QJsonObject &annotation)
    {
        const QJsonArray selectors = annotation.value(QStringLiteral("target")).toObject().value(QStringLiteral("selector")).toArray();
        for (const auto &s : selectors)
            if (s.toObject().value(QStringLiteral("type")).toString() == QLatin1String("TextQuoteSelector"))
                return s.toObject().value(QStringLiteral("exact")).toString();
        return {};
    }
    static QString bodyOf(const QJsonObject &annotation)
    {
        return QString::fromUtf8(QJsonDocument(annotation).toJson(QJsonDocument::Compact));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QProcess p;
        p.start(kPython, {QStringLiteral(LECTERN_TEST_DATA "/office/make_docx.py"), m_dir.path()});
        m_python = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        m_soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    }

    void exportReadByPythonDocxAndLibreOffice()
    {
        if (!m_python)
            QSKIP("Debian's python3-docx is not installed (/usr/bin/python3 -c 'import docx')");
        const QString draft = path(QStringLiteral("review.docx"));
        QStringList originalParagraphs;
        const QList<QJsonObject> before = docxComments(draft, &originalParagraphs);
        QCOMPARE(before.size(), 3);

        // The file's own comments are the review's annotations (a thread and a resolved one).
        QCOMPARE(listed(draft).size(), 2);
        const QStringList span = spanOf(draft, QStringLiteral("Nguyễn Văn An"));
        QVERIFY(!span.isEmpty());
        Run r = lectern(QStringList{QStringLiteral("annotations"), QStringLiteral("add"), draft} + span
                        + QStringList{QStringLiteral("--comment"), QStringLiteral("Kiểm tra tên đệm."), QStringLiteral("--tag"),
                                      QStringLiteral("name/title"), QStringLiteral("--author"), QStringLiteral("Lê Thu Hà"),
                                      QStringLiteral("--db"), db()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(listed(draft).size(), 3);

        const QString out = path(QStringLiteral("out.docx"));
        r = lectern({QStringLiteral("annotations"), QStringLiteral("export"), draft, QStringLiteral("--format"),
                     QStringLiteral("docx"), QStringLiteral("-o"), out, QStringLiteral("--db"), db()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString again = path(QStringLiteral("again.docx"));
        r = lectern({QStringLiteral("annotations"), QStringLiteral("export"), draft, QStringLiteral("--format"),
                     QStringLiteral("docx"), QStringLiteral("-o"), again, QStringLiteral("--db"), db()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readAll(again), readAll(out)); // byte for byte

        QStringList paragraphs;
        const QList<QJsonObject> comments = docxComments(out, &paragraphs);
        QCOMPARE(paragraphs, originalParagraphs); // python-docx reads the same text
        QCOMPARE(comments.size(), 4);             // the three of the file, kept, and the new one
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(comments.at(i).value(QStringLiteral("text")), before.at(i).value(QStringLiteral("text")));
            QCOMPARE(comments.at(i).value(QStringLiteral("range")), before.at(i).value(QStringLiteral("range")));
            QCOMPARE(comments.at(i).value(QStringLiteral("author")), before.at(i).value(QStringLiteral("author")));
        }
        QCOMPARE(comments.at(1).value(QStringLiteral("parent")).toString(), QStringLiteral("0"));
        const QJsonObject mine = comments.at(3);
        QCOMPARE(mine.value(QStringLiteral("range")).toString(), QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(mine.value(QStringLiteral("author")).toString(), QStringLiteral("Lê Thu Hà"));
        QCOMPARE(mine.value(QStringLiteral("initials")).toString(), QStringLiteral("LTH"));
        QVERIFY(mine.value(QStringLiteral("text")).toString().startsWith(QStringLiteral("Kiểm tra tên đệm.\nTags: name/title · Status: open")));

        if (m_soffice.isEmpty())
            QSKIP("LibreOffice (soffice, libreoffice-writer-nogui) is not installed: the LibreOffice check is skipped");
        const QString odt = convert(out, QStringLiteral("odt"), path(QStringLiteral("lo-out")));
        QVERIFY2(!odt.isEmpty(), "LibreOffice could not convert the exported .docx");
        const QString content = odtContent(odt);
        static const QRegularExpression annotation(
            QStringLiteral("<office:annotation office:name=\"([^\"]+)\"[^>]*><dc:creator>([^<]*)</dc:creator>.*?<text:p>([^<]*)</text:p>"));
        QMap<QString, QString> creatorByText, nameByText;
        for (auto it = annotation.globalMatch(content); it.hasNext();) {
            const auto m = it.next();
            creatorByText.insert(m.captured(3), m.captured(2));
            nameByText.insert(m.captured(3), m.captured(1));
        }
        QCOMPARE(creatorByText.value(QStringLiteral("Kiểm tra tên đệm.")), QStringLiteral("Lê Thu Hà"));
        QCOMPARE(creatorByText.value(QStringLiteral("Kiểm tra lại số đại biểu.")), QStringLiteral("Trần Minh"));
        // The range survived: the text between the annotation and its end.
        const QString name = nameByText.value(QStringLiteral("Kiểm tra tên đệm."));
        const qsizetype from = content.indexOf(QStringLiteral("</office:annotation>"),
                                               content.indexOf(QStringLiteral("office:name=\"%1\"").arg(name)));
        const qsizetype to = content.indexOf(QStringLiteral("<office:annotation-end office:name=\"%1\"").arg(name));
        QVERIFY(from > 0 && to > from);
        QString between = content.mid(from, to - from);
        between.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        QCOMPARE(between, QStringLiteral("Nguyễn Văn An"));
    }

    // Files LibreOffice made: its .odt and .docx with comments import with their ranges, and the
    // .odt review export reads back in LibreOffice.
    void libreOfficeFiles()
    {
        if (!m_python)
            QSKIP("Debian's python3-docx is not installed (/usr/bin/python3 -c 'import docx')");
        if (m_soffice.isEmpty())
            QSKIP("LibreOffice (soffice, libreoffice-writer-nogui) is not installed");
        const QString odt = convert(path(QStringLiteral("review.docx")), QStringLiteral("odt"), path(QStringLiteral("lo-odt")));
        QVERIFY(!odt.isEmpty());
        const QString docx = convert(odt, QStringLiteral("docx"), path(QStringLiteral("lo-docx")));
        QVERIFY(!docx.isEmpty());
        for (const QString &file : {odt, docx}) {
            const QList<QJsonObject> annotations = listed(file);
            QVERIFY2(annotations.size() >= 2, qPrintable(file));
            bool found = false;
            for (const QJsonObject &a : annotations)
                if (bodyOf(a).contains(QStringLiteral("Kiểm tra lại số đại biểu."))) {
                    found = true;
                    QCOMPARE(exactOf(a), QStringLiteral("250 đại biểu"));
                    QVERIFY(bodyOf(a).contains(QStringLiteral("Trần Minh")));
                }
            QVERIFY2(found, qPrintable(file));
        }

        // An .odt review export, read by LibreOffice (converted to .docx, read as above).
        const QStringList span = spanOf(odt, QStringLiteral("Chủ tịch UBND tỉnh"));
        QVERIFY(!span.isEmpty());
        Run r = lectern(QStringList{QStringLiteral("annotations"), QStringLiteral("add"), odt} + span
                        + QStringList{QStringLiteral("--comment"), QStringLiteral("Chức danh đầy đủ?"), QStringLiteral("--author"),
                                      QStringLiteral("Phạm Hoa"), QStringLiteral("--db"), db()});
        QCOMPARE(r.exitCode, 0);
        const QString out = path(QStringLiteral("reviewed.odt"));
        r = lectern({QStringLiteral("annotations"), QStringLiteral("export"), odt, QStringLiteral("--format"),
                     QStringLiteral("odt"), QStringLiteral("-o"), out, QStringLiteral("--db"), db()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString back = convert(out, QStringLiteral("docx"), path(QStringLiteral("lo-back")));
        QVERIFY(!back.isEmpty());
        bool found = false;
        for (const QJsonObject &c : docxComments(back))
            if (c.value(QStringLiteral("text")).toString().startsWith(QStringLiteral("Chức danh đầy đủ?"))) {
                found = true;
                QCOMPARE(c.value(QStringLiteral("range")).toString(), QStringLiteral("Chủ tịch UBND tỉnh"));
                QCOMPARE(c.value(QStringLiteral("author")).toString(), QStringLiteral("Phạm Hoa"));
            }
        QVERIFY(found);
    }

    void refusals()
    {
        const QString text = QStringLiteral(LECTERN_TEST_DATA "/review/binh-lam.txt");
        Run r = lectern({QStringLiteral("annotations"), QStringLiteral("export"), text, QStringLiteral("--format"),
                         QStringLiteral("docx"), QStringLiteral("-o"), path(QStringLiteral("x.docx")), QStringLiteral("--db"), db()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not a ZIP package"), r.err.constData());
        QVERIFY(!QFile::exists(path(QStringLiteral("x.docx"))));
        if (!m_python)
            return;
        r = lectern({QStringLiteral("annotations"), QStringLiteral("export"), path(QStringLiteral("plain.docx")),
                     QStringLiteral("--format"), QStringLiteral("odt"), QStringLiteral("-o"), path(QStringLiteral("x.odt")),
                     QStringLiteral("--db"), db()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("export its review as docx"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliOffice)
#include "tst_cli_office.moc"
