#pragma once

#include "link/fact.h"
#include "review/projectdata.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace factbench {

/// Which facts a fact sheet holds.
enum class FactSheetScope {
    /// The confirmed facts: what the editor vouches for.
    Confirmed,
    /// Confirmed and disputed facts.
    Disputed,
    /// Every fact, proposals and rejections included.
    All,
};

QString factSheetScopeName(FactSheetScope scope);
std::optional<FactSheetScope> factSheetScopeFromName(QStringView name);

/// One article a fact sheet cites.
struct FactSheetArticle
{
    QString id;
    QString outlet;
    QString title;
    /// "2026-03-14" or "2026-03-14T07:30:00Z"; empty when unknown.
    QString published;
    /// The article's address; empty when it has none.
    QString url;
    QString byline;
    /// The file it was imported from (absolute, or a ":/" resource path); may be empty.
    QString source;
    /// Hex SHA-256 of the text.
    QString sha256;
    /// The text the claims' offsets count in.
    QString text;
};

/// One source's statement of a fact: the claim with the article it comes from.
struct FactSheetSource
{
    QString claimId;
    /// Index into FactSheet::articles.
    qsizetype article = -1;
    /// The value as the editor reads it, corrections applied: "more than 300", "£45 million",
    /// or a quote's words.
    QString value;
    /// The words at the claim's position in the article ("Fourteen", "£45 million").
    QString stated;
    /// Who the article says the figure comes from, or who said the quote; may be empty.
    QString attribution;
    /// Set when the editor corrected the claim's value, noun or speaker.
    bool corrected = false;
    /// The sentence around the claim, as the article has it.
    QString passage;
    /// The article's address pointing at the passage (a text fragment); empty without a URL.
    QString passageLink;
    /// The claim's place in the article text in Unicode code points, end exclusive.
    qsizetype start = 0;
    qsizetype end = 0;
    /// The claim's words with up to 32 code points of context each side, as W3C Web
    /// Annotation's TextQuoteSelector has them.
    QString exact;
    QString prefix;
    QString suffix;
};

/// One fact of the sheet with the editor's review and every source's statement of it.
struct FactSheetEntry
{
    QString factId;
    FactKind kind = FactKind::Figure;
    QString label;
    FactStatus status = FactStatus::Proposed;
    QString verifiedValue;
    QString verdict;
    QString note;
    /// Whether the sources state different values (or words).
    bool divergent = false;
    /// What the linker said when it proposed the fact.
    Agreement agreement = Agreement::Single;
    QString linkerReason;
    /// How the divergence was resolved: "360 per the county council in Bayline News; ...".
    QString resolution;
    /// Who made the last decision on the fact, and when; empty when nobody decided yet.
    QString editor;
    QDateTime decided;
    QList<FactSheetSource> sources;
};

/// The verified result of a review, ready for the writers: every format is written from this
/// and from nothing else, so they cannot disagree.
struct FactSheet
{
    FactSheetScope scope = FactSheetScope::Confirmed;
    /// The articles the entries cite, in the project's order.
    QList<FactSheetArticle> articles;
    QList<FactSheetEntry> entries;
    /// The editors of the entries, in the entries' order, and the time of the last decision.
    QStringList editors;
    QDateTime lastDecision;
    /// A stable name of the reviewed articles (a hash of their texts), for identifiers that
    /// stay the same across exports of one review.
    QString reviewKey;
    /// Where the fact sheet is (or will be) published; ClaimReview's `url` is this address with
    /// the fact's anchor, or the anchor alone (relative to the page) when it is empty.
    QString publicationUrl;

    const FactSheetArticle &articleOf(const FactSheetSource &source) const
    {
        return articles.at(source.article);
    }
};

} // namespace factbench
