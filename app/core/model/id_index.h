#pragma once
// An id -> position index over one of DomainSnapshot's vectors, for its find* lookups. Validation,
// lint, the plan and the designer look ids up thousands of times per pass; on a 1,000-field domain
// linear scans made that the larger part of every edit.
//
// The snapshot's vectors are public and edited in place all over the code base, so nothing can tell
// the index about a change. It checks itself instead: it is rebuilt whenever the vector's storage
// or size differs from the last build, a hit is only returned when the item there still has the
// id, and a miss is confirmed by a linear scan (misses are rare: unknown references, which
// validation reports). The answer is therefore always what a linear scan would give, except that
// with duplicate ids (an error validation reports) any one of them may be returned.
//
// Lookups are const and may run on several threads at once (the preview works off the GUI thread),
// so the lazily built map is guarded by a mutex. A copy starts empty: it indexes another vector.

#include <cstddef>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace cw {

class IdIndex {
public:
    IdIndex() = default;
    IdIndex(const IdIndex &) {}
    IdIndex &operator=(const IdIndex &)
    {
        invalidate();
        return *this;
    }
    IdIndex(IdIndex &&) noexcept {}
    IdIndex &operator=(IdIndex &&) noexcept
    {
        invalidate();
        return *this;
    }
    ~IdIndex() = default;

    template <typename Item>
    const Item *find(const std::vector<Item> &items, const std::string &id, std::string Item::*key) const
    {
        if (items.size() >= kIndexFrom) {
            const std::lock_guard lock(m_mutex);
            if (m_data != static_cast<const void *>(items.data()) || m_size != items.size()) {
                m_positions.clear();
                m_positions.reserve(items.size());
                for (std::size_t i = 0; i < items.size(); ++i)
                    m_positions.emplace(items[i].*key, i); // emplace keeps the first of duplicates
                m_data = items.data();
                m_size = items.size();
            }
            const auto it = m_positions.find(id);
            if (it != m_positions.end() && items[it->second].*key == id)
                return &items[it->second];
        }
        for (const Item &item : items) {
            if (item.*key == id) {
                invalidate(); // an id changed in place: rebuild on the next lookup
                return &item;
            }
        }
        return nullptr;
    }

private:
    // Below this a scan is as fast as hashing the id; the sample domain never builds a map.
    static constexpr std::size_t kIndexFrom = 16;

    void invalidate() const
    {
        const std::lock_guard lock(m_mutex);
        m_data = nullptr;
        m_size = 0;
    }

    mutable std::mutex m_mutex;
    mutable const void *m_data = nullptr;
    mutable std::size_t m_size = 0;
    mutable std::unordered_map<std::string, std::size_t> m_positions;
};

} // namespace cw
