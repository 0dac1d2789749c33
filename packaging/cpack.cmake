# CPack: `cpack --config <build>/CPackConfig.cmake` makes the platform's packages from what the
# install rules put under the prefix.
#   Linux:   casewright_<version>_<arch>.deb and casewright-<version>-Linux-<cpu>.tar.gz
#   Windows: Casewright-<version>-win64.msi (WiX) and a .zip
#   macOS:   Casewright-<version>-Darwin.dmg (drag to Applications)
set(CPACK_PACKAGE_NAME Casewright)
set(CPACK_PACKAGE_VENDOR "The Casewright authors")
set(CPACK_PACKAGE_CONTACT "The Casewright authors <casewright@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Designer for Amazon Connect Cases case rules")
# Lines of at most 80 characters: Debian shows the description on 80-column terminals.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
  "Casewright designs Amazon Connect Cases case rules (required, hidden and"
  "field-options rules), attaches them to case templates, previews them on"
  "sample cases with explanations, and publishes them through the Cases API"
  "from project folders kept in git."
  "casewright-cli does the same work from scripts; casewright-emulator is a"
  "local Cases service with a sample domain to practise on without AWS.")
set(CPACK_PACKAGE_HOMEPAGE_URL ${CASEWRIGHT_HOMEPAGE})
set(CPACK_PACKAGE_INSTALL_DIRECTORY Casewright)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/node_modules/")
# WiX and the .dmg licence page want a file with an extension.
configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt)
if(TARGET casewright)
  set(CPACK_PACKAGE_EXECUTABLES casewright Casewright) # Start-menu entry (WiX, NSIS)
endif()

if(WIN32)
  set(CPACK_GENERATOR WIX ZIP)
  set(CPACK_PACKAGE_FILE_NAME Casewright-${PROJECT_VERSION}-win64)
  # The upgrade code never changes: a newer MSI replaces the installed version in place.
  set(CPACK_WIX_UPGRADE_GUID 2C6D46ED-E7CC-4E24-83F4-9397989978DE)
  set(CPACK_WIX_PRODUCT_ICON ${CASEWRIGHT_ICO})
  set(CPACK_WIX_PROGRAM_MENU_FOLDER Casewright)
  set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT ${CASEWRIGHT_HOMEPAGE})
  set(CPACK_WIX_PROPERTY_ARPHELPLINK ${CASEWRIGHT_HOMEPAGE}/issues)
  # The same for `cpack -G NSIS`, for those who prefer an .exe installer.
  set(CPACK_NSIS_MUI_ICON ${CASEWRIGHT_ICO})
  set(CPACK_NSIS_MUI_UNIICON ${CASEWRIGHT_ICO})
  set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\casewright.exe)
  set(CPACK_NSIS_DISPLAY_NAME Casewright)
  set(CPACK_NSIS_URL_INFO_ABOUT ${CASEWRIGHT_HOMEPAGE})
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
elseif(APPLE)
  set(CPACK_GENERATOR DragNDrop)
  set(CPACK_PACKAGE_FILE_NAME Casewright-${PROJECT_VERSION}-Darwin)
  set(CPACK_DMG_VOLUME_NAME Casewright)
  set(CPACK_DMG_FORMAT UDZO)
else()
  set(CPACK_GENERATOR DEB TGZ)
  set(CPACK_PACKAGE_FILE_NAME casewright-${PROJECT_VERSION}-Linux-${CMAKE_SYSTEM_PROCESSOR})
  set(CPACK_DEBIAN_PACKAGE_NAME casewright)
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_SECTION utils)
  set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
  # dpkg-shlibdeps turns the programs' shared libraries into Depends on the distribution's
  # packages (libqt6core6, libqt6network6, libqt6widgets6, …): the .deb brings no Qt of its own.
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
endif()

include(CPack)
