# Every dependency is a Debian bookworm package; scripts/install-deps.sh installs them.
include(FeatureSummary)
find_package(PkgConfig REQUIRED)

find_package(OpenCV 4 REQUIRED COMPONENTS core imgproc imgcodecs videoio)
set_package_properties(OpenCV PROPERTIES TYPE REQUIRED PURPOSE "Document finding, rectification, image quality, camera capture (libopencv-dev)")

pkg_check_modules(Tesseract REQUIRED IMPORTED_TARGET tesseract)
pkg_check_modules(Leptonica REQUIRED IMPORTED_TARGET lept)
pkg_check_modules(PopplerCpp REQUIRED IMPORTED_TARGET poppler-cpp)

find_package(ZXing CONFIG REQUIRED)
set_package_properties(ZXing PROPERTIES TYPE REQUIRED PURPOSE "QR codes: reading card codes, writing the upload link (libzxing-dev)")

find_package(nlohmann_json 3 CONFIG REQUIRED)
set_package_properties(nlohmann_json PROPERTIES TYPE REQUIRED PURPOSE "Models and the shikaku-scan JSON contract (nlohmann-json3-dev)")

find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Sql Qml Quick QuickControls2 HttpServer LinguistTools Test QuickTest)
set_package_properties(Qt6 PROPERTIES TYPE REQUIRED PURPOSE "Kiosk windows, record store, upload server, synthetic documents")

pkg_check_modules(Sodium REQUIRED IMPORTED_TARGET libsodium)
find_package(SQLite3 REQUIRED)
set_package_properties(SQLite3 PROPERTIES TYPE REQUIRED PURPOSE "The record store, used through the C API (libsqlite3-dev)")

if(SHIKAKU_BUILD_TESTS)
  find_package(GTest REQUIRED)
endif()
