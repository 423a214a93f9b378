# The packet-level scripted peer's command, sctp-conformance (./ns3-sctp conformance PATH...), and
# one ctest per script of test/scripts/ (label conformance). Scripts in test/scripts/pending/
# describe behaviour the stack does not have yet; they are run by hand, not by ctest.
add_executable(sctp-conformance ${CMAKE_CURRENT_SOURCE_DIR}/utils/sctp-conformance.cc)
set_target_properties(sctp-conformance PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bin)
# Force-link the module: its TypeIds must be registered even where no symbol is referenced.
target_link_libraries(
  sctp-conformance PRIVATE -Wl,--no-as-needed ${libsctp} -Wl,--as-needed ${libinternet}
                           ${libpoint-to-point} ${libnetwork} ${libcore}
)

if(ENABLE_TESTS)
  file(GLOB sctp_conformance_scripts CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/test/scripts/*.pkt)
  foreach(script ${sctp_conformance_scripts})
    get_filename_component(script_name ${script} NAME_WE)
    add_test(NAME conformance/${script_name} COMMAND sctp-conformance ${script})
    set_tests_properties(conformance/${script_name} PROPERTIES LABELS conformance TIMEOUT 120)
  endforeach()
endif()
