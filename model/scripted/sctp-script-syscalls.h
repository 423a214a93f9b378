/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_SCRIPT_SYSCALLS_H
#define SCTP_SCRIPT_SYSCALLS_H

#include "sctp-script.h"

#include "ns3/address.h"
#include "ns3/callback.h"
#include "ns3/ptr.h"
#include "ns3/sctp-notification.h"
#include "ns3/sctp-socket-options.h"
#include "ns3/socket.h"

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace ns3
{

class Node;
class SctpSocket;
class SctpAssociation;

/**
 * \ingroup sctp
 * \brief The system calls of a script, carried out on SctpSocket: a table of file
 * descriptors over the node's sockets, POSIX return values and errno names (FreeBSD's values),
 * and packetdrill's blocking model.
 *
 * A call is attempted with Attempt(). It either completes (its return value and errno are
 * given, and its output arguments have been compared with the script's), or it would block:
 * then the runner attempts it again whenever a socket reports progress (the wake-up callback),
 * until it completes. A call the socket API cannot carry out fails with "unsupported: ...".
 */
class SctpScriptSyscalls
{
  public:
    /// Where the simulated sockets live and what "..." addresses mean.
    struct Context
    {
        Ptr<Node> node;             //!< the node with SctpL4Protocol
        Address localAddress;       //!< the stack's address (Ipv4Address)
        Address remoteAddress;      //!< the scripted peer's address (Ipv4Address)
        uint16_t bindPort{8080};    //!< port of bind(fd, ..., ...)
        uint16_t connectPort{8080}; //!< port of connect(fd, ..., ...)
    };

    /// The result of an attempt.
    struct Outcome
    {
        /// How the attempt ended.
        enum Status
        {
            DONE,        //!< completed with ret and err
            WOULD_BLOCK, //!< the call blocks: attempt again later
            FAILED,      //!< the script fails: message says why
        };

        Status status{DONE}; //!< how it ended
        int64_t ret{0};      //!< the return value
        int err{0};          //!< errno (FreeBSD value) when ret is -1
        std::string message; //!< FAILED: why
    };

    /**
     * \param [in] context the node and the default addresses
     */
    explicit SctpScriptSyscalls(const Context& context);
    ~SctpScriptSyscalls();

    /**
     * \param [in] wake called (from simulator events) when a socket makes progress that may
     *        complete a blocked call
     */
    void SetWakeCallback(Callback<void> wake);

    /**
     * \brief Attempt a call.
     * \param [in] call the call
     * \return the outcome
     */
    Outcome Attempt(const SctpScriptSyscall& call);

    /// \return the stack's port the script talks to (bound, connected or accepted socket)
    uint16_t GetStackPort() const;

    /// \return the script side's port
    uint16_t GetPeerPort() const;

    /**
     * \brief Close every socket (at the end of a script).
     */
    void CloseAll();

  private:
    /// FreeBSD errno values the calls return.
    enum Errno
    {
        E_BADF = 9,
        E_INVAL = 22,
        E_PIPE = 32,
        E_AGAIN = 35,
        E_INPROGRESS = 36,
        E_ALREADY = 37,
        E_MSGSIZE = 40,
        E_OPNOTSUPP = 45,
        E_AFNOSUPPORT = 47,
        E_ADDRINUSE = 48,
        E_ADDRNOTAVAIL = 49,
        E_CONNRESET = 54,
        E_ISCONN = 56,
        E_NOTCONN = 57,
        E_TIMEDOUT = 60,
        E_CONNREFUSED = 61,
        E_HOSTUNREACH = 65,
    };

    /// O_NONBLOCK, O_RDWR and the message flags of the calls (FreeBSD values).
    enum Flag
    {
        O_NONBLOCK_FLAG = 0x4,
        O_RDWR_FLAG = 0x2,
        MSG_PEEK_FLAG = 0x2,
        MSG_EOR_FLAG = 0x8,
        MSG_DONTWAIT_FLAG = 0x80,
        MSG_NOTIFICATION_FLAG = 0x2000,
    };

    /**
     * \param [in] peer a peer address (Ipv4Address or Ipv6Address)
     * \return it with the peer's port, as a socket address
     */
    Address PeerSocketAddress(const Address& peer) const;

    /**
     * \param [in] e an ns-3 socket error
     * \return the FreeBSD errno for it
     */
    static int MapErrno(Socket::SocketErrno e);

    /**
     * \param [in] s a socket
     * \return its association, or nullptr
     */
    static Ptr<SctpAssociation> AssociationOf(Ptr<SctpSocket> s);

    /**
     * \brief Read a length argument.
     * \param [in] v the argument
     * \param [out] out its value
     * \param [out] error what is wrong
     * \return false if it is not a non-negative number
     */
    static bool Length(const SctpScriptValue& v, int64_t& out, std::string& error);

    /// What the emulation knows of one socket.
    struct SocketState
    {
        Ptr<SctpSocket> socket;                         //!< the socket
        bool nonBlocking{false};                        //!< O_NONBLOCK
        bool oneToMany{false};                          //!< SOCK_SEQPACKET
        bool listening{false};                          //!< listen() done
        bool connectStarted{false};                     //!< connect() called
        bool connected{false};                          //!< association established once
        bool failed{false};                             //!< the connect failed
        bool closed{false};                             //!< the association ended
        int pendingError{0};                            //!< SO_ERROR
        bool lingerOn{false};                           //!< SO_LINGER l_onoff
        int lingerSeconds{0};                           //!< SO_LINGER l_linger
        bool recvRcvInfo{false};                        //!< SCTP_RECVRCVINFO
        bool dataIoEvent{false};                        //!< SCTP_EVENTS sctp_data_io_event
        std::deque<std::shared_ptr<SocketState>> queue; //!< accepted, not yet accept()ed
        std::vector<uint8_t> rest;                      //!< rest of a message read in parts
        SctpRcvInfo restInfo;                           //!< its info
        bool restEor{false};                            //!< whether the message ends with it
    };

    /// One piece of a received message.
    struct ReadResult
    {
        std::vector<uint8_t> data; //!< the bytes
        SctpRcvInfo info;          //!< the message's info
        bool eor{false};           //!< the message ends with these bytes
        bool notification{false};  //!< a notification, not data (MSG_NOTIFICATION)
        SctpScriptValue notice;    //!< the notification as its C structure
    };

    /**
     * \brief A notification as FreeBSD delivers it: its C structure (sac_*, spc_*, sre_*, ...)
     * and its length.
     * \param [in] n the notification
     * \param [out] length the structure's length in bytes
     * \return the structure
     */
    SctpScriptValue NotificationStruct(const SctpNotification& n, size_t& length) const;

    /**
     * \brief Compare what was read with the iov_base the script expects: a notification
     * structure is compared field by field, and expecting one when data came (or the other way
     * round) is a mismatch.
     * \param [in] expected the expected iov_base (or nullptr, "...")
     * \param [in] r what was read
     * \param [in] path the call, for messages
     * \param [out] error the difference
     * \return true if they agree
     */
    static bool CheckBuffer(const SctpScriptValue* expected,
                            const ReadResult& r,
                            const std::string& path,
                            std::string& error);

    /**
     * \param [in] r what was read
     * \return the flags a receive call reports: MSG_NOTIFICATION, MSG_EOR
     */
    static int64_t ReceiveFlags(const ReadResult& r);

    /**
     * \brief Create the state of a socket and hook its callbacks.
     * \param [in] socket the socket
     * \return the state
     */
    std::shared_ptr<SocketState> Track(Ptr<Socket> socket);

    /**
     * \param [in] s the socket state
     * \return a new file descriptor for it (the lowest free one from 3)
     */
    int Allocate(std::shared_ptr<SocketState> s);

    /**
     * \brief Find the state of a file descriptor argument.
     * \param [in] value the argument
     * \param [out] out the state
     * \param [out] o set to -1 EBADF if there is no such descriptor
     * \return false if o is to be returned
     */
    bool Fd(const SctpScriptValue& value, std::shared_ptr<SocketState>& out, Outcome& o) const;

    /**
     * \brief Fill an SctpSndInfo from the fields of struct sctp_sndinfo.
     * \param [in] s {snd_sid, snd_flags, snd_ppid, snd_context, snd_assoc_id}
     * \param [in,out] info the info (fields left out keep their value)
     * \param [out] error what is wrong
     * \return false on an unknown field or a non-number
     */
    static bool ParseSndInfo(const SctpScriptValue& s, SctpSndInfo& info, std::string& error);

    /**
     * \brief Fill an SctpSndInfo from the fields of struct sctp_sndrcvinfo.
     * \param [in] s {sinfo_stream, sinfo_flags, sinfo_ppid, sinfo_context, sinfo_timetolive, ...}
     * \param [in,out] info the info (fields left out keep their value)
     * \param [out] error what is wrong
     * \return false on an unknown field or a non-number
     */
    static bool ParseSndRcvInfo(const SctpScriptValue& s, SctpSndInfo& info, std::string& error);

    /// \param [in] err a FreeBSD errno \return an outcome of -1 with it
    static Outcome Error(int err);

    /// \param [in] ret a return value \return a completed outcome
    static Outcome Done(int64_t ret);

    /// \param [in] message why \return a failing outcome
    static Outcome Fail(const std::string& message);

    /// \param [in] s a socket state \return -1 with the socket's errno mapped to FreeBSD's
    static Outcome SocketError(const SocketState& s);

    /**
     * \brief Read a message piece without blocking.
     * \param [in,out] s the socket
     * \param [in] max the buffer size
     * \param [out] r the piece
     * \return true if something was read
     */
    bool ReadPiece(SocketState& s, size_t max, ReadResult& r);

    /**
     * \brief What a read returns when nothing is readable.
     * \param [in,out] s the socket
     * \param [in] nonBlocking O_NONBLOCK or MSG_DONTWAIT
     * \return 0 at end of stream, -1 with the pending error, EAGAIN, or WOULD_BLOCK
     */
    Outcome NothingToRead(SocketState& s, bool nonBlocking);

    /**
     * \brief Send a message, with the blocking rules.
     * \param [in,out] s the socket
     * \param [in] length the message length
     * \param [in] info stream, PPID, flags
     * \param [in] useDefault use the socket's default send parameters (write, send)
     * \param [in] nonBlocking O_NONBLOCK or MSG_DONTWAIT
     * \return the outcome
     */
    Outcome SendMessage(SocketState& s,
                        uint32_t length,
                        const SctpSndInfo& info,
                        bool useDefault,
                        bool nonBlocking,
                        const Address* to = nullptr);

    Outcome CallSocket(const SctpScriptSyscall& call);      //!< socket()
    Outcome CallPeeloff(const SctpScriptSyscall& call);     //!< sctp_peeloff()
    Outcome CallBind(const SctpScriptSyscall& call);        //!< bind()
    Outcome CallListen(const SctpScriptSyscall& call);      //!< listen()
    Outcome CallAccept(const SctpScriptSyscall& call);      //!< accept()
    Outcome CallConnect(const SctpScriptSyscall& call);     //!< connect(), sctp_connectx()
    Outcome CallFcntl(const SctpScriptSyscall& call);       //!< fcntl()
    Outcome CallGetSockOpt(const SctpScriptSyscall& call);  //!< getsockopt()
    Outcome CallSetSockOpt(const SctpScriptSyscall& call);  //!< setsockopt()
    Outcome CallWrite(const SctpScriptSyscall& call);       //!< write(), send(), sendto()
    Outcome CallSendMsg(const SctpScriptSyscall& call);     //!< sendmsg()
    Outcome CallSctpSendMsg(const SctpScriptSyscall& call); //!< sctp_sendmsg(), sctp_send()
    Outcome CallSctpSendv(const SctpScriptSyscall& call);   //!< sctp_sendv()
    Outcome CallRead(const SctpScriptSyscall& call);        //!< read(), recv(), recvfrom()
    Outcome CallRecvMsg(const SctpScriptSyscall& call);     //!< recvmsg()
    Outcome CallSctpRecvMsg(const SctpScriptSyscall& call); //!< sctp_recvmsg()
    Outcome CallSctpRecvv(const SctpScriptSyscall& call);   //!< sctp_recvv()
    Outcome CallShutdown(const SctpScriptSyscall& call);    //!< shutdown()
    Outcome CallClose(const SctpScriptSyscall& call);       //!< close()
    Outcome CallGetName(const SctpScriptSyscall& call);     //!< getsockname(), getpeername()
    Outcome CallBindx(const SctpScriptSyscall& call);       //!< sctp_bindx()
    Outcome CallGetPaddrs(const SctpScriptSyscall& call);   //!< sctp_getpaddrs()

    Context m_context;                                                 //!< node and addresses
    Callback<void> m_wake;                                             //!< progress notification
    std::map<int, std::shared_ptr<SocketState>> m_fds;                 //!< file descriptors
    std::map<Ptr<SctpSocket>, std::shared_ptr<SocketState>> m_sockets; //!< every socket
    uint16_t m_stackPort;                                              //!< the stack's port
    uint16_t m_peerPort;                                               //!< the peer's port
};

} // namespace ns3

#endif /* SCTP_SCRIPT_SYSCALLS_H */
