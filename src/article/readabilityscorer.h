#pragma once

#include <gumbo.h>

#include <QHash>
#include <QList>

namespace factbench {

/// Finds the article body of a parsed page by content scoring in the spirit of Mozilla's
/// Readability: paragraphs score by length and commas, pass their score to their containers,
/// links dilute it, and navigation, comment, share and related-story blocks are left out.
class ReadabilityScorer
{
public:
    explicit ReadabilityScorer(const GumboNode *document);

    /// The nodes that make the article, in page order: the best container and the siblings
    /// that score near it. Empty when the page has no paragraph of text at all.
    QList<const GumboNode *> contentNodes() const;
    /// True for an element inside the content that is still furniture (a share bar, a list of
    /// links, a hidden or navigation block); the text writer skips it.
    bool isFurniture(const GumboNode *element) const;
    /// The first <h1> outside the furniture, or nullptr.
    const GumboNode *headline() const { return m_headline; }
    const GumboNode *body() const { return m_body; }

private:
    struct Stats
    {
        int textLength = 0; // characters, whitespace runs counted once
        int linkLength = 0; // of which inside links
        int commas = 0;
        int order = 0; // position in page order, to break ties the same way every time
        double score = 0;
        bool candidate = false;
        bool excluded = false; // inside furniture: neither scored nor written
    };

    void measure(const GumboNode *document);
    void score();
    double linkDensity(const Stats &stats) const;
    static int classWeight(const GumboNode *element);
    static bool isUnlikelyCandidate(const GumboNode *element);

    QHash<const GumboNode *, Stats> m_stats;
    QList<const GumboNode *> m_elements; // in page order
    const GumboNode *m_body = nullptr;
    const GumboNode *m_headline = nullptr;
    const GumboNode *m_top = nullptr;
};

} // namespace factbench
