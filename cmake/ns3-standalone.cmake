# Standalone shim: lets the module's CMakeLists.txt, written as an ns-3 in-tree module file, build
# against an installed ns-3.37 (Debian's libns3-dev). Used only when ns-3's own build_lib is absent.

set(CMAKE_CXX_STANDARD 17) # ns-3.37 headers need C++17
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

if(NOT CMAKE_BUILD_TYPE)
  set(CMAKE_BUILD_TYPE Debug CACHE STRING "Debug, Release (benchmarks) or RelWithDebInfo" FORCE)
endif()
set(CMAKE_CXX_FLAGS_DEBUG "-O1 -g")

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
  set(CMAKE_CXX_COMPILER_LAUNCHER ${CCACHE_PROGRAM})
endif()

find_package(ns3 3.37 REQUIRED)

# Debian's libraries are built with logging on: keep NS3_LOG_ENABLE on, or classes such as UdpClient
# change layout between their library and our code.
option(NS3_LOG "compile NS_LOG_* statements (-DNS3_LOG_ENABLE)" ON)
option(NS3_ASSERT "compile NS_ASSERT checks (-DNS3_ASSERT_ENABLE)" ON)
option(NS3_EXAMPLES "build the examples" ON)
option(NS3_TESTS "build the tests" ON)
set(ENABLE_EXAMPLES ${NS3_EXAMPLES})
set(ENABLE_TESTS ${NS3_TESTS})
if(NS3_LOG)
  add_compile_definitions(NS3_LOG_ENABLE)
endif()
if(NS3_ASSERT)
  add_compile_definitions(NS3_ASSERT_ENABLE)
endif()
add_compile_options(-Wall -Wextra -Wno-unused-parameter)

set(CMAKE_LIBRARY_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/lib)
set(CMAKE_RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bin)
set(CMAKE_HEADER_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/include/ns3)
file(MAKE_DIRECTORY ${CMAKE_HEADER_OUTPUT_DIRECTORY})

# ${libcore}, ${libinternet}, ... name the installed modules as they do in an ns-3 tree.
foreach(
  module
  antenna
  aodv
  applications
  bridge
  buildings
  config-store
  core
  csma
  csma-layout
  dsdv
  dsr
  energy
  fd-net-device
  flow-monitor
  internet
  internet-apps
  lr-wpan
  lte
  mesh
  mobility
  netanim
  network
  nix-vector-routing
  olsr
  point-to-point
  point-to-point-layout
  propagation
  sixlowpan
  spectrum
  stats
  tap-bridge
  topology-read
  traffic-control
  uan
  virtual-net-device
  wave
  wifi
  wimax
)
  if(TARGET ns3::lib${module})
    set(lib${module} ns3::lib${module})
  endif()
endforeach()

# Program used by ctest to run the ns-3 TestSuites.
set(NS3_STANDALONE_TEST_RUNNER_SOURCE ${CMAKE_CURRENT_LIST_DIR}/test-runner.cc)
enable_testing()

function(build_lib)
  set(options IGNORE_PCH)
  set(oneValueArgs LIBNAME)
  set(multiValueArgs
      SOURCE_FILES
      HEADER_FILES
      LIBRARIES_TO_LINK
      TEST_SOURCES
      DEPRECATED_HEADER_FILES
      MODULE_ENABLED_FEATURES
      PRIVATE_HEADER_FILES
  )
  cmake_parse_arguments("BLIB" "${options}" "${oneValueArgs}" "${multiValueArgs}" ${ARGN})
  set(name ${BLIB_LIBNAME})
  set(target lib${name})

  # Code includes headers as "ns3/x.h": mirror them into build/include/ns3 as symbolic links,
  # so an edited header is seen by the next build without reconfiguring.
  foreach(header ${BLIB_HEADER_FILES} ${BLIB_PRIVATE_HEADER_FILES} ${BLIB_DEPRECATED_HEADER_FILES})
    get_filename_component(hname ${header} NAME)
    get_filename_component(habs ${header} ABSOLUTE)
    file(REMOVE ${CMAKE_HEADER_OUTPUT_DIRECTORY}/${hname})
    file(CREATE_LINK ${habs} ${CMAKE_HEADER_OUTPUT_DIRECTORY}/${hname} SYMBOLIC)
  endforeach()
  set(contents "#ifndef NS3_MODULE_${name}\n#define NS3_MODULE_${name}\n// Module headers:\n")
  foreach(header ${BLIB_HEADER_FILES})
    get_filename_component(hname ${header} NAME)
    string(APPEND contents "#include \"ns3/${hname}\"\n")
  endforeach()
  string(APPEND contents "#endif\n")
  file(WRITE ${CMAKE_HEADER_OUTPUT_DIRECTORY}/${name}-module.h.tmp "${contents}")
  configure_file(
    ${CMAKE_HEADER_OUTPUT_DIRECTORY}/${name}-module.h.tmp
    ${CMAKE_HEADER_OUTPUT_DIRECTORY}/${name}-module.h COPYONLY
  )

  add_library(${target} SHARED ${BLIB_SOURCE_FILES})
  add_library(ns3::${target} ALIAS ${target})
  set_target_properties(${target} PROPERTIES OUTPUT_NAME ns3-${name})
  target_include_directories(${target} PUBLIC ${CMAKE_BINARY_DIR}/include)
  target_link_libraries(${target} PUBLIC ${BLIB_LIBRARIES_TO_LINK})
  target_compile_definitions(${target} PRIVATE NS3_MODULE_COMPILATION)
  set(lib${name} ${target} CACHE INTERNAL "the ${name} module library")

  if(ENABLE_TESTS AND BLIB_TEST_SOURCES)
    add_library(${target}-test SHARED ${BLIB_TEST_SOURCES})
    set_target_properties(${target}-test PROPERTIES OUTPUT_NAME ns3-${name}-test)
    target_link_libraries(${target}-test PUBLIC ${target})
    target_compile_definitions(${target}-test PRIVATE NS_TEST_SOURCEDIR="test")
    set(test${name} ${target}-test CACHE INTERNAL "")
    # The toolchain links with --as-needed: force the suites' library in, or the runner sees none.
    add_executable(test-runner ${NS3_STANDALONE_TEST_RUNNER_SOURCE})
    target_link_libraries(
      test-runner PRIVATE -Wl,--no-as-needed ${target}-test ${target} -Wl,--as-needed ${libcore}
    )
    # One ctest per TestSuite, found by its constructor call in the sources.
    foreach(src ${BLIB_TEST_SOURCES})
      file(STRINGS ${src} lines REGEX "TestSuite\\(\"[^\"]+\"")
      foreach(line ${lines})
        string(REGEX MATCH "TestSuite\\(\"([^\"]+)\"" _ "${line}")
        set(suite ${CMAKE_MATCH_1})
        add_test(NAME suite/${suite} COMMAND test-runner --suite=${suite})
        set_tests_properties(
          suite/${suite} PROPERTIES LABELS suite WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        )
      endforeach()
    endforeach()
  endif()

  if(ENABLE_EXAMPLES AND EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/examples/CMakeLists.txt)
    add_subdirectory(examples)
  endif()
endfunction()

function(build_lib_example)
  set(options IGNORE_PCH)
  set(oneValueArgs NAME)
  set(multiValueArgs SOURCE_FILES HEADER_FILES LIBRARIES_TO_LINK)
  cmake_parse_arguments("BLIB_EXAMPLE" "${options}" "${oneValueArgs}" "${multiValueArgs}" ${ARGN})
  add_executable(${BLIB_EXAMPLE_NAME} ${BLIB_EXAMPLE_SOURCE_FILES})
  set_target_properties(
    ${BLIB_EXAMPLE_NAME} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/examples
  )
  # Force-link the module: scripts may reach it only through TypeId strings.
  target_link_libraries(
    ${BLIB_EXAMPLE_NAME} PRIVATE -Wl,--no-as-needed ${lib${BLIB_LIBNAME}}
                                 ${BLIB_EXAMPLE_LIBRARIES_TO_LINK} -Wl,--as-needed
  )
endfunction()
