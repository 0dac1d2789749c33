# The practice service: the Cases emulator the tests use, installed with every package under the
# name a user recognises (casewright-emulator), with the sample domain it serves by default. It
# looks for the sample beside its installed location: ../share/casewright/sample (Linux, Windows)
# or ../Resources/sample (inside the macOS app bundle).
#   casewright_install_practice_service(PROGRAM_DIR dir SAMPLE_DIR dir)
# Sets CASEWRIGHT_PRACTICE_SERVICE (the installed program, relative to the prefix) in the caller,
# for the platforms whose Qt deployment must see it; empty when the emulator is not built.
function(casewright_install_practice_service)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "PROGRAM_DIR;SAMPLE_DIR" "")
  set(CASEWRIGHT_PRACTICE_SERVICE "" PARENT_SCOPE)
  if(NOT TARGET cases-emulator)
    return()
  endif()
  set(program casewright-emulator${CMAKE_EXECUTABLE_SUFFIX})
  install(PROGRAMS $<TARGET_FILE:cases-emulator> DESTINATION ${arg_PROGRAM_DIR} RENAME ${program})
  # install(PROGRAMS) is not stripped by CPACK_STRIP_FILES as install(TARGETS) is: strip it here.
  if(CMAKE_STRIP)
    install(CODE "
      if(CMAKE_INSTALL_DO_STRIP)
        execute_process(COMMAND \"${CMAKE_STRIP}\" \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${arg_PROGRAM_DIR}/${program}\")
      endif()")
  endif()
  install(FILES ${PROJECT_SOURCE_DIR}/resources/sample/support-centre.snapshot.json
    DESTINATION ${arg_SAMPLE_DIR})
  set(CASEWRIGHT_PRACTICE_SERVICE ${arg_PROGRAM_DIR}/${program} PARENT_SCOPE)
endfunction()
