#include "articleinfopanel.h"

#include "document/articledocument.h"
#include "util/datetext.h"
#include "elidedlabel.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Lectern::Gui {

ArticleInfoPanel::ArticleInfoPanel(QWidget *parent)
    : QWidget(parent)
    , m_fileActions(new QWidget(this))
    , m_showInFolder(new QToolButton(m_fileActions))
    , m_copyPath(new QToolButton(m_fileActions))
{
    setObjectName(QStringLiteral("articleInfoPanel"));
    // A tall value (many authors, long notes) scrolls instead of being cut at the dock's bottom.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("articleInfoScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    m_rows = new QVBoxLayout(content);
    m_rows->setSpacing(2);
    for (int i = 0; i < RowCount; ++i) {
        auto *label = new QLabel(content);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        QLabel *value = nullptr;
        if (i == File || i == Url) {
            value = new ElidedLabel(content); // one line: a path or URL has no place to wrap
        } else {
            value = new QLabel(content);
            value->setTextFormat(Qt::PlainText); // titles, names and paths are document data
            value->setWordWrap(true);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
            // Wrapped text asks for its height at the width it gets, never for more width.
            value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
            value->setMinimumWidth(1);
        }
        value->setObjectName(QStringLiteral("infoValue%1").arg(i));
        label->setBuddy(value);
        if (i > 0)
            label->setContentsMargins(0, 4, 0, 0); // hidden with its row, unlike a spacing
        m_rows->addWidget(label);
        m_rows->addWidget(value);
        m_labels.append(label);
        m_values.append(value);
        if (i == File)
            m_rows->addWidget(m_fileActions);
    }
    m_rows->addStretch(1);
    scroll->setWidget(content);
    m_fileActions->setParent(content);

    m_showInFolder->setObjectName(QStringLiteral("infoShowInFolder"));
    m_copyPath->setObjectName(QStringLiteral("infoCopyPath"));
    m_showInFolder->setIcon(QIcon::fromTheme(QStringLiteral("folder-open")));
    m_copyPath->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    auto *actions = new QHBoxLayout(m_fileActions);
    actions->setContentsMargins(0, 0, 0, 0);
    for (QToolButton *b : {m_showInFolder, m_copyPath}) {
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setAutoRaise(true);
        actions->addWidget(b);
    }
    actions->addStretch(1);
    connect(m_showInFolder, &QToolButton::clicked, this, &ArticleInfoPanel::showInFolder);
    connect(m_copyPath, &QToolButton::clicked, this, &ArticleInfoPanel::copyPath);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    retranslate();
    refresh();
}

void ArticleInfoPanel::setDocument(Core::ArticleDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &Core::ArticleDocument::articleLoaded, this, &ArticleInfoPanel::refresh);
    refresh();
}

void ArticleInfoPanel::retranslate()
{
    m_labels[Title]->setText(tr("Title:"));
    m_labels[Date]->setText(tr("Published:"));
    m_labels[Authors]->setText(tr("Authors:"));
    m_labels[Photographers]->setText(tr("Photographers:"));
    m_labels[Source]->setText(tr("Source:"));
    m_labels[Url]->setText(tr("URL:"));
    m_labels[Hash]->setText(tr("Content hash:"));
    m_labels[File]->setText(tr("File:"));
    m_labels[Format]->setText(tr("Format:"));
    m_labels[Notes]->setText(tr("Import notes:"));
    m_showInFolder->setText(tr("Show in Folder"));
    m_showInFolder->setToolTip(tr("Open the folder that holds the article's file"));
    m_copyPath->setText(tr("Copy Path"));
    m_copyPath->setToolTip(tr("Copy the file's full path to the clipboard"));
    setAccessibleName(tr("Article information"));
}

QString ArticleInfoPanel::filePath() const
{
    return m_document ? m_document->article().sourcePath : QString();
}

void ArticleInfoPanel::refresh()
{
    QStringList values(RowCount);
    if (m_document) {
        const Core::Article &a = m_document->article();
        values[Title] = a.title;
        if (a.published.isValid())
            values[Date] = Core::DateText::format(a.published, a.publishedHasTime);
        values[Authors] = a.authors.join(QStringLiteral(", "));
        values[Photographers] = a.photographers.join(QStringLiteral(", "));
        values[Source] = a.site;
        values[Url] = a.url;
        values[Hash] = a.contentHash().left(16);
        values[File] = a.sourcePath.isEmpty() ? QString() : QDir::toNativeSeparators(a.sourcePath);
        values[Format] = a.encoding.isEmpty() ? a.format : a.format + QStringLiteral(" · ") + a.encoding;
        // What the import did that the text does not show (tracked changes accepted, links not fetched…).
        values[Notes] = a.warnings.join(QLatin1Char('\n'));
    }
    for (int i = 0; i < RowCount; ++i) {
        if (auto *elided = qobject_cast<ElidedLabel *>(m_values[i]))
            elided->setFullText(values[i]);
        else
            m_values[i]->setText(values[i]);
        // An empty row says nothing: hide it (the caption with it).
        m_values[i]->setVisible(!values[i].isEmpty());
        m_labels[i]->setVisible(!values[i].isEmpty());
    }
    m_values[Hash]->setToolTip(m_document ? m_document->article().contentHash() : QString());
    m_fileActions->setVisible(!values[File].isEmpty());
}

void ArticleInfoPanel::showInFolder() const
{
    const QString path = filePath();
    if (!path.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

void ArticleInfoPanel::copyPath() const
{
    const QString path = filePath();
    if (!path.isEmpty())
        QApplication::clipboard()->setText(QDir::toNativeSeparators(path));
}

void ArticleInfoPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
}

} // namespace Lectern::Gui
