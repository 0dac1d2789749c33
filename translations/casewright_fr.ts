<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ConditionOperator</name>
    <message>
        <source>equals</source>
        <translation>est égal à</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>est différent de</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>n’est pas vide</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>(no field)</source>
        <translation>(aucun champ)</translation>
    </message>
    <message>
        <source>Delete rule “%1”</source>
        <translation>Supprimer la règle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Error: %1 [%2]</source>
        <translation>Erreur&#xa0;: %1 [%2]</translation>
    </message>
    <message>
        <source>Warning: %1 [%2]</source>
        <translation>Avertissement&#xa0;: %1 [%2]</translation>
    </message>
    <message>
        <source>Field id: %1</source>
        <translation>ID du champ&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SampleValueDelegate</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
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
        <translation>Une règle peut avoir au plus %1 conditions (celles des groupes comptent aussi). Supprimez-en une, ou divisez la règle en deux règles.</translation>
    </message>
    <message>
        <source>Groups can be nested %1 levels deep at most: this group is already inside a group, so it cannot hold another group.</source>
        <translation>Les groupes peuvent être imbriqués sur %1 niveaux au plus&#xa0;: ce groupe est déjà dans un groupe, il ne peut donc pas en contenir un autre.</translation>
    </message>
    <message>
        <source>A new group starts with one condition, and %1</source>
        <translation>Un nouveau groupe commence avec une condition, et %1</translation>
    </message>
    <message>
        <source>That condition no longer exists.</source>
        <translation>Cette condition n’existe plus.</translation>
    </message>
    <message>
        <source>A group cannot be moved into itself.</source>
        <translation>Un groupe ne peut pas être déplacé dans lui-même.</translation>
    </message>
    <message>
        <source>Groups can be nested %1 levels deep at most; there this group would be nested deeper.</source>
        <translation>Les groupes peuvent être imbriqués sur %1 niveaux au plus&#xa0;; à cet endroit, ce groupe serait imbriqué plus profondément.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>show</source>
        <translation>afficher</translation>
    </message>
    <message>
        <source>hide</source>
        <translation>masquer</translation>
    </message>
    <message>
        <source>Make the field required or not, by the first condition that is true:</source>
        <translation>Rendre le champ obligatoire ou non, selon la première condition vraie&#xa0;:</translation>
    </message>
    <message>
        <source>%1 offers only the options mapped to the value of %2 (%3).</source>
        <translation>%1 ne propose que les options associées à la valeur de %2 (%3).</translation>
    </message>
    <message>
        <source>an empty group (never true)</source>
        <translation>un groupe vide (jamais vrai)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>A “%1” rule, which this version of Casewright cannot read; it is kept as it is.</source>
        <translation>Une règle «&#xa0;%1&#xa0;», que cette version de Casewright ne sait pas lire&#xa0;; elle est conservée telle quelle.</translation>
    </message>
    <message>
        <source>Always %1: the rule has no conditions.</source>
        <translation>Toujours %1&#xa0;: la règle n’a aucune condition.</translation>
    </message>
    <message>
        <source>%1 when %2</source>
        <translation>%1 lorsque %2</translation>
    </message>
    <message>
        <source>; else </source>
        <translation>&#xa0;; sinon </translation>
    </message>
    <message>
        <source>; otherwise %1.</source>
        <translation>&#xa0;; autrement %1.</translation>
    </message>
    <message>
        <source>(no field)</source>
        <translation>(aucun champ)</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>champ %1</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>affiché</translation>
    </message>
    <message>
        <source>%1 is not empty</source>
        <translation>%1 n’est pas vide</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1 does not equal a value of unknown type &quot;%2&quot; (never true)</source>
        <translation>%1 est différent d’une valeur de type inconnu &quot;%2&quot; (jamais vrai)</translation>
    </message>
    <message>
        <source>%1 equals a value of unknown type &quot;%2&quot; (never true)</source>
        <translation>%1 est égal à une valeur de type inconnu &quot;%2&quot; (jamais vrai)</translation>
    </message>
    <message>
        <source>%1 does not equal %2</source>
        <translation>%1 est différent de %2</translation>
    </message>
    <message>
        <source>%1 equals %2</source>
        <translation>%1 est égal à %2</translation>
    </message>
    <message numerus="yes">
        <source>%n parent value(s) mapped</source>
        <translation>
            <numerusform>%n valeur parente associée</numerusform>
            <numerusform>%n valeurs parentes associées</numerusform>
        </translation>
    </message>
    <message>
        <source>condition of unknown kind &quot;%1&quot; (never true)</source>
        <translation>condition de type inconnu &quot;%1&quot; (jamais vraie)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>File or id</source>
        <translation>Fichier ou ID</translation>
    </message>
    <message>
        <source>No changes: the domain matches the project.</source>
        <translation>Aucune modification&#xa0;: le domaine correspond au projet.</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>don&apos;t show</source>
        <translation>ne pas afficher</translation>
    </message>
    <message>
        <source>don&apos;t hide</source>
        <translation>ne pas masquer</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>non affiché</translation>
    </message>
    <message>
        <source>not hidden</source>
        <translation>non masqué</translation>
    </message>
    <message>
        <source>Show or hide the field by the first condition that is true:</source>
        <translation>Afficher ou masquer le champ selon la première condition vraie :</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>required rule</source>
        <translation>règle d’obligation</translation>
    </message>
    <message>
        <source>hidden rule</source>
        <translation>règle de masquage</translation>
    </message>
    <message>
        <source>options rule</source>
        <translation>règle d’options</translation>
    </message>
    <message>
        <source>rule of an unknown kind</source>
        <translation>règle de type inconnu</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>condition added: %1</source>
        <translation>condition ajoutée : %1</translation>
    </message>
    <message>
        <source>condition removed: %1</source>
        <translation>condition retirée : %1</translation>
    </message>
    <message>
        <source>conditions reordered or regrouped</source>
        <translation>conditions réordonnées ou regroupées</translation>
    </message>
    <message>
        <source>conditions changed</source>
        <translation>conditions modifiées</translation>
    </message>
    <message>
        <source>otherwise</source>
        <translation>sinon</translation>
    </message>
    <message>
        <source>parent field</source>
        <translation>champ parent</translation>
    </message>
    <message>
        <source>child field</source>
        <translation>champ enfant</translation>
    </message>
    <message>
        <source>mapping removed: %1</source>
        <translation>correspondance retirée : %1</translation>
    </message>
    <message>
        <source>mapping added: %1 → %2</source>
        <translation>correspondance ajoutée : %1 → %2</translation>
    </message>
    <message>
        <source>%1: options added: %2</source>
        <translation>%1 : options ajoutées : %2</translation>
    </message>
    <message>
        <source>%1: options removed: %2</source>
        <translation>%1 : options retirées : %2</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>default layout</source>
        <translation>mise en page par défaut</translation>
    </message>
    <message>
        <source>required field added: %1</source>
        <translation>champ obligatoire ajouté : %1</translation>
    </message>
    <message>
        <source>required field removed: %1</source>
        <translation>champ obligatoire retiré : %1</translation>
    </message>
    <message>
        <source>required fields reordered</source>
        <translation>champs obligatoires réordonnés</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>rule attached: %1</source>
        <translation>règle attachée : %1</translation>
    </message>
    <message>
        <source>rule detached: %1</source>
        <translation>règle détachée : %1</translation>
    </message>
    <message>
        <source>attached rules reordered</source>
        <translation>règles attachées réordonnées</translation>
    </message>
</context>
<context>
    <name>cw::ui::CaseFormSimulator</name>
    <message>
        <source>Show &amp;hidden fields (greyed)</source>
        <translation>Afficher les champs &amp;masqués (grisés)</translation>
    </message>
    <message>
        <source>Off: the form leaves hidden fields out, as the agent&apos;s form does.</source>
        <translation>Désactivé&#xa0;: le formulaire omet les champs masqués, comme celui de l’agent.</translation>
    </message>
    <message>
        <source>Select a sample case to see it as an agent would.</source>
        <translation>Sélectionnez un dossier d’exemple pour le voir comme un agent.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a user ARN</source>
        <translation>un ARN d’utilisateur</translation>
    </message>
    <message>
        <source>e.g. 2026-05-08T09:00:00Z</source>
        <translation>p. ex. 2026-05-08T09:00:00Z</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(masqué)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>true</source>
        <translation>vrai</translation>
    </message>
    <message>
        <source>false</source>
        <translation>faux</translation>
    </message>
    <message>
        <source>%1 (not offered)</source>
        <translation>%1 (non proposée)</translation>
    </message>
    <message>
        <source>Expect this field&apos;s outcome</source>
        <translation>Attendre le résultat de ce champ</translation>
    </message>
    <message>
        <source>Pin what the form shows for this field (required, hidden, options) as the case&apos;s expected outcome</source>
        <translation>Fixer ce que le formulaire montre pour ce champ (obligatoire, masqué, options) comme résultat attendu du dossier</translation>
    </message>
    <message>
        <source>Forget this field&apos;s expectation</source>
        <translation>Oublier l&apos;attente de ce champ</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Expect</source>
        <translation>Attendre</translation>
    </message>
    <message>
        <source>Expected outcome of %1</source>
        <translation>Résultat attendu de %1</translation>
    </message>
    <message>
        <source>The case expects an outcome of %1: re-pin or forget it</source>
        <translation>Le dossier attend un résultat pour %1 : le fixer à nouveau ou l&apos;oublier</translation>
    </message>
    <message>
        <source>Pin the outcome of %1 shown here as the case&apos;s expectation</source>
        <translation>Fixer le résultat de %1 affiché ici comme attente du dossier</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConditionBuilder</name>
    <message>
        <source>Change the field of condition %1</source>
        <translation>Modifier le champ de la condition %1</translation>
    </message>
    <message>
        <source>Change the operator of condition %1</source>
        <translation>Modifier l’opérateur de la condition %1</translation>
    </message>
    <message>
        <source>Change the value of condition %1</source>
        <translation>Modifier la valeur de la condition %1</translation>
    </message>
    <message>
        <source>Change the result of condition %1</source>
        <translation>Modifier le résultat de la condition %1</translation>
    </message>
    <message>
        <source>Change group %1 to %2</source>
        <translation>Passer le groupe %1 à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>all of</source>
        <translation>toutes parmi</translation>
    </message>
    <message>
        <source>any of</source>
        <translation>l’une parmi</translation>
    </message>
    <message>
        <source>Remove condition %1</source>
        <translation>Supprimer la condition %1</translation>
    </message>
    <message>
        <source>Move condition %1 up</source>
        <translation>Monter la condition %1</translation>
    </message>
    <message>
        <source>Move condition %1 down</source>
        <translation>Descendre la condition %1</translation>
    </message>
    <message>
        <source>Move condition %1</source>
        <translation>Déplacer la condition %1</translation>
    </message>
    <message>
        <source>Add condition %1</source>
        <translation>Ajouter la condition %1</translation>
    </message>
    <message>
        <source>Add group %1</source>
        <translation>Ajouter le groupe %1</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConditionGroupBox</name>
    <message>
        <source>All of these are true (AND)</source>
        <translation>Toutes sont vraies (ET)</translation>
    </message>
    <message>
        <source>Any of these is true (OR)</source>
        <translation>Au moins une est vraie (OU)</translation>
    </message>
    <message>
        <source>Kind of %1</source>
        <translation>Type de %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>groupe %1</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConditionItemWidget</name>
    <message>
        <source>then</source>
        <translation>alors</translation>
    </message>
    <message>
        <source>Drag to move %1 (or use the arrow buttons)</source>
        <translation>Faites glisser pour déplacer %1 (ou utilisez les boutons fléchés)</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Monter %1</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Descendre %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Result of %1</source>
        <translation>Résultat de %1</translation>
    </message>
    <message>
        <source>What the rule gives when %1 is the first true condition</source>
        <translation>Ce que donne la règle lorsque %1 est la première condition vraie</translation>
    </message>
    <message>
        <source>Findings about %1</source>
        <translation>Constats sur %1</translation>
    </message>
    <message>
        <source>Move %1 into or out of a group</source>
        <translation>Déplacer %1 dans un groupe ou hors d’un groupe</translation>
    </message>
    <message>
        <source>Out of the group, to the end of the rule&apos;s conditions</source>
        <translation>Hors du groupe, à la fin des conditions de la règle</translation>
    </message>
    <message>
        <source>Into group %1</source>
        <translation>Dans le groupe %1</translation>
    </message>
    <message>
        <source>No group to move into: add a group first</source>
        <translation>Aucun groupe où déplacer : ajoutez d’abord un groupe</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConditionListWidget</name>
    <message>
        <source>No conditions: the rule always gives its default value.</source>
        <translation>Aucune condition&#xa0;: la règle donne toujours sa valeur par défaut.</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Ajouter une condition</translation>
    </message>
    <message>
        <source>Add condition to group</source>
        <translation>Ajouter une condition au groupe</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Ajouter un groupe</translation>
    </message>
    <message>
        <source>Add group in group</source>
        <translation>Ajouter un groupe dans le groupe</translation>
    </message>
    <message>
        <source>the rule</source>
        <translation>la règle</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>groupe %1</translation>
    </message>
    <message>
        <source>Add a condition to %1</source>
        <translation>Ajouter une condition à %1</translation>
    </message>
    <message>
        <source>Add an all-of group to %1</source>
        <translation>Ajouter un groupe «&#xa0;toutes parmi&#xa0;» à %1</translation>
    </message>
    <message>
        <source>Adds a condition at the end of this list</source>
        <translation>Ajoute une condition à la fin de cette liste</translation>
    </message>
    <message>
        <source>Adds a group whose conditions must all be true (switch it to “any” afterwards)</source>
        <translation>Ajoute un groupe dont toutes les conditions doivent être vraies (passez-le ensuite à «&#xa0;l’une parmi&#xa0;» si besoin)</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConditionRow</name>
    <message>
        <source>A “%1” condition, which this version of Casewright cannot edit; it is kept as it is.</source>
        <translation>Une condition «&#xa0;%1&#xa0;», que cette version de Casewright ne sait pas modifier&#xa0;; elle est conservée telle quelle.</translation>
    </message>
    <message>
        <source>Field of %1</source>
        <translation>Champ de %1</translation>
    </message>
    <message>
        <source>Operator of %1</source>
        <translation>Opérateur de %1</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>Valeur de %1</translation>
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
        <translation>Se connecter à Amazon Connect Cases</translation>
    </message>
    <message>
        <source>Casewright connects with your AWS profile, as the AWS CLI does, and keeps only the names chosen here; it never stores a secret.</source>
        <translation>Casewright se connecte avec votre profil AWS, comme l’AWS CLI, et ne conserve que les noms choisis ici&#xa0;; il n’enregistre jamais de secret.</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConnectionForm</name>
    <message>
        <source>AWS profile</source>
        <translation>Profil AWS</translation>
    </message>
    <message>
        <source>A profile of ~/.aws/config or ~/.aws/credentials. Casewright stores its name only; credentials are read when connecting.</source>
        <translation>Un profil de ~/.aws/config ou ~/.aws/credentials. Casewright n’enregistre que son nom&#xa0;; les identifiants sont lus à la connexion.</translation>
    </message>
    <message>
        <source>from the profile or AWS_REGION, e.g. us-east-1</source>
        <translation>depuis le profil ou AWS_REGION, p. ex. us-east-1</translation>
    </message>
    <message>
        <source>optional: https://cases.REGION.amazonaws.com by default</source>
        <translation>facultatif&#xa0;: https://cases.REGION.amazonaws.com par défaut</translation>
    </message>
    <message>
        <source>Cases domain</source>
        <translation>Domaine Cases</translation>
    </message>
    <message>
        <source>a domain id, or Load domains</source>
        <translation>un ID de domaine, ou Charger les domaines</translation>
    </message>
    <message>
        <source>&amp;Load domains</source>
        <translation>&amp;Charger les domaines</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>AWS &amp;profile:</source>
        <translation>&amp;Profil AWS&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>Point de &amp;terminaison&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>(par défaut&#xa0;: %1)</translation>
    </message>
    <message>
        <source>The AWS config files could not be read: %1</source>
        <translation>Les fichiers de configuration AWS sont illisibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (not in the AWS config files)</source>
        <translation>%1 (absent des fichiers de configuration AWS)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Connexion impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loading domains…</source>
        <translation>Chargement des domaines…</translation>
    </message>
    <message>
        <source>Could not list the domains: %1</source>
        <translation>Impossible de lister les domaines&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to %1: domain “%2” is %3.</source>
        <translation>Connecté à %1&#xa0;: le domaine «&#xa0;%2&#xa0;» est %3.</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>La connexion a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connected to %1: %2</source>
        <translation>Connecté à %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) found.</source>
        <translation>
            <numerusform>%n domaine trouvé.</numerusform>
            <numerusform>%n domaines trouvés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) visible.</source>
        <translation>
            <numerusform>%n domaine visible.</numerusform>
            <numerusform>%n domaines visibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Se connecter…</translation>
    </message>
    <message>
        <source>Sign in to IAM Identity Center in the browser, as &apos;aws sso login&apos; does.</source>
        <translation>Se connecter à IAM Identity Center dans le navigateur, comme le fait &apos;aws sso login&apos;.</translation>
    </message>
    <message>
        <source>Cannot sign in: %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
    <message>
        <source>Signed in to IAM Identity Center (%1).</source>
        <translation>Connecté à IAM Identity Center (%1).</translation>
    </message>
</context>
<context>
    <name>cw::ui::DocumentOpener</name>
    <message>
        <source>The unsaved edits of the last session cannot be read (%1); the copy is left in place and the project opens as it was saved.</source>
        <translation>Les modifications non enregistrées de la dernière session sont illisibles (%1)&#xa0;; la copie est conservée et le projet s’ouvre tel qu’il a été enregistré.</translation>
    </message>
    <message>
        <source>The unsaved edits could not be restored (%1); the copy is left in place and the project opens as it was saved.</source>
        <translation>Les modifications non enregistrées n’ont pas pu être restaurées (%1)&#xa0;; la copie est conservée et le projet s’ouvre tel qu’il a été enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>The project opened without %n file(s) that cannot be read. They are listed under Unreadable files in the explorer, left out of the preview and never overwritten; publishing is off until they are fixed.</source>
        <translation>
            <numerusform>Le projet s’est ouvert sans %n fichier illisible. Il figure sous Fichiers illisibles dans l’explorateur, est exclu de l’aperçu et n’est jamais écrasé ; la publication est désactivée jusqu’à sa correction.</numerusform>
            <numerusform>Le projet s’est ouvert sans %n fichiers illisibles. Ils figurent sous Fichiers illisibles dans l’explorateur, sont exclus de l’aperçu et ne sont jamais écrasés ; la publication est désactivée jusqu’à leur correction.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::ui::EditConnectionCommand</name>
    <message>
        <source>Change Connection</source>
        <translation>Modifier la connexion</translation>
    </message>
</context>
<context>
    <name>cw::ui::ExpectationsMessage</name>
    <message>
        <source>Expectations after the last edit</source>
        <translation>Attentes après la dernière modification</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Les afficher</translation>
    </message>
</context>
<context>
    <name>cw::ui::ExplorerDock</name>
    <message>
        <source>Explorer</source>
        <translation>Explorateur</translation>
    </message>
    <message>
        <source>Filter fields, templates and rules</source>
        <translation>Filtrer les champs, modèles et règles</translation>
    </message>
    <message>
        <source>Filter the explorer</source>
        <translation>Filtrer l’explorateur</translation>
    </message>
    <message>
        <source>Domain explorer</source>
        <translation>Explorateur du domaine</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Where Used</source>
        <translation>O&amp;ù est-elle utilisée</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
</context>
<context>
    <name>cw::ui::ExplorerModel</name>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masquage</translation>
    </message>
    <message>
        <source>field options</source>
        <translation>options de champ</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <source>, %1 inactive</source>
        <translation>, %1 inactive(s)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>Field id: %1 (%2)</source>
        <translation>ID du champ&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>templates/%1.json</source>
        <translation>templates/%1.json</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>non utilisée</translation>
    </message>
    <message>
        <source>rules/%1.json</source>
        <translation>rules/%1.json</translation>
    </message>
    <message>
        <source>Fields (%1)</source>
        <translation>Champs (%1)</translation>
    </message>
    <message>
        <source>Templates (%1)</source>
        <translation>Modèles (%1)</translation>
    </message>
    <message>
        <source>Rules (%1)</source>
        <translation>Règles (%1)</translation>
    </message>
    <message>
        <source>has errors</source>
        <translation>contient des erreurs</translation>
    </message>
    <message>
        <source>has warnings</source>
        <translation>contient des avertissements</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
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
            <numerusform>%n règle</numerusform>
            <numerusform>%n règles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required field(s)</source>
        <translation>
            <numerusform>%n champ obligatoire</numerusform>
            <numerusform>%n champs obligatoires</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>Unreadable files (%1)</source>
        <translation>Fichiers illisibles (%1)</translation>
    </message>
</context>
<context>
    <name>cw::ui::FieldOptionsEditor</name>
    <message>
        <source>Rule summary</source>
        <translation>Résumé de la règle</translation>
    </message>
    <message>
        <source>Parent field</source>
        <translation>Champ parent</translation>
    </message>
    <message>
        <source>The single-select field whose value decides which options the child offers</source>
        <translation>Le champ à sélection unique dont la valeur détermine les options proposées par le champ enfant</translation>
    </message>
    <message>
        <source>Findings about the parent field</source>
        <translation>Constats sur le champ parent</translation>
    </message>
    <message>
        <source>Child field</source>
        <translation>Champ enfant</translation>
    </message>
    <message>
        <source>The single-select field whose options are limited</source>
        <translation>Le champ à sélection unique dont les options sont limitées</translation>
    </message>
    <message>
        <source>Findings about the child field</source>
        <translation>Constats sur le champ enfant</translation>
    </message>
    <message>
        <source>&amp;Parent field:</source>
        <translation>Champ &amp;parent&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hild field:</source>
        <translation>Champ &amp;enfant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre&#xa0;:</translation>
    </message>
    <message>
        <source>Parent or child option name</source>
        <translation>Nom d’une option parente ou enfant</translation>
    </message>
    <message>
        <source>Filter options</source>
        <translation>Filtrer les options</translation>
    </message>
    <message>
        <source>Mappings used</source>
        <translation>Correspondances utilisées</translation>
    </message>
    <message>
        <source>Offer &amp;All in Row</source>
        <translation>Proposer &amp;tout dans la ligne</translation>
    </message>
    <message>
        <source>&amp;Clear Row</source>
        <translation>&amp;Vider la ligne</translation>
    </message>
    <message>
        <source>Offer in Every R&amp;ow</source>
        <translation>Proposer dans chaque li&amp;gne</translation>
    </message>
    <message>
        <source>Offer in &amp;No Row</source>
        <translation>Ne proposer dans &amp;aucune ligne</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Options matrix</source>
        <translation>Matrice des options</translation>
    </message>
    <message>
        <source>Import and export notice</source>
        <translation>Avis d’import et d’export</translation>
    </message>
    <message>
        <source>Findings about the mappings</source>
        <translation>Constats sur les correspondances</translation>
    </message>
    <message>
        <source>No rule selected</source>
        <translation>Aucune règle sélectionnée</translation>
    </message>
    <message>
        <source>Field options: %1</source>
        <translation>Options de champ&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” is not a field options rule; its conditions are edited in the rule editor.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une règle d’options de champ&#xa0;; ses conditions se modifient dans l’éditeur de règles.</translation>
    </message>
    <message>
        <source>Pick the parent and the child field first.</source>
        <translation>Choisissez d’abord le champ parent et le champ enfant.</translation>
    </message>
    <message>
        <source>(choose a single-select field)</source>
        <translation>(choisissez un champ à sélection unique)</translation>
    </message>
    <message>
        <source>Already the other field of this rule</source>
        <translation>Déjà l’autre champ de cette règle</translation>
    </message>
    <message>
        <source>%1 (not a single-select field of the project)</source>
        <translation>%1 (pas un champ à sélection unique du projet)</translation>
    </message>
    <message>
        <source>Change parent field</source>
        <translation>Modifier le champ parent</translation>
    </message>
    <message>
        <source>Change child field</source>
        <translation>Modifier le champ enfant</translation>
    </message>
    <message>
        <source>Offer all options for %1</source>
        <translation>Proposer toutes les options pour %1</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Vider %1</translation>
    </message>
    <message>
        <source>Offer %1 for every parent value</source>
        <translation>Proposer %1 pour chaque valeur parente</translation>
    </message>
    <message>
        <source>Offer %1 for no parent value</source>
        <translation>Ne proposer %1 pour aucune valeur parente</translation>
    </message>
    <message>
        <source>No parent or child option matches “%1”.</source>
        <translation>Aucune option parente ou enfant ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Click a cell of the matrix first.</source>
        <translation>Cliquez d’abord sur une cellule de la matrice.</translation>
    </message>
    <message>
        <source>Offer every active option shown for %1</source>
        <translation>Proposer chaque option active affichée pour %1</translation>
    </message>
    <message>
        <source>Clear the options shown for %1; with none left it is not mapped and the child offers all its options</source>
        <translation>Vider les options affichées pour %1&#xa0;; sans option, la valeur n’est pas associée et le champ enfant propose toutes ses options</translation>
    </message>
    <message>
        <source>Offer %1 for every parent value shown</source>
        <translation>Proposer %1 pour chaque valeur parente affichée</translation>
    </message>
    <message>
        <source>Offer %1 for no parent value shown</source>
        <translation>Ne proposer %1 pour aucune valeur parente affichée</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 cannot be read (%2).</source>
        <translation>Rien n’a été importé&#xa0;: %1 est illisible (%2).</translation>
    </message>
    <message>
        <source>Nothing was imported. %1, line %2: %3</source>
        <translation>Rien n’a été importé. %1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Nothing was imported. %1: %2</source>
        <translation>Rien n’a été importé. %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: every row of %1 was skipped, and a rule needs at least one mapping.</source>
        <translation>Rien n’a été importé&#xa0;: toutes les lignes de %1 ont été ignorées, et une règle a besoin d’au moins une correspondance.</translation>
    </message>
    <message>
        <source>  Line %1: %2</source>
        <translation>  Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import options from %1</source>
        <translation>Importer les options depuis %1</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Rien n’a été exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import Options from CSV</source>
        <translation>Importer des options depuis un CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Options to CSV</source>
        <translation>Exporter les options en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Offer All Options for %1</source>
        <translation>Proposer toutes les options pour %1</translation>
    </message>
    <message>
        <source>Offer %1 for Every Parent Value</source>
        <translation>Proposer %1 pour chaque valeur parente</translation>
    </message>
    <message>
        <source>Offer %1 for No Parent Value</source>
        <translation>Ne proposer %1 pour aucune valeur parente</translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n mapping(s) whose parent value is no option of %1.</source>
        <translation>
            <numerusform>%n correspondance retirée&#xa0;: sa valeur parente n’est pas une option de %1.</numerusform>
            <numerusform>%n correspondances retirées&#xa0;: leur valeur parente n’est pas une option de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n child value(s) not among the options of %1.</source>
        <translation>
            <numerusform>%n valeur enfant retirée&#xa0;: elle ne fait pas partie des options de %1.</numerusform>
            <numerusform>%n valeurs enfants retirées&#xa0;: elles ne font pas partie des options de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n mapping(s) from %1.</source>
        <translation>
            <numerusform>%n correspondance importée depuis %1.</numerusform>
            <numerusform>%n correspondances importées depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows read: %1.</source>
        <translation>Lignes lues&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s) whose child value is no option:</source>
        <translation>
            <numerusform>%n ligne ignorée, car sa valeur enfant n’est pas une option&#xa0;:</numerusform>
            <numerusform>%n lignes ignorées, car leur valeur enfant n’est pas une option&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the mappings with a CSV file in the Connect admin website&apos;s format; its value cells may hold option values or display names</source>
        <translation>Remplacer les correspondances par un fichier CSV au format du site d’administration Connect ; ses cellules de valeur peuvent contenir des valeurs d’option ou des noms affichés</translation>
    </message>
    <message>
        <source>Save the mappings as a CSV file the Connect admin website can upload, with option values (not display names)</source>
        <translation>Enregistrer les correspondances dans un fichier CSV que le site d’administration Connect peut importer, avec les valeurs d’option (pas les noms affichés)</translation>
    </message>
    <message numerus="yes">
        <source>%n parent value(s) mapped</source>
        <translation>
            <numerusform>%n valeur parente associée</numerusform>
            <numerusform>%n valeurs parentes associées</numerusform>
        </translation>
    </message>
    <message>
        <source>(the service allows at most %1 mappings per rule)</source>
        <translation>(le service accepte au plus %1 correspondances par règle)</translation>
    </message>
    <message>
        <source>Exported the mappings to %1 as option values (not display names); import reads either.</source>
        <translation>Correspondances exportées vers %1 en valeurs d’option (pas en noms affichés) ; l’import accepte les deux.</translation>
    </message>
</context>
<context>
    <name>cw::ui::FieldPage</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>The field&apos;s options</source>
        <translation>Les options du champ</translation>
    </message>
    <message>
        <source>Rules that read it</source>
        <translation>Règles qui le lisent</translation>
    </message>
    <message>
        <source>Rules that read the field</source>
        <translation>Règles qui lisent le champ</translation>
    </message>
    <message>
        <source>Rules attached to it, per template</source>
        <translation>Règles qui y sont attachées, par modèle</translation>
    </message>
    <message>
        <source>Rules attached to the field</source>
        <translation>Règles attachées au champ</translation>
    </message>
    <message>
        <source>This field is not in the domain any more.</source>
        <translation>Ce champ n’est plus dans le domaine.</translation>
    </message>
    <message>
        <source>%1 field, %2 namespace, id %3</source>
        <translation>champ %1, espace de noms %2, id %3</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>Fields come from the domain and are read-only here.</source>
        <translation>Les champs viennent du domaine et sont en lecture seule ici.</translation>
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
        <translation>, %1 inactive(s)</translation>
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
        <translation>Aucune option</translation>
    </message>
    <message>
        <source>“%1” reads it in a condition</source>
        <translation>« %1 » le lit dans une condition</translation>
    </message>
    <message>
        <source>“%1” maps its values (the parent of an options rule)</source>
        <translation>« %1 » associe ses valeurs (parent d’une règle d’options)</translation>
    </message>
    <message>
        <source>“%1” limits its options (the child of an options rule)</source>
        <translation>« %1 » limite ses options (enfant d’une règle d’options)</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the rule</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir la règle</translation>
    </message>
    <message>
        <source>No rule reads this field.</source>
        <translation>Aucune règle ne lit ce champ.</translation>
    </message>
    <message>
        <source>%1 › “%2”</source>
        <translation>%1 › « %2 »</translation>
    </message>
    <message>
        <source>No rule is attached to this field in any template.</source>
        <translation>Aucune règle n’est attachée à ce champ dans un modèle.</translation>
    </message>
    <message>
        <source>No template always requires it.</source>
        <translation>Aucun modèle ne l’exige toujours.</translation>
    </message>
    <message>
        <source>Always required in: %1</source>
        <translation>Toujours obligatoire dans : %1</translation>
    </message>
</context>
<context>
    <name>cw::ui::FieldPicker</name>
    <message>
        <source>Type to search fields</source>
        <translation>Tapez pour rechercher des champs</translation>
    </message>
    <message>
        <source>(no field)</source>
        <translation>(aucun champ)</translation>
    </message>
    <message>
        <source>%1 (unknown field)</source>
        <translation>%1 (champ inconnu)</translation>
    </message>
</context>
<context>
    <name>cw::ui::FieldShareChart</name>
    <message>
        <source>Required and hidden shares per field</source>
        <translation>Part obligatoire et masquée par champ</translation>
    </message>
    <message>
        <source>%1: required %2, hidden %3</source>
        <translation>%1&#xa0;: obligatoire %2, masqué %3</translation>
    </message>
    <message>
        <source> — computing…</source>
        <translation> — calcul en cours…</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>No field of this template has rules.</source>
        <translation>Aucun champ de ce modèle n’a de règle.</translation>
    </message>
    <message numerus="yes">
        <source>Over %n sample case(s)</source>
        <translation>
            <numerusform>Sur %n dossier d’exemple</numerusform>
            <numerusform>Sur %n dossiers d’exemple</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::ui::ImpactPanel</name>
    <message numerus="yes">
        <source>Comparing %n sample case(s)…</source>
        <translation>
            <numerusform>Comparaison de %n cas d’exemple…</numerusform>
            <numerusform>Comparaison de %n cas d’exemple…</numerusform>
        </translation>
    </message>
    <message>
        <source>Impact of the local edits per field</source>
        <translation>Impact des modifications locales par champ</translation>
    </message>
    <message>
        <source>Open a project to see how its local edits change the outcomes of its sample cases.</source>
        <translation>Ouvrez un projet pour voir comment ses modifications locales changent les résultats de ses cas d’exemple.</translation>
    </message>
    <message>
        <source>The project has no sample cases: add, generate or import some in the preview to see the impact of edits.</source>
        <translation>Le projet n’a aucun cas d’exemple : ajoutez-en, générez-en ou importez-en dans l’aperçu pour voir l’impact des modifications.</translation>
    </message>
    <message numerus="yes">
        <source>No change: the local edits change no outcome of the %n sample case(s) compared with the last pulled rules.</source>
        <translation>
            <numerusform>Aucun changement : les modifications locales ne changent aucun résultat du %n cas d’exemple par rapport aux dernières règles récupérées.</numerusform>
            <numerusform>Aucun changement : les modifications locales ne changent aucun résultat des %n cas d’exemple par rapport aux dernières règles récupérées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sample cases change compared with the last pulled rules:</source>
        <translation>%1 cas d’exemple sur %2 changent par rapport aux dernières règles récupérées :</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) not compared: %1</source>
        <translation>
            <numerusform>%n cas non comparé : %1</numerusform>
            <numerusform>%n cas non comparés : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Comparer avec :</translation>
    </message>
    <message>
        <source>Compare the local edits with</source>
        <translation>Comparer les modifications locales avec</translation>
    </message>
    <message>
        <source>Compare with a Domain Snapshot</source>
        <translation>Comparer avec un instantané de domaine</translation>
    </message>
    <message>
        <source>Domain snapshots (*.json);;All files (*)</source>
        <translation>Instantanés de domaine (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot compare with “%1”: %2</source>
        <translation>Impossible de comparer avec « %1 » : %2</translation>
    </message>
    <message>
        <source>Last pull</source>
        <translation>Dernière récupération</translation>
    </message>
    <message>
        <source>The rules as the last pull left them (.casewright/base.json)</source>
        <translation>Les règles telles que la dernière récupération les a laissées (.casewright/base.json)</translation>
    </message>
    <message>
        <source>Snapshot file…</source>
        <translation>Fichier d’instantané…</translation>
    </message>
    <message>
        <source>Compare with a domain snapshot file, e.g. another environment&apos;s exported rules</source>
        <translation>Comparer avec un fichier d’instantané de domaine, par ex. les règles exportées d’un autre environnement</translation>
    </message>
    <message>
        <source>Nothing to compare with: the project was never pulled, so it has no last pulled rules. Pull the domain into this folder, or compare with a snapshot file, to see the impact of edits.</source>
        <translation>Rien à comparer : le projet n’a jamais été récupéré, il n’a donc pas de dernières règles récupérées. Récupérez le domaine dans ce dossier, ou comparez avec un fichier d’instantané, pour voir l’impact des modifications.</translation>
    </message>
    <message numerus="yes">
        <source>No change: the local edits change no outcome of the %n sample case(s) compared with “%1”.</source>
        <translation>
            <numerusform>Aucun changement : les modifications locales ne changent aucun résultat du %n cas d’exemple par rapport à « %1 ».</numerusform>
            <numerusform>Aucun changement : les modifications locales ne changent aucun résultat des %n cas d’exemple par rapport à « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sample cases change compared with “%3”:</source>
        <translation>%1 cas d’exemple sur %2 changent par rapport à « %3 » :</translation>
    </message>
</context>
<context>
    <name>cw::ui::ImportCasesDialog</name>
    <message>
        <source>Import cases from the service</source>
        <translation>Importer des dossiers depuis le service</translation>
    </message>
    <message>
        <source>The domain&apos;s most recent cases become sample cases, with the fields this project&apos;s templates and rules read. They are real customers&apos; cases: keep the file where such data may be kept.</source>
        <translation>Les dossiers les plus récents du domaine deviennent des dossiers d&apos;exemple, avec les champs que lisent les modèles et les règles de ce projet. Ce sont de vrais dossiers de clients : gardez le fichier là où de telles données peuvent être conservées.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>At &amp;most</source>
        <translation>Au &amp;plus</translation>
    </message>
    <message>
        <source> cases</source>
        <translation> dossiers</translation>
    </message>
    <message>
        <source>Most cases</source>
        <translation>Nombre maximal de dossiers</translation>
    </message>
    <message>
        <source>Newest:</source>
        <translation>Les plus récents :</translation>
    </message>
    <message>
        <source>Created &amp;since</source>
        <translation>Créés &amp;depuis</translation>
    </message>
    <message>
        <source>Created since</source>
        <translation>Créés depuis</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>optional: a file with a SearchCases filter (JSON)</source>
        <translation>facultatif : un fichier avec un filtre SearchCases (JSON)</translation>
    </message>
    <message>
        <source>Filter file</source>
        <translation>Fichier de filtre</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre&#xa0;:</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Annuler l&apos;import</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Rapport d&apos;import</translation>
    </message>
    <message>
        <source>Which file the cases went into shows here.</source>
        <translation>Le fichier qui a reçu les dossiers s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>All templates</source>
        <translation>Tous les modèles</translation>
    </message>
    <message>
        <source>SearchCases filter</source>
        <translation>Filtre SearchCases</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>Import impossible : %1</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Connexion impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading cases from %1…</source>
        <translation>Lecture des dossiers depuis %1…</translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>%1 dossiers sur %2</translation>
    </message>
    <message>
        <source>%1 cases so far</source>
        <translation>%1 dossiers jusqu&apos;ici</translation>
    </message>
    <message>
        <source>The import was cancelled; no file was written.</source>
        <translation>L&apos;import a été annulé ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The import failed; no file was written: %1</source>
        <translation>L&apos;import a échoué ; aucun fichier n&apos;a été écrit : %1</translation>
    </message>
    <message>
        <source>The cases could not be written: %1</source>
        <translation>Les dossiers n&apos;ont pas pu être écrits : %1</translation>
    </message>
    <message>
        <source>%1 cases written to %2.</source>
        <translation>%1 dossiers écrits dans %2.</translation>
    </message>
    <message>
        <source>%1 cases of other templates were left out.</source>
        <translation>%1 dossiers d&apos;autres modèles ont été laissés de côté.</translation>
    </message>
    <message>
        <source>They are in the preview now.</source>
        <translation>Ils sont maintenant dans l&apos;aperçu.</translation>
    </message>
</context>
<context>
    <name>cw::ui::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l’enregistrement automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restore unsaved edits?</source>
        <translation>Restaurer les modifications non enregistrées&#xa0;?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <source>Project opened</source>
        <translation>Projet ouvert</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Enregistrer les modifications&#xa0;?</translation>
    </message>
    <message>
        <source>The project “%1” has unsaved changes. Save them before closing?</source>
        <translation>Le projet «&#xa0;%1&#xa0;» a des modifications non enregistrées. Les enregistrer avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot remove the recovery copy</source>
        <translation>Impossible de supprimer la copie de récupération</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>Impossible d’enregistrer le projet</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Template “%1” (%2): %3, %4. There is no template editor in this version; edit templates/%5.json or the admin website.</source>
        <translation>Modèle «&#xa0;%1&#xa0;» (%2)&#xa0;: %3, %4. Cette version n’a pas d’éditeur de modèles&#xa0;; modifiez templates/%5.json ou passez par le site d’administration.</translation>
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
        <translation>&amp;Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>&amp;New from Pull…</source>
        <translation>&amp;Nouveau à partir d’un pull…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find in Explorer</source>
        <translation>Re&amp;chercher dans l’explorateur</translation>
    </message>
    <message>
        <source>New &amp;Required Rule</source>
        <translation>Nouvelle règle &amp;obligatoire</translation>
    </message>
    <message>
        <source>New &amp;Hidden Rule</source>
        <translation>Nouvelle règle de &amp;masquage</translation>
    </message>
    <message>
        <source>&amp;Delete Rule…</source>
        <translation>&amp;Supprimer la règle…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>&amp;Règle</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;ffichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Casewright</source>
        <translation>À &amp;propos de Casewright</translation>
    </message>
    <message>
        <source>Open a project folder</source>
        <translation>Ouvrir un dossier de projet</translation>
    </message>
    <message>
        <source>New hidden rule</source>
        <translation>Nouvelle règle de masquage</translation>
    </message>
    <message>
        <source>New required rule</source>
        <translation>Nouvelle règle obligatoire</translation>
    </message>
    <message>
        <source>Add hidden rule</source>
        <translation>Ajouter une règle de masquage</translation>
    </message>
    <message>
        <source>Add required rule</source>
        <translation>Ajouter une règle obligatoire</translation>
    </message>
    <message>
        <source>Delete the rule “%1”?</source>
        <translation>Supprimer la règle «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Publishing will then delete it from the domain.</source>
        <translation>La publication la supprimera alors du domaine.</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Vous pouvez annuler cette action.</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l’instant)</translation>
    </message>
    <message>
        <source>About Casewright</source>
        <translation>À propos de Casewright</translation>
    </message>
    <message>
        <source>Casewright %1
A designer for Amazon Connect Cases case rules.
Built with Qt %2, running on Qt %3.</source>
        <translation>Casewright %1
Un concepteur de règles de dossier pour Amazon Connect Cases.
Compilé avec Qt %2, exécuté avec Qt %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n règle</numerusform>
            <numerusform>%n règles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n modèle</numerusform>
            <numerusform>%n modèles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) attached</source>
        <translation>
            <numerusform>%n règle associée</numerusform>
            <numerusform>%n règles associées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required field(s)</source>
        <translation>
            <numerusform>%n champ obligatoire</numerusform>
            <numerusform>%n champs obligatoires</numerusform>
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
Validation&#xa0;: %7, %8.

Sélectionnez une règle dans l’explorateur pour la modifier, ou ajoutez-en une depuis le menu Règle.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n champ</numerusform>
            <numerusform>%n champs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample case file(s)</source>
        <translation>
            <numerusform>%n fichier de dossiers d’exemple</numerusform>
            <numerusform>%n fichiers de dossiers d’exemple</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It is attached to %n template field(s), which will lose it too.</source>
        <translation>
            <numerusform>Elle est associée à %n champ de modèle, qui la perdra aussi.</numerusform>
            <numerusform>Elle est associée à %n champs de modèle, qui la perdront aussi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publier…</translation>
    </message>
    <message>
        <source>Co&amp;nnection…</source>
        <translation>Co&amp;nnexion…</translation>
    </message>
    <message>
        <source>The AWS profile, region and endpoint this project pulls from and publishes to</source>
        <translation>Le profil AWS, la région et le point de terminaison depuis lesquels ce projet récupère et vers lesquels il publie</translation>
    </message>
    <message>
        <source>Practice &amp;Domain…</source>
        <translation>&amp;Domaine d’entraînement…</translation>
    </message>
    <message>
        <source>Try pull and publish on a local practice service instead of AWS</source>
        <translation>Essayer la récupération et la publication sur un service d’entraînement local au lieu d’AWS</translation>
    </message>
    <message>
        <source>Practice domain</source>
        <translation>Domaine d’entraînement</translation>
    </message>
    <message>
        <source>The practice service is running at %1. Stop it? Pull and publish then go to the project&apos;s own connection again.</source>
        <translation>Le service d’entraînement tourne à %1. L’arrêter ? La récupération et la publication utiliseront de nouveau la connexion du projet.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Start a practice service on this computer: a local Cases service to pull from and publish to without AWS. Nothing reaches your AWS account while it runs.%1</source>
        <translation>Démarrer un service d’entraînement sur cet ordinateur : un service Cases local pour récupérer et publier sans AWS. Rien n’atteint votre compte AWS tant qu’il tourne.%1</translation>
    </message>
    <message>
        <source> Start it on the sample domain, or on a copy of this project&apos;s last pulled state (a fresh copy: earlier practice on it is replaced)?</source>
        <translation> Le démarrer sur le domaine d’exemple, ou sur une copie du dernier état récupéré de ce projet (une copie neuve : l’entraînement précédent est remplacé) ?</translation>
    </message>
    <message>
        <source>Sample domain</source>
        <translation>Domaine d’exemple</translation>
    </message>
    <message>
        <source>Copy of this project</source>
        <translation>Copie de ce projet</translation>
    </message>
    <message>
        <source>Practice service</source>
        <translation>Service d’entraînement</translation>
    </message>
    <message>
        <source>PRACTICE service, not AWS: %1 (domain %2)</source>
        <translation>Service d’ENTRAÎNEMENT, pas AWS : %1 (domaine %2)</translation>
    </message>
    <message>
        <source>Pull and publish go to this local practice service until you stop it (File &gt; Practice Domain). Its state: %1</source>
        <translation>La récupération et la publication vont à ce service d’entraînement local jusqu’à ce que vous l’arrêtiez (Fichier &gt; Domaine d’entraînement). Son état : %1</translation>
    </message>
    <message>
        <source>Stop Practice &amp;Domain…</source>
        <translation>Arrêter le &amp;domaine d’entraînement…</translation>
    </message>
    <message>
        <source>&amp;Import Cases from the Service…</source>
        <translation>&amp;Importer des dossiers depuis le service…</translation>
    </message>
    <message>
        <source>Pro&amp;mote to Another Project…</source>
        <translation>Pro&amp;mouvoir vers un autre projet…</translation>
    </message>
    <message>
        <source>These published rules or templates were renamed, but their files keep the old names:

%1

Rename the files too? Each file&apos;s content moves unchanged, so git sees a rename; the service is not affected.</source>
        <translation>Ces règles ou modèles publiés ont été renommés, mais leurs fichiers gardent les anciens noms :

%1

Renommer aussi les fichiers ? Le contenu de chaque fichier est déplacé tel quel, git voit donc un renommage ; le service n&apos;est pas concerné.</translation>
    </message>
    <message>
        <source>Rename the files?</source>
        <translation>Renommer les fichiers ?</translation>
    </message>
    <message>
        <source>Rename Files</source>
        <translation>Renommer les fichiers</translation>
    </message>
    <message>
        <source>Keep File Names</source>
        <translation>Garder les noms de fichier</translation>
    </message>
    <message>
        <source>New &amp;Options Rule…</source>
        <translation>Nouvelle règle d&apos;&amp;options…</translation>
    </message>
    <message>
        <source>Add options rule</source>
        <translation>Ajouter une règle d&apos;options</translation>
    </message>
    <message>
        <source>The domain&apos;s recent cases as sample cases for the preview</source>
        <translation>Les dossiers récents du domaine comme dossiers d&apos;exemple pour l&apos;aperçu</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>new rule “%1”</source>
        <translation>nouvelle règle « %1 »</translation>
    </message>
    <message>
        <source>deleted rule “%1”</source>
        <translation>règle supprimée « %1 »</translation>
    </message>
    <message>
        <source>changed rule “%1”</source>
        <translation>règle modifiée « %1 »</translation>
    </message>
    <message>
        <source>new template “%1”</source>
        <translation>nouveau modèle « %1 »</translation>
    </message>
    <message>
        <source>deleted template “%1”</source>
        <translation>modèle supprimé « %1 »</translation>
    </message>
    <message>
        <source>changed template “%1”</source>
        <translation>modèle modifié « %1 »</translation>
    </message>
    <message>
        <source>new sample cases in %1</source>
        <translation>nouveaux cas d’exemple dans %1</translation>
    </message>
    <message>
        <source>deleted sample cases file %1</source>
        <translation>fichier de cas d’exemple supprimé %1</translation>
    </message>
    <message>
        <source>changed sample cases in %1</source>
        <translation>cas d’exemple modifiés dans %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more change(s)</source>
        <translation>
            <numerusform>… et %n autre modification</numerusform>
            <numerusform>… et %n autres modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Casewright was closed without saving this project. An automatic copy from %1 holds unsaved edits:
%2

Restore them, or discard them and open the project as it was last saved?</source>
        <translation>Casewright a été fermé sans enregistrer ce projet. Une copie automatique de %1 contient des modifications non enregistrées :
%2

Les restaurer, ou les abandonner et ouvrir le projet tel qu’il a été enregistré ?</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate rule</source>
        <translation>Dupliquer la règle</translation>
    </message>
    <message>
        <source>Where the rule is used</source>
        <translation>Où la règle est utilisée</translation>
    </message>
    <message>
        <source>“%1” is not attached to any template field.</source>
        <translation>« %1 » n’est attachée à aucun champ de modèle.</translation>
    </message>
    <message>
        <source>“%1” is attached to:
%2</source>
        <translation>« %1 » est attachée à :
%2</translation>
    </message>
    <message>
        <source>Cannot save a copy of the project</source>
        <translation>Impossible d’enregistrer une copie du projet</translation>
    </message>
    <message>
        <source>Saved a copy in %1; it is the open project now</source>
        <translation>Copie enregistrée dans %1 ; c’est maintenant le projet ouvert</translation>
    </message>
    <message>
        <source>Files changed on disk</source>
        <translation>Fichiers modifiés sur le disque</translation>
    </message>
    <message>
        <source>These files changed on disk, and you have unsaved edits to them here:
%1

Reload them from disk (your edits to them are lost), or keep yours (saving writes them over the disk&apos;s version)?</source>
        <translation>Ces fichiers ont changé sur le disque, et vous les avez modifiés ici sans enregistrer :
%1

Les recharger depuis le disque (vos modifications sont perdues) ou garder les vôtres (l’enregistrement écrase la version du disque) ?</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Garder les miens</translation>
    </message>
    <message>
        <source>The project cannot be read again: %1</source>
        <translation>Le projet ne peut pas être relu : %1</translation>
    </message>
    <message>
        <source>Read again from disk: %1</source>
        <translation>Relu depuis le disque : %1</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Copy the project folder, with your unsaved edits, to a new folder and go on working there</source>
        <translation>Copier le dossier du projet, avec vos modifications non enregistrées, dans un nouveau dossier et continuer à y travailler</translation>
    </message>
    <message>
        <source>Save a Copy of the Project in a New or Empty Folder</source>
        <translation>Enregistrer une copie du projet dans un dossier nouveau ou vide</translation>
    </message>
    <message>
        <source>Impact of Edits</source>
        <translation>Impact des modifications</translation>
    </message>
</context>
<context>
    <name>cw::ui::MfaCodeDialog</name>
    <message>
        <source>MFA code</source>
        <translation>Code MFA</translation>
    </message>
    <message>
        <source>The AWS profile “%1” assumes the role %2, which needs a code from your MFA device %3.</source>
        <translation>Le profil AWS « %1 » endosse le rôle %2, qui demande un code de votre appareil MFA %3.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
</context>
<context>
    <name>cw::ui::NewOptionsRuleDialog</name>
    <message>
        <source>New Options Rule</source>
        <translation>Nouvelle règle d&apos;options</translation>
    </message>
    <message>
        <source>An options rule limits the options a single-select field offers by the value of another single-select field.</source>
        <translation>Une règle d&apos;options limite les options qu&apos;offre un champ à choix unique selon la valeur d&apos;un autre champ à choix unique.</translation>
    </message>
    <message>
        <source>Field whose options are limited</source>
        <translation>Champ dont les options sont limitées</translation>
    </message>
    <message>
        <source>Field whose value decides</source>
        <translation>Champ dont la valeur décide</translation>
    </message>
    <message>
        <source>&amp;Limit the options of:</source>
        <translation>&amp;Limiter les options de :</translation>
    </message>
    <message>
        <source>&amp;By the value of:</source>
        <translation>&amp;Selon la valeur de :</translation>
    </message>
    <message>
        <source>&amp;Create Rule</source>
        <translation>&amp;Créer la règle</translation>
    </message>
    <message>
        <source>The domain needs two single-select fields for an options rule.</source>
        <translation>Une règle d&apos;options demande deux champs à choix unique dans le domaine.</translation>
    </message>
    <message>
        <source>Choose two different fields: a field cannot limit its own options.</source>
        <translation>Choisissez deux champs différents : un champ ne peut pas limiter ses propres options.</translation>
    </message>
</context>
<context>
    <name>cw::ui::OptionsMatrixModel</name>
    <message>
        <source>This rule would map %1 parent values; the service accepts at most %2. Clear some rows first.</source>
        <translation>Cette règle associerait %1 valeurs parentes&#xa0;; le service en accepte au plus %2. Videz d’abord quelques lignes.</translation>
    </message>
    <message>
        <source>“%1” would offer %2 child values; one mapping holds at most %3.</source>
        <translation>«&#xa0;%1&#xa0;» proposerait %2 valeurs enfants&#xa0;; une correspondance en contient au plus %3.</translation>
    </message>
    <message>
        <source>A field options rule needs at least one mapping: offer another option before clearing this one.</source>
        <translation>Une règle d’options de champ a besoin d’au moins une correspondance&#xa0;: proposez une autre option avant de retirer celle-ci.</translation>
    </message>
    <message>
        <source>A field options rule needs at least one mapping: offer another option before clearing %1&apos;s last one.</source>
        <translation>Une règle d’options de champ a besoin d’au moins une correspondance&#xa0;: proposez une autre option avant de retirer la dernière de %1.</translation>
    </message>
    <message>
        <source>This rule already maps %1 parent values, the most the service accepts; clear a row before mapping %2.</source>
        <translation>Cette règle associe déjà %1 valeurs parentes, le maximum accepté par le service&#xa0;; videz une ligne avant d’associer %2.</translation>
    </message>
    <message>
        <source>%1 already offers %2 child values, the most one mapping holds.</source>
        <translation>%1 propose déjà %2 valeurs enfants, le maximum d’une correspondance.</translation>
    </message>
    <message>
        <source>all (not mapped)</source>
        <translation>toutes (non associée)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source> (not an option)</source>
        <translation> (pas une option)</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (inactive)</translation>
    </message>
    <message>
        <source>%1 is not mapped: when it is chosen, the child field offers all its active options.</source>
        <translation>%1 n’est pas associée&#xa0;: quand elle est choisie, le champ enfant propose toutes ses options actives.</translation>
    </message>
    <message>
        <source>%1 → %2: offered</source>
        <translation>%1 → %2&#xa0;: proposée</translation>
    </message>
    <message>
        <source>%1 → %2: not offered</source>
        <translation>%1 → %2&#xa0;: non proposée</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Proposées</translation>
    </message>
    <message>
        <source>How many child values each parent value offers</source>
        <translation>Nombre de valeurs enfants proposées par chaque valeur parente</translation>
    </message>
    <message>
        <source>Option value: %1</source>
        <translation>Valeur de l’option&#xa0;: %1</translation>
    </message>
    <message>
        <source>The rule maps this value, but the field has no such option.</source>
        <translation>La règle associe cette valeur, mais le champ n’a pas cette option.</translation>
    </message>
    <message>
        <source>An inactive option: agents cannot pick it on new cases.</source>
        <translation>Une option inactive&#xa0;: les agents ne peuvent pas la choisir sur les nouveaux dossiers.</translation>
    </message>
    <message>
        <source>Offer %1 for %2</source>
        <translation>Proposer %1 pour %2</translation>
    </message>
    <message>
        <source>Stop offering %1 for %2</source>
        <translation>Ne plus proposer %1 pour %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 offers %n child value(s).</source>
        <translation>
            <numerusform>%1 propose %n valeur enfant.</numerusform>
            <numerusform>%1 propose %n valeurs enfants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::ui::OutcomeDiffModel</name>
    <message>
        <source>become required</source>
        <translation>deviennent obligatoires</translation>
    </message>
    <message>
        <source>become not required</source>
        <translation>deviennent facultatifs</translation>
    </message>
    <message>
        <source>become hidden</source>
        <translation>deviennent masqués</translation>
    </message>
    <message>
        <source>become shown</source>
        <translation>deviennent visibles</translation>
    </message>
    <message>
        <source>lose options</source>
        <translation>perdent des options</translation>
    </message>
    <message>
        <source>gain options</source>
        <translation>gagnent des options</translation>
    </message>
    <message>
        <source>Field %1 of template %2</source>
        <translation>Champ %1 du modèle %2</translation>
    </message>
    <message>
        <source>Click to show this case in the preview</source>
        <translation>Cliquez pour afficher ce cas dans l’aperçu</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more case(s)</source>
        <translation>
            <numerusform>… et %n autre cas</numerusform>
            <numerusform>… et %n autres cas</numerusform>
        </translation>
    </message>
    <message>
        <source>Field, change, example cases</source>
        <translation>Champ, changement, cas d’exemple</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
</context>
<context>
    <name>cw::ui::PreviewPane</name>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Template to preview</source>
        <translation>Modèle à prévisualiser</translation>
    </message>
    <message>
        <source>Only this template&apos;s cases</source>
        <translation>Uniquement les dossiers de ce modèle</translation>
    </message>
    <message>
        <source>Sample cases</source>
        <translation>Dossiers d’exemple</translation>
    </message>
    <message>
        <source>Add case</source>
        <translation>Ajouter un dossier</translation>
    </message>
    <message>
        <source>Add an empty sample case of the chosen template</source>
        <translation>Ajouter un dossier d’exemple vide du modèle choisi</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete cases</source>
        <translation>Supprimer les dossiers</translation>
    </message>
    <message>
        <source>Clear value</source>
        <translation>Effacer la valeur</translation>
    </message>
    <message>
        <source>Leave the field out of the case (absent)</source>
        <translation>Omettre le champ dans le dossier (absent)</translation>
    </message>
    <message>
        <source>Set (empty)</source>
        <translation>Définir sur (vide)</translation>
    </message>
    <message>
        <source>Store emptyValue in the field (rules treat it as absent)</source>
        <translation>Enregistrer emptyValue dans le champ (les règles le traitent comme absent)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Add cases from a JSON ({&quot;cases&quot;: [...]}) or CSV file (a header row of field names or ids; &quot;id&quot; and &quot;template&quot; columns optional)</source>
        <translation>Ajouter des dossiers depuis un fichier JSON ({&quot;cases&quot;: [...]}) ou CSV (une ligne d’en-tête de noms ou d’ID de champs&#xa0;; colonnes &quot;id&quot; et &quot;template&quot; facultatives)</translation>
    </message>
    <message>
        <source>Generate cases</source>
        <translation>Générer des dossiers</translation>
    </message>
    <message>
        <source>Add cases that try every value the template&apos;s rules test: each operand, another value, and empty</source>
        <translation>Ajouter des dossiers qui essaient chaque valeur testée par les règles du modèle&#xa0;: chaque opérande, une autre valeur, et vide</translation>
    </message>
    <message>
        <source>Case %1: no template to show it on</source>
        <translation>Dossier %1&#xa0;: aucun modèle pour l’afficher</translation>
    </message>
    <message>
        <source>Case %1 as an agent sees it on “%2”</source>
        <translation>Dossier %1 tel qu’un agent le voit dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>(the case names template “%1”, which the project does not have)</source>
        <translation>(le dossier indique le modèle «&#xa0;%1&#xa0;», absent du projet)</translation>
    </message>
    <message>
        <source>A rule is not applied: %1</source>
        <translation>Une règle n’est pas appliquée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Generate %1</source>
        <translation>Générer %1</translation>
    </message>
    <message>
        <source>Import sample cases</source>
        <translation>Importer des dossiers d’exemple</translation>
    </message>
    <message>
        <source>Sample cases (*.json *.csv);;All files (*)</source>
        <translation>Dossiers d’exemple (*.json *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample case(s)</source>
        <translation>
            <numerusform>%n dossier d’exemple</numerusform>
            <numerusform>%n dossiers d’exemple</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected case as an agent sees it</source>
        <translation>Le cas sélectionné tel qu’un agent le voit</translation>
    </message>
    <message>
        <source>Required and hidden shares per field</source>
        <translation>Part obligatoire et masquée par champ</translation>
    </message>
    <message>
        <source>Expected outcomes</source>
        <translation>Résultats attendus</translation>
    </message>
    <message>
        <source>Expect this outcome</source>
        <translation>Attendre ce résultat</translation>
    </message>
    <message>
        <source>Pin what the form shows as the case&apos;s expected outcome: a later rule edit that changes it fails the tests and blocks publish</source>
        <translation>Fixer ce que montre le formulaire comme résultat attendu du cas : une modification de règle ultérieure qui le change fait échouer les tests et bloque la publication</translation>
    </message>
    <message>
        <source>Forget expectations</source>
        <translation>Oublier les attentes</translation>
    </message>
    <message>
        <source>Remove the selected case&apos;s expected outcome</source>
        <translation>Supprimer le résultat attendu du cas sélectionné</translation>
    </message>
    <message>
        <source>%1: expected %2, the rules give %3</source>
        <translation>%1 : attendu %2, les règles donnent %3</translation>
    </message>
    <message>
        <source>Expect the outcome of case %1</source>
        <translation>Attendre le résultat du cas %1</translation>
    </message>
    <message>
        <source>Forget the expectations of case %1</source>
        <translation>Oublier les attentes du cas %1</translation>
    </message>
    <message>
        <source>Expectations cannot be checked: %1</source>
        <translation>Les attentes ne peuvent pas être vérifiées : %1</translation>
    </message>
    <message>
        <source>The samples&apos; expected outcomes: publish is blocked while one fails</source>
        <translation>Les résultats attendus des exemples : la publication est bloquée tant que l&apos;un d&apos;eux échoue</translation>
    </message>
    <message>
        <source>This edit breaks %1</source>
        <translation>Cette modification enfreint %1</translation>
    </message>
    <message numerus="yes">
        <source>%n expectation(s)</source>
        <translation>
            <numerusform>%n attente</numerusform>
            <numerusform>%n attentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Expectations failing now: %1</source>
        <translation>Attentes en échec maintenant : %1</translation>
    </message>
    <message>
        <source>Only failing cases</source>
        <translation>Seulement les dossiers en échec</translation>
    </message>
    <message>
        <source>List only the cases whose expected outcomes the rules do not give</source>
        <translation>Lister seulement les dossiers dont les règles ne donnent pas les résultats attendus</translation>
    </message>
    <message>
        <source>Expect the outcome of %1 in case %2</source>
        <translation>Attendre le résultat de %1 dans le dossier %2</translation>
    </message>
    <message>
        <source>Forget the expectation of %1 in case %2</source>
        <translation>Oublier l&apos;attente de %1 dans le dossier %2</translation>
    </message>
</context>
<context>
    <name>cw::ui::ProjectStatusBar</name>
    <message>
        <source>Offline edits</source>
        <translation>Modifications hors ligne</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Last pull</source>
        <translation>Dernier pull</translation>
    </message>
    <message>
        <source>Connection target</source>
        <translation>Cible de connexion</translation>
    </message>
    <message>
        <source>Nothing to publish: the project matches the last pull.</source>
        <translation>Rien à publier&#xa0;: le projet correspond au dernier pull.</translation>
    </message>
    <message>
        <source>Offline edits: cannot plan</source>
        <translation>Modifications hors ligne&#xa0;: planification impossible</translation>
    </message>
    <message>
        <source>Changed both here and remotely since the last pull: %1</source>
        <translation>Modifié ici et à distance depuis le dernier pull&#xa0;: %1</translation>
    </message>
    <message>
        <source>No conflicts with the remote domain</source>
        <translation>Aucun conflit avec le domaine distant</translation>
    </message>
    <message>
        <source>Never pulled</source>
        <translation>Jamais de pull</translation>
    </message>
    <message>
        <source>Last pull: %1</source>
        <translation>Dernier pull&#xa0;: %1</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>aucune région</translation>
    </message>
    <message>
        <source>default profile</source>
        <translation>profil par défaut</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>profil %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Cible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Domain %1 (%2)</source>
        <translation>Domaine %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n offline edit(s)</source>
        <translation>
            <numerusform>%n modification hors ligne</numerusform>
            <numerusform>%n modifications hors ligne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Target: PRACTICE service %1 (not AWS)</source>
        <translation>Cible : service d’ENTRAÎNEMENT %1 (pas AWS)</translation>
    </message>
    <message>
        <source>Pull and publish go to the local practice service (domain %1) until you stop it (File &gt; Practice Domain); the project&apos;s own connection: %2</source>
        <translation>La récupération et la publication vont au service d’entraînement local (domaine %1) jusqu’à ce que vous l’arrêtiez (Fichier &gt; Domaine d’entraînement) ; la connexion propre au projet : %2</translation>
    </message>
    <message>
        <source>last publish: %1</source>
        <translation>dernière publication : %1</translation>
    </message>
    <message>
        <source>Unreadable files</source>
        <translation>Fichiers illisibles</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable file(s)</source>
        <translation>
            <numerusform>%n fichier illisible</numerusform>
            <numerusform>%n fichiers illisibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot be read: %1. Left out of the preview and of the offline edits, and never overwritten; publishing waits until every file reads (see Unreadable files in the explorer).</source>
        <translation>Illisible : %1. Exclu de l’aperçu et des modifications hors ligne, jamais écrasé ; la publication attend que chaque fichier soit lisible (voir Fichiers illisibles dans l’explorateur).</translation>
    </message>
</context>
<context>
    <name>cw::ui::PromoteDialog</name>
    <message>
        <source>Promote to Another Project</source>
        <translation>Promouvoir vers un autre projet</translation>
    </message>
    <message>
        <source>Target project folder:</source>
        <translation>Dossier du projet cible :</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the target project folder</source>
        <translation>Choisir le dossier du projet cible</translation>
    </message>
    <message>
        <source>Map file (optional):</source>
        <translation>Fichier de correspondance (facultatif) :</translation>
    </message>
    <message>
        <source>Choose a map file</source>
        <translation>Choisir un fichier de correspondance</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>Toutes les règles</translation>
    </message>
    <message>
        <source>Rules selected in the explorer: %1</source>
        <translation>Règles sélectionnées dans l’explorateur : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>What does not map</source>
        <translation>Ce qui ne correspond à rien</translation>
    </message>
    <message>
        <source>Resulting plan of the target</source>
        <translation>Plan résultant de la cible</translation>
    </message>
    <message>
        <source>Choose the project folder to promote into, then review the mapping.</source>
        <translation>Choisissez le dossier du projet vers lequel promouvoir, puis vérifiez la correspondance.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Promouvoir</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot read the map: %1</source>
        <translation>Impossible de lire la correspondance : %1</translation>
    </message>
    <message>
        <source>Cannot open the target: %1</source>
        <translation>Impossible d’ouvrir la cible : %1</translation>
    </message>
    <message>
        <source>%1 reference(s) do not map; nothing can be promoted until the target has them or the map names them.</source>
        <translation>%1 référence(s) sans correspondance ; rien ne peut être promu tant que la cible ne les a pas ou que la correspondance ne les nomme pas.</translation>
    </message>
    <message>
        <source>The target already has these rules: nothing to promote.</source>
        <translation>La cible a déjà ces règles : rien à promouvoir.</translation>
    </message>
    <message>
        <source>Cannot plan the target: %1</source>
        <translation>Impossible d’établir le plan de la cible : %1</translation>
    </message>
    <message>
        <source>Ready: %1 change(s) to the target&apos;s files. Publish the target project to send them.</source>
        <translation>Prêt : %1 modification(s) des fichiers de la cible. Publiez le projet cible pour les envoyer.</translation>
    </message>
    <message>
        <source>Cannot write the target: %1</source>
        <translation>Impossible d’écrire la cible : %1</translation>
    </message>
    <message>
        <source>Promoted into %1. Open that project to publish it.</source>
        <translation>Promu vers %1. Ouvrez ce projet pour le publier.</translation>
    </message>
</context>
<context>
    <name>cw::ui::PromoteMappingModel</name>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Option value</source>
        <translation>Valeur d’option</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>associé par le nom</translation>
    </message>
    <message>
        <source>overridden by the map</source>
        <translation>imposé par la correspondance</translation>
    </message>
    <message>
        <source>new in the target</source>
        <translation>nouvelle dans la cible</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>In this project</source>
        <translation>Dans ce projet</translation>
    </message>
    <message>
        <source>In the target</source>
        <translation>Dans la cible</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>User ARN</source>
        <translation>ARN d’utilisateur</translation>
    </message>
</context>
<context>
    <name>cw::ui::PublishDialog</name>
    <message>
        <source>changed here and remotely (found by the last pull)</source>
        <translation>modifié ici et à distance (trouvé au dernier pull)</translation>
    </message>
    <message>
        <source>deleted remotely since the last pull</source>
        <translation>supprimé à distance depuis le dernier pull</translation>
    </message>
    <message>
        <source>changed remotely; deleted here</source>
        <translation>modifié à distance&#xa0;; supprimé ici</translation>
    </message>
    <message>
        <source>changed remotely since the last pull</source>
        <translation>modifié à distance depuis le dernier pull</translation>
    </message>
    <message>
        <source>Publish to Amazon Connect Cases</source>
        <translation>Publier dans Amazon Connect Cases</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>What publish will do</source>
        <translation>Ce que fera la publication</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Someone changed these since the last pull. For each, keep mine (publish overwrites theirs) or take theirs (my file becomes theirs).</source>
        <translation>Quelqu’un les a modifiés depuis le dernier pull. Pour chacun, gardez ma version (la publication écrase la leur) ou prenez la leur (mon fichier devient le leur).</translation>
    </message>
    <message>
        <source>Rule or template</source>
        <translation>Règle ou modèle</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Prendre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Publish result</source>
        <translation>Résultat de la publication</translation>
    </message>
    <message>
        <source>&amp;Check for conflicts</source>
        <translation>&amp;Rechercher les conflits</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>The project cannot be read: %1</source>
        <translation>Le projet est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation>Aucun plan&#xa0;: %1</translation>
    </message>
    <message>
        <source>An earlier publish was interrupted. Publish finishes it first (nothing is sent twice), then carries out this plan.</source>
        <translation>Une publication précédente a été interrompue. La publication la termine d’abord (rien n’est envoyé deux fois), puis exécute ce plan.</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>la mienne</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>la leur</translation>
    </message>
    <message>
        <source>Keep mine: %1</source>
        <translation>Garder la mienne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Take theirs: %1</source>
        <translation>Prendre la leur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose mine or theirs for every conflict first</source>
        <translation>Choisissez d’abord la mienne ou la leur pour chaque conflit</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Connexion impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the service&apos;s versions of what the plan changes…</source>
        <translation>Lecture des versions du service pour ce que le plan modifie…</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>La vérification a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>No conflicts: nothing changed remotely since the last pull.</source>
        <translation>Aucun conflit&#xa0;: rien n’a changé à distance depuis le dernier pull.</translation>
    </message>
    <message>
        <source>Choose mine or theirs for every conflict first.</source>
        <translation>Choisissez d’abord la mienne ou la leur pour chaque conflit.</translation>
    </message>
    <message>
        <source>Changed remotely again since they were shown: %1. Look at them again.</source>
        <translation>Modifiés à distance depuis leur affichage&#xa0;: %1. Examinez-les de nouveau.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publication…</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>Publish stopped: %1</source>
        <translation>Publication arrêtée&#xa0;: %1</translation>
    </message>
    <message>
        <source>What was done before is recorded; publish again to finish.</source>
        <translation>Ce qui a déjà été fait est enregistré&#xa0;; publiez de nouveau pour terminer.</translation>
    </message>
    <message>
        <source>Publish failed.</source>
        <translation>La publication a échoué.</translation>
    </message>
    <message>
        <source>Publish stopped before changing anything: these changed remotely meanwhile. Choose again.</source>
        <translation>La publication s’est arrêtée avant toute modification&#xa0;: ces éléments ont changé à distance entre-temps. Choisissez de nouveau.</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>fait&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to publish: the domain matches the project.</source>
        <translation>Rien à publier&#xa0;: le domaine correspond au projet.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): compare the versions and choose mine or theirs.</source>
        <translation>
            <numerusform>%n conflit&#xa0;: comparez les versions et choisissez la mienne ou la leur.</numerusform>
            <numerusform>%n conflits&#xa0;: comparez les versions et choisissez pour chacun la mienne ou la leur.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was deleted remotely; published again as a new one</source>
        <translation>%1 a été supprimé à distance&#xa0;; publié de nouveau comme nouvel élément</translation>
    </message>
    <message numerus="yes">
        <source>Published %n change(s).</source>
        <translation>
            <numerusform>%n modification publiée.</numerusform>
            <numerusform>%n modifications publiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rehearse</source>
        <translation>&amp;Répéter</translation>
    </message>
    <message>
        <source>Publish to a local practice copy of the last pulled state first: the same steps and checks, nothing sent to the service, the project unchanged</source>
        <translation>Publier d’abord sur une copie d’entraînement locale du dernier état récupéré : les mêmes étapes et vérifications, rien n’est envoyé au service, le projet reste inchangé</translation>
    </message>
    <message>
        <source>Rehearsing on a local practice copy of the domain…</source>
        <translation>Répétition sur une copie d’entraînement locale du domaine…</translation>
    </message>
    <message>
        <source>The rehearsal could not run: %1</source>
        <translation>La répétition n’a pas pu se dérouler : %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message>
        <source>stopped at the conflicts the last pull left: choose mine or theirs first</source>
        <translation>arrêté aux conflits laissés par la dernière récupération : choisissez d’abord la mienne ou la leur</translation>
    </message>
    <message>
        <source>The domain afterwards, against the last pull:</source>
        <translation>Le domaine ensuite, par rapport à la dernière récupération :</translation>
    </message>
    <message>
        <source>  (no change)</source>
        <translation>  (aucun changement)</translation>
    </message>
    <message>
        <source>%1 request(s): about %2 s at %3 requests/s (an assumption: your account&apos;s quota may differ)</source>
        <translation>%1 requête(s) : environ %2 s à %3 requêtes/s (une hypothèse : le quota de votre compte peut différer)</translation>
    </message>
    <message>
        <source>Rehearsal succeeded: publish would carry out %1 change(s).</source>
        <translation>Répétition réussie : la publication effectuerait %1 modification(s).</translation>
    </message>
    <message>
        <source>Rehearsal failed: publish would stop at the step shown.</source>
        <translation>Répétition échouée : la publication s’arrêterait à l’étape indiquée.</translation>
    </message>
    <message>
        <source>Rehearsing [%1/%2] %3</source>
        <translation>Répétition [%1/%2] %3</translation>
    </message>
    <message>
        <source>Publishing identity</source>
        <translation>Identité de publication</translation>
    </message>
    <message>
        <source>Checking whom this connection publishes as…</source>
        <translation>Vérification de l’identité sous laquelle cette connexion publie…</translation>
    </message>
    <message>
        <source>Publishing as %1 in account %2</source>
        <translation>Publication en tant que %1 dans le compte %2</translation>
    </message>
    <message>
        <source>Cannot tell whom this connection publishes as (sts:GetCallerIdentity): %1</source>
        <translation>Impossible de savoir sous quelle identité cette connexion publie (sts:GetCallerIdentity) : %1</translation>
    </message>
    <message>
        <source>Publish is off until these are fixed: %1</source>
        <translation>La publication est désactivée tant que ceci n’est pas corrigé : %1</translation>
    </message>
    <message>
        <source>Fix these first: %1</source>
        <translation>Corrigez d’abord ceci : %1</translation>
    </message>
    <message>
        <source>Nothing was changed in the domain.</source>
        <translation>Rien n’a été modifié dans le domaine.</translation>
    </message>
    <message>
        <source>Tests of the rules</source>
        <translation>Tests des règles</translation>
    </message>
    <message>
        <source>Tests cannot run: %1</source>
        <translation>Les tests ne peuvent pas s&apos;exécuter : %1</translation>
    </message>
    <message>
        <source>Tests: %1</source>
        <translation>Tests : %1</translation>
    </message>
    <message>
        <source>Tests fail: %1. Publish is blocked until the rules meet the samples&apos; expectations.</source>
        <translation>Les tests échouent : %1. La publication est bloquée tant que les règles ne satisfont pas les attentes des exemples.</translation>
    </message>
    <message>
        <source>case %1, %2: %3 expected %4, the rules give %5</source>
        <translation>cas %1, %2 : %3 attendu %4, les règles donnent %5</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>The tests of the rules fail: see the plan</source>
        <translation>Les tests des règles échouent : voir le plan</translation>
    </message>
    <message>
        <source>Publish refused: %1</source>
        <translation>Publication refusée : %1</translation>
    </message>
    <message>
        <source>The tests of the rules failed: nothing was sent. Make the rules meet the samples&apos; expectations (or change the expectations), then publish.</source>
        <translation>Les tests des règles ont échoué : rien n&apos;a été envoyé. Faites en sorte que les règles satisfassent les attentes des exemples (ou modifiez les attentes), puis publiez.</translation>
    </message>
    <message>
        <source>Publish refused: the tests fail, nothing was sent.</source>
        <translation>Publication refusée : les tests échouent, rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Waiting for the identity check to finish…</source>
        <translation>En attente de la fin de la vérification d’identité…</translation>
    </message>
</context>
<context>
    <name>cw::ui::PullDialog</name>
    <message>
        <source>Pull a Cases domain</source>
        <translation>Faire un pull d’un domaine Cases</translation>
    </message>
    <message>
        <source>a new folder, or an existing project to refresh</source>
        <translation>un nouveau dossier, ou un projet existant à actualiser</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Project &amp;folder:</source>
        <translation>Dossier du pro&amp;jet&#xa0;:</translation>
    </message>
    <message>
        <source>Cancel pull</source>
        <translation>Annuler le pull</translation>
    </message>
    <message>
        <source>Pull report</source>
        <translation>Rapport du pull</translation>
    </message>
    <message>
        <source>What the pull created, updated, removed and kept shows here.</source>
        <translation>Ce que le pull a créé, mis à jour, supprimé et conservé s’affiche ici.</translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation>&amp;Pull</translation>
    </message>
    <message>
        <source>&amp;Open project</source>
        <translation>&amp;Ouvrir le projet</translation>
    </message>
    <message>
        <source>This folder&apos;s project cannot be read: %1</source>
        <translation>Le projet de ce dossier est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Dossier du projet</translation>
    </message>
    <message>
        <source>Choose the project folder first.</source>
        <translation>Choisissez d’abord le dossier du projet.</translation>
    </message>
    <message>
        <source>Choose the domain to pull (Load domains lists them).</source>
        <translation>Choisissez le domaine à récupérer (Charger les domaines les liste).</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Connexion impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pulling from %1…</source>
        <translation>Pull depuis %1…</translation>
    </message>
    <message>
        <source>fields %1/%2 · options %3/%4 · layouts %5/%6 · templates %7/%8 · rules %9/%10%11</source>
        <translation>champs %1/%2 · options %3/%4 · mises en page %5/%6 · modèles %7/%8 · règles %9/%10%11</translation>
    </message>
    <message>
        <source> (still listing)</source>
        <translation> (liste en cours)</translation>
    </message>
    <message>
        <source>Created the project %1</source>
        <translation>Projet %1 créé</translation>
    </message>
    <message>
        <source>Refreshed the project %1</source>
        <translation>Projet %1 actualisé</translation>
    </message>
    <message>
        <source>%1 fields, %2 templates, %3 rules, %4 layouts.</source>
        <translation>%1 champs, %2 modèles, %3 règles, %4 mises en page.</translation>
    </message>
    <message>
        <source>Created from the remote: %1</source>
        <translation>Créés depuis le distant&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Updated from the remote: %1</source>
        <translation>Mis à jour depuis le distant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Removed (deleted remotely): %1</source>
        <translation>Retirés (supprimés à distance)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kept (your edits): %1</source>
        <translation>Conservés (vos modifications)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Conflicts: none</source>
        <translation>Conflits&#xa0;: aucun</translation>
    </message>
    <message>
        <source>Conflicts (changed both here and remotely; both versions are kept, resolve them in Publish):</source>
        <translation>Conflits (modifiés ici et à distance&#xa0;; les deux versions sont conservées, résolvez-les dans Publier)&#xa0;:</translation>
    </message>
    <message>
        <source>The pull failed: %1</source>
        <translation>Le pull a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>cw::ui::RuleChip</name>
    <message>
        <source>Required rule</source>
        <translation>Règle obligatoire</translation>
    </message>
    <message>
        <source>Hidden rule</source>
        <translation>Règle de masquage</translation>
    </message>
    <message>
        <source>Field options rule</source>
        <translation>Règle d’options de champ</translation>
    </message>
    <message>
        <source>Rule of an unknown kind</source>
        <translation>Règle de type inconnu</translation>
    </message>
    <message>
        <source>%1 (not in the project)</source>
        <translation>%1 (absent du projet)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Detach this rule from the field</source>
        <translation>Détacher cette règle du champ</translation>
    </message>
    <message>
        <source>Detach %1</source>
        <translation>Détacher %1</translation>
    </message>
    <message>
        <source>The rule has errors; open it to see them.</source>
        <translation>La règle contient des erreurs&#xa0;; ouvrez-la pour les voir.</translation>
    </message>
    <message>
        <source>Used nowhere else.</source>
        <translation>Utilisée nulle part ailleurs.</translation>
    </message>
    <message>
        <source>Also used by:
  %1</source>
        <translation>Également utilisée par&#xa0;:
  %1</translation>
    </message>
    <message>
        <source>&amp;Open Rule</source>
        <translation>&amp;Ouvrir la règle</translation>
    </message>
    <message>
        <source>&amp;Detach from Field</source>
        <translation>&amp;Détacher du champ</translation>
    </message>
</context>
<context>
    <name>cw::ui::RuleEditor</name>
    <message>
        <source>Required rule</source>
        <translation>Règle obligatoire</translation>
    </message>
    <message>
        <source>Hidden rule</source>
        <translation>Règle de masquage</translation>
    </message>
    <message>
        <source>Field options rule</source>
        <translation>Règle d’options de champ</translation>
    </message>
    <message>
        <source>Rule of an unknown kind</source>
        <translation>Règle de type inconnu</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Nom de la règle</translation>
    </message>
    <message>
        <source>Findings about the rule name</source>
        <translation>Constats sur le nom de la règle</translation>
    </message>
    <message>
        <source>Rule description</source>
        <translation>Description de la règle</translation>
    </message>
    <message>
        <source>Optional: what the rule is for</source>
        <translation>Facultatif&#xa0;: à quoi sert la règle</translation>
    </message>
    <message>
        <source>Findings about the rule description</source>
        <translation>Constats sur la description de la règle</translation>
    </message>
    <message>
        <source>Where the rule is used</source>
        <translation>Où la règle est utilisée</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Used by:</source>
        <translation>Utilisée par&#xa0;:</translation>
    </message>
    <message>
        <source>Read this hidden rule as:</source>
        <translation>Lire cette règle de masquage comme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Show when…</source>
        <translation>&amp;Afficher lorsque…</translation>
    </message>
    <message>
        <source>As the Connect admin website says it. The rule still stores whether the field is hidden.</source>
        <translation>Comme le formule le site d’administration de Connect. La règle enregistre toujours si le champ est masqué.</translation>
    </message>
    <message>
        <source>&amp;Hide when…</source>
        <translation>&amp;Masquer lorsque…</translation>
    </message>
    <message>
        <source>As the Cases API stores it: the result is whether the field is hidden.</source>
        <translation>Comme l’API Cases l’enregistre&#xa0;: le résultat indique si le champ est masqué.</translation>
    </message>
    <message>
        <source>Conditions used</source>
        <translation>Conditions utilisées</translation>
    </message>
    <message>
        <source>Findings about the conditions</source>
        <translation>Constats sur les conditions</translation>
    </message>
    <message>
        <source>&amp;Otherwise (when no condition is true):</source>
        <translation>&amp;Autrement (si aucune condition n’est vraie)&#xa0;:</translation>
    </message>
    <message>
        <source>Default value</source>
        <translation>Valeur par défaut</translation>
    </message>
    <message>
        <source>Findings about the default value</source>
        <translation>Constats sur la valeur par défaut</translation>
    </message>
    <message>
        <source>In plain words</source>
        <translation>En clair</translation>
    </message>
    <message>
        <source>Rule summary</source>
        <translation>Résumé de la règle</translation>
    </message>
    <message>
        <source>Other findings about the rule</source>
        <translation>Autres constats sur la règle</translation>
    </message>
    <message>
        <source>No rule selected</source>
        <translation>Aucune règle sélectionnée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not attached to any template field</source>
        <translation>associée à aucun champ de modèle</translation>
    </message>
    <message>
        <source>Which options the child field offers for each value of the parent field is edited in the field options editor.</source>
        <translation>Les options que le champ enfant propose pour chaque valeur du champ parent se modifient dans l’éditeur d’options de champ.</translation>
    </message>
    <message>
        <source>This version of Casewright cannot edit this kind of rule; it is kept as it is.</source>
        <translation>Cette version de Casewright ne sait pas modifier ce type de règle&#xa0;; elle est conservée telle quelle.</translation>
    </message>
    <message>
        <source>%1 of %2 conditions used</source>
        <translation>%1 conditions utilisées sur %2</translation>
    </message>
    <message>
        <source>Rename rule</source>
        <translation>Renommer la règle</translation>
    </message>
    <message>
        <source>Change rule description</source>
        <translation>Modifier la description de la règle</translation>
    </message>
    <message>
        <source>Change the default value</source>
        <translation>Modifier la valeur par défaut</translation>
    </message>
    <message>
        <source>Rule editor</source>
        <translation>Éditeur de règle</translation>
    </message>
    <message>
        <source>Expectations this rule breaks</source>
        <translation>Attentes que cette règle enfreint</translation>
    </message>
    <message>
        <source>This rule breaks %1 of the samples:</source>
        <translation>Cette règle enfreint %1 des exemples :</translation>
    </message>
    <message numerus="yes">
        <source>%n expectation(s)</source>
        <translation>
            <numerusform>%n attente</numerusform>
            <numerusform>%n attentes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in case %2 — %3: expected %4, the rules give %5</source>
        <translation>%1 dans le dossier %2 — %3 : attendu %4, les règles donnent %5</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message numerus="yes">
        <source>Show the failing case(s) in the preview</source>
        <translation>
            <numerusform>Afficher le dossier en échec dans l&apos;aperçu</numerusform>
            <numerusform>Afficher les dossiers en échec dans l&apos;aperçu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::ui::RulePickerDialog</name>
    <message>
        <source>Attach a Rule to %1</source>
        <translation>Attacher une règle à %1</translation>
    </message>
    <message>
        <source>Rules that fit %1: required and hidden rules, and options rules whose child field it is. Rules already attached to it are left out.</source>
        <translation>Règles adaptées à %1&#xa0;: règles obligatoires et de masquage, et règles d’options dont il est le champ enfant. Les règles déjà attachées sont omises.</translation>
    </message>
    <message>
        <source>Type to search rules</source>
        <translation>Tapez pour rechercher des règles</translation>
    </message>
    <message>
        <source>Search rules</source>
        <translation>Rechercher des règles</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>No rule of the project fits this field; create one instead.</source>
        <translation>Aucune règle du projet ne convient à ce champ&#xa0;; créez-en une.</translation>
    </message>
    <message>
        <source>No rule matches the search.</source>
        <translation>Aucune règle ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Attacher</translation>
    </message>
</context>
<context>
    <name>cw::ui::SampleCasesModel</name>
    <message>
        <source>Set %1 of a sample case</source>
        <translation>Définir %1 d’un dossier d’exemple</translation>
    </message>
    <message>
        <source>Remove %1 from a sample case</source>
        <translation>Retirer %1 d’un dossier d’exemple</translation>
    </message>
    <message>
        <source>Rename a sample case</source>
        <translation>Renommer un dossier d’exemple</translation>
    </message>
    <message>
        <source>Change the template of a sample case</source>
        <translation>Modifier le modèle d’un dossier d’exemple</translation>
    </message>
    <message>
        <source>Add a sample case</source>
        <translation>Ajouter un dossier d’exemple</translation>
    </message>
    <message>
        <source>Duplicate a sample case</source>
        <translation>Dupliquer un dossier d’exemple</translation>
    </message>
    <message>
        <source>Delete a sample case</source>
        <translation>Supprimer un dossier d’exemple</translation>
    </message>
    <message>
        <source>Delete %1 sample cases</source>
        <translation>Supprimer %1 dossiers d’exemple</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Template id: %1</source>
        <translation>ID du modèle&#xa0;: %1</translation>
    </message>
    <message>
        <source>The project has no template with this id</source>
        <translation>Le projet n’a aucun modèle avec cet ID</translation>
    </message>
    <message>
        <source>Not a value of this %1 field: rules comparing it with a value of the field&apos;s type never match it.</source>
        <translation>Pas une valeur de ce champ %1&#xa0;: les règles qui le comparent à une valeur du type du champ ne correspondent jamais.</translation>
    </message>
    <message>
        <source>Saved in samples/%1</source>
        <translation>Enregistré dans samples/%1</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>ID du dossier</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>%1 field, id %2</source>
        <translation>champ %1, ID %2</translation>
    </message>
    <message>
        <source>Field %1 is not in the project</source>
        <translation>Le champ %1 n’est pas dans le projet</translation>
    </message>
</context>
<context>
    <name>cw::ui::SampleValueDelegate</name>
    <message>
        <source>true</source>
        <translation>vrai</translation>
    </message>
    <message>
        <source>false</source>
        <translation>faux</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1 (not an option)</source>
        <translation>%1 (pas une option)</translation>
    </message>
</context>
<context>
    <name>cw::ui::SampleValueText</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>%1 (unknown type)</source>
        <translation>%1 (type inconnu)</translation>
    </message>
</context>
<context>
    <name>cw::ui::SideBySideView</name>
    <message>
        <source>Mine (the project&apos;s file)</source>
        <translation>La mienne (le fichier du projet)</translation>
    </message>
    <message>
        <source>Theirs (the service now)</source>
        <translation>La leur (le service maintenant)</translation>
    </message>
    <message>
        <source>Base (as last pulled)</source>
        <translation>Base (au dernier pull)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
</context>
<context>
    <name>cw::ui::SsoSignInDialog</name>
    <message>
        <source>Sign in with IAM Identity Center</source>
        <translation>Se connecter avec IAM Identity Center</translation>
    </message>
    <message>
        <source>Approve this sign-in in your browser (%1). Check that it shows this code:</source>
        <translation>Approuvez cette connexion dans votre navigateur (%1). Vérifiez qu’il affiche ce code :</translation>
    </message>
    <message>
        <source>Open the browser again</source>
        <translation>Rouvrir le navigateur</translation>
    </message>
    <message>
        <source>Cannot sign in: %1</source>
        <translation>Connexion impossible : %1</translation>
    </message>
    <message>
        <source>Waiting for the approval at %1 …</source>
        <translation>En attente de l’approbation sur %1 …</translation>
    </message>
    <message>
        <source>The sign-in was not approved in time. Close this and try again.</source>
        <translation>La connexion n’a pas été approuvée à temps. Fermez ceci et réessayez.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
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
        <translation>Concevez des règles de dossier Amazon Connect Cases dans un dossier de projet, essayez-les sur des dossiers d’exemple et publiez-les quand elles sont prêtes.</translation>
    </message>
    <message>
        <source>&amp;Open a project folder…</source>
        <translation>&amp;Ouvrir un dossier de projet…</translation>
    </message>
    <message>
        <source>&amp;New project from a pull…</source>
        <translation>&amp;Nouveau projet à partir d’un pull…</translation>
    </message>
    <message>
        <source>&amp;Recent projects:</source>
        <translation>Projets &amp;récents&#xa0;:</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l’instant)</translation>
    </message>
</context>
<context>
    <name>cw::ui::TemplateEditor</name>
    <message>
        <source>Other findings about the template</source>
        <translation>Autres constats sur le modèle</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <source>Findings about the template name</source>
        <translation>Constats sur le nom du modèle</translation>
    </message>
    <message>
        <source>Template description</source>
        <translation>Description du modèle</translation>
    </message>
    <message>
        <source>Optional: what cases the template is for</source>
        <translation>Facultatif&#xa0;: les dossiers auxquels sert le modèle</translation>
    </message>
    <message>
        <source>Findings about the template description</source>
        <translation>Constats sur la description du modèle</translation>
    </message>
    <message>
        <source>Template status</source>
        <translation>Statut du modèle</translation>
    </message>
    <message>
        <source>Findings about the template status</source>
        <translation>Constats sur le statut du modèle</translation>
    </message>
    <message>
        <source>Default layout</source>
        <translation>Mise en page par défaut</translation>
    </message>
    <message>
        <source>Findings about the default layout</source>
        <translation>Constats sur la mise en page par défaut</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Default &amp;layout:</source>
        <translation>&amp;Mise en page par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Always required fields</source>
        <translation>Champs toujours obligatoires</translation>
    </message>
    <message>
        <source>Required fields used</source>
        <translation>Champs obligatoires utilisés</translation>
    </message>
    <message>
        <source>Field to make required</source>
        <translation>Champ à rendre obligatoire</translation>
    </message>
    <message>
        <source>&amp;Add Required Field</source>
        <translation>&amp;Ajouter un champ obligatoire</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>The selected field is no longer always required</source>
        <translation>Le champ sélectionné n’est plus toujours obligatoire</translation>
    </message>
    <message>
        <source>Findings about the required fields</source>
        <translation>Constats sur les champs obligatoires</translation>
    </message>
    <message>
        <source>No template selected</source>
        <translation>Aucun modèle sélectionné</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Modèle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>(no status)</source>
        <translation>(aucun statut)</translation>
    </message>
    <message>
        <source>%1 (not a status)</source>
        <translation>%1 (pas un statut)</translation>
    </message>
    <message>
        <source>(no default layout)</source>
        <translation>(aucune mise en page par défaut)</translation>
    </message>
    <message>
        <source>%1 (unknown layout)</source>
        <translation>%1 (mise en page inconnue)</translation>
    </message>
    <message>
        <source>%1 of %2 required fields</source>
        <translation>%1 champs obligatoires sur %2</translation>
    </message>
    <message>
        <source>%1 (unknown field)</source>
        <translation>%1 (champ inconnu)</translation>
    </message>
    <message>
        <source>This template already has %1 required fields, the most the service accepts. Remove one, or make a field required by a rule instead.</source>
        <translation>Ce modèle a déjà %1 champs obligatoires, le maximum accepté par le service. Retirez-en un, ou rendez plutôt un champ obligatoire par une règle.</translation>
    </message>
    <message>
        <source>Make %1 always required</source>
        <translation>Rendre %1 toujours obligatoire</translation>
    </message>
    <message>
        <source>Pick a field that is not required yet.</source>
        <translation>Choisissez un champ qui n’est pas encore obligatoire.</translation>
    </message>
    <message>
        <source>Make %1 required</source>
        <translation>Rendre %1 obligatoire</translation>
    </message>
    <message>
        <source>Stop requiring %1</source>
        <translation>Ne plus exiger %1</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>Renommer le modèle</translation>
    </message>
    <message>
        <source>Change template description</source>
        <translation>Modifier la description du modèle</translation>
    </message>
    <message>
        <source>Activate template</source>
        <translation>Activer le modèle</translation>
    </message>
    <message>
        <source>Deactivate template</source>
        <translation>Désactiver le modèle</translation>
    </message>
    <message>
        <source>Change default layout</source>
        <translation>Modifier la mise en page par défaut</translation>
    </message>
    <message>
        <source>Fields and their rules</source>
        <translation>Champs et leurs règles</translation>
    </message>
    <message>
        <source>R required · H hidden · O options. Click a rule to see where else it is used; double-click to open it.</source>
        <translation>R obligatoire · H masqué · O options. Cliquez sur une règle pour voir où elle est utilisée ailleurs&#xa0;; double-cliquez pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Rules used</source>
        <translation>Règles utilisées</translation>
    </message>
    <message>
        <source>Field to add</source>
        <translation>Champ à ajouter</translation>
    </message>
    <message>
        <source>Add &amp;Field</source>
        <translation>Ajouter un &amp;champ</translation>
    </message>
    <message>
        <source>Show another field of the project here, to attach rules to it</source>
        <translation>Afficher ici un autre champ du projet, pour lui attacher des règles</translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>Règle sélectionnée</translation>
    </message>
    <message>
        <source>Selected rule summary</source>
        <translation>Résumé de la règle sélectionnée</translation>
    </message>
    <message>
        <source>Where else this rule is used:</source>
        <translation>Autres utilisations de cette règle&#xa0;:</translation>
    </message>
    <message>
        <source>Other templates and fields using the rule</source>
        <translation>Autres modèles et champs qui utilisent la règle</translation>
    </message>
    <message>
        <source>&amp;Open Rule</source>
        <translation>&amp;Ouvrir la règle</translation>
    </message>
    <message>
        <source>Show the rule in the rule editor</source>
        <translation>Afficher la règle dans l’éditeur de règles</translation>
    </message>
    <message>
        <source>De&amp;tach from Field</source>
        <translation>Dé&amp;tacher du champ</translation>
    </message>
    <message>
        <source>This template already has %1 rules, the most the service accepts. Detach one before attaching or creating another.</source>
        <translation>Ce modèle a déjà %1 règles, le maximum accepté par le service. Détachez-en une avant d’en attacher ou d’en créer une autre.</translation>
    </message>
    <message>
        <source>%1 of %2 rules attached</source>
        <translation>%1 règles attachées sur %2</translation>
    </message>
    <message>
        <source>Attach “%1” to %2</source>
        <translation>Attacher «&#xa0;%1&#xa0;» à %2</translation>
    </message>
    <message>
        <source>Create rule “%1” for %2</source>
        <translation>Créer la règle «&#xa0;%1&#xa0;» pour %2</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <source>Detach “%1” from %2</source>
        <translation>Détacher «&#xa0;%1&#xa0;» de %2</translation>
    </message>
    <message>
        <source>%1 “%2” on %3</source>
        <translation>%1 «&#xa0;%2&#xa0;» sur %3</translation>
    </message>
    <message>
        <source>%1 on %2: the project holds no such rule</source>
        <translation>%1 sur %2&#xa0;: le projet ne contient pas cette règle</translation>
    </message>
    <message>
        <source>Nowhere else</source>
        <translation>Nulle part ailleurs</translation>
    </message>
    <message>
        <source>Template editor</source>
        <translation>Éditeur de modèle</translation>
    </message>
</context>
<context>
    <name>cw::ui::TemplateFieldRow</name>
    <message>
        <source>always required</source>
        <translation>toujours obligatoire</translation>
    </message>
    <message>
        <source>Field id: %1</source>
        <translation>ID du champ&#xa0;: %1</translation>
    </message>
    <message>
        <source>no rules</source>
        <translation>aucune règle</translation>
    </message>
    <message>
        <source>Attach Rule…</source>
        <translation>Attacher une règle…</translation>
    </message>
    <message>
        <source>Attach a rule to %1</source>
        <translation>Attacher une règle à %1</translation>
    </message>
    <message>
        <source>New Rule</source>
        <translation>Nouvelle règle</translation>
    </message>
    <message>
        <source>New rule for %1</source>
        <translation>Nouvelle règle pour %1</translation>
    </message>
    <message>
        <source>&amp;Required Rule</source>
        <translation>Règle &amp;obligatoire</translation>
    </message>
    <message>
        <source>&amp;Hidden Rule</source>
        <translation>Règle de &amp;masquage</translation>
    </message>
    <message>
        <source>&amp;Options Rule</source>
        <translation>Règle d’o&amp;ptions</translation>
    </message>
    <message>
        <source>Limit this field&apos;s options by another single-select field&apos;s value</source>
        <translation>Limiter les options de ce champ selon la valeur d’un autre champ à sélection unique</translation>
    </message>
    <message>
        <source>Only a single-select field can have its options limited, and only by another single-select field.</source>
        <translation>Seul un champ à sélection unique peut voir ses options limitées, et uniquement par un autre champ à sélection unique.</translation>
    </message>
    <message>
        <source>Findings about the rules of %1</source>
        <translation>Constats sur les règles de %1</translation>
    </message>
    <message>
        <source>Attach a rule of the project to %1</source>
        <translation>Attacher une règle du projet à %1</translation>
    </message>
    <message>
        <source>Create a rule for %1 and attach it</source>
        <translation>Créer une règle pour %1 et l’attacher</translation>
    </message>
    <message>
        <source>%1 required rules: the field is required when any of them says required.</source>
        <translation>%1 règles d&apos;obligation : le champ est obligatoire dès que l&apos;une d&apos;elles le rend obligatoire.</translation>
    </message>
    <message>
        <source>%1 hidden rules: the field is hidden when any of them says hidden.</source>
        <translation>%1 règles de masquage : le champ est masqué dès que l&apos;une d&apos;elles le masque.</translation>
    </message>
    <message>
        <source>%1 options rules: the field offers only the options that every one of them allows.</source>
        <translation>%1 règles d&apos;options : le champ n&apos;offre que les options que chacune d&apos;elles autorise.</translation>
    </message>
    <message>
        <source>How the rules of %1 combine</source>
        <translation>Comment les règles de %1 se combinent</translation>
    </message>
</context>
<context>
    <name>cw::ui::UnreadableFilePage</name>
    <message>
        <source>This file cannot be read, so what it holds is left out of the preview and publishing is off. Casewright never overwrites it: fix it in a text editor, and it is read again as soon as it is saved.</source>
        <translation>Ce fichier est illisible : son contenu est exclu de l’aperçu et la publication est désactivée. Casewright ne l’écrase jamais : corrigez-le dans un éditeur de texte, il est relu dès qu’il est enregistré.</translation>
    </message>
    <message>
        <source>The file&apos;s text (read-only)</source>
        <translation>Texte du fichier (lecture seule)</translation>
    </message>
    <message>
        <source>The file reads again: what it holds is back in the project.</source>
        <translation>Le fichier est de nouveau lisible : son contenu est de retour dans le projet.</translation>
    </message>
    <message>
        <source>(the entry is not a plain file: there is no text to show)</source>
        <translation>(l’entrée n’est pas un fichier ordinaire : aucun texte à afficher)</translation>
    </message>
    <message>
        <source>(only the first %1 KiB are shown)</source>
        <translation>(seuls les %1 premiers Kio sont affichés)</translation>
    </message>
</context>
<context>
    <name>cw::ui::ValueEditor</name>
    <message>
        <source>(no value)</source>
        <translation>(aucune valeur)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>true</source>
        <translation>vrai</translation>
    </message>
    <message>
        <source>false</source>
        <translation>faux</translation>
    </message>
    <message>
        <source>text to compare with</source>
        <translation>texte à comparer</translation>
    </message>
    <message>
        <source>a user ARN (%1), which a condition cannot hold</source>
        <translation>un ARN d’utilisateur (%1), qu’une condition ne peut pas contenir</translation>
    </message>
    <message>
        <source>a “%1” value this version cannot edit</source>
        <translation>une valeur «&#xa0;%1&#xa0;» que cette version ne sait pas modifier</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Valeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>(no option chosen)</source>
        <translation>(aucune option choisie)</translation>
    </message>
    <message>
        <source>%1 (not an option)</source>
        <translation>%1 (pas une option)</translation>
    </message>
</context>
<context>
    <name>cw::ui::i18n::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Use &amp;System Language</source>
        <translation>Utiliser la langue du &amp;système</translation>
    </message>
    <message>
        <source>Cannot change the language</source>
        <translation>Impossible de changer de langue</translation>
    </message>
    <message>
        <source>Language changed</source>
        <translation>Langue modifiée</translation>
    </message>
    <message>
        <source>Casewright is now in %1. The open window shows it after a restart. Restart now?</source>
        <translation>Casewright est maintenant en %1. La fenêtre ouverte l’affichera après un redémarrage. Redémarrer maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
</TS>
