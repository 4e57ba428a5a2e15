#include "readabilityscorer.h"

#include "htmlnode.h"

#include <QRegularExpression>

#include <algorithm>

namespace factbench {

namespace {

constexpr auto Options = QRegularExpression::CaseInsensitiveOption;

// Class and id words of page furniture (Readability's list, with share and subscribe bars).
const QRegularExpression &unlikely()
{
    static const QRegularExpression expression(
        QStringLiteral("-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus"
                       "|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox"
                       "|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination"
                       "|pager|popup|yom-remote|share|sharing|newsletter|subscri|promo|cookie"
                       "|consent|(?:^|[\\s_-])nav|masthead|outbrain|taboola|recommend|trending"
                       "|most-read|modal|paywall|signup"),
        Options);
    return expression;
}

const QRegularExpression &maybeCandidate()
{
    static const QRegularExpression expression(
        QStringLiteral("article|body|column|content|main|shadow|story"), Options);
    return expression;
}

const QRegularExpression &positive()
{
    static const QRegularExpression expression(
        QStringLiteral("article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story"),
        Options);
    return expression;
}

const QRegularExpression &negative()
{
    static const QRegularExpression expression(
        QStringLiteral("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact"
                       "|foot|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll"
                       "|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget"
                       "|social|newsletter|subscri|(?:^|[\\s_-])nav|menu|byline|caption|credit"
                       "|recommend|trending|most-read"),
        Options);
    return expression;
}

bool isHtmlText(const GumboNode *node)
{
    return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE
        || node->type == GUMBO_NODE_CDATA;
}

bool isInvisible(GumboTag tag)
{
    return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT
        || tag == GUMBO_TAG_TEMPLATE || tag == GUMBO_TAG_HEAD;
}

bool marksArticle(const GumboNode *element)
{
    const GumboTag tag = HtmlNode::tag(element);
    return tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN
        || HtmlNode::attribute(element, "itemprop") == QLatin1String("articleBody");
}

bool hasBlockChild(const GumboNode *element)
{
    const GumboVector *children = HtmlNode::children(element);
    for (unsigned int i = 0; children && i < children->length; ++i) {
        const GumboTag tag = HtmlNode::tag(static_cast<const GumboNode *>(children->data[i]));
        if (HtmlNode::isBlock(tag) || tag == GUMBO_TAG_IMG) {
            return true;
        }
    }
    return false;
}

int initialScore(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
        return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
        return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
        return -3;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH:
        return -5;
    default:
        return 0;
    }
}

bool isContainer(GumboTag tag)
{
    return tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_SECTION || tag == GUMBO_TAG_UL
        || tag == GUMBO_TAG_OL || tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_DL
        || tag == GUMBO_TAG_ASIDE;
}

bool isDescendant(const GumboNode *node, const GumboNode *ancestor)
{
    for (; node; node = node->parent) {
        if (node == ancestor) {
            return true;
        }
    }
    return false;
}

} // namespace

ReadabilityScorer::ReadabilityScorer(const GumboNode *document)
{
    measure(document);
    score();
}

int ReadabilityScorer::classWeight(const GumboNode *element)
{
    int weight = 0;
    for (const char *name : {"class", "id"}) {
        const QString value = HtmlNode::attribute(element, name);
        if (value.isEmpty()) {
            continue;
        }
        weight -= negative().match(value).hasMatch() ? 25 : 0;
        weight += positive().match(value).hasMatch() ? 25 : 0;
    }
    return weight;
}

bool ReadabilityScorer::isUnlikelyCandidate(const GumboNode *element)
{
    const GumboTag tag = HtmlNode::tag(element);
    if (tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_A
        || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN) {
        return false;
    }
    const QString words = HtmlNode::attribute(element, "class") + QLatin1Char(' ')
        + HtmlNode::attribute(element, "id");
    return unlikely().match(words).hasMatch() && !maybeCandidate().match(words).hasMatch();
}

void ReadabilityScorer::measure(const GumboNode *document)
{
    // Post-order with an explicit stack: a page may nest as deep as it likes.
    struct Frame
    {
        const GumboNode *node;
        unsigned int next;
        bool containsArticle;
    };
    QHash<const GumboNode *, bool> containsArticle;
    QList<Frame> stack {{document, 0, false}};
    while (!stack.isEmpty()) {
        const GumboNode *node = stack.last().node;
        const GumboVector *children = HtmlNode::children(node);
        if (children && stack.last().next < children->length) {
            const auto *child = static_cast<const GumboNode *>(children->data[stack.last().next++]);
            if (HtmlNode::isElement(child)) {
                if (isInvisible(HtmlNode::tag(child))) {
                    continue;
                }
                Stats fresh;
                fresh.order = int(m_elements.size());
                m_elements.append(child);
                m_stats.insert(child, fresh);
                stack.append({child, 0, false});
            } else if (isHtmlText(child) && HtmlNode::isElement(node)) {
                Stats &stats = m_stats[node];
                bool inSpace = false;
                for (const char *c = child->v.text.text; *c; ++c) {
                    const auto byte = static_cast<unsigned char>(*c);
                    if ((byte & 0xC0) == 0x80) {
                        continue; // a UTF-8 continuation byte: the character is counted
                    }
                    const bool space = byte == ' ' || byte == '\n' || byte == '\t' || byte == '\r';
                    stats.textLength += space && inSpace ? 0 : 1;
                    stats.commas += byte == ',' ? 1 : 0;
                    inSpace = space;
                }
            }
            continue;
        }
        const Frame done = stack.takeLast();
        if (stack.isEmpty() || !HtmlNode::isElement(node)) {
            continue;
        }
        Stats &stats = m_stats[node];
        if (HtmlNode::tag(node) == GUMBO_TAG_A) {
            stats.linkLength = stats.textLength;
        }
        const bool article = done.containsArticle || marksArticle(node);
        containsArticle.insert(node, article);
        stack.last().containsArticle = stack.last().containsArticle || article;
        if (HtmlNode::isElement(stack.last().node)) {
            Stats &parent = m_stats[stack.last().node];
            parent.textLength += stats.textLength;
            parent.linkLength += stats.linkLength;
            parent.commas += stats.commas;
        }
    }

    // Page order puts parents before children, so exclusion flows down in one pass. A block
    // named like furniture that holds the <article> is a wrapper ("page with-comments").
    for (const GumboNode *element : std::as_const(m_elements)) {
        Stats &stats = m_stats[element];
        const bool parentExcluded = m_stats.value(element->parent).excluded;
        stats.excluded = parentExcluded || HtmlNode::isNeverContent(element)
            || (isUnlikelyCandidate(element) && !containsArticle.value(element));
        const GumboTag tag = HtmlNode::tag(element);
        if (tag == GUMBO_TAG_BODY && !m_body) {
            m_body = element;
        }
        if (tag == GUMBO_TAG_H1 && !m_headline && !HtmlNode::isHidden(element)) {
            bool inFurniture = false;
            for (const GumboNode *up = element->parent; up && !inFurniture; up = up->parent) {
                const GumboTag upTag = HtmlNode::tag(up);
                inFurniture = upTag == GUMBO_TAG_NAV || upTag == GUMBO_TAG_ASIDE
                    || upTag == GUMBO_TAG_FOOTER || upTag == GUMBO_TAG_FORM;
            }
            m_headline = inFurniture ? nullptr : element;
        }
    }
}

double ReadabilityScorer::linkDensity(const Stats &stats) const
{
    return stats.textLength > 0 ? double(stats.linkLength) / stats.textLength : 0.0;
}

void ReadabilityScorer::score()
{
    for (const GumboNode *element : std::as_const(m_elements)) {
        const Stats stats = m_stats.value(element);
        const GumboTag tag = HtmlNode::tag(element);
        const bool paragraph = tag == GUMBO_TAG_P || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_TD
            || tag == GUMBO_TAG_BLOCKQUOTE
            || ((tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_SECTION) && !hasBlockChild(element));
        if (stats.excluded || !paragraph || stats.textLength < 25) {
            continue;
        }
        const double contentScore = 1 + stats.commas + std::min(stats.textLength / 100, 3);
        int level = 0;
        for (const GumboNode *ancestor = element->parent; HtmlNode::isElement(ancestor)
             && HtmlNode::tag(ancestor) != GUMBO_TAG_HTML && level < 5;
             ancestor = ancestor->parent, ++level) {
            Stats &candidate = m_stats[ancestor];
            if (!candidate.candidate) {
                candidate.candidate = true;
                candidate.score = initialScore(HtmlNode::tag(ancestor)) + classWeight(ancestor);
            }
            candidate.score += contentScore / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
        }
    }

    QList<std::pair<double, const GumboNode *>> ranked;
    for (auto it = m_stats.begin(); it != m_stats.end(); ++it) {
        if (it->candidate) {
            it->score *= 1.0 - linkDensity(*it);
            ranked.append({it->score, it.key()});
        }
    }
    if (ranked.isEmpty()) {
        return;
    }
    std::sort(ranked.begin(), ranked.end(), [this](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first
                                  : m_stats.value(a.second).order < m_stats.value(b.second).order;
    });
    m_top = ranked.first().second;

    // When several near-best candidates share an ancestor, the article is split into blocks
    // and the ancestor holds all of it.
    QList<const GumboNode *> alternatives;
    for (qsizetype i = 1; i < ranked.size() && alternatives.size() < 10; ++i) {
        if (ranked[i].first >= 0.75 * ranked.first().first) {
            alternatives.append(ranked[i].second);
        }
    }
    if (alternatives.size() >= 3) {
        for (const GumboNode *ancestor = m_top->parent;
             HtmlNode::isElement(ancestor) && HtmlNode::tag(ancestor) != GUMBO_TAG_BODY;
             ancestor = ancestor->parent) {
            const auto holds = std::count_if(alternatives.cbegin(), alternatives.cend(),
                [ancestor](const GumboNode *node) { return isDescendant(node, ancestor); });
            if (holds >= 3) {
                m_top = ancestor;
                break;
            }
        }
    }
}

QList<const GumboNode *> ReadabilityScorer::contentNodes() const
{
    if (!m_top) {
        return {};
    }
    const GumboNode *parent = m_top->parent;
    if (HtmlNode::tag(m_top) == GUMBO_TAG_BODY || !HtmlNode::isElement(parent)) {
        return {m_top};
    }
    const double topScore = m_stats.value(m_top).score;
    const double threshold = std::max(10.0, topScore * 0.2);
    const QString topClass = HtmlNode::attribute(m_top, "class");
    QList<const GumboNode *> nodes;
    const GumboVector *siblings = HtmlNode::children(parent);
    for (unsigned int i = 0; i < siblings->length; ++i) {
        const auto *sibling = static_cast<const GumboNode *>(siblings->data[i]);
        if (sibling == m_top) {
            nodes.append(sibling);
            continue;
        }
        if (!HtmlNode::isElement(sibling) || !m_stats.contains(sibling)) {
            continue;
        }
        const Stats stats = m_stats.value(sibling);
        if (stats.excluded) {
            continue;
        }
        const double bonus
            = !topClass.isEmpty() && HtmlNode::attribute(sibling, "class") == topClass
            ? topScore * 0.2
            : 0.0;
        bool append = stats.candidate && stats.score + bonus >= threshold;
        if (!append && HtmlNode::tag(sibling) == GUMBO_TAG_P) {
            const double density = linkDensity(stats);
            if (stats.textLength > 80) {
                append = density < 0.25;
            } else if (stats.textLength > 0 && density == 0) {
                const QString text = HtmlNode::text(sibling);
                append = text.contains(QLatin1String(". ")) || text.endsWith(QLatin1Char('.'));
            }
        }
        if (append) {
            nodes.append(sibling);
        }
    }
    return nodes;
}

bool ReadabilityScorer::isFurniture(const GumboNode *element) const
{
    const auto found = m_stats.constFind(element);
    if (found == m_stats.cend()) {
        return isInvisible(HtmlNode::tag(element));
    }
    if (found->excluded) {
        return true;
    }
    const GumboTag tag = HtmlNode::tag(element);
    if (!isContainer(tag) || marksArticle(element)) {
        return false;
    }
    // Lists of links ("Related", tag clouds) and blocks named like furniture inside the body.
    const double density = linkDensity(*found);
    return classWeight(element) < 0 || (found->textLength > 0 && density > 0.5)
        || ((tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL) && density > 0.3);
}

} // namespace factbench
