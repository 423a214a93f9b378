/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_SCRIPT_MAPPING_H
#define SCTP_SCRIPT_MAPPING_H

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup sctp
 * \brief What the scripted peer knows about the association: how the script's numbers for the
 * stack's verification tag and TSNs map onto the stack's real (random) ones, the tags the
 * script announced for its own side, and the last State Cookie and Heartbeat Information the
 * stack sent, to echo.
 *
 * The stack's INIT or INIT-ACK defines the mapping: if the script expects
 * "> INIT[tag=1, tsn=0, ...]" and the stack sends tag 0x5A3F10C2 and TSN 0x00B0D7E1, the
 * script's tag 1 stands for 0x5A3F10C2 from then on and its TSN n for 0x00B0D7E1 + n. Every
 * INIT the stack sends adds such an entry and makes it the current one. An INIT-ACK does so
 * only when there is no current entry yet; otherwise (an INIT-ACK answering an INIT in an
 * existing association carries a new tag, RFC 9260 §5.2.2) its entry becomes current when the
 * script echoes its cookie, as the stack adopts the new tag then. The script's values for its
 * own side are used as written.
 */
class SctpScriptMapping
{
  public:
    /// One INIT or INIT-ACK of the stack: the script's numbers and the real ones.
    struct Entry
    {
        bool hasScriptTag{false}; //!< the script gave a number for the tag
        uint32_t scriptTag{0};    //!< the script's number for the tag
        uint32_t liveTag{0};      //!< the stack's tag
        bool hasScriptTsn{false}; //!< the script gave a number for the initial TSN
        uint32_t scriptTsn{0};    //!< the script's number for the initial TSN
        uint32_t liveTsn{0};      //!< the stack's initial TSN
        bool fromInit{false};     //!< learnt from the stack's INIT (else from an INIT-ACK)
    };

    /// \return true once the stack sent an INIT or INIT-ACK
    bool HasLocal() const;

    /// \return the current entry (a default one before any INIT or INIT-ACK)
    const Entry& Current() const;

    /**
     * \brief Record an INIT or INIT-ACK of the stack.
     * \param [in] entry the script's and the real numbers
     * \param [in] adopt make it current now (else when the script echoes the cookie, or at
     *        once if there is no current entry)
     */
    void AddLocal(const Entry& entry, bool adopt);

    /// \brief The script echoes the last cookie: the last INIT-ACK's entry becomes current.
    void AdoptPending();

    /**
     * \brief Let a script tag number stand for a new tag (a listener answers every INIT with a
     * new INIT-ACK, and scripts may give them all the same number).
     * \param [in] scriptTag the number
     */
    void ForgetScriptTag(uint32_t scriptTag);

    /**
     * \param [in] scriptTag a tag number from the script
     * \return the entry with that script number, or nullptr
     */
    const Entry* FindByScriptTag(uint32_t scriptTag) const;

    /**
     * \param [in] liveTag a real tag of the stack
     * \return the entry with that tag, or nullptr
     */
    const Entry* FindByLiveTag(uint32_t liveTag) const;

    /// \return the stack's current verification tag (0 before any INIT or INIT-ACK)
    uint32_t LiveTag() const;

    /**
     * \brief Map a script tag number for the stack's side: a known number maps to its tag,
     * another to the current tag plus the difference (packetdrill's rule), 0 stays 0.
     * \param [in] scriptTag the number
     * \return the real tag
     */
    uint32_t TagToLive(uint32_t scriptTag) const;

    /**
     * \param [in] liveTag a real tag of the stack
     * \return the script's number for it (the tag itself if unknown)
     */
    uint32_t TagToScript(uint32_t liveTag) const;

    /**
     * \param [in] scriptTsn a TSN of the stack's sequence in script numbers
     * \return the real TSN
     */
    uint32_t TsnToLive(uint32_t scriptTsn) const;

    /**
     * \param [in] liveTsn a real TSN of the stack's sequence
     * \return the script's number for it
     */
    uint32_t TsnToScript(uint32_t liveTsn) const;

    /**
     * \brief Record an initiate tag the script sent for its side (INIT or INIT-ACK).
     * \param [in] tag the tag
     * \param [in] init true for an INIT (the tag an INIT-ACK must answer with)
     */
    void AddPeerTag(uint32_t tag, bool init);

    /// \return the tags the script announced for its side
    const std::vector<uint32_t>& GetPeerTags() const;

    /// \return the script's current tag (the last one announced; 0 if none)
    uint32_t PeerTag() const;

    /// \return the initiate tag of the last INIT the script sent (0 if none)
    uint32_t LastPeerInitTag() const;

    /**
     * \brief Remember the State Cookie of the stack's INIT-ACK.
     * \param [in] cookie its bytes
     */
    void SetCookie(const std::vector<uint8_t>& cookie);

    /// \return true if a cookie is known
    bool HasCookie() const;

    /// \return the last cookie
    const std::vector<uint8_t>& GetCookie() const;

    /**
     * \brief Remember the parameters of the stack's HEARTBEAT (the Heartbeat Information).
     * \param [in] parameters their bytes, as in the chunk
     */
    void SetHeartbeat(const std::vector<uint8_t>& parameters);

    /// \return true if a heartbeat is known
    bool HasHeartbeat() const;

    /// \return the parameters of the last HEARTBEAT
    const std::vector<uint8_t>& GetHeartbeat() const;

  private:
    std::vector<Entry> m_entries;     //!< one per INIT / INIT-ACK of the stack
    size_t m_current{0};              //!< index of the current entry
    int m_pending{-1};                //!< index of an INIT-ACK's entry not adopted yet
    std::vector<uint32_t> m_peerTags; //!< the script's tags
    uint32_t m_lastPeerInitTag{0};    //!< tag of the script's last INIT
    std::vector<uint8_t> m_cookie;    //!< last cookie
    bool m_hasCookie{false};          //!< a cookie is known
    std::vector<uint8_t> m_heartbeat; //!< last heartbeat parameters
    bool m_hasHeartbeat{false};       //!< a heartbeat is known
};

} // namespace ns3

#endif /* SCTP_SCRIPT_MAPPING_H */
