<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Wählen Sie eine Passphrase.</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters. A few unrelated words work well.</source>
        <translation>Zu kurz: Verwenden Sie mindestens %1 Zeichen. Ein paar Wörter, die nichts miteinander zu tun haben, eignen sich gut.</translation>
    </message>
    <message>
        <source>That is among the most used passwords or words, so it would be guessed at once. Try four or five unrelated words.</source>
        <translation>Das gehört zu den häufigsten Passwörtern oder Wörtern und wäre sofort erraten. Versuchen Sie vier oder fünf Wörter, die nichts miteinander zu tun haben.</translation>
    </message>
    <message>
        <source>That is a keyboard pattern, a repeat or a sequence, so it would be guessed at once. Try four or five unrelated words.</source>
        <translation>Das ist ein Tastaturmuster, eine Wiederholung oder eine Folge und wäre sofort erraten. Versuchen Sie vier oder fünf Wörter, die nichts miteinander zu tun haben.</translation>
    </message>
    <message>
        <source>That looks like a date, which is quick to guess. Try four or five unrelated words.</source>
        <translation>Das sieht aus wie ein Datum und ist schnell erraten. Versuchen Sie vier oder fünf Wörter, die nichts miteinander zu tun haben.</translation>
    </message>
    <message>
        <source>That would be guessed quickly. Try four or five unrelated words.</source>
        <translation>Das wäre schnell erraten. Versuchen Sie vier oder fünf Wörter, die nichts miteinander zu tun haben.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Triggered today</source>
        <translation>Heute wieder hochgekommen</translation>
    </message>
    <message>
        <source>Check-in questions</source>
        <translation>Check-in-Fragen</translation>
    </message>
    <message>
        <source>How did you sleep last night</source>
        <translation>Wie haben Sie letzte Nacht geschlafen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Eine Notiz</translation>
    </message>
    <message>
        <source>A few words, if you like</source>
        <translation>Ein paar Worte, wenn Sie möchten</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>This week&apos;s questions (optional)</source>
        <translation>Die Fragen dieser Woche (freiwillig)</translation>
    </message>
    <message>
        <source>An optional weekly check: a few questions about how supported you feel. It is a prompt for reflection, not a test and not a diagnosis.</source>
        <translation>Eine freiwillige wöchentliche Abfrage: ein paar Fragen dazu, wie unterstützt Sie sich fühlen. Sie ist ein Anstoß zum Nachdenken, kein Test und keine Diagnose.</translation>
    </message>
    <message>
        <source>The two short questions about mood and worry (PHQ-2 and GAD-2) are left out in this language: Reflect asks them only in a validated published translation, and none is included yet.</source>
        <translation>Die beiden kurzen Fragen zu Stimmung und Sorgen (PHQ-2 und GAD-2) entfallen in dieser Sprache: Reflect stellt sie nur in einer validierten, veröffentlichten Übersetzung, und noch ist keine enthalten.</translation>
    </message>
    <message>
        <source>Support around you</source>
        <translation>Unterstützung in Ihrer Nähe</translation>
    </message>
    <message>
        <source>Thank you for checking in</source>
        <translation>Danke für Ihren Check-in</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Continue to a short check-in</source>
        <translation>Weiter zu einem kurzen Check-in</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Mood (PHQ-2)</source>
        <translation>Stimmung (PHQ-2)</translation>
    </message>
    <message>
        <source>Worry (GAD-2)</source>
        <translation>Sorgen (GAD-2)</translation>
    </message>
    <message>
        <source>A prompt to steady yourself</source>
        <translation>Ein Impuls, um sich zu sammeln</translation>
    </message>
    <message>
        <source>A prompt for reflection</source>
        <translation>Ein Impuls zum Nachdenken</translation>
    </message>
    <message>
        <source>A prompt about kindness to yourself</source>
        <translation>Ein Impuls zur Freundlichkeit mit sich selbst</translation>
    </message>
    <message>
        <source>A prompt about forgiving yourself</source>
        <translation>Ein Impuls zum Sich-selbst-Vergeben</translation>
    </message>
    <message>
        <source>A prompt about the system around you</source>
        <translation>Ein Impuls zum System um Sie herum</translation>
    </message>
    <message>
        <source>A prompt for a review or investigation</source>
        <translation>Ein Impuls für eine Fallbesprechung oder Untersuchung</translation>
    </message>
    <message>
        <source>A prompt about moving forward</source>
        <translation>Ein Impuls für den Weg nach vorn</translation>
    </message>
    <message>
        <source>A prompt about reaching out</source>
        <translation>Ein Impuls, sich Hilfe zu holen</translation>
    </message>
    <message>
        <source>&amp;Support</source>
        <translation>&amp;Unterstützung</translation>
    </message>
    <message>
        <source>&amp;Check in...</source>
        <translation>&amp;Check-in …</translation>
    </message>
    <message>
        <source>&amp;Triggered today...</source>
        <translation>Heute &amp;hochgekommen …</translation>
    </message>
    <message>
        <source>&amp;New event...</source>
        <translation>&amp;Neues Ereignis …</translation>
    </message>
    <message>
        <source>Stage &amp;guide</source>
        <translation>&amp;Phasen-Leitfaden</translation>
    </message>
    <message>
        <source>Check-ins over &amp;time</source>
        <translation>Check-ins im &amp;Verlauf</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <source>Still in the thick of it</source>
        <translation>Noch mittendrin</translation>
    </message>
    <message>
        <source>Moved on: stepping away (dropping out)</source>
        <translation>Weitergehen: Abstand nehmen (aussteigen)</translation>
    </message>
    <message>
        <source>Moved on: getting by (surviving)</source>
        <translation>Weitergehen: zurechtkommen (überstehen)</translation>
    </message>
    <message>
        <source>Moved on: growing from it (thriving)</source>
        <translation>Weitergehen: daran wachsen (aufblühen)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschehen ist</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Ereignis bearbeiten</translation>
    </message>
    <message>
        <source>Only you will see this. A short private name is enough: something you will recognise, without patient names or details.</source>
        <translation>Nur Sie sehen das. Ein kurzer privater Name genügt: etwas, das Sie wiedererkennen, ohne Namen oder Einzelheiten von Patientinnen und Patienten.</translation>
    </message>
    <message>
        <source>Private title</source>
        <translation>Privater Titel</translation>
    </message>
    <message>
        <source>e.g. The night shift in March</source>
        <translation>z. B. Der Nachtdienst im März</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Wann es geschah</translation>
    </message>
    <message>
        <source>Context (optional)</source>
        <translation>Zusammenhang (freiwillig)</translation>
    </message>
    <message>
        <source>Optional. How you felt, what it meant to you. Leave the clinical facts for the incident report and your adviser.</source>
        <translation>Freiwillig. Wie es Ihnen ging, was es für Sie bedeutet hat. Die klinischen Fakten gehören in die Ereignismeldung und zu Ihrem Rechtsbeistand.</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Zusammenhang</translation>
    </message>
    <message>
        <source>Where I am today</source>
        <translation>Wo ich heute stehe</translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation>Noch unsicher</translation>
    </message>
    <message>
        <source>Use this</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>How it is going</source>
        <translation>Wie es läuft</translation>
    </message>
    <message>
        <source>The way so far</source>
        <translation>Der bisherige Weg</translation>
    </message>
    <message>
        <source>What you wrote about it</source>
        <translation>Was Sie darüber geschrieben haben</translation>
    </message>
    <message>
        <source>Entries about this event, newest first</source>
        <translation>Einträge zu diesem Ereignis, die neuesten zuerst</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Follow-up reminders</source>
        <translation>Erinnerungen zum Nachfassen</translation>
    </message>
    <message>
        <source>New entry about it</source>
        <translation>Neuer Eintrag dazu</translation>
    </message>
    <message>
        <source>Start an exercise</source>
        <translation>Eine Übung beginnen</translation>
    </message>
    <message>
        <source>Export for a therapist…</source>
        <translation>Für meine Therapie exportieren …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Ereignis: %1</translation>
    </message>
    <message>
        <source>It happened on %1.</source>
        <translation>Es geschah am %1.</translation>
    </message>
    <message>
        <source>You have not said where you are with it yet.</source>
        <translation>Sie haben noch nicht gesagt, wo Sie damit stehen.</translation>
    </message>
    <message>
        <source>Today you are at stage %1: %2.</source>
        <translation>Heute sind Sie in Phase %1: %2.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>Nothing written about it yet. “New entry about it” starts one.</source>
        <translation>Noch nichts dazu geschrieben. „Neuer Eintrag dazu“ beginnt einen.</translation>
    </message>
    <message>
        <source>The newest %1 of %2; the entry list shows them all.</source>
        <translation>Die neuesten %1 von %2; die Eintragsliste zeigt alle.</translation>
    </message>
    <message>
        <source>No follow-up reminders. Reminders (Journal menu) can add one.</source>
        <translation>Keine Erinnerungen zum Nachfassen. Unter „Erinnerungen“ (Menü Tagebuch) können Sie eine hinzufügen.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Nächste: %1</translation>
    </message>
    <message>
        <source>Paused, or already past</source>
        <translation>Pausiert oder schon vorbei</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>You started this on %1. Your answers were kept; you can carry on.</source>
        <translation>Sie haben dies am %1 begonnen. Ihre Antworten sind aufbewahrt; Sie können weitermachen.</translation>
    </message>
    <message>
        <source>Built on published research and practice. Help lists the sources.</source>
        <translation>Beruht auf veröffentlichter Forschung und Praxis. Die Hilfe nennt die Quellen.</translation>
    </message>
    <message>
        <source>Open Support</source>
        <translation>Unterstützung öffnen</translation>
    </message>
    <message>
        <source>Before you start: how distressed are you right now?</source>
        <translation>Bevor Sie beginnen: Wie belastet sind Sie gerade?</translation>
    </message>
    <message>
        <source>Ready to keep this</source>
        <translation>Bereit zum Aufbewahren</translation>
    </message>
    <message>
        <source>Your answers become one entry in your journal, a heading for each step. Steps you left empty are left out. You can edit the entry later.</source>
        <translation>Ihre Antworten werden ein Eintrag in Ihrem Tagebuch, mit einer Überschrift für jeden Schritt. Leer gelassene Schritte entfallen. Sie können den Eintrag später bearbeiten.</translation>
    </message>
    <message>
        <source>Nothing is written yet, so there is nothing to save. Go back to add a few words, or close: nothing is lost.</source>
        <translation>Noch ist nichts geschrieben, also gibt es nichts zu speichern. Gehen Sie zurück und schreiben Sie ein paar Worte, oder schließen Sie: Nichts geht verloren.</translation>
    </message>
    <message>
        <source>Close and finish later</source>
        <translation>Schließen und später weitermachen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Exercise step</source>
        <translation>Übungsschritt</translation>
    </message>
    <message>
        <source>Write as much or as little as you like. You can skip this.</source>
        <translation>Schreiben Sie so viel oder so wenig, wie Sie möchten. Sie können diesen Schritt überspringen.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Save to my journal</source>
        <translation>In meinem Tagebuch speichern</translation>
    </message>
    <message>
        <source>Journey since %1: stages %2</source>
        <translation>Weg seit %1: Phasen %2</translation>
    </message>
    <message>
        <source>Journey: no stage chosen yet</source>
        <translation>Weg: noch keine Phase gewählt</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>Stages over time</source>
        <translation>Phasen im Verlauf</translation>
    </message>
    <message>
        <source>When you say where you are today, it shows here with the date. Moving back and forth between stages is common.</source>
        <translation>Wenn Sie angeben, wo Sie heute stehen, erscheint es hier mit dem Datum. Zwischen den Phasen hin und her zu gehen ist häufig.</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>(came back; that happens)</source>
        <translation>(wieder da; das kommt vor)</translation>
    </message>
    <message>
        <source>%1: %2   ·   %3: %4</source>
        <translation>%1: %2   ·   %3: %4</translation>
    </message>
    <message>
        <source>How distressed are you right now</source>
        <translation>Wie belastet sind Sie gerade</translation>
    </message>
    <message>
        <source>About which event</source>
        <translation>Zu welchem Ereignis</translation>
    </message>
    <message>
        <source>No particular event</source>
        <translation>Kein bestimmtes Ereignis</translation>
    </message>
    <message>
        <source>Writing prompt</source>
        <translation>Schreibimpuls</translation>
    </message>
    <message>
        <source>A prompt, if you want one</source>
        <translation>Ein Impuls, wenn Sie einen möchten</translation>
    </message>
    <message>
        <source>Use this prompt</source>
        <translation>Diesen Impuls verwenden</translation>
    </message>
    <message>
        <source>Another prompt</source>
        <translation>Ein anderer Impuls</translation>
    </message>
    <message>
        <source>No prompt, just write</source>
        <translation>Ohne Impuls schreiben</translation>
    </message>
    <message>
        <source>Show a prompt</source>
        <translation>Einen Impuls zeigen</translation>
    </message>
    <message>
        <source>No new prompt today: you have answered the ones that fit in the last two weeks. Just write, or come back another day.</source>
        <translation>Heute kein neuer Impuls: Sie haben die passenden der letzten zwei Wochen schon beantwortet. Schreiben Sie einfach, oder kommen Sie an einem anderen Tag wieder.</translation>
    </message>
    <message>
        <source>Where you are today</source>
        <translation>Wo Sie heute stehen</translation>
    </message>
    <message>
        <source>Stage guide</source>
        <translation>Phasen-Leitfaden</translation>
    </message>
    <message>
        <source>Stage details</source>
        <translation>Einzelheiten zur Phase</translation>
    </message>
    <message>
        <source>New event...</source>
        <translation>Neues Ereignis …</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Open its page</source>
        <translation>Seine Seite öffnen</translation>
    </message>
    <message>
        <source>Common thoughts</source>
        <translation>Häufige Gedanken</translation>
    </message>
    <message>
        <source>What tends to help</source>
        <translation>Was oft hilft</translation>
    </message>
    <message>
        <source>Prompts for this stage</source>
        <translation>Impulse für diese Phase</translation>
    </message>
    <message>
        <source>Write with this prompt</source>
        <translation>Mit diesem Impuls schreiben</translation>
    </message>
    <message>
        <source>This is where I am today</source>
        <translation>Hier stehe ich heute</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Noch keine Ereignisse</translation>
    </message>
    <message>
        <source>Add an event first.</source>
        <translation>Legen Sie zuerst ein Ereignis an.</translation>
    </message>
    <message>
        <source>Where are you? Choose your country to see lines you can call there.</source>
        <translation>Wo sind Sie? Wählen Sie Ihr Land, um Nummern zu sehen, die Sie dort anrufen können.</translation>
    </message>
    <message>
        <source>Lines for</source>
        <translation>Nummern für</translation>
    </message>
    <message>
        <source>Someone to talk to, now</source>
        <translation>Jemand zum Reden, jetzt</translation>
    </message>
    <message>
        <source>A moment for you</source>
        <translation>Ein Moment für Sie</translation>
    </message>
    <message>
        <source>People you can reach now</source>
        <translation>Menschen, die Sie jetzt erreichen können</translation>
    </message>
    <message>
        <source>People you chose</source>
        <translation>Menschen, die Sie ausgewählt haben</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Mein Krisenplan</translation>
    </message>
    <message>
        <source>You haven&apos;t written a safety plan yet. When you feel steadier, “Write a safety plan” below takes you through it.</source>
        <translation>Sie haben noch keinen Krisenplan geschrieben. Wenn Sie sich etwas stabiler fühlen, führt Sie „Einen Krisenplan schreiben“ unten hindurch.</translation>
    </message>
    <message>
        <source>Your safety plan is in your journal. Unlock it to read the plan.</source>
        <translation>Ihr Krisenplan steht in Ihrem Tagebuch. Entsperren Sie es, um den Plan zu lesen.</translation>
    </message>
    <message>
        <source>Open my safety plan</source>
        <translation>Meinen Krisenplan öffnen</translation>
    </message>
    <message>
        <source>Write a safety plan</source>
        <translation>Einen Krisenplan schreiben</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Back to Support</source>
        <translation>Zurück zur Unterstützung</translation>
    </message>
    <message>
        <source>If you are in immediate danger, call your local emergency number now.</source>
        <translation>Wenn Sie in unmittelbarer Gefahr sind, rufen Sie jetzt Ihre örtliche Notrufnummer an.</translation>
    </message>
    <message>
        <source>If you are in immediate danger: %1.</source>
        <translation>Wenn Sie in unmittelbarer Gefahr sind: %1.</translation>
    </message>
    <message>
        <source>low mood</source>
        <translation>gedrückte Stimmung</translation>
    </message>
    <message>
        <source>worry</source>
        <translation>Sorgen</translation>
    </message>
    <message>
        <source>Your answers this week suggest that %1 has been heavy on many days. That is common after something hard at work, and it is not a diagnosis. It is a good moment to talk with someone: a colleague you trust, your doctor, or one of the lines below. If you ever think about ending your life, call one of them now.</source>
        <translation>Ihre Antworten dieser Woche deuten darauf hin, dass %1 Sie an vielen Tagen belastet hat. Das ist nach etwas Schwerem bei der Arbeit häufig und keine Diagnose. Es ist ein guter Moment, mit jemandem zu sprechen: einer Kollegin oder einem Kollegen Ihres Vertrauens, Ihrer Hausärztin oder Ihrem Hausarzt oder unter einer der Nummern unten. Wenn Sie je daran denken, Ihr Leben zu beenden, rufen Sie jetzt eine davon an.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Number last checked %1</source>
        <translation>Nummer zuletzt geprüft am %1</translation>
    </message>
    <message>
        <source>Someone I can turn to</source>
        <translation>Jemand, an den ich mich wenden kann</translation>
    </message>
    <message>
        <source>peer supporter, therapist, chief, a friend...</source>
        <translation>kollegiale Ansprechperson, Therapie, Chefin oder Chef, Freundeskreis …</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Who they are to you</source>
        <translation>Wer diese Person für Sie ist</translation>
    </message>
    <message>
        <source>Phone or how to reach them</source>
        <translation>Telefon oder wie Sie sie erreichen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Support lines and people</source>
        <translation>Hilfsangebote und Menschen</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>Meine Menschen</translation>
    </message>
    <message>
        <source>Unlock your journal to see the people you added here.</source>
        <translation>Entsperren Sie Ihr Tagebuch, um die Menschen zu sehen, die Sie hier eingetragen haben.</translation>
    </message>
    <message>
        <source>Add someone...</source>
        <translation>Jemanden hinzufügen …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Lines you can call</source>
        <translation>Nummern, die Sie anrufen können</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Wann professionelle Hilfe sinnvoll ist</translation>
    </message>
    <message>
        <source>No one added yet. A peer supporter, a friend, your EAP...</source>
        <translation>Noch niemand eingetragen. Eine kollegiale Ansprechperson, jemand aus dem Freundeskreis, Ihre Mitarbeiterberatung …</translation>
    </message>
    <message>
        <source>3 or more: worth talking to someone about</source>
        <translation>3 oder mehr: ein Grund, mit jemandem zu sprechen</translation>
    </message>
    <message>
        <source>Check-ins as a table</source>
        <translation>Check-ins als Tabelle</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
    <message>
        <source>Check-ins over time</source>
        <translation>Check-ins im Verlauf</translation>
    </message>
    <message>
        <source>Dashed lines mark the days you said where you were with an event.</source>
        <translation>Gestrichelte Linien markieren die Tage, an denen Sie angegeben haben, wo Sie bei einem Ereignis stehen.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Which check-ins to show</source>
        <translation>Welche Check-ins gezeigt werden</translation>
    </message>
    <message>
        <source>Show as a table</source>
        <translation>Als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Show as a chart</source>
        <translation>Als Diagramm zeigen</translation>
    </message>
    <message>
        <source>No check-ins here yet. A check-in takes half a minute; over time this shows how your days have been.</source>
        <translation>Hier gibt es noch keine Check-ins. Ein Check-in dauert eine halbe Minute; mit der Zeit zeigt sich hier, wie Ihre Tage waren.</translation>
    </message>
    <message>
        <source>Distress over time</source>
        <translation>Belastung im Verlauf</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <source>All check-ins</source>
        <translation>Alle Check-ins</translation>
    </message>
    <message>
        <source>Distress</source>
        <translation>Belastung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Chart of %1; Show as a table gives the same numbers</source>
        <translation>Diagramm von %1; „Als Tabelle zeigen“ gibt dieselben Zahlen</translation>
    </message>
    <message>
        <source>nothing ticked</source>
        <translation>nichts angekreuzt</translation>
    </message>
    <message>
        <source>%1 check-ins on %2 days.</source>
        <translation>%1 Check-ins an %2 Tagen.</translation>
    </message>
    <message>
        <source>One check-in so far.</source>
        <translation>Bisher ein Check-in.</translation>
    </message>
    <message>
        <source>Distress (0–10)</source>
        <translation>Belastung (0–10)</translation>
    </message>
    <message>
        <source>Sleep (0–4)</source>
        <translation>Schlaf (0–4)</translation>
    </message>
    <message>
        <source>PHQ-2, mood (0–6)</source>
        <translation>PHQ-2, Stimmung (0–6)</translation>
    </message>
    <message>
        <source>GAD-2, worry (0–6)</source>
        <translation>GAD-2, Sorgen (0–6)</translation>
    </message>
    <message>
        <source>Support: {name} (0–4)</source>
        <translation>Unterstützung: {name} (0–4)</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Triggered that day</source>
        <translation>An diesem Tag hochgekommen</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>On {day}</source>
        <translation>Am {day}</translation>
    </message>
    <message>
        <source>Private — prepared for my therapist</source>
        <translation>Privat – für meine Therapie vorbereitet</translation>
    </message>
    <message>
        <source>Reflections to talk through</source>
        <translation>Gedanken zum Besprechen</translation>
    </message>
    <message>
        <source>Untitled entry</source>
        <translation>Eintrag ohne Titel</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>Where I was, over time</source>
        <translation>Wo ich stand, im Verlauf</translation>
    </message>
    <message>
        <source>No stage choices recorded in this period.</source>
        <translation>In diesem Zeitraum wurde keine Phase gewählt.</translation>
    </message>
    <message>
        <source>No check-ins in this period.</source>
        <translation>In diesem Zeitraum gibt es keine Check-ins.</translation>
    </message>
    <message>
        <source>{day}: Stage {number}</source>
        <translation>{day}: Phase {number}</translation>
    </message>
    <message>
        <source>Stage {number}: {name}</source>
        <translation>Phase {number}: {name}</translation>
    </message>
    <message>
        <source>Stage {number}</source>
        <translation>Phase {number}</translation>
    </message>
    <message>
        <source>Since {day}</source>
        <translation>Seit {day}</translation>
    </message>
    <message>
        <source>Until {day}</source>
        <translation>Bis {day}</translation>
    </message>
    <message>
        <source>Some people find it helps to return to an event after a little time has passed. Would you like a reminder? It shows only a general line of text; clicking it opens this event once Reflect is unlocked.</source>
        <translation>Manchen hilft es, nach einiger Zeit zu einem Ereignis zurückzukehren. Möchten Sie eine Erinnerung? Sie zeigt nur eine allgemeine Textzeile; ein Klick darauf öffnet dieses Ereignis, sobald Reflect entsperrt ist.</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>In 3 Tagen</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>In einer Woche</translation>
    </message>
    <message>
        <source>In a month</source>
        <translation>In einem Monat</translation>
    </message>
    <message>
        <source>Date for {label}</source>
        <translation>Datum für {label}</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Um</translation>
    </message>
    <message>
        <source>Set reminders</source>
        <translation>Erinnerungen einstellen</translation>
    </message>
    <message>
        <source>Open Reflect</source>
        <extracomment>The rule id ``activated`` carries for the &quot;while you were away&quot; summary.</extracomment>
        <translation>Reflect öffnen</translation>
    </message>
    <message>
        <source>Remind me again</source>
        <translation>Später noch einmal erinnern</translation>
    </message>
    <message>
        <source>Quit Reflect</source>
        <translation>Reflect beenden</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>On the days I choose</source>
        <translation>An Tagen, die ich wähle</translation>
    </message>
    <message>
        <source>Once a week</source>
        <translation>Einmal pro Woche</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Einmal</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Open a check-in when I click it</source>
        <translation>Beim Anklicken einen Check-in öffnen</translation>
    </message>
    <message>
        <source>Open a check-in</source>
        <translation>Einen Check-in öffnen</translation>
    </message>
    <message>
        <source>Skip it if I&apos;ve already written that day</source>
        <translation>Überspringen, wenn ich an dem Tag schon geschrieben habe</translation>
    </message>
    <message>
        <source>Skip if I already wrote today</source>
        <translation>Überspringen, wenn ich heute schon geschrieben habe</translation>
    </message>
    <message>
        <source>Words shown</source>
        <translation>Angezeigte Worte</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Private Notiz</translation>
    </message>
    <message>
        <source>Follow this computer&apos;s time zone</source>
        <translation>Der Zeitzone dieses Computers folgen</translation>
    </message>
    <message>
        <source>The notification only ever shows the words you chose above, never a note or anything you wrote. A private note stays inside your locked journal and appears after you unlock it.</source>
        <translation>Die Benachrichtigung zeigt immer nur die Worte, die Sie oben gewählt haben, nie eine Notiz oder etwas, das Sie geschrieben haben. Eine private Notiz bleibt in Ihrem gesperrten Tagebuch und erscheint, wenn Sie es entsperrt haben.</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <source>Hold reminders between</source>
        <translation>Erinnerungen zurückhalten zwischen</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeit</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeit</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>A reminder that falls in quiet hours waits until they end.</source>
        <translation>Eine Erinnerung, die in die Ruhezeit fällt, wartet, bis diese endet.</translation>
    </message>
    <message>
        <source>In the background</source>
        <translation>Im Hintergrund</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Im Infobereich weiterlaufen, wenn das Fenster geschlossen ist</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Start Reflect when I log in</source>
        <translation>Reflect bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Reflect starts locked and quiet, so reminders can arrive on time.</source>
        <translation>Reflect startet gesperrt und still, damit Erinnerungen pünktlich kommen.</translation>
    </message>
    <message>
        <source>Reminders show only a short, general line such as “Time for a few quiet minutes”, never anything you wrote. They arrive even while Reflect is locked.</source>
        <translation>Erinnerungen zeigen nur eine kurze, allgemeine Zeile wie „Zeit für ein paar ruhige Minuten“, nie etwas, das Sie geschrieben haben. Sie kommen auch, wenn Reflect gesperrt ist.</translation>
    </message>
    <message>
        <source>Your reminders</source>
        <translation>Ihre Erinnerungen</translation>
    </message>
    <message>
        <source>No reminders yet. A daily one at a time that suits you is a gentle place to start.</source>
        <translation>Noch keine Erinnerungen. Eine tägliche zu einer Uhrzeit, die Ihnen passt, ist ein sanfter Anfang.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen …</translation>
    </message>
    <message>
        <source>Add a reminder</source>
        <translation>Eine Erinnerung hinzufügen</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern …</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Every day at {time}</source>
        <translation>Jeden Tag um {time}</translation>
    </message>
    <message>
        <source>Weekdays at {time}</source>
        <translation>Werktags um {time}</translation>
    </message>
    <message>
        <source>Every {day} at {time}</source>
        <translation>Jeden {day} um {time}</translation>
    </message>
    <message>
        <source>{days} at {time}</source>
        <translation>{days} um {time}</translation>
    </message>
    <message>
        <source>Once, {date} at {time}</source>
        <translation>Einmal, {date} um {time}</translation>
    </message>
    <message>
        <source>to write</source>
        <translation>zum Schreiben</translation>
    </message>
    <message>
        <source>to check in</source>
        <translation>für einen Check-in</translation>
    </message>
    <message>
        <source>to follow up on an event</source>
        <translation>um bei einem Ereignis nachzufassen</translation>
    </message>
    <message>
        <source>with a private note</source>
        <translation>mit einer privaten Notiz</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Next: {when}</source>
        <translation>Nächste: {when}</translation>
    </message>
    <message>
        <source> (snoozed)</source>
        <translation> (später erinnern)</translation>
    </message>
    <message>
        <source> · skipped on days you&apos;ve written</source>
        <translation> · an Tagen mit Eintrag übersprungen</translation>
    </message>
    <message>
        <source>This happened very recently. The first hours are often stage 1, chaos and shock.</source>
        <translation>Das ist sehr kurz her. Die ersten Stunden sind oft Phase 1, Chaos und Schock.</translation>
    </message>
    <message>
        <source>A trigger can bring the replaying back for a while. Stage 2 may fit today, and that is not going backwards.</source>
        <translation>Ein Auslöser kann das Wiedererleben für eine Weile zurückbringen. Heute passt vielleicht Phase 2, und das ist kein Rückschritt.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Etwas ist schiefgegangen.</translation>
    </message>
    <message>
        <source>Reflect hit an internal problem. Nothing you wrote was changed.</source>
        <translation>Reflect hatte ein internes Problem. Nichts, was Sie geschrieben haben, wurde verändert.</translation>
    </message>
    <message>
        <source>Reflect could not open this journal.</source>
        <translation>Reflect konnte dieses Tagebuch nicht öffnen.</translation>
    </message>
    <message>
        <source>That passphrase didn&apos;t open this journal. Check Caps Lock and try again, or use your recovery key.</source>
        <translation>Diese Passphrase hat das Tagebuch nicht geöffnet. Prüfen Sie die Feststelltaste und versuchen Sie es noch einmal, oder verwenden Sie Ihren Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>That recovery key didn&apos;t open this journal. Check each group of characters against your printed copy.</source>
        <translation>Dieser Wiederherstellungsschlüssel hat das Tagebuch nicht geöffnet. Vergleichen Sie jede Zeichengruppe mit Ihrer ausgedruckten Kopie.</translation>
    </message>
    <message>
        <source>A recovery key has 64 characters (digits 0-9 and letters A-F), usually written in 8 groups. Check that nothing is missing.</source>
        <translation>Ein Wiederherstellungsschlüssel hat 64 Zeichen (Ziffern 0–9 und Buchstaben A–F), meist in 8 Gruppen geschrieben. Prüfen Sie, ob nichts fehlt.</translation>
    </message>
    <message>
        <source>This journal&apos;s files look damaged, so Reflect did not change anything. Restore your most recent backup, or open the journal with your recovery key. Keep the damaged folder: do not delete it.</source>
        <translation>Die Dateien dieses Tagebuchs sehen beschädigt aus, deshalb hat Reflect nichts verändert. Stellen Sie Ihre neueste Sicherung wieder her oder öffnen Sie das Tagebuch mit Ihrem Wiederherstellungsschlüssel. Bewahren Sie den beschädigten Ordner auf: Löschen Sie ihn nicht.</translation>
    </message>
    <message>
        <source>This journal was made by a newer Reflect. Install the latest version of Reflect to open it; nothing was changed.</source>
        <translation>Dieses Tagebuch wurde mit einem neueren Reflect angelegt. Installieren Sie die neueste Version von Reflect, um es zu öffnen; nichts wurde verändert.</translation>
    </message>
    <message>
        <source>This journal is already open in another Reflect window. Close that window first.</source>
        <translation>Dieses Tagebuch ist schon in einem anderen Reflect-Fenster geöffnet. Schließen Sie zuerst dieses Fenster.</translation>
    </message>
    <message>
        <source>There is no Reflect journal in this folder.</source>
        <translation>In diesem Ordner gibt es kein Reflect-Tagebuch.</translation>
    </message>
    <message>
        <source>This folder already holds files, so Reflect will not create a journal here. Choose an empty folder.</source>
        <translation>In diesem Ordner liegen schon Dateien, deshalb legt Reflect hier kein Tagebuch an. Wählen Sie einen leeren Ordner.</translation>
    </message>
    <message>
        <source>Reflect can open this journal only from a folder it can write to, and this one is read-only. Copy the whole journal folder to a folder of yours (or check its permissions) and open it from there; nothing was changed.</source>
        <translation>Reflect kann dieses Tagebuch nur aus einem Ordner öffnen, in den es schreiben darf, und dieser ist schreibgeschützt. Kopieren Sie den ganzen Tagebuchordner in einen eigenen Ordner (oder prüfen Sie seine Berechtigungen) und öffnen Sie es von dort; nichts wurde verändert.</translation>
    </message>
    <message>
        <source>The journal is locked. Unlock it to go on.</source>
        <translation>Das Tagebuch ist gesperrt. Entsperren Sie es, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Abgebrochen. Nichts wurde verändert.</translation>
    </message>
    <message>
        <source>Reflect could not save because the disk is full or cannot be written to. Free some space; what you wrote is still on screen and will be saved when space is available.</source>
        <translation>Reflect konnte nicht speichern, weil die Festplatte voll ist oder nicht beschrieben werden kann. Schaffen Sie etwas Platz; was Sie geschrieben haben, ist noch auf dem Bildschirm und wird gespeichert, sobald Platz da ist.</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>Dieses Element gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That value isn&apos;t one Reflect can accept.</source>
        <translation>Diesen Wert kann Reflect nicht annehmen.</translation>
    </message>
    <message>
        <source>A stage is a number from 1 to 6.</source>
        <translation>Eine Phase ist eine Zahl von 1 bis 6.</translation>
    </message>
    <message>
        <source>{what} is a whole number from {low} to {high}.</source>
        <translation>{what} ist eine ganze Zahl von {low} bis {high}.</translation>
    </message>
    <message>
        <source>That event no longer exists.</source>
        <translation>Dieses Ereignis gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Give the event a short private title.</source>
        <translation>Geben Sie dem Ereignis einen kurzen privaten Titel.</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>Ein Kontakt braucht einen Namen.</translation>
    </message>
    <message>
        <source>That entry no longer exists.</source>
        <translation>Dieser Eintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Only a single word can be added to your words. Choose one word, without spaces, and try again.</source>
        <translation>Zu Ihren Wörtern kann nur ein einzelnes Wort hinzugefügt werden. Wählen Sie ein Wort ohne Leerzeichen und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Your words already number {count:,}, the most Reflect keeps. Remove some in Settings, under Spelling, then add this one again.</source>
        <translation>Ihre Wörter sind schon {count:,}, mehr behält Reflect nicht. Entfernen Sie einige unter Einstellungen &gt; Rechtschreibung und fügen Sie dieses dann noch einmal hinzu.</translation>
    </message>
    <message>
        <source>This file isn&apos;t a Reflect backup. Backups end in .reflectbackup; choose another file. Nothing was changed.</source>
        <translation>Diese Datei ist keine Reflect-Sicherung. Sicherungen enden auf .reflectbackup; wählen Sie eine andere Datei. Nichts wurde verändert.</translation>
    </message>
    <message>
        <source>This backup is damaged (it may have been copied only in part), so Reflect did not use it. Nothing was changed. Try an older backup.</source>
        <translation>Diese Sicherung ist beschädigt (vielleicht wurde sie nur teilweise kopiert), deshalb hat Reflect sie nicht verwendet. Nichts wurde verändert. Versuchen Sie eine ältere Sicherung.</translation>
    </message>
    <message>
        <source>This backup was made by a newer Reflect. Install the latest version of Reflect to restore it; nothing was changed.</source>
        <translation>Diese Sicherung wurde mit einem neueren Reflect erstellt. Installieren Sie die neueste Version von Reflect, um sie wiederherzustellen; nichts wurde verändert.</translation>
    </message>
    <message>
        <source>Reflect is still changing this journal&apos;s key. Try the backup again in a moment.</source>
        <translation>Reflect ändert gerade noch den Schlüssel dieses Tagebuchs. Versuchen Sie die Sicherung gleich noch einmal.</translation>
    </message>
    <message>
        <source>Set a new passphrase for this journal first; then Reflect can back it up.</source>
        <translation>Legen Sie zuerst eine neue Passphrase für dieses Tagebuch fest; dann kann Reflect es sichern.</translation>
    </message>
    <message>
        <source>Reflect could not read this file ({reason}).</source>
        <translation>Reflect konnte diese Datei nicht lesen ({reason}).</translation>
    </message>
    <message>
        <source>That folder already holds files. Choose an empty folder for the restored journal.</source>
        <translation>In diesem Ordner liegen schon Dateien. Wählen Sie einen leeren Ordner für das wiederhergestellte Tagebuch.</translation>
    </message>
    <message>
        <source>Choose a normal folder for the restored journal, not a shortcut.</source>
        <translation>Wählen Sie für das wiederhergestellte Tagebuch einen normalen Ordner, keine Verknüpfung.</translation>
    </message>
    <message>
        <source>That recovery key doesn&apos;t open this backup. It may belong to another journal, or the key was changed after this backup was made.</source>
        <translation>Dieser Wiederherstellungsschlüssel öffnet diese Sicherung nicht. Vielleicht gehört sie zu einem anderen Tagebuch, oder der Schlüssel wurde geändert, nachdem die Sicherung erstellt wurde.</translation>
    </message>
    <message>
        <source>That folder already holds files. Choose a new, empty folder for the Markdown copy.</source>
        <translation>In diesem Ordner liegen schon Dateien. Wählen Sie einen neuen, leeren Ordner für die Markdown-Kopie.</translation>
    </message>
    <message>
        <source>No entries match what you chose. Try a wider date range or other tags.</source>
        <extracomment>``ReviewItem.entry_id`` for findings in the document title itself.</extracomment>
        <translation>Keine Einträge passen zu Ihrer Auswahl. Versuchen Sie einen größeren Zeitraum oder andere Schlagwörter.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Reflect could not read this file, so nothing was imported. Check that it is an export from jrnl, Day One or Reflect, or a folder of Markdown files.</source>
        <translation>Reflect konnte diese Datei nicht lesen, deshalb wurde nichts importiert. Prüfen Sie, ob es ein Export aus jrnl, Day One oder Reflect ist oder ein Ordner mit Markdown-Dateien.</translation>
    </message>
    <message>
        <source>This is a shortcut (symbolic link); choose the file it points to.</source>
        <translation>Das ist eine Verknüpfung (symbolischer Link); wählen Sie die Datei, auf die sie zeigt.</translation>
    </message>
    <message>
        <source>This isn&apos;t a file Reflect can import.</source>
        <translation>Diese Datei kann Reflect nicht importieren.</translation>
    </message>
    <message>
        <source>This is larger than Reflect can import at once ({size} MB).</source>
        <translation>Das ist größer, als Reflect auf einmal importieren kann ({size} MB).</translation>
    </message>
    <message>
        <source>This file isn&apos;t UTF-8 text.</source>
        <translation>Diese Datei ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>This file holds far more items than a journal export, so Reflect won&apos;t read it.</source>
        <translation>Diese Datei enthält weit mehr Elemente als ein Tagebuch-Export, deshalb liest Reflect sie nicht.</translation>
    </message>
    <message>
        <source>This file isn&apos;t valid JSON; it may be damaged or incomplete.</source>
        <translation>Diese Datei ist kein gültiges JSON; vielleicht ist sie beschädigt oder unvollständig.</translation>
    </message>
    <message>
        <source>This zip file holds too many files to be an export.</source>
        <translation>Diese ZIP-Datei enthält zu viele Dateien für einen Export.</translation>
    </message>
    <message>
        <source>This zip file is damaged or uses a format Reflect can&apos;t read.</source>
        <translation>Diese ZIP-Datei ist beschädigt oder in einem Format, das Reflect nicht lesen kann.</translation>
    </message>
    <message>
        <source>This zip file contains unsafe file paths, so Reflect won&apos;t read it.</source>
        <translation>Diese ZIP-Datei enthält unsichere Dateipfade, deshalb liest Reflect sie nicht.</translation>
    </message>
    <message>
        <source>This zip file contains shortcuts (symbolic links), so Reflect won&apos;t read it.</source>
        <translation>Diese ZIP-Datei enthält Verknüpfungen (symbolische Links), deshalb liest Reflect sie nicht.</translation>
    </message>
    <message>
        <source>This zip file is password-protected. Export it again without a password.</source>
        <translation>Diese ZIP-Datei ist passwortgeschützt. Exportieren Sie sie noch einmal ohne Passwort.</translation>
    </message>
    <message>
        <source>This zip file looks unsafe (it expands far too much), so Reflect won&apos;t read it.</source>
        <translation>Diese ZIP-Datei sieht unsicher aus (sie entpackt sich viel zu groß), deshalb liest Reflect sie nicht.</translation>
    </message>
    <message>
        <source>This zip file looks unsafe (a file is larger than it claims).</source>
        <translation>Diese ZIP-Datei sieht unsicher aus (eine Datei ist größer als angegeben).</translation>
    </message>
    <message>
        <source>In this file, {what} is not text as expected.</source>
        <translation>In dieser Datei ist {what} nicht wie erwartet Text.</translation>
    </message>
    <message>
        <source>In this file, {what} is larger than Reflect accepts (5 MB).</source>
        <translation>In dieser Datei ist {what} größer, als Reflect annimmt (5 MB).</translation>
    </message>
    <message>
        <source>In this file, {what} contains invalid characters.</source>
        <translation>In dieser Datei enthält {what} ungültige Zeichen.</translation>
    </message>
    <message>
        <source>In this file, the tags of {what} are not a list as expected.</source>
        <translation>In dieser Datei sind die Schlagwörter von {what} nicht wie erwartet eine Liste.</translation>
    </message>
    <message>
        <source>a tag of {what}</source>
        <translation>ein Schlagwort von {what}</translation>
    </message>
    <message>
        <source>In this file, a tag of {what} is too long.</source>
        <translation>In dieser Datei ist ein Schlagwort von {what} zu lang.</translation>
    </message>
    <message>
        <source>In this file, {what} is not a whole number from {low} to {high}.</source>
        <translation>In dieser Datei ist {what} keine ganze Zahl von {low} bis {high}.</translation>
    </message>
    <message>
        <source>In this file, {what} is not a date and time Reflect understands.</source>
        <translation>In dieser Datei ist {what} kein Datum mit Uhrzeit, das Reflect versteht.</translation>
    </message>
    <message>
        <source>In this file, {what} is outside the dates Reflect can store.</source>
        <translation>In dieser Datei liegt {what} außerhalb der Daten, die Reflect speichern kann.</translation>
    </message>
    <message>
        <source>In this file, {what} is not in the expected form.</source>
        <translation>In dieser Datei hat {what} nicht die erwartete Form.</translation>
    </message>
    <message>
        <source>In this file, {what} is not a list as expected.</source>
        <translation>In dieser Datei ist {what} nicht wie erwartet eine Liste.</translation>
    </message>
    <message>
        <source>This file has more entries than Reflect can import at once ({count}).</source>
        <translation>Diese Datei hat mehr Einträge, als Reflect auf einmal importieren kann ({count}).</translation>
    </message>
    <message>
        <source>Time for a few quiet minutes</source>
        <translation>Zeit für ein paar ruhige Minuten</translation>
    </message>
    <message>
        <source>A moment for yourself, if you&apos;d like one</source>
        <translation>Ein Moment für Sie, wenn Sie möchten</translation>
    </message>
    <message>
        <source>Reflect is here when you want it</source>
        <translation>Reflect ist da, wenn Sie es brauchen</translation>
    </message>
    <message>
        <source>A gentle reminder from Reflect</source>
        <translation>Eine sanfte Erinnerung von Reflect</translation>
    </message>
    <message>
        <source>Some reminders came by while Reflect was closed</source>
        <translation>Während Reflect geschlossen war, kamen einige Erinnerungen</translation>
    </message>
    <message>
        <source>A reminder id must be a uuid.</source>
        <extracomment>Everything a notifier is ever allowed to display.</extracomment>
        <translation>Die Kennung einer Erinnerung muss eine UUID sein.</translation>
    </message>
    <message>
        <source>An event id must be a uuid.</source>
        <translation>Die Kennung eines Ereignisses muss eine UUID sein.</translation>
    </message>
    <message>
        <source>Unknown reminder wording.</source>
        <translation>Unbekannter Erinnerungstext.</translation>
    </message>
    <message>
        <source>Unknown time zone.</source>
        <translation>Unbekannte Zeitzone.</translation>
    </message>
    <message>
        <source>Choose at least one day for the reminder.</source>
        <translation>Wählen Sie mindestens einen Tag für die Erinnerung.</translation>
    </message>
    <message>
        <source>Choose a date for the reminder.</source>
        <translation>Wählen Sie ein Datum für die Erinnerung.</translation>
    </message>
    <message>
        <source>A follow-up needs an event.</source>
        <translation>Ein Nachfassen braucht ein Ereignis.</translation>
    </message>
    <message>
        <source>Reminder times must carry a zone.</source>
        <translation>Erinnerungszeiten brauchen eine Zeitzone.</translation>
    </message>
    <message>
        <source> Did you mean {meant}?</source>
        <translation> Meinten Sie {meant}?</translation>
    </message>
    <message>
        <source>Group {number} has “{ch}”, which is never in a recovery key: keys use only the digits 0-9 and the letters A-F.</source>
        <translation>Gruppe {number} enthält „{ch}“, das nie in einem Wiederherstellungsschlüssel vorkommt: Schlüssel bestehen nur aus den Ziffern 0–9 und den Buchstaben A–F.</translation>
    </message>
    <message>
        <source>The key has “{ch}”, which is never in a recovery key: keys use only the digits 0-9 and the letters A-F.</source>
        <translation>Der Schlüssel enthält „{ch}“, das nie in einem Wiederherstellungsschlüssel vorkommt: Schlüssel bestehen nur aus den Ziffern 0–9 und den Buchstaben A–F.</translation>
    </message>
    <message>
        <source>Group {number} has {count} characters; each group has {size}. Check that group against your printout.</source>
        <translation>Gruppe {number} hat {count} Zeichen; jede Gruppe hat {size}. Vergleichen Sie diese Gruppe mit Ihrem Ausdruck.</translation>
    </message>
    <message>
        <source>This has {count} of the {expected} characters of a recovery key. Check that nothing is missing.</source>
        <translation>Das sind {count} der {expected} Zeichen eines Wiederherstellungsschlüssels. Prüfen Sie, ob nichts fehlt.</translation>
    </message>
    <message>
        <source>This has {count} characters; a recovery key has {expected}. Check for a character typed twice.</source>
        <translation>Das sind {count} Zeichen; ein Wiederherstellungsschlüssel hat {expected}. Prüfen Sie, ob ein Zeichen doppelt getippt ist.</translation>
    </message>
    <message>
        <source>This journal&apos;s key file (vault.json) is missing. Your entries are still there: open the journal with your recovery key, then choose a new passphrase.</source>
        <translation>Die Schlüsseldatei dieses Tagebuchs (vault.json) fehlt. Ihre Einträge sind noch da: Öffnen Sie das Tagebuch mit Ihrem Wiederherstellungsschlüssel und wählen Sie dann eine neue Passphrase.</translation>
    </message>
    <message>
        <source>Reflect could not read {path}: {reason}.</source>
        <translation>Reflect konnte {path} nicht lesen: {reason}.</translation>
    </message>
    <message>
        <source>This journal&apos;s database file (journal.db) is missing. Restore it from a backup; nothing was changed.</source>
        <translation>Die Datenbankdatei dieses Tagebuchs (journal.db) fehlt. Stellen Sie sie aus einer Sicherung wieder her; nichts wurde verändert.</translation>
    </message>
    <message>
        <source>To change the passphrase, enter the current one (or open the journal with the recovery key).</source>
        <translation>Um die Passphrase zu ändern, geben Sie die jetzige ein (oder öffnen Sie das Tagebuch mit dem Wiederherstellungsschlüssel).</translation>
    </message>
    <message>
        <source>This journal already uses the new recovery key; keep that one.</source>
        <translation>Dieses Tagebuch verwendet schon den neuen Wiederherstellungsschlüssel; behalten Sie diesen.</translation>
    </message>
    <message>
        <source>Weekly questions</source>
        <translation>Wöchentliche Fragen</translation>
    </message>
    <message>
        <source>No weekly questions answered in this period.</source>
        <translation>In diesem Zeitraum wurden keine wöchentlichen Fragen beantwortet.</translation>
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
        <translation>Belastung bei jedem Check-in, als Tagesmittel (0 = ruhig, 10 = so schlimm, wie es nur geht).</translation>
    </message>
    <message>
        <source>Reflect could not write to {folder}: the disk is full or the folder cannot be written to. Free some space or choose another folder; nothing was changed.</source>
        <translation>Reflect konnte nicht in {folder} schreiben: Die Festplatte ist voll oder der Ordner kann nicht beschrieben werden. Schaffen Sie Platz oder wählen Sie einen anderen Ordner; nichts wurde verändert.</translation>
    </message>
    <message>
        <source>Reflect could not write to {folder} ({reason}). Nothing was changed; try another folder.</source>
        <translation>Reflect konnte nicht in {folder} schreiben ({reason}). Nichts wurde verändert; versuchen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>[name]</source>
        <extracomment>What each kind of finding is replaced with, in English (``Finding.label`` gives the current language&apos;s words: the therapist reads the export in that language).</extracomment>
        <translation>[Name]</translation>
    </message>
    <message>
        <source>[date]</source>
        <translation>[Datum]</translation>
    </message>
    <message>
        <source>[age]</source>
        <translation>[Alter]</translation>
    </message>
    <message>
        <source>[phone]</source>
        <translation>[Telefon]</translation>
    </message>
    <message>
        <source>[email]</source>
        <translation>[E-Mail]</translation>
    </message>
    <message>
        <source>[id number]</source>
        <translation>[Kennnummer]</translation>
    </message>
    <message>
        <source>[address]</source>
        <translation>[Adresse]</translation>
    </message>
    <message>
        <source>[zip]</source>
        <translation>[PLZ]</translation>
    </message>
    <message>
        <source>[postcode]</source>
        <translation>[PLZ]</translation>
    </message>
    <message>
        <source>[place]</source>
        <translation>[Ort]</translation>
    </message>
    <message>
        <source>[url]</source>
        <translation>[Webadresse]</translation>
    </message>
    <message>
        <source>[ip address]</source>
        <translation>[IP-Adresse]</translation>
    </message>
    <message>
        <source>[photo not imported]</source>
        <extracomment>Day One&apos;s attachment lists, and the note left in the entry where one was.</extracomment>
        <translation>[Foto nicht importiert]</translation>
    </message>
    <message>
        <source>[audio recording not imported]</source>
        <translation>[Tonaufnahme nicht importiert]</translation>
    </message>
    <message>
        <source>[video not imported]</source>
        <translation>[Video nicht importiert]</translation>
    </message>
    <message>
        <source>[PDF not imported]</source>
        <translation>[PDF nicht importiert]</translation>
    </message>
    <message>
        <source>This zip file has no Day One journal (.json) in it.</source>
        <translation>Diese ZIP-Datei enthält kein Day-One-Tagebuch (.json).</translation>
    </message>
    <message>
        <source>This zip file holds a JSON file that isn&apos;t a Day One journal.</source>
        <translation>Diese ZIP-Datei enthält eine JSON-Datei, die kein Day-One-Tagebuch ist.</translation>
    </message>
    <message>
        <source>entry {n}</source>
        <translation>Eintrag {n}</translation>
    </message>
    <message>
        <source>the id of {what}</source>
        <translation>die Kennung von {what}</translation>
    </message>
    <message>
        <source>In this file, the id of {what} is not a Day One id.</source>
        <translation>In dieser Datei ist die Kennung von {what} keine Day-One-Kennung.</translation>
    </message>
    <message>
        <source>the date of {what}</source>
        <translation>das Datum von {what}</translation>
    </message>
    <message>
        <source>the change date of {what}</source>
        <translation>das Änderungsdatum von {what}</translation>
    </message>
    <message>
        <source>the text of {what}</source>
        <translation>der Text von {what}</translation>
    </message>
    <message>
        <source>1 empty entry was left out.</source>
        <translation>1 leerer Eintrag wurde weggelassen.</translation>
    </message>
    <message>
        <source>{count} empty entries were left out.</source>
        <translation>{count} leere Einträge wurden weggelassen.</translation>
    </message>
    <message>
        <source>{count} of the entries had no time zone; their dates follow this computer&apos;s.</source>
        <translation>{count} der Einträge hatten keine Zeitzone; ihre Daten folgen der dieses Computers.</translation>
    </message>
    <message>
        <source>the title of {what}</source>
        <translation>der Titel von {what}</translation>
    </message>
    <message>
        <source>the time of {what}</source>
        <translation>die Uhrzeit von {what}</translation>
    </message>
    <message>
        <source>In this file, the date of {what} is not one Reflect understands.</source>
        <translation>In dieser Datei ist das Datum von {what} keines, das Reflect versteht.</translation>
    </message>
    <message>
        <source>In this file, the star of {what} is not true or false.</source>
        <translation>In dieser Datei ist der Stern von {what} weder wahr noch falsch.</translation>
    </message>
    <message>
        <source>This folder has no Markdown (.md) files in it.</source>
        <translation>In diesem Ordner gibt es keine Markdown-Dateien (.md).</translation>
    </message>
    <message>
        <source>This folder is larger than Reflect can import at once (200 MB).</source>
        <translation>Dieser Ordner ist größer, als Reflect auf einmal importieren kann (200 MB).</translation>
    </message>
    <message>
        <source>This folder contains a shortcut (symbolic link). Move the real files into the folder and try again.</source>
        <translation>Dieser Ordner enthält eine Verknüpfung (symbolischen Link). Legen Sie die echten Dateien in den Ordner und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Reflect could not read one of the files in this folder.</source>
        <translation>Reflect konnte eine der Dateien in diesem Ordner nicht lesen.</translation>
    </message>
    <message>
        <source>This folder has more files than Reflect can import at once.</source>
        <translation>Dieser Ordner hat mehr Dateien, als Reflect auf einmal importieren kann.</translation>
    </message>
    <message>
        <source>A file&apos;s date wasn&apos;t one Reflect understands; its last change date was used.</source>
        <translation>Das Datum einer Datei war keines, das Reflect versteht; ihr letztes Änderungsdatum wurde verwendet.</translation>
    </message>
    <message>
        <source>This Reflect export has no valid version number.</source>
        <translation>Dieser Reflect-Export hat keine gültige Versionsnummer.</translation>
    </message>
    <message>
        <source>This export was made by a newer Reflect. Install the latest Reflect first.</source>
        <translation>Dieser Export stammt von einem neueren Reflect. Installieren Sie zuerst die neueste Version von Reflect.</translation>
    </message>
    <message>
        <source>event {n}</source>
        <translation>Ereignis {n}</translation>
    </message>
    <message>
        <source>In this file, two events have the same id.</source>
        <translation>In dieser Datei haben zwei Ereignisse dieselbe Kennung.</translation>
    </message>
    <message>
        <source>check-in {n}</source>
        <translation>Check-in {n}</translation>
    </message>
    <message>
        <source>In this file, {what} is not a valid id.</source>
        <translation>In dieser Datei ist {what} keine gültige Kennung.</translation>
    </message>
    <message>
        <source>the event of {what}</source>
        <translation>das Ereignis von {what}</translation>
    </message>
    <message>
        <source>In this file, {what} has no title.</source>
        <translation>In dieser Datei hat {what} keinen Titel.</translation>
    </message>
    <message>
        <source>the status of {what}</source>
        <translation>der Status von {what}</translation>
    </message>
    <message>
        <source>In this file, the status of {what} is not one Reflect knows.</source>
        <translation>In dieser Datei ist der Status von {what} keiner, den Reflect kennt.</translation>
    </message>
    <message>
        <source>the stages of {what}</source>
        <translation>die Phasen von {what}</translation>
    </message>
    <message>
        <source>stage {number} of {what}</source>
        <translation>Phase {number} von {what}</translation>
    </message>
    <message>
        <source>a stage of {what}</source>
        <translation>eine Phase von {what}</translation>
    </message>
    <message>
        <source>a stage date of {what}</source>
        <translation>ein Phasendatum von {what}</translation>
    </message>
    <message>
        <source>the notes of {what}</source>
        <translation>die Notizen von {what}</translation>
    </message>
    <message>
        <source>the stage of {what}</source>
        <translation>die Phase von {what}</translation>
    </message>
    <message>
        <source>the creation date of {what}</source>
        <translation>das Erstellungsdatum von {what}</translation>
    </message>
    <message>
        <source>the support ratings of {what}</source>
        <translation>die Unterstützungswerte von {what}</translation>
    </message>
    <message>
        <source>In this file, {what} has too many support ratings.</source>
        <translation>In dieser Datei hat {what} zu viele Unterstützungswerte.</translation>
    </message>
    <message>
        <source>a support rating of {what}</source>
        <translation>ein Unterstützungswert von {what}</translation>
    </message>
    <message>
        <source>In this file, &apos;triggered&apos; of {what} is not true or false.</source>
        <translation>In dieser Datei ist „hochgekommen“ von {what} weder wahr noch falsch.</translation>
    </message>
    <message>
        <source>the distress of {what}</source>
        <translation>die Belastung von {what}</translation>
    </message>
    <message>
        <source>the sleep of {what}</source>
        <translation>der Schlaf von {what}</translation>
    </message>
    <message>
        <source>the note of {what}</source>
        <translation>die Notiz von {what}</translation>
    </message>
    <message>
        <source>the PHQ-2 score of {what}</source>
        <translation>der PHQ-2-Wert von {what}</translation>
    </message>
    <message>
        <source>the GAD-2 score of {what}</source>
        <translation>der GAD-2-Wert von {what}</translation>
    </message>
    <message>
        <source>In this file, an entry or check-in belongs to an event that isn&apos;t there.</source>
        <translation>In dieser Datei gehört ein Eintrag oder Check-in zu einem Ereignis, das es nicht gibt.</translation>
    </message>
    <message>
        <source>This is a shortcut (symbolic link); choose the file or folder itself.</source>
        <translation>Das ist eine Verknüpfung (symbolischer Link); wählen Sie die Datei oder den Ordner selbst.</translation>
    </message>
    <message>
        <source>That file or folder no longer exists.</source>
        <translation>Diese Datei oder dieser Ordner existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Reflect could not open this file or folder.</source>
        <translation>Reflect konnte diese Datei oder diesen Ordner nicht öffnen.</translation>
    </message>
    <message>
        <source>Reflect doesn&apos;t recognise this file. It can import jrnl JSON exports (jrnl --format json), Day One JSON exports, Reflect exports and Markdown files.</source>
        <translation>Reflect erkennt diese Datei nicht. Es kann JSON-Exporte aus jrnl (jrnl --format json), JSON-Exporte aus Day One, Reflect-Exporte und Markdown-Dateien importieren.</translation>
    </message>
    <message>
        <source>This file is damaged or was changed by something other than Reflect, so it was skipped.</source>
        <translation>Diese Datei ist beschädigt oder wurde von etwas anderem als Reflect verändert, deshalb wurde sie übersprungen.</translation>
    </message>
    <message>
        <source>This file was made by a newer Reflect, so it was skipped. Install the latest Reflect.</source>
        <translation>Diese Datei stammt von einem neueren Reflect, deshalb wurde sie übersprungen. Installieren Sie die neueste Version von Reflect.</translation>
    </message>
    <message>
        <source>This file belongs to another journal, so it was skipped.</source>
        <translation>Diese Datei gehört zu einem anderen Tagebuch und wurde daher übersprungen.</translation>
    </message>
    <message>
        <source>Your passphrase or recovery key was changed on another computer. Enter the passphrase you use there once, and this computer will be in step again.</source>
        <translation>Ihre Passphrase oder Ihr Wiederherstellungsschlüssel wurde auf einem anderen Computer geändert. Geben Sie einmal die Passphrase ein, die Sie dort verwenden, dann ist dieser Computer wieder im Gleichstand.</translation>
    </message>
    <message>
        <source>This file was written before this computer changed the journal&apos;s recovery key. It will be in step once Reflect has been opened on that computer and its passphrase entered there.</source>
        <translation>Diese Datei wurde geschrieben, bevor dieser Computer den Wiederherstellungsschlüssel des Tagebuchs geändert hat. Sie ist wieder im Gleichstand, sobald Reflect auf jenem Computer geöffnet und dort die Passphrase eingegeben wurde.</translation>
    </message>
    <message>
        <source>This file is far larger than a journal could make, so it was skipped.</source>
        <translation>Diese Datei ist weit größer, als ein Tagebuch sie machen könnte, deshalb wurde sie übersprungen.</translation>
    </message>
    <message>
        <source>Reflect could not read this file, so it was skipped.</source>
        <translation>Reflect konnte diese Datei nicht lesen, deshalb wurde sie übersprungen.</translation>
    </message>
    <message>
        <source>This backup is of another journal, or of this one before its recovery key was changed. Enter the passphrase that was in use when it was made, or its recovery key.</source>
        <translation>Diese Sicherung stammt aus einem anderen Tagebuch oder aus diesem, bevor sein Wiederherstellungsschlüssel geändert wurde. Geben Sie die Passphrase ein, die beim Erstellen galt, oder ihren Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>This folder holds no Reflect journal yet. On the computer where you already use Reflect, choose Settings &gt; Two computers and this same folder first, and wait until your sync tool has copied its file here.</source>
        <translation>In diesem Ordner liegt noch kein Reflect-Tagebuch. Wählen Sie zuerst auf dem Computer, auf dem Sie Reflect schon verwenden, Einstellungen &gt; Zwei Computer und denselben Ordner, und warten Sie, bis Ihr Sync-Programm dessen Datei hierher kopiert hat.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open the journal in this folder. Use the passphrase of your journal on the other computer, or its recovery key.</source>
        <translation>Diese Passphrase öffnet das Tagebuch in diesem Ordner nicht. Verwenden Sie die Passphrase Ihres Tagebuchs auf dem anderen Computer oder seinen Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>That recovery key doesn&apos;t open the journal in this folder. If you made a new recovery key on the other computer, use that one, or the passphrase.</source>
        <translation>Dieser Wiederherstellungsschlüssel öffnet das Tagebuch in diesem Ordner nicht. Wenn Sie auf dem anderen Computer einen neuen Wiederherstellungsschlüssel erstellt haben, verwenden Sie diesen oder die Passphrase.</translation>
    </message>
    <message>
        <source>The other computer&apos;s file could not be opened with that passphrase, so nothing was changed. Check that its sync has finished, then try again.</source>
        <translation>Die Datei des anderen Computers ließ sich mit dieser Passphrase nicht öffnen, daher wurde nichts verändert. Prüfen Sie, ob die Synchronisierung abgeschlossen ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>That folder is inside your journal&apos;s own folder. Choose a folder outside it, one that your sync tool keeps in step.</source>
        <translation>Dieser Ordner liegt im Ordner Ihres Tagebuchs. Wählen Sie einen Ordner außerhalb davon, den Ihr Sync-Programm abgleicht.</translation>
    </message>
    <message>
        <source>Your journal itself is inside that folder, and a sync tool must never copy a journal while Reflect writes in it. Choose another folder, one that does not hold your journal.</source>
        <translation>Ihr Tagebuch selbst liegt in diesem Ordner, und ein Sync-Programm darf ein Tagebuch niemals kopieren, während Reflect darin schreibt. Wählen Sie einen anderen Ordner, der Ihr Tagebuch nicht enthält.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>This copy of Reflect is missing its file {name}. Reflect&apos;s licence is the GNU General Public License, version 3 or later: https://www.gnu.org/licenses/gpl-3.0</source>
        <translation>Dieser Kopie von Reflect fehlt die Datei {name}. Reflect steht unter der GNU General Public License, Version 3 oder später: https://www.gnu.org/licenses/gpl-3.0</translation>
    </message>
    <message>
        <source>About Reflect</source>
        <translation>Über Reflect</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Hinweise zu Drittanbietern</translation>
    </message>
    <message>
        <source>Close About</source>
        <translation>„Über“ schließen</translation>
    </message>
    <message>
        <source>Reflect {version}</source>
        <translation>Reflect {version}</translation>
    </message>
    <message>
        <source>A private journal for clinicians in the weeks and months after care goes wrong. Everything you write is encrypted on this computer, and Reflect never connects to the internet.

Reflect is free software: you can share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty. The Licence tab has the full text; the Third-party notices tab lists the work of others that Reflect is built on, with their licences.</source>
        <translation>Ein privates Tagebuch für Ärztinnen, Ärzte und andere Gesundheitsfachleute in den Wochen und Monaten, nachdem in der Versorgung etwas schiefgegangen ist. Alles, was Sie schreiben, wird auf diesem Computer verschlüsselt, und Reflect verbindet sich nie mit dem Internet.

Reflect ist freie Software: Sie dürfen es unter den Bedingungen der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version, weitergeben und verändern. Es wird ohne jede Gewährleistung bereitgestellt. Der Reiter „Lizenz“ enthält den vollständigen Text; der Reiter „Hinweise zu Drittanbietern“ nennt die Arbeit anderer, auf der Reflect aufbaut, mit ihren Lizenzen.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Your journal was restored from the backup. Unlock it with the passphrase you used when the backup was made, or with your recovery key.</source>
        <translation>Ihr Tagebuch wurde aus der Sicherung wiederhergestellt. Entsperren Sie es mit der Passphrase, die Sie beim Erstellen der Sicherung hatten, oder mit Ihrem Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>A backup is one encrypted file. It opens only with your passphrase or your recovery key, so it is safe to keep on a USB stick or in a cloud folder.</source>
        <translation>Eine Sicherung ist eine verschlüsselte Datei. Sie öffnet sich nur mit Ihrer Passphrase oder Ihrem Wiederherstellungsschlüssel und kann deshalb gefahrlos auf einem USB-Stick oder in einem Cloud-Ordner liegen.</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Stand der Sicherung</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Letzte Sicherung</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>Jetzt eine Sicherung erstellen</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatische Sicherungen</translation>
    </message>
    <message>
        <source>Back up when I close Reflect (at most once a day)</source>
        <translation>Beim Schließen von Reflect sichern (höchstens einmal am Tag)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>Ordner ändern …</translation>
    </message>
    <message>
        <source>How many backups to keep</source>
        <translation>Wie viele Sicherungen aufbewahrt werden</translation>
    </message>
    <message>
        <source>Keep the most recent</source>
        <translation>Die neuesten</translation>
    </message>
    <message>
        <source>backups; older ones are removed</source>
        <translation>Sicherungen behalten; ältere werden entfernt</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Aus einer Sicherung wiederherstellen …</translation>
    </message>
    <message>
        <source>Passphrase or recovery key for this backup</source>
        <translation>Passphrase oder Wiederherstellungsschlüssel für diese Sicherung</translation>
    </message>
    <message>
        <source>Passphrase when the backup was made, or recovery key</source>
        <translation>Passphrase zum Zeitpunkt der Sicherung oder Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Restore as a separate journal (keeps this one)</source>
        <translation>Als eigenes Tagebuch wiederherstellen (dieses bleibt erhalten)</translation>
    </message>
    <message>
        <source>Replace the journal that is open now</source>
        <translation>Das jetzt geöffnete Tagebuch ersetzen</translation>
    </message>
    <message>
        <source>Check and restore</source>
        <translation>Prüfen und wiederherstellen</translation>
    </message>
    <message>
        <source>Folder: {0}</source>
        <translation>Ordner: {0}</translation>
    </message>
    <message>
        <source>Last backup: {0}</source>
        <translation>Letzte Sicherung: {0}</translation>
    </message>
    <message>
        <source>No backup made yet.</source>
        <translation>Noch keine Sicherung erstellt.</translation>
    </message>
    <message>
        <source>Choose a folder for backups</source>
        <translation>Einen Ordner für Sicherungen wählen</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Sicherung wird erstellt …</translation>
    </message>
    <message>
        <source>Backup saved as {0}.</source>
        <translation>Sicherung gespeichert als {0}.</translation>
    </message>
    <message>
        <source>Reflect hit an internal problem. Nothing was changed.</source>
        <translation>Reflect hatte ein internes Problem. Nichts wurde verändert.</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Eine Sicherung zum Wiederherstellen wählen</translation>
    </message>
    <message>
        <source>Can&apos;t use this file</source>
        <translation>Diese Datei lässt sich nicht verwenden</translation>
    </message>
    <message>
        <source>Backup made on {0}. Enter the passphrase you used then, or your recovery key.</source>
        <translation>Sicherung vom {0}. Geben Sie die Passphrase ein, die Sie damals hatten, oder Ihren Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>Can&apos;t replace from here</source>
        <translation>Ersetzen ist von hier aus nicht möglich</translation>
    </message>
    <message>
        <source>Restore as a separate journal instead; nothing was changed.</source>
        <translation>Stellen Sie stattdessen als eigenes Tagebuch wieder her; nichts wurde verändert.</translation>
    </message>
    <message>
        <source>Choose where to put the restored journal</source>
        <translation>Wählen Sie, wohin das wiederhergestellte Tagebuch kommt</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Sicherung wird geprüft …</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nichts wurde verändert.</translation>
    </message>
    <message>
        <source>Restored into {0}.</source>
        <translation>Wiederhergestellt in {0}.</translation>
    </message>
    <message>
        <source>This backup is of a different journal</source>
        <translation>Diese Sicherung stammt von einem anderen Tagebuch</translation>
    </message>
    <message>
        <source>The backup checked out, but it was made from another Reflect journal, not the one open now. Replacing puts that journal in place of yours, and nothing you wrote in this one stays in this folder. To keep both, choose “Restore as a separate journal” instead.</source>
        <translation>Die Sicherung ist in Ordnung, aber sie stammt von einem anderen Reflect-Tagebuch, nicht von dem jetzt geöffneten. Beim Ersetzen tritt jenes Tagebuch an die Stelle Ihres Tagebuchs, und nichts, was Sie in diesem geschrieben haben, bleibt in diesem Ordner. Um beide zu behalten, wählen Sie stattdessen „Als eigenes Tagebuch wiederherstellen“.</translation>
    </message>
    <message>
        <source>Replace with the other journal</source>
        <translation>Durch das andere Tagebuch ersetzen</translation>
    </message>
    <message>
        <source>Keep my journal</source>
        <translation>Mein Tagebuch behalten</translation>
    </message>
    <message>
        <source>Replace your journal with this backup?</source>
        <translation>Ihr Tagebuch durch diese Sicherung ersetzen?</translation>
    </message>
    <message>
        <source>The backup checked out. Anything written since it was made will be gone from this journal. Reflect will lock the journal, put the backup in its place, and ask for the backup&apos;s passphrase.</source>
        <translation>Die Sicherung ist in Ordnung. Alles, was seit ihrer Erstellung geschrieben wurde, verschwindet aus diesem Tagebuch. Reflect sperrt das Tagebuch, setzt die Sicherung an seine Stelle und fragt nach der Passphrase der Sicherung.</translation>
    </message>
    <message>
        <source>Replace my journal</source>
        <translation>Mein Tagebuch ersetzen</translation>
    </message>
</context>
<context>
    <name>CatchUpDialog</name>
    <message>
        <source>Passphrase changed on your other computer</source>
        <translation>Passphrase auf Ihrem anderen Computer geändert</translation>
    </message>
    <message>
        <source>Passphrase used on the other computer</source>
        <translation>Auf dem anderen Computer verwendete Passphrase</translation>
    </message>
    <message>
        <source>Taking the new passphrase</source>
        <translation>Die neue Passphrase wird übernommen</translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation>Diese Passphrase verwenden</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Your passphrase or recovery key was changed on your other computer. Enter the passphrase you use there, once, and this computer will use it too. Until then, Reflect keeps what you write here, and the two computers may not be fully in step.</source>
        <translation>Ihre Passphrase oder Ihr Wiederherstellungsschlüssel wurde auf Ihrem anderen Computer geändert. Geben Sie einmal die Passphrase ein, die Sie dort verwenden, dann verwendet dieser Computer sie auch. Bis dahin behält Reflect, was Sie hier schreiben, aber die beiden Computer sind womöglich nicht ganz im Gleichstand.</translation>
    </message>
    <message>
        <source>Type the passphrase you use on the other computer.</source>
        <translation>Geben Sie die Passphrase ein, die Sie auf dem anderen Computer verwenden.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open your other computer&apos;s file. Nothing was changed. Use the passphrase you type there to unlock Reflect.</source>
        <translation>Diese Passphrase öffnet die Datei Ihres anderen Computers nicht. Nichts wurde verändert. Verwenden Sie die Passphrase, mit der Sie Reflect dort entsperren.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Jetzige Passphrase</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Passphrase wird geändert</translation>
    </message>
    <message>
        <source>Someone may know my old passphrase: also give my journal a new key</source>
        <translation>Jemand könnte meine alte Passphrase kennen: meinem Tagebuch auch einen neuen Schlüssel geben</translation>
    </message>
    <message>
        <source>Without a new key, a copy of your journal&apos;s key file from before the change (in an old backup, say) still opens your journal with the old passphrase. A new key shuts that out; you get a new recovery key with it.</source>
        <translation>Ohne neuen Schlüssel öffnet eine Kopie der Schlüsseldatei von vor der Änderung (etwa in einer alten Sicherung) Ihr Tagebuch weiterhin mit der alten Passphrase. Ein neuer Schlüssel schließt das aus; Sie erhalten dazu einen neuen Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>Your entries stay as they are; only the passphrase that opens them changes. Your recovery key keeps working, unless you also ask for a new key below.</source>
        <translation>Ihre Einträge bleiben, wie sie sind; nur die Passphrase, die sie öffnet, ändert sich. Ihr Wiederherstellungsschlüssel funktioniert weiter, es sei denn, Sie wählen unten auch einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>Geben Sie zuerst Ihre jetzige Passphrase ein.</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Passphrase geändert</translation>
    </message>
    <message>
        <source>From now on, use your new passphrase to open your journal.</source>
        <translation>Verwenden Sie ab jetzt Ihre neue Passphrase, um Ihr Tagebuch zu öffnen.</translation>
    </message>
    <message>
        <source>That isn&apos;t your current passphrase. Nothing was changed.</source>
        <translation>Das ist nicht Ihre jetzige Passphrase. Nichts wurde verändert.</translation>
    </message>
</context>
<context>
    <name>ColumnPage</name>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
</context>
<context>
    <name>DataExportDialog</name>
    <message>
        <source>Export all your entries</source>
        <translation>Alle Einträge exportieren</translation>
    </message>
    <message>
        <source>These copies are not encrypted. Anyone who can open the file can read every entry. Save them only somewhere you trust, and delete them when you no longer need them. For a safe copy, use Backups instead.</source>
        <translation>Diese Kopien sind nicht verschlüsselt. Wer die Datei öffnen kann, kann jeden Eintrag lesen. Speichern Sie sie nur an einem Ort, dem Sie vertrauen, und löschen Sie sie, wenn Sie sie nicht mehr brauchen. Für eine sichere Kopie verwenden Sie stattdessen „Sicherungen“.</translation>
    </message>
    <message>
        <source>Warning: not encrypted</source>
        <translation>Achtung: nicht verschlüsselt</translation>
    </message>
    <message>
        <source>I understand these files are not encrypted</source>
        <translation>Ich verstehe, dass diese Dateien nicht verschlüsselt sind</translation>
    </message>
    <message>
        <source>Save as one JSON file…</source>
        <translation>Als eine JSON-Datei speichern …</translation>
    </message>
    <message>
        <source>Save as one JSON file</source>
        <translation>Als eine JSON-Datei speichern</translation>
    </message>
    <message>
        <source>Save as Markdown files…</source>
        <translation>Als Markdown-Dateien speichern …</translation>
    </message>
    <message>
        <source>Save as Markdown files</source>
        <translation>Als Markdown-Dateien speichern</translation>
    </message>
    <message>
        <source>JSON keeps everything (entries, events, check-ins) and can be imported back into Reflect. Markdown gives one readable file per entry.</source>
        <translation>JSON behält alles (Einträge, Ereignisse, Check-ins) und lässt sich wieder in Reflect importieren. Markdown ergibt eine lesbare Datei pro Eintrag.</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Stand des Exports</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save an unencrypted copy</source>
        <translation>Eine unverschlüsselte Kopie speichern</translation>
    </message>
    <message>
        <source>reflect-export-{day}.json</source>
        <translation>reflect-export-{day}.json</translation>
    </message>
    <message>
        <source>Choose where to put the Markdown files</source>
        <translation>Wählen Sie, wohin die Markdown-Dateien kommen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln entry(s) to {0}.</source>
        <translation>
            <numerusform>%Ln Eintrag in {0} gespeichert.</numerusform>
            <numerusform>%Ln Einträge in {0} gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remember: this copy is not encrypted.</source>
        <translation>Denken Sie daran: Diese Kopie ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>Reflect hit an internal problem. Nothing was saved.</source>
        <translation>Reflect hatte ein internes Problem. Nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>DataWiring</name>
    <message>
        <source>Export for my &amp;therapist...</source>
        <translation>Für meine &amp;Therapie exportieren …</translation>
    </message>
    <message>
        <source>Export &amp;all entries (not encrypted)...</source>
        <translation>&amp;Alle Einträge exportieren (nicht verschlüsselt) …</translation>
    </message>
    <message>
        <source>&amp;Import entries...</source>
        <translation>Einträge &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Backups...</source>
        <translation>&amp;Sicherungen …</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made: {0} Your journal is safe. After unlocking, open Journal &gt; Backups to try again.</source>
        <translation>Die heutige automatische Sicherung konnte nicht erstellt werden: {0} Ihr Tagebuch ist sicher. Öffnen Sie nach dem Entsperren Tagebuch &gt; Sicherungen, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Open the restored journal?</source>
        <translation>Das wiederhergestellte Tagebuch öffnen?</translation>
    </message>
    <message>
        <source>The backup is restored as a separate journal in “{0}”. Open it now? This journal locks first. On the unlock page, “Back to my usual journal” returns here, and so does the next start of Reflect.</source>
        <translation>Die Sicherung ist als eigenes Tagebuch in „{0}“ wiederhergestellt. Jetzt öffnen? Dieses Tagebuch wird vorher gesperrt. Auf der Entsperrseite führt „Zurück zu meinem gewohnten Tagebuch“ hierher zurück, ebenso der nächste Start von Reflect.</translation>
    </message>
    <message>
        <source>Open it now</source>
        <translation>Jetzt öffnen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
</context>
<context>
    <name>DateChip</name>
    <message>
        <source>Search all dates</source>
        <translation>Alle Daten durchsuchen</translation>
    </message>
    <message>
        <source>Search all dates (take the dates out of the search)</source>
        <translation>Alle Daten durchsuchen (die Daten aus der Suche nehmen)</translation>
    </message>
</context>
<context>
    <name>EditorNotes</name>
    <message>
        <source>Open Support</source>
        <translation>Unterstützung öffnen</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Dismiss this note</source>
        <translation>Diesen Hinweis schließen</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <source>Entry title</source>
        <translation>Titel des Eintrags</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Titel (freiwillig)</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Text des Eintrags</translation>
    </message>
    <message>
        <source>Write whatever is on your mind. It stays on this computer, encrypted.

Feelings, what you noticed, what you need: no patient details are needed here.</source>
        <translation>Schreiben Sie, was Sie beschäftigt. Es bleibt verschlüsselt auf diesem Computer.

Gefühle, was Ihnen aufgefallen ist, was Sie brauchen: Angaben zu Patientinnen und Patienten sind hier nicht nötig.</translation>
    </message>
    <message>
        <source>Preview of the entry</source>
        <translation>Vorschau des Eintrags</translation>
    </message>
    <message>
        <source>Open this event&apos;s page</source>
        <translation>Die Seite dieses Ereignisses öffnen</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>Wortzahl</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstand</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formatierung</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln Wort</numerusform>
            <numerusform>%Ln Wörter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryCalendar</name>
    <message>
        <source>Calendar: days in bold have entries</source>
        <translation>Kalender: Fett gedruckte Tage haben Einträge</translation>
    </message>
    <message>
        <source>Days of the month; bold days have entries</source>
        <translation>Tage des Monats; fett gedruckte Tage haben Einträge</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation>Monat wählen</translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation>Jahr wählen</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>This entry was deleted on your other computer.</source>
        <translation>Dieser Eintrag wurde auf Ihrem anderen Computer gelöscht.</translation>
    </message>
    <message>
        <source>Updated with a change from your other computer.</source>
        <translation>Mit einer Änderung von Ihrem anderen Computer aktualisiert.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>about {event}</source>
        <translation>zu {event}</translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation>Schlagwörter: {tags}</translation>
    </message>
</context>
<context>
    <name>EntryListPanel</name>
    <message>
        <source>Search entries</source>
        <translation>Einträge durchsuchen</translation>
    </message>
    <message>
        <source>Search your entries</source>
        <translation>Ihre Einträge durchsuchen</translation>
    </message>
    <message>
        <source>Words, the start of a word with *, &quot;an exact phrase&quot; in quotes, and dates in plain words: since March, last week, in 2024, before 5 May</source>
        <translation>Wörter, den Anfang eines Wortes mit *, „einen genauen Ausdruck“ in Anführungszeichen und Daten in einfachen Worten: seit März, letzte Woche, im Jahr 2024, vor dem 5. Mai</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>First {n} matches</source>
        <translation>Die ersten {n} Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln Treffer</numerusform>
            <numerusform>%Ln Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries match your search.

Try fewer words, or the start of a word followed by *.</source>
        <translation>Keine Einträge passen zu Ihrer Suche.

Versuchen Sie weniger Wörter oder den Anfang eines Wortes, gefolgt von *.</translation>
    </message>
    <message>
        <source>No entries on these days.

Press × beside the dates to see all.</source>
        <translation>Keine Einträge an diesen Tagen.

Drücken Sie × neben den Daten, um alle zu sehen.</translation>
    </message>
    <message>
        <source>Nothing written about this event yet.</source>
        <translation>Zu diesem Ereignis ist noch nichts geschrieben.</translation>
    </message>
    <message>
        <source>No entries have this tag now.</source>
        <translation>Kein Eintrag hat zurzeit dieses Schlagwort.</translation>
    </message>
    <message>
        <source>Nothing written yet.

When you are ready, just start typing on the right, or press Ctrl+N for a new entry. It stays on this computer, encrypted.</source>
        <translation>Noch nichts geschrieben.

Wenn Sie so weit sind, fangen Sie einfach rechts an zu tippen, oder drücken Sie Strg+N für einen neuen Eintrag. Er bleibt verschlüsselt auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>EventSelector</name>
    <message>
        <source>Event this entry is about</source>
        <translation>Ereignis, um das es in diesem Eintrag geht</translation>
    </message>
    <message>
        <source>Link this entry to an event, or leave it on its own</source>
        <translation>Diesen Eintrag mit einem Ereignis verknüpfen oder für sich stehen lassen</translation>
    </message>
    <message>
        <source>No particular event</source>
        <translation>Kein bestimmtes Ereignis</translation>
    </message>
</context>
<context>
    <name>ExportChoices</name>
    <message>
        <source>What to share</source>
        <extracomment>(format, file suffix); the words for each are ``ExportChoices.format_words``</extracomment>
        <translation>Was Sie teilen</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>One event</source>
        <translation>Ein Ereignis</translation>
    </message>
    <message>
        <source>A date range</source>
        <translation>Ein Zeitraum</translation>
    </message>
    <message>
        <source>Entries with tags</source>
        <translation>Einträge mit Schlagwörtern</translation>
    </message>
    <message>
        <source>Entries I pick</source>
        <translation>Einträge, die ich auswähle</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Tags to include</source>
        <translation>Schlagwörter, die dazugehören</translation>
    </message>
    <message>
        <source>Entries to include</source>
        <translation>Einträge, die dazugehören</translation>
    </message>
    <message>
        <source>Add a chart of my check-ins</source>
        <translation>Ein Diagramm meiner Check-ins hinzufügen</translation>
    </message>
    <message>
        <source>Add my stage timeline</source>
        <translation>Meinen Phasenverlauf hinzufügen</translation>
    </message>
    <message>
        <source>…with the weekly questions (PHQ-2, GAD-2) and support ratings</source>
        <translation>… mit den wöchentlichen Fragen (PHQ-2, GAD-2) und den Unterstützungswerten</translation>
    </message>
    <message>
        <source>Add the weekly questions too</source>
        <translation>Auch die wöchentlichen Fragen hinzufügen</translation>
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
        <translation>Webseite (HTML)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Markdown-Text</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <source>Title on the cover</source>
        <translation>Titel auf dem Deckblatt</translation>
    </message>
    <message>
        <source>PDF password, optional</source>
        <translation>PDF-Passwort, freiwillig</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Freiwillig</translation>
    </message>
    <message>
        <source>If you set one, tell it to your therapist in person, not in the same email.</source>
        <translation>Wenn Sie eines festlegen, sagen Sie es Ihrer Therapeutin oder Ihrem Therapeuten persönlich, nicht in derselben E-Mail.</translation>
    </message>
    <message>
        <source>Always hide these words</source>
        <translation>Diese Wörter immer verbergen</translation>
    </message>
    <message>
        <source>Names, places, a hospital: comma between</source>
        <translation>Namen, Orte, ein Krankenhaus: durch Komma getrennt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Always hide</source>
        <translation>Immer verbergen</translation>
    </message>
    <message>
        <source>Words here are hidden in every export, in any spelling or case.</source>
        <translation>Wörter hier werden in jedem Export verborgen, in jeder Schreibweise, groß oder klein.</translation>
    </message>
    <message>
        <source>Tick at least one item on the left to include it.</source>
        <translation>Kreuzen Sie links mindestens einen Punkt an, um ihn aufzunehmen.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for your therapist</source>
        <translation>Export für Ihre Therapie</translation>
    </message>
    <message>
        <source>Choose what to share. Reflect hides likely names, dates and numbers; check the highlighted ones before you save. Nothing is sent anywhere: you get one file to hand over yourself.</source>
        <translation>Wählen Sie, was Sie teilen. Reflect verbirgt wahrscheinliche Namen, Daten und Nummern; prüfen Sie die markierten, bevor Sie speichern. Nichts wird irgendwohin gesendet: Sie erhalten eine Datei, die Sie selbst übergeben.</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Vorschau der Datei</translation>
    </message>
    <message>
        <source>Preview: exactly what will be saved</source>
        <translation>Vorschau: genau das, was gespeichert wird</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Stand der Prüfung</translation>
    </message>
    <message>
        <source>Hide all</source>
        <translation>Alle verbergen</translation>
    </message>
    <message>
        <source>I&apos;ve checked them all</source>
        <translation>Ich habe alle geprüft</translation>
    </message>
    <message>
        <source>Always hide this word</source>
        <translation>Dieses Wort immer verbergen</translation>
    </message>
    <message>
        <source>Check what is hidden</source>
        <translation>Prüfen, was verborgen wird</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Stand des Exports</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Den Export speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>a chart of your check-ins</source>
        <translation>ein Diagramm Ihrer Check-ins</translation>
    </message>
    <message>
        <source>your answers to the weekly questions</source>
        <translation>Ihre Antworten auf die wöchentlichen Fragen</translation>
    </message>
    <message>
        <source>your stage timeline</source>
        <translation>Ihr Phasenverlauf</translation>
    </message>
    <message>
        <source>Page 2 of the PDF: {0}.</source>
        <translation>Seite 2 des PDF: {0}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Nothing to review yet.</source>
        <translation>Noch nichts zu prüfen.</translation>
    </message>
    <message>
        <source>Reflect found nothing that looks like a name, date or number. Read the preview once more anyway: it cannot catch everything.</source>
        <translation>Reflect hat nichts gefunden, das wie ein Name, ein Datum oder eine Nummer aussieht. Lesen Sie die Vorschau trotzdem noch einmal: Reflect kann nicht alles erkennen.</translation>
    </message>
    <message>
        <source>1 possible identifier. Ticked, it is hidden; untick it to show it as written. Click it to see it in the preview{0}.</source>
        <translation>1 mögliche identifizierende Angabe. Angekreuzt wird sie verborgen; entfernen Sie das Häkchen, um sie wie geschrieben zu zeigen. Klicken Sie darauf, um sie in der Vorschau zu sehen{0}.</translation>
    </message>
    <message>
        <source>: not looked at yet</source>
        <translation>: noch nicht angesehen</translation>
    </message>
    <message>
        <source>{0} possible identifiers. Ticked ones are hidden; untick one to show it as written. Click each to see it in the preview: {1} still to look at.</source>
        <translation>{0} mögliche identifizierende Angaben. Angekreuzte werden verborgen; entfernen Sie ein Häkchen, um die Angabe wie geschrieben zu zeigen. Klicken Sie jede an, um sie in der Vorschau zu sehen: noch {1} anzusehen.</translation>
    </message>
    <message>
        <source>Select an item in the list first.</source>
        <translation>Wählen Sie zuerst einen Punkt in der Liste.</translation>
    </message>
    <message>
        <source>Save without checking?</source>
        <translation>Ohne Prüfung speichern?</translation>
    </message>
    <message>
        <source>You have not looked at {0} of the highlighted items. They will be hidden, but Reflect can miss names and details. Save anyway?</source>
        <translation>Sie haben {0} der markierten Punkte nicht angesehen. Sie werden verborgen, aber Reflect kann Namen und Einzelheiten übersehen. Trotzdem speichern?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <source>Go back and check</source>
        <translation>Zurück und prüfen</translation>
    </message>
    <message>
        <source>reflect-for-therapist-{day}.{suffix}</source>
        <translation>reflect-fuer-therapie-{day}.{suffix}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>It needs the password to open.</source>
        <translation>Zum Öffnen ist das Passwort nötig.</translation>
    </message>
    <message>
        <source>It is not encrypted: keep it private and delete it when you no longer need it.</source>
        <translation>Sie ist nicht verschlüsselt: Bewahren Sie sie privat auf und löschen Sie sie, wenn Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>Saved to {0}.</source>
        <translation>Gespeichert in {0}.</translation>
    </message>
    <message>
        <source>Reflect hit an internal problem and saved nothing. Your entries are unchanged.</source>
        <translation>Reflect hatte ein internes Problem und hat nichts gespeichert. Ihre Einträge sind unverändert.</translation>
    </message>
    <message>
        <source>The export was not saved</source>
        <translation>Der Export wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>ExportReview</name>
    <message>
        <source>on your always-hide list</source>
        <translation>auf Ihrer Liste „immer verbergen“</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>ein Name</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>ein Datum</translation>
    </message>
    <message>
        <source>an age over 89</source>
        <translation>ein Alter über 89</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>eine Telefonnummer</translation>
    </message>
    <message>
        <source>an email address</source>
        <translation>eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>an ID number</source>
        <translation>eine Kennnummer</translation>
    </message>
    <message>
        <source>an address</source>
        <translation>eine Adresse</translation>
    </message>
    <message>
        <source>a ZIP code</source>
        <translation>eine Postleitzahl</translation>
    </message>
    <message>
        <source>a postcode</source>
        <translation>eine Postleitzahl</translation>
    </message>
    <message>
        <source>a place</source>
        <translation>ein Ort</translation>
    </message>
    <message>
        <source>a web address</source>
        <translation>eine Webadresse</translation>
    </message>
    <message>
        <source>an IP address</source>
        <translation>eine IP-Adresse</translation>
    </message>
    <message>
        <source>an identifier</source>
        <translation>eine identifizierende Angabe</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>Your journal is inside {0}</source>
        <translation>Ihr Tagebuch liegt in {0}</translation>
    </message>
    <message>
        <source>Your journal&apos;s folder is inside {0}. A sync tool can copy a journal while Reflect writes in it, or keep one computer&apos;s copy over the other&apos;s, and entries can be lost that way.

The safe way: keep the journal outside {0}, and let Reflect keep your computers in step through a folder inside it (Settings &gt; Two computers). To move the journal, make a backup (Journal &gt; Backups), restore it into a folder outside {0}, and open that one.</source>
        <translation>Der Ordner Ihres Tagebuchs liegt in {0}. Ein Sync-Programm kann ein Tagebuch kopieren, während Reflect darin schreibt, oder die Kopie des einen Computers über die des anderen legen, und so können Einträge verloren gehen.

Der sichere Weg: Bewahren Sie das Tagebuch außerhalb von {0} auf und lassen Sie Reflect Ihre Computer über einen Ordner darin im Gleichstand halten (Einstellungen &gt; Zwei Computer). Um das Tagebuch zu verschieben, erstellen Sie eine Sicherung (Tagebuch &gt; Sicherungen), stellen Sie sie in einem Ordner außerhalb von {0} wieder her und öffnen Sie dieses.</translation>
    </message>
</context>
<context>
    <name>FilterChoice</name>
    <message>
        <source>Open this event&apos;s page</source>
        <translation>Die Seite dieses Ereignisses öffnen</translation>
    </message>
    <message>
        <source>Show entries of an event or with a tag</source>
        <translation>Einträge eines Ereignisses oder mit einem Schlagwort zeigen</translation>
    </message>
    <message>
        <source>Show only the entries of one event, or with one tag</source>
        <translation>Nur die Einträge eines Ereignisses oder mit einem Schlagwort zeigen</translation>
    </message>
    <message>
        <source>Event: {title}</source>
        <translation>Ereignis: {title}</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alle Einträge</translation>
    </message>
</context>
<context>
    <name>FindingByDate</name>
    <message>
        <source>Go to date…</source>
        <translation>Zu Datum gehen …</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Support and crisis lines</source>
        <translation>Hilfsangebote und Krisennummern</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Welcome to Reflect</source>
        <translation>Willkommen bei Reflect</translation>
    </message>
    <message>
        <source>Private, on this computer</source>
        <translation>Privat, auf diesem Computer</translation>
    </message>
    <message>
        <source>It cannot send help</source>
        <translation>Reflect kann keine Hilfe schicken</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>I already use Reflect on another computer…</source>
        <translation>Ich verwende Reflect schon auf einem anderen Computer …</translation>
    </message>
    <message>
        <source>Bring my journal from another computer</source>
        <translation>Mein Tagebuch von einem anderen Computer holen</translation>
    </message>
    <message>
        <source>Before you write</source>
        <translation>Bevor Sie schreiben</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>I understand the caution about the law</source>
        <translation>Ich habe den Hinweis zur Rechtslage verstanden</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Eine Passphrase wählen</translation>
    </message>
    <message>
        <source>Your passphrase opens the journal. Choose one you can remember but others could not guess; a few unrelated words work well. Reflect cannot tell you your passphrase later, but the recovery key on the next screen can open your journal if you forget it.</source>
        <translation>Ihre Passphrase öffnet das Tagebuch. Wählen Sie eine, die Sie sich merken können, die andere aber nicht erraten; ein paar Wörter, die nichts miteinander zu tun haben, eignen sich gut. Reflect kann Ihnen Ihre Passphrase später nicht sagen, aber der Wiederherstellungsschlüssel auf der nächsten Seite öffnet Ihr Tagebuch, wenn Sie sie vergessen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation>Mein Tagebuch anlegen</translation>
    </message>
    <message>
        <source>Creating your journal…</source>
        <translation>Ihr Tagebuch wird angelegt …</translation>
    </message>
    <message>
        <source>This takes a few seconds on purpose: the same slowness makes your passphrase very hard to guess.</source>
        <translation>Das dauert mit Absicht ein paar Sekunden: Dieselbe Langsamkeit macht Ihre Passphrase sehr schwer zu erraten.</translation>
    </message>
    <message>
        <source>Creating your journal</source>
        <translation>Ihr Tagebuch wird angelegt</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Ihr Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your journal. Nobody, including us, can recover it for you. Print it or write it down, and keep it somewhere safe and private.</source>
        <translation>Wenn Sie Ihre Passphrase einmal vergessen, ist dieser Schlüssel der einzige Weg zurück in Ihr Tagebuch. Niemand, auch wir nicht, kann ihn für Sie wiederherstellen. Drucken Sie ihn aus oder schreiben Sie ihn auf, und bewahren Sie ihn an einem sicheren, privaten Ort auf.</translation>
    </message>
    <message>
        <source>Start writing</source>
        <translation>Mit dem Schreiben beginnen</translation>
    </message>
</context>
<context>
    <name>FocusMode</name>
    <message>
        <source>&amp;Focus</source>
        <translation>&amp;Fokus</translation>
    </message>
    <message>
        <source>Just write: hide everything but the entry (F11)</source>
        <translation>Nur schreiben: alles außer dem Eintrag ausblenden (F11)</translation>
    </message>
    <message>
        <source>Leave focus</source>
        <translation>Fokus verlassen</translation>
    </message>
    <message>
        <source>Focus: press Esc or F11 to see everything again.</source>
        <translation>Fokus: Drücken Sie Esc oder F11, um wieder alles zu sehen.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Come back to this later?</source>
        <translation>Später darauf zurückkommen?</translation>
    </message>
    <message>
        <source>Follow-up reminders</source>
        <translation>Erinnerungen zum Nachfassen</translation>
    </message>
</context>
<context>
    <name>GoToDateDialog</name>
    <message>
        <source>Go to date</source>
        <translation>Zu Datum gehen</translation>
    </message>
    <message>
        <source>Date to go to</source>
        <translation>Gewünschtes Datum</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Los</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Gehe zu</translation>
    </message>
</context>
<context>
    <name>GuideWiring</name>
    <message>
        <source>Stage guide</source>
        <translation>Phasen-Leitfaden</translation>
    </message>
    <message>
        <source>Check-ins over time</source>
        <translation>Check-ins im Verlauf</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Shortcuts and privacy</source>
        <translation>Tastenkürzel und Privatsphäre</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>Hilfe schließen</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Diese Hilfe</translation>
    </message>
    <message>
        <source>Lock the journal (from any Reflect window)</source>
        <translation>Das Tagebuch sperren (aus jedem Reflect-Fenster)</translation>
    </message>
    <message>
        <source>Hide at once: lock and minimise (from any window)</source>
        <translation>Sofort verbergen: sperren und minimieren (aus jedem Fenster)</translation>
    </message>
    <message>
        <source>Delete (in the list)</source>
        <translation>Entf (in der Liste)</translation>
    </message>
    <message>
        <source>Delete the selected entry, after asking</source>
        <translation>Den ausgewählten Eintrag löschen, nach Rückfrage</translation>
    </message>
    <message>
        <source>Tab  ·  Shift+Tab</source>
        <translation>Tab  ·  Umschalt+Tab</translation>
    </message>
    <message>
        <source>Move between the list, the search and the editor</source>
        <translation>Zwischen Liste, Suche und Editor wechseln</translation>
    </message>
    <message>
        <source>PHQ-2 and GAD-2: developed by Drs Spitzer, Williams, Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce.</source>
        <translation>PHQ-2 und GAD-2: entwickelt von Drs. Spitzer, Williams, Kroenke und Kollegen mit einem Ausbildungszuschuss von Pfizer Inc. Für die Wiedergabe ist keine Genehmigung nötig.</translation>
    </message>
    <message>
        <source>The support ratings use the dimension names of the Second Victim Experience and Support Tool (Burlison JD, et al. J Patient Saf 2017); they are prompts, not a scored SVEST.</source>
        <translation>Die Unterstützungswerte verwenden die Namen der Dimensionen des Second Victim Experience and Support Tool (Burlison JD, et al. J Patient Saf 2017); sie sind Denkanstöße, kein ausgewerteter SVEST.</translation>
    </message>
    <message>
        <source>Spelling: a misspelled word gets a wavy red line once you finish typing it. Right-click it for suggestions, or to add it to your words; F7 goes to the next one and Enter takes the first suggestion. UK and US spellings, drug names, anatomy and abbreviations such as ICU or RCA are known.</source>
        <translation>Rechtschreibung: Ein falsch geschriebenes Wort erhält eine rote Wellenlinie, sobald Sie es fertig getippt haben. Klicken Sie es mit der rechten Maustaste an, um Vorschläge zu sehen oder es zu Ihren Wörtern hinzuzufügen; F7 springt zum nächsten, und die Eingabetaste übernimmt den ersten Vorschlag. Die Prüfung kennt britisches und amerikanisches Englisch, Arzneimittelnamen, Anatomie und Abkürzungen wie ICU oder RCA; deutsche Texte prüft sie noch nicht.</translation>
    </message>
    <message>
        <source>The words you add are kept inside your encrypted journal, never in a dictionary file. See or remove them in Settings, under Spelling; turn spelling off there or in View &gt; Check spelling.</source>
        <translation>Die Wörter, die Sie hinzufügen, bleiben in Ihrem verschlüsselten Tagebuch, nie in einer Wörterbuchdatei. Sie sehen oder entfernen sie unter Einstellungen &gt; Rechtschreibung; dort oder unter Ansicht &gt; Rechtschreibung prüfen schalten Sie die Prüfung aus.</translation>
    </message>
    <message>
        <source>A dotted line is different: it marks something that could identify someone. Hover over it to read why.</source>
        <translation>Eine gepunktete Linie ist etwas anderes: Sie markiert etwas, das jemanden erkennbar machen könnte. Zeigen Sie mit der Maus darauf, um den Grund zu lesen.</translation>
    </message>
    <message>
        <source>Focus (F11, or View &gt; Focus) hides everything but the entry, in a column that is easy to read. Reflect keeps saving; Esc or F11 brings the rest back.</source>
        <translation>Fokus (F11 oder Ansicht &gt; Fokus) blendet alles außer dem Eintrag aus, in einer gut lesbaren Spalte. Reflect speichert weiter; Esc oder F11 bringt den Rest zurück.</translation>
    </message>
    <message>
        <source>Finding: the search box understands dates in plain words, with or without other words: since March, last week, in 2024, before 5 May, between March 3 and April 2. The days it understood show below it; × searches all dates again. Put words in quotes (&quot;last week&quot;) to search for them as words. The menu below chooses one event or one tag. Bold days on the calendar have entries; choose one, or press Ctrl+G, to go to that day.</source>
        <translation>Finden: Das Suchfeld versteht Daten in einfachen Worten, mit oder ohne weitere Wörter: seit März, letzte Woche, im Jahr 2024, vor dem 5. Mai, zwischen 3. März und 2. April. Die erkannten Tage stehen darunter; × durchsucht wieder alle Daten. Setzen Sie Wörter in Anführungszeichen („letzte Woche“), um nach ihnen als Wörtern zu suchen. Das Menü darunter wählt ein Ereignis oder ein Schlagwort. Fett gedruckte Tage im Kalender haben Einträge; wählen Sie einen oder drücken Sie Strg+G, um zu diesem Tag zu gehen.</translation>
    </message>
    <message>
        <source>An event&apos;s page shows the way so far, what you wrote about it, its check-ins and reminders, with buttons to write, check in, start an exercise or export it. Open it from the stage guide, from the calendar button beside an entry&apos;s event, or from the list&apos;s menu (Event: ...).</source>
        <translation>Die Seite eines Ereignisses zeigt den bisherigen Weg, was Sie darüber geschrieben haben, seine Check-ins und Erinnerungen, mit Schaltflächen zum Schreiben, für einen Check-in, zum Beginnen einer Übung oder zum Exportieren. Sie öffnen sie aus dem Phasen-Leitfaden, über die Kalenderschaltfläche neben dem Ereignis eines Eintrags oder über das Menü der Liste (Ereignis: …).</translation>
    </message>
    <message>
        <source>To write on two computers, choose Settings &gt; Two computers &gt; Keep in step through a folder, and pick a folder that your own sync tool (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) already keeps in step on both. On the other computer, choose “I already use Reflect on another computer” when Reflect first starts, and the same folder.</source>
        <translation>Um auf zwei Computern zu schreiben, wählen Sie Einstellungen &gt; Zwei Computer &gt; Über einen Ordner abgleichen und einen Ordner, den Ihr eigenes Sync-Programm (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) schon auf beiden abgleicht. Wählen Sie auf dem anderen Computer beim ersten Start von Reflect „Ich verwende Reflect schon auf einem anderen Computer“ und denselben Ordner.</translation>
    </message>
    <message>
        <source>Never put the journal itself in such a folder: a sync tool can copy it while Reflect writes in it, or keep one computer&apos;s copy over the other&apos;s, and entries are lost. Reflect keeps the journal on each computer and puts only one encrypted file per computer in the folder, then merges the others&apos;. Anyone who can read the folder sees the files&apos; sizes and times, never a word or a name.</source>
        <translation>Legen Sie niemals das Tagebuch selbst in einen solchen Ordner: Ein Sync-Programm kann es kopieren, während Reflect darin schreibt, oder die Kopie des einen Computers über die des anderen legen, und Einträge gehen verloren. Reflect bewahrt das Tagebuch auf jedem Computer auf, legt nur eine verschlüsselte Datei pro Computer in den Ordner und führt die der anderen zusammen. Wer den Ordner lesen kann, sieht Größe und Zeit der Dateien, nie ein Wort oder einen Namen.</translation>
    </message>
    <message>
        <source>Reflect keeps in step when you unlock, when you lock or quit, every few minutes while you write (never mid-sentence), and when the other computer&apos;s file changes. An entry changed on both computers while they were apart is kept twice; a note above it links the two versions.</source>
        <translation>Reflect gleicht ab, wenn Sie entsperren, wenn Sie sperren oder beenden, alle paar Minuten während Sie schreiben (nie mitten im Satz) und wenn sich die Datei des anderen Computers ändert. Ein Eintrag, der auf beiden Computern geändert wurde, während sie getrennt waren, wird doppelt aufbewahrt; ein Hinweis darüber verbindet die beiden Fassungen.</translation>
    </message>
    <message>
        <source>What travels: entries and their tags, events, stage changes, check-ins, your people, the prompts used, the words the export always hides, your spelling words, and the legal caution once acknowledged. What stays on each computer: the look, the window, the language, locking, spelling on or off, reminders and backups.</source>
        <translation>Was mitkommt: Einträge mit ihren Schlagwörtern, Ereignisse, Phasenwechsel, Check-ins, Ihre Menschen, die verwendeten Impulse, die Wörter, die der Export immer verbirgt, Ihre Rechtschreibwörter und der einmal bestätigte rechtliche Hinweis. Was auf jedem Computer bleibt: das Aussehen, das Fenster, die Sprache, das Sperren, Rechtschreibung an oder aus, Erinnerungen und Sicherungen.</translation>
    </message>
    <message>
        <source>No sync folder? Journal &gt; Merge a backup brings in a backup from a USB stick or an old computer, after showing what would change.</source>
        <translation>Kein Sync-Ordner? Tagebuch &gt; Sicherung zusammenführen holt eine Sicherung von einem USB-Stick oder einem alten Computer herein, nachdem es gezeigt hat, was sich ändern würde.</translation>
    </message>
    <message>
        <source>Everything you write is encrypted and stays on this computer. Reflect never connects to the internet.</source>
        <translation>Alles, was Sie schreiben, wird verschlüsselt und bleibt auf diesem Computer. Reflect verbindet sich nie mit dem Internet.</translation>
    </message>
    <message>
        <source>Encryption protects the journal at rest. It cannot protect what is on the screen: on a computer your hospital or employer manages, monitoring software can record the screen and keystrokes of any app, Reflect included. Write on a personal computer you control.</source>
        <translation>Die Verschlüsselung schützt das gespeicherte Tagebuch. Sie kann nicht schützen, was auf dem Bildschirm steht: Auf einem Computer, den Ihr Krankenhaus oder Arbeitgeber verwaltet, kann Überwachungssoftware den Bildschirm und die Tastatureingaben jeder App aufzeichnen, auch von Reflect. Schreiben Sie auf einem eigenen Computer, über den Sie selbst bestimmen.</translation>
    </message>
    <message>
        <source>Reflect saves as you type. There is no Save button to remember.</source>
        <translation>Reflect speichert, während Sie tippen. Es gibt keinen Speichern-Knopf, an den Sie denken müssen.</translation>
    </message>
    <message>
        <source>A personal journal may not be legally protected. Write about what you felt and what you learned rather than a record of the case, and leave out names, dates of birth and record numbers. Reflect underlines text that looks like a patient detail, so you can decide.</source>
        <translation>Ein persönliches Tagebuch ist rechtlich womöglich nicht geschützt. Schreiben Sie über das, was Sie gefühlt und gelernt haben, statt den Fall festzuhalten, und lassen Sie Namen, Geburtsdaten und Aktennummern weg. Reflect unterstreicht Text, der wie eine Patientenangabe aussieht, damit Sie entscheiden können.</translation>
    </message>
    <message>
        <source>Lock the journal with Ctrl+L when you step away. If you forget your passphrase, only your recovery key can open it.</source>
        <translation>Sperren Sie das Tagebuch mit Strg+L, wenn Sie weggehen. Wenn Sie Ihre Passphrase vergessen, kann es nur noch Ihr Wiederherstellungsschlüssel öffnen.</translation>
    </message>
</context>
<context>
    <name>IdentifierMarker</name>
    <message>
        <source>This looks like it could identify someone: a name, a date or a number. Consider leaving it out, or putting it in general terms.</source>
        <translation>Das sieht aus, als könnte es jemanden erkennbar machen: ein Name, ein Datum oder eine Nummer. Lassen Sie es vielleicht weg oder beschreiben Sie es allgemeiner.</translation>
    </message>
    <message>
        <source>It may also be misspelled: right-click it for suggestions.</source>
        <translation>Vielleicht ist es auch falsch geschrieben: Ein Rechtsklick zeigt Vorschläge.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import entries</source>
        <translation>Einträge importieren</translation>
    </message>
    <message>
        <source>Bring in entries from jrnl (its JSON export), Day One (its JSON export, zipped or not), a folder of Markdown files, or a Reflect export. Nothing changes until you choose Import, and importing the same file twice adds nothing new.</source>
        <translation>Holen Sie Einträge aus jrnl (sein JSON-Export), Day One (sein JSON-Export, gezippt oder nicht), einem Ordner mit Markdown-Dateien oder einem Reflect-Export. Nichts ändert sich, bevor Sie „Importieren“ wählen, und dieselbe Datei zweimal zu importieren fügt nichts Neues hinzu.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Eine Datei wählen …</translation>
    </message>
    <message>
        <source>Choose a folder of Markdown files…</source>
        <translation>Einen Ordner mit Markdown-Dateien wählen …</translation>
    </message>
    <message>
        <source>Choose a file or a folder to see what it holds.</source>
        <translation>Wählen Sie eine Datei oder einen Ordner, um zu sehen, was darin ist.</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Was importiert wird</translation>
    </message>
    <message>
        <source>The first few entries</source>
        <translation>Die ersten Einträge</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Stand des Imports</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import these entries</source>
        <translation>Diese Einträge importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Eine Datei zum Importieren wählen</translation>
    </message>
    <message>
        <source>Choose a folder of Markdown files</source>
        <translation>Einen Ordner mit Markdown-Dateien wählen</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <source>Everything in this file is already in your journal.</source>
        <translation>Alles in dieser Datei ist schon in Ihrem Tagebuch.</translation>
    </message>
    <message>
        <source>This has no entries to import ({0}).</source>
        <translation>Hier gibt es keine Einträge zu importieren ({0}).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} from {1}</source>
        <translation>{0} aus {1}</translation>
    </message>
    <message>
        <source>, written on {0}</source>
        <translation>, geschrieben am {0}</translation>
    </message>
    <message>
        <source>, written between {0} and {1}</source>
        <translation>, geschrieben zwischen {0} und {1}</translation>
    </message>
    <message>
        <source>{0} of them are already in your journal and will be skipped.</source>
        <translation>{0} davon sind schon in Ihrem Tagebuch und werden übersprungen.</translation>
    </message>
    <message>
        <source>Also {0} events and {1} check-ins.</source>
        <translation>Außerdem {0} Ereignisse und {1} Check-ins.</translation>
    </message>
    <message>
        <source>Reflect can&apos;t import this.</source>
        <translation>Reflect kann das nicht importieren.</translation>
    </message>
    <message>
        <source>Reflect hit an internal problem reading this. Nothing was imported.</source>
        <translation>Reflect hatte beim Lesen ein internes Problem. Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Importing… You can keep this window open.</source>
        <translation>Wird importiert … Sie können dieses Fenster offen lassen.</translation>
    </message>
    <message>
        <source>Imported 1 entry.</source>
        <translation>1 Eintrag importiert.</translation>
    </message>
    <message>
        <source>Imported {0} entries.</source>
        <translation>{0} Einträge importiert.</translation>
    </message>
    <message>
        <source>{0} were already in your journal.</source>
        <translation>{0} waren schon in Ihrem Tagebuch.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Reflect hit an internal problem. Nothing was imported.</source>
        <translation>Reflect hatte ein internes Problem. Nichts wurde importiert.</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Your journal from another computer</source>
        <translation>Ihr Tagebuch von einem anderen Computer</translation>
    </message>
    <message>
        <source>On the computer where you already use Reflect, open Settings &gt; Two computers and choose a folder that your sync tool (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) keeps in step. Once your sync tool has brought that folder here, choose it below and type the passphrase you use there, or your recovery key.</source>
        <translation>Öffnen Sie auf dem Computer, auf dem Sie Reflect schon verwenden, Einstellungen &gt; Zwei Computer und wählen Sie einen Ordner, den Ihr Sync-Programm (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) abgleicht. Sobald Ihr Sync-Programm diesen Ordner hierher gebracht hat, wählen Sie ihn unten und geben Sie die Passphrase ein, die Sie dort verwenden, oder Ihren Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>Your journal itself stays out of that folder: Reflect keeps it on this computer and only puts an encrypted file of its own there.</source>
        <translation>Ihr Tagebuch selbst bleibt außerhalb dieses Ordners: Reflect bewahrt es auf diesem Computer auf und legt dort nur eine eigene verschlüsselte Datei ab.</translation>
    </message>
    <message>
        <source>Choose the folder…</source>
        <translation>Ordner wählen …</translation>
    </message>
    <message>
        <source>Choose the folder kept in step</source>
        <translation>Den abgeglichenen Ordner wählen</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>Passphrase oder Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Bringing your journal over</source>
        <translation>Ihr Tagebuch wird hergeholt</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>I have a backup file instead…</source>
        <translation>Ich habe stattdessen eine Sicherungsdatei …</translation>
    </message>
    <message>
        <source>Bring my journal here</source>
        <translation>Mein Tagebuch hierher holen</translation>
    </message>
    <message>
        <source>Support and crisis lines</source>
        <translation>Hilfsangebote und Krisennummern</translation>
    </message>
    <message>
        <source>Choose the folder your sync tool keeps in step</source>
        <translation>Den Ordner wählen, den Ihr Sync-Programm abgleicht</translation>
    </message>
    <message>
        <source>Folder: {0}</source>
        <translation>Ordner: {0}</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nichts wurde verändert.</translation>
    </message>
    <message>
        <source>Reflect hit an internal problem. Nothing was changed.</source>
        <translation>Reflect hatte ein internes Problem. Nichts wurde verändert.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Eine Passphrase wählen</translation>
    </message>
    <message>
        <source>Your journal is here. You opened it with your recovery key, so choose the passphrase you will type to open it from now on. Reflect on your other computer will ask for it once, so both use the same one.</source>
        <translation>Ihr Tagebuch ist da. Sie haben es mit Ihrem Wiederherstellungsschlüssel geöffnet; wählen Sie daher die Passphrase, mit der Sie es künftig öffnen. Reflect auf Ihrem anderen Computer fragt einmal danach, damit beide dieselbe verwenden.</translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation>Diese Passphrase verwenden</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Delete entry…</source>
        <translation>Eintrag löschen …</translation>
    </message>
    <message>
        <source>Search entries</source>
        <translation>Einträge durchsuchen</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Lock the journal now (Ctrl+L)</source>
        <translation>Das Tagebuch jetzt sperren (Strg+L)</translation>
    </message>
    <message>
        <source>Hide now</source>
        <translation>Jetzt verbergen</translation>
    </message>
    <message>
        <source>Lock and minimise at once (Ctrl+Shift+H)</source>
        <translation>Sofort sperren und minimieren (Strg+Umschalt+H)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Journal tools</source>
        <translation>Tagebuch-Werkzeuge</translation>
    </message>
    <message>
        <source>The entry from {when} will be removed from this computer for good. This can&apos;t be undone.</source>
        <translation>Der Eintrag vom {when} wird endgültig von diesem Computer entfernt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>Diesen Eintrag löschen?</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>The entry was not deleted</source>
        <translation>Der Eintrag wurde nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>KeptCopyNotes</name>
    <message>
        <source>Kept version. This entry was changed on both computers while they were apart, so Reflect kept both: this is the version the entry itself does not show. Compare them, keep what you want in one, then delete the other.</source>
        <translation>Aufbewahrte Fassung. Dieser Eintrag wurde auf beiden Computern geändert, während sie getrennt waren, daher hat Reflect beide aufbewahrt: Dies ist die Fassung, die der Eintrag selbst nicht zeigt. Vergleichen Sie sie, behalten Sie in einer, was Sie möchten, und löschen Sie dann die andere.</translation>
    </message>
    <message>
        <source>Open the entry</source>
        <translation>Den Eintrag öffnen</translation>
    </message>
    <message>
        <source>This entry was changed on both computers while they were apart. Reflect kept both versions: the other one is beside this entry, so nothing was lost.</source>
        <translation>Dieser Eintrag wurde auf beiden Computern geändert, während sie getrennt waren. Reflect hat beide Fassungen aufbewahrt: Die andere steht neben diesem Eintrag, es ging also nichts verloren.</translation>
    </message>
    <message>
        <source>Show the other version</source>
        <translation>Die andere Fassung zeigen</translation>
    </message>
</context>
<context>
    <name>MergeBackupDialog</name>
    <message>
        <source>Merge a backup</source>
        <translation>Sicherung zusammenführen</translation>
    </message>
    <message>
        <source>Bring in what a backup holds, from a USB stick or an old computer: a backup of this journal, or of another Reflect journal. Nothing in your journal is lost: an entry changed in both places is kept twice.</source>
        <translation>Holen Sie herein, was eine Sicherung enthält, von einem USB-Stick oder einem alten Computer: eine Sicherung dieses Tagebuchs oder eines anderen Reflect-Tagebuchs. In Ihrem Tagebuch geht nichts verloren: Ein an beiden Orten geänderter Eintrag wird doppelt aufbewahrt.</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>Sicherung wählen …</translation>
    </message>
    <message>
        <source>This backup is of another journal, or of this one before its recovery key was changed. Enter the passphrase that was in use when it was made, or its recovery key.</source>
        <translation>Diese Sicherung stammt aus einem anderen Tagebuch oder aus diesem, bevor sein Wiederherstellungsschlüssel geändert wurde. Geben Sie die Passphrase ein, die beim Erstellen galt, oder ihren Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>Passphrase or recovery key of the backup</source>
        <translation>Passphrase oder Wiederherstellungsschlüssel der Sicherung</translation>
    </message>
    <message>
        <source>Merge status</source>
        <translation>Stand des Zusammenführens</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Read the backup</source>
        <translation>Sicherung lesen</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Choose a backup to merge</source>
        <translation>Eine Sicherung zum Zusammenführen wählen</translation>
    </message>
    <message>
        <source>Type the backup&apos;s passphrase first.</source>
        <translation>Geben Sie zuerst die Passphrase der Sicherung ein.</translation>
    </message>
    <message>
        <source>Reading the backup…</source>
        <translation>Die Sicherung wird gelesen …</translation>
    </message>
    <message>
        <source>That doesn&apos;t open this backup. Nothing was changed; try again.</source>
        <translation>Das öffnet diese Sicherung nicht. Nichts wurde verändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This backup was made on {0}.</source>
        <translation>Diese Sicherung wurde am {0} erstellt.</translation>
    </message>
    <message>
        <source>Your journal already holds everything in it.</source>
        <translation>Ihr Tagebuch enthält schon alles daraus.</translation>
    </message>
    <message>
        <source>Merging it would:</source>
        <translation>Das Zusammenführen würde:</translation>
    </message>
    <message numerus="yes">
        <source>add %n record(s)</source>
        <translation>
            <numerusform>%n Datensatz hinzufügen</numerusform>
            <numerusform>%n Datensätze hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>change %n record(s)</source>
        <translation>
            <numerusform>%n Datensatz ändern</numerusform>
            <numerusform>%n Datensätze ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keep %n record(s) twice, both versions</source>
        <translation>
            <numerusform>%n Datensatz doppelt aufbewahren, beide Fassungen</numerusform>
            <numerusform>%n Datensätze doppelt aufbewahren, beide Fassungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete %n record(s) deleted there</source>
        <translation>
            <numerusform>%n dort gelöschten Datensatz löschen</numerusform>
            <numerusform>%n dort gelöschte Datensätze löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Records are entries, events, check-ins and the like.</source>
        <translation>Datensätze sind Einträge, Ereignisse, Check-ins und Ähnliches.</translation>
    </message>
    <message>
        <source>Before merging, Reflect makes a backup of your journal as it is now, in {0}.</source>
        <translation>Vor dem Zusammenführen erstellt Reflect eine Sicherung Ihres Tagebuchs, wie es jetzt ist, in {0}.</translation>
    </message>
    <message>
        <source>Making a backup of your journal, then merging…</source>
        <translation>Ihr Tagebuch wird gesichert, dann zusammengeführt …</translation>
    </message>
    <message>
        <source>Merged. The backup made just before is {0}.</source>
        <translation>Zusammengeführt. Die unmittelbar davor erstellte Sicherung ist {0}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Nothing was merged: {0}</source>
        <translation>Nichts wurde zusammengeführt: {0}</translation>
    </message>
</context>
<context>
    <name>MyWordsDialog</name>
    <message>
        <source>My words</source>
        <translation>Meine Wörter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>No words yet. Right-click an underlined word in an entry and choose “Add to my words”.</source>
        <translation>Noch keine Wörter. Klicken Sie in einem Eintrag mit der rechten Maustaste auf ein unterstrichenes Wort und wählen Sie „Zu meinen Wörtern hinzufügen“.</translation>
    </message>
    <message>
        <source>Words you added are no longer underlined. They are kept inside your encrypted journal, not in a dictionary file on this computer.</source>
        <translation>Wörter, die Sie hinzugefügt haben, werden nicht mehr unterstrichen. Sie bleiben in Ihrem verschlüsselten Tagebuch, nicht in einer Wörterbuchdatei auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>Neue Passphrase noch einmal eingeben</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Noch einmal eingeben</translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation>Die beiden Passphrasen stimmen überein.</translation>
    </message>
    <message>
        <source>The two passphrases don&apos;t match yet.</source>
        <translation>Die beiden Passphrasen stimmen noch nicht überein.</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Wählen Sie eine Passphrase.</translation>
    </message>
    <message>
        <source>The two passphrases don&apos;t match. Type the same passphrase twice.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein. Geben Sie zweimal dieselbe Passphrase ein.</translation>
    </message>
    <message>
        <source>Use a weaker passphrase?</source>
        <translation>Eine schwächere Passphrase verwenden?</translation>
    </message>
    <message>
        <source>This passphrase could be guessed by someone with time and a fast computer. Another word or two would make it much stronger.</source>
        <translation>Diese Passphrase könnte jemand mit Zeit und einem schnellen Computer erraten. Ein oder zwei weitere Wörter würden sie viel stärker machen.</translation>
    </message>
    <message>
        <source>Use it anyway</source>
        <translation>Trotzdem verwenden</translation>
    </message>
    <message>
        <source>Choose another</source>
        <translation>Eine andere wählen</translation>
    </message>
</context>
<context>
    <name>NewPassphraseStep</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Eine neue Passphrase wählen</translation>
    </message>
    <message>
        <source>Your recovery key worked. Choose a new passphrase to use from now on. Your recovery key stays the same.</source>
        <translation>Ihr Wiederherstellungsschlüssel hat funktioniert. Wählen Sie eine neue Passphrase für die Zukunft. Ihr Wiederherstellungsschlüssel bleibt derselbe.</translation>
    </message>
    <message>
        <source>Save and open</source>
        <translation>Speichern und öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>Neuer Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>Einen neuen Wiederherstellungsschlüssel erstellen</translation>
    </message>
    <message>
        <source>Do this if your recovery key may have been seen by someone else, or you have lost it. Reflect shows you the new key first; your old key stops working only once you have kept the new one. Your passphrase stays the same.</source>
        <translation>Tun Sie das, wenn jemand anderes Ihren Wiederherstellungsschlüssel gesehen haben könnte oder wenn Sie ihn verloren haben. Reflect zeigt Ihnen zuerst den neuen Schlüssel; der alte hört erst auf zu funktionieren, wenn Sie den neuen aufbewahrt haben. Ihre Passphrase bleibt dieselbe.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Ihre Passphrase</translation>
    </message>
    <message>
        <source>Making a new recovery key</source>
        <translation>Neuer Wiederherstellungsschlüssel wird erstellt</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>Einen neuen Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>Ihr neuer Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Keep this key somewhere safe and private, then choose “Use this key”. Until then nothing has changed and your old recovery key still works.</source>
        <translation>Bewahren Sie diesen Schlüssel an einem sicheren, privaten Ort auf und wählen Sie dann „Diesen Schlüssel verwenden“. Bis dahin hat sich nichts geändert, und Ihr alter Wiederherstellungsschlüssel funktioniert weiter.</translation>
    </message>
    <message>
        <source>Switching to the new key</source>
        <translation>Wechsel zum neuen Schlüssel</translation>
    </message>
    <message>
        <source>Keep my old key</source>
        <translation>Meinen alten Schlüssel behalten</translation>
    </message>
    <message>
        <source>Use this key</source>
        <translation>Diesen Schlüssel verwenden</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Geben Sie zuerst Ihre Passphrase ein.</translation>
    </message>
    <message>
        <source>That isn&apos;t your passphrase. Nothing was changed.</source>
        <translation>Das ist nicht Ihre Passphrase. Nichts wurde verändert.</translation>
    </message>
    <message>
        <source>{0} Keep the new key you wrote down anyway: Reflect asks about it again the next time you unlock, and your old key works until then.</source>
        <translation>{0} Bewahren Sie den neuen Schlüssel, den Sie aufgeschrieben haben, trotzdem auf: Reflect fragt beim nächsten Entsperren wieder danach, und Ihr alter Schlüssel funktioniert bis dahin.</translation>
    </message>
    <message>
        <source>New recovery key in use</source>
        <translation>Neuer Wiederherstellungsschlüssel in Gebrauch</translation>
    </message>
    <message>
        <source>Your journal now uses the new recovery key you kept. The old one no longer opens it. Your passphrase is unchanged.</source>
        <translation>Ihr Tagebuch verwendet jetzt den neuen Wiederherstellungsschlüssel, den Sie aufbewahrt haben. Der alte öffnet es nicht mehr. Ihre Passphrase ist unverändert.</translation>
    </message>
    <message>
        <source>Your journal now has a new key and uses the new recovery key you kept. Your old passphrase and old recovery key no longer open it, not even with an old copy of the key file.</source>
        <translation>Ihr Tagebuch hat jetzt einen neuen Schlüssel und verwendet den neuen Wiederherstellungsschlüssel, den Sie aufbewahrt haben. Ihre alte Passphrase und Ihr alter Wiederherstellungsschlüssel öffnen es nicht mehr, auch nicht mit einer alten Kopie der Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Keep the journal&apos;s old key?</source>
        <translation>Den alten Schlüssel des Tagebuchs behalten?</translation>
    </message>
    <message>
        <source>Your new passphrase is in place. But a copy of your journal&apos;s key file from before (in an old backup, say) still opens the journal with the old passphrase until the journal has a new key. You can do this later in Settings &gt; New recovery key.</source>
        <translation>Ihre neue Passphrase gilt. Aber eine Kopie der Schlüsseldatei von vorher (etwa in einer alten Sicherung) öffnet das Tagebuch weiter mit der alten Passphrase, bis das Tagebuch einen neuen Schlüssel hat. Sie können das später unter Einstellungen &gt; Neuer Wiederherstellungsschlüssel nachholen.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Close without keeping the new key?</source>
        <translation>Schließen, ohne den neuen Schlüssel aufzubewahren?</translation>
    </message>
    <message>
        <source>Your old recovery key no longer works. If you close now without keeping the new one, you will have no way back into your journal if you forget your passphrase.</source>
        <translation>Ihr alter Wiederherstellungsschlüssel funktioniert nicht mehr. Wenn Sie jetzt schließen, ohne den neuen aufzubewahren, haben Sie keinen Weg zurück in Ihr Tagebuch, falls Sie Ihre Passphrase vergessen.</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Trotzdem schließen</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show passphrase</source>
        <translation>Passphrase zeigen</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Passphrase verbergen</translation>
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
        <translation>Ihr Tagebuch ist gesperrt.</translation>
    </message>
    <message>
        <source>This is the journal in the folder “{0}”.</source>
        <translation>Das ist das Tagebuch im Ordner „{0}“.</translation>
    </message>
    <message>
        <source>This is a demo journal with made-up entries. Its passphrase is: {0}</source>
        <translation>Das ist ein Demo-Tagebuch mit erfundenen Einträgen. Seine Passphrase lautet: {0}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Aus einer Sicherung wiederherstellen …</translation>
    </message>
    <message>
        <source>Forgot your passphrase?</source>
        <translation>Passphrase vergessen?</translation>
    </message>
    <message>
        <source>Your journal is encrypted with your passphrase, and nobody, including the makers of Reflect, can open it without that passphrase or your recovery key. There is no reset by email and no back door.

If you kept your recovery key (on paper, as a PDF, or in a password manager), choose “Use recovery key” and then pick a new passphrase.

If you have neither, the journal cannot be opened. Keep the folder in case the passphrase comes back to you: it often does after a night&apos;s sleep.</source>
        <translation>Ihr Tagebuch ist mit Ihrer Passphrase verschlüsselt, und niemand, auch nicht die Macher von Reflect, kann es ohne diese Passphrase oder Ihren Wiederherstellungsschlüssel öffnen. Es gibt kein Zurücksetzen per E-Mail und keine Hintertür.

Wenn Sie Ihren Wiederherstellungsschlüssel aufbewahrt haben (auf Papier, als PDF oder in einem Passwortmanager), wählen Sie „Wiederherstellungsschlüssel verwenden“ und dann eine neue Passphrase.

Wenn Sie keins von beiden haben, lässt sich das Tagebuch nicht öffnen. Behalten Sie den Ordner, falls Ihnen die Passphrase wieder einfällt: Nach einer Nacht Schlaf passiert das oft.</translation>
    </message>
    <message>
        <source>Use recovery key</source>
        <translation>Wiederherstellungsschlüssel verwenden</translation>
    </message>
    <message>
        <source>Forgot passphrase?</source>
        <translation>Passphrase vergessen?</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <source>Support and crisis lines</source>
        <translation>Hilfsangebote und Krisennummern</translation>
    </message>
    <message>
        <source>Crisis lines and your own contacts, without unlocking</source>
        <translation>Krisennummern und Ihre eigenen Kontakte, ohne Entsperren</translation>
    </message>
    <message>
        <source>Open another journal…</source>
        <translation>Ein anderes Tagebuch öffnen …</translation>
    </message>
    <message>
        <source>Back to my usual journal</source>
        <translation>Zurück zu meinem gewohnten Tagebuch</translation>
    </message>
</context>
<context>
    <name>PdfWords</name>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Seite {number} von {total}</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern …</translation>
    </message>
    <message>
        <source>I have kept my recovery key somewhere safe</source>
        <translation>Ich habe meinen Wiederherstellungsschlüssel sicher aufbewahrt</translation>
    </message>
    <message>
        <source>This recovery key opens your Reflect journal if you forget your passphrase. Anyone who has it can read your journal, so keep it as carefully as a house key: on paper in a safe place, or in a password manager.</source>
        <translation>Dieser Wiederherstellungsschlüssel öffnet Ihr Reflect-Tagebuch, wenn Sie Ihre Passphrase vergessen. Wer ihn hat, kann Ihr Tagebuch lesen, also bewahren Sie ihn so sorgfältig auf wie einen Hausschlüssel: auf Papier an einem sicheren Ort oder in einem Passwortmanager.</translation>
    </message>
    <message>
        <source>To use it, open Reflect, choose “Use recovery key” on the unlock screen, type the key (the dashes and spaces do not matter), then choose a new passphrase.</source>
        <translation>So verwenden Sie ihn: Öffnen Sie Reflect, wählen Sie auf der Entsperrseite „Wiederherstellungsschlüssel verwenden“, tippen Sie den Schlüssel ein (Bindestriche und Leerzeichen spielen keine Rolle) und wählen Sie dann eine neue Passphrase.</translation>
    </message>
    <message>
        <source>If you make a new recovery key later in Settings, this one stops working.</source>
        <translation>Wenn Sie später in den Einstellungen einen neuen Wiederherstellungsschlüssel erstellen, funktioniert dieser nicht mehr.</translation>
    </message>
    <message>
        <source>Copied. Paste it into your password manager now: Reflect clears the clipboard in one minute, and when it locks.</source>
        <translation>Kopiert. Fügen Sie ihn jetzt in Ihren Passwortmanager ein: Reflect leert die Zwischenablage in einer Minute und beim Sperren.</translation>
    </message>
    <message>
        <source>Reflect recovery key</source>
        <translation>Reflect-Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Save recovery key as PDF</source>
        <translation>Wiederherstellungsschlüssel als PDF speichern</translation>
    </message>
    <message>
        <source>reflect-recovery-key.pdf</source>
        <translation>reflect-wiederherstellungsschluessel.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the PDF</source>
        <translation>Das PDF konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Reflect could not write that file ({reason}). Try another folder.</source>
        <translation>Reflect konnte diese Datei nicht schreiben ({reason}). Versuchen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Gespeichert in {path}.</translation>
    </message>
</context>
<context>
    <name>RecoveryStep</name>
    <message>
        <source>Open with your recovery key</source>
        <translation>Mit Ihrem Wiederherstellungsschlüssel öffnen</translation>
    </message>
    <message>
        <source>Type the recovery key you printed or saved when you set up Reflect. Dashes, spaces and capital letters do not matter. Afterwards you will choose a new passphrase.</source>
        <translation>Tippen Sie den Wiederherstellungsschlüssel ein, den Sie beim Einrichten von Reflect ausgedruckt oder gespeichert haben. Bindestriche, Leerzeichen und Großbuchstaben spielen keine Rolle. Danach wählen Sie eine neue Passphrase.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Open journal</source>
        <translation>Tagebuch öffnen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open this reminder</source>
        <translation>Diese Erinnerung öffnen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Remind me again later</source>
        <translation>Später noch einmal erinnern</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss this reminder</source>
        <translation>Diese Erinnerung schließen</translation>
    </message>
    <message>
        <source>See them</source>
        <translation>Ansehen</translation>
    </message>
</context>
<context>
    <name>ReminderEditor</name>
    <message>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Add or change a reminder</source>
        <translation>Eine Erinnerung hinzufügen oder ändern</translation>
    </message>
    <message>
        <source>Unlock Reflect to add or read a private note</source>
        <translation>Entsperren Sie Reflect, um eine private Notiz hinzuzufügen oder zu lesen</translation>
    </message>
    <message>
        <source>Only you see this, after unlocking</source>
        <translation>Nur Sie sehen das, nach dem Entsperren</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Wählen Sie mindestens einen Tag.</translation>
    </message>
    <message>
        <source>That time has already passed. Choose a later date or time.</source>
        <translation>Diese Zeit ist schon vorbei. Wählen Sie ein späteres Datum oder eine spätere Uhrzeit.</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsPanel</name>
    <message>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Reminders not saved</source>
        <translation>Erinnerungen nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Delete this reminder?</source>
        <translation>Diese Erinnerung löschen?</translation>
    </message>
    <message>
        <source>It will not come back. Anything you wrote in your journal stays as it is.</source>
        <translation>Sie kommt nicht wieder. Alles, was Sie in Ihr Tagebuch geschrieben haben, bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Delete reminder</source>
        <translation>Erinnerung löschen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Reminders not saved</source>
        <translation>Erinnerungen nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>RemindersWiring</name>
    <message>
        <source>&amp;Reminders...</source>
        <translation>&amp;Erinnerungen …</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Ihre Notiz</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>If you already used Reflect, on this computer or another, choose one of its backup files (they end in .reflectbackup). Reflect checks the whole backup before it puts anything in place.</source>
        <translation>Wenn Sie Reflect schon verwendet haben, auf diesem oder einem anderen Computer, wählen Sie eine seiner Sicherungsdateien (sie enden auf .reflectbackup). Reflect prüft die ganze Sicherung, bevor es etwas an seinen Platz setzt.</translation>
    </message>
    <message>
        <source>Choose a backup file…</source>
        <translation>Eine Sicherungsdatei wählen …</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Eine Sicherungsdatei wählen</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase or your recovery key</source>
        <translation>Die Passphrase der Sicherung oder Ihr Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>Passphrase oder Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Sicherung wird geprüft</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Support and crisis lines</source>
        <translation>Hilfsangebote und Krisennummern</translation>
    </message>
    <message>
        <source>Choose a Reflect backup</source>
        <translation>Eine Reflect-Sicherung wählen</translation>
    </message>
    <message>
        <source>Backup made on {0}. Type the passphrase you used then, or your recovery key.</source>
        <translation>Sicherung vom {0}. Tippen Sie die Passphrase ein, die Sie damals hatten, oder Ihren Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>That doesn&apos;t open this backup. A backup opens with the passphrase you had when it was made, or with your recovery key. Nothing was changed.</source>
        <translation>Das öffnet diese Sicherung nicht. Eine Sicherung öffnet sich mit der Passphrase, die Sie bei ihrer Erstellung hatten, oder mit Ihrem Wiederherstellungsschlüssel. Nichts wurde verändert.</translation>
    </message>
    <message>
        <source>Reflect hit an internal problem. Nothing was changed.</source>
        <translation>Reflect hatte ein internes Problem. Nichts wurde verändert.</translation>
    </message>
</context>
<context>
    <name>ReviewList</name>
    <message>
        <source>Possible identifiers to review</source>
        <translation>Mögliche identifizierende Angaben zum Prüfen</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Titel des Dokuments</translation>
    </message>
    <message>
        <source>{0}, entry title</source>
        <translation>{0}, Titel des Eintrags</translation>
    </message>
    <message>
        <source>  (and 1 more place)</source>
        <translation>  (und 1 weitere Stelle)</translation>
    </message>
    <message>
        <source>  (and {0} more places)</source>
        <translation>  (und {0} weitere Stellen)</translation>
    </message>
    <message>
        <source>Ticked: hidden in the export. Unticked: shown as written.</source>
        <translation>Angekreuzt: im Export verborgen. Nicht angekreuzt: wie geschrieben gezeigt.</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Verborgen</translation>
    </message>
    <message>
        <source>Shown as written</source>
        <translation>Wie geschrieben gezeigt</translation>
    </message>
    <message>
        <source>{state}: “{text}”</source>
        <translation>{state}: „{text}“</translation>
    </message>
</context>
<context>
    <name>SafePreview</name>
    <message>
        <source>Preparing the preview…</source>
        <extracomment>Entries longer than this are rendered on a worker thread (a long entry can take a second or two), with a short note in the preview meanwhile.</extracomment>
        <translation>Vorschau wird vorbereitet …</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Nach so vielen Minuten ohne Aktivität sperren</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>Sperren, wenn das Fenster minimiert wird</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation>Sperren nach Inaktivität von</translation>
    </message>
    <message>
        <source>Reflect also locks when you press Ctrl+L, when you press Ctrl+Shift+H to hide it, and when your computer locks or sleeps (where the system tells Reflect).</source>
        <translation>Reflect sperrt auch, wenn Sie Strg+L drücken, wenn Sie es mit Strg+Umschalt+H verbergen und wenn Ihr Computer sich sperrt oder in den Ruhezustand geht (wo das System es Reflect mitteilt).</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Writing font</source>
        <translation>Schrift zum Schreiben</translation>
    </message>
    <message>
        <source>Writing font size</source>
        <translation>Schriftgröße zum Schreiben</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Reflect speaks it from the next time it starts.</source>
        <translation>Reflect verwendet sie ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Underline misspelled words as I write</source>
        <translation>Falsch geschriebene Wörter beim Schreiben unterstreichen</translation>
    </message>
    <message>
        <source>My words…</source>
        <translation>Meine Wörter …</translation>
    </message>
    <message>
        <source>My words</source>
        <translation>Meine Wörter</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Rechtschreibung</translation>
    </message>
    <message>
        <source>English, with UK and US spellings and clinical words. Press F7 for the next mistake; right-click a word for suggestions.</source>
        <translation>Englisch, mit britischer und amerikanischer Schreibweise und klinischen Wörtern. F7 führt zum nächsten Fehler; ein Rechtsklick auf ein Wort zeigt Vorschläge. Deutsche Texte prüft Reflect noch nicht.</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Passphrase ändern …</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>New recovery key…</source>
        <translation>Neuer Wiederherstellungsschlüssel …</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Neuer Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Passphrase and recovery key</source>
        <translation>Passphrase und Wiederherstellungsschlüssel</translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <source>About Reflect</source>
        <translation>Über Reflect</translation>
    </message>
    <message>
        <source>Reflect</source>
        <translation>Reflect</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Leitfaden</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
</context>
<context>
    <name>SpellingAssistant</name>
    <message>
        <source>Check &amp;spelling</source>
        <translation>&amp;Rechtschreibung prüfen</translation>
    </message>
    <message>
        <source>&amp;Next spelling mistake</source>
        <translation>&amp;Nächster Rechtschreibfehler</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <source>Add “{word}” to my words</source>
        <translation>„{word}“ zu meinen Wörtern hinzufügen</translation>
    </message>
    <message>
        <source>No spelling mistakes found.</source>
        <translation>Keine Rechtschreibfehler gefunden.</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>Four or five unrelated words make a passphrase that is strong and easy to remember.</source>
        <translation>Vier oder fünf Wörter, die nichts miteinander zu tun haben, ergeben eine Passphrase, die stark und leicht zu merken ist.</translation>
    </message>
    <message>
        <source>Weak. Another word or two would make it much harder to guess.</source>
        <translation>Schwach. Ein oder zwei weitere Wörter würden sie viel schwerer zu erraten machen.</translation>
    </message>
    <message>
        <source>Fair. One more word would make it stronger.</source>
        <translation>Mittel. Ein weiteres Wort würde sie stärker machen.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation>Sehr stark.</translation>
    </message>
</context>
<context>
    <name>SyncWiring</name>
    <message>
        <source>&amp;Merge a backup…</source>
        <translation>Sicherung &amp;zusammenführen …</translation>
    </message>
    <message>
        <source>A file in your sync folder was skipped. Settings &gt; Two computers says which, and why.</source>
        <translation>Eine Datei in Ihrem Sync-Ordner wurde übersprungen. Einstellungen &gt; Zwei Computer sagt, welche und warum.</translation>
    </message>
    <message>
        <source>Not in step with your other computer: {0}</source>
        <translation>Nicht im Gleichstand mit Ihrem anderen Computer: {0}</translation>
    </message>
    <message>
        <source>Choose the folder to keep in step</source>
        <translation>Den abzugleichenden Ordner wählen</translation>
    </message>
    <message>
        <source>Choose another folder</source>
        <translation>Einen anderen Ordner wählen</translation>
    </message>
</context>
<context>
    <name>TagsField</name>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Words to find this entry by later, such as sleep or review</source>
        <translation>Wörter, mit denen Sie diesen Eintrag später finden, etwa Schlaf oder Fallbesprechung</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Stop</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>“%1” is not a time Reflect can read. Type it as hours and minutes, for example 21:30 or 9:30 pm.</source>
        <translation>„%1“ ist keine Uhrzeit, die Reflect lesen kann. Geben Sie Stunden und Minuten ein, zum Beispiel 21:30.</translation>
    </message>
</context>
<context>
    <name>TwoComputersGroup</name>
    <message>
        <source>Two computers</source>
        <translation>Zwei Computer</translation>
    </message>
    <message>
        <source>Write on two computers and keep one journal, through a folder your own sync tool keeps in step. Help (F1) says how.</source>
        <translation>Schreiben Sie auf zwei Computern und behalten Sie ein Tagebuch, über einen Ordner, den Ihr eigenes Sync-Programm abgleicht. Die Hilfe (F1) erklärt, wie.</translation>
    </message>
    <message>
        <source>Keep in step through a folder…</source>
        <translation>Über einen Ordner abgleichen …</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Stop keeping in step</source>
        <translation>Abgleich beenden</translation>
    </message>
    <message>
        <source>Folder: {0}</source>
        <translation>Ordner: {0}</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Anderen Ordner wählen …</translation>
    </message>
    <message>
        <source>This journal is not kept in step with another computer.</source>
        <translation>Dieses Tagebuch wird mit keinem anderen Computer abgeglichen.</translation>
    </message>
    <message>
        <source>Not in step: {0}</source>
        <translation>Nicht im Gleichstand: {0}</translation>
    </message>
    <message>
        <source>Getting in step…</source>
        <translation>Wird abgeglichen …</translation>
    </message>
    <message>
        <source>Not in step yet.</source>
        <translation>Noch nicht im Gleichstand.</translation>
    </message>
    <message>
        <source>No other computer has written to this folder yet. Set Reflect up there with the same folder; your sync tool brings its file here.</source>
        <translation>Noch hat kein anderer Computer in diesen Ordner geschrieben. Richten Sie Reflect dort mit demselben Ordner ein; Ihr Sync-Programm bringt dessen Datei hierher.</translation>
    </message>
    <message numerus="yes">
        <source>In step with %n other computer(s).</source>
        <translation>
            <numerusform>Im Gleichstand mit %n anderen Computer.</numerusform>
            <numerusform>Im Gleichstand mit %n anderen Computern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced just now.</source>
        <translation>Zuletzt abgeglichen: gerade eben.</translation>
    </message>
    <message numerus="yes">
        <source>Last synced %n minute(s) ago.</source>
        <translation>
            <numerusform>Zuletzt abgeglichen vor %n Minute.</numerusform>
            <numerusform>Zuletzt abgeglichen vor %n Minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced {0}.</source>
        <translation>Zuletzt abgeglichen: {0}.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Choose the folder of a Reflect journal</source>
        <translation>Den Ordner eines Reflect-Tagebuchs wählen</translation>
    </message>
    <message>
        <source>That folder doesn&apos;t hold a Reflect journal. Choose the folder that contains vault.json, for example one restored from a backup.</source>
        <translation>Dieser Ordner enthält kein Reflect-Tagebuch. Wählen Sie den Ordner, der vault.json enthält, zum Beispiel einen aus einer Sicherung wiederhergestellten.</translation>
    </message>
    <message>
        <source>Type your passphrase, then press Enter.</source>
        <translation>Tippen Sie Ihre Passphrase ein und drücken Sie dann die Eingabetaste.</translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation>Ihr Tagebuch wird geöffnet …</translation>
    </message>
    <message>
        <source>That passphrase didn&apos;t open this journal. Check Caps Lock and try again, or use your recovery key.</source>
        <translation>Diese Passphrase hat das Tagebuch nicht geöffnet. Prüfen Sie die Feststelltaste und versuchen Sie es noch einmal, oder verwenden Sie Ihren Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>Choose a Reflect backup</source>
        <translation>Eine Reflect-Sicherung wählen</translation>
    </message>
    <message>
        <source>Reflect backups (*.reflectbackup)</source>
        <translation>Reflect-Sicherungen (*.reflectbackup)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Sicherung wird geprüft …</translation>
    </message>
    <message>
        <source>Your journal is back</source>
        <translation>Ihr Tagebuch ist wieder da</translation>
    </message>
    <message>
        <source>Reflect restored your journal from the backup. The damaged copy was kept in {0}; you can delete it once you are sure nothing is missing.</source>
        <translation>Reflect hat Ihr Tagebuch aus der Sicherung wiederhergestellt. Die beschädigte Kopie liegt in {0}; Sie können sie löschen, sobald Sie sicher sind, dass nichts fehlt.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this backup. A backup opens with the passphrase you had when it was made. Nothing was changed.</source>
        <translation>Diese Passphrase öffnet diese Sicherung nicht. Eine Sicherung öffnet sich mit der Passphrase, die Sie bei ihrer Erstellung hatten. Nichts wurde verändert.</translation>
    </message>
    <message>
        <source>Type your recovery key first.</source>
        <translation>Geben Sie zuerst Ihren Wiederherstellungsschlüssel ein.</translation>
    </message>
    <message>
        <source>Saving your new passphrase…</source>
        <translation>Ihre neue Passphrase wird gespeichert …</translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message numerus="yes">
        <source>%n reminder(s) could not be read and were left out. The file as it was is kept in {0} as reminders.json.unreadable.</source>
        <translation>
            <numerusform>%n Erinnerung konnte nicht gelesen werden und wurde weggelassen. Die Datei ist, wie sie war, in {0} als reminders.json.unreadable aufbewahrt.</numerusform>
            <numerusform>%n Erinnerungen konnten nicht gelesen werden und wurden weggelassen. Die Datei ist, wie sie war, in {0} als reminders.json.unreadable aufbewahrt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Reflect was switching your journal to a new recovery key when it stopped, and it has now finished. This is your new key: keep it somewhere safe and private. Your old recovery key no longer works.</source>
        <translation>Reflect war dabei, Ihr Tagebuch auf einen neuen Wiederherstellungsschlüssel umzustellen, als es unterbrochen wurde, und hat das jetzt abgeschlossen. Das ist Ihr neuer Schlüssel: Bewahren Sie ihn an einem sicheren, privaten Ort auf. Ihr alter Wiederherstellungsschlüssel funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Reflect was switching your journal to a new recovery key when it stopped. Nothing is lost, and your old recovery key still works. This is the new key it was setting up: keep it, then choose “Use this key”; or keep using your old one.</source>
        <translation>Reflect war dabei, Ihr Tagebuch auf einen neuen Wiederherstellungsschlüssel umzustellen, als es unterbrochen wurde. Nichts ist verloren, und Ihr alter Wiederherstellungsschlüssel funktioniert noch. Das ist der neue Schlüssel, den es einrichten wollte: Bewahren Sie ihn auf und wählen Sie dann „Diesen Schlüssel verwenden“, oder verwenden Sie weiter Ihren alten.</translation>
    </message>
    <message>
        <source>Your passphrase is changed. To shut out your old passphrase completely, Reflect will also give your journal a new key, and with it this new recovery key. Keep it somewhere safe and private, then choose “Use this key”. Your old recovery key stops working then.</source>
        <translation>Ihre Passphrase ist geändert. Um Ihre alte Passphrase ganz auszuschließen, gibt Reflect Ihrem Tagebuch auch einen neuen Schlüssel und damit diesen neuen Wiederherstellungsschlüssel. Bewahren Sie ihn an einem sicheren, privaten Ort auf und wählen Sie dann „Diesen Schlüssel verwenden“. Ihr alter Wiederherstellungsschlüssel funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <source>In 10 minutes</source>
        <translation>In 10 Minuten</translation>
    </message>
    <message>
        <source>In an hour</source>
        <translation>In einer Stunde</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Morgen früh</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Print recovery key</source>
        <translation>Wiederherstellungsschlüssel drucken</translation>
    </message>
</context>
</TS>
