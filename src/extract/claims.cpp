#include "claims.h"

namespace factbench {

QString qualifierSymbol(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::Equal:
        return QStringLiteral("=");
    case Qualifier::Approximately:
        return QStringLiteral("~");
    case Qualifier::MoreThan:
        return QStringLiteral(">");
    case Qualifier::AtLeast:
        return QStringLiteral(">=");
    case Qualifier::LessThan:
        return QStringLiteral("<");
    case Qualifier::AtMost:
        return QStringLiteral("<=");
    }
    return QStringLiteral("=");
}

QString figureKindName(FigureKind kind)
{
    switch (kind) {
    case FigureKind::Count:
        return QStringLiteral("count");
    case FigureKind::Money:
        return QStringLiteral("money");
    case FigureKind::Percent:
        return QStringLiteral("percent");
    case FigureKind::Duration:
        return QStringLiteral("duration");
    case FigureKind::Measure:
        return QStringLiteral("measure");
    case FigureKind::Age:
        return QStringLiteral("age");
    case FigureKind::Ordinal:
        return QStringLiteral("ordinal");
    case FigureKind::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

} // namespace factbench
