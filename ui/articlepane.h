#pragma once

#include "article/textrange.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace factbench {

struct Article;
struct Extraction;
class ArticleHighlighter;

/// One article in the workbench: a header with outlet, title and date over its highlighted,
/// read-only text.
class ArticlePane : public QWidget
{
    Q_OBJECT
public:
    ArticlePane(const Article &article, const Extraction &extraction, QWidget *parent = nullptr);

    QString outlet() const;
    QString title() const;
    QPlainTextEdit *textView() const { return m_textView; }
    ArticleHighlighter *highlighter() const { return m_highlighter; }
    /// What the tooltip says of the claim at a text position: value, counted noun,
    /// qualifier, speaker. Empty where there is no claim.
    QString claimDescriptionAt(qsizetype position) const;
    /// Scrolls to the first of these claims this article holds and selects it; returns false
    /// (and clears the selection) when it holds none.
    bool showClaims(const QStringList &claimIds);
    /// The id of the figure or quote at a text position, or empty.
    QString claimIdAt(qsizetype position) const;

Q_SIGNALS:
    /// The user clicked a highlighted claim.
    void claimActivated(const QString &claimId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *m_outletLabel = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_dateLabel = nullptr;
    QPlainTextEdit *m_textView = nullptr;
    ArticleHighlighter *m_highlighter = nullptr;
    QHash<QString, TextRange> m_claimRanges;
};

} // namespace factbench
