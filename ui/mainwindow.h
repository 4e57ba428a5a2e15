#pragma once

#include <QList>
#include <QMainWindow>

class QDockWidget;
class QScrollArea;
class QSplitter;

namespace factbench {

struct Article;
class ArticlePane;
class FactsPanel;

/// The workbench: the articles of one review side by side.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    /// Shows these articles, one pane each, replacing what was shown.
    void setArticles(const QList<Article> &articles, const QString &documentName);
    QList<ArticlePane *> panes() const { return m_panes; }
    FactsPanel *factsPanel() const { return m_factsPanel; }

private:
    void createActions();
    void showAbout();

    QScrollArea *m_scrollArea = nullptr;
    QSplitter *m_splitter = nullptr;
    QList<ArticlePane *> m_panes;
    FactsPanel *m_factsPanel = nullptr;
};

} // namespace factbench
