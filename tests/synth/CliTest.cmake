# Runs shikaku-synth once and checks the files and truth it writes (ctest synth.cli_writes_truth).
file(REMOVE_RECURSE "${OUT}")
execute_process(COMMAND "${SYNTH}" --out "${OUT}" --seed 3 --count 1 --kinds kakuninsho_card,portal_pdf
                        --photos easy --megapixels 2 --pdf both --dpi 150
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "shikaku-synth failed (${rc}): ${err}")
endif()
foreach(f kakuninsho_card_0000.png kakuninsho_card_0000.truth.json kakuninsho_card_0000_easy.jpg
          kakuninsho_card_0000_easy.truth.json portal_pdf_0000_text.pdf portal_pdf_0000_image.pdf
          portal_pdf_0000_text.truth.json portal_pdf_0000_image.truth.json)
  if(NOT EXISTS "${OUT}/${f}")
    message(FATAL_ERROR "missing ${f}")
  endif()
endforeach()
file(READ "${OUT}/kakuninsho_card_0000_easy.truth.json" truth)
string(JSON kind GET "${truth}" kind)
string(JSON tier GET "${truth}" photo tier)
string(JSON source GET "${truth}" photo source_file)
string(JSON corners LENGTH "${truth}" photo quad)
if(NOT kind STREQUAL "kakuninsho_card" OR NOT tier STREQUAL "easy" OR NOT source STREQUAL "kakuninsho_card_0000.png" OR NOT corners EQUAL 4)
  message(FATAL_ERROR "unexpected photo truth: ${truth}")
endif()
file(READ "${OUT}/portal_pdf_0000_image.truth.json" pdfTruth)
string(JSON textLayer GET "${pdfTruth}" has_text_layer)
if(textLayer)
  message(FATAL_ERROR "image-only PDF claims a text layer")
endif()
