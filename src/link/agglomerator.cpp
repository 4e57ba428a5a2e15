#include "agglomerator.h"

#include <QHash>

#include <algorithm>
#include <queue>

namespace factbench {

Agglomerator::Agglomerator(QList<int> groups)
    : m_groups(std::move(groups))
{ }

void Agglomerator::addPair(int a, int b, double score)
{
    if (m_groups[a] != m_groups[b]) {
        m_pairs.append({std::min(a, b), std::max(a, b), score});
    }
}

QList<QList<int>> Agglomerator::run(double threshold, const MergeCheck &mayMerge) const
{
    /// What joins two clusters: the sum of their pair scores and how many of their item
    /// pairs lie across groups. Both add up when a cluster merges, so linkages stay O(1).
    struct Link
    {
        double sum = 0;
        double crossPairs = 0;
    };
    struct Cluster
    {
        QList<int> items;
        /// How many items of each group the cluster holds.
        QHash<int, int> groupSizes;
        QHash<int, Link> links;
        int version = 0;
        bool alive = true;
    };
    const int itemCount = int(m_groups.size());
    QList<Cluster> clusters(itemCount);
    for (int i = 0; i < itemCount; ++i) {
        clusters[i].items = {i};
        clusters[i].groupSizes.insert(m_groups[i], 1);
    }
    for (const Pair &pair : m_pairs) {
        Link &ab = clusters[pair.a].links[pair.b];
        ab = {std::max(ab.sum, pair.score), 1};
        clusters[pair.b].links[pair.a] = ab;
    }
    // Pairs across groups between two clusters, for a link neither had before a merge.
    const auto crossPairs = [&](const Cluster &a, const Cluster &b) {
        const Cluster &x = a.groupSizes.size() <= b.groupSizes.size() ? a : b;
        const Cluster &y = &x == &a ? b : a;
        double pairs = double(x.items.size()) * double(y.items.size());
        for (auto it = x.groupSizes.cbegin(); it != x.groupSizes.cend(); ++it) {
            pairs -= double(it.value()) * y.groupSizes.value(it.key());
        }
        return pairs;
    };

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
        for (auto it = clusters[a].links.cbegin(); it != clusters[a].links.cend(); ++it) {
            if (a < it.key()) {
                push(a, it.key(), it.value());
            }
        }
    }

    while (!queue.empty()) {
        const Candidate top = queue.top();
        queue.pop();
        Cluster &a = clusters[top.a];
        Cluster &b = clusters[top.b];
        if (!a.alive || !b.alive || a.version != top.versionA || b.version != top.versionB) {
            continue; // stale: one side has changed since this entry was queued
        }
        if (mayMerge && !mayMerge(a.items, b.items)) {
            continue;
        }
        // Keep the bigger neighbour table and fold the smaller one into it.
        const int keep = a.links.size() >= b.links.size() ? top.a : top.b;
        const int gone = keep == top.a ? top.b : top.a;
        Cluster &kept = clusters[keep];
        Cluster &removed = clusters[gone];
        kept.links.remove(gone);
        // Neighbours of the kept cluster alone gain the removed cluster's cross pairs...
        for (auto it = kept.links.begin(); it != kept.links.end(); ++it) {
            if (!removed.links.contains(it.key())) {
                it->crossPairs += crossPairs(removed, clusters[it.key()]);
            }
        }
        // ... and neighbours of the removed cluster add their link to the kept one.
        for (auto it = removed.links.cbegin(); it != removed.links.cend(); ++it) {
            if (it.key() == keep) {
                continue;
            }
            const auto known = kept.links.constFind(it.key());
            Link merged = it.value();
            if (known != kept.links.cend()) {
                merged.sum += known->sum;
                merged.crossPairs += known->crossPairs;
            } else {
                merged.crossPairs += crossPairs(kept, clusters[it.key()]);
            }
            kept.links.insert(it.key(), merged);
            QHash<int, Link> &theirs = clusters[it.key()].links;
            theirs.remove(gone);
        }
        for (auto it = kept.links.cbegin(); it != kept.links.cend(); ++it) {
            clusters[it.key()].links.insert(keep, it.value());
        }
        kept.items.append(removed.items);
        for (auto it = removed.groupSizes.cbegin(); it != removed.groupSizes.cend(); ++it) {
            kept.groupSizes[it.key()] += it.value();
        }
        removed.alive = false;
        removed.links.clear();
        removed.groupSizes.clear();
        ++kept.version;
        ++removed.version;
        // The kept cluster grew, so every linkage it takes part in changed.
        for (auto it = kept.links.cbegin(); it != kept.links.cend(); ++it) {
            push(keep, it.key(), it.value());
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

QList<QList<int>> Agglomerator::runAcrossGroups(double threshold, const MergeCheck &mayMerge) const
{
    QList<QList<int>> across;
    for (const QList<int> &cluster : run(threshold, mayMerge)) {
        const int first = m_groups[cluster.first()];
        if (std::any_of(cluster.cbegin(), cluster.cend(),
                [&](int item) { return m_groups[item] != first; })) {
            across.append(cluster);
        }
    }
    return across;
}

} // namespace factbench
