#pragma once

#include <QList>

#include <algorithm>
#include <cmath>
#include <utility>

namespace factbench {

/// A sparse weighted bag of words (term id, weight), sorted by id, for cosine similarity.
class TermVector
{
public:
    /// `terms` may repeat ids and be unsorted; repeats add up.
    void assign(QList<std::pair<int, float>> terms)
    {
        std::sort(terms.begin(), terms.end());
        m_terms.clear();
        for (const auto &[id, weight] : terms) {
            if (!m_terms.isEmpty() && m_terms.last().first == id) {
                m_terms.last().second += weight;
            } else {
                m_terms.append({id, weight});
            }
        }
        double sum = 0;
        for (const auto &term : std::as_const(m_terms)) {
            sum += double(term.second) * term.second;
        }
        m_norm = std::sqrt(sum);
    }

    bool isEmpty() const { return m_terms.isEmpty(); }

    /// The mean of the vectors' directions (each scaled to length 1; an empty one counts as
    /// 0): the dot product of two means is the mean cosine over all pairs of their vectors.
    static TermVector meanDirection(const QList<const TermVector *> &vectors)
    {
        QList<std::pair<int, float>> terms;
        for (const TermVector *vector : vectors) {
            if (vector->m_norm == 0) {
                continue;
            }
            const double scale = 1.0 / (vector->m_norm * double(vectors.size()));
            for (const auto &[id, weight] : vector->m_terms) {
                terms.append({id, float(weight * scale)});
            }
        }
        TermVector mean;
        mean.assign(std::move(terms));
        return mean;
    }

    double dot(const TermVector &other) const
    {
        double dot = 0;
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < m_terms.size() && j < other.m_terms.size()) {
            if (m_terms[i].first < other.m_terms[j].first) {
                ++i;
            } else if (m_terms[i].first > other.m_terms[j].first) {
                ++j;
            } else {
                dot += double(m_terms[i++].second) * other.m_terms[j++].second;
            }
        }
        return dot;
    }

    double cosine(const TermVector &other) const
    {
        if (m_norm == 0 || other.m_norm == 0) {
            return 0;
        }
        return dot(other) / (m_norm * other.m_norm);
    }

private:
    QList<std::pair<int, float>> m_terms;
    double m_norm = 0;
};

} // namespace factbench
