<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConditionOperator</name>
    <message>
        <source>equals</source>
        <translation>equals</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>does not equal</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>is not empty</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>(no field)</source>
        <translation>(no field)</translation>
    </message>
    <message>
        <source>Delete rule “%1”</source>
        <translation>Delete rule “%1”</translation>
    </message>
    <message>
        <source>Error: %1 [%2]</source>
        <translation>Error: %1 [%2]</translation>
    </message>
    <message>
        <source>Warning: %1 [%2]</source>
        <translation>Warning: %1 [%2]</translation>
    </message>
    <message>
        <source>Field id: %1</source>
        <translation>Field id: %1</translation>
    </message>
</context>
<context>
    <name>SampleValueDelegate</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
</context>
<context>
    <name>cw::ui</name>
    <message>
        <source>A rule can have at most %1 conditions (counted inside groups too). Remove one, or split the rule into two rules.</source>
        <translation>A rule can have at most %1 conditions (counted inside groups too). Remove one, or split the rule into two rules.</translation>
    </message>
    <message>
        <source>Groups can be nested %1 levels deep at most: this group is already inside a group, so it cannot hold another group.</source>
        <translation>Groups can be nested %1 levels deep at most: this group is already inside a group, so it cannot hold another group.</translation>
    </message>
    <message>
        <source>A new group starts with one condition, and %1</source>
        <translation>A new group starts with one condition, and %1</translation>
    </message>
    <message>
        <source>That condition no longer exists.</source>
        <translation>That condition no longer exists.</translation>
    </message>
    <message>
        <source>A group cannot be moved into itself.</source>
        <translation>A group cannot be moved into itself.</translation>
    </message>
    <message>
        <source>Groups can be nested %1 levels deep at most; there this group would be nested deeper.</source>
        <translation>Groups can be nested %1 levels deep at most; there this group would be nested deeper.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>not required</translation>
    </message>
    <message>
        <source>show</source>
        <translation>show</translation>
    </message>
    <message>
        <source>hide</source>
        <translation>hide</translation>
    </message>
    <message>
        <source>Make the field required or not, by the first condition that is true:</source>
        <translation>Make the field required or not, by the first condition that is true:</translation>
    </message>
    <message>
        <source>%1 offers only the options mapped to the value of %2 (%3).</source>
        <translation>%1 offers only the options mapped to the value of %2 (%3).</translation>
    </message>
    <message>
        <source>an empty group (never true)</source>
        <translation>an empty group (never true)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>A “%1” rule, which this version of Casewright cannot read; it is kept as it is.</source>
        <translation>A “%1” rule, which this version of Casewright cannot read; it is kept as it is.</translation>
    </message>
    <message>
        <source>Always %1: the rule has no conditions.</source>
        <translation>Always %1: the rule has no conditions.</translation>
    </message>
    <message>
        <source>%1 when %2</source>
        <translation>%1 when %2</translation>
    </message>
    <message>
        <source>; else </source>
        <translation>; else </translation>
    </message>
    <message>
        <source>; otherwise %1.</source>
        <translation>; otherwise %1.</translation>
    </message>
    <message>
        <source>(no field)</source>
        <translation>(no field)</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>field %1</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>hidden</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>shown</translation>
    </message>
    <message>
        <source>%1 is not empty</source>
        <translation>%1 is not empty</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 is empty</translation>
    </message>
    <message>
        <source>%1 does not equal a value of unknown type &quot;%2&quot; (never true)</source>
        <translation>%1 does not equal a value of unknown type &quot;%2&quot; (never true)</translation>
    </message>
    <message>
        <source>%1 equals a value of unknown type &quot;%2&quot; (never true)</source>
        <translation>%1 equals a value of unknown type &quot;%2&quot; (never true)</translation>
    </message>
    <message>
        <source>%1 does not equal %2</source>
        <translation>%1 does not equal %2</translation>
    </message>
    <message>
        <source>%1 equals %2</source>
        <translation>%1 equals %2</translation>
    </message>
    <message numerus="yes">
        <source>%n parent value(s) mapped</source>
        <translation>
            <numerusform>%n parent value mapped</numerusform>
            <numerusform>%n parent values mapped</numerusform>
        </translation>
    </message>
    <message>
        <source>condition of unknown kind &quot;%1&quot; (never true)</source>
        <translation>condition of unknown kind &quot;%1&quot; (never true)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>File or id</source>
        <translation>File or id</translation>
    </message>
    <message>
        <source>No changes: the domain matches the project.</source>
        <translation>No changes: the domain matches the project.</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>changed: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>don&apos;t show</source>
        <translation>don&apos;t show</translation>
    </message>
    <message>
        <source>don&apos;t hide</source>
        <translation>don&apos;t hide</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>not shown</translation>
    </message>
    <message>
        <source>not hidden</source>
        <translation>not hidden</translation>
    </message>
    <message>
        <source>Show or hide the field by the first condition that is true:</source>
        <translation>Show or hide the field by the first condition that is true:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>required rule</source>
        <translation>required rule</translation>
    </message>
    <message>
        <source>hidden rule</source>
        <translation>hidden rule</translation>
    </message>
    <message>
        <source>options rule</source>
        <translation>options rule</translation>
    </message>
    <message>
        <source>rule of an unknown kind</source>
        <translation>rule of an unknown kind</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>condition added: %1</source>
        <translation>condition added: %1</translation>
    </message>
    <message>
        <source>condition removed: %1</source>
        <translation>condition removed: %1</translation>
    </message>
    <message>
        <source>conditions reordered or regrouped</source>
        <translation>conditions reordered or regrouped</translation>
    </message>
    <message>
        <source>conditions changed</source>
        <translation>conditions changed</translation>
    </message>
    <message>
        <source>otherwise</source>
        <translation>otherwise</translation>
    </message>
    <message>
        <source>parent field</source>
        <translation>parent field</translation>
    </message>
    <message>
        <source>child field</source>
        <translation>child field</translation>
    </message>
    <message>
        <source>mapping removed: %1</source>
        <translation>mapping removed: %1</translation>
    </message>
    <message>
        <source>mapping added: %1 → %2</source>
        <translation>mapping added: %1 → %2</translation>
    </message>
    <message>
        <source>%1: options added: %2</source>
        <translation>%1: options added: %2</translation>
    </message>
    <message>
        <source>%1: options removed: %2</source>
        <translation>%1: options removed: %2</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>default layout</source>
        <translation>default layout</translation>
    </message>
    <message>
        <source>required field added: %1</source>
        <translation>required field added: %1</translation>
    </message>
    <message>
        <source>required field removed: %1</source>
        <translation>required field removed: %1</translation>
    </message>
    <message>
        <source>required fields reordered</source>
        <translation>required fields reordered</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>rule attached: %1</source>
        <translation>rule attached: %1</translation>
    </message>
    <message>
        <source>rule detached: %1</source>
        <translation>rule detached: %1</translation>
    </message>
    <message>
        <source>attached rules reordered</source>
        <translation>attached rules reordered</translation>
    </message>
</context>
<context>
    <name>cw::ui::CaseFormSimulator</name>
    <message>
        <source>Show &amp;hidden fields (greyed)</source>
        <translation>Show &amp;hidden fields (greyed)</translation>
    </message>
    <message>
        <source>Off: the form leaves hidden fields out, as the agent&apos;s form does.</source>
        <translation>Off: the form leaves hidden fields out, as the agent&apos;s form does.</translation>
    </message>
    <message>
        <source>Select a sample case to see it as an agent would.</source>
        <translation>Select a sample case to see it as an agent would.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a user ARN</source>
        <translation>a user ARN</translation>
    </message>
    <message>
        <source>e.g. 2026-05-08T09:00:00Z</source>
        <translation>e.g. 2026-05-08T09:00:00Z</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(hidden)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>%1 (not offered)</source>
        <translation>%1 (not offered)</translation>
    </message>
    <message>
        <source>Expect this field&apos;s outcome</source>
        <translation>Expect this field&apos;s outcome</translation>
    </message>
    <message>
        <source>Pin what the form shows for this field (required, hidden, options) as the case&apos;s expected outcome</source>
        <translation>Pin what the form shows for this field (required, hidden, options) as the case&apos;s expected outcome</translation>
    </message>
    <message>
        <source>Forget this field&apos;s expectation</source>
        <translation>Forget this field&apos;s expectation</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Expect</source>
        <translation>Expect</translation>
    </message>
    <message>
        <source>Expected outcome of %1</source>
        <translation>Expected outcome of %1</translation>
    </message>
    <message>
        <source>The case expects an outcome of %1: re-pin or forget it</source>
        <translation>The case expects an outcome of %1: re-pin or forget it</translation>
    </message>
    <message>
        <source>Pin the outcome of %1 shown here as the case&apos;s expectation</source>
        <translation>Pin the outcome of %1 shown here as the case&apos;s expectation</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConditionBuilder</name>
    <message>
        <source>Change the field of condition %1</source>
        <translation>Change the field of condition %1</translation>
    </message>
    <message>
        <source>Change the operator of condition %1</source>
        <translation>Change the operator of condition %1</translation>
    </message>
    <message>
        <source>Change the value of condition %1</source>
        <translation>Change the value of condition %1</translation>
    </message>
    <message>
        <source>Change the result of condition %1</source>
        <translation>Change the result of condition %1</translation>
    </message>
    <message>
        <source>Change group %1 to %2</source>
        <translation>Change group %1 to %2</translation>
    </message>
    <message>
        <source>all of</source>
        <translation>all of</translation>
    </message>
    <message>
        <source>any of</source>
        <translation>any of</translation>
    </message>
    <message>
        <source>Remove condition %1</source>
        <translation>Remove condition %1</translation>
    </message>
    <message>
        <source>Move condition %1 up</source>
        <translation>Move condition %1 up</translation>
    </message>
    <message>
        <source>Move condition %1 down</source>
        <translation>Move condition %1 down</translation>
    </message>
    <message>
        <source>Move condition %1</source>
        <translation>Move condition %1</translation>
    </message>
    <message>
        <source>Add condition %1</source>
        <translation>Add condition %1</translation>
    </message>
    <message>
        <source>Add group %1</source>
        <translation>Add group %1</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConditionGroupBox</name>
    <message>
        <source>All of these are true (AND)</source>
        <translation>All of these are true (AND)</translation>
    </message>
    <message>
        <source>Any of these is true (OR)</source>
        <translation>Any of these is true (OR)</translation>
    </message>
    <message>
        <source>Kind of %1</source>
        <translation>Kind of %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>group %1</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConditionItemWidget</name>
    <message>
        <source>then</source>
        <translation>then</translation>
    </message>
    <message>
        <source>Drag to move %1 (or use the arrow buttons)</source>
        <translation>Drag to move %1 (or use the arrow buttons)</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Move %1 up</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Move %1 down</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>Result of %1</source>
        <translation>Result of %1</translation>
    </message>
    <message>
        <source>What the rule gives when %1 is the first true condition</source>
        <translation>What the rule gives when %1 is the first true condition</translation>
    </message>
    <message>
        <source>Findings about %1</source>
        <translation>Findings about %1</translation>
    </message>
    <message>
        <source>Move %1 into or out of a group</source>
        <translation>Move %1 into or out of a group</translation>
    </message>
    <message>
        <source>Out of the group, to the end of the rule&apos;s conditions</source>
        <translation>Out of the group, to the end of the rule&apos;s conditions</translation>
    </message>
    <message>
        <source>Into group %1</source>
        <translation>Into group %1</translation>
    </message>
    <message>
        <source>No group to move into: add a group first</source>
        <translation>No group to move into: add a group first</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConditionListWidget</name>
    <message>
        <source>No conditions: the rule always gives its default value.</source>
        <translation>No conditions: the rule always gives its default value.</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Add condition</translation>
    </message>
    <message>
        <source>Add condition to group</source>
        <translation>Add condition to group</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Add group</translation>
    </message>
    <message>
        <source>Add group in group</source>
        <translation>Add group in group</translation>
    </message>
    <message>
        <source>the rule</source>
        <translation>the rule</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>group %1</translation>
    </message>
    <message>
        <source>Add a condition to %1</source>
        <translation>Add a condition to %1</translation>
    </message>
    <message>
        <source>Add an all-of group to %1</source>
        <translation>Add an all-of group to %1</translation>
    </message>
    <message>
        <source>Adds a condition at the end of this list</source>
        <translation>Adds a condition at the end of this list</translation>
    </message>
    <message>
        <source>Adds a group whose conditions must all be true (switch it to “any” afterwards)</source>
        <translation>Adds a group whose conditions must all be true (switch it to “any” afterwards)</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConditionRow</name>
    <message>
        <source>A “%1” condition, which this version of Casewright cannot edit; it is kept as it is.</source>
        <translation>A “%1” condition, which this version of Casewright cannot edit; it is kept as it is.</translation>
    </message>
    <message>
        <source>Field of %1</source>
        <translation>Field of %1</translation>
    </message>
    <message>
        <source>Operator of %1</source>
        <translation>Operator of %1</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>Value of %1</translation>
    </message>
    <message>
        <source>condition %1</source>
        <translation>condition %1</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConnectDialog</name>
    <message>
        <source>Connect to Amazon Connect Cases</source>
        <translation>Connect to Amazon Connect Cases</translation>
    </message>
    <message>
        <source>Casewright connects with your AWS profile, as the AWS CLI does, and keeps only the names chosen here; it never stores a secret.</source>
        <translation>Casewright connects with your AWS profile, as the AWS CLI does, and keeps only the names chosen here; it never stores a secret.</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConnectionForm</name>
    <message>
        <source>AWS profile</source>
        <translation>AWS profile</translation>
    </message>
    <message>
        <source>A profile of ~/.aws/config or ~/.aws/credentials. Casewright stores its name only; credentials are read when connecting.</source>
        <translation>A profile of ~/.aws/config or ~/.aws/credentials. Casewright stores its name only; credentials are read when connecting.</translation>
    </message>
    <message>
        <source>from the profile or AWS_REGION, e.g. us-east-1</source>
        <translation>from the profile or AWS_REGION, e.g. us-east-1</translation>
    </message>
    <message>
        <source>optional: https://cases.REGION.amazonaws.com by default</source>
        <translation>optional: https://cases.REGION.amazonaws.com by default</translation>
    </message>
    <message>
        <source>Cases domain</source>
        <translation>Cases domain</translation>
    </message>
    <message>
        <source>a domain id, or Load domains</source>
        <translation>a domain id, or Load domains</translation>
    </message>
    <message>
        <source>&amp;Load domains</source>
        <translation>&amp;Load domains</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Connection status</translation>
    </message>
    <message>
        <source>AWS &amp;profile:</source>
        <translation>AWS &amp;profile:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>(default: %1)</translation>
    </message>
    <message>
        <source>The AWS config files could not be read: %1</source>
        <translation>The AWS config files could not be read: %1</translation>
    </message>
    <message>
        <source>%1 (not in the AWS config files)</source>
        <translation>%1 (not in the AWS config files)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Cannot connect: %1</translation>
    </message>
    <message>
        <source>Loading domains…</source>
        <translation>Loading domains…</translation>
    </message>
    <message>
        <source>Could not list the domains: %1</source>
        <translation>Could not list the domains: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Connected to %1: domain “%2” is %3.</source>
        <translation>Connected to %1: domain “%2” is %3.</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>The connection failed: %1</translation>
    </message>
    <message>
        <source>Connected to %1: %2</source>
        <translation>Connected to %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) found.</source>
        <translation>
            <numerusform>%n domain found.</numerusform>
            <numerusform>%n domains found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) visible.</source>
        <translation>
            <numerusform>%n domain visible.</numerusform>
            <numerusform>%n domains visible.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Sign in…</translation>
    </message>
    <message>
        <source>Sign in to IAM Identity Center in the browser, as &apos;aws sso login&apos; does.</source>
        <translation>Sign in to IAM Identity Center in the browser, as &apos;aws sso login&apos; does.</translation>
    </message>
    <message>
        <source>Cannot sign in: %1</source>
        <translation>Cannot sign in: %1</translation>
    </message>
    <message>
        <source>Signed in to IAM Identity Center (%1).</source>
        <translation>Signed in to IAM Identity Center (%1).</translation>
    </message>
</context>
<context>
    <name>cw::ui::DocumentOpener</name>
    <message>
        <source>The unsaved edits of the last session cannot be read (%1); the copy is left in place and the project opens as it was saved.</source>
        <translation>The unsaved edits of the last session cannot be read (%1); the copy is left in place and the project opens as it was saved.</translation>
    </message>
    <message>
        <source>The unsaved edits could not be restored (%1); the copy is left in place and the project opens as it was saved.</source>
        <translation>The unsaved edits could not be restored (%1); the copy is left in place and the project opens as it was saved.</translation>
    </message>
    <message numerus="yes">
        <source>The project opened without %n file(s) that cannot be read. They are listed under Unreadable files in the explorer, left out of the preview and never overwritten; publishing is off until they are fixed.</source>
        <translation>
            <numerusform>The project opened without %n file that cannot be read. It is listed under Unreadable files in the explorer, left out of the preview and never overwritten; publishing is off until it is fixed.</numerusform>
            <numerusform>The project opened without %n files that cannot be read. They are listed under Unreadable files in the explorer, left out of the preview and never overwritten; publishing is off until they are fixed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::ui::EditConnectionCommand</name>
    <message>
        <source>Change Connection</source>
        <translation>Change Connection</translation>
    </message>
</context>
<context>
    <name>cw::ui::ExpectationsMessage</name>
    <message>
        <source>Expectations after the last edit</source>
        <translation>Expectations after the last edit</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Show them</translation>
    </message>
</context>
<context>
    <name>cw::ui::ExplorerDock</name>
    <message>
        <source>Explorer</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <source>Filter fields, templates and rules</source>
        <translation>Filter fields, templates and rules</translation>
    </message>
    <message>
        <source>Filter the explorer</source>
        <translation>Filter the explorer</translation>
    </message>
    <message>
        <source>Domain explorer</source>
        <translation>Domain explorer</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;name</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>&amp;Where Used</source>
        <translation>&amp;Where Used</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
</context>
<context>
    <name>cw::ui::ExplorerModel</name>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>hidden</translation>
    </message>
    <message>
        <source>field options</source>
        <translation>field options</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>unknown kind</translation>
    </message>
    <message>
        <source>, %1 inactive</source>
        <translation>, %1 inactive</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>Field id: %1 (%2)</source>
        <translation>Field id: %1 (%2)</translation>
    </message>
    <message>
        <source>templates/%1.json</source>
        <translation>templates/%1.json</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>not used</translation>
    </message>
    <message>
        <source>rules/%1.json</source>
        <translation>rules/%1.json</translation>
    </message>
    <message>
        <source>Fields (%1)</source>
        <translation>Fields (%1)</translation>
    </message>
    <message>
        <source>Templates (%1)</source>
        <translation>Templates (%1)</translation>
    </message>
    <message>
        <source>Rules (%1)</source>
        <translation>Rules (%1)</translation>
    </message>
    <message>
        <source>has errors</source>
        <translation>has errors</translation>
    </message>
    <message>
        <source>has warnings</source>
        <translation>has warnings</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>%n option(s)</source>
        <translation>
            <numerusform>%n option</numerusform>
            <numerusform>%n options</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required field(s)</source>
        <translation>
            <numerusform>%n required field</numerusform>
            <numerusform>%n required fields</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>cannot be read</translation>
    </message>
    <message>
        <source>Unreadable files (%1)</source>
        <translation>Unreadable files (%1)</translation>
    </message>
</context>
<context>
    <name>cw::ui::FieldOptionsEditor</name>
    <message>
        <source>Rule summary</source>
        <translation>Rule summary</translation>
    </message>
    <message>
        <source>Parent field</source>
        <translation>Parent field</translation>
    </message>
    <message>
        <source>The single-select field whose value decides which options the child offers</source>
        <translation>The single-select field whose value decides which options the child offers</translation>
    </message>
    <message>
        <source>Findings about the parent field</source>
        <translation>Findings about the parent field</translation>
    </message>
    <message>
        <source>Child field</source>
        <translation>Child field</translation>
    </message>
    <message>
        <source>The single-select field whose options are limited</source>
        <translation>The single-select field whose options are limited</translation>
    </message>
    <message>
        <source>Findings about the child field</source>
        <translation>Findings about the child field</translation>
    </message>
    <message>
        <source>&amp;Parent field:</source>
        <translation>&amp;Parent field:</translation>
    </message>
    <message>
        <source>C&amp;hild field:</source>
        <translation>C&amp;hild field:</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Parent or child option name</source>
        <translation>Parent or child option name</translation>
    </message>
    <message>
        <source>Filter options</source>
        <translation>Filter options</translation>
    </message>
    <message>
        <source>Mappings used</source>
        <translation>Mappings used</translation>
    </message>
    <message>
        <source>Offer &amp;All in Row</source>
        <translation>Offer &amp;All in Row</translation>
    </message>
    <message>
        <source>&amp;Clear Row</source>
        <translation>&amp;Clear Row</translation>
    </message>
    <message>
        <source>Offer in Every R&amp;ow</source>
        <translation>Offer in Every R&amp;ow</translation>
    </message>
    <message>
        <source>Offer in &amp;No Row</source>
        <translation>Offer in &amp;No Row</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Options matrix</source>
        <translation>Options matrix</translation>
    </message>
    <message>
        <source>Import and export notice</source>
        <translation>Import and export notice</translation>
    </message>
    <message>
        <source>Findings about the mappings</source>
        <translation>Findings about the mappings</translation>
    </message>
    <message>
        <source>No rule selected</source>
        <translation>No rule selected</translation>
    </message>
    <message>
        <source>Field options: %1</source>
        <translation>Field options: %1</translation>
    </message>
    <message>
        <source>“%1” is not a field options rule; its conditions are edited in the rule editor.</source>
        <translation>“%1” is not a field options rule; its conditions are edited in the rule editor.</translation>
    </message>
    <message>
        <source>Pick the parent and the child field first.</source>
        <translation>Pick the parent and the child field first.</translation>
    </message>
    <message>
        <source>(choose a single-select field)</source>
        <translation>(choose a single-select field)</translation>
    </message>
    <message>
        <source>Already the other field of this rule</source>
        <translation>Already the other field of this rule</translation>
    </message>
    <message>
        <source>%1 (not a single-select field of the project)</source>
        <translation>%1 (not a single-select field of the project)</translation>
    </message>
    <message>
        <source>Change parent field</source>
        <translation>Change parent field</translation>
    </message>
    <message>
        <source>Change child field</source>
        <translation>Change child field</translation>
    </message>
    <message>
        <source>Offer all options for %1</source>
        <translation>Offer all options for %1</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Clear %1</translation>
    </message>
    <message>
        <source>Offer %1 for every parent value</source>
        <translation>Offer %1 for every parent value</translation>
    </message>
    <message>
        <source>Offer %1 for no parent value</source>
        <translation>Offer %1 for no parent value</translation>
    </message>
    <message>
        <source>No parent or child option matches “%1”.</source>
        <translation>No parent or child option matches “%1”.</translation>
    </message>
    <message>
        <source>Click a cell of the matrix first.</source>
        <translation>Click a cell of the matrix first.</translation>
    </message>
    <message>
        <source>Offer every active option shown for %1</source>
        <translation>Offer every active option shown for %1</translation>
    </message>
    <message>
        <source>Clear the options shown for %1; with none left it is not mapped and the child offers all its options</source>
        <translation>Clear the options shown for %1; with none left it is not mapped and the child offers all its options</translation>
    </message>
    <message>
        <source>Offer %1 for every parent value shown</source>
        <translation>Offer %1 for every parent value shown</translation>
    </message>
    <message>
        <source>Offer %1 for no parent value shown</source>
        <translation>Offer %1 for no parent value shown</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 cannot be read (%2).</source>
        <translation>Nothing was imported: %1 cannot be read (%2).</translation>
    </message>
    <message>
        <source>Nothing was imported. %1, line %2: %3</source>
        <translation>Nothing was imported. %1, line %2: %3</translation>
    </message>
    <message>
        <source>Nothing was imported. %1: %2</source>
        <translation>Nothing was imported. %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: every row of %1 was skipped, and a rule needs at least one mapping.</source>
        <translation>Nothing was imported: every row of %1 was skipped, and a rule needs at least one mapping.</translation>
    </message>
    <message>
        <source>  Line %1: %2</source>
        <translation>  Line %1: %2</translation>
    </message>
    <message>
        <source>Import options from %1</source>
        <translation>Import options from %1</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Nothing was exported: %1</translation>
    </message>
    <message>
        <source>Import Options from CSV</source>
        <translation>Import Options from CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Export Options to CSV</source>
        <translation>Export Options to CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Offer All Options for %1</source>
        <translation>Offer All Options for %1</translation>
    </message>
    <message>
        <source>Offer %1 for Every Parent Value</source>
        <translation>Offer %1 for Every Parent Value</translation>
    </message>
    <message>
        <source>Offer %1 for No Parent Value</source>
        <translation>Offer %1 for No Parent Value</translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n mapping(s) whose parent value is no option of %1.</source>
        <translation>
            <numerusform>Dropped %n mapping whose parent value is no option of %1.</numerusform>
            <numerusform>Dropped %n mappings whose parent value is no option of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n child value(s) not among the options of %1.</source>
        <translation>
            <numerusform>Dropped %n child value not among the options of %1.</numerusform>
            <numerusform>Dropped %n child values not among the options of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n mapping(s) from %1.</source>
        <translation>
            <numerusform>Imported %n mapping from %1.</numerusform>
            <numerusform>Imported %n mappings from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows read: %1.</source>
        <translation>Rows read: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s) whose child value is no option:</source>
        <translation>
            <numerusform>Skipped %n row whose child value is no option:</numerusform>
            <numerusform>Skipped %n rows whose child value is no option:</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the mappings with a CSV file in the Connect admin website&apos;s format; its value cells may hold option values or display names</source>
        <translation>Replace the mappings with a CSV file in the Connect admin website&apos;s format; its value cells may hold option values or display names</translation>
    </message>
    <message>
        <source>Save the mappings as a CSV file the Connect admin website can upload, with option values (not display names)</source>
        <translation>Save the mappings as a CSV file the Connect admin website can upload, with option values (not display names)</translation>
    </message>
    <message numerus="yes">
        <source>%n parent value(s) mapped</source>
        <translation>
            <numerusform>%n parent value mapped</numerusform>
            <numerusform>%n parent values mapped</numerusform>
        </translation>
    </message>
    <message>
        <source>(the service allows at most %1 mappings per rule)</source>
        <translation>(the service allows at most %1 mappings per rule)</translation>
    </message>
    <message>
        <source>Exported the mappings to %1 as option values (not display names); import reads either.</source>
        <translation>Exported the mappings to %1 as option values (not display names); import reads either.</translation>
    </message>
</context>
<context>
    <name>cw::ui::FieldPage</name>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>The field&apos;s options</source>
        <translation>The field&apos;s options</translation>
    </message>
    <message>
        <source>Rules that read it</source>
        <translation>Rules that read it</translation>
    </message>
    <message>
        <source>Rules that read the field</source>
        <translation>Rules that read the field</translation>
    </message>
    <message>
        <source>Rules attached to it, per template</source>
        <translation>Rules attached to it, per template</translation>
    </message>
    <message>
        <source>Rules attached to the field</source>
        <translation>Rules attached to the field</translation>
    </message>
    <message>
        <source>This field is not in the domain any more.</source>
        <translation>This field is not in the domain any more.</translation>
    </message>
    <message>
        <source>%1 field, %2 namespace, id %3</source>
        <translation>%1 field, %2 namespace, id %3</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>Fields come from the domain and are read-only here.</source>
        <translation>Fields come from the domain and are read-only here.</translation>
    </message>
    <message numerus="yes">
        <source>%n option(s)</source>
        <translation>
            <numerusform>%n option</numerusform>
            <numerusform>%n options</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 inactive</source>
        <translation>, %1 inactive</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>No options</source>
        <translation>No options</translation>
    </message>
    <message>
        <source>“%1” reads it in a condition</source>
        <translation>“%1” reads it in a condition</translation>
    </message>
    <message>
        <source>“%1” maps its values (the parent of an options rule)</source>
        <translation>“%1” maps its values (the parent of an options rule)</translation>
    </message>
    <message>
        <source>“%1” limits its options (the child of an options rule)</source>
        <translation>“%1” limits its options (the child of an options rule)</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the rule</source>
        <translation>Double-click or press Enter to open the rule</translation>
    </message>
    <message>
        <source>No rule reads this field.</source>
        <translation>No rule reads this field.</translation>
    </message>
    <message>
        <source>%1 › “%2”</source>
        <translation>%1 › “%2”</translation>
    </message>
    <message>
        <source>No rule is attached to this field in any template.</source>
        <translation>No rule is attached to this field in any template.</translation>
    </message>
    <message>
        <source>No template always requires it.</source>
        <translation>No template always requires it.</translation>
    </message>
    <message>
        <source>Always required in: %1</source>
        <translation>Always required in: %1</translation>
    </message>
</context>
<context>
    <name>cw::ui::FieldPicker</name>
    <message>
        <source>Type to search fields</source>
        <translation>Type to search fields</translation>
    </message>
    <message>
        <source>(no field)</source>
        <translation>(no field)</translation>
    </message>
    <message>
        <source>%1 (unknown field)</source>
        <translation>%1 (unknown field)</translation>
    </message>
</context>
<context>
    <name>cw::ui::FieldShareChart</name>
    <message>
        <source>Required and hidden shares per field</source>
        <translation>Required and hidden shares per field</translation>
    </message>
    <message>
        <source>%1: required %2, hidden %3</source>
        <translation>%1: required %2, hidden %3</translation>
    </message>
    <message>
        <source> — computing…</source>
        <translation> — computing…</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>hidden</translation>
    </message>
    <message>
        <source>No field of this template has rules.</source>
        <translation>No field of this template has rules.</translation>
    </message>
    <message numerus="yes">
        <source>Over %n sample case(s)</source>
        <translation>
            <numerusform>Over %n sample case</numerusform>
            <numerusform>Over %n sample cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::ui::ImpactPanel</name>
    <message numerus="yes">
        <source>Comparing %n sample case(s)…</source>
        <translation>
            <numerusform>Comparing %n sample case…</numerusform>
            <numerusform>Comparing %n sample cases…</numerusform>
        </translation>
    </message>
    <message>
        <source>Impact of the local edits per field</source>
        <translation>Impact of the local edits per field</translation>
    </message>
    <message>
        <source>Open a project to see how its local edits change the outcomes of its sample cases.</source>
        <translation>Open a project to see how its local edits change the outcomes of its sample cases.</translation>
    </message>
    <message>
        <source>The project has no sample cases: add, generate or import some in the preview to see the impact of edits.</source>
        <translation>The project has no sample cases: add, generate or import some in the preview to see the impact of edits.</translation>
    </message>
    <message numerus="yes">
        <source>No change: the local edits change no outcome of the %n sample case(s) compared with the last pulled rules.</source>
        <translation>
            <numerusform>No change: the local edits change no outcome of the %n sample case compared with the last pulled rules.</numerusform>
            <numerusform>No change: the local edits change no outcome of the %n sample cases compared with the last pulled rules.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sample cases change compared with the last pulled rules:</source>
        <translation>%1 of %2 sample cases change compared with the last pulled rules:</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) not compared: %1</source>
        <translation>
            <numerusform>%n case not compared: %1</numerusform>
            <numerusform>%n cases not compared: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Compare with:</translation>
    </message>
    <message>
        <source>Compare the local edits with</source>
        <translation>Compare the local edits with</translation>
    </message>
    <message>
        <source>Compare with a Domain Snapshot</source>
        <translation>Compare with a Domain Snapshot</translation>
    </message>
    <message>
        <source>Domain snapshots (*.json);;All files (*)</source>
        <translation>Domain snapshots (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot compare with “%1”: %2</source>
        <translation>Cannot compare with “%1”: %2</translation>
    </message>
    <message>
        <source>Last pull</source>
        <translation>Last pull</translation>
    </message>
    <message>
        <source>The rules as the last pull left them (.casewright/base.json)</source>
        <translation>The rules as the last pull left them (.casewright/base.json)</translation>
    </message>
    <message>
        <source>Snapshot file…</source>
        <translation>Snapshot file…</translation>
    </message>
    <message>
        <source>Compare with a domain snapshot file, e.g. another environment&apos;s exported rules</source>
        <translation>Compare with a domain snapshot file, e.g. another environment&apos;s exported rules</translation>
    </message>
    <message>
        <source>Nothing to compare with: the project was never pulled, so it has no last pulled rules. Pull the domain into this folder, or compare with a snapshot file, to see the impact of edits.</source>
        <translation>Nothing to compare with: the project was never pulled, so it has no last pulled rules. Pull the domain into this folder, or compare with a snapshot file, to see the impact of edits.</translation>
    </message>
    <message numerus="yes">
        <source>No change: the local edits change no outcome of the %n sample case(s) compared with “%1”.</source>
        <translation>
            <numerusform>No change: the local edits change no outcome of the %n sample case compared with “%1”.</numerusform>
            <numerusform>No change: the local edits change no outcome of the %n sample cases compared with “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sample cases change compared with “%3”:</source>
        <translation>%1 of %2 sample cases change compared with “%3”:</translation>
    </message>
</context>
<context>
    <name>cw::ui::ImportCasesDialog</name>
    <message>
        <source>Import cases from the service</source>
        <translation>Import cases from the service</translation>
    </message>
    <message>
        <source>The domain&apos;s most recent cases become sample cases, with the fields this project&apos;s templates and rules read. They are real customers&apos; cases: keep the file where such data may be kept.</source>
        <translation>The domain&apos;s most recent cases become sample cases, with the fields this project&apos;s templates and rules read. They are real customers&apos; cases: keep the file where such data may be kept.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>At &amp;most</source>
        <translation>At &amp;most</translation>
    </message>
    <message>
        <source> cases</source>
        <translation> cases</translation>
    </message>
    <message>
        <source>Most cases</source>
        <translation>Most cases</translation>
    </message>
    <message>
        <source>Newest:</source>
        <translation>Newest:</translation>
    </message>
    <message>
        <source>Created &amp;since</source>
        <translation>Created &amp;since</translation>
    </message>
    <message>
        <source>Created since</source>
        <translation>Created since</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>optional: a file with a SearchCases filter (JSON)</source>
        <translation>optional: a file with a SearchCases filter (JSON)</translation>
    </message>
    <message>
        <source>Filter file</source>
        <translation>Filter file</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>Which file the cases went into shows here.</source>
        <translation>Which file the cases went into shows here.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>All templates</source>
        <translation>All templates</translation>
    </message>
    <message>
        <source>SearchCases filter</source>
        <translation>SearchCases filter</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>Cannot import: %1</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Cannot connect: %1</translation>
    </message>
    <message>
        <source>Reading cases from %1…</source>
        <translation>Reading cases from %1…</translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>%1 of %2 cases</translation>
    </message>
    <message>
        <source>%1 cases so far</source>
        <translation>%1 cases so far</translation>
    </message>
    <message>
        <source>The import was cancelled; no file was written.</source>
        <translation>The import was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>The import failed; no file was written: %1</source>
        <translation>The import failed; no file was written: %1</translation>
    </message>
    <message>
        <source>The cases could not be written: %1</source>
        <translation>The cases could not be written: %1</translation>
    </message>
    <message>
        <source>%1 cases written to %2.</source>
        <translation>%1 cases written to %2.</translation>
    </message>
    <message>
        <source>%1 cases of other templates were left out.</source>
        <translation>%1 cases of other templates were left out.</translation>
    </message>
    <message>
        <source>They are in the preview now.</source>
        <translation>They are in the preview now.</translation>
    </message>
</context>
<context>
    <name>cw::ui::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Autosave failed: %1</translation>
    </message>
    <message>
        <source>Restore unsaved edits?</source>
        <translation>Restore unsaved edits?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Decide Later</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Cannot open the project</translation>
    </message>
    <message>
        <source>Project opened</source>
        <translation>Project opened</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Save changes?</translation>
    </message>
    <message>
        <source>The project “%1” has unsaved changes. Save them before closing?</source>
        <translation>The project “%1” has unsaved changes. Save them before closing?</translation>
    </message>
    <message>
        <source>Cannot remove the recovery copy</source>
        <translation>Cannot remove the recovery copy</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>Cannot save the project</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>Template “%1” (%2): %3, %4. There is no template editor in this version; edit templates/%5.json or the admin website.</source>
        <translation>Template “%1” (%2): %3, %4. There is no template editor in this version; edit templates/%5.json or the admin website.</translation>
    </message>
    <message>
        <source>Casewright</source>
        <translation>Casewright</translation>
    </message>
    <message>
        <source>%1[*] — Casewright</source>
        <translation>%1[*] — Casewright</translation>
    </message>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>&amp;Open Folder…</translation>
    </message>
    <message>
        <source>&amp;New from Pull…</source>
        <translation>&amp;New from Pull…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Close Project</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Find in Explorer</source>
        <translation>&amp;Find in Explorer</translation>
    </message>
    <message>
        <source>New &amp;Required Rule</source>
        <translation>New &amp;Required Rule</translation>
    </message>
    <message>
        <source>New &amp;Hidden Rule</source>
        <translation>New &amp;Hidden Rule</translation>
    </message>
    <message>
        <source>&amp;Delete Rule…</source>
        <translation>&amp;Delete Rule…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>&amp;Rule</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Casewright</source>
        <translation>&amp;About Casewright</translation>
    </message>
    <message>
        <source>Open a project folder</source>
        <translation>Open a project folder</translation>
    </message>
    <message>
        <source>New hidden rule</source>
        <translation>New hidden rule</translation>
    </message>
    <message>
        <source>New required rule</source>
        <translation>New required rule</translation>
    </message>
    <message>
        <source>Add hidden rule</source>
        <translation>Add hidden rule</translation>
    </message>
    <message>
        <source>Add required rule</source>
        <translation>Add required rule</translation>
    </message>
    <message>
        <source>Delete the rule “%1”?</source>
        <translation>Delete the rule “%1”?</translation>
    </message>
    <message>
        <source>Publishing will then delete it from the domain.</source>
        <translation>Publishing will then delete it from the domain.</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>You can undo this.</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Delete rule</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>About Casewright</source>
        <translation>About Casewright</translation>
    </message>
    <message>
        <source>Casewright %1
A designer for Amazon Connect Cases case rules.
Built with Qt %2, running on Qt %3.</source>
        <translation>Casewright %1
A designer for Amazon Connect Cases case rules.
Built with Qt %2, running on Qt %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
            <numerusform>%n templates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) attached</source>
        <translation>
            <numerusform>%n rule attached</numerusform>
            <numerusform>%n rules attached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required field(s)</source>
        <translation>
            <numerusform>%n required field</numerusform>
            <numerusform>%n required fields</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2

%3, %4, %5, %6.
Validation: %7, %8.

Select a rule in the explorer to edit it, or add one from the Rule menu.</source>
        <translation>%1
%2

%3, %4, %5, %6.
Validation: %7, %8.

Select a rule in the explorer to edit it, or add one from the Rule menu.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample case file(s)</source>
        <translation>
            <numerusform>%n sample case file</numerusform>
            <numerusform>%n sample case files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It is attached to %n template field(s), which will lose it too.</source>
        <translation>
            <numerusform>It is attached to %n template field, which will lose it too.</numerusform>
            <numerusform>It is attached to %n template fields, which will lose it too.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publish…</translation>
    </message>
    <message>
        <source>Co&amp;nnection…</source>
        <translation>Co&amp;nnection…</translation>
    </message>
    <message>
        <source>The AWS profile, region and endpoint this project pulls from and publishes to</source>
        <translation>The AWS profile, region and endpoint this project pulls from and publishes to</translation>
    </message>
    <message>
        <source>Practice &amp;Domain…</source>
        <translation>Practice &amp;Domain…</translation>
    </message>
    <message>
        <source>Try pull and publish on a local practice service instead of AWS</source>
        <translation>Try pull and publish on a local practice service instead of AWS</translation>
    </message>
    <message>
        <source>Practice domain</source>
        <translation>Practice domain</translation>
    </message>
    <message>
        <source>The practice service is running at %1. Stop it? Pull and publish then go to the project&apos;s own connection again.</source>
        <translation>The practice service is running at %1. Stop it? Pull and publish then go to the project&apos;s own connection again.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Start a practice service on this computer: a local Cases service to pull from and publish to without AWS. Nothing reaches your AWS account while it runs.%1</source>
        <translation>Start a practice service on this computer: a local Cases service to pull from and publish to without AWS. Nothing reaches your AWS account while it runs.%1</translation>
    </message>
    <message>
        <source> Start it on the sample domain, or on a copy of this project&apos;s last pulled state (a fresh copy: earlier practice on it is replaced)?</source>
        <translation> Start it on the sample domain, or on a copy of this project&apos;s last pulled state (a fresh copy: earlier practice on it is replaced)?</translation>
    </message>
    <message>
        <source>Sample domain</source>
        <translation>Sample domain</translation>
    </message>
    <message>
        <source>Copy of this project</source>
        <translation>Copy of this project</translation>
    </message>
    <message>
        <source>Practice service</source>
        <translation>Practice service</translation>
    </message>
    <message>
        <source>PRACTICE service, not AWS: %1 (domain %2)</source>
        <translation>PRACTICE service, not AWS: %1 (domain %2)</translation>
    </message>
    <message>
        <source>Pull and publish go to this local practice service until you stop it (File &gt; Practice Domain). Its state: %1</source>
        <translation>Pull and publish go to this local practice service until you stop it (File &gt; Practice Domain). Its state: %1</translation>
    </message>
    <message>
        <source>Stop Practice &amp;Domain…</source>
        <translation>Stop Practice &amp;Domain…</translation>
    </message>
    <message>
        <source>&amp;Import Cases from the Service…</source>
        <translation>&amp;Import Cases from the Service…</translation>
    </message>
    <message>
        <source>Pro&amp;mote to Another Project…</source>
        <translation>Pro&amp;mote to Another Project…</translation>
    </message>
    <message>
        <source>These published rules or templates were renamed, but their files keep the old names:

%1

Rename the files too? Each file&apos;s content moves unchanged, so git sees a rename; the service is not affected.</source>
        <translation>These published rules or templates were renamed, but their files keep the old names:

%1

Rename the files too? Each file&apos;s content moves unchanged, so git sees a rename; the service is not affected.</translation>
    </message>
    <message>
        <source>Rename the files?</source>
        <translation>Rename the files?</translation>
    </message>
    <message>
        <source>Rename Files</source>
        <translation>Rename Files</translation>
    </message>
    <message>
        <source>Keep File Names</source>
        <translation>Keep File Names</translation>
    </message>
    <message>
        <source>New &amp;Options Rule…</source>
        <translation>New &amp;Options Rule…</translation>
    </message>
    <message>
        <source>Add options rule</source>
        <translation>Add options rule</translation>
    </message>
    <message>
        <source>The domain&apos;s recent cases as sample cases for the preview</source>
        <translation>The domain&apos;s recent cases as sample cases for the preview</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>new rule “%1”</source>
        <translation>new rule “%1”</translation>
    </message>
    <message>
        <source>deleted rule “%1”</source>
        <translation>deleted rule “%1”</translation>
    </message>
    <message>
        <source>changed rule “%1”</source>
        <translation>changed rule “%1”</translation>
    </message>
    <message>
        <source>new template “%1”</source>
        <translation>new template “%1”</translation>
    </message>
    <message>
        <source>deleted template “%1”</source>
        <translation>deleted template “%1”</translation>
    </message>
    <message>
        <source>changed template “%1”</source>
        <translation>changed template “%1”</translation>
    </message>
    <message>
        <source>new sample cases in %1</source>
        <translation>new sample cases in %1</translation>
    </message>
    <message>
        <source>deleted sample cases file %1</source>
        <translation>deleted sample cases file %1</translation>
    </message>
    <message>
        <source>changed sample cases in %1</source>
        <translation>changed sample cases in %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more change(s)</source>
        <translation>
            <numerusform>… and %n more change</numerusform>
            <numerusform>… and %n more changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Casewright was closed without saving this project. An automatic copy from %1 holds unsaved edits:
%2

Restore them, or discard them and open the project as it was last saved?</source>
        <translation>Casewright was closed without saving this project. An automatic copy from %1 holds unsaved edits:
%2

Restore them, or discard them and open the project as it was last saved?</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Duplicate rule</source>
        <translation>Duplicate rule</translation>
    </message>
    <message>
        <source>Where the rule is used</source>
        <translation>Where the rule is used</translation>
    </message>
    <message>
        <source>“%1” is not attached to any template field.</source>
        <translation>“%1” is not attached to any template field.</translation>
    </message>
    <message>
        <source>“%1” is attached to:
%2</source>
        <translation>“%1” is attached to:
%2</translation>
    </message>
    <message>
        <source>Cannot save a copy of the project</source>
        <translation>Cannot save a copy of the project</translation>
    </message>
    <message>
        <source>Saved a copy in %1; it is the open project now</source>
        <translation>Saved a copy in %1; it is the open project now</translation>
    </message>
    <message>
        <source>Files changed on disk</source>
        <translation>Files changed on disk</translation>
    </message>
    <message>
        <source>These files changed on disk, and you have unsaved edits to them here:
%1

Reload them from disk (your edits to them are lost), or keep yours (saving writes them over the disk&apos;s version)?</source>
        <translation>These files changed on disk, and you have unsaved edits to them here:
%1

Reload them from disk (your edits to them are lost), or keep yours (saving writes them over the disk&apos;s version)?</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Keep Mine</translation>
    </message>
    <message>
        <source>The project cannot be read again: %1</source>
        <translation>The project cannot be read again: %1</translation>
    </message>
    <message>
        <source>Read again from disk: %1</source>
        <translation>Read again from disk: %1</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>Copy the project folder, with your unsaved edits, to a new folder and go on working there</source>
        <translation>Copy the project folder, with your unsaved edits, to a new folder and go on working there</translation>
    </message>
    <message>
        <source>Save a Copy of the Project in a New or Empty Folder</source>
        <translation>Save a Copy of the Project in a New or Empty Folder</translation>
    </message>
    <message>
        <source>Impact of Edits</source>
        <translation>Impact of Edits</translation>
    </message>
</context>
<context>
    <name>cw::ui::MfaCodeDialog</name>
    <message>
        <source>MFA code</source>
        <translation>MFA code</translation>
    </message>
    <message>
        <source>The AWS profile “%1” assumes the role %2, which needs a code from your MFA device %3.</source>
        <translation>The AWS profile “%1” assumes the role %2, which needs a code from your MFA device %3.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
</context>
<context>
    <name>cw::ui::NewOptionsRuleDialog</name>
    <message>
        <source>New Options Rule</source>
        <translation>New Options Rule</translation>
    </message>
    <message>
        <source>An options rule limits the options a single-select field offers by the value of another single-select field.</source>
        <translation>An options rule limits the options a single-select field offers by the value of another single-select field.</translation>
    </message>
    <message>
        <source>Field whose options are limited</source>
        <translation>Field whose options are limited</translation>
    </message>
    <message>
        <source>Field whose value decides</source>
        <translation>Field whose value decides</translation>
    </message>
    <message>
        <source>&amp;Limit the options of:</source>
        <translation>&amp;Limit the options of:</translation>
    </message>
    <message>
        <source>&amp;By the value of:</source>
        <translation>&amp;By the value of:</translation>
    </message>
    <message>
        <source>&amp;Create Rule</source>
        <translation>&amp;Create Rule</translation>
    </message>
    <message>
        <source>The domain needs two single-select fields for an options rule.</source>
        <translation>The domain needs two single-select fields for an options rule.</translation>
    </message>
    <message>
        <source>Choose two different fields: a field cannot limit its own options.</source>
        <translation>Choose two different fields: a field cannot limit its own options.</translation>
    </message>
</context>
<context>
    <name>cw::ui::OptionsMatrixModel</name>
    <message>
        <source>This rule would map %1 parent values; the service accepts at most %2. Clear some rows first.</source>
        <translation>This rule would map %1 parent values; the service accepts at most %2. Clear some rows first.</translation>
    </message>
    <message>
        <source>“%1” would offer %2 child values; one mapping holds at most %3.</source>
        <translation>“%1” would offer %2 child values; one mapping holds at most %3.</translation>
    </message>
    <message>
        <source>A field options rule needs at least one mapping: offer another option before clearing this one.</source>
        <translation>A field options rule needs at least one mapping: offer another option before clearing this one.</translation>
    </message>
    <message>
        <source>A field options rule needs at least one mapping: offer another option before clearing %1&apos;s last one.</source>
        <translation>A field options rule needs at least one mapping: offer another option before clearing %1&apos;s last one.</translation>
    </message>
    <message>
        <source>This rule already maps %1 parent values, the most the service accepts; clear a row before mapping %2.</source>
        <translation>This rule already maps %1 parent values, the most the service accepts; clear a row before mapping %2.</translation>
    </message>
    <message>
        <source>%1 already offers %2 child values, the most one mapping holds.</source>
        <translation>%1 already offers %2 child values, the most one mapping holds.</translation>
    </message>
    <message>
        <source>all (not mapped)</source>
        <translation>all (not mapped)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source> (not an option)</source>
        <translation> (not an option)</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (inactive)</translation>
    </message>
    <message>
        <source>%1 is not mapped: when it is chosen, the child field offers all its active options.</source>
        <translation>%1 is not mapped: when it is chosen, the child field offers all its active options.</translation>
    </message>
    <message>
        <source>%1 → %2: offered</source>
        <translation>%1 → %2: offered</translation>
    </message>
    <message>
        <source>%1 → %2: not offered</source>
        <translation>%1 → %2: not offered</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>How many child values each parent value offers</source>
        <translation>How many child values each parent value offers</translation>
    </message>
    <message>
        <source>Option value: %1</source>
        <translation>Option value: %1</translation>
    </message>
    <message>
        <source>The rule maps this value, but the field has no such option.</source>
        <translation>The rule maps this value, but the field has no such option.</translation>
    </message>
    <message>
        <source>An inactive option: agents cannot pick it on new cases.</source>
        <translation>An inactive option: agents cannot pick it on new cases.</translation>
    </message>
    <message>
        <source>Offer %1 for %2</source>
        <translation>Offer %1 for %2</translation>
    </message>
    <message>
        <source>Stop offering %1 for %2</source>
        <translation>Stop offering %1 for %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 offers %n child value(s).</source>
        <translation>
            <numerusform>%1 offers %n child value.</numerusform>
            <numerusform>%1 offers %n child values.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::ui::OutcomeDiffModel</name>
    <message>
        <source>become required</source>
        <translation>become required</translation>
    </message>
    <message>
        <source>become not required</source>
        <translation>become not required</translation>
    </message>
    <message>
        <source>become hidden</source>
        <translation>become hidden</translation>
    </message>
    <message>
        <source>become shown</source>
        <translation>become shown</translation>
    </message>
    <message>
        <source>lose options</source>
        <translation>lose options</translation>
    </message>
    <message>
        <source>gain options</source>
        <translation>gain options</translation>
    </message>
    <message>
        <source>Field %1 of template %2</source>
        <translation>Field %1 of template %2</translation>
    </message>
    <message>
        <source>Click to show this case in the preview</source>
        <translation>Click to show this case in the preview</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more case(s)</source>
        <translation>
            <numerusform>… and %n more case</numerusform>
            <numerusform>… and %n more cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Field, change, example cases</source>
        <translation>Field, change, example cases</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
</context>
<context>
    <name>cw::ui::PreviewPane</name>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>Template to preview</source>
        <translation>Template to preview</translation>
    </message>
    <message>
        <source>Only this template&apos;s cases</source>
        <translation>Only this template&apos;s cases</translation>
    </message>
    <message>
        <source>Sample cases</source>
        <translation>Sample cases</translation>
    </message>
    <message>
        <source>Add case</source>
        <translation>Add case</translation>
    </message>
    <message>
        <source>Add an empty sample case of the chosen template</source>
        <translation>Add an empty sample case of the chosen template</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Delete cases</source>
        <translation>Delete cases</translation>
    </message>
    <message>
        <source>Clear value</source>
        <translation>Clear value</translation>
    </message>
    <message>
        <source>Leave the field out of the case (absent)</source>
        <translation>Leave the field out of the case (absent)</translation>
    </message>
    <message>
        <source>Set (empty)</source>
        <translation>Set (empty)</translation>
    </message>
    <message>
        <source>Store emptyValue in the field (rules treat it as absent)</source>
        <translation>Store emptyValue in the field (rules treat it as absent)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Add cases from a JSON ({&quot;cases&quot;: [...]}) or CSV file (a header row of field names or ids; &quot;id&quot; and &quot;template&quot; columns optional)</source>
        <translation>Add cases from a JSON ({&quot;cases&quot;: [...]}) or CSV file (a header row of field names or ids; &quot;id&quot; and &quot;template&quot; columns optional)</translation>
    </message>
    <message>
        <source>Generate cases</source>
        <translation>Generate cases</translation>
    </message>
    <message>
        <source>Add cases that try every value the template&apos;s rules test: each operand, another value, and empty</source>
        <translation>Add cases that try every value the template&apos;s rules test: each operand, another value, and empty</translation>
    </message>
    <message>
        <source>Case %1: no template to show it on</source>
        <translation>Case %1: no template to show it on</translation>
    </message>
    <message>
        <source>Case %1 as an agent sees it on “%2”</source>
        <translation>Case %1 as an agent sees it on “%2”</translation>
    </message>
    <message>
        <source>(the case names template “%1”, which the project does not have)</source>
        <translation>(the case names template “%1”, which the project does not have)</translation>
    </message>
    <message>
        <source>A rule is not applied: %1</source>
        <translation>A rule is not applied: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>Generate %1</source>
        <translation>Generate %1</translation>
    </message>
    <message>
        <source>Import sample cases</source>
        <translation>Import sample cases</translation>
    </message>
    <message>
        <source>Sample cases (*.json *.csv);;All files (*)</source>
        <translation>Sample cases (*.json *.csv);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample case(s)</source>
        <translation>
            <numerusform>%n sample case</numerusform>
            <numerusform>%n sample cases</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected case as an agent sees it</source>
        <translation>The selected case as an agent sees it</translation>
    </message>
    <message>
        <source>Required and hidden shares per field</source>
        <translation>Required and hidden shares per field</translation>
    </message>
    <message>
        <source>Expected outcomes</source>
        <translation>Expected outcomes</translation>
    </message>
    <message>
        <source>Expect this outcome</source>
        <translation>Expect this outcome</translation>
    </message>
    <message>
        <source>Pin what the form shows as the case&apos;s expected outcome: a later rule edit that changes it fails the tests and blocks publish</source>
        <translation>Pin what the form shows as the case&apos;s expected outcome: a later rule edit that changes it fails the tests and blocks publish</translation>
    </message>
    <message>
        <source>Forget expectations</source>
        <translation>Forget expectations</translation>
    </message>
    <message>
        <source>Remove the selected case&apos;s expected outcome</source>
        <translation>Remove the selected case&apos;s expected outcome</translation>
    </message>
    <message>
        <source>%1: expected %2, the rules give %3</source>
        <translation>%1: expected %2, the rules give %3</translation>
    </message>
    <message>
        <source>Expect the outcome of case %1</source>
        <translation>Expect the outcome of case %1</translation>
    </message>
    <message>
        <source>Forget the expectations of case %1</source>
        <translation>Forget the expectations of case %1</translation>
    </message>
    <message>
        <source>Expectations cannot be checked: %1</source>
        <translation>Expectations cannot be checked: %1</translation>
    </message>
    <message>
        <source>The samples&apos; expected outcomes: publish is blocked while one fails</source>
        <translation>The samples&apos; expected outcomes: publish is blocked while one fails</translation>
    </message>
    <message>
        <source>This edit breaks %1</source>
        <translation>This edit breaks %1</translation>
    </message>
    <message numerus="yes">
        <source>%n expectation(s)</source>
        <translation>
            <numerusform>%n expectation</numerusform>
            <numerusform>%n expectations</numerusform>
        </translation>
    </message>
    <message>
        <source>Expectations failing now: %1</source>
        <translation>Expectations failing now: %1</translation>
    </message>
    <message>
        <source>Only failing cases</source>
        <translation>Only failing cases</translation>
    </message>
    <message>
        <source>List only the cases whose expected outcomes the rules do not give</source>
        <translation>List only the cases whose expected outcomes the rules do not give</translation>
    </message>
    <message>
        <source>Expect the outcome of %1 in case %2</source>
        <translation>Expect the outcome of %1 in case %2</translation>
    </message>
    <message>
        <source>Forget the expectation of %1 in case %2</source>
        <translation>Forget the expectation of %1 in case %2</translation>
    </message>
</context>
<context>
    <name>cw::ui::ProjectStatusBar</name>
    <message>
        <source>Offline edits</source>
        <translation>Offline edits</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Last pull</source>
        <translation>Last pull</translation>
    </message>
    <message>
        <source>Connection target</source>
        <translation>Connection target</translation>
    </message>
    <message>
        <source>Nothing to publish: the project matches the last pull.</source>
        <translation>Nothing to publish: the project matches the last pull.</translation>
    </message>
    <message>
        <source>Offline edits: cannot plan</source>
        <translation>Offline edits: cannot plan</translation>
    </message>
    <message>
        <source>Changed both here and remotely since the last pull: %1</source>
        <translation>Changed both here and remotely since the last pull: %1</translation>
    </message>
    <message>
        <source>No conflicts with the remote domain</source>
        <translation>No conflicts with the remote domain</translation>
    </message>
    <message>
        <source>Never pulled</source>
        <translation>Never pulled</translation>
    </message>
    <message>
        <source>Last pull: %1</source>
        <translation>Last pull: %1</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>no region</translation>
    </message>
    <message>
        <source>default profile</source>
        <translation>default profile</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>profile %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Target: %1</translation>
    </message>
    <message>
        <source>Domain %1 (%2)</source>
        <translation>Domain %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n offline edit(s)</source>
        <translation>
            <numerusform>%n offline edit</numerusform>
            <numerusform>%n offline edits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Target: PRACTICE service %1 (not AWS)</source>
        <translation>Target: PRACTICE service %1 (not AWS)</translation>
    </message>
    <message>
        <source>Pull and publish go to the local practice service (domain %1) until you stop it (File &gt; Practice Domain); the project&apos;s own connection: %2</source>
        <translation>Pull and publish go to the local practice service (domain %1) until you stop it (File &gt; Practice Domain); the project&apos;s own connection: %2</translation>
    </message>
    <message>
        <source>last publish: %1</source>
        <translation>last publish: %1</translation>
    </message>
    <message>
        <source>Unreadable files</source>
        <translation>Unreadable files</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable file(s)</source>
        <translation>
            <numerusform>%n unreadable file</numerusform>
            <numerusform>%n unreadable files</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot be read: %1. Left out of the preview and of the offline edits, and never overwritten; publishing waits until every file reads (see Unreadable files in the explorer).</source>
        <translation>Cannot be read: %1. Left out of the preview and of the offline edits, and never overwritten; publishing waits until every file reads (see Unreadable files in the explorer).</translation>
    </message>
</context>
<context>
    <name>cw::ui::PromoteDialog</name>
    <message>
        <source>Promote to Another Project</source>
        <translation>Promote to Another Project</translation>
    </message>
    <message>
        <source>Target project folder:</source>
        <translation>Target project folder:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Choose the target project folder</source>
        <translation>Choose the target project folder</translation>
    </message>
    <message>
        <source>Map file (optional):</source>
        <translation>Map file (optional):</translation>
    </message>
    <message>
        <source>Choose a map file</source>
        <translation>Choose a map file</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>All rules</translation>
    </message>
    <message>
        <source>Rules selected in the explorer: %1</source>
        <translation>Rules selected in the explorer: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Mapping</translation>
    </message>
    <message>
        <source>What does not map</source>
        <translation>What does not map</translation>
    </message>
    <message>
        <source>Resulting plan of the target</source>
        <translation>Resulting plan of the target</translation>
    </message>
    <message>
        <source>Choose the project folder to promote into, then review the mapping.</source>
        <translation>Choose the project folder to promote into, then review the mapping.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Promote</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Cannot read the map: %1</source>
        <translation>Cannot read the map: %1</translation>
    </message>
    <message>
        <source>Cannot open the target: %1</source>
        <translation>Cannot open the target: %1</translation>
    </message>
    <message>
        <source>%1 reference(s) do not map; nothing can be promoted until the target has them or the map names them.</source>
        <translation>%1 reference(s) do not map; nothing can be promoted until the target has them or the map names them.</translation>
    </message>
    <message>
        <source>The target already has these rules: nothing to promote.</source>
        <translation>The target already has these rules: nothing to promote.</translation>
    </message>
    <message>
        <source>Cannot plan the target: %1</source>
        <translation>Cannot plan the target: %1</translation>
    </message>
    <message>
        <source>Ready: %1 change(s) to the target&apos;s files. Publish the target project to send them.</source>
        <translation>Ready: %1 change(s) to the target&apos;s files. Publish the target project to send them.</translation>
    </message>
    <message>
        <source>Cannot write the target: %1</source>
        <translation>Cannot write the target: %1</translation>
    </message>
    <message>
        <source>Promoted into %1. Open that project to publish it.</source>
        <translation>Promoted into %1. Open that project to publish it.</translation>
    </message>
</context>
<context>
    <name>cw::ui::PromoteMappingModel</name>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Option value</source>
        <translation>Option value</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>matched by name</translation>
    </message>
    <message>
        <source>overridden by the map</source>
        <translation>overridden by the map</translation>
    </message>
    <message>
        <source>new in the target</source>
        <translation>new in the target</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>In this project</source>
        <translation>In this project</translation>
    </message>
    <message>
        <source>In the target</source>
        <translation>In the target</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>User ARN</source>
        <translation>User ARN</translation>
    </message>
</context>
<context>
    <name>cw::ui::PublishDialog</name>
    <message>
        <source>changed here and remotely (found by the last pull)</source>
        <translation>changed here and remotely (found by the last pull)</translation>
    </message>
    <message>
        <source>deleted remotely since the last pull</source>
        <translation>deleted remotely since the last pull</translation>
    </message>
    <message>
        <source>changed remotely; deleted here</source>
        <translation>changed remotely; deleted here</translation>
    </message>
    <message>
        <source>changed remotely since the last pull</source>
        <translation>changed remotely since the last pull</translation>
    </message>
    <message>
        <source>Publish to Amazon Connect Cases</source>
        <translation>Publish to Amazon Connect Cases</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>What publish will do</source>
        <translation>What publish will do</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Someone changed these since the last pull. For each, keep mine (publish overwrites theirs) or take theirs (my file becomes theirs).</source>
        <translation>Someone changed these since the last pull. For each, keep mine (publish overwrites theirs) or take theirs (my file becomes theirs).</translation>
    </message>
    <message>
        <source>Rule or template</source>
        <translation>Rule or template</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Take</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Publish result</source>
        <translation>Publish result</translation>
    </message>
    <message>
        <source>&amp;Check for conflicts</source>
        <translation>&amp;Check for conflicts</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <source>The project cannot be read: %1</source>
        <translation>The project cannot be read: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation>No plan: %1</translation>
    </message>
    <message>
        <source>An earlier publish was interrupted. Publish finishes it first (nothing is sent twice), then carries out this plan.</source>
        <translation>An earlier publish was interrupted. Publish finishes it first (nothing is sent twice), then carries out this plan.</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>mine</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>theirs</translation>
    </message>
    <message>
        <source>Keep mine: %1</source>
        <translation>Keep mine: %1</translation>
    </message>
    <message>
        <source>Take theirs: %1</source>
        <translation>Take theirs: %1</translation>
    </message>
    <message>
        <source>Choose mine or theirs for every conflict first</source>
        <translation>Choose mine or theirs for every conflict first</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Cannot connect: %1</translation>
    </message>
    <message>
        <source>Reading the service&apos;s versions of what the plan changes…</source>
        <translation>Reading the service&apos;s versions of what the plan changes…</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>The check failed: %1</translation>
    </message>
    <message>
        <source>No conflicts: nothing changed remotely since the last pull.</source>
        <translation>No conflicts: nothing changed remotely since the last pull.</translation>
    </message>
    <message>
        <source>Choose mine or theirs for every conflict first.</source>
        <translation>Choose mine or theirs for every conflict first.</translation>
    </message>
    <message>
        <source>Changed remotely again since they were shown: %1. Look at them again.</source>
        <translation>Changed remotely again since they were shown: %1. Look at them again.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publishing…</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>Publish stopped: %1</source>
        <translation>Publish stopped: %1</translation>
    </message>
    <message>
        <source>What was done before is recorded; publish again to finish.</source>
        <translation>What was done before is recorded; publish again to finish.</translation>
    </message>
    <message>
        <source>Publish failed.</source>
        <translation>Publish failed.</translation>
    </message>
    <message>
        <source>Publish stopped before changing anything: these changed remotely meanwhile. Choose again.</source>
        <translation>Publish stopped before changing anything: these changed remotely meanwhile. Choose again.</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>done: %1</translation>
    </message>
    <message>
        <source>Nothing to publish: the domain matches the project.</source>
        <translation>Nothing to publish: the domain matches the project.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): compare the versions and choose mine or theirs.</source>
        <translation>
            <numerusform>%n conflict: compare the versions and choose mine or theirs.</numerusform>
            <numerusform>%n conflicts: compare the versions and choose mine or theirs.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was deleted remotely; published again as a new one</source>
        <translation>%1 was deleted remotely; published again as a new one</translation>
    </message>
    <message numerus="yes">
        <source>Published %n change(s).</source>
        <translation>
            <numerusform>Published %n change.</numerusform>
            <numerusform>Published %n changes.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rehearse</source>
        <translation>&amp;Rehearse</translation>
    </message>
    <message>
        <source>Publish to a local practice copy of the last pulled state first: the same steps and checks, nothing sent to the service, the project unchanged</source>
        <translation>Publish to a local practice copy of the last pulled state first: the same steps and checks, nothing sent to the service, the project unchanged</translation>
    </message>
    <message>
        <source>Rehearsing on a local practice copy of the domain…</source>
        <translation>Rehearsing on a local practice copy of the domain…</translation>
    </message>
    <message>
        <source>The rehearsal could not run: %1</source>
        <translation>The rehearsal could not run: %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refused: %1</translation>
    </message>
    <message>
        <source>stopped at the conflicts the last pull left: choose mine or theirs first</source>
        <translation>stopped at the conflicts the last pull left: choose mine or theirs first</translation>
    </message>
    <message>
        <source>The domain afterwards, against the last pull:</source>
        <translation>The domain afterwards, against the last pull:</translation>
    </message>
    <message>
        <source>  (no change)</source>
        <translation>  (no change)</translation>
    </message>
    <message>
        <source>%1 request(s): about %2 s at %3 requests/s (an assumption: your account&apos;s quota may differ)</source>
        <translation>%1 request(s): about %2 s at %3 requests/s (an assumption: your account&apos;s quota may differ)</translation>
    </message>
    <message>
        <source>Rehearsal succeeded: publish would carry out %1 change(s).</source>
        <translation>Rehearsal succeeded: publish would carry out %1 change(s).</translation>
    </message>
    <message>
        <source>Rehearsal failed: publish would stop at the step shown.</source>
        <translation>Rehearsal failed: publish would stop at the step shown.</translation>
    </message>
    <message>
        <source>Rehearsing [%1/%2] %3</source>
        <translation>Rehearsing [%1/%2] %3</translation>
    </message>
    <message>
        <source>Publishing identity</source>
        <translation>Publishing identity</translation>
    </message>
    <message>
        <source>Checking whom this connection publishes as…</source>
        <translation>Checking whom this connection publishes as…</translation>
    </message>
    <message>
        <source>Publishing as %1 in account %2</source>
        <translation>Publishing as %1 in account %2</translation>
    </message>
    <message>
        <source>Cannot tell whom this connection publishes as (sts:GetCallerIdentity): %1</source>
        <translation>Cannot tell whom this connection publishes as (sts:GetCallerIdentity): %1</translation>
    </message>
    <message>
        <source>Publish is off until these are fixed: %1</source>
        <translation>Publish is off until these are fixed: %1</translation>
    </message>
    <message>
        <source>Fix these first: %1</source>
        <translation>Fix these first: %1</translation>
    </message>
    <message>
        <source>Nothing was changed in the domain.</source>
        <translation>Nothing was changed in the domain.</translation>
    </message>
    <message>
        <source>Tests of the rules</source>
        <translation>Tests of the rules</translation>
    </message>
    <message>
        <source>Tests cannot run: %1</source>
        <translation>Tests cannot run: %1</translation>
    </message>
    <message>
        <source>Tests: %1</source>
        <translation>Tests: %1</translation>
    </message>
    <message>
        <source>Tests fail: %1. Publish is blocked until the rules meet the samples&apos; expectations.</source>
        <translation>Tests fail: %1. Publish is blocked until the rules meet the samples&apos; expectations.</translation>
    </message>
    <message>
        <source>case %1, %2: %3 expected %4, the rules give %5</source>
        <translation>case %1, %2: %3 expected %4, the rules give %5</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <source>The tests of the rules fail: see the plan</source>
        <translation>The tests of the rules fail: see the plan</translation>
    </message>
    <message>
        <source>Publish refused: %1</source>
        <translation>Publish refused: %1</translation>
    </message>
    <message>
        <source>The tests of the rules failed: nothing was sent. Make the rules meet the samples&apos; expectations (or change the expectations), then publish.</source>
        <translation>The tests of the rules failed: nothing was sent. Make the rules meet the samples&apos; expectations (or change the expectations), then publish.</translation>
    </message>
    <message>
        <source>Publish refused: the tests fail, nothing was sent.</source>
        <translation>Publish refused: the tests fail, nothing was sent.</translation>
    </message>
    <message>
        <source>Waiting for the identity check to finish…</source>
        <translation>Waiting for the identity check to finish…</translation>
    </message>
</context>
<context>
    <name>cw::ui::PullDialog</name>
    <message>
        <source>Pull a Cases domain</source>
        <translation>Pull a Cases domain</translation>
    </message>
    <message>
        <source>a new folder, or an existing project to refresh</source>
        <translation>a new folder, or an existing project to refresh</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Project &amp;folder:</source>
        <translation>Project &amp;folder:</translation>
    </message>
    <message>
        <source>Cancel pull</source>
        <translation>Cancel pull</translation>
    </message>
    <message>
        <source>Pull report</source>
        <translation>Pull report</translation>
    </message>
    <message>
        <source>What the pull created, updated, removed and kept shows here.</source>
        <translation>What the pull created, updated, removed and kept shows here.</translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation>&amp;Pull</translation>
    </message>
    <message>
        <source>&amp;Open project</source>
        <translation>&amp;Open project</translation>
    </message>
    <message>
        <source>This folder&apos;s project cannot be read: %1</source>
        <translation>This folder&apos;s project cannot be read: %1</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Project folder</translation>
    </message>
    <message>
        <source>Choose the project folder first.</source>
        <translation>Choose the project folder first.</translation>
    </message>
    <message>
        <source>Choose the domain to pull (Load domains lists them).</source>
        <translation>Choose the domain to pull (Load domains lists them).</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Cannot connect: %1</translation>
    </message>
    <message>
        <source>Pulling from %1…</source>
        <translation>Pulling from %1…</translation>
    </message>
    <message>
        <source>fields %1/%2 · options %3/%4 · layouts %5/%6 · templates %7/%8 · rules %9/%10%11</source>
        <translation>fields %1/%2 · options %3/%4 · layouts %5/%6 · templates %7/%8 · rules %9/%10%11</translation>
    </message>
    <message>
        <source> (still listing)</source>
        <translation> (still listing)</translation>
    </message>
    <message>
        <source>Created the project %1</source>
        <translation>Created the project %1</translation>
    </message>
    <message>
        <source>Refreshed the project %1</source>
        <translation>Refreshed the project %1</translation>
    </message>
    <message>
        <source>%1 fields, %2 templates, %3 rules, %4 layouts.</source>
        <translation>%1 fields, %2 templates, %3 rules, %4 layouts.</translation>
    </message>
    <message>
        <source>Created from the remote: %1</source>
        <translation>Created from the remote: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Updated from the remote: %1</source>
        <translation>Updated from the remote: %1</translation>
    </message>
    <message>
        <source>Removed (deleted remotely): %1</source>
        <translation>Removed (deleted remotely): %1</translation>
    </message>
    <message>
        <source>Kept (your edits): %1</source>
        <translation>Kept (your edits): %1</translation>
    </message>
    <message>
        <source>Conflicts: none</source>
        <translation>Conflicts: none</translation>
    </message>
    <message>
        <source>Conflicts (changed both here and remotely; both versions are kept, resolve them in Publish):</source>
        <translation>Conflicts (changed both here and remotely; both versions are kept, resolve them in Publish):</translation>
    </message>
    <message>
        <source>The pull failed: %1</source>
        <translation>The pull failed: %1</translation>
    </message>
</context>
<context>
    <name>cw::ui::RuleChip</name>
    <message>
        <source>Required rule</source>
        <translation>Required rule</translation>
    </message>
    <message>
        <source>Hidden rule</source>
        <translation>Hidden rule</translation>
    </message>
    <message>
        <source>Field options rule</source>
        <translation>Field options rule</translation>
    </message>
    <message>
        <source>Rule of an unknown kind</source>
        <translation>Rule of an unknown kind</translation>
    </message>
    <message>
        <source>%1 (not in the project)</source>
        <translation>%1 (not in the project)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Detach this rule from the field</source>
        <translation>Detach this rule from the field</translation>
    </message>
    <message>
        <source>Detach %1</source>
        <translation>Detach %1</translation>
    </message>
    <message>
        <source>The rule has errors; open it to see them.</source>
        <translation>The rule has errors; open it to see them.</translation>
    </message>
    <message>
        <source>Used nowhere else.</source>
        <translation>Used nowhere else.</translation>
    </message>
    <message>
        <source>Also used by:
  %1</source>
        <translation>Also used by:
  %1</translation>
    </message>
    <message>
        <source>&amp;Open Rule</source>
        <translation>&amp;Open Rule</translation>
    </message>
    <message>
        <source>&amp;Detach from Field</source>
        <translation>&amp;Detach from Field</translation>
    </message>
</context>
<context>
    <name>cw::ui::RuleEditor</name>
    <message>
        <source>Required rule</source>
        <translation>Required rule</translation>
    </message>
    <message>
        <source>Hidden rule</source>
        <translation>Hidden rule</translation>
    </message>
    <message>
        <source>Field options rule</source>
        <translation>Field options rule</translation>
    </message>
    <message>
        <source>Rule of an unknown kind</source>
        <translation>Rule of an unknown kind</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Rule name</translation>
    </message>
    <message>
        <source>Findings about the rule name</source>
        <translation>Findings about the rule name</translation>
    </message>
    <message>
        <source>Rule description</source>
        <translation>Rule description</translation>
    </message>
    <message>
        <source>Optional: what the rule is for</source>
        <translation>Optional: what the rule is for</translation>
    </message>
    <message>
        <source>Findings about the rule description</source>
        <translation>Findings about the rule description</translation>
    </message>
    <message>
        <source>Where the rule is used</source>
        <translation>Where the rule is used</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Used by:</source>
        <translation>Used by:</translation>
    </message>
    <message>
        <source>Read this hidden rule as:</source>
        <translation>Read this hidden rule as:</translation>
    </message>
    <message>
        <source>&amp;Show when…</source>
        <translation>&amp;Show when…</translation>
    </message>
    <message>
        <source>As the Connect admin website says it. The rule still stores whether the field is hidden.</source>
        <translation>As the Connect admin website says it. The rule still stores whether the field is hidden.</translation>
    </message>
    <message>
        <source>&amp;Hide when…</source>
        <translation>&amp;Hide when…</translation>
    </message>
    <message>
        <source>As the Cases API stores it: the result is whether the field is hidden.</source>
        <translation>As the Cases API stores it: the result is whether the field is hidden.</translation>
    </message>
    <message>
        <source>Conditions used</source>
        <translation>Conditions used</translation>
    </message>
    <message>
        <source>Findings about the conditions</source>
        <translation>Findings about the conditions</translation>
    </message>
    <message>
        <source>&amp;Otherwise (when no condition is true):</source>
        <translation>&amp;Otherwise (when no condition is true):</translation>
    </message>
    <message>
        <source>Default value</source>
        <translation>Default value</translation>
    </message>
    <message>
        <source>Findings about the default value</source>
        <translation>Findings about the default value</translation>
    </message>
    <message>
        <source>In plain words</source>
        <translation>In plain words</translation>
    </message>
    <message>
        <source>Rule summary</source>
        <translation>Rule summary</translation>
    </message>
    <message>
        <source>Other findings about the rule</source>
        <translation>Other findings about the rule</translation>
    </message>
    <message>
        <source>No rule selected</source>
        <translation>No rule selected</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not attached to any template field</source>
        <translation>not attached to any template field</translation>
    </message>
    <message>
        <source>Which options the child field offers for each value of the parent field is edited in the field options editor.</source>
        <translation>Which options the child field offers for each value of the parent field is edited in the field options editor.</translation>
    </message>
    <message>
        <source>This version of Casewright cannot edit this kind of rule; it is kept as it is.</source>
        <translation>This version of Casewright cannot edit this kind of rule; it is kept as it is.</translation>
    </message>
    <message>
        <source>%1 of %2 conditions used</source>
        <translation>%1 of %2 conditions used</translation>
    </message>
    <message>
        <source>Rename rule</source>
        <translation>Rename rule</translation>
    </message>
    <message>
        <source>Change rule description</source>
        <translation>Change rule description</translation>
    </message>
    <message>
        <source>Change the default value</source>
        <translation>Change the default value</translation>
    </message>
    <message>
        <source>Rule editor</source>
        <translation>Rule editor</translation>
    </message>
    <message>
        <source>Expectations this rule breaks</source>
        <translation>Expectations this rule breaks</translation>
    </message>
    <message>
        <source>This rule breaks %1 of the samples:</source>
        <translation>This rule breaks %1 of the samples:</translation>
    </message>
    <message numerus="yes">
        <source>%n expectation(s)</source>
        <translation>
            <numerusform>%n expectation</numerusform>
            <numerusform>%n expectations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in case %2 — %3: expected %4, the rules give %5</source>
        <translation>%1 in case %2 — %3: expected %4, the rules give %5</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
    <message numerus="yes">
        <source>Show the failing case(s) in the preview</source>
        <translation>
            <numerusform>Show the failing case in the preview</numerusform>
            <numerusform>Show the failing cases in the preview</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::ui::RulePickerDialog</name>
    <message>
        <source>Attach a Rule to %1</source>
        <translation>Attach a Rule to %1</translation>
    </message>
    <message>
        <source>Rules that fit %1: required and hidden rules, and options rules whose child field it is. Rules already attached to it are left out.</source>
        <translation>Rules that fit %1: required and hidden rules, and options rules whose child field it is. Rules already attached to it are left out.</translation>
    </message>
    <message>
        <source>Type to search rules</source>
        <translation>Type to search rules</translation>
    </message>
    <message>
        <source>Search rules</source>
        <translation>Search rules</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>No rule of the project fits this field; create one instead.</source>
        <translation>No rule of the project fits this field; create one instead.</translation>
    </message>
    <message>
        <source>No rule matches the search.</source>
        <translation>No rule matches the search.</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Attach</translation>
    </message>
</context>
<context>
    <name>cw::ui::SampleCasesModel</name>
    <message>
        <source>Set %1 of a sample case</source>
        <translation>Set %1 of a sample case</translation>
    </message>
    <message>
        <source>Remove %1 from a sample case</source>
        <translation>Remove %1 from a sample case</translation>
    </message>
    <message>
        <source>Rename a sample case</source>
        <translation>Rename a sample case</translation>
    </message>
    <message>
        <source>Change the template of a sample case</source>
        <translation>Change the template of a sample case</translation>
    </message>
    <message>
        <source>Add a sample case</source>
        <translation>Add a sample case</translation>
    </message>
    <message>
        <source>Duplicate a sample case</source>
        <translation>Duplicate a sample case</translation>
    </message>
    <message>
        <source>Delete a sample case</source>
        <translation>Delete a sample case</translation>
    </message>
    <message>
        <source>Delete %1 sample cases</source>
        <translation>Delete %1 sample cases</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Template id: %1</source>
        <translation>Template id: %1</translation>
    </message>
    <message>
        <source>The project has no template with this id</source>
        <translation>The project has no template with this id</translation>
    </message>
    <message>
        <source>Not a value of this %1 field: rules comparing it with a value of the field&apos;s type never match it.</source>
        <translation>Not a value of this %1 field: rules comparing it with a value of the field&apos;s type never match it.</translation>
    </message>
    <message>
        <source>Saved in samples/%1</source>
        <translation>Saved in samples/%1</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>Case id</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>%1 field, id %2</source>
        <translation>%1 field, id %2</translation>
    </message>
    <message>
        <source>Field %1 is not in the project</source>
        <translation>Field %1 is not in the project</translation>
    </message>
</context>
<context>
    <name>cw::ui::SampleValueDelegate</name>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1 (not an option)</source>
        <translation>%1 (not an option)</translation>
    </message>
</context>
<context>
    <name>cw::ui::SampleValueText</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>%1 (unknown type)</source>
        <translation>%1 (unknown type)</translation>
    </message>
</context>
<context>
    <name>cw::ui::SideBySideView</name>
    <message>
        <source>Mine (the project&apos;s file)</source>
        <translation>Mine (the project&apos;s file)</translation>
    </message>
    <message>
        <source>Theirs (the service now)</source>
        <translation>Theirs (the service now)</translation>
    </message>
    <message>
        <source>Base (as last pulled)</source>
        <translation>Base (as last pulled)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
</context>
<context>
    <name>cw::ui::SsoSignInDialog</name>
    <message>
        <source>Sign in with IAM Identity Center</source>
        <translation>Sign in with IAM Identity Center</translation>
    </message>
    <message>
        <source>Approve this sign-in in your browser (%1). Check that it shows this code:</source>
        <translation>Approve this sign-in in your browser (%1). Check that it shows this code:</translation>
    </message>
    <message>
        <source>Open the browser again</source>
        <translation>Open the browser again</translation>
    </message>
    <message>
        <source>Cannot sign in: %1</source>
        <translation>Cannot sign in: %1</translation>
    </message>
    <message>
        <source>Waiting for the approval at %1 …</source>
        <translation>Waiting for the approval at %1 …</translation>
    </message>
    <message>
        <source>The sign-in was not approved in time. Close this and try again.</source>
        <translation>The sign-in was not approved in time. Close this and try again.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Signed in.</translation>
    </message>
</context>
<context>
    <name>cw::ui::StartPage</name>
    <message>
        <source>Casewright</source>
        <translation>Casewright</translation>
    </message>
    <message>
        <source>Design Amazon Connect Cases case rules in a project folder, try them on sample cases, and publish when they are ready.</source>
        <translation>Design Amazon Connect Cases case rules in a project folder, try them on sample cases, and publish when they are ready.</translation>
    </message>
    <message>
        <source>&amp;Open a project folder…</source>
        <translation>&amp;Open a project folder…</translation>
    </message>
    <message>
        <source>&amp;New project from a pull…</source>
        <translation>&amp;New project from a pull…</translation>
    </message>
    <message>
        <source>&amp;Recent projects:</source>
        <translation>&amp;Recent projects:</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Recent projects</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
</context>
<context>
    <name>cw::ui::TemplateEditor</name>
    <message>
        <source>Other findings about the template</source>
        <translation>Other findings about the template</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Template name</translation>
    </message>
    <message>
        <source>Findings about the template name</source>
        <translation>Findings about the template name</translation>
    </message>
    <message>
        <source>Template description</source>
        <translation>Template description</translation>
    </message>
    <message>
        <source>Optional: what cases the template is for</source>
        <translation>Optional: what cases the template is for</translation>
    </message>
    <message>
        <source>Findings about the template description</source>
        <translation>Findings about the template description</translation>
    </message>
    <message>
        <source>Template status</source>
        <translation>Template status</translation>
    </message>
    <message>
        <source>Findings about the template status</source>
        <translation>Findings about the template status</translation>
    </message>
    <message>
        <source>Default layout</source>
        <translation>Default layout</translation>
    </message>
    <message>
        <source>Findings about the default layout</source>
        <translation>Findings about the default layout</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Default &amp;layout:</source>
        <translation>Default &amp;layout:</translation>
    </message>
    <message>
        <source>Always required fields</source>
        <translation>Always required fields</translation>
    </message>
    <message>
        <source>Required fields used</source>
        <translation>Required fields used</translation>
    </message>
    <message>
        <source>Field to make required</source>
        <translation>Field to make required</translation>
    </message>
    <message>
        <source>&amp;Add Required Field</source>
        <translation>&amp;Add Required Field</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>The selected field is no longer always required</source>
        <translation>The selected field is no longer always required</translation>
    </message>
    <message>
        <source>Findings about the required fields</source>
        <translation>Findings about the required fields</translation>
    </message>
    <message>
        <source>No template selected</source>
        <translation>No template selected</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Template: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>(no status)</source>
        <translation>(no status)</translation>
    </message>
    <message>
        <source>%1 (not a status)</source>
        <translation>%1 (not a status)</translation>
    </message>
    <message>
        <source>(no default layout)</source>
        <translation>(no default layout)</translation>
    </message>
    <message>
        <source>%1 (unknown layout)</source>
        <translation>%1 (unknown layout)</translation>
    </message>
    <message>
        <source>%1 of %2 required fields</source>
        <translation>%1 of %2 required fields</translation>
    </message>
    <message>
        <source>%1 (unknown field)</source>
        <translation>%1 (unknown field)</translation>
    </message>
    <message>
        <source>This template already has %1 required fields, the most the service accepts. Remove one, or make a field required by a rule instead.</source>
        <translation>This template already has %1 required fields, the most the service accepts. Remove one, or make a field required by a rule instead.</translation>
    </message>
    <message>
        <source>Make %1 always required</source>
        <translation>Make %1 always required</translation>
    </message>
    <message>
        <source>Pick a field that is not required yet.</source>
        <translation>Pick a field that is not required yet.</translation>
    </message>
    <message>
        <source>Make %1 required</source>
        <translation>Make %1 required</translation>
    </message>
    <message>
        <source>Stop requiring %1</source>
        <translation>Stop requiring %1</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>Rename template</translation>
    </message>
    <message>
        <source>Change template description</source>
        <translation>Change template description</translation>
    </message>
    <message>
        <source>Activate template</source>
        <translation>Activate template</translation>
    </message>
    <message>
        <source>Deactivate template</source>
        <translation>Deactivate template</translation>
    </message>
    <message>
        <source>Change default layout</source>
        <translation>Change default layout</translation>
    </message>
    <message>
        <source>Fields and their rules</source>
        <translation>Fields and their rules</translation>
    </message>
    <message>
        <source>R required · H hidden · O options. Click a rule to see where else it is used; double-click to open it.</source>
        <translation>R required · H hidden · O options. Click a rule to see where else it is used; double-click to open it.</translation>
    </message>
    <message>
        <source>Rules used</source>
        <translation>Rules used</translation>
    </message>
    <message>
        <source>Field to add</source>
        <translation>Field to add</translation>
    </message>
    <message>
        <source>Add &amp;Field</source>
        <translation>Add &amp;Field</translation>
    </message>
    <message>
        <source>Show another field of the project here, to attach rules to it</source>
        <translation>Show another field of the project here, to attach rules to it</translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>Selected rule</translation>
    </message>
    <message>
        <source>Selected rule summary</source>
        <translation>Selected rule summary</translation>
    </message>
    <message>
        <source>Where else this rule is used:</source>
        <translation>Where else this rule is used:</translation>
    </message>
    <message>
        <source>Other templates and fields using the rule</source>
        <translation>Other templates and fields using the rule</translation>
    </message>
    <message>
        <source>&amp;Open Rule</source>
        <translation>&amp;Open Rule</translation>
    </message>
    <message>
        <source>Show the rule in the rule editor</source>
        <translation>Show the rule in the rule editor</translation>
    </message>
    <message>
        <source>De&amp;tach from Field</source>
        <translation>De&amp;tach from Field</translation>
    </message>
    <message>
        <source>This template already has %1 rules, the most the service accepts. Detach one before attaching or creating another.</source>
        <translation>This template already has %1 rules, the most the service accepts. Detach one before attaching or creating another.</translation>
    </message>
    <message>
        <source>%1 of %2 rules attached</source>
        <translation>%1 of %2 rules attached</translation>
    </message>
    <message>
        <source>Attach “%1” to %2</source>
        <translation>Attach “%1” to %2</translation>
    </message>
    <message>
        <source>Create rule “%1” for %2</source>
        <translation>Create rule “%1” for %2</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <source>Detach “%1” from %2</source>
        <translation>Detach “%1” from %2</translation>
    </message>
    <message>
        <source>%1 “%2” on %3</source>
        <translation>%1 “%2” on %3</translation>
    </message>
    <message>
        <source>%1 on %2: the project holds no such rule</source>
        <translation>%1 on %2: the project holds no such rule</translation>
    </message>
    <message>
        <source>Nowhere else</source>
        <translation>Nowhere else</translation>
    </message>
    <message>
        <source>Template editor</source>
        <translation>Template editor</translation>
    </message>
</context>
<context>
    <name>cw::ui::TemplateFieldRow</name>
    <message>
        <source>always required</source>
        <translation>always required</translation>
    </message>
    <message>
        <source>Field id: %1</source>
        <translation>Field id: %1</translation>
    </message>
    <message>
        <source>no rules</source>
        <translation>no rules</translation>
    </message>
    <message>
        <source>Attach Rule…</source>
        <translation>Attach Rule…</translation>
    </message>
    <message>
        <source>Attach a rule to %1</source>
        <translation>Attach a rule to %1</translation>
    </message>
    <message>
        <source>New Rule</source>
        <translation>New Rule</translation>
    </message>
    <message>
        <source>New rule for %1</source>
        <translation>New rule for %1</translation>
    </message>
    <message>
        <source>&amp;Required Rule</source>
        <translation>&amp;Required Rule</translation>
    </message>
    <message>
        <source>&amp;Hidden Rule</source>
        <translation>&amp;Hidden Rule</translation>
    </message>
    <message>
        <source>&amp;Options Rule</source>
        <translation>&amp;Options Rule</translation>
    </message>
    <message>
        <source>Limit this field&apos;s options by another single-select field&apos;s value</source>
        <translation>Limit this field&apos;s options by another single-select field&apos;s value</translation>
    </message>
    <message>
        <source>Only a single-select field can have its options limited, and only by another single-select field.</source>
        <translation>Only a single-select field can have its options limited, and only by another single-select field.</translation>
    </message>
    <message>
        <source>Findings about the rules of %1</source>
        <translation>Findings about the rules of %1</translation>
    </message>
    <message>
        <source>Attach a rule of the project to %1</source>
        <translation>Attach a rule of the project to %1</translation>
    </message>
    <message>
        <source>Create a rule for %1 and attach it</source>
        <translation>Create a rule for %1 and attach it</translation>
    </message>
    <message>
        <source>%1 required rules: the field is required when any of them says required.</source>
        <translation>%1 required rules: the field is required when any of them says required.</translation>
    </message>
    <message>
        <source>%1 hidden rules: the field is hidden when any of them says hidden.</source>
        <translation>%1 hidden rules: the field is hidden when any of them says hidden.</translation>
    </message>
    <message>
        <source>%1 options rules: the field offers only the options that every one of them allows.</source>
        <translation>%1 options rules: the field offers only the options that every one of them allows.</translation>
    </message>
    <message>
        <source>How the rules of %1 combine</source>
        <translation>How the rules of %1 combine</translation>
    </message>
</context>
<context>
    <name>cw::ui::UnreadableFilePage</name>
    <message>
        <source>This file cannot be read, so what it holds is left out of the preview and publishing is off. Casewright never overwrites it: fix it in a text editor, and it is read again as soon as it is saved.</source>
        <translation>This file cannot be read, so what it holds is left out of the preview and publishing is off. Casewright never overwrites it: fix it in a text editor, and it is read again as soon as it is saved.</translation>
    </message>
    <message>
        <source>The file&apos;s text (read-only)</source>
        <translation>The file&apos;s text (read-only)</translation>
    </message>
    <message>
        <source>The file reads again: what it holds is back in the project.</source>
        <translation>The file reads again: what it holds is back in the project.</translation>
    </message>
    <message>
        <source>(the entry is not a plain file: there is no text to show)</source>
        <translation>(the entry is not a plain file: there is no text to show)</translation>
    </message>
    <message>
        <source>(only the first %1 KiB are shown)</source>
        <translation>(only the first %1 KiB are shown)</translation>
    </message>
</context>
<context>
    <name>cw::ui::ValueEditor</name>
    <message>
        <source>(no value)</source>
        <translation>(no value)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>text to compare with</source>
        <translation>text to compare with</translation>
    </message>
    <message>
        <source>a user ARN (%1), which a condition cannot hold</source>
        <translation>a user ARN (%1), which a condition cannot hold</translation>
    </message>
    <message>
        <source>a “%1” value this version cannot edit</source>
        <translation>a “%1” value this version cannot edit</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Value: %1</translation>
    </message>
    <message>
        <source>(no option chosen)</source>
        <translation>(no option chosen)</translation>
    </message>
    <message>
        <source>%1 (not an option)</source>
        <translation>%1 (not an option)</translation>
    </message>
</context>
<context>
    <name>cw::ui::i18n::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Use &amp;System Language</source>
        <translation>Use &amp;System Language</translation>
    </message>
    <message>
        <source>Cannot change the language</source>
        <translation>Cannot change the language</translation>
    </message>
    <message>
        <source>Language changed</source>
        <translation>Language changed</translation>
    </message>
    <message>
        <source>Casewright is now in %1. The open window shows it after a restart. Restart now?</source>
        <translation>Casewright is now in %1. The open window shows it after a restart. Restart now?</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Restart Now</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
</TS>
