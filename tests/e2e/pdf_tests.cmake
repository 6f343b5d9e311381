# e2e.pdf.*: the PDF path through the real shikaku-scan, on PDFs generated at test time by
# shikaku-synth (text layer and image-only) and broken/hostile PDFs derived from them.
find_program(SHIKAKU_QPDF qpdf REQUIRED) # scripts/install-deps.sh installs it
set(_pdf_work ${CMAKE_CURRENT_BINARY_DIR}/pdf-data)
set(_pdf_args $<TARGET_FILE:shikaku-scan> $<TARGET_FILE:shikaku-truth-check> $<TARGET_FILE:shikaku-synth> ${_pdf_work})
set(_pdf_script ${CMAKE_CURRENT_SOURCE_DIR}/pdf_e2e.sh)

add_test(NAME e2e.pdf.generate COMMAND ${_pdf_script} generate ${_pdf_args})
set_tests_properties(e2e.pdf.generate PROPERTIES FIXTURES_SETUP pdf_data ENVIRONMENT "QT_QPA_PLATFORM=offscreen")

foreach(_case text_layer image_only corrupt_among_good owner_password_only text_differs_from_print mutated encrypted empty too_many_pages not_a_pdf
              garbage huge_page huge_file)
  add_test(NAME e2e.pdf.${_case} COMMAND ${_pdf_script} ${_case} ${_pdf_args})
  set_tests_properties(e2e.pdf.${_case} PROPERTIES FIXTURES_REQUIRED pdf_data)
endforeach()
