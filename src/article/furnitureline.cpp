#include "furnitureline.h"

#include <QRegularExpression>

#include <algorithm>

namespace factbench {

namespace {

constexpr auto Options
    = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// Phrases that start a line of furniture whatever follows them. Each is a prompt to the reader,
// a label of the page or a legal line; a news sentence does not open with them.
const QRegularExpression &promptAtStart()
{
    static const QRegularExpression expression(
        QStringLiteral(
            "^(?:sponsor(?:ed)?(?:\\s+(?:content|by|post|story|links?))?\\s*[:|]"
            "|sponsored(?:\\s+(?:content|post|story|links?))?\\s*$"
            "|advertisement\\b|advertising\\s*$|ads?\\s*$|paid (?:content|post|partnership)\\b"
            "|partner content\\b"
            "|share\\s*(?:this|on|via|your|article|story)\\b|share\\s*$|shares?\\s*:"
            "|sign up\\b|subscribe\\b|subscribers? only\\b|already a subscriber\\b"
            "|become a (?:member|subscriber)\\b|support (?:our|independent) journalism\\b"
            "|(?:click|tap) here\\b|read (?:more|next|also|the full)\\b|see also\\b|also read\\b"
            "|more:\\s|related\\b(?:\\s+\\w+)?\\s*(?::|$)"
            "|(?:photo(?:graph)?s?|image|picture|pictured|credit|video|watch|listen)\\s*:"
            "|(?:photo|image|video) (?:by|credit|courtesy)\\b|listen to (?:this "
            ")?(?:article|story)\\b"
            "|(?:image|media) (?:source|caption)\\b|our standards\\s*:"
            "|this (?:article|story) is more than \\S+ (?:years?|months?) old\\b"
            "|copyright\\b|\\x{00A9}|\\(c\\)\\s*\\d{4}|all rights reserved"
            "|follow us\\b|connect with us\\b|download (?:our|the) app\\b"
            "|follow (?:\\S+ ){0,3}on (?:twitter|x|facebook|instagram|telegram|whatsapp|linkedin"
            "|tiktok|youtube|threads|bluesky)\\b"
            "|join (?:us|our)\\b[^.]{0,40}\\b(?:channel|community|newsletter|on)\\b"
            "|get (?:our|the) (?:app|newsletter)\\b"
            "|(?:leave|post|add|write|submit) a "
            "(?:comment|reply)\\b|comments?\\s*(?:\\(\\d*\\)|\\d*)\\s*$"
            "|(?:view|show|load|see|read) (?:all |more |the )?comments\\b"
            "|join the (?:conversation|discussion|debate)\\b|comments are (?:closed|open)\\b"
            "|rate this\\b|how (?:would|do) you rate\\b|was this (?:article|story|page|helpful)\\b"
            "|did you (?:find|like|enjoy) this\\b|(?:give|send) (?:us )?feedback\\b"
            "|we use cookies\\b|this (?:web)?site uses cookies\\b|accept (?:all )?cookies\\b"
            "|by (?:continuing|using)\\b[^.]{0,30}\\b(?:site|website)\\b"
            "|cookie (?:policy|settings|preferences|notice)\\b|manage (?:cookies|consent)\\b"
            "|(?:hi|hello)\\b[^.]{0,20}what are you looking for|what are you looking for"
            "|search\\s*$|search (?:the site|this site|here)\\b"
            "|in this (?:article|story)\\s*:|tags?\\s*:|topics?\\s*:|filed under\\b"
            "|categor(?:y|ies)\\s*:|more about\\s*:"
            "|skip to (?:main )?(?:content|navigation)\\b|(?:back to )?top\\s*$|back\\s*$"
            "|topics?\\s*$|next(?: article| story)?\\s*$|prev(?:ious)?(?: article| story)?\\s*$"
            "|menu\\s*$|home\\s*$|log ?(?:in|out)\\s*$|sign ?in\\s*$|register\\s*$"
            "|print(?: this)?(?: article| page)?\\s*$|e-?mail(?: this)?(?: article)?\\s*$"
            "|close\\s*$|loading\\b\\W*$|open in app\\s*$|toggle\\b"
            "|(?:published|updated|posted|last updated|first published)\\s*:?\\s*$"
            "|(?:reporting|editing|writing|additional reporting|compiled) by\\b"
            "|[^.:]{0,60}\\bnewsletter\\s*:|(?:the )?(?:associated press|reuters|afp) "
            "contributed\\b)"),
        Options);
    return expression;
}

// Prompts that give a short line away wherever they stand in it (" date 2025-07-04 Connect with
// us", "How did your country report this? Share your view in the comments.").
const QRegularExpression &promptAnywhere()
{
    static const QRegularExpression expression(
        QStringLiteral("share your (?:views?|thoughts|opinion|story|experience)|in the comments\\b"
                       "|connect with us|follow us\\b|sign up (?:for|to|now)\\b"
                       "|subscribe (?:now|today)\\b|click here\\b|all rights reserved"
                       "|we use cookies|uses cookies|what are you looking for"
                       "|newsletter\\s*:|\\bmin(?:ute)?s? read\\b"),
        Options);
    return expression;
}

const QRegularExpression &relatedHeading()
{
    static const QRegularExpression expression(
        QStringLiteral(
            "^(?:more (?:on|from|in|about|of)\\b[^.!?]{0,50}"
            "|more (?:stories|news|articles|coverage|headlines|videos|reading|like this)"
            "|related(?:\\s+(?:stories|articles|content|news|coverage|topics|links|reading|posts"
            "|videos))?"
            "|read (?:more|next|also)|see also|also read"
            "|recommended(?:\\s+(?:for you|stories|reading|articles|videos))?"
            "|(?:you|we think you) (?:may|might|could) (?:also )?(?:like|enjoy|be interested in)"
            "|most (?:read|popular|viewed|shared|watched)|popular (?:now|stories|today)"
            "|trending(?:\\s+(?:now|stories|news|today))?"
            "|latest(?:\\s+(?:news|stories|articles|headlines))?|top stories|editor'?s picks"
            "|further reading|what to read next|don[\\x{2019}']?t miss|in other news|explore more)"
            "\\s*[:\\x{00BB}\\x{203A}>]?\\s*$"),
        Options);
    return expression;
}

const QRegularExpression &sectionWord()
{
    static const QRegularExpression expression(
        QStringLiteral("^(?:world|news|politics|business|sports?|opinion|europe|africa|asia"
                       "|americas|middle east|uk|us|u\\.s\\.|economy|markets|tech(?:nology)?"
                       "|science|health|culture|arts|entertainment|lifestyle|travel|climate"
                       "|environment|weather|videos?|live|podcasts?|local|national|international"
                       "|breaking(?: news)?|exclusive|analysis|explainer|newsletters?|more)$"),
        Options);
    return expression;
}

const QRegularExpression &counter()
{
    static const QRegularExpression expression(
        QStringLiteral("^(?:\\d{1,6}|\\d[\\d,.]*\\s*[km]?\\s*(?:comments?|shares?|views?|likes?"
                       "|reactions?|replies|votes?)|\\d+\\s*min(?:ute)?s?\\s*(?:read|listen))$"),
        Options);
    return expression;
}

// Everything a line that only dates the page may be made of; what is left must be separators.
const QRegularExpression &dateToken()
{
    static const QRegularExpression expression(
        QStringLiteral(
            "\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?"
            "|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?"
            "|sun(?:day)?|today|yesterday|published|updated|posted|last|first|date|on|at|am|pm"
            "|a\\.m|p\\.m|gmt|utc|z|[ecmp][sd]t|bst|cet|cest|eet|eest|ist|jst|aest|msk|ago"
            "|hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?|months?|years?|just now)"
            "\\b\\.?|\\d+(?:st|nd|rd|th|t)?\\b|\\d+|\\([^()]*\\btime\\b[^()]*\\)"),
        Options);
    return expression;
}

const QRegularExpression &dateAnchor()
{
    static const QRegularExpression expression(
        QStringLiteral("\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri"
                       "|sat|sun|ago)|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}"
                       "|\\d{1,2}:\\d{2}"),
        Options);
    return expression;
}

// A caption's credit: "Photo: ...", "Jane Doe/AFP/Getty Images", "REUTERS/Jane Doe".
const QRegularExpression &creditTail()
{
    static const QRegularExpression expression(
        QStringLiteral(
            "^(?:\\(?(?i:photo(?:graph)?s?|image|picture|credit|photo "
            "credit)\\s*(?::|by)\\s*.{2,100}"
            "|.{0,60}(?:/\\s*(?:AFP|AP|EPA|Reuters|REUTERS|Getty Images|Bloomberg|Shutterstock"
            "|Alamy|PA|Sipa|ANP|AAP|Xinhua|TASS|ZUMA|Zuma Press|Pool|NurPhoto|Anadolu|SOPA|dpa|EFE"
            "|Handout)|\\b(?:AFP|AP|EPA|REUTERS|Reuters)\\s*/|\\bvia Getty Images|\\bGetty Images"
            "|\\bShutterstock|\\bAlamy(?: Stock Photo)?|\\bAP Photo\\b).{0,60})$"),
        QRegularExpression::UseUnicodePropertiesOption);
    return expression;
}

const QRegularExpression &creditInParentheses()
{
    static const QRegularExpression expression(
        QStringLiteral("\\((?:(?:AP|AFP|Reuters|REUTERS|EPA|Bloomberg|dpa|Xinhua|TASS|PA)"
                       "(?: Photo| Images)?(?:\\s*/\\s*[^()]{1,60})?"
                       "|(?i:photo|image|picture|credit)s?\\s*(?::|by)[^()]{1,80})\\)"),
        QRegularExpression::UseUnicodePropertiesOption);
    return expression;
}

bool isSeparator(QChar c)
{
    return c == QLatin1Char('|') || c == QChar(0x2022) || c == QChar(0x00B7) || c == QChar(0x00BB)
        || c == QChar(0x203A) || c == QLatin1Char('>');
}

// Quotation marks, asterisks and spaces a headline may be wrapped in.
QStringView stripWrapping(QStringView line)
{
    static const QString wrapping = QStringLiteral("*_\"'\u201C\u201D\u2018\u2019 \u00A0");
    qsizetype start = 0;
    qsizetype end = line.size();
    while (start < end && wrapping.contains(line[start])) {
        ++start;
    }
    while (end > start && wrapping.contains(line[end - 1])) {
        --end;
    }
    return line.mid(start, end - start);
}

bool hasDigit(QStringView line)
{
    return std::any_of(line.begin(), line.end(), [](QChar c) { return c.isDigit(); });
}

bool isAllCapitals(QStringView line)
{
    // Only capital letters count: Chinese or Arabic, which have no case, are not in capitals.
    int capitals = 0;
    for (QChar c : line) {
        if (c.isLower()) {
            return false;
        }
        capitals += c.isUpper() ? 1 : 0;
    }
    return capitals >= 3;
}

bool isBreadcrumbs(QStringView line, qsizetype words)
{
    if (words > 10) {
        return false;
    }
    qsizetype separators = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (isSeparator(line[i])
            || (line[i] == QLatin1Char('/') && i > 0 && line[i - 1] == QLatin1Char(' '))) {
            ++separators;
        }
    }
    return separators >= 2 && words <= 3 * (separators + 1);
}

// Scripts written without spaces between words; the first of them in Unicode is Thai.
constexpr char16_t FirstUnspacedScriptLetter = 0x0E00;

bool isInUnspacedScript(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
    case QChar::Script_Tibetan:
        return true;
    default:
        return false;
    }
}

} // namespace

qsizetype FurnitureLine::wordCount(QStringView line)
{
    qsizetype words = 0;
    qsizetype unspacedLetters = 0;
    bool inWord = false;
    for (QChar c : line) {
        const bool space = c.isSpace();
        if (!space && !inWord) {
            ++words;
        }
        inWord = !space;
        if (c.unicode() >= FirstUnspacedScriptLetter && isInUnspacedScript(c)) {
            ++unspacedLetters;
        }
    }
    // A word of Chinese or Thai is about two letters long.
    return words + unspacedLetters / 2;
}

bool FurnitureLine::isShortLabel(QStringView line)
{
    line = line.trimmed();
    const QStringView core = stripWrapping(line);
    if (core.isEmpty() || core.size() > 40 || !core.front().isLetter() || hasDigit(core)) {
        return false;
    }
    static const QString endings = QStringLiteral(".!?,;\u3002\uff01\uff1f\uff0c\uff1b");
    return wordCount(core) <= 4 && !endings.contains(line.back());
}

bool FurnitureLine::isHeadlineLike(QStringView line)
{
    const QStringView core = stripWrapping(line.trimmed());
    if (core.isEmpty()) {
        return false;
    }
    QChar first = core.front();
    if (first == QLatin1Char('(') || first == QLatin1Char('[')) {
        first = core.size() > 1 ? core[1] : first;
    }
    const qsizetype words = wordCount(core);
    static const QString endings = QStringLiteral(".,;:");
    return (first.isUpper() || first.isDigit()) && words >= 2 && words <= 20
        && !endings.contains(core.back());
}

bool FurnitureLine::isDateLine(QStringView line)
{
    line = line.trimmed();
    if (line.isEmpty() || line.size() > 120 || !hasDigit(line)
        || !dateAnchor().matchView(line).hasMatch()) {
        return false;
    }
    QString rest = line.toString();
    rest.remove(dateToken());
    return std::all_of(rest.cbegin(), rest.cend(),
        [](QChar c) { return c.isSpace() || c.isPunct() || c.isSymbol(); });
}

qsizetype FurnitureLine::creditTailStart(QStringView line)
{
    // The tail is what follows the last sentence end; a caption's credit has no final period.
    qsizetype end = line.size();
    while (end > 0 && line[end - 1].isSpace()) {
        --end;
    }
    if (end == 0 || QStringLiteral(".!?\u201D\"").contains(line[end - 1])) {
        return -1;
    }
    qsizetype start = 0;
    for (qsizetype i = end - 2; i > 0 && end - i < 160; --i) {
        if (line[i].isSpace() && QStringLiteral(".!?\u201D").contains(line[i - 1])) {
            start = i + 1;
            break;
        }
    }
    const QStringView tail = line.mid(start, end - start);
    if (tail.size() > 160 || wordCount(tail) > 12 || !creditTail().matchView(tail).hasMatch()) {
        return -1;
    }
    return start;
}

std::pair<qsizetype, qsizetype> FurnitureLine::parentheticalCredit(QStringView line, qsizetype from)
{
    const QRegularExpressionMatch match = creditInParentheses().matchView(line, from);
    if (!match.hasMatch()) {
        return {-1, -1};
    }
    return {match.capturedStart(), match.capturedEnd()};
}

FurnitureLine::Kind FurnitureLine::classify(QStringView line)
{
    line = line.trimmed();
    if (line.isEmpty()) {
        return Kind::None;
    }
    const bool anyLetterOrDigit
        = std::any_of(line.begin(), line.end(), [](QChar c) { return c.isLetterOrNumber(); });
    if (!anyLetterOrDigit || (line.size() <= 2 && !hasDigit(line))) {
        return Kind::Navigation; // "Δ", "»", "***": icons and dividers left by the scraper
    }
    if (line.size() <= 80 && relatedHeading().matchView(line).hasMatch()) {
        return Kind::RelatedHeading;
    }
    if (line.size() <= 40 && counter().matchView(line).hasMatch()) {
        return Kind::Counter;
    }
    const QRegularExpressionMatch prompt = promptAtStart().matchView(line);
    if (prompt.hasMatch()) {
        const QStringView opening = prompt.capturedView();
        return opening.startsWith(QLatin1String("copyright"), Qt::CaseInsensitive)
                || opening.startsWith(QChar(0x00A9)) || opening.startsWith(QLatin1String("(c"))
                || opening.startsWith(QLatin1String("all rights"), Qt::CaseInsensitive)
            ? Kind::Copyright
            : Kind::Prompt;
    }
    const qsizetype words = wordCount(line);
    if (words <= 25 && promptAnywhere().matchView(line).hasMatch()) {
        return Kind::Prompt;
    }
    if (creditTailStart(line) == 0) {
        return Kind::Credit;
    }
    if (isDateLine(line)) {
        return Kind::Date;
    }
    if (words <= 5 && (isSeparator(line.front()) || isSeparator(line.back()))) {
        return Kind::Navigation; // "| Remer,MN": a place or section hanging off a pipe
    }
    if (isBreadcrumbs(line, words)) {
        return Kind::Navigation;
    }
    if (words <= 2 && sectionWord().matchView(line).hasMatch()) {
        return Kind::Navigation;
    }
    if (words <= 6 && !hasDigit(line) && isAllCapitals(line)) {
        return Kind::Navigation; // a masthead or section in capitals ("THE DAILY NEWS")
    }
    return Kind::None;
}

} // namespace factbench
