<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name />
    <message>
        <source>Choose a passphrase.</source>
        <translation>⟦Çhõõšé à pàššphràšé.······⟧</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters. A few unrelated words work well.</source>
        <translation>⟦Tõõ šhõrt: üšé àt léàšt %1 çhàràçtérš. Å féw üñrélàtéd wõrdš wõrk wéll.·····················⟧</translation>
    </message>
    <message>
        <source>That is among the most used passwords or words, so it would be guessed at once. Try four or five unrelated words.</source>
        <translation>⟦Thàt îš àmõñg thé mõšt üšéd pàššwõrdš õr wõrdš, šõ ît wõüld bé güéššéd àt õñçé. Trÿ fõür õr fîvé üñrélàtéd wõrdš.···································⟧</translation>
    </message>
    <message>
        <source>That is a keyboard pattern, a repeat or a sequence, so it would be guessed at once. Try four or five unrelated words.</source>
        <translation>⟦Thàt îš à kéÿbõàrd pàttérñ, à répéàt õr à šéqüéñçé, šõ ît wõüld bé güéššéd àt õñçé. Trÿ fõür õr fîvé üñrélàtéd wõrdš.····································⟧</translation>
    </message>
    <message>
        <source>That looks like a date, which is quick to guess. Try four or five unrelated words.</source>
        <translation>⟦Thàt lõõkš lîké à dàté, whîçh îš qüîçk tõ güéšš. Trÿ fõür õr fîvé üñrélàtéd wõrdš.·························⟧</translation>
    </message>
    <message>
        <source>That would be guessed quickly. Try four or five unrelated words.</source>
        <translation>⟦Thàt wõüld bé güéššéd qüîçklÿ. Trÿ fõür õr fîvé üñrélàtéd wõrdš.····················⟧</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>⟦Çhéçk îñ··⟧</translation>
    </message>
    <message>
        <source>Triggered today</source>
        <translation>⟦Trîggéréd tõdàÿ·····⟧</translation>
    </message>
    <message>
        <source>Check-in questions</source>
        <translation>⟦Çhéçk-îñ qüéštîõñš······⟧</translation>
    </message>
    <message>
        <source>How did you sleep last night</source>
        <translation>⟦Hõw dîd ÿõü šléép làšt ñîght·········⟧</translation>
    </message>
    <message>
        <source>No</source>
        <translation>⟦Ñõ··⟧</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>⟦Ÿéš··⟧</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>⟦Å ñõté··⟧</translation>
    </message>
    <message>
        <source>A few words, if you like</source>
        <translation>⟦Å féw wõrdš, îf ÿõü lîké·······⟧</translation>
    </message>
    <message>
        <source>About</source>
        <translation>⟦Åbõüt··⟧</translation>
    </message>
    <message>
        <source>This week's questions (optional)</source>
        <translation>⟦Thîš wéék'š qüéštîõñš (õptîõñàl)··········⟧</translation>
    </message>
    <message>
        <source>An optional weekly check: a few questions about how supported you feel. It is a prompt for reflection, not a test and not a diagnosis.</source>
        <translation>⟦Åñ õptîõñàl wééklÿ çhéçk: à féw qüéštîõñš àbõüt hõw šüppõrtéd ÿõü féél. Ît îš à prõmpt fõr réfléçtîõñ, ñõt à téšt àñd ñõt à dîàgñõšîš.··········································⟧</translation>
    </message>
    <message>
        <source>The two short questions about mood and worry (PHQ-2 and GAD-2) are left out in this language: Reflect asks them only in a validated published translation, and none is included yet.</source>
        <translation>⟦Thé twõ šhõrt qüéštîõñš àbõüt mõõd àñd wõrrÿ (PHQ-2 àñd GÅD-2) àré léft õüt îñ thîš làñgüàgé: Réfléçt àškš thém õñlÿ îñ à vàlîdàtéd püblîšhéd tràñšlàtîõñ, àñd ñõñé îš îñçlüdéd ÿét.························································⟧</translation>
    </message>
    <message>
        <source>Support around you</source>
        <translation>⟦Šüppõrt àrõüñd ÿõü······⟧</translation>
    </message>
    <message>
        <source>Thank you for checking in</source>
        <translation>⟦Thàñk ÿõü fõr çhéçkîñg îñ········⟧</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>⟦Ñõt ñõw··⟧</translation>
    </message>
    <message>
        <source>Continue to a short check-in</source>
        <translation>⟦Çõñtîñüé tõ à šhõrt çhéçk-îñ·········⟧</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>⟦Šàvé··⟧</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>⟦Dõñé··⟧</translation>
    </message>
    <message>
        <source>Mood (PHQ-2)</source>
        <translation>⟦Mõõd (PHQ-2)··⟧</translation>
    </message>
    <message>
        <source>Worry (GAD-2)</source>
        <translation>⟦Wõrrÿ (GÅD-2)···⟧</translation>
    </message>
    <message>
        <source>A prompt to steady yourself</source>
        <translation>⟦Å prõmpt tõ štéàdÿ ÿõüršélf·········⟧</translation>
    </message>
    <message>
        <source>A prompt for reflection</source>
        <translation>⟦Å prõmpt fõr réfléçtîõñ········⟧</translation>
    </message>
    <message>
        <source>A prompt about kindness to yourself</source>
        <translation>⟦Å prõmpt àbõüt kîñdñéšš tõ ÿõüršélf············⟧</translation>
    </message>
    <message>
        <source>A prompt about forgiving yourself</source>
        <translation>⟦Å prõmpt àbõüt fõrgîvîñg ÿõüršélf···········⟧</translation>
    </message>
    <message>
        <source>A prompt about the system around you</source>
        <translation>⟦Å prõmpt àbõüt thé šÿštém àrõüñd ÿõü············⟧</translation>
    </message>
    <message>
        <source>A prompt for a review or investigation</source>
        <translation>⟦Å prõmpt fõr à révîéw õr îñvéštîgàtîõñ············⟧</translation>
    </message>
    <message>
        <source>A prompt about moving forward</source>
        <translation>⟦Å prõmpt àbõüt mõvîñg fõrwàrd··········⟧</translation>
    </message>
    <message>
        <source>A prompt about reaching out</source>
        <translation>⟦Å prõmpt àbõüt réàçhîñg õüt·········⟧</translation>
    </message>
    <message>
        <source>&amp;Support</source>
        <translation>⟦&amp;Süppõrt··⟧</translation>
    </message>
    <message>
        <source>&amp;Check in...</source>
        <translation>⟦&amp;Chéçk îñ...··⟧</translation>
    </message>
    <message>
        <source>&amp;Triggered today...</source>
        <translation>⟦&amp;Trîggéréd tõdàÿ...·····⟧</translation>
    </message>
    <message>
        <source>&amp;New event...</source>
        <translation>⟦&amp;Néw évéñt...··⟧</translation>
    </message>
    <message>
        <source>Stage &amp;guide</source>
        <translation>⟦Štàgé &amp;güîdé···⟧</translation>
    </message>
    <message>
        <source>Check-ins over &amp;time</source>
        <translation>⟦Çhéçk-îñš õvér &amp;tîmé······⟧</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>⟦Šüppõrt··⟧</translation>
    </message>
    <message>
        <source>Still in the thick of it</source>
        <translation>⟦Štîll îñ thé thîçk õf ît·······⟧</translation>
    </message>
    <message>
        <source>Moved on: stepping away (dropping out)</source>
        <translation>⟦Mõvéd õñ: štéppîñg àwàÿ (drõppîñg õüt)············⟧</translation>
    </message>
    <message>
        <source>Moved on: getting by (surviving)</source>
        <translation>⟦Mõvéd õñ: géttîñg bÿ (šürvîvîñg)··········⟧</translation>
    </message>
    <message>
        <source>Moved on: growing from it (thriving)</source>
        <translation>⟦Mõvéd õñ: grõwîñg frõm ît (thrîvîñg)···········⟧</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>⟦Whàt hàppéñéd····⟧</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>⟦Édît évéñt···⟧</translation>
    </message>
    <message>
        <source>Only you will see this. A short private name is enough: something you will recognise, without patient names or details.</source>
        <translation>⟦Õñlÿ ÿõü wîll šéé thîš. Å šhõrt prîvàté ñàmé îš éñõügh: šõméthîñg ÿõü wîll réçõgñîšé, wîthõüt pàtîéñt ñàméš õr détàîlš.······································⟧</translation>
    </message>
    <message>
        <source>Private title</source>
        <translation>⟦Prîvàté tîtlé····⟧</translation>
    </message>
    <message>
        <source>e.g. The night shift in March</source>
        <translation>⟦é.g. Thé ñîght šhîft îñ Màrçh········⟧</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>⟦Whéñ ît hàppéñéd·····⟧</translation>
    </message>
    <message>
        <source>Context (optional)</source>
        <translation>⟦Çõñtéxt (õptîõñàl)······⟧</translation>
    </message>
    <message>
        <source>Optional. How you felt, what it meant to you. Leave the clinical facts for the incident report and your adviser.</source>
        <translation>⟦Õptîõñàl. Hõw ÿõü félt, whàt ît méàñt tõ ÿõü. Léàvé thé çlîñîçàl fàçtš fõr thé îñçîdéñt répõrt àñd ÿõür àdvîšér.···································⟧</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>⟦Çõñtéxt··⟧</translation>
    </message>
    <message>
        <source>Where I am today</source>
        <translation>⟦Whéré Î àm tõdàÿ·····⟧</translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation>⟦Ñõt šüré ÿét····⟧</translation>
    </message>
    <message>
        <source>Use this</source>
        <translation>⟦Üšé thîš··⟧</translation>
    </message>
    <message>
        <source>How it is going</source>
        <translation>⟦Hõw ît îš gõîñg····⟧</translation>
    </message>
    <message>
        <source>The way so far</source>
        <translation>⟦Thé wàÿ šõ fàr····⟧</translation>
    </message>
    <message>
        <source>What you wrote about it</source>
        <translation>⟦Whàt ÿõü wrõté àbõüt ît·······⟧</translation>
    </message>
    <message>
        <source>Entries about this event, newest first</source>
        <translation>⟦Éñtrîéš àbõüt thîš évéñt, ñéwéšt fîršt············⟧</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>⟦Çhéçk-îñš···⟧</translation>
    </message>
    <message>
        <source>Follow-up reminders</source>
        <translation>⟦Fõllõw-üp rémîñdérš······⟧</translation>
    </message>
    <message>
        <source>New entry about it</source>
        <translation>⟦Ñéw éñtrÿ àbõüt ît······⟧</translation>
    </message>
    <message>
        <source>Start an exercise</source>
        <translation>⟦Štàrt àñ éxérçîšé······⟧</translation>
    </message>
    <message>
        <source>Export for a therapist…</source>
        <translation>⟦Éxpõrt fõr à théràpîšt…·······⟧</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>⟦Édît…··⟧</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>⟦Évéñt: %1··⟧</translation>
    </message>
    <message>
        <source>It happened on %1.</source>
        <translation>⟦Ît hàppéñéd õñ %1.····⟧</translation>
    </message>
    <message>
        <source>You have not said where you are with it yet.</source>
        <translation>⟦Ÿõü hàvé ñõt šàîd whéré ÿõü àré wîth ît ÿét.·············⟧</translation>
    </message>
    <message>
        <source>Today you are at stage %1: %2.</source>
        <translation>⟦Tõdàÿ ÿõü àré àt štàgé %1: %2.·······⟧</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>⟦Üñtîtléd···⟧</translation>
    </message>
    <message>
        <source>Nothing written about it yet. “New entry about it” starts one.</source>
        <translation>⟦Ñõthîñg wrîttéñ àbõüt ît ÿét. “Ñéw éñtrÿ àbõüt ît” štàrtš õñé.···················⟧</translation>
    </message>
    <message>
        <source>The newest %1 of %2; the entry list shows them all.</source>
        <translation>⟦Thé ñéwéšt %1 õf %2; thé éñtrÿ lîšt šhõwš thém àll.··············⟧</translation>
    </message>
    <message>
        <source>No follow-up reminders. Reminders (Journal menu) can add one.</source>
        <translation>⟦Ñõ fõllõw-üp rémîñdérš. Rémîñdérš (Jõürñàl méñü) çàñ àdd õñé.···················⟧</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>⟦Ñéxt: %1··⟧</translation>
    </message>
    <message>
        <source>Paused, or already past</source>
        <translation>⟦Pàüšéd, õr àlréàdÿ pàšt·······⟧</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>⟦Évéñt··⟧</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>⟦Štàrt õvér···⟧</translation>
    </message>
    <message>
        <source>You started this on %1. Your answers were kept; you can carry on.</source>
        <translation>⟦Ÿõü štàrtéd thîš õñ %1. Ÿõür àñšwérš wéré képt; ÿõü çàñ çàrrÿ õñ.···················⟧</translation>
    </message>
    <message>
        <source>Built on published research and practice. Help lists the sources.</source>
        <translation>⟦Büîlt õñ püblîšhéd réšéàrçh àñd pràçtîçé. Hélp lîštš thé šõürçéš.·····················⟧</translation>
    </message>
    <message>
        <source>Open Support</source>
        <translation>⟦Õpéñ Šüppõrt····⟧</translation>
    </message>
    <message>
        <source>Before you start: how distressed are you right now?</source>
        <translation>⟦Béfõré ÿõü štàrt: hõw dîštréššéd àré ÿõü rîght ñõw?················⟧</translation>
    </message>
    <message>
        <source>Ready to keep this</source>
        <translation>⟦Réàdÿ tõ kéép thîš······⟧</translation>
    </message>
    <message>
        <source>Your answers become one entry in your journal, a heading for each step. Steps you left empty are left out. You can edit the entry later.</source>
        <translation>⟦Ÿõür àñšwérš béçõmé õñé éñtrÿ îñ ÿõür jõürñàl, à héàdîñg fõr éàçh štép. Štépš ÿõü léft émptÿ àré léft õüt. Ÿõü çàñ édît thé éñtrÿ làtér.··········································⟧</translation>
    </message>
    <message>
        <source>Nothing is written yet, so there is nothing to save. Go back to add a few words, or close: nothing is lost.</source>
        <translation>⟦Ñõthîñg îš wrîttéñ ÿét, šõ théré îš ñõthîñg tõ šàvé. Gõ bàçk tõ àdd à féw wõrdš, õr çlõšé: ñõthîñg îš lõšt.································⟧</translation>
    </message>
    <message>
        <source>Close and finish later</source>
        <translation>⟦Çlõšé àñd fîñîšh làtér·······⟧</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>⟦Bàçk··⟧</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>⟦Ñéxt··⟧</translation>
    </message>
    <message>
        <source>Exercise step</source>
        <translation>⟦Éxérçîšé štép····⟧</translation>
    </message>
    <message>
        <source>Write as much or as little as you like. You can skip this.</source>
        <translation>⟦Wrîté àš müçh õr àš lîttlé àš ÿõü lîké. Ÿõü çàñ škîp thîš.·················⟧</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>⟦Štép %1 õf %2··⟧</translation>
    </message>
    <message>
        <source>Save to my journal</source>
        <translation>⟦Šàvé tõ mÿ jõürñàl······⟧</translation>
    </message>
    <message>
        <source>Journey since %1: stages %2</source>
        <translation>⟦Jõürñéÿ šîñçé %1: štàgéš %2·······⟧</translation>
    </message>
    <message>
        <source>Journey: no stage chosen yet</source>
        <translation>⟦Jõürñéÿ: ñõ štàgé çhõšéñ ÿét·········⟧</translation>
    </message>
    <message>
        <source>today</source>
        <translation>⟦tõdàÿ··⟧</translation>
    </message>
    <message>
        <source>Stages over time</source>
        <translation>⟦Štàgéš õvér tîmé·····⟧</translation>
    </message>
    <message>
        <source>When you say where you are today, it shows here with the date. Moving back and forth between stages is common.</source>
        <translation>⟦Whéñ ÿõü šàÿ whéré ÿõü àré tõdàÿ, ît šhõwš héré wîth thé dàté. Mõvîñg bàçk àñd fõrth bétwééñ štàgéš îš çõmmõñ.··································⟧</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>⟦šîñçé %1··⟧</translation>
    </message>
    <message>
        <source>(came back; that happens)</source>
        <translation>⟦(çàmé bàçk; thàt hàppéñš)·······⟧</translation>
    </message>
    <message>
        <source>%1: %2   ·   %3: %4</source>
        <translation>⟦%1: %2   ·   %3: %4··⟧</translation>
    </message>
    <message>
        <source>How distressed are you right now</source>
        <translation>⟦Hõw dîštréššéd àré ÿõü rîght ñõw··········⟧</translation>
    </message>
    <message>
        <source>About which event</source>
        <translation>⟦Åbõüt whîçh évéñt······⟧</translation>
    </message>
    <message>
        <source>No particular event</source>
        <translation>⟦Ñõ pàrtîçülàr évéñt······⟧</translation>
    </message>
    <message>
        <source>Writing prompt</source>
        <translation>⟦Wrîtîñg prõmpt·····⟧</translation>
    </message>
    <message>
        <source>A prompt, if you want one</source>
        <translation>⟦Å prõmpt, îf ÿõü wàñt õñé·······⟧</translation>
    </message>
    <message>
        <source>Use this prompt</source>
        <translation>⟦Üšé thîš prõmpt·····⟧</translation>
    </message>
    <message>
        <source>Another prompt</source>
        <translation>⟦Åñõthér prõmpt·····⟧</translation>
    </message>
    <message>
        <source>No prompt, just write</source>
        <translation>⟦Ñõ prõmpt, jüšt wrîté······⟧</translation>
    </message>
    <message>
        <source>Show a prompt</source>
        <translation>⟦Šhõw à prõmpt····⟧</translation>
    </message>
    <message>
        <source>No new prompt today: you have answered the ones that fit in the last two weeks. Just write, or come back another day.</source>
        <translation>⟦Ñõ ñéw prõmpt tõdàÿ: ÿõü hàvé àñšwéréd thé õñéš thàt fît îñ thé làšt twõ wéékš. Jüšt wrîté, õr çõmé bàçk àñõthér dàÿ.····································⟧</translation>
    </message>
    <message>
        <source>Where you are today</source>
        <translation>⟦Whéré ÿõü àré tõdàÿ······⟧</translation>
    </message>
    <message>
        <source>Stage guide</source>
        <translation>⟦Štàgé güîdé····⟧</translation>
    </message>
    <message>
        <source>Stage details</source>
        <translation>⟦Štàgé détàîlš····⟧</translation>
    </message>
    <message>
        <source>New event...</source>
        <translation>⟦Ñéw évéñt...···⟧</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>⟦Édît...··⟧</translation>
    </message>
    <message>
        <source>Open its page</source>
        <translation>⟦Õpéñ îtš pàgé····⟧</translation>
    </message>
    <message>
        <source>Common thoughts</source>
        <translation>⟦Çõmmõñ thõüghtš·····⟧</translation>
    </message>
    <message>
        <source>What tends to help</source>
        <translation>⟦Whàt téñdš tõ hélp······⟧</translation>
    </message>
    <message>
        <source>Prompts for this stage</source>
        <translation>⟦Prõmptš fõr thîš štàgé·······⟧</translation>
    </message>
    <message>
        <source>Write with this prompt</source>
        <translation>⟦Wrîté wîth thîš prõmpt·······⟧</translation>
    </message>
    <message>
        <source>This is where I am today</source>
        <translation>⟦Thîš îš whéré Î àm tõdàÿ·······⟧</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>⟦Ñõ évéñtš ÿét····⟧</translation>
    </message>
    <message>
        <source>Add an event first.</source>
        <translation>⟦Ådd àñ évéñt fîršt.······⟧</translation>
    </message>
    <message>
        <source>Where are you? Choose your country to see lines you can call there.</source>
        <translation>⟦Whéré àré ÿõü? Çhõõšé ÿõür çõüñtrÿ tõ šéé lîñéš ÿõü çàñ çàll théré.·····················⟧</translation>
    </message>
    <message>
        <source>Lines for</source>
        <translation>⟦Lîñéš fõr···⟧</translation>
    </message>
    <message>
        <source>Someone to talk to, now</source>
        <translation>⟦Šõméõñé tõ tàlk tõ, ñõw·······⟧</translation>
    </message>
    <message>
        <source>A moment for you</source>
        <translation>⟦Å mõméñt fõr ÿõü·····⟧</translation>
    </message>
    <message>
        <source>People you can reach now</source>
        <translation>⟦Péõplé ÿõü çàñ réàçh ñõw········⟧</translation>
    </message>
    <message>
        <source>People you chose</source>
        <translation>⟦Péõplé ÿõü çhõšé·····⟧</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>⟦Mÿ šàfétÿ plàñ····⟧</translation>
    </message>
    <message>
        <source>You haven't written a safety plan yet. When you feel steadier, “Write a safety plan” below takes you through it.</source>
        <translation>⟦Ÿõü hàvéñ't wrîttéñ à šàfétÿ plàñ ÿét. Whéñ ÿõü féél štéàdîér, “Wrîté à šàfétÿ plàñ” bélõw tàkéš ÿõü thrõügh ît.··································⟧</translation>
    </message>
    <message>
        <source>Your safety plan is in your journal. Unlock it to read the plan.</source>
        <translation>⟦Ÿõür šàfétÿ plàñ îš îñ ÿõür jõürñàl. Üñlõçk ît tõ réàd thé plàñ.····················⟧</translation>
    </message>
    <message>
        <source>Open my safety plan</source>
        <translation>⟦Õpéñ mÿ šàfétÿ plàñ······⟧</translation>
    </message>
    <message>
        <source>Write a safety plan</source>
        <translation>⟦Wrîté à šàfétÿ plàñ······⟧</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>⟦Çlõšé··⟧</translation>
    </message>
    <message>
        <source>Back to Support</source>
        <translation>⟦Bàçk tõ Šüppõrt·····⟧</translation>
    </message>
    <message>
        <source>If you are in immediate danger, call your local emergency number now.</source>
        <translation>⟦Îf ÿõü àré îñ îmmédîàté dàñgér, çàll ÿõür lõçàl émérgéñçÿ ñümbér ñõw.······················⟧</translation>
    </message>
    <message>
        <source>If you are in immediate danger: %1.</source>
        <translation>⟦Îf ÿõü àré îñ îmmédîàté dàñgér: %1.··········⟧</translation>
    </message>
    <message>
        <source>low mood</source>
        <translation>⟦lõw mõõd··⟧</translation>
    </message>
    <message>
        <source>worry</source>
        <translation>⟦wõrrÿ··⟧</translation>
    </message>
    <message>
        <source>Your answers this week suggest that %1 has been heavy on many days. That is common after something hard at work, and it is not a diagnosis. It is a good moment to talk with someone: a colleague you trust, your doctor, or one of the lines below. If you ever think about ending your life, call one of them now.</source>
        <translation>⟦Ÿõür àñšwérš thîš wéék šüggéšt thàt %1 hàš bééñ héàvÿ õñ màñÿ dàÿš. Thàt îš çõmmõñ àftér šõméthîñg hàrd àt wõrk, àñd ît îš ñõt à dîàgñõšîš. Ît îš à gõõd mõméñt tõ tàlk wîth šõméõñé: à çõlléàgüé ÿõü trüšt, ÿõür dõçtõr, õr õñé õf thé lîñéš bélõw. Îf ÿõü évér thîñk àbõüt éñdîñg ÿõür lîfé, çàll õñé õf thém ñõw.······························································································⟧</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>⟦Çõüñtrÿ··⟧</translation>
    </message>
    <message>
        <source>Number last checked %1</source>
        <translation>⟦Ñümbér làšt çhéçkéd %1······⟧</translation>
    </message>
    <message>
        <source>Someone I can turn to</source>
        <translation>⟦Šõméõñé Î çàñ türñ tõ······⟧</translation>
    </message>
    <message>
        <source>peer supporter, therapist, chief, a friend...</source>
        <translation>⟦péér šüppõrtér, théràpîšt, çhîéf, à frîéñd...·············⟧</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>⟦Ñàmé··⟧</translation>
    </message>
    <message>
        <source>Who they are to you</source>
        <translation>⟦Whõ théÿ àré tõ ÿõü······⟧</translation>
    </message>
    <message>
        <source>Phone or how to reach them</source>
        <translation>⟦Phõñé õr hõw tõ réàçh thém········⟧</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>⟦Ñõtéš··⟧</translation>
    </message>
    <message>
        <source>Support lines and people</source>
        <translation>⟦Šüppõrt lîñéš àñd péõplé········⟧</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>⟦Mÿ péõplé···⟧</translation>
    </message>
    <message>
        <source>Unlock your journal to see the people you added here.</source>
        <translation>⟦Üñlõçk ÿõür jõürñàl tõ šéé thé péõplé ÿõü àddéd héré.·················⟧</translation>
    </message>
    <message>
        <source>Add someone...</source>
        <translation>⟦Ådd šõméõñé...····⟧</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>⟦Rémõvé··⟧</translation>
    </message>
    <message>
        <source>Lines you can call</source>
        <translation>⟦Lîñéš ÿõü çàñ çàll······⟧</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>⟦Whéñ tõ šéé à prõféššîõñàl········⟧</translation>
    </message>
    <message>
        <source>No one added yet. A peer supporter, a friend, your EAP...</source>
        <translation>⟦Ñõ õñé àddéd ÿét. Å péér šüppõrtér, à frîéñd, ÿõür ÉÅP...················⟧</translation>
    </message>
    <message>
        <source>3 or more: worth talking to someone about</source>
        <translation>⟦3 õr mõré: wõrth tàlkîñg tõ šõméõñé àbõüt············⟧</translation>
    </message>
    <message>
        <source>Check-ins as a table</source>
        <translation>⟦Çhéçk-îñš àš à tàblé······⟧</translation>
    </message>
    <message>
        <source>When</source>
        <translation>⟦Whéñ··⟧</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>⟦ñõt àškéd···⟧</translation>
    </message>
    <message>
        <source>Check-ins over time</source>
        <translation>⟦Çhéçk-îñš õvér tîmé······⟧</translation>
    </message>
    <message>
        <source>Dashed lines mark the days you said where you were with an event.</source>
        <translation>⟦Dàšhéd lîñéš màrk thé dàÿš ÿõü šàîd whéré ÿõü wéré wîth àñ évéñt.····················⟧</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>⟦Šhõw··⟧</translation>
    </message>
    <message>
        <source>Which check-ins to show</source>
        <translation>⟦Whîçh çhéçk-îñš tõ šhõw·······⟧</translation>
    </message>
    <message>
        <source>Show as a table</source>
        <translation>⟦Šhõw àš à tàblé····⟧</translation>
    </message>
    <message>
        <source>Show as a chart</source>
        <translation>⟦Šhõw àš à çhàrt····⟧</translation>
    </message>
    <message>
        <source>No check-ins here yet. A check-in takes half a minute; over time this shows how your days have been.</source>
        <translation>⟦Ñõ çhéçk-îñš héré ÿét. Å çhéçk-îñ tàkéš hàlf à mîñüté; õvér tîmé thîš šhõwš hõw ÿõür dàÿš hàvé bééñ.······························⟧</translation>
    </message>
    <message>
        <source>Distress over time</source>
        <translation>⟦Dîštréšš õvér tîmé······⟧</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>⟦Dàîlÿ··⟧</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>⟦Wééklÿ··⟧</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>⟦Šhõw %1··⟧</translation>
    </message>
    <message>
        <source>All check-ins</source>
        <translation>⟦Åll çhéçk-îñš····⟧</translation>
    </message>
    <message>
        <source>Distress</source>
        <translation>⟦Dîštréšš···⟧</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>⟦Šçõré··⟧</translation>
    </message>
    <message>
        <source>Chart of %1; Show as a table gives the same numbers</source>
        <translation>⟦Çhàrt õf %1; Šhõw àš à tàblé gîvéš thé šàmé ñümbérš···············⟧</translation>
    </message>
    <message>
        <source>nothing ticked</source>
        <translation>⟦ñõthîñg tîçkéd·····⟧</translation>
    </message>
    <message>
        <source>%1 check-ins on %2 days.</source>
        <translation>⟦%1 çhéçk-îñš õñ %2 dàÿš.·····⟧</translation>
    </message>
    <message>
        <source>One check-in so far.</source>
        <translation>⟦Õñé çhéçk-îñ šõ fàr.······⟧</translation>
    </message>
    <message>
        <source>Distress (0–10)</source>
        <translation>⟦Dîštréšš (0–10)···⟧</translation>
    </message>
    <message>
        <source>Sleep (0–4)</source>
        <translation>⟦Šléép (0–4)··⟧</translation>
    </message>
    <message>
        <source>PHQ-2, mood (0–6)</source>
        <translation>⟦PHQ-2, mõõd (0–6)··⟧</translation>
    </message>
    <message>
        <source>GAD-2, worry (0–6)</source>
        <translation>⟦GÅD-2, wõrrÿ (0–6)···⟧</translation>
    </message>
    <message>
        <source>Support: {name} (0–4)</source>
        <translation>⟦Šüppõrt: {name} (0–4)··⟧</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>⟦Çhéçk-îñ··⟧</translation>
    </message>
    <message>
        <source>Triggered that day</source>
        <translation>⟦Trîggéréd thàt dàÿ······⟧</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>⟦Štàgé %1··⟧</translation>
    </message>
    <message>
        <source>On {day}</source>
        <translation>⟦Õñ {day}··⟧</translation>
    </message>
    <message>
        <source>Private — prepared for my therapist</source>
        <translation>⟦Prîvàté — prépàréd fõr mÿ théràpîšt···········⟧</translation>
    </message>
    <message>
        <source>Reflections to talk through</source>
        <translation>⟦Réfléçtîõñš tõ tàlk thrõügh·········⟧</translation>
    </message>
    <message>
        <source>Untitled entry</source>
        <translation>⟦Üñtîtléd éñtrÿ·····⟧</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>⟦{first} – {last}··⟧</translation>
    </message>
    <message>
        <source>Where I was, over time</source>
        <translation>⟦Whéré Î wàš, õvér tîmé······⟧</translation>
    </message>
    <message>
        <source>No stage choices recorded in this period.</source>
        <translation>⟦Ñõ štàgé çhõîçéš réçõrdéd îñ thîš pérîõd.·············⟧</translation>
    </message>
    <message>
        <source>No check-ins in this period.</source>
        <translation>⟦Ñõ çhéçk-îñš îñ thîš pérîõd.········⟧</translation>
    </message>
    <message>
        <source>{day}: Stage {number}</source>
        <translation>⟦{day}: Štàgé {number}··⟧</translation>
    </message>
    <message>
        <source>Stage {number}: {name}</source>
        <translation>⟦Štàgé {number}: {name}··⟧</translation>
    </message>
    <message>
        <source>Stage {number}</source>
        <translation>⟦Štàgé {number}··⟧</translation>
    </message>
    <message>
        <source>Since {day}</source>
        <translation>⟦Šîñçé {day}··⟧</translation>
    </message>
    <message>
        <source>Until {day}</source>
        <translation>⟦Üñtîl {day}··⟧</translation>
    </message>
    <message>
        <source>Some people find it helps to return to an event after a little time has passed. Would you like a reminder? It shows only a general line of text; clicking it opens this event once Reflect is unlocked.</source>
        <translation>⟦Šõmé péõplé fîñd ît hélpš tõ rétürñ tõ àñ évéñt àftér à lîttlé tîmé hàš pàššéd. Wõüld ÿõü lîké à rémîñdér? Ît šhõwš õñlÿ à géñéràl lîñé õf téxt; çlîçkîñg ît õpéñš thîš évéñt õñçé Réfléçt îš üñlõçkéd.·······························································⟧</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>⟦Tõmõrrõw···⟧</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>⟦Îñ 3 dàÿš··⟧</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>⟦Îñ à wéék··⟧</translation>
    </message>
    <message>
        <source>In a month</source>
        <translation>⟦Îñ à mõñth···⟧</translation>
    </message>
    <message>
        <source>Date for {label}</source>
        <translation>⟦Dàté fõr {label}··⟧</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>⟦Tîmé õf dàÿ···⟧</translation>
    </message>
    <message>
        <source>At</source>
        <translation>⟦Åt··⟧</translation>
    </message>
    <message>
        <source>Set reminders</source>
        <translation>⟦Šét rémîñdérš····⟧</translation>
    </message>
    <message>
        <source>Open Reflect</source>
        <extracomment>The rule id ``activated`` carries for the "while you were away" summary.</extracomment>
        <translation>⟦Õpéñ Réfléçt····⟧</translation>
    </message>
    <message>
        <source>Remind me again</source>
        <translation>⟦Rémîñd mé àgàîñ·····⟧</translation>
    </message>
    <message>
        <source>Quit Reflect</source>
        <translation>⟦Qüît Réfléçt····⟧</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>⟦Hõw õftéñ···⟧</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>⟦Évérÿ dàÿ···⟧</translation>
    </message>
    <message>
        <source>On the days I choose</source>
        <translation>⟦Õñ thé dàÿš Î çhõõšé······⟧</translation>
    </message>
    <message>
        <source>Once a week</source>
        <translation>⟦Õñçé à wéék···⟧</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>⟦Õñçé··⟧</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>⟦Dàÿš··⟧</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>⟦Dàÿ õf thé wéék····⟧</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>⟦Dàÿ··⟧</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>⟦Dàté··⟧</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>⟦Tîmé··⟧</translation>
    </message>
    <message>
        <source>Open a check-in when I click it</source>
        <translation>⟦Õpéñ à çhéçk-îñ whéñ Î çlîçk ît·········⟧</translation>
    </message>
    <message>
        <source>Open a check-in</source>
        <translation>⟦Õpéñ à çhéçk-îñ····⟧</translation>
    </message>
    <message>
        <source>Skip it if I've already written that day</source>
        <translation>⟦Škîp ît îf Î'vé àlréàdÿ wrîttéñ thàt dàÿ············⟧</translation>
    </message>
    <message>
        <source>Skip if I already wrote today</source>
        <translation>⟦Škîp îf Î àlréàdÿ wrõté tõdàÿ·········⟧</translation>
    </message>
    <message>
        <source>Words shown</source>
        <translation>⟦Wõrdš šhõwñ····⟧</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>⟦Prîvàté ñõté····⟧</translation>
    </message>
    <message>
        <source>Follow this computer's time zone</source>
        <translation>⟦Fõllõw thîš çõmpütér'š tîmé žõñé··········⟧</translation>
    </message>
    <message>
        <source>The notification only ever shows the words you chose above, never a note or anything you wrote. A private note stays inside your locked journal and appears after you unlock it.</source>
        <translation>⟦Thé ñõtîfîçàtîõñ õñlÿ évér šhõwš thé wõrdš ÿõü çhõšé àbõvé, ñévér à ñõté õr àñÿthîñg ÿõü wrõté. Å prîvàté ñõté štàÿš îñšîdé ÿõür lõçkéd jõürñàl àñd àppéàrš àftér ÿõü üñlõçk ît.·························································⟧</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>⟦Qüîét hõürš····⟧</translation>
    </message>
    <message>
        <source>Hold reminders between</source>
        <translation>⟦Hõld rémîñdérš bétwééñ········⟧</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>⟦Qüîét hõürš štàrt······⟧</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>⟦Qüîét hõürš éñd·····⟧</translation>
    </message>
    <message>
        <source>and</source>
        <translation>⟦àñd··⟧</translation>
    </message>
    <message>
        <source>A reminder that falls in quiet hours waits until they end.</source>
        <translation>⟦Å rémîñdér thàt fàllš îñ qüîét hõürš wàîtš üñtîl théÿ éñd.··················⟧</translation>
    </message>
    <message>
        <source>In the background</source>
        <translation>⟦Îñ thé bàçkgrõüñd······⟧</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>⟦Kéép rüññîñg îñ thé tràÿ whéñ thé wîñdõw îš çlõšéd················⟧</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>⟦Kéép rüññîñg îñ thé tràÿ········⟧</translation>
    </message>
    <message>
        <source>Start Reflect when I log in</source>
        <translation>⟦Štàrt Réfléçt whéñ Î lõg îñ········⟧</translation>
    </message>
    <message>
        <source>Reflect starts locked and quiet, so reminders can arrive on time.</source>
        <translation>⟦Réfléçt štàrtš lõçkéd àñd qüîét, šõ rémîñdérš çàñ àrrîvé õñ tîmé.·····················⟧</translation>
    </message>
    <message>
        <source>Reminders show only a short, general line such as “Time for a few quiet minutes”, never anything you wrote. They arrive even while Reflect is locked.</source>
        <translation>⟦Rémîñdérš šhõw õñlÿ à šhõrt, géñéràl lîñé šüçh àš “Tîmé fõr à féw qüîét mîñütéš”, ñévér àñÿthîñg ÿõü wrõté. Théÿ àrrîvé évéñ whîlé Réfléçt îš lõçkéd.···············································⟧</translation>
    </message>
    <message>
        <source>Your reminders</source>
        <translation>⟦Ÿõür rémîñdérš·····⟧</translation>
    </message>
    <message>
        <source>No reminders yet. A daily one at a time that suits you is a gentle place to start.</source>
        <translation>⟦Ñõ rémîñdérš ÿét. Å dàîlÿ õñé àt à tîmé thàt šüîtš ÿõü îš à géñtlé plàçé tõ štàrt.·························⟧</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>⟦Ådd…··⟧</translation>
    </message>
    <message>
        <source>Add a reminder</source>
        <translation>⟦Ådd à rémîñdér····⟧</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>⟦Çhàñgé…··⟧</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>⟦Çhàñgé··⟧</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>⟦Pàüšé··⟧</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>⟦Délété··⟧</translation>
    </message>
    <message>
        <source>Every day at {time}</source>
        <translation>⟦Évérÿ dàÿ àt {time}····⟧</translation>
    </message>
    <message>
        <source>Weekdays at {time}</source>
        <translation>⟦Wéékdàÿš àt {time}····⟧</translation>
    </message>
    <message>
        <source>Every {day} at {time}</source>
        <translation>⟦Évérÿ {day} àt {time}··⟧</translation>
    </message>
    <message>
        <source>{days} at {time}</source>
        <translation>⟦{days} àt {time}··⟧</translation>
    </message>
    <message>
        <source>Once, {date} at {time}</source>
        <translation>⟦Õñçé, {date} àt {time}··⟧</translation>
    </message>
    <message>
        <source>to write</source>
        <translation>⟦tõ wrîté··⟧</translation>
    </message>
    <message>
        <source>to check in</source>
        <translation>⟦tõ çhéçk îñ···⟧</translation>
    </message>
    <message>
        <source>to follow up on an event</source>
        <translation>⟦tõ fõllõw üp õñ àñ évéñt·······⟧</translation>
    </message>
    <message>
        <source>with a private note</source>
        <translation>⟦wîth à prîvàté ñõté······⟧</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>⟦Pàüšéd··⟧</translation>
    </message>
    <message>
        <source>Next: {when}</source>
        <translation>⟦Ñéxt: {when}··⟧</translation>
    </message>
    <message>
        <source> (snoozed)</source>
        <translation>⟦ (šñõõžéd)··⟧</translation>
    </message>
    <message>
        <source> · skipped on days you've written</source>
        <translation>⟦ · škîppéd õñ dàÿš ÿõü'vé wrîttéñ··········⟧</translation>
    </message>
    <message>
        <source>This happened very recently. The first hours are often stage 1, chaos and shock.</source>
        <translation>⟦Thîš hàppéñéd vérÿ réçéñtlÿ. Thé fîršt hõürš àré õftéñ štàgé 1, çhàõš àñd šhõçk.·························⟧</translation>
    </message>
    <message>
        <source>A trigger can bring the replaying back for a while. Stage 2 may fit today, and that is not going backwards.</source>
        <translation>⟦Å trîggér çàñ brîñg thé réplàÿîñg bàçk fõr à whîlé. Štàgé 2 màÿ fît tõdàÿ, àñd thàt îš ñõt gõîñg bàçkwàrdš.·································⟧</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>⟦Šõméthîñg wéñt wrõñg.·······⟧</translation>
    </message>
    <message>
        <source>Reflect hit an internal problem. Nothing you wrote was changed.</source>
        <translation>⟦Réfléçt hît àñ îñtérñàl prõblém. Ñõthîñg ÿõü wrõté wàš çhàñgéd.····················⟧</translation>
    </message>
    <message>
        <source>Reflect could not open this journal.</source>
        <translation>⟦Réfléçt çõüld ñõt õpéñ thîš jõürñàl.············⟧</translation>
    </message>
    <message>
        <source>That passphrase didn't open this journal. Check Caps Lock and try again, or use your recovery key.</source>
        <translation>⟦Thàt pàššphràšé dîdñ't õpéñ thîš jõürñàl. Çhéçk Çàpš Lõçk àñd trÿ àgàîñ, õr üšé ÿõür réçõvérÿ kéÿ.·······························⟧</translation>
    </message>
    <message>
        <source>That recovery key didn't open this journal. Check each group of characters against your printed copy.</source>
        <translation>⟦Thàt réçõvérÿ kéÿ dîdñ't õpéñ thîš jõürñàl. Çhéçk éàçh grõüp õf çhàràçtérš àgàîñšt ÿõür prîñtéd çõpÿ.·································⟧</translation>
    </message>
    <message>
        <source>A recovery key has 64 characters (digits 0-9 and letters A-F), usually written in 8 groups. Check that nothing is missing.</source>
        <translation>⟦Å réçõvérÿ kéÿ hàš 64 çhàràçtérš (dîgîtš 0-9 àñd léttérš Å-F), üšüàllÿ wrîttéñ îñ 8 grõüpš. Çhéçk thàt ñõthîñg îš mîššîñg.····································⟧</translation>
    </message>
    <message>
        <source>This journal's files look damaged, so Reflect did not change anything. Restore your most recent backup, or open the journal with your recovery key. Keep the damaged folder: do not delete it.</source>
        <translation>⟦Thîš jõürñàl'š fîléš lõõk dàmàgéd, šõ Réfléçt dîd ñõt çhàñgé àñÿthîñg. Réštõré ÿõür mõšt réçéñt bàçküp, õr õpéñ thé jõürñàl wîth ÿõür réçõvérÿ kéÿ. Kéép thé dàmàgéd fõldér: dõ ñõt délété ît.····························································⟧</translation>
    </message>
    <message>
        <source>This journal was made by a newer Reflect. Install the latest version of Reflect to open it; nothing was changed.</source>
        <translation>⟦Thîš jõürñàl wàš màdé bÿ à ñéwér Réfléçt. Îñštàll thé làtéšt véršîõñ õf Réfléçt tõ õpéñ ît; ñõthîñg wàš çhàñgéd.····································⟧</translation>
    </message>
    <message>
        <source>This journal is already open in another Reflect window. Close that window first.</source>
        <translation>⟦Thîš jõürñàl îš àlréàdÿ õpéñ îñ àñõthér Réfléçt wîñdõw. Çlõšé thàt wîñdõw fîršt.··························⟧</translation>
    </message>
    <message>
        <source>There is no Reflect journal in this folder.</source>
        <translation>⟦Théré îš ñõ Réfléçt jõürñàl îñ thîš fõldér.··············⟧</translation>
    </message>
    <message>
        <source>This folder already holds files, so Reflect will not create a journal here. Choose an empty folder.</source>
        <translation>⟦Thîš fõldér àlréàdÿ hõldš fîléš, šõ Réfléçt wîll ñõt çréàté à jõürñàl héré. Çhõõšé àñ émptÿ fõldér.································⟧</translation>
    </message>
    <message>
        <source>Reflect can open this journal only from a folder it can write to, and this one is read-only. Copy the whole journal folder to a folder of yours (or check its permissions) and open it from there; nothing was changed.</source>
        <translation>⟦Réfléçt çàñ õpéñ thîš jõürñàl õñlÿ frõm à fõldér ît çàñ wrîté tõ, àñd thîš õñé îš réàd-õñlÿ. Çõpÿ thé whõlé jõürñàl fõldér tõ à fõldér õf ÿõürš (õr çhéçk îtš pérmîššîõñš) àñd õpéñ ît frõm théré; ñõthîñg wàš çhàñgéd.···································································⟧</translation>
    </message>
    <message>
        <source>The journal is locked. Unlock it to go on.</source>
        <translation>⟦Thé jõürñàl îš lõçkéd. Üñlõçk ît tõ gõ õñ.············⟧</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>⟦Štõppéd. Ñõthîñg wàš çhàñgéd.·········⟧</translation>
    </message>
    <message>
        <source>Reflect could not save because the disk is full or cannot be written to. Free some space; what you wrote is still on screen and will be saved when space is available.</source>
        <translation>⟦Réfléçt çõüld ñõt šàvé béçàüšé thé dîšk îš füll õr çàññõt bé wrîttéñ tõ. Fréé šõmé špàçé; whàt ÿõü wrõté îš štîll õñ šçrééñ àñd wîll bé šàvéd whéñ špàçé îš àvàîlàblé.····················································⟧</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>⟦Thàt îtém ñõ lõñgér éxîštš.········⟧</translation>
    </message>
    <message>
        <source>That value isn't one Reflect can accept.</source>
        <translation>⟦Thàt vàlüé îšñ't õñé Réfléçt çàñ àççépt.············⟧</translation>
    </message>
    <message>
        <source>A stage is a number from 1 to 6.</source>
        <translation>⟦Å štàgé îš à ñümbér frõm 1 tõ 6.········⟧</translation>
    </message>
    <message>
        <source>{what} is a whole number from {low} to {high}.</source>
        <translation>⟦{what} îš à whõlé ñümbér frõm {low} tõ {high}.········⟧</translation>
    </message>
    <message>
        <source>That event no longer exists.</source>
        <translation>⟦Thàt évéñt ñõ lõñgér éxîštš.·········⟧</translation>
    </message>
    <message>
        <source>Give the event a short private title.</source>
        <translation>⟦Gîvé thé évéñt à šhõrt prîvàté tîtlé.············⟧</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>⟦Å çõñtàçt ñéédš à ñàmé.·······⟧</translation>
    </message>
    <message>
        <source>That entry no longer exists.</source>
        <translation>⟦Thàt éñtrÿ ñõ lõñgér éxîštš.·········⟧</translation>
    </message>
    <message>
        <source>Only a single word can be added to your words. Choose one word, without spaces, and try again.</source>
        <translation>⟦Õñlÿ à šîñglé wõrd çàñ bé àddéd tõ ÿõür wõrdš. Çhõõšé õñé wõrd, wîthõüt špàçéš, àñd trÿ àgàîñ.·····························⟧</translation>
    </message>
    <message>
        <source>Your words already number {count:,}, the most Reflect keeps. Remove some in Settings, under Spelling, then add this one again.</source>
        <translation>⟦Ÿõür wõrdš àlréàdÿ ñümbér {count:,}, thé mõšt Réfléçt kéépš. Rémõvé šõmé îñ Šéttîñgš, üñdér Špéllîñg, théñ àdd thîš õñé àgàîñ.·····································⟧</translation>
    </message>
    <message>
        <source>This file isn't a Reflect backup. Backups end in .reflectbackup; choose another file. Nothing was changed.</source>
        <translation>⟦Thîš fîlé îšñ't à Réfléçt bàçküp. Bàçküpš éñd îñ .réfléçtbàçküp; çhõõšé àñõthér fîlé. Ñõthîñg wàš çhàñgéd.··································⟧</translation>
    </message>
    <message>
        <source>This backup is damaged (it may have been copied only in part), so Reflect did not use it. Nothing was changed. Try an older backup.</source>
        <translation>⟦Thîš bàçküp îš dàmàgéd (ît màÿ hàvé bééñ çõpîéd õñlÿ îñ pàrt), šõ Réfléçt dîd ñõt üšé ît. Ñõthîñg wàš çhàñgéd. Trÿ àñ õldér bàçküp.········································⟧</translation>
    </message>
    <message>
        <source>This backup was made by a newer Reflect. Install the latest version of Reflect to restore it; nothing was changed.</source>
        <translation>⟦Thîš bàçküp wàš màdé bÿ à ñéwér Réfléçt. Îñštàll thé làtéšt véršîõñ õf Réfléçt tõ réštõré ît; ñõthîñg wàš çhàñgéd.····································⟧</translation>
    </message>
    <message>
        <source>Reflect is still changing this journal's key. Try the backup again in a moment.</source>
        <translation>⟦Réfléçt îš štîll çhàñgîñg thîš jõürñàl'š kéÿ. Trÿ thé bàçküp àgàîñ îñ à mõméñt.·························⟧</translation>
    </message>
    <message>
        <source>Set a new passphrase for this journal first; then Reflect can back it up.</source>
        <translation>⟦Šét à ñéw pàššphràšé fõr thîš jõürñàl fîršt; théñ Réfléçt çàñ bàçk ît üp.·······················⟧</translation>
    </message>
    <message>
        <source>Reflect could not read this file ({reason}).</source>
        <translation>⟦Réfléçt çõüld ñõt réàd thîš fîlé ({reason}).··········⟧</translation>
    </message>
    <message>
        <source>That folder already holds files. Choose an empty folder for the restored journal.</source>
        <translation>⟦Thàt fõldér àlréàdÿ hõldš fîléš. Çhõõšé àñ émptÿ fõldér fõr thé réštõréd jõürñàl.··························⟧</translation>
    </message>
    <message>
        <source>Choose a normal folder for the restored journal, not a shortcut.</source>
        <translation>⟦Çhõõšé à ñõrmàl fõldér fõr thé réštõréd jõürñàl, ñõt à šhõrtçüt.····················⟧</translation>
    </message>
    <message>
        <source>That recovery key doesn't open this backup. It may belong to another journal, or the key was changed after this backup was made.</source>
        <translation>⟦Thàt réçõvérÿ kéÿ dõéšñ't õpéñ thîš bàçküp. Ît màÿ bélõñg tõ àñõthér jõürñàl, õr thé kéÿ wàš çhàñgéd àftér thîš bàçküp wàš màdé.········································⟧</translation>
    </message>
    <message>
        <source>That folder already holds files. Choose a new, empty folder for the Markdown copy.</source>
        <translation>⟦Thàt fõldér àlréàdÿ hõldš fîléš. Çhõõšé à ñéw, émptÿ fõldér fõr thé Màrkdõwñ çõpÿ.··························⟧</translation>
    </message>
    <message>
        <source>No entries match what you chose. Try a wider date range or other tags.</source>
        <extracomment>``ReviewItem.entry_id`` for findings in the document title itself.</extracomment>
        <translation>⟦Ñõ éñtrîéš màtçh whàt ÿõü çhõšé. Trÿ à wîdér dàté ràñgé õr õthér tàgš.······················⟧</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>⟦Ñõthîñg wàš împõrtéd.·······⟧</translation>
    </message>
    <message>
        <source>Reflect could not read this file, so nothing was imported. Check that it is an export from jrnl, Day One or Reflect, or a folder of Markdown files.</source>
        <translation>⟦Réfléçt çõüld ñõt réàd thîš fîlé, šõ ñõthîñg wàš împõrtéd. Çhéçk thàt ît îš àñ éxpõrt frõm jrñl, Dàÿ Õñé õr Réfléçt, õr à fõldér õf Màrkdõwñ fîléš.··············································⟧</translation>
    </message>
    <message>
        <source>This is a shortcut (symbolic link); choose the file it points to.</source>
        <translation>⟦Thîš îš à šhõrtçüt (šÿmbõlîç lîñk); çhõõšé thé fîlé ît põîñtš tõ.····················⟧</translation>
    </message>
    <message>
        <source>This isn't a file Reflect can import.</source>
        <translation>⟦Thîš îšñ't à fîlé Réfléçt çàñ împõrt.···········⟧</translation>
    </message>
    <message>
        <source>This is larger than Reflect can import at once ({size} MB).</source>
        <translation>⟦Thîš îš làrgér thàñ Réfléçt çàñ împõrt àt õñçé ({size} MB).················⟧</translation>
    </message>
    <message>
        <source>This file isn't UTF-8 text.</source>
        <translation>⟦Thîš fîlé îšñ't ÜTF-8 téxt.·······⟧</translation>
    </message>
    <message>
        <source>This file holds far more items than a journal export, so Reflect won't read it.</source>
        <translation>⟦Thîš fîlé hõldš fàr mõré îtémš thàñ à jõürñàl éxpõrt, šõ Réfléçt wõñ't réàd ît.························⟧</translation>
    </message>
    <message>
        <source>This file isn't valid JSON; it may be damaged or incomplete.</source>
        <translation>⟦Thîš fîlé îšñ't vàlîd JŠÕÑ; ît màÿ bé dàmàgéd õr îñçõmplété.··················⟧</translation>
    </message>
    <message>
        <source>This zip file holds too many files to be an export.</source>
        <translation>⟦Thîš žîp fîlé hõldš tõõ màñÿ fîléš tõ bé àñ éxpõrt.················⟧</translation>
    </message>
    <message>
        <source>This zip file is damaged or uses a format Reflect can't read.</source>
        <translation>⟦Thîš žîp fîlé îš dàmàgéd õr üšéš à fõrmàt Réfléçt çàñ't réàd.···················⟧</translation>
    </message>
    <message>
        <source>This zip file contains unsafe file paths, so Reflect won't read it.</source>
        <translation>⟦Thîš žîp fîlé çõñtàîñš üñšàfé fîlé pàthš, šõ Réfléçt wõñ't réàd ît.·····················⟧</translation>
    </message>
    <message>
        <source>This zip file contains shortcuts (symbolic links), so Reflect won't read it.</source>
        <translation>⟦Thîš žîp fîlé çõñtàîñš šhõrtçütš (šÿmbõlîç lîñkš), šõ Réfléçt wõñ't réàd ît.························⟧</translation>
    </message>
    <message>
        <source>This zip file is password-protected. Export it again without a password.</source>
        <translation>⟦Thîš žîp fîlé îš pàššwõrd-prõtéçtéd. Éxpõrt ît àgàîñ wîthõüt à pàššwõrd.·······················⟧</translation>
    </message>
    <message>
        <source>This zip file looks unsafe (it expands far too much), so Reflect won't read it.</source>
        <translation>⟦Thîš žîp fîlé lõõkš üñšàfé (ît éxpàñdš fàr tõõ müçh), šõ Réfléçt wõñ't réàd ît.························⟧</translation>
    </message>
    <message>
        <source>This zip file looks unsafe (a file is larger than it claims).</source>
        <translation>⟦Thîš žîp fîlé lõõkš üñšàfé (à fîlé îš làrgér thàñ ît çlàîmš).··················⟧</translation>
    </message>
    <message>
        <source>In this file, {what} is not text as expected.</source>
        <translation>⟦Îñ thîš fîlé, {what} îš ñõt téxt àš éxpéçtéd.···········⟧</translation>
    </message>
    <message>
        <source>In this file, {what} is larger than Reflect accepts (5 MB).</source>
        <translation>⟦Îñ thîš fîlé, {what} îš làrgér thàñ Réfléçt àççéptš (5 MB).···············⟧</translation>
    </message>
    <message>
        <source>In this file, {what} contains invalid characters.</source>
        <translation>⟦Îñ thîš fîlé, {what} çõñtàîñš îñvàlîd çhàràçtérš.··············⟧</translation>
    </message>
    <message>
        <source>In this file, the tags of {what} are not a list as expected.</source>
        <translation>⟦Îñ thîš fîlé, thé tàgš õf {what} àré ñõt à lîšt àš éxpéçtéd.················⟧</translation>
    </message>
    <message>
        <source>a tag of {what}</source>
        <translation>⟦à tàg õf {what}··⟧</translation>
    </message>
    <message>
        <source>In this file, a tag of {what} is too long.</source>
        <translation>⟦Îñ thîš fîlé, à tàg õf {what} îš tõõ lõñg.··········⟧</translation>
    </message>
    <message>
        <source>In this file, {what} is not a whole number from {low} to {high}.</source>
        <translation>⟦Îñ thîš fîlé, {what} îš ñõt à whõlé ñümbér frõm {low} tõ {high}.·············⟧</translation>
    </message>
    <message>
        <source>In this file, {what} is not a date and time Reflect understands.</source>
        <translation>⟦Îñ thîš fîlé, {what} îš ñõt à dàté àñd tîmé Réfléçt üñdérštàñdš.··················⟧</translation>
    </message>
    <message>
        <source>In this file, {what} is outside the dates Reflect can store.</source>
        <translation>⟦Îñ thîš fîlé, {what} îš õütšîdé thé dàtéš Réfléçt çàñ štõré.················⟧</translation>
    </message>
    <message>
        <source>In this file, {what} is not in the expected form.</source>
        <translation>⟦Îñ thîš fîlé, {what} îš ñõt îñ thé éxpéçtéd fõrm.············⟧</translation>
    </message>
    <message>
        <source>In this file, {what} is not a list as expected.</source>
        <translation>⟦Îñ thîš fîlé, {what} îš ñõt à lîšt àš éxpéçtéd.············⟧</translation>
    </message>
    <message>
        <source>This file has more entries than Reflect can import at once ({count}).</source>
        <translation>⟦Thîš fîlé hàš mõré éñtrîéš thàñ Réfléçt çàñ împõrt àt õñçé ({count}).···················⟧</translation>
    </message>
    <message>
        <source>Time for a few quiet minutes</source>
        <translation>⟦Tîmé fõr à féw qüîét mîñütéš·········⟧</translation>
    </message>
    <message>
        <source>A moment for yourself, if you'd like one</source>
        <translation>⟦Å mõméñt fõr ÿõüršélf, îf ÿõü'd lîké õñé············⟧</translation>
    </message>
    <message>
        <source>Reflect is here when you want it</source>
        <translation>⟦Réfléçt îš héré whéñ ÿõü wàñt ît··········⟧</translation>
    </message>
    <message>
        <source>A gentle reminder from Reflect</source>
        <translation>⟦Å géñtlé rémîñdér frõm Réfléçt··········⟧</translation>
    </message>
    <message>
        <source>Some reminders came by while Reflect was closed</source>
        <translation>⟦Šõmé rémîñdérš çàmé bÿ whîlé Réfléçt wàš çlõšéd················⟧</translation>
    </message>
    <message>
        <source>A reminder id must be a uuid.</source>
        <extracomment>Everything a notifier is ever allowed to display.</extracomment>
        <translation>⟦Å rémîñdér îd müšt bé à üüîd.········⟧</translation>
    </message>
    <message>
        <source>An event id must be a uuid.</source>
        <translation>⟦Åñ évéñt îd müšt bé à üüîd.········⟧</translation>
    </message>
    <message>
        <source>Unknown reminder wording.</source>
        <translation>⟦Üñkñõwñ rémîñdér wõrdîñg.········⟧</translation>
    </message>
    <message>
        <source>Unknown time zone.</source>
        <translation>⟦Üñkñõwñ tîmé žõñé.······⟧</translation>
    </message>
    <message>
        <source>Choose at least one day for the reminder.</source>
        <translation>⟦Çhõõšé àt léàšt õñé dàÿ fõr thé rémîñdér.·············⟧</translation>
    </message>
    <message>
        <source>Choose a date for the reminder.</source>
        <translation>⟦Çhõõšé à dàté fõr thé rémîñdér.··········⟧</translation>
    </message>
    <message>
        <source>A follow-up needs an event.</source>
        <translation>⟦Å fõllõw-üp ñéédš àñ évéñt.········⟧</translation>
    </message>
    <message>
        <source>Reminder times must carry a zone.</source>
        <translation>⟦Rémîñdér tîméš müšt çàrrÿ à žõñé.··········⟧</translation>
    </message>
    <message>
        <source> Did you mean {meant}?</source>
        <translation>⟦ Dîd ÿõü méàñ {meant}?····⟧</translation>
    </message>
    <message>
        <source>Group {number} has “{ch}”, which is never in a recovery key: keys use only the digits 0-9 and the letters A-F.</source>
        <translation>⟦Grõüp {number} hàš “{ch}”, whîçh îš ñévér îñ à réçõvérÿ kéÿ: kéÿš üšé õñlÿ thé dîgîtš 0-9 àñd thé léttérš Å-F.···························⟧</translation>
    </message>
    <message>
        <source>The key has “{ch}”, which is never in a recovery key: keys use only the digits 0-9 and the letters A-F.</source>
        <translation>⟦Thé kéÿ hàš “{ch}”, whîçh îš ñévér îñ à réçõvérÿ kéÿ: kéÿš üšé õñlÿ thé dîgîtš 0-9 àñd thé léttérš Å-F.····························⟧</translation>
    </message>
    <message>
        <source>Group {number} has {count} characters; each group has {size}. Check that group against your printout.</source>
        <translation>⟦Grõüp {number} hàš {count} çhàràçtérš; éàçh grõüp hàš {size}. Çhéçk thàt grõüp àgàîñšt ÿõür prîñtõüt.·························⟧</translation>
    </message>
    <message>
        <source>This has {count} of the {expected} characters of a recovery key. Check that nothing is missing.</source>
        <translation>⟦Thîš hàš {count} õf thé {expected} çhàràçtérš õf à réçõvérÿ kéÿ. Çhéçk thàt ñõthîñg îš mîššîñg.························⟧</translation>
    </message>
    <message>
        <source>This has {count} characters; a recovery key has {expected}. Check for a character typed twice.</source>
        <translation>⟦Thîš hàš {count} çhàràçtérš; à réçõvérÿ kéÿ hàš {expected}. Çhéçk fõr à çhàràçtér tÿpéd twîçé.························⟧</translation>
    </message>
    <message>
        <source>This journal's key file (vault.json) is missing. Your entries are still there: open the journal with your recovery key, then choose a new passphrase.</source>
        <translation>⟦Thîš jõürñàl'š kéÿ fîlé (vàült.jšõñ) îš mîššîñg. Ÿõür éñtrîéš àré štîll théré: õpéñ thé jõürñàl wîth ÿõür réçõvérÿ kéÿ, théñ çhõõšé à ñéw pàššphràšé.···············································⟧</translation>
    </message>
    <message>
        <source>Reflect could not read {path}: {reason}.</source>
        <translation>⟦Réfléçt çõüld ñõt réàd {path}: {reason}.·······⟧</translation>
    </message>
    <message>
        <source>This journal's database file (journal.db) is missing. Restore it from a backup; nothing was changed.</source>
        <translation>⟦Thîš jõürñàl'š dàtàbàšé fîlé (jõürñàl.db) îš mîššîñg. Réštõré ît frõm à bàçküp; ñõthîñg wàš çhàñgéd.·······························⟧</translation>
    </message>
    <message>
        <source>To change the passphrase, enter the current one (or open the journal with the recovery key).</source>
        <translation>⟦Tõ çhàñgé thé pàššphràšé, éñtér thé çürréñt õñé (õr õpéñ thé jõürñàl wîth thé réçõvérÿ kéÿ).·····························⟧</translation>
    </message>
    <message>
        <source>This journal already uses the new recovery key; keep that one.</source>
        <translation>⟦Thîš jõürñàl àlréàdÿ üšéš thé ñéw réçõvérÿ kéÿ; kéép thàt õñé.····················⟧</translation>
    </message>
    <message>
        <source>Weekly questions</source>
        <translation>⟦Wééklÿ qüéštîõñš······⟧</translation>
    </message>
    <message>
        <source>No weekly questions answered in this period.</source>
        <translation>⟦Ñõ wééklÿ qüéštîõñš àñšwéréd îñ thîš pérîõd.··············⟧</translation>
    </message>
    <message>
        <source>PHQ-2 (0–6)</source>
        <translation>⟦PHQ-2 (0–6)··⟧</translation>
    </message>
    <message>
        <source>GAD-2 (0–6)</source>
        <translation>⟦GÅD-2 (0–6)··⟧</translation>
    </message>
    <message>
        <source>Distress at each check-in, averaged per day (0 = calm, 10 = the worst it gets).</source>
        <translation>⟦Dîštréšš àt éàçh çhéçk-îñ, àvéràgéd pér dàÿ (0 = çàlm, 10 = thé wõršt ît gétš).·····················⟧</translation>
    </message>
    <message>
        <source>Reflect could not write to {folder}: the disk is full or the folder cannot be written to. Free some space or choose another folder; nothing was changed.</source>
        <translation>⟦Réfléçt çõüld ñõt wrîté tõ {folder}: thé dîšk îš füll õr thé fõldér çàññõt bé wrîttéñ tõ. Fréé šõmé špàçé õr çhõõšé àñõthér fõldér; ñõthîñg wàš çhàñgéd.·············································⟧</translation>
    </message>
    <message>
        <source>Reflect could not write to {folder} ({reason}). Nothing was changed; try another folder.</source>
        <translation>⟦Réfléçt çõüld ñõt wrîté tõ {folder} ({reason}). Ñõthîñg wàš çhàñgéd; trÿ àñõthér fõldér.······················⟧</translation>
    </message>
    <message>
        <source>[name]</source>
        <extracomment>What each kind of finding is replaced with, in English (``Finding.label`` gives the current language's words: the therapist reads the export in that language).</extracomment>
        <translation>⟦[ñàmé]··⟧</translation>
    </message>
    <message>
        <source>[date]</source>
        <translation>⟦[dàté]··⟧</translation>
    </message>
    <message>
        <source>[age]</source>
        <translation>⟦[àgé]··⟧</translation>
    </message>
    <message>
        <source>[phone]</source>
        <translation>⟦[phõñé]··⟧</translation>
    </message>
    <message>
        <source>[email]</source>
        <translation>⟦[émàîl]··⟧</translation>
    </message>
    <message>
        <source>[id number]</source>
        <translation>⟦[îd ñümbér]···⟧</translation>
    </message>
    <message>
        <source>[address]</source>
        <translation>⟦[àddréšš]··⟧</translation>
    </message>
    <message>
        <source>[zip]</source>
        <translation>⟦[žîp]··⟧</translation>
    </message>
    <message>
        <source>[postcode]</source>
        <translation>⟦[põštçõdé]···⟧</translation>
    </message>
    <message>
        <source>[place]</source>
        <translation>⟦[plàçé]··⟧</translation>
    </message>
    <message>
        <source>[url]</source>
        <translation>⟦[ürl]··⟧</translation>
    </message>
    <message>
        <source>[ip address]</source>
        <translation>⟦[îp àddréšš]···⟧</translation>
    </message>
    <message>
        <source>[photo not imported]</source>
        <extracomment>Day One's attachment lists, and the note left in the entry where one was.</extracomment>
        <translation>⟦[phõtõ ñõt împõrtéd]······⟧</translation>
    </message>
    <message>
        <source>[audio recording not imported]</source>
        <translation>⟦[àüdîõ réçõrdîñg ñõt împõrtéd]··········⟧</translation>
    </message>
    <message>
        <source>[video not imported]</source>
        <translation>⟦[vîdéõ ñõt împõrtéd]······⟧</translation>
    </message>
    <message>
        <source>[PDF not imported]</source>
        <translation>⟦[PDF ñõt împõrtéd]·····⟧</translation>
    </message>
    <message>
        <source>This zip file has no Day One journal (.json) in it.</source>
        <translation>⟦Thîš žîp fîlé hàš ñõ Dàÿ Õñé jõürñàl (.jšõñ) îñ ît.··············⟧</translation>
    </message>
    <message>
        <source>This zip file holds a JSON file that isn't a Day One journal.</source>
        <translation>⟦Thîš žîp fîlé hõldš à JŠÕÑ fîlé thàt îšñ't à Dàÿ Õñé jõürñàl.··················⟧</translation>
    </message>
    <message>
        <source>entry {n}</source>
        <translation>⟦éñtrÿ {n}··⟧</translation>
    </message>
    <message>
        <source>the id of {what}</source>
        <translation>⟦thé îd õf {what}··⟧</translation>
    </message>
    <message>
        <source>In this file, the id of {what} is not a Day One id.</source>
        <translation>⟦Îñ thîš fîlé, thé îd õf {what} îš ñõt à Dàÿ Õñé îd.············⟧</translation>
    </message>
    <message>
        <source>the date of {what}</source>
        <translation>⟦thé dàté õf {what}···⟧</translation>
    </message>
    <message>
        <source>the change date of {what}</source>
        <translation>⟦thé çhàñgé dàté õf {what}······⟧</translation>
    </message>
    <message>
        <source>the text of {what}</source>
        <translation>⟦thé téxt õf {what}···⟧</translation>
    </message>
    <message>
        <source>1 empty entry was left out.</source>
        <translation>⟦1 émptÿ éñtrÿ wàš léft õüt.········⟧</translation>
    </message>
    <message>
        <source>{count} empty entries were left out.</source>
        <translation>⟦{count} émptÿ éñtrîéš wéré léft õüt.·········⟧</translation>
    </message>
    <message>
        <source>{count} of the entries had no time zone; their dates follow this computer's.</source>
        <translation>⟦{count} õf thé éñtrîéš hàd ñõ tîmé žõñé; théîr dàtéš fõllõw thîš çõmpütér'š.·····················⟧</translation>
    </message>
    <message>
        <source>the title of {what}</source>
        <translation>⟦thé tîtlé õf {what}····⟧</translation>
    </message>
    <message>
        <source>the time of {what}</source>
        <translation>⟦thé tîmé õf {what}···⟧</translation>
    </message>
    <message>
        <source>In this file, the date of {what} is not one Reflect understands.</source>
        <translation>⟦Îñ thîš fîlé, thé dàté õf {what} îš ñõt õñé Réfléçt üñdérštàñdš.··················⟧</translation>
    </message>
    <message>
        <source>In this file, the star of {what} is not true or false.</source>
        <translation>⟦Îñ thîš fîlé, thé štàr õf {what} îš ñõt trüé õr fàlšé.··············⟧</translation>
    </message>
    <message>
        <source>This folder has no Markdown (.md) files in it.</source>
        <translation>⟦Thîš fõldér hàš ñõ Màrkdõwñ (.md) fîléš îñ ît.·············⟧</translation>
    </message>
    <message>
        <source>This folder is larger than Reflect can import at once (200 MB).</source>
        <translation>⟦Thîš fõldér îš làrgér thàñ Réfléçt çàñ împõrt àt õñçé (200 MB).··················⟧</translation>
    </message>
    <message>
        <source>This folder contains a shortcut (symbolic link). Move the real files into the folder and try again.</source>
        <translation>⟦Thîš fõldér çõñtàîñš à šhõrtçüt (šÿmbõlîç lîñk). Mõvé thé réàl fîléš îñtõ thé fõldér àñd trÿ àgàîñ.·······························⟧</translation>
    </message>
    <message>
        <source>Reflect could not read one of the files in this folder.</source>
        <translation>⟦Réfléçt çõüld ñõt réàd õñé õf thé fîléš îñ thîš fõldér.·················⟧</translation>
    </message>
    <message>
        <source>This folder has more files than Reflect can import at once.</source>
        <translation>⟦Thîš fõldér hàš mõré fîléš thàñ Réfléçt çàñ împõrt àt õñçé.···················⟧</translation>
    </message>
    <message>
        <source>A file's date wasn't one Reflect understands; its last change date was used.</source>
        <translation>⟦Å fîlé'š dàté wàšñ't õñé Réfléçt üñdérštàñdš; îtš làšt çhàñgé dàté wàš üšéd.························⟧</translation>
    </message>
    <message>
        <source>This Reflect export has no valid version number.</source>
        <translation>⟦Thîš Réfléçt éxpõrt hàš ñõ vàlîd véršîõñ ñümbér.················⟧</translation>
    </message>
    <message>
        <source>This export was made by a newer Reflect. Install the latest Reflect first.</source>
        <translation>⟦Thîš éxpõrt wàš màdé bÿ à ñéwér Réfléçt. Îñštàll thé làtéšt Réfléçt fîršt.························⟧</translation>
    </message>
    <message>
        <source>event {n}</source>
        <translation>⟦évéñt {n}··⟧</translation>
    </message>
    <message>
        <source>In this file, two events have the same id.</source>
        <translation>⟦Îñ thîš fîlé, twõ évéñtš hàvé thé šàmé îd.············⟧</translation>
    </message>
    <message>
        <source>check-in {n}</source>
        <translation>⟦çhéçk-îñ {n}··⟧</translation>
    </message>
    <message>
        <source>In this file, {what} is not a valid id.</source>
        <translation>⟦Îñ thîš fîlé, {what} îš ñõt à vàlîd îd.·········⟧</translation>
    </message>
    <message>
        <source>the event of {what}</source>
        <translation>⟦thé évéñt õf {what}····⟧</translation>
    </message>
    <message>
        <source>In this file, {what} has no title.</source>
        <translation>⟦Îñ thîš fîlé, {what} hàš ñõ tîtlé.········⟧</translation>
    </message>
    <message>
        <source>the status of {what}</source>
        <translation>⟦thé štàtüš õf {what}····⟧</translation>
    </message>
    <message>
        <source>In this file, the status of {what} is not one Reflect knows.</source>
        <translation>⟦Îñ thîš fîlé, thé štàtüš õf {what} îš ñõt õñé Réfléçt kñõwš.················⟧</translation>
    </message>
    <message>
        <source>the stages of {what}</source>
        <translation>⟦thé štàgéš õf {what}····⟧</translation>
    </message>
    <message>
        <source>stage {number} of {what}</source>
        <translation>⟦štàgé {number} õf {what}··⟧</translation>
    </message>
    <message>
        <source>a stage of {what}</source>
        <translation>⟦à štàgé õf {what}···⟧</translation>
    </message>
    <message>
        <source>a stage date of {what}</source>
        <translation>⟦à štàgé dàté õf {what}····⟧</translation>
    </message>
    <message>
        <source>the notes of {what}</source>
        <translation>⟦thé ñõtéš õf {what}····⟧</translation>
    </message>
    <message>
        <source>the stage of {what}</source>
        <translation>⟦thé štàgé õf {what}····⟧</translation>
    </message>
    <message>
        <source>the creation date of {what}</source>
        <translation>⟦thé çréàtîõñ dàté õf {what}······⟧</translation>
    </message>
    <message>
        <source>the support ratings of {what}</source>
        <translation>⟦thé šüppõrt ràtîñgš õf {what}·······⟧</translation>
    </message>
    <message>
        <source>In this file, {what} has too many support ratings.</source>
        <translation>⟦Îñ thîš fîlé, {what} hàš tõõ màñÿ šüppõrt ràtîñgš.·············⟧</translation>
    </message>
    <message>
        <source>a support rating of {what}</source>
        <translation>⟦à šüppõrt ràtîñg õf {what}······⟧</translation>
    </message>
    <message>
        <source>In this file, 'triggered' of {what} is not true or false.</source>
        <translation>⟦Îñ thîš fîlé, 'trîggéréd' õf {what} îš ñõt trüé õr fàlšé.··············⟧</translation>
    </message>
    <message>
        <source>the distress of {what}</source>
        <translation>⟦thé dîštréšš õf {what}·····⟧</translation>
    </message>
    <message>
        <source>the sleep of {what}</source>
        <translation>⟦thé šléép õf {what}····⟧</translation>
    </message>
    <message>
        <source>the note of {what}</source>
        <translation>⟦thé ñõté õf {what}···⟧</translation>
    </message>
    <message>
        <source>the PHQ-2 score of {what}</source>
        <translation>⟦thé PHQ-2 šçõré õf {what}·····⟧</translation>
    </message>
    <message>
        <source>the GAD-2 score of {what}</source>
        <translation>⟦thé GÅD-2 šçõré õf {what}·····⟧</translation>
    </message>
    <message>
        <source>In this file, an entry or check-in belongs to an event that isn't there.</source>
        <translation>⟦Îñ thîš fîlé, àñ éñtrÿ õr çhéçk-îñ bélõñgš tõ àñ évéñt thàt îšñ't théré.······················⟧</translation>
    </message>
    <message>
        <source>This is a shortcut (symbolic link); choose the file or folder itself.</source>
        <translation>⟦Thîš îš à šhõrtçüt (šÿmbõlîç lîñk); çhõõšé thé fîlé õr fõldér îtšélf.·····················⟧</translation>
    </message>
    <message>
        <source>That file or folder no longer exists.</source>
        <translation>⟦Thàt fîlé õr fõldér ñõ lõñgér éxîštš.············⟧</translation>
    </message>
    <message>
        <source>Reflect could not open this file or folder.</source>
        <translation>⟦Réfléçt çõüld ñõt õpéñ thîš fîlé õr fõldér.··············⟧</translation>
    </message>
    <message>
        <source>Reflect doesn't recognise this file. It can import jrnl JSON exports (jrnl --format json), Day One JSON exports, Reflect exports and Markdown files.</source>
        <translation>⟦Réfléçt dõéšñ't réçõgñîšé thîš fîlé. Ît çàñ împõrt jrñl JŠÕÑ éxpõrtš (jrñl --fõrmàt jšõñ), Dàÿ Õñé JŠÕÑ éxpõrtš, Réfléçt éxpõrtš àñd Màrkdõwñ fîléš.··············································⟧</translation>
    </message>
    <message>
        <source>This file is damaged or was changed by something other than Reflect, so it was skipped.</source>
        <translation>⟦Thîš fîlé îš dàmàgéd õr wàš çhàñgéd bÿ šõméthîñg õthér thàñ Réfléçt, šõ ît wàš škîppéd.····························⟧</translation>
    </message>
    <message>
        <source>This file was made by a newer Reflect, so it was skipped. Install the latest Reflect.</source>
        <translation>⟦Thîš fîlé wàš màdé bÿ à ñéwér Réfléçt, šõ ît wàš škîppéd. Îñštàll thé làtéšt Réfléçt.··························⟧</translation>
    </message>
    <message>
        <source>This file belongs to another journal, so it was skipped.</source>
        <translation>⟦Thîš fîlé bélõñgš tõ àñõthér jõürñàl, šõ ît wàš škîppéd.··················⟧</translation>
    </message>
    <message>
        <source>Your passphrase or recovery key was changed on another computer. Enter the passphrase you use there once, and this computer will be in step again.</source>
        <translation>⟦Ÿõür pàššphràšé õr réçõvérÿ kéÿ wàš çhàñgéd õñ àñõthér çõmpütér. Éñtér thé pàššphràšé ÿõü üšé théré õñçé, àñd thîš çõmpütér wîll bé îñ štép àgàîñ.···············································⟧</translation>
    </message>
    <message>
        <source>This file was written before this computer changed the journal's recovery key. It will be in step once Reflect has been opened on that computer and its passphrase entered there.</source>
        <translation>⟦Thîš fîlé wàš wrîttéñ béfõré thîš çõmpütér çhàñgéd thé jõürñàl'š réçõvérÿ kéÿ. Ît wîll bé îñ štép õñçé Réfléçt hàš bééñ õpéñéd õñ thàt çõmpütér àñd îtš pàššphràšé éñtéréd théré.··························································⟧</translation>
    </message>
    <message>
        <source>This file is far larger than a journal could make, so it was skipped.</source>
        <translation>⟦Thîš fîlé îš fàr làrgér thàñ à jõürñàl çõüld màké, šõ ît wàš škîppéd.·····················⟧</translation>
    </message>
    <message>
        <source>Reflect could not read this file, so it was skipped.</source>
        <translation>⟦Réfléçt çõüld ñõt réàd thîš fîlé, šõ ît wàš škîppéd.················⟧</translation>
    </message>
    <message>
        <source>This backup is of another journal, or of this one before its recovery key was changed. Enter the passphrase that was in use when it was made, or its recovery key.</source>
        <translation>⟦Thîš bàçküp îš õf àñõthér jõürñàl, õr õf thîš õñé béfõré îtš réçõvérÿ kéÿ wàš çhàñgéd. Éñtér thé pàššphràšé thàt wàš îñ üšé whéñ ît wàš màdé, õr îtš réçõvérÿ kéÿ.···················································⟧</translation>
    </message>
    <message>
        <source>This folder holds no Reflect journal yet. On the computer where you already use Reflect, choose Settings &gt; Two computers and this same folder first, and wait until your sync tool has copied its file here.</source>
        <translation>⟦Thîš fõldér hõldš ñõ Réfléçt jõürñàl ÿét. Õñ thé çõmpütér whéré ÿõü àlréàdÿ üšé Réfléçt, çhõõšé Šéttîñgš &gt; Twõ çõmpütérš àñd thîš šàmé fõldér fîršt, àñd wàît üñtîl ÿõür šÿñç tõõl hàš çõpîéd îtš fîlé héré.·································································⟧</translation>
    </message>
    <message>
        <source>That passphrase doesn't open the journal in this folder. Use the passphrase of your journal on the other computer, or its recovery key.</source>
        <translation>⟦Thàt pàššphràšé dõéšñ't õpéñ thé jõürñàl îñ thîš fõldér. Üšé thé pàššphràšé õf ÿõür jõürñàl õñ thé õthér çõmpütér, õr îtš réçõvérÿ kéÿ.···········································⟧</translation>
    </message>
    <message>
        <source>That recovery key doesn't open the journal in this folder. If you made a new recovery key on the other computer, use that one, or the passphrase.</source>
        <translation>⟦Thàt réçõvérÿ kéÿ dõéšñ't õpéñ thé jõürñàl îñ thîš fõldér. Îf ÿõü màdé à ñéw réçõvérÿ kéÿ õñ thé õthér çõmpütér, üšé thàt õñé, õr thé pàššphràšé.·············································⟧</translation>
    </message>
    <message>
        <source>The other computer's file could not be opened with that passphrase, so nothing was changed. Check that its sync has finished, then try again.</source>
        <translation>⟦Thé õthér çõmpütér'š fîlé çõüld ñõt bé õpéñéd wîth thàt pàššphràšé, šõ ñõthîñg wàš çhàñgéd. Çhéçk thàt îtš šÿñç hàš fîñîšhéd, théñ trÿ àgàîñ.·············································⟧</translation>
    </message>
    <message>
        <source>That folder is inside your journal's own folder. Choose a folder outside it, one that your sync tool keeps in step.</source>
        <translation>⟦Thàt fõldér îš îñšîdé ÿõür jõürñàl'š õwñ fõldér. Çhõõšé à fõldér õütšîdé ît, õñé thàt ÿõür šÿñç tõõl kéépš îñ štép.····································⟧</translation>
    </message>
    <message>
        <source>Your journal itself is inside that folder, and a sync tool must never copy a journal while Reflect writes in it. Choose another folder, one that does not hold your journal.</source>
        <translation>⟦Ÿõür jõürñàl îtšélf îš îñšîdé thàt fõldér, àñd à šÿñç tõõl müšt ñévér çõpÿ à jõürñàl whîlé Réfléçt wrîtéš îñ ît. Çhõõšé àñõthér fõldér, õñé thàt dõéš ñõt hõld ÿõür jõürñàl.·······················································⟧</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>This copy of Reflect is missing its file {name}. Reflect's licence is the GNU General Public License, version 3 or later: https://www.gnu.org/licenses/gpl-3.0</source>
        <translation>⟦Thîš çõpÿ õf Réfléçt îš mîššîñg îtš fîlé {name}. Réfléçt'š lîçéñçé îš thé GÑÜ Géñéràl Püblîç Lîçéñšé, véršîõñ 3 õr làtér: httpš://www.gñü.õrg/lîçéñšéš/gpl-3.0··············································⟧</translation>
    </message>
    <message>
        <source>About Reflect</source>
        <translation>⟦Åbõüt Réfléçt····⟧</translation>
    </message>
    <message>
        <source>About</source>
        <translation>⟦Åbõüt··⟧</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>⟦Lîçéñçé··⟧</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>⟦Thîrd-pàrtÿ ñõtîçéš······⟧</translation>
    </message>
    <message>
        <source>Close About</source>
        <translation>⟦Çlõšé Åbõüt····⟧</translation>
    </message>
    <message>
        <source>Reflect {version}</source>
        <translation>⟦Réfléçt {version}··⟧</translation>
    </message>
    <message>
        <source>A private journal for clinicians in the weeks and months after care goes wrong. Everything you write is encrypted on this computer, and Reflect never connects to the internet.

Reflect is free software: you can share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty. The Licence tab has the full text; the Third-party notices tab lists the work of others that Reflect is built on, with their licences.</source>
        <translation>⟦Å prîvàté jõürñàl fõr çlîñîçîàñš îñ thé wéékš àñd mõñthš àftér çàré gõéš wrõñg. Évérÿthîñg ÿõü wrîté îš éñçrÿptéd õñ thîš çõmpütér, àñd Réfléçt ñévér çõññéçtš tõ thé îñtérñét.

Réfléçt îš fréé šõftwàré: ÿõü çàñ šhàré àñd çhàñgé ît üñdér thé térmš õf thé GÑÜ Géñéràl Püblîç Lîçéñšé, véršîõñ 3 õr (àt ÿõür õptîõñ) àñÿ làtér véršîõñ. Ît çõméš wîth ñõ wàrràñtÿ. Thé Lîçéñçé tàb hàš thé füll téxt; thé Thîrd-pàrtÿ ñõtîçéš tàb lîštš thé wõrk õf õthérš thàt Réfléçt îš büîlt õñ, wîth théîr lîçéñçéš.····························································································································································⟧</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Quit</source>
        <translation>⟦Qüît··⟧</translation>
    </message>
    <message>
        <source>Your journal was restored from the backup. Unlock it with the passphrase you used when the backup was made, or with your recovery key.</source>
        <translation>⟦Ÿõür jõürñàl wàš réštõréd frõm thé bàçküp. Üñlõçk ît wîth thé pàššphràšé ÿõü üšéd whéñ thé bàçküp wàš màdé, õr wîth ÿõür réçõvérÿ kéÿ.···········································⟧</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>⟦Šüppõrt··⟧</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>⟦Bàçküpš··⟧</translation>
    </message>
    <message>
        <source>A backup is one encrypted file. It opens only with your passphrase or your recovery key, so it is safe to keep on a USB stick or in a cloud folder.</source>
        <translation>⟦Å bàçküp îš õñé éñçrÿptéd fîlé. Ît õpéñš õñlÿ wîth ÿõür pàššphràšé õr ÿõür réçõvérÿ kéÿ, šõ ît îš šàfé tõ kéép õñ à ÜŠB štîçk õr îñ à çlõüd fõldér.·············································⟧</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>⟦Bàçküp štàtüš····⟧</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>⟦Prõgréšš···⟧</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>⟦Çlõšé··⟧</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>⟦Bàçk üp ñõw···⟧</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>⟦Làšt bàçküp····⟧</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>⟦Màké à bàçküp ñõw·····⟧</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>⟦Åütõmàtîç bàçküpš······⟧</translation>
    </message>
    <message>
        <source>Back up when I close Reflect (at most once a day)</source>
        <translation>⟦Bàçk üp whéñ Î çlõšé Réfléçt (àt mõšt õñçé à dàÿ)··············⟧</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>⟦Bàçküp fõldér····⟧</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>⟦Çhàñgé fõldér…····⟧</translation>
    </message>
    <message>
        <source>How many backups to keep</source>
        <translation>⟦Hõw màñÿ bàçküpš tõ kéép········⟧</translation>
    </message>
    <message>
        <source>Keep the most recent</source>
        <translation>⟦Kéép thé mõšt réçéñt······⟧</translation>
    </message>
    <message>
        <source>backups; older ones are removed</source>
        <translation>⟦bàçküpš; õldér õñéš àré rémõvéd··········⟧</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>⟦Réštõré··⟧</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>⟦Réštõré frõm à bàçküp…·······⟧</translation>
    </message>
    <message>
        <source>Passphrase or recovery key for this backup</source>
        <translation>⟦Pàššphràšé õr réçõvérÿ kéÿ fõr thîš bàçküp··············⟧</translation>
    </message>
    <message>
        <source>Passphrase when the backup was made, or recovery key</source>
        <translation>⟦Pàššphràšé whéñ thé bàçküp wàš màdé, õr réçõvérÿ kéÿ·················⟧</translation>
    </message>
    <message>
        <source>Restore as a separate journal (keeps this one)</source>
        <translation>⟦Réštõré àš à šépàràté jõürñàl (kéépš thîš õñé)··············⟧</translation>
    </message>
    <message>
        <source>Replace the journal that is open now</source>
        <translation>⟦Réplàçé thé jõürñàl thàt îš õpéñ ñõw············⟧</translation>
    </message>
    <message>
        <source>Check and restore</source>
        <translation>⟦Çhéçk àñd réštõré······⟧</translation>
    </message>
    <message>
        <source>Folder: {0}</source>
        <translation>⟦Fõldér: {0}··⟧</translation>
    </message>
    <message>
        <source>Last backup: {0}</source>
        <translation>⟦Làšt bàçküp: {0}····⟧</translation>
    </message>
    <message>
        <source>No backup made yet.</source>
        <translation>⟦Ñõ bàçküp màdé ÿét.······⟧</translation>
    </message>
    <message>
        <source>Choose a folder for backups</source>
        <translation>⟦Çhõõšé à fõldér fõr bàçküpš·········⟧</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>⟦Màkîñg à bàçküp…·····⟧</translation>
    </message>
    <message>
        <source>Backup saved as {0}.</source>
        <translation>⟦Bàçküp šàvéd àš {0}.·····⟧</translation>
    </message>
    <message>
        <source>Reflect hit an internal problem. Nothing was changed.</source>
        <translation>⟦Réfléçt hît àñ îñtérñàl prõblém. Ñõthîñg wàš çhàñgéd.·················⟧</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>⟦Çhõõšé à bàçküp tõ réštõré········⟧</translation>
    </message>
    <message>
        <source>Can't use this file</source>
        <translation>⟦Çàñ't üšé thîš fîlé······⟧</translation>
    </message>
    <message>
        <source>Backup made on {0}. Enter the passphrase you used then, or your recovery key.</source>
        <translation>⟦Bàçküp màdé õñ {0}. Éñtér thé pàššphràšé ÿõü üšéd théñ, õr ÿõür réçõvérÿ kéÿ.·······················⟧</translation>
    </message>
    <message>
        <source>Can't replace from here</source>
        <translation>⟦Çàñ't réplàçé frõm héré·······⟧</translation>
    </message>
    <message>
        <source>Restore as a separate journal instead; nothing was changed.</source>
        <translation>⟦Réštõré àš à šépàràté jõürñàl îñštéàd; ñõthîñg wàš çhàñgéd.···················⟧</translation>
    </message>
    <message>
        <source>Choose where to put the restored journal</source>
        <translation>⟦Çhõõšé whéré tõ püt thé réštõréd jõürñàl·············⟧</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>⟦Çhéçkîñg thé bàçküp…······⟧</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>⟦Ñõthîñg wàš çhàñgéd.······⟧</translation>
    </message>
    <message>
        <source>Restored into {0}.</source>
        <translation>⟦Réštõréd îñtõ {0}.····⟧</translation>
    </message>
    <message>
        <source>This backup is of a different journal</source>
        <translation>⟦Thîš bàçküp îš õf à dîfféréñt jõürñàl············⟧</translation>
    </message>
    <message>
        <source>The backup checked out, but it was made from another Reflect journal, not the one open now. Replacing puts that journal in place of yours, and nothing you wrote in this one stays in this folder. To keep both, choose “Restore as a separate journal” instead.</source>
        <translation>⟦Thé bàçküp çhéçkéd õüt, büt ît wàš màdé frõm àñõthér Réfléçt jõürñàl, ñõt thé õñé õpéñ ñõw. Réplàçîñg pütš thàt jõürñàl îñ plàçé õf ÿõürš, àñd ñõthîñg ÿõü wrõté îñ thîš õñé štàÿš îñ thîš fõldér. Tõ kéép bõth, çhõõšé “Réštõré àš à šépàràté jõürñàl” îñštéàd.················································································⟧</translation>
    </message>
    <message>
        <source>Replace with the other journal</source>
        <translation>⟦Réplàçé wîth thé õthér jõürñàl··········⟧</translation>
    </message>
    <message>
        <source>Keep my journal</source>
        <translation>⟦Kéép mÿ jõürñàl·····⟧</translation>
    </message>
    <message>
        <source>Replace your journal with this backup?</source>
        <translation>⟦Réplàçé ÿõür jõürñàl wîth thîš bàçküp?············⟧</translation>
    </message>
    <message>
        <source>The backup checked out. Anything written since it was made will be gone from this journal. Reflect will lock the journal, put the backup in its place, and ask for the backup's passphrase.</source>
        <translation>⟦Thé bàçküp çhéçkéd õüt. Åñÿthîñg wrîttéñ šîñçé ît wàš màdé wîll bé gõñé frõm thîš jõürñàl. Réfléçt wîll lõçk thé jõürñàl, püt thé bàçküp îñ îtš plàçé, àñd àšk fõr thé bàçküp'š pàššphràšé.···························································⟧</translation>
    </message>
    <message>
        <source>Replace my journal</source>
        <translation>⟦Réplàçé mÿ jõürñàl······⟧</translation>
    </message>
</context>
<context>
    <name>CatchUpDialog</name>
    <message>
        <source>Passphrase changed on your other computer</source>
        <translation>⟦Pàššphràšé çhàñgéd õñ ÿõür õthér çõmpütér··············⟧</translation>
    </message>
    <message>
        <source>Passphrase used on the other computer</source>
        <translation>⟦Pàššphràšé üšéd õñ thé õthér çõmpütér············⟧</translation>
    </message>
    <message>
        <source>Taking the new passphrase</source>
        <translation>⟦Tàkîñg thé ñéw pàššphràšé········⟧</translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation>⟦Üšé thîš pàššphràšé······⟧</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>⟦Ñõt ñõw··⟧</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>⟦Pàššphràšé····⟧</translation>
    </message>
    <message>
        <source>Your passphrase or recovery key was changed on your other computer. Enter the passphrase you use there, once, and this computer will use it too. Until then, Reflect keeps what you write here, and the two computers may not be fully in step.</source>
        <translation>⟦Ÿõür pàššphràšé õr réçõvérÿ kéÿ wàš çhàñgéd õñ ÿõür õthér çõmpütér. Éñtér thé pàššphràšé ÿõü üšé théré, õñçé, àñd thîš çõmpütér wîll üšé ît tõõ. Üñtîl théñ, Réfléçt kéépš whàt ÿõü wrîté héré, àñd thé twõ çõmpütérš màÿ ñõt bé füllÿ îñ štép.············································································⟧</translation>
    </message>
    <message>
        <source>Type the passphrase you use on the other computer.</source>
        <translation>⟦Tÿpé thé pàššphràšé ÿõü üšé õñ thé õthér çõmpütér.················⟧</translation>
    </message>
    <message>
        <source>That passphrase doesn't open your other computer's file. Nothing was changed. Use the passphrase you type there to unlock Reflect.</source>
        <translation>⟦Thàt pàššphràšé dõéšñ't õpéñ ÿõür õthér çõmpütér'š fîlé. Ñõthîñg wàš çhàñgéd. Üšé thé pàššphràšé ÿõü tÿpé théré tõ üñlõçk Réfléçt.··········································⟧</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>⟦Çhàñgé pàššphràšé······⟧</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>⟦Çürréñt pàššphràšé······⟧</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>⟦Çhàñgîñg thé pàššphràšé········⟧</translation>
    </message>
    <message>
        <source>Someone may know my old passphrase: also give my journal a new key</source>
        <translation>⟦Šõméõñé màÿ kñõw mÿ õld pàššphràšé: àlšõ gîvé mÿ jõürñàl à ñéw kéÿ·····················⟧</translation>
    </message>
    <message>
        <source>Without a new key, a copy of your journal's key file from before the change (in an old backup, say) still opens your journal with the old passphrase. A new key shuts that out; you get a new recovery key with it.</source>
        <translation>⟦Wîthõüt à ñéw kéÿ, à çõpÿ õf ÿõür jõürñàl'š kéÿ fîlé frõm béfõré thé çhàñgé (îñ àñ õld bàçküp, šàÿ) štîll õpéñš ÿõür jõürñàl wîth thé õld pàššphràšé. Å ñéw kéÿ šhütš thàt õüt; ÿõü gét à ñéw réçõvérÿ kéÿ wîth ît.································································⟧</translation>
    </message>
    <message>
        <source>Your entries stay as they are; only the passphrase that opens them changes. Your recovery key keeps working, unless you also ask for a new key below.</source>
        <translation>⟦Ÿõür éñtrîéš štàÿ àš théÿ àré; õñlÿ thé pàššphràšé thàt õpéñš thém çhàñgéš. Ÿõür réçõvérÿ kéÿ kéépš wõrkîñg, üñléšš ÿõü àlšõ àšk fõr à ñéw kéÿ bélõw.···············································⟧</translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>⟦Tÿpé ÿõür çürréñt pàššphràšé fîršt.············⟧</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>⟦Pàššphràšé çhàñgéd······⟧</translation>
    </message>
    <message>
        <source>From now on, use your new passphrase to open your journal.</source>
        <translation>⟦Frõm ñõw õñ, üšé ÿõür ñéw pàššphràšé tõ õpéñ ÿõür jõürñàl.··················⟧</translation>
    </message>
    <message>
        <source>That isn't your current passphrase. Nothing was changed.</source>
        <translation>⟦Thàt îšñ't ÿõür çürréñt pàššphràšé. Ñõthîñg wàš çhàñgéd.··················⟧</translation>
    </message>
</context>
<context>
    <name>ColumnPage</name>
    <message>
        <source>Page</source>
        <translation>⟦Pàgé··⟧</translation>
    </message>
</context>
<context>
    <name>DataExportDialog</name>
    <message>
        <source>Export all your entries</source>
        <translation>⟦Éxpõrt àll ÿõür éñtrîéš········⟧</translation>
    </message>
    <message>
        <source>These copies are not encrypted. Anyone who can open the file can read every entry. Save them only somewhere you trust, and delete them when you no longer need them. For a safe copy, use Backups instead.</source>
        <translation>⟦Théšé çõpîéš àré ñõt éñçrÿptéd. Åñÿõñé whõ çàñ õpéñ thé fîlé çàñ réàd évérÿ éñtrÿ. Šàvé thém õñlÿ šõméwhéré ÿõü trüšt, àñd délété thém whéñ ÿõü ñõ lõñgér ñééd thém. Fõr à šàfé çõpÿ, üšé Bàçküpš îñštéàd.································································⟧</translation>
    </message>
    <message>
        <source>Warning: not encrypted</source>
        <translation>⟦Wàrñîñg: ñõt éñçrÿptéd·······⟧</translation>
    </message>
    <message>
        <source>I understand these files are not encrypted</source>
        <translation>⟦Î üñdérštàñd théšé fîléš àré ñõt éñçrÿptéd··············⟧</translation>
    </message>
    <message>
        <source>Save as one JSON file…</source>
        <translation>⟦Šàvé àš õñé JŠÕÑ fîlé…······⟧</translation>
    </message>
    <message>
        <source>Save as one JSON file</source>
        <translation>⟦Šàvé àš õñé JŠÕÑ fîlé······⟧</translation>
    </message>
    <message>
        <source>Save as Markdown files…</source>
        <translation>⟦Šàvé àš Màrkdõwñ fîléš…·······⟧</translation>
    </message>
    <message>
        <source>Save as Markdown files</source>
        <translation>⟦Šàvé àš Màrkdõwñ fîléš·······⟧</translation>
    </message>
    <message>
        <source>JSON keeps everything (entries, events, check-ins) and can be imported back into Reflect. Markdown gives one readable file per entry.</source>
        <translation>⟦JŠÕÑ kéépš évérÿthîñg (éñtrîéš, évéñtš, çhéçk-îñš) àñd çàñ bé împõrtéd bàçk îñtõ Réfléçt. Màrkdõwñ gîvéš õñé réàdàblé fîlé pér éñtrÿ.··········································⟧</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>⟦Éxpõrt štàtüš····⟧</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>⟦Éxpõrt prõgréšš·····⟧</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>⟦Çlõšé··⟧</translation>
    </message>
    <message>
        <source>Save an unencrypted copy</source>
        <translation>⟦Šàvé àñ üñéñçrÿptéd çõpÿ········⟧</translation>
    </message>
    <message>
        <source>reflect-export-{day}.json</source>
        <translation>⟦réfléçt-éxpõrt-{day}.jšõñ······⟧</translation>
    </message>
    <message>
        <source>Choose where to put the Markdown files</source>
        <translation>⟦Çhõõšé whéré tõ püt thé Màrkdõwñ fîléš············⟧</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>⟦Šàvîñg…··⟧</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln entry(s) to {0}.</source>
        <translation>
            <numerusform>⟦Šàvéd %Ln éñtrÿ(š) tõ {0}.·····⟧</numerusform>
            <numerusform>⟦Šàvéd %Ln éñtrÿ(š) tõ {0}.·····⟧</numerusform>
        </translation>
    </message>
    <message>
        <source>Remember: this copy is not encrypted.</source>
        <translation>⟦Rémémbér: thîš çõpÿ îš ñõt éñçrÿptéd.············⟧</translation>
    </message>
    <message>
        <source>Reflect hit an internal problem. Nothing was saved.</source>
        <translation>⟦Réfléçt hît àñ îñtérñàl prõblém. Ñõthîñg wàš šàvéd.················⟧</translation>
    </message>
</context>
<context>
    <name>DataWiring</name>
    <message>
        <source>Export for my &amp;therapist...</source>
        <translation>⟦Éxpõrt fõr mÿ &amp;théràpîšt...·······⟧</translation>
    </message>
    <message>
        <source>Export &amp;all entries (not encrypted)...</source>
        <translation>⟦Éxpõrt &amp;all éñtrîéš (ñõt éñçrÿptéd)...··········⟧</translation>
    </message>
    <message>
        <source>&amp;Import entries...</source>
        <translation>⟦&amp;Impõrt éñtrîéš...····⟧</translation>
    </message>
    <message>
        <source>&amp;Backups...</source>
        <translation>⟦&amp;Bàçküpš...··⟧</translation>
    </message>
    <message>
        <source>Today's automatic backup could not be made: {0} Your journal is safe. After unlocking, open Journal &gt; Backups to try again.</source>
        <translation>⟦Tõdàÿ'š àütõmàtîç bàçküp çõüld ñõt bé màdé: {0} Ÿõür jõürñàl îš šàfé. Åftér üñlõçkîñg, õpéñ Jõürñàl &gt; Bàçküpš tõ trÿ àgàîñ.·····································⟧</translation>
    </message>
    <message>
        <source>Open the restored journal?</source>
        <translation>⟦Õpéñ thé réštõréd jõürñàl?········⟧</translation>
    </message>
    <message>
        <source>The backup is restored as a separate journal in “{0}”. Open it now? This journal locks first. On the unlock page, “Back to my usual journal” returns here, and so does the next start of Reflect.</source>
        <translation>⟦Thé bàçküp îš réštõréd àš à šépàràté jõürñàl îñ “{0}”. Õpéñ ît ñõw? Thîš jõürñàl lõçkš fîršt. Õñ thé üñlõçk pàgé, “Bàçk tõ mÿ üšüàl jõürñàl” rétürñš héré, àñd šõ dõéš thé ñéxt štàrt õf Réfléçt.··························································⟧</translation>
    </message>
    <message>
        <source>Open it now</source>
        <translation>⟦Õpéñ ît ñõw···⟧</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>⟦Ñõt ñõw··⟧</translation>
    </message>
</context>
<context>
    <name>DateChip</name>
    <message>
        <source>Search all dates</source>
        <translation>⟦Šéàrçh àll dàtéš·····⟧</translation>
    </message>
    <message>
        <source>Search all dates (take the dates out of the search)</source>
        <translation>⟦Šéàrçh àll dàtéš (tàké thé dàtéš õüt õf thé šéàrçh)················⟧</translation>
    </message>
</context>
<context>
    <name>EditorNotes</name>
    <message>
        <source>Open Support</source>
        <translation>⟦Õpéñ Šüppõrt····⟧</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>⟦Gõt ît··⟧</translation>
    </message>
    <message>
        <source>Dismiss this note</source>
        <translation>⟦Dîšmîšš thîš ñõté······⟧</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <source>Entry title</source>
        <translation>⟦Éñtrÿ tîtlé····⟧</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>⟦Tîtlé (õptîõñàl)·····⟧</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>⟦Éñtrÿ téxt···⟧</translation>
    </message>
    <message>
        <source>Write whatever is on your mind. It stays on this computer, encrypted.

Feelings, what you noticed, what you need: no patient details are needed here.</source>
        <translation>⟦Wrîté whàtévér îš õñ ÿõür mîñd. Ît štàÿš õñ thîš çõmpütér, éñçrÿptéd.

Féélîñgš, whàt ÿõü ñõtîçéd, whàt ÿõü ñééd: ñõ pàtîéñt détàîlš àré ñéédéd héré.··············································⟧</translation>
    </message>
    <message>
        <source>Preview of the entry</source>
        <translation>⟦Prévîéw õf thé éñtrÿ······⟧</translation>
    </message>
    <message>
        <source>Open this event's page</source>
        <translation>⟦Õpéñ thîš évéñt'š pàgé·······⟧</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>⟦Wõrd çõüñt···⟧</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>⟦Šàvé štàtüš····⟧</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>⟦Fõrmàttîñg····⟧</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>⟦Bõld··⟧</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>⟦Îtàlîç··⟧</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>⟦Héàdîñg··⟧</translation>
    </message>
    <message>
        <source>List</source>
        <translation>⟦Lîšt··⟧</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>⟦Qüõté··⟧</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>⟦Prévîéw··⟧</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>⟦%Ln wõrd(š)··⟧</numerusform>
            <numerusform>⟦%Ln wõrd(š)··⟧</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryCalendar</name>
    <message>
        <source>Calendar: days in bold have entries</source>
        <translation>⟦Çàléñdàr: dàÿš îñ bõld hàvé éñtrîéš···········⟧</translation>
    </message>
    <message>
        <source>Days of the month; bold days have entries</source>
        <translation>⟦Dàÿš õf thé mõñth; bõld dàÿš hàvé éñtrîéš·············⟧</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>⟦Prévîõüš mõñth·····⟧</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>⟦Ñéxt mõñth···⟧</translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation>⟦Çhõõšé thé mõñth·····⟧</translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation>⟦Çhõõšé thé ÿéàr·····⟧</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>⟦Ÿéàr··⟧</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>Untitled</source>
        <translation>⟦Üñtîtléd···⟧</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>This entry was deleted on your other computer.</source>
        <translation>⟦Thîš éñtrÿ wàš délétéd õñ ÿõür õthér çõmpütér.···············⟧</translation>
    </message>
    <message>
        <source>Updated with a change from your other computer.</source>
        <translation>⟦Üpdàtéd wîth à çhàñgé frõm ÿõür õthér çõmpütér.···············⟧</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>⟦Šàvéd··⟧</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>⟦Šàvîñg…··⟧</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <source>Untitled</source>
        <translation>⟦Üñtîtléd···⟧</translation>
    </message>
    <message>
        <source>about {event}</source>
        <translation>⟦àbõüt {event}··⟧</translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation>⟦tàgš: {tags}··⟧</translation>
    </message>
</context>
<context>
    <name>EntryListPanel</name>
    <message>
        <source>Search entries</source>
        <translation>⟦Šéàrçh éñtrîéš·····⟧</translation>
    </message>
    <message>
        <source>Search your entries</source>
        <translation>⟦Šéàrçh ÿõür éñtrîéš······⟧</translation>
    </message>
    <message>
        <source>Words, the start of a word with *, "an exact phrase" in quotes, and dates in plain words: since March, last week, in 2024, before 5 May</source>
        <translation>⟦Wõrdš, thé štàrt õf à wõrd wîth *, "àñ éxàçt phràšé" îñ qüõtéš, àñd dàtéš îñ plàîñ wõrdš: šîñçé Màrçh, làšt wéék, îñ 2024, béfõré 5 Màÿ·····································⟧</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>⟦Éñtrîéš··⟧</translation>
    </message>
    <message>
        <source>First {n} matches</source>
        <translation>⟦Fîršt {n} màtçhéš····⟧</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>⟦%Ln màtçh(éš)··⟧</numerusform>
            <numerusform>⟦%Ln màtçh(éš)··⟧</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>⟦%Ln éñtrÿ(š)··⟧</numerusform>
            <numerusform>⟦%Ln éñtrÿ(š)··⟧</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries match your search.

Try fewer words, or the start of a word followed by *.</source>
        <translation>⟦Ñõ éñtrîéš màtçh ÿõür šéàrçh.

Trÿ féwér wõrdš, õr thé štàrt õf à wõrd fõllõwéd bÿ *.·························⟧</translation>
    </message>
    <message>
        <source>No entries on these days.

Press × beside the dates to see all.</source>
        <translation>⟦Ñõ éñtrîéš õñ théšé dàÿš.

Préšš × béšîdé thé dàtéš tõ šéé àll.··················⟧</translation>
    </message>
    <message>
        <source>Nothing written about this event yet.</source>
        <translation>⟦Ñõthîñg wrîttéñ àbõüt thîš évéñt ÿét.············⟧</translation>
    </message>
    <message>
        <source>No entries have this tag now.</source>
        <translation>⟦Ñõ éñtrîéš hàvé thîš tàg ñõw.·········⟧</translation>
    </message>
    <message>
        <source>Nothing written yet.

When you are ready, just start typing on the right, or press Ctrl+N for a new entry. It stays on this computer, encrypted.</source>
        <translation>⟦Ñõthîñg wrîttéñ ÿét.

Whéñ ÿõü àré réàdÿ, jüšt štàrt tÿpîñg õñ thé rîght, õr préšš Çtrl+Ñ fõr à ñéw éñtrÿ. Ît štàÿš õñ thîš çõmpütér, éñçrÿptéd.············································⟧</translation>
    </message>
</context>
<context>
    <name>EventSelector</name>
    <message>
        <source>Event this entry is about</source>
        <translation>⟦Évéñt thîš éñtrÿ îš àbõüt········⟧</translation>
    </message>
    <message>
        <source>Link this entry to an event, or leave it on its own</source>
        <translation>⟦Lîñk thîš éñtrÿ tõ àñ évéñt, õr léàvé ît õñ îtš õwñ···············⟧</translation>
    </message>
    <message>
        <source>No particular event</source>
        <translation>⟦Ñõ pàrtîçülàr évéñt······⟧</translation>
    </message>
</context>
<context>
    <name>ExportChoices</name>
    <message>
        <source>What to share</source>
        <extracomment>(format, file suffix); the words for each are ``ExportChoices.format_words``</extracomment>
        <translation>⟦Whàt tõ šhàré····⟧</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>⟦Thé fîlé··⟧</translation>
    </message>
    <message>
        <source>One event</source>
        <translation>⟦Õñé évéñt···⟧</translation>
    </message>
    <message>
        <source>A date range</source>
        <translation>⟦Å dàté ràñgé····⟧</translation>
    </message>
    <message>
        <source>Entries with tags</source>
        <translation>⟦Éñtrîéš wîth tàgš······⟧</translation>
    </message>
    <message>
        <source>Entries I pick</source>
        <translation>⟦Éñtrîéš Î pîçk····⟧</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>⟦Évéñt··⟧</translation>
    </message>
    <message>
        <source>From</source>
        <translation>⟦Frõm··⟧</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>⟦Üñtîl··⟧</translation>
    </message>
    <message>
        <source>Tags to include</source>
        <translation>⟦Tàgš tõ îñçlüdé·····⟧</translation>
    </message>
    <message>
        <source>Entries to include</source>
        <translation>⟦Éñtrîéš tõ îñçlüdé······⟧</translation>
    </message>
    <message>
        <source>Add a chart of my check-ins</source>
        <translation>⟦Ådd à çhàrt õf mÿ çhéçk-îñš········⟧</translation>
    </message>
    <message>
        <source>Add my stage timeline</source>
        <translation>⟦Ådd mÿ štàgé tîmélîñé·······⟧</translation>
    </message>
    <message>
        <source>…with the weekly questions (PHQ-2, GAD-2) and support ratings</source>
        <translation>⟦…wîth thé wééklÿ qüéštîõñš (PHQ-2, GÅD-2) àñd šüppõrt ràtîñgš··················⟧</translation>
    </message>
    <message>
        <source>Add the weekly questions too</source>
        <translation>⟦Ådd thé wééklÿ qüéštîõñš tõõ·········⟧</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>⟦PDF··⟧</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>⟦PDF (*.pdf)··⟧</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>⟦Wéb pàgé (HTML)····⟧</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>⟦Wéb pàgé (*.html)····⟧</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>⟦Màrkdõwñ téxt····⟧</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>⟦Màrkdõwñ (*.md)····⟧</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>⟦Fîlé fõrmàt····⟧</translation>
    </message>
    <message>
        <source>Title on the cover</source>
        <translation>⟦Tîtlé õñ thé çõvér······⟧</translation>
    </message>
    <message>
        <source>PDF password, optional</source>
        <translation>⟦PDF pàššwõrd, õptîõñàl·······⟧</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>⟦Õptîõñàl···⟧</translation>
    </message>
    <message>
        <source>If you set one, tell it to your therapist in person, not in the same email.</source>
        <translation>⟦Îf ÿõü šét õñé, téll ît tõ ÿõür théràpîšt îñ péršõñ, ñõt îñ thé šàmé émàîl.······················⟧</translation>
    </message>
    <message>
        <source>Always hide these words</source>
        <translation>⟦Ålwàÿš hîdé théšé wõrdš········⟧</translation>
    </message>
    <message>
        <source>Names, places, a hospital: comma between</source>
        <translation>⟦Ñàméš, plàçéš, à hõšpîtàl: çõmmà bétwééñ············⟧</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>⟦Tîtlé··⟧</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>⟦Fõrmàt··⟧</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>⟦Pàššwõrd···⟧</translation>
    </message>
    <message>
        <source>Always hide</source>
        <translation>⟦Ålwàÿš hîdé····⟧</translation>
    </message>
    <message>
        <source>Words here are hidden in every export, in any spelling or case.</source>
        <translation>⟦Wõrdš héré àré hîddéñ îñ évérÿ éxpõrt, îñ àñÿ špéllîñg õr çàšé.····················⟧</translation>
    </message>
    <message>
        <source>Tick at least one item on the left to include it.</source>
        <translation>⟦Tîçk àt léàšt õñé îtém õñ thé léft tõ îñçlüdé ît.···············⟧</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for your therapist</source>
        <translation>⟦Éxpõrt fõr ÿõür théràpîšt········⟧</translation>
    </message>
    <message>
        <source>Choose what to share. Reflect hides likely names, dates and numbers; check the highlighted ones before you save. Nothing is sent anywhere: you get one file to hand over yourself.</source>
        <translation>⟦Çhõõšé whàt tõ šhàré. Réfléçt hîdéš lîkélÿ ñàméš, dàtéš àñd ñümbérš; çhéçk thé hîghlîghtéd õñéš béfõré ÿõü šàvé. Ñõthîñg îš šéñt àñÿwhéré: ÿõü gét õñé fîlé tõ hàñd õvér ÿõüršélf.·························································⟧</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>⟦Prévîéw õf thé fîlé······⟧</translation>
    </message>
    <message>
        <source>Preview: exactly what will be saved</source>
        <translation>⟦Prévîéw: éxàçtlÿ whàt wîll bé šàvéd···········⟧</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>⟦Révîéw štàtüš····⟧</translation>
    </message>
    <message>
        <source>Hide all</source>
        <translation>⟦Hîdé àll··⟧</translation>
    </message>
    <message>
        <source>I've checked them all</source>
        <translation>⟦Î'vé çhéçkéd thém àll······⟧</translation>
    </message>
    <message>
        <source>Always hide this word</source>
        <translation>⟦Ålwàÿš hîdé thîš wõrd·······⟧</translation>
    </message>
    <message>
        <source>Check what is hidden</source>
        <translation>⟦Çhéçk whàt îš hîddéñ······⟧</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>⟦Éxpõrt štàtüš····⟧</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>⟦Éxpõrt prõgréšš·····⟧</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>⟦Šàvé…··⟧</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>⟦Šàvé thé éxpõrt·····⟧</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>⟦Çlõšé··⟧</translation>
    </message>
    <message>
        <source>a chart of your check-ins</source>
        <translation>⟦à çhàrt õf ÿõür çhéçk-îñš········⟧</translation>
    </message>
    <message>
        <source>your answers to the weekly questions</source>
        <translation>⟦ÿõür àñšwérš tõ thé wééklÿ qüéštîõñš············⟧</translation>
    </message>
    <message>
        <source>your stage timeline</source>
        <translation>⟦ÿõür štàgé tîmélîñé······⟧</translation>
    </message>
    <message>
        <source>Page 2 of the PDF: {0}.</source>
        <translation>⟦Pàgé 2 õf thé PDF: {0}.····⟧</translation>
    </message>
    <message>
        <source> and </source>
        <translation>⟦ àñd ··⟧</translation>
    </message>
    <message>
        <source>Nothing to review yet.</source>
        <translation>⟦Ñõthîñg tõ révîéw ÿét.·······⟧</translation>
    </message>
    <message>
        <source>Reflect found nothing that looks like a name, date or number. Read the preview once more anyway: it cannot catch everything.</source>
        <translation>⟦Réfléçt fõüñd ñõthîñg thàt lõõkš lîké à ñàmé, dàté õr ñümbér. Réàd thé prévîéw õñçé mõré àñÿwàÿ: ît çàññõt çàtçh évérÿthîñg.········································⟧</translation>
    </message>
    <message>
        <source>1 possible identifier. Ticked, it is hidden; untick it to show it as written. Click it to see it in the preview{0}.</source>
        <translation>⟦1 põššîblé îdéñtîfîér. Tîçkéd, ît îš hîddéñ; üñtîçk ît tõ šhõw ît àš wrîttéñ. Çlîçk ît tõ šéé ît îñ thé prévîéw{0}.··································⟧</translation>
    </message>
    <message>
        <source>: not looked at yet</source>
        <translation>⟦: ñõt lõõkéd àt ÿét·····⟧</translation>
    </message>
    <message>
        <source>{0} possible identifiers. Ticked ones are hidden; untick one to show it as written. Click each to see it in the preview: {1} still to look at.</source>
        <translation>⟦{0} põššîblé îdéñtîfîérš. Tîçkéd õñéš àré hîddéñ; üñtîçk õñé tõ šhõw ît àš wrîttéñ. Çlîçk éàçh tõ šéé ît îñ thé prévîéw: {1} štîll tõ lõõk àt.··········································⟧</translation>
    </message>
    <message>
        <source>Select an item in the list first.</source>
        <translation>⟦Šéléçt àñ îtém îñ thé lîšt fîršt.··········⟧</translation>
    </message>
    <message>
        <source>Save without checking?</source>
        <translation>⟦Šàvé wîthõüt çhéçkîñg?·······⟧</translation>
    </message>
    <message>
        <source>You have not looked at {0} of the highlighted items. They will be hidden, but Reflect can miss names and details. Save anyway?</source>
        <translation>⟦Ÿõü hàvé ñõt lõõkéd àt {0} õf thé hîghlîghtéd îtémš. Théÿ wîll bé hîddéñ, büt Réfléçt çàñ mîšš ñàméš àñd détàîlš. Šàvé àñÿwàÿ?······································⟧</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>⟦Šàvé àñÿwàÿ····⟧</translation>
    </message>
    <message>
        <source>Go back and check</source>
        <translation>⟦Gõ bàçk àñd çhéçk·····⟧</translation>
    </message>
    <message>
        <source>reflect-for-therapist-{day}.{suffix}</source>
        <translation>⟦réfléçt-fõr-théràpîšt-{day}.{suffix}·······⟧</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>⟦Šàvîñg…··⟧</translation>
    </message>
    <message>
        <source>It needs the password to open.</source>
        <translation>⟦Ît ñéédš thé pàššwõrd tõ õpéñ.·········⟧</translation>
    </message>
    <message>
        <source>It is not encrypted: keep it private and delete it when you no longer need it.</source>
        <translation>⟦Ît îš ñõt éñçrÿptéd: kéép ît prîvàté àñd délété ît whéñ ÿõü ñõ lõñgér ñééd ît.························⟧</translation>
    </message>
    <message>
        <source>Saved to {0}.</source>
        <translation>⟦Šàvéd tõ {0}.··⟧</translation>
    </message>
    <message>
        <source>Reflect hit an internal problem and saved nothing. Your entries are unchanged.</source>
        <translation>⟦Réfléçt hît àñ îñtérñàl prõblém àñd šàvéd ñõthîñg. Ÿõür éñtrîéš àré üñçhàñgéd.··························⟧</translation>
    </message>
    <message>
        <source>The export was not saved</source>
        <translation>⟦Thé éxpõrt wàš ñõt šàvéd········⟧</translation>
    </message>
</context>
<context>
    <name>ExportReview</name>
    <message>
        <source>on your always-hide list</source>
        <translation>⟦õñ ÿõür àlwàÿš-hîdé lîšt········⟧</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>⟦à ñàmé··⟧</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>⟦à dàté··⟧</translation>
    </message>
    <message>
        <source>an age over 89</source>
        <translation>⟦àñ àgé õvér 89···⟧</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>⟦à phõñé ñümbér····⟧</translation>
    </message>
    <message>
        <source>an email address</source>
        <translation>⟦àñ émàîl àddréšš·····⟧</translation>
    </message>
    <message>
        <source>an ID number</source>
        <translation>⟦àñ ÎD ñümbér····⟧</translation>
    </message>
    <message>
        <source>an address</source>
        <translation>⟦àñ àddréšš···⟧</translation>
    </message>
    <message>
        <source>a ZIP code</source>
        <translation>⟦à ZÎP çõdé···⟧</translation>
    </message>
    <message>
        <source>a postcode</source>
        <translation>⟦à põštçõdé···⟧</translation>
    </message>
    <message>
        <source>a place</source>
        <translation>⟦à plàçé··⟧</translation>
    </message>
    <message>
        <source>a web address</source>
        <translation>⟦à wéb àddréšš····⟧</translation>
    </message>
    <message>
        <source>an IP address</source>
        <translation>⟦àñ ÎP àddréšš····⟧</translation>
    </message>
    <message>
        <source>an identifier</source>
        <translation>⟦àñ îdéñtîfîér····⟧</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>Your journal is inside {0}</source>
        <translation>⟦Ÿõür jõürñàl îš îñšîdé {0}·······⟧</translation>
    </message>
    <message>
        <source>Your journal's folder is inside {0}. A sync tool can copy a journal while Reflect writes in it, or keep one computer's copy over the other's, and entries can be lost that way.

The safe way: keep the journal outside {0}, and let Reflect keep your computers in step through a folder inside it (Settings &gt; Two computers). To move the journal, make a backup (Journal &gt; Backups), restore it into a folder outside {0}, and open that one.</source>
        <translation>⟦Ÿõür jõürñàl'š fõldér îš îñšîdé {0}. Å šÿñç tõõl çàñ çõpÿ à jõürñàl whîlé Réfléçt wrîtéš îñ ît, õr kéép õñé çõmpütér'š çõpÿ õvér thé õthér'š, àñd éñtrîéš çàñ bé lõšt thàt wàÿ.

Thé šàfé wàÿ: kéép thé jõürñàl õütšîdé {0}, àñd lét Réfléçt kéép ÿõür çõmpütérš îñ štép thrõügh à fõldér îñšîdé ît (Šéttîñgš &gt; Twõ çõmpütérš). Tõ mõvé thé jõürñàl, màké à bàçküp (Jõürñàl &gt; Bàçküpš), réštõré ît îñtõ à fõldér õütšîdé {0}, àñd õpéñ thàt õñé.·································································································································⟧</translation>
    </message>
</context>
<context>
    <name>FilterChoice</name>
    <message>
        <source>Open this event's page</source>
        <translation>⟦Õpéñ thîš évéñt'š pàgé·······⟧</translation>
    </message>
    <message>
        <source>Show entries of an event or with a tag</source>
        <translation>⟦Šhõw éñtrîéš õf àñ évéñt õr wîth à tàg············⟧</translation>
    </message>
    <message>
        <source>Show only the entries of one event, or with one tag</source>
        <translation>⟦Šhõw õñlÿ thé éñtrîéš õf õñé évéñt, õr wîth õñé tàg················⟧</translation>
    </message>
    <message>
        <source>Event: {title}</source>
        <translation>⟦Évéñt: {title}··⟧</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>⟦Åll éñtrîéš····⟧</translation>
    </message>
</context>
<context>
    <name>FindingByDate</name>
    <message>
        <source>Go to date…</source>
        <translation>⟦Gõ tõ dàté…···⟧</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>⟦&amp;Càléñdàr··⟧</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Support and crisis lines</source>
        <translation>⟦Šüppõrt àñd çrîšîš lîñéš········⟧</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>⟦Bàçk··⟧</translation>
    </message>
    <message>
        <source>Welcome to Reflect</source>
        <translation>⟦Wélçõmé tõ Réfléçt······⟧</translation>
    </message>
    <message>
        <source>Private, on this computer</source>
        <translation>⟦Prîvàté, õñ thîš çõmpütér········⟧</translation>
    </message>
    <message>
        <source>It cannot send help</source>
        <translation>⟦Ît çàññõt šéñd hélp······⟧</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>⟦Çõñtîñüé···⟧</translation>
    </message>
    <message>
        <source>I already use Reflect on another computer…</source>
        <translation>⟦Î àlréàdÿ üšé Réfléçt õñ àñõthér çõmpütér…··············⟧</translation>
    </message>
    <message>
        <source>Bring my journal from another computer</source>
        <translation>⟦Brîñg mÿ jõürñàl frõm àñõthér çõmpütér·············⟧</translation>
    </message>
    <message>
        <source>Before you write</source>
        <translation>⟦Béfõré ÿõü wrîté·····⟧</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>⟦Î üñdérštàñd····⟧</translation>
    </message>
    <message>
        <source>I understand the caution about the law</source>
        <translation>⟦Î üñdérštàñd thé çàütîõñ àbõüt thé làw············⟧</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>⟦Çhõõšé à pàššphràšé······⟧</translation>
    </message>
    <message>
        <source>Your passphrase opens the journal. Choose one you can remember but others could not guess; a few unrelated words work well. Reflect cannot tell you your passphrase later, but the recovery key on the next screen can open your journal if you forget it.</source>
        <translation>⟦Ÿõür pàššphràšé õpéñš thé jõürñàl. Çhõõšé õñé ÿõü çàñ rémémbér büt õthérš çõüld ñõt güéšš; à féw üñrélàtéd wõrdš wõrk wéll. Réfléçt çàññõt téll ÿõü ÿõür pàššphràšé làtér, büt thé réçõvérÿ kéÿ õñ thé ñéxt šçrééñ çàñ õpéñ ÿõür jõürñàl îf ÿõü fõrgét ît.················································································⟧</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>⟦Pàššphràšé····⟧</translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation>⟦Çréàté mÿ jõürñàl······⟧</translation>
    </message>
    <message>
        <source>Creating your journal…</source>
        <translation>⟦Çréàtîñg ÿõür jõürñàl…·······⟧</translation>
    </message>
    <message>
        <source>This takes a few seconds on purpose: the same slowness makes your passphrase very hard to guess.</source>
        <translation>⟦Thîš tàkéš à féw šéçõñdš õñ pürpõšé: thé šàmé šlõwñéšš màkéš ÿõür pàššphràšé vérÿ hàrd tõ güéšš.·······························⟧</translation>
    </message>
    <message>
        <source>Creating your journal</source>
        <translation>⟦Çréàtîñg ÿõür jõürñàl·······⟧</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>⟦Ÿõür réçõvérÿ kéÿ······⟧</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your journal. Nobody, including us, can recover it for you. Print it or write it down, and keep it somewhere safe and private.</source>
        <translation>⟦Îf ÿõü évér fõrgét ÿõür pàššphràšé, thîš kéÿ îš thé õñlÿ wàÿ bàçk îñtõ ÿõür jõürñàl. Ñõbõdÿ, îñçlüdîñg üš, çàñ réçõvér ît fõr ÿõü. Prîñt ît õr wrîté ît dõwñ, àñd kéép ît šõméwhéré šàfé àñd prîvàté.·····························································⟧</translation>
    </message>
    <message>
        <source>Start writing</source>
        <translation>⟦Štàrt wrîtîñg····⟧</translation>
    </message>
</context>
<context>
    <name>FocusMode</name>
    <message>
        <source>&amp;Focus</source>
        <translation>⟦&amp;Fõçüš··⟧</translation>
    </message>
    <message>
        <source>Just write: hide everything but the entry (F11)</source>
        <translation>⟦Jüšt wrîté: hîdé évérÿthîñg büt thé éñtrÿ (F11)··············⟧</translation>
    </message>
    <message>
        <source>Leave focus</source>
        <translation>⟦Léàvé fõçüš····⟧</translation>
    </message>
    <message>
        <source>Focus: press Esc or F11 to see everything again.</source>
        <translation>⟦Fõçüš: préšš Éšç õr F11 tõ šéé évérÿthîñg àgàîñ.··············⟧</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Come back to this later?</source>
        <translation>⟦Çõmé bàçk tõ thîš làtér?·······⟧</translation>
    </message>
    <message>
        <source>Follow-up reminders</source>
        <translation>⟦Fõllõw-üp rémîñdérš······⟧</translation>
    </message>
</context>
<context>
    <name>GoToDateDialog</name>
    <message>
        <source>Go to date</source>
        <translation>⟦Gõ tõ dàté···⟧</translation>
    </message>
    <message>
        <source>Date to go to</source>
        <translation>⟦Dàté tõ gõ tõ····⟧</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>⟦Gõ··⟧</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>⟦Gõ tõ··⟧</translation>
    </message>
</context>
<context>
    <name>GuideWiring</name>
    <message>
        <source>Stage guide</source>
        <translation>⟦Štàgé güîdé····⟧</translation>
    </message>
    <message>
        <source>Check-ins over time</source>
        <translation>⟦Çhéçk-îñš õvér tîmé······⟧</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>⟦Évéñt··⟧</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <translation>⟦Hélp··⟧</translation>
    </message>
    <message>
        <source>Shortcuts and privacy</source>
        <translation>⟦Šhõrtçütš àñd prîvàçÿ·······⟧</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>⟦Çlõšé hélp···⟧</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>⟦Thîš hélp···⟧</translation>
    </message>
    <message>
        <source>Lock the journal (from any Reflect window)</source>
        <translation>⟦Lõçk thé jõürñàl (frõm àñÿ Réfléçt wîñdõw)·············⟧</translation>
    </message>
    <message>
        <source>Hide at once: lock and minimise (from any window)</source>
        <translation>⟦Hîdé àt õñçé: lõçk àñd mîñîmîšé (frõm àñÿ wîñdõw)···············⟧</translation>
    </message>
    <message>
        <source>Delete (in the list)</source>
        <translation>⟦Délété (îñ thé lîšt)······⟧</translation>
    </message>
    <message>
        <source>Delete the selected entry, after asking</source>
        <translation>⟦Délété thé šéléçtéd éñtrÿ, àftér àškîñg·············⟧</translation>
    </message>
    <message>
        <source>Tab  ·  Shift+Tab</source>
        <translation>⟦Tàb  ·  Šhîft+Tàb····⟧</translation>
    </message>
    <message>
        <source>Move between the list, the search and the editor</source>
        <translation>⟦Mõvé bétwééñ thé lîšt, thé šéàrçh àñd thé édîtõr···············⟧</translation>
    </message>
    <message>
        <source>PHQ-2 and GAD-2: developed by Drs Spitzer, Williams, Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce.</source>
        <translation>⟦PHQ-2 àñd GÅD-2: dévélõpéd bÿ Drš Špîtžér, Wîllîàmš, Krõéñké àñd çõlléàgüéš, wîth àñ édüçàtîõñàl gràñt frõm Pfîžér Îñç. Ñõ pérmîššîõñ réqüîréd tõ réprõdüçé.·················································⟧</translation>
    </message>
    <message>
        <source>The support ratings use the dimension names of the Second Victim Experience and Support Tool (Burlison JD, et al. J Patient Saf 2017); they are prompts, not a scored SVEST.</source>
        <translation>⟦Thé šüppõrt ràtîñgš üšé thé dîméñšîõñ ñàméš õf thé Šéçõñd Vîçtîm Éxpérîéñçé àñd Šüppõrt Tõõl (Bürlîšõñ JD, ét àl. J Pàtîéñt Šàf 2017); théÿ àré prõmptš, ñõt à šçõréd ŠVÉŠT.····················································⟧</translation>
    </message>
    <message>
        <source>Spelling: a misspelled word gets a wavy red line once you finish typing it. Right-click it for suggestions, or to add it to your words; F7 goes to the next one and Enter takes the first suggestion. UK and US spellings, drug names, anatomy and abbreviations such as ICU or RCA are known.</source>
        <translation>⟦Špéllîñg: à mîššpélléd wõrd gétš à wàvÿ réd lîñé õñçé ÿõü fîñîšh tÿpîñg ît. Rîght-çlîçk ît fõr šüggéštîõñš, õr tõ àdd ît tõ ÿõür wõrdš; F7 gõéš tõ thé ñéxt õñé àñd Éñtér tàkéš thé fîršt šüggéštîõñ. ÜK àñd ÜŠ špéllîñgš, drüg ñàméš, àñàtõmÿ àñd àbbrévîàtîõñš šüçh àš ÎÇÜ õr RÇÅ àré kñõwñ.·························································································⟧</translation>
    </message>
    <message>
        <source>The words you add are kept inside your encrypted journal, never in a dictionary file. See or remove them in Settings, under Spelling; turn spelling off there or in View &gt; Check spelling.</source>
        <translation>⟦Thé wõrdš ÿõü àdd àré képt îñšîdé ÿõür éñçrÿptéd jõürñàl, ñévér îñ à dîçtîõñàrÿ fîlé. Šéé õr rémõvé thém îñ Šéttîñgš, üñdér Špéllîñg; türñ špéllîñg õff théré õr îñ Vîéw &gt; Çhéçk špéllîñg.···························································⟧</translation>
    </message>
    <message>
        <source>A dotted line is different: it marks something that could identify someone. Hover over it to read why.</source>
        <translation>⟦Å dõttéd lîñé îš dîfféréñt: ît màrkš šõméthîñg thàt çõüld îdéñtîfÿ šõméõñé. Hõvér õvér ît tõ réàd whÿ.································⟧</translation>
    </message>
    <message>
        <source>Focus (F11, or View &gt; Focus) hides everything but the entry, in a column that is easy to read. Reflect keeps saving; Esc or F11 brings the rest back.</source>
        <translation>⟦Fõçüš (F11, õr Vîéw &gt; Fõçüš) hîdéš évérÿthîñg büt thé éñtrÿ, îñ à çõlümñ thàt îš éàšÿ tõ réàd. Réfléçt kéépš šàvîñg; Éšç õr F11 brîñgš thé réšt bàçk.···········································⟧</translation>
    </message>
    <message>
        <source>Finding: the search box understands dates in plain words, with or without other words: since March, last week, in 2024, before 5 May, between March 3 and April 2. The days it understood show below it; × searches all dates again. Put words in quotes ("last week") to search for them as words. The menu below chooses one event or one tag. Bold days on the calendar have entries; choose one, or press Ctrl+G, to go to that day.</source>
        <translation>⟦Fîñdîñg: thé šéàrçh bõx üñdérštàñdš dàtéš îñ plàîñ wõrdš, wîth õr wîthõüt õthér wõrdš: šîñçé Màrçh, làšt wéék, îñ 2024, béfõré 5 Màÿ, bétwééñ Màrçh 3 àñd Åprîl 2. Thé dàÿš ît üñdérštõõd šhõw bélõw ît; × šéàrçhéš àll dàtéš àgàîñ. Püt wõrdš îñ qüõtéš ("làšt wéék") tõ šéàrçh fõr thém àš wõrdš. Thé méñü bélõw çhõõšéš õñé évéñt õr õñé tàg. Bõld dàÿš õñ thé çàléñdàr hàvé éñtrîéš; çhõõšé õñé, õr préšš Çtrl+G, tõ gõ tõ thàt dàÿ.······························································································································⟧</translation>
    </message>
    <message>
        <source>An event's page shows the way so far, what you wrote about it, its check-ins and reminders, with buttons to write, check in, start an exercise or export it. Open it from the stage guide, from the calendar button beside an entry's event, or from the list's menu (Event: ...).</source>
        <translation>⟦Åñ évéñt'š pàgé šhõwš thé wàÿ šõ fàr, whàt ÿõü wrõté àbõüt ît, îtš çhéçk-îñš àñd rémîñdérš, wîth büttõñš tõ wrîté, çhéçk îñ, štàrt àñ éxérçîšé õr éxpõrt ît. Õpéñ ît frõm thé štàgé güîdé, frõm thé çàléñdàr büttõñ béšîdé àñ éñtrÿ'š évéñt, õr frõm thé lîšt'š méñü (Évéñt: ...).··················································································⟧</translation>
    </message>
    <message>
        <source>To write on two computers, choose Settings &gt; Two computers &gt; Keep in step through a folder, and pick a folder that your own sync tool (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) already keeps in step on both. On the other computer, choose “I already use Reflect on another computer” when Reflect first starts, and the same folder.</source>
        <translation>⟦Tõ wrîté õñ twõ çõmpütérš, çhõõšé Šéttîñgš &gt; Twõ çõmpütérš &gt; Kéép îñ štép thrõügh à fõldér, àñd pîçk à fõldér thàt ÿõür õwñ šÿñç tõõl (Šÿñçthîñg, Ñéxtçlõüd, Drõpbõx, ÕñéDrîvé, îÇlõüd Drîvé) àlréàdÿ kéépš îñ štép õñ bõth. Õñ thé õthér çõmpütér, çhõõšé “Î àlréàdÿ üšé Réfléçt õñ àñõthér çõmpütér” whéñ Réfléçt fîršt štàrtš, àñd thé šàmé fõldér.···········································································································⟧</translation>
    </message>
    <message>
        <source>Never put the journal itself in such a folder: a sync tool can copy it while Reflect writes in it, or keep one computer's copy over the other's, and entries are lost. Reflect keeps the journal on each computer and puts only one encrypted file per computer in the folder, then merges the others'. Anyone who can read the folder sees the files' sizes and times, never a word or a name.</source>
        <translation>⟦Ñévér püt thé jõürñàl îtšélf îñ šüçh à fõldér: à šÿñç tõõl çàñ çõpÿ ît whîlé Réfléçt wrîtéš îñ ît, õr kéép õñé çõmpütér'š çõpÿ õvér thé õthér'š, àñd éñtrîéš àré lõšt. Réfléçt kéépš thé jõürñàl õñ éàçh çõmpütér àñd pütš õñlÿ õñé éñçrÿptéd fîlé pér çõmpütér îñ thé fõldér, théñ mérgéš thé õthérš'. Åñÿõñé whõ çàñ réàd thé fõldér šééš thé fîléš' šîžéš àñd tîméš, ñévér à wõrd õr à ñàmé.························································································································⟧</translation>
    </message>
    <message>
        <source>Reflect keeps in step when you unlock, when you lock or quit, every few minutes while you write (never mid-sentence), and when the other computer's file changes. An entry changed on both computers while they were apart is kept twice; a note above it links the two versions.</source>
        <translation>⟦Réfléçt kéépš îñ štép whéñ ÿõü üñlõçk, whéñ ÿõü lõçk õr qüît, évérÿ féw mîñütéš whîlé ÿõü wrîté (ñévér mîd-šéñtéñçé), àñd whéñ thé õthér çõmpütér'š fîlé çhàñgéš. Åñ éñtrÿ çhàñgéd õñ bõth çõmpütérš whîlé théÿ wéré àpàrt îš képt twîçé; à ñõté àbõvé ît lîñkš thé twõ véršîõñš.······················································································⟧</translation>
    </message>
    <message>
        <source>What travels: entries and their tags, events, stage changes, check-ins, your people, the prompts used, the words the export always hides, your spelling words, and the legal caution once acknowledged. What stays on each computer: the look, the window, the language, locking, spelling on or off, reminders and backups.</source>
        <translation>⟦Whàt tràvélš: éñtrîéš àñd théîr tàgš, évéñtš, štàgé çhàñgéš, çhéçk-îñš, ÿõür péõplé, thé prõmptš üšéd, thé wõrdš thé éxpõrt àlwàÿš hîdéš, ÿõür špéllîñg wõrdš, àñd thé légàl çàütîõñ õñçé àçkñõwlédgéd. Whàt štàÿš õñ éàçh çõmpütér: thé lõõk, thé wîñdõw, thé làñgüàgé, lõçkîñg, špéllîñg õñ õr õff, rémîñdérš àñd bàçküpš.····································································································⟧</translation>
    </message>
    <message>
        <source>No sync folder? Journal &gt; Merge a backup brings in a backup from a USB stick or an old computer, after showing what would change.</source>
        <translation>⟦Ñõ šÿñç fõldér? Jõürñàl &gt; Mérgé à bàçküp brîñgš îñ à bàçküp frõm à ÜŠB štîçk õr àñ õld çõmpütér, àftér šhõwîñg whàt wõüld çhàñgé.········································⟧</translation>
    </message>
    <message>
        <source>Everything you write is encrypted and stays on this computer. Reflect never connects to the internet.</source>
        <translation>⟦Évérÿthîñg ÿõü wrîté îš éñçrÿptéd àñd štàÿš õñ thîš çõmpütér. Réfléçt ñévér çõññéçtš tõ thé îñtérñét.·································⟧</translation>
    </message>
    <message>
        <source>Encryption protects the journal at rest. It cannot protect what is on the screen: on a computer your hospital or employer manages, monitoring software can record the screen and keystrokes of any app, Reflect included. Write on a personal computer you control.</source>
        <translation>⟦Éñçrÿptîõñ prõtéçtš thé jõürñàl àt réšt. Ît çàññõt prõtéçt whàt îš õñ thé šçrééñ: õñ à çõmpütér ÿõür hõšpîtàl õr émplõÿér màñàgéš, mõñîtõrîñg šõftwàré çàñ réçõrd thé šçrééñ àñd kéÿštrõkéš õf àñÿ àpp, Réfléçt îñçlüdéd. Wrîté õñ à péršõñàl çõmpütér ÿõü çõñtrõl.····················································································⟧</translation>
    </message>
    <message>
        <source>Reflect saves as you type. There is no Save button to remember.</source>
        <translation>⟦Réfléçt šàvéš àš ÿõü tÿpé. Théré îš ñõ Šàvé büttõñ tõ rémémbér.····················⟧</translation>
    </message>
    <message>
        <source>A personal journal may not be legally protected. Write about what you felt and what you learned rather than a record of the case, and leave out names, dates of birth and record numbers. Reflect underlines text that looks like a patient detail, so you can decide.</source>
        <translation>⟦Å péršõñàl jõürñàl màÿ ñõt bé légàllÿ prõtéçtéd. Wrîté àbõüt whàt ÿõü félt àñd whàt ÿõü léàrñéd ràthér thàñ à réçõrd õf thé çàšé, àñd léàvé õüt ñàméš, dàtéš õf bîrth àñd réçõrd ñümbérš. Réfléçt üñdérlîñéš téxt thàt lõõkš lîké à pàtîéñt détàîl, šõ ÿõü çàñ déçîdé.····················································································⟧</translation>
    </message>
    <message>
        <source>Lock the journal with Ctrl+L when you step away. If you forget your passphrase, only your recovery key can open it.</source>
        <translation>⟦Lõçk thé jõürñàl wîth Çtrl+L whéñ ÿõü štép àwàÿ. Îf ÿõü fõrgét ÿõür pàššphràšé, õñlÿ ÿõür réçõvérÿ kéÿ çàñ õpéñ ît.····································⟧</translation>
    </message>
</context>
<context>
    <name>IdentifierMarker</name>
    <message>
        <source>This looks like it could identify someone: a name, a date or a number. Consider leaving it out, or putting it in general terms.</source>
        <translation>⟦Thîš lõõkš lîké ît çõüld îdéñtîfÿ šõméõñé: à ñàmé, à dàté õr à ñümbér. Çõñšîdér léàvîñg ît õüt, õr püttîñg ît îñ géñéràl térmš.·······································⟧</translation>
    </message>
    <message>
        <source>It may also be misspelled: right-click it for suggestions.</source>
        <translation>⟦Ît màÿ àlšõ bé mîššpélléd: rîght-çlîçk ît fõr šüggéštîõñš.··················⟧</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import entries</source>
        <translation>⟦Împõrt éñtrîéš·····⟧</translation>
    </message>
    <message>
        <source>Bring in entries from jrnl (its JSON export), Day One (its JSON export, zipped or not), a folder of Markdown files, or a Reflect export. Nothing changes until you choose Import, and importing the same file twice adds nothing new.</source>
        <translation>⟦Brîñg îñ éñtrîéš frõm jrñl (îtš JŠÕÑ éxpõrt), Dàÿ Õñé (îtš JŠÕÑ éxpõrt, žîppéd õr ñõt), à fõldér õf Màrkdõwñ fîléš, õr à Réfléçt éxpõrt. Ñõthîñg çhàñgéš üñtîl ÿõü çhõõšé Împõrt, àñd împõrtîñg thé šàmé fîlé twîçé àddš ñõthîñg ñéw.·······································································⟧</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>⟦Çhõõšé à fîlé…····⟧</translation>
    </message>
    <message>
        <source>Choose a folder of Markdown files…</source>
        <translation>⟦Çhõõšé à fõldér õf Màrkdõwñ fîléš…···········⟧</translation>
    </message>
    <message>
        <source>Choose a file or a folder to see what it holds.</source>
        <translation>⟦Çhõõšé à fîlé õr à fõldér tõ šéé whàt ît hõldš.··············⟧</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>⟦Whàt wîll bé împõrtéd·······⟧</translation>
    </message>
    <message>
        <source>The first few entries</source>
        <translation>⟦Thé fîršt féw éñtrîéš·······⟧</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>⟦Împõrt štàtüš····⟧</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>⟦Împõrt prõgréšš·····⟧</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>⟦Împõrt··⟧</translation>
    </message>
    <message>
        <source>Import these entries</source>
        <translation>⟦Împõrt théšé éñtrîéš·······⟧</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>⟦Çlõšé··⟧</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>⟦Çhõõšé à fîlé tõ împõrt·······⟧</translation>
    </message>
    <message>
        <source>Choose a folder of Markdown files</source>
        <translation>⟦Çhõõšé à fõldér õf Màrkdõwñ fîléš···········⟧</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>⟦Réàdîñg…··⟧</translation>
    </message>
    <message>
        <source>Everything in this file is already in your journal.</source>
        <translation>⟦Évérÿthîñg îñ thîš fîlé îš àlréàdÿ îñ ÿõür jõürñàl.················⟧</translation>
    </message>
    <message>
        <source>This has no entries to import ({0}).</source>
        <translation>⟦Thîš hàš ñõ éñtrîéš tõ împõrt ({0}).·········⟧</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>⟦%Ln éñtrÿ(š)··⟧</numerusform>
            <numerusform>⟦%Ln éñtrÿ(š)··⟧</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} from {1}</source>
        <translation>⟦{0} frõm {1}··⟧</translation>
    </message>
    <message>
        <source>, written on {0}</source>
        <translation>⟦, wrîttéñ õñ {0}···⟧</translation>
    </message>
    <message>
        <source>, written between {0} and {1}</source>
        <translation>⟦, wrîttéñ bétwééñ {0} àñd {1}······⟧</translation>
    </message>
    <message>
        <source>{0} of them are already in your journal and will be skipped.</source>
        <translation>⟦{0} õf thém àré àlréàdÿ îñ ÿõür jõürñàl àñd wîll bé škîppéd.··················⟧</translation>
    </message>
    <message>
        <source>Also {0} events and {1} check-ins.</source>
        <translation>⟦Ålšõ {0} évéñtš àñd {1} çhéçk-îñš.········⟧</translation>
    </message>
    <message>
        <source>Reflect can't import this.</source>
        <translation>⟦Réfléçt çàñ't împõrt thîš.········⟧</translation>
    </message>
    <message>
        <source>Reflect hit an internal problem reading this. Nothing was imported.</source>
        <translation>⟦Réfléçt hît àñ îñtérñàl prõblém réàdîñg thîš. Ñõthîñg wàš împõrtéd.······················⟧</translation>
    </message>
    <message>
        <source>Importing… You can keep this window open.</source>
        <translation>⟦Împõrtîñg… Ÿõü çàñ kéép thîš wîñdõw õpéñ.·············⟧</translation>
    </message>
    <message>
        <source>Imported 1 entry.</source>
        <translation>⟦Împõrtéd 1 éñtrÿ.·····⟧</translation>
    </message>
    <message>
        <source>Imported {0} entries.</source>
        <translation>⟦Împõrtéd {0} éñtrîéš.······⟧</translation>
    </message>
    <message>
        <source>{0} were already in your journal.</source>
        <translation>⟦{0} wéré àlréàdÿ îñ ÿõür jõürñàl.·········⟧</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>⟦Dõñé··⟧</translation>
    </message>
    <message>
        <source>Reflect hit an internal problem. Nothing was imported.</source>
        <translation>⟦Réfléçt hît àñ îñtérñàl prõblém. Ñõthîñg wàš împõrtéd.··················⟧</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Your journal from another computer</source>
        <translation>⟦Ÿõür jõürñàl frõm àñõthér çõmpütér············⟧</translation>
    </message>
    <message>
        <source>On the computer where you already use Reflect, open Settings &gt; Two computers and choose a folder that your sync tool (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) keeps in step. Once your sync tool has brought that folder here, choose it below and type the passphrase you use there, or your recovery key.</source>
        <translation>⟦Õñ thé çõmpütér whéré ÿõü àlréàdÿ üšé Réfléçt, õpéñ Šéttîñgš &gt; Twõ çõmpütérš àñd çhõõšé à fõldér thàt ÿõür šÿñç tõõl (Šÿñçthîñg, Ñéxtçlõüd, Drõpbõx, ÕñéDrîvé, îÇlõüd Drîvé) kéépš îñ štép. Õñçé ÿõür šÿñç tõõl hàš brõüght thàt fõldér héré, çhõõšé ît bélõw àñd tÿpé thé pàššphràšé ÿõü üšé théré, õr ÿõür réçõvérÿ kéÿ.····································································································⟧</translation>
    </message>
    <message>
        <source>Your journal itself stays out of that folder: Reflect keeps it on this computer and only puts an encrypted file of its own there.</source>
        <translation>⟦Ÿõür jõürñàl îtšélf štàÿš õüt õf thàt fõldér: Réfléçt kéépš ît õñ thîš çõmpütér àñd õñlÿ pütš àñ éñçrÿptéd fîlé õf îtš õwñ théré.·········································⟧</translation>
    </message>
    <message>
        <source>Choose the folder…</source>
        <translation>⟦Çhõõšé thé fõldér…······⟧</translation>
    </message>
    <message>
        <source>Choose the folder kept in step</source>
        <translation>⟦Çhõõšé thé fõldér képt îñ štép··········⟧</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>⟦Pàššphràšé õr réçõvérÿ kéÿ·········⟧</translation>
    </message>
    <message>
        <source>Bringing your journal over</source>
        <translation>⟦Brîñgîñg ÿõür jõürñàl õvér·········⟧</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>⟦Bàçk··⟧</translation>
    </message>
    <message>
        <source>I have a backup file instead…</source>
        <translation>⟦Î hàvé à bàçküp fîlé îñštéàd…·········⟧</translation>
    </message>
    <message>
        <source>Bring my journal here</source>
        <translation>⟦Brîñg mÿ jõürñàl héré·······⟧</translation>
    </message>
    <message>
        <source>Support and crisis lines</source>
        <translation>⟦Šüppõrt àñd çrîšîš lîñéš········⟧</translation>
    </message>
    <message>
        <source>Choose the folder your sync tool keeps in step</source>
        <translation>⟦Çhõõšé thé fõldér ÿõür šÿñç tõõl kéépš îñ štép···············⟧</translation>
    </message>
    <message>
        <source>Folder: {0}</source>
        <translation>⟦Fõldér: {0}··⟧</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>⟦Ñõthîñg wàš çhàñgéd.······⟧</translation>
    </message>
    <message>
        <source>Reflect hit an internal problem. Nothing was changed.</source>
        <translation>⟦Réfléçt hît àñ îñtérñàl prõblém. Ñõthîñg wàš çhàñgéd.·················⟧</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>⟦Çhõõšé à pàššphràšé······⟧</translation>
    </message>
    <message>
        <source>Your journal is here. You opened it with your recovery key, so choose the passphrase you will type to open it from now on. Reflect on your other computer will ask for it once, so both use the same one.</source>
        <translation>⟦Ÿõür jõürñàl îš héré. Ÿõü õpéñéd ît wîth ÿõür réçõvérÿ kéÿ, šõ çhõõšé thé pàššphràšé ÿõü wîll tÿpé tõ õpéñ ît frõm ñõw õñ. Réfléçt õñ ÿõür õthér çõmpütér wîll àšk fõr ît õñçé, šõ bõth üšé thé šàmé õñé.······························································⟧</translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation>⟦Üšé thîš pàššphràšé······⟧</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>New entry</source>
        <translation>⟦Ñéw éñtrÿ···⟧</translation>
    </message>
    <message>
        <source>Delete entry…</source>
        <translation>⟦Délété éñtrÿ…····⟧</translation>
    </message>
    <message>
        <source>Search entries</source>
        <translation>⟦Šéàrçh éñtrîéš·····⟧</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>⟦Lõçk··⟧</translation>
    </message>
    <message>
        <source>Lock the journal now (Ctrl+L)</source>
        <translation>⟦Lõçk thé jõürñàl ñõw (Çtrl+L)········⟧</translation>
    </message>
    <message>
        <source>Hide now</source>
        <translation>⟦Hîdé ñõw··⟧</translation>
    </message>
    <message>
        <source>Lock and minimise at once (Ctrl+Shift+H)</source>
        <translation>⟦Lõçk àñd mîñîmîšé àt õñçé (Çtrl+Šhîft+H)············⟧</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>⟦Šéttîñgš···⟧</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>⟦Hélp··⟧</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>⟦Jõürñàl··⟧</translation>
    </message>
    <message>
        <source>Journal tools</source>
        <translation>⟦Jõürñàl tõõlš····⟧</translation>
    </message>
    <message>
        <source>The entry from {when} will be removed from this computer for good. This can't be undone.</source>
        <translation>⟦Thé éñtrÿ frõm {when} wîll bé rémõvéd frõm thîš çõmpütér fõr gõõd. Thîš çàñ't bé üñdõñé.·························⟧</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>⟦Délété thîš éñtrÿ?······⟧</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>⟦Délété éñtrÿ····⟧</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>⟦Kéép ît··⟧</translation>
    </message>
    <message>
        <source>The entry was not deleted</source>
        <translation>⟦Thé éñtrÿ wàš ñõt délétéd········⟧</translation>
    </message>
</context>
<context>
    <name>KeptCopyNotes</name>
    <message>
        <source>Kept version. This entry was changed on both computers while they were apart, so Reflect kept both: this is the version the entry itself does not show. Compare them, keep what you want in one, then delete the other.</source>
        <translation>⟦Képt véršîõñ. Thîš éñtrÿ wàš çhàñgéd õñ bõth çõmpütérš whîlé théÿ wéré àpàrt, šõ Réfléçt képt bõth: thîš îš thé véršîõñ thé éñtrÿ îtšélf dõéš ñõt šhõw. Çõmpàré thém, kéép whàt ÿõü wàñt îñ õñé, théñ délété thé õthér.····································································⟧</translation>
    </message>
    <message>
        <source>Open the entry</source>
        <translation>⟦Õpéñ thé éñtrÿ····⟧</translation>
    </message>
    <message>
        <source>This entry was changed on both computers while they were apart. Reflect kept both versions: the other one is beside this entry, so nothing was lost.</source>
        <translation>⟦Thîš éñtrÿ wàš çhàñgéd õñ bõth çõmpütérš whîlé théÿ wéré àpàrt. Réfléçt képt bõth véršîõñš: thé õthér õñé îš béšîdé thîš éñtrÿ, šõ ñõthîñg wàš lõšt.···············································⟧</translation>
    </message>
    <message>
        <source>Show the other version</source>
        <translation>⟦Šhõw thé õthér véršîõñ·······⟧</translation>
    </message>
</context>
<context>
    <name>MergeBackupDialog</name>
    <message>
        <source>Merge a backup</source>
        <translation>⟦Mérgé à bàçküp····⟧</translation>
    </message>
    <message>
        <source>Bring in what a backup holds, from a USB stick or an old computer: a backup of this journal, or of another Reflect journal. Nothing in your journal is lost: an entry changed in both places is kept twice.</source>
        <translation>⟦Brîñg îñ whàt à bàçküp hõldš, frõm à ÜŠB štîçk õr àñ õld çõmpütér: à bàçküp õf thîš jõürñàl, õr õf àñõthér Réfléçt jõürñàl. Ñõthîñg îñ ÿõür jõürñàl îš lõšt: àñ éñtrÿ çhàñgéd îñ bõth plàçéš îš képt twîçé.·······························································⟧</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>⟦Çhõõšé à bàçküp…·····⟧</translation>
    </message>
    <message>
        <source>This backup is of another journal, or of this one before its recovery key was changed. Enter the passphrase that was in use when it was made, or its recovery key.</source>
        <translation>⟦Thîš bàçküp îš õf àñõthér jõürñàl, õr õf thîš õñé béfõré îtš réçõvérÿ kéÿ wàš çhàñgéd. Éñtér thé pàššphràšé thàt wàš îñ üšé whéñ ît wàš màdé, õr îtš réçõvérÿ kéÿ.···················································⟧</translation>
    </message>
    <message>
        <source>Passphrase or recovery key of the backup</source>
        <translation>⟦Pàššphràšé õr réçõvérÿ kéÿ õf thé bàçküp·············⟧</translation>
    </message>
    <message>
        <source>Merge status</source>
        <translation>⟦Mérgé štàtüš····⟧</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>⟦Prõgréšš···⟧</translation>
    </message>
    <message>
        <source>Read the backup</source>
        <translation>⟦Réàd thé bàçküp·····⟧</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>⟦Mérgé··⟧</translation>
    </message>
    <message>
        <source>Choose a backup to merge</source>
        <translation>⟦Çhõõšé à bàçküp tõ mérgé········⟧</translation>
    </message>
    <message>
        <source>Type the backup's passphrase first.</source>
        <translation>⟦Tÿpé thé bàçküp'š pàššphràšé fîršt.···········⟧</translation>
    </message>
    <message>
        <source>Reading the backup…</source>
        <translation>⟦Réàdîñg thé bàçküp…······⟧</translation>
    </message>
    <message>
        <source>That doesn't open this backup. Nothing was changed; try again.</source>
        <translation>⟦Thàt dõéšñ't õpéñ thîš bàçküp. Ñõthîñg wàš çhàñgéd; trÿ àgàîñ.···················⟧</translation>
    </message>
    <message>
        <source>This backup was made on {0}.</source>
        <translation>⟦Thîš bàçküp wàš màdé õñ {0}.·······⟧</translation>
    </message>
    <message>
        <source>Your journal already holds everything in it.</source>
        <translation>⟦Ÿõür jõürñàl àlréàdÿ hõldš évérÿthîñg îñ ît.··············⟧</translation>
    </message>
    <message>
        <source>Merging it would:</source>
        <translation>⟦Mérgîñg ît wõüld:·····⟧</translation>
    </message>
    <message numerus="yes">
        <source>add %n record(s)</source>
        <translation>
            <numerusform>⟦àdd %n réçõrd(š)····⟧</numerusform>
            <numerusform>⟦àdd %n réçõrd(š)····⟧</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>change %n record(s)</source>
        <translation>
            <numerusform>⟦çhàñgé %n réçõrd(š)·····⟧</numerusform>
            <numerusform>⟦çhàñgé %n réçõrd(š)·····⟧</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keep %n record(s) twice, both versions</source>
        <translation>
            <numerusform>⟦kéép %n réçõrd(š) twîçé, bõth véršîõñš···········⟧</numerusform>
            <numerusform>⟦kéép %n réçõrd(š) twîçé, bõth véršîõñš···········⟧</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete %n record(s) deleted there</source>
        <translation>
            <numerusform>⟦délété %n réçõrd(š) délétéd théré··········⟧</numerusform>
            <numerusform>⟦délété %n réçõrd(š) délétéd théré··········⟧</numerusform>
        </translation>
    </message>
    <message>
        <source>Records are entries, events, check-ins and the like.</source>
        <translation>⟦Réçõrdš àré éñtrîéš, évéñtš, çhéçk-îñš àñd thé lîké.················⟧</translation>
    </message>
    <message>
        <source>Before merging, Reflect makes a backup of your journal as it is now, in {0}.</source>
        <translation>⟦Béfõré mérgîñg, Réfléçt màkéš à bàçküp õf ÿõür jõürñàl àš ît îš ñõw, îñ {0}.······················⟧</translation>
    </message>
    <message>
        <source>Making a backup of your journal, then merging…</source>
        <translation>⟦Màkîñg à bàçküp õf ÿõür jõürñàl, théñ mérgîñg…··············⟧</translation>
    </message>
    <message>
        <source>Merged. The backup made just before is {0}.</source>
        <translation>⟦Mérgéd. Thé bàçküp màdé jüšt béfõré îš {0}.············⟧</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>⟦Çlõšé··⟧</translation>
    </message>
    <message>
        <source>Nothing was merged: {0}</source>
        <translation>⟦Ñõthîñg wàš mérgéd: {0}······⟧</translation>
    </message>
</context>
<context>
    <name>MyWordsDialog</name>
    <message>
        <source>My words</source>
        <translation>⟦Mÿ wõrdš··⟧</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>⟦Rémõvé··⟧</translation>
    </message>
    <message>
        <source>No words yet. Right-click an underlined word in an entry and choose “Add to my words”.</source>
        <translation>⟦Ñõ wõrdš ÿét. Rîght-çlîçk àñ üñdérlîñéd wõrd îñ àñ éñtrÿ àñd çhõõšé “Ådd tõ mÿ wõrdš”.··························⟧</translation>
    </message>
    <message>
        <source>Words you added are no longer underlined. They are kept inside your encrypted journal, not in a dictionary file on this computer.</source>
        <translation>⟦Wõrdš ÿõü àddéd àré ñõ lõñgér üñdérlîñéd. Théÿ àré képt îñšîdé ÿõür éñçrÿptéd jõürñàl, ñõt îñ à dîçtîõñàrÿ fîlé õñ thîš çõmpütér.··········································⟧</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>New passphrase</source>
        <translation>⟦Ñéw pàššphràšé·····⟧</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>⟦Tÿpé thé ñéw pàššphràšé àgàîñ··········⟧</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>⟦Tÿpé ît àgàîñ····⟧</translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation>⟦Thé twõ pàššphràšéš màtçh.········⟧</translation>
    </message>
    <message>
        <source>The two passphrases don't match yet.</source>
        <translation>⟦Thé twõ pàššphràšéš dõñ't màtçh ÿét.···········⟧</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>⟦Çhõõšé à pàššphràšé.······⟧</translation>
    </message>
    <message>
        <source>The two passphrases don't match. Type the same passphrase twice.</source>
        <translation>⟦Thé twõ pàššphràšéš dõñ't màtçh. Tÿpé thé šàmé pàššphràšé twîçé.····················⟧</translation>
    </message>
    <message>
        <source>Use a weaker passphrase?</source>
        <translation>⟦Üšé à wéàkér pàššphràšé?········⟧</translation>
    </message>
    <message>
        <source>This passphrase could be guessed by someone with time and a fast computer. Another word or two would make it much stronger.</source>
        <translation>⟦Thîš pàššphràšé çõüld bé güéššéd bÿ šõméõñé wîth tîmé àñd à fàšt çõmpütér. Åñõthér wõrd õr twõ wõüld màké ît müçh štrõñgér.········································⟧</translation>
    </message>
    <message>
        <source>Use it anyway</source>
        <translation>⟦Üšé ît àñÿwàÿ····⟧</translation>
    </message>
    <message>
        <source>Choose another</source>
        <translation>⟦Çhõõšé àñõthér·····⟧</translation>
    </message>
</context>
<context>
    <name>NewPassphraseStep</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>⟦Çhõõšé à ñéw pàššphràšé········⟧</translation>
    </message>
    <message>
        <source>Your recovery key worked. Choose a new passphrase to use from now on. Your recovery key stays the same.</source>
        <translation>⟦Ÿõür réçõvérÿ kéÿ wõrkéd. Çhõõšé à ñéw pàššphràšé tõ üšé frõm ñõw õñ. Ÿõür réçõvérÿ kéÿ štàÿš thé šàmé.································⟧</translation>
    </message>
    <message>
        <source>Save and open</source>
        <translation>⟦Šàvé àñd õpéñ····⟧</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>⟦Çàñçél··⟧</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>⟦Ñéw réçõvérÿ kéÿ·····⟧</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>⟦Màké à ñéw réçõvérÿ kéÿ·······⟧</translation>
    </message>
    <message>
        <source>Do this if your recovery key may have been seen by someone else, or you have lost it. Reflect shows you the new key first; your old key stops working only once you have kept the new one. Your passphrase stays the same.</source>
        <translation>⟦Dõ thîš îf ÿõür réçõvérÿ kéÿ màÿ hàvé bééñ šééñ bÿ šõméõñé élšé, õr ÿõü hàvé lõšt ît. Réfléçt šhõwš ÿõü thé ñéw kéÿ fîršt; ÿõür õld kéÿ štõpš wõrkîñg õñlÿ õñçé ÿõü hàvé képt thé ñéw õñé. Ÿõür pàššphràšé štàÿš thé šàmé.····································································⟧</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>⟦Ÿõür pàššphràšé·····⟧</translation>
    </message>
    <message>
        <source>Making a new recovery key</source>
        <translation>⟦Màkîñg à ñéw réçõvérÿ kéÿ········⟧</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>⟦Màké à ñéw kéÿ····⟧</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>⟦Ÿõür ñéw réçõvérÿ kéÿ·······⟧</translation>
    </message>
    <message>
        <source>Keep this key somewhere safe and private, then choose “Use this key”. Until then nothing has changed and your old recovery key still works.</source>
        <translation>⟦Kéép thîš kéÿ šõméwhéré šàfé àñd prîvàté, théñ çhõõšé “Üšé thîš kéÿ”. Üñtîl théñ ñõthîñg hàš çhàñgéd àñd ÿõür õld réçõvérÿ kéÿ štîll wõrkš.············································⟧</translation>
    </message>
    <message>
        <source>Switching to the new key</source>
        <translation>⟦Šwîtçhîñg tõ thé ñéw kéÿ········⟧</translation>
    </message>
    <message>
        <source>Keep my old key</source>
        <translation>⟦Kéép mÿ õld kéÿ····⟧</translation>
    </message>
    <message>
        <source>Use this key</source>
        <translation>⟦Üšé thîš kéÿ····⟧</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>⟦Tÿpé ÿõür pàššphràšé fîršt.·········⟧</translation>
    </message>
    <message>
        <source>That isn't your passphrase. Nothing was changed.</source>
        <translation>⟦Thàt îšñ't ÿõür pàššphràšé. Ñõthîñg wàš çhàñgéd.···············⟧</translation>
    </message>
    <message>
        <source>{0} Keep the new key you wrote down anyway: Reflect asks about it again the next time you unlock, and your old key works until then.</source>
        <translation>⟦{0} Kéép thé ñéw kéÿ ÿõü wrõté dõwñ àñÿwàÿ: Réfléçt àškš àbõüt ît àgàîñ thé ñéxt tîmé ÿõü üñlõçk, àñd ÿõür õld kéÿ wõrkš üñtîl théñ.········································⟧</translation>
    </message>
    <message>
        <source>New recovery key in use</source>
        <translation>⟦Ñéw réçõvérÿ kéÿ îñ üšé·······⟧</translation>
    </message>
    <message>
        <source>Your journal now uses the new recovery key you kept. The old one no longer opens it. Your passphrase is unchanged.</source>
        <translation>⟦Ÿõür jõürñàl ñõw üšéš thé ñéw réçõvérÿ kéÿ ÿõü képt. Thé õld õñé ñõ lõñgér õpéñš ît. Ÿõür pàššphràšé îš üñçhàñgéd.····································⟧</translation>
    </message>
    <message>
        <source>Your journal now has a new key and uses the new recovery key you kept. Your old passphrase and old recovery key no longer open it, not even with an old copy of the key file.</source>
        <translation>⟦Ÿõür jõürñàl ñõw hàš à ñéw kéÿ àñd üšéš thé ñéw réçõvérÿ kéÿ ÿõü képt. Ÿõür õld pàššphràšé àñd õld réçõvérÿ kéÿ ñõ lõñgér õpéñ ît, ñõt évéñ wîth àñ õld çõpÿ õf thé kéÿ fîlé.······················································⟧</translation>
    </message>
    <message>
        <source>Keep the journal's old key?</source>
        <translation>⟦Kéép thé jõürñàl'š õld kéÿ?········⟧</translation>
    </message>
    <message>
        <source>Your new passphrase is in place. But a copy of your journal's key file from before (in an old backup, say) still opens the journal with the old passphrase until the journal has a new key. You can do this later in Settings &gt; New recovery key.</source>
        <translation>⟦Ÿõür ñéw pàššphràšé îš îñ plàçé. Büt à çõpÿ õf ÿõür jõürñàl'š kéÿ fîlé frõm béfõré (îñ àñ õld bàçküp, šàÿ) štîll õpéñš thé jõürñàl wîth thé õld pàššphràšé üñtîl thé jõürñàl hàš à ñéw kéÿ. Ÿõü çàñ dõ thîš làtér îñ Šéttîñgš &gt; Ñéw réçõvérÿ kéÿ.··········································································⟧</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>⟦Ñõt ñõw··⟧</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>⟦Gõ bàçk··⟧</translation>
    </message>
    <message>
        <source>Close without keeping the new key?</source>
        <translation>⟦Çlõšé wîthõüt kéépîñg thé ñéw kéÿ?···········⟧</translation>
    </message>
    <message>
        <source>Your old recovery key no longer works. If you close now without keeping the new one, you will have no way back into your journal if you forget your passphrase.</source>
        <translation>⟦Ÿõür õld réçõvérÿ kéÿ ñõ lõñgér wõrkš. Îf ÿõü çlõšé ñõw wîthõüt kéépîñg thé ñéw õñé, ÿõü wîll hàvé ñõ wàÿ bàçk îñtõ ÿõür jõürñàl îf ÿõü fõrgét ÿõür pàššphràšé.··················································⟧</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>⟦Çlõšé àñÿwàÿ····⟧</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show passphrase</source>
        <translation>⟦Šhõw pàššphràšé·····⟧</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>⟦Hîdé pàššphràšé·····⟧</translation>
    </message>
</context>
<context>
    <name>PassphraseStep</name>
    <message>
        <source>Reflect</source>
        <translation>⟦Réfléçt··⟧</translation>
    </message>
    <message>
        <source>Your journal is locked.</source>
        <translation>⟦Ÿõür jõürñàl îš lõçkéd.·······⟧</translation>
    </message>
    <message>
        <source>This is the journal in the folder “{0}”.</source>
        <translation>⟦Thîš îš thé jõürñàl îñ thé fõldér “{0}”.··········⟧</translation>
    </message>
    <message>
        <source>This is a demo journal with made-up entries. Its passphrase is: {0}</source>
        <translation>⟦Thîš îš à démõ jõürñàl wîth màdé-üp éñtrîéš. Îtš pàššphràšé îš: {0}····················⟧</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>⟦Pàššphràšé····⟧</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>⟦Üñlõçk··⟧</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>⟦Réštõré frõm à bàçküp…·······⟧</translation>
    </message>
    <message>
        <source>Forgot your passphrase?</source>
        <translation>⟦Fõrgõt ÿõür pàššphràšé?········⟧</translation>
    </message>
    <message>
        <source>Your journal is encrypted with your passphrase, and nobody, including the makers of Reflect, can open it without that passphrase or your recovery key. There is no reset by email and no back door.

If you kept your recovery key (on paper, as a PDF, or in a password manager), choose “Use recovery key” and then pick a new passphrase.

If you have neither, the journal cannot be opened. Keep the folder in case the passphrase comes back to you: it often does after a night's sleep.</source>
        <translation>⟦Ÿõür jõürñàl îš éñçrÿptéd wîth ÿõür pàššphràšé, àñd ñõbõdÿ, îñçlüdîñg thé màkérš õf Réfléçt, çàñ õpéñ ît wîthõüt thàt pàššphràšé õr ÿõür réçõvérÿ kéÿ. Théré îš ñõ réšét bÿ émàîl àñd ñõ bàçk dõõr.

Îf ÿõü képt ÿõür réçõvérÿ kéÿ (õñ pàpér, àš à PDF, õr îñ à pàššwõrd màñàgér), çhõõšé “Üšé réçõvérÿ kéÿ” àñd théñ pîçk à ñéw pàššphràšé.

Îf ÿõü hàvé ñéîthér, thé jõürñàl çàññõt bé õpéñéd. Kéép thé fõldér îñ çàšé thé pàššphràšé çõméš bàçk tõ ÿõü: ît õftéñ dõéš àftér à ñîght'š šléép.·····················································································································································⟧</translation>
    </message>
    <message>
        <source>Use recovery key</source>
        <translation>⟦Üšé réçõvérÿ kéÿ·····⟧</translation>
    </message>
    <message>
        <source>Forgot passphrase?</source>
        <translation>⟦Fõrgõt pàššphràšé?······⟧</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>⟦Šüppõrt··⟧</translation>
    </message>
    <message>
        <source>Support and crisis lines</source>
        <translation>⟦Šüppõrt àñd çrîšîš lîñéš········⟧</translation>
    </message>
    <message>
        <source>Crisis lines and your own contacts, without unlocking</source>
        <translation>⟦Çrîšîš lîñéš àñd ÿõür õwñ çõñtàçtš, wîthõüt üñlõçkîñg··················⟧</translation>
    </message>
    <message>
        <source>Open another journal…</source>
        <translation>⟦Õpéñ àñõthér jõürñàl…·······⟧</translation>
    </message>
    <message>
        <source>Back to my usual journal</source>
        <translation>⟦Bàçk tõ mÿ üšüàl jõürñàl········⟧</translation>
    </message>
</context>
<context>
    <name>PdfWords</name>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>⟦%Ln éñtrÿ(š)··⟧</numerusform>
            <numerusform>⟦%Ln éñtrÿ(š)··⟧</numerusform>
        </translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>⟦Pàgé {number} õf {total}··⟧</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>⟦Prîvàté··⟧</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>Recovery key</source>
        <translation>⟦Réçõvérÿ kéÿ····⟧</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>⟦Çõpÿ··⟧</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>⟦Prîñt…··⟧</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>⟦Šàvé àš PDF…···⟧</translation>
    </message>
    <message>
        <source>I have kept my recovery key somewhere safe</source>
        <translation>⟦Î hàvé képt mÿ réçõvérÿ kéÿ šõméwhéré šàfé··············⟧</translation>
    </message>
    <message>
        <source>This recovery key opens your Reflect journal if you forget your passphrase. Anyone who has it can read your journal, so keep it as carefully as a house key: on paper in a safe place, or in a password manager.</source>
        <translation>⟦Thîš réçõvérÿ kéÿ õpéñš ÿõür Réfléçt jõürñàl îf ÿõü fõrgét ÿõür pàššphràšé. Åñÿõñé whõ hàš ît çàñ réàd ÿõür jõürñàl, šõ kéép ît àš çàréfüllÿ àš à hõüšé kéÿ: õñ pàpér îñ à šàfé plàçé, õr îñ à pàššwõrd màñàgér.·································································⟧</translation>
    </message>
    <message>
        <source>To use it, open Reflect, choose “Use recovery key” on the unlock screen, type the key (the dashes and spaces do not matter), then choose a new passphrase.</source>
        <translation>⟦Tõ üšé ît, õpéñ Réfléçt, çhõõšé “Üšé réçõvérÿ kéÿ” õñ thé üñlõçk šçrééñ, tÿpé thé kéÿ (thé dàšhéš àñd špàçéš dõ ñõt màttér), théñ çhõõšé à ñéw pàššphràšé.···············································⟧</translation>
    </message>
    <message>
        <source>If you make a new recovery key later in Settings, this one stops working.</source>
        <translation>⟦Îf ÿõü màké à ñéw réçõvérÿ kéÿ làtér îñ Šéttîñgš, thîš õñé štõpš wõrkîñg.·······················⟧</translation>
    </message>
    <message>
        <source>Copied. Paste it into your password manager now: Reflect clears the clipboard in one minute, and when it locks.</source>
        <translation>⟦Çõpîéd. Pàšté ît îñtõ ÿõür pàššwõrd màñàgér ñõw: Réfléçt çléàrš thé çlîpbõàrd îñ õñé mîñüté, àñd whéñ ît lõçkš.···································⟧</translation>
    </message>
    <message>
        <source>Reflect recovery key</source>
        <translation>⟦Réfléçt réçõvérÿ kéÿ·······⟧</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>⟦Šéñt tõ thé prîñtér.······⟧</translation>
    </message>
    <message>
        <source>Save recovery key as PDF</source>
        <translation>⟦Šàvé réçõvérÿ kéÿ àš PDF········⟧</translation>
    </message>
    <message>
        <source>reflect-recovery-key.pdf</source>
        <translation>⟦réfléçt-réçõvérÿ-kéÿ.pdf········⟧</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>⟦PDF fîléš (*.pdf)····⟧</translation>
    </message>
    <message>
        <source>Could not save the PDF</source>
        <translation>⟦Çõüld ñõt šàvé thé PDF·······⟧</translation>
    </message>
    <message>
        <source>Reflect could not write that file ({reason}). Try another folder.</source>
        <translation>⟦Réfléçt çõüld ñõt wrîté thàt fîlé ({reason}). Trÿ àñõthér fõldér.·················⟧</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>⟦Šàvéd tõ {path}.··⟧</translation>
    </message>
</context>
<context>
    <name>RecoveryStep</name>
    <message>
        <source>Open with your recovery key</source>
        <translation>⟦Õpéñ wîth ÿõür réçõvérÿ kéÿ·········⟧</translation>
    </message>
    <message>
        <source>Type the recovery key you printed or saved when you set up Reflect. Dashes, spaces and capital letters do not matter. Afterwards you will choose a new passphrase.</source>
        <translation>⟦Tÿpé thé réçõvérÿ kéÿ ÿõü prîñtéd õr šàvéd whéñ ÿõü šét üp Réfléçt. Dàšhéš, špàçéš àñd çàpîtàl léttérš dõ ñõt màttér. Åftérwàrdš ÿõü wîll çhõõšé à ñéw pàššphràšé.····················································⟧</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>⟦Réçõvérÿ kéÿ····⟧</translation>
    </message>
    <message>
        <source>Open journal</source>
        <translation>⟦Õpéñ jõürñàl····⟧</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>⟦Bàçk··⟧</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Reminder</source>
        <translation>⟦Rémîñdér···⟧</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>⟦Õpéñ··⟧</translation>
    </message>
    <message>
        <source>Open this reminder</source>
        <translation>⟦Õpéñ thîš rémîñdér······⟧</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>⟦Làtér··⟧</translation>
    </message>
    <message>
        <source>Remind me again later</source>
        <translation>⟦Rémîñd mé àgàîñ làtér·······⟧</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>⟦Dîšmîšš··⟧</translation>
    </message>
    <message>
        <source>Dismiss this reminder</source>
        <translation>⟦Dîšmîšš thîš rémîñdér·······⟧</translation>
    </message>
    <message>
        <source>See them</source>
        <translation>⟦Šéé thém··⟧</translation>
    </message>
</context>
<context>
    <name>ReminderEditor</name>
    <message>
        <source>Reminder</source>
        <translation>⟦Rémîñdér···⟧</translation>
    </message>
    <message>
        <source>Add or change a reminder</source>
        <translation>⟦Ådd õr çhàñgé à rémîñdér········⟧</translation>
    </message>
    <message>
        <source>Unlock Reflect to add or read a private note</source>
        <translation>⟦Üñlõçk Réfléçt tõ àdd õr réàd à prîvàté ñõté··············⟧</translation>
    </message>
    <message>
        <source>Only you see this, after unlocking</source>
        <translation>⟦Õñlÿ ÿõü šéé thîš, àftér üñlõçkîñg···········⟧</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>⟦Çhõõšé àt léàšt õñé dàÿ.·······⟧</translation>
    </message>
    <message>
        <source>That time has already passed. Choose a later date or time.</source>
        <translation>⟦Thàt tîmé hàš àlréàdÿ pàššéd. Çhõõšé à làtér dàté õr tîmé.··················⟧</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsPanel</name>
    <message>
        <source>Start at login</source>
        <translation>⟦Štàrt àt lõgîñ····⟧</translation>
    </message>
    <message>
        <source>Reminders not saved</source>
        <translation>⟦Rémîñdérš ñõt šàvéd······⟧</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Reminders</source>
        <translation>⟦Rémîñdérš···⟧</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>⟦Réšümé··⟧</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>⟦Pàüšé··⟧</translation>
    </message>
    <message>
        <source>Delete this reminder?</source>
        <translation>⟦Délété thîš rémîñdér?·······⟧</translation>
    </message>
    <message>
        <source>It will not come back. Anything you wrote in your journal stays as it is.</source>
        <translation>⟦Ît wîll ñõt çõmé bàçk. Åñÿthîñg ÿõü wrõté îñ ÿõür jõürñàl štàÿš àš ît îš.······················⟧</translation>
    </message>
    <message>
        <source>Delete reminder</source>
        <translation>⟦Délété rémîñdér·····⟧</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>⟦Kéép ît··⟧</translation>
    </message>
    <message>
        <source>Reminders not saved</source>
        <translation>⟦Rémîñdérš ñõt šàvéd······⟧</translation>
    </message>
</context>
<context>
    <name>RemindersWiring</name>
    <message>
        <source>&amp;Reminders...</source>
        <translation>⟦&amp;Rémîñdérš...···⟧</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>⟦Ÿõür ñõté···⟧</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restore from a backup</source>
        <translation>⟦Réštõré frõm à bàçküp·······⟧</translation>
    </message>
    <message>
        <source>If you already used Reflect, on this computer or another, choose one of its backup files (they end in .reflectbackup). Reflect checks the whole backup before it puts anything in place.</source>
        <translation>⟦Îf ÿõü àlréàdÿ üšéd Réfléçt, õñ thîš çõmpütér õr àñõthér, çhõõšé õñé õf îtš bàçküp fîléš (théÿ éñd îñ .réfléçtbàçküp). Réfléçt çhéçkš thé whõlé bàçküp béfõré ît pütš àñÿthîñg îñ plàçé.··························································⟧</translation>
    </message>
    <message>
        <source>Choose a backup file…</source>
        <translation>⟦Çhõõšé à bàçküp fîlé…······⟧</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>⟦Çhõõšé à bàçküp fîlé······⟧</translation>
    </message>
    <message>
        <source>The backup's passphrase or your recovery key</source>
        <translation>⟦Thé bàçküp'š pàššphràšé õr ÿõür réçõvérÿ kéÿ··············⟧</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>⟦Pàššphràšé õr réçõvérÿ kéÿ·········⟧</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>⟦Çhéçkîñg thé bàçküp······⟧</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>⟦Bàçk··⟧</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>⟦Réštõré··⟧</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>⟦Réštõré thîš bàçküp······⟧</translation>
    </message>
    <message>
        <source>Support and crisis lines</source>
        <translation>⟦Šüppõrt àñd çrîšîš lîñéš········⟧</translation>
    </message>
    <message>
        <source>Choose a Reflect backup</source>
        <translation>⟦Çhõõšé à Réfléçt bàçküp········⟧</translation>
    </message>
    <message>
        <source>Backup made on {0}. Type the passphrase you used then, or your recovery key.</source>
        <translation>⟦Bàçküp màdé õñ {0}. Tÿpé thé pàššphràšé ÿõü üšéd théñ, õr ÿõür réçõvérÿ kéÿ.······················⟧</translation>
    </message>
    <message>
        <source>That doesn't open this backup. A backup opens with the passphrase you had when it was made, or with your recovery key. Nothing was changed.</source>
        <translation>⟦Thàt dõéšñ't õpéñ thîš bàçküp. Å bàçküp õpéñš wîth thé pàššphràšé ÿõü hàd whéñ ît wàš màdé, õr wîth ÿõür réçõvérÿ kéÿ. Ñõthîñg wàš çhàñgéd.············································⟧</translation>
    </message>
    <message>
        <source>Reflect hit an internal problem. Nothing was changed.</source>
        <translation>⟦Réfléçt hît àñ îñtérñàl prõblém. Ñõthîñg wàš çhàñgéd.·················⟧</translation>
    </message>
</context>
<context>
    <name>ReviewList</name>
    <message>
        <source>Possible identifiers to review</source>
        <translation>⟦Põššîblé îdéñtîfîérš tõ révîéw··········⟧</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>⟦Dõçüméñt tîtlé·····⟧</translation>
    </message>
    <message>
        <source>{0}, entry title</source>
        <translation>⟦{0}, éñtrÿ tîtlé····⟧</translation>
    </message>
    <message>
        <source>  (and 1 more place)</source>
        <translation>⟦  (àñd 1 mõré plàçé)····⟧</translation>
    </message>
    <message>
        <source>  (and {0} more places)</source>
        <translation>⟦  (àñd {0} mõré plàçéš)·····⟧</translation>
    </message>
    <message>
        <source>Ticked: hidden in the export. Unticked: shown as written.</source>
        <translation>⟦Tîçkéd: hîddéñ îñ thé éxpõrt. Üñtîçkéd: šhõwñ àš wrîttéñ.··················⟧</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>⟦Hîddéñ··⟧</translation>
    </message>
    <message>
        <source>Shown as written</source>
        <translation>⟦Šhõwñ àš wrîttéñ·····⟧</translation>
    </message>
    <message>
        <source>{state}: “{text}”</source>
        <translation>⟦{state}: “{text}”··⟧</translation>
    </message>
</context>
<context>
    <name>SafePreview</name>
    <message>
        <source>Preparing the preview…</source>
        <extracomment>Entries longer than this are rendered on a worker thread (a long entry can take a second or two), with a short note in the preview meanwhile.</extracomment>
        <translation>⟦Prépàrîñg thé prévîéw…·······⟧</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>⟦Šéttîñgš···⟧</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>⟦Lõçk àftér thîš màñÿ îdlé mîñütéš···········⟧</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>⟦Ñévér··⟧</translation>
    </message>
    <message>
        <source> min</source>
        <translation>⟦ mîñ··⟧</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>⟦Lõçk whéñ thé wîñdõw îš mîñîmîšéd···········⟧</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>⟦Lõçkîñg··⟧</translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation>⟦Lõçk whéñ îdlé fõr······⟧</translation>
    </message>
    <message>
        <source>Reflect also locks when you press Ctrl+L, when you press Ctrl+Shift+H to hide it, and when your computer locks or sleeps (where the system tells Reflect).</source>
        <translation>⟦Réfléçt àlšõ lõçkš whéñ ÿõü préšš Çtrl+L, whéñ ÿõü préšš Çtrl+Šhîft+H tõ hîdé ît, àñd whéñ ÿõür çõmpütér lõçkš õr šléépš (whéré thé šÿštém téllš Réfléçt).················································⟧</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>⟦Çõlõürš··⟧</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>⟦Šàmé àš thé šÿštém······⟧</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>⟦Lîght··⟧</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>⟦Dàrk··⟧</translation>
    </message>
    <message>
        <source>Writing font</source>
        <translation>⟦Wrîtîñg fõñt····⟧</translation>
    </message>
    <message>
        <source>Writing font size</source>
        <translation>⟦Wrîtîñg fõñt šîžé······⟧</translation>
    </message>
    <message>
        <source> pt</source>
        <translation>⟦ pt··⟧</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>⟦Åppéàràñçé····⟧</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>⟦Làñgüàgé···⟧</translation>
    </message>
    <message>
        <source>Reflect speaks it from the next time it starts.</source>
        <translation>⟦Réfléçt špéàkš ît frõm thé ñéxt tîmé ît štàrtš.···············⟧</translation>
    </message>
    <message>
        <source>Underline misspelled words as I write</source>
        <translation>⟦Üñdérlîñé mîššpélléd wõrdš àš Î wrîté············⟧</translation>
    </message>
    <message>
        <source>My words…</source>
        <translation>⟦Mÿ wõrdš…··⟧</translation>
    </message>
    <message>
        <source>My words</source>
        <translation>⟦Mÿ wõrdš··⟧</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>⟦Špéllîñg···⟧</translation>
    </message>
    <message>
        <source>English, with UK and US spellings and clinical words. Press F7 for the next mistake; right-click a word for suggestions.</source>
        <translation>⟦Éñglîšh, wîth ÜK àñd ÜŠ špéllîñgš àñd çlîñîçàl wõrdš. Préšš F7 fõr thé ñéxt mîštàké; rîght-çlîçk à wõrd fõr šüggéštîõñš.······································⟧</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>⟦Çhàñgé pàššphràšé…······⟧</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>⟦Çhàñgé pàššphràšé······⟧</translation>
    </message>
    <message>
        <source>New recovery key…</source>
        <translation>⟦Ñéw réçõvérÿ kéÿ…·····⟧</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>⟦Ñéw réçõvérÿ kéÿ·····⟧</translation>
    </message>
    <message>
        <source>Passphrase and recovery key</source>
        <translation>⟦Pàššphràšé àñd réçõvérÿ kéÿ·········⟧</translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <source>About Reflect</source>
        <translation>⟦Åbõüt Réfléçt····⟧</translation>
    </message>
    <message>
        <source>Reflect</source>
        <translation>⟦Réfléçt··⟧</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>⟦Jõürñàl··⟧</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>⟦Édît··⟧</translation>
    </message>
    <message>
        <source>View</source>
        <translation>⟦Vîéw··⟧</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>⟦Güîdé··⟧</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>⟦Éxérçîšéš···⟧</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>⟦Hélp··⟧</translation>
    </message>
</context>
<context>
    <name>SpellingAssistant</name>
    <message>
        <source>Check &amp;spelling</source>
        <translation>⟦Çhéçk &amp;spéllîñg····⟧</translation>
    </message>
    <message>
        <source>&amp;Next spelling mistake</source>
        <translation>⟦&amp;Néxt špéllîñg mîštàké·······⟧</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>⟦Ñõ šüggéštîõñš·····⟧</translation>
    </message>
    <message>
        <source>Add “{word}” to my words</source>
        <translation>⟦Ådd “{word}” tõ mÿ wõrdš····⟧</translation>
    </message>
    <message>
        <source>No spelling mistakes found.</source>
        <translation>⟦Ñõ špéllîñg mîštàkéš fõüñd.·········⟧</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Working</source>
        <translation>⟦Wõrkîñg··⟧</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>⟦Pàššphràšé štréñgth·······⟧</translation>
    </message>
    <message>
        <source>Four or five unrelated words make a passphrase that is strong and easy to remember.</source>
        <translation>⟦Fõür õr fîvé üñrélàtéd wõrdš màké à pàššphràšé thàt îš štrõñg àñd éàšÿ tõ rémémbér.···························⟧</translation>
    </message>
    <message>
        <source>Weak. Another word or two would make it much harder to guess.</source>
        <translation>⟦Wéàk. Åñõthér wõrd õr twõ wõüld màké ît müçh hàrdér tõ güéšš.···················⟧</translation>
    </message>
    <message>
        <source>Fair. One more word would make it stronger.</source>
        <translation>⟦Fàîr. Õñé mõré wõrd wõüld màké ît štrõñgér.·············⟧</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>⟦Štrõñg.··⟧</translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation>⟦Vérÿ štrõñg.····⟧</translation>
    </message>
</context>
<context>
    <name>SyncWiring</name>
    <message>
        <source>&amp;Merge a backup…</source>
        <translation>⟦&amp;Mérgé à bàçküp…····⟧</translation>
    </message>
    <message>
        <source>A file in your sync folder was skipped. Settings &gt; Two computers says which, and why.</source>
        <translation>⟦Å fîlé îñ ÿõür šÿñç fõldér wàš škîppéd. Šéttîñgš &gt; Twõ çõmpütérš šàÿš whîçh, àñd whÿ.··························⟧</translation>
    </message>
    <message>
        <source>Not in step with your other computer: {0}</source>
        <translation>⟦Ñõt îñ štép wîth ÿõür õthér çõmpütér: {0}············⟧</translation>
    </message>
    <message>
        <source>Choose the folder to keep in step</source>
        <translation>⟦Çhõõšé thé fõldér tõ kéép îñ štép··········⟧</translation>
    </message>
    <message>
        <source>Choose another folder</source>
        <translation>⟦Çhõõšé àñõthér fõldér·······⟧</translation>
    </message>
</context>
<context>
    <name>TagsField</name>
    <message>
        <source>Tags</source>
        <translation>⟦Tàgš··⟧</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>⟦Tàgš, šépàràtéd bÿ çõmmàš········⟧</translation>
    </message>
    <message>
        <source>Words to find this entry by later, such as sleep or review</source>
        <translation>⟦Wõrdš tõ fîñd thîš éñtrÿ bÿ làtér, šüçh àš šléép õr révîéw··················⟧</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Stop</source>
        <translation>⟦Štõp··⟧</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>⟦Štõppîñg…···⟧</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>e.g. %1</source>
        <translation>⟦é.g. %1··⟧</translation>
    </message>
    <message>
        <source>“%1” is not a time Reflect can read. Type it as hours and minutes, for example 21:30 or 9:30 pm.</source>
        <translation>⟦“%1” îš ñõt à tîmé Réfléçt çàñ réàd. Tÿpé ît àš hõürš àñd mîñütéš, fõr éxàmplé 21:30 õr 9:30 pm.························⟧</translation>
    </message>
</context>
<context>
    <name>TwoComputersGroup</name>
    <message>
        <source>Two computers</source>
        <translation>⟦Twõ çõmpütérš····⟧</translation>
    </message>
    <message>
        <source>Write on two computers and keep one journal, through a folder your own sync tool keeps in step. Help (F1) says how.</source>
        <translation>⟦Wrîté õñ twõ çõmpütérš àñd kéép õñé jõürñàl, thrõügh à fõldér ÿõür õwñ šÿñç tõõl kéépš îñ štép. Hélp (F1) šàÿš hõw.···································⟧</translation>
    </message>
    <message>
        <source>Keep in step through a folder…</source>
        <translation>⟦Kéép îñ štép thrõügh à fõldér…·········⟧</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>⟦Šÿñç ñõw··⟧</translation>
    </message>
    <message>
        <source>Stop keeping in step</source>
        <translation>⟦Štõp kéépîñg îñ štép······⟧</translation>
    </message>
    <message>
        <source>Folder: {0}</source>
        <translation>⟦Fõldér: {0}··⟧</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>⟦Çhõõšé àñõthér fõldér…·······⟧</translation>
    </message>
    <message>
        <source>This journal is not kept in step with another computer.</source>
        <translation>⟦Thîš jõürñàl îš ñõt képt îñ štép wîth àñõthér çõmpütér.··················⟧</translation>
    </message>
    <message>
        <source>Not in step: {0}</source>
        <translation>⟦Ñõt îñ štép: {0}···⟧</translation>
    </message>
    <message>
        <source>Getting in step…</source>
        <translation>⟦Géttîñg îñ štép…·····⟧</translation>
    </message>
    <message>
        <source>Not in step yet.</source>
        <translation>⟦Ñõt îñ štép ÿét.····⟧</translation>
    </message>
    <message>
        <source>No other computer has written to this folder yet. Set Reflect up there with the same folder; your sync tool brings its file here.</source>
        <translation>⟦Ñõ õthér çõmpütér hàš wrîttéñ tõ thîš fõldér ÿét. Šét Réfléçt üp théré wîth thé šàmé fõldér; ÿõür šÿñç tõõl brîñgš îtš fîlé héré.·········································⟧</translation>
    </message>
    <message numerus="yes">
        <source>In step with %n other computer(s).</source>
        <translation>
            <numerusform>⟦Îñ štép wîth %n õthér çõmpütér(š).·········⟧</numerusform>
            <numerusform>⟦Îñ štép wîth %n õthér çõmpütér(š).·········⟧</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced just now.</source>
        <translation>⟦Làšt šÿñçéd jüšt ñõw.······⟧</translation>
    </message>
    <message numerus="yes">
        <source>Last synced %n minute(s) ago.</source>
        <translation>
            <numerusform>⟦Làšt šÿñçéd %n mîñüté(š) àgõ.········⟧</numerusform>
            <numerusform>⟦Làšt šÿñçéd %n mîñüté(š) àgõ.········⟧</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced {0}.</source>
        <translation>⟦Làšt šÿñçéd {0}.····⟧</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Choose the folder of a Reflect journal</source>
        <translation>⟦Çhõõšé thé fõldér õf à Réfléçt jõürñàl············⟧</translation>
    </message>
    <message>
        <source>That folder doesn't hold a Reflect journal. Choose the folder that contains vault.json, for example one restored from a backup.</source>
        <translation>⟦Thàt fõldér dõéšñ't hõld à Réfléçt jõürñàl. Çhõõšé thé fõldér thàt çõñtàîñš vàült.jšõñ, fõr éxàmplé õñé réštõréd frõm à bàçküp.·········································⟧</translation>
    </message>
    <message>
        <source>Type your passphrase, then press Enter.</source>
        <translation>⟦Tÿpé ÿõür pàššphràšé, théñ préšš Éñtér.············⟧</translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation>⟦Õpéñîñg ÿõür jõürñàl…·······⟧</translation>
    </message>
    <message>
        <source>That passphrase didn't open this journal. Check Caps Lock and try again, or use your recovery key.</source>
        <translation>⟦Thàt pàššphràšé dîdñ't õpéñ thîš jõürñàl. Çhéçk Çàpš Lõçk àñd trÿ àgàîñ, õr üšé ÿõür réçõvérÿ kéÿ.·······························⟧</translation>
    </message>
    <message>
        <source>Choose a Reflect backup</source>
        <translation>⟦Çhõõšé à Réfléçt bàçküp········⟧</translation>
    </message>
    <message>
        <source>Reflect backups (*.reflectbackup)</source>
        <translation>⟦Réfléçt bàçküpš (*.réfléçtbàçküp)··········⟧</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>⟦Çhéçkîñg thé bàçküp…······⟧</translation>
    </message>
    <message>
        <source>Your journal is back</source>
        <translation>⟦Ÿõür jõürñàl îš bàçk······⟧</translation>
    </message>
    <message>
        <source>Reflect restored your journal from the backup. The damaged copy was kept in {0}; you can delete it once you are sure nothing is missing.</source>
        <translation>⟦Réfléçt réštõréd ÿõür jõürñàl frõm thé bàçküp. Thé dàmàgéd çõpÿ wàš képt îñ {0}; ÿõü çàñ délété ît õñçé ÿõü àré šüré ñõthîñg îš mîššîñg.··········································⟧</translation>
    </message>
    <message>
        <source>That passphrase doesn't open this backup. A backup opens with the passphrase you had when it was made. Nothing was changed.</source>
        <translation>⟦Thàt pàššphràšé dõéšñ't õpéñ thîš bàçküp. Å bàçküp õpéñš wîth thé pàššphràšé ÿõü hàd whéñ ît wàš màdé. Ñõthîñg wàš çhàñgéd.·······································⟧</translation>
    </message>
    <message>
        <source>Type your recovery key first.</source>
        <translation>⟦Tÿpé ÿõür réçõvérÿ kéÿ fîršt.·········⟧</translation>
    </message>
    <message>
        <source>Saving your new passphrase…</source>
        <translation>⟦Šàvîñg ÿõür ñéw pàššphràšé…·········⟧</translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message numerus="yes">
        <source>%n reminder(s) could not be read and were left out. The file as it was is kept in {0} as reminders.json.unreadable.</source>
        <translation>
            <numerusform>⟦%n rémîñdér(š) çõüld ñõt bé réàd àñd wéré léft õüt. Thé fîlé àš ît wàš îš képt îñ {0} àš rémîñdérš.jšõñ.üñréàdàblé.·································⟧</numerusform>
            <numerusform>⟦%n rémîñdér(š) çõüld ñõt bé réàd àñd wéré léft õüt. Thé fîlé àš ît wàš îš képt îñ {0} àš rémîñdérš.jšõñ.üñréàdàblé.·································⟧</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Reflect was switching your journal to a new recovery key when it stopped, and it has now finished. This is your new key: keep it somewhere safe and private. Your old recovery key no longer works.</source>
        <translation>⟦Réfléçt wàš šwîtçhîñg ÿõür jõürñàl tõ à ñéw réçõvérÿ kéÿ whéñ ît štõppéd, àñd ît hàš ñõw fîñîšhéd. Thîš îš ÿõür ñéw kéÿ: kéép ît šõméwhéré šàfé àñd prîvàté. Ÿõür õld réçõvérÿ kéÿ ñõ lõñgér wõrkš.······························································⟧</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>⟦Dõñé··⟧</translation>
    </message>
    <message>
        <source>Reflect was switching your journal to a new recovery key when it stopped. Nothing is lost, and your old recovery key still works. This is the new key it was setting up: keep it, then choose “Use this key”; or keep using your old one.</source>
        <translation>⟦Réfléçt wàš šwîtçhîñg ÿõür jõürñàl tõ à ñéw réçõvérÿ kéÿ whéñ ît štõppéd. Ñõthîñg îš lõšt, àñd ÿõür õld réçõvérÿ kéÿ štîll wõrkš. Thîš îš thé ñéw kéÿ ît wàš šéttîñg üp: kéép ît, théñ çhõõšé “Üšé thîš kéÿ”; õr kéép üšîñg ÿõür õld õñé.········································································⟧</translation>
    </message>
    <message>
        <source>Your passphrase is changed. To shut out your old passphrase completely, Reflect will also give your journal a new key, and with it this new recovery key. Keep it somewhere safe and private, then choose “Use this key”. Your old recovery key stops working then.</source>
        <translation>⟦Ÿõür pàššphràšé îš çhàñgéd. Tõ šhüt õüt ÿõür õld pàššphràšé çõmplétélÿ, Réfléçt wîll àlšõ gîvé ÿõür jõürñàl à ñéw kéÿ, àñd wîth ît thîš ñéw réçõvérÿ kéÿ. Kéép ît šõméwhéré šàfé àñd prîvàté, théñ çhõõšé “Üšé thîš kéÿ”. Ÿõür õld réçõvérÿ kéÿ štõpš wõrkîñg théñ.··················································································⟧</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>⟦Ñõt ñõw··⟧</translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <source>In 10 minutes</source>
        <translation>⟦Îñ 10 mîñütéš···⟧</translation>
    </message>
    <message>
        <source>In an hour</source>
        <translation>⟦Îñ àñ hõür···⟧</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>⟦Tõmõrrõw mõrñîñg······⟧</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Print recovery key</source>
        <translation>⟦Prîñt réçõvérÿ kéÿ······⟧</translation>
    </message>
</context>
</TS>