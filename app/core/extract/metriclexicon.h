#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringView>

namespace Lectern::Core {

// The words the metric recogniser knows: multipliers, currencies, units, qualifiers, directions,
// and the words that turn a number into a label, a date or a name. Keys are MetricText::wordKey()
// forms (lower case NFC); several-word entries join their words with one space.
// Built once on first use; immutable and thread-safe afterwards.
class MetricLexicon final
{
public:
    // What a word standing right before a number makes of it.
    enum class Label {
        None,
        Identifier, // "số 10", "giai đoạn 2", "Nghị quyết 03", "quận 1": never a figure
        IdentifierTime, // as Identifier, and also when a time unit follows ("thứ 6 ngày …")
        Day, // "ngày 15": a date when 1..31
        Month, // "tháng 6": a date when 1..12
        Year, // "năm 2021": a date when it looks like a year
        Quarter, // "quý 3": a date when 1..4
    };
    enum class DateCue { None, Weak, Strong };

    static const MetricLexicon &instance();

    // 10-exponent of a multiplier word ("tỷ" 9, "triệu" 6, "nghìn"/"ngàn" 3), or -1.
    int multiplierExponent(const QString &key) const;
    // ISO code of a currency name of 1..3 words ("đồng", "usd", "đô la mỹ"), or empty.
    QString currencyCode(const QString &key) const;
    // ISO code of a currency symbol before or after a number ('$', '€', '£', '¥', 'đ'), or empty.
    static QString currencySymbol(QChar c);
    // A unit of measure: case-sensitive abbreviations ("km", "MW", "kWh", "m2") and words
    // ("tấn", "héc-ta", "lít"). Time units are separate.
    bool isUnitSymbol(QStringView surface) const;
    bool isUnitWord(const QString &key) const;
    // "năm", "tháng", "ngày", "giờ", "phút", "tuổi", …
    bool isTimeUnit(const QString &key) const;
    bool isQualifier(const QString &key) const;
    bool isDirection(const QString &key) const;
    // Words allowed between a direction and its figure ("tăng thêm", "giảm xuống").
    bool isDirectionLink(const QString &key) const;
    // Words that never start the noun of a count ("và", "của", "năm" …).
    bool isStopWord(const QString &key) const;
    Label label(const QString &key) const;
    DateCue dateCue(const QString &key) const;
    // Words before "a/b" that make it a fraction rather than a date ("bằng 1/3", "chiếm 2/3").
    bool isFractionCue(const QString &key) const;
    // Second syllables that make "đồng" a word rather than the currency ("đồng chí").
    bool isDongCompound(const QString &key) const;
    // Phrase heads of a rate "tỉ lệ X/Y là N".
    bool isRateHead(const QString &key) const;

private:
    MetricLexicon();
    // The constructor's tables, one group each.
    void addMultipliers();
    void addCurrencies();
    void addUnits();
    void addSurroundingWords();
    void addLabels();
    void addCues();

    QHash<QString, int> m_multipliers;
    QHash<QString, QString> m_currencies;
    QSet<QString> m_unitSymbols;
    QSet<QString> m_unitWords;
    QSet<QString> m_timeUnits;
    QSet<QString> m_qualifiers;
    QSet<QString> m_directions;
    QSet<QString> m_directionLinks;
    QSet<QString> m_stopWords;
    QHash<QString, Label> m_labels;
    QHash<QString, DateCue> m_dateCues;
    QSet<QString> m_fractionCues;
    QSet<QString> m_dongCompounds;
    QSet<QString> m_rateHeads;
};

} // namespace Lectern::Core
