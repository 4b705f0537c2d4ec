<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Elige una frase de contraseña.</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters. A few unrelated words work well.</source>
        <translation>Demasiado corta: usa al menos %1 caracteres. Unas cuantas palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message>
        <source>That is among the most used passwords or words, so it would be guessed at once. Try four or five unrelated words.</source>
        <translation>Está entre las contraseñas o palabras más usadas, así que se adivinaría enseguida. Prueba con cuatro o cinco palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>That is a keyboard pattern, a repeat or a sequence, so it would be guessed at once. Try four or five unrelated words.</source>
        <translation>Es un patrón del teclado, una repetición o una secuencia, así que se adivinaría enseguida. Prueba con cuatro o cinco palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>That looks like a date, which is quick to guess. Try four or five unrelated words.</source>
        <translation>Parece una fecha, y eso se adivina rápido. Prueba con cuatro o cinco palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>That would be guessed quickly. Try four or five unrelated words.</source>
        <translation>Se adivinaría rápido. Prueba con cuatro o cinco palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Triggered today</source>
        <translation>Hoy volvió</translation>
    </message>
    <message>
        <source>Check-in questions</source>
        <translation>Preguntas del registro</translation>
    </message>
    <message>
        <source>How did you sleep last night</source>
        <translation>Cómo dormiste anoche</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Una nota</translation>
    </message>
    <message>
        <source>A few words, if you like</source>
        <translation>Unas palabras, si quieres</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>This week&apos;s questions (optional)</source>
        <translation>Las preguntas de esta semana (opcionales)</translation>
    </message>
    <message>
        <source>An optional weekly check: a few questions about how supported you feel. It is a prompt for reflection, not a test and not a diagnosis.</source>
        <translation>Un chequeo semanal opcional: unas preguntas sobre cuánto apoyo sientes. Es una invitación a reflexionar, no una prueba ni un diagnóstico.</translation>
    </message>
    <message>
        <source>The two short questions about mood and worry (PHQ-2 and GAD-2) are left out in this language: Reflect asks them only in a validated published translation, and none is included yet.</source>
        <translation>Las dos preguntas breves sobre el ánimo y la preocupación (PHQ-2 y GAD-2) no se hacen en este idioma: Reflect solo las hace en una traducción validada y publicada, y todavía no incluye ninguna.</translation>
    </message>
    <message>
        <source>Support around you</source>
        <translation>Apoyo a tu alrededor</translation>
    </message>
    <message>
        <source>Thank you for checking in</source>
        <translation>Gracias por hacer tu registro</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Continue to a short check-in</source>
        <translation>Seguir con un registro breve</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Mood (PHQ-2)</source>
        <translation>Ánimo (PHQ-2)</translation>
    </message>
    <message>
        <source>Worry (GAD-2)</source>
        <translation>Preocupación (GAD-2)</translation>
    </message>
    <message>
        <source>A prompt to steady yourself</source>
        <translation>Una sugerencia para serenarte</translation>
    </message>
    <message>
        <source>A prompt for reflection</source>
        <translation>Una sugerencia para reflexionar</translation>
    </message>
    <message>
        <source>A prompt about kindness to yourself</source>
        <translation>Una sugerencia sobre tratarte con amabilidad</translation>
    </message>
    <message>
        <source>A prompt about forgiving yourself</source>
        <translation>Una sugerencia sobre perdonarte</translation>
    </message>
    <message>
        <source>A prompt about the system around you</source>
        <translation>Una sugerencia sobre el sistema que te rodea</translation>
    </message>
    <message>
        <source>A prompt for a review or investigation</source>
        <translation>Una sugerencia para una revisión o investigación</translation>
    </message>
    <message>
        <source>A prompt about moving forward</source>
        <translation>Una sugerencia para seguir adelante</translation>
    </message>
    <message>
        <source>A prompt about reaching out</source>
        <translation>Una sugerencia para pedir ayuda</translation>
    </message>
    <message>
        <source>&amp;Support</source>
        <translation>&amp;Apoyo</translation>
    </message>
    <message>
        <source>&amp;Check in...</source>
        <translation>Hacer un &amp;registro…</translation>
    </message>
    <message>
        <source>&amp;Triggered today...</source>
        <translation>&amp;Hoy volvió…</translation>
    </message>
    <message>
        <source>&amp;New event...</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <source>Stage &amp;guide</source>
        <translation>&amp;Guía de etapas</translation>
    </message>
    <message>
        <source>Check-ins over &amp;time</source>
        <translation>Registros a lo largo del &amp;tiempo</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>Still in the thick of it</source>
        <translation>Todavía en medio de todo</translation>
    </message>
    <message>
        <source>Moved on: stepping away (dropping out)</source>
        <translation>Seguir adelante: alejarse (irse)</translation>
    </message>
    <message>
        <source>Moved on: getting by (surviving)</source>
        <translation>Seguir adelante: ir tirando (sobrevivir)</translation>
    </message>
    <message>
        <source>Moved on: growing from it (thriving)</source>
        <translation>Seguir adelante: crecer con ello (prosperar)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Lo que pasó</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Editar evento</translation>
    </message>
    <message>
        <source>Only you will see this. A short private name is enough: something you will recognise, without patient names or details.</source>
        <translation>Solo tú lo verás. Basta un nombre privado y breve: algo que reconozcas, sin nombres ni detalles de pacientes.</translation>
    </message>
    <message>
        <source>Private title</source>
        <translation>Título privado</translation>
    </message>
    <message>
        <source>e.g. The night shift in March</source>
        <translation>p. ej., La guardia nocturna de marzo</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Cuándo pasó</translation>
    </message>
    <message>
        <source>Context (optional)</source>
        <translation>Contexto (opcional)</translation>
    </message>
    <message>
        <source>Optional. How you felt, what it meant to you. Leave the clinical facts for the incident report and your adviser.</source>
        <translation>Opcional. Cómo te sentiste, qué significó para ti. Deja los hechos clínicos para la notificación del incidente y para tu asesor.</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Where I am today</source>
        <translation>Dónde estoy hoy</translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation>Aún no lo sé</translation>
    </message>
    <message>
        <source>Use this</source>
        <translation>Usar esta</translation>
    </message>
    <message>
        <source>How it is going</source>
        <translation>Cómo va</translation>
    </message>
    <message>
        <source>The way so far</source>
        <translation>El camino hasta ahora</translation>
    </message>
    <message>
        <source>What you wrote about it</source>
        <translation>Lo que escribiste sobre ello</translation>
    </message>
    <message>
        <source>Entries about this event, newest first</source>
        <translation>Entradas sobre este evento, las más recientes primero</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Follow-up reminders</source>
        <translation>Recordatorios de seguimiento</translation>
    </message>
    <message>
        <source>New entry about it</source>
        <translation>Nueva entrada sobre esto</translation>
    </message>
    <message>
        <source>Start an exercise</source>
        <translation>Empezar un ejercicio</translation>
    </message>
    <message>
        <source>Export for a therapist…</source>
        <translation>Exportar para mi terapia…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Evento: %1</translation>
    </message>
    <message>
        <source>It happened on %1.</source>
        <translation>Pasó el %1.</translation>
    </message>
    <message>
        <source>You have not said where you are with it yet.</source>
        <translation>Todavía no has dicho en qué punto estás con esto.</translation>
    </message>
    <message>
        <source>Today you are at stage %1: %2.</source>
        <translation>Hoy estás en la etapa %1: %2.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Nothing written about it yet. “New entry about it” starts one.</source>
        <translation>Todavía no has escrito nada sobre esto. «Nueva entrada sobre esto» empieza una.</translation>
    </message>
    <message>
        <source>The newest %1 of %2; the entry list shows them all.</source>
        <translation>Las %1 más recientes de %2; la lista de entradas las muestra todas.</translation>
    </message>
    <message>
        <source>No follow-up reminders. Reminders (Journal menu) can add one.</source>
        <translation>No hay recordatorios de seguimiento. Puedes añadir uno en Recordatorios (menú Diario).</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Próximo: %1</translation>
    </message>
    <message>
        <source>Paused, or already past</source>
        <translation>En pausa, o ya pasado</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>You started this on %1. Your answers were kept; you can carry on.</source>
        <translation>Empezaste esto el %1. Tus respuestas se guardaron; puedes continuar.</translation>
    </message>
    <message>
        <source>Built on published research and practice. Help lists the sources.</source>
        <translation>Basado en investigación y práctica publicadas. La Ayuda cita las fuentes.</translation>
    </message>
    <message>
        <source>Open Support</source>
        <translation>Abrir Apoyo</translation>
    </message>
    <message>
        <source>Before you start: how distressed are you right now?</source>
        <translation>Antes de empezar: ¿cuánto malestar sientes ahora mismo?</translation>
    </message>
    <message>
        <source>Ready to keep this</source>
        <translation>Listo para guardar</translation>
    </message>
    <message>
        <source>Your answers become one entry in your journal, a heading for each step. Steps you left empty are left out. You can edit the entry later.</source>
        <translation>Tus respuestas se convierten en una entrada de tu diario, con un encabezado para cada paso. Los pasos que dejaste vacíos no se incluyen. Podrás editar la entrada más tarde.</translation>
    </message>
    <message>
        <source>Nothing is written yet, so there is nothing to save. Go back to add a few words, or close: nothing is lost.</source>
        <translation>Todavía no hay nada escrito, así que no hay nada que guardar. Vuelve atrás para añadir unas palabras, o cierra: no se pierde nada.</translation>
    </message>
    <message>
        <source>Close and finish later</source>
        <translation>Cerrar y terminar más tarde</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Exercise step</source>
        <translation>Paso del ejercicio</translation>
    </message>
    <message>
        <source>Write as much or as little as you like. You can skip this.</source>
        <translation>Escribe tanto o tan poco como quieras. Puedes saltarte este paso.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Save to my journal</source>
        <translation>Guardar en mi diario</translation>
    </message>
    <message>
        <source>Journey since %1: stages %2</source>
        <translation>Recorrido desde el %1: etapas %2</translation>
    </message>
    <message>
        <source>Journey: no stage chosen yet</source>
        <translation>Recorrido: aún no has elegido ninguna etapa</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>Stages over time</source>
        <translation>Las etapas a lo largo del tiempo</translation>
    </message>
    <message>
        <source>When you say where you are today, it shows here with the date. Moving back and forth between stages is common.</source>
        <translation>Cuando dices dónde estás hoy, aparece aquí con la fecha. Es frecuente ir y venir entre las etapas.</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>(came back; that happens)</source>
        <translation>(volvió; eso pasa)</translation>
    </message>
    <message>
        <source>%1: %2   ·   %3: %4</source>
        <translation>%1: %2   ·   %3: %4</translation>
    </message>
    <message>
        <source>How distressed are you right now</source>
        <translation>Cuánto malestar sientes ahora mismo</translation>
    </message>
    <message>
        <source>About which event</source>
        <translation>Sobre qué evento</translation>
    </message>
    <message>
        <source>No particular event</source>
        <translation>Ningún evento en particular</translation>
    </message>
    <message>
        <source>Writing prompt</source>
        <translation>Sugerencia de escritura</translation>
    </message>
    <message>
        <source>A prompt, if you want one</source>
        <translation>Una sugerencia, si quieres una</translation>
    </message>
    <message>
        <source>Use this prompt</source>
        <translation>Usar esta sugerencia</translation>
    </message>
    <message>
        <source>Another prompt</source>
        <translation>Otra sugerencia</translation>
    </message>
    <message>
        <source>No prompt, just write</source>
        <translation>Sin sugerencia, solo escribir</translation>
    </message>
    <message>
        <source>Show a prompt</source>
        <translation>Mostrar una sugerencia</translation>
    </message>
    <message>
        <source>No new prompt today: you have answered the ones that fit in the last two weeks. Just write, or come back another day.</source>
        <translation>Hoy no hay sugerencias nuevas: ya respondiste las que encajan en las últimas dos semanas. Escribe sin más, o vuelve otro día.</translation>
    </message>
    <message>
        <source>Where you are today</source>
        <translation>Dónde estás hoy</translation>
    </message>
    <message>
        <source>Stage guide</source>
        <translation>Guía de etapas</translation>
    </message>
    <message>
        <source>Stage details</source>
        <translation>Detalles de la etapa</translation>
    </message>
    <message>
        <source>New event...</source>
        <translation>Nuevo evento…</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Open its page</source>
        <translation>Abrir su página</translation>
    </message>
    <message>
        <source>Common thoughts</source>
        <translation>Pensamientos frecuentes</translation>
    </message>
    <message>
        <source>What tends to help</source>
        <translation>Lo que suele ayudar</translation>
    </message>
    <message>
        <source>Prompts for this stage</source>
        <translation>Sugerencias para esta etapa</translation>
    </message>
    <message>
        <source>Write with this prompt</source>
        <translation>Escribir con esta sugerencia</translation>
    </message>
    <message>
        <source>This is where I am today</source>
        <translation>Aquí estoy hoy</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Aún no hay eventos</translation>
    </message>
    <message>
        <source>Add an event first.</source>
        <translation>Añade primero un evento.</translation>
    </message>
    <message>
        <source>Where are you? Choose your country to see lines you can call there.</source>
        <translation>¿Dónde estás? Elige tu país para ver los teléfonos a los que puedes llamar allí.</translation>
    </message>
    <message>
        <source>Lines for</source>
        <translation>Teléfonos para</translation>
    </message>
    <message>
        <source>Someone to talk to, now</source>
        <translation>Alguien con quien hablar, ahora</translation>
    </message>
    <message>
        <source>A moment for you</source>
        <translation>Un momento para ti</translation>
    </message>
    <message>
        <source>People you can reach now</source>
        <translation>Personas a las que puedes llamar ahora</translation>
    </message>
    <message>
        <source>People you chose</source>
        <translation>Personas que elegiste</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <source>You haven&apos;t written a safety plan yet. When you feel steadier, “Write a safety plan” below takes you through it.</source>
        <translation>Todavía no has escrito un plan de seguridad. Cuando te sientas con más calma, «Escribir un plan de seguridad», aquí abajo, te guiará.</translation>
    </message>
    <message>
        <source>Your safety plan is in your journal. Unlock it to read the plan.</source>
        <translation>Tu plan de seguridad está en tu diario. Desbloquéalo para leer el plan.</translation>
    </message>
    <message>
        <source>Open my safety plan</source>
        <translation>Abrir mi plan de seguridad</translation>
    </message>
    <message>
        <source>Write a safety plan</source>
        <translation>Escribir un plan de seguridad</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Back to Support</source>
        <translation>Volver a Apoyo</translation>
    </message>
    <message>
        <source>If you are in immediate danger, call your local emergency number now.</source>
        <translation>Si estás en peligro inmediato, llama ahora al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <source>If you are in immediate danger: %1.</source>
        <translation>Si estás en peligro inmediato: %1.</translation>
    </message>
    <message>
        <source>low mood</source>
        <translation>el ánimo bajo</translation>
    </message>
    <message>
        <source>worry</source>
        <translation>la preocupación</translation>
    </message>
    <message>
        <source>Your answers this week suggest that %1 has been heavy on many days. That is common after something hard at work, and it is not a diagnosis. It is a good moment to talk with someone: a colleague you trust, your doctor, or one of the lines below. If you ever think about ending your life, call one of them now.</source>
        <translation>Tus respuestas de esta semana sugieren que %1 te ha pesado muchos días. Es frecuente después de algo duro en el trabajo, y no es un diagnóstico. Es un buen momento para hablar con alguien: un compañero o compañera de confianza, tu médico o uno de los teléfonos de abajo. Si alguna vez piensas en quitarte la vida, llama ahora a uno de ellos.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Number last checked %1</source>
        <translation>Número comprobado por última vez el %1</translation>
    </message>
    <message>
        <source>Someone I can turn to</source>
        <translation>Alguien a quien puedo acudir</translation>
    </message>
    <message>
        <source>peer supporter, therapist, chief, a friend...</source>
        <translation>compañero de apoyo, terapeuta, jefe, un amigo…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Who they are to you</source>
        <translation>Quién es para ti</translation>
    </message>
    <message>
        <source>Phone or how to reach them</source>
        <translation>Teléfono o cómo contactar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Support lines and people</source>
        <translation>Teléfonos de ayuda y personas</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>Mis personas</translation>
    </message>
    <message>
        <source>Unlock your journal to see the people you added here.</source>
        <translation>Desbloquea tu diario para ver a las personas que añadiste aquí.</translation>
    </message>
    <message>
        <source>Add someone...</source>
        <translation>Añadir a alguien…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Lines you can call</source>
        <translation>Teléfonos a los que puedes llamar</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Cuándo acudir a un profesional</translation>
    </message>
    <message>
        <source>No one added yet. A peer supporter, a friend, your EAP...</source>
        <translation>Todavía no hay nadie. Un compañero de apoyo, un amigo, el programa de ayuda al empleado…</translation>
    </message>
    <message>
        <source>3 or more: worth talking to someone about</source>
        <translation>3 o más: vale la pena hablarlo con alguien</translation>
    </message>
    <message>
        <source>Check-ins as a table</source>
        <translation>Registros en una tabla</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>no preguntado</translation>
    </message>
    <message>
        <source>Check-ins over time</source>
        <translation>Registros a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Dashed lines mark the days you said where you were with an event.</source>
        <translation>Las líneas discontinuas marcan los días en que dijiste en qué punto estabas con un evento.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Which check-ins to show</source>
        <translation>Qué registros mostrar</translation>
    </message>
    <message>
        <source>Show as a table</source>
        <translation>Mostrar como tabla</translation>
    </message>
    <message>
        <source>Show as a chart</source>
        <translation>Mostrar como gráfico</translation>
    </message>
    <message>
        <source>No check-ins here yet. A check-in takes half a minute; over time this shows how your days have been.</source>
        <translation>Todavía no hay registros aquí. Un registro lleva medio minuto; con el tiempo, aquí se ve cómo han ido tus días.</translation>
    </message>
    <message>
        <source>Distress over time</source>
        <translation>Malestar a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>All check-ins</source>
        <translation>Todos los registros</translation>
    </message>
    <message>
        <source>Distress</source>
        <translation>Malestar</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Chart of %1; Show as a table gives the same numbers</source>
        <translation>Gráfico de %1; Mostrar como tabla da los mismos números</translation>
    </message>
    <message>
        <source>nothing ticked</source>
        <translation>nada marcado</translation>
    </message>
    <message>
        <source>%1 check-ins on %2 days.</source>
        <translation>%1 registros en %2 días.</translation>
    </message>
    <message>
        <source>One check-in so far.</source>
        <translation>Un registro hasta ahora.</translation>
    </message>
    <message>
        <source>Distress (0–10)</source>
        <translation>Malestar (0–10)</translation>
    </message>
    <message>
        <source>Sleep (0–4)</source>
        <translation>Sueño (0–4)</translation>
    </message>
    <message>
        <source>PHQ-2, mood (0–6)</source>
        <translation>PHQ-2, ánimo (0–6)</translation>
    </message>
    <message>
        <source>GAD-2, worry (0–6)</source>
        <translation>GAD-2, preocupación (0–6)</translation>
    </message>
    <message>
        <source>Support: {name} (0–4)</source>
        <translation>Apoyo: {name} (0–4)</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Triggered that day</source>
        <translation>Volvió ese día</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Etapa %1</translation>
    </message>
    <message>
        <source>On {day}</source>
        <translation>El {day}</translation>
    </message>
    <message>
        <source>Private — prepared for my therapist</source>
        <translation>Privado: preparado para mi terapia</translation>
    </message>
    <message>
        <source>Reflections to talk through</source>
        <translation>Reflexiones para hablar</translation>
    </message>
    <message>
        <source>Untitled entry</source>
        <translation>Entrada sin título</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>Where I was, over time</source>
        <translation>Dónde estuve, a lo largo del tiempo</translation>
    </message>
    <message>
        <source>No stage choices recorded in this period.</source>
        <translation>No hay etapas elegidas en este periodo.</translation>
    </message>
    <message>
        <source>No check-ins in this period.</source>
        <translation>No hay registros en este periodo.</translation>
    </message>
    <message>
        <source>{day}: Stage {number}</source>
        <translation>{day}: etapa {number}</translation>
    </message>
    <message>
        <source>Stage {number}: {name}</source>
        <translation>Etapa {number}: {name}</translation>
    </message>
    <message>
        <source>Stage {number}</source>
        <translation>Etapa {number}</translation>
    </message>
    <message>
        <source>Since {day}</source>
        <translation>Desde el {day}</translation>
    </message>
    <message>
        <source>Until {day}</source>
        <translation>Hasta el {day}</translation>
    </message>
    <message>
        <source>Some people find it helps to return to an event after a little time has passed. Would you like a reminder? It shows only a general line of text; clicking it opens this event once Reflect is unlocked.</source>
        <translation>A algunas personas les ayuda volver sobre un evento cuando ha pasado un tiempo. ¿Quieres un recordatorio? Solo muestra una línea de texto general; al hacer clic, abre este evento una vez que Reflect esté desbloqueado.</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>Dentro de 3 días</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>Dentro de una semana</translation>
    </message>
    <message>
        <source>In a month</source>
        <translation>Dentro de un mes</translation>
    </message>
    <message>
        <source>Date for {label}</source>
        <translation>Fecha para {label}</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <source>At</source>
        <translation>A las</translation>
    </message>
    <message>
        <source>Set reminders</source>
        <translation>Configurar recordatorios</translation>
    </message>
    <message>
        <source>Open Reflect</source>
        <extracomment>The rule id ``activated`` carries for the &quot;while you were away&quot; summary.</extracomment>
        <translation>Abrir Reflect</translation>
    </message>
    <message>
        <source>Remind me again</source>
        <translation>Recordármelo de nuevo</translation>
    </message>
    <message>
        <source>Quit Reflect</source>
        <translation>Salir de Reflect</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Con qué frecuencia</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>On the days I choose</source>
        <translation>Los días que elija</translation>
    </message>
    <message>
        <source>Once a week</source>
        <translation>Una vez por semana</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Una vez</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Open a check-in when I click it</source>
        <translation>Abrir un registro cuando haga clic</translation>
    </message>
    <message>
        <source>Open a check-in</source>
        <translation>Abrir un registro</translation>
    </message>
    <message>
        <source>Skip it if I&apos;ve already written that day</source>
        <translation>Omitirlo si ya escribí ese día</translation>
    </message>
    <message>
        <source>Skip if I already wrote today</source>
        <translation>Omitir si ya escribí hoy</translation>
    </message>
    <message>
        <source>Words shown</source>
        <translation>Texto que se muestra</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Nota privada</translation>
    </message>
    <message>
        <source>Follow this computer&apos;s time zone</source>
        <translation>Seguir la zona horaria de este equipo</translation>
    </message>
    <message>
        <source>The notification only ever shows the words you chose above, never a note or anything you wrote. A private note stays inside your locked journal and appears after you unlock it.</source>
        <translation>La notificación solo muestra las palabras que elegiste arriba, nunca una nota ni nada de lo que escribiste. Una nota privada se queda dentro de tu diario bloqueado y aparece después de desbloquearlo.</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Horas de silencio</translation>
    </message>
    <message>
        <source>Hold reminders between</source>
        <translation>Retener los recordatorios entre</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Inicio de las horas de silencio</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin de las horas de silencio</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>A reminder that falls in quiet hours waits until they end.</source>
        <translation>Un recordatorio que cae en horas de silencio espera a que terminen.</translation>
    </message>
    <message>
        <source>In the background</source>
        <translation>En segundo plano</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Seguir en la bandeja del sistema cuando se cierre la ventana</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Seguir en la bandeja del sistema</translation>
    </message>
    <message>
        <source>Start Reflect when I log in</source>
        <translation>Iniciar Reflect al iniciar sesión</translation>
    </message>
    <message>
        <source>Reflect starts locked and quiet, so reminders can arrive on time.</source>
        <translation>Reflect se inicia bloqueado y en silencio, para que los recordatorios lleguen a tiempo.</translation>
    </message>
    <message>
        <source>Reminders show only a short, general line such as “Time for a few quiet minutes”, never anything you wrote. They arrive even while Reflect is locked.</source>
        <translation>Los recordatorios solo muestran una línea breve y general, como «Un momento para unos minutos de calma», nunca nada de lo que escribiste. Llegan incluso con Reflect bloqueado.</translation>
    </message>
    <message>
        <source>Your reminders</source>
        <translation>Tus recordatorios</translation>
    </message>
    <message>
        <source>No reminders yet. A daily one at a time that suits you is a gentle place to start.</source>
        <translation>Todavía no hay recordatorios. Uno diario, a la hora que te venga bien, es una forma suave de empezar.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Add a reminder</source>
        <translation>Añadir un recordatorio</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Every day at {time}</source>
        <translation>Todos los días a las {time}</translation>
    </message>
    <message>
        <source>Weekdays at {time}</source>
        <translation>Entre semana a las {time}</translation>
    </message>
    <message>
        <source>Every {day} at {time}</source>
        <translation>Cada {day} a las {time}</translation>
    </message>
    <message>
        <source>{days} at {time}</source>
        <translation>{days} a las {time}</translation>
    </message>
    <message>
        <source>Once, {date} at {time}</source>
        <translation>Una vez, el {date} a las {time}</translation>
    </message>
    <message>
        <source>to write</source>
        <translation>para escribir</translation>
    </message>
    <message>
        <source>to check in</source>
        <translation>para hacer un registro</translation>
    </message>
    <message>
        <source>to follow up on an event</source>
        <translation>para hacer el seguimiento de un evento</translation>
    </message>
    <message>
        <source>with a private note</source>
        <translation>con una nota privada</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Next: {when}</source>
        <translation>Próximo: {when}</translation>
    </message>
    <message>
        <source> (snoozed)</source>
        <translation> (pospuesto)</translation>
    </message>
    <message>
        <source> · skipped on days you&apos;ve written</source>
        <translation> · se omite los días en que escribiste</translation>
    </message>
    <message>
        <source>This happened very recently. The first hours are often stage 1, chaos and shock.</source>
        <translation>Esto pasó hace muy poco. Las primeras horas suelen ser la etapa 1, caos y conmoción.</translation>
    </message>
    <message>
        <source>A trigger can bring the replaying back for a while. Stage 2 may fit today, and that is not going backwards.</source>
        <translation>Un desencadenante puede traer de vuelta los recuerdos durante un tiempo. Quizá hoy encaje la etapa 2, y eso no es retroceder.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo salió mal.</translation>
    </message>
    <message>
        <source>Reflect hit an internal problem. Nothing you wrote was changed.</source>
        <translation>Reflect tuvo un problema interno. No se cambió nada de lo que escribiste.</translation>
    </message>
    <message>
        <source>Reflect could not open this journal.</source>
        <translation>Reflect no pudo abrir este diario.</translation>
    </message>
    <message>
        <source>That passphrase didn&apos;t open this journal. Check Caps Lock and try again, or use your recovery key.</source>
        <translation>Esa frase de contraseña no abrió este diario. Revisa el Bloq Mayús e inténtalo de nuevo, o usa tu clave de recuperación.</translation>
    </message>
    <message>
        <source>That recovery key didn&apos;t open this journal. Check each group of characters against your printed copy.</source>
        <translation>Esa clave de recuperación no abrió este diario. Compara cada grupo de caracteres con tu copia impresa.</translation>
    </message>
    <message>
        <source>A recovery key has 64 characters (digits 0-9 and letters A-F), usually written in 8 groups. Check that nothing is missing.</source>
        <translation>Una clave de recuperación tiene 64 caracteres (dígitos del 0 al 9 y letras de la A a la F), normalmente escritos en 8 grupos. Comprueba que no falte nada.</translation>
    </message>
    <message>
        <source>This journal&apos;s files look damaged, so Reflect did not change anything. Restore your most recent backup, or open the journal with your recovery key. Keep the damaged folder: do not delete it.</source>
        <translation>Los archivos de este diario parecen dañados, así que Reflect no cambió nada. Restaura tu copia de seguridad más reciente, o abre el diario con tu clave de recuperación. Conserva la carpeta dañada: no la borres.</translation>
    </message>
    <message>
        <source>This journal was made by a newer Reflect. Install the latest version of Reflect to open it; nothing was changed.</source>
        <translation>Este diario lo creó una versión más reciente de Reflect. Instala la última versión de Reflect para abrirlo; no se cambió nada.</translation>
    </message>
    <message>
        <source>This journal is already open in another Reflect window. Close that window first.</source>
        <translation>Este diario ya está abierto en otra ventana de Reflect. Cierra antes esa ventana.</translation>
    </message>
    <message>
        <source>There is no Reflect journal in this folder.</source>
        <translation>No hay ningún diario de Reflect en esta carpeta.</translation>
    </message>
    <message>
        <source>This folder already holds files, so Reflect will not create a journal here. Choose an empty folder.</source>
        <translation>Esta carpeta ya contiene archivos, así que Reflect no creará un diario aquí. Elige una carpeta vacía.</translation>
    </message>
    <message>
        <source>Reflect can open this journal only from a folder it can write to, and this one is read-only. Copy the whole journal folder to a folder of yours (or check its permissions) and open it from there; nothing was changed.</source>
        <translation>Reflect solo puede abrir este diario desde una carpeta en la que pueda escribir, y esta es de solo lectura. Copia toda la carpeta del diario a una carpeta tuya (o revisa sus permisos) y ábrelo desde allí; no se cambió nada.</translation>
    </message>
    <message>
        <source>The journal is locked. Unlock it to go on.</source>
        <translation>El diario está bloqueado. Desbloquéalo para continuar.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Detenido. No se cambió nada.</translation>
    </message>
    <message>
        <source>Reflect could not save because the disk is full or cannot be written to. Free some space; what you wrote is still on screen and will be saved when space is available.</source>
        <translation>Reflect no pudo guardar porque el disco está lleno o no se puede escribir en él. Libera algo de espacio; lo que escribiste sigue en pantalla y se guardará cuando haya espacio.</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>Ese elemento ya no existe.</translation>
    </message>
    <message>
        <source>That value isn&apos;t one Reflect can accept.</source>
        <translation>Reflect no puede aceptar ese valor.</translation>
    </message>
    <message>
        <source>A stage is a number from 1 to 6.</source>
        <translation>Una etapa es un número del 1 al 6.</translation>
    </message>
    <message>
        <source>{what} is a whole number from {low} to {high}.</source>
        <translation>{what} es un número entero del {low} al {high}.</translation>
    </message>
    <message>
        <source>That event no longer exists.</source>
        <translation>Ese evento ya no existe.</translation>
    </message>
    <message>
        <source>Give the event a short private title.</source>
        <translation>Dale al evento un título privado y breve.</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>Un contacto necesita un nombre.</translation>
    </message>
    <message>
        <source>That entry no longer exists.</source>
        <translation>Esa entrada ya no existe.</translation>
    </message>
    <message>
        <source>Only a single word can be added to your words. Choose one word, without spaces, and try again.</source>
        <translation>Solo se puede añadir una palabra suelta a tus palabras. Elige una palabra, sin espacios, e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Your words already number {count:,}, the most Reflect keeps. Remove some in Settings, under Spelling, then add this one again.</source>
        <translation>Tus palabras ya son {count:,}, el máximo que guarda Reflect. Quita algunas en Configuración, en Ortografía, y luego añade esta de nuevo.</translation>
    </message>
    <message>
        <source>This file isn&apos;t a Reflect backup. Backups end in .reflectbackup; choose another file. Nothing was changed.</source>
        <translation>Este archivo no es una copia de seguridad de Reflect. Las copias terminan en .reflectbackup; elige otro archivo. No se cambió nada.</translation>
    </message>
    <message>
        <source>This backup is damaged (it may have been copied only in part), so Reflect did not use it. Nothing was changed. Try an older backup.</source>
        <translation>Esta copia de seguridad está dañada (quizá se copió solo en parte), así que Reflect no la usó. No se cambió nada. Prueba con una copia más antigua.</translation>
    </message>
    <message>
        <source>This backup was made by a newer Reflect. Install the latest version of Reflect to restore it; nothing was changed.</source>
        <translation>Esta copia de seguridad la hizo una versión más reciente de Reflect. Instala la última versión de Reflect para restaurarla; no se cambió nada.</translation>
    </message>
    <message>
        <source>Reflect is still changing this journal&apos;s key. Try the backup again in a moment.</source>
        <translation>Reflect todavía está cambiando la clave de este diario. Vuelve a intentar la copia de seguridad en un momento.</translation>
    </message>
    <message>
        <source>Set a new passphrase for this journal first; then Reflect can back it up.</source>
        <translation>Primero elige una nueva frase de contraseña para este diario; después Reflect podrá hacer una copia de seguridad.</translation>
    </message>
    <message>
        <source>Reflect could not read this file ({reason}).</source>
        <translation>Reflect no pudo leer este archivo ({reason}).</translation>
    </message>
    <message>
        <source>That folder already holds files. Choose an empty folder for the restored journal.</source>
        <translation>Esa carpeta ya contiene archivos. Elige una carpeta vacía para el diario restaurado.</translation>
    </message>
    <message>
        <source>Choose a normal folder for the restored journal, not a shortcut.</source>
        <translation>Elige una carpeta normal para el diario restaurado, no un acceso directo.</translation>
    </message>
    <message>
        <source>That recovery key doesn&apos;t open this backup. It may belong to another journal, or the key was changed after this backup was made.</source>
        <translation>Esa clave de recuperación no abre esta copia de seguridad. Puede que sea de otro diario, o que la clave se cambiara después de hacer la copia.</translation>
    </message>
    <message>
        <source>That folder already holds files. Choose a new, empty folder for the Markdown copy.</source>
        <translation>Esa carpeta ya contiene archivos. Elige una carpeta nueva y vacía para la copia en Markdown.</translation>
    </message>
    <message>
        <source>No entries match what you chose. Try a wider date range or other tags.</source>
        <extracomment>``ReviewItem.entry_id`` for findings in the document title itself.</extracomment>
        <translation>Ninguna entrada coincide con lo que elegiste. Prueba con un intervalo de fechas más amplio o con otras etiquetas.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Reflect could not read this file, so nothing was imported. Check that it is an export from jrnl, Day One or Reflect, or a folder of Markdown files.</source>
        <translation>Reflect no pudo leer este archivo, así que no se importó nada. Comprueba que sea una exportación de jrnl, Day One o Reflect, o una carpeta de archivos Markdown.</translation>
    </message>
    <message>
        <source>This is a shortcut (symbolic link); choose the file it points to.</source>
        <translation>Esto es un acceso directo (enlace simbólico); elige el archivo al que apunta.</translation>
    </message>
    <message>
        <source>This isn&apos;t a file Reflect can import.</source>
        <translation>Reflect no puede importar este archivo.</translation>
    </message>
    <message>
        <source>This is larger than Reflect can import at once ({size} MB).</source>
        <translation>Es más de lo que Reflect puede importar de una vez ({size} MB).</translation>
    </message>
    <message>
        <source>This file isn&apos;t UTF-8 text.</source>
        <translation>Este archivo no es texto UTF-8.</translation>
    </message>
    <message>
        <source>This file holds far more items than a journal export, so Reflect won&apos;t read it.</source>
        <translation>Este archivo contiene muchos más elementos que una exportación de diario, así que Reflect no lo leerá.</translation>
    </message>
    <message>
        <source>This file isn&apos;t valid JSON; it may be damaged or incomplete.</source>
        <translation>Este archivo no es JSON válido; puede que esté dañado o incompleto.</translation>
    </message>
    <message>
        <source>This zip file holds too many files to be an export.</source>
        <translation>Este archivo zip contiene demasiados archivos para ser una exportación.</translation>
    </message>
    <message>
        <source>This zip file is damaged or uses a format Reflect can&apos;t read.</source>
        <translation>Este archivo zip está dañado o usa un formato que Reflect no puede leer.</translation>
    </message>
    <message>
        <source>This zip file contains unsafe file paths, so Reflect won&apos;t read it.</source>
        <translation>Este archivo zip contiene rutas de archivo peligrosas, así que Reflect no lo leerá.</translation>
    </message>
    <message>
        <source>This zip file contains shortcuts (symbolic links), so Reflect won&apos;t read it.</source>
        <translation>Este archivo zip contiene accesos directos (enlaces simbólicos), así que Reflect no lo leerá.</translation>
    </message>
    <message>
        <source>This zip file is password-protected. Export it again without a password.</source>
        <translation>Este archivo zip está protegido con contraseña. Vuelve a exportarlo sin contraseña.</translation>
    </message>
    <message>
        <source>This zip file looks unsafe (it expands far too much), so Reflect won&apos;t read it.</source>
        <translation>Este archivo zip parece peligroso (se descomprime demasiado), así que Reflect no lo leerá.</translation>
    </message>
    <message>
        <source>This zip file looks unsafe (a file is larger than it claims).</source>
        <translation>Este archivo zip parece peligroso (un archivo es más grande de lo que dice).</translation>
    </message>
    <message>
        <source>In this file, {what} is not text as expected.</source>
        <translation>En este archivo, {what} no es texto como se esperaba.</translation>
    </message>
    <message>
        <source>In this file, {what} is larger than Reflect accepts (5 MB).</source>
        <translation>En este archivo, {what} supera lo que Reflect acepta (5 MB).</translation>
    </message>
    <message>
        <source>In this file, {what} contains invalid characters.</source>
        <translation>En este archivo, {what} contiene caracteres no válidos.</translation>
    </message>
    <message>
        <source>In this file, the tags of {what} are not a list as expected.</source>
        <translation>En este archivo, las etiquetas de {what} no son una lista como se esperaba.</translation>
    </message>
    <message>
        <source>a tag of {what}</source>
        <translation>una etiqueta de {what}</translation>
    </message>
    <message>
        <source>In this file, a tag of {what} is too long.</source>
        <translation>En este archivo, una etiqueta de {what} es demasiado larga.</translation>
    </message>
    <message>
        <source>In this file, {what} is not a whole number from {low} to {high}.</source>
        <translation>En este archivo, {what} no es un número entero del {low} al {high}.</translation>
    </message>
    <message>
        <source>In this file, {what} is not a date and time Reflect understands.</source>
        <translation>En este archivo, {what} no es una fecha y hora que Reflect entienda.</translation>
    </message>
    <message>
        <source>In this file, {what} is outside the dates Reflect can store.</source>
        <translation>En este archivo, {what} está fuera de las fechas que Reflect puede guardar.</translation>
    </message>
    <message>
        <source>In this file, {what} is not in the expected form.</source>
        <translation>En este archivo, {what} no tiene la forma esperada.</translation>
    </message>
    <message>
        <source>In this file, {what} is not a list as expected.</source>
        <translation>En este archivo, {what} no es una lista como se esperaba.</translation>
    </message>
    <message>
        <source>This file has more entries than Reflect can import at once ({count}).</source>
        <translation>Este archivo tiene más entradas de las que Reflect puede importar de una vez ({count}).</translation>
    </message>
    <message>
        <source>Time for a few quiet minutes</source>
        <translation>Un momento para unos minutos de calma</translation>
    </message>
    <message>
        <source>A moment for yourself, if you&apos;d like one</source>
        <translation>Un momento para ti, si quieres</translation>
    </message>
    <message>
        <source>Reflect is here when you want it</source>
        <translation>Reflect está aquí cuando lo necesites</translation>
    </message>
    <message>
        <source>A gentle reminder from Reflect</source>
        <translation>Un recordatorio amable de Reflect</translation>
    </message>
    <message>
        <source>Some reminders came by while Reflect was closed</source>
        <translation>Llegaron algunos recordatorios mientras Reflect estaba cerrado</translation>
    </message>
    <message>
        <source>A reminder id must be a uuid.</source>
        <extracomment>Everything a notifier is ever allowed to display.</extracomment>
        <translation>El identificador de un recordatorio debe ser un UUID.</translation>
    </message>
    <message>
        <source>An event id must be a uuid.</source>
        <translation>El identificador de un evento debe ser un UUID.</translation>
    </message>
    <message>
        <source>Unknown reminder wording.</source>
        <translation>Texto de recordatorio desconocido.</translation>
    </message>
    <message>
        <source>Unknown time zone.</source>
        <translation>Zona horaria desconocida.</translation>
    </message>
    <message>
        <source>Choose at least one day for the reminder.</source>
        <translation>Elige al menos un día para el recordatorio.</translation>
    </message>
    <message>
        <source>Choose a date for the reminder.</source>
        <translation>Elige una fecha para el recordatorio.</translation>
    </message>
    <message>
        <source>A follow-up needs an event.</source>
        <translation>Un seguimiento necesita un evento.</translation>
    </message>
    <message>
        <source>Reminder times must carry a zone.</source>
        <translation>Las horas de los recordatorios deben llevar zona horaria.</translation>
    </message>
    <message>
        <source> Did you mean {meant}?</source>
        <translation> ¿Quisiste decir {meant}?</translation>
    </message>
    <message>
        <source>Group {number} has “{ch}”, which is never in a recovery key: keys use only the digits 0-9 and the letters A-F.</source>
        <translation>El grupo {number} contiene «{ch}», que nunca aparece en una clave de recuperación: las claves solo usan los dígitos del 0 al 9 y las letras de la A a la F.</translation>
    </message>
    <message>
        <source>The key has “{ch}”, which is never in a recovery key: keys use only the digits 0-9 and the letters A-F.</source>
        <translation>La clave contiene «{ch}», que nunca aparece en una clave de recuperación: las claves solo usan los dígitos del 0 al 9 y las letras de la A a la F.</translation>
    </message>
    <message>
        <source>Group {number} has {count} characters; each group has {size}. Check that group against your printout.</source>
        <translation>El grupo {number} tiene {count} caracteres; cada grupo tiene {size}. Compara ese grupo con tu copia impresa.</translation>
    </message>
    <message>
        <source>This has {count} of the {expected} characters of a recovery key. Check that nothing is missing.</source>
        <translation>Aquí hay {count} de los {expected} caracteres de una clave de recuperación. Comprueba que no falte nada.</translation>
    </message>
    <message>
        <source>This has {count} characters; a recovery key has {expected}. Check for a character typed twice.</source>
        <translation>Aquí hay {count} caracteres; una clave de recuperación tiene {expected}. Comprueba si escribiste algún carácter dos veces.</translation>
    </message>
    <message>
        <source>This journal&apos;s key file (vault.json) is missing. Your entries are still there: open the journal with your recovery key, then choose a new passphrase.</source>
        <translation>Falta el archivo de clave de este diario (vault.json). Tus entradas siguen ahí: abre el diario con tu clave de recuperación y luego elige una nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>Reflect could not read {path}: {reason}.</source>
        <translation>Reflect no pudo leer {path}: {reason}.</translation>
    </message>
    <message>
        <source>This journal&apos;s database file (journal.db) is missing. Restore it from a backup; nothing was changed.</source>
        <translation>Falta el archivo de base de datos de este diario (journal.db). Restáuralo desde una copia de seguridad; no se cambió nada.</translation>
    </message>
    <message>
        <source>To change the passphrase, enter the current one (or open the journal with the recovery key).</source>
        <translation>Para cambiar la frase de contraseña, escribe la actual (o abre el diario con la clave de recuperación).</translation>
    </message>
    <message>
        <source>This journal already uses the new recovery key; keep that one.</source>
        <translation>Este diario ya usa la nueva clave de recuperación; conserva esa.</translation>
    </message>
    <message>
        <source>Weekly questions</source>
        <translation>Preguntas semanales</translation>
    </message>
    <message>
        <source>No weekly questions answered in this period.</source>
        <translation>No hay preguntas semanales respondidas en este periodo.</translation>
    </message>
    <message>
        <source>PHQ-2 (0–6)</source>
        <translation>PHQ-2 (0–6)</translation>
    </message>
    <message>
        <source>GAD-2 (0–6)</source>
        <translation>GAD-2 (0–6)</translation>
    </message>
    <message>
        <source>Distress at each check-in, averaged per day (0 = calm, 10 = the worst it gets).</source>
        <translation>El malestar en cada registro, promediado por día (0 = calma, 10 = lo peor posible).</translation>
    </message>
    <message>
        <source>Reflect could not write to {folder}: the disk is full or the folder cannot be written to. Free some space or choose another folder; nothing was changed.</source>
        <translation>Reflect no pudo escribir en {folder}: el disco está lleno o no se puede escribir en la carpeta. Libera espacio o elige otra carpeta; no se cambió nada.</translation>
    </message>
    <message>
        <source>Reflect could not write to {folder} ({reason}). Nothing was changed; try another folder.</source>
        <translation>Reflect no pudo escribir en {folder} ({reason}). No se cambió nada; prueba con otra carpeta.</translation>
    </message>
    <message>
        <source>[name]</source>
        <extracomment>What each kind of finding is replaced with, in English (``Finding.label`` gives the current language&apos;s words: the therapist reads the export in that language).</extracomment>
        <translation>[nombre]</translation>
    </message>
    <message>
        <source>[date]</source>
        <translation>[fecha]</translation>
    </message>
    <message>
        <source>[age]</source>
        <translation>[edad]</translation>
    </message>
    <message>
        <source>[phone]</source>
        <translation>[teléfono]</translation>
    </message>
    <message>
        <source>[email]</source>
        <translation>[correo]</translation>
    </message>
    <message>
        <source>[id number]</source>
        <translation>[número de identificación]</translation>
    </message>
    <message>
        <source>[address]</source>
        <translation>[dirección]</translation>
    </message>
    <message>
        <source>[zip]</source>
        <translation>[código postal]</translation>
    </message>
    <message>
        <source>[postcode]</source>
        <translation>[código postal]</translation>
    </message>
    <message>
        <source>[place]</source>
        <translation>[lugar]</translation>
    </message>
    <message>
        <source>[url]</source>
        <translation>[dirección web]</translation>
    </message>
    <message>
        <source>[ip address]</source>
        <translation>[dirección IP]</translation>
    </message>
    <message>
        <source>[photo not imported]</source>
        <extracomment>Day One&apos;s attachment lists, and the note left in the entry where one was.</extracomment>
        <translation>[foto no importada]</translation>
    </message>
    <message>
        <source>[audio recording not imported]</source>
        <translation>[grabación de audio no importada]</translation>
    </message>
    <message>
        <source>[video not imported]</source>
        <translation>[vídeo no importado]</translation>
    </message>
    <message>
        <source>[PDF not imported]</source>
        <translation>[PDF no importado]</translation>
    </message>
    <message>
        <source>This zip file has no Day One journal (.json) in it.</source>
        <translation>Este archivo zip no contiene ningún diario de Day One (.json).</translation>
    </message>
    <message>
        <source>This zip file holds a JSON file that isn&apos;t a Day One journal.</source>
        <translation>Este archivo zip contiene un archivo JSON que no es un diario de Day One.</translation>
    </message>
    <message>
        <source>entry {n}</source>
        <translation>la entrada {n}</translation>
    </message>
    <message>
        <source>the id of {what}</source>
        <translation>el identificador de {what}</translation>
    </message>
    <message>
        <source>In this file, the id of {what} is not a Day One id.</source>
        <translation>En este archivo, el identificador de {what} no es un identificador de Day One.</translation>
    </message>
    <message>
        <source>the date of {what}</source>
        <translation>la fecha de {what}</translation>
    </message>
    <message>
        <source>the change date of {what}</source>
        <translation>la fecha de modificación de {what}</translation>
    </message>
    <message>
        <source>the text of {what}</source>
        <translation>el texto de {what}</translation>
    </message>
    <message>
        <source>1 empty entry was left out.</source>
        <translation>Se dejó fuera 1 entrada vacía.</translation>
    </message>
    <message>
        <source>{count} empty entries were left out.</source>
        <translation>Se dejaron fuera {count} entradas vacías.</translation>
    </message>
    <message>
        <source>{count} of the entries had no time zone; their dates follow this computer&apos;s.</source>
        <translation>{count} de las entradas no tenían zona horaria; sus fechas siguen la de este equipo.</translation>
    </message>
    <message>
        <source>the title of {what}</source>
        <translation>el título de {what}</translation>
    </message>
    <message>
        <source>the time of {what}</source>
        <translation>la hora de {what}</translation>
    </message>
    <message>
        <source>In this file, the date of {what} is not one Reflect understands.</source>
        <translation>En este archivo, la fecha de {what} no es una que Reflect entienda.</translation>
    </message>
    <message>
        <source>In this file, the star of {what} is not true or false.</source>
        <translation>En este archivo, la estrella de {what} no es verdadera ni falsa.</translation>
    </message>
    <message>
        <source>This folder has no Markdown (.md) files in it.</source>
        <translation>Esta carpeta no contiene archivos Markdown (.md).</translation>
    </message>
    <message>
        <source>This folder is larger than Reflect can import at once (200 MB).</source>
        <translation>Esta carpeta supera lo que Reflect puede importar de una vez (200 MB).</translation>
    </message>
    <message>
        <source>This folder contains a shortcut (symbolic link). Move the real files into the folder and try again.</source>
        <translation>Esta carpeta contiene un acceso directo (enlace simbólico). Mueve los archivos reales a la carpeta e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Reflect could not read one of the files in this folder.</source>
        <translation>Reflect no pudo leer uno de los archivos de esta carpeta.</translation>
    </message>
    <message>
        <source>This folder has more files than Reflect can import at once.</source>
        <translation>Esta carpeta tiene más archivos de los que Reflect puede importar de una vez.</translation>
    </message>
    <message>
        <source>A file&apos;s date wasn&apos;t one Reflect understands; its last change date was used.</source>
        <translation>La fecha de un archivo no era una que Reflect entienda; se usó su fecha de última modificación.</translation>
    </message>
    <message>
        <source>This Reflect export has no valid version number.</source>
        <translation>Esta exportación de Reflect no tiene un número de versión válido.</translation>
    </message>
    <message>
        <source>This export was made by a newer Reflect. Install the latest Reflect first.</source>
        <translation>Esta exportación la hizo una versión más reciente de Reflect. Instala primero la última versión de Reflect.</translation>
    </message>
    <message>
        <source>event {n}</source>
        <translation>el evento {n}</translation>
    </message>
    <message>
        <source>In this file, two events have the same id.</source>
        <translation>En este archivo, dos eventos tienen el mismo identificador.</translation>
    </message>
    <message>
        <source>check-in {n}</source>
        <translation>el registro {n}</translation>
    </message>
    <message>
        <source>In this file, {what} is not a valid id.</source>
        <translation>En este archivo, {what} no es un identificador válido.</translation>
    </message>
    <message>
        <source>the event of {what}</source>
        <translation>el evento de {what}</translation>
    </message>
    <message>
        <source>In this file, {what} has no title.</source>
        <translation>En este archivo, {what} no tiene título.</translation>
    </message>
    <message>
        <source>the status of {what}</source>
        <translation>el estado de {what}</translation>
    </message>
    <message>
        <source>In this file, the status of {what} is not one Reflect knows.</source>
        <translation>En este archivo, el estado de {what} no es uno que Reflect conozca.</translation>
    </message>
    <message>
        <source>the stages of {what}</source>
        <translation>las etapas de {what}</translation>
    </message>
    <message>
        <source>stage {number} of {what}</source>
        <translation>la etapa {number} de {what}</translation>
    </message>
    <message>
        <source>a stage of {what}</source>
        <translation>una etapa de {what}</translation>
    </message>
    <message>
        <source>a stage date of {what}</source>
        <translation>una fecha de etapa de {what}</translation>
    </message>
    <message>
        <source>the notes of {what}</source>
        <translation>las notas de {what}</translation>
    </message>
    <message>
        <source>the stage of {what}</source>
        <translation>la etapa de {what}</translation>
    </message>
    <message>
        <source>the creation date of {what}</source>
        <translation>la fecha de creación de {what}</translation>
    </message>
    <message>
        <source>the support ratings of {what}</source>
        <translation>las valoraciones de apoyo de {what}</translation>
    </message>
    <message>
        <source>In this file, {what} has too many support ratings.</source>
        <translation>En este archivo, {what} tiene demasiadas valoraciones de apoyo.</translation>
    </message>
    <message>
        <source>a support rating of {what}</source>
        <translation>una valoración de apoyo de {what}</translation>
    </message>
    <message>
        <source>In this file, &apos;triggered&apos; of {what} is not true or false.</source>
        <translation>En este archivo, «volvió» de {what} no es verdadero ni falso.</translation>
    </message>
    <message>
        <source>the distress of {what}</source>
        <translation>el malestar de {what}</translation>
    </message>
    <message>
        <source>the sleep of {what}</source>
        <translation>el sueño de {what}</translation>
    </message>
    <message>
        <source>the note of {what}</source>
        <translation>la nota de {what}</translation>
    </message>
    <message>
        <source>the PHQ-2 score of {what}</source>
        <translation>la puntuación PHQ-2 de {what}</translation>
    </message>
    <message>
        <source>the GAD-2 score of {what}</source>
        <translation>la puntuación GAD-2 de {what}</translation>
    </message>
    <message>
        <source>In this file, an entry or check-in belongs to an event that isn&apos;t there.</source>
        <translation>En este archivo, una entrada o un registro pertenece a un evento que no está.</translation>
    </message>
    <message>
        <source>This is a shortcut (symbolic link); choose the file or folder itself.</source>
        <translation>Esto es un acceso directo (enlace simbólico); elige el propio archivo o carpeta.</translation>
    </message>
    <message>
        <source>That file or folder no longer exists.</source>
        <translation>Ese archivo o carpeta ya no existe.</translation>
    </message>
    <message>
        <source>Reflect could not open this file or folder.</source>
        <translation>Reflect no pudo abrir este archivo o carpeta.</translation>
    </message>
    <message>
        <source>Reflect doesn&apos;t recognise this file. It can import jrnl JSON exports (jrnl --format json), Day One JSON exports, Reflect exports and Markdown files.</source>
        <translation>Reflect no reconoce este archivo. Puede importar exportaciones JSON de jrnl (jrnl --format json), exportaciones JSON de Day One, exportaciones de Reflect y archivos Markdown.</translation>
    </message>
    <message>
        <source>This file is damaged or was changed by something other than Reflect, so it was skipped.</source>
        <translation>Este archivo está dañado o lo modificó algo distinto de Reflect, así que se omitió.</translation>
    </message>
    <message>
        <source>This file was made by a newer Reflect, so it was skipped. Install the latest Reflect.</source>
        <translation>Este archivo lo hizo una versión más reciente de Reflect, así que se omitió. Instala la última versión de Reflect.</translation>
    </message>
    <message>
        <source>This file belongs to another journal, so it was skipped.</source>
        <translation>Este archivo es de otro diario, así que se omitió.</translation>
    </message>
    <message>
        <source>Your passphrase or recovery key was changed on another computer. Enter the passphrase you use there once, and this computer will be in step again.</source>
        <translation>Tu frase de contraseña o tu clave de recuperación se cambió en otro equipo. Escribe una vez la frase de contraseña que usas allí y este equipo volverá a estar al día.</translation>
    </message>
    <message>
        <source>This file was written before this computer changed the journal&apos;s recovery key. It will be in step once Reflect has been opened on that computer and its passphrase entered there.</source>
        <translation>Este archivo se escribió antes de que este equipo cambiara la clave de recuperación del diario. Estará al día cuando se abra Reflect en ese equipo y se escriba allí la frase de contraseña.</translation>
    </message>
    <message>
        <source>This file is far larger than a journal could make, so it was skipped.</source>
        <translation>Este archivo es mucho más grande de lo que un diario podría crear, así que se omitió.</translation>
    </message>
    <message>
        <source>Reflect could not read this file, so it was skipped.</source>
        <translation>Reflect no pudo leer este archivo, así que se omitió.</translation>
    </message>
    <message>
        <source>This backup is of another journal, or of this one before its recovery key was changed. Enter the passphrase that was in use when it was made, or its recovery key.</source>
        <translation>Esta copia de seguridad es de otro diario, o de este antes de que se cambiara su clave de recuperación. Escribe la frase de contraseña que se usaba cuando se hizo, o su clave de recuperación.</translation>
    </message>
    <message>
        <source>This folder holds no Reflect journal yet. On the computer where you already use Reflect, choose Settings &gt; Two computers and this same folder first, and wait until your sync tool has copied its file here.</source>
        <translation>Esta carpeta todavía no tiene ningún diario de Reflect. En el equipo donde ya usas Reflect, elige primero Configuración &gt; Dos equipos y esta misma carpeta, y espera a que tu programa de sincronización copie aquí su archivo.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open the journal in this folder. Use the passphrase of your journal on the other computer, or its recovery key.</source>
        <translation>Esa frase de contraseña no abre el diario de esta carpeta. Usa la frase de contraseña de tu diario en el otro equipo, o su clave de recuperación.</translation>
    </message>
    <message>
        <source>That recovery key doesn&apos;t open the journal in this folder. If you made a new recovery key on the other computer, use that one, or the passphrase.</source>
        <translation>Esa clave de recuperación no abre el diario de esta carpeta. Si creaste una nueva clave de recuperación en el otro equipo, usa esa, o la frase de contraseña.</translation>
    </message>
    <message>
        <source>The other computer&apos;s file could not be opened with that passphrase, so nothing was changed. Check that its sync has finished, then try again.</source>
        <translation>El archivo del otro equipo no se pudo abrir con esa frase de contraseña, así que no se cambió nada. Comprueba que su sincronización haya terminado e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>That folder is inside your journal&apos;s own folder. Choose a folder outside it, one that your sync tool keeps in step.</source>
        <translation>Esa carpeta está dentro de la carpeta de tu diario. Elige una carpeta fuera de ella, que tu programa de sincronización mantenga al día.</translation>
    </message>
    <message>
        <source>Your journal itself is inside that folder, and a sync tool must never copy a journal while Reflect writes in it. Choose another folder, one that does not hold your journal.</source>
        <translation>Tu diario está dentro de esa carpeta, y un programa de sincronización nunca debe copiar un diario mientras Reflect escribe en él. Elige otra carpeta, que no contenga tu diario.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>This copy of Reflect is missing its file {name}. Reflect&apos;s licence is the GNU General Public License, version 3 or later: https://www.gnu.org/licenses/gpl-3.0</source>
        <translation>A esta copia de Reflect le falta su archivo {name}. La licencia de Reflect es la Licencia Pública General de GNU, versión 3 o posterior: https://www.gnu.org/licenses/gpl-3.0</translation>
    </message>
    <message>
        <source>About Reflect</source>
        <translation>Acerca de Reflect</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Avisos de terceros</translation>
    </message>
    <message>
        <source>Close About</source>
        <translation>Cerrar Acerca de</translation>
    </message>
    <message>
        <source>Reflect {version}</source>
        <translation>Reflect {version}</translation>
    </message>
    <message>
        <source>A private journal for clinicians in the weeks and months after care goes wrong. Everything you write is encrypted on this computer, and Reflect never connects to the internet.

Reflect is free software: you can share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty. The Licence tab has the full text; the Third-party notices tab lists the work of others that Reflect is built on, with their licences.</source>
        <translation>Un diario privado para profesionales sanitarios en las semanas y los meses después de que algo sale mal en la atención. Todo lo que escribes se cifra en este equipo, y Reflect nunca se conecta a internet.

Reflect es software libre: puedes compartirlo y modificarlo según los términos de la Licencia Pública General de GNU, versión 3 o (a tu elección) cualquier versión posterior. Se ofrece sin ninguna garantía. La pestaña Licencia tiene el texto completo; la pestaña Avisos de terceros enumera el trabajo de otras personas en el que se basa Reflect, con sus licencias.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Your journal was restored from the backup. Unlock it with the passphrase you used when the backup was made, or with your recovery key.</source>
        <translation>Tu diario se restauró desde la copia de seguridad. Desbloquéalo con la frase de contraseña que usabas cuando se hizo la copia, o con tu clave de recuperación.</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>A backup is one encrypted file. It opens only with your passphrase or your recovery key, so it is safe to keep on a USB stick or in a cloud folder.</source>
        <translation>Una copia de seguridad es un archivo cifrado. Solo se abre con tu frase de contraseña o tu clave de recuperación, así que puedes guardarla sin riesgo en una memoria USB o en una carpeta en la nube.</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Estado de la copia de seguridad</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Última copia de seguridad</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>Hacer una copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Copias de seguridad automáticas</translation>
    </message>
    <message>
        <source>Back up when I close Reflect (at most once a day)</source>
        <translation>Hacer una copia al cerrar Reflect (como mucho una vez al día)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>Cambiar de carpeta…</translation>
    </message>
    <message>
        <source>How many backups to keep</source>
        <translation>Cuántas copias de seguridad conservar</translation>
    </message>
    <message>
        <source>Keep the most recent</source>
        <translation>Conservar las</translation>
    </message>
    <message>
        <source>backups; older ones are removed</source>
        <translation>más recientes; las más antiguas se eliminan</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Passphrase or recovery key for this backup</source>
        <translation>Frase de contraseña o clave de recuperación de esta copia</translation>
    </message>
    <message>
        <source>Passphrase when the backup was made, or recovery key</source>
        <translation>Frase de contraseña de cuando se hizo la copia, o clave de recuperación</translation>
    </message>
    <message>
        <source>Restore as a separate journal (keeps this one)</source>
        <translation>Restaurar como diario aparte (conserva este)</translation>
    </message>
    <message>
        <source>Replace the journal that is open now</source>
        <translation>Reemplazar el diario abierto ahora</translation>
    </message>
    <message>
        <source>Check and restore</source>
        <translation>Comprobar y restaurar</translation>
    </message>
    <message>
        <source>Folder: {0}</source>
        <translation>Carpeta: {0}</translation>
    </message>
    <message>
        <source>Last backup: {0}</source>
        <translation>Última copia de seguridad: {0}</translation>
    </message>
    <message>
        <source>No backup made yet.</source>
        <translation>Todavía no se ha hecho ninguna copia.</translation>
    </message>
    <message>
        <source>Choose a folder for backups</source>
        <translation>Elige una carpeta para las copias de seguridad</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Haciendo una copia de seguridad…</translation>
    </message>
    <message>
        <source>Backup saved as {0}.</source>
        <translation>Copia de seguridad guardada como {0}.</translation>
    </message>
    <message>
        <source>Reflect hit an internal problem. Nothing was changed.</source>
        <translation>Reflect tuvo un problema interno. No se cambió nada.</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Elige una copia de seguridad para restaurar</translation>
    </message>
    <message>
        <source>Can&apos;t use this file</source>
        <translation>No se puede usar este archivo</translation>
    </message>
    <message>
        <source>Backup made on {0}. Enter the passphrase you used then, or your recovery key.</source>
        <translation>Copia de seguridad hecha el {0}. Escribe la frase de contraseña que usabas entonces, o tu clave de recuperación.</translation>
    </message>
    <message>
        <source>Can&apos;t replace from here</source>
        <translation>No se puede reemplazar desde aquí</translation>
    </message>
    <message>
        <source>Restore as a separate journal instead; nothing was changed.</source>
        <translation>Restaura en su lugar como diario aparte; no se cambió nada.</translation>
    </message>
    <message>
        <source>Choose where to put the restored journal</source>
        <translation>Elige dónde poner el diario restaurado</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Comprobando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Restored into {0}.</source>
        <translation>Restaurado en {0}.</translation>
    </message>
    <message>
        <source>This backup is of a different journal</source>
        <translation>Esta copia de seguridad es de otro diario</translation>
    </message>
    <message>
        <source>The backup checked out, but it was made from another Reflect journal, not the one open now. Replacing puts that journal in place of yours, and nothing you wrote in this one stays in this folder. To keep both, choose “Restore as a separate journal” instead.</source>
        <translation>La copia está en buen estado, pero se hizo de otro diario de Reflect, no del que está abierto. Reemplazar pone ese diario en lugar del tuyo, y nada de lo que escribiste en este se queda en esta carpeta. Para conservar los dos, elige mejor «Restaurar como diario aparte».</translation>
    </message>
    <message>
        <source>Replace with the other journal</source>
        <translation>Reemplazar por el otro diario</translation>
    </message>
    <message>
        <source>Keep my journal</source>
        <translation>Conservar mi diario</translation>
    </message>
    <message>
        <source>Replace your journal with this backup?</source>
        <translation>¿Reemplazar tu diario por esta copia de seguridad?</translation>
    </message>
    <message>
        <source>The backup checked out. Anything written since it was made will be gone from this journal. Reflect will lock the journal, put the backup in its place, and ask for the backup&apos;s passphrase.</source>
        <translation>La copia está en buen estado. Todo lo escrito desde que se hizo desaparecerá de este diario. Reflect bloqueará el diario, pondrá la copia en su lugar y te pedirá la frase de contraseña de la copia.</translation>
    </message>
    <message>
        <source>Replace my journal</source>
        <translation>Reemplazar mi diario</translation>
    </message>
</context>
<context>
    <name>CatchUpDialog</name>
    <message>
        <source>Passphrase changed on your other computer</source>
        <translation>Frase de contraseña cambiada en tu otro equipo</translation>
    </message>
    <message>
        <source>Passphrase used on the other computer</source>
        <translation>Frase de contraseña que usas en el otro equipo</translation>
    </message>
    <message>
        <source>Taking the new passphrase</source>
        <translation>Adoptando la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation>Usar esta frase de contraseña</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Your passphrase or recovery key was changed on your other computer. Enter the passphrase you use there, once, and this computer will use it too. Until then, Reflect keeps what you write here, and the two computers may not be fully in step.</source>
        <translation>Tu frase de contraseña o tu clave de recuperación se cambió en tu otro equipo. Escribe una vez la frase de contraseña que usas allí y este equipo también la usará. Mientras tanto, Reflect guarda lo que escribes aquí, pero puede que los dos equipos no estén del todo al día.</translation>
    </message>
    <message>
        <source>Type the passphrase you use on the other computer.</source>
        <translation>Escribe la frase de contraseña que usas en el otro equipo.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open your other computer&apos;s file. Nothing was changed. Use the passphrase you type there to unlock Reflect.</source>
        <translation>Esa frase de contraseña no abre el archivo de tu otro equipo. No se cambió nada. Usa la frase de contraseña con la que desbloqueas Reflect allí.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Cambiando la frase de contraseña</translation>
    </message>
    <message>
        <source>Someone may know my old passphrase: also give my journal a new key</source>
        <translation>Alguien puede conocer mi frase de contraseña anterior: dar también una clave nueva a mi diario</translation>
    </message>
    <message>
        <source>Without a new key, a copy of your journal&apos;s key file from before the change (in an old backup, say) still opens your journal with the old passphrase. A new key shuts that out; you get a new recovery key with it.</source>
        <translation>Sin una clave nueva, una copia del archivo de clave de tu diario de antes del cambio (en una copia de seguridad antigua, por ejemplo) sigue abriendo tu diario con la frase de contraseña anterior. Una clave nueva lo impide; con ella recibes una nueva clave de recuperación.</translation>
    </message>
    <message>
        <source>Your entries stay as they are; only the passphrase that opens them changes. Your recovery key keeps working, unless you also ask for a new key below.</source>
        <translation>Tus entradas se quedan como están; solo cambia la frase de contraseña que las abre. Tu clave de recuperación sigue funcionando, a menos que también pidas una clave nueva aquí abajo.</translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>Escribe primero tu frase de contraseña actual.</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Frase de contraseña cambiada</translation>
    </message>
    <message>
        <source>From now on, use your new passphrase to open your journal.</source>
        <translation>A partir de ahora, usa tu nueva frase de contraseña para abrir tu diario.</translation>
    </message>
    <message>
        <source>That isn&apos;t your current passphrase. Nothing was changed.</source>
        <translation>Esa no es tu frase de contraseña actual. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>ColumnPage</name>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
</context>
<context>
    <name>DataExportDialog</name>
    <message>
        <source>Export all your entries</source>
        <translation>Exportar todas tus entradas</translation>
    </message>
    <message>
        <source>These copies are not encrypted. Anyone who can open the file can read every entry. Save them only somewhere you trust, and delete them when you no longer need them. For a safe copy, use Backups instead.</source>
        <translation>Estas copias no están cifradas. Cualquiera que pueda abrir el archivo puede leer todas las entradas. Guárdalas solo en un lugar de confianza, y bórralas cuando ya no las necesites. Para una copia segura, usa Copias de seguridad.</translation>
    </message>
    <message>
        <source>Warning: not encrypted</source>
        <translation>Atención: sin cifrar</translation>
    </message>
    <message>
        <source>I understand these files are not encrypted</source>
        <translation>Entiendo que estos archivos no están cifrados</translation>
    </message>
    <message>
        <source>Save as one JSON file…</source>
        <translation>Guardar como un archivo JSON…</translation>
    </message>
    <message>
        <source>Save as one JSON file</source>
        <translation>Guardar como un archivo JSON</translation>
    </message>
    <message>
        <source>Save as Markdown files…</source>
        <translation>Guardar como archivos Markdown…</translation>
    </message>
    <message>
        <source>Save as Markdown files</source>
        <translation>Guardar como archivos Markdown</translation>
    </message>
    <message>
        <source>JSON keeps everything (entries, events, check-ins) and can be imported back into Reflect. Markdown gives one readable file per entry.</source>
        <translation>JSON lo conserva todo (entradas, eventos, registros) y se puede volver a importar en Reflect. Markdown da un archivo legible por entrada.</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Save an unencrypted copy</source>
        <translation>Guardar una copia sin cifrar</translation>
    </message>
    <message>
        <source>reflect-export-{day}.json</source>
        <translation>reflect-exportacion-{day}.json</translation>
    </message>
    <message>
        <source>Choose where to put the Markdown files</source>
        <translation>Elige dónde poner los archivos Markdown</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln entry(s) to {0}.</source>
        <translation>
            <numerusform>Se guardó %Ln entrada en {0}.</numerusform>
            <numerusform>Se guardaron %Ln entradas en {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remember: this copy is not encrypted.</source>
        <translation>Recuerda: esta copia no está cifrada.</translation>
    </message>
    <message>
        <source>Reflect hit an internal problem. Nothing was saved.</source>
        <translation>Reflect tuvo un problema interno. No se guardó nada.</translation>
    </message>
</context>
<context>
    <name>DataWiring</name>
    <message>
        <source>Export for my &amp;therapist...</source>
        <translation>Exportar para mi &amp;terapia…</translation>
    </message>
    <message>
        <source>Export &amp;all entries (not encrypted)...</source>
        <translation>Exportar &amp;todas las entradas (sin cifrar)…</translation>
    </message>
    <message>
        <source>&amp;Import entries...</source>
        <translation>&amp;Importar entradas…</translation>
    </message>
    <message>
        <source>&amp;Backups...</source>
        <translation>&amp;Copias de seguridad…</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made: {0} Your journal is safe. After unlocking, open Journal &gt; Backups to try again.</source>
        <translation>No se pudo hacer la copia de seguridad automática de hoy: {0} Tu diario está a salvo. Después de desbloquearlo, abre Diario &gt; Copias de seguridad para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Open the restored journal?</source>
        <translation>¿Abrir el diario restaurado?</translation>
    </message>
    <message>
        <source>The backup is restored as a separate journal in “{0}”. Open it now? This journal locks first. On the unlock page, “Back to my usual journal” returns here, and so does the next start of Reflect.</source>
        <translation>La copia de seguridad se restauró como diario aparte en «{0}». ¿Abrirlo ahora? Antes se bloquea este diario. En la página de desbloqueo, «Volver a mi diario habitual» te trae de vuelta aquí, igual que el próximo inicio de Reflect.</translation>
    </message>
    <message>
        <source>Open it now</source>
        <translation>Abrirlo ahora</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>DateChip</name>
    <message>
        <source>Search all dates</source>
        <translation>Buscar en todas las fechas</translation>
    </message>
    <message>
        <source>Search all dates (take the dates out of the search)</source>
        <translation>Buscar en todas las fechas (quitar las fechas de la búsqueda)</translation>
    </message>
</context>
<context>
    <name>EditorNotes</name>
    <message>
        <source>Open Support</source>
        <translation>Abrir Apoyo</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Dismiss this note</source>
        <translation>Cerrar esta nota</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <source>Entry title</source>
        <translation>Título de la entrada</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Título (opcional)</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Texto de la entrada</translation>
    </message>
    <message>
        <source>Write whatever is on your mind. It stays on this computer, encrypted.

Feelings, what you noticed, what you need: no patient details are needed here.</source>
        <translation>Escribe lo que tengas en mente. Se queda en este equipo, cifrado.

Sentimientos, lo que notaste, lo que necesitas: aquí no hacen falta datos de pacientes.</translation>
    </message>
    <message>
        <source>Preview of the entry</source>
        <translation>Vista previa de la entrada</translation>
    </message>
    <message>
        <source>Open this event&apos;s page</source>
        <translation>Abrir la página de este evento</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>Número de palabras</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln palabra</numerusform>
            <numerusform>%Ln palabras</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryCalendar</name>
    <message>
        <source>Calendar: days in bold have entries</source>
        <translation>Calendario: los días en negrita tienen entradas</translation>
    </message>
    <message>
        <source>Days of the month; bold days have entries</source>
        <translation>Días del mes; los días en negrita tienen entradas</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation>Elegir el mes</translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation>Elegir el año</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>This entry was deleted on your other computer.</source>
        <translation>Esta entrada se eliminó en tu otro equipo.</translation>
    </message>
    <message>
        <source>Updated with a change from your other computer.</source>
        <translation>Actualizado con un cambio de tu otro equipo.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>about {event}</source>
        <translation>sobre {event}</translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation>etiquetas: {tags}</translation>
    </message>
</context>
<context>
    <name>EntryListPanel</name>
    <message>
        <source>Search entries</source>
        <translation>Buscar entradas</translation>
    </message>
    <message>
        <source>Search your entries</source>
        <translation>Busca en tus entradas</translation>
    </message>
    <message>
        <source>Words, the start of a word with *, &quot;an exact phrase&quot; in quotes, and dates in plain words: since March, last week, in 2024, before 5 May</source>
        <translation>Palabras, el comienzo de una palabra con *, «una frase exacta» entre comillas y fechas en palabras sencillas: desde marzo, la semana pasada, en 2024, antes del 5 de mayo</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>First {n} matches</source>
        <translation>Primeros {n} resultados</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln resultado</numerusform>
            <numerusform>%Ln resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries match your search.

Try fewer words, or the start of a word followed by *.</source>
        <translation>Ninguna entrada coincide con tu búsqueda.

Prueba con menos palabras, o con el comienzo de una palabra seguido de *.</translation>
    </message>
    <message>
        <source>No entries on these days.

Press × beside the dates to see all.</source>
        <translation>No hay entradas en estos días.

Pulsa × junto a las fechas para verlas todas.</translation>
    </message>
    <message>
        <source>Nothing written about this event yet.</source>
        <translation>Todavía no hay nada escrito sobre este evento.</translation>
    </message>
    <message>
        <source>No entries have this tag now.</source>
        <translation>Ahora ninguna entrada tiene esta etiqueta.</translation>
    </message>
    <message>
        <source>Nothing written yet.

When you are ready, just start typing on the right, or press Ctrl+N for a new entry. It stays on this computer, encrypted.</source>
        <translation>Todavía no hay nada escrito.

Cuando quieras, empieza a escribir a la derecha, o pulsa Ctrl+N para una entrada nueva. Se queda en este equipo, cifrada.</translation>
    </message>
</context>
<context>
    <name>EventSelector</name>
    <message>
        <source>Event this entry is about</source>
        <translation>Evento del que trata esta entrada</translation>
    </message>
    <message>
        <source>Link this entry to an event, or leave it on its own</source>
        <translation>Vincula esta entrada a un evento, o déjala sola</translation>
    </message>
    <message>
        <source>No particular event</source>
        <translation>Ningún evento en particular</translation>
    </message>
</context>
<context>
    <name>ExportChoices</name>
    <message>
        <source>What to share</source>
        <extracomment>(format, file suffix); the words for each are ``ExportChoices.format_words``</extracomment>
        <translation>Qué compartir</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <source>One event</source>
        <translation>Un evento</translation>
    </message>
    <message>
        <source>A date range</source>
        <translation>Un intervalo de fechas</translation>
    </message>
    <message>
        <source>Entries with tags</source>
        <translation>Entradas con etiquetas</translation>
    </message>
    <message>
        <source>Entries I pick</source>
        <translation>Entradas que elijo</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Tags to include</source>
        <translation>Etiquetas que incluir</translation>
    </message>
    <message>
        <source>Entries to include</source>
        <translation>Entradas que incluir</translation>
    </message>
    <message>
        <source>Add a chart of my check-ins</source>
        <translation>Añadir un gráfico de mis registros</translation>
    </message>
    <message>
        <source>Add my stage timeline</source>
        <translation>Añadir mi cronología de etapas</translation>
    </message>
    <message>
        <source>…with the weekly questions (PHQ-2, GAD-2) and support ratings</source>
        <translation>…con las preguntas semanales (PHQ-2, GAD-2) y las valoraciones de apoyo</translation>
    </message>
    <message>
        <source>Add the weekly questions too</source>
        <translation>Añadir también las preguntas semanales</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Página web (HTML)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Texto Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato del archivo</translation>
    </message>
    <message>
        <source>Title on the cover</source>
        <translation>Título en la portada</translation>
    </message>
    <message>
        <source>PDF password, optional</source>
        <translation>Contraseña del PDF, opcional</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>If you set one, tell it to your therapist in person, not in the same email.</source>
        <translation>Si pones una, díselo a tu terapeuta en persona, no en el mismo correo.</translation>
    </message>
    <message>
        <source>Always hide these words</source>
        <translation>Ocultar siempre estas palabras</translation>
    </message>
    <message>
        <source>Names, places, a hospital: comma between</source>
        <translation>Nombres, lugares, un hospital: separados por comas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Always hide</source>
        <translation>Ocultar siempre</translation>
    </message>
    <message>
        <source>Words here are hidden in every export, in any spelling or case.</source>
        <translation>Las palabras de aquí se ocultan en todas las exportaciones, se escriban como se escriban.</translation>
    </message>
    <message>
        <source>Tick at least one item on the left to include it.</source>
        <translation>Marca al menos un elemento a la izquierda para incluirlo.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for your therapist</source>
        <translation>Exportar para tu terapia</translation>
    </message>
    <message>
        <source>Choose what to share. Reflect hides likely names, dates and numbers; check the highlighted ones before you save. Nothing is sent anywhere: you get one file to hand over yourself.</source>
        <translation>Elige qué compartir. Reflect oculta los nombres, fechas y números probables; revisa los resaltados antes de guardar. No se envía nada a ninguna parte: obtienes un archivo para entregarlo tú.</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Vista previa del archivo</translation>
    </message>
    <message>
        <source>Preview: exactly what will be saved</source>
        <translation>Vista previa: exactamente lo que se guardará</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Estado de la revisión</translation>
    </message>
    <message>
        <source>Hide all</source>
        <translation>Ocultar todo</translation>
    </message>
    <message>
        <source>I&apos;ve checked them all</source>
        <translation>Ya los revisé todos</translation>
    </message>
    <message>
        <source>Always hide this word</source>
        <translation>Ocultar siempre esta palabra</translation>
    </message>
    <message>
        <source>Check what is hidden</source>
        <translation>Revisa lo que se oculta</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Guardar la exportación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>a chart of your check-ins</source>
        <translation>un gráfico de tus registros</translation>
    </message>
    <message>
        <source>your answers to the weekly questions</source>
        <translation>tus respuestas a las preguntas semanales</translation>
    </message>
    <message>
        <source>your stage timeline</source>
        <translation>tu cronología de etapas</translation>
    </message>
    <message>
        <source>Page 2 of the PDF: {0}.</source>
        <translation>Página 2 del PDF: {0}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Nothing to review yet.</source>
        <translation>Todavía no hay nada que revisar.</translation>
    </message>
    <message>
        <source>Reflect found nothing that looks like a name, date or number. Read the preview once more anyway: it cannot catch everything.</source>
        <translation>Reflect no encontró nada que parezca un nombre, una fecha o un número. Lee la vista previa una vez más de todos modos: no puede detectarlo todo.</translation>
    </message>
    <message>
        <source>1 possible identifier. Ticked, it is hidden; untick it to show it as written. Click it to see it in the preview{0}.</source>
        <translation>1 posible dato identificativo. Marcado, se oculta; desmárcalo para mostrarlo tal como está escrito. Haz clic en él para verlo en la vista previa{0}.</translation>
    </message>
    <message>
        <source>: not looked at yet</source>
        <translation>: aún sin mirar</translation>
    </message>
    <message>
        <source>{0} possible identifiers. Ticked ones are hidden; untick one to show it as written. Click each to see it in the preview: {1} still to look at.</source>
        <translation>{0} posibles datos identificativos. Los marcados se ocultan; desmarca uno para mostrarlo tal como está escrito. Haz clic en cada uno para verlo en la vista previa: quedan {1} por mirar.</translation>
    </message>
    <message>
        <source>Select an item in the list first.</source>
        <translation>Selecciona primero un elemento de la lista.</translation>
    </message>
    <message>
        <source>Save without checking?</source>
        <translation>¿Guardar sin revisar?</translation>
    </message>
    <message>
        <source>You have not looked at {0} of the highlighted items. They will be hidden, but Reflect can miss names and details. Save anyway?</source>
        <translation>No has mirado {0} de los elementos resaltados. Se ocultarán, pero Reflect puede pasar por alto nombres y detalles. ¿Guardar de todos modos?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <source>Go back and check</source>
        <translation>Volver y revisar</translation>
    </message>
    <message>
        <source>reflect-for-therapist-{day}.{suffix}</source>
        <translation>reflect-para-terapia-{day}.{suffix}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>It needs the password to open.</source>
        <translation>Necesita la contraseña para abrirse.</translation>
    </message>
    <message>
        <source>It is not encrypted: keep it private and delete it when you no longer need it.</source>
        <translation>No está cifrado: guárdalo en privado y bórralo cuando ya no lo necesites.</translation>
    </message>
    <message>
        <source>Saved to {0}.</source>
        <translation>Guardado en {0}.</translation>
    </message>
    <message>
        <source>Reflect hit an internal problem and saved nothing. Your entries are unchanged.</source>
        <translation>Reflect tuvo un problema interno y no guardó nada. Tus entradas no han cambiado.</translation>
    </message>
    <message>
        <source>The export was not saved</source>
        <translation>La exportación no se guardó</translation>
    </message>
</context>
<context>
    <name>ExportReview</name>
    <message>
        <source>on your always-hide list</source>
        <translation>en tu lista de «ocultar siempre»</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>una fecha</translation>
    </message>
    <message>
        <source>an age over 89</source>
        <translation>una edad de más de 89 años</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>un número de teléfono</translation>
    </message>
    <message>
        <source>an email address</source>
        <translation>una dirección de correo</translation>
    </message>
    <message>
        <source>an ID number</source>
        <translation>un número de identificación</translation>
    </message>
    <message>
        <source>an address</source>
        <translation>una dirección</translation>
    </message>
    <message>
        <source>a ZIP code</source>
        <translation>un código postal</translation>
    </message>
    <message>
        <source>a postcode</source>
        <translation>un código postal</translation>
    </message>
    <message>
        <source>a place</source>
        <translation>un lugar</translation>
    </message>
    <message>
        <source>a web address</source>
        <translation>una dirección web</translation>
    </message>
    <message>
        <source>an IP address</source>
        <translation>una dirección IP</translation>
    </message>
    <message>
        <source>an identifier</source>
        <translation>un dato identificativo</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>Your journal is inside {0}</source>
        <translation>Tu diario está dentro de {0}</translation>
    </message>
    <message>
        <source>Your journal&apos;s folder is inside {0}. A sync tool can copy a journal while Reflect writes in it, or keep one computer&apos;s copy over the other&apos;s, and entries can be lost that way.

The safe way: keep the journal outside {0}, and let Reflect keep your computers in step through a folder inside it (Settings &gt; Two computers). To move the journal, make a backup (Journal &gt; Backups), restore it into a folder outside {0}, and open that one.</source>
        <translation>La carpeta de tu diario está dentro de {0}. Un programa de sincronización puede copiar un diario mientras Reflect escribe en él, o quedarse con la copia de un equipo en lugar de la del otro, y así se pueden perder entradas.

La forma segura: guarda el diario fuera de {0} y deja que Reflect mantenga tus equipos al día mediante una carpeta dentro de él (Configuración &gt; Dos equipos). Para mover el diario, haz una copia de seguridad (Diario &gt; Copias de seguridad), restáurala en una carpeta fuera de {0} y abre esa.</translation>
    </message>
</context>
<context>
    <name>FilterChoice</name>
    <message>
        <source>Open this event&apos;s page</source>
        <translation>Abrir la página de este evento</translation>
    </message>
    <message>
        <source>Show entries of an event or with a tag</source>
        <translation>Mostrar las entradas de un evento o con una etiqueta</translation>
    </message>
    <message>
        <source>Show only the entries of one event, or with one tag</source>
        <translation>Mostrar solo las entradas de un evento, o con una etiqueta</translation>
    </message>
    <message>
        <source>Event: {title}</source>
        <translation>Evento: {title}</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Todas las entradas</translation>
    </message>
</context>
<context>
    <name>FindingByDate</name>
    <message>
        <source>Go to date…</source>
        <translation>Ir a la fecha…</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendario</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Support and crisis lines</source>
        <translation>Teléfonos de ayuda y de crisis</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Welcome to Reflect</source>
        <translation>Te damos la bienvenida a Reflect</translation>
    </message>
    <message>
        <source>Private, on this computer</source>
        <translation>Privado, en este equipo</translation>
    </message>
    <message>
        <source>It cannot send help</source>
        <translation>Reflect no puede enviar ayuda</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>I already use Reflect on another computer…</source>
        <translation>Ya uso Reflect en otro equipo…</translation>
    </message>
    <message>
        <source>Bring my journal from another computer</source>
        <translation>Traer mi diario desde otro equipo</translation>
    </message>
    <message>
        <source>Before you write</source>
        <translation>Antes de escribir</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>I understand the caution about the law</source>
        <translation>Entiendo la advertencia sobre la ley</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Elige una frase de contraseña</translation>
    </message>
    <message>
        <source>Your passphrase opens the journal. Choose one you can remember but others could not guess; a few unrelated words work well. Reflect cannot tell you your passphrase later, but the recovery key on the next screen can open your journal if you forget it.</source>
        <translation>Tu frase de contraseña abre el diario. Elige una que puedas recordar pero que otros no puedan adivinar; unas cuantas palabras sin relación entre sí funcionan bien. Reflect no podrá decirte tu frase de contraseña más adelante, pero la clave de recuperación de la siguiente pantalla puede abrir tu diario si la olvidas.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation>Crear mi diario</translation>
    </message>
    <message>
        <source>Creating your journal…</source>
        <translation>Creando tu diario…</translation>
    </message>
    <message>
        <source>This takes a few seconds on purpose: the same slowness makes your passphrase very hard to guess.</source>
        <translation>Esto tarda unos segundos a propósito: esa misma lentitud hace que tu frase de contraseña sea muy difícil de adivinar.</translation>
    </message>
    <message>
        <source>Creating your journal</source>
        <translation>Creando tu diario</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your journal. Nobody, including us, can recover it for you. Print it or write it down, and keep it somewhere safe and private.</source>
        <translation>Si alguna vez olvidas tu frase de contraseña, esta clave es la única forma de volver a tu diario. Nadie, ni siquiera nosotros, puede recuperarla por ti. Imprímela o anótala, y guárdala en un lugar seguro y privado.</translation>
    </message>
    <message>
        <source>Start writing</source>
        <translation>Empezar a escribir</translation>
    </message>
</context>
<context>
    <name>FocusMode</name>
    <message>
        <source>&amp;Focus</source>
        <translation>&amp;Concentración</translation>
    </message>
    <message>
        <source>Just write: hide everything but the entry (F11)</source>
        <translation>Solo escribir: ocultar todo menos la entrada (F11)</translation>
    </message>
    <message>
        <source>Leave focus</source>
        <translation>Salir del modo concentración</translation>
    </message>
    <message>
        <source>Focus: press Esc or F11 to see everything again.</source>
        <translation>Concentración: pulsa Esc o F11 para volver a verlo todo.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Come back to this later?</source>
        <translation>¿Volver sobre esto más tarde?</translation>
    </message>
    <message>
        <source>Follow-up reminders</source>
        <translation>Recordatorios de seguimiento</translation>
    </message>
</context>
<context>
    <name>GoToDateDialog</name>
    <message>
        <source>Go to date</source>
        <translation>Ir a la fecha</translation>
    </message>
    <message>
        <source>Date to go to</source>
        <translation>Fecha a la que ir</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Ir</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Ir a</translation>
    </message>
</context>
<context>
    <name>GuideWiring</name>
    <message>
        <source>Stage guide</source>
        <translation>Guía de etapas</translation>
    </message>
    <message>
        <source>Check-ins over time</source>
        <translation>Registros a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Shortcuts and privacy</source>
        <translation>Atajos y privacidad</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>Cerrar la ayuda</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Esta ayuda</translation>
    </message>
    <message>
        <source>Lock the journal (from any Reflect window)</source>
        <translation>Bloquear el diario (desde cualquier ventana de Reflect)</translation>
    </message>
    <message>
        <source>Hide at once: lock and minimise (from any window)</source>
        <translation>Ocultar al instante: bloquear y minimizar (desde cualquier ventana)</translation>
    </message>
    <message>
        <source>Delete (in the list)</source>
        <translation>Supr (en la lista)</translation>
    </message>
    <message>
        <source>Delete the selected entry, after asking</source>
        <translation>Eliminar la entrada seleccionada, después de preguntar</translation>
    </message>
    <message>
        <source>Tab  ·  Shift+Tab</source>
        <translation>Tab  ·  Mayús+Tab</translation>
    </message>
    <message>
        <source>Move between the list, the search and the editor</source>
        <translation>Moverse entre la lista, la búsqueda y el editor</translation>
    </message>
    <message>
        <source>PHQ-2 and GAD-2: developed by Drs Spitzer, Williams, Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce.</source>
        <translation>PHQ-2 y GAD-2: desarrollados por los Dres. Spitzer, Williams, Kroenke y colaboradores, con una beca educativa de Pfizer Inc. No se requiere permiso para reproducirlos.</translation>
    </message>
    <message>
        <source>The support ratings use the dimension names of the Second Victim Experience and Support Tool (Burlison JD, et al. J Patient Saf 2017); they are prompts, not a scored SVEST.</source>
        <translation>Las valoraciones de apoyo usan los nombres de las dimensiones del Second Victim Experience and Support Tool (Burlison JD, et al. J Patient Saf 2017); son sugerencias, no un SVEST puntuado.</translation>
    </message>
    <message>
        <source>Spelling: a misspelled word gets a wavy red line once you finish typing it. Right-click it for suggestions, or to add it to your words; F7 goes to the next one and Enter takes the first suggestion. UK and US spellings, drug names, anatomy and abbreviations such as ICU or RCA are known.</source>
        <translation>Ortografía: una palabra mal escrita recibe una línea roja ondulada cuando terminas de escribirla. Haz clic derecho sobre ella para ver sugerencias o para añadirla a tus palabras; F7 va a la siguiente y Intro toma la primera sugerencia. Conoce la ortografía británica y estadounidense, nombres de fármacos, anatomía y abreviaturas como ICU o RCA; todavía no revisa el español.</translation>
    </message>
    <message>
        <source>The words you add are kept inside your encrypted journal, never in a dictionary file. See or remove them in Settings, under Spelling; turn spelling off there or in View &gt; Check spelling.</source>
        <translation>Las palabras que añades se guardan dentro de tu diario cifrado, nunca en un archivo de diccionario. Puedes verlas o quitarlas en Configuración, en Ortografía; desactiva la revisión allí o en Ver &gt; Revisar ortografía.</translation>
    </message>
    <message>
        <source>A dotted line is different: it marks something that could identify someone. Hover over it to read why.</source>
        <translation>Una línea de puntos es otra cosa: marca algo que podría identificar a alguien. Pasa el puntero por encima para leer por qué.</translation>
    </message>
    <message>
        <source>Focus (F11, or View &gt; Focus) hides everything but the entry, in a column that is easy to read. Reflect keeps saving; Esc or F11 brings the rest back.</source>
        <translation>El modo concentración (F11, o Ver &gt; Concentración) oculta todo menos la entrada, en una columna fácil de leer. Reflect sigue guardando; Esc o F11 trae de vuelta lo demás.</translation>
    </message>
    <message>
        <source>Finding: the search box understands dates in plain words, with or without other words: since March, last week, in 2024, before 5 May, between March 3 and April 2. The days it understood show below it; × searches all dates again. Put words in quotes (&quot;last week&quot;) to search for them as words. The menu below chooses one event or one tag. Bold days on the calendar have entries; choose one, or press Ctrl+G, to go to that day.</source>
        <translation>Buscar: el cuadro de búsqueda entiende fechas en palabras sencillas, con o sin otras palabras: desde marzo, la semana pasada, en 2024, antes del 5 de mayo, entre el 3 de marzo y el 2 de abril. Los días que entendió aparecen debajo; × vuelve a buscar en todas las fechas. Pon palabras entre comillas («la semana pasada») para buscarlas como palabras. El menú de debajo elige un evento o una etiqueta. Los días en negrita del calendario tienen entradas; elige uno, o pulsa Ctrl+G, para ir a ese día.</translation>
    </message>
    <message>
        <source>An event&apos;s page shows the way so far, what you wrote about it, its check-ins and reminders, with buttons to write, check in, start an exercise or export it. Open it from the stage guide, from the calendar button beside an entry&apos;s event, or from the list&apos;s menu (Event: ...).</source>
        <translation>La página de un evento muestra el camino hasta ahora, lo que escribiste sobre él, sus registros y recordatorios, con botones para escribir, hacer un registro, empezar un ejercicio o exportarlo. Ábrela desde la guía de etapas, desde el botón de calendario junto al evento de una entrada, o desde el menú de la lista (Evento: …).</translation>
    </message>
    <message>
        <source>To write on two computers, choose Settings &gt; Two computers &gt; Keep in step through a folder, and pick a folder that your own sync tool (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) already keeps in step on both. On the other computer, choose “I already use Reflect on another computer” when Reflect first starts, and the same folder.</source>
        <translation>Para escribir en dos equipos, elige Configuración &gt; Dos equipos &gt; Mantener al día mediante una carpeta, y una carpeta que tu propio programa de sincronización (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) ya mantiene al día en los dos. En el otro equipo, elige «Ya uso Reflect en otro equipo» la primera vez que se abra Reflect, y la misma carpeta.</translation>
    </message>
    <message>
        <source>Never put the journal itself in such a folder: a sync tool can copy it while Reflect writes in it, or keep one computer&apos;s copy over the other&apos;s, and entries are lost. Reflect keeps the journal on each computer and puts only one encrypted file per computer in the folder, then merges the others&apos;. Anyone who can read the folder sees the files&apos; sizes and times, never a word or a name.</source>
        <translation>Nunca pongas el diario en una carpeta así: un programa de sincronización puede copiarlo mientras Reflect escribe en él, o quedarse con la copia de un equipo en lugar de la del otro, y se pierden entradas. Reflect guarda el diario en cada equipo, pone solo un archivo cifrado por equipo en la carpeta y combina los de los demás. Quien pueda leer la carpeta ve el tamaño y la hora de los archivos, nunca una palabra ni un nombre.</translation>
    </message>
    <message>
        <source>Reflect keeps in step when you unlock, when you lock or quit, every few minutes while you write (never mid-sentence), and when the other computer&apos;s file changes. An entry changed on both computers while they were apart is kept twice; a note above it links the two versions.</source>
        <translation>Reflect se pone al día al desbloquear, al bloquear o salir, cada pocos minutos mientras escribes (nunca a mitad de una frase) y cuando cambia el archivo del otro equipo. Una entrada cambiada en los dos equipos mientras estaban separados se guarda dos veces; una nota encima une las dos versiones.</translation>
    </message>
    <message>
        <source>What travels: entries and their tags, events, stage changes, check-ins, your people, the prompts used, the words the export always hides, your spelling words, and the legal caution once acknowledged. What stays on each computer: the look, the window, the language, locking, spelling on or off, reminders and backups.</source>
        <translation>Lo que viaja: las entradas y sus etiquetas, los eventos, los cambios de etapa, los registros, tus personas, las preguntas usadas, las palabras que la exportación siempre oculta, tus palabras de ortografía y el aviso legal una vez aceptado. Lo que se queda en cada equipo: el aspecto, la ventana, el idioma, el bloqueo, la ortografía activada o no, los recordatorios y las copias de seguridad.</translation>
    </message>
    <message>
        <source>No sync folder? Journal &gt; Merge a backup brings in a backup from a USB stick or an old computer, after showing what would change.</source>
        <translation>¿No tienes carpeta sincronizada? Diario &gt; Combinar una copia de seguridad trae una copia desde una memoria USB o un equipo antiguo, después de mostrar qué cambiaría.</translation>
    </message>
    <message>
        <source>Everything you write is encrypted and stays on this computer. Reflect never connects to the internet.</source>
        <translation>Todo lo que escribes se cifra y se queda en este equipo. Reflect nunca se conecta a internet.</translation>
    </message>
    <message>
        <source>Encryption protects the journal at rest. It cannot protect what is on the screen: on a computer your hospital or employer manages, monitoring software can record the screen and keystrokes of any app, Reflect included. Write on a personal computer you control.</source>
        <translation>El cifrado protege el diario guardado. No puede proteger lo que hay en la pantalla: en un equipo que administra tu hospital o tu empleador, un software de supervisión puede grabar la pantalla y las pulsaciones de cualquier aplicación, Reflect incluida. Escribe en un equipo personal que controles tú.</translation>
    </message>
    <message>
        <source>Reflect saves as you type. There is no Save button to remember.</source>
        <translation>Reflect guarda mientras escribes. No hay ningún botón Guardar que recordar.</translation>
    </message>
    <message>
        <source>A personal journal may not be legally protected. Write about what you felt and what you learned rather than a record of the case, and leave out names, dates of birth and record numbers. Reflect underlines text that looks like a patient detail, so you can decide.</source>
        <translation>Puede que un diario personal no esté protegido legalmente. Escribe sobre lo que sentiste y lo que aprendiste en lugar de un registro del caso, y deja fuera nombres, fechas de nacimiento y números de historia clínica. Reflect subraya el texto que parece un dato de un paciente, para que puedas decidir.</translation>
    </message>
    <message>
        <source>Lock the journal with Ctrl+L when you step away. If you forget your passphrase, only your recovery key can open it.</source>
        <translation>Bloquea el diario con Ctrl+L cuando te ausentes. Si olvidas tu frase de contraseña, solo tu clave de recuperación puede abrirlo.</translation>
    </message>
</context>
<context>
    <name>IdentifierMarker</name>
    <message>
        <source>This looks like it could identify someone: a name, a date or a number. Consider leaving it out, or putting it in general terms.</source>
        <translation>Esto parece que podría identificar a alguien: un nombre, una fecha o un número. Piensa en quitarlo, o en expresarlo en términos generales.</translation>
    </message>
    <message>
        <source>It may also be misspelled: right-click it for suggestions.</source>
        <translation>También puede que esté mal escrito: haz clic derecho para ver sugerencias.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import entries</source>
        <translation>Importar entradas</translation>
    </message>
    <message>
        <source>Bring in entries from jrnl (its JSON export), Day One (its JSON export, zipped or not), a folder of Markdown files, or a Reflect export. Nothing changes until you choose Import, and importing the same file twice adds nothing new.</source>
        <translation>Trae entradas de jrnl (su exportación JSON), Day One (su exportación JSON, comprimida o no), una carpeta de archivos Markdown o una exportación de Reflect. No cambia nada hasta que eliges Importar, e importar dos veces el mismo archivo no añade nada nuevo.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <source>Choose a folder of Markdown files…</source>
        <translation>Elegir una carpeta de archivos Markdown…</translation>
    </message>
    <message>
        <source>Choose a file or a folder to see what it holds.</source>
        <translation>Elige un archivo o una carpeta para ver lo que contiene.</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Lo que se importará</translation>
    </message>
    <message>
        <source>The first few entries</source>
        <translation>Las primeras entradas</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import these entries</source>
        <translation>Importar estas entradas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Elige un archivo para importar</translation>
    </message>
    <message>
        <source>Choose a folder of Markdown files</source>
        <translation>Elige una carpeta de archivos Markdown</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Everything in this file is already in your journal.</source>
        <translation>Todo lo de este archivo ya está en tu diario.</translation>
    </message>
    <message>
        <source>This has no entries to import ({0}).</source>
        <translation>No hay entradas que importar ({0}).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} from {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <source>, written on {0}</source>
        <translation>, escritas el {0}</translation>
    </message>
    <message>
        <source>, written between {0} and {1}</source>
        <translation>, escritas entre el {0} y el {1}</translation>
    </message>
    <message>
        <source>{0} of them are already in your journal and will be skipped.</source>
        <translation>{0} de ellas ya están en tu diario y se omitirán.</translation>
    </message>
    <message>
        <source>Also {0} events and {1} check-ins.</source>
        <translation>Además, {0} eventos y {1} registros.</translation>
    </message>
    <message>
        <source>Reflect can&apos;t import this.</source>
        <translation>Reflect no puede importar esto.</translation>
    </message>
    <message>
        <source>Reflect hit an internal problem reading this. Nothing was imported.</source>
        <translation>Reflect tuvo un problema interno al leerlo. No se importó nada.</translation>
    </message>
    <message>
        <source>Importing… You can keep this window open.</source>
        <translation>Importando… Puedes dejar esta ventana abierta.</translation>
    </message>
    <message>
        <source>Imported 1 entry.</source>
        <translation>Se importó 1 entrada.</translation>
    </message>
    <message>
        <source>Imported {0} entries.</source>
        <translation>Se importaron {0} entradas.</translation>
    </message>
    <message>
        <source>{0} were already in your journal.</source>
        <translation>{0} ya estaban en tu diario.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Reflect hit an internal problem. Nothing was imported.</source>
        <translation>Reflect tuvo un problema interno. No se importó nada.</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Your journal from another computer</source>
        <translation>Tu diario desde otro equipo</translation>
    </message>
    <message>
        <source>On the computer where you already use Reflect, open Settings &gt; Two computers and choose a folder that your sync tool (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) keeps in step. Once your sync tool has brought that folder here, choose it below and type the passphrase you use there, or your recovery key.</source>
        <translation>En el equipo donde ya usas Reflect, abre Configuración &gt; Dos equipos y elige una carpeta que tu programa de sincronización (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) mantenga al día. Cuando tu programa de sincronización haya traído esa carpeta aquí, elígela abajo y escribe la frase de contraseña que usas allí, o tu clave de recuperación.</translation>
    </message>
    <message>
        <source>Your journal itself stays out of that folder: Reflect keeps it on this computer and only puts an encrypted file of its own there.</source>
        <translation>Tu diario no va a esa carpeta: Reflect lo guarda en este equipo y solo pone allí un archivo cifrado propio.</translation>
    </message>
    <message>
        <source>Choose the folder…</source>
        <translation>Elegir la carpeta…</translation>
    </message>
    <message>
        <source>Choose the folder kept in step</source>
        <translation>Elegir la carpeta que se mantiene al día</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>Frase de contraseña o clave de recuperación</translation>
    </message>
    <message>
        <source>Bringing your journal over</source>
        <translation>Trayendo tu diario</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>I have a backup file instead…</source>
        <translation>Tengo un archivo de copia de seguridad…</translation>
    </message>
    <message>
        <source>Bring my journal here</source>
        <translation>Traer mi diario aquí</translation>
    </message>
    <message>
        <source>Support and crisis lines</source>
        <translation>Teléfonos de ayuda y de crisis</translation>
    </message>
    <message>
        <source>Choose the folder your sync tool keeps in step</source>
        <translation>Elegir la carpeta que tu programa de sincronización mantiene al día</translation>
    </message>
    <message>
        <source>Folder: {0}</source>
        <translation>Carpeta: {0}</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Reflect hit an internal problem. Nothing was changed.</source>
        <translation>Reflect tuvo un problema interno. No se cambió nada.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Elige una frase de contraseña</translation>
    </message>
    <message>
        <source>Your journal is here. You opened it with your recovery key, so choose the passphrase you will type to open it from now on. Reflect on your other computer will ask for it once, so both use the same one.</source>
        <translation>Tu diario está aquí. Lo abriste con tu clave de recuperación, así que elige la frase de contraseña que escribirás para abrirlo a partir de ahora. Reflect en tu otro equipo te la pedirá una vez, para que los dos usen la misma.</translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation>Usar esta frase de contraseña</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>New entry</source>
        <translation>Entrada nueva</translation>
    </message>
    <message>
        <source>Delete entry…</source>
        <translation>Eliminar entrada…</translation>
    </message>
    <message>
        <source>Search entries</source>
        <translation>Buscar entradas</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Lock the journal now (Ctrl+L)</source>
        <translation>Bloquear el diario ahora (Ctrl+L)</translation>
    </message>
    <message>
        <source>Hide now</source>
        <translation>Ocultar ahora</translation>
    </message>
    <message>
        <source>Lock and minimise at once (Ctrl+Shift+H)</source>
        <translation>Bloquear y minimizar al instante (Ctrl+Mayús+H)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Journal tools</source>
        <translation>Herramientas del diario</translation>
    </message>
    <message>
        <source>The entry from {when} will be removed from this computer for good. This can&apos;t be undone.</source>
        <translation>La entrada del {when} se eliminará de este equipo para siempre. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>¿Eliminar esta entrada?</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eliminar entrada</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>The entry was not deleted</source>
        <translation>La entrada no se eliminó</translation>
    </message>
</context>
<context>
    <name>KeptCopyNotes</name>
    <message>
        <source>Kept version. This entry was changed on both computers while they were apart, so Reflect kept both: this is the version the entry itself does not show. Compare them, keep what you want in one, then delete the other.</source>
        <translation>Versión guardada. Esta entrada se cambió en los dos equipos mientras estaban separados, así que Reflect guardó las dos: esta es la versión que la entrada misma no muestra. Compáralas, quédate con lo que quieras en una y luego elimina la otra.</translation>
    </message>
    <message>
        <source>Open the entry</source>
        <translation>Abrir la entrada</translation>
    </message>
    <message>
        <source>This entry was changed on both computers while they were apart. Reflect kept both versions: the other one is beside this entry, so nothing was lost.</source>
        <translation>Esta entrada se cambió en los dos equipos mientras estaban separados. Reflect guardó las dos versiones: la otra está junto a esta entrada, así que no se perdió nada.</translation>
    </message>
    <message>
        <source>Show the other version</source>
        <translation>Mostrar la otra versión</translation>
    </message>
</context>
<context>
    <name>MergeBackupDialog</name>
    <message>
        <source>Merge a backup</source>
        <translation>Combinar una copia de seguridad</translation>
    </message>
    <message>
        <source>Bring in what a backup holds, from a USB stick or an old computer: a backup of this journal, or of another Reflect journal. Nothing in your journal is lost: an entry changed in both places is kept twice.</source>
        <translation>Trae lo que contiene una copia de seguridad, desde una memoria USB o un equipo antiguo: una copia de este diario o de otro diario de Reflect. No se pierde nada de tu diario: una entrada cambiada en los dos lugares se guarda dos veces.</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>Elegir una copia de seguridad…</translation>
    </message>
    <message>
        <source>This backup is of another journal, or of this one before its recovery key was changed. Enter the passphrase that was in use when it was made, or its recovery key.</source>
        <translation>Esta copia de seguridad es de otro diario, o de este antes de que se cambiara su clave de recuperación. Escribe la frase de contraseña que se usaba cuando se hizo, o su clave de recuperación.</translation>
    </message>
    <message>
        <source>Passphrase or recovery key of the backup</source>
        <translation>Frase de contraseña o clave de recuperación de la copia</translation>
    </message>
    <message>
        <source>Merge status</source>
        <translation>Estado de la combinación</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Read the backup</source>
        <translation>Leer la copia</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <source>Choose a backup to merge</source>
        <translation>Elegir una copia de seguridad para combinar</translation>
    </message>
    <message>
        <source>Type the backup&apos;s passphrase first.</source>
        <translation>Escribe primero la frase de contraseña de la copia.</translation>
    </message>
    <message>
        <source>Reading the backup…</source>
        <translation>Leyendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>That doesn&apos;t open this backup. Nothing was changed; try again.</source>
        <translation>Eso no abre esta copia de seguridad. No se cambió nada; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>This backup was made on {0}.</source>
        <translation>Esta copia de seguridad se hizo el {0}.</translation>
    </message>
    <message>
        <source>Your journal already holds everything in it.</source>
        <translation>Tu diario ya contiene todo lo que hay en ella.</translation>
    </message>
    <message>
        <source>Merging it would:</source>
        <translation>Combinarla:</translation>
    </message>
    <message numerus="yes">
        <source>add %n record(s)</source>
        <translation>
            <numerusform>añadiría %n elemento</numerusform>
            <numerusform>añadiría %n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>change %n record(s)</source>
        <translation>
            <numerusform>cambiaría %n elemento</numerusform>
            <numerusform>cambiaría %n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keep %n record(s) twice, both versions</source>
        <translation>
            <numerusform>guardaría %n elemento dos veces, ambas versiones</numerusform>
            <numerusform>guardaría %n elementos dos veces, ambas versiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete %n record(s) deleted there</source>
        <translation>
            <numerusform>eliminaría %n elemento eliminado allí</numerusform>
            <numerusform>eliminaría %n elementos eliminados allí</numerusform>
        </translation>
    </message>
    <message>
        <source>Records are entries, events, check-ins and the like.</source>
        <translation>Los elementos son entradas, eventos, registros y similares.</translation>
    </message>
    <message>
        <source>Before merging, Reflect makes a backup of your journal as it is now, in {0}.</source>
        <translation>Antes de combinar, Reflect hace una copia de seguridad de tu diario tal como está ahora, en {0}.</translation>
    </message>
    <message>
        <source>Making a backup of your journal, then merging…</source>
        <translation>Haciendo una copia de seguridad de tu diario y luego combinando…</translation>
    </message>
    <message>
        <source>Merged. The backup made just before is {0}.</source>
        <translation>Combinado. La copia de seguridad hecha justo antes es {0}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Nothing was merged: {0}</source>
        <translation>No se combinó nada: {0}</translation>
    </message>
</context>
<context>
    <name>MyWordsDialog</name>
    <message>
        <source>My words</source>
        <translation>Mis palabras</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>No words yet. Right-click an underlined word in an entry and choose “Add to my words”.</source>
        <translation>Todavía no hay palabras. Haz clic derecho en una palabra subrayada de una entrada y elige «Añadir a mis palabras».</translation>
    </message>
    <message>
        <source>Words you added are no longer underlined. They are kept inside your encrypted journal, not in a dictionary file on this computer.</source>
        <translation>Las palabras que añadiste ya no se subrayan. Se guardan dentro de tu diario cifrado, no en un archivo de diccionario de este equipo.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>Escribe de nuevo la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Escríbela de nuevo</translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation>Las dos frases de contraseña coinciden.</translation>
    </message>
    <message>
        <source>The two passphrases don&apos;t match yet.</source>
        <translation>Las dos frases de contraseña todavía no coinciden.</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Elige una frase de contraseña.</translation>
    </message>
    <message>
        <source>The two passphrases don&apos;t match. Type the same passphrase twice.</source>
        <translation>Las dos frases de contraseña no coinciden. Escribe dos veces la misma frase de contraseña.</translation>
    </message>
    <message>
        <source>Use a weaker passphrase?</source>
        <translation>¿Usar una frase de contraseña más débil?</translation>
    </message>
    <message>
        <source>This passphrase could be guessed by someone with time and a fast computer. Another word or two would make it much stronger.</source>
        <translation>Alguien con tiempo y un equipo rápido podría adivinar esta frase de contraseña. Una o dos palabras más la harían mucho más fuerte.</translation>
    </message>
    <message>
        <source>Use it anyway</source>
        <translation>Usarla de todos modos</translation>
    </message>
    <message>
        <source>Choose another</source>
        <translation>Elegir otra</translation>
    </message>
</context>
<context>
    <name>NewPassphraseStep</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Elige una nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Your recovery key worked. Choose a new passphrase to use from now on. Your recovery key stays the same.</source>
        <translation>Tu clave de recuperación funcionó. Elige una nueva frase de contraseña para usar a partir de ahora. Tu clave de recuperación sigue siendo la misma.</translation>
    </message>
    <message>
        <source>Save and open</source>
        <translation>Guardar y abrir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>Nueva clave de recuperación</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>Crear una nueva clave de recuperación</translation>
    </message>
    <message>
        <source>Do this if your recovery key may have been seen by someone else, or you have lost it. Reflect shows you the new key first; your old key stops working only once you have kept the new one. Your passphrase stays the same.</source>
        <translation>Hazlo si alguien más pudo ver tu clave de recuperación o si la perdiste. Reflect te muestra primero la clave nueva; la antigua deja de funcionar solo cuando hayas guardado la nueva. Tu frase de contraseña sigue siendo la misma.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Tu frase de contraseña</translation>
    </message>
    <message>
        <source>Making a new recovery key</source>
        <translation>Creando una nueva clave de recuperación</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>Crear una clave nueva</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>Tu nueva clave de recuperación</translation>
    </message>
    <message>
        <source>Keep this key somewhere safe and private, then choose “Use this key”. Until then nothing has changed and your old recovery key still works.</source>
        <translation>Guarda esta clave en un lugar seguro y privado, y luego elige «Usar esta clave». Hasta entonces no ha cambiado nada y tu clave de recuperación antigua sigue funcionando.</translation>
    </message>
    <message>
        <source>Switching to the new key</source>
        <translation>Cambiando a la clave nueva</translation>
    </message>
    <message>
        <source>Keep my old key</source>
        <translation>Conservar mi clave antigua</translation>
    </message>
    <message>
        <source>Use this key</source>
        <translation>Usar esta clave</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Escribe primero tu frase de contraseña.</translation>
    </message>
    <message>
        <source>That isn&apos;t your passphrase. Nothing was changed.</source>
        <translation>Esa no es tu frase de contraseña. No se cambió nada.</translation>
    </message>
    <message>
        <source>{0} Keep the new key you wrote down anyway: Reflect asks about it again the next time you unlock, and your old key works until then.</source>
        <translation>{0} Guarda de todos modos la clave nueva que anotaste: Reflect te preguntará por ella la próxima vez que desbloquees, y tu clave antigua funciona hasta entonces.</translation>
    </message>
    <message>
        <source>New recovery key in use</source>
        <translation>Nueva clave de recuperación en uso</translation>
    </message>
    <message>
        <source>Your journal now uses the new recovery key you kept. The old one no longer opens it. Your passphrase is unchanged.</source>
        <translation>Tu diario usa ahora la nueva clave de recuperación que guardaste. La antigua ya no lo abre. Tu frase de contraseña no ha cambiado.</translation>
    </message>
    <message>
        <source>Your journal now has a new key and uses the new recovery key you kept. Your old passphrase and old recovery key no longer open it, not even with an old copy of the key file.</source>
        <translation>Tu diario tiene ahora una clave nueva y usa la nueva clave de recuperación que guardaste. Tu frase de contraseña antigua y tu clave de recuperación antigua ya no lo abren, ni siquiera con una copia antigua del archivo de clave.</translation>
    </message>
    <message>
        <source>Keep the journal&apos;s old key?</source>
        <translation>¿Conservar la clave antigua del diario?</translation>
    </message>
    <message>
        <source>Your new passphrase is in place. But a copy of your journal&apos;s key file from before (in an old backup, say) still opens the journal with the old passphrase until the journal has a new key. You can do this later in Settings &gt; New recovery key.</source>
        <translation>Tu nueva frase de contraseña ya está activa. Pero una copia del archivo de clave de tu diario de antes (en una copia de seguridad antigua, por ejemplo) sigue abriendo el diario con la frase de contraseña antigua hasta que el diario tenga una clave nueva. Puedes hacerlo más tarde en Configuración &gt; Nueva clave de recuperación.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Close without keeping the new key?</source>
        <translation>¿Cerrar sin guardar la clave nueva?</translation>
    </message>
    <message>
        <source>Your old recovery key no longer works. If you close now without keeping the new one, you will have no way back into your journal if you forget your passphrase.</source>
        <translation>Tu clave de recuperación antigua ya no funciona. Si cierras ahora sin guardar la nueva, no tendrás forma de volver a tu diario si olvidas tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Cerrar de todos modos</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Ocultar la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>PassphraseStep</name>
    <message>
        <source>Reflect</source>
        <translation>Reflect</translation>
    </message>
    <message>
        <source>Your journal is locked.</source>
        <translation>Tu diario está bloqueado.</translation>
    </message>
    <message>
        <source>This is the journal in the folder “{0}”.</source>
        <translation>Es el diario de la carpeta «{0}».</translation>
    </message>
    <message>
        <source>This is a demo journal with made-up entries. Its passphrase is: {0}</source>
        <translation>Es un diario de demostración con entradas inventadas. Su frase de contraseña es: {0}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>Forgot your passphrase?</source>
        <translation>¿Olvidaste tu frase de contraseña?</translation>
    </message>
    <message>
        <source>Your journal is encrypted with your passphrase, and nobody, including the makers of Reflect, can open it without that passphrase or your recovery key. There is no reset by email and no back door.

If you kept your recovery key (on paper, as a PDF, or in a password manager), choose “Use recovery key” and then pick a new passphrase.

If you have neither, the journal cannot be opened. Keep the folder in case the passphrase comes back to you: it often does after a night&apos;s sleep.</source>
        <translation>Tu diario está cifrado con tu frase de contraseña, y nadie, ni siquiera quienes hacen Reflect, puede abrirlo sin esa frase o sin tu clave de recuperación. No hay restablecimiento por correo ni puerta trasera.

Si guardaste tu clave de recuperación (en papel, como PDF o en un gestor de contraseñas), elige «Usar la clave de recuperación» y después una nueva frase de contraseña.

Si no tienes ninguna de las dos, el diario no se puede abrir. Conserva la carpeta por si la frase de contraseña te vuelve a la memoria: suele pasar después de una noche de sueño.</translation>
    </message>
    <message>
        <source>Use recovery key</source>
        <translation>Usar la clave de recuperación</translation>
    </message>
    <message>
        <source>Forgot passphrase?</source>
        <translation>¿Olvidaste la frase?</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source>Support and crisis lines</source>
        <translation>Teléfonos de ayuda y de crisis</translation>
    </message>
    <message>
        <source>Crisis lines and your own contacts, without unlocking</source>
        <translation>Teléfonos de crisis y tus propios contactos, sin desbloquear</translation>
    </message>
    <message>
        <source>Open another journal…</source>
        <translation>Abrir otro diario…</translation>
    </message>
    <message>
        <source>Back to my usual journal</source>
        <translation>Volver a mi diario habitual</translation>
    </message>
</context>
<context>
    <name>PdfWords</name>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Página {number} de {total}</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>I have kept my recovery key somewhere safe</source>
        <translation>He guardado mi clave de recuperación en un lugar seguro</translation>
    </message>
    <message>
        <source>This recovery key opens your Reflect journal if you forget your passphrase. Anyone who has it can read your journal, so keep it as carefully as a house key: on paper in a safe place, or in a password manager.</source>
        <translation>Esta clave de recuperación abre tu diario de Reflect si olvidas tu frase de contraseña. Quien la tenga puede leer tu diario, así que guárdala con el mismo cuidado que la llave de casa: en papel en un lugar seguro, o en un gestor de contraseñas.</translation>
    </message>
    <message>
        <source>To use it, open Reflect, choose “Use recovery key” on the unlock screen, type the key (the dashes and spaces do not matter), then choose a new passphrase.</source>
        <translation>Para usarla, abre Reflect, elige «Usar la clave de recuperación» en la pantalla de desbloqueo, escribe la clave (los guiones y los espacios no importan) y después elige una nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>If you make a new recovery key later in Settings, this one stops working.</source>
        <translation>Si más adelante creas una nueva clave de recuperación en Configuración, esta dejará de funcionar.</translation>
    </message>
    <message>
        <source>Copied. Paste it into your password manager now: Reflect clears the clipboard in one minute, and when it locks.</source>
        <translation>Copiada. Pégala ahora en tu gestor de contraseñas: Reflect vacía el portapapeles en un minuto, y al bloquearse.</translation>
    </message>
    <message>
        <source>Reflect recovery key</source>
        <translation>Clave de recuperación de Reflect</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Save recovery key as PDF</source>
        <translation>Guardar la clave de recuperación como PDF</translation>
    </message>
    <message>
        <source>reflect-recovery-key.pdf</source>
        <translation>reflect-clave-de-recuperacion.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the PDF</source>
        <translation>No se pudo guardar el PDF</translation>
    </message>
    <message>
        <source>Reflect could not write that file ({reason}). Try another folder.</source>
        <translation>Reflect no pudo escribir ese archivo ({reason}). Prueba con otra carpeta.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Guardado en {path}.</translation>
    </message>
</context>
<context>
    <name>RecoveryStep</name>
    <message>
        <source>Open with your recovery key</source>
        <translation>Abrir con tu clave de recuperación</translation>
    </message>
    <message>
        <source>Type the recovery key you printed or saved when you set up Reflect. Dashes, spaces and capital letters do not matter. Afterwards you will choose a new passphrase.</source>
        <translation>Escribe la clave de recuperación que imprimiste o guardaste al configurar Reflect. Los guiones, los espacios y las mayúsculas no importan. Después elegirás una nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Open journal</source>
        <translation>Abrir el diario</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open this reminder</source>
        <translation>Abrir este recordatorio</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Remind me again later</source>
        <translation>Recordármelo más tarde</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss this reminder</source>
        <translation>Descartar este recordatorio</translation>
    </message>
    <message>
        <source>See them</source>
        <translation>Verlos</translation>
    </message>
</context>
<context>
    <name>ReminderEditor</name>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Add or change a reminder</source>
        <translation>Añadir o cambiar un recordatorio</translation>
    </message>
    <message>
        <source>Unlock Reflect to add or read a private note</source>
        <translation>Desbloquea Reflect para añadir o leer una nota privada</translation>
    </message>
    <message>
        <source>Only you see this, after unlocking</source>
        <translation>Solo tú lo ves, después de desbloquear</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Elige al menos un día.</translation>
    </message>
    <message>
        <source>That time has already passed. Choose a later date or time.</source>
        <translation>Esa hora ya pasó. Elige una fecha u hora posterior.</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsPanel</name>
    <message>
        <source>Start at login</source>
        <translation>Iniciar al iniciar sesión</translation>
    </message>
    <message>
        <source>Reminders not saved</source>
        <translation>Recordatorios sin guardar</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Delete this reminder?</source>
        <translation>¿Eliminar este recordatorio?</translation>
    </message>
    <message>
        <source>It will not come back. Anything you wrote in your journal stays as it is.</source>
        <translation>No volverá. Todo lo que escribiste en tu diario se queda como está.</translation>
    </message>
    <message>
        <source>Delete reminder</source>
        <translation>Eliminar recordatorio</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>Reminders not saved</source>
        <translation>Recordatorios sin guardar</translation>
    </message>
</context>
<context>
    <name>RemindersWiring</name>
    <message>
        <source>&amp;Reminders...</source>
        <translation>&amp;Recordatorios…</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Tu nota</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>If you already used Reflect, on this computer or another, choose one of its backup files (they end in .reflectbackup). Reflect checks the whole backup before it puts anything in place.</source>
        <translation>Si ya usaste Reflect, en este equipo o en otro, elige uno de sus archivos de copia de seguridad (terminan en .reflectbackup). Reflect comprueba toda la copia antes de poner nada en su sitio.</translation>
    </message>
    <message>
        <source>Choose a backup file…</source>
        <translation>Elegir un archivo de copia de seguridad…</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Elige un archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase or your recovery key</source>
        <translation>La frase de contraseña de la copia, o tu clave de recuperación</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>Frase de contraseña o clave de recuperación</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Comprobando la copia de seguridad</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurar esta copia de seguridad</translation>
    </message>
    <message>
        <source>Support and crisis lines</source>
        <translation>Teléfonos de ayuda y de crisis</translation>
    </message>
    <message>
        <source>Choose a Reflect backup</source>
        <translation>Elige una copia de seguridad de Reflect</translation>
    </message>
    <message>
        <source>Backup made on {0}. Type the passphrase you used then, or your recovery key.</source>
        <translation>Copia de seguridad hecha el {0}. Escribe la frase de contraseña que usabas entonces, o tu clave de recuperación.</translation>
    </message>
    <message>
        <source>That doesn&apos;t open this backup. A backup opens with the passphrase you had when it was made, or with your recovery key. Nothing was changed.</source>
        <translation>Eso no abre esta copia de seguridad. Una copia se abre con la frase de contraseña que tenías cuando se hizo, o con tu clave de recuperación. No se cambió nada.</translation>
    </message>
    <message>
        <source>Reflect hit an internal problem. Nothing was changed.</source>
        <translation>Reflect tuvo un problema interno. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>ReviewList</name>
    <message>
        <source>Possible identifiers to review</source>
        <translation>Posibles datos identificativos que revisar</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Título del documento</translation>
    </message>
    <message>
        <source>{0}, entry title</source>
        <translation>{0}, título de la entrada</translation>
    </message>
    <message>
        <source>  (and 1 more place)</source>
        <translation>  (y 1 sitio más)</translation>
    </message>
    <message>
        <source>  (and {0} more places)</source>
        <translation>  (y {0} sitios más)</translation>
    </message>
    <message>
        <source>Ticked: hidden in the export. Unticked: shown as written.</source>
        <translation>Marcado: oculto en la exportación. Sin marcar: se muestra tal como está escrito.</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Oculto</translation>
    </message>
    <message>
        <source>Shown as written</source>
        <translation>Se muestra tal como está escrito</translation>
    </message>
    <message>
        <source>{state}: “{text}”</source>
        <translation>{state}: «{text}»</translation>
    </message>
</context>
<context>
    <name>SafePreview</name>
    <message>
        <source>Preparing the preview…</source>
        <extracomment>Entries longer than this are rendered on a worker thread (a long entry can take a second or two), with a short note in the preview meanwhile.</extracomment>
        <translation>Preparando la vista previa…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Bloquear tras estos minutos sin actividad</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>Bloquear al minimizar la ventana</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation>Bloquear tras una inactividad de</translation>
    </message>
    <message>
        <source>Reflect also locks when you press Ctrl+L, when you press Ctrl+Shift+H to hide it, and when your computer locks or sleeps (where the system tells Reflect).</source>
        <translation>Reflect también se bloquea cuando pulsas Ctrl+L, cuando pulsas Ctrl+Mayús+H para ocultarlo, y cuando tu equipo se bloquea o entra en suspensión (si el sistema se lo comunica a Reflect).</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Writing font</source>
        <translation>Fuente para escribir</translation>
    </message>
    <message>
        <source>Writing font size</source>
        <translation>Tamaño de la fuente para escribir</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Reflect speaks it from the next time it starts.</source>
        <translation>Reflect lo usará a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Underline misspelled words as I write</source>
        <translation>Subrayar las palabras mal escritas mientras escribo</translation>
    </message>
    <message>
        <source>My words…</source>
        <translation>Mis palabras…</translation>
    </message>
    <message>
        <source>My words</source>
        <translation>Mis palabras</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Ortografía</translation>
    </message>
    <message>
        <source>English, with UK and US spellings and clinical words. Press F7 for the next mistake; right-click a word for suggestions.</source>
        <translation>Inglés, con ortografía británica y estadounidense y términos clínicos. Pulsa F7 para ir al siguiente error; haz clic derecho en una palabra para ver sugerencias. Reflect todavía no revisa el español.</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>New recovery key…</source>
        <translation>Nueva clave de recuperación…</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Nueva clave de recuperación</translation>
    </message>
    <message>
        <source>Passphrase and recovery key</source>
        <translation>Frase de contraseña y clave de recuperación</translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <source>About Reflect</source>
        <translation>Acerca de Reflect</translation>
    </message>
    <message>
        <source>Reflect</source>
        <translation>Reflect</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
</context>
<context>
    <name>SpellingAssistant</name>
    <message>
        <source>Check &amp;spelling</source>
        <translation>Revisar &amp;ortografía</translation>
    </message>
    <message>
        <source>&amp;Next spelling mistake</source>
        <translation>Siguiente error de orto&amp;grafía</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>No hay sugerencias</translation>
    </message>
    <message>
        <source>Add “{word}” to my words</source>
        <translation>Añadir «{word}» a mis palabras</translation>
    </message>
    <message>
        <source>No spelling mistakes found.</source>
        <translation>No se encontraron errores de ortografía.</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Working</source>
        <translation>En curso</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Fuerza de la frase de contraseña</translation>
    </message>
    <message>
        <source>Four or five unrelated words make a passphrase that is strong and easy to remember.</source>
        <translation>Cuatro o cinco palabras sin relación entre sí forman una frase de contraseña fuerte y fácil de recordar.</translation>
    </message>
    <message>
        <source>Weak. Another word or two would make it much harder to guess.</source>
        <translation>Débil. Una o dos palabras más la harían mucho más difícil de adivinar.</translation>
    </message>
    <message>
        <source>Fair. One more word would make it stronger.</source>
        <translation>Aceptable. Una palabra más la haría más fuerte.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Fuerte.</translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation>Muy fuerte.</translation>
    </message>
</context>
<context>
    <name>SyncWiring</name>
    <message>
        <source>&amp;Merge a backup…</source>
        <translation>&amp;Combinar una copia de seguridad…</translation>
    </message>
    <message>
        <source>A file in your sync folder was skipped. Settings &gt; Two computers says which, and why.</source>
        <translation>Se omitió un archivo de tu carpeta sincronizada. Configuración &gt; Dos equipos dice cuál y por qué.</translation>
    </message>
    <message>
        <source>Not in step with your other computer: {0}</source>
        <translation>No está al día con tu otro equipo: {0}</translation>
    </message>
    <message>
        <source>Choose the folder to keep in step</source>
        <translation>Elegir la carpeta que se mantendrá al día</translation>
    </message>
    <message>
        <source>Choose another folder</source>
        <translation>Elegir otra carpeta</translation>
    </message>
</context>
<context>
    <name>TagsField</name>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Words to find this entry by later, such as sleep or review</source>
        <translation>Palabras para encontrar esta entrada más tarde, como sueño o revisión</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>e.g. %1</source>
        <translation>p. ej., %1</translation>
    </message>
    <message>
        <source>“%1” is not a time Reflect can read. Type it as hours and minutes, for example 21:30 or 9:30 pm.</source>
        <translation>«%1» no es una hora que Reflect pueda leer. Escríbela como horas y minutos, por ejemplo 21:30.</translation>
    </message>
</context>
<context>
    <name>TwoComputersGroup</name>
    <message>
        <source>Two computers</source>
        <translation>Dos equipos</translation>
    </message>
    <message>
        <source>Write on two computers and keep one journal, through a folder your own sync tool keeps in step. Help (F1) says how.</source>
        <translation>Escribe en dos equipos y conserva un solo diario, mediante una carpeta que tu propio programa de sincronización mantiene al día. La ayuda (F1) explica cómo.</translation>
    </message>
    <message>
        <source>Keep in step through a folder…</source>
        <translation>Mantener al día mediante una carpeta…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Stop keeping in step</source>
        <translation>Dejar de mantener al día</translation>
    </message>
    <message>
        <source>Folder: {0}</source>
        <translation>Carpeta: {0}</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Elegir otra carpeta…</translation>
    </message>
    <message>
        <source>This journal is not kept in step with another computer.</source>
        <translation>Este diario no se mantiene al día con ningún otro equipo.</translation>
    </message>
    <message>
        <source>Not in step: {0}</source>
        <translation>No está al día: {0}</translation>
    </message>
    <message>
        <source>Getting in step…</source>
        <translation>Poniéndose al día…</translation>
    </message>
    <message>
        <source>Not in step yet.</source>
        <translation>Todavía no está al día.</translation>
    </message>
    <message>
        <source>No other computer has written to this folder yet. Set Reflect up there with the same folder; your sync tool brings its file here.</source>
        <translation>Ningún otro equipo ha escrito todavía en esta carpeta. Configura Reflect allí con la misma carpeta; tu programa de sincronización trae su archivo aquí.</translation>
    </message>
    <message numerus="yes">
        <source>In step with %n other computer(s).</source>
        <translation>
            <numerusform>Al día con %n equipo más.</numerusform>
            <numerusform>Al día con %n equipos más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced just now.</source>
        <translation>Última sincronización: hace un momento.</translation>
    </message>
    <message numerus="yes">
        <source>Last synced %n minute(s) ago.</source>
        <translation>
            <numerusform>Última sincronización hace %n minuto.</numerusform>
            <numerusform>Última sincronización hace %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced {0}.</source>
        <translation>Última sincronización: {0}.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Choose the folder of a Reflect journal</source>
        <translation>Elige la carpeta de un diario de Reflect</translation>
    </message>
    <message>
        <source>That folder doesn&apos;t hold a Reflect journal. Choose the folder that contains vault.json, for example one restored from a backup.</source>
        <translation>Esa carpeta no contiene un diario de Reflect. Elige la carpeta que contiene vault.json, por ejemplo una restaurada desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Type your passphrase, then press Enter.</source>
        <translation>Escribe tu frase de contraseña y pulsa Intro.</translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation>Abriendo tu diario…</translation>
    </message>
    <message>
        <source>That passphrase didn&apos;t open this journal. Check Caps Lock and try again, or use your recovery key.</source>
        <translation>Esa frase de contraseña no abrió este diario. Revisa el Bloq Mayús e inténtalo de nuevo, o usa tu clave de recuperación.</translation>
    </message>
    <message>
        <source>Choose a Reflect backup</source>
        <translation>Elige una copia de seguridad de Reflect</translation>
    </message>
    <message>
        <source>Reflect backups (*.reflectbackup)</source>
        <translation>Copias de seguridad de Reflect (*.reflectbackup)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Comprobando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Your journal is back</source>
        <translation>Tu diario ha vuelto</translation>
    </message>
    <message>
        <source>Reflect restored your journal from the backup. The damaged copy was kept in {0}; you can delete it once you are sure nothing is missing.</source>
        <translation>Reflect restauró tu diario desde la copia de seguridad. La copia dañada se conservó en {0}; puedes borrarla cuando hayas comprobado que no falta nada.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this backup. A backup opens with the passphrase you had when it was made. Nothing was changed.</source>
        <translation>Esa frase de contraseña no abre esta copia de seguridad. Una copia se abre con la frase de contraseña que tenías cuando se hizo. No se cambió nada.</translation>
    </message>
    <message>
        <source>Type your recovery key first.</source>
        <translation>Escribe primero tu clave de recuperación.</translation>
    </message>
    <message>
        <source>Saving your new passphrase…</source>
        <translation>Guardando tu nueva frase de contraseña…</translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message numerus="yes">
        <source>%n reminder(s) could not be read and were left out. The file as it was is kept in {0} as reminders.json.unreadable.</source>
        <translation>
            <numerusform>No se pudo leer %n recordatorio y se dejó fuera. El archivo tal como estaba se conserva en {0} como reminders.json.unreadable.</numerusform>
            <numerusform>No se pudieron leer %n recordatorios y se dejaron fuera. El archivo tal como estaba se conserva en {0} como reminders.json.unreadable.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Reflect was switching your journal to a new recovery key when it stopped, and it has now finished. This is your new key: keep it somewhere safe and private. Your old recovery key no longer works.</source>
        <translation>Reflect estaba cambiando tu diario a una nueva clave de recuperación cuando se detuvo, y ya ha terminado. Esta es tu clave nueva: guárdala en un lugar seguro y privado. Tu clave de recuperación antigua ya no funciona.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Reflect was switching your journal to a new recovery key when it stopped. Nothing is lost, and your old recovery key still works. This is the new key it was setting up: keep it, then choose “Use this key”; or keep using your old one.</source>
        <translation>Reflect estaba cambiando tu diario a una nueva clave de recuperación cuando se detuvo. No se ha perdido nada, y tu clave de recuperación antigua sigue funcionando. Esta es la clave nueva que estaba preparando: guárdala y luego elige «Usar esta clave»; o sigue usando la antigua.</translation>
    </message>
    <message>
        <source>Your passphrase is changed. To shut out your old passphrase completely, Reflect will also give your journal a new key, and with it this new recovery key. Keep it somewhere safe and private, then choose “Use this key”. Your old recovery key stops working then.</source>
        <translation>Tu frase de contraseña ha cambiado. Para dejar fuera del todo tu frase de contraseña antigua, Reflect también dará a tu diario una clave nueva, y con ella esta nueva clave de recuperación. Guárdala en un lugar seguro y privado, y luego elige «Usar esta clave». Entonces tu clave de recuperación antigua dejará de funcionar.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <source>In 10 minutes</source>
        <translation>Dentro de 10 minutos</translation>
    </message>
    <message>
        <source>In an hour</source>
        <translation>Dentro de una hora</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Mañana por la mañana</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Print recovery key</source>
        <translation>Imprimir la clave de recuperación</translation>
    </message>
</context>
</TS>
