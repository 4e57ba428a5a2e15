#pragma once

#include "fact.h"

#include <QList>
#include <QString>

namespace factbench {

/// A quote as a member of a fact.
struct QuoteMember
{
    QString text;
    int article = 0;
};

struct QuoteVerdict
{
    Agreement agreement = Agreement::Single;
    bool divergent = false;
    QString reason;
};

/// Whether quotes of one statement agree: the same words, or cuts of one longer quote
/// ("no progress at all" is in neither "I didn't make any progress" nor the reverse), or a
/// different wording, shown as a word-level diff ("dumb → stupid").
class QuoteAgreement
{
public:
    static QuoteVerdict judge(const QList<QuoteMember> &members);
};

} // namespace factbench
