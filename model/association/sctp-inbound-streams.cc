/*
 * Copyright (c) 2026 ns3-sctp authors
 *
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "sctp-inbound-streams.h"

#include "sctp-serial.h"

#include "ns3/log.h"
#include "ns3/sctp-data-chunk.h"

#include <algorithm>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("SctpInboundStreams");

/**
 * \brief A message being reassembled or waiting for its turn; for unordered DATA, a run of
 * consecutive TSNs of one stream that may still grow at either end.
 *
 * The key of a fragment is its TSN (DATA) or FSN (I-DATA). The "prefix" is the run of fragments
 * at the front that are contiguous from the B fragment (or, once a partial delivery handed out
 * the start, from nextKey): it is what can be handed out. It only grows as fragments arrive, so
 * keeping it up to date costs amortised O(1) per fragment.
 */
struct SctpInboundStreams::Message
{
    /// One fragment held.
    struct Fragment
    {
        uint32_t key;              //!< TSN (DATA) or FSN (I-DATA)
        bool begin;                //!< B bit
        bool end;                  //!< E bit
        std::vector<uint8_t> data; //!< user data
    };

    uint32_t id{0};              //!< SSN or MID (for an unordered DATA run, the B fragment's SSN)
    uint32_t low{0};             //!< unordered DATA runs: lowest TSN, handed-out part included
    bool unordered{false};       //!< U bit
    bool partial{false};         //!< a start was handed out, the E fragment was not
    uint32_t nextKey{0};         //!< with partial: key of the next fragment to hand out
    uint32_t firstTsn{0};        //!< TSN of the B fragment
    uint32_t ppid{0};            //!< PPID of the B fragment
    std::vector<Fragment> frags; //!< fragments not handed out, sorted by key (serial order)
    std::size_t prefix{0};       //!< fragments at the front that can be handed out
    std::size_t prefixBytes{0};  //!< their bytes
    std::size_t bytes{0};        //!< bytes of all frags

    /// \return true if the prefix runs through the E fragment
    bool Complete() const
    {
        return prefix > 0 && frags[prefix - 1].end;
    }

    /// \return true if the message's start (B fragment) has been seen
    bool Started() const
    {
        return partial || (!frags.empty() && frags.front().begin);
    }

    /// \return the highest key held or handed out (unordered DATA runs, which have no holes)
    uint32_t HighKey() const
    {
        return frags.empty() ? nextKey - 1 : frags.back().key;
    }

    /**
     * \brief Add a fragment, keeping the order and the B/E rules.
     * \param [in] rf the fragment (bytes moved out on success)
     * \param [in] key its key
     * \param [in] rfId its SSN/MID
     * \return false, changing nothing, if it contradicts what is held
     */
    bool Insert(SctpReceivedFragment& rf, uint32_t key, uint32_t rfId)
    {
        if (partial && (rf.begin || SctpTsnLt(key, nextKey)))
        {
            return false; // that part was handed out already
        }
        std::size_t pos = frags.size();
        if (!frags.empty() && !SctpTsnGt(key, frags.back().key))
        {
            std::size_t lo = 0;
            std::size_t hi = frags.size();
            while (lo < hi)
            {
                std::size_t mid = lo + (hi - lo) / 2;
                if (SctpTsnLt(frags[mid].key, key))
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }
            pos = lo;
        }
        if ((pos < frags.size() && frags[pos].key == key) ||             // same TSN/FSN twice
            (rf.begin && pos != 0) ||                                    // B is not the lowest
            (pos == 0 && !frags.empty() && frags.front().begin) ||       // below the B
            (rf.end && pos != frags.size()) ||                           // E is not the highest
            (pos == frags.size() && !frags.empty() && frags.back().end)) // past the E
        {
            return false;
        }
        if (rf.begin)
        {
            firstTsn = rf.tsn;
            ppid = rf.ppid;
            id = rfId;
        }
        bytes += rf.data.size();
        frags.insert(frags.begin() + pos, Fragment{key, rf.begin, rf.end, std::move(rf.data)});
        if (pos <= prefix)
        {
            Extend();
        }
        return true;
    }

    /// Grow the prefix over the fragments that continue it.
    void Extend()
    {
        while (prefix < frags.size())
        {
            const Fragment& f = frags[prefix];
            if (prefix == 0)
            {
                if (!(partial ? f.key == nextKey : f.begin))
                {
                    break;
                }
            }
            else
            {
                const Fragment& prev = frags[prefix - 1];
                if (prev.end || f.key != prev.key + 1)
                {
                    break;
                }
            }
            prefixBytes += f.data.size();
            ++prefix;
        }
    }

    /**
     * \brief Remove the prefix and return its bytes.
     * \param [out] sawEnd whether the prefix ended with the E fragment
     * \return the bytes, in order
     * \pre prefix > 0
     */
    std::vector<uint8_t> TakePrefix(bool& sawEnd)
    {
        std::vector<uint8_t> out;
        if (prefix == 1)
        {
            out = std::move(frags.front().data);
        }
        else
        {
            out.reserve(prefixBytes);
            for (std::size_t i = 0; i < prefix; ++i)
            {
                out.insert(out.end(), frags[i].data.begin(), frags[i].data.end());
            }
        }
        sawEnd = frags[prefix - 1].end;
        nextKey = frags[prefix - 1].key + 1;
        partial = !sawEnd;
        frags.erase(frags.begin(), frags.begin() + prefix);
        bytes -= prefixBytes;
        prefix = 0;
        prefixBytes = 0;
        Extend();
        return out;
    }
};

/// One inbound stream.
struct SctpInboundStreams::Stream
{
    uint32_t next{0}; //!< next SSN/MID to deliver in order
    /// Ordered messages, sorted by distance of their SSN/MID from next.
    std::vector<std::unique_ptr<Message>> ordered;
    /// Unordered: I-DATA messages sorted by MID; DATA runs sorted by lowest TSN (serial order).
    std::vector<std::unique_ptr<Message>> unordered;
    bool pdWaiting{false}; //!< listed in m_pdWaiting
};

SctpReceivedFragment
SctpReceivedFragment::FromChunk(const SctpDataChunk& chunk)
{
    SctpReceivedFragment f;
    f.tsn = chunk.GetTsn();
    f.streamId = chunk.GetStreamId();
    f.ssnOrMid = chunk.GetStreamSeq();
    f.ppid = chunk.GetPpid();
    f.begin = chunk.IsBeginning();
    f.end = chunk.IsEnd();
    f.unordered = chunk.IsUnordered();
    f.data = chunk.GetUserData();
    return f;
}

SctpReceivedFragment
SctpReceivedFragment::FromChunk(const SctpIDataChunk& chunk)
{
    SctpReceivedFragment f;
    f.tsn = chunk.GetTsn();
    f.streamId = chunk.GetStreamId();
    f.ssnOrMid = chunk.GetMessageId();
    f.begin = chunk.IsBeginning();
    // RFC 8260 §2.1: one field, the PPID on the first fragment and the FSN on the others.
    f.ppid = f.begin ? chunk.GetPpid() : 0;
    f.fsn = f.begin ? 0 : chunk.GetFsn();
    f.end = chunk.IsEnd();
    f.unordered = chunk.IsUnordered();
    f.data = chunk.GetUserData();
    return f;
}

SctpInboundStreams::SctpInboundStreams()
{
    NS_LOG_FUNCTION(this);
}

SctpInboundStreams::~SctpInboundStreams()
{
    NS_LOG_FUNCTION(this);
}

void
SctpInboundStreams::Reset(uint16_t numStreams, bool interleaved)
{
    NS_LOG_FUNCTION(this << numStreams << interleaved);
    m_interleaved = interleaved;
    m_streams.clear();
    m_streams.resize(numStreams);
    m_takenTotal += m_ready.size(); // dropped with the old TCB: they count as consumed
    m_ready.clear();
    m_deferred.clear();
    m_heldBytes = 0;
    m_heldChunks = 0;
    m_queuedBytes = 0;
    m_pdMessage = nullptr;
    m_pdWaiting.clear();
    m_recheck = false;
}

uint16_t
SctpInboundStreams::GetNumStreams() const
{
    return static_cast<uint16_t>(m_streams.size());
}

bool
SctpInboundStreams::IsInterleaved() const
{
    return m_interleaved;
}

void
SctpInboundStreams::AddStreams(uint16_t count)
{
    NS_LOG_FUNCTION(this << count);
    m_streams.resize(std::min<std::size_t>(m_streams.size() + count, UINT16_MAX));
}

void
SctpInboundStreams::SetPartialDeliveryPoint(uint32_t bytes)
{
    NS_LOG_FUNCTION(this << bytes);
    m_pdPoint = bytes;
}

uint32_t
SctpInboundStreams::GetPartialDeliveryPoint() const
{
    return m_pdPoint;
}

SctpInboundStreams::Result
SctpInboundStreams::Receive(SctpReceivedFragment fragment)
{
    NS_LOG_FUNCTION(this << fragment.tsn << fragment.streamId << fragment.ssnOrMid << fragment.fsn
                         << fragment.begin << fragment.end << fragment.unordered
                         << fragment.data.size());
    if (fragment.streamId >= m_streams.size())
    {
        NS_LOG_LOGIC("invalid stream " << fragment.streamId);
        return Result::INVALID_STREAM;
    }
    uint32_t id = m_interleaved ? fragment.ssnOrMid : (fragment.ssnOrMid & 0xFFFF);
    uint32_t key = fragment.tsn;
    if (m_interleaved)
    {
        if (!fragment.begin && fragment.fsn == 0)
        {
            NS_LOG_LOGIC("FSN 0 without the B bit");
            return Result::PROTOCOL_VIOLATION;
        }
        key = fragment.begin ? 0 : fragment.fsn;
    }
    uint16_t sid = fragment.streamId;
    Stream& s = m_streams[sid];
    Result result = Result::ACCEPTED;
    if (fragment.begin && fragment.end &&
        (fragment.unordered ? s.unordered.empty()
                            : (id == s.next && (s.ordered.empty() || s.ordered.front()->id != id))))
    {
        // A whole message that nothing held can contradict: deliver without holding it.
        Enqueue(SctpDeliveredMessage{sid,
                                     id,
                                     fragment.ppid,
                                     fragment.tsn,
                                     fragment.unordered,
                                     true,
                                     std::move(fragment.data)},
                false);
        if (!fragment.unordered)
        {
            s.next = SeqNext(s.next);
            if (!s.ordered.empty())
            {
                DeliverOrdered(sid);
            }
        }
    }
    else if (!fragment.unordered)
    {
        result = ReceiveOrdered(sid, key, fragment);
    }
    else if (m_interleaved)
    {
        result = ReceiveUnorderedById(sid, key, fragment);
    }
    else
    {
        result = ReceiveUnorderedRun(sid, fragment);
    }
    RecheckWaiting();
    return result;
}

SctpInboundStreams::Result
SctpInboundStreams::ReceiveOrdered(uint16_t streamId, uint32_t key, SctpReceivedFragment& fragment)
{
    Stream& s = m_streams[streamId];
    uint32_t id = m_interleaved ? fragment.ssnOrMid : (fragment.ssnOrMid & 0xFFFF);
    uint32_t offset = SeqOffset(id, s.next);
    if (offset >= SeqHalf())
    {
        NS_LOG_LOGIC("stream " << streamId << ": " << id << " already delivered, next " << s.next);
        return Result::PROTOCOL_VIOLATION;
    }
    std::size_t pos = s.ordered.size();
    if (!s.ordered.empty() && SeqOffset(s.ordered.back()->id, s.next) >= offset)
    {
        std::size_t lo = 0;
        std::size_t hi = s.ordered.size();
        while (lo < hi)
        {
            std::size_t mid = lo + (hi - lo) / 2;
            if (SeqOffset(s.ordered[mid]->id, s.next) < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        pos = lo;
    }
    bool created = false;
    if (pos == s.ordered.size() || s.ordered[pos]->id != id)
    {
        auto msg = std::make_unique<Message>();
        msg->id = id;
        s.ordered.insert(s.ordered.begin() + pos, std::move(msg));
        created = true;
    }
    Message& msg = *s.ordered[pos];
    std::size_t size = fragment.data.size();
    if (!msg.Insert(fragment, key, id))
    {
        NS_LOG_LOGIC("stream " << streamId << " message " << id << ": fragment " << key
                               << " contradicts what is held");
        if (created)
        {
            s.ordered.erase(s.ordered.begin() + pos);
        }
        return Result::PROTOCOL_VIOLATION;
    }
    m_heldBytes += size;
    ++m_heldChunks;
    if (pos == 0 && id == s.next)
    {
        DeliverOrdered(streamId);
    }
    return Result::ACCEPTED;
}

SctpInboundStreams::Result
SctpInboundStreams::ReceiveUnorderedById(uint16_t streamId,
                                         uint32_t key,
                                         SctpReceivedFragment& fragment)
{
    Stream& s = m_streams[streamId];
    uint32_t mid = fragment.ssnOrMid;
    // Unordered MIDs need no serial order: any total order finds the message.
    auto it = std::lower_bound(
        s.unordered.begin(),
        s.unordered.end(),
        mid,
        [](const std::unique_ptr<Message>& m, uint32_t value) { return m->id < value; });
    std::size_t pos = it - s.unordered.begin();
    bool created = false;
    if (it == s.unordered.end() || (*it)->id != mid)
    {
        auto msg = std::make_unique<Message>();
        msg->id = mid;
        msg->unordered = true;
        s.unordered.insert(it, std::move(msg));
        created = true;
    }
    Message& msg = *s.unordered[pos];
    std::size_t size = fragment.data.size();
    if (!msg.Insert(fragment, key, mid))
    {
        NS_LOG_LOGIC("stream " << streamId << " unordered MID " << mid << ": FSN " << key
                               << " contradicts what is held");
        if (created)
        {
            s.unordered.erase(s.unordered.begin() + pos);
        }
        return Result::PROTOCOL_VIOLATION;
    }
    m_heldBytes += size;
    ++m_heldChunks;
    DeliverUnordered(streamId, pos);
    return Result::ACCEPTED;
}

SctpInboundStreams::Result
SctpInboundStreams::ReceiveUnorderedRun(uint16_t streamId, SctpReceivedFragment& fragment)
{
    Stream& s = m_streams[streamId];
    auto& runs = s.unordered;
    uint32_t tsn = fragment.tsn;
    // First run starting above the TSN; the run before it is the only one that can end below.
    std::size_t lo = 0;
    std::size_t hi = runs.size();
    while (lo < hi)
    {
        std::size_t mid = lo + (hi - lo) / 2;
        if (SctpTsnLt(tsn, runs[mid]->low))
        {
            hi = mid;
        }
        else
        {
            lo = mid + 1;
        }
    }
    std::size_t pos = lo;
    Message* left = pos > 0 ? runs[pos - 1].get() : nullptr;
    Message* right = pos < runs.size() ? runs[pos].get() : nullptr;
    if (left != nullptr && SctpTsnLe(tsn, left->HighKey()))
    {
        return Result::PROTOCOL_VIOLATION; // inside a run: a TSN seen twice
    }
    // Fragments of a DATA message have consecutive TSNs (RFC 9260 §6.9), so a neighbour on the
    // same stream must either continue this message or be bounded by an E / B bit.
    bool joinLeft = false;
    if (left != nullptr && left->HighKey() + 1 == tsn)
    {
        bool leftEnded = !left->frags.empty() && left->frags.back().end;
        if (leftEnded != fragment.begin)
        {
            return Result::PROTOCOL_VIOLATION;
        }
        joinLeft = !leftEnded;
    }
    bool joinRight = false;
    if (right != nullptr && right->low == tsn + 1)
    {
        if (right->Started() != fragment.end)
        {
            return Result::PROTOCOL_VIOLATION;
        }
        joinRight = !fragment.end;
    }
    uint32_t ssn = fragment.ssnOrMid & 0xFFFF;
    std::size_t size = fragment.data.size();
    std::size_t index = pos;
    if (joinLeft)
    {
        if (!left->Insert(fragment, tsn, ssn))
        {
            return Result::PROTOCOL_VIOLATION;
        }
        index = pos - 1;
        if (joinRight)
        {
            // The fragment bridged two runs: append the right one, which has no B.
            for (auto& f : right->frags)
            {
                left->bytes += f.data.size();
                left->frags.push_back(std::move(f));
            }
            left->Extend();
            runs.erase(runs.begin() + pos);
        }
    }
    else if (joinRight)
    {
        if (!right->Insert(fragment, tsn, ssn))
        {
            return Result::PROTOCOL_VIOLATION;
        }
        right->low = tsn;
    }
    else
    {
        auto run = std::make_unique<Message>();
        run->unordered = true;
        run->low = tsn;
        run->Insert(fragment, tsn, ssn); // an empty run accepts anything
        runs.insert(runs.begin() + pos, std::move(run));
    }
    m_heldBytes += size;
    ++m_heldChunks;
    DeliverUnordered(streamId, index);
    return Result::ACCEPTED;
}

void
SctpInboundStreams::DeliverOrdered(uint16_t streamId)
{
    NS_LOG_FUNCTION(this << streamId);
    Stream& s = m_streams[streamId];
    std::size_t done = 0;
    while (done < s.ordered.size())
    {
        Message& msg = *s.ordered[done];
        if (msg.id != s.next)
        {
            break;
        }
        if (msg.Complete())
        {
            HandOut(streamId, msg);
            s.next = SeqNext(s.next);
            ++done;
            continue;
        }
        if (msg.partial)
        {
            // The running partial delivery: pass on whatever now continues it.
            if (msg.prefix > 0)
            {
                HandOut(streamId, msg);
            }
        }
        else if (ShouldStartPartialDelivery(streamId, msg, false))
        {
            HandOut(streamId, msg);
        }
        break;
    }
    // Erase once: a filled hole can release many messages.
    s.ordered.erase(s.ordered.begin(), s.ordered.begin() + done);
}

void
SctpInboundStreams::DeliverUnordered(uint16_t streamId, std::size_t index)
{
    NS_LOG_FUNCTION(this << streamId << index);
    Stream& s = m_streams[streamId];
    Message& msg = *s.unordered[index];
    if (msg.Complete())
    {
        HandOut(streamId, msg);
        s.unordered.erase(s.unordered.begin() + index);
    }
    else if (msg.partial)
    {
        if (msg.prefix > 0)
        {
            HandOut(streamId, msg);
        }
    }
    else if (ShouldStartPartialDelivery(streamId, msg, false))
    {
        HandOut(streamId, msg);
    }
}

bool
SctpInboundStreams::ShouldStartPartialDelivery(uint16_t streamId, const Message& msg, bool force)
{
    if (msg.prefix == 0 || (!force && msg.prefixBytes < m_pdPoint))
    {
        return false;
    }
    if (m_pdMessage != nullptr)
    {
        // One partial delivery at a time; look again when the running one ends.
        Stream& s = m_streams[streamId];
        if (!s.pdWaiting)
        {
            s.pdWaiting = true;
            m_pdWaiting.push_back(streamId);
        }
        return false;
    }
    NS_LOG_LOGIC("partial delivery on stream " << streamId << " of " << msg.id << ", "
                                               << msg.prefixBytes << " bytes");
    return true;
}

bool
SctpInboundStreams::HandOut(uint16_t streamId, Message& msg)
{
    bool wasPartial = (m_pdMessage == &msg);
    m_heldBytes -= msg.prefixBytes;
    m_heldChunks -= msg.prefix;
    bool end = false;
    std::vector<uint8_t> data = msg.TakePrefix(end);
    if (!end && !wasPartial)
    {
        m_pdMessage = &msg; // the start of a partial delivery
        m_pdWhich = SctpPartialDeliveryAbort{streamId, msg.id, msg.unordered};
    }
    Enqueue(SctpDeliveredMessage{streamId,
                                 msg.id,
                                 msg.ppid,
                                 msg.firstTsn,
                                 msg.unordered,
                                 end,
                                 std::move(data)},
            wasPartial || !end);
    if (end && wasPartial)
    {
        EndPartialDelivery();
    }
    return end;
}

void
SctpInboundStreams::Enqueue(SctpDeliveredMessage delivered, bool partOfPartialDelivery)
{
    NS_LOG_FUNCTION(this << delivered.streamId << delivered.ssnOrMid << delivered.tsn
                         << delivered.complete << delivered.data.size());
    m_queuedBytes += delivered.data.size();
    if (m_pdMessage != nullptr && !partOfPartialDelivery)
    {
        m_deferred.push_back(std::move(delivered));
    }
    else
    {
        m_ready.push_back(std::move(delivered));
        m_readyTotal++;
    }
}

void
SctpInboundStreams::EndPartialDelivery()
{
    NS_LOG_FUNCTION(this);
    m_pdMessage = nullptr;
    for (auto& d : m_deferred)
    {
        m_ready.push_back(std::move(d));
        m_readyTotal++;
    }
    m_deferred.clear();
    m_recheck = true;
}

void
SctpInboundStreams::RecheckWaiting()
{
    while (m_recheck)
    {
        m_recheck = false;
        std::vector<uint16_t> waiting;
        waiting.swap(m_pdWaiting);
        for (std::size_t i = 0; i < waiting.size(); ++i)
        {
            if (m_pdMessage != nullptr)
            {
                // Another partial delivery started: the rest keep waiting (still flagged).
                m_pdWaiting.insert(m_pdWaiting.end(), waiting.begin() + i, waiting.end());
                break;
            }
            uint16_t sid = waiting[i];
            Stream& s = m_streams[sid];
            s.pdWaiting = false;
            DeliverOrdered(sid);
            for (auto& msg : s.unordered)
            {
                if (!msg->partial && !msg->Complete() &&
                    ShouldStartPartialDelivery(sid, *msg, false))
                {
                    HandOut(sid, *msg);
                }
            }
        }
    }
}

bool
SctpInboundStreams::HasMessage() const
{
    return !m_ready.empty();
}

const SctpDeliveredMessage&
SctpInboundStreams::Front() const
{
    NS_ASSERT_MSG(!m_ready.empty(), "no message to deliver");
    return m_ready.front();
}

SctpDeliveredMessage
SctpInboundStreams::Pop()
{
    NS_LOG_FUNCTION(this);
    NS_ASSERT_MSG(!m_ready.empty(), "no message to deliver");
    SctpDeliveredMessage d = std::move(m_ready.front());
    m_ready.pop_front();
    m_takenTotal++;
    m_queuedBytes -= d.data.size();
    return d;
}

std::optional<SctpPartialDeliveryAbort>
SctpInboundStreams::GetRunningPartialDelivery() const
{
    if (m_pdMessage == nullptr)
    {
        return std::nullopt;
    }
    return m_pdWhich;
}

uint64_t
SctpInboundStreams::GetReadyTotal() const
{
    return m_readyTotal;
}

uint64_t
SctpInboundStreams::GetTakenTotal() const
{
    return m_takenTotal;
}

std::size_t
SctpInboundStreams::GetHeldBytes() const
{
    return m_heldBytes;
}

std::size_t
SctpInboundStreams::GetHeldChunks() const
{
    return m_heldChunks;
}

std::size_t
SctpInboundStreams::GetQueuedBytes() const
{
    return m_queuedBytes;
}

std::size_t
SctpInboundStreams::GetQueuedCount() const
{
    return m_ready.size() + m_deferred.size();
}

bool
SctpInboundStreams::IsPartialDeliveryActive() const
{
    return m_pdMessage != nullptr;
}

bool
SctpInboundStreams::StartPartialDelivery()
{
    NS_LOG_FUNCTION(this);
    if (m_pdMessage != nullptr)
    {
        return false;
    }
    Message* best = nullptr;
    uint16_t bestSid = 0;
    auto consider = [&best, &bestSid](uint16_t sid, Message& msg) {
        if (msg.prefix > 0 && !msg.Complete() &&
            (best == nullptr || msg.prefixBytes > best->prefixBytes))
        {
            best = &msg;
            bestSid = sid;
        }
    };
    for (std::size_t sid = 0; sid < m_streams.size(); ++sid)
    {
        Stream& s = m_streams[sid];
        if (!s.ordered.empty() && s.ordered.front()->id == s.next)
        {
            consider(static_cast<uint16_t>(sid), *s.ordered.front());
        }
        for (auto& msg : s.unordered)
        {
            consider(static_cast<uint16_t>(sid), *msg);
        }
    }
    if (best == nullptr)
    {
        return false;
    }
    ShouldStartPartialDelivery(bestSid, *best, true);
    HandOut(bestSid, *best);
    return true;
}

std::optional<SctpPartialDeliveryAbort>
SctpInboundStreams::SkipOrdered(uint16_t streamId, uint32_t ssnOrMid)
{
    NS_LOG_FUNCTION(this << streamId << ssnOrMid);
    std::optional<SctpPartialDeliveryAbort> aborted;
    if (streamId >= m_streams.size())
    {
        NS_LOG_LOGIC("skip on invalid stream " << streamId << " ignored");
        return aborted;
    }
    Stream& s = m_streams[streamId];
    uint32_t id = m_interleaved ? ssnOrMid : (ssnOrMid & 0xFFFF);
    uint32_t last = SeqOffset(id, s.next);
    if (last >= SeqHalf())
    {
        NS_LOG_LOGIC("skip to " << id << " behind next " << s.next << ", ignored");
        return aborted;
    }
    std::size_t k = 0;
    while (k < s.ordered.size() && SeqOffset(s.ordered[k]->id, s.next) <= last)
    {
        Message& msg = *s.ordered[k];
        // Complete messages stranded behind the skipped ones still reach the application.
        if (msg.Complete())
        {
            HandOut(streamId, msg);
        }
        else
        {
            Discard(streamId, msg, aborted);
        }
        ++k;
    }
    s.ordered.erase(s.ordered.begin(), s.ordered.begin() + k);
    s.next = SeqNext(id);
    DeliverOrdered(streamId);
    RecheckWaiting();
    return aborted;
}

std::optional<SctpPartialDeliveryAbort>
SctpInboundStreams::SkipUnordered(uint16_t streamId, uint32_t mid)
{
    NS_LOG_FUNCTION(this << streamId << mid);
    std::optional<SctpPartialDeliveryAbort> aborted;
    if (!m_interleaved || streamId >= m_streams.size())
    {
        return aborted;
    }
    Stream& s = m_streams[streamId];
    auto it = std::lower_bound(
        s.unordered.begin(),
        s.unordered.end(),
        mid,
        [](const std::unique_ptr<Message>& m, uint32_t value) { return m->id < value; });
    if (it != s.unordered.end() && (*it)->id == mid)
    {
        Discard(streamId, **it, aborted);
        s.unordered.erase(it);
    }
    RecheckWaiting();
    return aborted;
}

std::optional<SctpPartialDeliveryAbort>
SctpInboundStreams::DiscardUpToTsn(uint32_t newCumTsn)
{
    NS_LOG_FUNCTION(this << newCumTsn);
    std::optional<SctpPartialDeliveryAbort> aborted;
    if (m_interleaved)
    {
        return aborted;
    }
    // With DATA the key is the TSN, so the first TSN a message still lacks is known.
    auto abandoned = [newCumTsn](const Message& msg) {
        if (msg.Complete())
        {
            return false;
        }
        if (!msg.Started())
        {
            // The B fragment lies below the lowest one held.
            return !msg.frags.empty() && SctpTsnLe(msg.frags.front().key - 1, newCumTsn);
        }
        uint32_t missing = msg.prefix > 0 ? msg.frags[msg.prefix - 1].key + 1 : msg.nextKey;
        return SctpTsnLe(missing, newCumTsn);
    };
    for (std::size_t sid = 0; sid < m_streams.size(); ++sid)
    {
        Stream& s = m_streams[sid];
        for (auto* list : {&s.ordered, &s.unordered})
        {
            auto keep = list->begin();
            for (auto it = list->begin(); it != list->end(); ++it)
            {
                if (abandoned(**it))
                {
                    Discard(static_cast<uint16_t>(sid), **it, aborted);
                }
                else
                {
                    if (keep != it)
                    {
                        *keep = std::move(*it);
                    }
                    ++keep;
                }
            }
            list->erase(keep, list->end());
        }
    }
    RecheckWaiting();
    return aborted;
}

uint32_t
SctpInboundStreams::GetNextSequence(uint16_t streamId) const
{
    return streamId < m_streams.size() ? m_streams[streamId].next : 0;
}

bool
SctpInboundStreams::ResetStreamSequences(const std::vector<uint16_t>& streams)
{
    NS_LOG_FUNCTION(this << streams.size());
    // All or nothing: a request answered "in progress" must leave every stream as it was.
    for (uint16_t sid : streams)
    {
        if (sid >= m_streams.size() || !m_streams[sid].ordered.empty() ||
            !m_streams[sid].unordered.empty())
        {
            return false;
        }
    }
    for (uint16_t sid : streams)
    {
        m_streams[sid].next = 0;
    }
    return true;
}

void
SctpInboundStreams::Discard(uint16_t streamId,
                            Message& msg,
                            std::optional<SctpPartialDeliveryAbort>& aborted)
{
    NS_LOG_FUNCTION(this << streamId << msg.id << msg.frags.size());
    m_heldBytes -= msg.bytes;
    m_heldChunks -= msg.frags.size();
    msg.frags.clear();
    msg.bytes = 0;
    msg.prefix = 0;
    msg.prefixBytes = 0;
    if (&msg == m_pdMessage)
    {
        aborted = SctpPartialDeliveryAbort{streamId, msg.id, msg.unordered};
        EndPartialDelivery();
    }
}

uint32_t
SctpInboundStreams::SeqOffset(uint32_t id, uint32_t next) const
{
    return m_interleaved ? id - next : ((id - next) & 0xFFFF);
}

uint32_t
SctpInboundStreams::SeqHalf() const
{
    return m_interleaved ? 0x80000000U : 0x8000U;
}

uint32_t
SctpInboundStreams::SeqNext(uint32_t id) const
{
    return m_interleaved ? id + 1 : ((id + 1) & 0xFFFF);
}

} // namespace ns3
