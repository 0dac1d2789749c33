# Copies Qt's libraries and plugins next to the installed programs on Windows (windeployqt) and into
# the app bundle on macOS (macdeployqt), at install time, so the installers run on machines without
# Qt. On Linux nothing is copied: the .deb depends on the distribution's Qt packages instead.
#
# qt_generate_deploy_app_script() deploys for one program only; the designer and casewright-cli
# share one set of Qt libraries, so this writes the deploy script itself, as the QT_DEPLOY_SUPPORT
# documentation shows for an application with a helper program (Qt 6.3 and later).
#   casewright_deploy_qt(EXECUTABLE path [ADDITIONAL_EXECUTABLES paths...])
# Paths are relative to the install prefix and may use ${QT_DEPLOY_BIN_DIR} (escaped) and
# generator expressions.
function(casewright_deploy_qt)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "EXECUTABLE" "ADDITIONAL_EXECUTABLES")
  set(extra "")
  if(arg_ADDITIONAL_EXECUTABLES)
    list(JOIN arg_ADDITIONAL_EXECUTABLES "\" \"" joined)
    set(extra "ADDITIONAL_EXECUTABLES \"${joined}\"")
  endif()
  set(conf "")
  if(WIN32)
    set(conf GENERATE_QT_CONF) # macdeployqt writes its own qt.conf into the bundle
  endif()
  set(script ${CMAKE_CURRENT_BINARY_DIR}/deploy-qt-$<CONFIG>.cmake)
  file(GENERATE OUTPUT ${script} CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(EXECUTABLE \"${arg_EXECUTABLE}\" ${extra} ${conf})
")
  install(SCRIPT ${script})
endfunction()
