#include "claimtext.h"

#include "review/project.h"

#include <QFileInfo>
#include <QLocale>

namespace factbench {

namespace {

/// Past this many characters a figure's own words make a poor cell: the cell falls back to the
/// value.
constexpr qsizetype longestFigureCell = 24;
/// How much of a quote a cell shows.
constexpr qsizetype quoteCellLength = 36;
/// How much of the sentence around a figure the member list shows before and after it: little
/// before, so that the figure stays in view in a narrow column.
constexpr qsizetype contextBefore = 24;
constexpr qsizetype contextAfter = 60;

QString number(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

QString qualified(const Claim &claim)
{
    const Figure &figure = claim.figure;
    QString text = number(claim.value());
    if (figure.valueHigh && !claim.correction.value) {
        text += QStringLiteral("–") + number(*figure.valueHigh);
    }
    switch (figure.qualifier) {
    case Qualifier::Equal:
        return text;
    case Qualifier::Approximately:
        return QStringLiteral("~") + text;
    case Qualifier::MoreThan:
        return QStringLiteral(">") + text;
    case Qualifier::AtLeast:
        return QStringLiteral("≥") + text;
    case Qualifier::LessThan:
        return QStringLiteral("<") + text;
    case Qualifier::AtMost:
        return QStringLiteral("≤") + text;
    }
    return text;
}

/// The first words of a text, cut at a word boundary, with an ellipsis when cut.
QString shortened(const QString &text, qsizetype length)
{
    const QString simple = text.simplified();
    if (simple.size() <= length) {
        return simple;
    }
    qsizetype cut = simple.lastIndexOf(QLatin1Char(' '), length);
    if (cut < length / 2) {
        cut = length;
    }
    return simple.left(cut) + QStringLiteral("…");
}

} // namespace

QString ClaimText::cell(const Claim &claim)
{
    if (claim.kind == ClaimKind::Quote) {
        return QStringLiteral("“%1”").arg(shortened(claim.text, quoteCellLength));
    }
    // The extractor's range holds the number and its unit ("£45 million", "Fourteen"), the
    // qualifier stands before it: together they say what the article says.
    const QString words = claim.text.simplified();
    const QString stated
        = claim.correction.value || words.isEmpty() || words.size() > longestFigureCell
        ? number(claim.value())
        : words;
    switch (claim.figure.qualifier) {
    case Qualifier::Equal:
        break;
    case Qualifier::Approximately:
        return tr("about %1").arg(stated);
    case Qualifier::MoreThan:
        return tr("more than %1").arg(stated);
    case Qualifier::AtLeast:
        return tr("at least %1").arg(stated);
    case Qualifier::LessThan:
        return tr("less than %1").arg(stated);
    case Qualifier::AtMost:
        return tr("up to %1").arg(stated);
    }
    return stated;
}

QString ClaimText::value(const Claim &claim)
{
    if (claim.kind == ClaimKind::Figure) {
        return qualified(claim);
    }
    const QString speaker = claim.speaker();
    return speaker.isEmpty() ? tr("unattributed") : speaker;
}

QString ClaimText::description(const Claim &claim)
{
    QStringList lines;
    if (claim.kind == ClaimKind::Quote) {
        lines.append(QStringLiteral("“%1”").arg(claim.text.simplified()));
        const QString speaker = claim.speaker();
        lines.append(speaker.isEmpty() ? tr("Nobody is named as the speaker.")
                                       : tr("Said by %1").arg(speaker));
        if (claim.correction.speaker) {
            lines.append(
                tr("Speaker corrected from %1")
                    .arg(claim.quote.speaker.isEmpty() ? tr("nobody") : claim.quote.speaker));
        }
    } else {
        lines.append(claim.text.simplified());
        const QString counted
            = claim.figure.conceptName.isEmpty() ? claim.counted() : claim.figure.conceptName;
        lines.append(counted.isEmpty() ? tr("Value %1").arg(qualified(claim))
                                       : tr("Value %1, counts %2").arg(qualified(claim), counted));
        if (claim.correction.value) {
            lines.append(tr("Value corrected from %1").arg(number(claim.figure.value)));
        }
    }
    if (claim.orphaned) {
        lines.append(tr("The words are no longer in the article."));
    }
    return lines.join(QLatin1Char('\n'));
}

QString ClaimText::context(const Project *project, const Claim &claim)
{
    const ProjectArticle *article = project->article(claim.articleId);
    if (claim.kind == ClaimKind::Quote || claim.orphaned || !article) {
        return claim.kind == ClaimKind::Quote ? QStringLiteral("“%1”").arg(claim.text.simplified())
                                              : claim.text.simplified();
    }
    const QString &text = article->article.text;
    const auto endsSentence = [&text](qsizetype i) {
        const QChar c = text.at(i);
        return c == QLatin1Char('\n')
            || ((c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?'))
                && (i + 1 == text.size() || text.at(i + 1).isSpace()));
    };
    qsizetype start = claim.range.start;
    while (start > 0 && !endsSentence(start - 1)) {
        --start;
    }
    qsizetype end = claim.range.end;
    while (end < text.size() && !endsSentence(end)) {
        ++end;
    }
    end = std::min(end + 1, text.size()); // With its full stop.
    QString before = text.mid(start, claim.range.start - start);
    QString after = text.mid(claim.range.end, end - claim.range.end);
    if (before.size() > contextBefore) {
        before = QStringLiteral("…")
            + before.mid(before.indexOf(QLatin1Char(' '), before.size() - contextBefore) + 1);
    }
    if (after.size() > contextAfter) {
        const qsizetype cut = after.lastIndexOf(QLatin1Char(' '), contextAfter);
        after = after.left(cut > 0 ? cut : contextAfter) + QStringLiteral("…");
    }
    return (before + text.mid(claim.range.start, claim.range.length()) + after).simplified();
}

QString ClaimText::articleName(const ProjectArticle &article)
{
    if (!article.article.outlet.isEmpty()) {
        return article.article.outlet;
    }
    if (!article.article.source.isEmpty()) {
        return QFileInfo(article.article.source).fileName();
    }
    return article.article.title.isEmpty() ? article.id : article.article.title;
}

QString ClaimText::source(const Project *project, const Claim &claim)
{
    const ProjectArticle *article = project->article(claim.articleId);
    return article ? articleName(*article) : QString();
}

QString ClaimText::withSource(const Project *project, const Claim &claim)
{
    const QString name = source(project, claim);
    return name.isEmpty() ? cell(claim) : tr("%1: %2").arg(name, cell(claim));
}

} // namespace factbench
