# install() rules and CPack for the three systems. Included from the top-level CMakeLists.txt
# after app/, so the lectern target exists.
#   Linux:   .deb and .tar.gz, with the desktop file, AppStream metainfo, MIME type and icons.
#   Windows: version resource and icon in lectern.exe, windeployqt, NSIS (and WiX when the WiX
#            toolset is installed) installers and a portable ZIP.
#   macOS:   Lectern.app with Info.plist and .icns, macdeployqt, a DragNDrop .dmg.
# The icons (PNG, .ico, .icns) are rendered from resources/icons/lectern.svg once and committed;
# packaging/README.md says how to render them again.
include(GNUInstallDirs)

set(LECTERN_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging)
set(LECTERN_APP_ID org.lectern.Lectern)

# ---- Windows: icon and version block compiled into lectern.exe --------------------------------
if(WIN32)
    set(LECTERN_ICO_PATH ${LECTERN_PACKAGING_DIR}/windows/lectern.ico)
    configure_file(${LECTERN_PACKAGING_DIR}/windows/lectern.rc.in
                   ${PROJECT_BINARY_DIR}/packaging/lectern.rc @ONLY)
    target_sources(lectern PRIVATE ${PROJECT_BINARY_DIR}/packaging/lectern.rc)
endif()

# ---- macOS: Info.plist (document types for review files) and the bundle icon ---------------------
if(APPLE)
    set(lectern_icns ${LECTERN_PACKAGING_DIR}/macos/lectern.icns)
    target_sources(lectern PRIVATE ${lectern_icns})
    set_source_files_properties(${lectern_icns} TARGET_DIRECTORY lectern
                                PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(lectern PROPERTIES
        OUTPUT_NAME Lectern
        MACOSX_BUNDLE_INFO_PLIST ${LECTERN_PACKAGING_DIR}/macos/Info.plist.in
        MACOSX_BUNDLE_ICON_FILE lectern.icns
        MACOSX_BUNDLE_COPYRIGHT "Lectern developers, GPL-3.0-or-later")
endif()

if(WIN32)
    # windeployqt (below) brings Qt; the other DLLs (libxml2, ICU from vcpkg) and the MSVC runtime
    # are collected here so the installer and the portable ZIP run on a machine without them.
    install(TARGETS lectern RUNTIME_DEPENDENCY_SET lectern_runtime_dlls
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    # DLLs live in the bin/ beside each import library's lib/ (vcpkg and most Windows builds).
    set(lectern_dll_dirs)
    foreach(import_library IN ITEMS ${LIBXML2_LIBRARY} ${ICU_UC_LIBRARY})
        get_filename_component(dir ${import_library} DIRECTORY)
        list(APPEND lectern_dll_dirs ${dir}/../bin)
    endforeach()
    if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
        list(APPEND lectern_dll_dirs "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
    endif()
    install(RUNTIME_DEPENDENCY_SET lectern_runtime_dlls
        DESTINATION ${CMAKE_INSTALL_BINDIR}
        PRE_EXCLUDE_REGEXES "^[Aa][Pp][Ii]-[Mm][Ss]-" "^[Ee][Xx][Tt]-[Mm][Ss]-" "^[Qq][Tt]6"
        POST_EXCLUDE_REGEXES "[/\\\\][Ss][Yy][Ss][Tt][Ee][Mm]32[/\\\\]"
        DIRECTORIES ${lectern_dll_dirs})
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    include(InstallRequiredSystemLibraries)
else()
    install(TARGETS lectern
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        BUNDLE DESTINATION .)
endif()
if(UNIX AND NOT APPLE)
    # Lectern's own libraries are static and Qt comes from the system: the installed binary needs no
    # $ORIGIN run path (qt_standard_project_setup adds one; Debian's lintian flags it).
    set_target_properties(lectern PROPERTIES INSTALL_RPATH "")
endif()

# ---- The bundled fonts' licence (the faces themselves are resources inside the binary) ------------
install(FILES ${PROJECT_SOURCE_DIR}/resources/fonts/OFL.txt
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/lectern RENAME fonts-OFL.txt)

# ---- Linux desktop integration ---------------------------------------------------------------------
if(UNIX AND NOT APPLE)
    install(FILES ${LECTERN_PACKAGING_DIR}/linux/${LECTERN_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${LECTERN_PACKAGING_DIR}/linux/${LECTERN_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    # shared-mime-info package for the review file format (application/x-lectern-review).
    install(FILES ${LECTERN_PACKAGING_DIR}/linux/mime/${LECTERN_APP_ID}.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/lectern.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
            RENAME ${LECTERN_APP_ID}.svg)
    foreach(size 16 32 48 64 128 256)
        install(FILES ${LECTERN_PACKAGING_DIR}/linux/icons/${size}x${size}/${LECTERN_APP_ID}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
endif()

# ---- Qt runtime deployment (windeployqt / macdeployqt) --------------------------------------------
# qt_generate_deploy_app_script exists from Qt 6.3 and, up to Qt 6.4, supports Windows and macOS
# only (on Linux it stops the configure), so guard by platform and version. Linux packages use the
# distribution's Qt instead (see the .deb dependencies below).
if((WIN32 OR APPLE) AND Qt6_VERSION VERSION_GREATER_EQUAL 6.3)
    qt_generate_deploy_app_script(TARGET lectern
        OUTPUT_SCRIPT lectern_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${lectern_deploy_script})
endif()

# ---- CPack ----------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME lectern)
set(CPACK_PACKAGE_VENDOR "Lectern developers")
set(CPACK_PACKAGE_CONTACT "Lectern developers <lectern@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Lectern opens news articles saved from portals and newspapers (portal text, HTML, Markdown or plain text), highlights the people, organizations, places and figures in them, and lets editors comment, correct, exchange reviews and print the article with its highlights and a QR code. English and Vietnamese interface.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Lectern)
set(CPACK_PACKAGE_EXECUTABLES lectern Lectern)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")
if(EXISTS ${PROJECT_SOURCE_DIR}/LICENSE)
    # WiX and NSIS want the licence as .txt or .rtf.
    configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_BINARY_DIR}/packaging/LICENSE.txt COPYONLY)
    set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_BINARY_DIR}/packaging/LICENSE.txt)
endif()

if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
    find_program(LECTERN_WIX_CANDLE candle HINTS "$ENV{WIX}/bin")
    if(LECTERN_WIX_CANDLE)
        list(APPEND CPACK_GENERATOR WIX)
    endif()
    # NSIS: Start menu entry, icon, and uninstall of an older version before installing.
    file(TO_NATIVE_PATH ${LECTERN_PACKAGING_DIR}/windows/lectern.ico lectern_native_ico)
    set(CPACK_NSIS_PACKAGE_NAME Lectern)
    set(CPACK_NSIS_DISPLAY_NAME Lectern)
    set(CPACK_NSIS_MUI_ICON ${lectern_native_ico})
    set(CPACK_NSIS_MUI_UNIICON ${lectern_native_ico})
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\lectern.exe")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    # WiX: the upgrade code must never change, or new versions install beside old ones.
    set(CPACK_WIX_UPGRADE_GUID "6C1F2B7E-3F3A-4C52-9A57-0E5D2B8C4A11")
    set(CPACK_WIX_PRODUCT_ICON ${LECTERN_PACKAGING_DIR}/windows/lectern.ico)
    set(CPACK_WIX_PROGRAM_MENU_FOLDER Lectern)
    # ZIP: the portable build, lectern.exe with the deployed Qt beside it in one folder.
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME Lectern)
    set(CPACK_DMG_FORMAT UDZO)
    set(CPACK_PACKAGE_ICON ${LECTERN_PACKAGING_DIR}/macos/lectern.icns)
    set(CPACK_PACKAGE_FILE_NAME "Lectern-${PROJECT_VERSION}-macos")
else()
    set(CPACK_GENERATOR DEB TGZ)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION text)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Qt loads its plugins at run time, so dpkg-shlibdeps cannot see them: name them by hand.
    #   qt6-qpa-plugins     platform plugins (on Ubuntu the xcb plugin lives here)
    #   libqt6sql6-sqlite   the QSQLITE driver of the annotation store
    #   libqt6svg6          SVG image and icon engine plugins (the window icon is an SVG)
    # (The reader's and the printout's fonts are inside the binary: no font package is needed.)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS
        "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-image-formats-plugins")
endif()
include(CPack)
