#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace factbench {

/// The words of a quote as compared across articles: lower case, typographic apostrophes
/// made straight, punctuation dropped ("I didn’t make any progress," -> i didn't make any
/// progress).
QStringList quoteWords(QStringView text);

/// Whether `part` occurs in `whole` as consecutive words.
bool containsWords(const QStringList &whole, const QStringList &part);

/// What changes from `from` to `to`, word by word, as "dumb → stupid; + today; − truly".
QString wordDiff(const QStringList &from, const QStringList &to);

} // namespace factbench
