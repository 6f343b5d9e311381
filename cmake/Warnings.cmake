# Warnings for our own targets only (linked PRIVATE), never for the Debian headers.
add_library(shikaku_warnings INTERFACE)
target_compile_options(shikaku_warnings INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
