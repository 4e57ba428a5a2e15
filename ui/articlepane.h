#pragma once

#include "articlehighlighter.h"

#include <KSyntaxHighlighting/Theme>

#include <QSet>
#include <QWidget>

class QLabel;
class QMenu;
class QPlainTextEdit;

namespace factbench {

class Project;

/// One article in the workbench: a header with outlet, title, date and link over its
/// highlighted, read-only text. The window hands it the marks to paint; the pane reports what
/// the editor does with them (clicks, drags, a selection to mark).
class ArticlePane : public QWidget
{
    Q_OBJECT
public:
    ArticlePane(const Project *project, const QString &articleId, QWidget *parent = nullptr);

    QString articleId() const { return m_articleId; }
    QString outlet() const;
    QString title() const;
    /// The text and its highlighter; asking for them loads the text.
    QPlainTextEdit *textView();
    ArticleHighlighter *highlighter();
    /// Whether the text is in the pane yet: a pane loads it when first painted or asked for a
    /// claim, so a project of hundreds of articles opens without laying them all out.
    bool isLoaded() const { return m_highlighter != nullptr; }
    void ensureLoaded();
    /// The colours of the text: the highlighter's theme and the paper and ink under it.
    void setTheme(const KSyntaxHighlighting::Theme &theme, const QPalette &textPalette);

    /// Shows the article's text and header again (after a re-import or a metadata change).
    void refreshArticle();
    void setMarks(const QList<ClaimMark> &marks);
    /// Emphasises these claims where the article holds them and (with `scroll`) scrolls to the
    /// first one; returns false when it holds none.
    bool showClaims(const QStringList &claimIds, bool scroll = true);
    void setBoilerplateVisible(bool visible);
    /// Text size relative to the application font, in points.
    void setZoom(int points);
    /// The actions of the text's context menu besides the pane's own.
    void setContextActions(const QList<QAction *> &actions) { m_contextActions = actions; }

    /// The selected text's range in the article, or an empty range.
    TextRange selectedRange() const;
    /// The id of the claim at a text position, or empty.
    QString claimIdAt(qsizetype position) const;
    /// What the tooltip says of the claim at a text position: value, counted noun, qualifier,
    /// speaker, and where it stands in the review. Empty where there is no claim.
    QString claimDescriptionAt(qsizetype position) const;

Q_SIGNALS:
    /// The user clicked a highlighted claim.
    void claimActivated(const QString &claimId);
    /// The text got the focus: the window's text actions act on this pane.
    void focused();
    /// Ctrl + wheel: the window zooms every pane alike.
    void zoomRequested(int steps);
    /// The text selection changed (the window's Mark actions follow it).
    void selectionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showContextMenu(const QPoint &position);
    void startDrag(const QString &claimId);

    const Project *m_project;
    QString m_articleId;
    QLabel *m_outletLabel = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_detailsLabel = nullptr;
    QPlainTextEdit *m_textView = nullptr;
    ArticleHighlighter *m_highlighter = nullptr;
    QList<ClaimMark> m_marks;
    QSet<QString> m_emphasised;
    KSyntaxHighlighting::Theme m_theme;
    QList<QAction *> m_contextActions;
    bool m_boilerplateVisible = true;
    QPoint m_pressPosition;
    QString m_pressedClaim;
};

} // namespace factbench
