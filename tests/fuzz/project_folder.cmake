# The folder-level fuzz target needs the project layer (QtCore), so it is built only in a fuzz tree
# configured without CASEWRIGHT_CORE_ONLY (scripts/test-all.sh makes one: build-fuzz-folder).
if(TARGET casewright_project)
  add_executable(fuzz_project_folder ${CMAKE_CURRENT_LIST_DIR}/fuzz_project_folder.cpp)
  target_link_libraries(fuzz_project_folder PRIVATE casewright_project)
  target_compile_options(fuzz_project_folder PRIVATE -fsanitize=fuzzer,address,undefined)
  target_link_options(fuzz_project_folder PRIVATE -fsanitize=fuzzer,address,undefined)
endif()
