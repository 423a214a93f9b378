# Fuzzing of the packet parser (test/fuzz/).
#
# With every compiler: the fuzz-corpus ctest runs the fuzz target over a built-in corpus and
# seeded mutations of it through a small driver, so that g++ builds exercise the entry point.
#
# With clang: sctp-packet-fuzzer, the libFuzzer target, run by hand, e.g.
#   mkdir corpus && bin/sctp-fuzz-driver --write-corpus corpus
#   bin/sctp-packet-fuzzer -max_total_time=60 corpus
# It compiles the codec (model/wire/, bytes only, no protocol state) into itself with the
# fuzzer's coverage instrumentation and ASan/UBSan: linked against the uninstrumented module
# library, libFuzzer would get no coverage feedback from the parser it is meant to explore.

add_executable(sctp-fuzz-driver ${CMAKE_CURRENT_SOURCE_DIR}/test/fuzz/sctp-fuzz-driver.cc
                                ${CMAKE_CURRENT_SOURCE_DIR}/test/fuzz/sctp-packet-fuzzer.cc
)
target_link_libraries(sctp-fuzz-driver PRIVATE ${libsctp})
add_test(NAME fuzz-corpus COMMAND sctp-fuzz-driver --iterations 200000 --seed 1)
set_tests_properties(fuzz-corpus PROPERTIES LABELS unit TIMEOUT 300)

if(CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  include(CheckCXXSourceCompiles)
  set(CMAKE_REQUIRED_FLAGS -fsanitize=fuzzer)
  check_cxx_source_compiles(
    "#include <cstddef>
     #include <cstdint>
     extern \"C\" int LLVMFuzzerTestOneInput(const uint8_t*, size_t) { return 0; }"
    SCTP_HAVE_LIBFUZZER
  )
  unset(CMAKE_REQUIRED_FLAGS)
  if(SCTP_HAVE_LIBFUZZER)
    file(GLOB sctp_wire_sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/model/wire/*.cc)
    add_executable(sctp-packet-fuzzer ${CMAKE_CURRENT_SOURCE_DIR}/test/fuzz/sctp-packet-fuzzer.cc
                                      ${sctp_wire_sources}
    )
    set(sctp_fuzz_flags -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined)
    target_compile_options(sctp-packet-fuzzer PRIVATE ${sctp_fuzz_flags})
    target_link_options(sctp-packet-fuzzer PRIVATE ${sctp_fuzz_flags})
    target_include_directories(sctp-packet-fuzzer PRIVATE ${CMAKE_BINARY_DIR}/include)
    target_link_libraries(sctp-packet-fuzzer PRIVATE ${libnetwork} ${libcore} Boost::headers)
  else()
    message(STATUS "clang without -fsanitize=fuzzer: sctp-packet-fuzzer not built")
  endif()
endif()
