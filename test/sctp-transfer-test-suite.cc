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
        AddTestCase(new SctpTransferTestCase("1% loss of DATA",
                                             [](SctpScenario& s) {
                                                 s.messages = 1000;
                                                 s.serverRxError = Loss(0.01, 1);
                                             }),
                    TestCase::QUICK);
        AddTestCase(new SctpTransferTestCase("5% loss both ways",
                                             [](SctpScenario& s) {
                                                 s.messages = 500;
                                                 s.serverRxError = Loss(0.05, 2);
                                                 s.clientRxError = Loss(0.05, 3);
                                                 s.stopTime = Seconds(300);
                                             }),
                    TestCase::QUICK);
        AddTestCase(new SctpTransferTestCase("10% reordering",
                                             [](SctpScenario& s) {
                                                 s.messages = 1000;
                                                 s.reorder = 0.1;
                                             }),
                    TestCase::QUICK);
        AddTestCase(new SctpTransferTestCase("5% duplication",
                                             [](SctpScenario& s) {
                                                 s.messages = 1000;
                                                 s.duplicate = 0.05;
                                             }),
                    TestCase::QUICK);
        AddTestCase(new SctpTransferTestCase("4000-byte receive window, slow reader",
                                             [](SctpScenario& s) {
                                                 s.messages = 200;
                                                 s.serverRcvBuf = 4000;
                                                 s.readDelayMs = 5;
                                                 s.stopTime = Seconds(120);
                                             }),
                    TestCase::QUICK);
        AddTestCase(new SctpTransferTestCase("IPv6",
                                             [](SctpScenario& s) {
                                                 s.ipv6 = true;
                                                 s.messages = 500;
                                             }),
                    TestCase::QUICK);
        AddTestCase(new SctpTransferTestCase("10 streams, every 3rd message unordered, 2% loss",
                                             [](SctpScenario& s) {
                                                 s.streams = 10;
                                                 s.unorderedFraction = 1.0 / 3;
                                                 s.messages = 1000;
                                                 s.serverRxError = Loss(0.02, 4);
                                             }),
                    TestCase::QUICK);
        AddTestCase(new SctpTransferTestCase("100 kB messages, fragmented, 1% loss",
                                             [](SctpScenario& s) {
                                                 s.messageSize = 100000;
                                                 s.messages = 20;
                                                 s.serverRxError = Loss(0.01, 5);
                                             }),
                    TestCase::QUICK);
        AddTestCase(new SctpTransferTestCase(
                        "100 kB messages through a 30000-byte window (partial delivery)",
                        [](SctpScenario& s) {
                            s.messageSize = 100000;
                            s.messages = 10;
                            s.serverRcvBuf = 30000;
                            s.serverRxError = Loss(0.01, 7);
                        }),
                    TestCase::QUICK);
        AddTestCase(new SctpTransferTestCase("explicit EOR: 5000-byte messages in 7 sends, 1% loss",
                                             [](SctpScenario& s) {
                                                 s.messageSize = 5000;
                                                 s.messages = 100;
                                                 s.eorPieces = 7;
                                                 s.streams = 3;
                                                 s.serverRxError = Loss(0.01, 6);
                                             }),
                    TestCase::QUICK);
        AddTestCase(new SctpTransferTestCase("10-byte messages, bundled",
                                             [](SctpScenario& s) {
                                                 s.messageSize = 10;
                                                 s.messages = 5000;
                                             }),
                    TestCase::QUICK);
    }

  private:
    /**
     * \param [in] rate packet loss probability
     * \param [in] stream random stream
     * \return the error model
     */
    static Ptr<ErrorModel> Loss(double rate, int64_t stream)
    {
        Ptr<RateErrorModel> em = CreateObject<RateErrorModel>();
        em->SetUnit(RateErrorModel::ERROR_UNIT_PACKET);
        em->SetRate(rate);
        em->AssignStreams(stream);
        return em;
    }
};

/// Static variable for test initialization
static SctpTransferTestSuite g_sctpTransferTestSuite;
