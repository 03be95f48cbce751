#include "import/personname.h"

#include "util/textfold.h"

#include <QRegularExpression>
#include <QString>

namespace Lectern::Core {

bool PersonName::isVietnameseSyllable(QStringView word)
{
    // Compare without tone marks but with the vowel letters' own marks (ă â ê ô ơ ư).
    const QString decomposed = word.toString().toLower().normalized(QString::NormalizationForm_D);
    QString toneless;
    for (const QChar c : decomposed) {
        if (!TextFold::isToneMark(c.unicode()))
            toneless += c;
    }
    toneless = toneless.normalized(QString::NormalizationForm_C);
    static const QRegularExpression syllable(
        QStringLiteral("^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
                       "[aăâeêioôơuưy]{1,3}(ch|nh|ng|[cmnpt])?$"));
    return syllable.match(toneless).hasMatch();
}

QString PersonName::fromCapitals(QStringView text)
{
    const QString t = text.toString();
    if (t != t.toUpper() || t == t.toLower())
        return t;
    QStringList words = t.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &w : words)
        w[0] = w.at(0).toUpper();
    return words.join(QLatin1Char(' '));
}

bool PersonName::looksLikeName(QStringView text)
{
    // Newspapers whose names have the shape of a personal name; they turn up in credits.
    static const QStringList outlets = {
        QStringLiteral("dân trí"), QStringLiteral("lao động"), QStringLiteral("khám phá"), QStringLiteral("tuổi trẻ"),
        QStringLiteral("thanh niên"), QStringLiteral("tiền phong"), QStringLiteral("nhân dân"), QStringLiteral("tin tức"),
        QStringLiteral("pháp luật"), QStringLiteral("người lao động"), QStringLiteral("đời sống"), QStringLiteral("gia đình"),
        QStringLiteral("quân đội nhân dân"), QStringLiteral("công an nhân dân"), QStringLiteral("văn hóa"),
        QStringLiteral("nhân văn"), QStringLiteral("sài gòn giải phóng"), QStringLiteral("hà nội mới"),
    };
    const QString key = TextFold::matchKey(text);
    for (const QString &outlet : outlets) {
        if (TextFold::matchKey(outlet) == key)
            return false;
    }
    const QList<QStringView> words = text.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2 || words.size() > 5)
        return false;
    for (const QStringView w : words) {
        if (!w.front().isUpper())
            return false;
        for (qsizetype i = 1; i < w.size(); ++i) {
            if (!w.at(i).isLower() && w.at(i).category() != QChar::Mark_NonSpacing)
                return false;
        }
        if (!isVietnameseSyllable(w))
            return false;
    }
    return true;
}

} // namespace Lectern::Core
