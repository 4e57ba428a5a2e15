#pragma once

#include "article/textrange.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace factbench {

/// How a figure's value relates to the true number ("at least 23" is AtLeast 23).
enum class Qualifier { Equal, Approximately, MoreThan, AtLeast, LessThan, AtMost };

/// What a figure measures; the CLI prints these as count, money, percent, ...
enum class FigureKind { Count, Money, Percent, Duration, Measure, Age, Ordinal, Other };

/// A number stated in an article with what it counts.
struct Figure
{
    QString id;
    TextRange range;
    QString text;
    double value = 0;
    std::optional<double> valueHigh;
    Qualifier qualifier = Qualifier::Equal;
    FigureKind kind = FigureKind::Count;
    /// Normalized singular unit ("dollar", "kilometre") or, for a count, the counted noun's
    /// singular ("drone", "person").
    QString unit;
    /// The counted noun as written ("drones").
    QString counted;
    /// The counted noun with the action that governs it ("drones launched").
    QString conceptName;
    /// Who the sentence says the figure comes from ("Ukraine's Air Force"), or empty.
    QString attribution;
};

/// Words in quotation marks with whoever said them.
struct Quote
{
    QString id;
    /// The quoted words without the quotation marks.
    TextRange range;
    QString text;
    /// Canonical name of the speaker, or empty when nobody is named.
    QString speaker;
    /// A fragment woven into the reporter's sentence ("a night of terror").
    bool partial = false;
};

/// A calendar date, year or clock time: never a figure.
struct DateMention
{
    TextRange range;
    QString text;
    /// ISO 8601 as far as it is known: "2025-07-04", "2022-02", "2025", "T09:00"; empty when the
    /// mention names no calendar position by itself ("Friday").
    QString iso;
};

/// Everything extracted from one article.
struct Extraction
{
    QList<Figure> figures;
    QList<Quote> quotes;
    QList<DateMention> dates;
};

QString qualifierSymbol(Qualifier qualifier);
QString figureKindName(FigureKind kind);

} // namespace factbench
