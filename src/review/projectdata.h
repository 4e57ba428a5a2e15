#pragma once

#include "article/article.h"
#include "extract/claims.h"
#include "link/fact.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace factbench {

/// The tables of a project, for the row signals the models follow. `Dismissed` holds the claims
/// the editor deleted (see ProjectData::dismissed).
enum class ProjectTable { Articles, Claims, Facts, Log, Dismissed };

/// What a claim states: a figure or a quote.
enum class ClaimKind { Figure, Quote };

/// Where a claim or a fact comes from: the program's analysis or the editor's hand.
enum class Origin { Program, Editor };

/// The texts of a fact the editor types.
enum class FactText { Label, VerifiedValue, Verdict, Note };

/// The editor's verdict on a proposed fact.
enum class FactStatus { Proposed, Confirmed, Rejected, Disputed };

/// One article of a project: the imported Article plus what the project needs to track it.
struct ProjectArticle
{
    /// "a1", "a2", ...: never reused inside a project, so files diff cleanly.
    QString id;
    /// `article.source` is an absolute path in memory and relative to the project file on disk.
    Article article;
    /// Hex SHA-256 of the UTF-8 text: tells a re-import whether the text changed.
    QString sha256;

    static QString hashText(const QString &text);
    friend bool operator==(const ProjectArticle &, const ProjectArticle &);
};

/// What the editor changed on a claim; the extracted values stay in the claim untouched.
struct ClaimCorrection
{
    std::optional<double> value;
    std::optional<QString> counted;
    std::optional<QString> speaker;

    bool isEmpty() const { return !value && !counted && !speaker; }
    friend bool operator==(const ClaimCorrection &, const ClaimCorrection &) = default;
};

/// A figure or a quote in one article, as extracted or added by hand, with its correction.
struct Claim
{
    /// "c1", "c2", ...: never reused inside a project.
    QString id;
    QString articleId;
    ClaimKind kind = ClaimKind::Figure;
    Origin origin = Origin::Program;
    /// UTF-16 range into the article's text; meaningless when `orphaned`.
    TextRange range;
    /// The exact text at `range`: the anchor used to place the claim again after a re-import.
    QString text;
    /// Set when a re-import could not find `text` in the new article text.
    bool orphaned = false;
    /// For an orphan: the words before and after it in the last text that had it, so that a later
    /// version with those words again places it (TextQuoteSelector's prefix and suffix).
    QString prefix;
    QString suffix;
    /// The extracted (or first entered) values; `figure.id` and `quote.id` are not used.
    Figure figure;
    Quote quote;
    ClaimCorrection correction;

    double value() const { return correction.value.value_or(figure.value); }
    QString counted() const { return correction.counted.value_or(figure.counted); }
    QString speaker() const { return correction.speaker.value_or(quote.speaker); }
    friend bool operator==(const Claim &, const Claim &);
};

/// Claims from different articles that state the same thing, with the editor's review.
struct ProjectFact
{
    /// "f1", "f2", ...: never reused inside a project.
    QString id;
    FactKind kind = FactKind::Figure;
    Origin origin = Origin::Program;
    QString label;
    /// Claim ids; every claim is in at most one fact.
    QStringList members;
    FactStatus status = FactStatus::Proposed;
    /// The value the editor established ("539"), as typed.
    QString verifiedValue;
    QString verdict;
    QString note;
    /// The linker's view when it proposed the fact.
    bool divergent = false;
    Agreement agreement = Agreement::Single;
    QString reason;

    QString text(FactText which) const;
    QString &text(FactText which);
    friend bool operator==(const ProjectFact &, const ProjectFact &) = default;
};

/// One line of the review log: who did what to which fact, when.
struct ReviewLogEntry
{
    QDateTime time;
    QString editor;
    /// A stable verb name ("confirm", "move-claim"); the UI translates it.
    QString action;
    /// The fact concerned, or empty.
    QString factId;
    QString detail;

    friend bool operator==(const ReviewLogEntry &, const ReviewLogEntry &) = default;
};

/// Everything a project file holds; Project wraps it with undo, signals and a file.
struct ProjectData
{
    QList<ProjectArticle> articles;
    QList<Claim> claims;
    QList<ProjectFact> facts;
    QList<ReviewLogEntry> log;
    /// Claims the editor deleted, kept out of sight so that extracting again does not bring them
    /// back; re-anchored with their article and gone with it. Their ids stay taken.
    QList<Claim> dismissed;

    friend bool operator==(const ProjectData &, const ProjectData &) = default;
};

QString claimKindName(ClaimKind kind);
std::optional<ClaimKind> claimKindFromName(QStringView name);
QString originName(Origin origin);
std::optional<Origin> originFromName(QStringView name);
QString factStatusName(FactStatus status);
std::optional<FactStatus> factStatusFromName(QStringView name);
QString factKindName(FactKind kind);
std::optional<FactKind> factKindFromName(QStringView name);
/// The file's names for the linker's rules: kept here so the format does not follow UI wording.
QString agreementKey(Agreement agreement);
std::optional<Agreement> agreementFromKey(QStringView key);
std::optional<Qualifier> qualifierFromSymbol(QStringView symbol);
std::optional<FigureKind> figureKindFromName(QStringView name);

} // namespace factbench
