/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_DATA_CHUNK_H
#define SCTP_DATA_CHUNK_H

#include "sctp-chunk.h"

namespace ns3
{

/**
 * \ingroup sctp
 * \brief Flag bits shared by DATA and I-DATA (RFC 9260 §3.3.1, RFC 7053, RFC 8260).
 */
struct SctpDataFlags
{
    static constexpr uint8_t END = 0x01;              //!< E: last fragment
    static constexpr uint8_t BEGIN = 0x02;            //!< B: first fragment
    static constexpr uint8_t UNORDERED = 0x04;        //!< U: unordered
    static constexpr uint8_t SACK_IMMEDIATELY = 0x08; //!< I: RFC 7053
};

/**
 * \ingroup sctp
 * \brief Accessors of the B/E/U/I bits, common to DATA and I-DATA.
 */
class SctpUserDataChunk : public SctpChunk
{
  public:
    bool IsBeginning() const;         //!< \return the B bit
    bool IsEnd() const;               //!< \return the E bit
    bool IsUnordered() const;         //!< \return the U bit
    bool IsSackImmediately() const;   //!< \return the I bit
    void SetBeginning(bool on);       //!< \param [in] on the B bit
    void SetEnd(bool on);             //!< \param [in] on the E bit
    void SetUnordered(bool on);       //!< \param [in] on the U bit
    void SetSackImmediately(bool on); //!< \param [in] on the I bit

    uint32_t GetTsn() const;      //!< \return the TSN
    void SetTsn(uint32_t v);      //!< \param [in] v the TSN
    uint16_t GetStreamId() const; //!< \return the stream identifier
    void SetStreamId(uint16_t v); //!< \param [in] v the stream identifier

    /// \return the user data
    const std::vector<uint8_t>& GetUserData() const;

    /**
     * \param [in] data the user data (moved in)
     */
    void SetUserData(std::vector<uint8_t> data);

  protected:
    /**
     * \brief Set or clear one flag bit.
     * \param [in] bit the bit
     * \param [in] on set or clear
     */
    void SetFlag(uint8_t bit, bool on);

    uint32_t m_tsn{0};               //!< transmission sequence number
    uint16_t m_streamId{0};          //!< stream identifier
    std::vector<uint8_t> m_userData; //!< the user data
};

/**
 * \ingroup sctp
 * \brief DATA (type 0, RFC 9260 §3.3.1).
 */
class SctpDataChunk : public SctpUserDataChunk
{
  public:
    /// Bytes before the user data: header, TSN, SID, SSN, PPID.
    static constexpr uint16_t FIXED_SIZE = 16;

    uint8_t GetType() const override;
    void Print(std::ostream& os) const override;

    uint16_t GetStreamSeq() const; //!< \return the stream sequence number
    void SetStreamSeq(uint16_t v); //!< \param [in] v the stream sequence number
    uint32_t GetPpid() const;      //!< \return the payload protocol identifier
    void SetPpid(uint32_t v);      //!< \param [in] v the payload protocol identifier

  protected:
    uint32_t GetValueSize() const override;
    void SerializeValue(SctpWireWriter& w) const override;
    bool DeserializeValue(SctpWireReader& r, std::string& error) override;

  private:
    uint16_t m_ssn{0};  //!< stream sequence number
    uint32_t m_ppid{0}; //!< payload protocol identifier
};

/**
 * \ingroup sctp
 * \brief I-DATA (type 64, RFC 8260 §2.1): message identifier, and PPID on the first fragment or
 * fragment sequence number on the others.
 */
class SctpIDataChunk : public SctpUserDataChunk
{
  public:
    /// Bytes before the user data: header, TSN, SID, reserved, MID, PPID/FSN.
    static constexpr uint16_t FIXED_SIZE = 20;

    uint8_t GetType() const override;
    void Print(std::ostream& os) const override;

    uint32_t GetMessageId() const; //!< \return the message identifier
    void SetMessageId(uint32_t v); //!< \param [in] v the message identifier

    /// \return the PPID (meaningful when B is set)
    uint32_t GetPpid() const;
    /// \param [in] v the PPID (sent when B is set)
    void SetPpid(uint32_t v);
    /// \return the fragment sequence number (meaningful when B is clear; 0 when B is set)
    uint32_t GetFsn() const;
    /// \param [in] v the fragment sequence number (sent when B is clear)
    void SetFsn(uint32_t v);

  protected:
    uint32_t GetValueSize() const override;
    void SerializeValue(SctpWireWriter& w) const override;
    bool DeserializeValue(SctpWireReader& r, std::string& error) override;

  private:
    uint16_t m_reserved{0};  //!< reserved field, kept as received
    uint32_t m_messageId{0}; //!< message identifier
    uint32_t m_ppidOrFsn{0}; //!< PPID (B set) or FSN (B clear)
};

} // namespace ns3

#endif /* SCTP_DATA_CHUNK_H */
