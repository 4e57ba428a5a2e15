#include "agglomerator.h"

#include <algorithm>
#include <queue>
#include <vector>

namespace factbench {

namespace {

/// What joins two clusters: the sum of their members' pair scores and how many of their
/// member pairs lie across groups. Both add up when clusters merge, so a linkage is updated
/// in O(1) (Lance-Williams for average linkage) instead of re-scoring members.
struct Link
{
    double sum = 0;
    double crossPairs = 0;
};

/// Sorted by the first member; small vectors, since most clusters hold one item and have a
/// few neighbours, and a hash table per cluster costs more than it saves.
using GroupCountList = std::vector<std::pair<int, int>>;
using LinkList = std::vector<std::pair<int, Link>>;

struct Cluster
{
    QList<int> items;
    double members = 0;
    /// (group, members of the cluster in it), sorted by group.
    GroupCountList groups;
    /// (neighbouring cluster, link), sorted by neighbour.
    LinkList links;
    int version = 0;
    bool alive = true;
};

template<typename List>
auto findIn(List &list, int key)
{
    const auto it = std::lower_bound(list.begin(), list.end(), key,
        [](const auto &entry, int wanted) { return entry.first < wanted; });
    return it != list.end() && it->first == key ? it : list.end();
}

/// A cluster's members per group laid out in an array, so that the cross pairs of the
/// cluster with each of its neighbours cost an array lookup per group.
class GroupTable
{
public:
    explicit GroupTable(int groupCount)
        : m_members(groupCount, 0)
    { }

    void load(const Cluster &cluster)
    {
        m_cluster = &cluster;
        for (const auto &[group, members] : cluster.groups) {
            m_members[group] = members;
        }
    }
    void unload()
    {
        for (const auto &[group, members] : m_cluster->groups) {
            m_members[group] = 0;
        }
        m_cluster = nullptr;
    }
    /// Member pairs of the loaded cluster and `other` that lie across groups.
    double crossPairs(const Cluster &other) const
    {
        double pairs = m_cluster->members * other.members;
        if (other.groups.size() <= m_cluster->groups.size()) {
            for (const auto &[group, members] : other.groups) {
                pairs -= double(members) * m_members[group];
            }
        } else {
            for (const auto &[group, members] : m_cluster->groups) {
                if (const auto theirs = findIn(other.groups, group); theirs != other.groups.end()) {
                    pairs -= double(members) * theirs->second;
                }
            }
        }
        return pairs;
    }

private:
    std::vector<int> m_members;
    const Cluster *m_cluster = nullptr;
};

/// Whether two lists of (group, members) sorted by group name a group in common.
template<typename A, typename B>
bool shareGroup(const A &a, const B &b)
{
    auto i = a.cbegin();
    auto j = b.cbegin();
    while (i != a.cend() && j != b.cend()) {
        if (i->first < j->first) {
            ++i;
        } else if (j->first < i->first) {
            ++j;
        } else {
            return true;
        }
    }
    return false;
}

/// Whether every pair of items of `a` and `b` with members in one group may be in one
/// cluster. Clusters about to merge rarely share a group, so the items are only looked at
/// when they do.
bool mayMerge(const Cluster &a, const Cluster &b, const QList<QList<std::pair<int, int>>> &groups,
    const Agglomerator::SharedGroupCheck &check)
{
    if (!check || !shareGroup(a.groups, b.groups)) {
        return true;
    }
    for (int x : a.items) {
        for (int y : b.items) {
            if (!check(x, y) && shareGroup(groups[x], groups[y])) {
                return false;
            }
        }
    }
    return true;
}

GroupCountList mergedGroups(const GroupCountList &a, const GroupCountList &b)
{
    GroupCountList merged;
    merged.reserve(a.size() + b.size());
    auto i = a.cbegin();
    auto j = b.cbegin();
    while (i != a.cend() || j != b.cend()) {
        if (j == b.cend() || (i != a.cend() && i->first < j->first)) {
            merged.push_back(*i++);
        } else if (i == a.cend() || j->first < i->first) {
            merged.push_back(*j++);
        } else {
            merged.emplace_back(i->first, i->second + j->second);
            ++i;
            ++j;
        }
    }
    return merged;
}

} // namespace

Agglomerator::Agglomerator(const QList<int> &groups)
{
    m_groups.reserve(groups.size());
    for (int group : groups) {
        Q_ASSERT(group >= 0);
        m_groups.append(GroupCounts {{group, 1}});
    }
}

Agglomerator::Agglomerator(const QList<QList<int>> &memberGroups)
{
    m_groups.reserve(memberGroups.size());
    for (QList<int> groups : memberGroups) {
        Q_ASSERT(!groups.isEmpty());
        std::sort(groups.begin(), groups.end());
        Q_ASSERT(groups.first() >= 0);
        GroupCounts counts;
        for (int group : groups) {
            if (!counts.isEmpty() && counts.last().first == group) {
                ++counts.last().second;
            } else {
                counts.append({group, 1});
            }
        }
        m_groups.append(counts);
    }
}

bool Agglomerator::haveCrossPairs(int a, int b) const
{
    // Only members all in one group, the same for both items, make no pair across groups.
    const GroupCounts &x = m_groups[a];
    const GroupCounts &y = m_groups[b];
    return x.size() != 1 || y.size() != 1 || x.first().first != y.first().first;
}

void Agglomerator::addPair(int a, int b, double score)
{
    if (haveCrossPairs(a, b)) {
        m_pairs.append({std::min(a, b), std::max(a, b), score});
    }
}

QList<QList<int>> Agglomerator::run(double threshold, const SharedGroupCheck &mayShareGroup) const
{
    const int itemCount = int(m_groups.size());
    int groupCount = 0;
    QList<Cluster> clusters(itemCount);
    for (int i = 0; i < itemCount; ++i) {
        Cluster &cluster = clusters[i];
        cluster.items = {i};
        for (const auto &[group, members] : m_groups[i]) {
            cluster.groups.emplace_back(group, members);
            cluster.members += members;
            groupCount = std::max(groupCount, group + 1);
        }
    }
    GroupTable table(groupCount);

    // The links of the single items: a pair scored twice keeps its higher score.
    std::vector<Pair> pairs(m_pairs.cbegin(), m_pairs.cend());
    std::sort(pairs.begin(), pairs.end(), [](const Pair &x, const Pair &y) {
        return std::tie(x.a, x.b, y.score) < std::tie(y.a, y.b, x.score);
    });
    pairs.erase(std::unique(pairs.begin(), pairs.end(),
                    [](const Pair &x, const Pair &y) { return x.a == y.a && x.b == y.b; }),
        pairs.end());
    for (const Pair &pair : pairs) {
        table.load(clusters[pair.a]);
        const double crossPairs = table.crossPairs(clusters[pair.b]);
        table.unload();
        const Link link {pair.score * crossPairs, crossPairs};
        clusters[pair.a].links.emplace_back(pair.b, link);
        clusters[pair.b].links.emplace_back(pair.a, link);
    }
    for (Cluster &cluster : clusters) {
        std::sort(cluster.links.begin(), cluster.links.end(),
            [](const auto &x, const auto &y) { return x.first < y.first; });
    }

    struct Candidate
    {
        double linkage;
        int a;
        int b;
        int versionA;
        int versionB;
        bool operator<(const Candidate &other) const
        {
            // Highest linkage first; ties go to the earlier items, so results are stable.
            if (linkage != other.linkage) {
                return linkage < other.linkage;
            }
            return std::pair(a, b) > std::pair(other.a, other.b);
        }
    };
    std::priority_queue<Candidate> queue;
    const auto push = [&](int a, int b, const Link &link) {
        const double value = link.crossPairs > 0 ? link.sum / link.crossPairs : -1.0;
        if (value >= threshold) {
            queue.push({value, std::min(a, b), std::max(a, b), clusters[std::min(a, b)].version,
                clusters[std::max(a, b)].version});
        }
    };
    for (int a = 0; a < itemCount; ++a) {
        for (const auto &[b, link] : clusters[a].links) {
            if (a < b) {
                push(a, b, link);
            }
        }
    }

    LinkList merged;
    std::vector<size_t> onlyKept;
    std::vector<size_t> onlyRemoved;
    while (!queue.empty()) {
        const Candidate top = queue.top();
        queue.pop();
        Cluster &a = clusters[top.a];
        Cluster &b = clusters[top.b];
        if (!a.alive || !b.alive || a.version != top.versionA || b.version != top.versionB) {
            continue; // stale: one side has changed since this entry was queued
        }
        if (!mayMerge(a, b, m_groups, mayShareGroup)) {
            continue;
        }
        const int keep = top.a;
        const int gone = top.b;
        Cluster &kept = a;
        Cluster &removed = b;

        // The merged cluster's links: a neighbour of both adds its two links; a neighbour of
        // one gains the other's cross pairs, with a score of 0 for the pairs never scored.
        merged.clear();
        onlyKept.clear();
        onlyRemoved.clear();
        auto i = kept.links.cbegin();
        auto j = removed.links.cbegin();
        while (i != kept.links.cend() || j != removed.links.cend()) {
            if (j == removed.links.cend() || (i != kept.links.cend() && i->first < j->first)) {
                if (i->first != gone) {
                    onlyKept.push_back(merged.size());
                    merged.push_back(*i);
                }
                ++i;
            } else if (i == kept.links.cend() || j->first < i->first) {
                if (j->first != keep) {
                    onlyRemoved.push_back(merged.size());
                    merged.push_back(*j);
                }
                ++j;
            } else {
                merged.emplace_back(i->first,
                    Link {i->second.sum + j->second.sum,
                        i->second.crossPairs + j->second.crossPairs});
                ++i;
                ++j;
            }
        }
        for (const auto &[other, entries] :
            {std::pair(&removed, &onlyKept), std::pair(&kept, &onlyRemoved)}) {
            if (entries->empty()) {
                continue;
            }
            table.load(*other);
            for (size_t entry : *entries) {
                merged[entry].second.crossPairs += table.crossPairs(clusters[merged[entry].first]);
            }
            table.unload();
        }
        // Each neighbour forgets the removed cluster and learns the kept one's new link.
        for (const auto &[neighbour, link] : merged) {
            LinkList &theirs = clusters[neighbour].links;
            if (const auto old = findIn(theirs, gone); old != theirs.end()) {
                theirs.erase(old);
            }
            const auto at = std::lower_bound(theirs.begin(), theirs.end(), keep,
                [](const auto &entry, int wanted) { return entry.first < wanted; });
            if (at != theirs.end() && at->first == keep) {
                at->second = link;
            } else {
                theirs.insert(at, {keep, link});
            }
        }
        kept.links.swap(merged);
        kept.items.append(removed.items);
        kept.members += removed.members;
        kept.groups = mergedGroups(kept.groups, removed.groups);
        removed.alive = false;
        removed.items.clear();
        LinkList().swap(removed.links);
        GroupCountList().swap(removed.groups);
        ++kept.version;
        ++removed.version;
        // The kept cluster grew, so every linkage it takes part in changed.
        for (const auto &[neighbour, link] : kept.links) {
            push(keep, neighbour, link);
        }
    }

    QList<QList<int>> result;
    for (Cluster &cluster : clusters) {
        if (cluster.alive) {
            std::sort(cluster.items.begin(), cluster.items.end());
            result.append(cluster.items);
        }
    }
    std::sort(result.begin(), result.end(),
        [](const QList<int> &x, const QList<int> &y) { return x.first() < y.first(); });
    return result;
}

QList<QList<int>> Agglomerator::runAcrossGroups(
    double threshold, const SharedGroupCheck &mayShareGroup) const
{
    QList<QList<int>> across;
    for (const QList<int> &cluster : run(threshold, mayShareGroup)) {
        const int first = m_groups[cluster.first()].first().first;
        const bool spans = std::any_of(cluster.cbegin(), cluster.cend(), [&](int item) {
            return std::any_of(m_groups[item].cbegin(), m_groups[item].cend(),
                [first](const auto &counts) { return counts.first != first; });
        });
        if (spans) {
            across.append(cluster);
        }
    }
    return across;
}

} // namespace factbench
