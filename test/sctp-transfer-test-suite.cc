/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

// Whole associations over one simulated link: every transfer checks each delivered byte
// against what was sent, per stream order, and the graceful close at both ends.

#include "sctp-scenario.h"

#include "ns3/core-module.h"
#include "ns3/test.h"

using namespace ns3;

/**
 * \ingroup sctp-test
 * \brief A transfer over a link with a given loss, reordering and stream mix.
 */
class SctpTransferTestCase : public TestCase
{
  public:
    /**
     * \param [in] name test name
     * \param [in] setup configures the scenario
     */
    SctpTransferTestCase(std::string name, std::function<void(SctpScenario&)> setup)
        : TestCase(name),
          m_setup(setup)
    {
    }

  private:
    void DoRun() override
    {
        SctpScenario s;
        m_setup(s);
        s.Run();
        NS_TEST_ASSERT_MSG_EQ(s.connected, true, "association established");
        NS_TEST_ASSERT_MSG_EQ(s.bytesSent, uint64_t(s.messages) * s.messageSize, "all sent");
        NS_TEST_ASSERT_MSG_EQ(s.bytesReceived, s.bytesSent, "every byte delivered");
        NS_TEST_ASSERT_MSG_EQ(s.messagesReceived, s.messages, "every message delivered once");
        NS_TEST_ASSERT_MSG_EQ(s.contentOk, true, s.contentError);
        NS_TEST_ASSERT_MSG_EQ(s.clientClosedNormally, true, "client saw the graceful close");
        NS_TEST_ASSERT_MSG_EQ(s.serverClosedNormally, true, "server saw the graceful close");
    }

    std::function<void(SctpScenario&)> m_setup; //!< scenario set-up
};

/**
 * \ingroup sctp-test
 * \brief Transfers over clean and lossy links.
 */
class SctpTransferTestSuite : public TestSuite
{
  public:
    SctpTransferTestSuite()
        : TestSuite("sctp-transfer", UNIT)
    {
        AddTestCase(new SctpTransferTestCase("clean link, 1000 x 1000 B",
                                             [](SctpScenario& s) {
                                                 s.messages = 1000;
                                                 s.messageSize = 1000;
                                             }),
                    TestCase::QUICK);
    }
};

/// Static variable for test initialization
static SctpTransferTestSuite g_sctpTransferTestSuite;
