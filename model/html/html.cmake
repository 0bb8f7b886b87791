# HTML pages: the gumbo HTML5 parser (Debian libgumbo-dev) and zlib for .html.gz (Debian
# zlib1g-dev), both found with pkg-config. The page reader (text, metadata, structural
# evidence) and the HTML report writer.
find_package(PkgConfig REQUIRED)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET GLOBAL gumbo)
pkg_check_modules(ZLIB REQUIRED IMPORTED_TARGET GLOBAL zlib)
target_link_libraries(copydesk-model PRIVATE PkgConfig::GUMBO PkgConfig::ZLIB)
target_sources(copydesk-model PRIVATE
    html/htmltree.h html/htmltree.cpp
    html/htmlnode.h
    html/htmldecoding.h html/htmldecoding.cpp
    html/htmlevidence.h html/htmlevidence.cpp
    html/htmltext.h html/htmltext.cpp
    html/htmlmetadata.h html/htmlmetadata.cpp
    formats/htmlformat.h formats/htmlformat.cpp
    html/reportrender.h html/reportrender.cpp html/reportsourcing.cpp
    html/reportcomparison.h html/reportcomparison.cpp
    formats/htmlreport.h formats/htmlreport.cpp
)
