#pragma once

#include <vector>

#include <QtGlobal>

namespace Copydesk {

// Open-addressing maps from nonzero 64-bit feature keys, for the attribution model's
// features: a few million keys in a few tens of megabytes, one cache line per lookup (keys
// and values side by side, linear probing, at most half full).

// Key -> 32-bit value (a row, a count).
class AttributionKeyTable final
{
public:
    static constexpr quint32 kAbsent = 0xffffffffu;

    qsizetype size() const { return m_size; }

    quint32 value(quint64 key) const
    {
        if (m_slots.empty())
            return kAbsent;
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t slot = std::size_t(key) & mask;; slot = (slot + 1) & mask) {
            if (m_slots[slot].key == key)
                return m_slots[slot].value;
            if (m_slots[slot].key == 0)
                return kAbsent;
        }
    }

    // The value of `key`, inserted as 0 when absent.
    quint32 &operator[](quint64 key) { return m_slots[slotFor(key)].value; }
    void insert(quint64 key, quint32 value) { m_slots[slotFor(key)].value = value; }

    template<typename Function>
    void forEach(Function function) const
    {
        for (const Slot &slot : m_slots) {
            if (slot.key)
                function(slot.key, slot.value);
        }
    }

    void clear()
    {
        m_slots.clear();
        m_size = 0;
    }

    void reserve(qsizetype count)
    {
        std::size_t capacity = 16;
        while (capacity < std::size_t(count) * 2)
            capacity *= 2;
        if (capacity > m_slots.size())
            rehash(capacity);
    }

private:
    struct Slot
    {
        quint64 key = 0;
        quint32 value = 0;
    };

    std::size_t slotFor(quint64 key)
    {
        if (std::size_t(m_size + 1) * 2 > m_slots.size())
            rehash(m_slots.empty() ? 1024 : m_slots.size() * 2);
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t slot = std::size_t(key) & mask;; slot = (slot + 1) & mask) {
            if (m_slots[slot].key == key)
                return slot;
            if (m_slots[slot].key == 0) {
                m_slots[slot].key = key;
                ++m_size;
                return slot;
            }
        }
    }

    void rehash(std::size_t capacity)
    {
        std::vector<Slot> table(capacity);
        const std::size_t mask = capacity - 1;
        for (const Slot &old : m_slots) {
            if (!old.key)
                continue;
            std::size_t slot = std::size_t(old.key) & mask;
            while (table[slot].key)
                slot = (slot + 1) & mask;
            table[slot] = old;
        }
        m_slots.swap(table);
    }

    std::vector<Slot> m_slots;
    qsizetype m_size = 0;
};

// Key -> a row of `Width` weights, stored in the slot.
template<int Width>
class AttributionRowTable final
{
public:
    qsizetype size() const { return m_size; }

    const float *find(quint64 key) const
    {
        if (m_slots.empty())
            return nullptr;
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t slot = std::size_t(key) & mask;; slot = (slot + 1) & mask) {
            if (m_slots[slot].key == key)
                return m_slots[slot].weights;
            if (m_slots[slot].key == 0)
                return nullptr;
        }
    }

    // The slot of `key` (-1 when absent) and the weights in a slot, for training, which keeps
    // other per-slot values beside the table (slotCount() of them).
    qsizetype slotOf(quint64 key) const
    {
        if (m_slots.empty())
            return -1;
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t slot = std::size_t(key) & mask;; slot = (slot + 1) & mask) {
            if (m_slots[slot].key == key)
                return qsizetype(slot);
            if (m_slots[slot].key == 0)
                return -1;
        }
    }
    float *weightsAt(qsizetype slot) { return m_slots[slot].weights; }
    quint64 keyAt(qsizetype slot) const { return m_slots[slot].key; }
    qsizetype slotCount() const { return qsizetype(m_slots.size()); }

    // Asks the processor to fetch the slot of `key` ahead of find() (lookups miss the cache).
    void prefetch(quint64 key) const
    {
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[std::size_t(key) & (m_slots.size() - 1)]);
    }

    // The row of a key not in the table yet (zeros); null when the key is already there.
    float *insert(quint64 key)
    {
        if (std::size_t(m_size + 1) * 2 > m_slots.size())
            rehash(m_slots.empty() ? 1024 : m_slots.size() * 2);
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t slot = std::size_t(key) & mask;; slot = (slot + 1) & mask) {
            if (m_slots[slot].key == key)
                return nullptr;
            if (m_slots[slot].key == 0) {
                m_slots[slot].key = key;
                ++m_size;
                return m_slots[slot].weights;
            }
        }
    }

    template<typename Function>
    void forEach(Function function) const
    {
        for (const Slot &slot : m_slots) {
            if (slot.key)
                function(slot.key, static_cast<const float *>(slot.weights));
        }
    }

    void clear()
    {
        m_slots.clear();
        m_size = 0;
    }

    void reserve(qsizetype count)
    {
        std::size_t capacity = 16;
        while (capacity < std::size_t(count) * 2)
            capacity *= 2;
        if (capacity > m_slots.size())
            rehash(capacity);
    }

private:
    struct Slot
    {
        quint64 key = 0;
        float weights[Width] = {};
    };

    void rehash(std::size_t capacity)
    {
        std::vector<Slot> table(capacity);
        const std::size_t mask = capacity - 1;
        for (const Slot &old : m_slots) {
            if (!old.key)
                continue;
            std::size_t slot = std::size_t(old.key) & mask;
            while (table[slot].key)
                slot = (slot + 1) & mask;
            table[slot] = old;
        }
        m_slots.swap(table);
    }

    std::vector<Slot> m_slots;
    qsizetype m_size = 0;
};

} // namespace Copydesk
