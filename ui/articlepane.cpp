#include "articlepane.h"

#include "article/article.h"
#include "articlehighlighter.h"

#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace factbench {

ArticlePane::ArticlePane(const Article &article, QWidget *parent)
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

    layout->addWidget(m_outletLabel);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_dateLabel);
    layout->addWidget(m_textView, 1);
    setAccessibleName(tr("Article from %1").arg(m_outletLabel->text()));
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
