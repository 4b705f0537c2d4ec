<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Choisissez une phrase de passe.</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters. A few unrelated words work well.</source>
        <translation>Trop courte&#xa0;: utilisez au moins %1 caractères. Quelques mots sans rapport entre eux font très bien l’affaire.</translation>
    </message>
    <message>
        <source>That is among the most used passwords or words, so it would be guessed at once. Try four or five unrelated words.</source>
        <translation>C’est l’un des mots de passe ou des mots les plus utilisés&#xa0;: il serait deviné tout de suite. Essayez quatre ou cinq mots sans rapport entre eux.</translation>
    </message>
    <message>
        <source>That is a keyboard pattern, a repeat or a sequence, so it would be guessed at once. Try four or five unrelated words.</source>
        <translation>C’est un motif de clavier, une répétition ou une suite&#xa0;: il serait deviné tout de suite. Essayez quatre ou cinq mots sans rapport entre eux.</translation>
    </message>
    <message>
        <source>That looks like a date, which is quick to guess. Try four or five unrelated words.</source>
        <translation>Cela ressemble à une date, vite devinée. Essayez quatre ou cinq mots sans rapport entre eux.</translation>
    </message>
    <message>
        <source>That would be guessed quickly. Try four or five unrelated words.</source>
        <translation>Elle serait vite devinée. Essayez quatre ou cinq mots sans rapport entre eux.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Faire le point</translation>
    </message>
    <message>
        <source>Triggered today</source>
        <translation>Revenu aujourd’hui</translation>
    </message>
    <message>
        <source>Check-in questions</source>
        <translation>Questions du point</translation>
    </message>
    <message>
        <source>How did you sleep last night</source>
        <translation>Comment avez-vous dormi la nuit dernière</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Une note</translation>
    </message>
    <message>
        <source>A few words, if you like</source>
        <translation>Quelques mots, si vous le souhaitez</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>This week&apos;s questions (optional)</source>
        <translation>Les questions de la semaine (facultatives)</translation>
    </message>
    <message>
        <source>An optional weekly check: a few questions about how supported you feel. It is a prompt for reflection, not a test and not a diagnosis.</source>
        <translation>Un point hebdomadaire facultatif&#xa0;: quelques questions sur le soutien que vous ressentez. C’est une invitation à réfléchir, ni un test ni un diagnostic.</translation>
    </message>
    <message>
        <source>The two short questions about mood and worry (PHQ-2 and GAD-2) are left out in this language: Reflect asks them only in a validated published translation, and none is included yet.</source>
        <translation>Les deux courtes questions sur l’humeur et l’inquiétude (PHQ-2 et GAD-2) ne sont pas posées dans cette langue&#xa0;: Reflect ne les pose que dans une traduction validée et publiée, et aucune n’est encore incluse.</translation>
    </message>
    <message>
        <source>Support around you</source>
        <translation>Du soutien autour de vous</translation>
    </message>
    <message>
        <source>Thank you for checking in</source>
        <translation>Merci d’avoir fait le point</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Continue to a short check-in</source>
        <translation>Continuer vers un court point</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Mood (PHQ-2)</source>
        <translation>Humeur (PHQ-2)</translation>
    </message>
    <message>
        <source>Worry (GAD-2)</source>
        <translation>Inquiétude (GAD-2)</translation>
    </message>
    <message>
        <source>A prompt to steady yourself</source>
        <translation>Une piste pour vous apaiser</translation>
    </message>
    <message>
        <source>A prompt for reflection</source>
        <translation>Une piste de réflexion</translation>
    </message>
    <message>
        <source>A prompt about kindness to yourself</source>
        <translation>Une piste de bienveillance envers vous-même</translation>
    </message>
    <message>
        <source>A prompt about forgiving yourself</source>
        <translation>Une piste pour vous pardonner</translation>
    </message>
    <message>
        <source>A prompt about the system around you</source>
        <translation>Une piste sur le système qui vous entoure</translation>
    </message>
    <message>
        <source>A prompt for a review or investigation</source>
        <translation>Une piste pour une revue ou une enquête</translation>
    </message>
    <message>
        <source>A prompt about moving forward</source>
        <translation>Une piste pour aller de l’avant</translation>
    </message>
    <message>
        <source>A prompt about reaching out</source>
        <translation>Une piste pour demander de l’aide</translation>
    </message>
    <message>
        <source>&amp;Support</source>
        <translation>&amp;Soutien</translation>
    </message>
    <message>
        <source>&amp;Check in...</source>
        <translation>&amp;Faire le point…</translation>
    </message>
    <message>
        <source>&amp;Triggered today...</source>
        <translation>&amp;Revenu aujourd’hui…</translation>
    </message>
    <message>
        <source>&amp;New event...</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <source>Stage &amp;guide</source>
        <translation>&amp;Guide des étapes</translation>
    </message>
    <message>
        <source>Check-ins over &amp;time</source>
        <translation>Points au fil du &amp;temps</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Still in the thick of it</source>
        <translation>Encore en plein dedans</translation>
    </message>
    <message>
        <source>Moved on: stepping away (dropping out)</source>
        <translation>Aller de l’avant&#xa0;: prendre ses distances (partir)</translation>
    </message>
    <message>
        <source>Moved on: getting by (surviving)</source>
        <translation>Aller de l’avant&#xa0;: tenir (survivre)</translation>
    </message>
    <message>
        <source>Moved on: growing from it (thriving)</source>
        <translation>Aller de l’avant&#xa0;: en grandir (s’épanouir)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Modifier l’événement</translation>
    </message>
    <message>
        <source>Only you will see this. A short private name is enough: something you will recognise, without patient names or details.</source>
        <translation>Vous serez la seule personne à le voir. Un court nom privé suffit&#xa0;: quelque chose que vous reconnaîtrez, sans nom ni détail de patient.</translation>
    </message>
    <message>
        <source>Private title</source>
        <translation>Titre privé</translation>
    </message>
    <message>
        <source>e.g. The night shift in March</source>
        <translation>p. ex. La garde de nuit de mars</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Quand c’est arrivé</translation>
    </message>
    <message>
        <source>Context (optional)</source>
        <translation>Contexte (facultatif)</translation>
    </message>
    <message>
        <source>Optional. How you felt, what it meant to you. Leave the clinical facts for the incident report and your adviser.</source>
        <translation>Facultatif. Ce que vous avez ressenti, ce que cela a représenté pour vous. Gardez les faits cliniques pour la déclaration d’événement indésirable et pour votre conseil.</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Where I am today</source>
        <translation>Où j’en suis aujourd’hui</translation>
    </message>
    <message>
        <source>Not sure yet</source>
        <translation>Je ne sais pas encore</translation>
    </message>
    <message>
        <source>Use this</source>
        <translation>Choisir</translation>
    </message>
    <message>
        <source>How it is going</source>
        <translation>Où vous en êtes</translation>
    </message>
    <message>
        <source>The way so far</source>
        <translation>Le chemin parcouru</translation>
    </message>
    <message>
        <source>What you wrote about it</source>
        <translation>Ce que vous en avez écrit</translation>
    </message>
    <message>
        <source>Entries about this event, newest first</source>
        <translation>Entrées sur cet événement, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Follow-up reminders</source>
        <translation>Rappels de suivi</translation>
    </message>
    <message>
        <source>New entry about it</source>
        <translation>Nouvelle entrée à ce sujet</translation>
    </message>
    <message>
        <source>Start an exercise</source>
        <translation>Commencer un exercice</translation>
    </message>
    <message>
        <source>Export for a therapist…</source>
        <translation>Exporter pour ma thérapie…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Événement&#xa0;: %1</translation>
    </message>
    <message>
        <source>It happened on %1.</source>
        <translation>C’est arrivé le %1.</translation>
    </message>
    <message>
        <source>You have not said where you are with it yet.</source>
        <translation>Vous n’avez pas encore dit où vous en êtes.</translation>
    </message>
    <message>
        <source>Today you are at stage %1: %2.</source>
        <translation>Aujourd’hui, vous êtes à l’étape %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Nothing written about it yet. “New entry about it” starts one.</source>
        <translation>Rien d’écrit à ce sujet pour l’instant. «&#xa0;Nouvelle entrée à ce sujet&#xa0;» en commence une.</translation>
    </message>
    <message>
        <source>The newest %1 of %2; the entry list shows them all.</source>
        <translation>Les %1 plus récentes sur %2&#xa0;; la liste des entrées les montre toutes.</translation>
    </message>
    <message>
        <source>No follow-up reminders. Reminders (Journal menu) can add one.</source>
        <translation>Aucun rappel de suivi. Rappels (menu Journal) permet d’en ajouter un.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Prochain&#xa0;: %1</translation>
    </message>
    <message>
        <source>Paused, or already past</source>
        <translation>En pause, ou déjà passé</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>You started this on %1. Your answers were kept; you can carry on.</source>
        <translation>Vous avez commencé le %1. Vos réponses ont été gardées&#xa0;; vous pouvez continuer.</translation>
    </message>
    <message>
        <source>Built on published research and practice. Help lists the sources.</source>
        <translation>Fondé sur la recherche et la pratique publiées. L’aide cite les sources.</translation>
    </message>
    <message>
        <source>Open Support</source>
        <translation>Ouvrir Soutien</translation>
    </message>
    <message>
        <source>Before you start: how distressed are you right now?</source>
        <translation>Avant de commencer&#xa0;: à quel point êtes-vous en détresse en ce moment&#xa0;?</translation>
    </message>
    <message>
        <source>Ready to keep this</source>
        <translation>Prêt à être gardé</translation>
    </message>
    <message>
        <source>Your answers become one entry in your journal, a heading for each step. Steps you left empty are left out. You can edit the entry later.</source>
        <translation>Vos réponses deviennent une entrée de votre journal, avec un titre pour chaque étape. Les étapes laissées vides sont omises. Vous pourrez modifier l’entrée plus tard.</translation>
    </message>
    <message>
        <source>Nothing is written yet, so there is nothing to save. Go back to add a few words, or close: nothing is lost.</source>
        <translation>Rien n’est encore écrit, il n’y a donc rien à enregistrer. Revenez en arrière pour ajouter quelques mots, ou fermez&#xa0;: rien n’est perdu.</translation>
    </message>
    <message>
        <source>Close and finish later</source>
        <translation>Fermer et finir plus tard</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Exercise step</source>
        <translation>Étape de l’exercice</translation>
    </message>
    <message>
        <source>Write as much or as little as you like. You can skip this.</source>
        <translation>Écrivez autant ou aussi peu que vous voulez. Vous pouvez passer cette étape.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Save to my journal</source>
        <translation>Enregistrer dans mon journal</translation>
    </message>
    <message>
        <source>Journey since %1: stages %2</source>
        <translation>Parcours depuis le %1&#xa0;: étapes %2</translation>
    </message>
    <message>
        <source>Journey: no stage chosen yet</source>
        <translation>Parcours&#xa0;: aucune étape choisie pour l’instant</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>Stages over time</source>
        <translation>Les étapes au fil du temps</translation>
    </message>
    <message>
        <source>When you say where you are today, it shows here with the date. Moving back and forth between stages is common.</source>
        <translation>Quand vous indiquez où vous en êtes aujourd’hui, cela apparaît ici avec la date. Aller et venir entre les étapes est courant.</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>(came back; that happens)</source>
        <translation>(de retour&#xa0;; cela arrive)</translation>
    </message>
    <message>
        <source>%1: %2   ·   %3: %4</source>
        <translation>%1&#xa0;: %2   ·   %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>How distressed are you right now</source>
        <translation>À quel point êtes-vous en détresse en ce moment</translation>
    </message>
    <message>
        <source>About which event</source>
        <translation>À propos de quel événement</translation>
    </message>
    <message>
        <source>No particular event</source>
        <translation>Aucun événement en particulier</translation>
    </message>
    <message>
        <source>Writing prompt</source>
        <translation>Piste d’écriture</translation>
    </message>
    <message>
        <source>A prompt, if you want one</source>
        <translation>Une piste, si vous en voulez une</translation>
    </message>
    <message>
        <source>Use this prompt</source>
        <translation>Utiliser cette piste</translation>
    </message>
    <message>
        <source>Another prompt</source>
        <translation>Une autre piste</translation>
    </message>
    <message>
        <source>No prompt, just write</source>
        <translation>Pas de piste, juste écrire</translation>
    </message>
    <message>
        <source>Show a prompt</source>
        <translation>Montrer une piste</translation>
    </message>
    <message>
        <source>No new prompt today: you have answered the ones that fit in the last two weeks. Just write, or come back another day.</source>
        <translation>Pas de nouvelle piste aujourd’hui&#xa0;: vous avez répondu à celles qui conviennent ces deux dernières semaines. Écrivez librement, ou revenez un autre jour.</translation>
    </message>
    <message>
        <source>Where you are today</source>
        <translation>Où vous en êtes aujourd’hui</translation>
    </message>
    <message>
        <source>Stage guide</source>
        <translation>Guide des étapes</translation>
    </message>
    <message>
        <source>Stage details</source>
        <translation>Détails de l’étape</translation>
    </message>
    <message>
        <source>New event...</source>
        <translation>Nouvel événement…</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Open its page</source>
        <translation>Ouvrir sa page</translation>
    </message>
    <message>
        <source>Common thoughts</source>
        <translation>Pensées fréquentes</translation>
    </message>
    <message>
        <source>What tends to help</source>
        <translation>Ce qui aide souvent</translation>
    </message>
    <message>
        <source>Prompts for this stage</source>
        <translation>Pistes pour cette étape</translation>
    </message>
    <message>
        <source>Write with this prompt</source>
        <translation>Écrire avec cette piste</translation>
    </message>
    <message>
        <source>This is where I am today</source>
        <translation>C’est là que j’en suis aujourd’hui</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Aucun événement pour l’instant</translation>
    </message>
    <message>
        <source>Add an event first.</source>
        <translation>Ajoutez d’abord un événement.</translation>
    </message>
    <message>
        <source>Where are you? Choose your country to see lines you can call there.</source>
        <translation>Où êtes-vous&#xa0;? Choisissez votre pays pour voir les numéros que vous pouvez y appeler.</translation>
    </message>
    <message>
        <source>Lines for</source>
        <translation>Numéros pour</translation>
    </message>
    <message>
        <source>Someone to talk to, now</source>
        <translation>Quelqu’un à qui parler, maintenant</translation>
    </message>
    <message>
        <source>A moment for you</source>
        <translation>Un moment pour vous</translation>
    </message>
    <message>
        <source>People you can reach now</source>
        <translation>Des personnes que vous pouvez joindre maintenant</translation>
    </message>
    <message>
        <source>People you chose</source>
        <translation>Les personnes que vous avez choisies</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Mon plan de sécurité</translation>
    </message>
    <message>
        <source>You haven&apos;t written a safety plan yet. When you feel steadier, “Write a safety plan” below takes you through it.</source>
        <translation>Vous n’avez pas encore écrit de plan de sécurité. Quand vous vous sentirez plus stable, «&#xa0;Écrire un plan de sécurité&#xa0;» ci-dessous vous guidera.</translation>
    </message>
    <message>
        <source>Your safety plan is in your journal. Unlock it to read the plan.</source>
        <translation>Votre plan de sécurité est dans votre journal. Déverrouillez-le pour lire le plan.</translation>
    </message>
    <message>
        <source>Open my safety plan</source>
        <translation>Ouvrir mon plan de sécurité</translation>
    </message>
    <message>
        <source>Write a safety plan</source>
        <translation>Écrire un plan de sécurité</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Back to Support</source>
        <translation>Retour à Soutien</translation>
    </message>
    <message>
        <source>If you are in immediate danger, call your local emergency number now.</source>
        <translation>Si vous êtes en danger immédiat, appelez maintenant le numéro d’urgence local.</translation>
    </message>
    <message>
        <source>If you are in immediate danger: %1.</source>
        <translation>Si vous êtes en danger immédiat&#xa0;: %1.</translation>
    </message>
    <message>
        <source>low mood</source>
        <translation>l’humeur basse</translation>
    </message>
    <message>
        <source>worry</source>
        <translation>l’inquiétude</translation>
    </message>
    <message>
        <source>Your answers this week suggest that %1 has been heavy on many days. That is common after something hard at work, and it is not a diagnosis. It is a good moment to talk with someone: a colleague you trust, your doctor, or one of the lines below. If you ever think about ending your life, call one of them now.</source>
        <translation>Vos réponses de cette semaine laissent penser que %1 a pesé lourd de nombreux jours. C’est fréquent après un événement difficile au travail, et ce n’est pas un diagnostic. C’est un bon moment pour en parler à quelqu’un&#xa0;: un collègue de confiance, votre médecin, ou l’un des numéros ci-dessous. S’il vous arrive de penser à mettre fin à vos jours, appelez l’un d’eux maintenant.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Number last checked %1</source>
        <translation>Numéro vérifié le %1</translation>
    </message>
    <message>
        <source>Someone I can turn to</source>
        <translation>Quelqu’un vers qui me tourner</translation>
    </message>
    <message>
        <source>peer supporter, therapist, chief, a friend...</source>
        <translation>pair aidant, thérapeute, chef de service, un ami…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Who they are to you</source>
        <translation>Qui est cette personne pour vous</translation>
    </message>
    <message>
        <source>Phone or how to reach them</source>
        <translation>Téléphone, ou comment la joindre</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Support lines and people</source>
        <translation>Numéros d’aide et personnes</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>Mes personnes</translation>
    </message>
    <message>
        <source>Unlock your journal to see the people you added here.</source>
        <translation>Déverrouillez votre journal pour voir les personnes que vous avez ajoutées ici.</translation>
    </message>
    <message>
        <source>Add someone...</source>
        <translation>Ajouter quelqu’un…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Lines you can call</source>
        <translation>Numéros que vous pouvez appeler</translation>
    </message>
    <message>
        <source>When to see a professional</source>
        <translation>Quand consulter un professionnel</translation>
    </message>
    <message>
        <source>No one added yet. A peer supporter, a friend, your EAP...</source>
        <translation>Personne pour l’instant. Un pair aidant, un ami, le service d’aide aux salariés…</translation>
    </message>
    <message>
        <source>3 or more: worth talking to someone about</source>
        <translation>3 ou plus&#xa0;: cela vaut la peine d’en parler à quelqu’un</translation>
    </message>
    <message>
        <source>Check-ins as a table</source>
        <translation>Points sous forme de tableau</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>non posée</translation>
    </message>
    <message>
        <source>Check-ins over time</source>
        <translation>Points au fil du temps</translation>
    </message>
    <message>
        <source>Dashed lines mark the days you said where you were with an event.</source>
        <translation>Les lignes pointillées marquent les jours où vous avez dit où vous en étiez avec un événement.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Which check-ins to show</source>
        <translation>Quels points afficher</translation>
    </message>
    <message>
        <source>Show as a table</source>
        <translation>Afficher en tableau</translation>
    </message>
    <message>
        <source>Show as a chart</source>
        <translation>Afficher en graphique</translation>
    </message>
    <message>
        <source>No check-ins here yet. A check-in takes half a minute; over time this shows how your days have been.</source>
        <translation>Pas encore de point ici. Faire le point prend une demi-minute&#xa0;; avec le temps, on voit ici comment se sont passées vos journées.</translation>
    </message>
    <message>
        <source>Distress over time</source>
        <translation>La détresse au fil du temps</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidien</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>All check-ins</source>
        <translation>Tous les points</translation>
    </message>
    <message>
        <source>Distress</source>
        <translation>Détresse</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Chart of %1; Show as a table gives the same numbers</source>
        <translation>Graphique de %1&#xa0;; Afficher en tableau donne les mêmes chiffres</translation>
    </message>
    <message>
        <source>nothing ticked</source>
        <translation>rien de coché</translation>
    </message>
    <message>
        <source>%1 check-ins on %2 days.</source>
        <translation>%1 points sur %2 jours.</translation>
    </message>
    <message>
        <source>One check-in so far.</source>
        <translation>Un seul point pour l’instant.</translation>
    </message>
    <message>
        <source>Distress (0–10)</source>
        <translation>Détresse (0–10)</translation>
    </message>
    <message>
        <source>Sleep (0–4)</source>
        <translation>Sommeil (0–4)</translation>
    </message>
    <message>
        <source>PHQ-2, mood (0–6)</source>
        <translation>PHQ-2, humeur (0–6)</translation>
    </message>
    <message>
        <source>GAD-2, worry (0–6)</source>
        <translation>GAD-2, inquiétude (0–6)</translation>
    </message>
    <message>
        <source>Support: {name} (0–4)</source>
        <translation>Soutien&#xa0;: {name} (0–4)</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Triggered that day</source>
        <translation>Revenu ce jour-là</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>On {day}</source>
        <translation>Le {day}</translation>
    </message>
    <message>
        <source>Private — prepared for my therapist</source>
        <translation>Privé — préparé pour ma thérapie</translation>
    </message>
    <message>
        <source>Reflections to talk through</source>
        <translation>Réflexions à aborder ensemble</translation>
    </message>
    <message>
        <source>Untitled entry</source>
        <translation>Entrée sans titre</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>Where I was, over time</source>
        <translation>Où j’en étais, au fil du temps</translation>
    </message>
    <message>
        <source>No stage choices recorded in this period.</source>
        <translation>Aucun choix d’étape enregistré sur cette période.</translation>
    </message>
    <message>
        <source>No check-ins in this period.</source>
        <translation>Aucun point sur cette période.</translation>
    </message>
    <message>
        <source>{day}: Stage {number}</source>
        <translation>{day}&#xa0;: étape {number}</translation>
    </message>
    <message>
        <source>Stage {number}: {name}</source>
        <translation>Étape {number}&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Stage {number}</source>
        <translation>Étape {number}</translation>
    </message>
    <message>
        <source>Since {day}</source>
        <translation>Depuis le {day}</translation>
    </message>
    <message>
        <source>Until {day}</source>
        <translation>Jusqu’au {day}</translation>
    </message>
    <message>
        <source>Some people find it helps to return to an event after a little time has passed. Would you like a reminder? It shows only a general line of text; clicking it opens this event once Reflect is unlocked.</source>
        <translation>Certaines personnes trouvent utile de revenir sur un événement après un peu de temps. Voulez-vous un rappel&#xa0;? Il n’affiche qu’une ligne de texte générale&#xa0;; un clic ouvre cet événement une fois Reflect déverrouillé.</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>In 3 days</source>
        <translation>Dans 3 jours</translation>
    </message>
    <message>
        <source>In a week</source>
        <translation>Dans une semaine</translation>
    </message>
    <message>
        <source>In a month</source>
        <translation>Dans un mois</translation>
    </message>
    <message>
        <source>Date for {label}</source>
        <translation>Date pour {label}</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>At</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Set reminders</source>
        <translation>Régler les rappels</translation>
    </message>
    <message>
        <source>Open Reflect</source>
        <extracomment>The rule id ``activated`` carries for the &quot;while you were away&quot; summary.</extracomment>
        <translation>Ouvrir Reflect</translation>
    </message>
    <message>
        <source>Remind me again</source>
        <translation>Me le rappeler plus tard</translation>
    </message>
    <message>
        <source>Quit Reflect</source>
        <translation>Quitter Reflect</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>On the days I choose</source>
        <translation>Les jours que je choisis</translation>
    </message>
    <message>
        <source>Once a week</source>
        <translation>Une fois par semaine</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Une fois</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Open a check-in when I click it</source>
        <translation>Ouvrir un point quand je clique dessus</translation>
    </message>
    <message>
        <source>Open a check-in</source>
        <translation>Ouvrir un point</translation>
    </message>
    <message>
        <source>Skip it if I&apos;ve already written that day</source>
        <translation>Ne pas le montrer si j’ai déjà écrit ce jour-là</translation>
    </message>
    <message>
        <source>Skip if I already wrote today</source>
        <translation>Ne pas le montrer si j’ai déjà écrit aujourd’hui</translation>
    </message>
    <message>
        <source>Words shown</source>
        <translation>Texte affiché</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Note privée</translation>
    </message>
    <message>
        <source>Follow this computer&apos;s time zone</source>
        <translation>Suivre le fuseau horaire de cet ordinateur</translation>
    </message>
    <message>
        <source>The notification only ever shows the words you chose above, never a note or anything you wrote. A private note stays inside your locked journal and appears after you unlock it.</source>
        <translation>La notification n’affiche jamais que les mots choisis ci-dessus, jamais une note ni rien de ce que vous avez écrit. Une note privée reste dans votre journal verrouillé et apparaît une fois celui-ci déverrouillé.</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Heures calmes</translation>
    </message>
    <message>
        <source>Hold reminders between</source>
        <translation>Retenir les rappels entre</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Début des heures calmes</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin des heures calmes</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>A reminder that falls in quiet hours waits until they end.</source>
        <translation>Un rappel qui tombe pendant les heures calmes attend qu’elles se terminent.</translation>
    </message>
    <message>
        <source>In the background</source>
        <translation>En arrière-plan</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Rester dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Rester dans la zone de notification</translation>
    </message>
    <message>
        <source>Start Reflect when I log in</source>
        <translation>Lancer Reflect à l’ouverture de session</translation>
    </message>
    <message>
        <source>Reflect starts locked and quiet, so reminders can arrive on time.</source>
        <translation>Reflect démarre verrouillé et silencieux, pour que les rappels arrivent à l’heure.</translation>
    </message>
    <message>
        <source>Reminders show only a short, general line such as “Time for a few quiet minutes”, never anything you wrote. They arrive even while Reflect is locked.</source>
        <translation>Les rappels n’affichent qu’une ligne courte et générale, comme «&#xa0;Le moment de prendre quelques minutes au calme&#xa0;», jamais rien de ce que vous avez écrit. Ils arrivent même quand Reflect est verrouillé.</translation>
    </message>
    <message>
        <source>Your reminders</source>
        <translation>Vos rappels</translation>
    </message>
    <message>
        <source>No reminders yet. A daily one at a time that suits you is a gentle place to start.</source>
        <translation>Pas encore de rappel. Un rappel quotidien, à l’heure qui vous convient, est une façon douce de commencer.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add a reminder</source>
        <translation>Ajouter un rappel</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Every day at {time}</source>
        <translation>Tous les jours à {time}</translation>
    </message>
    <message>
        <source>Weekdays at {time}</source>
        <translation>En semaine à {time}</translation>
    </message>
    <message>
        <source>Every {day} at {time}</source>
        <translation>Chaque {day} à {time}</translation>
    </message>
    <message>
        <source>{days} at {time}</source>
        <translation>{days} à {time}</translation>
    </message>
    <message>
        <source>Once, {date} at {time}</source>
        <translation>Une fois, le {date} à {time}</translation>
    </message>
    <message>
        <source>to write</source>
        <translation>pour écrire</translation>
    </message>
    <message>
        <source>to check in</source>
        <translation>pour faire le point</translation>
    </message>
    <message>
        <source>to follow up on an event</source>
        <translation>pour revenir sur un événement</translation>
    </message>
    <message>
        <source>with a private note</source>
        <translation>avec une note privée</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Next: {when}</source>
        <translation>Prochain&#xa0;: {when}</translation>
    </message>
    <message>
        <source> (snoozed)</source>
        <translation> (reporté)</translation>
    </message>
    <message>
        <source> · skipped on days you&apos;ve written</source>
        <translation> · sauté les jours où vous avez écrit</translation>
    </message>
    <message>
        <source>This happened very recently. The first hours are often stage 1, chaos and shock.</source>
        <translation>C’est arrivé très récemment. Les premières heures correspondent souvent à l’étape 1, chaos et choc.</translation>
    </message>
    <message>
        <source>A trigger can bring the replaying back for a while. Stage 2 may fit today, and that is not going backwards.</source>
        <translation>Un déclencheur peut faire revenir les ruminations pour un temps. L’étape 2 convient peut-être aujourd’hui, et ce n’est pas un retour en arrière.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Un problème est survenu.</translation>
    </message>
    <message>
        <source>Reflect hit an internal problem. Nothing you wrote was changed.</source>
        <translation>Reflect a rencontré un problème interne. Rien de ce que vous avez écrit n’a été modifié.</translation>
    </message>
    <message>
        <source>Reflect could not open this journal.</source>
        <translation>Reflect n’a pas pu ouvrir ce journal.</translation>
    </message>
    <message>
        <source>That passphrase didn&apos;t open this journal. Check Caps Lock and try again, or use your recovery key.</source>
        <translation>Cette phrase de passe n’a pas ouvert ce journal. Vérifiez le verrouillage des majuscules et réessayez, ou utilisez votre clé de récupération.</translation>
    </message>
    <message>
        <source>That recovery key didn&apos;t open this journal. Check each group of characters against your printed copy.</source>
        <translation>Cette clé de récupération n’a pas ouvert ce journal. Comparez chaque groupe de caractères avec votre copie imprimée.</translation>
    </message>
    <message>
        <source>A recovery key has 64 characters (digits 0-9 and letters A-F), usually written in 8 groups. Check that nothing is missing.</source>
        <translation>Une clé de récupération compte 64 caractères (chiffres 0-9 et lettres A-F), écrits en général en 8 groupes. Vérifiez que rien ne manque.</translation>
    </message>
    <message>
        <source>This journal&apos;s files look damaged, so Reflect did not change anything. Restore your most recent backup, or open the journal with your recovery key. Keep the damaged folder: do not delete it.</source>
        <translation>Les fichiers de ce journal semblent endommagés, Reflect n’a donc rien modifié. Restaurez votre sauvegarde la plus récente, ou ouvrez le journal avec votre clé de récupération. Gardez le dossier endommagé&#xa0;: ne le supprimez pas.</translation>
    </message>
    <message>
        <source>This journal was made by a newer Reflect. Install the latest version of Reflect to open it; nothing was changed.</source>
        <translation>Ce journal a été créé par une version plus récente de Reflect. Installez la dernière version de Reflect pour l’ouvrir&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This journal is already open in another Reflect window. Close that window first.</source>
        <translation>Ce journal est déjà ouvert dans une autre fenêtre de Reflect. Fermez d’abord cette fenêtre.</translation>
    </message>
    <message>
        <source>There is no Reflect journal in this folder.</source>
        <translation>Il n’y a pas de journal Reflect dans ce dossier.</translation>
    </message>
    <message>
        <source>This folder already holds files, so Reflect will not create a journal here. Choose an empty folder.</source>
        <translation>Ce dossier contient déjà des fichiers, Reflect n’y créera donc pas de journal. Choisissez un dossier vide.</translation>
    </message>
    <message>
        <source>Reflect can open this journal only from a folder it can write to, and this one is read-only. Copy the whole journal folder to a folder of yours (or check its permissions) and open it from there; nothing was changed.</source>
        <translation>Reflect ne peut ouvrir ce journal que depuis un dossier où il peut écrire, et celui-ci est en lecture seule. Copiez tout le dossier du journal dans un de vos dossiers (ou vérifiez ses autorisations) et ouvrez-le depuis là&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The journal is locked. Unlock it to go on.</source>
        <translation>Le journal est verrouillé. Déverrouillez-le pour continuer.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Arrêté. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Reflect could not save because the disk is full or cannot be written to. Free some space; what you wrote is still on screen and will be saved when space is available.</source>
        <translation>Reflect n’a pas pu enregistrer&#xa0;: le disque est plein ou protégé en écriture. Libérez de la place&#xa0;; ce que vous avez écrit est toujours à l’écran et sera enregistré dès qu’il y aura de la place.</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>Cet élément n’existe plus.</translation>
    </message>
    <message>
        <source>That value isn&apos;t one Reflect can accept.</source>
        <translation>Reflect ne peut pas accepter cette valeur.</translation>
    </message>
    <message>
        <source>A stage is a number from 1 to 6.</source>
        <translation>Une étape est un nombre de 1 à 6.</translation>
    </message>
    <message>
        <source>{what} is a whole number from {low} to {high}.</source>
        <translation>{what} est un nombre entier de {low} à {high}.</translation>
    </message>
    <message>
        <source>That event no longer exists.</source>
        <translation>Cet événement n’existe plus.</translation>
    </message>
    <message>
        <source>Give the event a short private title.</source>
        <translation>Donnez à l’événement un court titre privé.</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>Un contact doit avoir un nom.</translation>
    </message>
    <message>
        <source>That entry no longer exists.</source>
        <translation>Cette entrée n’existe plus.</translation>
    </message>
    <message>
        <source>Only a single word can be added to your words. Choose one word, without spaces, and try again.</source>
        <translation>Seul un mot isolé peut être ajouté à vos mots. Choisissez un mot, sans espace, et réessayez.</translation>
    </message>
    <message>
        <source>Your words already number {count:,}, the most Reflect keeps. Remove some in Settings, under Spelling, then add this one again.</source>
        <translation>Vos mots sont déjà au nombre de {count:,}, le maximum que Reflect conserve. Retirez-en quelques-uns dans Paramètres, sous Orthographe, puis ajoutez de nouveau celui-ci.</translation>
    </message>
    <message>
        <source>This file isn&apos;t a Reflect backup. Backups end in .reflectbackup; choose another file. Nothing was changed.</source>
        <translation>Ce fichier n’est pas une sauvegarde Reflect. Les sauvegardes se terminent par .reflectbackup&#xa0;; choisissez un autre fichier. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This backup is damaged (it may have been copied only in part), so Reflect did not use it. Nothing was changed. Try an older backup.</source>
        <translation>Cette sauvegarde est endommagée (elle n’a peut-être été copiée qu’en partie), Reflect ne l’a donc pas utilisée. Rien n’a été modifié. Essayez une sauvegarde plus ancienne.</translation>
    </message>
    <message>
        <source>This backup was made by a newer Reflect. Install the latest version of Reflect to restore it; nothing was changed.</source>
        <translation>Cette sauvegarde a été faite par une version plus récente de Reflect. Installez la dernière version de Reflect pour la restaurer&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Reflect is still changing this journal&apos;s key. Try the backup again in a moment.</source>
        <translation>Reflect est encore en train de changer la clé de ce journal. Réessayez la sauvegarde dans un instant.</translation>
    </message>
    <message>
        <source>Set a new passphrase for this journal first; then Reflect can back it up.</source>
        <translation>Définissez d’abord une nouvelle phrase de passe pour ce journal&#xa0;; Reflect pourra ensuite le sauvegarder.</translation>
    </message>
    <message>
        <source>Reflect could not read this file ({reason}).</source>
        <translation>Reflect n’a pas pu lire ce fichier ({reason}).</translation>
    </message>
    <message>
        <source>That folder already holds files. Choose an empty folder for the restored journal.</source>
        <translation>Ce dossier contient déjà des fichiers. Choisissez un dossier vide pour le journal restauré.</translation>
    </message>
    <message>
        <source>Choose a normal folder for the restored journal, not a shortcut.</source>
        <translation>Choisissez un dossier ordinaire pour le journal restauré, pas un raccourci.</translation>
    </message>
    <message>
        <source>That recovery key doesn&apos;t open this backup. It may belong to another journal, or the key was changed after this backup was made.</source>
        <translation>Cette clé de récupération n’ouvre pas cette sauvegarde. Elle appartient peut-être à un autre journal, ou la clé a été changée après la sauvegarde.</translation>
    </message>
    <message>
        <source>That folder already holds files. Choose a new, empty folder for the Markdown copy.</source>
        <translation>Ce dossier contient déjà des fichiers. Choisissez un nouveau dossier vide pour la copie Markdown.</translation>
    </message>
    <message>
        <source>No entries match what you chose. Try a wider date range or other tags.</source>
        <extracomment>``ReviewItem.entry_id`` for findings in the document title itself.</extracomment>
        <translation>Aucune entrée ne correspond à votre choix. Essayez une période plus large ou d’autres étiquettes.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Reflect could not read this file, so nothing was imported. Check that it is an export from jrnl, Day One or Reflect, or a folder of Markdown files.</source>
        <translation>Reflect n’a pas pu lire ce fichier, rien n’a donc été importé. Vérifiez qu’il s’agit d’un export de jrnl, de Day One ou de Reflect, ou d’un dossier de fichiers Markdown.</translation>
    </message>
    <message>
        <source>This is a shortcut (symbolic link); choose the file it points to.</source>
        <translation>C’est un raccourci (lien symbolique)&#xa0;; choisissez le fichier vers lequel il pointe.</translation>
    </message>
    <message>
        <source>This isn&apos;t a file Reflect can import.</source>
        <translation>Reflect ne peut pas importer ce fichier.</translation>
    </message>
    <message>
        <source>This is larger than Reflect can import at once ({size} MB).</source>
        <translation>C’est plus que ce que Reflect peut importer en une fois ({size} Mo).</translation>
    </message>
    <message>
        <source>This file isn&apos;t UTF-8 text.</source>
        <translation>Ce fichier n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>This file holds far more items than a journal export, so Reflect won&apos;t read it.</source>
        <translation>Ce fichier contient bien plus d’éléments qu’un export de journal&#xa0;; Reflect ne le lira donc pas.</translation>
    </message>
    <message>
        <source>This file isn&apos;t valid JSON; it may be damaged or incomplete.</source>
        <translation>Ce fichier n’est pas du JSON valide&#xa0;; il est peut-être endommagé ou incomplet.</translation>
    </message>
    <message>
        <source>This zip file holds too many files to be an export.</source>
        <translation>Ce fichier zip contient trop de fichiers pour être un export.</translation>
    </message>
    <message>
        <source>This zip file is damaged or uses a format Reflect can&apos;t read.</source>
        <translation>Ce fichier zip est endommagé ou dans un format que Reflect ne sait pas lire.</translation>
    </message>
    <message>
        <source>This zip file contains unsafe file paths, so Reflect won&apos;t read it.</source>
        <translation>Ce fichier zip contient des chemins de fichier dangereux&#xa0;; Reflect ne le lira donc pas.</translation>
    </message>
    <message>
        <source>This zip file contains shortcuts (symbolic links), so Reflect won&apos;t read it.</source>
        <translation>Ce fichier zip contient des raccourcis (liens symboliques)&#xa0;; Reflect ne le lira donc pas.</translation>
    </message>
    <message>
        <source>This zip file is password-protected. Export it again without a password.</source>
        <translation>Ce fichier zip est protégé par un mot de passe. Exportez-le de nouveau sans mot de passe.</translation>
    </message>
    <message>
        <source>This zip file looks unsafe (it expands far too much), so Reflect won&apos;t read it.</source>
        <translation>Ce fichier zip semble dangereux (il se décompresse bien trop)&#xa0;; Reflect ne le lira donc pas.</translation>
    </message>
    <message>
        <source>This zip file looks unsafe (a file is larger than it claims).</source>
        <translation>Ce fichier zip semble dangereux (un fichier est plus gros qu’annoncé).</translation>
    </message>
    <message>
        <source>In this file, {what} is not text as expected.</source>
        <translation>Dans ce fichier, {what} n’est pas du texte comme prévu.</translation>
    </message>
    <message>
        <source>In this file, {what} is larger than Reflect accepts (5 MB).</source>
        <translation>Dans ce fichier, {what} dépasse ce que Reflect accepte (5 Mo).</translation>
    </message>
    <message>
        <source>In this file, {what} contains invalid characters.</source>
        <translation>Dans ce fichier, {what} contient des caractères non valides.</translation>
    </message>
    <message>
        <source>In this file, the tags of {what} are not a list as expected.</source>
        <translation>Dans ce fichier, les étiquettes de {what} ne sont pas une liste comme prévu.</translation>
    </message>
    <message>
        <source>a tag of {what}</source>
        <translation>une étiquette de {what}</translation>
    </message>
    <message>
        <source>In this file, a tag of {what} is too long.</source>
        <translation>Dans ce fichier, une étiquette de {what} est trop longue.</translation>
    </message>
    <message>
        <source>In this file, {what} is not a whole number from {low} to {high}.</source>
        <translation>Dans ce fichier, {what} n’est pas un nombre entier de {low} à {high}.</translation>
    </message>
    <message>
        <source>In this file, {what} is not a date and time Reflect understands.</source>
        <translation>Dans ce fichier, {what} n’est pas une date et une heure que Reflect comprend.</translation>
    </message>
    <message>
        <source>In this file, {what} is outside the dates Reflect can store.</source>
        <translation>Dans ce fichier, {what} est en dehors des dates que Reflect peut enregistrer.</translation>
    </message>
    <message>
        <source>In this file, {what} is not in the expected form.</source>
        <translation>Dans ce fichier, {what} n’a pas la forme attendue.</translation>
    </message>
    <message>
        <source>In this file, {what} is not a list as expected.</source>
        <translation>Dans ce fichier, {what} n’est pas une liste comme prévu.</translation>
    </message>
    <message>
        <source>This file has more entries than Reflect can import at once ({count}).</source>
        <translation>Ce fichier contient plus d’entrées que Reflect ne peut en importer en une fois ({count}).</translation>
    </message>
    <message>
        <source>Time for a few quiet minutes</source>
        <translation>Le moment de prendre quelques minutes au calme</translation>
    </message>
    <message>
        <source>A moment for yourself, if you&apos;d like one</source>
        <translation>Un moment pour vous, si vous le souhaitez</translation>
    </message>
    <message>
        <source>Reflect is here when you want it</source>
        <translation>Reflect est là quand vous en avez besoin</translation>
    </message>
    <message>
        <source>A gentle reminder from Reflect</source>
        <translation>Un petit rappel de Reflect</translation>
    </message>
    <message>
        <source>Some reminders came by while Reflect was closed</source>
        <translation>Des rappels sont arrivés pendant que Reflect était fermé</translation>
    </message>
    <message>
        <source>A reminder id must be a uuid.</source>
        <extracomment>Everything a notifier is ever allowed to display.</extracomment>
        <translation>L’identifiant d’un rappel doit être un UUID.</translation>
    </message>
    <message>
        <source>An event id must be a uuid.</source>
        <translation>L’identifiant d’un événement doit être un UUID.</translation>
    </message>
    <message>
        <source>Unknown reminder wording.</source>
        <translation>Texte de rappel inconnu.</translation>
    </message>
    <message>
        <source>Unknown time zone.</source>
        <translation>Fuseau horaire inconnu.</translation>
    </message>
    <message>
        <source>Choose at least one day for the reminder.</source>
        <translation>Choisissez au moins un jour pour le rappel.</translation>
    </message>
    <message>
        <source>Choose a date for the reminder.</source>
        <translation>Choisissez une date pour le rappel.</translation>
    </message>
    <message>
        <source>A follow-up needs an event.</source>
        <translation>Un suivi a besoin d’un événement.</translation>
    </message>
    <message>
        <source>Reminder times must carry a zone.</source>
        <translation>Les heures de rappel doivent comporter un fuseau horaire.</translation>
    </message>
    <message>
        <source> Did you mean {meant}?</source>
        <translation> Vouliez-vous dire {meant}&#xa0;?</translation>
    </message>
    <message>
        <source>Group {number} has “{ch}”, which is never in a recovery key: keys use only the digits 0-9 and the letters A-F.</source>
        <translation>Le groupe {number} contient «&#xa0;{ch}&#xa0;», qui ne figure jamais dans une clé de récupération&#xa0;: les clés n’utilisent que les chiffres 0-9 et les lettres A-F.</translation>
    </message>
    <message>
        <source>The key has “{ch}”, which is never in a recovery key: keys use only the digits 0-9 and the letters A-F.</source>
        <translation>La clé contient «&#xa0;{ch}&#xa0;», qui ne figure jamais dans une clé de récupération&#xa0;: les clés n’utilisent que les chiffres 0-9 et les lettres A-F.</translation>
    </message>
    <message>
        <source>Group {number} has {count} characters; each group has {size}. Check that group against your printout.</source>
        <translation>Le groupe {number} a {count} caractères&#xa0;; chaque groupe en a {size}. Comparez ce groupe avec votre copie imprimée.</translation>
    </message>
    <message>
        <source>This has {count} of the {expected} characters of a recovery key. Check that nothing is missing.</source>
        <translation>Il y a là {count} des {expected} caractères d’une clé de récupération. Vérifiez que rien ne manque.</translation>
    </message>
    <message>
        <source>This has {count} characters; a recovery key has {expected}. Check for a character typed twice.</source>
        <translation>Il y a là {count} caractères&#xa0;; une clé de récupération en a {expected}. Vérifiez qu’aucun caractère n’a été tapé deux fois.</translation>
    </message>
    <message>
        <source>This journal&apos;s key file (vault.json) is missing. Your entries are still there: open the journal with your recovery key, then choose a new passphrase.</source>
        <translation>Le fichier de clé de ce journal (vault.json) est introuvable. Vos entrées sont toujours là&#xa0;: ouvrez le journal avec votre clé de récupération, puis choisissez une nouvelle phrase de passe.</translation>
    </message>
    <message>
        <source>Reflect could not read {path}: {reason}.</source>
        <translation>Reflect n’a pas pu lire {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>This journal&apos;s database file (journal.db) is missing. Restore it from a backup; nothing was changed.</source>
        <translation>Le fichier de base de données de ce journal (journal.db) est introuvable. Restaurez-le depuis une sauvegarde&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>To change the passphrase, enter the current one (or open the journal with the recovery key).</source>
        <translation>Pour changer de phrase de passe, saisissez l’actuelle (ou ouvrez le journal avec la clé de récupération).</translation>
    </message>
    <message>
        <source>This journal already uses the new recovery key; keep that one.</source>
        <translation>Ce journal utilise déjà la nouvelle clé de récupération&#xa0;; gardez celle-ci.</translation>
    </message>
    <message>
        <source>Weekly questions</source>
        <translation>Questions hebdomadaires</translation>
    </message>
    <message>
        <source>No weekly questions answered in this period.</source>
        <translation>Aucune question hebdomadaire répondue sur cette période.</translation>
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
        <translation>La détresse à chaque point, en moyenne par jour (0 = calme, 10 = le pire possible).</translation>
    </message>
    <message>
        <source>Reflect could not write to {folder}: the disk is full or the folder cannot be written to. Free some space or choose another folder; nothing was changed.</source>
        <translation>Reflect n’a pas pu écrire dans {folder}&#xa0;: le disque est plein ou le dossier est protégé en écriture. Libérez de la place ou choisissez un autre dossier&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Reflect could not write to {folder} ({reason}). Nothing was changed; try another folder.</source>
        <translation>Reflect n’a pas pu écrire dans {folder} ({reason}). Rien n’a été modifié&#xa0;; essayez un autre dossier.</translation>
    </message>
    <message>
        <source>[name]</source>
        <extracomment>What each kind of finding is replaced with, in English (``Finding.label`` gives the current language&apos;s words: the therapist reads the export in that language).</extracomment>
        <translation>[nom]</translation>
    </message>
    <message>
        <source>[date]</source>
        <translation>[date]</translation>
    </message>
    <message>
        <source>[age]</source>
        <translation>[âge]</translation>
    </message>
    <message>
        <source>[phone]</source>
        <translation>[téléphone]</translation>
    </message>
    <message>
        <source>[email]</source>
        <translation>[courriel]</translation>
    </message>
    <message>
        <source>[id number]</source>
        <translation>[numéro d’identification]</translation>
    </message>
    <message>
        <source>[address]</source>
        <translation>[adresse]</translation>
    </message>
    <message>
        <source>[zip]</source>
        <translation>[code postal]</translation>
    </message>
    <message>
        <source>[postcode]</source>
        <translation>[code postal]</translation>
    </message>
    <message>
        <source>[place]</source>
        <translation>[lieu]</translation>
    </message>
    <message>
        <source>[url]</source>
        <translation>[adresse web]</translation>
    </message>
    <message>
        <source>[ip address]</source>
        <translation>[adresse IP]</translation>
    </message>
    <message>
        <source>[photo not imported]</source>
        <extracomment>Day One&apos;s attachment lists, and the note left in the entry where one was.</extracomment>
        <translation>[photo non importée]</translation>
    </message>
    <message>
        <source>[audio recording not imported]</source>
        <translation>[enregistrement audio non importé]</translation>
    </message>
    <message>
        <source>[video not imported]</source>
        <translation>[vidéo non importée]</translation>
    </message>
    <message>
        <source>[PDF not imported]</source>
        <translation>[PDF non importé]</translation>
    </message>
    <message>
        <source>This zip file has no Day One journal (.json) in it.</source>
        <translation>Ce fichier zip ne contient pas de journal Day One (.json).</translation>
    </message>
    <message>
        <source>This zip file holds a JSON file that isn&apos;t a Day One journal.</source>
        <translation>Ce fichier zip contient un fichier JSON qui n’est pas un journal Day One.</translation>
    </message>
    <message>
        <source>entry {n}</source>
        <translation>l’entrée {n}</translation>
    </message>
    <message>
        <source>the id of {what}</source>
        <translation>l’identifiant de {what}</translation>
    </message>
    <message>
        <source>In this file, the id of {what} is not a Day One id.</source>
        <translation>Dans ce fichier, l’identifiant de {what} n’est pas un identifiant Day One.</translation>
    </message>
    <message>
        <source>the date of {what}</source>
        <translation>la date de {what}</translation>
    </message>
    <message>
        <source>the change date of {what}</source>
        <translation>la date de modification de {what}</translation>
    </message>
    <message>
        <source>the text of {what}</source>
        <translation>le texte de {what}</translation>
    </message>
    <message>
        <source>1 empty entry was left out.</source>
        <translation>1 entrée vide a été laissée de côté.</translation>
    </message>
    <message>
        <source>{count} empty entries were left out.</source>
        <translation>{count} entrées vides ont été laissées de côté.</translation>
    </message>
    <message>
        <source>{count} of the entries had no time zone; their dates follow this computer&apos;s.</source>
        <translation>{count} des entrées n’avaient pas de fuseau horaire&#xa0;; leurs dates suivent celui de cet ordinateur.</translation>
    </message>
    <message>
        <source>the title of {what}</source>
        <translation>le titre de {what}</translation>
    </message>
    <message>
        <source>the time of {what}</source>
        <translation>l’heure de {what}</translation>
    </message>
    <message>
        <source>In this file, the date of {what} is not one Reflect understands.</source>
        <translation>Dans ce fichier, la date de {what} n’est pas une date que Reflect comprend.</translation>
    </message>
    <message>
        <source>In this file, the star of {what} is not true or false.</source>
        <translation>Dans ce fichier, l’étoile de {what} n’est ni vraie ni fausse.</translation>
    </message>
    <message>
        <source>This folder has no Markdown (.md) files in it.</source>
        <translation>Ce dossier ne contient pas de fichiers Markdown (.md).</translation>
    </message>
    <message>
        <source>This folder is larger than Reflect can import at once (200 MB).</source>
        <translation>Ce dossier dépasse ce que Reflect peut importer en une fois (200 Mo).</translation>
    </message>
    <message>
        <source>This folder contains a shortcut (symbolic link). Move the real files into the folder and try again.</source>
        <translation>Ce dossier contient un raccourci (lien symbolique). Placez les vrais fichiers dans le dossier et réessayez.</translation>
    </message>
    <message>
        <source>Reflect could not read one of the files in this folder.</source>
        <translation>Reflect n’a pas pu lire l’un des fichiers de ce dossier.</translation>
    </message>
    <message>
        <source>This folder has more files than Reflect can import at once.</source>
        <translation>Ce dossier contient plus de fichiers que Reflect ne peut en importer en une fois.</translation>
    </message>
    <message>
        <source>A file&apos;s date wasn&apos;t one Reflect understands; its last change date was used.</source>
        <translation>La date d’un fichier n’était pas une date que Reflect comprend&#xa0;; sa date de dernière modification a été utilisée.</translation>
    </message>
    <message>
        <source>This Reflect export has no valid version number.</source>
        <translation>Cet export de Reflect n’a pas de numéro de version valide.</translation>
    </message>
    <message>
        <source>This export was made by a newer Reflect. Install the latest Reflect first.</source>
        <translation>Cet export a été fait par une version plus récente de Reflect. Installez d’abord la dernière version de Reflect.</translation>
    </message>
    <message>
        <source>event {n}</source>
        <translation>l’événement {n}</translation>
    </message>
    <message>
        <source>In this file, two events have the same id.</source>
        <translation>Dans ce fichier, deux événements ont le même identifiant.</translation>
    </message>
    <message>
        <source>check-in {n}</source>
        <translation>le point {n}</translation>
    </message>
    <message>
        <source>In this file, {what} is not a valid id.</source>
        <translation>Dans ce fichier, {what} n’est pas un identifiant valide.</translation>
    </message>
    <message>
        <source>the event of {what}</source>
        <translation>l’événement de {what}</translation>
    </message>
    <message>
        <source>In this file, {what} has no title.</source>
        <translation>Dans ce fichier, {what} n’a pas de titre.</translation>
    </message>
    <message>
        <source>the status of {what}</source>
        <translation>le statut de {what}</translation>
    </message>
    <message>
        <source>In this file, the status of {what} is not one Reflect knows.</source>
        <translation>Dans ce fichier, le statut de {what} n’est pas un statut que Reflect connaît.</translation>
    </message>
    <message>
        <source>the stages of {what}</source>
        <translation>les étapes de {what}</translation>
    </message>
    <message>
        <source>stage {number} of {what}</source>
        <translation>l’étape {number} de {what}</translation>
    </message>
    <message>
        <source>a stage of {what}</source>
        <translation>une étape de {what}</translation>
    </message>
    <message>
        <source>a stage date of {what}</source>
        <translation>une date d’étape de {what}</translation>
    </message>
    <message>
        <source>the notes of {what}</source>
        <translation>les notes de {what}</translation>
    </message>
    <message>
        <source>the stage of {what}</source>
        <translation>l’étape de {what}</translation>
    </message>
    <message>
        <source>the creation date of {what}</source>
        <translation>la date de création de {what}</translation>
    </message>
    <message>
        <source>the support ratings of {what}</source>
        <translation>les notes de soutien de {what}</translation>
    </message>
    <message>
        <source>In this file, {what} has too many support ratings.</source>
        <translation>Dans ce fichier, {what} a trop de notes de soutien.</translation>
    </message>
    <message>
        <source>a support rating of {what}</source>
        <translation>une note de soutien de {what}</translation>
    </message>
    <message>
        <source>In this file, &apos;triggered&apos; of {what} is not true or false.</source>
        <translation>Dans ce fichier, «&#xa0;revenu&#xa0;» de {what} n’est ni vrai ni faux.</translation>
    </message>
    <message>
        <source>the distress of {what}</source>
        <translation>la détresse de {what}</translation>
    </message>
    <message>
        <source>the sleep of {what}</source>
        <translation>le sommeil de {what}</translation>
    </message>
    <message>
        <source>the note of {what}</source>
        <translation>la note de {what}</translation>
    </message>
    <message>
        <source>the PHQ-2 score of {what}</source>
        <translation>le score PHQ-2 de {what}</translation>
    </message>
    <message>
        <source>the GAD-2 score of {what}</source>
        <translation>le score GAD-2 de {what}</translation>
    </message>
    <message>
        <source>In this file, an entry or check-in belongs to an event that isn&apos;t there.</source>
        <translation>Dans ce fichier, une entrée ou un point appartient à un événement qui n’y est pas.</translation>
    </message>
    <message>
        <source>This is a shortcut (symbolic link); choose the file or folder itself.</source>
        <translation>C’est un raccourci (lien symbolique)&#xa0;; choisissez le fichier ou le dossier lui-même.</translation>
    </message>
    <message>
        <source>That file or folder no longer exists.</source>
        <translation>Ce fichier ou ce dossier n’existe plus.</translation>
    </message>
    <message>
        <source>Reflect could not open this file or folder.</source>
        <translation>Reflect n’a pas pu ouvrir ce fichier ou ce dossier.</translation>
    </message>
    <message>
        <source>Reflect doesn&apos;t recognise this file. It can import jrnl JSON exports (jrnl --format json), Day One JSON exports, Reflect exports and Markdown files.</source>
        <translation>Reflect ne reconnaît pas ce fichier. Il peut importer les exports JSON de jrnl (jrnl --format json), les exports JSON de Day One, les exports de Reflect et les fichiers Markdown.</translation>
    </message>
    <message>
        <source>This file is damaged or was changed by something other than Reflect, so it was skipped.</source>
        <translation>Ce fichier est endommagé ou a été modifié par autre chose que Reflect&#xa0;; il a donc été ignoré.</translation>
    </message>
    <message>
        <source>This file was made by a newer Reflect, so it was skipped. Install the latest Reflect.</source>
        <translation>Ce fichier a été créé par une version plus récente de Reflect&#xa0;; il a donc été ignoré. Installez la dernière version de Reflect.</translation>
    </message>
    <message>
        <source>This file belongs to another journal, so it was skipped.</source>
        <translation>Ce fichier appartient à un autre journal&#xa0;; il a donc été ignoré.</translation>
    </message>
    <message>
        <source>Your passphrase or recovery key was changed on another computer. Enter the passphrase you use there once, and this computer will be in step again.</source>
        <translation>Votre phrase de passe ou votre clé de récupération a été changée sur un autre ordinateur. Saisissez une fois la phrase de passe que vous y utilisez, et cet ordinateur sera de nouveau à jour.</translation>
    </message>
    <message>
        <source>This file was written before this computer changed the journal&apos;s recovery key. It will be in step once Reflect has been opened on that computer and its passphrase entered there.</source>
        <translation>Ce fichier a été écrit avant que cet ordinateur change la clé de récupération du journal. Il sera à jour une fois Reflect ouvert sur cet autre ordinateur et la phrase de passe saisie là-bas.</translation>
    </message>
    <message>
        <source>This file is far larger than a journal could make, so it was skipped.</source>
        <translation>Ce fichier est bien plus gros que ce qu’un journal peut produire&#xa0;; il a donc été ignoré.</translation>
    </message>
    <message>
        <source>Reflect could not read this file, so it was skipped.</source>
        <translation>Reflect n’a pas pu lire ce fichier&#xa0;; il a donc été ignoré.</translation>
    </message>
    <message>
        <source>This backup is of another journal, or of this one before its recovery key was changed. Enter the passphrase that was in use when it was made, or its recovery key.</source>
        <translation>Cette sauvegarde vient d’un autre journal, ou de celui-ci avant le changement de sa clé de récupération. Saisissez la phrase de passe en usage lors de sa création, ou sa clé de récupération.</translation>
    </message>
    <message>
        <source>This folder holds no Reflect journal yet. On the computer where you already use Reflect, choose Settings &gt; Two computers and this same folder first, and wait until your sync tool has copied its file here.</source>
        <translation>Ce dossier ne contient encore aucun journal Reflect. Sur l’ordinateur où vous utilisez déjà Reflect, choisissez d’abord Paramètres &gt; Deux ordinateurs et ce même dossier, puis attendez que votre outil de synchronisation ait copié son fichier ici.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open the journal in this folder. Use the passphrase of your journal on the other computer, or its recovery key.</source>
        <translation>Cette phrase de passe n’ouvre pas le journal de ce dossier. Utilisez la phrase de passe de votre journal sur l’autre ordinateur, ou sa clé de récupération.</translation>
    </message>
    <message>
        <source>That recovery key doesn&apos;t open the journal in this folder. If you made a new recovery key on the other computer, use that one, or the passphrase.</source>
        <translation>Cette clé de récupération n’ouvre pas le journal de ce dossier. Si vous avez créé une nouvelle clé de récupération sur l’autre ordinateur, utilisez-la, ou la phrase de passe.</translation>
    </message>
    <message>
        <source>The other computer&apos;s file could not be opened with that passphrase, so nothing was changed. Check that its sync has finished, then try again.</source>
        <translation>Le fichier de l’autre ordinateur n’a pas pu être ouvert avec cette phrase de passe&#xa0;; rien n’a donc été modifié. Vérifiez que sa synchronisation est terminée, puis réessayez.</translation>
    </message>
    <message>
        <source>That folder is inside your journal&apos;s own folder. Choose a folder outside it, one that your sync tool keeps in step.</source>
        <translation>Ce dossier se trouve dans le dossier de votre journal. Choisissez un dossier en dehors, que votre outil de synchronisation tient à jour.</translation>
    </message>
    <message>
        <source>Your journal itself is inside that folder, and a sync tool must never copy a journal while Reflect writes in it. Choose another folder, one that does not hold your journal.</source>
        <translation>Votre journal lui-même se trouve dans ce dossier, et un outil de synchronisation ne doit jamais copier un journal pendant que Reflect y écrit. Choisissez un autre dossier, qui ne contient pas votre journal.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>This copy of Reflect is missing its file {name}. Reflect&apos;s licence is the GNU General Public License, version 3 or later: https://www.gnu.org/licenses/gpl-3.0</source>
        <translation>Il manque à cette copie de Reflect son fichier {name}. Reflect est distribué sous la Licence publique générale GNU, version 3 ou ultérieure&#xa0;: https://www.gnu.org/licenses/gpl-3.0</translation>
    </message>
    <message>
        <source>About Reflect</source>
        <translation>À propos de Reflect</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Mentions des tiers</translation>
    </message>
    <message>
        <source>Close About</source>
        <translation>Fermer À propos</translation>
    </message>
    <message>
        <source>Reflect {version}</source>
        <translation>Reflect {version}</translation>
    </message>
    <message>
        <source>A private journal for clinicians in the weeks and months after care goes wrong. Everything you write is encrypted on this computer, and Reflect never connects to the internet.

Reflect is free software: you can share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty. The Licence tab has the full text; the Third-party notices tab lists the work of others that Reflect is built on, with their licences.</source>
        <translation>Un journal privé pour les médecins et les soignants, dans les semaines et les mois qui suivent un soin qui a mal tourné. Tout ce que vous écrivez est chiffré sur cet ordinateur, et Reflect ne se connecte jamais à Internet.

Reflect est un logiciel libre&#xa0;: vous pouvez le partager et le modifier selon les termes de la Licence publique générale GNU, version 3 ou (à votre choix) toute version ultérieure. Il est fourni sans aucune garantie. L’onglet Licence en donne le texte complet&#xa0;; l’onglet Mentions des tiers liste le travail d’autres personnes sur lequel Reflect repose, avec leurs licences.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Your journal was restored from the backup. Unlock it with the passphrase you used when the backup was made, or with your recovery key.</source>
        <translation>Votre journal a été restauré depuis la sauvegarde. Déverrouillez-le avec la phrase de passe que vous utilisiez lors de la sauvegarde, ou avec votre clé de récupération.</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>A backup is one encrypted file. It opens only with your passphrase or your recovery key, so it is safe to keep on a USB stick or in a cloud folder.</source>
        <translation>Une sauvegarde est un fichier chiffré. Elle ne s’ouvre qu’avec votre phrase de passe ou votre clé de récupération&#xa0;; vous pouvez donc la garder sans risque sur une clé USB ou dans un dossier en ligne.</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>État de la sauvegarde</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>Faire une sauvegarde maintenant</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Back up when I close Reflect (at most once a day)</source>
        <translation>Sauvegarder quand je ferme Reflect (au plus une fois par jour)</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>Changer de dossier…</translation>
    </message>
    <message>
        <source>How many backups to keep</source>
        <translation>Nombre de sauvegardes à garder</translation>
    </message>
    <message>
        <source>Keep the most recent</source>
        <translation>Garder les</translation>
    </message>
    <message>
        <source>backups; older ones are removed</source>
        <translation>plus récentes&#xa0;; les plus anciennes sont supprimées</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>Passphrase or recovery key for this backup</source>
        <translation>Phrase de passe ou clé de récupération pour cette sauvegarde</translation>
    </message>
    <message>
        <source>Passphrase when the backup was made, or recovery key</source>
        <translation>Phrase de passe au moment de la sauvegarde, ou clé de récupération</translation>
    </message>
    <message>
        <source>Restore as a separate journal (keeps this one)</source>
        <translation>Restaurer comme journal séparé (garde celui-ci)</translation>
    </message>
    <message>
        <source>Replace the journal that is open now</source>
        <translation>Remplacer le journal ouvert maintenant</translation>
    </message>
    <message>
        <source>Check and restore</source>
        <translation>Vérifier et restaurer</translation>
    </message>
    <message>
        <source>Folder: {0}</source>
        <translation>Dossier&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Last backup: {0}</source>
        <translation>Dernière sauvegarde&#xa0;: {0}</translation>
    </message>
    <message>
        <source>No backup made yet.</source>
        <translation>Aucune sauvegarde pour l’instant.</translation>
    </message>
    <message>
        <source>Choose a folder for backups</source>
        <translation>Choisir un dossier pour les sauvegardes</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Backup saved as {0}.</source>
        <translation>Sauvegarde enregistrée sous {0}.</translation>
    </message>
    <message>
        <source>Reflect hit an internal problem. Nothing was changed.</source>
        <translation>Reflect a rencontré un problème interne. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Choisir une sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>Can&apos;t use this file</source>
        <translation>Impossible d’utiliser ce fichier</translation>
    </message>
    <message>
        <source>Backup made on {0}. Enter the passphrase you used then, or your recovery key.</source>
        <translation>Sauvegarde faite le {0}. Saisissez la phrase de passe que vous utilisiez alors, ou votre clé de récupération.</translation>
    </message>
    <message>
        <source>Can&apos;t replace from here</source>
        <translation>Impossible de remplacer depuis ici</translation>
    </message>
    <message>
        <source>Restore as a separate journal instead; nothing was changed.</source>
        <translation>Restaurez plutôt comme journal séparé&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Choose where to put the restored journal</source>
        <translation>Choisir où mettre le journal restauré</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Restored into {0}.</source>
        <translation>Restauré dans {0}.</translation>
    </message>
    <message>
        <source>This backup is of a different journal</source>
        <translation>Cette sauvegarde provient d’un autre journal</translation>
    </message>
    <message>
        <source>The backup checked out, but it was made from another Reflect journal, not the one open now. Replacing puts that journal in place of yours, and nothing you wrote in this one stays in this folder. To keep both, choose “Restore as a separate journal” instead.</source>
        <translation>La sauvegarde est intacte, mais elle provient d’un autre journal Reflect, pas de celui qui est ouvert. La remplacer met ce journal à la place du vôtre, et rien de ce que vous avez écrit dans celui-ci ne reste dans ce dossier. Pour garder les deux, choisissez plutôt «&#xa0;Restaurer comme journal séparé&#xa0;».</translation>
    </message>
    <message>
        <source>Replace with the other journal</source>
        <translation>Remplacer par l’autre journal</translation>
    </message>
    <message>
        <source>Keep my journal</source>
        <translation>Garder mon journal</translation>
    </message>
    <message>
        <source>Replace your journal with this backup?</source>
        <translation>Remplacer votre journal par cette sauvegarde&#xa0;?</translation>
    </message>
    <message>
        <source>The backup checked out. Anything written since it was made will be gone from this journal. Reflect will lock the journal, put the backup in its place, and ask for the backup&apos;s passphrase.</source>
        <translation>La sauvegarde est intacte. Tout ce qui a été écrit depuis disparaîtra de ce journal. Reflect va verrouiller le journal, mettre la sauvegarde à sa place et demander la phrase de passe de la sauvegarde.</translation>
    </message>
    <message>
        <source>Replace my journal</source>
        <translation>Remplacer mon journal</translation>
    </message>
</context>
<context>
    <name>CatchUpDialog</name>
    <message>
        <source>Passphrase changed on your other computer</source>
        <translation>Phrase de passe changée sur votre autre ordinateur</translation>
    </message>
    <message>
        <source>Passphrase used on the other computer</source>
        <translation>Phrase de passe utilisée sur l’autre ordinateur</translation>
    </message>
    <message>
        <source>Taking the new passphrase</source>
        <translation>Adoption de la nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation>Utiliser cette phrase de passe</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Your passphrase or recovery key was changed on your other computer. Enter the passphrase you use there, once, and this computer will use it too. Until then, Reflect keeps what you write here, and the two computers may not be fully in step.</source>
        <translation>Votre phrase de passe ou votre clé de récupération a été changée sur votre autre ordinateur. Saisissez une fois la phrase de passe que vous y utilisez, et cet ordinateur l’utilisera aussi. D’ici là, Reflect garde ce que vous écrivez ici, mais les deux ordinateurs ne sont peut-être pas tout à fait à jour.</translation>
    </message>
    <message>
        <source>Type the passphrase you use on the other computer.</source>
        <translation>Saisissez la phrase de passe que vous utilisez sur l’autre ordinateur.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open your other computer&apos;s file. Nothing was changed. Use the passphrase you type there to unlock Reflect.</source>
        <translation>Cette phrase de passe n’ouvre pas le fichier de votre autre ordinateur. Rien n’a été modifié. Utilisez la phrase de passe avec laquelle vous déverrouillez Reflect là-bas.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Changer de phrase de passe</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase de passe actuelle</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Changement de la phrase de passe</translation>
    </message>
    <message>
        <source>Someone may know my old passphrase: also give my journal a new key</source>
        <translation>Quelqu’un connaît peut-être mon ancienne phrase de passe&#xa0;: donner aussi une nouvelle clé à mon journal</translation>
    </message>
    <message>
        <source>Without a new key, a copy of your journal&apos;s key file from before the change (in an old backup, say) still opens your journal with the old passphrase. A new key shuts that out; you get a new recovery key with it.</source>
        <translation>Sans nouvelle clé, une copie du fichier de clé de votre journal datant d’avant le changement (dans une ancienne sauvegarde, par exemple) ouvre encore votre journal avec l’ancienne phrase de passe. Une nouvelle clé l’en empêche&#xa0;; vous recevez avec elle une nouvelle clé de récupération.</translation>
    </message>
    <message>
        <source>Your entries stay as they are; only the passphrase that opens them changes. Your recovery key keeps working, unless you also ask for a new key below.</source>
        <translation>Vos entrées restent telles quelles&#xa0;; seule change la phrase de passe qui les ouvre. Votre clé de récupération continue de fonctionner, sauf si vous demandez aussi une nouvelle clé ci-dessous.</translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>Saisissez d’abord votre phrase de passe actuelle.</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Phrase de passe changée</translation>
    </message>
    <message>
        <source>From now on, use your new passphrase to open your journal.</source>
        <translation>Désormais, utilisez votre nouvelle phrase de passe pour ouvrir votre journal.</translation>
    </message>
    <message>
        <source>That isn&apos;t your current passphrase. Nothing was changed.</source>
        <translation>Ce n’est pas votre phrase de passe actuelle. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>ColumnPage</name>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
</context>
<context>
    <name>DataExportDialog</name>
    <message>
        <source>Export all your entries</source>
        <translation>Exporter toutes vos entrées</translation>
    </message>
    <message>
        <source>These copies are not encrypted. Anyone who can open the file can read every entry. Save them only somewhere you trust, and delete them when you no longer need them. For a safe copy, use Backups instead.</source>
        <translation>Ces copies ne sont pas chiffrées. Toute personne qui peut ouvrir le fichier peut lire chaque entrée. Enregistrez-les uniquement dans un endroit de confiance, et supprimez-les quand vous n’en avez plus besoin. Pour une copie sûre, utilisez plutôt Sauvegardes.</translation>
    </message>
    <message>
        <source>Warning: not encrypted</source>
        <translation>Attention&#xa0;: non chiffré</translation>
    </message>
    <message>
        <source>I understand these files are not encrypted</source>
        <translation>Je comprends que ces fichiers ne sont pas chiffrés</translation>
    </message>
    <message>
        <source>Save as one JSON file…</source>
        <translation>Enregistrer en un fichier JSON…</translation>
    </message>
    <message>
        <source>Save as one JSON file</source>
        <translation>Enregistrer en un fichier JSON</translation>
    </message>
    <message>
        <source>Save as Markdown files…</source>
        <translation>Enregistrer en fichiers Markdown…</translation>
    </message>
    <message>
        <source>Save as Markdown files</source>
        <translation>Enregistrer en fichiers Markdown</translation>
    </message>
    <message>
        <source>JSON keeps everything (entries, events, check-ins) and can be imported back into Reflect. Markdown gives one readable file per entry.</source>
        <translation>JSON garde tout (entrées, événements, points) et peut être réimporté dans Reflect. Markdown donne un fichier lisible par entrée.</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l’export</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’export</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save an unencrypted copy</source>
        <translation>Enregistrer une copie non chiffrée</translation>
    </message>
    <message>
        <source>reflect-export-{day}.json</source>
        <translation>reflect-export-{day}.json</translation>
    </message>
    <message>
        <source>Choose where to put the Markdown files</source>
        <translation>Choisir où mettre les fichiers Markdown</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln entry(s) to {0}.</source>
        <translation>
            <numerusform>%Ln entrée enregistrée dans {0}.</numerusform>
            <numerusform>%Ln entrées enregistrées dans {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remember: this copy is not encrypted.</source>
        <translation>Attention&#xa0;: cette copie n’est pas chiffrée.</translation>
    </message>
    <message>
        <source>Reflect hit an internal problem. Nothing was saved.</source>
        <translation>Reflect a rencontré un problème interne. Rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>DataWiring</name>
    <message>
        <source>Export for my &amp;therapist...</source>
        <translation>Exporter pour ma &amp;thérapie…</translation>
    </message>
    <message>
        <source>Export &amp;all entries (not encrypted)...</source>
        <translation>Exporter &amp;toutes les entrées (non chiffré)…</translation>
    </message>
    <message>
        <source>&amp;Import entries...</source>
        <translation>&amp;Importer des entrées…</translation>
    </message>
    <message>
        <source>&amp;Backups...</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made: {0} Your journal is safe. After unlocking, open Journal &gt; Backups to try again.</source>
        <translation>La sauvegarde automatique du jour n’a pas pu être faite&#xa0;: {0} Votre journal est intact. Après l’avoir déverrouillé, ouvrez Journal &gt; Sauvegardes pour réessayer.</translation>
    </message>
    <message>
        <source>Open the restored journal?</source>
        <translation>Ouvrir le journal restauré&#xa0;?</translation>
    </message>
    <message>
        <source>The backup is restored as a separate journal in “{0}”. Open it now? This journal locks first. On the unlock page, “Back to my usual journal” returns here, and so does the next start of Reflect.</source>
        <translation>La sauvegarde est restaurée comme journal séparé dans «&#xa0;{0}&#xa0;». L’ouvrir maintenant&#xa0;? Ce journal se verrouille d’abord. Sur la page de déverrouillage, «&#xa0;Revenir à mon journal habituel&#xa0;» ramène ici, tout comme le prochain démarrage de Reflect.</translation>
    </message>
    <message>
        <source>Open it now</source>
        <translation>L’ouvrir maintenant</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
<context>
    <name>DateChip</name>
    <message>
        <source>Search all dates</source>
        <translation>Chercher sur toutes les dates</translation>
    </message>
    <message>
        <source>Search all dates (take the dates out of the search)</source>
        <translation>Chercher sur toutes les dates (retirer les dates de la recherche)</translation>
    </message>
</context>
<context>
    <name>EditorNotes</name>
    <message>
        <source>Open Support</source>
        <translation>Ouvrir Soutien</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Compris</translation>
    </message>
    <message>
        <source>Dismiss this note</source>
        <translation>Masquer cette note</translation>
    </message>
</context>
<context>
    <name>EditorView</name>
    <message>
        <source>Entry title</source>
        <translation>Titre de l’entrée</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Titre (facultatif)</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Texte de l’entrée</translation>
    </message>
    <message>
        <source>Write whatever is on your mind. It stays on this computer, encrypted.

Feelings, what you noticed, what you need: no patient details are needed here.</source>
        <translation>Écrivez ce qui vous occupe l’esprit. Cela reste sur cet ordinateur, chiffré.

Vos émotions, ce que vous avez remarqué, ce dont vous avez besoin&#xa0;: aucun détail sur les patients n’est nécessaire ici.</translation>
    </message>
    <message>
        <source>Preview of the entry</source>
        <translation>Aperçu de l’entrée</translation>
    </message>
    <message>
        <source>Open this event&apos;s page</source>
        <translation>Ouvrir la page de cet événement</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>Nombre de mots</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln mot</numerusform>
            <numerusform>%Ln mots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryCalendar</name>
    <message>
        <source>Calendar: days in bold have entries</source>
        <translation>Calendrier&#xa0;: les jours en gras ont des entrées</translation>
    </message>
    <message>
        <source>Days of the month; bold days have entries</source>
        <translation>Jours du mois&#xa0;; les jours en gras ont des entrées</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Choose the month</source>
        <translation>Choisir le mois</translation>
    </message>
    <message>
        <source>Choose the year</source>
        <translation>Choisir l’année</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>This entry was deleted on your other computer.</source>
        <translation>Cette entrée a été supprimée sur votre autre ordinateur.</translation>
    </message>
    <message>
        <source>Updated with a change from your other computer.</source>
        <translation>Mis à jour avec une modification venue de votre autre ordinateur.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>about {event}</source>
        <translation>sur {event}</translation>
    </message>
    <message>
        <source>tags: {tags}</source>
        <translation>étiquettes&#xa0;: {tags}</translation>
    </message>
</context>
<context>
    <name>EntryListPanel</name>
    <message>
        <source>Search entries</source>
        <translation>Chercher dans les entrées</translation>
    </message>
    <message>
        <source>Search your entries</source>
        <translation>Chercher dans vos entrées</translation>
    </message>
    <message>
        <source>Words, the start of a word with *, &quot;an exact phrase&quot; in quotes, and dates in plain words: since March, last week, in 2024, before 5 May</source>
        <translation>Des mots, le début d’un mot avec *, «&#xa0;une expression exacte&#xa0;» entre guillemets, et des dates en toutes lettres&#xa0;: depuis mars, la semaine dernière, en 2024, avant le 5 mai</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>First {n} matches</source>
        <translation>Les {n} premiers résultats</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln résultat</numerusform>
            <numerusform>%Ln résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries match your search.

Try fewer words, or the start of a word followed by *.</source>
        <translation>Aucune entrée ne correspond à votre recherche.

Essayez moins de mots, ou le début d’un mot suivi de *.</translation>
    </message>
    <message>
        <source>No entries on these days.

Press × beside the dates to see all.</source>
        <translation>Aucune entrée ces jours-là.

Appuyez sur × à côté des dates pour tout voir.</translation>
    </message>
    <message>
        <source>Nothing written about this event yet.</source>
        <translation>Rien d’écrit sur cet événement pour l’instant.</translation>
    </message>
    <message>
        <source>No entries have this tag now.</source>
        <translation>Aucune entrée ne porte plus cette étiquette.</translation>
    </message>
    <message>
        <source>Nothing written yet.

When you are ready, just start typing on the right, or press Ctrl+N for a new entry. It stays on this computer, encrypted.</source>
        <translation>Rien d’écrit pour l’instant.

Quand vous le souhaitez, commencez simplement à taper à droite, ou appuyez sur Ctrl+N pour une nouvelle entrée. Elle reste sur cet ordinateur, chiffrée.</translation>
    </message>
</context>
<context>
    <name>EventSelector</name>
    <message>
        <source>Event this entry is about</source>
        <translation>Événement dont parle cette entrée</translation>
    </message>
    <message>
        <source>Link this entry to an event, or leave it on its own</source>
        <translation>Relier cette entrée à un événement, ou la laisser seule</translation>
    </message>
    <message>
        <source>No particular event</source>
        <translation>Aucun événement en particulier</translation>
    </message>
</context>
<context>
    <name>ExportChoices</name>
    <message>
        <source>What to share</source>
        <extracomment>(format, file suffix); the words for each are ``ExportChoices.format_words``</extracomment>
        <translation>Ce que vous partagez</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <source>One event</source>
        <translation>Un événement</translation>
    </message>
    <message>
        <source>A date range</source>
        <translation>Une période</translation>
    </message>
    <message>
        <source>Entries with tags</source>
        <translation>Les entrées avec des étiquettes</translation>
    </message>
    <message>
        <source>Entries I pick</source>
        <translation>Les entrées que je choisis</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Tags to include</source>
        <translation>Étiquettes à inclure</translation>
    </message>
    <message>
        <source>Entries to include</source>
        <translation>Entrées à inclure</translation>
    </message>
    <message>
        <source>Add a chart of my check-ins</source>
        <translation>Ajouter un graphique de mes points</translation>
    </message>
    <message>
        <source>Add my stage timeline</source>
        <translation>Ajouter ma chronologie des étapes</translation>
    </message>
    <message>
        <source>…with the weekly questions (PHQ-2, GAD-2) and support ratings</source>
        <translation>… avec les questions hebdomadaires (PHQ-2, GAD-2) et les notes de soutien</translation>
    </message>
    <message>
        <source>Add the weekly questions too</source>
        <translation>Ajouter aussi les questions hebdomadaires</translation>
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
        <translation>Page web (HTML)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Texte Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format du fichier</translation>
    </message>
    <message>
        <source>Title on the cover</source>
        <translation>Titre sur la couverture</translation>
    </message>
    <message>
        <source>PDF password, optional</source>
        <translation>Mot de passe du PDF, facultatif</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>If you set one, tell it to your therapist in person, not in the same email.</source>
        <translation>Si vous en mettez un, donnez-le à votre thérapeute de vive voix, pas dans le même courriel.</translation>
    </message>
    <message>
        <source>Always hide these words</source>
        <translation>Toujours masquer ces mots</translation>
    </message>
    <message>
        <source>Names, places, a hospital: comma between</source>
        <translation>Noms, lieux, un hôpital&#xa0;: séparés par des virgules</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Always hide</source>
        <translation>Toujours masquer</translation>
    </message>
    <message>
        <source>Words here are hidden in every export, in any spelling or case.</source>
        <translation>Les mots indiqués ici sont masqués dans chaque export, quelles que soient l’orthographe et la casse.</translation>
    </message>
    <message>
        <source>Tick at least one item on the left to include it.</source>
        <translation>Cochez au moins un élément à gauche pour l’inclure.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for your therapist</source>
        <translation>Export pour votre thérapie</translation>
    </message>
    <message>
        <source>Choose what to share. Reflect hides likely names, dates and numbers; check the highlighted ones before you save. Nothing is sent anywhere: you get one file to hand over yourself.</source>
        <translation>Choisissez ce que vous partagez. Reflect masque les noms, dates et numéros probables&#xa0;; vérifiez ceux qui sont surlignés avant d’enregistrer. Rien n’est envoyé nulle part&#xa0;: vous obtenez un fichier à remettre vous-même.</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Aperçu du fichier</translation>
    </message>
    <message>
        <source>Preview: exactly what will be saved</source>
        <translation>Aperçu&#xa0;: exactement ce qui sera enregistré</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>État de la vérification</translation>
    </message>
    <message>
        <source>Hide all</source>
        <translation>Tout masquer</translation>
    </message>
    <message>
        <source>I&apos;ve checked them all</source>
        <translation>Je les ai tous vérifiés</translation>
    </message>
    <message>
        <source>Always hide this word</source>
        <translation>Toujours masquer ce mot</translation>
    </message>
    <message>
        <source>Check what is hidden</source>
        <translation>Vérifier ce qui est masqué</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l’export</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’export</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Enregistrer l’export</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>a chart of your check-ins</source>
        <translation>un graphique de vos points</translation>
    </message>
    <message>
        <source>your answers to the weekly questions</source>
        <translation>vos réponses aux questions hebdomadaires</translation>
    </message>
    <message>
        <source>your stage timeline</source>
        <translation>votre chronologie des étapes</translation>
    </message>
    <message>
        <source>Page 2 of the PDF: {0}.</source>
        <translation>Page 2 du PDF&#xa0;: {0}.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Nothing to review yet.</source>
        <translation>Rien à vérifier pour l’instant.</translation>
    </message>
    <message>
        <source>Reflect found nothing that looks like a name, date or number. Read the preview once more anyway: it cannot catch everything.</source>
        <translation>Reflect n’a rien trouvé qui ressemble à un nom, une date ou un numéro. Relisez quand même l’aperçu&#xa0;: il ne peut pas tout repérer.</translation>
    </message>
    <message>
        <source>1 possible identifier. Ticked, it is hidden; untick it to show it as written. Click it to see it in the preview{0}.</source>
        <translation>1 élément identifiant possible. Coché, il est masqué&#xa0;; décochez-le pour l’afficher tel qu’il est écrit. Cliquez dessus pour le voir dans l’aperçu{0}.</translation>
    </message>
    <message>
        <source>: not looked at yet</source>
        <translation>&#xa0;: pas encore regardé</translation>
    </message>
    <message>
        <source>{0} possible identifiers. Ticked ones are hidden; untick one to show it as written. Click each to see it in the preview: {1} still to look at.</source>
        <translation>{0} éléments identifiants possibles. Ceux qui sont cochés sont masqués&#xa0;; décochez-en un pour l’afficher tel qu’il est écrit. Cliquez sur chacun pour le voir dans l’aperçu&#xa0;: il en reste {1} à regarder.</translation>
    </message>
    <message>
        <source>Select an item in the list first.</source>
        <translation>Sélectionnez d’abord un élément dans la liste.</translation>
    </message>
    <message>
        <source>Save without checking?</source>
        <translation>Enregistrer sans vérifier&#xa0;?</translation>
    </message>
    <message>
        <source>You have not looked at {0} of the highlighted items. They will be hidden, but Reflect can miss names and details. Save anyway?</source>
        <translation>Vous n’avez pas regardé {0} des éléments surlignés. Ils seront masqués, mais Reflect peut laisser passer des noms et des détails. Enregistrer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Go back and check</source>
        <translation>Revenir et vérifier</translation>
    </message>
    <message>
        <source>reflect-for-therapist-{day}.{suffix}</source>
        <translation>reflect-pour-therapie-{day}.{suffix}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>It needs the password to open.</source>
        <translation>Il faut le mot de passe pour l’ouvrir.</translation>
    </message>
    <message>
        <source>It is not encrypted: keep it private and delete it when you no longer need it.</source>
        <translation>Il n’est pas chiffré&#xa0;: gardez-le pour vous et supprimez-le quand vous n’en avez plus besoin.</translation>
    </message>
    <message>
        <source>Saved to {0}.</source>
        <translation>Enregistré dans {0}.</translation>
    </message>
    <message>
        <source>Reflect hit an internal problem and saved nothing. Your entries are unchanged.</source>
        <translation>Reflect a rencontré un problème interne et n’a rien enregistré. Vos entrées sont inchangées.</translation>
    </message>
    <message>
        <source>The export was not saved</source>
        <translation>L’export n’a pas été enregistré</translation>
    </message>
</context>
<context>
    <name>ExportReview</name>
    <message>
        <source>on your always-hide list</source>
        <translation>dans votre liste «&#xa0;toujours masquer&#xa0;»</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>un nom</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>une date</translation>
    </message>
    <message>
        <source>an age over 89</source>
        <translation>un âge de plus de 89 ans</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>un numéro de téléphone</translation>
    </message>
    <message>
        <source>an email address</source>
        <translation>une adresse électronique</translation>
    </message>
    <message>
        <source>an ID number</source>
        <translation>un numéro d’identification</translation>
    </message>
    <message>
        <source>an address</source>
        <translation>une adresse</translation>
    </message>
    <message>
        <source>a ZIP code</source>
        <translation>un code postal</translation>
    </message>
    <message>
        <source>a postcode</source>
        <translation>un code postal</translation>
    </message>
    <message>
        <source>a place</source>
        <translation>un lieu</translation>
    </message>
    <message>
        <source>a web address</source>
        <translation>une adresse web</translation>
    </message>
    <message>
        <source>an IP address</source>
        <translation>une adresse IP</translation>
    </message>
    <message>
        <source>an identifier</source>
        <translation>un élément identifiant</translation>
    </message>
</context>
<context>
    <name>Features</name>
    <message>
        <source>Your journal is inside {0}</source>
        <translation>Votre journal se trouve dans {0}</translation>
    </message>
    <message>
        <source>Your journal&apos;s folder is inside {0}. A sync tool can copy a journal while Reflect writes in it, or keep one computer&apos;s copy over the other&apos;s, and entries can be lost that way.

The safe way: keep the journal outside {0}, and let Reflect keep your computers in step through a folder inside it (Settings &gt; Two computers). To move the journal, make a backup (Journal &gt; Backups), restore it into a folder outside {0}, and open that one.</source>
        <translation>Le dossier de votre journal se trouve dans {0}. Un outil de synchronisation peut copier un journal pendant que Reflect y écrit, ou garder la copie d’un ordinateur à la place de celle de l’autre, et des entrées peuvent ainsi être perdues.

La voie sûre&#xa0;: gardez le journal en dehors de {0}, et laissez Reflect tenir vos ordinateurs à jour par un dossier qui s’y trouve (Paramètres &gt; Deux ordinateurs). Pour déplacer le journal, faites une sauvegarde (Journal &gt; Sauvegardes), restaurez-la dans un dossier en dehors de {0}, puis ouvrez celui-ci.</translation>
    </message>
</context>
<context>
    <name>FilterChoice</name>
    <message>
        <source>Open this event&apos;s page</source>
        <translation>Ouvrir la page de cet événement</translation>
    </message>
    <message>
        <source>Show entries of an event or with a tag</source>
        <translation>Afficher les entrées d’un événement ou d’une étiquette</translation>
    </message>
    <message>
        <source>Show only the entries of one event, or with one tag</source>
        <translation>N’afficher que les entrées d’un événement, ou d’une étiquette</translation>
    </message>
    <message>
        <source>Event: {title}</source>
        <translation>Événement&#xa0;: {title}</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Toutes les entrées</translation>
    </message>
</context>
<context>
    <name>FindingByDate</name>
    <message>
        <source>Go to date…</source>
        <translation>Aller à la date…</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendrier</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Support and crisis lines</source>
        <translation>Numéros d’aide et de crise</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Welcome to Reflect</source>
        <translation>Bienvenue dans Reflect</translation>
    </message>
    <message>
        <source>Private, on this computer</source>
        <translation>Privé, sur cet ordinateur</translation>
    </message>
    <message>
        <source>It cannot send help</source>
        <translation>Reflect ne peut pas envoyer d’aide</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>I already use Reflect on another computer…</source>
        <translation>J’utilise déjà Reflect sur un autre ordinateur…</translation>
    </message>
    <message>
        <source>Bring my journal from another computer</source>
        <translation>Récupérer mon journal depuis un autre ordinateur</translation>
    </message>
    <message>
        <source>Before you write</source>
        <translation>Avant d’écrire</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>J’ai compris</translation>
    </message>
    <message>
        <source>I understand the caution about the law</source>
        <translation>J’ai compris la mise en garde juridique</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choisir une phrase de passe</translation>
    </message>
    <message>
        <source>Your passphrase opens the journal. Choose one you can remember but others could not guess; a few unrelated words work well. Reflect cannot tell you your passphrase later, but the recovery key on the next screen can open your journal if you forget it.</source>
        <translation>Votre phrase de passe ouvre le journal. Choisissez-en une dont vous vous souviendrez, mais que d’autres ne pourraient pas deviner&#xa0;; quelques mots sans rapport entre eux font très bien l’affaire. Reflect ne pourra pas vous redonner votre phrase de passe plus tard, mais la clé de récupération de l’écran suivant peut ouvrir votre journal si vous l’oubliez.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Create my journal</source>
        <translation>Créer mon journal</translation>
    </message>
    <message>
        <source>Creating your journal…</source>
        <translation>Création de votre journal…</translation>
    </message>
    <message>
        <source>This takes a few seconds on purpose: the same slowness makes your passphrase very hard to guess.</source>
        <translation>Cela prend quelques secondes, volontairement&#xa0;: cette même lenteur rend votre phrase de passe très difficile à deviner.</translation>
    </message>
    <message>
        <source>Creating your journal</source>
        <translation>Création de votre journal</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your journal. Nobody, including us, can recover it for you. Print it or write it down, and keep it somewhere safe and private.</source>
        <translation>Si vous oubliez un jour votre phrase de passe, cette clé est le seul moyen de revenir dans votre journal. Personne, pas même nous, ne peut la retrouver pour vous. Imprimez-la ou recopiez-la, et gardez-la dans un endroit sûr et privé.</translation>
    </message>
    <message>
        <source>Start writing</source>
        <translation>Commencer à écrire</translation>
    </message>
</context>
<context>
    <name>FocusMode</name>
    <message>
        <source>&amp;Focus</source>
        <translation>&amp;Concentration</translation>
    </message>
    <message>
        <source>Just write: hide everything but the entry (F11)</source>
        <translation>Juste écrire&#xa0;: tout masquer sauf l’entrée (F11)</translation>
    </message>
    <message>
        <source>Leave focus</source>
        <translation>Quitter le mode concentration</translation>
    </message>
    <message>
        <source>Focus: press Esc or F11 to see everything again.</source>
        <translation>Concentration&#xa0;: appuyez sur Échap ou F11 pour tout revoir.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Come back to this later?</source>
        <translation>Y revenir plus tard&#xa0;?</translation>
    </message>
    <message>
        <source>Follow-up reminders</source>
        <translation>Rappels de suivi</translation>
    </message>
</context>
<context>
    <name>GoToDateDialog</name>
    <message>
        <source>Go to date</source>
        <translation>Aller à la date</translation>
    </message>
    <message>
        <source>Date to go to</source>
        <translation>Date où aller</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Aller</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Aller au</translation>
    </message>
</context>
<context>
    <name>GuideWiring</name>
    <message>
        <source>Stage guide</source>
        <translation>Guide des étapes</translation>
    </message>
    <message>
        <source>Check-ins over time</source>
        <translation>Points au fil du temps</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Shortcuts and privacy</source>
        <translation>Raccourcis et confidentialité</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>Fermer l’aide</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Cette aide</translation>
    </message>
    <message>
        <source>Lock the journal (from any Reflect window)</source>
        <translation>Verrouiller le journal (depuis n’importe quelle fenêtre de Reflect)</translation>
    </message>
    <message>
        <source>Hide at once: lock and minimise (from any window)</source>
        <translation>Masquer tout de suite&#xa0;: verrouiller et réduire (depuis n’importe quelle fenêtre)</translation>
    </message>
    <message>
        <source>Delete (in the list)</source>
        <translation>Suppr (dans la liste)</translation>
    </message>
    <message>
        <source>Delete the selected entry, after asking</source>
        <translation>Supprimer l’entrée sélectionnée, après confirmation</translation>
    </message>
    <message>
        <source>Tab  ·  Shift+Tab</source>
        <translation>Tab  ·  Maj+Tab</translation>
    </message>
    <message>
        <source>Move between the list, the search and the editor</source>
        <translation>Passer de la liste à la recherche et à l’éditeur</translation>
    </message>
    <message>
        <source>PHQ-2 and GAD-2: developed by Drs Spitzer, Williams, Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce.</source>
        <translation>PHQ-2 et GAD-2&#xa0;: élaborés par les Drs Spitzer, Williams, Kroenke et leurs collègues, grâce à une subvention éducative de Pfizer Inc. Reproduction libre, sans autorisation.</translation>
    </message>
    <message>
        <source>The support ratings use the dimension names of the Second Victim Experience and Support Tool (Burlison JD, et al. J Patient Saf 2017); they are prompts, not a scored SVEST.</source>
        <translation>Les notes de soutien reprennent les noms des dimensions du Second Victim Experience and Support Tool (Burlison JD, et al. J Patient Saf 2017)&#xa0;; ce sont des pistes de réflexion, pas un SVEST avec score.</translation>
    </message>
    <message>
        <source>Spelling: a misspelled word gets a wavy red line once you finish typing it. Right-click it for suggestions, or to add it to your words; F7 goes to the next one and Enter takes the first suggestion. UK and US spellings, drug names, anatomy and abbreviations such as ICU or RCA are known.</source>
        <translation>Orthographe&#xa0;: un mot mal orthographié est souligné d’une ligne rouge ondulée une fois que vous avez fini de le taper. Faites un clic droit dessus pour voir des suggestions, ou pour l’ajouter à vos mots&#xa0;; F7 va au suivant et Entrée prend la première suggestion. La vérification connaît l’anglais britannique et américain, les noms de médicaments, l’anatomie et des sigles comme ICU ou RCA&#xa0;; elle ne vérifie pas encore le français.</translation>
    </message>
    <message>
        <source>The words you add are kept inside your encrypted journal, never in a dictionary file. See or remove them in Settings, under Spelling; turn spelling off there or in View &gt; Check spelling.</source>
        <translation>Les mots que vous ajoutez sont gardés dans votre journal chiffré, jamais dans un fichier de dictionnaire. Vous pouvez les voir ou les retirer dans Paramètres, sous Orthographe&#xa0;; désactivez la vérification là, ou dans Affichage &gt; Vérifier l’orthographe.</translation>
    </message>
    <message>
        <source>A dotted line is different: it marks something that could identify someone. Hover over it to read why.</source>
        <translation>Une ligne pointillée est autre chose&#xa0;: elle marque ce qui pourrait permettre d’identifier quelqu’un. Survolez-la pour en lire la raison.</translation>
    </message>
    <message>
        <source>Focus (F11, or View &gt; Focus) hides everything but the entry, in a column that is easy to read. Reflect keeps saving; Esc or F11 brings the rest back.</source>
        <translation>Le mode concentration (F11, ou Affichage &gt; Concentration) masque tout sauf l’entrée, dans une colonne facile à lire. Reflect continue d’enregistrer&#xa0;; Échap ou F11 fait revenir le reste.</translation>
    </message>
    <message>
        <source>Finding: the search box understands dates in plain words, with or without other words: since March, last week, in 2024, before 5 May, between March 3 and April 2. The days it understood show below it; × searches all dates again. Put words in quotes (&quot;last week&quot;) to search for them as words. The menu below chooses one event or one tag. Bold days on the calendar have entries; choose one, or press Ctrl+G, to go to that day.</source>
        <translation>Trouver&#xa0;: le champ de recherche comprend les dates en toutes lettres, avec ou sans autres mots&#xa0;: depuis mars, la semaine dernière, en 2024, avant le 5 mai, entre le 3 mars et le 2 avril. Les jours compris s’affichent en dessous&#xa0;; × cherche de nouveau sur toutes les dates. Mettez des mots entre guillemets («&#xa0;la semaine dernière&#xa0;») pour les chercher comme mots. Le menu en dessous choisit un événement ou une étiquette. Les jours en gras du calendrier ont des entrées&#xa0;; choisissez-en un, ou appuyez sur Ctrl+G, pour aller à ce jour.</translation>
    </message>
    <message>
        <source>An event&apos;s page shows the way so far, what you wrote about it, its check-ins and reminders, with buttons to write, check in, start an exercise or export it. Open it from the stage guide, from the calendar button beside an entry&apos;s event, or from the list&apos;s menu (Event: ...).</source>
        <translation>La page d’un événement montre le chemin parcouru, ce que vous en avez écrit, ses points et ses rappels, avec des boutons pour écrire, faire le point, commencer un exercice ou l’exporter. Ouvrez-la depuis le guide des étapes, depuis le bouton calendrier à côté de l’événement d’une entrée, ou depuis le menu de la liste (Événement&#xa0;: …).</translation>
    </message>
    <message>
        <source>To write on two computers, choose Settings &gt; Two computers &gt; Keep in step through a folder, and pick a folder that your own sync tool (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) already keeps in step on both. On the other computer, choose “I already use Reflect on another computer” when Reflect first starts, and the same folder.</source>
        <translation>Pour écrire sur deux ordinateurs, choisissez Paramètres &gt; Deux ordinateurs &gt; Tenir à jour par un dossier, puis un dossier que votre propre outil de synchronisation (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) tient déjà à jour sur les deux. Sur l’autre ordinateur, choisissez «&#xa0;J’utilise déjà Reflect sur un autre ordinateur&#xa0;» au premier démarrage de Reflect, et le même dossier.</translation>
    </message>
    <message>
        <source>Never put the journal itself in such a folder: a sync tool can copy it while Reflect writes in it, or keep one computer&apos;s copy over the other&apos;s, and entries are lost. Reflect keeps the journal on each computer and puts only one encrypted file per computer in the folder, then merges the others&apos;. Anyone who can read the folder sees the files&apos; sizes and times, never a word or a name.</source>
        <translation>Ne mettez jamais le journal lui-même dans un tel dossier&#xa0;: un outil de synchronisation peut le copier pendant que Reflect y écrit, ou garder la copie d’un ordinateur à la place de celle de l’autre, et des entrées sont perdues. Reflect garde le journal sur chaque ordinateur, ne met qu’un fichier chiffré par ordinateur dans le dossier et fusionne ceux des autres. Qui peut lire le dossier voit la taille et l’heure des fichiers, jamais un mot ni un nom.</translation>
    </message>
    <message>
        <source>Reflect keeps in step when you unlock, when you lock or quit, every few minutes while you write (never mid-sentence), and when the other computer&apos;s file changes. An entry changed on both computers while they were apart is kept twice; a note above it links the two versions.</source>
        <translation>Reflect se met à jour quand vous déverrouillez, quand vous verrouillez ou quittez, toutes les quelques minutes pendant que vous écrivez (jamais au milieu d’une phrase), et quand le fichier de l’autre ordinateur change. Une entrée modifiée sur les deux ordinateurs pendant qu’ils étaient séparés est gardée deux fois&#xa0;; une note au-dessus relie les deux versions.</translation>
    </message>
    <message>
        <source>What travels: entries and their tags, events, stage changes, check-ins, your people, the prompts used, the words the export always hides, your spelling words, and the legal caution once acknowledged. What stays on each computer: the look, the window, the language, locking, spelling on or off, reminders and backups.</source>
        <translation>Ce qui voyage&#xa0;: les entrées et leurs étiquettes, les événements, les changements d’étape, les points, vos personnes, les pistes utilisées, les mots que l’export masque toujours, vos mots d’orthographe et l’avertissement juridique une fois accepté. Ce qui reste sur chaque ordinateur&#xa0;: l’apparence, la fenêtre, la langue, le verrouillage, l’orthographe activée ou non, les rappels et les sauvegardes.</translation>
    </message>
    <message>
        <source>No sync folder? Journal &gt; Merge a backup brings in a backup from a USB stick or an old computer, after showing what would change.</source>
        <translation>Pas de dossier synchronisé&#xa0;? Journal &gt; Fusionner une sauvegarde fait entrer une sauvegarde depuis une clé USB ou un ancien ordinateur, après avoir montré ce qui changerait.</translation>
    </message>
    <message>
        <source>Everything you write is encrypted and stays on this computer. Reflect never connects to the internet.</source>
        <translation>Tout ce que vous écrivez est chiffré et reste sur cet ordinateur. Reflect ne se connecte jamais à Internet.</translation>
    </message>
    <message>
        <source>Encryption protects the journal at rest. It cannot protect what is on the screen: on a computer your hospital or employer manages, monitoring software can record the screen and keystrokes of any app, Reflect included. Write on a personal computer you control.</source>
        <translation>Le chiffrement protège le journal enregistré. Il ne peut pas protéger ce qui est à l’écran&#xa0;: sur un ordinateur géré par votre hôpital ou votre employeur, un logiciel de surveillance peut enregistrer l’écran et les frappes de n’importe quelle application, Reflect compris. Écrivez sur un ordinateur personnel dont vous avez la maîtrise.</translation>
    </message>
    <message>
        <source>Reflect saves as you type. There is no Save button to remember.</source>
        <translation>Reflect enregistre pendant que vous tapez. Pas de bouton Enregistrer à ne pas oublier.</translation>
    </message>
    <message>
        <source>A personal journal may not be legally protected. Write about what you felt and what you learned rather than a record of the case, and leave out names, dates of birth and record numbers. Reflect underlines text that looks like a patient detail, so you can decide.</source>
        <translation>Un journal personnel n’est pas forcément protégé par la loi. Écrivez sur ce que vous avez ressenti et appris plutôt qu’un compte rendu du cas, et laissez de côté les noms, dates de naissance et numéros de dossier. Reflect souligne ce qui ressemble à une donnée de patient, pour que vous puissiez décider.</translation>
    </message>
    <message>
        <source>Lock the journal with Ctrl+L when you step away. If you forget your passphrase, only your recovery key can open it.</source>
        <translation>Verrouillez le journal avec Ctrl+L quand vous vous absentez. Si vous oubliez votre phrase de passe, seule votre clé de récupération peut l’ouvrir.</translation>
    </message>
</context>
<context>
    <name>IdentifierMarker</name>
    <message>
        <source>This looks like it could identify someone: a name, a date or a number. Consider leaving it out, or putting it in general terms.</source>
        <translation>Cela pourrait permettre d’identifier quelqu’un&#xa0;: un nom, une date ou un numéro. Envisagez de l’omettre, ou de le formuler en termes généraux.</translation>
    </message>
    <message>
        <source>It may also be misspelled: right-click it for suggestions.</source>
        <translation>Le mot est peut-être aussi mal orthographié&#xa0;: faites un clic droit pour des suggestions.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import entries</source>
        <translation>Importer des entrées</translation>
    </message>
    <message>
        <source>Bring in entries from jrnl (its JSON export), Day One (its JSON export, zipped or not), a folder of Markdown files, or a Reflect export. Nothing changes until you choose Import, and importing the same file twice adds nothing new.</source>
        <translation>Importez des entrées de jrnl (son export JSON), de Day One (son export JSON, compressé ou non), d’un dossier de fichiers Markdown, ou d’un export de Reflect. Rien ne change avant que vous choisissiez Importer, et importer deux fois le même fichier n’ajoute rien de nouveau.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose a folder of Markdown files…</source>
        <translation>Choisir un dossier de fichiers Markdown…</translation>
    </message>
    <message>
        <source>Choose a file or a folder to see what it holds.</source>
        <translation>Choisissez un fichier ou un dossier pour voir ce qu’il contient.</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Ce qui sera importé</translation>
    </message>
    <message>
        <source>The first few entries</source>
        <translation>Les premières entrées</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>État de l’import</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l’import</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import these entries</source>
        <translation>Importer ces entrées</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Choisir un fichier à importer</translation>
    </message>
    <message>
        <source>Choose a folder of Markdown files</source>
        <translation>Choisir un dossier de fichiers Markdown</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Everything in this file is already in your journal.</source>
        <translation>Tout ce que contient ce fichier est déjà dans votre journal.</translation>
    </message>
    <message>
        <source>This has no entries to import ({0}).</source>
        <translation>Il n’y a aucune entrée à importer ici ({0}).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} from {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <source>, written on {0}</source>
        <translation>, écrites le {0}</translation>
    </message>
    <message>
        <source>, written between {0} and {1}</source>
        <translation>, écrites entre le {0} et le {1}</translation>
    </message>
    <message>
        <source>{0} of them are already in your journal and will be skipped.</source>
        <translation>{0} d’entre elles sont déjà dans votre journal et seront ignorées.</translation>
    </message>
    <message>
        <source>Also {0} events and {1} check-ins.</source>
        <translation>Aussi {0} événements et {1} points.</translation>
    </message>
    <message>
        <source>Reflect can&apos;t import this.</source>
        <translation>Reflect ne peut pas importer ceci.</translation>
    </message>
    <message>
        <source>Reflect hit an internal problem reading this. Nothing was imported.</source>
        <translation>Reflect a rencontré un problème interne en le lisant. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Importing… You can keep this window open.</source>
        <translation>Importation… Vous pouvez laisser cette fenêtre ouverte.</translation>
    </message>
    <message>
        <source>Imported 1 entry.</source>
        <translation>1 entrée importée.</translation>
    </message>
    <message>
        <source>Imported {0} entries.</source>
        <translation>{0} entrées importées.</translation>
    </message>
    <message>
        <source>{0} were already in your journal.</source>
        <translation>{0} étaient déjà dans votre journal.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Reflect hit an internal problem. Nothing was imported.</source>
        <translation>Reflect a rencontré un problème interne. Rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Your journal from another computer</source>
        <translation>Votre journal depuis un autre ordinateur</translation>
    </message>
    <message>
        <source>On the computer where you already use Reflect, open Settings &gt; Two computers and choose a folder that your sync tool (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) keeps in step. Once your sync tool has brought that folder here, choose it below and type the passphrase you use there, or your recovery key.</source>
        <translation>Sur l’ordinateur où vous utilisez déjà Reflect, ouvrez Paramètres &gt; Deux ordinateurs et choisissez un dossier que votre outil de synchronisation (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) tient à jour. Une fois ce dossier arrivé ici grâce à votre outil de synchronisation, choisissez-le ci-dessous et saisissez la phrase de passe que vous y utilisez, ou votre clé de récupération.</translation>
    </message>
    <message>
        <source>Your journal itself stays out of that folder: Reflect keeps it on this computer and only puts an encrypted file of its own there.</source>
        <translation>Votre journal lui-même reste en dehors de ce dossier&#xa0;: Reflect le garde sur cet ordinateur et n’y met qu’un fichier chiffré à lui.</translation>
    </message>
    <message>
        <source>Choose the folder…</source>
        <translation>Choisir le dossier…</translation>
    </message>
    <message>
        <source>Choose the folder kept in step</source>
        <translation>Choisir le dossier tenu à jour</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>Phrase de passe ou clé de récupération</translation>
    </message>
    <message>
        <source>Bringing your journal over</source>
        <translation>Récupération de votre journal</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>I have a backup file instead…</source>
        <translation>J’ai plutôt un fichier de sauvegarde…</translation>
    </message>
    <message>
        <source>Bring my journal here</source>
        <translation>Récupérer mon journal ici</translation>
    </message>
    <message>
        <source>Support and crisis lines</source>
        <translation>Numéros d’aide et de crise</translation>
    </message>
    <message>
        <source>Choose the folder your sync tool keeps in step</source>
        <translation>Choisir le dossier que votre outil de synchronisation tient à jour</translation>
    </message>
    <message>
        <source>Folder: {0}</source>
        <translation>Dossier&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Reflect hit an internal problem. Nothing was changed.</source>
        <translation>Reflect a rencontré un problème interne. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choisir une phrase de passe</translation>
    </message>
    <message>
        <source>Your journal is here. You opened it with your recovery key, so choose the passphrase you will type to open it from now on. Reflect on your other computer will ask for it once, so both use the same one.</source>
        <translation>Votre journal est là. Vous l’avez ouvert avec votre clé de récupération&#xa0;: choisissez donc la phrase de passe que vous saisirez désormais pour l’ouvrir. Reflect vous la demandera une fois sur votre autre ordinateur, pour que les deux utilisent la même.</translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation>Utiliser cette phrase de passe</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>New entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <source>Delete entry…</source>
        <translation>Supprimer l’entrée…</translation>
    </message>
    <message>
        <source>Search entries</source>
        <translation>Chercher dans les entrées</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock the journal now (Ctrl+L)</source>
        <translation>Verrouiller le journal maintenant (Ctrl+L)</translation>
    </message>
    <message>
        <source>Hide now</source>
        <translation>Masquer maintenant</translation>
    </message>
    <message>
        <source>Lock and minimise at once (Ctrl+Shift+H)</source>
        <translation>Verrouiller et réduire tout de suite (Ctrl+Maj+H)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Journal tools</source>
        <translation>Outils du journal</translation>
    </message>
    <message>
        <source>The entry from {when} will be removed from this computer for good. This can&apos;t be undone.</source>
        <translation>L’entrée du {when} sera définitivement supprimée de cet ordinateur. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>Supprimer cette entrée&#xa0;?</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Supprimer l’entrée</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>The entry was not deleted</source>
        <translation>L’entrée n’a pas été supprimée</translation>
    </message>
</context>
<context>
    <name>KeptCopyNotes</name>
    <message>
        <source>Kept version. This entry was changed on both computers while they were apart, so Reflect kept both: this is the version the entry itself does not show. Compare them, keep what you want in one, then delete the other.</source>
        <translation>Version gardée. Cette entrée a été modifiée sur les deux ordinateurs pendant qu’ils étaient séparés&#xa0;; Reflect a donc gardé les deux&#xa0;: voici la version que l’entrée elle-même ne montre pas. Comparez-les, gardez ce que vous voulez dans l’une, puis supprimez l’autre.</translation>
    </message>
    <message>
        <source>Open the entry</source>
        <translation>Ouvrir l’entrée</translation>
    </message>
    <message>
        <source>This entry was changed on both computers while they were apart. Reflect kept both versions: the other one is beside this entry, so nothing was lost.</source>
        <translation>Cette entrée a été modifiée sur les deux ordinateurs pendant qu’ils étaient séparés. Reflect a gardé les deux versions&#xa0;: l’autre se trouve à côté de cette entrée, rien n’a donc été perdu.</translation>
    </message>
    <message>
        <source>Show the other version</source>
        <translation>Montrer l’autre version</translation>
    </message>
</context>
<context>
    <name>MergeBackupDialog</name>
    <message>
        <source>Merge a backup</source>
        <translation>Fusionner une sauvegarde</translation>
    </message>
    <message>
        <source>Bring in what a backup holds, from a USB stick or an old computer: a backup of this journal, or of another Reflect journal. Nothing in your journal is lost: an entry changed in both places is kept twice.</source>
        <translation>Faites entrer ce que contient une sauvegarde, depuis une clé USB ou un ancien ordinateur&#xa0;: une sauvegarde de ce journal, ou d’un autre journal Reflect. Rien n’est perdu dans votre journal&#xa0;: une entrée modifiée des deux côtés est gardée deux fois.</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>Choisir une sauvegarde…</translation>
    </message>
    <message>
        <source>This backup is of another journal, or of this one before its recovery key was changed. Enter the passphrase that was in use when it was made, or its recovery key.</source>
        <translation>Cette sauvegarde vient d’un autre journal, ou de celui-ci avant le changement de sa clé de récupération. Saisissez la phrase de passe en usage lors de sa création, ou sa clé de récupération.</translation>
    </message>
    <message>
        <source>Passphrase or recovery key of the backup</source>
        <translation>Phrase de passe ou clé de récupération de la sauvegarde</translation>
    </message>
    <message>
        <source>Merge status</source>
        <translation>État de la fusion</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Read the backup</source>
        <translation>Lire la sauvegarde</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Choose a backup to merge</source>
        <translation>Choisir une sauvegarde à fusionner</translation>
    </message>
    <message>
        <source>Type the backup&apos;s passphrase first.</source>
        <translation>Saisissez d’abord la phrase de passe de la sauvegarde.</translation>
    </message>
    <message>
        <source>Reading the backup…</source>
        <translation>Lecture de la sauvegarde…</translation>
    </message>
    <message>
        <source>That doesn&apos;t open this backup. Nothing was changed; try again.</source>
        <translation>Cela n’ouvre pas cette sauvegarde. Rien n’a été modifié&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>This backup was made on {0}.</source>
        <translation>Cette sauvegarde a été faite le {0}.</translation>
    </message>
    <message>
        <source>Your journal already holds everything in it.</source>
        <translation>Votre journal contient déjà tout ce qu’elle contient.</translation>
    </message>
    <message>
        <source>Merging it would:</source>
        <translation>La fusion&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>add %n record(s)</source>
        <translation>
            <numerusform>ajouterait %n élément</numerusform>
            <numerusform>ajouterait %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>change %n record(s)</source>
        <translation>
            <numerusform>modifierait %n élément</numerusform>
            <numerusform>modifierait %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keep %n record(s) twice, both versions</source>
        <translation>
            <numerusform>garderait %n élément en double, les deux versions</numerusform>
            <numerusform>garderait %n éléments en double, les deux versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete %n record(s) deleted there</source>
        <translation>
            <numerusform>supprimerait %n élément supprimé là-bas</numerusform>
            <numerusform>supprimerait %n éléments supprimés là-bas</numerusform>
        </translation>
    </message>
    <message>
        <source>Records are entries, events, check-ins and the like.</source>
        <translation>Les éléments sont les entrées, les événements, les points, etc.</translation>
    </message>
    <message>
        <source>Before merging, Reflect makes a backup of your journal as it is now, in {0}.</source>
        <translation>Avant de fusionner, Reflect fait une sauvegarde de votre journal tel qu’il est maintenant, dans {0}.</translation>
    </message>
    <message>
        <source>Making a backup of your journal, then merging…</source>
        <translation>Sauvegarde de votre journal, puis fusion…</translation>
    </message>
    <message>
        <source>Merged. The backup made just before is {0}.</source>
        <translation>Fusion faite. La sauvegarde faite juste avant est {0}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Nothing was merged: {0}</source>
        <translation>Rien n’a été fusionné&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>MyWordsDialog</name>
    <message>
        <source>My words</source>
        <translation>Mes mots</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>No words yet. Right-click an underlined word in an entry and choose “Add to my words”.</source>
        <translation>Aucun mot pour l’instant. Faites un clic droit sur un mot souligné dans une entrée et choisissez «&#xa0;Ajouter à mes mots&#xa0;».</translation>
    </message>
    <message>
        <source>Words you added are no longer underlined. They are kept inside your encrypted journal, not in a dictionary file on this computer.</source>
        <translation>Les mots que vous avez ajoutés ne sont plus soulignés. Ils sont gardés dans votre journal chiffré, pas dans un fichier de dictionnaire sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>Retapez la nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Retapez-la</translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation>Les deux phrases de passe sont identiques.</translation>
    </message>
    <message>
        <source>The two passphrases don&apos;t match yet.</source>
        <translation>Les deux phrases de passe ne sont pas encore identiques.</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>Choisissez une phrase de passe.</translation>
    </message>
    <message>
        <source>The two passphrases don&apos;t match. Type the same passphrase twice.</source>
        <translation>Les deux phrases de passe ne sont pas identiques. Tapez deux fois la même phrase de passe.</translation>
    </message>
    <message>
        <source>Use a weaker passphrase?</source>
        <translation>Utiliser une phrase de passe plus faible&#xa0;?</translation>
    </message>
    <message>
        <source>This passphrase could be guessed by someone with time and a fast computer. Another word or two would make it much stronger.</source>
        <translation>Quelqu’un qui dispose de temps et d’un ordinateur rapide pourrait deviner cette phrase de passe. Un ou deux mots de plus la rendraient bien plus solide.</translation>
    </message>
    <message>
        <source>Use it anyway</source>
        <translation>L’utiliser quand même</translation>
    </message>
    <message>
        <source>Choose another</source>
        <translation>En choisir une autre</translation>
    </message>
</context>
<context>
    <name>NewPassphraseStep</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Choisir une nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Your recovery key worked. Choose a new passphrase to use from now on. Your recovery key stays the same.</source>
        <translation>Votre clé de récupération a fonctionné. Choisissez une nouvelle phrase de passe à utiliser désormais. Votre clé de récupération reste la même.</translation>
    </message>
    <message>
        <source>Save and open</source>
        <translation>Enregistrer et ouvrir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>Nouvelle clé de récupération</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>Créer une nouvelle clé de récupération</translation>
    </message>
    <message>
        <source>Do this if your recovery key may have been seen by someone else, or you have lost it. Reflect shows you the new key first; your old key stops working only once you have kept the new one. Your passphrase stays the same.</source>
        <translation>Faites-le si votre clé de récupération a pu être vue par quelqu’un d’autre, ou si vous l’avez perdue. Reflect vous montre d’abord la nouvelle clé&#xa0;; l’ancienne ne cesse de fonctionner qu’une fois la nouvelle mise de côté. Votre phrase de passe reste la même.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Votre phrase de passe</translation>
    </message>
    <message>
        <source>Making a new recovery key</source>
        <translation>Création d’une nouvelle clé de récupération</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>Créer une nouvelle clé</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>Votre nouvelle clé de récupération</translation>
    </message>
    <message>
        <source>Keep this key somewhere safe and private, then choose “Use this key”. Until then nothing has changed and your old recovery key still works.</source>
        <translation>Gardez cette clé dans un endroit sûr et privé, puis choisissez «&#xa0;Utiliser cette clé&#xa0;». D’ici là, rien n’a changé et votre ancienne clé de récupération fonctionne toujours.</translation>
    </message>
    <message>
        <source>Switching to the new key</source>
        <translation>Passage à la nouvelle clé</translation>
    </message>
    <message>
        <source>Keep my old key</source>
        <translation>Garder mon ancienne clé</translation>
    </message>
    <message>
        <source>Use this key</source>
        <translation>Utiliser cette clé</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Saisissez d’abord votre phrase de passe.</translation>
    </message>
    <message>
        <source>That isn&apos;t your passphrase. Nothing was changed.</source>
        <translation>Ce n’est pas votre phrase de passe. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{0} Keep the new key you wrote down anyway: Reflect asks about it again the next time you unlock, and your old key works until then.</source>
        <translation>{0} Gardez quand même la nouvelle clé que vous avez notée&#xa0;: Reflect vous la redemandera au prochain déverrouillage, et votre ancienne clé fonctionne jusque-là.</translation>
    </message>
    <message>
        <source>New recovery key in use</source>
        <translation>Nouvelle clé de récupération en service</translation>
    </message>
    <message>
        <source>Your journal now uses the new recovery key you kept. The old one no longer opens it. Your passphrase is unchanged.</source>
        <translation>Votre journal utilise maintenant la nouvelle clé de récupération que vous avez gardée. L’ancienne ne l’ouvre plus. Votre phrase de passe n’a pas changé.</translation>
    </message>
    <message>
        <source>Your journal now has a new key and uses the new recovery key you kept. Your old passphrase and old recovery key no longer open it, not even with an old copy of the key file.</source>
        <translation>Votre journal a maintenant une nouvelle clé et utilise la nouvelle clé de récupération que vous avez gardée. Votre ancienne phrase de passe et votre ancienne clé de récupération ne l’ouvrent plus, même avec une ancienne copie du fichier de clé.</translation>
    </message>
    <message>
        <source>Keep the journal&apos;s old key?</source>
        <translation>Garder l’ancienne clé du journal&#xa0;?</translation>
    </message>
    <message>
        <source>Your new passphrase is in place. But a copy of your journal&apos;s key file from before (in an old backup, say) still opens the journal with the old passphrase until the journal has a new key. You can do this later in Settings &gt; New recovery key.</source>
        <translation>Votre nouvelle phrase de passe est en place. Mais une copie du fichier de clé de votre journal datant d’avant (dans une ancienne sauvegarde, par exemple) ouvre encore le journal avec l’ancienne phrase de passe, tant que le journal n’a pas de nouvelle clé. Vous pourrez le faire plus tard dans Paramètres &gt; Nouvelle clé de récupération.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Close without keeping the new key?</source>
        <translation>Fermer sans garder la nouvelle clé&#xa0;?</translation>
    </message>
    <message>
        <source>Your old recovery key no longer works. If you close now without keeping the new one, you will have no way back into your journal if you forget your passphrase.</source>
        <translation>Votre ancienne clé de récupération ne fonctionne plus. Si vous fermez maintenant sans garder la nouvelle, vous n’aurez aucun moyen de revenir dans votre journal si vous oubliez votre phrase de passe.</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Fermer quand même</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show passphrase</source>
        <translation>Afficher la phrase de passe</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Masquer la phrase de passe</translation>
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
        <translation>Votre journal est verrouillé.</translation>
    </message>
    <message>
        <source>This is the journal in the folder “{0}”.</source>
        <translation>C’est le journal du dossier «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <source>This is a demo journal with made-up entries. Its passphrase is: {0}</source>
        <translation>C’est un journal de démonstration aux entrées inventées. Sa phrase de passe est&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>Forgot your passphrase?</source>
        <translation>Phrase de passe oubliée&#xa0;?</translation>
    </message>
    <message>
        <source>Your journal is encrypted with your passphrase, and nobody, including the makers of Reflect, can open it without that passphrase or your recovery key. There is no reset by email and no back door.

If you kept your recovery key (on paper, as a PDF, or in a password manager), choose “Use recovery key” and then pick a new passphrase.

If you have neither, the journal cannot be opened. Keep the folder in case the passphrase comes back to you: it often does after a night&apos;s sleep.</source>
        <translation>Votre journal est chiffré avec votre phrase de passe, et personne, pas même les auteurs de Reflect, ne peut l’ouvrir sans elle ou sans votre clé de récupération. Il n’y a pas de réinitialisation par courriel ni de porte dérobée.

Si vous avez gardé votre clé de récupération (sur papier, en PDF ou dans un gestionnaire de mots de passe), choisissez «&#xa0;Utiliser la clé de récupération&#xa0;», puis une nouvelle phrase de passe.

Si vous n’avez ni l’une ni l’autre, le journal ne peut pas être ouvert. Gardez le dossier au cas où la phrase de passe vous reviendrait&#xa0;: cela arrive souvent après une nuit de sommeil.</translation>
    </message>
    <message>
        <source>Use recovery key</source>
        <translation>Utiliser la clé de récupération</translation>
    </message>
    <message>
        <source>Forgot passphrase?</source>
        <translation>Phrase de passe oubliée&#xa0;?</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <source>Support and crisis lines</source>
        <translation>Numéros d’aide et de crise</translation>
    </message>
    <message>
        <source>Crisis lines and your own contacts, without unlocking</source>
        <translation>Numéros de crise et vos propres contacts, sans déverrouiller</translation>
    </message>
    <message>
        <source>Open another journal…</source>
        <translation>Ouvrir un autre journal…</translation>
    </message>
    <message>
        <source>Back to my usual journal</source>
        <translation>Revenir à mon journal habituel</translation>
    </message>
</context>
<context>
    <name>PdfWords</name>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Page {number} sur {total}</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>I have kept my recovery key somewhere safe</source>
        <translation>J’ai gardé ma clé de récupération en lieu sûr</translation>
    </message>
    <message>
        <source>This recovery key opens your Reflect journal if you forget your passphrase. Anyone who has it can read your journal, so keep it as carefully as a house key: on paper in a safe place, or in a password manager.</source>
        <translation>Cette clé de récupération ouvre votre journal Reflect si vous oubliez votre phrase de passe. Quiconque la possède peut lire votre journal&#xa0;: gardez-la aussi précieusement qu’une clé de maison, sur papier en lieu sûr ou dans un gestionnaire de mots de passe.</translation>
    </message>
    <message>
        <source>To use it, open Reflect, choose “Use recovery key” on the unlock screen, type the key (the dashes and spaces do not matter), then choose a new passphrase.</source>
        <translation>Pour l’utiliser, ouvrez Reflect, choisissez «&#xa0;Utiliser la clé de récupération&#xa0;» sur l’écran de déverrouillage, tapez la clé (les tirets et les espaces n’ont pas d’importance), puis choisissez une nouvelle phrase de passe.</translation>
    </message>
    <message>
        <source>If you make a new recovery key later in Settings, this one stops working.</source>
        <translation>Si vous créez plus tard une nouvelle clé de récupération dans Paramètres, celle-ci cessera de fonctionner.</translation>
    </message>
    <message>
        <source>Copied. Paste it into your password manager now: Reflect clears the clipboard in one minute, and when it locks.</source>
        <translation>Copiée. Collez-la maintenant dans votre gestionnaire de mots de passe&#xa0;: Reflect vide le presse-papiers dans une minute, et au verrouillage.</translation>
    </message>
    <message>
        <source>Reflect recovery key</source>
        <translation>Clé de récupération Reflect</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyée à l’imprimante.</translation>
    </message>
    <message>
        <source>Save recovery key as PDF</source>
        <translation>Enregistrer la clé de récupération en PDF</translation>
    </message>
    <message>
        <source>reflect-recovery-key.pdf</source>
        <translation>reflect-cle-de-recuperation.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save the PDF</source>
        <translation>Le PDF n’a pas pu être enregistré</translation>
    </message>
    <message>
        <source>Reflect could not write that file ({reason}). Try another folder.</source>
        <translation>Reflect n’a pas pu écrire ce fichier ({reason}). Essayez un autre dossier.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Enregistré dans {path}.</translation>
    </message>
</context>
<context>
    <name>RecoveryStep</name>
    <message>
        <source>Open with your recovery key</source>
        <translation>Ouvrir avec votre clé de récupération</translation>
    </message>
    <message>
        <source>Type the recovery key you printed or saved when you set up Reflect. Dashes, spaces and capital letters do not matter. Afterwards you will choose a new passphrase.</source>
        <translation>Tapez la clé de récupération que vous avez imprimée ou enregistrée en installant Reflect. Les tirets, les espaces et les majuscules n’ont pas d’importance. Vous choisirez ensuite une nouvelle phrase de passe.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Open journal</source>
        <translation>Ouvrir le journal</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open this reminder</source>
        <translation>Ouvrir ce rappel</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Remind me again later</source>
        <translation>Me le rappeler plus tard</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Dismiss this reminder</source>
        <translation>Ignorer ce rappel</translation>
    </message>
    <message>
        <source>See them</source>
        <translation>Les voir</translation>
    </message>
</context>
<context>
    <name>ReminderEditor</name>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Add or change a reminder</source>
        <translation>Ajouter ou modifier un rappel</translation>
    </message>
    <message>
        <source>Unlock Reflect to add or read a private note</source>
        <translation>Déverrouillez Reflect pour ajouter ou lire une note privée</translation>
    </message>
    <message>
        <source>Only you see this, after unlocking</source>
        <translation>Visible par vous seulement, après déverrouillage</translation>
    </message>
    <message>
        <source>Choose at least one day.</source>
        <translation>Choisissez au moins un jour.</translation>
    </message>
    <message>
        <source>That time has already passed. Choose a later date or time.</source>
        <translation>Cette heure est déjà passée. Choisissez une date ou une heure plus tardive.</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsPanel</name>
    <message>
        <source>Start at login</source>
        <translation>Lancer à l’ouverture de session</translation>
    </message>
    <message>
        <source>Reminders not saved</source>
        <translation>Rappels non enregistrés</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>Delete this reminder?</source>
        <translation>Supprimer ce rappel&#xa0;?</translation>
    </message>
    <message>
        <source>It will not come back. Anything you wrote in your journal stays as it is.</source>
        <translation>Il ne reviendra pas. Ce que vous avez écrit dans votre journal reste tel quel.</translation>
    </message>
    <message>
        <source>Delete reminder</source>
        <translation>Supprimer le rappel</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>Reminders not saved</source>
        <translation>Rappels non enregistrés</translation>
    </message>
</context>
<context>
    <name>RemindersWiring</name>
    <message>
        <source>&amp;Reminders...</source>
        <translation>&amp;Rappels…</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Votre note</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>If you already used Reflect, on this computer or another, choose one of its backup files (they end in .reflectbackup). Reflect checks the whole backup before it puts anything in place.</source>
        <translation>Si vous avez déjà utilisé Reflect, sur cet ordinateur ou un autre, choisissez l’un de ses fichiers de sauvegarde (ils se terminent par .reflectbackup). Reflect vérifie toute la sauvegarde avant de mettre quoi que ce soit en place.</translation>
    </message>
    <message>
        <source>Choose a backup file…</source>
        <translation>Choisir un fichier de sauvegarde…</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Choisir un fichier de sauvegarde</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase or your recovery key</source>
        <translation>La phrase de passe de la sauvegarde, ou votre clé de récupération</translation>
    </message>
    <message>
        <source>Passphrase or recovery key</source>
        <translation>Phrase de passe ou clé de récupération</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Vérification de la sauvegarde</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>Support and crisis lines</source>
        <translation>Numéros d’aide et de crise</translation>
    </message>
    <message>
        <source>Choose a Reflect backup</source>
        <translation>Choisir une sauvegarde Reflect</translation>
    </message>
    <message>
        <source>Backup made on {0}. Type the passphrase you used then, or your recovery key.</source>
        <translation>Sauvegarde faite le {0}. Tapez la phrase de passe que vous utilisiez alors, ou votre clé de récupération.</translation>
    </message>
    <message>
        <source>That doesn&apos;t open this backup. A backup opens with the passphrase you had when it was made, or with your recovery key. Nothing was changed.</source>
        <translation>Cela n’ouvre pas cette sauvegarde. Une sauvegarde s’ouvre avec la phrase de passe que vous aviez lors de sa création, ou avec votre clé de récupération. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Reflect hit an internal problem. Nothing was changed.</source>
        <translation>Reflect a rencontré un problème interne. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>ReviewList</name>
    <message>
        <source>Possible identifiers to review</source>
        <translation>Éléments identifiants possibles à vérifier</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>Titre du document</translation>
    </message>
    <message>
        <source>{0}, entry title</source>
        <translation>{0}, titre de l’entrée</translation>
    </message>
    <message>
        <source>  (and 1 more place)</source>
        <translation>  (et 1 autre endroit)</translation>
    </message>
    <message>
        <source>  (and {0} more places)</source>
        <translation>  (et {0} autres endroits)</translation>
    </message>
    <message>
        <source>Ticked: hidden in the export. Unticked: shown as written.</source>
        <translation>Coché&#xa0;: masqué dans l’export. Décoché&#xa0;: affiché tel qu’écrit.</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <source>Shown as written</source>
        <translation>Affiché tel qu’écrit</translation>
    </message>
    <message>
        <source>{state}: “{text}”</source>
        <translation>{state}&#xa0;: «&#xa0;{text}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SafePreview</name>
    <message>
        <source>Preparing the preview…</source>
        <extracomment>Entries longer than this are rendered on a worker thread (a long entry can take a second or two), with a short note in the preview meanwhile.</extracomment>
        <translation>Préparation de l’aperçu…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Verrouiller après ce nombre de minutes d’inactivité</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock when the window is minimised</source>
        <translation>Verrouiller quand la fenêtre est réduite</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation>Verrouiller après une inactivité de</translation>
    </message>
    <message>
        <source>Reflect also locks when you press Ctrl+L, when you press Ctrl+Shift+H to hide it, and when your computer locks or sleeps (where the system tells Reflect).</source>
        <translation>Reflect se verrouille aussi quand vous appuyez sur Ctrl+L, quand vous appuyez sur Ctrl+Maj+H pour le masquer, et quand votre ordinateur se verrouille ou se met en veille (si le système le signale à Reflect).</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Writing font</source>
        <translation>Police d’écriture</translation>
    </message>
    <message>
        <source>Writing font size</source>
        <translation>Taille de la police d’écriture</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Reflect speaks it from the next time it starts.</source>
        <translation>Reflect la parlera dès son prochain démarrage.</translation>
    </message>
    <message>
        <source>Underline misspelled words as I write</source>
        <translation>Souligner les mots mal orthographiés pendant que j’écris</translation>
    </message>
    <message>
        <source>My words…</source>
        <translation>Mes mots…</translation>
    </message>
    <message>
        <source>My words</source>
        <translation>Mes mots</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Orthographe</translation>
    </message>
    <message>
        <source>English, with UK and US spellings and clinical words. Press F7 for the next mistake; right-click a word for suggestions.</source>
        <translation>L’anglais, avec les orthographes britannique et américaine et les termes cliniques. F7 pour la faute suivante&#xa0;; clic droit sur un mot pour des suggestions. Reflect ne vérifie pas encore le français.</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Changer de phrase de passe…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Changer de phrase de passe</translation>
    </message>
    <message>
        <source>New recovery key…</source>
        <translation>Nouvelle clé de récupération…</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Nouvelle clé de récupération</translation>
    </message>
    <message>
        <source>Passphrase and recovery key</source>
        <translation>Phrase de passe et clé de récupération</translation>
    </message>
</context>
<context>
    <name>ShellWindow</name>
    <message>
        <source>About Reflect</source>
        <translation>À propos de Reflect</translation>
    </message>
    <message>
        <source>Reflect</source>
        <translation>Reflect</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
</context>
<context>
    <name>SpellingAssistant</name>
    <message>
        <source>Check &amp;spelling</source>
        <translation>Vérifier l’&amp;orthographe</translation>
    </message>
    <message>
        <source>&amp;Next spelling mistake</source>
        <translation>Faute d’orthographe &amp;suivante</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <source>Add “{word}” to my words</source>
        <translation>Ajouter «&#xa0;{word}&#xa0;» à mes mots</translation>
    </message>
    <message>
        <source>No spelling mistakes found.</source>
        <translation>Aucune faute d’orthographe trouvée.</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidité de la phrase de passe</translation>
    </message>
    <message>
        <source>Four or five unrelated words make a passphrase that is strong and easy to remember.</source>
        <translation>Quatre ou cinq mots sans rapport entre eux font une phrase de passe solide et facile à retenir.</translation>
    </message>
    <message>
        <source>Weak. Another word or two would make it much harder to guess.</source>
        <translation>Faible. Un ou deux mots de plus la rendraient bien plus difficile à deviner.</translation>
    </message>
    <message>
        <source>Fair. One more word would make it stronger.</source>
        <translation>Moyenne. Un mot de plus la rendrait plus solide.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Solide.</translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation>Très solide.</translation>
    </message>
</context>
<context>
    <name>SyncWiring</name>
    <message>
        <source>&amp;Merge a backup…</source>
        <translation>&amp;Fusionner une sauvegarde…</translation>
    </message>
    <message>
        <source>A file in your sync folder was skipped. Settings &gt; Two computers says which, and why.</source>
        <translation>Un fichier de votre dossier synchronisé a été ignoré. Paramètres &gt; Deux ordinateurs indique lequel, et pourquoi.</translation>
    </message>
    <message>
        <source>Not in step with your other computer: {0}</source>
        <translation>Pas à jour avec votre autre ordinateur&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Choose the folder to keep in step</source>
        <translation>Choisir le dossier à tenir à jour</translation>
    </message>
    <message>
        <source>Choose another folder</source>
        <translation>Choisir un autre dossier</translation>
    </message>
</context>
<context>
    <name>TagsField</name>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Words to find this entry by later, such as sleep or review</source>
        <translation>Des mots pour retrouver cette entrée plus tard, comme sommeil ou revue</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
    <message>
        <source>“%1” is not a time Reflect can read. Type it as hours and minutes, for example 21:30 or 9:30 pm.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une heure que Reflect sait lire. Tapez-la en heures et minutes, par exemple 21:30.</translation>
    </message>
</context>
<context>
    <name>TwoComputersGroup</name>
    <message>
        <source>Two computers</source>
        <translation>Deux ordinateurs</translation>
    </message>
    <message>
        <source>Write on two computers and keep one journal, through a folder your own sync tool keeps in step. Help (F1) says how.</source>
        <translation>Écrivez sur deux ordinateurs en gardant un seul journal, grâce à un dossier que votre propre outil de synchronisation tient à jour. L’aide (F1) explique comment.</translation>
    </message>
    <message>
        <source>Keep in step through a folder…</source>
        <translation>Tenir à jour par un dossier…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Stop keeping in step</source>
        <translation>Arrêter la mise à jour</translation>
    </message>
    <message>
        <source>Folder: {0}</source>
        <translation>Dossier&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Choisir un autre dossier…</translation>
    </message>
    <message>
        <source>This journal is not kept in step with another computer.</source>
        <translation>Ce journal n’est tenu à jour avec aucun autre ordinateur.</translation>
    </message>
    <message>
        <source>Not in step: {0}</source>
        <translation>Pas à jour&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Getting in step…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>Not in step yet.</source>
        <translation>Pas encore à jour.</translation>
    </message>
    <message>
        <source>No other computer has written to this folder yet. Set Reflect up there with the same folder; your sync tool brings its file here.</source>
        <translation>Aucun autre ordinateur n’a encore écrit dans ce dossier. Configurez Reflect là-bas avec le même dossier&#xa0;; votre outil de synchronisation apporte son fichier ici.</translation>
    </message>
    <message numerus="yes">
        <source>In step with %n other computer(s).</source>
        <translation>
            <numerusform>À jour avec %n autre ordinateur.</numerusform>
            <numerusform>À jour avec %n autres ordinateurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced just now.</source>
        <translation>Dernière synchronisation&#xa0;: à l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>Last synced %n minute(s) ago.</source>
        <translation>
            <numerusform>Dernière synchronisation il y a %n minute.</numerusform>
            <numerusform>Dernière synchronisation il y a %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced {0}.</source>
        <translation>Dernière synchronisation&#xa0;: {0}.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Choose the folder of a Reflect journal</source>
        <translation>Choisir le dossier d’un journal Reflect</translation>
    </message>
    <message>
        <source>That folder doesn&apos;t hold a Reflect journal. Choose the folder that contains vault.json, for example one restored from a backup.</source>
        <translation>Ce dossier ne contient pas de journal Reflect. Choisissez le dossier qui contient vault.json, par exemple un dossier restauré depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>Type your passphrase, then press Enter.</source>
        <translation>Tapez votre phrase de passe, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation>Ouverture de votre journal…</translation>
    </message>
    <message>
        <source>That passphrase didn&apos;t open this journal. Check Caps Lock and try again, or use your recovery key.</source>
        <translation>Cette phrase de passe n’a pas ouvert ce journal. Vérifiez le verrouillage des majuscules et réessayez, ou utilisez votre clé de récupération.</translation>
    </message>
    <message>
        <source>Choose a Reflect backup</source>
        <translation>Choisir une sauvegarde Reflect</translation>
    </message>
    <message>
        <source>Reflect backups (*.reflectbackup)</source>
        <translation>Sauvegardes Reflect (*.reflectbackup)</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>Your journal is back</source>
        <translation>Votre journal est de retour</translation>
    </message>
    <message>
        <source>Reflect restored your journal from the backup. The damaged copy was kept in {0}; you can delete it once you are sure nothing is missing.</source>
        <translation>Reflect a restauré votre journal depuis la sauvegarde. La copie endommagée est gardée dans {0}&#xa0;; vous pourrez la supprimer quand vous aurez vérifié que rien ne manque.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this backup. A backup opens with the passphrase you had when it was made. Nothing was changed.</source>
        <translation>Cette phrase de passe n’ouvre pas cette sauvegarde. Une sauvegarde s’ouvre avec la phrase de passe que vous aviez lors de sa création. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Type your recovery key first.</source>
        <translation>Tapez d’abord votre clé de récupération.</translation>
    </message>
    <message>
        <source>Saving your new passphrase…</source>
        <translation>Enregistrement de votre nouvelle phrase de passe…</translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message numerus="yes">
        <source>%n reminder(s) could not be read and were left out. The file as it was is kept in {0} as reminders.json.unreadable.</source>
        <translation>
            <numerusform>%n rappel n’a pas pu être lu et a été omis. Le fichier tel qu’il était est gardé dans {0} sous le nom reminders.json.unreadable.</numerusform>
            <numerusform>%n rappels n’ont pas pu être lus et ont été omis. Le fichier tel qu’il était est gardé dans {0} sous le nom reminders.json.unreadable.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Reflect was switching your journal to a new recovery key when it stopped, and it has now finished. This is your new key: keep it somewhere safe and private. Your old recovery key no longer works.</source>
        <translation>Reflect était en train de passer votre journal à une nouvelle clé de récupération quand il s’est arrêté, et il vient de terminer. Voici votre nouvelle clé&#xa0;: gardez-la dans un endroit sûr et privé. Votre ancienne clé de récupération ne fonctionne plus.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Reflect was switching your journal to a new recovery key when it stopped. Nothing is lost, and your old recovery key still works. This is the new key it was setting up: keep it, then choose “Use this key”; or keep using your old one.</source>
        <translation>Reflect était en train de passer votre journal à une nouvelle clé de récupération quand il s’est arrêté. Rien n’est perdu, et votre ancienne clé de récupération fonctionne toujours. Voici la nouvelle clé qu’il préparait&#xa0;: gardez-la, puis choisissez «&#xa0;Utiliser cette clé&#xa0;»&#xa0;; ou continuez avec l’ancienne.</translation>
    </message>
    <message>
        <source>Your passphrase is changed. To shut out your old passphrase completely, Reflect will also give your journal a new key, and with it this new recovery key. Keep it somewhere safe and private, then choose “Use this key”. Your old recovery key stops working then.</source>
        <translation>Votre phrase de passe est changée. Pour écarter complètement votre ancienne phrase de passe, Reflect va aussi donner une nouvelle clé à votre journal, et avec elle cette nouvelle clé de récupération. Gardez-la dans un endroit sûr et privé, puis choisissez «&#xa0;Utiliser cette clé&#xa0;». Votre ancienne clé de récupération cessera alors de fonctionner.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <source>In 10 minutes</source>
        <translation>Dans 10 minutes</translation>
    </message>
    <message>
        <source>In an hour</source>
        <translation>Dans une heure</translation>
    </message>
    <message>
        <source>Tomorrow morning</source>
        <translation>Demain matin</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Print recovery key</source>
        <translation>Imprimer la clé de récupération</translation>
    </message>
</context>
</TS>
