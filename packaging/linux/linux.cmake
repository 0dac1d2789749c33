# Linux desktop integration, installed under the prefix (/usr in the .deb):
#   share/applications/io.github.casewright.Casewright.desktop   the menu entry
#   share/metainfo/io.github.casewright.Casewright.metainfo.xml  what software centres show
#   share/icons/hicolor/<n>x<n>/apps/io.github.casewright.Casewright.png, scalable/apps/….svg
#   share/doc/casewright/copyright                               Debian's machine-readable licence
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
