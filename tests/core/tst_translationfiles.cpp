// The translation catalogues (translations/*.ts) are complete and consistent: every message is
// translated and finished, nothing vanished or obsolete is left behind, each translation keeps the
// source's placeholders (%1…, %n) and has at most one accelerator (on a letter typed without an
// input method), and numerus messages carry the plural forms of the language. The checker is
// first run on small invented catalogues, each broken in one way, so a silent pass cannot hide.

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;        // the <translation type="…"> attribute: "", unfinished, vanished, obsolete
    QStringList forms;   // the translation text, or each <numerusform> of a numerus message
    qint64 line = 0;
};

struct Catalogue
{
    QString language;
    QList<Message> messages;
    QString error;       // empty when the file parsed
};

Catalogue parseCatalogue(const QString &path)
{
    Catalogue cat;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        cat.error = QStringLiteral("cannot open %1: %2").arg(path, file.errorString());
        return cat;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message msg;
    bool inMessage = false;
    bool sawRoot = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                sawRoot = true;
                cat.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                msg = Message();
                msg.context = context;
                msg.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                msg.line = xml.lineNumber();
            } else if (inMessage && name == QLatin1String("source")) {
                msg.source = xml.readElementText();
            } else if (inMessage && name == QLatin1String("translation")) {
                msg.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!msg.numerus)
                    msg.forms.append(xml.readElementText());
            } else if (inMessage && name == QLatin1String("numerusform")) {
                msg.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            cat.messages.append(msg);
            inMessage = false;
        }
    }
    if (xml.hasError())
        cat.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    else if (!sawRoot)
        cat.error = QStringLiteral("%1: no <TS> element").arg(path);
    return cat;
}

// The distinct placeholders of a text: "1", "2"…, "n" (a %L1 counts as %1).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    QStringList list(found.begin(), found.end());
    list.sort();
    return list;
}

// The characters marked as accelerators ("&x"); "&&" is a literal ampersand, "& " is not a mark.
QList<QChar> accelerators(const QString &text)
{
    QList<QChar> marks;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        const QChar next = text.at(i + 1);
        if (next == QLatin1Char('&'))
            ++i;
        else if (!next.isSpace())
            marks.append(next);
    }
    return marks;
}

// Every problem of a catalogue, one line each, naming the line, the context and the source.
QStringList problems(const Catalogue &cat, int pluralForms)
{
    QStringList out;
    for (const Message &m : cat.messages) {
        const QString where = QStringLiteral("line %1 [%2] \"%3\": ").arg(m.line).arg(m.context, m.source);
        if (!m.type.isEmpty()) {
            out.append(where + m.type);
            continue;
        }
        if (m.numerus && m.forms.size() != pluralForms)
            out.append(where + QStringLiteral("%1 plural forms, expected %2").arg(m.forms.size()).arg(pluralForms));
        const QStringList expected = placeholders(m.source);
        const qsizetype sourceMarks = accelerators(m.source).size();
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty()) {
                out.append(where + QStringLiteral("empty translation"));
                continue;
            }
            if (placeholders(form) != expected)
                out.append(where + QStringLiteral("placeholders %1 in \"%2\", expected %3")
                                       .arg(placeholders(form).join(QLatin1Char(',')), form,
                                            expected.join(QLatin1Char(','))));
            const QList<QChar> marks = accelerators(form);
            if (marks.size() > 1)
                out.append(where + QStringLiteral("%1 accelerators in \"%2\"").arg(marks.size()).arg(form));
            else if (marks.size() < qMin<qsizetype>(sourceMarks, 1))
                out.append(where + QStringLiteral("accelerator lost in \"%1\"").arg(form));
            for (QChar c : marks) {
                if (c.unicode() >= 128 || !c.isLetterOrNumber())
                    out.append(where + QStringLiteral("accelerator on '%1' in \"%2\"").arg(c).arg(form));
            }
        }
    }
    return out;
}

// Messages of the code (a catalogue lupdate just made from the sources) that the catalogue lacks,
// leaves unfinished, or holds though the code no longer has them. Compared by context and source.
QStringList coverageProblems(const Catalogue &code, const Catalogue &cat)
{
    QStringList out;
    QHash<QPair<QString, QString>, const Message *> byKey;
    for (const Message &m : cat.messages)
        byKey.insert({ m.context, m.source }, &m);
    QSet<QPair<QString, QString>> inCode;
    for (const Message &m : code.messages) {
        inCode.insert({ m.context, m.source });
        const Message *found = byKey.value({ m.context, m.source }, nullptr);
        if (!found)
            out.append(QStringLiteral("[%1] \"%2\": missing").arg(m.context, m.source));
        else if (!found->type.isEmpty())
            out.append(QStringLiteral("[%1] \"%2\": %3").arg(m.context, m.source, found->type));
        else if (found->numerus != m.numerus)
            out.append(QStringLiteral("[%1] \"%2\": plural forms differ from the code").arg(m.context, m.source));
    }
    for (const Message &m : cat.messages)
        if (!inCode.contains({ m.context, m.source }))
            out.append(QStringLiteral("[%1] \"%2\": no longer in the code").arg(m.context, m.source));
    out.sort();
    return out;
}

// Runs lupdate over the sources (all of app/) into a fresh catalogue, as the update_translations
// target does. Empty catalogue with error set when lupdate cannot run.
Catalogue catalogueOfSources(const QString &sourceRoot, const QString &workDir)
{
    const QString ts = workDir + QStringLiteral("/sources.ts");
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(LECTERN_LUPDATE),
        { sourceRoot, QStringLiteral("-extensions"), QStringLiteral("cpp,h"), QStringLiteral("-I"),
            sourceRoot + QStringLiteral("/core"), QStringLiteral("-I"), sourceRoot + QStringLiteral("/cli"),
            QStringLiteral("-I"), sourceRoot + QStringLiteral("/gui"), QStringLiteral("-no-obsolete"),
            QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-ts"), ts });
    if (!lupdate.waitForFinished(120000) || lupdate.exitStatus() != QProcess::NormalExit || lupdate.exitCode() != 0) {
        Catalogue failed;
        failed.error = QStringLiteral("lupdate failed: ") + QString::fromUtf8(lupdate.readAll());
        return failed;
    }
    return parseCatalogue(ts);
}

QString demoCatalogue(const QString &messages)
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n"
                          "<TS version=\"2.1\" language=\"vi_VN\">\n<context>\n<name>Demo</name>\n%1\n"
                          "</context>\n</TS>\n")
        .arg(messages);
}

QString message(const QString &source, const QString &translation, const QString &type = {})
{
    const QString attr = type.isEmpty() ? QString() : QStringLiteral(" type=\"%1\"").arg(type);
    return QStringLiteral("<message><source>%1</source><translation%2>%3</translation></message>")
        .arg(source.toHtmlEscaped(), attr, translation.toHtmlEscaped());
}

QString numerusMessage(const QString &source, const QStringList &forms)
{
    QString body;
    for (const QString &f : forms)
        body += QStringLiteral("<numerusform>%1</numerusform>").arg(f.toHtmlEscaped());
    return QStringLiteral("<message numerus=\"yes\"><source>%1</source><translation>%2</translation></message>")
        .arg(source.toHtmlEscaped(), body);
}

} // namespace

class TestTranslationFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checkerFindsProblems_data();
    void checkerFindsProblems();
    void catalogue_data();
    void catalogue();
    void keyTerms_data();
    void keyTerms();
    void coverageCheckFindsProblems();
    void everySourceStringTranslated_data();
    void everySourceStringTranslated();
};

void TestTranslationFiles::checkerFindsProblems_data()
{
    QTest::addColumn<QString>("messages");
    QTest::addColumn<QString>("expected"); // a fragment of the one problem reported; empty: none

    QTest::newRow("finished") << message(QStringLiteral("&Open…"), QStringLiteral("&Mở…")) << QString();
    QTest::newRow("unfinished") << message(QStringLiteral("Close"), QStringLiteral("Đóng"), QStringLiteral("unfinished"))
                                << QStringLiteral("unfinished");
    QTest::newRow("vanished") << message(QStringLiteral("Close"), QStringLiteral("Đóng"), QStringLiteral("vanished"))
                              << QStringLiteral("vanished");
    QTest::newRow("obsolete") << message(QStringLiteral("Close"), QStringLiteral("Đóng"), QStringLiteral("obsolete"))
                              << QStringLiteral("obsolete");
    QTest::newRow("empty") << message(QStringLiteral("Close"), QStringLiteral("  ")) << QStringLiteral("empty translation");
    QTest::newRow("placeholder lost")
        << message(QStringLiteral("Opening %1…"), QStringLiteral("Đang mở…")) << QStringLiteral("placeholders");
    QTest::newRow("placeholder renumbered")
        << message(QStringLiteral("%1 of %2"), QStringLiteral("%1/%3")) << QStringLiteral("placeholders");
    QTest::newRow("placeholders reordered")
        << message(QStringLiteral("%1 of %2"), QStringLiteral("%2 trên %1")) << QString();
    QTest::newRow("percent sign is no placeholder")
        << message(QStringLiteral("L — low (7 %)"), QStringLiteral("L — thấp (7 %)")) << QString();
    QTest::newRow("two accelerators")
        << message(QStringLiteral("&Print…"), QStringLiteral("&In bản &in…")) << QStringLiteral("2 accelerators");
    QTest::newRow("literal ampersand")
        << message(QStringLiteral("&Q && A"), QStringLiteral("&Hỏi && đáp")) << QString();
    QTest::newRow("accelerator lost")
        << message(QStringLiteral("&Quit"), QStringLiteral("Thoát")) << QStringLiteral("accelerator lost");
    QTest::newRow("accelerator needs an input method")
        << message(QStringLiteral("&Close"), QStringLiteral("&Đóng")) << QStringLiteral("accelerator on 'Đ'");
    QTest::newRow("numerus complete")
        << numerusMessage(QStringLiteral("%n entries"), {QStringLiteral("%n mục")}) << QString();
    QTest::newRow("numerus without %n")
        << numerusMessage(QStringLiteral("%n entries"), {QStringLiteral("mục")}) << QStringLiteral("placeholders");
    QTest::newRow("numerus form count")
        << numerusMessage(QStringLiteral("%n entries"), {QStringLiteral("%n mục"), QStringLiteral("%n mục")})
        << QStringLiteral("2 plural forms, expected 1");
    QTest::newRow("numerus empty form")
        << numerusMessage(QStringLiteral("%n entries"), {QString()}) << QStringLiteral("empty translation");
}

void TestTranslationFiles::checkerFindsProblems()
{
    QFETCH(QString, messages);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.ts"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(demoCatalogue(messages).toUtf8());
    file.close();

    const Catalogue cat = parseCatalogue(path);
    QVERIFY2(cat.error.isEmpty(), qPrintable(cat.error));
    QCOMPARE(cat.language, QStringLiteral("vi_VN"));
    QCOMPARE(cat.messages.size(), 1);
    const QStringList found = problems(cat, 1);
    if (expected.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    } else {
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.constFirst().contains(expected), qPrintable(found.constFirst()));
    }
}

void TestTranslationFiles::catalogue_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms");

    QTest::newRow("vi") << QStringLiteral("lectern_vi.ts") << QStringLiteral("vi_VN") << 1;
    QTest::newRow("en") << QStringLiteral("lectern_en.ts") << QStringLiteral("en_US") << 2;
}

void TestTranslationFiles::catalogue()
{
    QFETCH(QString, file);
    QFETCH(QString, language);
    QFETCH(int, pluralForms);

    const Catalogue cat = parseCatalogue(QStringLiteral(LECTERN_SOURCE_DIR "/translations/") + file);
    QVERIFY2(cat.error.isEmpty(), qPrintable(cat.error));
    QCOMPARE(cat.language, language);
    QVERIFY2(cat.messages.size() > 100, qPrintable(QString::number(cat.messages.size())));
    const QStringList found = problems(cat, pluralForms);
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 problem(s):\n").arg(found.size())
                                         + found.join(QLatin1Char('\n'))));
}

void TestTranslationFiles::keyTerms_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("translation");

    const QString main = QStringLiteral("Lectern::Gui::MainWindow");
    QTest::newRow("File menu") << main << QStringLiteral("&File") << QStringLiteral("&Tệp");
    QTest::newRow("Edit menu") << main << QStringLiteral("&Edit") << QStringLiteral("&Sửa");
    QTest::newRow("View menu") << main << QStringLiteral("&View") << QStringLiteral("&Xem");
    QTest::newRow("Help menu") << main << QStringLiteral("&Help") << QStringLiteral("Trợ &giúp");
    QTest::newRow("Print") << main << QStringLiteral("&Print…") << QStringLiteral("&In…");
    QTest::newRow("Draft") << QStringLiteral("Lectern::Gui::ReviewController") << QStringLiteral("Draft")
                           << QStringLiteral("Bản nháp");
}

void TestTranslationFiles::keyTerms()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, translation);

    const Catalogue cat = parseCatalogue(QStringLiteral(LECTERN_SOURCE_DIR "/translations/lectern_vi.ts"));
    QVERIFY2(cat.error.isEmpty(), qPrintable(cat.error));
    for (const Message &m : cat.messages) {
        if (m.context == context && m.source == source) {
            QCOMPARE(m.forms.value(0), translation);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no message [%1] \"%2\"").arg(context, source)));
}

// The coverage check itself, on invented catalogues: code with three messages against a catalogue
// that lacks one, leaves one unfinished and keeps one the code no longer has.
void TestTranslationFiles::coverageCheckFindsProblems()
{
    Catalogue code;
    code.messages = { { QStringLiteral("A"), QStringLiteral("Open"), false, {}, {}, 1 },
        { QStringLiteral("A"), QStringLiteral("Close"), false, {}, {}, 2 },
        { QStringLiteral("B"), QStringLiteral("Page %1 of %2"), false, {}, {}, 3 } };
    Catalogue cat;
    cat.messages = { { QStringLiteral("A"), QStringLiteral("Open"), false, {}, { QStringLiteral("Mở") }, 1 },
        { QStringLiteral("A"), QStringLiteral("Close"), false, QStringLiteral("unfinished"), { QStringLiteral("Đóng") },
            2 },
        { QStringLiteral("A"), QStringLiteral("Quit"), false, {}, { QStringLiteral("Thoát") }, 3 } };
    const QStringList found = coverageProblems(code, cat);
    QCOMPARE(found,
        (QStringList { QStringLiteral("[A] \"Close\": unfinished"),
            QStringLiteral("[A] \"Quit\": no longer in the code"), QStringLiteral("[B] \"Page %1 of %2\": missing") }));
    // Translated and finished, the same three: nothing to report (the code's own entries are
    // "unfinished" as lupdate writes them; only the catalogue's state counts).
    cat.messages = code.messages;
    for (Message &m : cat.messages)
        m.forms = { QStringLiteral("x") };
    for (Message &m : code.messages)
        m.type = QStringLiteral("unfinished");
    QVERIFY(coverageProblems(code, cat).isEmpty());
}

void TestTranslationFiles::everySourceStringTranslated_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("vi") << QStringLiteral("lectern_vi.ts");
    QTest::newRow("en") << QStringLiteral("lectern_en.ts");
}

// Every tr()/translate() source string in app/ (core, CLI, GUI) is in both catalogues, finished;
// a string added to the code without `cmake --build build --target update_translations` and a
// translation fails here, naming the context and the source.
void TestTranslationFiles::everySourceStringTranslated()
{
    QFETCH(QString, file);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Catalogue code = catalogueOfSources(QStringLiteral(LECTERN_SOURCE_DIR "/app"), dir.path());
    QVERIFY2(code.error.isEmpty(), qPrintable(code.error));
    QVERIFY2(code.messages.size() > 100, qPrintable(QString::number(code.messages.size())));
    const Catalogue cat = parseCatalogue(QStringLiteral(LECTERN_SOURCE_DIR "/translations/") + file);
    QVERIFY2(cat.error.isEmpty(), qPrintable(cat.error));
    const QStringList found = coverageProblems(code, cat);
    QVERIFY2(found.isEmpty(),
        qPrintable(QStringLiteral("%1 problem(s):\n").arg(found.size()) + found.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
