#pragma once
// What every Casewright JSON reader checks while nlohmann's SAX parser walks the text, shared by
// the DOM reader (json_text.cpp) and the streaming sample-case reader (evaluator/
// case_table_reader.cpp), so both refuse the same input with the same error: an object that
// repeats a key, nesting deeper than kMaxJsonDepth, and a syntax error with line and column.

#include "common/result.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace cw {

inline constexpr std::size_t kMaxJsonDepth = 100;

// Follows the SAX events: where the parser is (as a JSON pointer), the keys each open object
// has had, how deep it is. A method returning false wants the parse stopped (the SAX handler
// returns that false to nlohmann).
class JsonStructureCheck {
public:
    bool startContainer(bool isObject);
    void endContainer() { --m_depth; }
    bool key(const std::string &key);
    // Called before each value so array frames know the index of the value being read.
    void enterValue()
    {
        if (m_depth > 0 && !m_frames[m_depth - 1].isObject) {
            Frame &frame = m_frames[m_depth - 1];
            frame.currentKey = std::to_string(frame.nextIndex++);
        }
    }
    // From the SAX handler's parse_error.
    void parseError(std::size_t position, const std::string &what)
    {
        m_errorPosition = position;
        m_errorMessage = what;
    }
    std::size_t depth() const { return m_depth; }

    // After sax_parse returned false because of this check or a syntax error: the error, as
    // parseJsonText reports it. `lineAndColumn(offset, line, column)` locates a byte offset.
    template <typename Locate> Error error(const std::string &fileName, Locate lineAndColumn) const
    {
        Location where;
        where.file = fileName;
        if (m_tooDeep || m_duplicate)
            return structureError(where);
        lineAndColumn(m_errorPosition > 0 ? m_errorPosition - 1 : 0, where.line, where.column);
        return syntaxError(where);
    }

private:
    // The keys one object has had so far. Almost every object Casewright reads has a handful, where
    // comparing against each is several times cheaper than a tree or hash set (this check ran for a
    // third of a large project's load time with std::set); the few big maps switch to a hash set.
    class SeenKeys {
    public:
        bool insert(const std::string &key);
        void clear()
        {
            m_small.clear();
            m_large.clear();
        }

    private:
        static constexpr std::size_t kSmall = 24;
        std::vector<std::string> m_small;
        std::unordered_set<std::string> m_large;
    };

    struct Frame {
        bool isObject = false;
        SeenKeys keys;
        std::string currentKey;
        std::size_t nextIndex = 0;
    };

    std::string currentPointer() const;
    Error structureError(Location where) const;
    Error syntaxError(Location where) const;

    // Frames are reused (not destroyed) when containers close: a streaming reader opens millions
    // of small objects, and keeping each frame's strings' capacity avoids an allocation per key.
    std::vector<Frame> m_frames;
    std::size_t m_depth = 0; // the open containers: m_frames[0 .. m_depth - 1]
    bool m_tooDeep = false;
    bool m_duplicate = false;
    std::string m_duplicateKey;
    std::string m_failPointer;
    std::size_t m_errorPosition = 0;
    std::string m_errorMessage;
};

// Line and column (1-based) of a byte offset, counting columns in bytes as editors do for ASCII;
// fed the text in pieces, so a file need not be in memory at once.
class LineColumnCounter {
public:
    // Counts `text`, which starts at the counter's current offset, up to byte `offset`.
    // True once `offset` is reached.
    bool feed(std::string_view text, std::size_t offset);
    int line() const { return m_line; }
    int column() const { return m_column; }

private:
    std::size_t m_offset = 0;
    int m_line = 1;
    int m_column = 1;
};

} // namespace cw
