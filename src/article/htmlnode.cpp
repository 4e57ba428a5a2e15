#include "htmlnode.h"

#include <QList>

namespace factbench {

bool HtmlNode::isElement(const GumboNode *node)
{
    return node && (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE);
}

GumboTag HtmlNode::tag(const GumboNode *node)
{
    return isElement(node) ? node->v.element.tag : GUMBO_TAG_UNKNOWN;
}

const GumboVector *HtmlNode::children(const GumboNode *node)
{
    if (!node) {
        return nullptr;
    }
    if (node->type == GUMBO_NODE_DOCUMENT) {
        return &node->v.document.children;
    }
    return isElement(node) ? &node->v.element.children : nullptr;
}

QString HtmlNode::attribute(const GumboNode *node, const char *name)
{
    if (!isElement(node)) {
        return {};
    }
    const GumboAttribute *attribute = gumbo_get_attribute(&node->v.element.attributes, name);
    return attribute ? QString::fromUtf8(attribute->value) : QString();
}

QString HtmlNode::text(const GumboNode *node)
{
    QString text;
    QList<const GumboNode *> stack {node};
    while (!stack.isEmpty()) {
        const GumboNode *current = stack.takeLast();
        if (current->type == GUMBO_NODE_TEXT || current->type == GUMBO_NODE_WHITESPACE
            || current->type == GUMBO_NODE_CDATA) {
            text += QString::fromUtf8(current->v.text.text);
            text += QLatin1Char(' ');
            continue;
        }
        const GumboTag currentTag = tag(current);
        if (currentTag == GUMBO_TAG_SCRIPT || currentTag == GUMBO_TAG_STYLE
            || currentTag == GUMBO_TAG_NOSCRIPT || currentTag == GUMBO_TAG_TEMPLATE) {
            continue;
        }
        if (const GumboVector *children = HtmlNode::children(current)) {
            for (unsigned int i = children->length; i > 0; --i) {
                stack.append(static_cast<const GumboNode *>(children->data[i - 1]));
            }
        }
    }
    return text.simplified();
}

bool HtmlNode::isHidden(const GumboNode *node)
{
    if (!isElement(node)) {
        return false;
    }
    if (gumbo_get_attribute(&node->v.element.attributes, "hidden")
        || attribute(node, "aria-hidden") == QLatin1String("true")) {
        return true;
    }
    const QString style = attribute(node, "style").remove(QLatin1Char(' ')).toLower();
    return style.contains(QLatin1String("display:none"))
        || style.contains(QLatin1String("visibility:hidden"));
}

bool HtmlNode::isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIALOG:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
        return true;
    default:
        return false;
    }
}

bool HtmlNode::isNeverContent(const GumboNode *node)
{
    switch (tag(node)) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_DIALOG:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
        return true;
    default:
        break;
    }
    static const QStringList furnitureRoles
        = {QStringLiteral("navigation"), QStringLiteral("banner"), QStringLiteral("complementary"),
            QStringLiteral("contentinfo"), QStringLiteral("menu"), QStringLiteral("menubar"),
            QStringLiteral("dialog"), QStringLiteral("alert"), QStringLiteral("search")};
    const QString role = attribute(node, "role");
    return (!role.isEmpty() && furnitureRoles.contains(role.toLower())) || isHidden(node);
}

} // namespace factbench
