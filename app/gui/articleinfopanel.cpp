#include "articleinfopanel.h"

#include "document/articledocument.h"
#include "util/datetext.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace Lectern::Gui {

namespace {
enum Row { Title, Date, Authors, Photographers, Source, Url, Hash, File, Format, Notes, RowCount };
}

ArticleInfoPanel::ArticleInfoPanel(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    setObjectName(QStringLiteral("articleInfoPanel"));
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (int i = 0; i < RowCount; ++i) {
        auto *label = new QLabel(this);
        auto *value = new QLabel(this);
        value->setTextFormat(Qt::PlainText); // titles, names and paths are document data
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setObjectName(QStringLiteral("infoValue%1").arg(i));
        m_form->addRow(label, value);
        m_labels.append(label);
        m_values.append(value);
    }
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
    setAccessibleName(tr("Article information"));
}

void ArticleInfoPanel::refresh()
{
    for (QLabel *v : std::as_const(m_values))
        v->clear();
    if (!m_document)
        return;
    const Core::Article &a = m_document->article();
    m_values[Title]->setText(a.title);
    if (a.published.isValid())
        m_values[Date]->setText(Core::DateText::format(a.published, a.publishedHasTime));
    m_values[Authors]->setText(a.authors.join(QStringLiteral(", ")));
    m_values[Photographers]->setText(a.photographers.join(QStringLiteral(", ")));
    m_values[Source]->setText(a.site);
    m_values[Url]->setText(a.url);
    m_values[Hash]->setText(a.contentHash().left(16));
    m_values[Hash]->setToolTip(a.contentHash());
    m_values[File]->setText(a.sourcePath);
    m_values[Format]->setText(a.encoding.isEmpty() ? a.format : a.format + QStringLiteral(" · ") + a.encoding);
    // What the import did that the text does not show (tracked changes accepted, links not fetched…).
    m_values[Notes]->setText(a.warnings.join(QLatin1Char('\n')));
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
