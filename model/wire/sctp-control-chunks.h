/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_CONTROL_CHUNKS_H
#define SCTP_CONTROL_CHUNKS_H

#include "sctp-chunk.h"
#include "sctp-error-cause.h"
#include "sctp-parameter.h"

namespace ns3
{

/**
 * \ingroup sctp
 * \brief Flag bits of the control chunks (RFC 9260, NR-SACK draft, FreeBSD's sctp.h).
 */
struct SctpControlFlags
{
    /// T of ABORT and SHUTDOWN-COMPLETE: the sender reflected the peer's verification tag
    /// because it has no TCB (RFC 9260 §3.3.7, §3.3.13).
    static constexpr uint8_t T_BIT = 0x01;
    /// A of NR-SACK: all out-of-order data is non-renegable (draft-natarajan-tsvwg-sctp-nrsack).
    static constexpr uint8_t NR_SACK_ALL = 0x01;
    /// SACK and NR-SACK: the bit a CMT sender reads for the delayed-ack (DAC) algorithm
    /// (FreeBSD's SCTP_SACK_CMT_DAC). A DAC receiver writes its count of DATA packets since the
    /// last SACK into the two upper bits (count << 6, truncated to 8 bits).
    static constexpr uint8_t SACK_CMT_DAC = 0x80;
    /// CWR: the sender could not match the ECNE to a path (FreeBSD's SCTP_CWR_REDUCE_OVERRIDE).
    static constexpr uint8_t CWR_REDUCE_OVERRIDE = 0x01;
    /// CWR: the ECNE fell in a window already reduced (FreeBSD's SCTP_CWR_IN_SAME_WINDOW).
    static constexpr uint8_t CWR_IN_SAME_WINDOW = 0x02;
};

/**
 * \ingroup sctp
 * \brief What INIT and INIT-ACK share (RFC 9260 §3.3.2, §3.3.3): initiate tag, advertised
 * receiver window, stream counts, initial TSN, then optional and variable-length parameters.
 *
 * The codec checks only the framing; the RFC's answers to a zero tag or zero stream counts, or to
 * a missing State Cookie, belong to the association.
 */
class SctpInitChunkBase : public SctpChunk
{
  public:
    /// Bytes before the parameters: header, tag, a_rwnd, stream counts, initial TSN.
    static constexpr uint16_t FIXED_SIZE = 20;

    void Print(std::ostream& os) const override;

    uint32_t GetInitiateTag() const;        //!< \return the initiate tag
    void SetInitiateTag(uint32_t v);        //!< \param [in] v the initiate tag
    uint32_t GetARwnd() const;              //!< \return the advertised receiver window credit
    void SetARwnd(uint32_t v);              //!< \param [in] v the advertised receiver window
    uint16_t GetNumOutboundStreams() const; //!< \return the number of outbound streams
    void SetNumOutboundStreams(uint16_t v); //!< \param [in] v the number of outbound streams
    uint16_t GetNumInboundStreams() const;  //!< \return the number of inbound streams
    void SetNumInboundStreams(uint16_t v);  //!< \param [in] v the number of inbound streams
    uint32_t GetInitialTsn() const;         //!< \return the initial TSN
    void SetInitialTsn(uint32_t v);         //!< \param [in] v the initial TSN

    /// \return the parameters, in order
    const std::vector<Ptr<SctpParameter>>& GetParameters() const;

    /**
     * \param [in] parameters the parameters, in order (moved in)
     */
    void SetParameters(std::vector<Ptr<SctpParameter>> parameters);

    /**
     * \brief Append a parameter.
     * \param [in] parameter the parameter
     */
    void AddParameter(Ptr<SctpParameter> parameter);

    /**
     * \brief Find the first parameter of a type.
     * \param [in] type the parameter type
     * \return the parameter, or nullptr if there is none
     */
    Ptr<SctpParameter> FindParameter(uint16_t type) const;

  protected:
    void SerializeValue(SctpWireWriter& w) const override;
    bool DeserializeValue(SctpWireReader& r, std::string& error) override;

  private:
    uint32_t m_initiateTag{0};                    //!< initiate tag
    uint32_t m_arwnd{0};                          //!< advertised receiver window credit
    uint16_t m_numOutboundStreams{0};             //!< number of outbound streams
    uint16_t m_numInboundStreams{0};              //!< number of inbound streams
    uint32_t m_initialTsn{0};                     //!< initial TSN
    std::vector<Ptr<SctpParameter>> m_parameters; //!< optional and variable-length parameters
};

/**
 * \ingroup sctp
 * \brief INIT (type 1, RFC 9260 §3.3.2).
 */
class SctpInitChunk : public SctpInitChunkBase
{
  public:
    uint8_t GetType() const override;
};

/**
 * \ingroup sctp
 * \brief INIT-ACK (type 2, RFC 9260 §3.3.3); the State Cookie is one of its parameters.
 */
class SctpInitAckChunk : public SctpInitChunkBase
{
  public:
    uint8_t GetType() const override;
};

/**
 * \ingroup sctp
 * \brief One gap ack block: TSNs cum_tsn + start .. cum_tsn + end were received.
 */
struct SctpGapAckBlock
{
    uint16_t start{0}; //!< offset of the block's first TSN from the cumulative TSN ack
    uint16_t end{0};   //!< offset of the block's last TSN from the cumulative TSN ack

    /**
     * \param [in] o the other block
     * \return true if both offsets are equal
     */
    bool operator==(const SctpGapAckBlock& o) const;
};

/**
 * \ingroup sctp
 * \brief What SACK and NR-SACK share: cumulative TSN ack, a_rwnd, gap ack blocks and duplicate
 * TSNs, so that one handler can process both.
 *
 * Blocks are kept as received: whether they are ordered and well-formed (start <= end) is the
 * receiver's judgement, not a framing error.
 */
class SctpSackChunkBase : public SctpChunk
{
  public:
    uint32_t GetCumulativeTsnAck() const; //!< \return the cumulative TSN ack
    void SetCumulativeTsnAck(uint32_t v); //!< \param [in] v the cumulative TSN ack
    uint32_t GetARwnd() const;            //!< \return the advertised receiver window credit
    void SetARwnd(uint32_t v);            //!< \param [in] v the advertised receiver window

    /// \return the gap ack blocks, in order
    const std::vector<SctpGapAckBlock>& GetGapAckBlocks() const;

    /**
     * \param [in] blocks the gap ack blocks, in order (moved in)
     */
    void SetGapAckBlocks(std::vector<SctpGapAckBlock> blocks);

    /**
     * \brief Append a gap ack block.
     * \param [in] start offset of its first TSN from the cumulative TSN ack
     * \param [in] end offset of its last TSN from the cumulative TSN ack
     */
    void AddGapAckBlock(uint16_t start, uint16_t end);

    /// \return the duplicate TSNs, in order
    const std::vector<uint32_t>& GetDuplicateTsns() const;

    /**
     * \param [in] tsns the duplicate TSNs (moved in)
     */
    void SetDuplicateTsns(std::vector<uint32_t> tsns);

    /**
     * \brief Append a duplicate TSN.
     * \param [in] tsn the TSN
     */
    void AddDuplicateTsn(uint32_t tsn);

  protected:
    /**
     * \brief Write gap blocks (start, end) pairs.
     * \param [in,out] w the writer
     * \param [in] blocks the blocks
     */
    static void WriteBlocks(SctpWireWriter& w, const std::vector<SctpGapAckBlock>& blocks);

    /**
     * \brief Read gap blocks, replacing the vector's contents.
     * \param [in,out] r the reader, holding at least 4 * n bytes
     * \param [in] n how many blocks
     * \param [out] blocks the blocks
     * \return false if the bytes ran out
     */
    static bool ReadBlocks(SctpWireReader& r, uint16_t n, std::vector<SctpGapAckBlock>& blocks);

    /**
     * \brief Write the duplicate TSNs.
     * \param [in,out] w the writer
     */
    void WriteDuplicates(SctpWireWriter& w) const;

    /**
     * \brief Read the duplicate TSNs, replacing the ones held.
     * \param [in,out] r the reader, holding at least 4 * n bytes
     * \param [in] n how many TSNs
     * \return false if the bytes ran out
     */
    bool ReadDuplicates(SctpWireReader& r, uint16_t n);

    /**
     * \brief Check that the counted blocks and TSNs fill the rest of the value exactly.
     * \param [in] r the reader, positioned after the fixed fields
     * \param [in] entries the number of 4-byte entries the counts announce
     * \param [out] error why not
     * \return false if the value is longer or shorter than the counts say
     */
    static bool CheckEntries(const SctpWireReader& r, size_t entries, std::string& error);

    /**
     * \brief Print "NAME[flgs=..., cum_tsn=..., a_rwnd=..., gaps=[...]".
     * \param [in,out] os the stream
     */
    void PrintHead(std::ostream& os) const;

    /**
     * \brief Print ", dups=[...]]".
     * \param [in,out] os the stream
     */
    void PrintTail(std::ostream& os) const;

    /**
     * \brief Print a list of blocks as [s:e, ...].
     * \param [in,out] os the stream
     * \param [in] blocks the blocks
     */
    static void PrintBlocks(std::ostream& os, const std::vector<SctpGapAckBlock>& blocks);

    uint32_t m_cumTsnAck{0};               //!< cumulative TSN ack
    uint32_t m_arwnd{0};                   //!< advertised receiver window credit
    std::vector<SctpGapAckBlock> m_gaps;   //!< gap ack blocks
    std::vector<uint32_t> m_duplicateTsns; //!< duplicate TSNs
};

/**
 * \ingroup sctp
 * \brief SACK (type 3, RFC 9260 §3.3.4).
 */
class SctpSackChunk : public SctpSackChunkBase
{
  public:
    /// Bytes before the gap blocks: header, cum TSN ack, a_rwnd, the two counts.
    static constexpr uint16_t FIXED_SIZE = 16;

    uint8_t GetType() const override;
    void Print(std::ostream& os) const override;

  protected:
    uint32_t GetValueSize() const override;
    void SerializeValue(SctpWireWriter& w) const override;
    bool DeserializeValue(SctpWireReader& r, std::string& error) override;
};

/**
 * \ingroup sctp
 * \brief NR-SACK (type 16, draft-natarajan-tsvwg-sctp-nrsack, FreeBSD's struct sctp_nr_sack):
 * cumulative TSN ack, a_rwnd, the counts of gap blocks, NR gap blocks and duplicate TSNs, a
 * reserved field, then the gap blocks, the NR gap blocks and the duplicate TSNs.
 */
class SctpNrSackChunk : public SctpSackChunkBase
{
  public:
    /// Bytes before the gap blocks: header, cum TSN ack, a_rwnd, three counts, reserved.
    static constexpr uint16_t FIXED_SIZE = 20;

    uint8_t GetType() const override;
    void Print(std::ostream& os) const override;

    bool IsAllNonRenegable() const;   //!< \return the A bit
    void SetAllNonRenegable(bool on); //!< \param [in] on the A bit

    /// \return the non-renegable gap ack blocks, in order
    const std::vector<SctpGapAckBlock>& GetNrGapAckBlocks() const;

    /**
     * \param [in] blocks the non-renegable gap ack blocks, in order (moved in)
     */
    void SetNrGapAckBlocks(std::vector<SctpGapAckBlock> blocks);

    /**
     * \brief Append a non-renegable gap ack block.
     * \param [in] start offset of its first TSN from the cumulative TSN ack
     * \param [in] end offset of its last TSN from the cumulative TSN ack
     */
    void AddNrGapAckBlock(uint16_t start, uint16_t end);

  protected:
    uint32_t GetValueSize() const override;
    void SerializeValue(SctpWireWriter& w) const override;
    bool DeserializeValue(SctpWireReader& r, std::string& error) override;

  private:
    uint16_t m_reserved{0};                //!< reserved field, kept as received
    std::vector<SctpGapAckBlock> m_nrGaps; //!< non-renegable gap ack blocks
};

/**
 * \ingroup sctp
 * \brief What HEARTBEAT and HEARTBEAT-ACK share (RFC 9260 §3.3.5, §3.3.6): a list of
 * parameters, normally the one Heartbeat Information TLV, echoed unchanged by the ACK.
 *
 * A chunk without the Heartbeat Information parses (its framing is sound); the path manager
 * decides what to do with it.
 */
class SctpHeartbeatChunkBase : public SctpChunk
{
  public:
    void Print(std::ostream& os) const override;

    /// \return the parameters, in order
    const std::vector<Ptr<SctpParameter>>& GetParameters() const;

    /**
     * \brief Set the parameters, e.g. those of a HEARTBEAT to echo in its ACK.
     * \param [in] parameters the parameters, in order (moved in)
     */
    void SetParameters(std::vector<Ptr<SctpParameter>> parameters);

    /**
     * \brief Get the value of the (first) Heartbeat Information parameter.
     * \param [out] info its bytes, without the parameter header or padding
     * \return false if there is no such parameter
     */
    bool GetHeartbeatInfo(std::vector<uint8_t>& info) const;

    /**
     * \brief Replace the parameters with one Heartbeat Information parameter.
     * \param [in] info its value (sender-specific; at most 65531 bytes)
     */
    void SetHeartbeatInfo(const std::vector<uint8_t>& info);

  protected:
    void SerializeValue(SctpWireWriter& w) const override;
    bool DeserializeValue(SctpWireReader& r, std::string& error) override;

  private:
    std::vector<Ptr<SctpParameter>> m_parameters; //!< the parameters
};

/**
 * \ingroup sctp
 * \brief HEARTBEAT (type 4, RFC 9260 §3.3.5).
 */
class SctpHeartbeatChunk : public SctpHeartbeatChunkBase
{
  public:
    uint8_t GetType() const override;
};

/**
 * \ingroup sctp
 * \brief HEARTBEAT-ACK (type 5, RFC 9260 §3.3.6).
 */
class SctpHeartbeatAckChunk : public SctpHeartbeatChunkBase
{
  public:
    uint8_t GetType() const override;
};

/**
 * \ingroup sctp
 * \brief A chunk whose value is a list of error causes (ABORT, ERROR).
 */
class SctpCauseListChunk : public SctpChunk
{
  public:
    void Print(std::ostream& os) const override;

    /// \return the error causes, in order
    const std::vector<Ptr<SctpErrorCause>>& GetCauses() const;

    /**
     * \param [in] causes the error causes, in order (moved in)
     */
    void SetCauses(std::vector<Ptr<SctpErrorCause>> causes);

    /**
     * \brief Append an error cause.
     * \param [in] cause the cause
     */
    void AddCause(Ptr<SctpErrorCause> cause);

  protected:
    void SerializeValue(SctpWireWriter& w) const override;
    bool DeserializeValue(SctpWireReader& r, std::string& error) override;

  private:
    std::vector<Ptr<SctpErrorCause>> m_causes; //!< the error causes
};

/**
 * \ingroup sctp
 * \brief ABORT (type 6, RFC 9260 §3.3.7): T bit, zero or more error causes.
 */
class SctpAbortChunk : public SctpCauseListChunk
{
  public:
    uint8_t GetType() const override;

    bool HasTBit() const;  //!< \return the T bit (the verification tag is reflected)
    void SetTBit(bool on); //!< \param [in] on the T bit
};

/**
 * \ingroup sctp
 * \brief ERROR (type 9, RFC 9260 §3.3.10): one or more error causes.
 */
class SctpErrorChunk : public SctpCauseListChunk
{
  public:
    uint8_t GetType() const override;
};

/**
 * \ingroup sctp
 * \brief A chunk with an empty value (SHUTDOWN-ACK, COOKIE-ACK, SHUTDOWN-COMPLETE).
 */
class SctpEmptyChunk : public SctpChunk
{
  public:
    void Print(std::ostream& os) const override;

  protected:
    uint32_t GetValueSize() const override;
    void SerializeValue(SctpWireWriter& w) const override;
    bool DeserializeValue(SctpWireReader& r, std::string& error) override;
};

/**
 * \ingroup sctp
 * \brief SHUTDOWN-ACK (type 8, RFC 9260 §3.3.9).
 */
class SctpShutdownAckChunk : public SctpEmptyChunk
{
  public:
    uint8_t GetType() const override;
};

/**
 * \ingroup sctp
 * \brief COOKIE-ACK (type 11, RFC 9260 §3.3.12).
 */
class SctpCookieAckChunk : public SctpEmptyChunk
{
  public:
    uint8_t GetType() const override;
};

/**
 * \ingroup sctp
 * \brief SHUTDOWN-COMPLETE (type 14, RFC 9260 §3.3.13): T bit, no value.
 */
class SctpShutdownCompleteChunk : public SctpEmptyChunk
{
  public:
    uint8_t GetType() const override;

    bool HasTBit() const;  //!< \return the T bit (the verification tag is reflected)
    void SetTBit(bool on); //!< \param [in] on the T bit
};

/**
 * \ingroup sctp
 * \brief A chunk whose value is one TSN (SHUTDOWN, CWR; ECNE adds an optional field).
 */
class SctpTsnChunk : public SctpChunk
{
  public:
    void Print(std::ostream& os) const override;

  protected:
    uint32_t GetValueSize() const override;
    void SerializeValue(SctpWireWriter& w) const override;
    bool DeserializeValue(SctpWireReader& r, std::string& error) override;

    /// \return the name of the TSN field in Print (cum_tsn, tsn)
    virtual const char* GetTsnLabel() const;

    uint32_t m_tsn{0}; //!< the TSN
};

/**
 * \ingroup sctp
 * \brief SHUTDOWN (type 7, RFC 9260 §3.3.8): cumulative TSN ack.
 */
class SctpShutdownChunk : public SctpTsnChunk
{
  public:
    uint8_t GetType() const override;

    uint32_t GetCumulativeTsnAck() const; //!< \return the cumulative TSN ack
    void SetCumulativeTsnAck(uint32_t v); //!< \param [in] v the cumulative TSN ack

  protected:
    const char* GetTsnLabel() const override;
};

/**
 * \ingroup sctp
 * \brief What ECNE and CWR share: the lowest TSN (of the CE-marked packet, or of the ECNE
 * answered).
 */
class SctpEcnChunkBase : public SctpTsnChunk
{
  public:
    uint32_t GetLowestTsn() const; //!< \return the lowest TSN
    void SetLowestTsn(uint32_t v); //!< \param [in] v the lowest TSN
};

/**
 * \ingroup sctp
 * \brief ECNE (type 12, RFC 9260 Appendix A): lowest TSN, and in FreeBSD's extended form
 * (chunk length 12) the number of CE-marked packets since the last CWR.
 *
 * Which form was received is remembered, so that a re-serialized chunk has the same bytes.
 */
class SctpEcneChunk : public SctpEcnChunkBase
{
  public:
    uint8_t GetType() const override;
    void Print(std::ostream& os) const override;

    /// \return true for the 12-byte form that carries the packet count
    bool HasPacketsSinceCwr() const;

    /// \return the number of CE-marked packets since the last CWR; 1 for the 8-byte form, which
    ///         reports one packet (as FreeBSD reads it)
    uint32_t GetPacketsSinceCwr() const;

    /**
     * \brief Select the 12-byte form and set its packet count.
     * \param [in] n the number of CE-marked packets since the last CWR
     */
    void SetPacketsSinceCwr(uint32_t n);

    /// \brief Select the 8-byte form of RFC 9260, without the packet count.
    void ClearPacketsSinceCwr();

  protected:
    uint32_t GetValueSize() const override;
    void SerializeValue(SctpWireWriter& w) const override;
    bool DeserializeValue(SctpWireReader& r, std::string& error) override;

  private:
    bool m_hasPacketCount{false};  //!< the 12-byte form
    uint32_t m_packetsSinceCwr{0}; //!< CE-marked packets since the last CWR
};

/**
 * \ingroup sctp
 * \brief CWR (type 13, RFC 9260 Appendix A): lowest TSN of the ECNE answered, with FreeBSD's
 * flags.
 */
class SctpCwrChunk : public SctpEcnChunkBase
{
  public:
    uint8_t GetType() const override;

    bool IsReduceOverride() const;   //!< \return SctpControlFlags::CWR_REDUCE_OVERRIDE
    void SetReduceOverride(bool on); //!< \param [in] on SctpControlFlags::CWR_REDUCE_OVERRIDE
    bool IsInSameWindow() const;     //!< \return SctpControlFlags::CWR_IN_SAME_WINDOW
    void SetInSameWindow(bool on);   //!< \param [in] on SctpControlFlags::CWR_IN_SAME_WINDOW
};

/**
 * \ingroup sctp
 * \brief COOKIE-ECHO (type 10, RFC 9260 §3.3.11): the State Cookie of the INIT-ACK.
 */
class SctpCookieEchoChunk : public SctpChunk
{
  public:
    uint8_t GetType() const override;
    void Print(std::ostream& os) const override;

    /// \return the cookie bytes
    const std::vector<uint8_t>& GetCookie() const;

    /**
     * \param [in] cookie the cookie bytes (moved in)
     */
    void SetCookie(std::vector<uint8_t> cookie);

  protected:
    uint32_t GetValueSize() const override;
    void SerializeValue(SctpWireWriter& w) const override;
    bool DeserializeValue(SctpWireReader& r, std::string& error) override;

  private:
    std::vector<uint8_t> m_cookie; //!< the cookie
};

/**
 * \brief Create an empty chunk of one of the types declared in this header.
 * \param [in] type the chunk type
 * \return the chunk, or nullptr if the type is not one of this header's
 */
Ptr<SctpChunk> SctpCreateControlChunk(uint8_t type);

} // namespace ns3

#endif /* SCTP_CONTROL_CHUNKS_H */
