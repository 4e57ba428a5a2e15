#pragma once

#include <QCoreApplication>
#include <QString>

namespace factbench {

struct Claim;
struct ProjectArticle;
class Project;

/// How the review widgets write a claim: short enough for a cell of the facts table, and in
/// full for a tooltip.
class ClaimText
{
    Q_DECLARE_TR_FUNCTIONS(factbench::ClaimText)

public:
    /// A figure as its article states it ("at least 12", "£45 million"; the corrected value
    /// when the editor corrected it), a quote by the start of its words.
    static QString cell(const Claim &claim);
    /// The value alone: "≥12" for a figure, the speaker (or "unattributed") for a quote.
    static QString value(const Claim &claim);
    /// Everything a tooltip says of a claim: the words, what they count or who said them, and
    /// the editor's correction.
    static QString description(const Claim &claim);
    /// The sentence of the article around a figure, cut to a few words either side when long;
    /// a quote's own words. For the inspector's member list, where the value alone says little.
    static QString context(const Project *project, const Claim &claim);
    /// What names an article in a column header: its outlet, else its file name, else its title.
    static QString articleName(const ProjectArticle &article);
    /// The name of the claim's article; empty when unknown.
    static QString source(const Project *project, const Claim &claim);
    /// "Northshore Daily: at least 12", for the review log and messages.
    static QString withSource(const Project *project, const Claim &claim);
};

} // namespace factbench
