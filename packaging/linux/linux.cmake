# Linux desktop integration, installed under the prefix (/usr in the .deb):
#   share/applications/io.github.casewright.Casewright.desktop   the menu entry
#   share/metainfo/io.github.casewright.Casewright.metainfo.xml  what software centres show
#   share/icons/hicolor/<n>x<n>/apps/io.github.casewright.Casewright.png, scalable/apps/….svg
#   share/doc/casewright/copyright                               Debian's machine-readable licence
#   share/doc/casewright/changelog.gz                            packaging/linux/changelog (Debian format)
#   share/man/man1/{casewright,casewright-cli,casewright-emulator}.1.gz   from each program's --help
#   share/{bash-completion/completions,zsh/vendor-completions,fish/vendor_completions.d}/…
#                                                                casewright-cli's completions, from its --help
#   bin/casewright-emulator, share/casewright/sample/            the practice service and its sample domain
# The reverse-DNS id is the one name the desktop file, the metainfo and the icons share.
include(GNUInstallDirs)
set(linux_dir ${CMAKE_CURRENT_SOURCE_DIR}/linux)

if(TARGET casewright)
  install(FILES ${linux_dir}/${CASEWRIGHT_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${linux_dir}/${CASEWRIGHT_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${CASEWRIGHT_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    RENAME ${CASEWRIGHT_APP_ID}.svg)

  # Fixed-size renders of the SVG for the menus and docks that do not scale SVG icons themselves.
  find_program(CASEWRIGHT_RSVG_CONVERT rsvg-convert)
  find_program(CASEWRIGHT_IMAGEMAGICK NAMES magick convert)
  set(icon_pngs "")
  foreach(size 16 24 32 48 64 128 256 512)
    set(png ${CMAKE_CURRENT_BINARY_DIR}/hicolor/${size}x${size}/${CASEWRIGHT_APP_ID}.png)
    if(CASEWRIGHT_RSVG_CONVERT)
      set(render ${CASEWRIGHT_RSVG_CONVERT} -w ${size} -h ${size} ${CASEWRIGHT_ICON_SVG} -o ${png})
    elseif(CASEWRIGHT_IMAGEMAGICK)
      set(render ${CASEWRIGHT_IMAGEMAGICK} -background none -density 384 ${CASEWRIGHT_ICON_SVG}
        -resize ${size}x${size} ${png})
    else()
      message(WARNING "Neither rsvg-convert (apt-get install librsvg2-bin) nor ImageMagick was found: "
        "the packages carry only the scalable icon.")
      break()
    endif()
    add_custom_command(OUTPUT ${png}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/hicolor/${size}x${size}
      COMMAND ${render}
      DEPENDS ${CASEWRIGHT_ICON_SVG}
      COMMENT "Rendering the ${size}x${size} application icon"
      VERBATIM)
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    list(APPEND icon_pngs ${png})
  endforeach()
  if(icon_pngs)
    add_custom_target(casewright_icons ALL DEPENDS ${icon_pngs})
  endif()
endif()

install(FILES ${linux_dir}/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/casewright)

# Debian wants the changelog compressed with gzip -9n (no name, no time stamp: reproducible).
find_program(CASEWRIGHT_GZIP gzip REQUIRED)
set(changelog_gz ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz)
add_custom_command(OUTPUT ${changelog_gz}
  COMMAND ${CASEWRIGHT_GZIP} -9n -c ${linux_dir}/changelog > ${changelog_gz}
  DEPENDS ${linux_dir}/changelog
  VERBATIM)
install(FILES ${changelog_gz} DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/casewright)
set(packaging_outputs ${changelog_gz})

casewright_install_practice_service(PROGRAM_DIR ${CMAKE_INSTALL_BINDIR}
  SAMPLE_DIR ${CMAKE_INSTALL_DATADIR}/casewright/sample)

# Manual pages and completions are generated from the programs' own --help, so they say what the
# programs accept, never an older copy. help2man runs each program by name from PATH so the pages
# show its installed name, not a build path.
find_program(CASEWRIGHT_HELP2MAN help2man)
set(man_dir ${CMAKE_CURRENT_BINARY_DIR}/man)
set(cli_docs_dir ${CMAKE_CURRENT_BINARY_DIR}/cli-docs)
set(cli_docs ${cli_docs_dir}/casewright-cli.bash ${cli_docs_dir}/_casewright-cli
  ${cli_docs_dir}/casewright-cli.fish ${cli_docs_dir}/casewright-cli.h2m)
add_custom_command(OUTPUT ${cli_docs}
  COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/generate-cli-docs.sh $<TARGET_FILE:casewright-cli> ${cli_docs_dir}
  DEPENDS casewright-cli ${CMAKE_CURRENT_SOURCE_DIR}/cli/generate-cli-docs.sh ${CMAKE_CURRENT_SOURCE_DIR}/cli/read-help.awk
  COMMENT "Generating casewright-cli's shell completions and manual page sections from its --help"
  VERBATIM)
install(FILES ${cli_docs_dir}/casewright-cli.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
  RENAME casewright-cli)
install(FILES ${cli_docs_dir}/_casewright-cli DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${cli_docs_dir}/casewright-cli.fish DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
list(APPEND packaging_outputs ${cli_docs})

if(CASEWRIGHT_HELP2MAN)
  # casewright_man_page(PROGRAM INSTALLED_NAME TARGET SUMMARY [INCLUDE file])
  function(casewright_man_page installed_name target summary)
    cmake_parse_arguments(ARG "" "INCLUDE" "" ${ARGN})
    set(page ${man_dir}/${installed_name}.1)
    set(include_args "")
    set(include_deps "")
    if(ARG_INCLUDE)
      set(include_args --include=${ARG_INCLUDE})
      set(include_deps ${ARG_INCLUDE})
    endif()
    set(bin ${man_dir}/bin)
    add_custom_command(OUTPUT ${page}.gz
      COMMAND ${CMAKE_COMMAND} -E make_directory ${bin}
      COMMAND ${CMAKE_COMMAND} -E create_symlink $<TARGET_FILE:${target}> ${bin}/${installed_name}
      COMMAND ${CMAKE_COMMAND} -E env PATH=${bin}:$ENV{PATH} QT_QPA_PLATFORM=offscreen
              ${CASEWRIGHT_HELP2MAN} --no-info --no-discard-stderr --section=1 --name=${summary}
              ${include_args} --output=${page} ${installed_name}
      COMMAND ${CASEWRIGHT_GZIP} -9n -f ${page}
      DEPENDS ${target} ${include_deps}
      COMMENT "Generating the manual page of ${installed_name} with help2man"
      VERBATIM)
    install(FILES ${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    set(packaging_outputs ${packaging_outputs} ${page}.gz PARENT_SCOPE)
  endfunction()
  casewright_man_page(casewright-cli casewright-cli "design, check and publish Amazon Connect Cases case rules"
    INCLUDE ${cli_docs_dir}/casewright-cli.h2m)
  if(TARGET casewright)
    casewright_man_page(casewright casewright "designer for Amazon Connect Cases case rules")
  endif()
  if(TARGET cases-emulator)
    casewright_man_page(casewright-emulator cases-emulator "local Amazon Connect Cases service to practise on")
  endif()
else()
  message(WARNING "help2man was not found (apt-get install help2man): the packages carry no manual pages.")
endif()
add_custom_target(casewright_packaging_docs ALL DEPENDS ${packaging_outputs})
