#include "reporttext.h"

#include <QLocale>

#include <cmath>

namespace factbench {

namespace {

bool isWhole(double value)
{
    return std::isfinite(value) && std::abs(value) < 1e15 && value == std::floor(value);
}

bool containsDigit(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

/// Symbols written before the number, for the money units the extractor names.
QString currencySymbol(const QString &unit)
{
    if (unit == QLatin1String("pound sterling")) {
        return QStringLiteral("£");
    }
    if (unit == QLatin1String("dollar")) {
        return QStringLiteral("$");
    }
    if (unit == QLatin1String("euro")) {
        return QStringLiteral("€");
    }
    return {};
}

} // namespace

QString ReportText::number(double value)
{
    const QLocale english(QLocale::English);
    const double magnitude = std::abs(value);
    // "45 million" reads as the articles write it; 45,000,000 has to be counted.
    for (const auto &[scale, word] : {std::pair {1e9, "billion"}, std::pair {1e6, "million"}}) {
        const double scaled = value / scale;
        if (magnitude >= scale && isWhole(scaled * 100)) {
            return english.toString(scaled, 'g', 15) + QLatin1Char(' ') + QLatin1String(word);
        }
    }
    if (isWhole(value)) {
        return english.toString(qlonglong(value));
    }
    return english.toString(value, 'g', 12);
}

QString ReportText::qualifierWords(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::Equal:
        return {};
    case Qualifier::Approximately:
        return tr("about ");
    case Qualifier::MoreThan:
        return tr("more than ");
    case Qualifier::AtLeast:
        return tr("at least ");
    case Qualifier::LessThan:
        return tr("less than ");
    case Qualifier::AtMost:
        return tr("up to ");
    }
    return {};
}

QString ReportText::figureValue(const Claim &claim)
{
    const Figure &figure = claim.figure;
    const bool corrected = claim.correction.value.has_value();
    QString value;
    if (!corrected && figure.kind != FigureKind::Count && containsDigit(claim.text)
        && !claim.text.at(0).isLetter()) {
        // "140 km/h", "£45 million", "1.2 metres": the article's own unit words.
        value = claim.text.simplified();
    } else {
        value = currencySymbol(figure.unit) + number(claim.value());
        if (figure.valueHigh && !corrected) {
            value += QStringLiteral("–") + number(*figure.valueHigh);
        }
        if (figure.kind == FigureKind::Percent) {
            value += QLatin1Char('%');
        } else if (figure.kind != FigureKind::Count && figure.kind != FigureKind::Money
            && !claim.counted().isEmpty()) {
            value += QLatin1Char(' ') + claim.counted();
        }
    }
    return qualifierWords(figure.qualifier) + value;
}

QString ReportText::status(FactStatus status)
{
    switch (status) {
    case FactStatus::Proposed:
        return tr("proposed");
    case FactStatus::Confirmed:
        return tr("confirmed");
    case FactStatus::Rejected:
        return tr("rejected");
    case FactStatus::Disputed:
        return tr("disputed");
    }
    return {};
}

QString ReportText::list(const QStringList &items)
{
    if (items.size() <= 1) {
        return items.value(0);
    }
    return tr("%1 and %2")
        .arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}

QString ReportText::dateTime(const QDateTime &time)
{
    if (!time.isValid()) {
        return {};
    }
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

QString ReportText::date(const QString &published)
{
    return published.left(10);
}

QString ReportText::resolutionHeading(const FactSheetEntry &entry)
{
    if (!entry.divergent) {
        return tr("What the sources say");
    }
    return entry.verifiedValue.isEmpty() ? tr("How the sources diverge")
                                         : tr("How the divergence was resolved");
}

QString ReportText::citation(const FactSheetArticle &article)
{
    QStringList parts;
    if (!article.outlet.isEmpty()) {
        parts.append(article.outlet);
    }
    if (!article.title.isEmpty()) {
        parts.append(quoted(article.title));
    }
    if (!article.published.isEmpty()) {
        parts.append(date(article.published));
    }
    return parts.join(QStringLiteral(", "));
}

QString ReportText::quoted(const QString &words)
{
    return QStringLiteral("\u201c%1\u201d").arg(words);
}

} // namespace factbench
