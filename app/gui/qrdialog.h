#pragma once

#include "qr/qrencoder.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Lectern::Core {
class ArticleDocument;
}

namespace Lectern::Gui {

// File > Export QR Code…: the article's QR code with a live preview. The payload (the article's
// URL or citation by default) is editable; ECC level, image size and format (PNG or SVG) are
// chosen here; Save writes the file through QSaveFile, Copy puts the image (and for SVG the
// markup) on the clipboard. A payload too long for a QR code shows the encoder's reason.
class QrDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Format { Png, Svg };

    explicit QrDialog(const Core::ArticleDocument *document, QWidget *parent = nullptr);

    QString payload() const;
    void setPayload(const QString &payload);
    Core::QrEcc ecc() const;
    void setEcc(Core::QrEcc ecc);
    int pixelSize() const;
    void setPixelSize(int pixels);
    Format format() const;
    void setFormat(Format format);

    bool hasCode() const { return m_code.has_value(); }
    QImage image() const;            // the code at pixelSize(); null when there is none
    QString errorText() const { return m_error; }

    // Writes the code in format(); returns false with *error (a sentence) on failure.
    bool saveTo(const QString &path, QString *error = nullptr) const;
    void copyToClipboard() const;

Q_SIGNALS:
    void codeChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateCode();
    void save();
    void retranslateUi();

    QString m_defaultPayload;
    QString m_suggestedName; // file name without folder or suffix
    QString m_articlePath;
    std::optional<Core::QrMatrix> m_code;
    QString m_error;
    QPlainTextEdit *m_payloadEdit;
    QComboBox *m_eccCombo;
    QSpinBox *m_sizeSpin;
    QComboBox *m_formatCombo;
    QLabel *m_preview;
    QLabel *m_info;
    QPushButton *m_resetButton;
    QPushButton *m_saveButton;
    QPushButton *m_copyButton;
    QPushButton *m_closeButton;
    QLabel *m_payloadLabel;
    QLabel *m_eccLabel;
    QLabel *m_sizeLabel;
    QLabel *m_formatLabel;
};

} // namespace Lectern::Gui
