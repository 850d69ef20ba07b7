# Writes a fingerprint of the site's files into its service worker (run after each web build),
# so that browsers replace what they keep offline whenever Coplan changes.
#   cmake -DSITE=<folder> -P site_version.cmake
file(GLOB files "${SITE}/*")
list(SORT files)
set(all "")
foreach(f ${files})
  get_filename_component(name "${f}" NAME)
  if(NOT name STREQUAL "sw.js" AND NOT IS_DIRECTORY "${f}")
    file(SHA256 "${f}" hash)
    string(APPEND all "${name}:${hash};")
  endif()
endforeach()
string(SHA256 version "${all}")
string(SUBSTRING "${version}" 0 16 version)
file(READ "${SITE}/sw.js" worker)
string(REGEX REPLACE "const VERSION = '[^']*';" "const VERSION = '${version}';" worker "${worker}")
file(WRITE "${SITE}/sw.js" "${worker}")
