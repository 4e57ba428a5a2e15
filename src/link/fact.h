#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace factbench {

/// What a fact groups: figures or quotes (never both).
enum class FactKind { Figure, Quote };

/// The rule that decided whether a fact's members agree; the UI shows it as the reason.
enum class Agreement {
    /// One member, or several from one article: nothing to compare.
    Single,
    /// Every member states the same value or the same words.
    Equal,
    /// Qualifiers make the values compatible ("at least 23" and "23", "more than 500" and "539").
    CompatibleQualifiers,
    /// One value is the other rounded ("about 550" and "548").
    Rounding,
    /// Parts in one article add up to another's total (268 + 208 = 476).
    SumOfParts,
    /// A total minus a part gives another's figure (550 - 72 = 478).
    Complement,
    /// One article states a part of another's total ("Fourteen of the 23").
    PartitiveTotal,
    /// A later article gives a larger toll: an update, not a contradiction.
    Updated,
    /// A shorter quote is a cut of a longer one ("no progress" in "... no progress at all").
    Truncated,
    /// Nothing explains the difference.
    Divergent,
};

/// Claims from different articles that state the same thing.
struct Fact
{
    /// "g1", "g2", ... in the order of the first member's position in the run.
    QString id;
    FactKind kind = FactKind::Figure;
    /// Short name made from the members' concepts ("drones launched") or the speaker's words.
    QString label;
    /// Claim ids ("a0f1", "a2q3"); every claim is in at most one fact.
    QStringList members;
    bool divergent = false;
    /// The distinct values stated (figures only), in ascending order.
    QList<double> values;
    Agreement agreement = Agreement::Single;
    /// One sentence for the editor: "539 (3 sources) vs 550 (2 sources)".
    QString reason;
};

QString agreementName(Agreement agreement);

} // namespace factbench
