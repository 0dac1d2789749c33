<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ConditionOperator</name>
    <message>
        <source>equals</source>
        <translation>が次と等しい</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>が次と等しくない</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>が空</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>が空でない</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>(no field)</source>
        <translation>(フィールドなし)</translation>
    </message>
    <message>
        <source>Delete rule “%1”</source>
        <translation>ルール「%1」を削除</translation>
    </message>
    <message>
        <source>Error: %1 [%2]</source>
        <translation>エラー: %1 [%2]</translation>
    </message>
    <message>
        <source>Warning: %1 [%2]</source>
        <translation>警告: %1 [%2]</translation>
    </message>
    <message>
        <source>Field id: %1</source>
        <translation>フィールド ID: %1</translation>
    </message>
</context>
<context>
    <name>SampleValueDelegate</name>
    <message>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (無効)</translation>
    </message>
</context>
<context>
    <name>cw::ui</name>
    <message>
        <source>A rule can have at most %1 conditions (counted inside groups too). Remove one, or split the rule into two rules.</source>
        <translation>1 つのルールに設定できる条件は最大 %1 個です (グループ内の条件も数えます)。条件を 1 つ削除するか、ルールを 2 つに分けてください。</translation>
    </message>
    <message>
        <source>Groups can be nested %1 levels deep at most: this group is already inside a group, so it cannot hold another group.</source>
        <translation>グループの入れ子は最大 %1 階層までです。このグループはすでにグループの中にあるため、さらにグループを入れることはできません。</translation>
    </message>
    <message>
        <source>A new group starts with one condition, and %1</source>
        <translation>新しいグループは条件 1 つで始まります。%1</translation>
    </message>
    <message>
        <source>That condition no longer exists.</source>
        <translation>その条件はもう存在しません。</translation>
    </message>
    <message>
        <source>A group cannot be moved into itself.</source>
        <translation>グループをそれ自身の中に移動することはできません。</translation>
    </message>
    <message>
        <source>Groups can be nested %1 levels deep at most; there this group would be nested deeper.</source>
        <translation>グループの入れ子は最大 %1 階層までです。その位置ではこのグループの階層が深くなりすぎます。</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>必須でない</translation>
    </message>
    <message>
        <source>show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>hide</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>Make the field required or not, by the first condition that is true:</source>
        <translation>最初に成立した条件に従って、フィールドを必須にするかどうかを決めます:</translation>
    </message>
    <message>
        <source>%1 offers only the options mapped to the value of %2 (%3).</source>
        <translation>%1 には、%2 の値に対応付けられたオプションだけが表示されます (%3)。</translation>
    </message>
    <message>
        <source>an empty group (never true)</source>
        <translation>空のグループ (常に不成立)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> かつ </translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>A “%1” rule, which this version of Casewright cannot read; it is kept as it is.</source>
        <translation>このバージョンの Casewright では読み取れない「%1」ルールです。そのまま保持されます。</translation>
    </message>
    <message>
        <source>Always %1: the rule has no conditions.</source>
        <translation>常に%1: このルールには条件がありません。</translation>
    </message>
    <message>
        <source>%1 when %2</source>
        <translation>%2場合は%1</translation>
    </message>
    <message>
        <source>; else </source>
        <translation>。それ以外で</translation>
    </message>
    <message>
        <source>; otherwise %1.</source>
        <translation>。いずれでもなければ%1。</translation>
    </message>
    <message>
        <source>(no field)</source>
        <translation>(フィールドなし)</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>フィールド %1</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>%1 is not empty</source>
        <translation>%1 が空でない</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 が空である</translation>
    </message>
    <message>
        <source>%1 does not equal a value of unknown type &quot;%2&quot; (never true)</source>
        <translation>%1 が不明な型の値 &quot;%2&quot; と等しくない (常に不成立)</translation>
    </message>
    <message>
        <source>%1 equals a value of unknown type &quot;%2&quot; (never true)</source>
        <translation>%1 が不明な型の値 &quot;%2&quot; と等しい (常に不成立)</translation>
    </message>
    <message>
        <source>%1 does not equal %2</source>
        <translation>%1 が %2 と等しくない</translation>
    </message>
    <message>
        <source>%1 equals %2</source>
        <translation>%1 が %2 と等しい</translation>
    </message>
    <message numerus="yes">
        <source>%n parent value(s) mapped</source>
        <translation>
            <numerusform>親の値 %n 件を対応付け済み</numerusform>
        </translation>
    </message>
    <message>
        <source>condition of unknown kind &quot;%1&quot; (never true)</source>
        <translation>不明な種類の条件 &quot;%1&quot; (常に不成立)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>File or id</source>
        <translation>ファイルまたは ID</translation>
    </message>
    <message>
        <source>No changes: the domain matches the project.</source>
        <translation>変更はありません。ドメインはプロジェクトと一致しています。</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>変更: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注: %1</translation>
    </message>
    <message>
        <source>don&apos;t show</source>
        <translation>表示しない</translation>
    </message>
    <message>
        <source>don&apos;t hide</source>
        <translation>非表示にしない</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>表示されない</translation>
    </message>
    <message>
        <source>not hidden</source>
        <translation>非表示にならない</translation>
    </message>
    <message>
        <source>Show or hide the field by the first condition that is true:</source>
        <translation>最初に真になる条件に従ってフィールドを表示または非表示にします:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>required rule</source>
        <translation>必須ルール</translation>
    </message>
    <message>
        <source>hidden rule</source>
        <translation>非表示ルール</translation>
    </message>
    <message>
        <source>options rule</source>
        <translation>オプションルール</translation>
    </message>
    <message>
        <source>rule of an unknown kind</source>
        <translation>不明な種類のルール</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>condition added: %1</source>
        <translation>条件を追加: %1</translation>
    </message>
    <message>
        <source>condition removed: %1</source>
        <translation>条件を削除: %1</translation>
    </message>
    <message>
        <source>conditions reordered or regrouped</source>
        <translation>条件の順序またはグループを変更</translation>
    </message>
    <message>
        <source>conditions changed</source>
        <translation>条件を変更</translation>
    </message>
    <message>
        <source>otherwise</source>
        <translation>それ以外</translation>
    </message>
    <message>
        <source>parent field</source>
        <translation>親フィールド</translation>
    </message>
    <message>
        <source>child field</source>
        <translation>子フィールド</translation>
    </message>
    <message>
        <source>mapping removed: %1</source>
        <translation>対応付けを削除: %1</translation>
    </message>
    <message>
        <source>mapping added: %1 → %2</source>
        <translation>対応付けを追加: %1 → %2</translation>
    </message>
    <message>
        <source>%1: options added: %2</source>
        <translation>%1: オプションを追加: %2</translation>
    </message>
    <message>
        <source>%1: options removed: %2</source>
        <translation>%1: オプションを削除: %2</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>default layout</source>
        <translation>既定のレイアウト</translation>
    </message>
    <message>
        <source>required field added: %1</source>
        <translation>必須フィールドを追加: %1</translation>
    </message>
    <message>
        <source>required field removed: %1</source>
        <translation>必須フィールドを削除: %1</translation>
    </message>
    <message>
        <source>required fields reordered</source>
        <translation>必須フィールドの順序を変更</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>rule attached: %1</source>
        <translation>ルールを適用: %1</translation>
    </message>
    <message>
        <source>rule detached: %1</source>
        <translation>ルールを解除: %1</translation>
    </message>
    <message>
        <source>attached rules reordered</source>
        <translation>適用ルールの順序を変更</translation>
    </message>
</context>
<context>
    <name>cw::ui::CaseFormSimulator</name>
    <message>
        <source>Show &amp;hidden fields (greyed)</source>
        <translation>非表示のフィールドを表示 (グレー)(&amp;H)</translation>
    </message>
    <message>
        <source>Off: the form leaves hidden fields out, as the agent&apos;s form does.</source>
        <translation>オフ: エージェントのフォームと同じく、非表示のフィールドは表示されません。</translation>
    </message>
    <message>
        <source>Select a sample case to see it as an agent would.</source>
        <translation>サンプルケースを選択すると、エージェントと同じ表示で確認できます。</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a user ARN</source>
        <translation>ユーザー ARN</translation>
    </message>
    <message>
        <source>e.g. 2026-05-08T09:00:00Z</source>
        <translation>例: 2026-05-08T09:00:00Z</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(非表示)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(空)</translation>
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
        <translation>%1 (表示対象外)</translation>
    </message>
    <message>
        <source>Expect this field&apos;s outcome</source>
        <translation>このフィールドの結果を期待する</translation>
    </message>
    <message>
        <source>Pin what the form shows for this field (required, hidden, options) as the case&apos;s expected outcome</source>
        <translation>フォームがこのフィールドに示す内容（必須、非表示、選択肢）をケースの期待結果として固定します</translation>
    </message>
    <message>
        <source>Forget this field&apos;s expectation</source>
        <translation>このフィールドの期待を破棄</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>期待値あり</translation>
    </message>
    <message>
        <source>Expect</source>
        <translation>期待値</translation>
    </message>
    <message>
        <source>Expected outcome of %1</source>
        <translation>%1 の期待結果</translation>
    </message>
    <message>
        <source>The case expects an outcome of %1: re-pin or forget it</source>
        <translation>このケースには %1 の期待結果があります：固定し直すか削除します</translation>
    </message>
    <message>
        <source>Pin the outcome of %1 shown here as the case&apos;s expectation</source>
        <translation>ここに表示されている %1 の結果をケースの期待値として固定します</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConditionBuilder</name>
    <message>
        <source>Change the field of condition %1</source>
        <translation>条件 %1 のフィールドを変更</translation>
    </message>
    <message>
        <source>Change the operator of condition %1</source>
        <translation>条件 %1 の演算子を変更</translation>
    </message>
    <message>
        <source>Change the value of condition %1</source>
        <translation>条件 %1 の値を変更</translation>
    </message>
    <message>
        <source>Change the result of condition %1</source>
        <translation>条件 %1 の結果を変更</translation>
    </message>
    <message>
        <source>Change group %1 to %2</source>
        <translation>グループ %1 を「%2」に変更</translation>
    </message>
    <message>
        <source>all of</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>any of</source>
        <translation>いずれか</translation>
    </message>
    <message>
        <source>Remove condition %1</source>
        <translation>条件 %1 を削除</translation>
    </message>
    <message>
        <source>Move condition %1 up</source>
        <translation>条件 %1 を上へ移動</translation>
    </message>
    <message>
        <source>Move condition %1 down</source>
        <translation>条件 %1 を下へ移動</translation>
    </message>
    <message>
        <source>Move condition %1</source>
        <translation>条件 %1 を移動</translation>
    </message>
    <message>
        <source>Add condition %1</source>
        <translation>条件 %1 を追加</translation>
    </message>
    <message>
        <source>Add group %1</source>
        <translation>グループ %1 を追加</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConditionGroupBox</name>
    <message>
        <source>All of these are true (AND)</source>
        <translation>すべて成立 (AND)</translation>
    </message>
    <message>
        <source>Any of these is true (OR)</source>
        <translation>いずれかが成立 (OR)</translation>
    </message>
    <message>
        <source>Kind of %1</source>
        <translation>%1 の種類</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>グループ %1</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConditionItemWidget</name>
    <message>
        <source>then</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Drag to move %1 (or use the arrow buttons)</source>
        <translation>ドラッグして %1 を移動 (矢印ボタンも使えます)</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>%1 を上へ移動</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>%1 を下へ移動</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Result of %1</source>
        <translation>%1 の結果</translation>
    </message>
    <message>
        <source>What the rule gives when %1 is the first true condition</source>
        <translation>%1 が最初に成立した条件のときのルールの結果</translation>
    </message>
    <message>
        <source>Findings about %1</source>
        <translation>%1 に関する検出事項</translation>
    </message>
    <message>
        <source>Move %1 into or out of a group</source>
        <translation>%1 をグループの中へ、または外へ移動</translation>
    </message>
    <message>
        <source>Out of the group, to the end of the rule&apos;s conditions</source>
        <translation>グループの外へ（ルールの条件の末尾）</translation>
    </message>
    <message>
        <source>Into group %1</source>
        <translation>グループ %1 の中へ</translation>
    </message>
    <message>
        <source>No group to move into: add a group first</source>
        <translation>移動先のグループがありません。先にグループを追加してください</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConditionListWidget</name>
    <message>
        <source>No conditions: the rule always gives its default value.</source>
        <translation>条件がありません。ルールは常に既定値になります。</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>条件を追加</translation>
    </message>
    <message>
        <source>Add condition to group</source>
        <translation>グループに条件を追加</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>グループを追加</translation>
    </message>
    <message>
        <source>Add group in group</source>
        <translation>グループ内にグループを追加</translation>
    </message>
    <message>
        <source>the rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>グループ %1</translation>
    </message>
    <message>
        <source>Add a condition to %1</source>
        <translation>%1 に条件を追加</translation>
    </message>
    <message>
        <source>Add an all-of group to %1</source>
        <translation>%1 に「すべて」グループを追加</translation>
    </message>
    <message>
        <source>Adds a condition at the end of this list</source>
        <translation>このリストの末尾に条件を追加します</translation>
    </message>
    <message>
        <source>Adds a group whose conditions must all be true (switch it to “any” afterwards)</source>
        <translation>すべての条件が成立する必要があるグループを追加します (後で「いずれか」に切り替えられます)</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConditionRow</name>
    <message>
        <source>A “%1” condition, which this version of Casewright cannot edit; it is kept as it is.</source>
        <translation>このバージョンの Casewright では編集できない「%1」条件です。そのまま保持されます。</translation>
    </message>
    <message>
        <source>Field of %1</source>
        <translation>%1 のフィールド</translation>
    </message>
    <message>
        <source>Operator of %1</source>
        <translation>%1 の演算子</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>%1 の値</translation>
    </message>
    <message>
        <source>condition %1</source>
        <translation>条件 %1</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConnectDialog</name>
    <message>
        <source>Connect to Amazon Connect Cases</source>
        <translation>Amazon Connect Cases に接続</translation>
    </message>
    <message>
        <source>Casewright connects with your AWS profile, as the AWS CLI does, and keeps only the names chosen here; it never stores a secret.</source>
        <translation>Casewright は AWS CLI と同じく AWS プロファイルで接続し、ここで選んだ名前だけを保存します。シークレットは保存しません。</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConnectionForm</name>
    <message>
        <source>AWS profile</source>
        <translation>AWS プロファイル</translation>
    </message>
    <message>
        <source>A profile of ~/.aws/config or ~/.aws/credentials. Casewright stores its name only; credentials are read when connecting.</source>
        <translation>~/.aws/config または ~/.aws/credentials のプロファイルです。Casewright は名前だけを保存し、認証情報は接続時に読み取ります。</translation>
    </message>
    <message>
        <source>from the profile or AWS_REGION, e.g. us-east-1</source>
        <translation>プロファイルまたは AWS_REGION から。例: us-east-1</translation>
    </message>
    <message>
        <source>optional: https://cases.REGION.amazonaws.com by default</source>
        <translation>任意: 既定は https://cases.REGION.amazonaws.com</translation>
    </message>
    <message>
        <source>Cases domain</source>
        <translation>Cases ドメイン</translation>
    </message>
    <message>
        <source>a domain id, or Load domains</source>
        <translation>ドメイン ID、または [ドメインを読み込む]</translation>
    </message>
    <message>
        <source>&amp;Load domains</source>
        <translation>ドメインを読み込む(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>接続状態</translation>
    </message>
    <message>
        <source>AWS &amp;profile:</source>
        <translation>AWS プロファイル(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>エンドポイント(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>ドメイン(&amp;D):</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>(既定: %1)</translation>
    </message>
    <message>
        <source>The AWS config files could not be read: %1</source>
        <translation>AWS の設定ファイルを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>%1 (not in the AWS config files)</source>
        <translation>%1 (AWS の設定ファイルにありません)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>接続できません: %1</translation>
    </message>
    <message>
        <source>Loading domains…</source>
        <translation>ドメインを読み込み中…</translation>
    </message>
    <message>
        <source>Could not list the domains: %1</source>
        <translation>ドメインを一覧表示できませんでした: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続中…</translation>
    </message>
    <message>
        <source>Connected to %1: domain “%2” is %3.</source>
        <translation>%1 に接続しました: ドメイン「%2」は %3 です。</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>接続に失敗しました: %1</translation>
    </message>
    <message>
        <source>Connected to %1: %2</source>
        <translation>%1 に接続しました: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) found.</source>
        <translation>
            <numerusform>ドメインが %n 件見つかりました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) visible.</source>
        <translation>
            <numerusform>ドメインが %n 件表示されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>サインイン(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign in to IAM Identity Center in the browser, as &apos;aws sso login&apos; does.</source>
        <translation>&apos;aws sso login&apos; と同じように、ブラウザーで IAM Identity Center にサインインします。</translation>
    </message>
    <message>
        <source>Cannot sign in: %1</source>
        <translation>サインインできません: %1</translation>
    </message>
    <message>
        <source>Signed in to IAM Identity Center (%1).</source>
        <translation>IAM Identity Center にサインインしました (%1)。</translation>
    </message>
</context>
<context>
    <name>cw::ui::DocumentOpener</name>
    <message>
        <source>The unsaved edits of the last session cannot be read (%1); the copy is left in place and the project opens as it was saved.</source>
        <translation>前回のセッションの未保存の編集を読み取れません (%1)。コピーはそのまま残し、プロジェクトは保存時の状態で開きます。</translation>
    </message>
    <message>
        <source>The unsaved edits could not be restored (%1); the copy is left in place and the project opens as it was saved.</source>
        <translation>未保存の編集を復元できませんでした (%1)。コピーはそのまま残し、プロジェクトは保存時の状態で開きます。</translation>
    </message>
    <message numerus="yes">
        <source>The project opened without %n file(s) that cannot be read. They are listed under Unreadable files in the explorer, left out of the preview and never overwritten; publishing is off until they are fixed.</source>
        <translation>
            <numerusform>読み込めないファイル %n 件を除いてプロジェクトを開きました。これらはエクスプローラーの「読み込めないファイル」に表示され、プレビューから除外され、上書きされることはありません。修正されるまで発行はできません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::ui::EditConnectionCommand</name>
    <message>
        <source>Change Connection</source>
        <translation>接続の変更</translation>
    </message>
</context>
<context>
    <name>cw::ui::ExpectationsMessage</name>
    <message>
        <source>Expectations after the last edit</source>
        <translation>直前の編集後の期待値</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>表示する</translation>
    </message>
</context>
<context>
    <name>cw::ui::ExplorerDock</name>
    <message>
        <source>Explorer</source>
        <translation>エクスプローラー</translation>
    </message>
    <message>
        <source>Filter fields, templates and rules</source>
        <translation>フィールド、テンプレート、ルールを絞り込み</translation>
    </message>
    <message>
        <source>Filter the explorer</source>
        <translation>エクスプローラーを絞り込み</translation>
    </message>
    <message>
        <source>Domain explorer</source>
        <translation>ドメインエクスプローラー</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>名前を変更(&amp;N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Where Used</source>
        <translation>使用箇所(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>cw::ui::ExplorerModel</name>
    <message>
        <source>required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>field options</source>
        <translation>フィールドオプション</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>不明な種類</translation>
    </message>
    <message>
        <source>, %1 inactive</source>
        <translation>、無効 %1 件</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>Field id: %1 (%2)</source>
        <translation>フィールド ID: %1 (%2)</translation>
    </message>
    <message>
        <source>templates/%1.json</source>
        <translation>templates/%1.json</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>rules/%1.json</source>
        <translation>rules/%1.json</translation>
    </message>
    <message>
        <source>Fields (%1)</source>
        <translation>フィールド (%1)</translation>
    </message>
    <message>
        <source>Templates (%1)</source>
        <translation>テンプレート (%1)</translation>
    </message>
    <message>
        <source>Rules (%1)</source>
        <translation>ルール (%1)</translation>
    </message>
    <message>
        <source>has errors</source>
        <translation>エラーあり</translation>
    </message>
    <message>
        <source>has warnings</source>
        <translation>警告あり</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message numerus="yes">
        <source>%n option(s)</source>
        <translation>
            <numerusform>オプション %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>ルール %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required field(s)</source>
        <translation>
            <numerusform>必須フィールド %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>読み込めません</translation>
    </message>
    <message>
        <source>Unreadable files (%1)</source>
        <translation>読み込めないファイル (%1)</translation>
    </message>
</context>
<context>
    <name>cw::ui::FieldOptionsEditor</name>
    <message>
        <source>Rule summary</source>
        <translation>ルールの概要</translation>
    </message>
    <message>
        <source>Parent field</source>
        <translation>親フィールド</translation>
    </message>
    <message>
        <source>The single-select field whose value decides which options the child offers</source>
        <translation>値によって子フィールドに表示するオプションが決まる単一選択フィールド</translation>
    </message>
    <message>
        <source>Findings about the parent field</source>
        <translation>親フィールドに関する検出事項</translation>
    </message>
    <message>
        <source>Child field</source>
        <translation>子フィールド</translation>
    </message>
    <message>
        <source>The single-select field whose options are limited</source>
        <translation>オプションが制限される単一選択フィールド</translation>
    </message>
    <message>
        <source>Findings about the child field</source>
        <translation>子フィールドに関する検出事項</translation>
    </message>
    <message>
        <source>&amp;Parent field:</source>
        <translation>親フィールド(&amp;P):</translation>
    </message>
    <message>
        <source>C&amp;hild field:</source>
        <translation>子フィールド(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>絞り込み(&amp;F):</translation>
    </message>
    <message>
        <source>Parent or child option name</source>
        <translation>親または子のオプション名</translation>
    </message>
    <message>
        <source>Filter options</source>
        <translation>オプションを絞り込み</translation>
    </message>
    <message>
        <source>Mappings used</source>
        <translation>使用中のマッピング</translation>
    </message>
    <message>
        <source>Offer &amp;All in Row</source>
        <translation>行のすべてを表示(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Clear Row</source>
        <translation>行をクリア(&amp;C)</translation>
    </message>
    <message>
        <source>Offer in Every R&amp;ow</source>
        <translation>すべての行で表示(&amp;O)</translation>
    </message>
    <message>
        <source>Offer in &amp;No Row</source>
        <translation>どの行でも表示しない(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Options matrix</source>
        <translation>オプションマトリックス</translation>
    </message>
    <message>
        <source>Import and export notice</source>
        <translation>インポートとエクスポートの通知</translation>
    </message>
    <message>
        <source>Findings about the mappings</source>
        <translation>マッピングに関する検出事項</translation>
    </message>
    <message>
        <source>No rule selected</source>
        <translation>ルールが選択されていません</translation>
    </message>
    <message>
        <source>Field options: %1</source>
        <translation>フィールドオプション: %1</translation>
    </message>
    <message>
        <source>“%1” is not a field options rule; its conditions are edited in the rule editor.</source>
        <translation>「%1」はフィールドオプションルールではありません。条件はルールエディターで編集します。</translation>
    </message>
    <message>
        <source>Pick the parent and the child field first.</source>
        <translation>先に親フィールドと子フィールドを選んでください。</translation>
    </message>
    <message>
        <source>(choose a single-select field)</source>
        <translation>(単一選択フィールドを選択)</translation>
    </message>
    <message>
        <source>Already the other field of this rule</source>
        <translation>このルールのもう一方のフィールドです</translation>
    </message>
    <message>
        <source>%1 (not a single-select field of the project)</source>
        <translation>%1 (プロジェクトの単一選択フィールドではありません)</translation>
    </message>
    <message>
        <source>Change parent field</source>
        <translation>親フィールドを変更</translation>
    </message>
    <message>
        <source>Change child field</source>
        <translation>子フィールドを変更</translation>
    </message>
    <message>
        <source>Offer all options for %1</source>
        <translation>%1 にすべてのオプションを表示</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 をクリア</translation>
    </message>
    <message>
        <source>Offer %1 for every parent value</source>
        <translation>すべての親の値で %1 を表示</translation>
    </message>
    <message>
        <source>Offer %1 for no parent value</source>
        <translation>どの親の値でも %1 を表示しない</translation>
    </message>
    <message>
        <source>No parent or child option matches “%1”.</source>
        <translation>「%1」に一致する親または子のオプションはありません。</translation>
    </message>
    <message>
        <source>Click a cell of the matrix first.</source>
        <translation>先にマトリックスのセルをクリックしてください。</translation>
    </message>
    <message>
        <source>Offer every active option shown for %1</source>
        <translation>%1 に、表示中の有効なオプションをすべて表示</translation>
    </message>
    <message>
        <source>Clear the options shown for %1; with none left it is not mapped and the child offers all its options</source>
        <translation>%1 に表示中のオプションをクリアします。1 つも残らない場合は対応付けなしとなり、子フィールドはすべてのオプションを表示します</translation>
    </message>
    <message>
        <source>Offer %1 for every parent value shown</source>
        <translation>表示中のすべての親の値で %1 を表示</translation>
    </message>
    <message>
        <source>Offer %1 for no parent value shown</source>
        <translation>表示中のどの親の値でも %1 を表示しない</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 cannot be read (%2).</source>
        <translation>何もインポートされませんでした。%1 を読み取れません (%2)。</translation>
    </message>
    <message>
        <source>Nothing was imported. %1, line %2: %3</source>
        <translation>何もインポートされませんでした。%1、%2 行目: %3</translation>
    </message>
    <message>
        <source>Nothing was imported. %1: %2</source>
        <translation>何もインポートされませんでした。%1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: every row of %1 was skipped, and a rule needs at least one mapping.</source>
        <translation>何もインポートされませんでした。%1 のすべての行がスキップされました。ルールには少なくとも 1 つのマッピングが必要です。</translation>
    </message>
    <message>
        <source>  Line %1: %2</source>
        <translation>  %1 行目: %2</translation>
    </message>
    <message>
        <source>Import options from %1</source>
        <translation>%1 からオプションをインポート</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>何もエクスポートされませんでした: %1</translation>
    </message>
    <message>
        <source>Import Options from CSV</source>
        <translation>CSV からオプションをインポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export Options to CSV</source>
        <translation>オプションを CSV にエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Offer All Options for %1</source>
        <translation>%1 にすべてのオプションを表示</translation>
    </message>
    <message>
        <source>Offer %1 for Every Parent Value</source>
        <translation>すべての親の値で %1 を表示</translation>
    </message>
    <message>
        <source>Offer %1 for No Parent Value</source>
        <translation>どの親の値でも %1 を表示しない</translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n mapping(s) whose parent value is no option of %1.</source>
        <translation>
            <numerusform>親の値が %1 のオプションではないマッピング %n 件を削除しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n child value(s) not among the options of %1.</source>
        <translation>
            <numerusform>%1 のオプションにない子の値 %n 件を削除しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n mapping(s) from %1.</source>
        <translation>
            <numerusform>%1 からマッピング %n 件をインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows read: %1.</source>
        <translation>読み取った行: %1。</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s) whose child value is no option:</source>
        <translation>
            <numerusform>子の値がオプションではない %n 行をスキップしました:</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the mappings with a CSV file in the Connect admin website&apos;s format; its value cells may hold option values or display names</source>
        <translation>Connect 管理サイト形式の CSV ファイルで対応付けを置き換えます。値のセルにはオプションの値と表示名のどちらも使えます</translation>
    </message>
    <message>
        <source>Save the mappings as a CSV file the Connect admin website can upload, with option values (not display names)</source>
        <translation>Connect 管理サイトにアップロードできる CSV ファイルとして対応付けを保存します (表示名ではなくオプションの値で)</translation>
    </message>
    <message numerus="yes">
        <source>%n parent value(s) mapped</source>
        <translation>
            <numerusform>親の値 %n 件を対応付け済み</numerusform>
        </translation>
    </message>
    <message>
        <source>(the service allows at most %1 mappings per rule)</source>
        <translation>(サービスの上限はルールあたり %1 件の対応付けです)</translation>
    </message>
    <message>
        <source>Exported the mappings to %1 as option values (not display names); import reads either.</source>
        <translation>対応付けを %1 にオプションの値 (表示名ではなく) で書き出しました。読み込みはどちらも受け付けます。</translation>
    </message>
</context>
<context>
    <name>cw::ui::FieldPage</name>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>The field&apos;s options</source>
        <translation>フィールドのオプション</translation>
    </message>
    <message>
        <source>Rules that read it</source>
        <translation>これを参照するルール</translation>
    </message>
    <message>
        <source>Rules that read the field</source>
        <translation>フィールドを参照するルール</translation>
    </message>
    <message>
        <source>Rules attached to it, per template</source>
        <translation>これに適用されたルール (テンプレートごと)</translation>
    </message>
    <message>
        <source>Rules attached to the field</source>
        <translation>フィールドに適用されたルール</translation>
    </message>
    <message>
        <source>This field is not in the domain any more.</source>
        <translation>このフィールドはもうドメインにありません。</translation>
    </message>
    <message>
        <source>%1 field, %2 namespace, id %3</source>
        <translation>%1 フィールド、名前空間 %2、ID %3</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(削除済み)</translation>
    </message>
    <message>
        <source>Fields come from the domain and are read-only here.</source>
        <translation>フィールドはドメインから取得され、ここでは読み取り専用です。</translation>
    </message>
    <message numerus="yes">
        <source>%n option(s)</source>
        <translation>
            <numerusform>%n 個のオプション</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 inactive</source>
        <translation>、%1 個が無効</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>No options</source>
        <translation>オプションなし</translation>
    </message>
    <message>
        <source>“%1” reads it in a condition</source>
        <translation>「%1」が条件で参照</translation>
    </message>
    <message>
        <source>“%1” maps its values (the parent of an options rule)</source>
        <translation>「%1」がその値を対応付け (オプションルールの親)</translation>
    </message>
    <message>
        <source>“%1” limits its options (the child of an options rule)</source>
        <translation>「%1」がそのオプションを制限 (オプションルールの子)</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the rule</source>
        <translation>ダブルクリックまたは Enter でルールを開きます</translation>
    </message>
    <message>
        <source>No rule reads this field.</source>
        <translation>このフィールドを参照するルールはありません。</translation>
    </message>
    <message>
        <source>%1 › “%2”</source>
        <translation>%1 › 「%2」</translation>
    </message>
    <message>
        <source>No rule is attached to this field in any template.</source>
        <translation>どのテンプレートでもこのフィールドにルールは適用されていません。</translation>
    </message>
    <message>
        <source>No template always requires it.</source>
        <translation>常に必須とするテンプレートはありません。</translation>
    </message>
    <message>
        <source>Always required in: %1</source>
        <translation>常に必須: %1</translation>
    </message>
</context>
<context>
    <name>cw::ui::FieldPicker</name>
    <message>
        <source>Type to search fields</source>
        <translation>入力してフィールドを検索</translation>
    </message>
    <message>
        <source>(no field)</source>
        <translation>(フィールドなし)</translation>
    </message>
    <message>
        <source>%1 (unknown field)</source>
        <translation>%1 (不明なフィールド)</translation>
    </message>
</context>
<context>
    <name>cw::ui::FieldShareChart</name>
    <message>
        <source>Required and hidden shares per field</source>
        <translation>フィールドごとの必須と非表示の割合</translation>
    </message>
    <message>
        <source>%1: required %2, hidden %3</source>
        <translation>%1: 必須 %2、非表示 %3</translation>
    </message>
    <message>
        <source> — computing…</source>
        <translation> — 計算中…</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>No field of this template has rules.</source>
        <translation>このテンプレートのフィールドにはルールがありません。</translation>
    </message>
    <message numerus="yes">
        <source>Over %n sample case(s)</source>
        <translation>
            <numerusform>サンプルケース %n 件について</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::ui::ImpactPanel</name>
    <message numerus="yes">
        <source>Comparing %n sample case(s)…</source>
        <translation>
            <numerusform>サンプルケース %n 件を比較中…</numerusform>
        </translation>
    </message>
    <message>
        <source>Impact of the local edits per field</source>
        <translation>フィールドごとのローカル編集の影響</translation>
    </message>
    <message>
        <source>Open a project to see how its local edits change the outcomes of its sample cases.</source>
        <translation>プロジェクトを開くと、ローカル編集によってサンプルケースの結果がどう変わるかを確認できます。</translation>
    </message>
    <message>
        <source>The project has no sample cases: add, generate or import some in the preview to see the impact of edits.</source>
        <translation>このプロジェクトにはサンプルケースがありません。プレビューで追加、生成、またはインポートすると、編集の影響を確認できます。</translation>
    </message>
    <message numerus="yes">
        <source>No change: the local edits change no outcome of the %n sample case(s) compared with the last pulled rules.</source>
        <translation>
            <numerusform>変更なし：最後にプルしたルールと比べて、ローカル編集はサンプルケース %n 件のどの結果も変えません。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sample cases change compared with the last pulled rules:</source>
        <translation>最後にプルしたルールと比べて、サンプルケース %2 件中 %1 件が変わります：</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) not compared: %1</source>
        <translation>
            <numerusform>比較されなかったケース %n 件：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>比較対象:</translation>
    </message>
    <message>
        <source>Compare the local edits with</source>
        <translation>ローカル編集の比較対象</translation>
    </message>
    <message>
        <source>Compare with a Domain Snapshot</source>
        <translation>ドメインのスナップショットと比較</translation>
    </message>
    <message>
        <source>Domain snapshots (*.json);;All files (*)</source>
        <translation>ドメインのスナップショット (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot compare with “%1”: %2</source>
        <translation>「%1」と比較できません: %2</translation>
    </message>
    <message>
        <source>Last pull</source>
        <translation>前回のプル</translation>
    </message>
    <message>
        <source>The rules as the last pull left them (.casewright/base.json)</source>
        <translation>前回のプル時点のルール (.casewright/base.json)</translation>
    </message>
    <message>
        <source>Snapshot file…</source>
        <translation>スナップショット ファイル…</translation>
    </message>
    <message>
        <source>Compare with a domain snapshot file, e.g. another environment&apos;s exported rules</source>
        <translation>ドメインのスナップショット ファイル (例: 別の環境からエクスポートしたルール) と比較します</translation>
    </message>
    <message>
        <source>Nothing to compare with: the project was never pulled, so it has no last pulled rules. Pull the domain into this folder, or compare with a snapshot file, to see the impact of edits.</source>
        <translation>比較対象がありません。このプロジェクトは一度もプルされていないため、最後にプルしたルールがありません。このフォルダーにドメインをプルするか、スナップショット ファイルと比較すると、編集の影響を確認できます。</translation>
    </message>
    <message numerus="yes">
        <source>No change: the local edits change no outcome of the %n sample case(s) compared with “%1”.</source>
        <translation>
            <numerusform>変更なし：「%1」と比べて、ローカル編集はサンプルケース %n 件のどの結果も変えません。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sample cases change compared with “%3”:</source>
        <translation>「%3」と比べて、サンプルケース %2 件中 %1 件が変わります：</translation>
    </message>
</context>
<context>
    <name>cw::ui::ImportCasesDialog</name>
    <message>
        <source>Import cases from the service</source>
        <translation>サービスからケースをインポート</translation>
    </message>
    <message>
        <source>The domain&apos;s most recent cases become sample cases, with the fields this project&apos;s templates and rules read. They are real customers&apos; cases: keep the file where such data may be kept.</source>
        <translation>ドメインの最新のケースが、このプロジェクトのテンプレートとルールが読むフィールド付きでサンプルケースになります。実際の顧客のケースです。このようなデータを保管してよい場所にファイルを置いてください。</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>テンプレート(&amp;T):</translation>
    </message>
    <message>
        <source>At &amp;most</source>
        <translation>最大(&amp;M)</translation>
    </message>
    <message>
        <source> cases</source>
        <translation> 件</translation>
    </message>
    <message>
        <source>Most cases</source>
        <translation>最大ケース数</translation>
    </message>
    <message>
        <source>Newest:</source>
        <translation>最新:</translation>
    </message>
    <message>
        <source>Created &amp;since</source>
        <translation>作成日以降(&amp;S)</translation>
    </message>
    <message>
        <source>Created since</source>
        <translation>作成日以降</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日付:</translation>
    </message>
    <message>
        <source>optional: a file with a SearchCases filter (JSON)</source>
        <translation>任意: SearchCases のフィルターを含むファイル (JSON)</translation>
    </message>
    <message>
        <source>Filter file</source>
        <translation>フィルターファイル</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>参照(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>絞り込み(&amp;F):</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>インポートを中止</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>インポートの報告</translation>
    </message>
    <message>
        <source>Which file the cases went into shows here.</source>
        <translation>ケースを書き込んだファイルがここに表示されます。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>All templates</source>
        <translation>すべてのテンプレート</translation>
    </message>
    <message>
        <source>SearchCases filter</source>
        <translation>SearchCases フィルター</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>インポートできません: %1</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>接続できません: %1</translation>
    </message>
    <message>
        <source>Reading cases from %1…</source>
        <translation>%1 からケースを読み込み中…</translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>%2 件中 %1 件</translation>
    </message>
    <message>
        <source>%1 cases so far</source>
        <translation>これまでに %1 件</translation>
    </message>
    <message>
        <source>The import was cancelled; no file was written.</source>
        <translation>インポートは中止されました。ファイルは書き込まれていません。</translation>
    </message>
    <message>
        <source>The import failed; no file was written: %1</source>
        <translation>インポートに失敗しました。ファイルは書き込まれていません: %1</translation>
    </message>
    <message>
        <source>The cases could not be written: %1</source>
        <translation>ケースを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>%1 cases written to %2.</source>
        <translation>%1 件のケースを %2 に書き込みました。</translation>
    </message>
    <message>
        <source>%1 cases of other templates were left out.</source>
        <translation>他のテンプレートの %1 件のケースは除外されました。</translation>
    </message>
    <message>
        <source>They are in the preview now.</source>
        <translation>プレビューに表示されています。</translation>
    </message>
</context>
<context>
    <name>cw::ui::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自動保存に失敗しました: %1</translation>
    </message>
    <message>
        <source>Restore unsaved edits?</source>
        <translation>未保存の編集を復元しますか?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>後で決める</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>プロジェクトを開けません</translation>
    </message>
    <message>
        <source>Project opened</source>
        <translation>プロジェクトを開きました</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>変更を保存しますか?</translation>
    </message>
    <message>
        <source>The project “%1” has unsaved changes. Save them before closing?</source>
        <translation>プロジェクト「%1」には未保存の変更があります。閉じる前に保存しますか?</translation>
    </message>
    <message>
        <source>Cannot remove the recovery copy</source>
        <translation>復元用コピーを削除できません</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>プロジェクトを保存できません</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <source>Template “%1” (%2): %3, %4. There is no template editor in this version; edit templates/%5.json or the admin website.</source>
        <translation>テンプレート「%1」(%2): %3、%4。このバージョンにはテンプレートエディターがありません。templates/%5.json を編集するか、管理ウェブサイトを使用してください。</translation>
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
        <translation>フォルダーを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New from Pull…</source>
        <translation>プルから新規作成(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>プロジェクトを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find in Explorer</source>
        <translation>エクスプローラーで検索(&amp;F)</translation>
    </message>
    <message>
        <source>New &amp;Required Rule</source>
        <translation>新しい必須ルール(&amp;R)</translation>
    </message>
    <message>
        <source>New &amp;Hidden Rule</source>
        <translation>新しい非表示ルール(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Delete Rule…</source>
        <translation>ルールを削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったプロジェクト(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>ルール(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Casewright</source>
        <translation>Casewright について(&amp;A)</translation>
    </message>
    <message>
        <source>Open a project folder</source>
        <translation>プロジェクトフォルダーを開く</translation>
    </message>
    <message>
        <source>New hidden rule</source>
        <translation>新しい非表示ルール</translation>
    </message>
    <message>
        <source>New required rule</source>
        <translation>新しい必須ルール</translation>
    </message>
    <message>
        <source>Add hidden rule</source>
        <translation>非表示ルールを追加</translation>
    </message>
    <message>
        <source>Add required rule</source>
        <translation>必須ルールを追加</translation>
    </message>
    <message>
        <source>Delete the rule “%1”?</source>
        <translation>ルール「%1」を削除しますか?</translation>
    </message>
    <message>
        <source>Publishing will then delete it from the domain.</source>
        <translation>公開するとドメインからも削除されます。</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>この操作は元に戻せます。</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>ルールを削除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(まだありません)</translation>
    </message>
    <message>
        <source>About Casewright</source>
        <translation>Casewright について</translation>
    </message>
    <message>
        <source>Casewright %1
A designer for Amazon Connect Cases case rules.
Built with Qt %2, running on Qt %3.</source>
        <translation>Casewright %1
Amazon Connect Cases のケースルールを設計するツールです。
Qt %2 でビルド、Qt %3 で実行中。</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>ルール %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>テンプレート %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) attached</source>
        <translation>
            <numerusform>ルール %n 件を割り当て済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required field(s)</source>
        <translation>
            <numerusform>必須フィールド %n 件</numerusform>
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

%3、%4、%5、%6。
検証: %7、%8。

エクスプローラーでルールを選択して編集するか、[ルール] メニューから追加してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>フィールド %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample case file(s)</source>
        <translation>
            <numerusform>サンプルケースファイル %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It is attached to %n template field(s), which will lose it too.</source>
        <translation>
            <numerusform>このルールはテンプレートフィールド %n 件に割り当てられており、それらからも削除されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>公開(&amp;P)…</translation>
    </message>
    <message>
        <source>Co&amp;nnection…</source>
        <translation>接続(&amp;N)…</translation>
    </message>
    <message>
        <source>The AWS profile, region and endpoint this project pulls from and publishes to</source>
        <translation>このプロジェクトの取得元および公開先となる AWS プロファイル、リージョン、エンドポイント</translation>
    </message>
    <message>
        <source>Practice &amp;Domain…</source>
        <translation>練習用ドメイン(&amp;D)…</translation>
    </message>
    <message>
        <source>Try pull and publish on a local practice service instead of AWS</source>
        <translation>AWS の代わりにローカルの練習用サービスで取得と公開を試します</translation>
    </message>
    <message>
        <source>Practice domain</source>
        <translation>練習用ドメイン</translation>
    </message>
    <message>
        <source>The practice service is running at %1. Stop it? Pull and publish then go to the project&apos;s own connection again.</source>
        <translation>練習用サービスは %1 で実行中です。停止しますか? 取得と公開は再びプロジェクト自身の接続に送られます。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Start a practice service on this computer: a local Cases service to pull from and publish to without AWS. Nothing reaches your AWS account while it runs.%1</source>
        <translation>このコンピューターで練習用サービスを開始します。AWS を使わずに取得と公開ができるローカルの Cases サービスです。実行中は AWS アカウントには何も届きません。%1</translation>
    </message>
    <message>
        <source> Start it on the sample domain, or on a copy of this project&apos;s last pulled state (a fresh copy: earlier practice on it is replaced)?</source>
        <translation> サンプルドメインで開始しますか、それともこのプロジェクトが最後に取得した状態のコピーで開始しますか (新しいコピー: 以前の練習内容は置き換えられます)?</translation>
    </message>
    <message>
        <source>Sample domain</source>
        <translation>サンプルドメイン</translation>
    </message>
    <message>
        <source>Copy of this project</source>
        <translation>このプロジェクトのコピー</translation>
    </message>
    <message>
        <source>Practice service</source>
        <translation>練習用サービス</translation>
    </message>
    <message>
        <source>PRACTICE service, not AWS: %1 (domain %2)</source>
        <translation>練習用サービス (AWS ではありません): %1 (ドメイン %2)</translation>
    </message>
    <message>
        <source>Pull and publish go to this local practice service until you stop it (File &gt; Practice Domain). Its state: %1</source>
        <translation>停止するまで、取得と公開はこのローカルの練習用サービスに送られます (ファイル &gt; 練習用ドメイン)。状態: %1</translation>
    </message>
    <message>
        <source>Stop Practice &amp;Domain…</source>
        <translation>練習用ドメインを停止(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Import Cases from the Service…</source>
        <translation>サービスからケースをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Pro&amp;mote to Another Project…</source>
        <translation>別のプロジェクトへ昇格(&amp;M)…</translation>
    </message>
    <message>
        <source>These published rules or templates were renamed, but their files keep the old names:

%1

Rename the files too? Each file&apos;s content moves unchanged, so git sees a rename; the service is not affected.</source>
        <translation>公開済みのルールまたはテンプレートの名前が変更されましたが、ファイルは古い名前のままです:

%1

ファイルの名前も変更しますか? 各ファイルの内容はそのまま移動するため、git は名前の変更として認識します。サービスには影響しません。</translation>
    </message>
    <message>
        <source>Rename the files?</source>
        <translation>ファイル名を変更しますか?</translation>
    </message>
    <message>
        <source>Rename Files</source>
        <translation>ファイル名を変更</translation>
    </message>
    <message>
        <source>Keep File Names</source>
        <translation>ファイル名を変更しない</translation>
    </message>
    <message>
        <source>New &amp;Options Rule…</source>
        <translation>新しいオプションルール(&amp;O)…</translation>
    </message>
    <message>
        <source>Add options rule</source>
        <translation>オプションルールを追加</translation>
    </message>
    <message>
        <source>The domain&apos;s recent cases as sample cases for the preview</source>
        <translation>プレビュー用のサンプルケースとしてのドメインの最近のケース</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>new rule “%1”</source>
        <translation>新しいルール「%1」</translation>
    </message>
    <message>
        <source>deleted rule “%1”</source>
        <translation>削除したルール「%1」</translation>
    </message>
    <message>
        <source>changed rule “%1”</source>
        <translation>変更したルール「%1」</translation>
    </message>
    <message>
        <source>new template “%1”</source>
        <translation>新しいテンプレート「%1」</translation>
    </message>
    <message>
        <source>deleted template “%1”</source>
        <translation>削除したテンプレート「%1」</translation>
    </message>
    <message>
        <source>changed template “%1”</source>
        <translation>変更したテンプレート「%1」</translation>
    </message>
    <message>
        <source>new sample cases in %1</source>
        <translation>%1 の新しいサンプルケース</translation>
    </message>
    <message>
        <source>deleted sample cases file %1</source>
        <translation>削除したサンプルケースファイル %1</translation>
    </message>
    <message>
        <source>changed sample cases in %1</source>
        <translation>%1 の変更したサンプルケース</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more change(s)</source>
        <translation>
            <numerusform>… ほか %n 件の変更</numerusform>
        </translation>
    </message>
    <message>
        <source>Casewright was closed without saving this project. An automatic copy from %1 holds unsaved edits:
%2

Restore them, or discard them and open the project as it was last saved?</source>
        <translation>Casewright はこのプロジェクトを保存せずに終了しました。%1 の自動コピーに未保存の編集があります:
%2

復元しますか? それとも破棄して最後に保存した状態で開きますか?</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (コピー)</translation>
    </message>
    <message>
        <source>Duplicate rule</source>
        <translation>ルールを複製</translation>
    </message>
    <message>
        <source>Where the rule is used</source>
        <translation>ルールの使用箇所</translation>
    </message>
    <message>
        <source>“%1” is not attached to any template field.</source>
        <translation>「%1」はどのテンプレートフィールドにも適用されていません。</translation>
    </message>
    <message>
        <source>“%1” is attached to:
%2</source>
        <translation>「%1」の適用先:
%2</translation>
    </message>
    <message>
        <source>Cannot save a copy of the project</source>
        <translation>プロジェクトのコピーを保存できません</translation>
    </message>
    <message>
        <source>Saved a copy in %1; it is the open project now</source>
        <translation>%1 にコピーを保存しました。現在はこちらが開いているプロジェクトです</translation>
    </message>
    <message>
        <source>Files changed on disk</source>
        <translation>ディスク上のファイルが変更されました</translation>
    </message>
    <message>
        <source>These files changed on disk, and you have unsaved edits to them here:
%1

Reload them from disk (your edits to them are lost), or keep yours (saving writes them over the disk&apos;s version)?</source>
        <translation>次のファイルがディスク上で変更されましたが、ここに未保存の編集があります:
%1

ディスクから再読み込みしますか（ここでの編集は失われます）、それとも自分の編集を残しますか（保存するとディスク上の版を上書きします）？</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>自分の編集を残す</translation>
    </message>
    <message>
        <source>The project cannot be read again: %1</source>
        <translation>プロジェクトを読み直せません: %1</translation>
    </message>
    <message>
        <source>Read again from disk: %1</source>
        <translation>ディスクから読み直しました: %1</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Copy the project folder, with your unsaved edits, to a new folder and go on working there</source>
        <translation>未保存の編集を含めてプロジェクトフォルダーを新しいフォルダーにコピーし、そこで作業を続けます</translation>
    </message>
    <message>
        <source>Save a Copy of the Project in a New or Empty Folder</source>
        <translation>プロジェクトのコピーを新しいフォルダーまたは空のフォルダーに保存</translation>
    </message>
    <message>
        <source>Impact of Edits</source>
        <translation>編集の影響</translation>
    </message>
</context>
<context>
    <name>cw::ui::MfaCodeDialog</name>
    <message>
        <source>MFA code</source>
        <translation>MFA コード</translation>
    </message>
    <message>
        <source>The AWS profile “%1” assumes the role %2, which needs a code from your MFA device %3.</source>
        <translation>AWS プロファイル「%1」はロール %2 を引き受けます。これには MFA デバイス %3 のコードが必要です。</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>コード(&amp;C):</translation>
    </message>
</context>
<context>
    <name>cw::ui::NewOptionsRuleDialog</name>
    <message>
        <source>New Options Rule</source>
        <translation>新しいオプションルール</translation>
    </message>
    <message>
        <source>An options rule limits the options a single-select field offers by the value of another single-select field.</source>
        <translation>オプションルールは、単一選択フィールドが提示するオプションを別の単一選択フィールドの値によって制限します。</translation>
    </message>
    <message>
        <source>Field whose options are limited</source>
        <translation>オプションを制限するフィールド</translation>
    </message>
    <message>
        <source>Field whose value decides</source>
        <translation>値で決めるフィールド</translation>
    </message>
    <message>
        <source>&amp;Limit the options of:</source>
        <translation>オプションを制限するフィールド(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;By the value of:</source>
        <translation>値で決めるフィールド(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Create Rule</source>
        <translation>ルールを作成(&amp;C)</translation>
    </message>
    <message>
        <source>The domain needs two single-select fields for an options rule.</source>
        <translation>オプションルールには、ドメインに単一選択フィールドが 2 つ必要です。</translation>
    </message>
    <message>
        <source>Choose two different fields: a field cannot limit its own options.</source>
        <translation>異なる 2 つのフィールドを選んでください。フィールドは自身のオプションを制限できません。</translation>
    </message>
</context>
<context>
    <name>cw::ui::OptionsMatrixModel</name>
    <message>
        <source>This rule would map %1 parent values; the service accepts at most %2. Clear some rows first.</source>
        <translation>このルールでは親の値 %1 件を対応付けることになりますが、サービスが受け付けるのは最大 %2 件です。先にいくつかの行をクリアしてください。</translation>
    </message>
    <message>
        <source>“%1” would offer %2 child values; one mapping holds at most %3.</source>
        <translation>「%1」は子の値を %2 件表示することになりますが、1 つのマッピングに入るのは最大 %3 件です。</translation>
    </message>
    <message>
        <source>A field options rule needs at least one mapping: offer another option before clearing this one.</source>
        <translation>フィールドオプションルールには少なくとも 1 つのマッピングが必要です。これをクリアする前に別のオプションを表示してください。</translation>
    </message>
    <message>
        <source>A field options rule needs at least one mapping: offer another option before clearing %1&apos;s last one.</source>
        <translation>フィールドオプションルールには少なくとも 1 つのマッピングが必要です。%1 の最後の 1 つをクリアする前に別のオプションを表示してください。</translation>
    </message>
    <message>
        <source>This rule already maps %1 parent values, the most the service accepts; clear a row before mapping %2.</source>
        <translation>このルールはすでに親の値 %1 件 (サービスの上限) を対応付けています。%2 を対応付ける前に行をクリアしてください。</translation>
    </message>
    <message>
        <source>%1 already offers %2 child values, the most one mapping holds.</source>
        <translation>%1 はすでに子の値を %2 件 (1 つのマッピングの上限) 表示しています。</translation>
    </message>
    <message>
        <source>all (not mapped)</source>
        <translation>すべて (対応付けなし)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source> (not an option)</source>
        <translation> (オプションではありません)</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (無効)</translation>
    </message>
    <message>
        <source>%1 is not mapped: when it is chosen, the child field offers all its active options.</source>
        <translation>%1 は対応付けされていません。選択されると、子フィールドは有効なオプションをすべて表示します。</translation>
    </message>
    <message>
        <source>%1 → %2: offered</source>
        <translation>%1 → %2: 表示</translation>
    </message>
    <message>
        <source>%1 → %2: not offered</source>
        <translation>%1 → %2: 非表示</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>表示数</translation>
    </message>
    <message>
        <source>How many child values each parent value offers</source>
        <translation>各親の値で表示する子の値の数</translation>
    </message>
    <message>
        <source>Option value: %1</source>
        <translation>オプションの値: %1</translation>
    </message>
    <message>
        <source>The rule maps this value, but the field has no such option.</source>
        <translation>ルールはこの値を対応付けていますが、フィールドにそのオプションはありません。</translation>
    </message>
    <message>
        <source>An inactive option: agents cannot pick it on new cases.</source>
        <translation>無効なオプションです。エージェントは新しいケースでこれを選択できません。</translation>
    </message>
    <message>
        <source>Offer %1 for %2</source>
        <translation>%2 で %1 を表示</translation>
    </message>
    <message>
        <source>Stop offering %1 for %2</source>
        <translation>%2 で %1 を表示しない</translation>
    </message>
    <message numerus="yes">
        <source>%1 offers %n child value(s).</source>
        <translation>
            <numerusform>%1 は子の値を %n 件表示します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::ui::OutcomeDiffModel</name>
    <message>
        <source>become required</source>
        <translation>必須になる</translation>
    </message>
    <message>
        <source>become not required</source>
        <translation>必須でなくなる</translation>
    </message>
    <message>
        <source>become hidden</source>
        <translation>非表示になる</translation>
    </message>
    <message>
        <source>become shown</source>
        <translation>表示される</translation>
    </message>
    <message>
        <source>lose options</source>
        <translation>選択肢が減る</translation>
    </message>
    <message>
        <source>gain options</source>
        <translation>選択肢が増える</translation>
    </message>
    <message>
        <source>Field %1 of template %2</source>
        <translation>テンプレート %2 のフィールド %1</translation>
    </message>
    <message>
        <source>Click to show this case in the preview</source>
        <translation>クリックするとこのケースをプレビューに表示します</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more case(s)</source>
        <translation>
            <numerusform>… ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Field, change, example cases</source>
        <translation>フィールド、変化、ケース例</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>ケース</translation>
    </message>
</context>
<context>
    <name>cw::ui::PreviewPane</name>
    <message>
        <source>&amp;Template:</source>
        <translation>テンプレート(&amp;T):</translation>
    </message>
    <message>
        <source>Template to preview</source>
        <translation>プレビューするテンプレート</translation>
    </message>
    <message>
        <source>Only this template&apos;s cases</source>
        <translation>このテンプレートのケースのみ</translation>
    </message>
    <message>
        <source>Sample cases</source>
        <translation>サンプルケース</translation>
    </message>
    <message>
        <source>Add case</source>
        <translation>ケースを追加</translation>
    </message>
    <message>
        <source>Add an empty sample case of the chosen template</source>
        <translation>選択したテンプレートの空のサンプルケースを追加</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Delete cases</source>
        <translation>ケースを削除</translation>
    </message>
    <message>
        <source>Clear value</source>
        <translation>値をクリア</translation>
    </message>
    <message>
        <source>Leave the field out of the case (absent)</source>
        <translation>ケースからフィールドを除外 (なし)</translation>
    </message>
    <message>
        <source>Set (empty)</source>
        <translation>(空) を設定</translation>
    </message>
    <message>
        <source>Store emptyValue in the field (rules treat it as absent)</source>
        <translation>フィールドに emptyValue を保存 (ルールではなしとして扱われます)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>インポート…</translation>
    </message>
    <message>
        <source>Add cases from a JSON ({&quot;cases&quot;: [...]}) or CSV file (a header row of field names or ids; &quot;id&quot; and &quot;template&quot; columns optional)</source>
        <translation>JSON ({&quot;cases&quot;: [...]}) または CSV ファイルからケースを追加 (先頭行はフィールド名または ID。&quot;id&quot; 列と &quot;template&quot; 列は任意)</translation>
    </message>
    <message>
        <source>Generate cases</source>
        <translation>ケースを生成</translation>
    </message>
    <message>
        <source>Add cases that try every value the template&apos;s rules test: each operand, another value, and empty</source>
        <translation>テンプレートのルールが判定するすべての値 (各オペランド、別の値、空) を試すケースを追加</translation>
    </message>
    <message>
        <source>Case %1: no template to show it on</source>
        <translation>ケース %1: 表示に使うテンプレートがありません</translation>
    </message>
    <message>
        <source>Case %1 as an agent sees it on “%2”</source>
        <translation>「%2」でエージェントに表示されるケース %1</translation>
    </message>
    <message>
        <source>(the case names template “%1”, which the project does not have)</source>
        <translation>(ケースはテンプレート「%1」を指定していますが、プロジェクトにありません)</translation>
    </message>
    <message>
        <source>A rule is not applied: %1</source>
        <translation>適用されないルールがあります: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 をインポート</translation>
    </message>
    <message>
        <source>Generate %1</source>
        <translation>%1 を生成</translation>
    </message>
    <message>
        <source>Import sample cases</source>
        <translation>サンプルケースをインポート</translation>
    </message>
    <message>
        <source>Sample cases (*.json *.csv);;All files (*)</source>
        <translation>サンプルケース (*.json *.csv);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>ケース %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample case(s)</source>
        <translation>
            <numerusform>サンプルケース %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected case as an agent sees it</source>
        <translation>エージェントに表示される、選択したケース</translation>
    </message>
    <message>
        <source>Required and hidden shares per field</source>
        <translation>フィールドごとの必須と非表示の割合</translation>
    </message>
    <message>
        <source>Expected outcomes</source>
        <translation>期待される結果</translation>
    </message>
    <message>
        <source>Expect this outcome</source>
        <translation>この結果を期待する</translation>
    </message>
    <message>
        <source>Pin what the form shows as the case&apos;s expected outcome: a later rule edit that changes it fails the tests and blocks publish</source>
        <translation>フォームの表示内容をケースの期待される結果として固定します。後でこれを変えるルールの編集はテストを失敗させ、公開をブロックします</translation>
    </message>
    <message>
        <source>Forget expectations</source>
        <translation>期待を破棄</translation>
    </message>
    <message>
        <source>Remove the selected case&apos;s expected outcome</source>
        <translation>選択したケースの期待される結果を削除します</translation>
    </message>
    <message>
        <source>%1: expected %2, the rules give %3</source>
        <translation>%1: 期待値 %2、ルールの結果 %3</translation>
    </message>
    <message>
        <source>Expect the outcome of case %1</source>
        <translation>ケース %1 の結果を期待する</translation>
    </message>
    <message>
        <source>Forget the expectations of case %1</source>
        <translation>ケース %1 の期待を破棄</translation>
    </message>
    <message>
        <source>Expectations cannot be checked: %1</source>
        <translation>期待を確認できません: %1</translation>
    </message>
    <message>
        <source>The samples&apos; expected outcomes: publish is blocked while one fails</source>
        <translation>サンプルの期待される結果: いずれかが失敗している間は公開がブロックされます</translation>
    </message>
    <message>
        <source>This edit breaks %1</source>
        <translation>この編集は %1 を破ります</translation>
    </message>
    <message numerus="yes">
        <source>%n expectation(s)</source>
        <translation>
            <numerusform>%n 件の期待</numerusform>
        </translation>
    </message>
    <message>
        <source>Expectations failing now: %1</source>
        <translation>現在失敗している期待: %1</translation>
    </message>
    <message>
        <source>Only failing cases</source>
        <translation>失敗しているケースのみ</translation>
    </message>
    <message>
        <source>List only the cases whose expected outcomes the rules do not give</source>
        <translation>ルールが期待結果を返さないケースだけを表示します</translation>
    </message>
    <message>
        <source>Expect the outcome of %1 in case %2</source>
        <translation>ケース %2 の %1 の結果を期待する</translation>
    </message>
    <message>
        <source>Forget the expectation of %1 in case %2</source>
        <translation>ケース %2 の %1 の期待を破棄</translation>
    </message>
</context>
<context>
    <name>cw::ui::ProjectStatusBar</name>
    <message>
        <source>Offline edits</source>
        <translation>オフライン編集</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <source>Last pull</source>
        <translation>前回のプル</translation>
    </message>
    <message>
        <source>Connection target</source>
        <translation>接続先</translation>
    </message>
    <message>
        <source>Nothing to publish: the project matches the last pull.</source>
        <translation>公開するものはありません。プロジェクトは前回のプルと一致しています。</translation>
    </message>
    <message>
        <source>Offline edits: cannot plan</source>
        <translation>オフライン編集: 計画を作成できません</translation>
    </message>
    <message>
        <source>Changed both here and remotely since the last pull: %1</source>
        <translation>前回のプル以降、ここでもリモートでも変更されています: %1</translation>
    </message>
    <message>
        <source>No conflicts with the remote domain</source>
        <translation>リモートドメインとの競合はありません</translation>
    </message>
    <message>
        <source>Never pulled</source>
        <translation>未プル</translation>
    </message>
    <message>
        <source>Last pull: %1</source>
        <translation>前回のプル: %1</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>リージョンなし</translation>
    </message>
    <message>
        <source>default profile</source>
        <translation>既定のプロファイル</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>プロファイル %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>接続先: %1</translation>
    </message>
    <message>
        <source>Domain %1 (%2)</source>
        <translation>ドメイン %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n offline edit(s)</source>
        <translation>
            <numerusform>オフライン編集 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>競合 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Target: PRACTICE service %1 (not AWS)</source>
        <translation>接続先: 練習用サービス %1（AWS ではありません）</translation>
    </message>
    <message>
        <source>Pull and publish go to the local practice service (domain %1) until you stop it (File &gt; Practice Domain); the project&apos;s own connection: %2</source>
        <translation>停止するまで（ファイル &gt; 練習用ドメイン）、取得と公開はローカルの練習用サービス（ドメイン %1）に送られます。プロジェクト本来の接続: %2</translation>
    </message>
    <message>
        <source>last publish: %1</source>
        <translation>最終公開: %1</translation>
    </message>
    <message>
        <source>Unreadable files</source>
        <translation>読み込めないファイル</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable file(s)</source>
        <translation>
            <numerusform>読み込めないファイル %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot be read: %1. Left out of the preview and of the offline edits, and never overwritten; publishing waits until every file reads (see Unreadable files in the explorer).</source>
        <translation>読み込めません: %1。プレビューとオフライン編集から除外され、上書きされることはありません。すべてのファイルが読み込めるようになるまで発行は待機します (エクスプローラーの「読み込めないファイル」を参照)。</translation>
    </message>
</context>
<context>
    <name>cw::ui::PromoteDialog</name>
    <message>
        <source>Promote to Another Project</source>
        <translation>別のプロジェクトへ昇格</translation>
    </message>
    <message>
        <source>Target project folder:</source>
        <translation>昇格先のプロジェクトフォルダー:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Choose the target project folder</source>
        <translation>昇格先のプロジェクトフォルダーを選択</translation>
    </message>
    <message>
        <source>Map file (optional):</source>
        <translation>対応表ファイル (任意):</translation>
    </message>
    <message>
        <source>Choose a map file</source>
        <translation>対応表ファイルを選択</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>すべてのルール</translation>
    </message>
    <message>
        <source>Rules selected in the explorer: %1</source>
        <translation>エクスプローラーで選択したルール: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>対応付け</translation>
    </message>
    <message>
        <source>What does not map</source>
        <translation>対応付けできないもの</translation>
    </message>
    <message>
        <source>Resulting plan of the target</source>
        <translation>昇格先の結果のプラン</translation>
    </message>
    <message>
        <source>Choose the project folder to promote into, then review the mapping.</source>
        <translation>昇格先のプロジェクトフォルダーを選び、対応付けを確認してください。</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>昇格</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Cannot read the map: %1</source>
        <translation>対応表を読み込めません: %1</translation>
    </message>
    <message>
        <source>Cannot open the target: %1</source>
        <translation>昇格先を開けません: %1</translation>
    </message>
    <message>
        <source>%1 reference(s) do not map; nothing can be promoted until the target has them or the map names them.</source>
        <translation>%1 件の参照を対応付けできません。昇格先にそれらが揃うか、対応表で指定するまで昇格できません。</translation>
    </message>
    <message>
        <source>The target already has these rules: nothing to promote.</source>
        <translation>昇格先にはすでにこれらのルールがあります。昇格するものはありません。</translation>
    </message>
    <message>
        <source>Cannot plan the target: %1</source>
        <translation>昇格先のプランを作成できません: %1</translation>
    </message>
    <message>
        <source>Ready: %1 change(s) to the target&apos;s files. Publish the target project to send them.</source>
        <translation>準備完了: 昇格先のファイルへの変更 %1 件。送信するには昇格先のプロジェクトを公開してください。</translation>
    </message>
    <message>
        <source>Cannot write the target: %1</source>
        <translation>昇格先に書き込めません: %1</translation>
    </message>
    <message>
        <source>Promoted into %1. Open that project to publish it.</source>
        <translation>%1 へ昇格しました。公開するにはそのプロジェクトを開いてください。</translation>
    </message>
</context>
<context>
    <name>cw::ui::PromoteMappingModel</name>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Option value</source>
        <translation>選択肢の値</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>名前で対応</translation>
    </message>
    <message>
        <source>overridden by the map</source>
        <translation>対応表で指定</translation>
    </message>
    <message>
        <source>new in the target</source>
        <translation>昇格先で新規</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>In this project</source>
        <translation>このプロジェクト</translation>
    </message>
    <message>
        <source>In the target</source>
        <translation>昇格先</translation>
    </message>
    <message>
        <source>How</source>
        <translation>対応方法</translation>
    </message>
    <message>
        <source>User ARN</source>
        <translation>ユーザー ARN</translation>
    </message>
</context>
<context>
    <name>cw::ui::PublishDialog</name>
    <message>
        <source>changed here and remotely (found by the last pull)</source>
        <translation>ここでもリモートでも変更 (前回のプルで検出)</translation>
    </message>
    <message>
        <source>deleted remotely since the last pull</source>
        <translation>前回のプル以降にリモートで削除</translation>
    </message>
    <message>
        <source>changed remotely; deleted here</source>
        <translation>リモートで変更、ここで削除</translation>
    </message>
    <message>
        <source>changed remotely since the last pull</source>
        <translation>前回のプル以降にリモートで変更</translation>
    </message>
    <message>
        <source>Publish to Amazon Connect Cases</source>
        <translation>Amazon Connect Cases に公開</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>What publish will do</source>
        <translation>公開で行われる処理</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>Someone changed these since the last pull. For each, keep mine (publish overwrites theirs) or take theirs (my file becomes theirs).</source>
        <translation>前回のプル以降に他の人が変更しました。それぞれについて、自分の版を残す (公開で相手の版を上書き) か、相手の版を取り込む (自分のファイルが相手の版になる) かを選んでください。</translation>
    </message>
    <message>
        <source>Rule or template</source>
        <translation>ルールまたはテンプレート</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>発生した変更</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>残す</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Publish result</source>
        <translation>公開の結果</translation>
    </message>
    <message>
        <source>&amp;Check for conflicts</source>
        <translation>競合を確認(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>公開(&amp;P)</translation>
    </message>
    <message>
        <source>The project cannot be read: %1</source>
        <translation>プロジェクトを読み取れません: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation>計画なし: %1</translation>
    </message>
    <message>
        <source>An earlier publish was interrupted. Publish finishes it first (nothing is sent twice), then carries out this plan.</source>
        <translation>以前の公開が中断されています。公開するとまずそれを完了し (二重に送信されることはありません)、その後この計画を実行します。</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>自分の版</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>相手の版</translation>
    </message>
    <message>
        <source>Keep mine: %1</source>
        <translation>自分の版を残す: %1</translation>
    </message>
    <message>
        <source>Take theirs: %1</source>
        <translation>相手の版を取り込む: %1</translation>
    </message>
    <message>
        <source>Choose mine or theirs for every conflict first</source>
        <translation>先にすべての競合で自分の版か相手の版かを選んでください</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>接続できません: %1</translation>
    </message>
    <message>
        <source>Reading the service&apos;s versions of what the plan changes…</source>
        <translation>計画で変更するもののサービス側の版を読み取り中…</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>確認に失敗しました: %1</translation>
    </message>
    <message>
        <source>No conflicts: nothing changed remotely since the last pull.</source>
        <translation>競合はありません。前回のプル以降、リモートでの変更はありません。</translation>
    </message>
    <message>
        <source>Choose mine or theirs for every conflict first.</source>
        <translation>先にすべての競合で自分の版か相手の版かを選んでください。</translation>
    </message>
    <message>
        <source>Changed remotely again since they were shown: %1. Look at them again.</source>
        <translation>表示後にリモートで再び変更されました: %1。もう一度確認してください。</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>公開中…</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>Publish stopped: %1</source>
        <translation>公開が停止しました: %1</translation>
    </message>
    <message>
        <source>What was done before is recorded; publish again to finish.</source>
        <translation>それまでの処理は記録されています。完了するにはもう一度公開してください。</translation>
    </message>
    <message>
        <source>Publish failed.</source>
        <translation>公開に失敗しました。</translation>
    </message>
    <message>
        <source>Publish stopped before changing anything: these changed remotely meanwhile. Choose again.</source>
        <translation>何も変更する前に公開が停止しました。その間にこれらがリモートで変更されました。もう一度選んでください。</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>完了: %1</translation>
    </message>
    <message>
        <source>Nothing to publish: the domain matches the project.</source>
        <translation>公開するものはありません。ドメインはプロジェクトと一致しています。</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>競合 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): compare the versions and choose mine or theirs.</source>
        <translation>
            <numerusform>競合 %n 件: 版を比較して、自分の版か相手の版かを選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was deleted remotely; published again as a new one</source>
        <translation>%1 はリモートで削除されていたため、新しいものとして再度公開しました</translation>
    </message>
    <message numerus="yes">
        <source>Published %n change(s).</source>
        <translation>
            <numerusform>変更 %n 件を公開しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rehearse</source>
        <translation>リハーサル(&amp;R)</translation>
    </message>
    <message>
        <source>Publish to a local practice copy of the last pulled state first: the same steps and checks, nothing sent to the service, the project unchanged</source>
        <translation>まず最後に取得した状態のローカル練習用コピーに公開します。同じ手順と確認を行い、サービスには何も送らず、プロジェクトも変更しません</translation>
    </message>
    <message>
        <source>Rehearsing on a local practice copy of the domain…</source>
        <translation>ドメインのローカル練習用コピーでリハーサル中…</translation>
    </message>
    <message>
        <source>The rehearsal could not run: %1</source>
        <translation>リハーサルを実行できませんでした: %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>拒否: %1</translation>
    </message>
    <message>
        <source>stopped at the conflicts the last pull left: choose mine or theirs first</source>
        <translation>前回の取得で残った競合で停止しました: 先に自分の版か相手の版かを選んでください</translation>
    </message>
    <message>
        <source>The domain afterwards, against the last pull:</source>
        <translation>その後のドメイン (前回の取得との比較):</translation>
    </message>
    <message>
        <source>  (no change)</source>
        <translation>  (変更なし)</translation>
    </message>
    <message>
        <source>%1 request(s): about %2 s at %3 requests/s (an assumption: your account&apos;s quota may differ)</source>
        <translation>%1 件のリクエスト: %3 件/秒で約 %2 秒 (仮定です。アカウントのクォータは異なる場合があります)</translation>
    </message>
    <message>
        <source>Rehearsal succeeded: publish would carry out %1 change(s).</source>
        <translation>リハーサル成功: 公開すると %1 件の変更が行われます。</translation>
    </message>
    <message>
        <source>Rehearsal failed: publish would stop at the step shown.</source>
        <translation>リハーサル失敗: 公開は表示された手順で停止します。</translation>
    </message>
    <message>
        <source>Rehearsing [%1/%2] %3</source>
        <translation>リハーサル [%1/%2] %3</translation>
    </message>
    <message>
        <source>Publishing identity</source>
        <translation>公開に使う ID</translation>
    </message>
    <message>
        <source>Checking whom this connection publishes as…</source>
        <translation>この接続がどの ID で公開するかを確認しています…</translation>
    </message>
    <message>
        <source>Publishing as %1 in account %2</source>
        <translation>アカウント %2 で %1 として公開します</translation>
    </message>
    <message>
        <source>Cannot tell whom this connection publishes as (sts:GetCallerIdentity): %1</source>
        <translation>この接続がどの ID で公開するか確認できません（sts:GetCallerIdentity）: %1</translation>
    </message>
    <message>
        <source>Publish is off until these are fixed: %1</source>
        <translation>これを修正するまで公開できません: %1</translation>
    </message>
    <message>
        <source>Fix these first: %1</source>
        <translation>先にこれを修正してください: %1</translation>
    </message>
    <message>
        <source>Nothing was changed in the domain.</source>
        <translation>ドメインでは何も変更されていません。</translation>
    </message>
    <message>
        <source>Tests of the rules</source>
        <translation>ルールのテスト</translation>
    </message>
    <message>
        <source>Tests cannot run: %1</source>
        <translation>テストを実行できません: %1</translation>
    </message>
    <message>
        <source>Tests: %1</source>
        <translation>テスト: %1</translation>
    </message>
    <message>
        <source>Tests fail: %1. Publish is blocked until the rules meet the samples&apos; expectations.</source>
        <translation>テスト失敗: %1。ルールがサンプルの期待を満たすまで公開はブロックされます。</translation>
    </message>
    <message>
        <source>case %1, %2: %3 expected %4, the rules give %5</source>
        <translation>ケース %1、%2: %3 期待値 %4、ルールの結果 %5</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>ほか %1 件</translation>
    </message>
    <message>
        <source>The tests of the rules fail: see the plan</source>
        <translation>ルールのテストが失敗しています: 計画を参照してください</translation>
    </message>
    <message>
        <source>Publish refused: %1</source>
        <translation>公開が拒否されました: %1</translation>
    </message>
    <message>
        <source>The tests of the rules failed: nothing was sent. Make the rules meet the samples&apos; expectations (or change the expectations), then publish.</source>
        <translation>ルールのテストが失敗しました: 何も送信されていません。ルールがサンプルの期待を満たすようにする (または期待を変更する) と、公開できます。</translation>
    </message>
    <message>
        <source>Publish refused: the tests fail, nothing was sent.</source>
        <translation>公開が拒否されました: テストが失敗したため、何も送信されていません。</translation>
    </message>
    <message>
        <source>Waiting for the identity check to finish…</source>
        <translation>ID の確認が終わるのを待っています…</translation>
    </message>
</context>
<context>
    <name>cw::ui::PullDialog</name>
    <message>
        <source>Pull a Cases domain</source>
        <translation>Cases ドメインをプル</translation>
    </message>
    <message>
        <source>a new folder, or an existing project to refresh</source>
        <translation>新しいフォルダー、または更新する既存のプロジェクト</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Project &amp;folder:</source>
        <translation>プロジェクトフォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>Cancel pull</source>
        <translation>プルをキャンセル</translation>
    </message>
    <message>
        <source>Pull report</source>
        <translation>プルのレポート</translation>
    </message>
    <message>
        <source>What the pull created, updated, removed and kept shows here.</source>
        <translation>プルで作成、更新、削除、保持されたものがここに表示されます。</translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation>プル(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Open project</source>
        <translation>プロジェクトを開く(&amp;O)</translation>
    </message>
    <message>
        <source>This folder&apos;s project cannot be read: %1</source>
        <translation>このフォルダーのプロジェクトを読み取れません: %1</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>プロジェクトフォルダー</translation>
    </message>
    <message>
        <source>Choose the project folder first.</source>
        <translation>先にプロジェクトフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Choose the domain to pull (Load domains lists them).</source>
        <translation>プルするドメインを選んでください ([ドメインを読み込む] で一覧表示されます)。</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>接続できません: %1</translation>
    </message>
    <message>
        <source>Pulling from %1…</source>
        <translation>%1 からプル中…</translation>
    </message>
    <message>
        <source>fields %1/%2 · options %3/%4 · layouts %5/%6 · templates %7/%8 · rules %9/%10%11</source>
        <translation>フィールド %1/%2 · オプション %3/%4 · レイアウト %5/%6 · テンプレート %7/%8 · ルール %9/%10%11</translation>
    </message>
    <message>
        <source> (still listing)</source>
        <translation> (一覧取得中)</translation>
    </message>
    <message>
        <source>Created the project %1</source>
        <translation>プロジェクト %1 を作成しました</translation>
    </message>
    <message>
        <source>Refreshed the project %1</source>
        <translation>プロジェクト %1 を更新しました</translation>
    </message>
    <message>
        <source>%1 fields, %2 templates, %3 rules, %4 layouts.</source>
        <translation>フィールド %1 件、テンプレート %2 件、ルール %3 件、レイアウト %4 件。</translation>
    </message>
    <message>
        <source>Created from the remote: %1</source>
        <translation>リモートから作成: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Updated from the remote: %1</source>
        <translation>リモートから更新: %1</translation>
    </message>
    <message>
        <source>Removed (deleted remotely): %1</source>
        <translation>削除 (リモートで削除済み): %1</translation>
    </message>
    <message>
        <source>Kept (your edits): %1</source>
        <translation>保持 (あなたの編集): %1</translation>
    </message>
    <message>
        <source>Conflicts: none</source>
        <translation>競合: なし</translation>
    </message>
    <message>
        <source>Conflicts (changed both here and remotely; both versions are kept, resolve them in Publish):</source>
        <translation>競合 (ここでもリモートでも変更。両方の版を保持しています。公開で解決してください):</translation>
    </message>
    <message>
        <source>The pull failed: %1</source>
        <translation>プルに失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>cw::ui::RuleChip</name>
    <message>
        <source>Required rule</source>
        <translation>必須ルール</translation>
    </message>
    <message>
        <source>Hidden rule</source>
        <translation>非表示ルール</translation>
    </message>
    <message>
        <source>Field options rule</source>
        <translation>フィールドオプションルール</translation>
    </message>
    <message>
        <source>Rule of an unknown kind</source>
        <translation>不明な種類のルール</translation>
    </message>
    <message>
        <source>%1 (not in the project)</source>
        <translation>%1 (プロジェクトにありません)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Detach this rule from the field</source>
        <translation>このルールをフィールドから外す</translation>
    </message>
    <message>
        <source>Detach %1</source>
        <translation>%1 を外す</translation>
    </message>
    <message>
        <source>The rule has errors; open it to see them.</source>
        <translation>ルールにエラーがあります。開いて確認してください。</translation>
    </message>
    <message>
        <source>Used nowhere else.</source>
        <translation>他では使用されていません。</translation>
    </message>
    <message>
        <source>Also used by:
  %1</source>
        <translation>他の使用箇所:
  %1</translation>
    </message>
    <message>
        <source>&amp;Open Rule</source>
        <translation>ルールを開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Detach from Field</source>
        <translation>フィールドから外す(&amp;D)</translation>
    </message>
</context>
<context>
    <name>cw::ui::RuleEditor</name>
    <message>
        <source>Required rule</source>
        <translation>必須ルール</translation>
    </message>
    <message>
        <source>Hidden rule</source>
        <translation>非表示ルール</translation>
    </message>
    <message>
        <source>Field options rule</source>
        <translation>フィールドオプションルール</translation>
    </message>
    <message>
        <source>Rule of an unknown kind</source>
        <translation>不明な種類のルール</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>ルール名</translation>
    </message>
    <message>
        <source>Findings about the rule name</source>
        <translation>ルール名に関する検出事項</translation>
    </message>
    <message>
        <source>Rule description</source>
        <translation>ルールの説明</translation>
    </message>
    <message>
        <source>Optional: what the rule is for</source>
        <translation>任意: ルールの目的</translation>
    </message>
    <message>
        <source>Findings about the rule description</source>
        <translation>ルールの説明に関する検出事項</translation>
    </message>
    <message>
        <source>Where the rule is used</source>
        <translation>ルールの使用箇所</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>Used by:</source>
        <translation>使用箇所:</translation>
    </message>
    <message>
        <source>Read this hidden rule as:</source>
        <translation>この非表示ルールの読み方:</translation>
    </message>
    <message>
        <source>&amp;Show when…</source>
        <translation>次の場合に表示(&amp;S)…</translation>
    </message>
    <message>
        <source>As the Connect admin website says it. The rule still stores whether the field is hidden.</source>
        <translation>Connect 管理ウェブサイトと同じ表現です。ルールには引き続き、フィールドを非表示にするかどうかが保存されます。</translation>
    </message>
    <message>
        <source>&amp;Hide when…</source>
        <translation>次の場合に非表示(&amp;H)…</translation>
    </message>
    <message>
        <source>As the Cases API stores it: the result is whether the field is hidden.</source>
        <translation>Cases API の保存形式と同じです。結果はフィールドを非表示にするかどうかです。</translation>
    </message>
    <message>
        <source>Conditions used</source>
        <translation>使用中の条件</translation>
    </message>
    <message>
        <source>Findings about the conditions</source>
        <translation>条件に関する検出事項</translation>
    </message>
    <message>
        <source>&amp;Otherwise (when no condition is true):</source>
        <translation>それ以外(&amp;O) (どの条件も成立しない場合):</translation>
    </message>
    <message>
        <source>Default value</source>
        <translation>既定値</translation>
    </message>
    <message>
        <source>Findings about the default value</source>
        <translation>既定値に関する検出事項</translation>
    </message>
    <message>
        <source>In plain words</source>
        <translation>わかりやすく言うと</translation>
    </message>
    <message>
        <source>Rule summary</source>
        <translation>ルールの概要</translation>
    </message>
    <message>
        <source>Other findings about the rule</source>
        <translation>ルールに関するその他の検出事項</translation>
    </message>
    <message>
        <source>No rule selected</source>
        <translation>ルールが選択されていません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not attached to any template field</source>
        <translation>どのテンプレートフィールドにも割り当てられていません</translation>
    </message>
    <message>
        <source>Which options the child field offers for each value of the parent field is edited in the field options editor.</source>
        <translation>親フィールドの各値に対して子フィールドが表示するオプションは、フィールドオプションエディターで編集します。</translation>
    </message>
    <message>
        <source>This version of Casewright cannot edit this kind of rule; it is kept as it is.</source>
        <translation>このバージョンの Casewright ではこの種類のルールを編集できません。そのまま保持されます。</translation>
    </message>
    <message>
        <source>%1 of %2 conditions used</source>
        <translation>条件 %2 個中 %1 個を使用</translation>
    </message>
    <message>
        <source>Rename rule</source>
        <translation>ルール名を変更</translation>
    </message>
    <message>
        <source>Change rule description</source>
        <translation>ルールの説明を変更</translation>
    </message>
    <message>
        <source>Change the default value</source>
        <translation>既定値を変更</translation>
    </message>
    <message>
        <source>Rule editor</source>
        <translation>ルールエディター</translation>
    </message>
    <message>
        <source>Expectations this rule breaks</source>
        <translation>このルールが満たさない期待値</translation>
    </message>
    <message>
        <source>This rule breaks %1 of the samples:</source>
        <translation>このルールはサンプルの %1 を満たしていません：</translation>
    </message>
    <message numerus="yes">
        <source>%n expectation(s)</source>
        <translation>
            <numerusform>%n 件の期待</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in case %2 — %3: expected %4, the rules give %5</source>
        <translation>ケース %2 の %1 — %3：期待値 %4、ルールの結果 %5</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>ほか %1 件</translation>
    </message>
    <message numerus="yes">
        <source>Show the failing case(s) in the preview</source>
        <translation>
            <numerusform>失敗しているケースをプレビューに表示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::ui::RulePickerDialog</name>
    <message>
        <source>Attach a Rule to %1</source>
        <translation>%1 にルールを割り当て</translation>
    </message>
    <message>
        <source>Rules that fit %1: required and hidden rules, and options rules whose child field it is. Rules already attached to it are left out.</source>
        <translation>%1 に使えるルール: 必須ルール、非表示ルール、およびこのフィールドを子フィールドとするオプションルールです。すでに割り当て済みのルールは除外されます。</translation>
    </message>
    <message>
        <source>Type to search rules</source>
        <translation>入力してルールを検索</translation>
    </message>
    <message>
        <source>Search rules</source>
        <translation>ルールを検索</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>No rule of the project fits this field; create one instead.</source>
        <translation>このフィールドに使えるルールはプロジェクトにありません。新しく作成してください。</translation>
    </message>
    <message>
        <source>No rule matches the search.</source>
        <translation>検索に一致するルールはありません。</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>割り当て</translation>
    </message>
</context>
<context>
    <name>cw::ui::SampleCasesModel</name>
    <message>
        <source>Set %1 of a sample case</source>
        <translation>サンプルケースの %1 を設定</translation>
    </message>
    <message>
        <source>Remove %1 from a sample case</source>
        <translation>サンプルケースから %1 を削除</translation>
    </message>
    <message>
        <source>Rename a sample case</source>
        <translation>サンプルケースの名前を変更</translation>
    </message>
    <message>
        <source>Change the template of a sample case</source>
        <translation>サンプルケースのテンプレートを変更</translation>
    </message>
    <message>
        <source>Add a sample case</source>
        <translation>サンプルケースを追加</translation>
    </message>
    <message>
        <source>Duplicate a sample case</source>
        <translation>サンプルケースを複製</translation>
    </message>
    <message>
        <source>Delete a sample case</source>
        <translation>サンプルケースを削除</translation>
    </message>
    <message>
        <source>Delete %1 sample cases</source>
        <translation>サンプルケース %1 件を削除</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Template id: %1</source>
        <translation>テンプレート ID: %1</translation>
    </message>
    <message>
        <source>The project has no template with this id</source>
        <translation>この ID のテンプレートはプロジェクトにありません</translation>
    </message>
    <message>
        <source>Not a value of this %1 field: rules comparing it with a value of the field&apos;s type never match it.</source>
        <translation>この %1 フィールドの値ではありません。フィールドの型の値と比較するルールには一致しません。</translation>
    </message>
    <message>
        <source>Saved in samples/%1</source>
        <translation>samples/%1 に保存済み</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>ケース ID</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>%1 field, id %2</source>
        <translation>%1 フィールド、ID %2</translation>
    </message>
    <message>
        <source>Field %1 is not in the project</source>
        <translation>フィールド %1 はプロジェクトにありません</translation>
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
        <translation>(空)</translation>
    </message>
    <message>
        <source>%1 (not an option)</source>
        <translation>%1 (オプションではありません)</translation>
    </message>
</context>
<context>
    <name>cw::ui::SampleValueText</name>
    <message>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>%1 (unknown type)</source>
        <translation>%1 (不明な型)</translation>
    </message>
</context>
<context>
    <name>cw::ui::SideBySideView</name>
    <message>
        <source>Mine (the project&apos;s file)</source>
        <translation>自分の版 (プロジェクトのファイル)</translation>
    </message>
    <message>
        <source>Theirs (the service now)</source>
        <translation>相手の版 (現在のサービス)</translation>
    </message>
    <message>
        <source>Base (as last pulled)</source>
        <translation>ベース (前回のプル時点)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(削除済み)</translation>
    </message>
</context>
<context>
    <name>cw::ui::SsoSignInDialog</name>
    <message>
        <source>Sign in with IAM Identity Center</source>
        <translation>IAM Identity Center でサインイン</translation>
    </message>
    <message>
        <source>Approve this sign-in in your browser (%1). Check that it shows this code:</source>
        <translation>ブラウザーでこのサインインを承認してください (%1)。次のコードが表示されていることを確認してください:</translation>
    </message>
    <message>
        <source>Open the browser again</source>
        <translation>ブラウザーをもう一度開く</translation>
    </message>
    <message>
        <source>Cannot sign in: %1</source>
        <translation>サインインできません: %1</translation>
    </message>
    <message>
        <source>Waiting for the approval at %1 …</source>
        <translation>%1 での承認を待っています …</translation>
    </message>
    <message>
        <source>The sign-in was not approved in time. Close this and try again.</source>
        <translation>サインインが時間内に承認されませんでした。閉じてもう一度お試しください。</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>サインインしました。</translation>
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
        <translation>Amazon Connect Cases のケースルールをプロジェクトフォルダーで設計し、サンプルケースで試して、準備ができたら公開します。</translation>
    </message>
    <message>
        <source>&amp;Open a project folder…</source>
        <translation>プロジェクトフォルダーを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New project from a pull…</source>
        <translation>プルから新しいプロジェクト(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Recent projects:</source>
        <translation>最近のプロジェクト(&amp;R):</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近のプロジェクト</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(まだありません)</translation>
    </message>
</context>
<context>
    <name>cw::ui::TemplateEditor</name>
    <message>
        <source>Other findings about the template</source>
        <translation>テンプレートに関するその他の検出事項</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>テンプレート名</translation>
    </message>
    <message>
        <source>Findings about the template name</source>
        <translation>テンプレート名に関する検出事項</translation>
    </message>
    <message>
        <source>Template description</source>
        <translation>テンプレートの説明</translation>
    </message>
    <message>
        <source>Optional: what cases the template is for</source>
        <translation>任意: テンプレートの対象となるケース</translation>
    </message>
    <message>
        <source>Findings about the template description</source>
        <translation>テンプレートの説明に関する検出事項</translation>
    </message>
    <message>
        <source>Template status</source>
        <translation>テンプレートのステータス</translation>
    </message>
    <message>
        <source>Findings about the template status</source>
        <translation>テンプレートのステータスに関する検出事項</translation>
    </message>
    <message>
        <source>Default layout</source>
        <translation>既定のレイアウト</translation>
    </message>
    <message>
        <source>Findings about the default layout</source>
        <translation>既定のレイアウトに関する検出事項</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>ステータス(&amp;S):</translation>
    </message>
    <message>
        <source>Default &amp;layout:</source>
        <translation>既定のレイアウト(&amp;L):</translation>
    </message>
    <message>
        <source>Always required fields</source>
        <translation>常に必須のフィールド</translation>
    </message>
    <message>
        <source>Required fields used</source>
        <translation>使用中の必須フィールド</translation>
    </message>
    <message>
        <source>Field to make required</source>
        <translation>必須にするフィールド</translation>
    </message>
    <message>
        <source>&amp;Add Required Field</source>
        <translation>必須フィールドを追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>The selected field is no longer always required</source>
        <translation>選択したフィールドを常に必須にするのをやめます</translation>
    </message>
    <message>
        <source>Findings about the required fields</source>
        <translation>必須フィールドに関する検出事項</translation>
    </message>
    <message>
        <source>No template selected</source>
        <translation>テンプレートが選択されていません</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>テンプレート: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>(no status)</source>
        <translation>(ステータスなし)</translation>
    </message>
    <message>
        <source>%1 (not a status)</source>
        <translation>%1 (ステータスではありません)</translation>
    </message>
    <message>
        <source>(no default layout)</source>
        <translation>(既定のレイアウトなし)</translation>
    </message>
    <message>
        <source>%1 (unknown layout)</source>
        <translation>%1 (不明なレイアウト)</translation>
    </message>
    <message>
        <source>%1 of %2 required fields</source>
        <translation>必須フィールド %2 件中 %1 件</translation>
    </message>
    <message>
        <source>%1 (unknown field)</source>
        <translation>%1 (不明なフィールド)</translation>
    </message>
    <message>
        <source>This template already has %1 required fields, the most the service accepts. Remove one, or make a field required by a rule instead.</source>
        <translation>このテンプレートにはすでに必須フィールドが %1 件 (サービスの上限) あります。1 つ削除するか、代わりにルールでフィールドを必須にしてください。</translation>
    </message>
    <message>
        <source>Make %1 always required</source>
        <translation>%1 を常に必須にする</translation>
    </message>
    <message>
        <source>Pick a field that is not required yet.</source>
        <translation>まだ必須になっていないフィールドを選んでください。</translation>
    </message>
    <message>
        <source>Make %1 required</source>
        <translation>%1 を必須にする</translation>
    </message>
    <message>
        <source>Stop requiring %1</source>
        <translation>%1 の必須を解除</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>テンプレート名を変更</translation>
    </message>
    <message>
        <source>Change template description</source>
        <translation>テンプレートの説明を変更</translation>
    </message>
    <message>
        <source>Activate template</source>
        <translation>テンプレートを有効化</translation>
    </message>
    <message>
        <source>Deactivate template</source>
        <translation>テンプレートを無効化</translation>
    </message>
    <message>
        <source>Change default layout</source>
        <translation>既定のレイアウトを変更</translation>
    </message>
    <message>
        <source>Fields and their rules</source>
        <translation>フィールドとそのルール</translation>
    </message>
    <message>
        <source>R required · H hidden · O options. Click a rule to see where else it is used; double-click to open it.</source>
        <translation>R 必須 · H 非表示 · O オプション。ルールをクリックすると他の使用箇所を表示し、ダブルクリックで開きます。</translation>
    </message>
    <message>
        <source>Rules used</source>
        <translation>使用中のルール</translation>
    </message>
    <message>
        <source>Field to add</source>
        <translation>追加するフィールド</translation>
    </message>
    <message>
        <source>Add &amp;Field</source>
        <translation>フィールドを追加(&amp;F)</translation>
    </message>
    <message>
        <source>Show another field of the project here, to attach rules to it</source>
        <translation>プロジェクトの別のフィールドをここに表示して、ルールを割り当てます</translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>選択したルール</translation>
    </message>
    <message>
        <source>Selected rule summary</source>
        <translation>選択したルールの概要</translation>
    </message>
    <message>
        <source>Where else this rule is used:</source>
        <translation>このルールの他の使用箇所:</translation>
    </message>
    <message>
        <source>Other templates and fields using the rule</source>
        <translation>このルールを使用している他のテンプレートとフィールド</translation>
    </message>
    <message>
        <source>&amp;Open Rule</source>
        <translation>ルールを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Show the rule in the rule editor</source>
        <translation>ルールエディターでルールを表示</translation>
    </message>
    <message>
        <source>De&amp;tach from Field</source>
        <translation>フィールドから外す(&amp;T)</translation>
    </message>
    <message>
        <source>This template already has %1 rules, the most the service accepts. Detach one before attaching or creating another.</source>
        <translation>このテンプレートにはすでにルールが %1 件 (サービスの上限) あります。別のルールを割り当てるか作成する前に、1 つ外してください。</translation>
    </message>
    <message>
        <source>%1 of %2 rules attached</source>
        <translation>ルール %2 件中 %1 件を割り当て済み</translation>
    </message>
    <message>
        <source>Attach “%1” to %2</source>
        <translation>「%1」を %2 に割り当て</translation>
    </message>
    <message>
        <source>Create rule “%1” for %2</source>
        <translation>%2 のルール「%1」を作成</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>ルールを追加</translation>
    </message>
    <message>
        <source>Detach “%1” from %2</source>
        <translation>「%1」を %2 から外す</translation>
    </message>
    <message>
        <source>%1 “%2” on %3</source>
        <translation>%3 の%1「%2」</translation>
    </message>
    <message>
        <source>%1 on %2: the project holds no such rule</source>
        <translation>%2 の %1: プロジェクトにそのようなルールはありません</translation>
    </message>
    <message>
        <source>Nowhere else</source>
        <translation>他にはありません</translation>
    </message>
    <message>
        <source>Template editor</source>
        <translation>テンプレートエディター</translation>
    </message>
</context>
<context>
    <name>cw::ui::TemplateFieldRow</name>
    <message>
        <source>always required</source>
        <translation>常に必須</translation>
    </message>
    <message>
        <source>Field id: %1</source>
        <translation>フィールド ID: %1</translation>
    </message>
    <message>
        <source>no rules</source>
        <translation>ルールなし</translation>
    </message>
    <message>
        <source>Attach Rule…</source>
        <translation>ルールを割り当て…</translation>
    </message>
    <message>
        <source>Attach a rule to %1</source>
        <translation>%1 にルールを割り当て</translation>
    </message>
    <message>
        <source>New Rule</source>
        <translation>新しいルール</translation>
    </message>
    <message>
        <source>New rule for %1</source>
        <translation>%1 の新しいルール</translation>
    </message>
    <message>
        <source>&amp;Required Rule</source>
        <translation>必須ルール(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Hidden Rule</source>
        <translation>非表示ルール(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Options Rule</source>
        <translation>オプションルール(&amp;O)</translation>
    </message>
    <message>
        <source>Limit this field&apos;s options by another single-select field&apos;s value</source>
        <translation>別の単一選択フィールドの値で、このフィールドのオプションを制限します</translation>
    </message>
    <message>
        <source>Only a single-select field can have its options limited, and only by another single-select field.</source>
        <translation>オプションを制限できるのは単一選択フィールドだけで、制限に使えるのも別の単一選択フィールドだけです。</translation>
    </message>
    <message>
        <source>Findings about the rules of %1</source>
        <translation>%1 のルールに関する検出事項</translation>
    </message>
    <message>
        <source>Attach a rule of the project to %1</source>
        <translation>プロジェクトのルールを %1 に割り当て</translation>
    </message>
    <message>
        <source>Create a rule for %1 and attach it</source>
        <translation>%1 のルールを作成して割り当て</translation>
    </message>
    <message>
        <source>%1 required rules: the field is required when any of them says required.</source>
        <translation>必須ルールが %1 個: いずれかが必須とすればフィールドは必須です。</translation>
    </message>
    <message>
        <source>%1 hidden rules: the field is hidden when any of them says hidden.</source>
        <translation>非表示ルールが %1 個: いずれかが非表示とすればフィールドは非表示です。</translation>
    </message>
    <message>
        <source>%1 options rules: the field offers only the options that every one of them allows.</source>
        <translation>オプションルールが %1 個: すべてのルールが許可するオプションだけが提示されます。</translation>
    </message>
    <message>
        <source>How the rules of %1 combine</source>
        <translation>%1 のルールの組み合わせ方</translation>
    </message>
</context>
<context>
    <name>cw::ui::UnreadableFilePage</name>
    <message>
        <source>This file cannot be read, so what it holds is left out of the preview and publishing is off. Casewright never overwrites it: fix it in a text editor, and it is read again as soon as it is saved.</source>
        <translation>このファイルは読み込めないため、その内容はプレビューから除外され、発行はできません。Casewright はこのファイルを上書きしません。テキストエディターで修正して保存すると、すぐに読み直されます。</translation>
    </message>
    <message>
        <source>The file&apos;s text (read-only)</source>
        <translation>ファイルの内容（読み取り専用）</translation>
    </message>
    <message>
        <source>The file reads again: what it holds is back in the project.</source>
        <translation>ファイルは再び読み込めます。内容はプロジェクトに戻りました。</translation>
    </message>
    <message>
        <source>(the entry is not a plain file: there is no text to show)</source>
        <translation>（通常のファイルではないため、表示する内容がありません）</translation>
    </message>
    <message>
        <source>(only the first %1 KiB are shown)</source>
        <translation>（先頭の %1 KiB のみ表示）</translation>
    </message>
</context>
<context>
    <name>cw::ui::ValueEditor</name>
    <message>
        <source>(no value)</source>
        <translation>(値なし)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
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
        <translation>比較するテキスト</translation>
    </message>
    <message>
        <source>a user ARN (%1), which a condition cannot hold</source>
        <translation>ユーザー ARN (%1)。条件には使用できません</translation>
    </message>
    <message>
        <source>a “%1” value this version cannot edit</source>
        <translation>このバージョンでは編集できない「%1」値</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (無効)</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>値: %1</translation>
    </message>
    <message>
        <source>(no option chosen)</source>
        <translation>(オプション未選択)</translation>
    </message>
    <message>
        <source>%1 (not an option)</source>
        <translation>%1 (オプションではありません)</translation>
    </message>
</context>
<context>
    <name>cw::ui::i18n::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Use &amp;System Language</source>
        <translation>システムの言語を使用(&amp;S)</translation>
    </message>
    <message>
        <source>Cannot change the language</source>
        <translation>言語を変更できません</translation>
    </message>
    <message>
        <source>Language changed</source>
        <translation>言語を変更しました</translation>
    </message>
    <message>
        <source>Casewright is now in %1. The open window shows it after a restart. Restart now?</source>
        <translation>Casewright の言語を %1 に変更しました。開いているウィンドウには再起動後に反映されます。今すぐ再起動しますか?</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>今すぐ再起動</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>後で</translation>
    </message>
</context>
</TS>
