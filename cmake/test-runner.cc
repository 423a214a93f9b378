/*
 * Runs the ns-3 TestSuites linked into this program (ns-3's own test-runner).
 */

#include "ns3/test.h"

int
main(int argc, char* argv[])
{
    return ns3::TestRunner::Run(argc, argv);
}
