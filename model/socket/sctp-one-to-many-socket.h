/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_ONE_TO_MANY_SOCKET_H
#define SCTP_ONE_TO_MANY_SOCKET_H

#include "sctp-socket-impl.h"

#include "ns3/event-id.h"

#include <deque>
#include <functional>
#include <map>
#include <unordered_map>

namespace ns3
{

/**
 * \ingroup sctp
 * \brief The one-to-many (SOCK_SEQPACKET, UDP-style) socket of RFC 6458 §3.
 *
 * One endpoint, many associations. Each association lives in a member: an unbound one-to-one
 * SctpSocketImpl that reports to this socket instead of to the application. Associations come
 * from peers (after Listen) or are set up implicitly by SendTo / SendMsg to a new peer address,
 * whose first message rides on the COOKIE-ECHO. Every association has an id (from 3 on: 0, 1
 * and 2 are SCTP_FUTURE_ASSOC, SCTP_CURRENT_ASSOC and SCTP_ALL_ASSOC); SendMsg and the socket
 * options that carry an id address one association, id 0 the defaults of associations to come.
 *
 * Incoming packets reach a member's association directly through SctpL4Protocol's table, and
 * readable associations wait in a queue, so the cost per packet or read does not grow with the
 * number of associations.
 */
class SctpOneToManySocketImpl : public SctpSocketImpl
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    SctpOneToManySocketImpl();
    ~SctpOneToManySocketImpl() override;

    /**
     * \param [in] id an association id
     * \return its association, or nullptr
     */
    Ptr<SctpAssociation> GetAssociationById(SctpAssocId id) const;

    /**
     * \param [in] peer a peer's socket address (InetSocketAddress / Inet6SocketAddress)
     * \return the id of the association with that peer address, or 0
     */
    SctpAssocId GetAssocIdByPeer(const Address& peer) const;

    /// \return the number of associations
    uint32_t GetAssociationCount() const;

    // Socket
    int Connect(const Address& address) override;
    int ConnectX(const std::vector<Address>& addresses) override;
    int Close() override;
    int ShutdownSend() override;
    int Send(Ptr<Packet> p, uint32_t flags) override;
    int SendTo(Ptr<Packet> p, uint32_t flags, const Address& toAddress) override;
    uint32_t GetTxAvailable() const override;
    uint32_t GetRxAvailable() const override;
    Ptr<Packet> RecvFrom(uint32_t maxSize, uint32_t flags, Address& fromAddress) override;

    // SctpSocket
    int SendMsg(const std::vector<uint8_t>& data, const SctpSndInfo& info) override;
    int SetRtoInfo(const SctpRtoInfo& info) override;
    int GetRtoInfo(SctpRtoInfo& info) const override;
    int SetAssocInfo(const SctpAssocParams& p) override;
    int GetAssocInfo(SctpAssocParams& p) const override;
    int SetMaxSeg(const SctpAssocValue& v) override;
    int GetMaxSeg(SctpAssocValue& v) const override;
    int SetDelayedSack(const SctpSackInfo& s) override;
    int GetDelayedSack(SctpSackInfo& s) const override;
    int SetMaxBurst(const SctpAssocValue& v) override;
    int GetMaxBurst(SctpAssocValue& v) const override;
    int SetContext(const SctpAssocValue& v) override;
    int SetPartialDeliveryPoint(uint32_t bytes) override; //!< endpoint-wide, as FreeBSD
    int GetContext(SctpAssocValue& v) const override;
    int GetStatus(SctpStatus& s) const override;
    int GetPeerAddrInfo(SctpPaddrInfo& info) const override;
    int SetPeerAddrParams(const SctpPaddrParams& p) override;
    int GetPeerAddrParams(SctpPaddrParams& p) const override;
    int SetPrimaryAddr(const Address& peer) override;
    int GetPrimaryAddr(Address& peer) const override;
    int GetPeerAddresses(std::vector<Address>& addresses) const override;
    Ptr<SctpSocket> Peeloff(SctpAssocId id) override;
    int GetAssocIdList(std::vector<SctpAssocId>& ids) const override;
    int SetAutoclose(uint32_t seconds) override;
    uint32_t GetAutoclose() const override;
    using SctpSocketImpl::AddStreams;
    using SctpSocketImpl::ResetAssoc;
    using SctpSocketImpl::ResetStreams;
    int ResetStreams(const SctpResetStreams& r) override;
    int ResetAssoc(SctpAssocId id) override;
    int AddStreams(const SctpAddStreams& a) override;
    int SetAuthKey(const SctpAuthKey& key) override;
    int SetAuthActiveKey(const SctpAuthKeyId& id) override;
    int GetAuthActiveKey(SctpAuthKeyId& id) const override;
    int DeleteAuthKey(const SctpAuthKeyId& id) override;
    int DeactivateAuthKey(const SctpAuthKeyId& id) override;

  protected:
    void DoDispose() override;
    void AdoptChild(Ptr<SctpSocketImpl> child) override;
    int ReadData(std::vector<uint8_t>& data, SctpRcvInfo& info, bool& eor) override;
    const SctpNotification* PeekDueNotification() const override;
    const SctpDeliveredMessage* PeekData(SctpAssocId& id) const override;

  private:
    friend class SctpSocketImpl;

    /// One association of the socket.
    struct Member
    {
        Ptr<SctpSocketImpl> socket; //!< the one-to-one socket that holds it
        Address peer;               //!< the peer's socket address it was set up with
        Time establishedAt;         //!< when COMM_UP was reached (SCTP_AUTOCLOSE)
        EventId autocloseTimer;     //!< SCTP_AUTOCLOSE check
        bool queued{false};         //!< in the readable queue
        bool established{false};    //!< COMM_UP reached
        bool connectCalled{false};  //!< set up by Connect / ConnectX (callbacks due)
        bool closed{false};         //!< the association ended; kept until its data is read
    };

    // Reports of the members (called by SctpSocketImpl).
    void MemberEstablished(Ptr<SctpSocketImpl> member);
    void MemberReadable(Ptr<SctpSocketImpl> member);
    void MemberSendSpace(Ptr<SctpSocketImpl> member, uint32_t space);
    void MemberClosed(Ptr<SctpSocketImpl> member, SctpAssociation::CloseReason reason);
    void MemberNotification(Ptr<SctpSocketImpl> member, const SctpNotification& n);

    SctpAssocId Add(Ptr<SctpSocketImpl> socket, const Address& peer);
    void Remove(SctpAssocId id);
    Member* Find(SctpAssocId id);
    const Member* Find(SctpAssocId id) const;
    Member* FindByImpl(const SctpSocketImpl* socket);
    SctpAssocId SetUp(const std::vector<Address>& peers, bool connectCalled);
    void Touch(SctpAssocId id);
    void AutocloseCheck(SctpAssocId id);
    int Unknown(const char* what) const;
    int Forward(const Member& m, int result) const;

    /**
     * \brief An option call with an association id: id 0 (SCTP_FUTURE_ASSOC) goes to the
     * endpoint's defaults, another to that association's member socket.
     * \param [in] id the id
     * \param [in] endpoint the call for id 0, or null if the option needs an association
     * \param [in] member the call on the member
     * \param [in] what the option, for the error
     * \return the call's result, or -1 with ERROR_INVAL for an unknown id
     */
    int OnAssociation(SctpAssocId id,
                      const std::function<int()>& endpoint,
                      const std::function<int(SctpSocketImpl&)>& member,
                      const char* what) const;

    /**
     * \brief A setter with an association id: as OnAssociation, and SCTP_CURRENT_ASSOC (1) sets
     * every association, SCTP_ALL_ASSOC (2) every association and the endpoint.
     * \param [in] id the association id
     * \param [in] endpoint the call for the endpoint, or null if the option needs an association
     * \param [in] member the call on a member
     * \param [in] what the option, for the error
     * \return 0, or -1 with the error of the first call that failed
     */
    int SetOnAssociations(SctpAssocId id,
                          const std::function<int()>& endpoint,
                          const std::function<int(SctpSocketImpl&)>& member,
                          const char* what);

    static constexpr SctpAssocId SCTP_CURRENT_ASSOC = 1; //!< every current association
    static constexpr SctpAssocId SCTP_ALL_ASSOC = 2;     //!< current and future ones
    void ReleaseIfDrained(SctpAssocId id);

    std::map<SctpAssocId, Member> m_members;                      //!< by id, ascending
    std::unordered_map<const SctpSocketImpl*, SctpAssocId> m_ids; //!< id of each member
    std::map<Address, SctpAssocId> m_byPeer;                      //!< id by peer socket address
    std::deque<SctpAssocId> m_readable;                           //!< members with data to read
    SctpAssocId m_nextId{3};                                      //!< next association id
    SctpAssocId m_readingId{0}; //!< a message read in part: finish it first
    Address m_lastReadPeer;     //!< peer of the last message read (RecvFrom)
    uint32_t m_autoclose{0};    //!< SCTP_AUTOCLOSE seconds, 0 = off
};

} // namespace ns3

#endif /* SCTP_ONE_TO_MANY_SOCKET_H */
