<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DataExportDialog</name>
    <message numerus="yes">
        <source>Saved %Ln entry(s) to {0}.</source>
        <translation>
            <numerusform>Saved %Ln entry to {0}.</numerusform>
            <numerusform>Saved %Ln entries to {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryListPanel</name>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeBackupDialog</name>
    <message numerus="yes">
        <source>add %n record(s)</source>
        <translation>
            <numerusform>add %n record</numerusform>
            <numerusform>add %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>change %n record(s)</source>
        <translation>
            <numerusform>change %n record</numerusform>
            <numerusform>change %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keep %n record(s) twice, both versions</source>
        <translation>
            <numerusform>keep %n record twice, both versions</numerusform>
            <numerusform>keep %n records twice, both versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete %n record(s) deleted there</source>
        <translation>
            <numerusform>delete %n record deleted there</numerusform>
            <numerusform>delete %n records deleted there</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfWords</name>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TwoComputersGroup</name>
    <message numerus="yes">
        <source>In step with %n other computer(s).</source>
        <translation>
            <numerusform>In step with %n other computer.</numerusform>
            <numerusform>In step with %n other computers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last synced %n minute(s) ago.</source>
        <translation>
            <numerusform>Last synced %n minute ago.</numerusform>
            <numerusform>Last synced %n minutes ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message numerus="yes">
        <source>%n reminder(s) could not be read and were left out. The file as it was is kept in {0} as reminders.json.unreadable.</source>
        <translation>
            <numerusform>One reminder could not be read and was left out. The file as it was is kept in {0} as reminders.json.unreadable.</numerusform>
            <numerusform>%n reminders could not be read and were left out. The file as it was is kept in {0} as reminders.json.unreadable.</numerusform>
        </translation>
    </message>
</context>
</TS>
