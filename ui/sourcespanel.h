#pragma once

#include <QWidget>

class QAction;
class QToolBar;
class QTreeView;

namespace factbench {

class ArticleModel;
class Project;

/// The sources of the review: one row per article with outlet, date and how many of its claims
/// the editor has reviewed; the window's article actions sit in its tool row.
class SourcesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SourcesPanel(Project *project, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    ArticleModel *model() const { return m_model; }
    QString currentArticleId() const;
    void setCurrentArticle(const QString &articleId);
    void setActions(const QList<QAction *> &actions);

Q_SIGNALS:
    /// The editor picked an article (click, arrows, Return): the window shows its pane.
    void articleActivated(const QString &articleId);

private:
    ArticleModel *m_model;
    QTreeView *m_view;
    QToolBar *m_toolBar;
};

} // namespace factbench
