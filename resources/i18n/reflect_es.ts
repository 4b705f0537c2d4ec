<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Choose a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters. A few unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is among the most used passwords or words, so it would be guessed at once. Try four or five unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a keyboard pattern, a repeat or a sequence, so it would be guessed at once. Try four or five unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That looks like a date, which is quick to guess. Try four or five unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That would be guessed quickly. Try four or five unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggered today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did you sleep last night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words, if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week&apos;s questions (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two short questions about mood and worry (PHQ-2 and GAD-2) are left out in this language: Reflect asks them only in a validated published translation, and none is included yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support around you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for checking in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to a short check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood (PHQ-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worry (GAD-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prompt to steady yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prompt for reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prompt about kindness to yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prompt about forgiving yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prompt about the system around you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prompt for a review or investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prompt about moving forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prompt about reaching out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check in...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Triggered today...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New event...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins over &amp;time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you will see this. A short private name is enough: something you will recognise, without patient names or details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The night shift in March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. How you felt, what it meant to you. Leave the clinical facts for the incident report and your adviser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where I am today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The way so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you wrote about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries about this event, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for a therapist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It happened on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not said where you are with it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today you are at stage %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written about it yet. “New entry about it” starts one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 of %2; the entry list shows them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up reminders. Reminders (Journal menu) can add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused, or already past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You started this on %1. Your answers were kept; you can carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built on published research and practice. Help lists the sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start: how distressed are you right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to keep this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers become one entry in your journal, a heading for each step. Steps you left empty are left out. You can edit the entry later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written yet, so there is nothing to save. Go back to add a few words, or close: nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and finish later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write as much or as little as you like. You can skip this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey since %1: stages %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey: no stage chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you say where you are today, it shows here with the date. Moving back and forth between stages is common.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(came back; that happens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2   ·   %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How distressed are you right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About which event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No particular event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prompt, if you want one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prompt, just write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new prompt today: you have answered the ones that fit in the last two weeks. Just write, or come back another day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you are today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open its page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common thoughts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What tends to help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts for this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write with this prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is where I am today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an event first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where are you? Choose your country to see lines you can call there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone to talk to, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A moment for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People you can reach now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People you chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You haven&apos;t written a safety plan yet. When you feel steadier, “Write a safety plan” below takes you through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your safety plan is in your journal. Unlock it to read the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in immediate danger, call your local emergency number now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in immediate danger: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers this week suggest that %1 has been heavy on many days. That is common after something hard at work, and it is not a diagnosis. It is a good moment to talk with someone: a colleague you trust, your doctor, or one of the lines below. If you ever think about ending your life, call one of them now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number last checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone I can turn to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peer supporter, therapist, chief, a friend...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who they are to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone or how to reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support lines and people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your journal to see the people you added here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines you can call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one added yet. A peer supporter, a friend, your EAP...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 or more: worth talking to someone about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashed lines mark the days you said where you were with an event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which check-ins to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as a chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins here yet. A check-in takes half a minute; over time this shows how your days have been.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distress over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of %1; Show as a table gives the same numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 check-ins on %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One check-in so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distress (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep (0–4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-2, mood (0–6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAD-2, worry (0–6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support: {name} (0–4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggered that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private — prepared for my therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections to talk through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where I was, over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stage choices recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: Stage {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage {number}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some people find it helps to return to an event after a little time has passed. Would you like a reminder? It shows only a general line of text; clicking it opens this event once Reflect is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date for {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Reflect</source>
        <extracomment>The rule id ``activated`` carries for the &quot;while you were away&quot; summary.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Reflect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the days I choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a check-in when I click it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip it if I&apos;ve already written that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip if I already wrote today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow this computer&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification only ever shows the words you chose above, never a note or anything you wrote. A private note stays inside your locked journal and appears after you unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold reminders between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder that falls in quiet hours waits until they end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Reflect when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect starts locked and quiet, so reminders can arrive on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders show only a short, general line such as “Time for a few quiet minutes”, never anything you wrote. They arrive even while Reflect is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders yet. A daily one at a time that suits you is a gentle place to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekdays at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every {day} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once, {date} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to follow up on an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (snoozed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · skipped on days you&apos;ve written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This happened very recently. The first hours are often stage 1, chaos and shock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trigger can bring the replaying back for a while. Stage 2 may fit today, and that is not going backwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect hit an internal problem. Nothing you wrote was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect could not open this journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase didn&apos;t open this journal. Check Caps Lock and try again, or use your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key didn&apos;t open this journal. Check each group of characters against your printed copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery key has 64 characters (digits 0-9 and letters A-F), usually written in 8 groups. Check that nothing is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal&apos;s files look damaged, so Reflect did not change anything. Restore your most recent backup, or open the journal with your recovery key. Keep the damaged folder: do not delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal was made by a newer Reflect. Install the latest version of Reflect to open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal is already open in another Reflect window. Close that window first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Reflect journal in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder already holds files, so Reflect will not create a journal here. Choose an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect can open this journal only from a folder it can write to, and this one is read-only. Copy the whole journal folder to a folder of yours (or check its permissions) and open it from there; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is locked. Unlock it to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect could not save because the disk is full or cannot be written to. Free some space; what you wrote is still on screen and will be saved when space is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That value isn&apos;t one Reflect can accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stage is a number from 1 to 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is a whole number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That event no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the event a short private title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a single word can be added to your words. Choose one word, without spaces, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your words already number {count:,}, the most Reflect keeps. Remove some in Settings, under Spelling, then add this one again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file isn&apos;t a Reflect backup. Backups end in .reflectbackup; choose another file. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is damaged (it may have been copied only in part), so Reflect did not use it. Nothing was changed. Try an older backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made by a newer Reflect. Install the latest version of Reflect to restore it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect is still changing this journal&apos;s key. Try the backup again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new passphrase for this journal first; then Reflect can back it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect could not read this file ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder already holds files. Choose an empty folder for the restored journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a normal folder for the restored journal, not a shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key doesn&apos;t open this backup. It may belong to another journal, or the key was changed after this backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder already holds files. Choose a new, empty folder for the Markdown copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match what you chose. Try a wider date range or other tags.</source>
        <extracomment>``ReviewItem.entry_id`` for findings in the document title itself.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect could not read this file, so nothing was imported. Check that it is an export from jrnl, Day One or Reflect, or a folder of Markdown files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a shortcut (symbolic link); choose the file it points to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This isn&apos;t a file Reflect can import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is larger than Reflect can import at once ({size} MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder id must be a uuid.</source>
        <extracomment>Everything a notifier is ever allowed to display.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event id must be a uuid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown reminder wording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one day for the reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date for the reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up needs an event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder times must carry a zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Did you mean {meant}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group {number} has “{ch}”, which is never in a recovery key: keys use only the digits 0-9 and the letters A-F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key has “{ch}”, which is never in a recovery key: keys use only the digits 0-9 and the letters A-F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group {number} has {count} characters; each group has {size}. Check that group against your printout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This has {count} of the {expected} characters of a recovery key. Check that nothing is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This has {count} characters; a recovery key has {expected}. Check for a character typed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal&apos;s key file (vault.json) is missing. Your entries are still there: open the journal with your recovery key, then choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect could not read {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal&apos;s database file (journal.db) is missing. Restore it from a backup; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change the passphrase, enter the current one (or open the journal with the recovery key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal already uses the new recovery key; keep that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No weekly questions answered in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-2 (0–6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAD-2 (0–6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distress at each check-in, averaged per day (0 = calm, 10 = the worst it gets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect could not write to {folder}: the disk is full or the folder cannot be written to. Free some space or choose another folder; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect could not write to {folder} ({reason}). Nothing was changed; try another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Reflect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private journal for clinicians in the weeks and months after care goes wrong. Everything you write is encrypted on this computer, and Reflect never connects to the internet.

Reflect is free software: you can share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty. The Licence tab has the full text; the Third-party notices tab lists the work of others that Reflect is built on, with their licences.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal was restored from the backup. Unlock it with the passphrase you used when the backup was made, or with your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is one encrypted file. It opens only with your passphrase or your recovery key, so it is safe to keep on a USB stick or in a cloud folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up when I close Reflect (at most once a day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the most recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backups; older ones are removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase or recovery key for this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase when the backup was made, or recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore as a separate journal (keeps this one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the journal that is open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup saved as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect hit an internal problem. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t use this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made on {0}. Enter the passphrase you used then, or your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t replace from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore as a separate journal instead; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to put the restored journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored into {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is of a different journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup checked out, but it was made from another Reflect journal, not the one open now. Replacing puts that journal in place of yours, and nothing you wrote in this one stays in this folder. To keep both, choose “Restore as a separate journal” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with the other journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your journal with this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup checked out. Anything written since it was made will be gone from this journal. Reflect will lock the journal, put the backup in its place, and ask for the backup&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace my journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone may know my old passphrase: also give my journal a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a new key, a copy of your journal&apos;s key file from before the change (in an old backup, say) still opens your journal with the old passphrase. A new key shuts that out; you get a new recovery key with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your entries stay as they are; only the passphrase that opens them changes. Your recovery key keeps working, unless you also ask for a new key below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on, use your new passphrase to open your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That isn&apos;t your current passphrase. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnPage</name>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataExportDialog</name>
    <message>
        <source>Export all your entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These copies are not encrypted. Anyone who can open the file can read every entry. Save them only somewhere you trust, and delete them when you no longer need them. For a safe copy, use Backups instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand these files are not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as one JSON file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as one JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Markdown files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Markdown files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON keeps everything (entries, events, check-ins) and can be imported back into Reflect. Markdown gives one readable file per entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an unencrypted copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to put the Markdown files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln entry(s) to {0}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remember: this copy is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect hit an internal problem. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataWiring</name>
    <message>
        <source>Export for my &amp;therapist...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;all entries (not encrypted)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import entries...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made: {0} Your journal is safe. After unlocking, open Journal &gt; Backups to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the restored journal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is restored as a separate journal in “{0}”. Open it now? This journal locks first. On the unlock page, “Back to my usual journal” returns here, and so does the next start of Reflect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateChip</name>
    <message>
        <source>Search all dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all dates (take the dates out of the search)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorNotes</name>
    <message>
        <source>Open Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <source>Entry title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write whatever is on your mind. It stays on this computer, encrypted.

Feelings, what you noticed, what you need: no patient details are needed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this event&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryCalendar</name>
    <message>
        <source>Calendar: days in bold have entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of the month; bold days have entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {event}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListPanel</name>
    <message>
        <source>Search entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words, the start of a word with *, &quot;an exact phrase&quot; in quotes, and dates in plain words: since March, last week, in 2024, before 5 May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First {n} matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No entries match your search.

Try fewer words, or the start of a word followed by *.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries on these days.

Press × beside the dates to see all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written about this event yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries have this tag now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written yet.

When you are ready, just start typing on the right, or press Ctrl+N for a new entry. It stays on this computer, encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventSelector</name>
    <message>
        <source>Event this entry is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link this entry to an event, or leave it on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No particular event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportChoices</name>
    <message>
        <source>What to share</source>
        <extracomment>(format, menu label, file suffix, file-dialog filter)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries with tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries I pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a chart of my check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my stage timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…with the weekly questions (PHQ-2, GAD-2) and support ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the weekly questions too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title on the cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF password, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you set one, tell it to your therapist in person, not in the same email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always hide these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, places, a hospital: comma between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words here are hidden in every export, in any spelling or case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one item on the left to include it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for your therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to share. Reflect hides likely names, dates and numbers; check the highlighted ones before you save. Nothing is sent anywhere: you get one file to hand over yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: exactly what will be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ve checked them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always hide this word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what is hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chart of your check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your answers to the weekly questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your stage timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page 2 of the PDF: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect found nothing that looks like a name, date or number. Read the preview once more anyway: it cannot catch everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 possible identifier. Ticked, it is hidden; untick it to show it as written. Click it to see it in the preview{0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: not looked at yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} possible identifiers. Ticked ones are hidden; untick one to show it as written. Click each to see it in the preview: {1} still to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save without checking?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not looked at {0} of the highlighted items. They will be hidden, but Reflect can miss names and details. Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back and check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It needs the password to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not encrypted: keep it private and delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect hit an internal problem and saved nothing. Your entries are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterChoice</name>
    <message>
        <source>Open this event&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries of an event or with a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the entries of one event, or with one tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingByDate</name>
    <message>
        <source>Go to date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Support and crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Reflect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private, on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot send help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a journal from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand the caution about the law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase opens the journal. Choose one you can remember but others could not guess; a few unrelated words work well. Reflect cannot tell you your passphrase later, but the recovery key on the next screen can open your journal if you forget it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This takes a few seconds on purpose: the same slowness makes your passphrase very hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your journal. Nobody, including us, can recover it for you. Print it or write it down, and keep it somewhere safe and private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start writing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FocusMode</name>
    <message>
        <source>&amp;Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just write: hide everything but the entry (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus: press Esc or F11 to see everything again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Come back to this later?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up reminders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoToDateDialog</name>
    <message>
        <source>Go to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date to go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideWiring</name>
    <message>
        <source>Stage guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts and privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the journal (from any Reflect window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide at once: lock and minimise (from any window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete (in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected entry, after asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab  ·  Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between the list, the search and the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-2 and GAD-2: developed by Drs Spitzer, Williams, Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The support ratings use the dimension names of the Second Victim Experience and Support Tool (Burlison JD, et al. J Patient Saf 2017); they are prompts, not a scored SVEST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling: a misspelled word gets a wavy red line once you finish typing it. Right-click it for suggestions, or to add it to your words; F7 goes to the next one and Enter takes the first suggestion. UK and US spellings, drug names, anatomy and abbreviations such as ICU or RCA are known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words you add are kept inside your encrypted journal, never in a dictionary file. See or remove them in Settings, under Spelling; turn spelling off there or in View &gt; Check spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dotted line is different: it marks something that could identify someone. Hover over it to read why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus (F11, or View &gt; Focus) hides everything but the entry, in a column that is easy to read. Reflect keeps saving; Esc or F11 brings the rest back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding: the search box understands dates in plain words, with or without other words: since March, last week, in 2024, before 5 May, between March 3 and April 2. The days it understood show below it; × searches all dates again. Put words in quotes (&quot;last week&quot;) to search for them as words. The menu below chooses one event or one tag. Bold days on the calendar have entries; choose one, or press Ctrl+G, to go to that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event&apos;s page shows the way so far, what you wrote about it, its check-ins and reminders, with buttons to write, check in, start an exercise or export it. Open it from the stage guide, from the calendar button beside an entry&apos;s event, or from the list&apos;s menu (Event: ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you write is encrypted and stays on this computer. Reflect never connects to the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption protects the journal at rest. It cannot protect what is on the screen: on a computer your hospital or employer manages, monitoring software can record the screen and keystrokes of any app, Reflect included. Write on a personal computer you control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect saves as you type. There is no Save button to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A personal journal may not be legally protected. Write about what you felt and what you learned rather than a record of the case, and leave out names, dates of birth and record numbers. Reflect underlines text that looks like a patient detail, so you can decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the journal with Ctrl+L when you step away. If you forget your passphrase, only your recovery key can open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifierMarker</name>
    <message>
        <source>This looks like it could identify someone: a name, a date or a number. Consider leaving it out, or putting it in general terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may also be misspelled: right-click it for suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in entries from jrnl (its JSON export), Day One (its JSON export, zipped or not), a folder of Markdown files, or a Reflect export. Nothing changes until you choose Import, and importing the same file twice adds nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder of Markdown files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file or a folder to see what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first few entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import these entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder of Markdown files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in this file is already in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This has no entries to import ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0} from {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, written on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, written between {0} and {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of them are already in your journal and will be skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also {0} events and {1} check-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect can&apos;t import this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect hit an internal problem reading this. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing… You can keep this window open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported 1 entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {0} entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} were already in your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect hit an internal problem. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the journal now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock and minimise at once (Ctrl+Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry from {when} will be removed from this computer for good. This can&apos;t be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyWordsDialog</name>
    <message>
        <source>My words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No words yet. Right-click an underlined word in an entry and choose “Add to my words”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words you added are no longer underlined. They are kept inside your encrypted journal, not in a dictionary file on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases don&apos;t match yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases don&apos;t match. Type the same passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a weaker passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase could be guessed by someone with time and a fast computer. Another word or two would make it much stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseStep</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key worked. Choose a new passphrase to use from now on. Your recovery key stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do this if your recovery key may have been seen by someone else, or you have lost it. Reflect shows you the new key first; your old key stops working only once you have kept the new one. Your passphrase stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this key somewhere safe and private, then choose “Use this key”. Until then nothing has changed and your old recovery key still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching to the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my old key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That isn&apos;t your passphrase. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} Keep the new key you wrote down anyway: Reflect asks about it again the next time you unlock, and your old key works until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery key in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal now uses the new recovery key you kept. The old one no longer opens it. Your passphrase is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal now has a new key and uses the new recovery key you kept. Your old passphrase and old recovery key no longer open it, not even with an old copy of the key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the journal&apos;s old key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new passphrase is in place. But a copy of your journal&apos;s key file from before (in an old backup, say) still opens the journal with the old passphrase until the journal has a new key. You can do this later in Settings &gt; New recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without keeping the new key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your old recovery key no longer works. If you close now without keeping the new one, you will have no way back into your journal if you forget your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseStep</name>
    <message>
        <source>Reflect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the journal in the folder “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a demo journal with made-up entries. Its passphrase is: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot your passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is encrypted with your passphrase, and nobody, including the makers of Reflect, can open it without that passphrase or your recovery key. There is no reset by email and no back door.

If you kept your recovery key (on paper, as a PDF, or in a password manager), choose “Use recovery key” and then pick a new passphrase.

If you have neither, the journal cannot be opened. Keep the folder in case the passphrase comes back to you: it often does after a night&apos;s sleep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support and crisis lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis lines and your own contacts, without unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my usual journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfWords</name>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have kept my recovery key somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key opens your Reflect journal if you forget your passphrase. Anyone who has it can read your journal, so keep it as carefully as a house key: on paper in a safe place, or in a password manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To use it, open Reflect, choose “Use recovery key” on the unlock screen, type the key (the dashes and spaces do not matter), then choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you make a new recovery key later in Settings, this one stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it into your password manager now: Reflect clears the clipboard in one minute, and when it locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save recovery key as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect could not write that file ({reason}). Try another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryStep</name>
    <message>
        <source>Open with your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key you printed or saved when you set up Reflect. Dashes, spaces and capital letters do not matter. Afterwards you will choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderEditor</name>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or change a reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock Reflect to add or read a private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you see this, after unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time has already passed. Choose a later date or time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderSettingsPanel</name>
    <message>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this reminder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will not come back. Anything you wrote in your journal stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersWiring</name>
    <message>
        <source>&amp;Reminders...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you already used Reflect, on this computer or another, choose one of its backup files (they end in .reflectbackup). Reflect checks the whole backup before it puts anything in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase or your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the welcome page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Reflect backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made on {0}. Type the passphrase you used then, or your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That doesn&apos;t open this backup. A backup opens with the passphrase you had when it was made, or with your recovery key. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect hit an internal problem. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewList</name>
    <message>
        <source>Possible identifiers to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, entry title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (and 1 more place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (and {0} more places)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: hidden in the export. Unticked: shown as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafePreview</name>
    <message>
        <source>Preparing the preview…</source>
        <extracomment>Entries longer than this are rendered on a worker thread (a long entry can take a second or two), with a short note in the preview meanwhile.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect also locks when you press Ctrl+L, when you press Ctrl+Shift+H to hide it, and when your computer locks or sleeps (where the system tells Reflect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect speaks it from the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underline misspelled words as I write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English, with UK and US spellings and clinical words. Press F7 for the next mistake; right-click a word for suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase and recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <source>About Reflect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpellingAssistant</name>
    <message>
        <source>Check &amp;spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next spelling mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “{word}” to my words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spelling mistakes found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four or five unrelated words make a passphrase that is strong and easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak. Another word or two would make it much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair. One more word would make it stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagsField</name>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find this entry by later, such as sleep or review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time Reflect can read. Type it as hours and minutes, for example 21:30 or 9:30 pm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Choose the folder of a Reflect journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That folder doesn&apos;t hold a Reflect journal. Choose the folder that contains vault.json, for example one restored from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase didn&apos;t open this journal. Check Caps Lock and try again, or use your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Reflect backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect backups (*.reflectbackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect restored your journal from the backup. The damaged copy was kept in {0}; you can delete it once you are sure nothing is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this backup. A backup opens with the passphrase you had when it was made. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your recovery key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving your new passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message numerus="yes">
        <source>%n reminder(s) could not be read and were left out. The file as it was is kept in {0} as reminders.json.unreadable.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Reflect was switching your journal to a new recovery key when it stopped, and it has now finished. This is your new key: keep it somewhere safe and private. Your old recovery key no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect was switching your journal to a new recovery key when it stopped. Nothing is lost, and your old recovery key still works. This is the new key it was setting up: keep it, then choose “Use this key”; or keep using your old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase is changed. To shut out your old passphrase completely, Reflect will also give your journal a new key, and with it this new recovery key. Keep it somewhere safe and private, then choose “Use this key”. Your old recovery key stops working then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <source>In 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Print recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
