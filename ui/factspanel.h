#pragma once

#include "link/fact.h"

#include <QWidget>

class QTreeWidget;

namespace factbench {

struct Article;
struct Extraction;

/// The facts the linker proposes, one row each: the label, every source's value, and a
/// divergence badge whose tooltip gives the reason. Review editing comes with the project.
class FactsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FactsPanel(QWidget *parent = nullptr);

    void setFacts(const QList<Fact> &facts, const QList<Article> &articles,
        const QList<Extraction> &extractions);
    QTreeWidget *view() const { return m_view; }
    /// Selects the fact that holds the claim `claimId`; false when no fact does.
    bool selectFactOf(const QString &claimId);

Q_SIGNALS:
    /// The user selected a fact; its members are claim ids.
    void factSelected(const factbench::Fact &fact);

private:
    QTreeWidget *m_view = nullptr;
    QList<Fact> m_facts;
};

} // namespace factbench
