#include "articlepane.h"

#include "claimmarks.h"
#include "factmatrixmodel.h"
#include "highlightedtext.h"
#include "review/project.h"

#include <QApplication>
#include <QDrag>
#include <QFileInfo>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextCursor>
#include <QToolTip>
#include <QUrl>
#include <QVBoxLayout>

namespace factbench {

namespace {

/// The kind of a figure as a reader says it; the CLI prints the untranslated names.
QString figureKindLabel(FigureKind kind)
{
    switch (kind) {
    case FigureKind::Count:
        return ArticlePane::tr("count");
    case FigureKind::Money:
        return ArticlePane::tr("money");
    case FigureKind::Percent:
        return ArticlePane::tr("percentage");
    case FigureKind::Duration:
        return ArticlePane::tr("duration");
    case FigureKind::Measure:
        return ArticlePane::tr("measure");
    case FigureKind::Age:
        return ArticlePane::tr("age");
    case FigureKind::Ordinal:
        return ArticlePane::tr("ordinal");
    case FigureKind::Other:
        break;
    }
    return ArticlePane::tr("other");
}

QString stateLabel(ReviewState state)
{
    switch (state) {
    case ReviewState::Unlinked:
        return ArticlePane::tr("in no fact");
    case ReviewState::Proposed:
        return ArticlePane::tr("proposed");
    case ReviewState::Divergent:
        return ArticlePane::tr("proposed, sources diverge");
    case ReviewState::Confirmed:
        return ArticlePane::tr("confirmed");
    case ReviewState::Disputed:
        return ArticlePane::tr("disputed");
    case ReviewState::Rejected:
        return ArticlePane::tr("rejected");
    }
    return {};
}

/// The host of a link, as a byline would name it ("example.org").
QString linkLabel(const QString &url)
{
    const QString host = QUrl(url).host();
    return host.startsWith(QLatin1String("www.")) ? host.mid(4) : host;
}

} // namespace

ArticlePane::ArticlePane(const Project *project, const QString &articleId, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_articleId(articleId)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 4);
    layout->setSpacing(2);

    m_outletLabel = new QLabel(this);
    m_outletLabel->setObjectName(QStringLiteral("outlet"));
    QFont outletFont = m_outletLabel->font();
    outletFont.setBold(true);
    outletFont.setCapitalization(QFont::SmallCaps);
    m_outletLabel->setFont(outletFont);

    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("title"));
    m_titleLabel->setWordWrap(true);
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_titleLabel->setFont(titleFont);

    m_detailsLabel = new QLabel(this);
    m_detailsLabel->setObjectName(QStringLiteral("details"));
    m_detailsLabel->setForegroundRole(QPalette::PlaceholderText);
    m_detailsLabel->setTextFormat(Qt::RichText);
    m_detailsLabel->setOpenExternalLinks(true);
    m_detailsLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);

    m_textView = new QPlainTextEdit(this);
    m_textView->setObjectName(QStringLiteral("text"));
    m_textView->setReadOnly(true);
    m_textView->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_textView->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_textView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_textView->viewport()->installEventFilter(this);
    m_textView->installEventFilter(this);
    connect(m_textView, &QWidget::customContextMenuRequested, this, &ArticlePane::showContextMenu);
    connect(m_textView, &QPlainTextEdit::selectionChanged, this, &ArticlePane::selectionChanged);

    layout->addWidget(m_outletLabel);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_detailsLabel);
    layout->addWidget(m_textView, 1);
    refreshArticle();
}

void ArticlePane::refreshArticle()
{
    const ProjectArticle *projectArticle = m_project->article(m_articleId);
    if (!projectArticle) {
        return;
    }
    const Article &article = projectArticle->article;
    m_outletLabel->setText(
        article.outlet.isEmpty() ? QFileInfo(article.source).fileName() : article.outlet);
    m_titleLabel->setText(article.title);
    m_titleLabel->setVisible(!article.title.isEmpty());
    QStringList details;
    if (article.published.isValid()) {
        details
            << QLocale().toString(article.published.date(), QLocale::LongFormat).toHtmlEscaped();
    }
    if (!article.url.isEmpty()) {
        details << QStringLiteral("<a href=\"%1\">%2</a>")
                       .arg(article.url.toHtmlEscaped(), linkLabel(article.url).toHtmlEscaped());
    }
    m_detailsLabel->setText(details.join(QStringLiteral(" · ")));
    m_detailsLabel->setVisible(!details.isEmpty());
    if (isLoaded() && m_textView->toPlainText() != article.text) {
        setHighlightedText(m_textView, m_highlighter, article.text);
        setBoilerplateVisible(m_boilerplateVisible);
    }
    setAccessibleName(tr("Article from %1").arg(m_outletLabel->text()));
}

void ArticlePane::ensureLoaded()
{
    if (isLoaded()) {
        return;
    }
    const ProjectArticle *article = m_project->article(m_articleId);
    m_textView->setPlainText(article ? article->article.text : QString());
    m_highlighter = new ArticleHighlighter(m_textView->document());
    if (m_theme.isValid()) {
        m_highlighter->setTheme(m_theme);
    }
    m_highlighter->setEmphasised(m_emphasised);
    m_highlighter->setMarks(m_marks, article ? article->article.boilerplate : TextRanges());
    setBoilerplateVisible(m_boilerplateVisible);
}

QPlainTextEdit *ArticlePane::textView()
{
    ensureLoaded();
    return m_textView;
}

ArticleHighlighter *ArticlePane::highlighter()
{
    ensureLoaded();
    return m_highlighter;
}

void ArticlePane::setTheme(const KSyntaxHighlighting::Theme &theme, const QPalette &textPalette)
{
    m_theme = theme;
    m_textView->setPalette(textPalette);
    if (isLoaded() && m_highlighter->theme().name() != theme.name()) {
        m_highlighter->setTheme(theme);
    }
}

void ArticlePane::setMarks(const QList<ClaimMark> &marks)
{
    m_marks = marks;
    if (isLoaded()) {
        const ProjectArticle *article = m_project->article(m_articleId);
        m_highlighter->setMarks(marks, article ? article->article.boilerplate : TextRanges());
    }
}

bool ArticlePane::showClaims(const QStringList &claimIds, bool scroll)
{
    const ClaimMark *first = nullptr;
    QSet<QString> held;
    for (const ClaimMark &mark : std::as_const(m_marks)) {
        if (claimIds.contains(mark.claimId)) {
            held.insert(mark.claimId);
            if (!first || mark.range.start < first->range.start) {
                first = &mark;
            }
        }
    }
    m_emphasised = held;
    if (!held.isEmpty()) {
        ensureLoaded(); // The editor is about to look at it.
    }
    if (isLoaded()) {
        m_highlighter->setEmphasised(held);
    }
    if (!first || !scroll) {
        return first != nullptr;
    }
    // Put the member in the middle of the pane, without a selection that would hide the
    // emphasis under the selection colour.
    QTextCursor cursor = m_textView->textCursor();
    cursor.setPosition(int(first->range.start));
    m_textView->setTextCursor(cursor);
    m_textView->centerCursor();
    return true;
}

void ArticlePane::setBoilerplateVisible(bool visible)
{
    m_boilerplateVisible = visible;
    const ProjectArticle *article = m_project->article(m_articleId);
    if (!article || !isLoaded()) {
        return;
    }
    QTextDocument *document = m_textView->document();
    bool changed = false;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const TextRange range {block.position(), block.position() + block.length() - 1};
        bool furniture = false;
        for (const TextRange &boilerplate : article->article.boilerplate) {
            if (range.length() > 0 && boilerplate.start <= range.start
                && boilerplate.end >= range.end) {
                furniture = true;
                break;
            }
        }
        const bool show = visible || !furniture;
        if (block.isVisible() != show) {
            block.setVisible(show);
            changed = true;
        }
    }
    if (changed) {
        document->markContentsDirty(0, document->characterCount());
        m_textView->viewport()->update();
    }
}

void ArticlePane::setZoom(int points)
{
    QFont font = QApplication::font(m_textView);
    font.setPointSizeF(std::max(5.0, font.pointSizeF() + points));
    m_textView->setFont(font);
}

TextRange ArticlePane::selectedRange() const
{
    const QTextCursor cursor = m_textView->textCursor();
    if (!cursor.hasSelection()) {
        return {};
    }
    return {cursor.selectionStart(), cursor.selectionEnd()};
}

QString ArticlePane::claimIdAt(qsizetype position) const
{
    const ClaimMark *mark = isLoaded() ? m_highlighter->markAt(position) : nullptr;
    return mark ? mark->claimId : QString();
}

QString ArticlePane::claimDescriptionAt(qsizetype position) const
{
    const ClaimMark *mark = isLoaded() ? m_highlighter->markAt(position) : nullptr;
    const Claim *claim = mark ? m_project->claim(mark->claimId) : nullptr;
    if (!claim) {
        return {};
    }
    QStringList lines;
    if (claim->kind == ClaimKind::Figure) {
        const Figure &figure = claim->figure;
        QString value = QLocale().toString(claim->value(), 'g', 12);
        if (figure.valueHigh) {
            value = tr("%1 to %2").arg(value, QLocale().toString(*figure.valueHigh, 'g', 12));
        }
        lines << tr("<b>Figure</b> %1 %2")
                     .arg(qualifierSymbol(figure.qualifier).toHtmlEscaped(), value.toHtmlEscaped());
        if (!claim->counted().isEmpty()) {
            lines << tr("Counts: %1").arg(claim->counted().toHtmlEscaped());
        }
        if (!figure.unit.isEmpty() && figure.unit != claim->counted()) {
            lines << tr("Unit: %1").arg(figure.unit.toHtmlEscaped());
        }
        lines << tr("Kind: %1").arg(figureKindLabel(figure.kind));
        if (!figure.conceptName.isEmpty()) {
            lines << tr("Concept: %1").arg(figure.conceptName.toHtmlEscaped());
        }
        if (!figure.attribution.isEmpty()) {
            lines << tr("Source: %1").arg(figure.attribution.toHtmlEscaped());
        }
    } else {
        const QString speaker = claim->speaker().isEmpty() ? tr("nobody named") : claim->speaker();
        lines << QStringLiteral("<b>%1</b>")
                     .arg(claim->quote.partial ? tr("Partial quote") : tr("Quote"));
        lines << tr("Speaker: %1").arg(speaker.toHtmlEscaped());
    }
    if (!claim->correction.isEmpty()) {
        lines << tr("<i>Corrected by the editor</i>");
    }
    const ProjectFact *fact = m_project->fact(m_project->factOfClaim(claim->id));
    lines << (fact ? tr("Fact: %1 (%2)").arg(fact->label.toHtmlEscaped(), stateLabel(mark->state))
                   : tr("In no fact"));
    return lines.join(QLatin1String("<br>"));
}

void ArticlePane::showContextMenu(const QPoint &position)
{
    QMenu menu(this);
    // A right click on a claim without a selection names the claim, as a click would.
    const int at = m_textView->cursorForPosition(position).position();
    const QString claimId = claimIdAt(at);
    if (!claimId.isEmpty() && !m_textView->textCursor().hasSelection()) {
        Q_EMIT claimActivated(claimId);
    }
    Q_EMIT focused();
    menu.addActions(m_contextActions);
    menu.addSeparator();
    menu.addAction(tr("&Copy"), m_textView, &QPlainTextEdit::copy)
        ->setEnabled(m_textView->textCursor().hasSelection());
    menu.exec(m_textView->viewport()->mapToGlobal(position));
}

void ArticlePane::startDrag(const QString &claimId)
{
    const Claim *claim = m_project->claim(claimId);
    if (!claim) {
        return;
    }
    // The facts table and the inspector's members list read the same data.
    QMimeData *mime = FactMatrixModel::claimMimeData(claimId);
    mime->setText(claim->text); // Dropped into a text editor, the claim's words.
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);
    drag->exec(Qt::MoveAction);
}

bool ArticlePane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_textView && event->type() == QEvent::FocusIn) {
        Q_EMIT focused();
    }
    if (watched != m_textView->viewport()) {
        return QWidget::eventFilter(watched, event);
    }
    switch (event->type()) {
    case QEvent::Paint:
        ensureLoaded(); // First seen: now the text is worth laying out.
        break;
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        m_pressPosition = mouse->position().toPoint();
        m_pressedClaim = mouse->button() == Qt::LeftButton
            ? claimIdAt(m_textView->cursorForPosition(m_pressPosition).position())
            : QString();
        break;
    }
    case QEvent::MouseMove: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (!m_pressedClaim.isEmpty() && (mouse->buttons() & Qt::LeftButton)
            && (mouse->position().toPoint() - m_pressPosition).manhattanLength()
                >= QApplication::startDragDistance()) {
            const QString claimId = std::exchange(m_pressedClaim, QString());
            startDrag(claimId);
            return true;
        }
        break;
    }
    case QEvent::MouseButtonRelease: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        m_pressedClaim.clear();
        if (mouse->button() == Qt::LeftButton && !m_textView->textCursor().hasSelection()) {
            const QString id
                = claimIdAt(m_textView->cursorForPosition(mouse->position().toPoint()).position());
            if (!id.isEmpty()) {
                Q_EMIT claimActivated(id);
            }
        }
        break;
    }
    case QEvent::Wheel: {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            const int steps = wheel->angleDelta().y() / 120;
            if (steps != 0) {
                Q_EMIT zoomRequested(steps);
            }
            return true;
        }
        break;
    }
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        const int position = m_textView->cursorForPosition(help->pos()).position();
        const QString description = claimDescriptionAt(position);
        if (description.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), description, m_textView->viewport());
        }
        return true;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

QString ArticlePane::outlet() const
{
    return m_outletLabel->text();
}

QString ArticlePane::title() const
{
    return m_titleLabel->text();
}

} // namespace factbench
