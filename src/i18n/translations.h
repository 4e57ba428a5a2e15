#pragma once

#include <QLocale>

class QCoreApplication;

namespace factbench {

/// Loads the user-interface catalogues of a locale: Qt's own (qtbase) and Factbench's.
class Translations
{
public:
    /// Installs on `application` every catalogue found for `locale` (the system locale by
    /// default); a missing catalogue leaves that part in English.
    static void install(QCoreApplication *application, const QLocale &locale = QLocale());
};

} // namespace factbench
