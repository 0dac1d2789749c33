# Windows: both programs get the Casewright icon and version details; the designer is a GUI
# program (no console window); windeployqt copies Qt's DLLs and plugins next to them in bin\.
set(CASEWRIGHT_ICO ${PROJECT_SOURCE_DIR}/resources/icons/casewright.ico)

# casewright_add_windows_resources(target description [installed file name])
function(casewright_add_windows_resources target description)
  set(RC_FILE_NAME ${target}.exe)
  if(ARGC GREATER 2)
    set(RC_FILE_NAME ${ARGV2})
  endif()
  set(RC_DESCRIPTION ${description})
  configure_file(${CMAKE_CURRENT_SOURCE_DIR}/windows/casewright.rc.in
    ${CMAKE_CURRENT_BINARY_DIR}/${target}.rc @ONLY)
  target_sources(${target} PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/${target}.rc)
endfunction()

casewright_add_windows_resources(casewright-cli "Casewright command line")
casewright_install_practice_service(PROGRAM_DIR bin SAMPLE_DIR share/casewright/sample)
set(deployed_helpers "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:casewright-cli>")
if(CASEWRIGHT_PRACTICE_SERVICE)
  casewright_add_windows_resources(cases-emulator "Casewright practice service" casewright-emulator.exe)
  list(APPEND deployed_helpers "${CASEWRIGHT_PRACTICE_SERVICE}")
endif()
if(TARGET casewright)
  set_target_properties(casewright PROPERTIES WIN32_EXECUTABLE ON)
  casewright_add_windows_resources(casewright "Casewright case rules designer")
  casewright_deploy_qt(EXECUTABLE "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:casewright>"
    ADDITIONAL_EXECUTABLES ${deployed_helpers})
else()
  list(POP_FRONT deployed_helpers first)
  casewright_deploy_qt(EXECUTABLE "${first}" ADDITIONAL_EXECUTABLES ${deployed_helpers})
endif()

# The Microsoft C++ runtime DLLs go into bin\ too, for machines without the VC++ redistributable.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)
