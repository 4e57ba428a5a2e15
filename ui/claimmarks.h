#pragma once

#include "articlehighlighter.h"

#include <QHash>

namespace factbench {

class Project;

/// The marks the panes paint, made from a project in one pass over its facts and claims.
class ClaimMarks
{
public:
    /// Article id -> that article's marks.
    static QHash<QString, QList<ClaimMark>> of(const Project &project);
    /// Where a fact in this status (and with this linker verdict) leaves its members.
    static ReviewState stateOf(FactStatus status, bool divergent);
    /// The speaker's name nearest to a quote in `text`, outside the quote, within its paragraph.
    static TextRange speakerNear(
        const QString &text, const TextRange &quote, const QString &speaker);
};

} // namespace factbench
