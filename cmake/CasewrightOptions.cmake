# One INTERFACE target that every Casewright target links: the language standard, the warning
# set and the Qt string-safety defines live here and nowhere else.
add_library(casewright_options INTERFACE)
add_library(Casewright::options ALIAS casewright_options)
target_compile_features(casewright_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

if(MSVC)
  target_compile_options(casewright_options INTERFACE /W4 /permissive- /utf-8)
  if(CASEWRIGHT_WERROR)
    target_compile_options(casewright_options INTERFACE /WX)
  endif()
else()
  target_compile_options(casewright_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wconversion -Wno-sign-conversion -Wimplicit-fallthrough)
  if(CASEWRIGHT_WERROR)
    target_compile_options(casewright_options INTERFACE -Werror)
  endif()
endif()

# Implicit conversions between QString and char* hide encoding bugs; make them explicit.
target_compile_definitions(casewright_options INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_USE_QSTRINGBUILDER
  CASEWRIGHT_VERSION="${PROJECT_VERSION}")

if(CASEWRIGHT_SANITIZERS)
  target_compile_options(casewright_options INTERFACE -fsanitize=${CASEWRIGHT_SANITIZERS} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(casewright_options INTERFACE -fsanitize=${CASEWRIGHT_SANITIZERS})
endif()

# Registers one QtTest executable as a CTest test. Every test runs headless.
function(casewright_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;ENV" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE casewright_options Qt6::Test ${ARG_LIBS})
  target_compile_definitions(${name} PRIVATE
    CASEWRIGHT_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    CASEWRIGHT_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared"
    CASEWRIGHT_BINARY_DIR="${PROJECT_BINARY_DIR}")
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES
    # No test reaches EC2 instance metadata (169.254.169.254): only loopback is allowed.
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;AWS_EC2_METADATA_DISABLED=true;${ARG_ENV}" TIMEOUT 300)
endfunction()

# Rebuilds (and the several build trees CI makes) reuse object files when ccache is there.
find_program(CASEWRIGHT_CCACHE ccache)
if(CASEWRIGHT_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(CMAKE_CXX_COMPILER_LAUNCHER ${CASEWRIGHT_CCACHE})
endif()
