/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_WIRE_IO_H
#define SCTP_WIRE_IO_H

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup sctp
 * \brief Appends network-order fields to a growing byte vector.
 *
 * The codec's only way of writing bytes. TLVs (chunks, parameters, error causes) are written
 * with BeginTlv/EndTlv, which patch the length field once the value is known and pad to 4 bytes.
 */
class SctpWireWriter
{
  public:
    SctpWireWriter() = default;

    /**
     * \brief Start writing into an existing vector (appends to it).
     * \param [in] reserve bytes to reserve ahead
     */
    explicit SctpWireWriter(size_t reserve);

    void WriteU8(uint8_t v);   //!< Append one byte
    void WriteU16(uint16_t v); //!< Append a 16-bit field in network order
    void WriteU32(uint32_t v); //!< Append a 32-bit field in network order
    void WriteU64(uint64_t v); //!< Append a 64-bit field in network order

    /**
     * \brief Append raw bytes.
     * \param [in] data the bytes
     * \param [in] len their number
     */
    void WriteBytes(const uint8_t* data, size_t len);

    /**
     * \brief Append raw bytes.
     * \param [in] data the bytes
     */
    void WriteBytes(const std::vector<uint8_t>& data);

    /**
     * \brief Append zero bytes.
     * \param [in] n how many
     */
    void WriteZeros(size_t n);

    /**
     * \brief Append zero bytes until the total size is a multiple of 4.
     */
    void PadTo4();

    /**
     * \brief Start a TLV with a 16-bit type and a 16-bit length (parameters, error causes).
     * \param [in] type the type or cause code
     * \return the offset to pass to EndTlv
     */
    size_t BeginTlv16(uint16_t type);

    /**
     * \brief Start a chunk: 8-bit type, 8-bit flags, 16-bit length.
     * \param [in] type chunk type
     * \param [in] flags chunk flags
     * \return the offset to pass to EndTlv
     */
    size_t BeginChunk(uint8_t type, uint8_t flags);

    /**
     * \brief Finish a TLV: write its length (without padding) and pad to 4 bytes.
     * \param [in] start the offset BeginTlv16/BeginChunk returned
     * \param [in] pad whether to add the padding (the last error cause of a chunk is padded by
     *             the chunk instead, which gives the same bytes)
     */
    void EndTlv(size_t start, bool pad = true);

    /**
     * \brief Overwrite a 16-bit field already written.
     * \param [in] offset its offset
     * \param [in] v the value
     */
    void PatchU16(size_t offset, uint16_t v);

    /**
     * \brief Overwrite a 32-bit field already written.
     * \param [in] offset its offset
     * \param [in] v the value
     */
    void PatchU32(size_t offset, uint32_t v);

    /// \return the number of bytes written
    size_t GetSize() const;

    /// \return the bytes written
    const std::vector<uint8_t>& GetData() const;

    /// \return the bytes written, moved out of the writer
    std::vector<uint8_t> Release();

  private:
    std::vector<uint8_t> m_data; //!< the bytes
};

/**
 * \ingroup sctp
 * \brief Bounds-checked reader of network-order fields.
 *
 * Every read checks the remaining length first and fails (returns false, reading nothing)
 * instead of reading past the end: the parser never trusts a length field.
 */
class SctpWireReader
{
  public:
    /**
     * \brief Read from a byte range; the bytes must outlive the reader.
     * \param [in] data first byte
     * \param [in] size number of bytes
     */
    SctpWireReader(const uint8_t* data, size_t size);

    /**
     * \brief Read from a vector; the vector must outlive the reader.
     * \param [in] data the bytes
     */
    explicit SctpWireReader(const std::vector<uint8_t>& data);

    bool ReadU8(uint8_t& v);   //!< \return false if fewer than 1 byte remain
    bool ReadU16(uint16_t& v); //!< \return false if fewer than 2 bytes remain
    bool ReadU32(uint32_t& v); //!< \return false if fewer than 4 bytes remain
    bool ReadU64(uint64_t& v); //!< \return false if fewer than 8 bytes remain

    /**
     * \brief Read bytes into a vector (replacing its contents).
     * \param [in] n how many
     * \param [out] out the bytes
     * \return false if fewer than n remain
     */
    bool ReadBytes(size_t n, std::vector<uint8_t>& out);

    /**
     * \brief Read all remaining bytes.
     * \param [out] out the bytes
     */
    void ReadRest(std::vector<uint8_t>& out);

    /**
     * \brief Skip bytes.
     * \param [in] n how many
     * \return false if fewer than n remain
     */
    bool Skip(size_t n);

    /**
     * \brief Skip up to n bytes (padding that a sender may have left out at the very end).
     * \param [in] n at most this many
     */
    void SkipUpTo(size_t n);

    /**
     * \brief Take the next n bytes as a reader of their own, and advance past them.
     * \param [in] n how many
     * \param [out] sub the reader over those bytes
     * \return false if fewer than n remain
     */
    bool Sub(size_t n, SctpWireReader& sub);

    /**
     * \brief Look at a 16-bit field ahead without consuming it.
     * \param [in] offset from the current position
     * \param [out] v the value
     * \return false if out of range
     */
    bool PeekU16(size_t offset, uint16_t& v) const;

    /// \return bytes left to read
    size_t GetRemaining() const;

    /// \return true when nothing is left
    bool IsAtEnd() const;

    /// \return bytes consumed so far
    size_t GetOffset() const;

    /// \return pointer to the next unread byte
    const uint8_t* GetCurrent() const;

  private:
    const uint8_t* m_data; //!< first byte
    size_t m_size;         //!< number of bytes
    size_t m_pos;          //!< read position
};

/**
 * \brief Round a length up to the next multiple of 4.
 * \param [in] len the length
 * \return the padded length
 */
inline constexpr size_t
SctpPad4(size_t len)
{
    return (len + 3) & ~static_cast<size_t>(3);
}

} // namespace ns3

#endif /* SCTP_WIRE_IO_H */
