#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

/// A small deterministic generator for the tests that compare a fast path with the plain code
/// it stands in for on many random strings: the same seed every run, so that failures reproduce.
class SeededRandom
{
public:
    /// A number from 0 to bound - 1.
    quint32 below(quint32 bound)
    {
        m_state = m_state * 1664525u + 1013904223u;
        return (m_state >> 8) % bound;
    }

    /// Up to `maximumLength` characters of `alphabet`.
    QString text(QStringView alphabet, qsizetype maximumLength)
    {
        QString result;
        const qsizetype length = below(quint32(maximumLength + 1));
        for (qsizetype k = 0; k < length; ++k) {
            result += alphabet[below(quint32(alphabet.size()))];
        }
        return result;
    }

    /// Up to `maximumPieces` of `pieces` joined: words, marks and spaces in any order.
    QString text(const QStringList &pieces, qsizetype maximumPieces)
    {
        QString result;
        const qsizetype count = below(quint32(maximumPieces + 1));
        for (qsizetype k = 0; k < count; ++k) {
            result += pieces[below(quint32(pieces.size()))];
        }
        return result;
    }

private:
    quint32 m_state = 2463534242u;
};
