#pragma once

#include <gumbo.h>

#include <QString>

namespace factbench {

/// The questions the HTML importer's parts ask of gumbo's nodes, in one place.
class HtmlNode
{
public:
    static bool isElement(const GumboNode *node);
    /// The element's tag, GUMBO_TAG_UNKNOWN for anything that is not an element.
    static GumboTag tag(const GumboNode *node);
    /// The children of an element or of the document; nullptr for text.
    static const GumboVector *children(const GumboNode *node);
    static QString attribute(const GumboNode *node, const char *name);
    /// The text of every text node below `node`, whitespace collapsed, trimmed. Iterative.
    static QString text(const GumboNode *node);

    /// Hidden with the `hidden` attribute, aria-hidden or an inline display:none.
    static bool isHidden(const GumboNode *node);
    /// Elements that start a new paragraph or line in the text.
    static bool isBlock(GumboTag tag);
    /// Elements whose content is never article text: scripts, styles, forms, navigation,
    /// asides, figures (their captions repeat the text and carry photo credits).
    static bool isNeverContent(const GumboNode *node);
};

} // namespace factbench
