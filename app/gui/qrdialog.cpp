#include "qrdialog.h"

#include "exportfolder.h"
#include "document/articledocument.h"
#include "plainmessagebox.h"
#include "render/articlepayload.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Lectern::Gui {

namespace {
constexpr int previewSide = 260;
}

QrDialog::QrDialog(const Core::ArticleDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_payloadEdit(new QPlainTextEdit(this))
    , m_eccCombo(new QComboBox(this))
    , m_sizeSpin(new QSpinBox(this))
    , m_formatCombo(new QComboBox(this))
    , m_preview(new QLabel(this))
    , m_info(new QLabel(this))
    , m_resetButton(new QPushButton(this))
    , m_saveButton(new QPushButton(this))
    , m_copyButton(new QPushButton(this))
    , m_closeButton(new QPushButton(this))
    , m_payloadLabel(new QLabel(this))
    , m_eccLabel(new QLabel(this))
    , m_sizeLabel(new QLabel(this))
    , m_formatLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("qrDialog"));
    m_info->setTextFormat(Qt::PlainText); // errors name the payload
    if (document) {
        m_defaultPayload = Core::ArticlePayload::forArticle(document->article());
        const QFileInfo source(document->filePath());
        m_suggestedName = source.exists() ? source.completeBaseName() + QStringLiteral("-qr") : QString();
        m_articlePath = document->filePath();
    }
    m_payloadEdit->setObjectName(QStringLiteral("payloadEdit"));
    m_payloadEdit->setTabChangesFocus(true);
    m_payloadEdit->setMaximumHeight(90);
    m_payloadEdit->setPlainText(m_defaultPayload);
    m_eccCombo->setObjectName(QStringLiteral("eccCombo"));
    for (Core::QrEcc e : {Core::QrEcc::Low, Core::QrEcc::Medium, Core::QrEcc::Quartile, Core::QrEcc::High})
        m_eccCombo->addItem(QString(), QVariant::fromValue(int(e)));
    m_eccCombo->setCurrentIndex(1);
    m_sizeSpin->setObjectName(QStringLiteral("sizeSpin"));
    m_sizeSpin->setRange(64, 4096);
    m_sizeSpin->setSingleStep(50);
    m_sizeSpin->setValue(400);
    m_formatCombo->setObjectName(QStringLiteral("formatCombo"));
    m_formatCombo->addItem(QStringLiteral("PNG"), int(Format::Png));
    m_formatCombo->addItem(QStringLiteral("SVG"), int(Format::Svg));
    m_preview->setObjectName(QStringLiteral("previewLabel"));
    m_preview->setFixedSize(previewSide, previewSide);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setStyleSheet(QStringLiteral("background: white; border: 1px solid palette(mid);"));
    m_info->setObjectName(QStringLiteral("infoLabel"));
    m_info->setWordWrap(true);
    m_resetButton->setObjectName(QStringLiteral("resetButton"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_resetButton->setEnabled(document != nullptr);

    auto *form = new QFormLayout;
    form->addRow(m_payloadLabel, m_payloadEdit);
    form->addRow(QString(), m_resetButton);
    form->addRow(m_eccLabel, m_eccCombo);
    form->addRow(m_sizeLabel, m_sizeSpin);
    form->addRow(m_formatLabel, m_formatCombo);
    auto *top = new QHBoxLayout;
    top->addWidget(m_preview, 0, Qt::AlignTop);
    top->addLayout(form, 1);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_copyButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_info);
    layout->addWidget(buttons);

    connect(m_payloadEdit, &QPlainTextEdit::textChanged, this, &QrDialog::updateCode);
    connect(m_eccCombo, &QComboBox::currentIndexChanged, this, &QrDialog::updateCode);
    connect(m_sizeSpin, &QSpinBox::valueChanged, this, &QrDialog::updateCode);
    connect(m_resetButton, &QPushButton::clicked, this, [this] { setPayload(m_defaultPayload); });
    connect(m_saveButton, &QPushButton::clicked, this, &QrDialog::save);
    connect(m_copyButton, &QPushButton::clicked, this, &QrDialog::copyToClipboard);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    retranslateUi();
    updateCode();
}

QString QrDialog::payload() const { return m_payloadEdit->toPlainText(); }
void QrDialog::setPayload(const QString &payload) { m_payloadEdit->setPlainText(payload); }
Core::QrEcc QrDialog::ecc() const { return Core::QrEcc(m_eccCombo->currentData().toInt()); }
void QrDialog::setEcc(Core::QrEcc ecc) { m_eccCombo->setCurrentIndex(m_eccCombo->findData(int(ecc))); }
int QrDialog::pixelSize() const { return m_sizeSpin->value(); }
void QrDialog::setPixelSize(int pixels) { m_sizeSpin->setValue(pixels); }
QrDialog::Format QrDialog::format() const { return Format(m_formatCombo->currentData().toInt()); }
void QrDialog::setFormat(Format format) { m_formatCombo->setCurrentIndex(m_formatCombo->findData(int(format))); }

QImage QrDialog::image() const
{
    return m_code ? m_code->toImage(pixelSize()) : QImage();
}

void QrDialog::updateCode()
{
    const Core::QrEncodeResult result = Core::QrEncoder::encode(payload(), ecc());
    m_code = result.code;
    if (result.ok()) {
        m_error.clear();
        m_preview->setPixmap(QPixmap::fromImage(m_code->toImage(previewSide - 4)));
        const QImage full = m_code->toImage(pixelSize());
        m_info->setText(tr("%1 × %1 modules · %2 bytes of %3 at this level · image %4 × %4 px")
                            .arg(m_code->size())
                            .arg(result.payloadLength)
                            .arg(result.capacity)
                            .arg(full.width()));
    } else {
        m_error = result.error;
        m_preview->setPixmap(QPixmap());
        m_preview->setText(tr("No QR code"));
        m_info->setText(result.error);
    }
    m_saveButton->setEnabled(result.ok());
    m_copyButton->setEnabled(result.ok());
    Q_EMIT codeChanged();
}

bool QrDialog::saveTo(const QString &path, QString *error) const
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!m_code)
        return fail(m_error);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    const bool written = format() == Format::Svg ? file.write(m_code->toSvg(pixelSize()).toUtf8()) >= 0
                                                 : m_code->toImage(pixelSize()).save(&file, "PNG");
    if (!written || !file.commit())
        return fail(file.errorString());
    return true;
}

void QrDialog::save()
{
    const bool svg = format() == Format::Svg;
    const QString suffix = svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    const QString base = ExportFolder::suggest(m_suggestedName.isEmpty() ? QStringLiteral("qr") : m_suggestedName, m_articlePath);
    QString path = QFileDialog::getSaveFileName(this, tr("Save QR Code"), base + suffix,
                                                svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += suffix;
    QString error;
    if (!saveTo(path, &error))
        warnPlainText(this, tr("Save QR Code"),
                             tr("“%1” could not be written.\n\n%2").arg(QDir::toNativeSeparators(path), error));
    else
        ExportFolder::remember(path);
}

void QrDialog::copyToClipboard() const
{
    if (!m_code)
        return;
    auto *mime = new QMimeData;
    mime->setImageData(m_code->toImage(pixelSize()));
    if (format() == Format::Svg) {
        const QString svg = m_code->toSvg(pixelSize());
        mime->setData(QStringLiteral("image/svg+xml"), svg.toUtf8());
        mime->setText(svg);
    } else {
        mime->setText(payload());
    }
    QApplication::clipboard()->setMimeData(mime);
}

void QrDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void QrDialog::retranslateUi()
{
    setWindowTitle(tr("Export QR Code"));
    m_payloadLabel->setText(tr("&Payload:"));
    m_payloadLabel->setBuddy(m_payloadEdit);
    m_eccLabel->setText(tr("&Error correction:"));
    m_eccLabel->setBuddy(m_eccCombo);
    m_sizeLabel->setText(tr("Image &size:"));
    m_sizeLabel->setBuddy(m_sizeSpin);
    m_formatLabel->setText(tr("&Format:"));
    m_formatLabel->setBuddy(m_formatCombo);
    m_eccCombo->setItemText(0, tr("L — low (7 %)"));
    m_eccCombo->setItemText(1, tr("M — medium (15 %)"));
    m_eccCombo->setItemText(2, tr("Q — quartile (25 %)"));
    m_eccCombo->setItemText(3, tr("H — high (30 %)"));
    m_sizeSpin->setSuffix(tr(" px"));
    m_resetButton->setText(tr("&Reset to the article's payload"));
    m_saveButton->setText(tr("&Save…"));
    m_copyButton->setText(tr("&Copy"));
    m_closeButton->setText(tr("Close"));
}

} // namespace Lectern::Gui
