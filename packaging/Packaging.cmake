# install() rules and CPack: .deb and .tar.gz on Linux (NSIS/ZIP on Windows, DragNDrop on macOS).
include(GNUInstallDirs)

install(TARGETS lectern
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
    BUNDLE DESTINATION .)

if(UNIX AND NOT APPLE)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/org.lectern.Lectern.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/org.lectern.Lectern.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/lectern.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
            RENAME org.lectern.Lectern.svg)
    foreach(size 16 32 48 64 128 256)
        set(png ${PROJECT_SOURCE_DIR}/packaging/linux/icons/${size}x${size}/org.lectern.Lectern.png)
        if(EXISTS ${png})
            install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
        endif()
    endforeach()
endif()

# Deployment of the Qt runtime: Qt 6.4 supports qt_generate_deploy_app_script on Windows and
# macOS only (on Linux it stops the configure), so guard by platform and version.
if((WIN32 OR APPLE) AND Qt6_VERSION VERSION_GREATER_EQUAL 6.3)
    qt_generate_deploy_app_script(TARGET lectern OUTPUT_SCRIPT lectern_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${lectern_deploy_script})
endif()

set(CPACK_PACKAGE_NAME lectern)
set(CPACK_PACKAGE_VENDOR "Lectern developers")
set(CPACK_PACKAGE_CONTACT "Lectern developers <lectern@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY Lectern)
set(CPACK_STRIP_FILES ON)
if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
    set(CPACK_NSIS_PACKAGE_NAME Lectern)
    set(CPACK_WIX_UPGRADE_GUID "6C1F2B7E-3F3A-4C52-9A57-0E5D2B8C4A11")
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB TGZ)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION editors)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Plugins are loaded at run time, so shlibdeps cannot see them: name them by hand.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, qt6-image-formats-plugins | libqt6gui6, fonts-noto-core | fonts-dejavu-core")
endif()
include(CPack)
