# Checks that the packaging files agree with each other and with the project version:
#   - the newest AppStream release is VERSION, and the metainfo provides the review MIME type;
#   - the .desktop file launches lectern with the app-id icon and lists the review MIME type;
#   - the shared-mime-info XML declares application/x-lectern-review for *.lectern-review;
#   - the macOS Info.plist template exports the same type and extension;
#   - every hicolor PNG is a PNG of its folder's size, the .ico holds six images, the .icns is one.
# Usage: cmake -DSOURCE_DIR=<repo> -DVERSION=<x.y.z> -P check_metadata.cmake
function(expect condition message)
    if(NOT ${condition})
        message(SEND_ERROR "FAIL: ${message}")
    else()
        message(STATUS "ok: ${message}")
    endif()
endfunction()

function(expect_contains file text)
    file(READ ${file} content)
    string(FIND "${content}" "${text}" at)
    string(REPLACE "\n" "" shown "${text}")
    get_filename_component(name ${file} NAME)
    if(at EQUAL -1)
        message(SEND_ERROR "FAIL: ${name} lacks '${shown}'")
    else()
        message(STATUS "ok: ${name} has '${shown}'")
    endif()
endfunction()

set(linux ${SOURCE_DIR}/packaging/linux)
set(type application/x-lectern-review)

# AppStream: the first <release> is the newest one.
file(READ ${linux}/org.lectern.Lectern.metainfo.xml metainfo)
string(REGEX MATCH "<release version=\"([^\"]+)\"" release "${metainfo}")
set(release_version "${CMAKE_MATCH_1}")
string(COMPARE EQUAL "${release_version}" "${VERSION}" same_version)
expect(same_version "newest AppStream release '${release_version}' is the project version ${VERSION}")
expect_contains(${linux}/org.lectern.Lectern.metainfo.xml "<mediatype>${type}</mediatype>")
expect_contains(${linux}/org.lectern.Lectern.metainfo.xml "<launchable type=\"desktop-id\">org.lectern.Lectern.desktop</launchable>")

# Desktop entry (read whole: its lines hold ';', which CMake lists would split on).
set(desktop_file ${linux}/org.lectern.Lectern.desktop)
expect_contains(${desktop_file} "\nExec=lectern %F\n")
expect_contains(${desktop_file} "\nIcon=org.lectern.Lectern\n")
file(READ ${desktop_file} desktop)
string(REGEX MATCH "\nMimeType=[^\n]*" mime_line "${desktop}")
set(good FALSE)
if(mime_line MATCHES "[=;]application/x-lectern-review;")
    set(good TRUE)
endif()
expect(good ".desktop MimeType lists ${type}")
# Every format File > Open imports is offered to the file manager (issue 18: drafts and PDF too).
foreach(opened IN ITEMS text/plain text/html text/markdown application/pdf
        application/vnd.openxmlformats-officedocument.wordprocessingml.document application/vnd.oasis.opendocument.text)
    set(good FALSE)
    if(mime_line MATCHES "[=;]${opened};")
        set(good TRUE)
    endif()
    expect(good ".desktop MimeType lists ${opened}")
endforeach()
foreach(uti IN ITEMS public.plain-text public.html com.adobe.pdf org.openxmlformats.wordprocessingml.document
        org.oasis-open.opendocument.text)
    expect_contains(${SOURCE_DIR}/packaging/macos/Info.plist.in "<string>${uti}</string>")
endforeach()

# shared-mime-info and the macOS declaration of the same format.
expect_contains(${linux}/mime/org.lectern.Lectern.xml "<mime-type type=\"${type}\">")
expect_contains(${linux}/mime/org.lectern.Lectern.xml "<glob pattern=\"*.lectern-review\"/>")
expect_contains(${SOURCE_DIR}/packaging/macos/Info.plist.in "<string>${type}</string>")
expect_contains(${SOURCE_DIR}/packaging/macos/Info.plist.in "<string>lectern-review</string>")
expect_contains(${SOURCE_DIR}/packaging/windows/lectern.rc.in "@PROJECT_VERSION@")

# Icons: PNG signature, then IHDR width and height (big-endian) at bytes 16 and 20.
foreach(size 16 32 48 64 128 256)
    set(png ${linux}/icons/${size}x${size}/org.lectern.Lectern.png)
    if(NOT EXISTS ${png})
        expect(FALSE "${png} exists")
        continue()
    endif()
    file(READ ${png} head LIMIT 24 HEX)
    string(SUBSTRING "${head}" 0 16 signature)
    string(SUBSTRING "${head}" 32 8 width_hex)
    string(SUBSTRING "${head}" 40 8 height_hex)
    math(EXPR width "0x${width_hex}")
    math(EXPR height "0x${height_hex}")
    set(good FALSE)
    if(signature STREQUAL "89504e470d0a1a0a" AND width EQUAL size AND height EQUAL size)
        set(good TRUE)
    endif()
    expect(good "${size}x${size} icon is a ${size} x ${size} PNG (found ${width} x ${height})")
endforeach()

file(READ ${SOURCE_DIR}/packaging/windows/lectern.ico ico LIMIT 6 HEX)
string(COMPARE EQUAL "${ico}" "000001000600" good)
expect(good "lectern.ico is an icon file with six images")
file(READ ${SOURCE_DIR}/packaging/macos/lectern.icns icns LIMIT 4 HEX)
string(COMPARE EQUAL "${icns}" "69636e73" good)
expect(good "lectern.icns is an Apple icon family")
