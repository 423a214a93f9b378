# Tests beyond the ns-3 TestSuites, for the standalone build: GoogleTest unit tests (label unit),
# the style check (format) and the wscript/CMake agreement check (build-files).

# The scripted peer's command and its scripts (label conformance).
include(${CMAKE_CURRENT_SOURCE_DIR}/cmake/sctp-conformance.cmake)

if(NOT ENABLE_TESTS)
  return()
endif()

find_package(GTest)
file(GLOB sctp_unit_sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/test/unit/*.cc)
if(GTest_FOUND AND sctp_unit_sources)
  include(GoogleTest)
  add_executable(sctp-unit-tests ${sctp_unit_sources})
  target_link_libraries(sctp-unit-tests PRIVATE ${libsctp} GTest::gtest GTest::gtest_main)
  target_compile_definitions(
    sctp-unit-tests PRIVATE SCTP_SOURCE_DIR="${CMAKE_CURRENT_SOURCE_DIR}"
                            SCTP_BINARY_DIR="${CMAKE_BINARY_DIR}"
  )
  gtest_discover_tests(
    sctp-unit-tests
    TEST_PREFIX unit/
    PROPERTIES LABELS unit
    DISCOVERY_TIMEOUT 60
  )
endif()

find_program(CLANG_FORMAT NAMES clang-format-14 clang-format)
if(CLANG_FORMAT)
  add_test(NAME format COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/tools/check-format.sh ${CLANG_FORMAT})
  set_tests_properties(format PROPERTIES LABELS format WORKING_DIRECTORY
                                                       ${CMAKE_CURRENT_SOURCE_DIR}
  )
endif()

find_package(Python3 COMPONENTS Interpreter)
add_test(NAME build-files COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/tools/check-build-files.py
                                  ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_BINARY_DIR}/sctp-build-files.txt
)
set_tests_properties(build-files PROPERTIES LABELS build-files)

include(${CMAKE_CURRENT_SOURCE_DIR}/cmake/sctp-fuzz.cmake)

# The flagship example's pcap decodes in tshark: no malformed packet, every CRC32c good.
if(TARGET sctp-bulk)
  add_test(NAME example/sctp-bulk-pcap
           COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/tools/check-example-pcap.sh $<TARGET_FILE:sctp-bulk>
                   ${CMAKE_BINARY_DIR}/example-pcap
  )
  set_tests_properties(example/sctp-bulk-pcap PROPERTIES LABELS example)
endif()

# The failover example in both modes: it checks out, fails over and back, and host A's pcaps
# decode in tshark.
if(TARGET sctp-failover)
  add_test(NAME example/sctp-failover
           COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/tools/check-failover-example.sh
                   $<TARGET_FILE:sctp-failover> ${CMAKE_BINARY_DIR}/example-failover
  )
  set_tests_properties(example/sctp-failover PROPERTIES LABELS example)
endif()

# The mobility example, make before break and break before make: it exits 1 unless every byte
# checks out and the server received ASCONF.
if(TARGET sctp-mobility)
  add_test(NAME example/sctp-mobility-mbb
           COMMAND sctp-mobility --mode=mbb --time=8 --outDir=${CMAKE_BINARY_DIR}/example-mobility
  )
  add_test(NAME example/sctp-mobility-bbm
           COMMAND sctp-mobility --mode=bbm --mobility=fasthandoff --time=8
                   --outDir=${CMAKE_BINARY_DIR}/example-mobility-bbm
  )
  set_tests_properties(example/sctp-mobility-mbb example/sctp-mobility-bbm PROPERTIES LABELS
                                                                                      example)
endif()

# Interoperability with FreeBSD's stack (libusrsctp): the suite again under label interop, and
# the comparison example on a short transfer (it exits 1 unless both runs check out).
if(TEST suite/sctp-reference-interop)
  set_tests_properties(suite/sctp-reference-interop PROPERTIES LABELS "suite;interop")
endif()
if(TARGET sctp-vs-freebsd)
  add_test(NAME example/sctp-vs-freebsd
           COMMAND sctp-vs-freebsd --bytes=300000 --plot=false
                   --outDir=${CMAKE_BINARY_DIR}/example-vs-freebsd
  )
  set_tests_properties(example/sctp-vs-freebsd PROPERTIES LABELS "example;interop")
endif()
