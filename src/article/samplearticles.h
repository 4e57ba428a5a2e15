#pragma once

#include "article.h"

#include <QList>

namespace factbench {

/// The sample that ships inside the program: three short articles about one fictional storm,
/// written for Factbench, so a new user sees the product working at once.
class SampleArticles
{
public:
    static QList<Article> load();
    /// Resource paths of the sample's articles, in the order they are shown.
    static QStringList paths();
};

} // namespace factbench
