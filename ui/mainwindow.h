#pragma once

#include <QList>
#include <QMainWindow>

class QScrollArea;
class QSplitter;

namespace factbench {

struct Article;
class ArticlePane;

/// The workbench: the articles of one review side by side.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    /// Shows these articles, one pane each, replacing what was shown.
    void setArticles(const QList<Article> &articles, const QString &documentName);
    QList<ArticlePane *> panes() const { return m_panes; }

private:
    void createActions();
    void showAbout();

    QScrollArea *m_scrollArea = nullptr;
    QSplitter *m_splitter = nullptr;
    QList<ArticlePane *> m_panes;
};

} // namespace factbench
