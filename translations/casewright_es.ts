<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ConditionOperator</name>
    <message>
        <source>equals</source>
        <translation>es igual a</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>no es igual a</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>no está vacío</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>(no field)</source>
        <translation>(ningún campo)</translation>
    </message>
    <message>
        <source>Delete rule “%1”</source>
        <translation>Eliminar la regla «%1»</translation>
    </message>
    <message>
        <source>Error: %1 [%2]</source>
        <translation>Error: %1 [%2]</translation>
    </message>
    <message>
        <source>Warning: %1 [%2]</source>
        <translation>Advertencia: %1 [%2]</translation>
    </message>
    <message>
        <source>Field id: %1</source>
        <translation>ID del campo: %1</translation>
    </message>
</context>
<context>
    <name>SampleValueDelegate</name>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactiva)</translation>
    </message>
</context>
<context>
    <name>cw::ui</name>
    <message>
        <source>A rule can have at most %1 conditions (counted inside groups too). Remove one, or split the rule into two rules.</source>
        <translation>Una regla puede tener como máximo %1 condiciones (también cuentan las de los grupos). Quite una o divida la regla en dos reglas.</translation>
    </message>
    <message>
        <source>Groups can be nested %1 levels deep at most: this group is already inside a group, so it cannot hold another group.</source>
        <translation>Los grupos pueden anidarse como máximo %1 niveles: este grupo ya está dentro de un grupo, así que no puede contener otro grupo.</translation>
    </message>
    <message>
        <source>A new group starts with one condition, and %1</source>
        <translation>Un grupo nuevo empieza con una condición, y %1</translation>
    </message>
    <message>
        <source>That condition no longer exists.</source>
        <translation>Esa condición ya no existe.</translation>
    </message>
    <message>
        <source>A group cannot be moved into itself.</source>
        <translation>Un grupo no se puede mover dentro de sí mismo.</translation>
    </message>
    <message>
        <source>Groups can be nested %1 levels deep at most; there this group would be nested deeper.</source>
        <translation>Los grupos pueden anidarse como máximo %1 niveles; ahí este grupo quedaría anidado a más profundidad.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>no obligatorio</translation>
    </message>
    <message>
        <source>show</source>
        <translation>mostrar</translation>
    </message>
    <message>
        <source>hide</source>
        <translation>ocultar</translation>
    </message>
    <message>
        <source>Make the field required or not, by the first condition that is true:</source>
        <translation>Hacer el campo obligatorio o no, según la primera condición que se cumpla:</translation>
    </message>
    <message>
        <source>%1 offers only the options mapped to the value of %2 (%3).</source>
        <translation>%1 ofrece solo las opciones asignadas al valor de %2 (%3).</translation>
    </message>
    <message>
        <source>an empty group (never true)</source>
        <translation>un grupo vacío (nunca se cumple)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>A “%1” rule, which this version of Casewright cannot read; it is kept as it is.</source>
        <translation>Una regla «%1», que esta versión de Casewright no puede leer; se conserva tal cual.</translation>
    </message>
    <message>
        <source>Always %1: the rule has no conditions.</source>
        <translation>Siempre %1: la regla no tiene condiciones.</translation>
    </message>
    <message>
        <source>%1 when %2</source>
        <translation>%1 cuando %2</translation>
    </message>
    <message>
        <source>; else </source>
        <translation>; si no, </translation>
    </message>
    <message>
        <source>; otherwise %1.</source>
        <translation>; en otro caso, %1.</translation>
    </message>
    <message>
        <source>(no field)</source>
        <translation>(ningún campo)</translation>
    </message>
    <message>
        <source>field %1</source>
        <translation>campo %1</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>visible</translation>
    </message>
    <message>
        <source>%1 is not empty</source>
        <translation>%1 no está vacío</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 está vacío</translation>
    </message>
    <message>
        <source>%1 does not equal a value of unknown type &quot;%2&quot; (never true)</source>
        <translation>%1 no es igual a un valor de tipo desconocido &quot;%2&quot; (nunca se cumple)</translation>
    </message>
    <message>
        <source>%1 equals a value of unknown type &quot;%2&quot; (never true)</source>
        <translation>%1 es igual a un valor de tipo desconocido &quot;%2&quot; (nunca se cumple)</translation>
    </message>
    <message>
        <source>%1 does not equal %2</source>
        <translation>%1 no es igual a %2</translation>
    </message>
    <message>
        <source>%1 equals %2</source>
        <translation>%1 es igual a %2</translation>
    </message>
    <message numerus="yes">
        <source>%n parent value(s) mapped</source>
        <translation>
            <numerusform>%n valor principal asignado</numerusform>
            <numerusform>%n valores principales asignados</numerusform>
        </translation>
    </message>
    <message>
        <source>condition of unknown kind &quot;%1&quot; (never true)</source>
        <translation>condición de tipo desconocido &quot;%1&quot; (nunca se cumple)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>File or id</source>
        <translation>Archivo o ID</translation>
    </message>
    <message>
        <source>No changes: the domain matches the project.</source>
        <translation>Sin cambios: el dominio coincide con el proyecto.</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>cambiado: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>don&apos;t show</source>
        <translation>no mostrar</translation>
    </message>
    <message>
        <source>don&apos;t hide</source>
        <translation>no ocultar</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>no mostrado</translation>
    </message>
    <message>
        <source>not hidden</source>
        <translation>no oculto</translation>
    </message>
    <message>
        <source>Show or hide the field by the first condition that is true:</source>
        <translation>Mostrar u ocultar el campo según la primera condición que se cumpla:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>required rule</source>
        <translation>regla de obligatoriedad</translation>
    </message>
    <message>
        <source>hidden rule</source>
        <translation>regla de ocultación</translation>
    </message>
    <message>
        <source>options rule</source>
        <translation>regla de opciones</translation>
    </message>
    <message>
        <source>rule of an unknown kind</source>
        <translation>regla de tipo desconocido</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>condition added: %1</source>
        <translation>condición añadida: %1</translation>
    </message>
    <message>
        <source>condition removed: %1</source>
        <translation>condición quitada: %1</translation>
    </message>
    <message>
        <source>conditions reordered or regrouped</source>
        <translation>condiciones reordenadas o reagrupadas</translation>
    </message>
    <message>
        <source>conditions changed</source>
        <translation>condiciones cambiadas</translation>
    </message>
    <message>
        <source>otherwise</source>
        <translation>si no</translation>
    </message>
    <message>
        <source>parent field</source>
        <translation>campo padre</translation>
    </message>
    <message>
        <source>child field</source>
        <translation>campo hijo</translation>
    </message>
    <message>
        <source>mapping removed: %1</source>
        <translation>correspondencia quitada: %1</translation>
    </message>
    <message>
        <source>mapping added: %1 → %2</source>
        <translation>correspondencia añadida: %1 → %2</translation>
    </message>
    <message>
        <source>%1: options added: %2</source>
        <translation>%1: opciones añadidas: %2</translation>
    </message>
    <message>
        <source>%1: options removed: %2</source>
        <translation>%1: opciones quitadas: %2</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>default layout</source>
        <translation>diseño predeterminado</translation>
    </message>
    <message>
        <source>required field added: %1</source>
        <translation>campo obligatorio añadido: %1</translation>
    </message>
    <message>
        <source>required field removed: %1</source>
        <translation>campo obligatorio quitado: %1</translation>
    </message>
    <message>
        <source>required fields reordered</source>
        <translation>campos obligatorios reordenados</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>rule attached: %1</source>
        <translation>regla adjuntada: %1</translation>
    </message>
    <message>
        <source>rule detached: %1</source>
        <translation>regla separada: %1</translation>
    </message>
    <message>
        <source>attached rules reordered</source>
        <translation>reglas adjuntas reordenadas</translation>
    </message>
</context>
<context>
    <name>cw::ui::CaseFormSimulator</name>
    <message>
        <source>Show &amp;hidden fields (greyed)</source>
        <translation>Mostrar los campos &amp;ocultos (en gris)</translation>
    </message>
    <message>
        <source>Off: the form leaves hidden fields out, as the agent&apos;s form does.</source>
        <translation>Desactivado: el formulario omite los campos ocultos, como el formulario del agente.</translation>
    </message>
    <message>
        <source>Select a sample case to see it as an agent would.</source>
        <translation>Seleccione un caso de ejemplo para verlo como lo vería un agente.</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a user ARN</source>
        <translation>un ARN de usuario</translation>
    </message>
    <message>
        <source>e.g. 2026-05-08T09:00:00Z</source>
        <translation>p. ej., 2026-05-08T09:00:00Z</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(oculto)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>true</source>
        <translation>verdadero</translation>
    </message>
    <message>
        <source>false</source>
        <translation>falso</translation>
    </message>
    <message>
        <source>%1 (not offered)</source>
        <translation>%1 (no ofrecida)</translation>
    </message>
    <message>
        <source>Expect this field&apos;s outcome</source>
        <translation>Esperar el resultado de este campo</translation>
    </message>
    <message>
        <source>Pin what the form shows for this field (required, hidden, options) as the case&apos;s expected outcome</source>
        <translation>Fijar lo que el formulario muestra para este campo (obligatorio, oculto, opciones) como resultado esperado del caso</translation>
    </message>
    <message>
        <source>Forget this field&apos;s expectation</source>
        <translation>Olvidar la expectativa de este campo</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Expect</source>
        <translation>Esperar</translation>
    </message>
    <message>
        <source>Expected outcome of %1</source>
        <translation>Resultado esperado de %1</translation>
    </message>
    <message>
        <source>The case expects an outcome of %1: re-pin or forget it</source>
        <translation>El caso espera un resultado para %1: volver a fijarlo u olvidarlo</translation>
    </message>
    <message>
        <source>Pin the outcome of %1 shown here as the case&apos;s expectation</source>
        <translation>Fijar el resultado de %1 mostrado aquí como expectativa del caso</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConditionBuilder</name>
    <message>
        <source>Change the field of condition %1</source>
        <translation>Cambiar el campo de la condición %1</translation>
    </message>
    <message>
        <source>Change the operator of condition %1</source>
        <translation>Cambiar el operador de la condición %1</translation>
    </message>
    <message>
        <source>Change the value of condition %1</source>
        <translation>Cambiar el valor de la condición %1</translation>
    </message>
    <message>
        <source>Change the result of condition %1</source>
        <translation>Cambiar el resultado de la condición %1</translation>
    </message>
    <message>
        <source>Change group %1 to %2</source>
        <translation>Cambiar el grupo %1 a «%2»</translation>
    </message>
    <message>
        <source>all of</source>
        <translation>todas de</translation>
    </message>
    <message>
        <source>any of</source>
        <translation>alguna de</translation>
    </message>
    <message>
        <source>Remove condition %1</source>
        <translation>Quitar la condición %1</translation>
    </message>
    <message>
        <source>Move condition %1 up</source>
        <translation>Subir la condición %1</translation>
    </message>
    <message>
        <source>Move condition %1 down</source>
        <translation>Bajar la condición %1</translation>
    </message>
    <message>
        <source>Move condition %1</source>
        <translation>Mover la condición %1</translation>
    </message>
    <message>
        <source>Add condition %1</source>
        <translation>Añadir la condición %1</translation>
    </message>
    <message>
        <source>Add group %1</source>
        <translation>Añadir el grupo %1</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConditionGroupBox</name>
    <message>
        <source>All of these are true (AND)</source>
        <translation>Se cumplen todas (Y)</translation>
    </message>
    <message>
        <source>Any of these is true (OR)</source>
        <translation>Se cumple alguna (O)</translation>
    </message>
    <message>
        <source>Kind of %1</source>
        <translation>Tipo de %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>grupo %1</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConditionItemWidget</name>
    <message>
        <source>then</source>
        <translation>entonces</translation>
    </message>
    <message>
        <source>Drag to move %1 (or use the arrow buttons)</source>
        <translation>Arrastre para mover %1 (o use los botones de flecha)</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Subir %1</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Bajar %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Result of %1</source>
        <translation>Resultado de %1</translation>
    </message>
    <message>
        <source>What the rule gives when %1 is the first true condition</source>
        <translation>Lo que da la regla cuando %1 es la primera condición que se cumple</translation>
    </message>
    <message>
        <source>Findings about %1</source>
        <translation>Hallazgos sobre %1</translation>
    </message>
    <message>
        <source>Move %1 into or out of a group</source>
        <translation>Mover %1 dentro o fuera de un grupo</translation>
    </message>
    <message>
        <source>Out of the group, to the end of the rule&apos;s conditions</source>
        <translation>Fuera del grupo, al final de las condiciones de la regla</translation>
    </message>
    <message>
        <source>Into group %1</source>
        <translation>Al grupo %1</translation>
    </message>
    <message>
        <source>No group to move into: add a group first</source>
        <translation>No hay ningún grupo al que mover: añada primero un grupo</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConditionListWidget</name>
    <message>
        <source>No conditions: the rule always gives its default value.</source>
        <translation>Sin condiciones: la regla siempre da su valor predeterminado.</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Añadir condición</translation>
    </message>
    <message>
        <source>Add condition to group</source>
        <translation>Añadir condición al grupo</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Añadir grupo</translation>
    </message>
    <message>
        <source>Add group in group</source>
        <translation>Añadir grupo dentro del grupo</translation>
    </message>
    <message>
        <source>the rule</source>
        <translation>la regla</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>grupo %1</translation>
    </message>
    <message>
        <source>Add a condition to %1</source>
        <translation>Añadir una condición a %1</translation>
    </message>
    <message>
        <source>Add an all-of group to %1</source>
        <translation>Añadir un grupo «todas de» a %1</translation>
    </message>
    <message>
        <source>Adds a condition at the end of this list</source>
        <translation>Añade una condición al final de esta lista</translation>
    </message>
    <message>
        <source>Adds a group whose conditions must all be true (switch it to “any” afterwards)</source>
        <translation>Añade un grupo cuyas condiciones deben cumplirse todas (después puede cambiarlo a «alguna de»)</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConditionRow</name>
    <message>
        <source>A “%1” condition, which this version of Casewright cannot edit; it is kept as it is.</source>
        <translation>Una condición «%1», que esta versión de Casewright no puede editar; se conserva tal cual.</translation>
    </message>
    <message>
        <source>Field of %1</source>
        <translation>Campo de %1</translation>
    </message>
    <message>
        <source>Operator of %1</source>
        <translation>Operador de %1</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>Valor de %1</translation>
    </message>
    <message>
        <source>condition %1</source>
        <translation>condición %1</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConnectDialog</name>
    <message>
        <source>Connect to Amazon Connect Cases</source>
        <translation>Conectar con Amazon Connect Cases</translation>
    </message>
    <message>
        <source>Casewright connects with your AWS profile, as the AWS CLI does, and keeps only the names chosen here; it never stores a secret.</source>
        <translation>Casewright se conecta con su perfil de AWS, como la AWS CLI, y solo guarda los nombres elegidos aquí; nunca guarda un secreto.</translation>
    </message>
</context>
<context>
    <name>cw::ui::ConnectionForm</name>
    <message>
        <source>AWS profile</source>
        <translation>Perfil de AWS</translation>
    </message>
    <message>
        <source>A profile of ~/.aws/config or ~/.aws/credentials. Casewright stores its name only; credentials are read when connecting.</source>
        <translation>Un perfil de ~/.aws/config o ~/.aws/credentials. Casewright solo guarda su nombre; las credenciales se leen al conectar.</translation>
    </message>
    <message>
        <source>from the profile or AWS_REGION, e.g. us-east-1</source>
        <translation>del perfil o de AWS_REGION, p. ej., us-east-1</translation>
    </message>
    <message>
        <source>optional: https://cases.REGION.amazonaws.com by default</source>
        <translation>opcional: https://cases.REGION.amazonaws.com de forma predeterminada</translation>
    </message>
    <message>
        <source>Cases domain</source>
        <translation>Dominio de Cases</translation>
    </message>
    <message>
        <source>a domain id, or Load domains</source>
        <translation>un ID de dominio, o Cargar dominios</translation>
    </message>
    <message>
        <source>&amp;Load domains</source>
        <translation>&amp;Cargar dominios</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar la conexión</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>AWS &amp;profile:</source>
        <translation>&amp;Perfil de AWS:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>Punto de &amp;enlace:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Dominio:</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>(predeterminado: %1)</translation>
    </message>
    <message>
        <source>The AWS config files could not be read: %1</source>
        <translation>No se pudieron leer los archivos de configuración de AWS: %1</translation>
    </message>
    <message>
        <source>%1 (not in the AWS config files)</source>
        <translation>%1 (no está en los archivos de configuración de AWS)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>No se puede conectar: %1</translation>
    </message>
    <message>
        <source>Loading domains…</source>
        <translation>Cargando dominios…</translation>
    </message>
    <message>
        <source>Could not list the domains: %1</source>
        <translation>No se pudieron listar los dominios: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Connected to %1: domain “%2” is %3.</source>
        <translation>Conectado con %1: el dominio «%2» está %3.</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>La conexión falló: %1</translation>
    </message>
    <message>
        <source>Connected to %1: %2</source>
        <translation>Conectado con %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) found.</source>
        <translation>
            <numerusform>Se encontró %n dominio.</numerusform>
            <numerusform>Se encontraron %n dominios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) visible.</source>
        <translation>
            <numerusform>%n dominio visible.</numerusform>
            <numerusform>%n dominios visibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign in to IAM Identity Center in the browser, as &apos;aws sso login&apos; does.</source>
        <translation>Iniciar sesión en IAM Identity Center en el navegador, como hace &apos;aws sso login&apos;.</translation>
    </message>
    <message>
        <source>Cannot sign in: %1</source>
        <translation>No se puede iniciar sesión: %1</translation>
    </message>
    <message>
        <source>Signed in to IAM Identity Center (%1).</source>
        <translation>Sesión iniciada en IAM Identity Center (%1).</translation>
    </message>
</context>
<context>
    <name>cw::ui::DocumentOpener</name>
    <message>
        <source>The unsaved edits of the last session cannot be read (%1); the copy is left in place and the project opens as it was saved.</source>
        <translation>No se pueden leer los cambios sin guardar de la última sesión (%1); la copia se conserva y el proyecto se abre tal como se guardó.</translation>
    </message>
    <message>
        <source>The unsaved edits could not be restored (%1); the copy is left in place and the project opens as it was saved.</source>
        <translation>No se pudieron restaurar los cambios sin guardar (%1); la copia se conserva y el proyecto se abre tal como se guardó.</translation>
    </message>
    <message numerus="yes">
        <source>The project opened without %n file(s) that cannot be read. They are listed under Unreadable files in the explorer, left out of the preview and never overwritten; publishing is off until they are fixed.</source>
        <translation>
            <numerusform>El proyecto se abrió sin %n archivo que no se puede leer. Aparece en Archivos ilegibles en el explorador, queda fuera de la vista previa y nunca se sobrescribe; la publicación está desactivada hasta que se corrija.</numerusform>
            <numerusform>El proyecto se abrió sin %n archivos que no se pueden leer. Aparecen en Archivos ilegibles en el explorador, quedan fuera de la vista previa y nunca se sobrescriben; la publicación está desactivada hasta que se corrijan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::ui::EditConnectionCommand</name>
    <message>
        <source>Change Connection</source>
        <translation>Cambiar la conexión</translation>
    </message>
</context>
<context>
    <name>cw::ui::ExpectationsMessage</name>
    <message>
        <source>Expectations after the last edit</source>
        <translation>Expectativas tras la última edición</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Mostrarlas</translation>
    </message>
</context>
<context>
    <name>cw::ui::ExplorerDock</name>
    <message>
        <source>Explorer</source>
        <translation>Explorador</translation>
    </message>
    <message>
        <source>Filter fields, templates and rules</source>
        <translation>Filtrar campos, plantillas y reglas</translation>
    </message>
    <message>
        <source>Filter the explorer</source>
        <translation>Filtrar el explorador</translation>
    </message>
    <message>
        <source>Domain explorer</source>
        <translation>Explorador del dominio</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Cambiar &amp;nombre</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Where Used</source>
        <translation>&amp;Dónde se usa</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
</context>
<context>
    <name>cw::ui::ExplorerModel</name>
    <message>
        <source>required</source>
        <translation>obligatoria</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ocultación</translation>
    </message>
    <message>
        <source>field options</source>
        <translation>opciones de campo</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>tipo desconocido</translation>
    </message>
    <message>
        <source>, %1 inactive</source>
        <translation>, %1 inactiva(s)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>Field id: %1 (%2)</source>
        <translation>ID del campo: %1 (%2)</translation>
    </message>
    <message>
        <source>templates/%1.json</source>
        <translation>templates/%1.json</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>sin usar</translation>
    </message>
    <message>
        <source>rules/%1.json</source>
        <translation>rules/%1.json</translation>
    </message>
    <message>
        <source>Fields (%1)</source>
        <translation>Campos (%1)</translation>
    </message>
    <message>
        <source>Templates (%1)</source>
        <translation>Plantillas (%1)</translation>
    </message>
    <message>
        <source>Rules (%1)</source>
        <translation>Reglas (%1)</translation>
    </message>
    <message>
        <source>has errors</source>
        <translation>tiene errores</translation>
    </message>
    <message>
        <source>has warnings</source>
        <translation>tiene advertencias</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message numerus="yes">
        <source>%n option(s)</source>
        <translation>
            <numerusform>%n opción</numerusform>
            <numerusform>%n opciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n regla</numerusform>
            <numerusform>%n reglas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required field(s)</source>
        <translation>
            <numerusform>%n campo obligatorio</numerusform>
            <numerusform>%n campos obligatorios</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>Unreadable files (%1)</source>
        <translation>Archivos ilegibles (%1)</translation>
    </message>
</context>
<context>
    <name>cw::ui::FieldOptionsEditor</name>
    <message>
        <source>Rule summary</source>
        <translation>Resumen de la regla</translation>
    </message>
    <message>
        <source>Parent field</source>
        <translation>Campo principal</translation>
    </message>
    <message>
        <source>The single-select field whose value decides which options the child offers</source>
        <translation>El campo de selección única cuyo valor decide qué opciones ofrece el campo secundario</translation>
    </message>
    <message>
        <source>Findings about the parent field</source>
        <translation>Hallazgos sobre el campo principal</translation>
    </message>
    <message>
        <source>Child field</source>
        <translation>Campo secundario</translation>
    </message>
    <message>
        <source>The single-select field whose options are limited</source>
        <translation>El campo de selección única cuyas opciones se limitan</translation>
    </message>
    <message>
        <source>Findings about the child field</source>
        <translation>Hallazgos sobre el campo secundario</translation>
    </message>
    <message>
        <source>&amp;Parent field:</source>
        <translation>Campo &amp;principal:</translation>
    </message>
    <message>
        <source>C&amp;hild field:</source>
        <translation>Campo &amp;secundario:</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>Parent or child option name</source>
        <translation>Nombre de una opción principal o secundaria</translation>
    </message>
    <message>
        <source>Filter options</source>
        <translation>Filtrar opciones</translation>
    </message>
    <message>
        <source>Mappings used</source>
        <translation>Asignaciones usadas</translation>
    </message>
    <message>
        <source>Offer &amp;All in Row</source>
        <translation>Ofrecer &amp;todas en la fila</translation>
    </message>
    <message>
        <source>&amp;Clear Row</source>
        <translation>&amp;Vaciar fila</translation>
    </message>
    <message>
        <source>Offer in Every R&amp;ow</source>
        <translation>Ofrecer en cada fil&amp;a</translation>
    </message>
    <message>
        <source>Offer in &amp;No Row</source>
        <translation>No ofrecer en &amp;ninguna fila</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Options matrix</source>
        <translation>Matriz de opciones</translation>
    </message>
    <message>
        <source>Import and export notice</source>
        <translation>Aviso de importación y exportación</translation>
    </message>
    <message>
        <source>Findings about the mappings</source>
        <translation>Hallazgos sobre las asignaciones</translation>
    </message>
    <message>
        <source>No rule selected</source>
        <translation>Ninguna regla seleccionada</translation>
    </message>
    <message>
        <source>Field options: %1</source>
        <translation>Opciones de campo: %1</translation>
    </message>
    <message>
        <source>“%1” is not a field options rule; its conditions are edited in the rule editor.</source>
        <translation>«%1» no es una regla de opciones de campo; sus condiciones se editan en el editor de reglas.</translation>
    </message>
    <message>
        <source>Pick the parent and the child field first.</source>
        <translation>Elija primero el campo principal y el secundario.</translation>
    </message>
    <message>
        <source>(choose a single-select field)</source>
        <translation>(elija un campo de selección única)</translation>
    </message>
    <message>
        <source>Already the other field of this rule</source>
        <translation>Ya es el otro campo de esta regla</translation>
    </message>
    <message>
        <source>%1 (not a single-select field of the project)</source>
        <translation>%1 (no es un campo de selección única del proyecto)</translation>
    </message>
    <message>
        <source>Change parent field</source>
        <translation>Cambiar el campo principal</translation>
    </message>
    <message>
        <source>Change child field</source>
        <translation>Cambiar el campo secundario</translation>
    </message>
    <message>
        <source>Offer all options for %1</source>
        <translation>Ofrecer todas las opciones para %1</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Vaciar %1</translation>
    </message>
    <message>
        <source>Offer %1 for every parent value</source>
        <translation>Ofrecer %1 para cada valor principal</translation>
    </message>
    <message>
        <source>Offer %1 for no parent value</source>
        <translation>No ofrecer %1 para ningún valor principal</translation>
    </message>
    <message>
        <source>No parent or child option matches “%1”.</source>
        <translation>Ninguna opción principal o secundaria coincide con «%1».</translation>
    </message>
    <message>
        <source>Click a cell of the matrix first.</source>
        <translation>Haga clic primero en una celda de la matriz.</translation>
    </message>
    <message>
        <source>Offer every active option shown for %1</source>
        <translation>Ofrecer cada opción activa mostrada para %1</translation>
    </message>
    <message>
        <source>Clear the options shown for %1; with none left it is not mapped and the child offers all its options</source>
        <translation>Vaciar las opciones mostradas para %1; sin ninguna, no está asignado y el campo secundario ofrece todas sus opciones</translation>
    </message>
    <message>
        <source>Offer %1 for every parent value shown</source>
        <translation>Ofrecer %1 para cada valor principal mostrado</translation>
    </message>
    <message>
        <source>Offer %1 for no parent value shown</source>
        <translation>No ofrecer %1 para ningún valor principal mostrado</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 cannot be read (%2).</source>
        <translation>No se importó nada: no se puede leer %1 (%2).</translation>
    </message>
    <message>
        <source>Nothing was imported. %1, line %2: %3</source>
        <translation>No se importó nada. %1, línea %2: %3</translation>
    </message>
    <message>
        <source>Nothing was imported. %1: %2</source>
        <translation>No se importó nada. %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported: every row of %1 was skipped, and a rule needs at least one mapping.</source>
        <translation>No se importó nada: se omitieron todas las filas de %1, y una regla necesita al menos una asignación.</translation>
    </message>
    <message>
        <source>  Line %1: %2</source>
        <translation>  Línea %1: %2</translation>
    </message>
    <message>
        <source>Import options from %1</source>
        <translation>Importar opciones de %1</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>No se exportó nada: %1</translation>
    </message>
    <message>
        <source>Import Options from CSV</source>
        <translation>Importar opciones desde CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export Options to CSV</source>
        <translation>Exportar opciones a CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Offer All Options for %1</source>
        <translation>Ofrecer todas las opciones para %1</translation>
    </message>
    <message>
        <source>Offer %1 for Every Parent Value</source>
        <translation>Ofrecer %1 para cada valor principal</translation>
    </message>
    <message>
        <source>Offer %1 for No Parent Value</source>
        <translation>No ofrecer %1 para ningún valor principal</translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n mapping(s) whose parent value is no option of %1.</source>
        <translation>
            <numerusform>Se quitó %n asignación cuyo valor principal no es una opción de %1.</numerusform>
            <numerusform>Se quitaron %n asignaciones cuyo valor principal no es una opción de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dropped %n child value(s) not among the options of %1.</source>
        <translation>
            <numerusform>Se quitó %n valor secundario que no está entre las opciones de %1.</numerusform>
            <numerusform>Se quitaron %n valores secundarios que no están entre las opciones de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n mapping(s) from %1.</source>
        <translation>
            <numerusform>Se importó %n asignación de %1.</numerusform>
            <numerusform>Se importaron %n asignaciones de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows read: %1.</source>
        <translation>Filas leídas: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s) whose child value is no option:</source>
        <translation>
            <numerusform>Se omitió %n fila cuyo valor secundario no es una opción:</numerusform>
            <numerusform>Se omitieron %n filas cuyo valor secundario no es una opción:</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the mappings with a CSV file in the Connect admin website&apos;s format; its value cells may hold option values or display names</source>
        <translation>Sustituir las correspondencias por un archivo CSV en el formato del sitio de administración de Connect; sus celdas de valor pueden contener valores de opción o nombres visibles</translation>
    </message>
    <message>
        <source>Save the mappings as a CSV file the Connect admin website can upload, with option values (not display names)</source>
        <translation>Guardar las correspondencias como un archivo CSV que el sitio de administración de Connect puede cargar, con valores de opción (no nombres visibles)</translation>
    </message>
    <message numerus="yes">
        <source>%n parent value(s) mapped</source>
        <translation>
            <numerusform>%n valor padre asignado</numerusform>
            <numerusform>%n valores padre asignados</numerusform>
        </translation>
    </message>
    <message>
        <source>(the service allows at most %1 mappings per rule)</source>
        <translation>(el servicio admite como máximo %1 correspondencias por regla)</translation>
    </message>
    <message>
        <source>Exported the mappings to %1 as option values (not display names); import reads either.</source>
        <translation>Correspondencias exportadas a %1 como valores de opción (no nombres visibles); la importación acepta ambos.</translation>
    </message>
</context>
<context>
    <name>cw::ui::FieldPage</name>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The field&apos;s options</source>
        <translation>Las opciones del campo</translation>
    </message>
    <message>
        <source>Rules that read it</source>
        <translation>Reglas que lo leen</translation>
    </message>
    <message>
        <source>Rules that read the field</source>
        <translation>Reglas que leen el campo</translation>
    </message>
    <message>
        <source>Rules attached to it, per template</source>
        <translation>Reglas adjuntas a él, por plantilla</translation>
    </message>
    <message>
        <source>Rules attached to the field</source>
        <translation>Reglas adjuntas al campo</translation>
    </message>
    <message>
        <source>This field is not in the domain any more.</source>
        <translation>Este campo ya no está en el dominio.</translation>
    </message>
    <message>
        <source>%1 field, %2 namespace, id %3</source>
        <translation>campo %1, espacio de nombres %2, id %3</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <source>Fields come from the domain and are read-only here.</source>
        <translation>Los campos vienen del dominio y aquí son de solo lectura.</translation>
    </message>
    <message numerus="yes">
        <source>%n option(s)</source>
        <translation>
            <numerusform>%n opción</numerusform>
            <numerusform>%n opciones</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 inactive</source>
        <translation>, %1 inactiva(s)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactiva</translation>
    </message>
    <message>
        <source>No options</source>
        <translation>Sin opciones</translation>
    </message>
    <message>
        <source>“%1” reads it in a condition</source>
        <translation>«%1» lo lee en una condición</translation>
    </message>
    <message>
        <source>“%1” maps its values (the parent of an options rule)</source>
        <translation>«%1» asigna sus valores (padre de una regla de opciones)</translation>
    </message>
    <message>
        <source>“%1” limits its options (the child of an options rule)</source>
        <translation>«%1» limita sus opciones (hijo de una regla de opciones)</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the rule</source>
        <translation>Haga doble clic o pulse Intro para abrir la regla</translation>
    </message>
    <message>
        <source>No rule reads this field.</source>
        <translation>Ninguna regla lee este campo.</translation>
    </message>
    <message>
        <source>%1 › “%2”</source>
        <translation>%1 › «%2»</translation>
    </message>
    <message>
        <source>No rule is attached to this field in any template.</source>
        <translation>Ninguna plantilla adjunta una regla a este campo.</translation>
    </message>
    <message>
        <source>No template always requires it.</source>
        <translation>Ninguna plantilla lo exige siempre.</translation>
    </message>
    <message>
        <source>Always required in: %1</source>
        <translation>Siempre obligatorio en: %1</translation>
    </message>
</context>
<context>
    <name>cw::ui::FieldPicker</name>
    <message>
        <source>Type to search fields</source>
        <translation>Escriba para buscar campos</translation>
    </message>
    <message>
        <source>(no field)</source>
        <translation>(ningún campo)</translation>
    </message>
    <message>
        <source>%1 (unknown field)</source>
        <translation>%1 (campo desconocido)</translation>
    </message>
</context>
<context>
    <name>cw::ui::FieldShareChart</name>
    <message>
        <source>Required and hidden shares per field</source>
        <translation>Proporción obligatoria y oculta por campo</translation>
    </message>
    <message>
        <source>%1: required %2, hidden %3</source>
        <translation>%1: obligatorio %2, oculto %3</translation>
    </message>
    <message>
        <source> — computing…</source>
        <translation> — calculando…</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
    <message>
        <source>No field of this template has rules.</source>
        <translation>Ningún campo de esta plantilla tiene reglas.</translation>
    </message>
    <message numerus="yes">
        <source>Over %n sample case(s)</source>
        <translation>
            <numerusform>Sobre %n caso de ejemplo</numerusform>
            <numerusform>Sobre %n casos de ejemplo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::ui::ImpactPanel</name>
    <message numerus="yes">
        <source>Comparing %n sample case(s)…</source>
        <translation>
            <numerusform>Comparando %n caso de ejemplo…</numerusform>
            <numerusform>Comparando %n casos de ejemplo…</numerusform>
        </translation>
    </message>
    <message>
        <source>Impact of the local edits per field</source>
        <translation>Impacto de los cambios locales por campo</translation>
    </message>
    <message>
        <source>Open a project to see how its local edits change the outcomes of its sample cases.</source>
        <translation>Abra un proyecto para ver cómo sus cambios locales alteran los resultados de sus casos de ejemplo.</translation>
    </message>
    <message>
        <source>The project has no sample cases: add, generate or import some in the preview to see the impact of edits.</source>
        <translation>El proyecto no tiene casos de ejemplo: añada, genere o importe algunos en la vista previa para ver el impacto de los cambios.</translation>
    </message>
    <message numerus="yes">
        <source>No change: the local edits change no outcome of the %n sample case(s) compared with the last pulled rules.</source>
        <translation>
            <numerusform>Sin cambios: los cambios locales no alteran ningún resultado del %n caso de ejemplo respecto a las últimas reglas descargadas.</numerusform>
            <numerusform>Sin cambios: los cambios locales no alteran ningún resultado de los %n casos de ejemplo respecto a las últimas reglas descargadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sample cases change compared with the last pulled rules:</source>
        <translation>%1 de %2 casos de ejemplo cambian respecto a las últimas reglas descargadas:</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) not compared: %1</source>
        <translation>
            <numerusform>%n caso no comparado: %1</numerusform>
            <numerusform>%n casos no comparados: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Comparar con:</translation>
    </message>
    <message>
        <source>Compare the local edits with</source>
        <translation>Comparar los cambios locales con</translation>
    </message>
    <message>
        <source>Compare with a Domain Snapshot</source>
        <translation>Comparar con una instantánea del dominio</translation>
    </message>
    <message>
        <source>Domain snapshots (*.json);;All files (*)</source>
        <translation>Instantáneas del dominio (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot compare with “%1”: %2</source>
        <translation>No se puede comparar con «%1»: %2</translation>
    </message>
    <message>
        <source>Last pull</source>
        <translation>Última descarga</translation>
    </message>
    <message>
        <source>The rules as the last pull left them (.casewright/base.json)</source>
        <translation>Las reglas tal como las dejó la última descarga (.casewright/base.json)</translation>
    </message>
    <message>
        <source>Snapshot file…</source>
        <translation>Archivo de instantánea…</translation>
    </message>
    <message>
        <source>Compare with a domain snapshot file, e.g. another environment&apos;s exported rules</source>
        <translation>Comparar con un archivo de instantánea del dominio, p. ej., las reglas exportadas de otro entorno</translation>
    </message>
    <message>
        <source>Nothing to compare with: the project was never pulled, so it has no last pulled rules. Pull the domain into this folder, or compare with a snapshot file, to see the impact of edits.</source>
        <translation>Nada con qué comparar: el proyecto nunca se ha descargado, así que no tiene reglas descargadas por última vez. Descargue el dominio en esta carpeta, o compare con un archivo de instantánea, para ver el impacto de los cambios.</translation>
    </message>
    <message numerus="yes">
        <source>No change: the local edits change no outcome of the %n sample case(s) compared with “%1”.</source>
        <translation>
            <numerusform>Sin cambios: los cambios locales no cambian ningún resultado del %n caso de ejemplo respecto a «%1».</numerusform>
            <numerusform>Sin cambios: los cambios locales no cambian ningún resultado de los %n casos de ejemplo respecto a «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 sample cases change compared with “%3”:</source>
        <translation>%1 de %2 casos de ejemplo cambian respecto a «%3»:</translation>
    </message>
</context>
<context>
    <name>cw::ui::ImportCasesDialog</name>
    <message>
        <source>Import cases from the service</source>
        <translation>Importar casos del servicio</translation>
    </message>
    <message>
        <source>The domain&apos;s most recent cases become sample cases, with the fields this project&apos;s templates and rules read. They are real customers&apos; cases: keep the file where such data may be kept.</source>
        <translation>Los casos más recientes del dominio se convierten en casos de ejemplo, con los campos que leen las plantillas y reglas de este proyecto. Son casos reales de clientes: guarde el archivo donde puedan guardarse esos datos.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>At &amp;most</source>
        <translation>Como &amp;máximo</translation>
    </message>
    <message>
        <source> cases</source>
        <translation> casos</translation>
    </message>
    <message>
        <source>Most cases</source>
        <translation>Número máximo de casos</translation>
    </message>
    <message>
        <source>Newest:</source>
        <translation>Más recientes:</translation>
    </message>
    <message>
        <source>Created &amp;since</source>
        <translation>Creados &amp;desde</translation>
    </message>
    <message>
        <source>Created since</source>
        <translation>Creados desde</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>optional: a file with a SearchCases filter (JSON)</source>
        <translation>opcional: un archivo con un filtro de SearchCases (JSON)</translation>
    </message>
    <message>
        <source>Filter file</source>
        <translation>Archivo de filtro</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <source>Which file the cases went into shows here.</source>
        <translation>Aquí se muestra en qué archivo se guardaron los casos.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>All templates</source>
        <translation>Todas las plantillas</translation>
    </message>
    <message>
        <source>SearchCases filter</source>
        <translation>Filtro de SearchCases</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>No se puede importar: %1</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>No se puede conectar: %1</translation>
    </message>
    <message>
        <source>Reading cases from %1…</source>
        <translation>Leyendo casos de %1…</translation>
    </message>
    <message>
        <source>%1 of %2 cases</source>
        <translation>%1 de %2 casos</translation>
    </message>
    <message>
        <source>%1 cases so far</source>
        <translation>%1 casos hasta ahora</translation>
    </message>
    <message>
        <source>The import was cancelled; no file was written.</source>
        <translation>Se canceló la importación; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>The import failed; no file was written: %1</source>
        <translation>La importación falló; no se escribió ningún archivo: %1</translation>
    </message>
    <message>
        <source>The cases could not be written: %1</source>
        <translation>No se pudieron escribir los casos: %1</translation>
    </message>
    <message>
        <source>%1 cases written to %2.</source>
        <translation>%1 casos escritos en %2.</translation>
    </message>
    <message>
        <source>%1 cases of other templates were left out.</source>
        <translation>Se omitieron %1 casos de otras plantillas.</translation>
    </message>
    <message>
        <source>They are in the preview now.</source>
        <translation>Ahora están en la vista previa.</translation>
    </message>
</context>
<context>
    <name>cw::ui::MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Error al guardar automáticamente: %1</translation>
    </message>
    <message>
        <source>Restore unsaved edits?</source>
        <translation>¿Restaurar los cambios sin guardar?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Decidir más tarde</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <source>Project opened</source>
        <translation>Proyecto abierto</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>¿Guardar los cambios?</translation>
    </message>
    <message>
        <source>The project “%1” has unsaved changes. Save them before closing?</source>
        <translation>El proyecto «%1» tiene cambios sin guardar. ¿Guardarlos antes de cerrar?</translation>
    </message>
    <message>
        <source>Cannot remove the recovery copy</source>
        <translation>No se puede eliminar la copia de recuperación</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>No se puede guardar el proyecto</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Template “%1” (%2): %3, %4. There is no template editor in this version; edit templates/%5.json or the admin website.</source>
        <translation>Plantilla «%1» (%2): %3, %4. Esta versión no tiene editor de plantillas; edite templates/%5.json o use el sitio web de administración.</translation>
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
        <translation>&amp;Abrir carpeta…</translation>
    </message>
    <message>
        <source>&amp;New from Pull…</source>
        <translation>&amp;Nuevo a partir de un pull…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Cerrar proyecto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find in Explorer</source>
        <translation>&amp;Buscar en el explorador</translation>
    </message>
    <message>
        <source>New &amp;Required Rule</source>
        <translation>Nueva regla de &amp;obligatoriedad</translation>
    </message>
    <message>
        <source>New &amp;Hidden Rule</source>
        <translation>Nueva regla de o&amp;cultación</translation>
    </message>
    <message>
        <source>&amp;Delete Rule…</source>
        <translation>&amp;Eliminar regla…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>&amp;Regla</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Casewright</source>
        <translation>&amp;Acerca de Casewright</translation>
    </message>
    <message>
        <source>Open a project folder</source>
        <translation>Abrir una carpeta de proyecto</translation>
    </message>
    <message>
        <source>New hidden rule</source>
        <translation>Nueva regla de ocultación</translation>
    </message>
    <message>
        <source>New required rule</source>
        <translation>Nueva regla de obligatoriedad</translation>
    </message>
    <message>
        <source>Add hidden rule</source>
        <translation>Añadir regla de ocultación</translation>
    </message>
    <message>
        <source>Add required rule</source>
        <translation>Añadir regla de obligatoriedad</translation>
    </message>
    <message>
        <source>Delete the rule “%1”?</source>
        <translation>¿Eliminar la regla «%1»?</translation>
    </message>
    <message>
        <source>Publishing will then delete it from the domain.</source>
        <translation>Al publicar, se eliminará también del dominio.</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Puede deshacer esta acción.</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Eliminar regla</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ninguno todavía)</translation>
    </message>
    <message>
        <source>About Casewright</source>
        <translation>Acerca de Casewright</translation>
    </message>
    <message>
        <source>Casewright %1
A designer for Amazon Connect Cases case rules.
Built with Qt %2, running on Qt %3.</source>
        <translation>Casewright %1
Un diseñador de reglas de caso para Amazon Connect Cases.
Compilado con Qt %2, ejecutándose con Qt %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n regla</numerusform>
            <numerusform>%n reglas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n plantilla</numerusform>
            <numerusform>%n plantillas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) attached</source>
        <translation>
            <numerusform>%n regla asociada</numerusform>
            <numerusform>%n reglas asociadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n required field(s)</source>
        <translation>
            <numerusform>%n campo obligatorio</numerusform>
            <numerusform>%n campos obligatorios</numerusform>
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
Validación: %7, %8.

Seleccione una regla en el explorador para editarla, o añada una desde el menú Regla.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n campo</numerusform>
            <numerusform>%n campos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample case file(s)</source>
        <translation>
            <numerusform>%n archivo de casos de ejemplo</numerusform>
            <numerusform>%n archivos de casos de ejemplo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It is attached to %n template field(s), which will lose it too.</source>
        <translation>
            <numerusform>Está asociada a %n campo de plantilla, que también la perderá.</numerusform>
            <numerusform>Está asociada a %n campos de plantilla, que también la perderán.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publicar…</translation>
    </message>
    <message>
        <source>Co&amp;nnection…</source>
        <translation>Co&amp;nexión…</translation>
    </message>
    <message>
        <source>The AWS profile, region and endpoint this project pulls from and publishes to</source>
        <translation>El perfil de AWS, la región y el punto de enlace desde los que este proyecto descarga y en los que publica</translation>
    </message>
    <message>
        <source>Practice &amp;Domain…</source>
        <translation>&amp;Dominio de práctica…</translation>
    </message>
    <message>
        <source>Try pull and publish on a local practice service instead of AWS</source>
        <translation>Probar a obtener y publicar en un servicio de práctica local en lugar de AWS</translation>
    </message>
    <message>
        <source>Practice domain</source>
        <translation>Dominio de práctica</translation>
    </message>
    <message>
        <source>The practice service is running at %1. Stop it? Pull and publish then go to the project&apos;s own connection again.</source>
        <translation>El servicio de práctica se ejecuta en %1. ¿Detenerlo? Obtener y publicar volverán a usar la conexión del proyecto.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Start a practice service on this computer: a local Cases service to pull from and publish to without AWS. Nothing reaches your AWS account while it runs.%1</source>
        <translation>Iniciar un servicio de práctica en este equipo: un servicio Cases local para obtener y publicar sin AWS. Mientras se ejecuta, nada llega a su cuenta de AWS.%1</translation>
    </message>
    <message>
        <source> Start it on the sample domain, or on a copy of this project&apos;s last pulled state (a fresh copy: earlier practice on it is replaced)?</source>
        <translation> ¿Iniciarlo con el dominio de ejemplo o con una copia del último estado obtenido de este proyecto (una copia nueva: la práctica anterior se reemplaza)?</translation>
    </message>
    <message>
        <source>Sample domain</source>
        <translation>Dominio de ejemplo</translation>
    </message>
    <message>
        <source>Copy of this project</source>
        <translation>Copia de este proyecto</translation>
    </message>
    <message>
        <source>Practice service</source>
        <translation>Servicio de práctica</translation>
    </message>
    <message>
        <source>PRACTICE service, not AWS: %1 (domain %2)</source>
        <translation>Servicio de PRÁCTICA, no AWS: %1 (dominio %2)</translation>
    </message>
    <message>
        <source>Pull and publish go to this local practice service until you stop it (File &gt; Practice Domain). Its state: %1</source>
        <translation>Obtener y publicar van a este servicio de práctica local hasta que lo detenga (Archivo &gt; Dominio de práctica). Su estado: %1</translation>
    </message>
    <message>
        <source>Stop Practice &amp;Domain…</source>
        <translation>Detener el &amp;dominio de práctica…</translation>
    </message>
    <message>
        <source>&amp;Import Cases from the Service…</source>
        <translation>&amp;Importar casos del servicio…</translation>
    </message>
    <message>
        <source>Pro&amp;mote to Another Project…</source>
        <translation>Pro&amp;mover a otro proyecto…</translation>
    </message>
    <message>
        <source>These published rules or templates were renamed, but their files keep the old names:

%1

Rename the files too? Each file&apos;s content moves unchanged, so git sees a rename; the service is not affected.</source>
        <translation>Estas reglas o plantillas publicadas se renombraron, pero sus archivos conservan los nombres antiguos:

%1

¿Renombrar también los archivos? El contenido de cada archivo se mueve sin cambios, así que git ve un renombrado; el servicio no se ve afectado.</translation>
    </message>
    <message>
        <source>Rename the files?</source>
        <translation>¿Renombrar los archivos?</translation>
    </message>
    <message>
        <source>Rename Files</source>
        <translation>Renombrar archivos</translation>
    </message>
    <message>
        <source>Keep File Names</source>
        <translation>Conservar los nombres</translation>
    </message>
    <message>
        <source>New &amp;Options Rule…</source>
        <translation>Nueva regla de &amp;opciones…</translation>
    </message>
    <message>
        <source>Add options rule</source>
        <translation>Añadir regla de opciones</translation>
    </message>
    <message>
        <source>The domain&apos;s recent cases as sample cases for the preview</source>
        <translation>Los casos recientes del dominio como casos de ejemplo para la vista previa</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>new rule “%1”</source>
        <translation>regla nueva «%1»</translation>
    </message>
    <message>
        <source>deleted rule “%1”</source>
        <translation>regla eliminada «%1»</translation>
    </message>
    <message>
        <source>changed rule “%1”</source>
        <translation>regla cambiada «%1»</translation>
    </message>
    <message>
        <source>new template “%1”</source>
        <translation>plantilla nueva «%1»</translation>
    </message>
    <message>
        <source>deleted template “%1”</source>
        <translation>plantilla eliminada «%1»</translation>
    </message>
    <message>
        <source>changed template “%1”</source>
        <translation>plantilla cambiada «%1»</translation>
    </message>
    <message>
        <source>new sample cases in %1</source>
        <translation>casos de ejemplo nuevos en %1</translation>
    </message>
    <message>
        <source>deleted sample cases file %1</source>
        <translation>archivo de casos de ejemplo eliminado %1</translation>
    </message>
    <message>
        <source>changed sample cases in %1</source>
        <translation>casos de ejemplo cambiados en %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more change(s)</source>
        <translation>
            <numerusform>… y %n cambio más</numerusform>
            <numerusform>… y %n cambios más</numerusform>
        </translation>
    </message>
    <message>
        <source>Casewright was closed without saving this project. An automatic copy from %1 holds unsaved edits:
%2

Restore them, or discard them and open the project as it was last saved?</source>
        <translation>Casewright se cerró sin guardar este proyecto. Una copia automática de %1 contiene cambios sin guardar:
%2

¿Restaurarlos, o descartarlos y abrir el proyecto tal como se guardó por última vez?</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Duplicate rule</source>
        <translation>Duplicar regla</translation>
    </message>
    <message>
        <source>Where the rule is used</source>
        <translation>Dónde se usa la regla</translation>
    </message>
    <message>
        <source>“%1” is not attached to any template field.</source>
        <translation>«%1» no está adjunta a ningún campo de plantilla.</translation>
    </message>
    <message>
        <source>“%1” is attached to:
%2</source>
        <translation>«%1» está adjunta a:
%2</translation>
    </message>
    <message>
        <source>Cannot save a copy of the project</source>
        <translation>No se puede guardar una copia del proyecto</translation>
    </message>
    <message>
        <source>Saved a copy in %1; it is the open project now</source>
        <translation>Copia guardada en %1; ahora es el proyecto abierto</translation>
    </message>
    <message>
        <source>Files changed on disk</source>
        <translation>Archivos cambiados en el disco</translation>
    </message>
    <message>
        <source>These files changed on disk, and you have unsaved edits to them here:
%1

Reload them from disk (your edits to them are lost), or keep yours (saving writes them over the disk&apos;s version)?</source>
        <translation>Estos archivos cambiaron en el disco y aquí tiene cambios sin guardar en ellos:
%1

¿Recargarlos desde el disco (se pierden sus cambios) o conservar los suyos (al guardar se sobrescribe la versión del disco)?</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Conservar los míos</translation>
    </message>
    <message>
        <source>The project cannot be read again: %1</source>
        <translation>El proyecto no se puede volver a leer: %1</translation>
    </message>
    <message>
        <source>Read again from disk: %1</source>
        <translation>Vuelto a leer del disco: %1</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Copy the project folder, with your unsaved edits, to a new folder and go on working there</source>
        <translation>Copiar la carpeta del proyecto, con sus cambios sin guardar, a una carpeta nueva y seguir trabajando allí</translation>
    </message>
    <message>
        <source>Save a Copy of the Project in a New or Empty Folder</source>
        <translation>Guardar una copia del proyecto en una carpeta nueva o vacía</translation>
    </message>
    <message>
        <source>Impact of Edits</source>
        <translation>Impacto de los cambios</translation>
    </message>
</context>
<context>
    <name>cw::ui::MfaCodeDialog</name>
    <message>
        <source>MFA code</source>
        <translation>Código MFA</translation>
    </message>
    <message>
        <source>The AWS profile “%1” assumes the role %2, which needs a code from your MFA device %3.</source>
        <translation>El perfil de AWS «%1» asume el rol %2, que necesita un código de su dispositivo MFA %3.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
</context>
<context>
    <name>cw::ui::NewOptionsRuleDialog</name>
    <message>
        <source>New Options Rule</source>
        <translation>Nueva regla de opciones</translation>
    </message>
    <message>
        <source>An options rule limits the options a single-select field offers by the value of another single-select field.</source>
        <translation>Una regla de opciones limita las opciones que ofrece un campo de selección única según el valor de otro campo de selección única.</translation>
    </message>
    <message>
        <source>Field whose options are limited</source>
        <translation>Campo cuyas opciones se limitan</translation>
    </message>
    <message>
        <source>Field whose value decides</source>
        <translation>Campo cuyo valor decide</translation>
    </message>
    <message>
        <source>&amp;Limit the options of:</source>
        <translation>&amp;Limitar las opciones de:</translation>
    </message>
    <message>
        <source>&amp;By the value of:</source>
        <translation>&amp;Según el valor de:</translation>
    </message>
    <message>
        <source>&amp;Create Rule</source>
        <translation>&amp;Crear regla</translation>
    </message>
    <message>
        <source>The domain needs two single-select fields for an options rule.</source>
        <translation>Una regla de opciones necesita dos campos de selección única en el dominio.</translation>
    </message>
    <message>
        <source>Choose two different fields: a field cannot limit its own options.</source>
        <translation>Elija dos campos distintos: un campo no puede limitar sus propias opciones.</translation>
    </message>
</context>
<context>
    <name>cw::ui::OptionsMatrixModel</name>
    <message>
        <source>This rule would map %1 parent values; the service accepts at most %2. Clear some rows first.</source>
        <translation>Esta regla asignaría %1 valores principales; el servicio acepta como máximo %2. Vacíe primero algunas filas.</translation>
    </message>
    <message>
        <source>“%1” would offer %2 child values; one mapping holds at most %3.</source>
        <translation>«%1» ofrecería %2 valores secundarios; una asignación admite como máximo %3.</translation>
    </message>
    <message>
        <source>A field options rule needs at least one mapping: offer another option before clearing this one.</source>
        <translation>Una regla de opciones de campo necesita al menos una asignación: ofrezca otra opción antes de quitar esta.</translation>
    </message>
    <message>
        <source>A field options rule needs at least one mapping: offer another option before clearing %1&apos;s last one.</source>
        <translation>Una regla de opciones de campo necesita al menos una asignación: ofrezca otra opción antes de quitar la última de %1.</translation>
    </message>
    <message>
        <source>This rule already maps %1 parent values, the most the service accepts; clear a row before mapping %2.</source>
        <translation>Esta regla ya asigna %1 valores principales, el máximo que acepta el servicio; vacíe una fila antes de asignar %2.</translation>
    </message>
    <message>
        <source>%1 already offers %2 child values, the most one mapping holds.</source>
        <translation>%1 ya ofrece %2 valores secundarios, el máximo de una asignación.</translation>
    </message>
    <message>
        <source>all (not mapped)</source>
        <translation>todas (sin asignar)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source> (not an option)</source>
        <translation> (no es una opción)</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (inactiva)</translation>
    </message>
    <message>
        <source>%1 is not mapped: when it is chosen, the child field offers all its active options.</source>
        <translation>%1 no está asignado: cuando se elige, el campo secundario ofrece todas sus opciones activas.</translation>
    </message>
    <message>
        <source>%1 → %2: offered</source>
        <translation>%1 → %2: ofrecida</translation>
    </message>
    <message>
        <source>%1 → %2: not offered</source>
        <translation>%1 → %2: no ofrecida</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ofrecidas</translation>
    </message>
    <message>
        <source>How many child values each parent value offers</source>
        <translation>Cuántos valores secundarios ofrece cada valor principal</translation>
    </message>
    <message>
        <source>Option value: %1</source>
        <translation>Valor de la opción: %1</translation>
    </message>
    <message>
        <source>The rule maps this value, but the field has no such option.</source>
        <translation>La regla asigna este valor, pero el campo no tiene esa opción.</translation>
    </message>
    <message>
        <source>An inactive option: agents cannot pick it on new cases.</source>
        <translation>Una opción inactiva: los agentes no pueden elegirla en casos nuevos.</translation>
    </message>
    <message>
        <source>Offer %1 for %2</source>
        <translation>Ofrecer %1 para %2</translation>
    </message>
    <message>
        <source>Stop offering %1 for %2</source>
        <translation>Dejar de ofrecer %1 para %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 offers %n child value(s).</source>
        <translation>
            <numerusform>%1 ofrece %n valor secundario.</numerusform>
            <numerusform>%1 ofrece %n valores secundarios.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::ui::OutcomeDiffModel</name>
    <message>
        <source>become required</source>
        <translation>pasan a ser obligatorios</translation>
    </message>
    <message>
        <source>become not required</source>
        <translation>dejan de ser obligatorios</translation>
    </message>
    <message>
        <source>become hidden</source>
        <translation>pasan a estar ocultos</translation>
    </message>
    <message>
        <source>become shown</source>
        <translation>pasan a mostrarse</translation>
    </message>
    <message>
        <source>lose options</source>
        <translation>pierden opciones</translation>
    </message>
    <message>
        <source>gain options</source>
        <translation>ganan opciones</translation>
    </message>
    <message>
        <source>Field %1 of template %2</source>
        <translation>Campo %1 de la plantilla %2</translation>
    </message>
    <message>
        <source>Click to show this case in the preview</source>
        <translation>Haga clic para mostrar este caso en la vista previa</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more case(s)</source>
        <translation>
            <numerusform>… y %n caso más</numerusform>
            <numerusform>… y %n casos más</numerusform>
        </translation>
    </message>
    <message>
        <source>Field, change, example cases</source>
        <translation>Campo, cambio, casos de ejemplo</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
</context>
<context>
    <name>cw::ui::PreviewPane</name>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>Template to preview</source>
        <translation>Plantilla que previsualizar</translation>
    </message>
    <message>
        <source>Only this template&apos;s cases</source>
        <translation>Solo los casos de esta plantilla</translation>
    </message>
    <message>
        <source>Sample cases</source>
        <translation>Casos de ejemplo</translation>
    </message>
    <message>
        <source>Add case</source>
        <translation>Añadir caso</translation>
    </message>
    <message>
        <source>Add an empty sample case of the chosen template</source>
        <translation>Añadir un caso de ejemplo vacío de la plantilla elegida</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete cases</source>
        <translation>Eliminar casos</translation>
    </message>
    <message>
        <source>Clear value</source>
        <translation>Borrar valor</translation>
    </message>
    <message>
        <source>Leave the field out of the case (absent)</source>
        <translation>Dejar el campo fuera del caso (ausente)</translation>
    </message>
    <message>
        <source>Set (empty)</source>
        <translation>Establecer (vacío)</translation>
    </message>
    <message>
        <source>Store emptyValue in the field (rules treat it as absent)</source>
        <translation>Guardar emptyValue en el campo (las reglas lo tratan como ausente)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Add cases from a JSON ({&quot;cases&quot;: [...]}) or CSV file (a header row of field names or ids; &quot;id&quot; and &quot;template&quot; columns optional)</source>
        <translation>Añadir casos desde un archivo JSON ({&quot;cases&quot;: [...]}) o CSV (una fila de encabezado con nombres o ID de campos; columnas &quot;id&quot; y &quot;template&quot; opcionales)</translation>
    </message>
    <message>
        <source>Generate cases</source>
        <translation>Generar casos</translation>
    </message>
    <message>
        <source>Add cases that try every value the template&apos;s rules test: each operand, another value, and empty</source>
        <translation>Añadir casos que prueben cada valor que comprueban las reglas de la plantilla: cada operando, otro valor y vacío</translation>
    </message>
    <message>
        <source>Case %1: no template to show it on</source>
        <translation>Caso %1: no hay plantilla en la que mostrarlo</translation>
    </message>
    <message>
        <source>Case %1 as an agent sees it on “%2”</source>
        <translation>Caso %1 tal como lo ve un agente en «%2»</translation>
    </message>
    <message>
        <source>(the case names template “%1”, which the project does not have)</source>
        <translation>(el caso indica la plantilla «%1», que el proyecto no tiene)</translation>
    </message>
    <message>
        <source>A rule is not applied: %1</source>
        <translation>Una regla no se aplica: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Generate %1</source>
        <translation>Generar %1</translation>
    </message>
    <message>
        <source>Import sample cases</source>
        <translation>Importar casos de ejemplo</translation>
    </message>
    <message>
        <source>Sample cases (*.json *.csv);;All files (*)</source>
        <translation>Casos de ejemplo (*.json *.csv);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample case(s)</source>
        <translation>
            <numerusform>%n caso de ejemplo</numerusform>
            <numerusform>%n casos de ejemplo</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected case as an agent sees it</source>
        <translation>El caso seleccionado tal como lo ve un agente</translation>
    </message>
    <message>
        <source>Required and hidden shares per field</source>
        <translation>Proporción obligatoria y oculta por campo</translation>
    </message>
    <message>
        <source>Expected outcomes</source>
        <translation>Resultados esperados</translation>
    </message>
    <message>
        <source>Expect this outcome</source>
        <translation>Esperar este resultado</translation>
    </message>
    <message>
        <source>Pin what the form shows as the case&apos;s expected outcome: a later rule edit that changes it fails the tests and blocks publish</source>
        <translation>Fijar lo que muestra el formulario como resultado esperado del caso: una edición posterior de una regla que lo cambie hace fallar las pruebas y bloquea la publicación</translation>
    </message>
    <message>
        <source>Forget expectations</source>
        <translation>Olvidar las expectativas</translation>
    </message>
    <message>
        <source>Remove the selected case&apos;s expected outcome</source>
        <translation>Quitar el resultado esperado del caso seleccionado</translation>
    </message>
    <message>
        <source>%1: expected %2, the rules give %3</source>
        <translation>%1: se esperaba %2, las reglas dan %3</translation>
    </message>
    <message>
        <source>Expect the outcome of case %1</source>
        <translation>Esperar el resultado del caso %1</translation>
    </message>
    <message>
        <source>Forget the expectations of case %1</source>
        <translation>Olvidar las expectativas del caso %1</translation>
    </message>
    <message>
        <source>Expectations cannot be checked: %1</source>
        <translation>No se pueden comprobar las expectativas: %1</translation>
    </message>
    <message>
        <source>The samples&apos; expected outcomes: publish is blocked while one fails</source>
        <translation>Los resultados esperados de los ejemplos: la publicación queda bloqueada mientras alguno falle</translation>
    </message>
    <message>
        <source>This edit breaks %1</source>
        <translation>Esta edición incumple %1</translation>
    </message>
    <message numerus="yes">
        <source>%n expectation(s)</source>
        <translation>
            <numerusform>%n expectativa</numerusform>
            <numerusform>%n expectativas</numerusform>
        </translation>
    </message>
    <message>
        <source>Expectations failing now: %1</source>
        <translation>Expectativas que fallan ahora: %1</translation>
    </message>
    <message>
        <source>Only failing cases</source>
        <translation>Solo casos que fallan</translation>
    </message>
    <message>
        <source>List only the cases whose expected outcomes the rules do not give</source>
        <translation>Mostrar solo los casos cuyos resultados esperados no dan las reglas</translation>
    </message>
    <message>
        <source>Expect the outcome of %1 in case %2</source>
        <translation>Esperar el resultado de %1 en el caso %2</translation>
    </message>
    <message>
        <source>Forget the expectation of %1 in case %2</source>
        <translation>Olvidar la expectativa de %1 en el caso %2</translation>
    </message>
</context>
<context>
    <name>cw::ui::ProjectStatusBar</name>
    <message>
        <source>Offline edits</source>
        <translation>Cambios sin conexión</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Last pull</source>
        <translation>Último pull</translation>
    </message>
    <message>
        <source>Connection target</source>
        <translation>Destino de la conexión</translation>
    </message>
    <message>
        <source>Nothing to publish: the project matches the last pull.</source>
        <translation>Nada que publicar: el proyecto coincide con el último pull.</translation>
    </message>
    <message>
        <source>Offline edits: cannot plan</source>
        <translation>Cambios sin conexión: no se puede planificar</translation>
    </message>
    <message>
        <source>Changed both here and remotely since the last pull: %1</source>
        <translation>Cambiado aquí y en remoto desde el último pull: %1</translation>
    </message>
    <message>
        <source>No conflicts with the remote domain</source>
        <translation>Sin conflictos con el dominio remoto</translation>
    </message>
    <message>
        <source>Never pulled</source>
        <translation>Nunca se hizo pull</translation>
    </message>
    <message>
        <source>Last pull: %1</source>
        <translation>Último pull: %1</translation>
    </message>
    <message>
        <source>no region</source>
        <translation>sin región</translation>
    </message>
    <message>
        <source>default profile</source>
        <translation>perfil predeterminado</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>perfil %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Destino: %1</translation>
    </message>
    <message>
        <source>Domain %1 (%2)</source>
        <translation>Dominio %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n offline edit(s)</source>
        <translation>
            <numerusform>%n cambio sin conexión</numerusform>
            <numerusform>%n cambios sin conexión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Target: PRACTICE service %1 (not AWS)</source>
        <translation>Destino: servicio de PRÁCTICA %1 (no AWS)</translation>
    </message>
    <message>
        <source>Pull and publish go to the local practice service (domain %1) until you stop it (File &gt; Practice Domain); the project&apos;s own connection: %2</source>
        <translation>Traer y publicar van al servicio de práctica local (dominio %1) hasta que lo detenga (Archivo &gt; Dominio de práctica); la conexión propia del proyecto: %2</translation>
    </message>
    <message>
        <source>last publish: %1</source>
        <translation>última publicación: %1</translation>
    </message>
    <message>
        <source>Unreadable files</source>
        <translation>Archivos ilegibles</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable file(s)</source>
        <translation>
            <numerusform>%n archivo ilegible</numerusform>
            <numerusform>%n archivos ilegibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot be read: %1. Left out of the preview and of the offline edits, and never overwritten; publishing waits until every file reads (see Unreadable files in the explorer).</source>
        <translation>No se puede leer: %1. Queda fuera de la vista previa y de los cambios sin conexión, y nunca se sobrescribe; la publicación espera hasta que todos los archivos se puedan leer (consulte Archivos ilegibles en el explorador).</translation>
    </message>
</context>
<context>
    <name>cw::ui::PromoteDialog</name>
    <message>
        <source>Promote to Another Project</source>
        <translation>Promover a otro proyecto</translation>
    </message>
    <message>
        <source>Target project folder:</source>
        <translation>Carpeta del proyecto de destino:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Choose the target project folder</source>
        <translation>Elegir la carpeta del proyecto de destino</translation>
    </message>
    <message>
        <source>Map file (optional):</source>
        <translation>Archivo de correspondencias (opcional):</translation>
    </message>
    <message>
        <source>Choose a map file</source>
        <translation>Elegir un archivo de correspondencias</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>Todas las reglas</translation>
    </message>
    <message>
        <source>Rules selected in the explorer: %1</source>
        <translation>Reglas seleccionadas en el explorador: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Correspondencia</translation>
    </message>
    <message>
        <source>What does not map</source>
        <translation>Lo que no tiene correspondencia</translation>
    </message>
    <message>
        <source>Resulting plan of the target</source>
        <translation>Plan resultante del destino</translation>
    </message>
    <message>
        <source>Choose the project folder to promote into, then review the mapping.</source>
        <translation>Elija la carpeta del proyecto al que promover y revise después la correspondencia.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Promover</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot read the map: %1</source>
        <translation>No se puede leer la correspondencia: %1</translation>
    </message>
    <message>
        <source>Cannot open the target: %1</source>
        <translation>No se puede abrir el destino: %1</translation>
    </message>
    <message>
        <source>%1 reference(s) do not map; nothing can be promoted until the target has them or the map names them.</source>
        <translation>%1 referencia(s) sin correspondencia; no se puede promover nada hasta que el destino las tenga o la correspondencia las nombre.</translation>
    </message>
    <message>
        <source>The target already has these rules: nothing to promote.</source>
        <translation>El destino ya tiene estas reglas: nada que promover.</translation>
    </message>
    <message>
        <source>Cannot plan the target: %1</source>
        <translation>No se puede planificar el destino: %1</translation>
    </message>
    <message>
        <source>Ready: %1 change(s) to the target&apos;s files. Publish the target project to send them.</source>
        <translation>Listo: %1 cambio(s) en los archivos del destino. Publique el proyecto de destino para enviarlos.</translation>
    </message>
    <message>
        <source>Cannot write the target: %1</source>
        <translation>No se puede escribir el destino: %1</translation>
    </message>
    <message>
        <source>Promoted into %1. Open that project to publish it.</source>
        <translation>Promovido a %1. Abra ese proyecto para publicarlo.</translation>
    </message>
</context>
<context>
    <name>cw::ui::PromoteMappingModel</name>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Option value</source>
        <translation>Valor de opción</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>emparejado por nombre</translation>
    </message>
    <message>
        <source>overridden by the map</source>
        <translation>fijado por la correspondencia</translation>
    </message>
    <message>
        <source>new in the target</source>
        <translation>nueva en el destino</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>In this project</source>
        <translation>En este proyecto</translation>
    </message>
    <message>
        <source>In the target</source>
        <translation>En el destino</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>User ARN</source>
        <translation>ARN de usuario</translation>
    </message>
</context>
<context>
    <name>cw::ui::PublishDialog</name>
    <message>
        <source>changed here and remotely (found by the last pull)</source>
        <translation>cambiado aquí y en remoto (detectado en el último pull)</translation>
    </message>
    <message>
        <source>deleted remotely since the last pull</source>
        <translation>eliminado en remoto desde el último pull</translation>
    </message>
    <message>
        <source>changed remotely; deleted here</source>
        <translation>cambiado en remoto; eliminado aquí</translation>
    </message>
    <message>
        <source>changed remotely since the last pull</source>
        <translation>cambiado en remoto desde el último pull</translation>
    </message>
    <message>
        <source>Publish to Amazon Connect Cases</source>
        <translation>Publicar en Amazon Connect Cases</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>What publish will do</source>
        <translation>Lo que hará la publicación</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Someone changed these since the last pull. For each, keep mine (publish overwrites theirs) or take theirs (my file becomes theirs).</source>
        <translation>Alguien los cambió desde el último pull. Para cada uno, conserve la mía (la publicación sobrescribe la suya) o tome la suya (mi archivo pasa a ser el suyo).</translation>
    </message>
    <message>
        <source>Rule or template</source>
        <translation>Regla o plantilla</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Tomar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Publish result</source>
        <translation>Resultado de la publicación</translation>
    </message>
    <message>
        <source>&amp;Check for conflicts</source>
        <translation>&amp;Buscar conflictos</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>The project cannot be read: %1</source>
        <translation>No se puede leer el proyecto: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation>Sin plan: %1</translation>
    </message>
    <message>
        <source>An earlier publish was interrupted. Publish finishes it first (nothing is sent twice), then carries out this plan.</source>
        <translation>Se interrumpió una publicación anterior. La publicación la termina primero (nada se envía dos veces) y después ejecuta este plan.</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>la mía</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>la suya</translation>
    </message>
    <message>
        <source>Keep mine: %1</source>
        <translation>Conservar la mía: %1</translation>
    </message>
    <message>
        <source>Take theirs: %1</source>
        <translation>Tomar la suya: %1</translation>
    </message>
    <message>
        <source>Choose mine or theirs for every conflict first</source>
        <translation>Elija primero la mía o la suya para cada conflicto</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>No se puede conectar: %1</translation>
    </message>
    <message>
        <source>Reading the service&apos;s versions of what the plan changes…</source>
        <translation>Leyendo las versiones del servicio de lo que cambia el plan…</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>La comprobación falló: %1</translation>
    </message>
    <message>
        <source>No conflicts: nothing changed remotely since the last pull.</source>
        <translation>Sin conflictos: nada cambió en remoto desde el último pull.</translation>
    </message>
    <message>
        <source>Choose mine or theirs for every conflict first.</source>
        <translation>Elija primero la mía o la suya para cada conflicto.</translation>
    </message>
    <message>
        <source>Changed remotely again since they were shown: %1. Look at them again.</source>
        <translation>Cambiados en remoto otra vez desde que se mostraron: %1. Revíselos de nuevo.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publicando…</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>Publish stopped: %1</source>
        <translation>Publicación detenida: %1</translation>
    </message>
    <message>
        <source>What was done before is recorded; publish again to finish.</source>
        <translation>Lo que se hizo antes queda registrado; vuelva a publicar para terminar.</translation>
    </message>
    <message>
        <source>Publish failed.</source>
        <translation>La publicación falló.</translation>
    </message>
    <message>
        <source>Publish stopped before changing anything: these changed remotely meanwhile. Choose again.</source>
        <translation>La publicación se detuvo antes de cambiar nada: estos cambiaron en remoto mientras tanto. Vuelva a elegir.</translation>
    </message>
    <message>
        <source>done: %1</source>
        <translation>hecho: %1</translation>
    </message>
    <message>
        <source>Nothing to publish: the domain matches the project.</source>
        <translation>Nada que publicar: el dominio coincide con el proyecto.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): compare the versions and choose mine or theirs.</source>
        <translation>
            <numerusform>%n conflicto: compare las versiones y elija la mía o la suya.</numerusform>
            <numerusform>%n conflictos: compare las versiones y elija la mía o la suya para cada uno.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was deleted remotely; published again as a new one</source>
        <translation>%1 se eliminó en remoto; se publicó de nuevo como uno nuevo</translation>
    </message>
    <message numerus="yes">
        <source>Published %n change(s).</source>
        <translation>
            <numerusform>Se publicó %n cambio.</numerusform>
            <numerusform>Se publicaron %n cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rehearse</source>
        <translation>&amp;Ensayar</translation>
    </message>
    <message>
        <source>Publish to a local practice copy of the last pulled state first: the same steps and checks, nothing sent to the service, the project unchanged</source>
        <translation>Publicar primero en una copia de práctica local del último estado obtenido: los mismos pasos y comprobaciones, no se envía nada al servicio y el proyecto no cambia</translation>
    </message>
    <message>
        <source>Rehearsing on a local practice copy of the domain…</source>
        <translation>Ensayando en una copia de práctica local del dominio…</translation>
    </message>
    <message>
        <source>The rehearsal could not run: %1</source>
        <translation>No se pudo ejecutar el ensayo: %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>rechazado: %1</translation>
    </message>
    <message>
        <source>stopped at the conflicts the last pull left: choose mine or theirs first</source>
        <translation>detenido en los conflictos que dejó la última obtención: elija primero la mía o la suya</translation>
    </message>
    <message>
        <source>The domain afterwards, against the last pull:</source>
        <translation>El dominio después, frente a la última obtención:</translation>
    </message>
    <message>
        <source>  (no change)</source>
        <translation>  (sin cambios)</translation>
    </message>
    <message>
        <source>%1 request(s): about %2 s at %3 requests/s (an assumption: your account&apos;s quota may differ)</source>
        <translation>%1 solicitud(es): unos %2 s a %3 solicitudes/s (una suposición: la cuota de su cuenta puede ser otra)</translation>
    </message>
    <message>
        <source>Rehearsal succeeded: publish would carry out %1 change(s).</source>
        <translation>Ensayo correcto: publicar realizaría %1 cambio(s).</translation>
    </message>
    <message>
        <source>Rehearsal failed: publish would stop at the step shown.</source>
        <translation>Ensayo fallido: publicar se detendría en el paso mostrado.</translation>
    </message>
    <message>
        <source>Rehearsing [%1/%2] %3</source>
        <translation>Ensayo [%1/%2] %3</translation>
    </message>
    <message>
        <source>Publishing identity</source>
        <translation>Identidad de publicación</translation>
    </message>
    <message>
        <source>Checking whom this connection publishes as…</source>
        <translation>Comprobando con qué identidad publica esta conexión…</translation>
    </message>
    <message>
        <source>Publishing as %1 in account %2</source>
        <translation>Publicando como %1 en la cuenta %2</translation>
    </message>
    <message>
        <source>Cannot tell whom this connection publishes as (sts:GetCallerIdentity): %1</source>
        <translation>No se puede saber con qué identidad publica esta conexión (sts:GetCallerIdentity): %1</translation>
    </message>
    <message>
        <source>Publish is off until these are fixed: %1</source>
        <translation>Publicar está desactivado hasta que se corrija esto: %1</translation>
    </message>
    <message>
        <source>Fix these first: %1</source>
        <translation>Corrija esto primero: %1</translation>
    </message>
    <message>
        <source>Nothing was changed in the domain.</source>
        <translation>No se cambió nada en el dominio.</translation>
    </message>
    <message>
        <source>Tests of the rules</source>
        <translation>Pruebas de las reglas</translation>
    </message>
    <message>
        <source>Tests cannot run: %1</source>
        <translation>Las pruebas no se pueden ejecutar: %1</translation>
    </message>
    <message>
        <source>Tests: %1</source>
        <translation>Pruebas: %1</translation>
    </message>
    <message>
        <source>Tests fail: %1. Publish is blocked until the rules meet the samples&apos; expectations.</source>
        <translation>Las pruebas fallan: %1. La publicación está bloqueada hasta que las reglas cumplan las expectativas de los ejemplos.</translation>
    </message>
    <message>
        <source>case %1, %2: %3 expected %4, the rules give %5</source>
        <translation>caso %1, %2: %3 se esperaba %4, las reglas dan %5</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>The tests of the rules fail: see the plan</source>
        <translation>Las pruebas de las reglas fallan: vea el plan</translation>
    </message>
    <message>
        <source>Publish refused: %1</source>
        <translation>Publicación rechazada: %1</translation>
    </message>
    <message>
        <source>The tests of the rules failed: nothing was sent. Make the rules meet the samples&apos; expectations (or change the expectations), then publish.</source>
        <translation>Las pruebas de las reglas fallaron: no se envió nada. Haga que las reglas cumplan las expectativas de los ejemplos (o cambie las expectativas) y luego publique.</translation>
    </message>
    <message>
        <source>Publish refused: the tests fail, nothing was sent.</source>
        <translation>Publicación rechazada: las pruebas fallan, no se envió nada.</translation>
    </message>
    <message>
        <source>Waiting for the identity check to finish…</source>
        <translation>Esperando a que termine la comprobación de identidad…</translation>
    </message>
</context>
<context>
    <name>cw::ui::PullDialog</name>
    <message>
        <source>Pull a Cases domain</source>
        <translation>Hacer pull de un dominio de Cases</translation>
    </message>
    <message>
        <source>a new folder, or an existing project to refresh</source>
        <translation>una carpeta nueva, o un proyecto existente que actualizar</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Project &amp;folder:</source>
        <translation>&amp;Carpeta del proyecto:</translation>
    </message>
    <message>
        <source>Cancel pull</source>
        <translation>Cancelar el pull</translation>
    </message>
    <message>
        <source>Pull report</source>
        <translation>Informe del pull</translation>
    </message>
    <message>
        <source>What the pull created, updated, removed and kept shows here.</source>
        <translation>Aquí se muestra lo que el pull creó, actualizó, quitó y conservó.</translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation>&amp;Pull</translation>
    </message>
    <message>
        <source>&amp;Open project</source>
        <translation>&amp;Abrir proyecto</translation>
    </message>
    <message>
        <source>This folder&apos;s project cannot be read: %1</source>
        <translation>No se puede leer el proyecto de esta carpeta: %1</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Carpeta del proyecto</translation>
    </message>
    <message>
        <source>Choose the project folder first.</source>
        <translation>Elija primero la carpeta del proyecto.</translation>
    </message>
    <message>
        <source>Choose the domain to pull (Load domains lists them).</source>
        <translation>Elija el dominio del que hacer pull (Cargar dominios los lista).</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>No se puede conectar: %1</translation>
    </message>
    <message>
        <source>Pulling from %1…</source>
        <translation>Haciendo pull de %1…</translation>
    </message>
    <message>
        <source>fields %1/%2 · options %3/%4 · layouts %5/%6 · templates %7/%8 · rules %9/%10%11</source>
        <translation>campos %1/%2 · opciones %3/%4 · diseños %5/%6 · plantillas %7/%8 · reglas %9/%10%11</translation>
    </message>
    <message>
        <source> (still listing)</source>
        <translation> (listando todavía)</translation>
    </message>
    <message>
        <source>Created the project %1</source>
        <translation>Se creó el proyecto %1</translation>
    </message>
    <message>
        <source>Refreshed the project %1</source>
        <translation>Se actualizó el proyecto %1</translation>
    </message>
    <message>
        <source>%1 fields, %2 templates, %3 rules, %4 layouts.</source>
        <translation>%1 campos, %2 plantillas, %3 reglas, %4 diseños.</translation>
    </message>
    <message>
        <source>Created from the remote: %1</source>
        <translation>Creados desde el remoto: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Updated from the remote: %1</source>
        <translation>Actualizados desde el remoto: %1</translation>
    </message>
    <message>
        <source>Removed (deleted remotely): %1</source>
        <translation>Quitados (eliminados en remoto): %1</translation>
    </message>
    <message>
        <source>Kept (your edits): %1</source>
        <translation>Conservados (sus cambios): %1</translation>
    </message>
    <message>
        <source>Conflicts: none</source>
        <translation>Conflictos: ninguno</translation>
    </message>
    <message>
        <source>Conflicts (changed both here and remotely; both versions are kept, resolve them in Publish):</source>
        <translation>Conflictos (cambiados aquí y en remoto; se conservan ambas versiones, resuélvalos en Publicar):</translation>
    </message>
    <message>
        <source>The pull failed: %1</source>
        <translation>El pull falló: %1</translation>
    </message>
</context>
<context>
    <name>cw::ui::RuleChip</name>
    <message>
        <source>Required rule</source>
        <translation>Regla de obligatoriedad</translation>
    </message>
    <message>
        <source>Hidden rule</source>
        <translation>Regla de ocultación</translation>
    </message>
    <message>
        <source>Field options rule</source>
        <translation>Regla de opciones de campo</translation>
    </message>
    <message>
        <source>Rule of an unknown kind</source>
        <translation>Regla de tipo desconocido</translation>
    </message>
    <message>
        <source>%1 (not in the project)</source>
        <translation>%1 (no está en el proyecto)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Detach this rule from the field</source>
        <translation>Desasociar esta regla del campo</translation>
    </message>
    <message>
        <source>Detach %1</source>
        <translation>Desasociar %1</translation>
    </message>
    <message>
        <source>The rule has errors; open it to see them.</source>
        <translation>La regla tiene errores; ábrala para verlos.</translation>
    </message>
    <message>
        <source>Used nowhere else.</source>
        <translation>No se usa en ningún otro sitio.</translation>
    </message>
    <message>
        <source>Also used by:
  %1</source>
        <translation>También la usa:
  %1</translation>
    </message>
    <message>
        <source>&amp;Open Rule</source>
        <translation>&amp;Abrir regla</translation>
    </message>
    <message>
        <source>&amp;Detach from Field</source>
        <translation>&amp;Desasociar del campo</translation>
    </message>
</context>
<context>
    <name>cw::ui::RuleEditor</name>
    <message>
        <source>Required rule</source>
        <translation>Regla de obligatoriedad</translation>
    </message>
    <message>
        <source>Hidden rule</source>
        <translation>Regla de ocultación</translation>
    </message>
    <message>
        <source>Field options rule</source>
        <translation>Regla de opciones de campo</translation>
    </message>
    <message>
        <source>Rule of an unknown kind</source>
        <translation>Regla de tipo desconocido</translation>
    </message>
    <message>
        <source>Rule name</source>
        <translation>Nombre de la regla</translation>
    </message>
    <message>
        <source>Findings about the rule name</source>
        <translation>Hallazgos sobre el nombre de la regla</translation>
    </message>
    <message>
        <source>Rule description</source>
        <translation>Descripción de la regla</translation>
    </message>
    <message>
        <source>Optional: what the rule is for</source>
        <translation>Opcional: para qué sirve la regla</translation>
    </message>
    <message>
        <source>Findings about the rule description</source>
        <translation>Hallazgos sobre la descripción de la regla</translation>
    </message>
    <message>
        <source>Where the rule is used</source>
        <translation>Dónde se usa la regla</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Used by:</source>
        <translation>Usada por:</translation>
    </message>
    <message>
        <source>Read this hidden rule as:</source>
        <translation>Leer esta regla de ocultación como:</translation>
    </message>
    <message>
        <source>&amp;Show when…</source>
        <translation>&amp;Mostrar cuando…</translation>
    </message>
    <message>
        <source>As the Connect admin website says it. The rule still stores whether the field is hidden.</source>
        <translation>Como lo dice el sitio web de administración de Connect. La regla sigue guardando si el campo está oculto.</translation>
    </message>
    <message>
        <source>&amp;Hide when…</source>
        <translation>&amp;Ocultar cuando…</translation>
    </message>
    <message>
        <source>As the Cases API stores it: the result is whether the field is hidden.</source>
        <translation>Como lo guarda la API de Cases: el resultado es si el campo está oculto.</translation>
    </message>
    <message>
        <source>Conditions used</source>
        <translation>Condiciones usadas</translation>
    </message>
    <message>
        <source>Findings about the conditions</source>
        <translation>Hallazgos sobre las condiciones</translation>
    </message>
    <message>
        <source>&amp;Otherwise (when no condition is true):</source>
        <translation>&amp;En otro caso (si no se cumple ninguna condición):</translation>
    </message>
    <message>
        <source>Default value</source>
        <translation>Valor predeterminado</translation>
    </message>
    <message>
        <source>Findings about the default value</source>
        <translation>Hallazgos sobre el valor predeterminado</translation>
    </message>
    <message>
        <source>In plain words</source>
        <translation>En pocas palabras</translation>
    </message>
    <message>
        <source>Rule summary</source>
        <translation>Resumen de la regla</translation>
    </message>
    <message>
        <source>Other findings about the rule</source>
        <translation>Otros hallazgos sobre la regla</translation>
    </message>
    <message>
        <source>No rule selected</source>
        <translation>Ninguna regla seleccionada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not attached to any template field</source>
        <translation>no asociada a ningún campo de plantilla</translation>
    </message>
    <message>
        <source>Which options the child field offers for each value of the parent field is edited in the field options editor.</source>
        <translation>Las opciones que ofrece el campo secundario para cada valor del campo principal se editan en el editor de opciones de campo.</translation>
    </message>
    <message>
        <source>This version of Casewright cannot edit this kind of rule; it is kept as it is.</source>
        <translation>Esta versión de Casewright no puede editar este tipo de regla; se conserva tal cual.</translation>
    </message>
    <message>
        <source>%1 of %2 conditions used</source>
        <translation>%1 de %2 condiciones usadas</translation>
    </message>
    <message>
        <source>Rename rule</source>
        <translation>Cambiar el nombre de la regla</translation>
    </message>
    <message>
        <source>Change rule description</source>
        <translation>Cambiar la descripción de la regla</translation>
    </message>
    <message>
        <source>Change the default value</source>
        <translation>Cambiar el valor predeterminado</translation>
    </message>
    <message>
        <source>Rule editor</source>
        <translation>Editor de reglas</translation>
    </message>
    <message>
        <source>Expectations this rule breaks</source>
        <translation>Expectativas que esta regla incumple</translation>
    </message>
    <message>
        <source>This rule breaks %1 of the samples:</source>
        <translation>Esta regla incumple %1 de los ejemplos:</translation>
    </message>
    <message numerus="yes">
        <source>%n expectation(s)</source>
        <translation>
            <numerusform>%n expectativa</numerusform>
            <numerusform>%n expectativas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in case %2 — %3: expected %4, the rules give %5</source>
        <translation>%1 en el caso %2 — %3: se esperaba %4, las reglas dan %5</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message numerus="yes">
        <source>Show the failing case(s) in the preview</source>
        <translation>
            <numerusform>Mostrar el caso que falla en la vista previa</numerusform>
            <numerusform>Mostrar los casos que fallan en la vista previa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cw::ui::RulePickerDialog</name>
    <message>
        <source>Attach a Rule to %1</source>
        <translation>Asociar una regla a %1</translation>
    </message>
    <message>
        <source>Rules that fit %1: required and hidden rules, and options rules whose child field it is. Rules already attached to it are left out.</source>
        <translation>Reglas adecuadas para %1: reglas de obligatoriedad y de ocultación, y reglas de opciones de las que es el campo secundario. Se omiten las reglas ya asociadas.</translation>
    </message>
    <message>
        <source>Type to search rules</source>
        <translation>Escriba para buscar reglas</translation>
    </message>
    <message>
        <source>Search rules</source>
        <translation>Buscar reglas</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>No rule of the project fits this field; create one instead.</source>
        <translation>Ninguna regla del proyecto sirve para este campo; cree una.</translation>
    </message>
    <message>
        <source>No rule matches the search.</source>
        <translation>Ninguna regla coincide con la búsqueda.</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Asociar</translation>
    </message>
</context>
<context>
    <name>cw::ui::SampleCasesModel</name>
    <message>
        <source>Set %1 of a sample case</source>
        <translation>Establecer %1 de un caso de ejemplo</translation>
    </message>
    <message>
        <source>Remove %1 from a sample case</source>
        <translation>Quitar %1 de un caso de ejemplo</translation>
    </message>
    <message>
        <source>Rename a sample case</source>
        <translation>Cambiar el nombre de un caso de ejemplo</translation>
    </message>
    <message>
        <source>Change the template of a sample case</source>
        <translation>Cambiar la plantilla de un caso de ejemplo</translation>
    </message>
    <message>
        <source>Add a sample case</source>
        <translation>Añadir un caso de ejemplo</translation>
    </message>
    <message>
        <source>Duplicate a sample case</source>
        <translation>Duplicar un caso de ejemplo</translation>
    </message>
    <message>
        <source>Delete a sample case</source>
        <translation>Eliminar un caso de ejemplo</translation>
    </message>
    <message>
        <source>Delete %1 sample cases</source>
        <translation>Eliminar %1 casos de ejemplo</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Template id: %1</source>
        <translation>ID de la plantilla: %1</translation>
    </message>
    <message>
        <source>The project has no template with this id</source>
        <translation>El proyecto no tiene ninguna plantilla con este ID</translation>
    </message>
    <message>
        <source>Not a value of this %1 field: rules comparing it with a value of the field&apos;s type never match it.</source>
        <translation>No es un valor de este campo %1: las reglas que lo comparan con un valor del tipo del campo nunca coinciden.</translation>
    </message>
    <message>
        <source>Saved in samples/%1</source>
        <translation>Guardado en samples/%1</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>ID del caso</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>%1 field, id %2</source>
        <translation>campo %1, ID %2</translation>
    </message>
    <message>
        <source>Field %1 is not in the project</source>
        <translation>El campo %1 no está en el proyecto</translation>
    </message>
</context>
<context>
    <name>cw::ui::SampleValueDelegate</name>
    <message>
        <source>true</source>
        <translation>verdadero</translation>
    </message>
    <message>
        <source>false</source>
        <translation>falso</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>%1 (not an option)</source>
        <translation>%1 (no es una opción)</translation>
    </message>
</context>
<context>
    <name>cw::ui::SampleValueText</name>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(ausente)</translation>
    </message>
    <message>
        <source>%1 (unknown type)</source>
        <translation>%1 (tipo desconocido)</translation>
    </message>
</context>
<context>
    <name>cw::ui::SideBySideView</name>
    <message>
        <source>Mine (the project&apos;s file)</source>
        <translation>La mía (el archivo del proyecto)</translation>
    </message>
    <message>
        <source>Theirs (the service now)</source>
        <translation>La suya (el servicio ahora)</translation>
    </message>
    <message>
        <source>Base (as last pulled)</source>
        <translation>Base (según el último pull)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(eliminado)</translation>
    </message>
</context>
<context>
    <name>cw::ui::SsoSignInDialog</name>
    <message>
        <source>Sign in with IAM Identity Center</source>
        <translation>Iniciar sesión con IAM Identity Center</translation>
    </message>
    <message>
        <source>Approve this sign-in in your browser (%1). Check that it shows this code:</source>
        <translation>Apruebe este inicio de sesión en su navegador (%1). Compruebe que muestra este código:</translation>
    </message>
    <message>
        <source>Open the browser again</source>
        <translation>Abrir el navegador de nuevo</translation>
    </message>
    <message>
        <source>Cannot sign in: %1</source>
        <translation>No se puede iniciar sesión: %1</translation>
    </message>
    <message>
        <source>Waiting for the approval at %1 …</source>
        <translation>Esperando la aprobación en %1 …</translation>
    </message>
    <message>
        <source>The sign-in was not approved in time. Close this and try again.</source>
        <translation>El inicio de sesión no se aprobó a tiempo. Cierre esto y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Sesión iniciada.</translation>
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
        <translation>Diseñe reglas de caso de Amazon Connect Cases en una carpeta de proyecto, pruébelas con casos de ejemplo y publíquelas cuando estén listas.</translation>
    </message>
    <message>
        <source>&amp;Open a project folder…</source>
        <translation>&amp;Abrir una carpeta de proyecto…</translation>
    </message>
    <message>
        <source>&amp;New project from a pull…</source>
        <translation>&amp;Nuevo proyecto a partir de un pull…</translation>
    </message>
    <message>
        <source>&amp;Recent projects:</source>
        <translation>Proyectos &amp;recientes:</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Proyectos recientes</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ninguno todavía)</translation>
    </message>
</context>
<context>
    <name>cw::ui::TemplateEditor</name>
    <message>
        <source>Other findings about the template</source>
        <translation>Otros hallazgos sobre la plantilla</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <source>Findings about the template name</source>
        <translation>Hallazgos sobre el nombre de la plantilla</translation>
    </message>
    <message>
        <source>Template description</source>
        <translation>Descripción de la plantilla</translation>
    </message>
    <message>
        <source>Optional: what cases the template is for</source>
        <translation>Opcional: para qué casos es la plantilla</translation>
    </message>
    <message>
        <source>Findings about the template description</source>
        <translation>Hallazgos sobre la descripción de la plantilla</translation>
    </message>
    <message>
        <source>Template status</source>
        <translation>Estado de la plantilla</translation>
    </message>
    <message>
        <source>Findings about the template status</source>
        <translation>Hallazgos sobre el estado de la plantilla</translation>
    </message>
    <message>
        <source>Default layout</source>
        <translation>Diseño predeterminado</translation>
    </message>
    <message>
        <source>Findings about the default layout</source>
        <translation>Hallazgos sobre el diseño predeterminado</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Default &amp;layout:</source>
        <translation>&amp;Diseño predeterminado:</translation>
    </message>
    <message>
        <source>Always required fields</source>
        <translation>Campos siempre obligatorios</translation>
    </message>
    <message>
        <source>Required fields used</source>
        <translation>Campos obligatorios usados</translation>
    </message>
    <message>
        <source>Field to make required</source>
        <translation>Campo que hacer obligatorio</translation>
    </message>
    <message>
        <source>&amp;Add Required Field</source>
        <translation>&amp;Añadir campo obligatorio</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>The selected field is no longer always required</source>
        <translation>El campo seleccionado deja de ser siempre obligatorio</translation>
    </message>
    <message>
        <source>Findings about the required fields</source>
        <translation>Hallazgos sobre los campos obligatorios</translation>
    </message>
    <message>
        <source>No template selected</source>
        <translation>Ninguna plantilla seleccionada</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Plantilla: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>(no status)</source>
        <translation>(sin estado)</translation>
    </message>
    <message>
        <source>%1 (not a status)</source>
        <translation>%1 (no es un estado)</translation>
    </message>
    <message>
        <source>(no default layout)</source>
        <translation>(sin diseño predeterminado)</translation>
    </message>
    <message>
        <source>%1 (unknown layout)</source>
        <translation>%1 (diseño desconocido)</translation>
    </message>
    <message>
        <source>%1 of %2 required fields</source>
        <translation>%1 de %2 campos obligatorios</translation>
    </message>
    <message>
        <source>%1 (unknown field)</source>
        <translation>%1 (campo desconocido)</translation>
    </message>
    <message>
        <source>This template already has %1 required fields, the most the service accepts. Remove one, or make a field required by a rule instead.</source>
        <translation>Esta plantilla ya tiene %1 campos obligatorios, el máximo que acepta el servicio. Quite uno, o haga obligatorio un campo mediante una regla.</translation>
    </message>
    <message>
        <source>Make %1 always required</source>
        <translation>Hacer %1 siempre obligatorio</translation>
    </message>
    <message>
        <source>Pick a field that is not required yet.</source>
        <translation>Elija un campo que todavía no sea obligatorio.</translation>
    </message>
    <message>
        <source>Make %1 required</source>
        <translation>Hacer %1 obligatorio</translation>
    </message>
    <message>
        <source>Stop requiring %1</source>
        <translation>Dejar de exigir %1</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>Cambiar el nombre de la plantilla</translation>
    </message>
    <message>
        <source>Change template description</source>
        <translation>Cambiar la descripción de la plantilla</translation>
    </message>
    <message>
        <source>Activate template</source>
        <translation>Activar la plantilla</translation>
    </message>
    <message>
        <source>Deactivate template</source>
        <translation>Desactivar la plantilla</translation>
    </message>
    <message>
        <source>Change default layout</source>
        <translation>Cambiar el diseño predeterminado</translation>
    </message>
    <message>
        <source>Fields and their rules</source>
        <translation>Campos y sus reglas</translation>
    </message>
    <message>
        <source>R required · H hidden · O options. Click a rule to see where else it is used; double-click to open it.</source>
        <translation>R obligatorio · H oculto · O opciones. Haga clic en una regla para ver dónde más se usa; doble clic para abrirla.</translation>
    </message>
    <message>
        <source>Rules used</source>
        <translation>Reglas usadas</translation>
    </message>
    <message>
        <source>Field to add</source>
        <translation>Campo que añadir</translation>
    </message>
    <message>
        <source>Add &amp;Field</source>
        <translation>Añadir &amp;campo</translation>
    </message>
    <message>
        <source>Show another field of the project here, to attach rules to it</source>
        <translation>Mostrar aquí otro campo del proyecto para asociarle reglas</translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>Regla seleccionada</translation>
    </message>
    <message>
        <source>Selected rule summary</source>
        <translation>Resumen de la regla seleccionada</translation>
    </message>
    <message>
        <source>Where else this rule is used:</source>
        <translation>Dónde más se usa esta regla:</translation>
    </message>
    <message>
        <source>Other templates and fields using the rule</source>
        <translation>Otras plantillas y campos que usan la regla</translation>
    </message>
    <message>
        <source>&amp;Open Rule</source>
        <translation>&amp;Abrir regla</translation>
    </message>
    <message>
        <source>Show the rule in the rule editor</source>
        <translation>Mostrar la regla en el editor de reglas</translation>
    </message>
    <message>
        <source>De&amp;tach from Field</source>
        <translation>Desa&amp;sociar del campo</translation>
    </message>
    <message>
        <source>This template already has %1 rules, the most the service accepts. Detach one before attaching or creating another.</source>
        <translation>Esta plantilla ya tiene %1 reglas, el máximo que acepta el servicio. Desasocie una antes de asociar o crear otra.</translation>
    </message>
    <message>
        <source>%1 of %2 rules attached</source>
        <translation>%1 de %2 reglas asociadas</translation>
    </message>
    <message>
        <source>Attach “%1” to %2</source>
        <translation>Asociar «%1» a %2</translation>
    </message>
    <message>
        <source>Create rule “%1” for %2</source>
        <translation>Crear la regla «%1» para %2</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Añadir regla</translation>
    </message>
    <message>
        <source>Detach “%1” from %2</source>
        <translation>Desasociar «%1» de %2</translation>
    </message>
    <message>
        <source>%1 “%2” on %3</source>
        <translation>%1 «%2» en %3</translation>
    </message>
    <message>
        <source>%1 on %2: the project holds no such rule</source>
        <translation>%1 en %2: el proyecto no contiene esa regla</translation>
    </message>
    <message>
        <source>Nowhere else</source>
        <translation>En ningún otro sitio</translation>
    </message>
    <message>
        <source>Template editor</source>
        <translation>Editor de plantillas</translation>
    </message>
</context>
<context>
    <name>cw::ui::TemplateFieldRow</name>
    <message>
        <source>always required</source>
        <translation>siempre obligatorio</translation>
    </message>
    <message>
        <source>Field id: %1</source>
        <translation>ID del campo: %1</translation>
    </message>
    <message>
        <source>no rules</source>
        <translation>sin reglas</translation>
    </message>
    <message>
        <source>Attach Rule…</source>
        <translation>Asociar regla…</translation>
    </message>
    <message>
        <source>Attach a rule to %1</source>
        <translation>Asociar una regla a %1</translation>
    </message>
    <message>
        <source>New Rule</source>
        <translation>Nueva regla</translation>
    </message>
    <message>
        <source>New rule for %1</source>
        <translation>Nueva regla para %1</translation>
    </message>
    <message>
        <source>&amp;Required Rule</source>
        <translation>Regla de &amp;obligatoriedad</translation>
    </message>
    <message>
        <source>&amp;Hidden Rule</source>
        <translation>Regla de o&amp;cultación</translation>
    </message>
    <message>
        <source>&amp;Options Rule</source>
        <translation>Regla de o&amp;pciones</translation>
    </message>
    <message>
        <source>Limit this field&apos;s options by another single-select field&apos;s value</source>
        <translation>Limitar las opciones de este campo según el valor de otro campo de selección única</translation>
    </message>
    <message>
        <source>Only a single-select field can have its options limited, and only by another single-select field.</source>
        <translation>Solo un campo de selección única puede tener sus opciones limitadas, y solo por otro campo de selección única.</translation>
    </message>
    <message>
        <source>Findings about the rules of %1</source>
        <translation>Hallazgos sobre las reglas de %1</translation>
    </message>
    <message>
        <source>Attach a rule of the project to %1</source>
        <translation>Asociar una regla del proyecto a %1</translation>
    </message>
    <message>
        <source>Create a rule for %1 and attach it</source>
        <translation>Crear una regla para %1 y asociarla</translation>
    </message>
    <message>
        <source>%1 required rules: the field is required when any of them says required.</source>
        <translation>%1 reglas de obligatoriedad: el campo es obligatorio si cualquiera de ellas lo hace obligatorio.</translation>
    </message>
    <message>
        <source>%1 hidden rules: the field is hidden when any of them says hidden.</source>
        <translation>%1 reglas de ocultación: el campo se oculta si cualquiera de ellas lo oculta.</translation>
    </message>
    <message>
        <source>%1 options rules: the field offers only the options that every one of them allows.</source>
        <translation>%1 reglas de opciones: el campo ofrece solo las opciones que permiten todas ellas.</translation>
    </message>
    <message>
        <source>How the rules of %1 combine</source>
        <translation>Cómo se combinan las reglas de %1</translation>
    </message>
</context>
<context>
    <name>cw::ui::UnreadableFilePage</name>
    <message>
        <source>This file cannot be read, so what it holds is left out of the preview and publishing is off. Casewright never overwrites it: fix it in a text editor, and it is read again as soon as it is saved.</source>
        <translation>Este archivo no se puede leer, así que su contenido queda fuera de la vista previa y la publicación está desactivada. Casewright nunca lo sobrescribe: corríjalo en un editor de texto y se vuelve a leer en cuanto se guarde.</translation>
    </message>
    <message>
        <source>The file&apos;s text (read-only)</source>
        <translation>Texto del archivo (solo lectura)</translation>
    </message>
    <message>
        <source>The file reads again: what it holds is back in the project.</source>
        <translation>El archivo vuelve a leerse: su contenido está de nuevo en el proyecto.</translation>
    </message>
    <message>
        <source>(the entry is not a plain file: there is no text to show)</source>
        <translation>(la entrada no es un archivo normal: no hay texto que mostrar)</translation>
    </message>
    <message>
        <source>(only the first %1 KiB are shown)</source>
        <translation>(solo se muestran los primeros %1 KiB)</translation>
    </message>
</context>
<context>
    <name>cw::ui::ValueEditor</name>
    <message>
        <source>(no value)</source>
        <translation>(sin valor)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>true</source>
        <translation>verdadero</translation>
    </message>
    <message>
        <source>false</source>
        <translation>falso</translation>
    </message>
    <message>
        <source>text to compare with</source>
        <translation>texto con el que comparar</translation>
    </message>
    <message>
        <source>a user ARN (%1), which a condition cannot hold</source>
        <translation>un ARN de usuario (%1), que una condición no puede contener</translation>
    </message>
    <message>
        <source>a “%1” value this version cannot edit</source>
        <translation>un valor «%1» que esta versión no puede editar</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactiva)</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Valor: %1</translation>
    </message>
    <message>
        <source>(no option chosen)</source>
        <translation>(ninguna opción elegida)</translation>
    </message>
    <message>
        <source>%1 (not an option)</source>
        <translation>%1 (no es una opción)</translation>
    </message>
</context>
<context>
    <name>cw::ui::i18n::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Use &amp;System Language</source>
        <translation>Usar el idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>Cannot change the language</source>
        <translation>No se puede cambiar el idioma</translation>
    </message>
    <message>
        <source>Language changed</source>
        <translation>Idioma cambiado</translation>
    </message>
    <message>
        <source>Casewright is now in %1. The open window shows it after a restart. Restart now?</source>
        <translation>Casewright está ahora en %1. La ventana abierta lo mostrará tras reiniciar. ¿Reiniciar ahora?</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
</TS>
