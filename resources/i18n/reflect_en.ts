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
