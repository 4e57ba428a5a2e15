#include "factsheet.h"

namespace factbench {

QString factSheetScopeName(FactSheetScope scope)
{
    switch (scope) {
    case FactSheetScope::Confirmed:
        return QStringLiteral("confirmed");
    case FactSheetScope::Disputed:
        return QStringLiteral("disputed");
    case FactSheetScope::All:
        return QStringLiteral("all");
    }
    return {};
}

std::optional<FactSheetScope> factSheetScopeFromName(QStringView name)
{
    for (FactSheetScope scope :
        {FactSheetScope::Confirmed, FactSheetScope::Disputed, FactSheetScope::All}) {
        if (name == factSheetScopeName(scope)) {
            return scope;
        }
    }
    return std::nullopt;
}

} // namespace factbench
