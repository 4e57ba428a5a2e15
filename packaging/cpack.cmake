# CPack: a Debian package of the installed files (`cpack -G DEB` in the build directory;
# `packaging/dev package` does it inside the Debian 13 build root, `packaging/dev
# package-test` installs the result into a fresh Debian 13 root).
set(CPACK_PACKAGE_NAME factbench)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Factbench developers")
set(CPACK_PACKAGE_CONTACT "The Factbench developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Factbench is a desktop workbench for fact-checkers and news editors who have several \
articles from different outlets about one event. It puts the articles side by side and \
highlights their figures and quotes. factbench-cli prints the same extraction as JSON.")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
# The library dependencies come from dpkg-shlibdeps (on Debian 13 libqt6gui6 carries the
# xcb, wayland-less and offscreen platform plugins itself); Qt's own translations are
# welcome, not needed.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
# The English dictionaries split the words that page scraping glued together ("dronespenetrating")
# before a figure's counted noun is read: extraction gives the same claims as the tests only with
# them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "hunspell-en-us, hunspell-en-gb")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The desktop, icon and MIME caches are refreshed by the dpkg file triggers of
# desktop-file-utils, hicolor-icon-theme and shared-mime-info: no maintainer scripts.

include(CPack)
