#pragma once
// Which part of the rule editor a validation or lint finding is about, from its JSON pointer
// inside the rule ("/name", "/rule/required/conditions/0/orAll/conditions/1/equalTo/operandTwo").

#include "editing/condition_tree.h"
#include "validation/finding.h"

#include <QStringList>
#include <string>

namespace cw::ui {
using editing::ConditionPath;

struct FindingTarget {
    enum class Element { Rule, Name, Description, Conditions, Condition, DefaultValue, Options };
    Element element = Element::Rule;
    ConditionPath path; // Condition: the condition the finding is about (the deepest one named)
};

FindingTarget locateRuleFinding(const std::string &pointerInRule);

// Findings as the editor shows them: words first, never only a colour.
struct FindingLines {
    QStringList lines; // "Error: <message> [code]" / "Warning: ..."
    bool hasError = false;

    void add(const Finding &finding);
    bool isEmpty() const { return lines.isEmpty(); }
};

} // namespace cw::ui
