#include "projectdata.h"

#include <QCryptographicHash>

#include <array>
#include <utility>

namespace factbench {

namespace {

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value) {
            return QString::fromLatin1(name);
        }
    }
    return QString::fromLatin1(names.front().second);
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(
    const std::array<std::pair<Enum, const char *>, N> &names, QStringView name)
{
    for (const auto &[candidate, text] : names) {
        if (name == QLatin1StringView(text)) {
            return candidate;
        }
    }
    return std::nullopt;
}

constexpr std::array<std::pair<ClaimKind, const char *>, 2> claimKinds {{
    {ClaimKind::Figure, "figure"},
    {ClaimKind::Quote, "quote"},
}};

constexpr std::array<std::pair<Origin, const char *>, 2> origins {{
    {Origin::Program, "program"},
    {Origin::Editor, "editor"},
}};

constexpr std::array<std::pair<FactStatus, const char *>, 4> statuses {{
    {FactStatus::Proposed, "proposed"},
    {FactStatus::Confirmed, "confirmed"},
    {FactStatus::Rejected, "rejected"},
    {FactStatus::Disputed, "disputed"},
}};

constexpr std::array<std::pair<FactKind, const char *>, 2> factKinds {{
    {FactKind::Figure, "figure"},
    {FactKind::Quote, "quote"},
}};

constexpr std::array<std::pair<Agreement, const char *>, 10> agreements {{
    {Agreement::Single, "single"},
    {Agreement::Equal, "equal"},
    {Agreement::CompatibleQualifiers, "compatible-qualifiers"},
    {Agreement::Rounding, "rounding"},
    {Agreement::SumOfParts, "sum-of-parts"},
    {Agreement::Complement, "complement"},
    {Agreement::PartitiveTotal, "partitive-total"},
    {Agreement::Updated, "updated"},
    {Agreement::Truncated, "truncated"},
    {Agreement::Divergent, "divergent"},
}};

constexpr std::array<std::pair<Qualifier, const char *>, 6> qualifiers {{
    {Qualifier::Equal, "="},
    {Qualifier::Approximately, "~"},
    {Qualifier::MoreThan, ">"},
    {Qualifier::AtLeast, ">="},
    {Qualifier::LessThan, "<"},
    {Qualifier::AtMost, "<="},
}};

constexpr std::array<std::pair<FigureKind, const char *>, 8> figureKinds {{
    {FigureKind::Count, "count"},
    {FigureKind::Money, "money"},
    {FigureKind::Percent, "percent"},
    {FigureKind::Duration, "duration"},
    {FigureKind::Measure, "measure"},
    {FigureKind::Age, "age"},
    {FigureKind::Ordinal, "ordinal"},
    {FigureKind::Other, "other"},
}};

bool sameFigure(const Figure &a, const Figure &b)
{
    // The claim's range is the one kept; the figure's and quote's own ranges are not saved.
    return a.text == b.text && a.value == b.value && a.valueHigh == b.valueHigh
        && a.qualifier == b.qualifier && a.kind == b.kind && a.unit == b.unit
        && a.counted == b.counted && a.conceptName == b.conceptName
        && a.attribution == b.attribution;
}

bool sameQuote(const Quote &a, const Quote &b)
{
    return a.text == b.text && a.speaker == b.speaker && a.partial == b.partial;
}

bool sameArticle(const Article &a, const Article &b)
{
    return a.source == b.source && a.line == b.line && a.title == b.title && a.outlet == b.outlet
        && a.url == b.url && a.byline == b.byline && a.publishedDateOnly == b.publishedDateOnly
        && (a.publishedDateOnly ? a.published.date() == b.published.date()
                                : a.published == b.published)
        && a.text == b.text && a.boilerplate == b.boilerplate;
}

} // namespace

QString ProjectArticle::hashText(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool operator==(const ProjectArticle &a, const ProjectArticle &b)
{
    // Warnings and errors belong to one import, not to the project: not compared, not saved.
    return a.id == b.id && a.sha256 == b.sha256 && sameArticle(a.article, b.article);
}

bool operator==(const Claim &a, const Claim &b)
{
    // The figure or quote not of the claim's kind is never saved: compare only the used one.
    const bool sameValues = a.kind == ClaimKind::Figure ? sameFigure(a.figure, b.figure)
                                                        : sameQuote(a.quote, b.quote);
    return a.id == b.id && a.articleId == b.articleId && a.kind == b.kind && a.origin == b.origin
        && a.orphaned == b.orphaned
        && (a.orphaned ? a.prefix == b.prefix && a.suffix == b.suffix : a.range == b.range)
        && a.text == b.text && a.correction == b.correction && sameValues;
}

QString ProjectFact::text(FactText which) const
{
    return const_cast<ProjectFact *>(this)->text(which);
}

QString &ProjectFact::text(FactText which)
{
    switch (which) {
    case FactText::Label:
        return label;
    case FactText::VerifiedValue:
        return verifiedValue;
    case FactText::Verdict:
        return verdict;
    case FactText::Note:
        break;
    }
    return note;
}

QString claimKindName(ClaimKind kind)
{
    return nameOf(claimKinds, kind);
}

std::optional<ClaimKind> claimKindFromName(QStringView name)
{
    return valueOf(claimKinds, name);
}

QString originName(Origin origin)
{
    return nameOf(origins, origin);
}

std::optional<Origin> originFromName(QStringView name)
{
    return valueOf(origins, name);
}

QString factStatusName(FactStatus status)
{
    return nameOf(statuses, status);
}

std::optional<FactStatus> factStatusFromName(QStringView name)
{
    return valueOf(statuses, name);
}

QString factKindName(FactKind kind)
{
    return nameOf(factKinds, kind);
}

std::optional<FactKind> factKindFromName(QStringView name)
{
    return valueOf(factKinds, name);
}

QString agreementKey(Agreement agreement)
{
    return nameOf(agreements, agreement);
}

std::optional<Agreement> agreementFromKey(QStringView key)
{
    return valueOf(agreements, key);
}

std::optional<Qualifier> qualifierFromSymbol(QStringView symbol)
{
    return valueOf(qualifiers, symbol);
}

std::optional<FigureKind> figureKindFromName(QStringView name)
{
    return valueOf(figureKinds, name);
}

} // namespace factbench
