// A printout is in one language: `lectern pdf --language vi|en` (and, without it, the interface
// language the system locale selects) prints every fixed string of the printout — footer, legend,
// page numbers, appendix headings — in that language and none in the other. The check reads the
// PDF's text with pdftotext and looks for the list of the printout's fixed strings in both
// languages.
#include "lecternprocess.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace {

struct Fixed
{
    QString en;
    QString vi;
    bool wholeLine = false; // a heading: must be the whole line (the words also occur in text)
    bool present = true; // always on this printout (else only checked for absence)
};

// The printout's fixed strings (whitespace as pdftotext gives it, runs folded to one space).
// Page numbers are patterns.
const QList<Fixed> &fixedStrings()
{
    static const QList<Fixed> list = {
        { QStringLiteral("Highlights: person organization place figure"),
            QStringLiteral("Tô sáng: nhân vật tổ chức địa danh số liệu") },
        { QStringLiteral("Page \\d+ of \\d+"), QStringLiteral("Trang \\d+/\\d+") },
        // The date as the screen writes it (DateText): "4 December 2021, 19:21", "19:21, 4 tháng 12, 2021".
        { QStringLiteral("Printed \\d{1,2} [A-Z][a-z]+ \\d{4}, \\d\\d:\\d\\d with Lectern"),
            QStringLiteral("In lúc \\d\\d:\\d\\d, \\d{1,2} tháng \\d{1,2}, \\d{4} bằng Lectern") },
        { QStringLiteral("Index of names and figures"), QStringLiteral("Chỉ mục tên và số liệu") },
        { QStringLiteral("People"), QStringLiteral("Nhân vật"), true },
        { QStringLiteral("Organizations"), QStringLiteral("Tổ chức"), true },
        { QStringLiteral("Places"), QStringLiteral("Địa danh"), true, false },
        { QStringLiteral("Figures"), QStringLiteral("Số liệu"), true },
        { QStringLiteral("\\d+ mentions?\\b"), QStringLiteral("\\d+ lần nhắc") },
        { QStringLiteral("Notes"), QStringLiteral("Ghi chú"), true, false },
        { QStringLiteral("also: "), QStringLiteral("còn gọi: "), false, false },
        { QStringLiteral("\\((count|percent|money|ratio|quantity)\\)"),
            QStringLiteral("\\((số lượng|tỷ lệ phần trăm|tiền|tỷ số|đại lượng)\\)"), false, false },
    };
    return list;
}

QStringList pdfLines(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    QStringList lines;
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n')))
        // NFKC undoes the ligatures pdftotext reports ("ﬁ" in "ﬁgure").
        if (const QString l = line.normalized(QString::NormalizationForm_KC).simplified(); !l.isEmpty())
            lines.append(l);
    return lines;
}

bool holds(const QStringList &lines, const QString &pattern, bool wholeLine)
{
    const QRegularExpression re(wholeLine ? QStringLiteral("^") + pattern + QStringLiteral("$") : pattern,
        QRegularExpression::UseUnicodePropertiesOption);
    for (const QString &line : lines)
        if (re.match(line).hasMatch())
            return true;
    return false;
}

} // namespace

class TestCliPrintLanguage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const QString m_article = QStringLiteral(LECTERN_TEST_DATA "/extract/committees.txt");
    QString m_db;

    // A private configuration (no saved interface language) and only the locale variables given.
    QMap<QString, QString> environment(const QString &lang) const
    {
        return { { QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")) },
            { QStringLiteral("LC_ALL"), QString() }, { QStringLiteral("LC_MESSAGES"), QString() },
            { QStringLiteral("LANGUAGE"), QString() }, { QStringLiteral("LANG"), lang } };
    }

    QStringList print(const QString &name, const QStringList &extra, const QString &lang)
    {
        const QString out = m_dir.filePath(name);
        const Run r = lectern(QStringList { QStringLiteral("pdf"), m_article, QStringLiteral("--annotations"),
                                  QStringLiteral("--end-notes"), QStringLiteral("--appendix"), QStringLiteral("--db"),
                                  m_db, QStringLiteral("-o"), out }
                + extra,
            environment(lang));
        if (r.exitCode != 0)
            qWarning().noquote() << QString::fromUtf8(r.err);
        return r.exitCode == 0 ? pdfLines(out) : QStringList();
    }

    static void checkLanguage(const QStringList &lines, bool vietnamese)
    {
        QVERIFY(!lines.isEmpty());
        for (const Fixed &f : fixedStrings()) {
            const QString own = vietnamese ? f.vi : f.en;
            const QString other = vietnamese ? f.en : f.vi;
            if (f.present)
                QVERIFY2(holds(lines, own, f.wholeLine),
                    qPrintable(
                        QStringLiteral("missing: ") + own + QStringLiteral("\n") + lines.join(QLatin1Char('\n'))));
            QVERIFY2(!holds(lines, other, f.wholeLine),
                qPrintable(QStringLiteral("the other language: ") + other + QStringLiteral("\n")
                    + lines.join(QLatin1Char('\n'))));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext is not installed");
        m_db = m_dir.filePath(QStringLiteral("review.sqlite"));
        const Run r = lectern({ QStringLiteral("annotations"), QStringLiteral("add"), m_article,
            QStringLiteral("--start"), QStringLiteral("57"), QStringLiteral("--end"), QStringLiteral("64"),
            QStringLiteral("--comment"), QStringLiteral("Tỉnh ủy hay UBND tỉnh?"), QStringLiteral("--author"),
            QStringLiteral("Lê Thu Hà"), QStringLiteral("--db"), m_db });
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void vietnameseByOption()
    {
        checkLanguage(print(QStringLiteral("vi.pdf"), { QStringLiteral("--language"), QStringLiteral("vi") },
                          QStringLiteral("en_US.UTF-8")),
            true);
    }
    void englishByOption()
    {
        checkLanguage(print(QStringLiteral("en.pdf"), { QStringLiteral("--language"), QStringLiteral("en") },
                          QStringLiteral("vi_VN.UTF-8")),
            false);
    }
    void vietnameseFromLang()
    {
        checkLanguage(print(QStringLiteral("vi-lang.pdf"), {}, QStringLiteral("vi_VN.UTF-8")), true);
    }
    void englishFromLang()
    {
        checkLanguage(print(QStringLiteral("en-lang.pdf"), {}, QStringLiteral("en_US.UTF-8")), false);
    }

    void unknownLanguageRefused()
    {
        const Run r = lectern({ QStringLiteral("pdf"), m_article, QStringLiteral("--language"), QStringLiteral("fr"),
            QStringLiteral("-o"), m_dir.filePath(QStringLiteral("fr.pdf")) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--language"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliPrintLanguage)
#include "tst_cli_printlanguage.moc"
