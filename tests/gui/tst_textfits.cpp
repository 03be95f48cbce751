// Issue 19: no text of the main window's panels is cut in either language at 1024×700 ("Số lần
// nhắ", "Tất cả trạng", "Lọc …" in Vietnamese). Every visible QLabel, QComboBox (every item, as
// the popup offers them all), QPushButton, QToolButton, QCheckBox and line-edit placeholder in
// each dock (each tab raised in turn) is measured with QFontMetrics against the room its widget
// gives the text.
#include "annotationdialog.h"
#include "annotationspanel.h"
#include "handbuiltarticle.h"
#include "review/anchoring.h"
#include "reviewernamedialog.h"
#include "document/documentmanager.h"
#include "languagemanager.h"
#include "librarywindow.h"
#include "mainwindow.h"
#include "util/settings.h"

#include <QDir>

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOption>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Lectern;

namespace {

QString withoutMnemonic(QString text)
{
    return text.replace(QRegularExpression(QStringLiteral("&(.)")), QStringLiteral("\\1"));
}

QString describe(const QWidget *w, const QString &text, int need, int room)
{
    return QStringLiteral("%1 \"%2\" (%3): needs %4 px, has %5")
        .arg(QString::fromLatin1(w->metaObject()->className()), text, w->objectName())
        .arg(need)
        .arg(room);
}

// The problems of one widget: each text that is wider than the room the widget draws it in.
QStringList cutTexts(QWidget *w)
{
    QStringList problems;
    const QFontMetrics fm = w->fontMetrics();
    auto check = [&](const QString &text, int room) {
        const QString plain = withoutMnemonic(text);
        const int need = fm.horizontalAdvance(plain);
        if (!plain.trimmed().isEmpty() && need > room)
            problems << describe(w, plain, need, room);
    };
    if (auto *label = qobject_cast<QLabel *>(w)) {
        if (label->wordWrap() || label->text().contains(QLatin1Char('<')) || !label->pixmap().isNull())
            return {};
        check(label->text(), label->contentsRect().width() - 2 * label->margin());
    } else if (auto *box = qobject_cast<QComboBox *>(w)) {
        QStyleOptionComboBox opt;
        opt.initFrom(box);
        opt.editable = box->isEditable();
        opt.frame = box->hasFrame();
        const QRect field = box->style()->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, box);
        // Choices made of document data (tags, names) may be long: the shown one must fit; the
        // interface's own choices must all fit, as any of them can be the one shown.
        const bool data = box->sizeAdjustPolicy() == QComboBox::AdjustToMinimumContentsLengthWithIcon;
        for (int i = 0; i < box->count(); ++i) {
            if (!data || i == box->currentIndex())
                check(box->itemText(i), field.width());
        }
    } else if (auto *button = qobject_cast<QPushButton *>(w)) {
        QStyleOptionButton opt;
        opt.initFrom(button);
        opt.text = button->text();
        opt.icon = button->icon();
        opt.iconSize = button->iconSize();
        const QRect contents = button->style()->subElementRect(QStyle::SE_PushButtonContents, &opt, button);
        const int icon = button->icon().isNull() ? 0 : button->iconSize().width() + 4;
        check(button->text(), contents.width() - icon);
    } else if (auto *check_ = qobject_cast<QCheckBox *>(w)) {
        QStyleOptionButton opt;
        opt.initFrom(check_);
        opt.text = check_->text();
        const QRect contents = check_->style()->subElementRect(QStyle::SE_CheckBoxContents, &opt, check_);
        check(check_->text(), contents.width());
    } else if (auto *tool = qobject_cast<QToolButton *>(w)) {
        if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly || (!tool->icon().isNull() && tool->toolButtonStyle() == Qt::ToolButtonFollowStyle))
            return {};
        if (tool->width() < tool->sizeHint().width())
            problems << describe(w, tool->text(), tool->sizeHint().width(), tool->width());
    } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
        if (!edit->text().isEmpty())
            return {};
        const int frame = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit) : 0;
        const QMargins margins = edit->textMargins();
        int room = edit->contentsRect().width() - 2 * frame - 4 - margins.left() - margins.right();
        if (edit->isClearButtonEnabled())
            room -= edit->height(); // the clear button's square, when there is text
        check(edit->placeholderText(), room);
    }
    return problems;
}

// LECTERN_SCREENSHOTS=<folder>: each screen checked is also saved there as a PNG, to look at.
void keepScreenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("LECTERN_SCREENSHOTS");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

QStringList cutTextsIn(QWidget *root)
{
    QStringList problems;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (w->isVisible() && w->width() > 0)
            problems << cutTexts(w);
    }
    return problems;
}

} // namespace

class TestTextFits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LecternTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_textfits"));
    }

    void panelsShowTheirWholeText_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("vi") << QStringLiteral("vi");
    }

    void panelsShowTheirWholeText()
    {
        QFETCH(QString, language);
        Gui::LanguageManager languages;
        languages.apply(language);
        Test::HandBuiltArticle article(QStringLiteral(LECTERN_TEST_DATA "/review/song-xanh.txt"));
        QVERIFY2(article.ok(), qPrintable(article.error()));
        article.add(Core::EntityKind::Person, QStringLiteral("Trần Minh Đức"), {article.mention(QStringLiteral("Trần Minh Đức"))});

        Gui::MainWindow window(&languages);
        window.setGeometry(0, 0, 1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Core::DocumentManager::OpenOptions options;
        QTemporaryDir store; // a fresh review database each run: nothing left from the last one
        options.databasePath = store.filePath(QStringLiteral("review.sqlite"));
        Core::ArticleDocument *document = window.documents()->openLoaded(article.result(), options);
        QVERIFY(document);
        Core::Annotation note = Core::Annotation::create(Core::Anchoring::anchorAt(document->text(), 0, 12),
                                                         QStringLiteral("Lê Thu Hà"));
        note.tags = {QStringLiteral("needs source"), QStringLiteral("fact-check")};
        note.comment = QStringLiteral("Nguồn?");
        document->undoStack()->push(document->makeAddCommand(note));
        QCoreApplication::processEvents();

        QStringList problems;
        const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
        QVERIFY(!docks.isEmpty());
        for (QDockWidget *dock : docks) {
            if (dock->isHidden())
                continue;
            dock->raise(); // tabified docks: bring each one to the front in turn
            QCoreApplication::processEvents();
            for (const QString &p : cutTextsIn(dock))
                problems << dock->objectName() + QStringLiteral(": ") + p;
            keepScreenshot(&window, language + QLatin1Char('-') + dock->objectName());
        }

        // The dialogs of the first comment: the reviewer's name, then the comment with its tags.
        Core::Settings().setAuthorName(QString());
        auto *panel = window.findChild<Gui::AnnotationsPanel *>();
        QVERIFY(panel);
        panel->setAuthor(QString());
        panel->addComment(20, 40);
        auto *ask = panel->findChild<Gui::ReviewerNameDialog *>();
        QVERIFY(ask);
        QVERIFY(QTest::qWaitForWindowExposed(ask));
        problems << cutTextsIn(ask);
        keepScreenshot(ask, language + QStringLiteral("-reviewerName"));
        ask->findChild<QLineEdit *>()->setText(QStringLiteral("Lê Thu Hà"));
        ask->accept();
        Gui::AnnotationDialog *comment = panel->openDialog();
        QVERIFY(comment);
        comment->setTags({QStringLiteral("figure"), QStringLiteral("legal")});
        QVERIFY(QTest::qWaitForWindowExposed(comment));
        problems << cutTextsIn(comment);
        keepScreenshot(comment, language + QStringLiteral("-comment"));
        comment->reject();
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void libraryShowsItsWholeText_data() { panelsShowTheirWholeText_data(); }

    void libraryShowsItsWholeText()
    {
        QFETCH(QString, language);
        Gui::LanguageManager languages;
        languages.apply(language);
        QTemporaryDir dir;
        Gui::LibraryWindow library(dir.filePath(QStringLiteral("library.sqlite")));
        library.setGeometry(0, 0, 1024, 700);
        library.show();
        QVERIFY(QTest::qWaitForWindowExposed(&library));
        QCoreApplication::processEvents();
        const QStringList problems = cutTextsIn(&library);
        keepScreenshot(&library, language + QStringLiteral("-library"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestTextFits)
#include "tst_textfits.moc"
