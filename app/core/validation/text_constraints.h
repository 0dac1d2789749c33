#pragma once
// The model's string constraints: lengths counted in Unicode code points (as Smithy's length
// trait counts them) and the pattern ^.*[\S]$ most names carry.

#include <cstddef>
#include <string_view>

namespace cw::validation {

std::size_t codePointCount(std::string_view utf8);

struct TextLimits {
    std::size_t min = 0;
    std::size_t max = 0;
    // ^.*[\S]$ : no line break anywhere, last character not white space. An empty string passes
    // the pattern (only `min` rejects it), which gives ParentChildFieldOptionValue's ^$|^.*[\S]$.
    bool trimmedPattern = false;
};

enum class TextProblem { None, TooShort, TooLong, EndsInWhiteSpace, LineBreak };

TextProblem checkText(std::string_view utf8, const TextLimits &limits);

// The limits of the model's named string shapes.
inline constexpr TextLimits kNameLimits{1, 100, true}; // CaseRuleName, TemplateName, FieldName, ...
inline constexpr TextLimits kDescriptionLimits{0, 255, false};
inline constexpr TextLimits kIdLimits{1, 500, false}; // every *Id shape
inline constexpr TextLimits kStringOperandLimits{1, 1500, false};
inline constexpr TextLimits kMappingValueLimits{0, 100, true}; // ParentChildFieldOptionValue

} // namespace cw::validation
