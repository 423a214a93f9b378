/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef SCTP_TLV_VALUE_H
#define SCTP_TLV_VALUE_H

#include "sctp-wire-io.h"

#include "ns3/ptr.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

/**
 * \file
 * \ingroup sctp
 * Value layouts shared by parameters (sctp-parameters.h) and error causes
 * (sctp-error-causes.h). Both families are a 16-bit type, a 16-bit length and a value, and many
 * of their values have the same shape: nothing, opaque bytes, one 32-bit number, a list of
 * 16-bit numbers. Each shape is written once here as a mixin over the family's base class.
 */

namespace ns3
{

/**
 * \brief Check that a fixed-size value has exactly the expected size.
 * \param [in] r a reader over exactly the value bytes
 * \param [in] expected the size the specification gives the value
 * \param [out] error set when the sizes differ
 * \return true if the value has the expected size
 */
bool SctpCheckValueSize(const SctpWireReader& r, size_t expected, std::string& error);

/**
 * \brief Read 16-bit fields until the reader is empty.
 * \param [in,out] r a reader over the list bytes
 * \param [out] out the fields (replacing its contents)
 * \param [out] error set when the bytes are not a whole number of fields
 * \return false on an odd number of bytes
 */
bool SctpReadU16List(SctpWireReader& r, std::vector<uint16_t>& out, std::string& error);

/**
 * \brief Write 16-bit fields one after the other (an odd count is padded by the TLV).
 * \param [in,out] w the writer
 * \param [in] list the fields
 */
void SctpWriteU16List(SctpWireWriter& w, const std::vector<uint16_t>& list);

/**
 * \brief Write TLVs (parameters or error causes) one after the other, as the value of an
 * enclosing TLV or chunk.
 *
 * Every TLV but the last is padded. The last one's padding is left out, because the enclosing
 * length does not count it (RFC 9260 §3.2); the enclosing TLV adds the same zeros back as its
 * own padding, so the bytes on the wire are the same.
 *
 * \tparam T SctpParameter or SctpErrorCause
 * \param [in,out] w the writer
 * \param [in] list the TLVs, in order
 */
template <class T>
void
SctpWriteTlvList(SctpWireWriter& w, const std::vector<Ptr<T>>& list)
{
    if (list.empty())
    {
        return;
    }
    SctpWireWriter all;
    size_t lastStart = 0;
    for (const Ptr<T>& t : list)
    {
        lastStart = all.GetSize();
        t->Serialize(all);
    }
    w.WriteBytes(all.GetData().data(), lastStart + list.back()->GetLength());
}

/**
 * \ingroup sctp
 * \brief One row of a parameter or cause table: code, readable name and factory.
 * \tparam B SctpParameter or SctpErrorCause
 */
template <class B>
struct SctpTlvKind
{
    uint16_t code;      //!< the type or cause code
    const char* name;   //!< readable name, as RFCs and tshark spell it
    Ptr<B> (*create)(); //!< makes an empty instance
};

/**
 * \brief Make an empty TLV of a concrete class (the factory of a SctpTlvKind row).
 * \tparam B the family's base class
 * \tparam T the concrete class
 * \return the instance
 */
template <class B, class T>
Ptr<B>
SctpMakeTlv()
{
    return Create<T>();
}

/**
 * \brief Find the row of a code in a table.
 * \param [in] table the rows
 * \param [in] code the type or cause code
 * \return the row, or nullptr if the code has none
 */
template <class B, size_t N>
const SctpTlvKind<B>*
SctpFindTlvKind(const SctpTlvKind<B> (&table)[N], uint16_t code)
{
    for (const SctpTlvKind<B>& k : table)
    {
        if (k.code == code)
        {
            return &k;
        }
    }
    return nullptr;
}

/**
 * \ingroup sctp
 * \brief A value that is empty: the TLV is its header alone.
 * \tparam Base SctpParameter or SctpErrorCause
 *
 * Trailing bytes are refused by the base class's Deserialize.
 */
template <class Base>
class SctpEmptyValue : public Base
{
  protected:
    void SerializeValue(SctpWireWriter& w) const override
    {
    }

    bool DeserializeValue(SctpWireReader& r, std::string& error) override
    {
        return SctpCheckValueSize(r, 0, error);
    }
};

/**
 * \ingroup sctp
 * \brief A value of opaque bytes of any length; subclasses name them.
 * \tparam Base SctpParameter or SctpErrorCause
 */
template <class Base>
class SctpBytesValue : public Base
{
  protected:
    void SerializeValue(SctpWireWriter& w) const override
    {
        w.WriteBytes(m_value);
    }

    bool DeserializeValue(SctpWireReader& r, std::string& error) override
    {
        r.ReadRest(m_value);
        return true;
    }

    std::vector<uint8_t> m_value; //!< the value bytes, as received or set
};

/**
 * \ingroup sctp
 * \brief A value that is exactly one 32-bit number; subclasses name it.
 * \tparam Base SctpParameter or SctpErrorCause
 */
template <class Base>
class SctpU32Value : public Base
{
  protected:
    void SerializeValue(SctpWireWriter& w) const override
    {
        w.WriteU32(m_value);
    }

    bool DeserializeValue(SctpWireReader& r, std::string& error) override
    {
        return SctpCheckValueSize(r, 4, error) && r.ReadU32(m_value);
    }

    uint32_t m_value{0}; //!< the number
};

/**
 * \ingroup sctp
 * \brief A value that is a list of 16-bit numbers; subclasses name them.
 * \tparam Base SctpParameter or SctpErrorCause
 *
 * An odd count leaves the TLV two bytes short of a multiple of 4; the TLV's padding fills them
 * and the length field does not count them.
 */
template <class Base>
class SctpU16ListValue : public Base
{
  protected:
    void SerializeValue(SctpWireWriter& w) const override
    {
        SctpWriteU16List(w, m_value);
    }

    bool DeserializeValue(SctpWireReader& r, std::string& error) override
    {
        return SctpReadU16List(r, m_value, error);
    }

    std::vector<uint16_t> m_value; //!< the numbers
};

} // namespace ns3

#endif /* SCTP_TLV_VALUE_H */
