# macOS: the designer becomes Casewright.app (Info.plist, icon, Qt frameworks inside) and
# casewright-cli travels inside it, in Contents/MacOS, where it finds the same frameworks.
# The .dmg (CPack DragNDrop) holds the bundle and a link to /Applications.
if(NOT TARGET casewright)
  return() # macdeployqt only deploys app bundles; a CLI-only build makes no installer
endif()

# The .icns is rendered at configure time (a generated source of another directory's target is
# fragile), and again whenever the SVG changes.
set(icns ${CMAKE_CURRENT_BINARY_DIR}/Casewright.icns)
if(NOT EXISTS ${icns} OR ${CASEWRIGHT_ICON_SVG} IS_NEWER_THAN ${icns})
  execute_process(
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/macos/make-icns.sh ${CASEWRIGHT_ICON_SVG} ${icns}
    RESULT_VARIABLE icns_result)
  if(NOT icns_result EQUAL 0)
    message(WARNING "Could not make Casewright.icns (brew install librsvg; Xcode's iconutil): "
      "the app bundle gets the generic icon.")
    file(REMOVE ${icns})
  endif()
endif()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CASEWRIGHT_ICON_SVG})

set_target_properties(casewright PROPERTIES
  MACOSX_BUNDLE ON
  OUTPUT_NAME Casewright
  MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in
  MACOSX_BUNDLE_BUNDLE_NAME Casewright
  MACOSX_BUNDLE_GUI_IDENTIFIER ${CASEWRIGHT_APP_ID}
  MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
  MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
  MACOSX_BUNDLE_COPYRIGHT "${CASEWRIGHT_COPYRIGHT}")
if(EXISTS ${icns})
  set_target_properties(casewright PROPERTIES MACOSX_BUNDLE_ICON_FILE Casewright.icns)
  target_sources(casewright PRIVATE ${icns})
  set_source_files_properties(${icns} TARGET_DIRECTORY casewright
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
endif()

install(TARGETS casewright BUNDLE DESTINATION .)
install(TARGETS casewright-cli RUNTIME DESTINATION Casewright.app/Contents/MacOS)
casewright_install_practice_service(PROGRAM_DIR Casewright.app/Contents/MacOS
  SAMPLE_DIR Casewright.app/Contents/Resources/sample)
casewright_deploy_qt(EXECUTABLE Casewright.app
  ADDITIONAL_EXECUTABLES Casewright.app/Contents/MacOS/casewright-cli ${CASEWRIGHT_PRACTICE_SERVICE})
