#pragma once

#include "review/projectdata.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace factbench {

/// The small coloured marks of the review: one per fact status, the divergence warning and
/// the quieter mark of members that agree only by a rule. Colours come from the
/// KSyntaxHighlighting theme that suits the palette (as the article highlighting's do), made
/// darker or lighter where they would stand out too little from the palette's base.
class FactBadges
{
public:
    explicit FactBadges(const QPalette &palette);

    QColor statusColor(FactStatus status) const;
    QColor divergentColor() const { return m_divergent; }
    QColor agreedByRuleColor() const { return m_agreedByRule; }
    QIcon statusIcon(FactStatus status) const;
    QIcon divergentIcon() const { return m_divergentIcon; }
    QIcon agreedByRuleIcon() const { return m_agreedByRuleIcon; }
    /// The divergence warning in the quiet colour, for the column header: a header in the
    /// warning colour would read as a warning of its own.
    QIcon headerIcon() const { return m_headerIcon; }

private:
    QColor m_proposed;
    QColor m_confirmed;
    QColor m_rejected;
    QColor m_disputed;
    QColor m_divergent;
    QColor m_agreedByRule;
    QIcon m_statusIcons[4];
    QIcon m_divergentIcon;
    QIcon m_agreedByRuleIcon;
    QIcon m_headerIcon;
};

} // namespace factbench
