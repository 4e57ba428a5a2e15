#include "fact.h"

namespace factbench {

QString agreementName(Agreement agreement)
{
    switch (agreement) {
    case Agreement::Single:
        return QStringLiteral("single");
    case Agreement::Equal:
        return QStringLiteral("equal");
    case Agreement::CompatibleQualifiers:
        return QStringLiteral("compatible-qualifiers");
    case Agreement::Rounding:
        return QStringLiteral("rounding");
    case Agreement::SumOfParts:
        return QStringLiteral("sum-of-parts");
    case Agreement::Complement:
        return QStringLiteral("complement");
    case Agreement::PartitiveTotal:
        return QStringLiteral("partitive-total");
    case Agreement::Updated:
        return QStringLiteral("updated");
    case Agreement::Truncated:
        return QStringLiteral("truncated");
    case Agreement::Divergent:
        return QStringLiteral("divergent");
    }
    return {};
}

} // namespace factbench
