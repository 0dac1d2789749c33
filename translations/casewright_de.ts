<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ConditionOperator</name>
    <message>
        <source>equals</source>
        <translation>ist gleich</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>ist ungleich</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>ist nicht leer</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>(no field)</source>
        <translation>(kein Feld)</translation>
    </message>
    <message>
        <source>Delete rule “%1”</source>
        <translation>Regel „%1“ löschen</translation>
    </message>
    <message>
        <source>Error: %1 [%2]</source>
        <translation>Fehler: %1 [%2]</translation>
    </message>
    <message>
        <source>Warning: %1 [%2]</source>
        <translation>Warnung: %1 [%2]</translation>
    </message>
    <message>
        <source>Field id: %1</source>
        <translation>Feld-ID: %1</translation>
    </message>
</context>
<context>
    <name>SampleValueDelegate</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
</context>
<context>
    <name>cw::ui</name>
    <message>
        <source>A rule can have at most %1 conditions (counted inside groups too). Remove one, or split the rule into two rules.</source>
        <translation>Eine Regel kann höchstens %1 Bedingungen haben (auch die in Gruppen zählen). Entfernen Sie eine, oder teilen Sie die Regel in zwei Regeln auf.</translation>
    </message>
    <message>
        <source>Groups can be nested %1 levels deep at most: this group is already inside a group, so it cannot hold another group.</source>
        <translation>Gruppen können höchstens %1 Ebenen tief verschachtelt werden: Diese Gruppe liegt bereits in einer Gruppe und kann daher keine weitere Gruppe enthalten.</translation>
    </message>
    <message>
        <source>A new group starts with one condition, and %1</source>
        <translation>Eine neue Gruppe beginnt mit einer Bedingung, und %1</translation>
    </message>
    <message>
        <source>That condition no longer exists.</source>
        <translation>Diese Bedingung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>A group cannot be moved into itself.</source>
        <translation>Eine Gruppe kann nicht in sich selbst verschoben werden.</translation>
    </message>
    <message>
        <source>Groups can be nested %1 levels deep at most; there this group would be nested deeper.</source>
        <translation>Gruppen können höchstens %1 Ebenen tief verschachtelt werden; dort läge diese Gruppe tiefer.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>nicht erforderlich</translation>
    </message>
    <message>
        <source>show</source>
        <translation>anzeigen</translation>
    </message>
    <message>
        <source>hide</source>
        <translation>ausblenden</translation>
    </message>
    <message>
        <source>Make the field required or not, by the first condition that is true:</source>
        <translation>Das Feld erforderlich machen oder nicht, nach der ersten zutreffenden Bedingung:</translation>
    </message>
    <message>
        <source>%1 offers only the options mapped to the value of %2 (%3).</source>
        <translation>%1 bietet nur die Optionen an, die dem Wert von %2 zugeordnet sind (%3).</translation>
    </message>
    <message>
        <source>an empty group (never true)</source>
        <translation>eine leere Gruppe (nie wahr)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>A “%1” rule, which this version of Casewright cannot read; it is kept as it is.</source>
        <translation>Eine Regel vom Typ „%1“, die diese Version von Casewright nicht lesen kann; sie bleibt unverändert erhalten.</translation>
    </message>
    <message>
        <source>Always %1: the rule has no conditions.</source>
        <translation>Immer %1: Die Regel hat keine Bedingungen.</translation>
    </message>
    <message>
        <source>%1 when %2</source>
        <translation>%1, wenn %2</translation>
    </message>
    <message>
        <source>; else </source>
        <translation>; sonst </translation>
    </message>
    <message>
        <source>; otherwise %1.</source>
        <translation>; andernfalls %1.</translation>
    </message>
    <message>
        <source>(no field)</source>
        <translation>(kein Feld)</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>Feld %1</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>angezeigt</translation>
    </message>
    <message>
        <source>%1 is not empty</source>
        <translation>%1 ist nicht leer</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 does not equal a value of unknown type &quot;%2&quot; (never true)</source>
        <translation>%1 ist ungleich einem Wert unbekannten Typs &quot;%2&quot; (nie wahr)</translation>
    </message>
    <message>
        <source>%1 equals a value of unknown type &quot;%2&quot; (never true)</source>
        <translation>%1 ist gleich einem Wert unbekannten Typs &quot;%2&quot; (nie wahr)</translation>
    </message>
    <message>
        <source>%1 does not equal %2</source>
        <translation>%1 ist ungleich %2</translation>
    </message>
    <message>
        <source>%1 equals %2</source>
        <translation>%1 ist gleich %2</translation>
    </message>
    <message numerus="yes">
        <source>%n parent value(s) mapped</source>
        <translation>
            <numerusform>%n übergeordneter Wert zugeordnet</numerusform>
            <numerusform>%n übergeordnete Werte zugeordnet</numerusform>
        </translation>
    </message>
    <message>
        <source>condition of unknown kind &quot;%1&quot; (never true)</source>
        <translation>Bedingung unbekannter Art &quot;%1&quot; (nie wahr)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>File or id</source>
        <translation>Datei oder ID</translation>
    </message>
    <message>
        <source>No changes: the domain matches the project.</source>
        <translation>Keine Änderungen: Die Domäne entspricht dem Projekt.</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>geändert: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>don&apos;t show</source>
        <translation>nicht anzeigen</translation>
    </message>
    <message>
        <source>don&apos;t hide</source>
        <translation>nicht ausblenden</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>nicht angezeigt</translation>
    </message>
    <message>
        <source>not hidden</source>
        <translation>nicht ausgeblendet</translation>
    </message>
    <message>
        <source>Show or hide the field by the first condition that is true:</source>
        <translation>Das Feld anzeigen oder ausblenden, nach der ersten zutreffenden Bedingung:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>required rule</source>
        <translation>Pflichtregel</translation>
    </message>
    <message>
        <source>hidden rule</source>
        <translation>Ausblenderegel</translation>
    </message>
    <message>
        <source>options rule</source>
        <translation>Optionsregel</translation>
    </message>
    <message>
        <source>rule of an unknown kind</source>
        <translation>Regel unbekannter Art</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>condition added: %1</source>
        <translation>Bedingung hinzugefügt: %1</translation>
    </message>
    <message>
        <source>condition removed: %1</source>
        <translation>Bedingung entfernt: %1</translation>
    </message>
    <message>
        <source>conditions reordered or regrouped</source>
        <translation>Bedingungen umsortiert oder umgruppiert</translation>
    </message>
    <message>
        <source>conditions changed</source>
        <translation>Bedingungen geändert</translation>
    </message>
    <message>
        <source>otherwise</source>
        <translation>sonst</translation>
    </message>
    <message>
        <source>parent field</source>
        <translation>Elternfeld</translation>
    </message>
    <message>
        <source>child field</source>
        <translation>Kindfeld</translation>
    </message>
    <message>
        <source>mapping removed: %1</source>
        <translation>Zuordnung entfernt: %1</translation>
    </message>
    <message>
        <source>mapping added: %1 → %2</source>
        <translation>Zuordnung hinzugefügt: %1 → %2</translation>
    </message>
    <message>
        <source>%1: options added: %2</source>
        <translation>%1: Optionen hinzugefügt: %2</translation>
    </message>
    <message>
        <source>%1: options removed: %2</source>
        <translation>%1: Optionen entfernt: %2</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>default layout</source>
        <translation>Standardlayout</translation>
    </message>
    <message>
        <source>required field added: %1</source>
        <translation>Pflichtfeld hinzugefügt: %1</translation>
    </message>
    <message>
        <source>required field removed: %1</source>
        <translation>Pflichtfeld entfernt: %1</translation>
    </message>
    <message>
        <source>required fields reordered</source>
        <translation>Pflichtfelder umsortiert</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <source>rule attached: %1</source>
        <translation>Regel angehängt: %1</translation>
    </message>
    <message>
        <source>rule detached: %1</source>
        <translation>Regel gelöst: %1</translation>
    </message>
    <message>
        <source>attached rules reordered</source>
        <translation>Angehängte Regeln umsortiert</translation>
    </message>
</context>
<context>
    <name>cw::ui::CaseFormSimulator</name>
    <message>
        <source>Show &amp;hidden fields (greyed)</source>
        <translation>Ausgeblendete Felder &amp;zeigen (grau)</translation>
    </message>
    <message>
        <source>Off: the form leaves hidden fields out, as the agent&apos;s form does.</source>
        <translation>Aus: Das Formular lässt ausgeblendete Felder weg, wie das Formular des Agenten.</translation>
    </message>
    <message>
        <source>Select a sample case to see it as an agent would.</source>
        <translation>Wählen Sie einen Beispielfall aus, um ihn wie ein Agent zu sehen.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a user ARN</source>
        <translation>ein Benutzer-ARN</translation>
    </message>
    <message>
        <source>e.g. 2026-05-08T09:00:00Z</source>
        <translation>z. B. 2026-05-08T09:00:00Z</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(ausgeblendet)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <source>false</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>%1 (not offered)</source>
        <translation>%1 (nicht angeboten)</translation>
    </message>
    <message>
        <source>Expect this field&apos;s outcome</source>
        <translation>Das Ergebnis dieses Felds erwarten</translation>
    </message>
    <message>
        <source>Pin what the form shows for this field (required, hidden, options) as the case&apos;s expected outcome</source>
        <translation>Das, was das Formular für dieses Feld zeigt (erforderlich, ausgeblendet, Optionen), als erwartetes Ergebnis des Falls festhalten</translation>
    </message>
    <message>
        <source>Forget this field&apos;s expectation</source>
        <translation>Erwartung an dieses Feld vergessen</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Expect</source>
        <translation>Erwarten</translation>
    </message>
    <message>
        <source>Expected outcome of %1</source>
        <translation>Erwartetes Ergebnis von %1</translation>
    </message>
    <message>
        <source>The case expects an outcome of %1: re-pin or forget it</source>
        <translation>Der Fall erwartet ein Ergebnis für %1: neu festhalten oder vergessen</translation>
    </message>
    <message>
        <source>Pin the outcome of %1 shown here as the case&apos;s expectation</source>
        <translation>Das hier gezeigte Ergebnis von %1 als Erwartung des Falls festhalten</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConditionBuilder</name>
    <message>
        <source>Change the field of condition %1</source>
        <translation>Feld von Bedingung %1 ändern</translation>
    </message>
    <message>
        <source>Change the operator of condition %1</source>
        <translation>Operator von Bedingung %1 ändern</translation>
    </message>
    <message>
        <source>Change the value of condition %1</source>
        <translation>Wert von Bedingung %1 ändern</translation>
    </message>
    <message>
        <source>Change the result of condition %1</source>
        <translation>Ergebnis von Bedingung %1 ändern</translation>
    </message>
    <message>
        <source>Change group %1 to %2</source>
        <translation>Gruppe %1 auf „%2“ ändern</translation>
    </message>
    <message>
        <source>all of</source>
        <translation>alle von</translation>
    </message>
    <message>
        <source>any of</source>
        <translation>eine von</translation>
    </message>
    <message>
        <source>Remove condition %1</source>
        <translation>Bedingung %1 entfernen</translation>
    </message>
    <message>
        <source>Move condition %1 up</source>
        <translation>Bedingung %1 nach oben verschieben</translation>
    </message>
    <message>
        <source>Move condition %1 down</source>
        <translation>Bedingung %1 nach unten verschieben</translation>
    </message>
    <message>
        <source>Move condition %1</source>
        <translation>Bedingung %1 verschieben</translation>
    </message>
    <message>
        <source>Add condition %1</source>
        <translation>Bedingung %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add group %1</source>
        <translation>Gruppe %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConditionGroupBox</name>
    <message>
        <source>All of these are true (AND)</source>
        <translation>Alle diese treffen zu (UND)</translation>
    </message>
    <message>
        <source>Any of these is true (OR)</source>
        <translation>Eine davon trifft zu (ODER)</translation>
    </message>
    <message>
        <source>Kind of %1</source>
        <translation>Art von %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConditionItemWidget</name>
    <message>
        <source>then</source>
        <translation>dann</translation>
    </message>
    <message>
        <source>Drag to move %1 (or use the arrow buttons)</source>
        <translation>Ziehen, um %1 zu verschieben (oder die Pfeiltasten verwenden)</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>%1 nach oben verschieben</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>%1 nach unten verschieben</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Result of %1</source>
        <translation>Ergebnis von %1</translation>
    </message>
    <message>
        <source>What the rule gives when %1 is the first true condition</source>
        <translation>Was die Regel ergibt, wenn %1 die erste zutreffende Bedingung ist</translation>
    </message>
    <message>
        <source>Findings about %1</source>
        <translation>Befunde zu %1</translation>
    </message>
    <message>
        <source>Move %1 into or out of a group</source>
        <translation>%1 in eine Gruppe oder aus ihr heraus verschieben</translation>
    </message>
    <message>
        <source>Out of the group, to the end of the rule&apos;s conditions</source>
        <translation>Aus der Gruppe heraus, ans Ende der Bedingungen der Regel</translation>
    </message>
    <message>
        <source>Into group %1</source>
        <translation>In Gruppe %1</translation>
    </message>
    <message>
        <source>No group to move into: add a group first</source>
        <translation>Keine Gruppe zum Hineinverschieben: zuerst eine Gruppe hinzufügen</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConditionListWidget</name>
    <message>
        <source>No conditions: the rule always gives its default value.</source>
        <translation>Keine Bedingungen: Die Regel ergibt immer ihren Standardwert.</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>Add condition to group</source>
        <translation>Bedingung zur Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Add group in group</source>
        <translation>Gruppe in Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>the rule</source>
        <translation>die Regel</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Add a condition to %1</source>
        <translation>Eine Bedingung zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add an all-of group to %1</source>
        <translation>Eine „alle von“-Gruppe zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Adds a condition at the end of this list</source>
        <translation>Fügt am Ende dieser Liste eine Bedingung hinzu</translation>
    </message>
    <message>
        <source>Adds a group whose conditions must all be true (switch it to “any” afterwards)</source>
        <translation>Fügt eine Gruppe hinzu, deren Bedingungen alle zutreffen müssen (danach auf „eine von“ umstellbar)</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConditionRow</name>
    <message>
        <source>A “%1” condition, which this version of Casewright cannot edit; it is kept as it is.</source>
        <translation>Eine Bedingung vom Typ „%1“, die diese Version von Casewright nicht bearbeiten kann; sie bleibt unverändert erhalten.</translation>
    </message>
    <message>
        <source>Field of %1</source>
        <translation>Feld von %1</translation>
    </message>
    <message>
        <source>Operator of %1</source>
        <translation>Operator von %1</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>Wert von %1</translation>
    </message>
    <message>
        <source>condition %1</source>
        <translation>Bedingung %1</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConnectDialog</name>
    <message>
        <source>Connect to Amazon Connect Cases</source>
        <translation>Mit Amazon Connect Cases verbinden</translation>
    </message>
    <message>
        <source>Casewright connects with your AWS profile, as the AWS CLI does, and keeps only the names chosen here; it never stores a secret.</source>
        <translation>Casewright verbindet sich wie die AWS CLI mit Ihrem AWS-Profil und speichert nur die hier gewählten Namen, niemals ein Geheimnis.</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConnectionForm</name>
    <message>
        <source>AWS profile</source>
        <translation>AWS-Profil</translation>
    </message>
    <message>
        <source>A profile of ~/.aws/config or ~/.aws/credentials. Casewright stores its name only; credentials are read when connecting.</source>
        <translation>Ein Profil aus ~/.aws/config oder ~/.aws/credentials. Casewright speichert nur seinen Namen; Anmeldedaten werden beim Verbinden gelesen.</translation>
    </message>
    <message>
        <source>from the profile or AWS_REGION, e.g. us-east-1</source>
        <translation>aus dem Profil oder AWS_REGION, z. B. us-east-1</translation>
    </message>
    <message>
        <source>optional: https://cases.REGION.amazonaws.com by default</source>
        <translation>optional: standardmäßig https://cases.REGION.amazonaws.com</translation>
    </message>
    <message>
        <source>Cases domain</source>
        <translation>Cases-Domäne</translation>
    </message>
    <message>
        <source>a domain id, or Load domains</source>
        <translation>eine Domänen-ID, oder „Domänen laden“</translation>
    </message>
    <message>
        <source>&amp;Load domains</source>
        <translation>Domänen &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>AWS &amp;profile:</source>
        <translation>AWS-&amp;Profil:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domäne:</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>(Standard: %1)</translation>
    </message>
    <message>
        <source>The AWS config files could not be read: %1</source>
        <translation>Die AWS-Konfigurationsdateien konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (not in the AWS config files)</source>
        <translation>%1 (nicht in den AWS-Konfigurationsdateien)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Loading domains…</source>
        <translation>Domänen werden geladen…</translation>
    </message>
    <message>
        <source>Could not list the domains: %1</source>
        <translation>Die Domänen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to %1: domain “%2” is %3.</source>
        <translation>Verbunden mit %1: Domäne „%2“ ist %3.</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>Die Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Connected to %1: %2</source>
        <translation>Verbunden mit %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) found.</source>
        <translation>
            <numerusform>%n Domäne gefunden.</numerusform>
            <numerusform>%n Domänen gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) visible.</source>
        <translation>
            <numerusform>%n Domäne sichtbar.</numerusform>
            <numerusform>%n Domänen sichtbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign in to IAM Identity Center in the browser, as &apos;aws sso login&apos; does.</source>
        <translation>Im Browser bei IAM Identity Center anmelden, wie es &apos;aws sso login&apos; tut.</translation>
    </message>
    <message>
        <source>Cannot sign in: %1</source>
        <translation>Anmeldung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Signed in to IAM Identity Center (%1).</source>
        <translation>Bei IAM Identity Center angemeldet (%1).</translation>
    </message>
</context>
<context>
    <name>cw::ui::DocumentOpener</name>
    <message>
        <source>The unsaved edits of the last session cannot be read (%1); the copy is left in place and the project opens as it was saved.</source>
        <translation>Die ungespeicherten Änderungen der letzten Sitzung können nicht gelesen werden (%1); die Kopie bleibt erhalten, und das Projekt wird im gespeicherten Zustand geöffnet.</translation>
    </message>
    <message>
        <source>The unsaved edits could not be restored (%1); the copy is left in place and the project opens as it was saved.</source>
        <translation>Die ungespeicherten Änderungen konnten nicht wiederhergestellt werden (%1); die Kopie bleibt erhalten, und das Projekt wird im gespeicherten Zustand geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>The project opened without %n file(s) that cannot be read. They are listed under Unreadable files in the explorer, left out of the preview and never overwritten; publishing is off until they are fixed.</source>
        <translation>
            <numerusform>Das Projekt wurde ohne %n Datei geöffnet, die nicht gelesen werden kann. Sie steht im Explorer unter „Unlesbare Dateien“, bleibt in der Vorschau außen vor und wird nie überschrieben; Veröffentlichen ist aus, bis sie korrigiert ist.</numerusform>
            <numerusform>Das Projekt wurde ohne %n Dateien geöffnet, die nicht gelesen werden können. Sie stehen im Explorer unter „Unlesbare Dateien“, bleiben in der Vorschau außen vor und werden nie überschrieben; Veröffentlichen ist aus, bis sie korrigiert sind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::ui::EditConnectionCommand</name>
    <message>
        <source>Change Connection</source>
        <translation>Verbindung ändern</translation>
    </message>
</context>
<context>
    <name>cw::ui::ExpectationsMessage</name>
    <message>
        <source>Expectations after the last edit</source>
        <translation>Erwartungen nach der letzten Änderung</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Anzeigen</translation>
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
        <translation>Felder, Vorlagen und Regeln filtern</translation>
    </message>
    <message>
        <source>Filter the explorer</source>
        <translation>Explorer filtern</translation>
    </message>
    <message>
        <source>Domain explorer</source>
        <translation>Domänen-Explorer</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Where Used</source>
        <translation>&amp;Wo verwendet</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
</context>
<context>
    <name>cw::ui::ExplorerModel</name>
    <message>
        <source>required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>field options</source>
        <translation>Feldoptionen</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>unbekannte Art</translation>
    </message>
    <message>
        <source>, %1 inactive</source>
        <translation>, %1 inaktiv</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>Field id: %1 (%2)</source>
        <translation>Feld-ID: %1 (%2)</translation>
    </message>
    <message>
        <source>templates/%1.json</source>
        <translation>templates/%1.json</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>nicht verwendet</translation>
    </message>
    <message>
        <source>rules/%1.json</source>
        <translation>rules/%1.json</translation>
    </message>
    <message>
        <source>Fields (%1)</source>
        <translation>Felder (%1)</translation>
    </message>
    <message>
        <source>Templates (%1)</source>
        <translation>Vorlagen (%1)</translation>
    </message>
    <message>
        <source>Rules (%1)</source>
        <translation>Regeln (%1)</translation>
    </message>
    <message>
        <source>has errors</source>
        <translation>hat Fehler</translation>
    </message>
    <message>
        <source>has warnings</source>
        <translation>hat Warnungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>%n option(s)</source>
        <translation>
            <numerusform>%n Option</numerusform>
            <numerusform>%n Optionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n Regel</numerusform>
            <numerusform>%n Regeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required field(s)</source>
        <translation>
            <numerusform>%n Pflichtfeld</numerusform>
            <numerusform>%n Pflichtfelder</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>Unreadable files (%1)</source>
        <translation>Unlesbare Dateien (%1)</translation>
    </message>
</context>
<context>
    <name>cw::ui::FieldOptionsEditor</name>
    <message>
        <source>Rule summary</source>
        <translation>Regelzusammenfassung</translation>
    </message>
    <message>
        <source>Parent field</source>
        <translation>Übergeordnetes Feld</translation>
    </message>
    <message>
        <source>The single-select field whose value decides which options the child offers</source>
        <translation>Das Einfachauswahlfeld, dessen Wert bestimmt, welche Optionen das untergeordnete Feld anbietet</translation>
    </message>
    <message>
        <source>Findings about the parent field</source>
        <translation>Befunde zum übergeordneten Feld</translation>
    </message>
    <message>
        <source>Child field</source>
        <translation>Untergeordnetes Feld</translation>
    </message>
    <message>
        <source>The single-select field whose options are limited</source>
        <translation>Das Einfachauswahlfeld, dessen Optionen eingeschränkt werden</translation>
    </message>
    <message>
        <source>Findings about the child field</source>
        <translation>Befunde zum untergeordneten Feld</translation>
    </message>
    <message>
        <source>&amp;Parent field:</source>
        <translation>Ü&amp;bergeordnetes Feld:</translation>
    </message>
    <message>
        <source>C&amp;hild field:</source>
        <translation>&amp;Untergeordnetes Feld:</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Parent or child option name</source>
        <translation>Name einer über- oder untergeordneten Option</translation>
    </message>
    <message>
        <source>Filter options</source>
        <translation>Optionen filtern</translation>
    </message>
    <message>
        <source>Mappings used</source>
        <translation>Verwendete Zuordnungen</translation>
    </message>
    <message>
        <source>Offer &amp;All in Row</source>
        <translation>&amp;Alle in der Zeile anbieten</translation>
    </message>
    <message>
        <source>&amp;Clear Row</source>
        <translation>Zeile &amp;leeren</translation>
    </message>
    <message>
        <source>Offer in Every R&amp;ow</source>
        <translation>In &amp;jeder Zeile anbieten</translation>
    </message>
    <message>
        <source>Offer in &amp;No Row</source>
        <translation>In &amp;keiner Zeile anbieten</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Options matrix</source>
        <translation>Optionsmatrix</translation>
    </message>
    <message>
        <source>Import and export notice</source>
        <translation>Hinweis zu Import und Export</translation>
    </message>
    <message>
        <source>Findings about the mappings</source>
        <translation>Befunde zu den Zuordnungen</translation>
    </message>
    <message>
        <source>No rule selected</source>
        <translation>Keine Regel ausgewählt</translation>
    </message>
    <message>
        <source>Field options: %1</source>
        <translation>Feldoptionen: %1</translation>
    </message>
    <message>
        <source>“%1” is not a field options rule; its conditions are edited in the rule editor.</source>
        <translation>„%1“ ist keine Feldoptionsregel; ihre Bedingungen werden im Regeleditor bearbeitet.</translation>
    </message>
    <message>
        <source>Pick the parent and the child field first.</source>
        <translation>Wählen Sie zuerst das über- und das untergeordnete Feld.</translation>
    </message>
    <message>
        <source>(choose a single-select field)</source>
        <translation>(Einfachauswahlfeld wählen)</translation>
    </message>
    <message>
        <source>Already the other field of this rule</source>
        <translation>Bereits das andere Feld dieser Regel</translation>
    </message>
    <message>
        <source>%1 (not a single-select field of the project)</source>
        <translation>%1 (kein Einfachauswahlfeld des Projekts)</translation>
    </message>
    <message>
        <source>Change parent field</source>
        <translation>Übergeordnetes Feld ändern</translation>
    </message>
    <message>
        <source>Change child field</source>
        <translation>Untergeordnetes Feld ändern</translation>
    </message>
    <message>
        <source>Offer all options for %1</source>
        <translation>Alle Optionen für %1 anbieten</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 leeren</translation>
    </message>
    <message>
        <source>Offer %1 for every parent value</source>
        <translation>%1 für jeden übergeordneten Wert anbieten</translation>
    </message>
    <message>
        <source>Offer %1 for no parent value</source>
        <translation>%1 für keinen übergeordneten Wert anbieten</translation>
    </message>
    <message>
        <source>No parent or child option matches “%1”.</source>
        <translation>Keine über- oder untergeordnete Option passt zu „%1“.</translation>
    </message>
    <message>
        <source>Click a cell of the matrix first.</source>
        <translation>Klicken Sie zuerst auf eine Zelle der Matrix.</translation>
    </message>
    <message>
        <source>Offer every active option shown for %1</source>
        <translation>Jede angezeigte aktive Option für %1 anbieten</translation>
    </message>
    <message>
        <source>Clear the options shown for %1; with none left it is not mapped and the child offers all its options</source>
        <translation>Die für %1 angezeigten Optionen leeren; ohne Optionen ist der Wert nicht zugeordnet, und das untergeordnete Feld bietet alle seine Optionen an</translation>
    </message>
    <message>
        <source>Offer %1 for every parent value shown</source>
        <translation>%1 für jeden angezeigten übergeordneten Wert anbieten</translation>
    </message>
    <message>
        <source>Offer %1 for no parent value shown</source>
        <translation>%1 für keinen angezeigten übergeordneten Wert anbieten</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 cannot be read (%2).</source>
        <translation>Nichts importiert: %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>Nothing was imported. %1, line %2: %3</source>
        <translation>Nichts importiert. %1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>Nothing was imported. %1: %2</source>
        <translation>Nichts importiert. %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: every row of %1 was skipped, and a rule needs at least one mapping.</source>
        <translation>Nichts importiert: Jede Zeile von %1 wurde übersprungen, und eine Regel braucht mindestens eine Zuordnung.</translation>
    </message>
    <message>
        <source>  Line %1: %2</source>
        <translation>  Zeile %1: %2</translation>
    </message>
    <message>
        <source>Import options from %1</source>
        <translation>Optionen aus %1 importieren</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Nichts exportiert: %1</translation>
    </message>
    <message>
        <source>Import Options from CSV</source>
        <translation>Optionen aus CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Options to CSV</source>
        <translation>Optionen als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Offer All Options for %1</source>
        <translation>Alle Optionen für %1 anbieten</translation>
    </message>
    <message>
        <source>Offer %1 for Every Parent Value</source>
        <translation>%1 für jeden übergeordneten Wert anbieten</translation>
    </message>
    <message>
        <source>Offer %1 for No Parent Value</source>
        <translation>%1 für keinen übergeordneten Wert anbieten</translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n mapping(s) whose parent value is no option of %1.</source>
        <translation>
            <numerusform>%n Zuordnung entfernt, deren übergeordneter Wert keine Option von %1 ist.</numerusform>
            <numerusform>%n Zuordnungen entfernt, deren übergeordneter Wert keine Option von %1 ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n child value(s) not among the options of %1.</source>
        <translation>
            <numerusform>%n untergeordneter Wert entfernt, der nicht zu den Optionen von %1 gehört.</numerusform>
            <numerusform>%n untergeordnete Werte entfernt, die nicht zu den Optionen von %1 gehören.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n mapping(s) from %1.</source>
        <translation>
            <numerusform>%n Zuordnung aus %1 importiert.</numerusform>
            <numerusform>%n Zuordnungen aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows read: %1.</source>
        <translation>Gelesene Zeilen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s) whose child value is no option:</source>
        <translation>
            <numerusform>%n Zeile übersprungen, deren untergeordneter Wert keine Option ist:</numerusform>
            <numerusform>%n Zeilen übersprungen, deren untergeordneter Wert keine Option ist:</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the mappings with a CSV file in the Connect admin website&apos;s format; its value cells may hold option values or display names</source>
        <translation>Die Zuordnungen durch eine CSV-Datei im Format der Connect-Admin-Website ersetzen; ihre Wertezellen dürfen Optionswerte oder Anzeigenamen enthalten</translation>
    </message>
    <message>
        <source>Save the mappings as a CSV file the Connect admin website can upload, with option values (not display names)</source>
        <translation>Die Zuordnungen als CSV-Datei speichern, die die Connect-Admin-Website hochladen kann, mit Optionswerten (nicht Anzeigenamen)</translation>
    </message>
    <message numerus="yes">
        <source>%n parent value(s) mapped</source>
        <translation>
            <numerusform>%n Elternwert zugeordnet</numerusform>
            <numerusform>%n Elternwerte zugeordnet</numerusform>
        </translation>
    </message>
    <message>
        <source>(the service allows at most %1 mappings per rule)</source>
        <translation>(der Dienst erlaubt höchstens %1 Zuordnungen pro Regel)</translation>
    </message>
    <message>
        <source>Exported the mappings to %1 as option values (not display names); import reads either.</source>
        <translation>Die Zuordnungen wurden als Optionswerte (nicht Anzeigenamen) nach %1 exportiert; der Import liest beides.</translation>
    </message>
</context>
<context>
    <name>cw::ui::FieldPage</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>The field&apos;s options</source>
        <translation>Die Optionen des Felds</translation>
    </message>
    <message>
        <source>Rules that read it</source>
        <translation>Regeln, die es lesen</translation>
    </message>
    <message>
        <source>Rules that read the field</source>
        <translation>Regeln, die das Feld lesen</translation>
    </message>
    <message>
        <source>Rules attached to it, per template</source>
        <translation>Daran angehängte Regeln, je Vorlage</translation>
    </message>
    <message>
        <source>Rules attached to the field</source>
        <translation>An das Feld angehängte Regeln</translation>
    </message>
    <message>
        <source>This field is not in the domain any more.</source>
        <translation>Dieses Feld ist nicht mehr in der Domäne.</translation>
    </message>
    <message>
        <source>%1 field, %2 namespace, id %3</source>
        <translation>Feld vom Typ %1, Namensraum %2, ID %3</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>Fields come from the domain and are read-only here.</source>
        <translation>Felder kommen aus der Domäne und sind hier schreibgeschützt.</translation>
    </message>
    <message numerus="yes">
        <source>%n option(s)</source>
        <translation>
            <numerusform>%n Option</numerusform>
            <numerusform>%n Optionen</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 inactive</source>
        <translation>, %1 inaktiv</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>No options</source>
        <translation>Keine Optionen</translation>
    </message>
    <message>
        <source>“%1” reads it in a condition</source>
        <translation>„%1“ liest es in einer Bedingung</translation>
    </message>
    <message>
        <source>“%1” maps its values (the parent of an options rule)</source>
        <translation>„%1“ ordnet seine Werte zu (Elternfeld einer Optionsregel)</translation>
    </message>
    <message>
        <source>“%1” limits its options (the child of an options rule)</source>
        <translation>„%1“ schränkt seine Optionen ein (Kindfeld einer Optionsregel)</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the rule</source>
        <translation>Doppelklicken oder Eingabe drücken, um die Regel zu öffnen</translation>
    </message>
    <message>
        <source>No rule reads this field.</source>
        <translation>Keine Regel liest dieses Feld.</translation>
    </message>
    <message>
        <source>%1 › “%2”</source>
        <translation>%1 › „%2“</translation>
    </message>
    <message>
        <source>No rule is attached to this field in any template.</source>
        <translation>In keiner Vorlage ist eine Regel an dieses Feld angehängt.</translation>
    </message>
    <message>
        <source>No template always requires it.</source>
        <translation>Keine Vorlage verlangt es immer.</translation>
    </message>
    <message>
        <source>Always required in: %1</source>
        <translation>Immer Pflicht in: %1</translation>
    </message>
</context>
<context>
    <name>cw::ui::FieldPicker</name>
    <message>
        <source>Type to search fields</source>
        <translation>Tippen, um Felder zu suchen</translation>
    </message>
    <message>
        <source>(no field)</source>
        <translation>(kein Feld)</translation>
    </message>
    <message>
        <source>%1 (unknown field)</source>
        <translation>%1 (unbekanntes Feld)</translation>
    </message>
</context>
<context>
    <name>cw::ui::FieldShareChart</name>
    <message>
        <source>Required and hidden shares per field</source>
        <translation>Anteile „erforderlich“ und „ausgeblendet“ je Feld</translation>
    </message>
    <message>
        <source>%1: required %2, hidden %3</source>
        <translation>%1: erforderlich %2, ausgeblendet %3</translation>
    </message>
    <message>
        <source> — computing…</source>
        <translation> — wird berechnet…</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <source>No field of this template has rules.</source>
        <translation>Kein Feld dieser Vorlage hat Regeln.</translation>
    </message>
    <message numerus="yes">
        <source>Over %n sample case(s)</source>
        <translation>
            <numerusform>Über %n Beispielfall</numerusform>
            <numerusform>Über %n Beispielfälle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::ui::ImpactPanel</name>
    <message numerus="yes">
        <source>Comparing %n sample case(s)…</source>
        <translation>
            <numerusform>Vergleiche %n Beispielfall…</numerusform>
            <numerusform>Vergleiche %n Beispielfälle…</numerusform>
        </translation>
    </message>
    <message>
        <source>Impact of the local edits per field</source>
        <translation>Auswirkung der lokalen Änderungen je Feld</translation>
    </message>
    <message>
        <source>Open a project to see how its local edits change the outcomes of its sample cases.</source>
        <translation>Öffnen Sie ein Projekt, um zu sehen, wie seine lokalen Änderungen die Ergebnisse seiner Beispielfälle ändern.</translation>
    </message>
    <message>
        <source>The project has no sample cases: add, generate or import some in the preview to see the impact of edits.</source>
        <translation>Das Projekt hat keine Beispielfälle: Fügen Sie in der Vorschau welche hinzu, erzeugen oder importieren Sie welche, um die Auswirkung von Änderungen zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>No change: the local edits change no outcome of the %n sample case(s) compared with the last pulled rules.</source>
        <translation>
            <numerusform>Keine Änderung: Die lokalen Änderungen ändern kein Ergebnis des %n Beispielfalls gegenüber den zuletzt abgerufenen Regeln.</numerusform>
            <numerusform>Keine Änderung: Die lokalen Änderungen ändern kein Ergebnis der %n Beispielfälle gegenüber den zuletzt abgerufenen Regeln.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sample cases change compared with the last pulled rules:</source>
        <translation>%1 von %2 Beispielfällen ändern sich gegenüber den zuletzt abgerufenen Regeln:</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) not compared: %1</source>
        <translation>
            <numerusform>%n Fall nicht verglichen: %1</numerusform>
            <numerusform>%n Fälle nicht verglichen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Vergleichen mit:</translation>
    </message>
    <message>
        <source>Compare the local edits with</source>
        <translation>Die lokalen Änderungen vergleichen mit</translation>
    </message>
    <message>
        <source>Compare with a Domain Snapshot</source>
        <translation>Mit einem Domänen-Snapshot vergleichen</translation>
    </message>
    <message>
        <source>Domain snapshots (*.json);;All files (*)</source>
        <translation>Domänen-Snapshots (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot compare with “%1”: %2</source>
        <translation>Vergleich mit „%1“ nicht möglich: %2</translation>
    </message>
    <message>
        <source>Last pull</source>
        <translation>Letzter Abruf</translation>
    </message>
    <message>
        <source>The rules as the last pull left them (.casewright/base.json)</source>
        <translation>Die Regeln, wie der letzte Abruf sie hinterlassen hat (.casewright/base.json)</translation>
    </message>
    <message>
        <source>Snapshot file…</source>
        <translation>Snapshot-Datei…</translation>
    </message>
    <message>
        <source>Compare with a domain snapshot file, e.g. another environment&apos;s exported rules</source>
        <translation>Mit einer Domänen-Snapshot-Datei vergleichen, z. B. den exportierten Regeln einer anderen Umgebung</translation>
    </message>
    <message>
        <source>Nothing to compare with: the project was never pulled, so it has no last pulled rules. Pull the domain into this folder, or compare with a snapshot file, to see the impact of edits.</source>
        <translation>Nichts zum Vergleichen: Das Projekt wurde nie abgerufen, daher gibt es keine zuletzt abgerufenen Regeln. Rufen Sie die Domäne in diesen Ordner ab oder vergleichen Sie mit einer Snapshot-Datei, um die Auswirkung von Änderungen zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>No change: the local edits change no outcome of the %n sample case(s) compared with “%1”.</source>
        <translation>
            <numerusform>Keine Änderung: Die lokalen Änderungen ändern kein Ergebnis des %n Beispielfalls gegenüber „%1“.</numerusform>
            <numerusform>Keine Änderung: Die lokalen Änderungen ändern kein Ergebnis der %n Beispielfälle gegenüber „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sample cases change compared with “%3”:</source>
        <translation>%1 von %2 Beispielfällen ändern sich gegenüber „%3“:</translation>
    </message>
</context>
<context>
    <name>cw::ui::ImportCasesDialog</name>
    <message>
        <source>Import cases from the service</source>
        <translation>Fälle aus dem Dienst importieren</translation>
    </message>
    <message>
        <source>The domain&apos;s most recent cases become sample cases, with the fields this project&apos;s templates and rules read. They are real customers&apos; cases: keep the file where such data may be kept.</source>
        <translation>Die neuesten Fälle der Domäne werden zu Beispielfällen, mit den Feldern, die die Vorlagen und Regeln dieses Projekts lesen. Es sind echte Kundenfälle: Bewahren Sie die Datei dort auf, wo solche Daten liegen dürfen.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>At &amp;most</source>
        <translation>&amp;Höchstens</translation>
    </message>
    <message>
        <source> cases</source>
        <translation> Fälle</translation>
    </message>
    <message>
        <source>Most cases</source>
        <translation>Höchstzahl der Fälle</translation>
    </message>
    <message>
        <source>Newest:</source>
        <translation>Neueste:</translation>
    </message>
    <message>
        <source>Created &amp;since</source>
        <translation>Erstellt &amp;seit</translation>
    </message>
    <message>
        <source>Created since</source>
        <translation>Erstellt seit</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>optional: a file with a SearchCases filter (JSON)</source>
        <translation>optional: eine Datei mit einem SearchCases-Filter (JSON)</translation>
    </message>
    <message>
        <source>Filter file</source>
        <translation>Filterdatei</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>Which file the cases went into shows here.</source>
        <translation>Hier steht, in welche Datei die Fälle geschrieben wurden.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>All templates</source>
        <translation>Alle Vorlagen</translation>
    </message>
    <message>
        <source>SearchCases filter</source>
        <translation>SearchCases-Filter</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>Import nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Reading cases from %1…</source>
        <translation>Fälle werden von %1 gelesen…</translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>%1 von %2 Fällen</translation>
    </message>
    <message>
        <source>%1 cases so far</source>
        <translation>bisher %1 Fälle</translation>
    </message>
    <message>
        <source>The import was cancelled; no file was written.</source>
        <translation>Der Import wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The import failed; no file was written: %1</source>
        <translation>Der Import ist fehlgeschlagen; es wurde keine Datei geschrieben: %1</translation>
    </message>
    <message>
        <source>The cases could not be written: %1</source>
        <translation>Die Fälle konnten nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1 cases written to %2.</source>
        <translation>%1 Fälle nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>%1 cases of other templates were left out.</source>
        <translation>%1 Fälle anderer Vorlagen wurden ausgelassen.</translation>
    </message>
    <message>
        <source>They are in the preview now.</source>
        <translation>Sie sind jetzt in der Vorschau.</translation>
    </message>
</context>
<context>
    <name>cw::ui::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Restore unsaved edits?</source>
        <translation>Ungespeicherte Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Project opened</source>
        <translation>Projekt geöffnet</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Änderungen speichern?</translation>
    </message>
    <message>
        <source>The project “%1” has unsaved changes. Save them before closing?</source>
        <translation>Das Projekt „%1“ hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Cannot remove the recovery copy</source>
        <translation>Die Wiederherstellungskopie kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>Das Projekt kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>Template “%1” (%2): %3, %4. There is no template editor in this version; edit templates/%5.json or the admin website.</source>
        <translation>Vorlage „%1“ (%2): %3, %4. Diese Version hat keinen Vorlageneditor; bearbeiten Sie templates/%5.json oder die Admin-Website.</translation>
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
        <translation>Ordner ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;New from Pull…</source>
        <translation>&amp;Neu aus Pull…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find in Explorer</source>
        <translation>Im Explorer &amp;suchen</translation>
    </message>
    <message>
        <source>New &amp;Required Rule</source>
        <translation>Neue &amp;Pflichtregel</translation>
    </message>
    <message>
        <source>New &amp;Hidden Rule</source>
        <translation>Neue &amp;Ausblenderegel</translation>
    </message>
    <message>
        <source>&amp;Delete Rule…</source>
        <translation>Regel &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>&amp;Regel</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Casewright</source>
        <translation>&amp;Über Casewright</translation>
    </message>
    <message>
        <source>Open a project folder</source>
        <translation>Projektordner öffnen</translation>
    </message>
    <message>
        <source>New hidden rule</source>
        <translation>Neue Ausblenderegel</translation>
    </message>
    <message>
        <source>New required rule</source>
        <translation>Neue Pflichtregel</translation>
    </message>
    <message>
        <source>Add hidden rule</source>
        <translation>Ausblenderegel hinzufügen</translation>
    </message>
    <message>
        <source>Add required rule</source>
        <translation>Pflichtregel hinzufügen</translation>
    </message>
    <message>
        <source>Delete the rule “%1”?</source>
        <translation>Die Regel „%1“ löschen?</translation>
    </message>
    <message>
        <source>Publishing will then delete it from the domain.</source>
        <translation>Beim Veröffentlichen wird sie dann auch aus der Domäne gelöscht.</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Regel löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <source>About Casewright</source>
        <translation>Über Casewright</translation>
    </message>
    <message>
        <source>Casewright %1
A designer for Amazon Connect Cases case rules.
Built with Qt %2, running on Qt %3.</source>
        <translation>Casewright %1
Ein Designer für Fallregeln von Amazon Connect Cases.
Erstellt mit Qt %2, läuft unter Qt %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n Regel</numerusform>
            <numerusform>%n Regeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n Vorlage</numerusform>
            <numerusform>%n Vorlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) attached</source>
        <translation>
            <numerusform>%n Regel zugeordnet</numerusform>
            <numerusform>%n Regeln zugeordnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required field(s)</source>
        <translation>
            <numerusform>%n Pflichtfeld</numerusform>
            <numerusform>%n Pflichtfelder</numerusform>
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
Prüfung: %7, %8.

Wählen Sie eine Regel im Explorer aus, um sie zu bearbeiten, oder fügen Sie über das Menü „Regel“ eine hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample case file(s)</source>
        <translation>
            <numerusform>%n Beispielfalldatei</numerusform>
            <numerusform>%n Beispielfalldateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It is attached to %n template field(s), which will lose it too.</source>
        <translation>
            <numerusform>Sie ist %n Vorlagenfeld zugeordnet, das sie ebenfalls verliert.</numerusform>
            <numerusform>Sie ist %n Vorlagenfeldern zugeordnet, die sie ebenfalls verlieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Veröffentlichen…</translation>
    </message>
    <message>
        <source>Co&amp;nnection…</source>
        <translation>Ver&amp;bindung…</translation>
    </message>
    <message>
        <source>The AWS profile, region and endpoint this project pulls from and publishes to</source>
        <translation>AWS-Profil, Region und Endpunkt, von denen dieses Projekt abruft und auf denen es veröffentlicht</translation>
    </message>
    <message>
        <source>Practice &amp;Domain…</source>
        <translation>Übungs&amp;domäne…</translation>
    </message>
    <message>
        <source>Try pull and publish on a local practice service instead of AWS</source>
        <translation>Pull und Veröffentlichen mit einem lokalen Übungsdienst statt mit AWS ausprobieren</translation>
    </message>
    <message>
        <source>Practice domain</source>
        <translation>Übungsdomäne</translation>
    </message>
    <message>
        <source>The practice service is running at %1. Stop it? Pull and publish then go to the project&apos;s own connection again.</source>
        <translation>Der Übungsdienst läuft unter %1. Beenden? Pull und Veröffentlichen gehen dann wieder an die eigene Verbindung des Projekts.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Start a practice service on this computer: a local Cases service to pull from and publish to without AWS. Nothing reaches your AWS account while it runs.%1</source>
        <translation>Einen Übungsdienst auf diesem Computer starten: einen lokalen Cases-Dienst zum Abrufen und Veröffentlichen ohne AWS. Solange er läuft, erreicht nichts Ihr AWS-Konto.%1</translation>
    </message>
    <message>
        <source> Start it on the sample domain, or on a copy of this project&apos;s last pulled state (a fresh copy: earlier practice on it is replaced)?</source>
        <translation> Mit der Beispieldomäne starten oder mit einer Kopie des zuletzt abgerufenen Stands dieses Projekts (eine frische Kopie: frühere Übungen daran werden ersetzt)?</translation>
    </message>
    <message>
        <source>Sample domain</source>
        <translation>Beispieldomäne</translation>
    </message>
    <message>
        <source>Copy of this project</source>
        <translation>Kopie dieses Projekts</translation>
    </message>
    <message>
        <source>Practice service</source>
        <translation>Übungsdienst</translation>
    </message>
    <message>
        <source>PRACTICE service, not AWS: %1 (domain %2)</source>
        <translation>ÜBUNGSDIENST, nicht AWS: %1 (Domäne %2)</translation>
    </message>
    <message>
        <source>Pull and publish go to this local practice service until you stop it (File &gt; Practice Domain). Its state: %1</source>
        <translation>Pull und Veröffentlichen gehen an diesen lokalen Übungsdienst, bis Sie ihn beenden (Datei &gt; Übungsdomäne). Sein Zustand: %1</translation>
    </message>
    <message>
        <source>Stop Practice &amp;Domain…</source>
        <translation>Übungs&amp;domäne beenden…</translation>
    </message>
    <message>
        <source>&amp;Import Cases from the Service…</source>
        <translation>Fälle aus dem Dienst &amp;importieren…</translation>
    </message>
    <message>
        <source>Pro&amp;mote to Another Project…</source>
        <translation>Pro&amp;motion in ein anderes Projekt…</translation>
    </message>
    <message>
        <source>These published rules or templates were renamed, but their files keep the old names:

%1

Rename the files too? Each file&apos;s content moves unchanged, so git sees a rename; the service is not affected.</source>
        <translation>Diese veröffentlichten Regeln oder Vorlagen wurden umbenannt, ihre Dateien tragen aber noch die alten Namen:

%1

Die Dateien auch umbenennen? Der Inhalt jeder Datei wird unverändert verschoben, git erkennt also eine Umbenennung; der Dienst ist nicht betroffen.</translation>
    </message>
    <message>
        <source>Rename the files?</source>
        <translation>Dateien umbenennen?</translation>
    </message>
    <message>
        <source>Rename Files</source>
        <translation>Dateien umbenennen</translation>
    </message>
    <message>
        <source>Keep File Names</source>
        <translation>Dateinamen behalten</translation>
    </message>
    <message>
        <source>New &amp;Options Rule…</source>
        <translation>Neue &amp;Optionsregel…</translation>
    </message>
    <message>
        <source>Add options rule</source>
        <translation>Optionsregel hinzufügen</translation>
    </message>
    <message>
        <source>The domain&apos;s recent cases as sample cases for the preview</source>
        <translation>Die neuesten Fälle der Domäne als Beispielfälle für die Vorschau</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>new rule “%1”</source>
        <translation>neue Regel „%1“</translation>
    </message>
    <message>
        <source>deleted rule “%1”</source>
        <translation>gelöschte Regel „%1“</translation>
    </message>
    <message>
        <source>changed rule “%1”</source>
        <translation>geänderte Regel „%1“</translation>
    </message>
    <message>
        <source>new template “%1”</source>
        <translation>neue Vorlage „%1“</translation>
    </message>
    <message>
        <source>deleted template “%1”</source>
        <translation>gelöschte Vorlage „%1“</translation>
    </message>
    <message>
        <source>changed template “%1”</source>
        <translation>geänderte Vorlage „%1“</translation>
    </message>
    <message>
        <source>new sample cases in %1</source>
        <translation>neue Beispielfälle in %1</translation>
    </message>
    <message>
        <source>deleted sample cases file %1</source>
        <translation>gelöschte Beispielfall-Datei %1</translation>
    </message>
    <message>
        <source>changed sample cases in %1</source>
        <translation>geänderte Beispielfälle in %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more change(s)</source>
        <translation>
            <numerusform>… und %n weitere Änderung</numerusform>
            <numerusform>… und %n weitere Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Casewright was closed without saving this project. An automatic copy from %1 holds unsaved edits:
%2

Restore them, or discard them and open the project as it was last saved?</source>
        <translation>Casewright wurde geschlossen, ohne dieses Projekt zu speichern. Eine automatische Kopie von %1 enthält ungespeicherte Änderungen:
%2

Wiederherstellen, oder verwerfen und das Projekt so öffnen, wie es zuletzt gespeichert wurde?</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate rule</source>
        <translation>Regel duplizieren</translation>
    </message>
    <message>
        <source>Where the rule is used</source>
        <translation>Wo die Regel verwendet wird</translation>
    </message>
    <message>
        <source>“%1” is not attached to any template field.</source>
        <translation>„%1“ ist an kein Vorlagenfeld angehängt.</translation>
    </message>
    <message>
        <source>“%1” is attached to:
%2</source>
        <translation>„%1“ ist angehängt an:
%2</translation>
    </message>
    <message>
        <source>Cannot save a copy of the project</source>
        <translation>Kopie des Projekts kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved a copy in %1; it is the open project now</source>
        <translation>Kopie in %1 gespeichert; sie ist jetzt das geöffnete Projekt</translation>
    </message>
    <message>
        <source>Files changed on disk</source>
        <translation>Dateien auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>These files changed on disk, and you have unsaved edits to them here:
%1

Reload them from disk (your edits to them are lost), or keep yours (saving writes them over the disk&apos;s version)?</source>
        <translation>Diese Dateien wurden auf dem Datenträger geändert, und Sie haben hier ungespeicherte Änderungen daran:
%1

Vom Datenträger neu laden (Ihre Änderungen daran gehen verloren) oder Ihre behalten (Speichern überschreibt dann die Version auf dem Datenträger)?</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>The project cannot be read again: %1</source>
        <translation>Das Projekt kann nicht neu gelesen werden: %1</translation>
    </message>
    <message>
        <source>Read again from disk: %1</source>
        <translation>Vom Datenträger neu gelesen: %1</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Copy the project folder, with your unsaved edits, to a new folder and go on working there</source>
        <translation>Den Projektordner mit Ihren ungespeicherten Änderungen in einen neuen Ordner kopieren und dort weiterarbeiten</translation>
    </message>
    <message>
        <source>Save a Copy of the Project in a New or Empty Folder</source>
        <translation>Eine Kopie des Projekts in einem neuen oder leeren Ordner speichern</translation>
    </message>
    <message>
        <source>Impact of Edits</source>
        <translation>Auswirkung der Änderungen</translation>
    </message>
</context>
<context>
    <name>cw::ui::MfaCodeDialog</name>
    <message>
        <source>MFA code</source>
        <translation>MFA-Code</translation>
    </message>
    <message>
        <source>The AWS profile “%1” assumes the role %2, which needs a code from your MFA device %3.</source>
        <translation>Das AWS-Profil „%1“ übernimmt die Rolle %2, die einen Code von Ihrem MFA-Gerät %3 braucht.</translation>
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
        <translation>Neue Optionsregel</translation>
    </message>
    <message>
        <source>An options rule limits the options a single-select field offers by the value of another single-select field.</source>
        <translation>Eine Optionsregel beschränkt die Optionen eines Einzelauswahlfelds nach dem Wert eines anderen Einzelauswahlfelds.</translation>
    </message>
    <message>
        <source>Field whose options are limited</source>
        <translation>Feld, dessen Optionen beschränkt werden</translation>
    </message>
    <message>
        <source>Field whose value decides</source>
        <translation>Feld, dessen Wert entscheidet</translation>
    </message>
    <message>
        <source>&amp;Limit the options of:</source>
        <translation>Optionen &amp;beschränken von:</translation>
    </message>
    <message>
        <source>&amp;By the value of:</source>
        <translation>&amp;Nach dem Wert von:</translation>
    </message>
    <message>
        <source>&amp;Create Rule</source>
        <translation>Regel &amp;erstellen</translation>
    </message>
    <message>
        <source>The domain needs two single-select fields for an options rule.</source>
        <translation>Für eine Optionsregel braucht die Domäne zwei Einzelauswahlfelder.</translation>
    </message>
    <message>
        <source>Choose two different fields: a field cannot limit its own options.</source>
        <translation>Wählen Sie zwei verschiedene Felder: Ein Feld kann seine eigenen Optionen nicht beschränken.</translation>
    </message>
</context>
<context>
    <name>cw::ui::OptionsMatrixModel</name>
    <message>
        <source>This rule would map %1 parent values; the service accepts at most %2. Clear some rows first.</source>
        <translation>Diese Regel würde %1 übergeordnete Werte zuordnen; der Dienst akzeptiert höchstens %2. Leeren Sie zuerst einige Zeilen.</translation>
    </message>
    <message>
        <source>“%1” would offer %2 child values; one mapping holds at most %3.</source>
        <translation>„%1“ würde %2 untergeordnete Werte anbieten; eine Zuordnung fasst höchstens %3.</translation>
    </message>
    <message>
        <source>A field options rule needs at least one mapping: offer another option before clearing this one.</source>
        <translation>Eine Feldoptionsregel braucht mindestens eine Zuordnung: Bieten Sie eine andere Option an, bevor Sie diese entfernen.</translation>
    </message>
    <message>
        <source>A field options rule needs at least one mapping: offer another option before clearing %1&apos;s last one.</source>
        <translation>Eine Feldoptionsregel braucht mindestens eine Zuordnung: Bieten Sie eine andere Option an, bevor Sie die letzte von %1 entfernen.</translation>
    </message>
    <message>
        <source>This rule already maps %1 parent values, the most the service accepts; clear a row before mapping %2.</source>
        <translation>Diese Regel ordnet bereits %1 übergeordnete Werte zu, das Maximum des Dienstes; leeren Sie eine Zeile, bevor Sie %2 zuordnen.</translation>
    </message>
    <message>
        <source>%1 already offers %2 child values, the most one mapping holds.</source>
        <translation>%1 bietet bereits %2 untergeordnete Werte an, das Maximum einer Zuordnung.</translation>
    </message>
    <message>
        <source>all (not mapped)</source>
        <translation>alle (nicht zugeordnet)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source> (not an option)</source>
        <translation> (keine Option)</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (inaktiv)</translation>
    </message>
    <message>
        <source>%1 is not mapped: when it is chosen, the child field offers all its active options.</source>
        <translation>%1 ist nicht zugeordnet: Wenn der Wert gewählt ist, bietet das untergeordnete Feld alle seine aktiven Optionen an.</translation>
    </message>
    <message>
        <source>%1 → %2: offered</source>
        <translation>%1 → %2: angeboten</translation>
    </message>
    <message>
        <source>%1 → %2: not offered</source>
        <translation>%1 → %2: nicht angeboten</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message>
        <source>How many child values each parent value offers</source>
        <translation>Wie viele untergeordnete Werte jeder übergeordnete Wert anbietet</translation>
    </message>
    <message>
        <source>Option value: %1</source>
        <translation>Optionswert: %1</translation>
    </message>
    <message>
        <source>The rule maps this value, but the field has no such option.</source>
        <translation>Die Regel ordnet diesen Wert zu, aber das Feld hat keine solche Option.</translation>
    </message>
    <message>
        <source>An inactive option: agents cannot pick it on new cases.</source>
        <translation>Eine inaktive Option: Agenten können sie bei neuen Fällen nicht wählen.</translation>
    </message>
    <message>
        <source>Offer %1 for %2</source>
        <translation>%1 für %2 anbieten</translation>
    </message>
    <message>
        <source>Stop offering %1 for %2</source>
        <translation>%1 für %2 nicht mehr anbieten</translation>
    </message>
    <message numerus="yes">
        <source>%1 offers %n child value(s).</source>
        <translation>
            <numerusform>%1 bietet %n untergeordneten Wert an.</numerusform>
            <numerusform>%1 bietet %n untergeordnete Werte an.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::ui::OutcomeDiffModel</name>
    <message>
        <source>become required</source>
        <translation>werden Pflicht</translation>
    </message>
    <message>
        <source>become not required</source>
        <translation>werden optional</translation>
    </message>
    <message>
        <source>become hidden</source>
        <translation>werden ausgeblendet</translation>
    </message>
    <message>
        <source>become shown</source>
        <translation>werden angezeigt</translation>
    </message>
    <message>
        <source>lose options</source>
        <translation>verlieren Optionen</translation>
    </message>
    <message>
        <source>gain options</source>
        <translation>gewinnen Optionen</translation>
    </message>
    <message>
        <source>Field %1 of template %2</source>
        <translation>Feld %1 der Vorlage %2</translation>
    </message>
    <message>
        <source>Click to show this case in the preview</source>
        <translation>Klicken, um diesen Fall in der Vorschau zu zeigen</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more case(s)</source>
        <translation>
            <numerusform>… und %n weiterer Fall</numerusform>
            <numerusform>… und %n weitere Fälle</numerusform>
        </translation>
    </message>
    <message>
        <source>Field, change, example cases</source>
        <translation>Feld, Änderung, Beispielfälle</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
</context>
<context>
    <name>cw::ui::PreviewPane</name>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Template to preview</source>
        <translation>Vorlage für die Vorschau</translation>
    </message>
    <message>
        <source>Only this template&apos;s cases</source>
        <translation>Nur Fälle dieser Vorlage</translation>
    </message>
    <message>
        <source>Sample cases</source>
        <translation>Beispielfälle</translation>
    </message>
    <message>
        <source>Add case</source>
        <translation>Fall hinzufügen</translation>
    </message>
    <message>
        <source>Add an empty sample case of the chosen template</source>
        <translation>Einen leeren Beispielfall der gewählten Vorlage hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete cases</source>
        <translation>Fälle löschen</translation>
    </message>
    <message>
        <source>Clear value</source>
        <translation>Wert leeren</translation>
    </message>
    <message>
        <source>Leave the field out of the case (absent)</source>
        <translation>Das Feld im Fall weglassen (fehlt)</translation>
    </message>
    <message>
        <source>Set (empty)</source>
        <translation>Auf (leer) setzen</translation>
    </message>
    <message>
        <source>Store emptyValue in the field (rules treat it as absent)</source>
        <translation>emptyValue im Feld speichern (Regeln behandeln es als fehlend)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Add cases from a JSON ({&quot;cases&quot;: [...]}) or CSV file (a header row of field names or ids; &quot;id&quot; and &quot;template&quot; columns optional)</source>
        <translation>Fälle aus einer JSON-Datei ({&quot;cases&quot;: [...]}) oder CSV-Datei hinzufügen (eine Kopfzeile mit Feldnamen oder -IDs; Spalten &quot;id&quot; und &quot;template&quot; optional)</translation>
    </message>
    <message>
        <source>Generate cases</source>
        <translation>Fälle erzeugen</translation>
    </message>
    <message>
        <source>Add cases that try every value the template&apos;s rules test: each operand, another value, and empty</source>
        <translation>Fälle hinzufügen, die jeden Wert ausprobieren, den die Regeln der Vorlage prüfen: jeden Operanden, einen anderen Wert und leer</translation>
    </message>
    <message>
        <source>Case %1: no template to show it on</source>
        <translation>Fall %1: keine Vorlage, in der er gezeigt werden kann</translation>
    </message>
    <message>
        <source>Case %1 as an agent sees it on “%2”</source>
        <translation>Fall %1, wie ein Agent ihn in „%2“ sieht</translation>
    </message>
    <message>
        <source>(the case names template “%1”, which the project does not have)</source>
        <translation>(der Fall nennt die Vorlage „%1“, die das Projekt nicht hat)</translation>
    </message>
    <message>
        <source>A rule is not applied: %1</source>
        <translation>Eine Regel wird nicht angewendet: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Generate %1</source>
        <translation>%1 erzeugen</translation>
    </message>
    <message>
        <source>Import sample cases</source>
        <translation>Beispielfälle importieren</translation>
    </message>
    <message>
        <source>Sample cases (*.json *.csv);;All files (*)</source>
        <translation>Beispielfälle (*.json *.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n Fall</numerusform>
            <numerusform>%n Fälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample case(s)</source>
        <translation>
            <numerusform>%n Beispielfall</numerusform>
            <numerusform>%n Beispielfälle</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected case as an agent sees it</source>
        <translation>Der ausgewählte Fall, wie ein Agent ihn sieht</translation>
    </message>
    <message>
        <source>Required and hidden shares per field</source>
        <translation>Anteile „erforderlich“ und „ausgeblendet“ je Feld</translation>
    </message>
    <message>
        <source>Expected outcomes</source>
        <translation>Erwartete Ergebnisse</translation>
    </message>
    <message>
        <source>Expect this outcome</source>
        <translation>Dieses Ergebnis erwarten</translation>
    </message>
    <message>
        <source>Pin what the form shows as the case&apos;s expected outcome: a later rule edit that changes it fails the tests and blocks publish</source>
        <translation>Das, was das Formular zeigt, als erwartetes Ergebnis des Falls festhalten: Eine spätere Regeländerung, die es ändert, lässt die Tests fehlschlagen und blockiert das Veröffentlichen</translation>
    </message>
    <message>
        <source>Forget expectations</source>
        <translation>Erwartungen vergessen</translation>
    </message>
    <message>
        <source>Remove the selected case&apos;s expected outcome</source>
        <translation>Das erwartete Ergebnis des ausgewählten Falls entfernen</translation>
    </message>
    <message>
        <source>%1: expected %2, the rules give %3</source>
        <translation>%1: erwartet %2, die Regeln ergeben %3</translation>
    </message>
    <message>
        <source>Expect the outcome of case %1</source>
        <translation>Ergebnis von Fall %1 erwarten</translation>
    </message>
    <message>
        <source>Forget the expectations of case %1</source>
        <translation>Erwartungen von Fall %1 vergessen</translation>
    </message>
    <message>
        <source>Expectations cannot be checked: %1</source>
        <translation>Erwartungen können nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The samples&apos; expected outcomes: publish is blocked while one fails</source>
        <translation>Die erwarteten Ergebnisse der Beispiele: Das Veröffentlichen ist blockiert, solange eines fehlschlägt</translation>
    </message>
    <message>
        <source>This edit breaks %1</source>
        <translation>Diese Änderung verletzt %1</translation>
    </message>
    <message numerus="yes">
        <source>%n expectation(s)</source>
        <translation>
            <numerusform>%n Erwartung</numerusform>
            <numerusform>%n Erwartungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Expectations failing now: %1</source>
        <translation>Jetzt fehlschlagende Erwartungen: %1</translation>
    </message>
    <message>
        <source>Only failing cases</source>
        <translation>Nur fehlschlagende Fälle</translation>
    </message>
    <message>
        <source>List only the cases whose expected outcomes the rules do not give</source>
        <translation>Nur die Fälle auflisten, deren erwartete Ergebnisse die Regeln nicht liefern</translation>
    </message>
    <message>
        <source>Expect the outcome of %1 in case %2</source>
        <translation>Ergebnis von %1 in Fall %2 erwarten</translation>
    </message>
    <message>
        <source>Forget the expectation of %1 in case %2</source>
        <translation>Erwartung an %1 in Fall %2 vergessen</translation>
    </message>
</context>
<context>
    <name>cw::ui::ProjectStatusBar</name>
    <message>
        <source>Offline edits</source>
        <translation>Offline-Änderungen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Last pull</source>
        <translation>Letzter Pull</translation>
    </message>
    <message>
        <source>Connection target</source>
        <translation>Verbindungsziel</translation>
    </message>
    <message>
        <source>Nothing to publish: the project matches the last pull.</source>
        <translation>Nichts zu veröffentlichen: Das Projekt entspricht dem letzten Pull.</translation>
    </message>
    <message>
        <source>Offline edits: cannot plan</source>
        <translation>Offline-Änderungen: Planung nicht möglich</translation>
    </message>
    <message>
        <source>Changed both here and remotely since the last pull: %1</source>
        <translation>Seit dem letzten Pull hier und in der Domäne geändert: %1</translation>
    </message>
    <message>
        <source>No conflicts with the remote domain</source>
        <translation>Keine Konflikte mit der entfernten Domäne</translation>
    </message>
    <message>
        <source>Never pulled</source>
        <translation>Noch nie gepullt</translation>
    </message>
    <message>
        <source>Last pull: %1</source>
        <translation>Letzter Pull: %1</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>keine Region</translation>
    </message>
    <message>
        <source>default profile</source>
        <translation>Standardprofil</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Domain %1 (%2)</source>
        <translation>Domäne %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n offline edit(s)</source>
        <translation>
            <numerusform>%n Offline-Änderung</numerusform>
            <numerusform>%n Offline-Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Target: PRACTICE service %1 (not AWS)</source>
        <translation>Ziel: ÜBUNGSDIENST %1 (nicht AWS)</translation>
    </message>
    <message>
        <source>Pull and publish go to the local practice service (domain %1) until you stop it (File &gt; Practice Domain); the project&apos;s own connection: %2</source>
        <translation>Abrufen und Veröffentlichen gehen an den lokalen Übungsdienst (Domäne %1), bis Sie ihn beenden (Datei &gt; Übungsdomäne); die eigene Verbindung des Projekts: %2</translation>
    </message>
    <message>
        <source>last publish: %1</source>
        <translation>letztes Veröffentlichen: %1</translation>
    </message>
    <message>
        <source>Unreadable files</source>
        <translation>Unlesbare Dateien</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable file(s)</source>
        <translation>
            <numerusform>%n unlesbare Datei</numerusform>
            <numerusform>%n unlesbare Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot be read: %1. Left out of the preview and of the offline edits, and never overwritten; publishing waits until every file reads (see Unreadable files in the explorer).</source>
        <translation>Nicht lesbar: %1. Bleibt in der Vorschau und bei den Offline-Änderungen außen vor und wird nie überschrieben; Veröffentlichen wartet, bis jede Datei lesbar ist (siehe „Unlesbare Dateien“ im Explorer).</translation>
    </message>
</context>
<context>
    <name>cw::ui::PromoteDialog</name>
    <message>
        <source>Promote to Another Project</source>
        <translation>Promotion in ein anderes Projekt</translation>
    </message>
    <message>
        <source>Target project folder:</source>
        <translation>Zielprojektordner:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the target project folder</source>
        <translation>Zielprojektordner wählen</translation>
    </message>
    <message>
        <source>Map file (optional):</source>
        <translation>Zuordnungsdatei (optional):</translation>
    </message>
    <message>
        <source>Choose a map file</source>
        <translation>Zuordnungsdatei wählen</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>Alle Regeln</translation>
    </message>
    <message>
        <source>Rules selected in the explorer: %1</source>
        <translation>Im Explorer ausgewählte Regeln: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>What does not map</source>
        <translation>Was sich nicht zuordnen lässt</translation>
    </message>
    <message>
        <source>Resulting plan of the target</source>
        <translation>Daraus folgender Plan des Ziels</translation>
    </message>
    <message>
        <source>Choose the project folder to promote into, then review the mapping.</source>
        <translation>Wählen Sie den Projektordner, in den übernommen wird, und prüfen Sie dann die Zuordnung.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Cannot read the map: %1</source>
        <translation>Die Zuordnung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot open the target: %1</source>
        <translation>Das Ziel kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>%1 reference(s) do not map; nothing can be promoted until the target has them or the map names them.</source>
        <translation>%1 Verweis(e) lassen sich nicht zuordnen; nichts kann übernommen werden, bis das Ziel sie hat oder die Zuordnung sie nennt.</translation>
    </message>
    <message>
        <source>The target already has these rules: nothing to promote.</source>
        <translation>Das Ziel hat diese Regeln bereits: nichts zu übernehmen.</translation>
    </message>
    <message>
        <source>Cannot plan the target: %1</source>
        <translation>Für das Ziel kann kein Plan erstellt werden: %1</translation>
    </message>
    <message>
        <source>Ready: %1 change(s) to the target&apos;s files. Publish the target project to send them.</source>
        <translation>Bereit: %1 Änderung(en) an den Dateien des Ziels. Veröffentlichen Sie das Zielprojekt, um sie zu senden.</translation>
    </message>
    <message>
        <source>Cannot write the target: %1</source>
        <translation>Das Ziel kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Promoted into %1. Open that project to publish it.</source>
        <translation>In %1 übernommen. Öffnen Sie dieses Projekt, um es zu veröffentlichen.</translation>
    </message>
</context>
<context>
    <name>cw::ui::PromoteMappingModel</name>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Option value</source>
        <translation>Optionswert</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>über den Namen zugeordnet</translation>
    </message>
    <message>
        <source>overridden by the map</source>
        <translation>durch die Zuordnung vorgegeben</translation>
    </message>
    <message>
        <source>new in the target</source>
        <translation>neu im Ziel</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>In this project</source>
        <translation>In diesem Projekt</translation>
    </message>
    <message>
        <source>In the target</source>
        <translation>Im Ziel</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>User ARN</source>
        <translation>Benutzer-ARN</translation>
    </message>
</context>
<context>
    <name>cw::ui::PublishDialog</name>
    <message>
        <source>changed here and remotely (found by the last pull)</source>
        <translation>hier und in der Domäne geändert (beim letzten Pull gefunden)</translation>
    </message>
    <message>
        <source>deleted remotely since the last pull</source>
        <translation>seit dem letzten Pull in der Domäne gelöscht</translation>
    </message>
    <message>
        <source>changed remotely; deleted here</source>
        <translation>in der Domäne geändert; hier gelöscht</translation>
    </message>
    <message>
        <source>changed remotely since the last pull</source>
        <translation>seit dem letzten Pull in der Domäne geändert</translation>
    </message>
    <message>
        <source>Publish to Amazon Connect Cases</source>
        <translation>In Amazon Connect Cases veröffentlichen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>What publish will do</source>
        <translation>Was das Veröffentlichen tun wird</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Someone changed these since the last pull. For each, keep mine (publish overwrites theirs) or take theirs (my file becomes theirs).</source>
        <translation>Jemand hat diese seit dem letzten Pull geändert. Behalten Sie jeweils meine Version (das Veröffentlichen überschreibt ihre) oder übernehmen Sie ihre (meine Datei wird zu ihrer).</translation>
    </message>
    <message>
        <source>Rule or template</source>
        <translation>Regel oder Vorlage</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Publish result</source>
        <translation>Ergebnis der Veröffentlichung</translation>
    </message>
    <message>
        <source>&amp;Check for conflicts</source>
        <translation>Auf Konflikte &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>The project cannot be read: %1</source>
        <translation>Das Projekt kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation>Kein Plan: %1</translation>
    </message>
    <message>
        <source>An earlier publish was interrupted. Publish finishes it first (nothing is sent twice), then carries out this plan.</source>
        <translation>Eine frühere Veröffentlichung wurde unterbrochen. Das Veröffentlichen schließt sie zuerst ab (nichts wird doppelt gesendet) und führt dann diesen Plan aus.</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>meine</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>ihre</translation>
    </message>
    <message>
        <source>Keep mine: %1</source>
        <translation>Meine behalten: %1</translation>
    </message>
    <message>
        <source>Take theirs: %1</source>
        <translation>Ihre übernehmen: %1</translation>
    </message>
    <message>
        <source>Choose mine or theirs for every conflict first</source>
        <translation>Wählen Sie zuerst für jeden Konflikt meine oder ihre Version</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Reading the service&apos;s versions of what the plan changes…</source>
        <translation>Die Versionen des Dienstes für die geplanten Änderungen werden gelesen…</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No conflicts: nothing changed remotely since the last pull.</source>
        <translation>Keine Konflikte: Seit dem letzten Pull hat sich in der Domäne nichts geändert.</translation>
    </message>
    <message>
        <source>Choose mine or theirs for every conflict first.</source>
        <translation>Wählen Sie zuerst für jeden Konflikt meine oder ihre Version.</translation>
    </message>
    <message>
        <source>Changed remotely again since they were shown: %1. Look at them again.</source>
        <translation>Seit der Anzeige erneut in der Domäne geändert: %1. Sehen Sie sie sich noch einmal an.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>Publish stopped: %1</source>
        <translation>Veröffentlichung angehalten: %1</translation>
    </message>
    <message>
        <source>What was done before is recorded; publish again to finish.</source>
        <translation>Was bisher erledigt wurde, ist festgehalten; veröffentlichen Sie erneut, um abzuschließen.</translation>
    </message>
    <message>
        <source>Publish failed.</source>
        <translation>Veröffentlichung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Publish stopped before changing anything: these changed remotely meanwhile. Choose again.</source>
        <translation>Die Veröffentlichung wurde angehalten, bevor etwas geändert wurde: Diese wurden inzwischen in der Domäne geändert. Wählen Sie erneut.</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>erledigt: %1</translation>
    </message>
    <message>
        <source>Nothing to publish: the domain matches the project.</source>
        <translation>Nichts zu veröffentlichen: Die Domäne entspricht dem Projekt.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): compare the versions and choose mine or theirs.</source>
        <translation>
            <numerusform>%n Konflikt: Vergleichen Sie die Versionen und wählen Sie meine oder ihre.</numerusform>
            <numerusform>%n Konflikte: Vergleichen Sie die Versionen und wählen Sie jeweils meine oder ihre.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was deleted remotely; published again as a new one</source>
        <translation>%1 wurde in der Domäne gelöscht; erneut als neu veröffentlicht</translation>
    </message>
    <message numerus="yes">
        <source>Published %n change(s).</source>
        <translation>
            <numerusform>%n Änderung veröffentlicht.</numerusform>
            <numerusform>%n Änderungen veröffentlicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rehearse</source>
        <translation>&amp;Proben</translation>
    </message>
    <message>
        <source>Publish to a local practice copy of the last pulled state first: the same steps and checks, nothing sent to the service, the project unchanged</source>
        <translation>Zuerst an eine lokale Übungskopie des zuletzt abgerufenen Stands veröffentlichen: dieselben Schritte und Prüfungen, nichts wird an den Dienst gesendet, das Projekt bleibt unverändert</translation>
    </message>
    <message>
        <source>Rehearsing on a local practice copy of the domain…</source>
        <translation>Probe auf einer lokalen Übungskopie der Domäne…</translation>
    </message>
    <message>
        <source>The rehearsal could not run: %1</source>
        <translation>Die Probe konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>stopped at the conflicts the last pull left: choose mine or theirs first</source>
        <translation>bei den Konflikten des letzten Pulls angehalten: wählen Sie zuerst meine oder ihre Version</translation>
    </message>
    <message>
        <source>The domain afterwards, against the last pull:</source>
        <translation>Die Domäne danach, verglichen mit dem letzten Pull:</translation>
    </message>
    <message>
        <source>  (no change)</source>
        <translation>  (keine Änderung)</translation>
    </message>
    <message>
        <source>%1 request(s): about %2 s at %3 requests/s (an assumption: your account&apos;s quota may differ)</source>
        <translation>%1 Anfrage(n): etwa %2 s bei %3 Anfragen/s (eine Annahme: das Kontingent Ihres Kontos kann abweichen)</translation>
    </message>
    <message>
        <source>Rehearsal succeeded: publish would carry out %1 change(s).</source>
        <translation>Probe erfolgreich: Veröffentlichen würde %1 Änderung(en) ausführen.</translation>
    </message>
    <message>
        <source>Rehearsal failed: publish would stop at the step shown.</source>
        <translation>Probe fehlgeschlagen: Veröffentlichen würde beim gezeigten Schritt anhalten.</translation>
    </message>
    <message>
        <source>Rehearsing [%1/%2] %3</source>
        <translation>Probe [%1/%2] %3</translation>
    </message>
    <message>
        <source>Publishing identity</source>
        <translation>Veröffentlichende Identität</translation>
    </message>
    <message>
        <source>Checking whom this connection publishes as…</source>
        <translation>Es wird geprüft, als wer diese Verbindung veröffentlicht…</translation>
    </message>
    <message>
        <source>Publishing as %1 in account %2</source>
        <translation>Veröffentlichung als %1 im Konto %2</translation>
    </message>
    <message>
        <source>Cannot tell whom this connection publishes as (sts:GetCallerIdentity): %1</source>
        <translation>Es lässt sich nicht feststellen, als wer diese Verbindung veröffentlicht (sts:GetCallerIdentity): %1</translation>
    </message>
    <message>
        <source>Publish is off until these are fixed: %1</source>
        <translation>Veröffentlichen ist aus, bis dies behoben ist: %1</translation>
    </message>
    <message>
        <source>Fix these first: %1</source>
        <translation>Zuerst dies beheben: %1</translation>
    </message>
    <message>
        <source>Nothing was changed in the domain.</source>
        <translation>In der Domäne wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Tests of the rules</source>
        <translation>Tests der Regeln</translation>
    </message>
    <message>
        <source>Tests cannot run: %1</source>
        <translation>Tests können nicht laufen: %1</translation>
    </message>
    <message>
        <source>Tests: %1</source>
        <translation>Tests: %1</translation>
    </message>
    <message>
        <source>Tests fail: %1. Publish is blocked until the rules meet the samples&apos; expectations.</source>
        <translation>Tests schlagen fehl: %1. Das Veröffentlichen ist blockiert, bis die Regeln die Erwartungen der Beispiele erfüllen.</translation>
    </message>
    <message>
        <source>case %1, %2: %3 expected %4, the rules give %5</source>
        <translation>Fall %1, %2: %3 erwartet %4, die Regeln ergeben %5</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>The tests of the rules fail: see the plan</source>
        <translation>Die Tests der Regeln schlagen fehl: siehe Plan</translation>
    </message>
    <message>
        <source>Publish refused: %1</source>
        <translation>Veröffentlichung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The tests of the rules failed: nothing was sent. Make the rules meet the samples&apos; expectations (or change the expectations), then publish.</source>
        <translation>Die Tests der Regeln sind fehlgeschlagen: Es wurde nichts gesendet. Bringen Sie die Regeln mit den Erwartungen der Beispiele in Einklang (oder ändern Sie die Erwartungen) und veröffentlichen Sie dann.</translation>
    </message>
    <message>
        <source>Publish refused: the tests fail, nothing was sent.</source>
        <translation>Veröffentlichung abgelehnt: Die Tests schlagen fehl, es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Waiting for the identity check to finish…</source>
        <translation>Warten, bis die Identitätsprüfung abgeschlossen ist…</translation>
    </message>
</context>
<context>
    <name>cw::ui::PullDialog</name>
    <message>
        <source>Pull a Cases domain</source>
        <translation>Eine Cases-Domäne pullen</translation>
    </message>
    <message>
        <source>a new folder, or an existing project to refresh</source>
        <translation>ein neuer Ordner oder ein bestehendes Projekt zum Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Project &amp;folder:</source>
        <translation>Projekt&amp;ordner:</translation>
    </message>
    <message>
        <source>Cancel pull</source>
        <translation>Pull abbrechen</translation>
    </message>
    <message>
        <source>Pull report</source>
        <translation>Pull-Bericht</translation>
    </message>
    <message>
        <source>What the pull created, updated, removed and kept shows here.</source>
        <translation>Hier steht, was der Pull erstellt, aktualisiert, entfernt und behalten hat.</translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation>&amp;Pullen</translation>
    </message>
    <message>
        <source>&amp;Open project</source>
        <translation>Projekt ö&amp;ffnen</translation>
    </message>
    <message>
        <source>This folder&apos;s project cannot be read: %1</source>
        <translation>Das Projekt dieses Ordners kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Projektordner</translation>
    </message>
    <message>
        <source>Choose the project folder first.</source>
        <translation>Wählen Sie zuerst den Projektordner.</translation>
    </message>
    <message>
        <source>Choose the domain to pull (Load domains lists them).</source>
        <translation>Wählen Sie die Domäne für den Pull („Domänen laden“ listet sie auf).</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Pulling from %1…</source>
        <translation>Pull von %1…</translation>
    </message>
    <message>
        <source>fields %1/%2 · options %3/%4 · layouts %5/%6 · templates %7/%8 · rules %9/%10%11</source>
        <translation>Felder %1/%2 · Optionen %3/%4 · Layouts %5/%6 · Vorlagen %7/%8 · Regeln %9/%10%11</translation>
    </message>
    <message>
        <source> (still listing)</source>
        <translation> (Auflistung läuft)</translation>
    </message>
    <message>
        <source>Created the project %1</source>
        <translation>Projekt %1 erstellt</translation>
    </message>
    <message>
        <source>Refreshed the project %1</source>
        <translation>Projekt %1 aktualisiert</translation>
    </message>
    <message>
        <source>%1 fields, %2 templates, %3 rules, %4 layouts.</source>
        <translation>%1 Felder, %2 Vorlagen, %3 Regeln, %4 Layouts.</translation>
    </message>
    <message>
        <source>Created from the remote: %1</source>
        <translation>Aus der Domäne erstellt: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Updated from the remote: %1</source>
        <translation>Aus der Domäne aktualisiert: %1</translation>
    </message>
    <message>
        <source>Removed (deleted remotely): %1</source>
        <translation>Entfernt (in der Domäne gelöscht): %1</translation>
    </message>
    <message>
        <source>Kept (your edits): %1</source>
        <translation>Behalten (Ihre Änderungen): %1</translation>
    </message>
    <message>
        <source>Conflicts: none</source>
        <translation>Konflikte: keine</translation>
    </message>
    <message>
        <source>Conflicts (changed both here and remotely; both versions are kept, resolve them in Publish):</source>
        <translation>Konflikte (hier und in der Domäne geändert; beide Versionen bleiben erhalten, lösen Sie sie beim Veröffentlichen):</translation>
    </message>
    <message>
        <source>The pull failed: %1</source>
        <translation>Der Pull ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>cw::ui::RuleChip</name>
    <message>
        <source>Required rule</source>
        <translation>Pflichtregel</translation>
    </message>
    <message>
        <source>Hidden rule</source>
        <translation>Ausblenderegel</translation>
    </message>
    <message>
        <source>Field options rule</source>
        <translation>Feldoptionsregel</translation>
    </message>
    <message>
        <source>Rule of an unknown kind</source>
        <translation>Regel unbekannter Art</translation>
    </message>
    <message>
        <source>%1 (not in the project)</source>
        <translation>%1 (nicht im Projekt)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Detach this rule from the field</source>
        <translation>Diese Regel vom Feld lösen</translation>
    </message>
    <message>
        <source>Detach %1</source>
        <translation>%1 lösen</translation>
    </message>
    <message>
        <source>The rule has errors; open it to see them.</source>
        <translation>Die Regel hat Fehler; öffnen Sie sie, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Used nowhere else.</source>
        <translation>Sonst nirgends verwendet.</translation>
    </message>
    <message>
        <source>Also used by:
  %1</source>
        <translation>Auch verwendet von:
  %1</translation>
    </message>
    <message>
        <source>&amp;Open Rule</source>
        <translation>Regel ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Detach from Field</source>
        <translation>Vom Feld &amp;lösen</translation>
    </message>
</context>
<context>
    <name>cw::ui::RuleEditor</name>
    <message>
        <source>Required rule</source>
        <translation>Pflichtregel</translation>
    </message>
    <message>
        <source>Hidden rule</source>
        <translation>Ausblenderegel</translation>
    </message>
    <message>
        <source>Field options rule</source>
        <translation>Feldoptionsregel</translation>
    </message>
    <message>
        <source>Rule of an unknown kind</source>
        <translation>Regel unbekannter Art</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Regelname</translation>
    </message>
    <message>
        <source>Findings about the rule name</source>
        <translation>Befunde zum Regelnamen</translation>
    </message>
    <message>
        <source>Rule description</source>
        <translation>Regelbeschreibung</translation>
    </message>
    <message>
        <source>Optional: what the rule is for</source>
        <translation>Optional: wofür die Regel da ist</translation>
    </message>
    <message>
        <source>Findings about the rule description</source>
        <translation>Befunde zur Regelbeschreibung</translation>
    </message>
    <message>
        <source>Where the rule is used</source>
        <translation>Wo die Regel verwendet wird</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Used by:</source>
        <translation>Verwendet von:</translation>
    </message>
    <message>
        <source>Read this hidden rule as:</source>
        <translation>Diese Ausblenderegel lesen als:</translation>
    </message>
    <message>
        <source>&amp;Show when…</source>
        <translation>&amp;Anzeigen, wenn…</translation>
    </message>
    <message>
        <source>As the Connect admin website says it. The rule still stores whether the field is hidden.</source>
        <translation>So, wie es die Connect-Admin-Website formuliert. Die Regel speichert weiterhin, ob das Feld ausgeblendet ist.</translation>
    </message>
    <message>
        <source>&amp;Hide when…</source>
        <translation>A&amp;usblenden, wenn…</translation>
    </message>
    <message>
        <source>As the Cases API stores it: the result is whether the field is hidden.</source>
        <translation>So, wie es die Cases-API speichert: Das Ergebnis ist, ob das Feld ausgeblendet ist.</translation>
    </message>
    <message>
        <source>Conditions used</source>
        <translation>Verwendete Bedingungen</translation>
    </message>
    <message>
        <source>Findings about the conditions</source>
        <translation>Befunde zu den Bedingungen</translation>
    </message>
    <message>
        <source>&amp;Otherwise (when no condition is true):</source>
        <translation>&amp;Andernfalls (wenn keine Bedingung zutrifft):</translation>
    </message>
    <message>
        <source>Default value</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>Findings about the default value</source>
        <translation>Befunde zum Standardwert</translation>
    </message>
    <message>
        <source>In plain words</source>
        <translation>In einfachen Worten</translation>
    </message>
    <message>
        <source>Rule summary</source>
        <translation>Regelzusammenfassung</translation>
    </message>
    <message>
        <source>Other findings about the rule</source>
        <translation>Weitere Befunde zur Regel</translation>
    </message>
    <message>
        <source>No rule selected</source>
        <translation>Keine Regel ausgewählt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not attached to any template field</source>
        <translation>keinem Vorlagenfeld zugeordnet</translation>
    </message>
    <message>
        <source>Which options the child field offers for each value of the parent field is edited in the field options editor.</source>
        <translation>Welche Optionen das untergeordnete Feld für jeden Wert des übergeordneten Felds anbietet, wird im Feldoptionen-Editor bearbeitet.</translation>
    </message>
    <message>
        <source>This version of Casewright cannot edit this kind of rule; it is kept as it is.</source>
        <translation>Diese Version von Casewright kann diese Art von Regel nicht bearbeiten; sie bleibt unverändert erhalten.</translation>
    </message>
    <message>
        <source>%1 of %2 conditions used</source>
        <translation>%1 von %2 Bedingungen verwendet</translation>
    </message>
    <message>
        <source>Rename rule</source>
        <translation>Regel umbenennen</translation>
    </message>
    <message>
        <source>Change rule description</source>
        <translation>Regelbeschreibung ändern</translation>
    </message>
    <message>
        <source>Change the default value</source>
        <translation>Standardwert ändern</translation>
    </message>
    <message>
        <source>Rule editor</source>
        <translation>Regeleditor</translation>
    </message>
    <message>
        <source>Expectations this rule breaks</source>
        <translation>Erwartungen, die diese Regel verletzt</translation>
    </message>
    <message>
        <source>This rule breaks %1 of the samples:</source>
        <translation>Diese Regel verletzt %1 der Beispielfälle:</translation>
    </message>
    <message numerus="yes">
        <source>%n expectation(s)</source>
        <translation>
            <numerusform>%n Erwartung</numerusform>
            <numerusform>%n Erwartungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in case %2 — %3: expected %4, the rules give %5</source>
        <translation>%1 in Fall %2 — %3: erwartet %4, die Regeln ergeben %5</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message numerus="yes">
        <source>Show the failing case(s) in the preview</source>
        <translation>
            <numerusform>Den fehlschlagenden Fall in der Vorschau zeigen</numerusform>
            <numerusform>Die fehlschlagenden Fälle in der Vorschau zeigen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::ui::RulePickerDialog</name>
    <message>
        <source>Attach a Rule to %1</source>
        <translation>Regel an %1 anhängen</translation>
    </message>
    <message>
        <source>Rules that fit %1: required and hidden rules, and options rules whose child field it is. Rules already attached to it are left out.</source>
        <translation>Regeln, die zu %1 passen: Pflicht- und Ausblenderegeln sowie Optionsregeln, deren untergeordnetes Feld es ist. Bereits angehängte Regeln sind ausgelassen.</translation>
    </message>
    <message>
        <source>Type to search rules</source>
        <translation>Tippen, um Regeln zu suchen</translation>
    </message>
    <message>
        <source>Search rules</source>
        <translation>Regeln suchen</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>No rule of the project fits this field; create one instead.</source>
        <translation>Keine Regel des Projekts passt zu diesem Feld; erstellen Sie stattdessen eine.</translation>
    </message>
    <message>
        <source>No rule matches the search.</source>
        <translation>Keine Regel passt zur Suche.</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Anhängen</translation>
    </message>
</context>
<context>
    <name>cw::ui::SampleCasesModel</name>
    <message>
        <source>Set %1 of a sample case</source>
        <translation>%1 eines Beispielfalls setzen</translation>
    </message>
    <message>
        <source>Remove %1 from a sample case</source>
        <translation>%1 aus einem Beispielfall entfernen</translation>
    </message>
    <message>
        <source>Rename a sample case</source>
        <translation>Beispielfall umbenennen</translation>
    </message>
    <message>
        <source>Change the template of a sample case</source>
        <translation>Vorlage eines Beispielfalls ändern</translation>
    </message>
    <message>
        <source>Add a sample case</source>
        <translation>Beispielfall hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate a sample case</source>
        <translation>Beispielfall duplizieren</translation>
    </message>
    <message>
        <source>Delete a sample case</source>
        <translation>Beispielfall löschen</translation>
    </message>
    <message>
        <source>Delete %1 sample cases</source>
        <translation>%1 Beispielfälle löschen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Template id: %1</source>
        <translation>Vorlagen-ID: %1</translation>
    </message>
    <message>
        <source>The project has no template with this id</source>
        <translation>Das Projekt hat keine Vorlage mit dieser ID</translation>
    </message>
    <message>
        <source>Not a value of this %1 field: rules comparing it with a value of the field&apos;s type never match it.</source>
        <translation>Kein Wert dieses %1-Felds: Regeln, die es mit einem Wert vom Typ des Felds vergleichen, treffen nie zu.</translation>
    </message>
    <message>
        <source>Saved in samples/%1</source>
        <translation>Gespeichert in samples/%1</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>Fall-ID</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>%1 field, id %2</source>
        <translation>%1-Feld, ID %2</translation>
    </message>
    <message>
        <source>Field %1 is not in the project</source>
        <translation>Das Feld %1 ist nicht im Projekt</translation>
    </message>
</context>
<context>
    <name>cw::ui::SampleValueDelegate</name>
    <message>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <source>false</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1 (not an option)</source>
        <translation>%1 (keine Option)</translation>
    </message>
</context>
<context>
    <name>cw::ui::SampleValueText</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>%1 (unknown type)</source>
        <translation>%1 (unbekannter Typ)</translation>
    </message>
</context>
<context>
    <name>cw::ui::SideBySideView</name>
    <message>
        <source>Mine (the project&apos;s file)</source>
        <translation>Meine (die Datei des Projekts)</translation>
    </message>
    <message>
        <source>Theirs (the service now)</source>
        <translation>Ihre (der Dienst jetzt)</translation>
    </message>
    <message>
        <source>Base (as last pulled)</source>
        <translation>Basis (Stand des letzten Pulls)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
</context>
<context>
    <name>cw::ui::SsoSignInDialog</name>
    <message>
        <source>Sign in with IAM Identity Center</source>
        <translation>Mit IAM Identity Center anmelden</translation>
    </message>
    <message>
        <source>Approve this sign-in in your browser (%1). Check that it shows this code:</source>
        <translation>Bestätigen Sie diese Anmeldung in Ihrem Browser (%1). Prüfen Sie, dass er diesen Code zeigt:</translation>
    </message>
    <message>
        <source>Open the browser again</source>
        <translation>Browser erneut öffnen</translation>
    </message>
    <message>
        <source>Cannot sign in: %1</source>
        <translation>Anmeldung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Waiting for the approval at %1 …</source>
        <translation>Warten auf die Bestätigung unter %1 …</translation>
    </message>
    <message>
        <source>The sign-in was not approved in time. Close this and try again.</source>
        <translation>Die Anmeldung wurde nicht rechtzeitig bestätigt. Schließen Sie dies und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
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
        <translation>Entwerfen Sie Fallregeln für Amazon Connect Cases in einem Projektordner, testen Sie sie an Beispielfällen und veröffentlichen Sie sie, wenn sie fertig sind.</translation>
    </message>
    <message>
        <source>&amp;Open a project folder…</source>
        <translation>Projektordner ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;New project from a pull…</source>
        <translation>&amp;Neues Projekt aus einem Pull…</translation>
    </message>
    <message>
        <source>&amp;Recent projects:</source>
        <translation>&amp;Zuletzt verwendete Projekte:</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt verwendete Projekte</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
</context>
<context>
    <name>cw::ui::TemplateEditor</name>
    <message>
        <source>Other findings about the template</source>
        <translation>Weitere Befunde zur Vorlage</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Vorlagenname</translation>
    </message>
    <message>
        <source>Findings about the template name</source>
        <translation>Befunde zum Vorlagennamen</translation>
    </message>
    <message>
        <source>Template description</source>
        <translation>Vorlagenbeschreibung</translation>
    </message>
    <message>
        <source>Optional: what cases the template is for</source>
        <translation>Optional: für welche Fälle die Vorlage gedacht ist</translation>
    </message>
    <message>
        <source>Findings about the template description</source>
        <translation>Befunde zur Vorlagenbeschreibung</translation>
    </message>
    <message>
        <source>Template status</source>
        <translation>Vorlagenstatus</translation>
    </message>
    <message>
        <source>Findings about the template status</source>
        <translation>Befunde zum Vorlagenstatus</translation>
    </message>
    <message>
        <source>Default layout</source>
        <translation>Standardlayout</translation>
    </message>
    <message>
        <source>Findings about the default layout</source>
        <translation>Befunde zum Standardlayout</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Default &amp;layout:</source>
        <translation>Standard&amp;layout:</translation>
    </message>
    <message>
        <source>Always required fields</source>
        <translation>Immer erforderliche Felder</translation>
    </message>
    <message>
        <source>Required fields used</source>
        <translation>Verwendete Pflichtfelder</translation>
    </message>
    <message>
        <source>Field to make required</source>
        <translation>Feld, das erforderlich werden soll</translation>
    </message>
    <message>
        <source>&amp;Add Required Field</source>
        <translation>Pflichtfeld &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>The selected field is no longer always required</source>
        <translation>Das ausgewählte Feld ist nicht mehr immer erforderlich</translation>
    </message>
    <message>
        <source>Findings about the required fields</source>
        <translation>Befunde zu den Pflichtfeldern</translation>
    </message>
    <message>
        <source>No template selected</source>
        <translation>Keine Vorlage ausgewählt</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>(no status)</source>
        <translation>(kein Status)</translation>
    </message>
    <message>
        <source>%1 (not a status)</source>
        <translation>%1 (kein Status)</translation>
    </message>
    <message>
        <source>(no default layout)</source>
        <translation>(kein Standardlayout)</translation>
    </message>
    <message>
        <source>%1 (unknown layout)</source>
        <translation>%1 (unbekanntes Layout)</translation>
    </message>
    <message>
        <source>%1 of %2 required fields</source>
        <translation>%1 von %2 Pflichtfeldern</translation>
    </message>
    <message>
        <source>%1 (unknown field)</source>
        <translation>%1 (unbekanntes Feld)</translation>
    </message>
    <message>
        <source>This template already has %1 required fields, the most the service accepts. Remove one, or make a field required by a rule instead.</source>
        <translation>Diese Vorlage hat bereits %1 Pflichtfelder, das Maximum des Dienstes. Entfernen Sie eines, oder machen Sie ein Feld stattdessen per Regel erforderlich.</translation>
    </message>
    <message>
        <source>Make %1 always required</source>
        <translation>%1 immer erforderlich machen</translation>
    </message>
    <message>
        <source>Pick a field that is not required yet.</source>
        <translation>Wählen Sie ein Feld, das noch nicht erforderlich ist.</translation>
    </message>
    <message>
        <source>Make %1 required</source>
        <translation>%1 erforderlich machen</translation>
    </message>
    <message>
        <source>Stop requiring %1</source>
        <translation>%1 nicht mehr erfordern</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>Vorlage umbenennen</translation>
    </message>
    <message>
        <source>Change template description</source>
        <translation>Vorlagenbeschreibung ändern</translation>
    </message>
    <message>
        <source>Activate template</source>
        <translation>Vorlage aktivieren</translation>
    </message>
    <message>
        <source>Deactivate template</source>
        <translation>Vorlage deaktivieren</translation>
    </message>
    <message>
        <source>Change default layout</source>
        <translation>Standardlayout ändern</translation>
    </message>
    <message>
        <source>Fields and their rules</source>
        <translation>Felder und ihre Regeln</translation>
    </message>
    <message>
        <source>R required · H hidden · O options. Click a rule to see where else it is used; double-click to open it.</source>
        <translation>R erforderlich · H ausgeblendet · O Optionen. Klicken Sie auf eine Regel, um zu sehen, wo sie sonst verwendet wird; Doppelklick öffnet sie.</translation>
    </message>
    <message>
        <source>Rules used</source>
        <translation>Verwendete Regeln</translation>
    </message>
    <message>
        <source>Field to add</source>
        <translation>Hinzuzufügendes Feld</translation>
    </message>
    <message>
        <source>Add &amp;Field</source>
        <translation>&amp;Feld hinzufügen</translation>
    </message>
    <message>
        <source>Show another field of the project here, to attach rules to it</source>
        <translation>Ein weiteres Feld des Projekts hier zeigen, um ihm Regeln anzuhängen</translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>Ausgewählte Regel</translation>
    </message>
    <message>
        <source>Selected rule summary</source>
        <translation>Zusammenfassung der ausgewählten Regel</translation>
    </message>
    <message>
        <source>Where else this rule is used:</source>
        <translation>Wo diese Regel sonst verwendet wird:</translation>
    </message>
    <message>
        <source>Other templates and fields using the rule</source>
        <translation>Andere Vorlagen und Felder, die die Regel verwenden</translation>
    </message>
    <message>
        <source>&amp;Open Rule</source>
        <translation>Regel ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show the rule in the rule editor</source>
        <translation>Die Regel im Regeleditor zeigen</translation>
    </message>
    <message>
        <source>De&amp;tach from Field</source>
        <translation>Vom Feld &amp;lösen</translation>
    </message>
    <message>
        <source>This template already has %1 rules, the most the service accepts. Detach one before attaching or creating another.</source>
        <translation>Diese Vorlage hat bereits %1 Regeln, das Maximum des Dienstes. Lösen Sie eine, bevor Sie eine weitere anhängen oder erstellen.</translation>
    </message>
    <message>
        <source>%1 of %2 rules attached</source>
        <translation>%1 von %2 Regeln angehängt</translation>
    </message>
    <message>
        <source>Attach “%1” to %2</source>
        <translation>„%1“ an %2 anhängen</translation>
    </message>
    <message>
        <source>Create rule “%1” for %2</source>
        <translation>Regel „%1“ für %2 erstellen</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Detach “%1” from %2</source>
        <translation>„%1“ von %2 lösen</translation>
    </message>
    <message>
        <source>%1 “%2” on %3</source>
        <translation>%1 „%2“ an %3</translation>
    </message>
    <message>
        <source>%1 on %2: the project holds no such rule</source>
        <translation>%1 an %2: Das Projekt enthält keine solche Regel</translation>
    </message>
    <message>
        <source>Nowhere else</source>
        <translation>Sonst nirgends</translation>
    </message>
    <message>
        <source>Template editor</source>
        <translation>Vorlageneditor</translation>
    </message>
</context>
<context>
    <name>cw::ui::TemplateFieldRow</name>
    <message>
        <source>always required</source>
        <translation>immer erforderlich</translation>
    </message>
    <message>
        <source>Field id: %1</source>
        <translation>Feld-ID: %1</translation>
    </message>
    <message>
        <source>no rules</source>
        <translation>keine Regeln</translation>
    </message>
    <message>
        <source>Attach Rule…</source>
        <translation>Regel anhängen…</translation>
    </message>
    <message>
        <source>Attach a rule to %1</source>
        <translation>Eine Regel an %1 anhängen</translation>
    </message>
    <message>
        <source>New Rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>New rule for %1</source>
        <translation>Neue Regel für %1</translation>
    </message>
    <message>
        <source>&amp;Required Rule</source>
        <translation>&amp;Pflichtregel</translation>
    </message>
    <message>
        <source>&amp;Hidden Rule</source>
        <translation>&amp;Ausblenderegel</translation>
    </message>
    <message>
        <source>&amp;Options Rule</source>
        <translation>&amp;Optionsregel</translation>
    </message>
    <message>
        <source>Limit this field&apos;s options by another single-select field&apos;s value</source>
        <translation>Die Optionen dieses Felds über den Wert eines anderen Einfachauswahlfelds einschränken</translation>
    </message>
    <message>
        <source>Only a single-select field can have its options limited, and only by another single-select field.</source>
        <translation>Nur bei einem Einfachauswahlfeld lassen sich die Optionen einschränken, und nur über ein anderes Einfachauswahlfeld.</translation>
    </message>
    <message>
        <source>Findings about the rules of %1</source>
        <translation>Befunde zu den Regeln von %1</translation>
    </message>
    <message>
        <source>Attach a rule of the project to %1</source>
        <translation>Eine Regel des Projekts an %1 anhängen</translation>
    </message>
    <message>
        <source>Create a rule for %1 and attach it</source>
        <translation>Eine Regel für %1 erstellen und anhängen</translation>
    </message>
    <message>
        <source>%1 required rules: the field is required when any of them says required.</source>
        <translation>%1 Pflichtregeln: Das Feld ist erforderlich, wenn eine von ihnen es erforderlich macht.</translation>
    </message>
    <message>
        <source>%1 hidden rules: the field is hidden when any of them says hidden.</source>
        <translation>%1 Ausblenderegeln: Das Feld ist ausgeblendet, wenn eine von ihnen es ausblendet.</translation>
    </message>
    <message>
        <source>%1 options rules: the field offers only the options that every one of them allows.</source>
        <translation>%1 Optionsregeln: Das Feld bietet nur die Optionen, die jede von ihnen erlaubt.</translation>
    </message>
    <message>
        <source>How the rules of %1 combine</source>
        <translation>Wie die Regeln von %1 zusammenwirken</translation>
    </message>
</context>
<context>
    <name>cw::ui::UnreadableFilePage</name>
    <message>
        <source>This file cannot be read, so what it holds is left out of the preview and publishing is off. Casewright never overwrites it: fix it in a text editor, and it is read again as soon as it is saved.</source>
        <translation>Diese Datei kann nicht gelesen werden; ihr Inhalt bleibt daher in der Vorschau außen vor, und Veröffentlichen ist aus. Casewright überschreibt sie nie: Korrigieren Sie sie in einem Texteditor, sie wird gleich nach dem Speichern neu gelesen.</translation>
    </message>
    <message>
        <source>The file&apos;s text (read-only)</source>
        <translation>Text der Datei (schreibgeschützt)</translation>
    </message>
    <message>
        <source>The file reads again: what it holds is back in the project.</source>
        <translation>Die Datei ist wieder lesbar: Ihr Inhalt ist wieder im Projekt.</translation>
    </message>
    <message>
        <source>(the entry is not a plain file: there is no text to show)</source>
        <translation>(der Eintrag ist keine normale Datei: es gibt keinen Text zu zeigen)</translation>
    </message>
    <message>
        <source>(only the first %1 KiB are shown)</source>
        <translation>(nur die ersten %1 KiB werden gezeigt)</translation>
    </message>
</context>
<context>
    <name>cw::ui::ValueEditor</name>
    <message>
        <source>(no value)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <source>false</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>text to compare with</source>
        <translation>Text zum Vergleichen</translation>
    </message>
    <message>
        <source>a user ARN (%1), which a condition cannot hold</source>
        <translation>ein Benutzer-ARN (%1), den eine Bedingung nicht enthalten kann</translation>
    </message>
    <message>
        <source>a “%1” value this version cannot edit</source>
        <translation>ein Wert vom Typ „%1“, den diese Version nicht bearbeiten kann</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <source>(no option chosen)</source>
        <translation>(keine Option gewählt)</translation>
    </message>
    <message>
        <source>%1 (not an option)</source>
        <translation>%1 (keine Option)</translation>
    </message>
</context>
<context>
    <name>cw::ui::i18n::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Use &amp;System Language</source>
        <translation>&amp;Systemsprache verwenden</translation>
    </message>
    <message>
        <source>Cannot change the language</source>
        <translation>Die Sprache kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Language changed</source>
        <translation>Sprache geändert</translation>
    </message>
    <message>
        <source>Casewright is now in %1. The open window shows it after a restart. Restart now?</source>
        <translation>Casewright ist jetzt auf %1. Das geöffnete Fenster zeigt die Sprache nach einem Neustart. Jetzt neu starten?</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
</TS>
