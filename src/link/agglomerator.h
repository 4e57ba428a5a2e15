#pragma once

#include <QList>

#include <functional>

namespace factbench {

/// Average-linkage agglomerative clustering over a sparse graph of scored candidate pairs:
/// the two clusters with the highest mean pair score merge first, a pair that was never
/// scored counts as 0, and merging stops below a threshold. Work is proportional to the
/// candidate pairs (times a log), never to all pairs of items.
class Agglomerator
{
public:
    /// Items are 0 .. itemCount-1.
    explicit Agglomerator(int itemCount);

    /// Scores one candidate pair (in [0, 1]); a pair scored twice keeps the higher score.
    void addPair(int a, int b, double score);

    /// Decides whether two clusters (given by their items) may become one.
    using MergeCheck = std::function<bool(const QList<int> &, const QList<int> &)>;

    /// The clusters, each a sorted list of items, in the order of their smallest item.
    QList<QList<int>> run(double threshold, const MergeCheck &mayMerge) const;

private:
    struct Pair
    {
        int a;
        int b;
        double score;
    };
    int m_itemCount;
    QList<Pair> m_pairs;
};

} // namespace factbench
