#pragma once

#include <QList>
#include <QSet>

#include <algorithm>
#include <functional>

namespace factbench {

/// Average-linkage agglomerative clustering over a sparse graph of scored candidate pairs:
/// the two clusters with the highest mean pair score merge first, a pair that was never
/// scored counts as 0, and merging stops below a threshold. Items belong to groups (the
/// articles): only pairs across groups are scored and averaged, so two fragments of one long
/// quote in one article do not pull their fact apart. Work is proportional to the candidate
/// pairs (times a log), never to all pairs of items.
class Agglomerator
{
public:
    /// Items are 0 .. groups.size()-1; `groups[i]` is item i's group.
    explicit Agglomerator(QList<int> groups);

    /// Scores one candidate pair (in [0, 1]) of items in different groups; a pair scored twice
    /// keeps the higher score, a pair within one group is ignored.
    void addPair(int a, int b, double score);

    /// Scores a candidate pair with `score(a, b)` the first time it is offered, unless both
    /// items lie in one group; blocks that overlap offer a pair more than once, and it is
    /// scored once. A score of 0 or less adds nothing.
    template<typename Score>
    void offerPair(int a, int b, Score &&score)
    {
        if (m_groups[a] == m_groups[b]) {
            return;
        }
        const quint64 key = (quint64(std::min(a, b)) << 32) | quint64(std::max(a, b));
        if (m_offered.contains(key)) {
            return;
        }
        m_offered.insert(key);
        const double value = score(a, b);
        if (value > 0) {
            addPair(a, b, value);
        }
    }

    /// Decides whether two clusters (given by their items) may become one; an empty check
    /// lets every pair of clusters merge.
    using MergeCheck = std::function<bool(const QList<int> &, const QList<int> &)>;

    /// The clusters, each a sorted list of items, in the order of their smallest item.
    QList<QList<int>> run(double threshold, const MergeCheck &mayMerge = {}) const;
    /// The clusters of run() that hold items of at least two groups.
    QList<QList<int>> runAcrossGroups(double threshold, const MergeCheck &mayMerge = {}) const;

private:
    struct Pair
    {
        int a;
        int b;
        double score;
    };
    QList<int> m_groups;
    QList<Pair> m_pairs;
    QSet<quint64> m_offered;
};

} // namespace factbench
