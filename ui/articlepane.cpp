#include "articlepane.h"

#include "article/article.h"
#include "articlehighlighter.h"

#include <QFileInfo>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QToolTip>
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

} // namespace

ArticlePane::ArticlePane(const Article &article, const Extraction &extraction, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);

    m_outletLabel = new QLabel(this);
    m_outletLabel->setObjectName(QStringLiteral("outlet"));
    QFont outletFont = m_outletLabel->font();
    outletFont.setBold(true);
    outletFont.setCapitalization(QFont::SmallCaps);
    m_outletLabel->setFont(outletFont);
    m_outletLabel->setText(
        article.outlet.isEmpty() ? QFileInfo(article.source).fileName() : article.outlet);

    m_titleLabel = new QLabel(article.title, this);
    m_titleLabel->setObjectName(QStringLiteral("title"));
    m_titleLabel->setWordWrap(true);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_titleLabel->setFont(titleFont);

    m_dateLabel = new QLabel(this);
    m_dateLabel->setObjectName(QStringLiteral("date"));
    m_dateLabel->setForegroundRole(QPalette::PlaceholderText);
    if (article.published.isValid()) {
        m_dateLabel->setText(QLocale().toString(article.published.date(), QLocale::LongFormat));
    }
    m_dateLabel->setVisible(article.published.isValid());

    m_textView = new QPlainTextEdit(this);
    m_textView->setObjectName(QStringLiteral("text"));
    m_textView->setReadOnly(true);
    m_textView->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_textView->setPlainText(article.text);
    m_highlighter = new ArticleHighlighter(m_textView->document());
    m_highlighter->setClaims(extraction, article.boilerplate);
    for (const Figure &figure : extraction.figures) {
        m_claimRanges.insert(figure.id, figure.range);
    }
    for (const Quote &quote : extraction.quotes) {
        m_claimRanges.insert(quote.id, quote.range);
    }
    m_textView->viewport()->installEventFilter(this);

    layout->addWidget(m_outletLabel);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_dateLabel);
    layout->addWidget(m_textView, 1);
    setAccessibleName(tr("Article from %1").arg(m_outletLabel->text()));
}

QString ArticlePane::claimDescriptionAt(qsizetype position) const
{
    if (const Figure *figure = m_highlighter->figureAt(position)) {
        QString value = QLocale().toString(figure->value, 'g', 12);
        if (figure->valueHigh) {
            value = tr("%1 to %2").arg(value, QLocale().toString(*figure->valueHigh, 'g', 12));
        }
        QStringList lines;
        lines << tr("<b>Figure</b> %1 %2")
                     .arg(
                         qualifierSymbol(figure->qualifier).toHtmlEscaped(), value.toHtmlEscaped());
        if (!figure->counted.isEmpty()) {
            lines << tr("Counts: %1").arg(figure->counted.toHtmlEscaped());
        }
        if (!figure->unit.isEmpty() && figure->unit != figure->counted) {
            lines << tr("Unit: %1").arg(figure->unit.toHtmlEscaped());
        }
        lines << tr("Kind: %1").arg(figureKindLabel(figure->kind));
        if (!figure->conceptName.isEmpty()) {
            lines << tr("Concept: %1").arg(figure->conceptName.toHtmlEscaped());
        }
        if (!figure->attribution.isEmpty()) {
            lines << tr("Source: %1").arg(figure->attribution.toHtmlEscaped());
        }
        return lines.join(QLatin1String("<br>"));
    }
    if (const Quote *quote = m_highlighter->quoteAt(position)) {
        const QString speaker = quote->speaker.isEmpty() ? tr("nobody named") : quote->speaker;
        return tr("<b>%1</b><br>Speaker: %2")
            .arg(quote->partial ? tr("Partial quote") : tr("Quote"), speaker.toHtmlEscaped());
    }
    return {};
}

QString ArticlePane::claimIdAt(qsizetype position) const
{
    if (const Figure *figure = m_highlighter->figureAt(position)) {
        return figure->id;
    }
    if (const Quote *quote = m_highlighter->quoteAt(position)) {
        return quote->id;
    }
    return {};
}

bool ArticlePane::showClaims(const QStringList &claimIds)
{
    const TextRange *first = nullptr;
    for (const QString &id : claimIds) {
        const auto it = m_claimRanges.constFind(id);
        if (it != m_claimRanges.cend() && (!first || it->start < first->start)) {
            first = &*it;
        }
    }
    QTextCursor cursor = m_textView->textCursor();
    if (!first) {
        cursor.clearSelection();
        m_textView->setTextCursor(cursor);
        return false;
    }
    cursor.setPosition(int(first->start));
    cursor.setPosition(int(first->end), QTextCursor::KeepAnchor);
    m_textView->setTextCursor(cursor);
    m_textView->centerCursor();
    return true;
}

bool ArticlePane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_textView->viewport() && event->type() == QEvent::MouseButtonRelease) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton && !m_textView->textCursor().hasSelection()) {
            const QString id
                = claimIdAt(m_textView->cursorForPosition(mouse->position().toPoint()).position());
            if (!id.isEmpty()) {
                Q_EMIT claimActivated(id);
            }
        }
    }
    if (watched == m_textView->viewport() && event->type() == QEvent::ToolTip) {
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
