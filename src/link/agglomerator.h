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
/// quote in one article do not pull their fact apart.
///
/// An item may stand for several members (identical claims collapsed into one before
/// clustering), each with its own group; it then weighs as many members as it holds, so the
/// linkages are those of the members. Work is proportional to the candidate pairs (times a
/// log), never to all pairs of items, and does not grow with the members an item holds.
class Agglomerator
{
public:
    /// Items are 0 .. groups.size()-1, one member each; `groups[i]` is item i's group.
    /// Groups are numbered from 0 (article indexes).
    explicit Agglomerator(const QList<int> &groups);
    /// Items are 0 .. memberGroups.size()-1; `memberGroups[i]` holds the group of each member
    /// of item i (a group twice when two members share it), at least one.
    explicit Agglomerator(const QList<QList<int>> &memberGroups);

    /// Scores one candidate pair: the mean score (in [0, 1]) of the pairs of their members that
    /// lie across groups. A pair scored twice keeps the higher score; a pair with no members
    /// across groups is ignored.
    void addPair(int a, int b, double score);

    /// Scores a candidate pair with `score(a, b)` the first time it is offered, unless no pair
    /// of their members lies across groups; blocks that overlap offer a pair more than once,
    /// and it is scored once. A score of 0 or less adds nothing.
    template<typename Score>
    void offerPair(int a, int b, Score &&score)
    {
        if (!haveCrossPairs(a, b)) {
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

    /// Decides whether two items with members in one group may be in one cluster; checked for
    /// every such pair of the two clusters about to merge. An empty check allows all.
    using SharedGroupCheck = std::function<bool(int, int)>;

    /// The clusters, each a sorted list of items, in the order of their smallest item.
    QList<QList<int>> run(double threshold, const SharedGroupCheck &mayShareGroup = {}) const;
    /// The clusters of run() whose members lie in at least two groups.
    QList<QList<int>> runAcrossGroups(
        double threshold, const SharedGroupCheck &mayShareGroup = {}) const;

private:
    struct Pair
    {
        int a;
        int b;
        double score;
    };
    /// The groups of an item's members: (group, members) sorted by group.
    using GroupCounts = QList<std::pair<int, int>>;

    bool haveCrossPairs(int a, int b) const;

    QList<GroupCounts> m_groups;
    QList<Pair> m_pairs;
    QSet<quint64> m_offered;
};

} // namespace factbench
