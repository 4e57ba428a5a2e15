#include "htmlimporter.h"

#include "htmlmetadata.h"
#include "htmlnestinglimiter.h"
#include "htmlnode.h"
#include "htmltextwriter.h"
#include "readabilityscorer.h"

#include <QCoreApplication>

#include <gumbo.h>

#include <memory>

namespace factbench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("factbench::HtmlImporter", text);
}

struct GumboOutputDeleter
{
    const GumboOptions *options;
    void operator()(GumboOutput *output) const { gumbo_destroy_output(options, output); }
};

// True when writing `roots` writes `node`: it lies below one of them and nothing on the way
// down is skipped.
template<typename Skip>
bool isWritten(const GumboNode *node, const QList<const GumboNode *> &roots, const Skip &skip)
{
    for (const GumboNode *up = node; up; up = up->parent) {
        if (roots.contains(up)) {
            return true;
        }
        if (skip(up)) {
            return false;
        }
    }
    return false;
}

} // namespace

Article HtmlImporter::parse(const QString &html, QList<qsizetype> *sourceOffsets)
{
    Article article;
    QByteArray page = html.toUtf8();
    const qsizetype flattened = HtmlNestingLimiter::limit(page);
    if (flattened > 0) {
        article.warnings.append(tr("elements nested deeper than %1 levels were flattened")
                                    .arg(HtmlNestingLimiter::DefaultMaximumDepth));
    }

    GumboOptions options = kGumboDefaultOptions;
    // Gumbo copies the stack of open elements into every parse error it records: on a broken
    // page that is quadratic memory, and the errors are of no use here.
    options.max_errors = 0;
    const std::unique_ptr<GumboOutput, GumboOutputDeleter> output(
        gumbo_parse_with_options(&options, page.constData(), size_t(page.size())),
        GumboOutputDeleter {&options});
    if (!output) {
        article.warnings.append(tr("the page could not be parsed as HTML"));
        return article;
    }

    HtmlMetadata(output->document).applyTo(article);

    const ReadabilityScorer scorer(output->document);
    const auto skip = [&scorer](const GumboNode *element) { return scorer.isFurniture(element); };
    HtmlTextWriter writer(page);
    QList<const GumboNode *> content = scorer.contentNodes();
    if (content.isEmpty() && scorer.body()) {
        content.append(scorer.body()); // no paragraph anywhere: keep what text there is
    }
    // The headline usually sits in a header above the body; the article starts with it.
    const GumboNode *headline = scorer.headline();
    if (headline && !isWritten(headline, content, skip)) {
        writer.write(headline, skip);
        writer.endParagraph();
    }
    for (const GumboNode *node : std::as_const(content)) {
        writer.write(node, skip);
        writer.endParagraph();
    }
    article.text = writer.text();
    if (sourceOffsets) {
        *sourceOffsets = writer.offsets();
    }
    if (article.text.isEmpty() && !html.trimmed().isEmpty()) {
        article.warnings.append(tr("no article text was found in the page"));
    }
    return article;
}

} // namespace factbench
