#pragma once

#include "factsheet.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace factbench {

/// The words the human-readable formats (Markdown, HTML, PDF) and the resolution sentence share:
/// values as an editor reads them, statuses, lists of outlets, dates. Machine formats (CSV,
/// JSON, JSON-LD) keep the file's own names instead, which never change with the language.
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(factbench::ReportText)

public:
    /// "1,700", "45 million", "1.2": English digits and grouping, as in the articles.
    static QString number(double value);
    /// "more than ", "about ", ... or nothing for an exact value.
    static QString qualifierWords(Qualifier qualifier);
    /// A figure claim's value as the editor reads it, corrections applied: "14", "at least 12",
    /// "about £45 million", "up to 140 km/h", "more than 8 hours".
    static QString figureValue(const Claim &claim);
    /// The translated name of a status ("confirmed").
    static QString status(FactStatus status);
    /// "A", "A and B", "A, B and C".
    static QString list(const QStringList &items);
    /// "2026-03-15 09:12 UTC" for a decision time; empty for an invalid one.
    static QString dateTime(const QDateTime &time);
    /// "2026-03-14" of an article's publication, whatever its precision.
    static QString date(const QString &published);
    /// The heading over a fact's resolution sentence: agreement, divergence, or its resolution.
    static QString resolutionHeading(const FactSheetEntry &entry);
    /// "The Coastal Herald, “Storm Morwenna floods …”, 2026-03-14".
    static QString citation(const FactSheetArticle &article);
    /// A quote's words between curly quotation marks.
    static QString quoted(const QString &words);
};

} // namespace factbench
