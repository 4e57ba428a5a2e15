#pragma once

#include "article/textrange.h"
#include "quotescanner.h"

#include <QList>
#include <QStringView>

namespace factbench {

/// The words and clause marks of one sentence around quotes, each quote a single token, so that
/// attribution rules never read words inside a quote as the reporter's.
class QuoteTokens
{
public:
    enum class Kind {
        Word,
        Comma,
        Break, ///< a colon, semicolon, dash or bracket: the end of a phrase
        End, ///< a full stop, question or exclamation mark
        Quote,
    };

    struct Token
    {
        Kind kind;
        qsizetype start;
        qsizetype end;
    };

    /// The tokens of `range` in `text`; `spans` from index `firstSpan` on are the quotes in it.
    static QList<Token> tokenize(QStringView text, const TextRange &range,
        const QList<QuoteSpan> &spans, qsizetype firstSpan);
};

} // namespace factbench
