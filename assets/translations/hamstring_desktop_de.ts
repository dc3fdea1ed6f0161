<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Add 15 Seconds</source>
        <translation>15 Sekunden &amp;dazu</translation>
    </message>
    <message>
        <source>&amp;Anatomy</source>
        <translation>&amp;Anatomie</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Close Editor</source>
        <translation>Editor s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Edit Routines…</source>
        <translation>Routinen &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>&amp;Fokusmodus</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>&amp;New Routine…</source>
        <translation>&amp;Neue Routine…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation>&amp;Nächster Schritt</translation>
    </message>
    <message>
        <source>&amp;Player</source>
        <translation>T&amp;raining</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Remove Step</source>
        <translation>Schritt &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Safety</source>
        <translation>&amp;Sicherheit</translation>
    </message>
    <message>
        <source>&amp;Save Routine</source>
        <translation>Routine &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Search Techniques</source>
        <translation>&amp;Techniken suchen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>+15 s</source>
        <translation>+15 s</translation>
    </message>
    <message>
        <source>Add 15 seconds</source>
        <translation>15 Sekunden dazu</translation>
    </message>
    <message>
        <source>Add 15 seconds to this step</source>
        <translation>Diesem Schritt 15 Sekunden hinzufügen</translation>
    </message>
    <message>
        <source>Add a routine file someone shared with you</source>
        <translation>Eine Routine-Datei hinzufügen, die jemand mit dir geteilt hat</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the player (unsaved changes are asked about)</source>
        <translation>Zurück zum Training (bei ungespeicherten Änderungen wird nachgefragt)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close editor</source>
        <translation>Editor schließen</translation>
    </message>
    <message>
        <source>E&amp;xport Routine…</source>
        <translation>Routine e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Edit routines</source>
        <translation>Routinen bearbeiten</translation>
    </message>
    <message>
        <source>Every key, and a way to change them</source>
        <translation>Alle Tasten und wie du sie änderst</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>Routine exportieren</translation>
    </message>
    <message>
        <source>Focus mode</source>
        <translation>Fokusmodus</translation>
    </message>
    <message>
        <source>Full screen with only the countdown, leg, step and what is next</source>
        <translation>Vollbild nur mit Countdown, Bein, Schritt und dem, was als Nächstes kommt</translation>
    </message>
    <message>
        <source>Import R&amp;outine…</source>
        <translation>Routine imp&amp;ortieren…</translation>
    </message>
    <message>
        <source>Import routine</source>
        <translation>Routine importieren</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Make a routine of your own</source>
        <translation>Eine eigene Routine anlegen</translation>
    </message>
    <message>
        <source>Make the change again</source>
        <translation>Die Änderung wiederholen</translation>
    </message>
    <message>
        <source>Move Step &amp;Down</source>
        <translation>Schritt nach &amp;unten</translation>
    </message>
    <message>
        <source>Move Step &amp;Up</source>
        <translation>Schritt nach &amp;oben</translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation>Schritt nach unten</translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation>Schritt nach oben</translation>
    </message>
    <message>
        <source>Move the selected step one place down</source>
        <translation>Den gewählten Schritt eine Stelle nach unten schieben</translation>
    </message>
    <message>
        <source>Move the selected step one place up</source>
        <translation>Den gewählten Schritt eine Stelle nach oben schieben</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Next »</source>
        <translation>Weiter »</translation>
    </message>
    <message>
        <source>Open the routine editor on the chosen routine</source>
        <translation>Die gewählte Routine im Editor öffnen</translation>
    </message>
    <message>
        <source>PAIN — STOP NOW</source>
        <translation>SCHMERZ — SOFORT STOPPEN</translation>
    </message>
    <message>
        <source>Pa&amp;in: Stop Now</source>
        <translation>Schmerz: s&amp;ofort stoppen</translation>
    </message>
    <message>
        <source>Pain: stop now</source>
        <translation>Schmerz: sofort stoppen</translation>
    </message>
    <message>
        <source>Pain: stop the session at once</source>
        <translation>Schmerz: die Einheit sofort beenden</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Put the cursor in the library&apos;s search box</source>
        <translation>Den Cursor ins Suchfeld der Bibliothek setzen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Quit (a session under way is saved as stopped)</source>
        <translation>Beenden (eine laufende Einheit wird als gestoppt gespeichert)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Remove the selected step (Undo brings it back)</source>
        <translation>Den gewählten Schritt entfernen (Rückgängig holt ihn zurück)</translation>
    </message>
    <message>
        <source>Restart the step; early in a step, go back one</source>
        <translation>Den Schritt neu beginnen; kurz nach seinem Anfang: einen Schritt zurück</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save routine</source>
        <translation>Routine speichern</translation>
    </message>
    <message>
        <source>Save the chosen routine&apos;s file, to share it</source>
        <translation>Die Datei der gewählten Routine speichern, um sie weiterzugeben</translation>
    </message>
    <message>
        <source>Save the routine you are editing</source>
        <translation>Die Routine speichern, die du bearbeitest</translation>
    </message>
    <message>
        <source>Search techniques</source>
        <translation>Techniken suchen</translation>
    </message>
    <message>
        <source>Show or hide the anatomy</source>
        <translation>Anatomie zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Show or hide the anatomy diagram</source>
        <translation>Die Anatomie-Zeichnung zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Show or hide the library</source>
        <translation>Bibliothek zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Show or hide the technique library</source>
        <translation>Die Technik-Bibliothek zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Show the History page: charts, your week and every session</source>
        <translation>Die Seite „Verlauf“ zeigen: Diagramme, deine Woche und jede Einheit</translation>
    </message>
    <message>
        <source>Show the history</source>
        <translation>Verlauf zeigen</translation>
    </message>
    <message>
        <source>Show the player</source>
        <translation>Training zeigen</translation>
    </message>
    <message>
        <source>Show the player: routines and the session</source>
        <translation>Das Training zeigen: Routinen und die Einheit</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Zum nächsten Schritt springen</translation>
    </message>
    <message>
        <source>Start / &amp;Pause / Resume</source>
        <translation>Start / &amp;Pause / Fortsetzen</translation>
    </message>
    <message>
        <source>Start the routine, pause or resume</source>
        <translation>Die Routine starten, pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Start, pause or resume</source>
        <translation>Starten, pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation>Einheit stoppen</translation>
    </message>
    <message>
        <source>Stop the session (in focus mode: leave focus mode first)</source>
        <translation>Die Einheit stoppen (im Fokusmodus: erst den Fokusmodus verlassen)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change to the routine</source>
        <translation>Die letzte Änderung an der Routine rückgängig machen</translation>
    </message>
    <message>
        <source>When to stop, and when to ask a professional first</source>
        <translation>Wann du aufhörst und wann du vorher eine Fachperson fragst</translation>
    </message>
    <message>
        <source>↺ Back</source>
        <translation>↺ Zurück</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Stopp</translation>
    </message>
    <message>
        <source>▲ Up</source>
        <translation>▲ Hoch</translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation>▼ Runter</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <source>A still hold of {seconds} s: the source article holds a tender spot for {low}–{high} s.</source>
        <translation>Still halten für {seconds} s: Im Quellartikel wird eine empfindliche Stelle {low}–{high} s lang gehalten.</translation>
    </message>
    <message>
        <source>Hold still on a spot in the upper or middle third, clear of the hollow behind the knee.</source>
        <translation>Halte auf einer Stelle im oberen oder mittleren Drittel still, mit Abstand zur Kniekehle.</translation>
    </message>
    <message>
        <source>Rolling in the lower third comes close to the hollow behind the knee (the hamstrings border it from above), where vessels and nerves lie close to the surface.</source>
        <translation>Rollen im unteren Drittel kommt der Kniekehle nahe (die hinteren Oberschenkelmuskeln begrenzen sie von oben), wo Blutgefäße und Nerven dicht unter der Haut liegen.</translation>
    </message>
    <message>
        <source>Set {number} of {technique} on {leg}: the studies used 1–{most} sets.</source>
        <translation>{number}. Satz {technique} für {leg}: In den Studien waren es 1–{most} Sätze.</translation>
    </message>
    <message>
        <source>each leg</source>
        <translation>jedes Bein</translation>
    </message>
    <message>
        <source>the left leg</source>
        <translation>das linke Bein</translation>
    </message>
    <message>
        <source>the right leg</source>
        <translation>das rechte Bein</translation>
    </message>
    <message>
        <source>{seconds} s is not one set of {low}–{high} s, the dose with the largest range-of-motion gain in the studies.</source>
        <translation>{seconds} s sind kein Satz von {low}–{high} s, der Dosis mit dem größten Zuwachs an Bewegungsumfang in den Studien.</translation>
    </message>
    <message>
        <source>{seconds} s per pass: in the studies each roll in one direction took {low}–{high} s.</source>
        <translation>{seconds} s pro Bahn: In den Studien dauerte jede Rollbewegung in eine Richtung {low}–{high} s.</translation>
    </message>
    <message>
        <source>{technique} presses deep, and the lower third runs down to the hollow behind the knee (the hamstrings border it from above), where vessels and nerves lie close to the surface.</source>
        <translation>{technique} drückt tief, und das untere Drittel reicht bis an die Kniekehle (die hinteren Oberschenkelmuskeln begrenzen sie von oben), wo Blutgefäße und Nerven dicht unter der Haut liegen.</translation>
    </message>
</context>
<context>
    <name>AnatomyDiagram</name>
    <message>
        <source>Hamstring diagram</source>
        <translation>Zeichnung der hinteren Oberschenkelmuskeln</translation>
    </message>
    <message>
        <source>Point at or click a muscle</source>
        <translation>Zeig auf einen Muskel oder klick ihn an</translation>
    </message>
</context>
<context>
    <name>AnatomyPanel</name>
    <message>
        <source>Click a muscle, or press Tab and the arrow keys to move between muscles and Enter to choose one, to see where it starts and ends, what it does and which techniques work on it.</source>
        <translation>Klick einen Muskel an, oder geh mit Tab und den Pfeiltasten von Muskel zu Muskel und wähle einen mit Enter: Dann siehst du, wo er beginnt und endet, was er tut und welche Techniken auf ihn wirken.</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Legs shown</source>
        <translation>Gezeigte Beine</translation>
    </message>
    <message>
        <source>Muscle details</source>
        <translation>Muskeldetails</translation>
    </message>
    <message>
        <source>Show labels on the diagram</source>
        <translation>Beschriftung in der Zeichnung zeigen</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>fibular head</source>
        <translation>Wadenbeinköpfchen</translation>
    </message>
    <message>
        <source>ischial tuberosity (sit bone)</source>
        <translation>Sitzbeinhöcker (Tuber ischiadicum)</translation>
    </message>
    <message>
        <source>medial tibial condyle</source>
        <translation>innerer Schienbeinkondylus</translation>
    </message>
    <message>
        <source>popliteal fossa: no pressure here</source>
        <translation>Kniekehle: hier kein Druck</translation>
    </message>
</context>
<context>
    <name>AnatomyWords</name>
    <message>
        <source>RIGHT leg ▶</source>
        <translation>RECHTS ▶</translation>
    </message>
    <message>
        <source>across the fibres</source>
        <translation>quer zu den Fasern</translation>
    </message>
    <message>
        <source>along the muscle</source>
        <translation>am Muskel entlang</translation>
    </message>
    <message>
        <source>from top to bottom</source>
        <translation>von oben nach unten</translation>
    </message>
    <message>
        <source>hold still on a tender spot</source>
        <translation>auf einer empfindlichen Stelle still halten</translation>
    </message>
    <message>
        <source>lower third</source>
        <translation>unteres Drittel</translation>
    </message>
    <message>
        <source>middle third</source>
        <translation>mittleres Drittel</translation>
    </message>
    <message>
        <source>press and release</source>
        <translation>drücken und lösen</translation>
    </message>
    <message>
        <source>upper third</source>
        <translation>oberes Drittel</translation>
    </message>
    <message>
        <source>upper two thirds</source>
        <translation>obere zwei Drittel</translation>
    </message>
    <message>
        <source>◀ LEFT leg</source>
        <translation>◀ LINKS</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source> backups</source>
        <translation> Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Back up my history after a session, once a day</source>
        <translation>Verlauf nach einer Einheit &amp;sichern, einmal am Tag</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>Die neuesten &amp;behalten:</translation>
    </message>
    <message>
        <source>Back Up &amp;Now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Ordner für Sicherungen</translation>
    </message>
    <message>
        <source>Backup folder (empty: the default folder)</source>
        <translation>Ordner für Sicherungen (leer: der Standardordner)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Ordner für Sicherungen wählen</translation>
    </message>
    <message>
        <source>History Backups</source>
        <translation>Sicherungen des Verlaufs</translation>
    </message>
    <message>
        <source>Last backup:</source>
        <translation>Letzte Sicherung:</translation>
    </message>
    <message>
        <source>Leave the folder empty for the default. A folder that is synced to another computer keeps a copy away from this one. To restore a backup, import it with File ▸ Import History…</source>
        <translation>Lass den Ordner leer, um den Standardordner zu nehmen. Ein Ordner, der mit einem anderen Computer abgeglichen wird, bewahrt eine Kopie außerhalb dieses Computers auf. Um eine Sicherung wiederherzustellen, importiere sie mit Datei ▸ Verlauf importieren…</translation>
    </message>
    <message>
        <source>Number of backups to keep</source>
        <translation>Wie viele Sicherungen behalten werden</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>%s, as a table</source>
        <translation>%s als Tabelle</translation>
    </message>
    <message>
        <source>Show %s as a table</source>
        <translation>%s als Tabelle zeigen</translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>Als Diagramm zeigen</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Als Tabelle zeigen</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>%1 leg, %2, %3: %4 of 10</source>
        <translation>Bein %1, %2, %3: %4 von 10</translation>
    </message>
    <message>
        <source>%1 minutes over %2 weeks.</source>
        <translation>%1 Minuten in %2 Wochen.</translation>
    </message>
    <message>
        <source>%1 of %2 weeks met your goal of %3 sessions a week.</source>
        <translation>In %1 von %2 Wochen hast du dein Ziel von %3 Einheiten pro Woche erreicht.</translation>
    </message>
    <message>
        <source>%1: %2 → %3 before sessions (7-day average).</source>
        <translation>%1: %2 → %3 vor den Einheiten (7-Tage-Mittel).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s)</source>
        <translation>
            <numerusform>%1: %n Einheit</numerusform>
            <numerusform>%1: %n Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 min</source>
        <translation>, %1 min</translation>
    </message>
    <message>
        <source>0–10</source>
        <translation>0–10</translation>
    </message>
    <message>
        <source>2–3 a week</source>
        <translation>2–3 pro Woche</translation>
    </message>
    <message>
        <source>3 or more sessions a day</source>
        <translation>3 oder mehr Einheiten am Tag</translation>
    </message>
    <message>
        <source>7-day average (dashed: after)</source>
        <translation>7-Tage-Mittel (gestrichelt: nachher)</translation>
    </message>
    <message>
        <source>7-day average after</source>
        <translation>7-Tage-Mittel nachher</translation>
    </message>
    <message>
        <source>7-day average before</source>
        <translation>7-Tage-Mittel vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Average after</source>
        <translation>Mittel nachher</translation>
    </message>
    <message>
        <source>Average before</source>
        <translation>Mittel vorher</translation>
    </message>
    <message>
        <source>Average tightness</source>
        <translation>Mittlere Verspannung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Day by day, %1 to %2</source>
        <translation>Tag für Tag, %1 bis %2</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>Left against right</source>
        <translation>Links gegen rechts</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <source>Left leg %1 min, right leg %2 min.</source>
        <translation>Linkes Bein %1 min, rechtes Bein %2 min.</translation>
    </message>
    <message>
        <source>Left leg after: %1</source>
        <translation>Linkes Bein nachher: %1</translation>
    </message>
    <message>
        <source>Left leg before: %1</source>
        <translation>Linkes Bein vorher: %1</translation>
    </message>
    <message>
        <source>Left leg: %1 min</source>
        <translation>Linkes Bein: %1 min</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Bein</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minuten pro Woche</translation>
    </message>
    <message>
        <source>Not enough ratings yet for a trend.</source>
        <translation>Noch zu wenige Bewertungen für einen Trend.</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <source>Right leg after: %1</source>
        <translation>Rechtes Bein nachher: %1</translation>
    </message>
    <message>
        <source>Right leg before: %1</source>
        <translation>Rechtes Bein vorher: %1</translation>
    </message>
    <message>
        <source>Right leg: %1 min</source>
        <translation>Rechtes Bein: %1 min</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Sessions on %1 of the last %2 days.</source>
        <translation>Einheiten an %1 der letzten %2 Tage.</translation>
    </message>
    <message>
        <source>Sessions on %1 of these %2 days.</source>
        <translation>Einheiten an %1 dieser %2 Tage.</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Einheiten pro Woche</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>Die letzten 12 Monate</translation>
    </message>
    <message>
        <source>Tightness before and after</source>
        <translation>Verspannung vorher und nachher</translation>
    </message>
    <message>
        <source>Tightness before sessions: left %1, right %2.</source>
        <translation>Verspannung vor den Einheiten: links %1, rechts %2.</translation>
    </message>
    <message>
        <source>Time per leg</source>
        <translation>Zeit pro Bein</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Week of %1: %2 min</source>
        <translation>Woche ab %1: %2 min</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %n session(s)</source>
        <translation>
            <numerusform>Woche ab %1: %n Einheit</numerusform>
            <numerusform>Woche ab %1: %n Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a date format (Qt&apos;s QDate codes): day and short month name</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a date format (Qt&apos;s QDate codes): day, short month name and year</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>left, after</source>
        <translation>links, nachher</translation>
    </message>
    <message>
        <source>left, before</source>
        <translation>links, vorher</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>minutes of work</source>
        <translation>Minuten Arbeit</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>right, after</source>
        <translation>rechts, nachher</translation>
    </message>
    <message>
        <source>right, before</source>
        <translation>rechts, vorher</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>tightness, 0–10</source>
        <translation>Verspannung, 0–10</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message numerus="yes">
        <source>your goal: %n a week</source>
        <translation>
            <numerusform>dein Ziel: %n pro Woche</numerusform>
            <numerusform>dein Ziel: %n pro Woche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckOutPage</name>
    <message>
        <source>Active time: %s</source>
        <translation>Aktive Zeit: %s</translation>
    </message>
    <message>
        <source>How tight now?</source>
        <translation>Wie verspannt jetzt?</translation>
    </message>
    <message>
        <source>L&amp;eft</source>
        <translation>Li&amp;nks</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation>Notizen (optional)</translation>
    </message>
    <message>
        <source>R&amp;ight</source>
        <translation>Re&amp;chts</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save and finish</source>
        <translation>Speichern und fertig</translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation>Einheit geschafft</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Einheit gestoppt</translation>
    </message>
    <message>
        <source>Stopped for pain</source>
        <translation>Wegen Schmerzen gestoppt</translation>
    </message>
    <message>
        <source>Tightness after, left leg</source>
        <translation>Verspannung nachher, linkes Bein</translation>
    </message>
    <message>
        <source>Tightness after, right leg</source>
        <translation>Verspannung nachher, rechtes Bein</translation>
    </message>
</context>
<context>
    <name>ContentDialog</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ContentPages</name>
    <message>
        <source>Actions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Before and during every session</source>
        <translation>Vor und während jeder Einheit</translation>
    </message>
    <message>
        <source>Common problems</source>
        <translation>Häufige Probleme</translation>
    </message>
    <message>
        <source>Hamstring massage guide</source>
        <translation>Ratgeber: Massage der hinteren Oberschenkelmuskeln</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>So geht es</translation>
    </message>
    <message>
        <source>If it hurts:</source>
        <translation>Wenn es wehtut:</translation>
    </message>
    <message>
        <source>Insertion</source>
        <translation>Ansatz</translation>
    </message>
    <message>
        <source>Nerve</source>
        <translation>Nerv</translation>
    </message>
    <message>
        <source>None in the library yet.</source>
        <translation>Noch keine in der Bibliothek.</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Lage</translation>
    </message>
    <message>
        <source>Questions people ask</source>
        <translation>Häufige Fragen</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Self-massage</source>
        <translation>Selbstmassage</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Techniques that work on it</source>
        <translation>Techniken für diesen Muskel</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Hilfsmittel</translation>
    </message>
    <message>
        <source>When to massage</source>
        <translation>Wann massieren</translation>
    </message>
    <message>
        <source>Why massage them</source>
        <translation>Warum massieren</translation>
    </message>
    <message>
        <source>With a partner</source>
        <translation>Zu zweit</translation>
    </message>
    <message>
        <source>Works on</source>
        <translation>Wirkt auf</translation>
    </message>
    <message>
        <source>{length} per leg</source>
        <translation>{length} pro Bein</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>No sound: the sound system could not be loaded (%s). Follow the screen.</source>
        <translation>Kein Ton: Das Soundsystem ließ sich nicht laden (%s). Folge dem Bildschirm.</translation>
    </message>
    <message>
        <source>Sound is not working (%s): visual cues only.</source>
        <translation>Der Ton funktioniert nicht (%s): nur Hinweise auf dem Bildschirm.</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
</context>
<context>
    <name>EditorInWindow</name>
    <message>
        <source>&apos;%1&apos;</source>
        <comment>a routine&apos;s name in quotes</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Finish the session first, then drop the routine file again.</source>
        <translation>Beende zuerst die Einheit und zieh die Routine-Datei dann noch einmal hierher.</translation>
    </message>
    <message>
        <source>Imported the routine &apos;%s&apos;.</source>
        <translation>Routine „%s“ importiert.</translation>
    </message>
    <message>
        <source>Not imported during a session: %s. Open it again when the session is over.</source>
        <translation>Während einer Einheit nicht importiert: %s. Öffne die Datei nach der Einheit noch einmal.</translation>
    </message>
    <message>
        <source>Replaced the routine &apos;%s&apos;.</source>
        <translation>Routine „%s“ ersetzt.</translation>
    </message>
    <message>
        <source>Unsaved changes to %1 were kept when the app last closed; the editor offers them back.</source>
        <translation>Ungespeicherte Änderungen an %1 wurden beim letzten Schließen der App aufbewahrt; der Editor bietet sie dir wieder an.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Zieldatei wählen</translation>
    </message>
    <message>
        <source>Dates are the days the sessions started on, both days included.</source>
        <translation>Es zählt der Tag, an dem eine Einheit begann; beide Tage sind eingeschlossen.</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Everything (JSON, can be imported again)</source>
        <translation>Alles (JSON, lässt sich wieder importieren)</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Zieldatei</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Only sessions &amp;from</source>
        <translation>Nur Einheiten &amp;vom</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Report for a physiotherapist (PDF)</source>
        <translation>Bericht für die Physiotherapie (PDF)</translation>
    </message>
    <message>
        <source>Sessions, one row each (CSV, for spreadsheets)</source>
        <translation>Einheiten, je eine Zeile (CSV, für Tabellen)</translation>
    </message>
    <message>
        <source>Steps, one row each (CSV, for spreadsheets)</source>
        <translation>Schritte, je eine Zeile (CSV, für Tabellen)</translation>
    </message>
</context>
<context>
    <name>FileProblems</name>
    <message>
        <source>&apos;{id}&apos; is already the id of your routine &apos;{name}&apos; ({file}): replace it (--replace in the command line), or give this one another id</source>
        <translation>„{id}“ ist schon die ID deiner Routine „{name}“ ({file}): Ersetze sie (--replace auf der Kommandozeile) oder gib dieser eine andere ID</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already used by the built-in routine &apos;{name}&apos;</source>
        <translation>„{id}“ ist schon die ID der eingebauten Routine „{name}“</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is already used by {file}</source>
        <translation>„{id}“ ist schon die ID in {file}</translation>
    </message>
    <message>
        <source>&apos;{id}&apos; is the id of the built-in routine &apos;{name}&apos;, which cannot be replaced: give your routine another id</source>
        <translation>„{id}“ ist die ID der eingebauten Routine „{name}“, die sich nicht ersetzen lässt: Gib deiner Routine eine andere ID</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;</source>
        <translation>„{text}“</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>ein Datum</translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation>ein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>eine Dezimalzahl</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a number is too long (more than {digits} digits)</source>
        <translation>eine Zahl ist zu lang (mehr als {digits} Ziffern)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <source>a time of day</source>
        <translation>eine Uhrzeit</translation>
    </message>
    <message>
        <source>a very large negative number</source>
        <translation>eine sehr große negative Zahl</translation>
    </message>
    <message>
        <source>a very large number</source>
        <translation>eine sehr große Zahl</translation>
    </message>
    <message>
        <source>a wait step (kind = &quot;wait&quot;) has no time: it lasts until you press Space or Next</source>
        <translation>ein Warte-Schritt (kind = &quot;wait&quot;) hat keine Zeit: Er dauert, bis du die Leertaste oder Weiter drückst</translation>
    </message>
    <message>
        <source>cannot be read ({reason}): your own routines were not loaded</source>
        <translation>lässt sich nicht lesen ({reason}): Deine eigenen Routinen wurden nicht geladen</translation>
    </message>
    <message>
        <source>cannot be read: the name is not valid</source>
        <translation>lässt sich nicht lesen: Der Name ist nicht gültig</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>lässt sich nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>ends too early: the file may have been cut short (saved, copied or downloaded only in part)</source>
        <translation>endet zu früh: die Datei wurde vielleicht nur zum Teil gespeichert, kopiert oder heruntergeladen</translation>
    </message>
    <message>
        <source>entry {position} must be non-empty text</source>
        <translation>Eintrag {position} muss ein Text sein, der nicht leer ist</translation>
    </message>
    <message>
        <source>is empty: there is nothing in it to read</source>
        <translation>ist leer: darin ist nichts zu lesen</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is not UTF-8 text: byte 0x{byte} cannot be read; save the file as UTF-8</source>
        <translation>ist kein UTF-8-Text: Das Byte 0x{byte} lässt sich nicht lesen; speichere die Datei als UTF-8</translation>
    </message>
    <message>
        <source>is not a folder: your own routines were not loaded</source>
        <translation>ist kein Ordner: Deine eigenen Routinen wurden nicht geladen</translation>
    </message>
    <message>
        <source>is not used by a {kind} step (kind = &quot;{kind}&quot;): remove it</source>
        <translation>gehört nicht in einen {kind}-Schritt (kind = &quot;{kind}&quot;): Entferne es</translation>
    </message>
    <message>
        <source>is too large (more than {limit})</source>
        <translation>ist zu groß (mehr als {limit})</translation>
    </message>
    <message>
        <source>is too large ({size}; at most {limit} is read)</source>
        <translation>ist zu groß ({size}; gelesen werden höchstens {limit})</translation>
    </message>
    <message>
        <source>is {kind}, not a file: it was not opened</source>
        <translation>ist {kind}, keine Datei, und wurde deshalb nicht geöffnet</translation>
    </message>
    <message>
        <source>lists or objects are nested too deeply to read</source>
        <translation>Listen oder Objekte sind zu tief verschachtelt, um sie zu lesen</translation>
    </message>
    <message>
        <source>lists or tables are nested too deeply to read</source>
        <translation>Listen oder Tabellen sind zu tief verschachtelt, um sie zu lesen</translation>
    </message>
    <message>
        <source>must be a [{key}] table</source>
        <translation>muss eine [{key}]-Tabelle sein</translation>
    </message>
    <message>
        <source>must be a list of [[{key}]] tables</source>
        <translation>muss eine Liste von [[{key}]]-Tabellen sein</translation>
    </message>
    <message>
        <source>must be a list of text, not {kind}</source>
        <translation>muss eine Liste von Texten sein, ist aber {kind}</translation>
    </message>
    <message>
        <source>must be a whole number, not {kind}</source>
        <translation>muss eine ganze Zahl sein, ist aber {kind}</translation>
    </message>
    <message>
        <source>must be at least {minimum}, not {value}</source>
        <translation>muss mindestens {minimum} sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be at most {limit} characters long</source>
        <translation>darf höchstens {limit} Zeichen lang sein</translation>
    </message>
    <message>
        <source>must be at most {maximum}, not {value}</source>
        <translation>darf höchstens {maximum} sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be text, not {kind}</source>
        <translation>muss Text sein, ist aber {kind}</translation>
    </message>
    <message>
        <source>must be true or false, not {kind}</source>
        <translation>muss true oder false sein, ist aber {kind}</translation>
    </message>
    <message>
        <source>must have at least one entry</source>
        <translation>braucht mindestens einen Eintrag</translation>
    </message>
    <message>
        <source>must list at least one entry</source>
        <translation>muss mindestens einen Eintrag haben</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>needs at least one technique step: rests and waits alone do nothing</source>
        <translation>braucht mindestens einen Technik-Schritt: Ruhepausen und Warten allein bewirken nichts</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>not valid JSON: {constant} is not a number JSON allows</source>
        <translation>kein gültiges JSON: {constant} ist keine Zahl, die JSON erlaubt</translation>
    </message>
    <message>
        <source>not valid JSON: {detail} (column {column})</source>
        <translation>kein gültiges JSON: {detail} (Spalte {column})</translation>
    </message>
    <message>
        <source>not valid TOML</source>
        <translation>kein gültiges TOML</translation>
    </message>
    <message>
        <source>not valid TOML: {detail}</source>
        <translation>kein gültiges TOML: {detail}</translation>
    </message>
    <message>
        <source>not valid TOML: {detail} (column {column})</source>
        <translation>kein gültiges TOML: {detail} (Spalte {column})</translation>
    </message>
    <message>
        <source>starts with a {encoding} byte-order mark but is not valid {encoding}; save it as UTF-8</source>
        <translation>beginnt mit der Byte-Order-Mark von {encoding}, ist aber kein gültiges {encoding}; speichere sie als UTF-8</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>ein Wahrheitswert (true/false)</translation>
    </message>
    <message>
        <source>unknown key; expected one of: {known}</source>
        <translation>unbekannter Schlüssel; erwartet wird einer von: {known}</translation>
    </message>
    <message>
        <source>unknown technique {value} (known: {known})</source>
        <translation>unbekannte Technik {value} (bekannt: {known})</translation>
    </message>
    <message>
        <source>unknown technique {value}; did you mean {suggestion}? (known: {known})</source>
        <translation>unbekannte Technik {value}; meintest du {suggestion}? (bekannt: {known})</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} Bytes</translation>
    </message>
    <message>
        <source>{problem}, at &quot;{excerpt}&quot;</source>
        <translation>{problem}, bei „{excerpt}“</translation>
    </message>
    <message>
        <source>{value} is not one of: {allowed}</source>
        <translation>{value} ist keiner dieser Werte: {allowed}</translation>
    </message>
    <message>
        <source>{value} must use only lowercase letters, digits and dashes</source>
        <translation>{value} darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message numerus="yes">
        <source>%n unfinished session(s) marked as interrupted.</source>
        <translation>
            <numerusform>%n nicht abgeschlossene Einheit als unterbrochen markiert.</numerusform>
            <numerusform>%n nicht abgeschlossene Einheiten als unterbrochen markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>History is not being saved: %s</source>
        <translation>Der Verlauf wird nicht gespeichert: %s</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Session saved to your history.</source>
        <translation>Einheit im Verlauf gespeichert.</translation>
    </message>
    <message>
        <source>Tightness of the left leg, before → after (0 loose, 10 very tight)</source>
        <translation>Verspannung des linken Beins, vorher → nachher (0 locker, 10 sehr verspannt)</translation>
    </message>
    <message>
        <source>Tightness of the right leg, before → after (0 loose, 10 very tight)</source>
        <translation>Verspannung des rechten Beins, vorher → nachher (0 locker, 10 sehr verspannt)</translation>
    </message>
    <message>
        <source>Your history file was damaged. It was moved to %1 and a new history was started with what could be read from it (sessions: %2, steps: %3).</source>
        <translation>Deine Verlaufsdatei war beschädigt. Sie wurde nach %1 verschoben, und ein neuer Verlauf wurde mit dem begonnen, was sich aus ihr lesen ließ (Einheiten: %2, Schritte: %3).</translation>
    </message>
    <message>
        <source>Your history will not be saved this session: %s</source>
        <translation>Dein Verlauf wird bis zum nächsten Start nicht gespeichert: %s</translation>
    </message>
</context>
<context>
    <name>HistoryDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source> a week</source>
        <translation> pro Woche</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) back.</source>
        <translation>
            <numerusform>%n Einheit wiederhergestellt.</numerusform>
            <numerusform>%n Einheiten wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) deleted. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n Einheit gelöscht. Rückgängig mit Strg+Z.</numerusform>
            <numerusform>%n Einheiten gelöscht. Rückgängig mit Strg+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy Summary</source>
        <translation>Zusammenfassung k&amp;opieren</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Left and right</source>
        <translation>&amp;Links und rechts</translation>
    </message>
    <message>
        <source>&amp;Weeks</source>
        <translation>&amp;Wochen</translation>
    </message>
    <message>
        <source>A notification on days when the week&apos;s goal is at risk</source>
        <translation>Eine Benachrichtigung an Tagen, an denen das Wochenziel in Gefahr ist</translation>
    </message>
    <message>
        <source>Cale&amp;ndar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Copy Summary</source>
        <translation>Zusammenfassung kopieren</translation>
    </message>
    <message>
        <source>Copy the summary as plain text (Ctrl+Shift+C)</source>
        <translation>Die Zusammenfassung als reinen Text kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Copy the summary of this period as text</source>
        <translation>Die Zusammenfassung dieses Zeitraums als Text kopieren</translation>
    </message>
    <message>
        <source>Delete Sessions</source>
        <translation>Einheiten löschen</translation>
    </message>
    <message>
        <source>Export Re&amp;port…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>Export the report for a physiotherapist as PDF</source>
        <translation>Den Bericht für die Physiotherapie als PDF exportieren</translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation>Notizen gespeichert.</translation>
    </message>
    <message>
        <source>Remin&amp;d me at</source>
        <translation>Er&amp;innere mich um</translation>
    </message>
    <message>
        <source>Remind me on days when the weekly goal is at risk</source>
        <translation>Erinnere mich an Tagen, an denen das Wochenziel in Gefahr ist</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>T&amp;ightness</source>
        <translation>&amp;Verspannung</translation>
    </message>
    <message>
        <source>The source article suggests 2 to 3 sessions a week.</source>
        <translation>Der Quellartikel schlägt 2 bis 3 Einheiten pro Woche vor.</translation>
    </message>
    <message>
        <source>The summary is on the clipboard.</source>
        <translation>Die Zusammenfassung ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Undo Delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>Weekly goal, sessions a week (2 to 3 suggested)</source>
        <translation>Wochenziel, Einheiten pro Woche (2 bis 3 vorgeschlagen)</translation>
    </message>
</context>
<context>
    <name>HistoryTransfers</name>
    <message>
        <source>Export History</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>%n Einheit nach %1 exportiert.</numerusform>
            <numerusform>%n Einheiten nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting your history…</source>
        <translation>Dein Verlauf wird exportiert…</translation>
    </message>
    <message>
        <source>History backed up to %s.</source>
        <translation>Verlauf gesichert in %s.</translation>
    </message>
    <message>
        <source>History files (*.json)</source>
        <translation>Verlaufsdateien (*.json)</translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>Verlauf importieren</translation>
    </message>
    <message>
        <source>Import History is not available during a session.</source>
        <translation>Während einer Einheit lässt sich kein Verlauf importieren.</translation>
    </message>
    <message>
        <source>Import cancelled: your history is unchanged.</source>
        <translation>Import abgebrochen: Dein Verlauf ist unverändert.</translation>
    </message>
    <message>
        <source>Importing %s…</source>
        <translation>%s wird importiert…</translation>
    </message>
    <message>
        <source>The export could not be made: %s</source>
        <translation>Der Export war nicht möglich: %s</translation>
    </message>
    <message>
        <source>The export could not be written: %s</source>
        <translation>Der Export ließ sich nicht schreiben: %s</translation>
    </message>
    <message>
        <source>The history backup failed: %s</source>
        <translation>Die Sicherung des Verlaufs ist fehlgeschlagen: %s</translation>
    </message>
    <message>
        <source>The import failed; your history is unchanged: %s</source>
        <translation>Der Import ist fehlgeschlagen; dein Verlauf ist unverändert: %s</translation>
    </message>
    <message>
        <source>This file cannot be imported; your history is unchanged.

%s</source>
        <translation>Diese Datei lässt sich nicht importieren; dein Verlauf ist unverändert.

%s</translation>
    </message>
    <message>
        <source>none yet in %s</source>
        <translation>noch keine in %s</translation>
    </message>
</context>
<context>
    <name>IdlePage</name>
    <message>
        <source>&amp;Left</source>
        <translation>&amp;Links</translation>
    </message>
    <message>
        <source>After exercise</source>
        <translation>Nach dem Training</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Before exercise</source>
        <translation>Vor dem Training</translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation>Routine wählen</translation>
    </message>
    <message>
        <source>How tight now? 0 = loose, 10 = very tight (optional):</source>
        <translation>Wie verspannt jetzt? 0 = locker, 10 = sehr verspannt (optional):</translation>
    </message>
    <message>
        <source>R&amp;ight</source>
        <translation>Re&amp;chts</translation>
    </message>
    <message>
        <source>Rest days</source>
        <translation>Ruhetage</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation>Routine starten</translation>
    </message>
    <message>
        <source>Start the routine (%s)</source>
        <translation>Die Routine starten (%s)</translation>
    </message>
    <message>
        <source>Tightness before, left leg</source>
        <translation>Verspannung vorher, linkes Bein</translation>
    </message>
    <message>
        <source>Tightness before, right leg</source>
        <translation>Verspannung vorher, rechtes Bein</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
    <message numerus="yes">
        <source>waits for you %n times</source>
        <translation>
            <numerusform>wartet %n-mal auf dich</numerusform>
            <numerusform>wartet %n-mal auf dich</numerusform>
        </translation>
    </message>
    <message>
        <source>waits for you once</source>
        <translation>wartet einmal auf dich</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>deine</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>%1 switches to %2 the next time you start it.</source>
        <translation>%1 wechselt beim nächsten Start zu %2.</translation>
    </message>
    <message>
        <source>Changes take effect at the next start</source>
        <translation>Änderungen gelten ab dem nächsten Start</translation>
    </message>
    <message>
        <source>Follow &amp;System (%s)</source>
        <translation>Wie das &amp;System (%s)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Until then it keeps its current language.</source>
        <translation>Bis dahin bleibt die jetzige Sprache.</translation>
    </message>
</context>
<context>
    <name>Legs</name>
    <message>
        <source>BOTH LEGS</source>
        <translation>BEIDE BEINE</translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation>Beide Beine</translation>
    </message>
    <message>
        <source>LEFT LEG</source>
        <translation>LINKES BEIN</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <source>RIGHT LEG</source>
        <translation>RECHTES BEIN</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <source>both legs</source>
        <translation>beide Beine</translation>
    </message>
    <message>
        <source>each leg</source>
        <translation>jedes Bein</translation>
    </message>
    <message>
        <source>left leg</source>
        <translation>linkes Bein</translation>
    </message>
    <message>
        <source>right leg</source>
        <translation>rechtes Bein</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Any tool</source>
        <translation>Jedes Hilfsmittel</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Choose a technique to see how to do it.</source>
        <translation>Wähle eine Technik, um zu sehen, wie sie geht.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <source>No technique matches these filters.</source>
        <translation>Keine Technik passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Search techniques</source>
        <translation>Techniken suchen</translation>
    </message>
    <message>
        <source>Search techniques, tools, muscles…</source>
        <translation>Techniken, Hilfsmittel, Muskeln suchen…</translation>
    </message>
    <message>
        <source>Self-massage</source>
        <translation>Selbstmassage</translation>
    </message>
    <message>
        <source>Technique details</source>
        <translation>Details der Technik</translation>
    </message>
    <message>
        <source>Techniques</source>
        <translation>Techniken</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Hilfsmittel</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Who does the massage</source>
        <translation>Wer massiert</translation>
    </message>
    <message>
        <source>With a partner</source>
        <translation>Zu zweit</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>zu zweit</translation>
    </message>
    <message>
        <source>self</source>
        <translation>selbst</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n routine file(s) were skipped: %1. They are unchanged on disk.</source>
        <translation>
            <numerusform>%n Routine-Datei wurde übersprungen: %1. Sie bleibt unverändert gespeichert.</numerusform>
            <numerusform>%n Routine-Dateien wurden übersprungen: %1. Sie bleiben unverändert gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routines</source>
        <translation>
            <numerusform>%n Routine</numerusform>
            <numerusform>%n Routinen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n techniques</source>
        <translation>
            <numerusform>%n Technik</numerusform>
            <numerusform>%n Techniken</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;About %s</source>
        <translation>&amp;Über %s</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Export History…</source>
        <translation>Verlauf &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Import History…</source>
        <translation>Verlauf &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Routinen</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>1 routine</source>
        <translation>1 Routine</translation>
    </message>
    <message>
        <source>1 technique</source>
        <translation>1 Technik</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%s %s&lt;/h3&gt;&lt;p&gt;Guided hamstring self-massage: routines, anatomy and history.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;&lt;p&gt;This app does not replace advice from a healthcare professional.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%s %s&lt;/h3&gt;&lt;p&gt;Angeleitete Selbstmassage der hinteren Oberschenkelmuskeln: Routinen, Anatomie und Verlauf.&lt;/p&gt;&lt;p&gt;Freie Software unter der GNU GPL, Version 3 oder später.&lt;/p&gt;&lt;p&gt;Diese App ersetzt keinen Rat von einer medizinischen Fachperson.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A PDF of your history for a physiotherapist</source>
        <translation>Ein PDF deines Verlaufs für die Physiotherapie</translation>
    </message>
    <message>
        <source>About %s</source>
        <translation>Über %s</translation>
    </message>
    <message>
        <source>Anatomy</source>
        <translation>Anatomie</translation>
    </message>
    <message>
        <source>Cannot create the folder %s: %s</source>
        <translation>Der Ordner %s lässt sich nicht anlegen: %s</translation>
    </message>
    <message>
        <source>Closing the window leaves the app in the tray, for reminders (not during a session)</source>
        <translation>Beim Schließen des Fensters bleibt die App im Infobereich, für Erinnerungen (nicht während einer Einheit)</translation>
    </message>
    <message>
        <source>Content summary</source>
        <translation>Inhalt im Überblick</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Beric&amp;ht exportieren…</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>Hamstring &amp;Guide</source>
        <translation>&amp;Ratgeber</translation>
    </message>
    <message>
        <source>Hamstring guide</source>
        <translation>Ratgeber</translation>
    </message>
    <message>
        <source>History &amp;Backups…</source>
        <translation>&amp;Sicherungen des Verlaufs…</translation>
    </message>
    <message>
        <source>Keep Running in the &amp;Tray</source>
        <translation>Im Infobereich &amp;weiterlaufen</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Open Routines &amp;Folder</source>
        <translation>&amp;Routinen-Ordner öffnen</translation>
    </message>
    <message>
        <source>Put your routine files in:
%s</source>
        <translation>Leg deine Routine-Dateien hier ab:
%s</translation>
    </message>
    <message>
        <source>Ready. Press F1 for safety advice.</source>
        <translation>Bereit. Drück F1 für Sicherheitshinweise.</translation>
    </message>
    <message>
        <source>Routine &amp;Problems…</source>
        <translation>&amp;Probleme mit Routinen…</translation>
    </message>
    <message>
        <source>Routine problems</source>
        <translation>Probleme mit Routinen</translation>
    </message>
    <message>
        <source>Routines folder</source>
        <translation>Routinen-Ordner</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Session running: %1 stops it for pain, %2 pauses and resumes.</source>
        <translation>Einheit läuft: %1 bricht bei Schmerzen ab, %2 pausiert und setzt fort.</translation>
    </message>
    <message>
        <source>Some routine files could not be loaded: see File ▸ Routine Problems.</source>
        <translation>Einige Routine-Dateien ließen sich nicht laden: siehe Datei ▸ Probleme mit Routinen.</translation>
    </message>
    <message>
        <source>The session was not started because a dialog is open: close it, then press Space.</source>
        <translation>Die Einheit wurde nicht gestartet, weil ein Dialog offen ist: Schließe ihn, dann drücke die Leertaste.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>The history is opening…</source>
        <translation>Der Verlauf wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>ProblemBox</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>file names, then how many files more</comment>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in all. The first %1, in line order:</source>
        <translation>
            <numerusform>%n Problem insgesamt. Die ersten %1, nach Zeilen geordnet:</numerusform>
            <numerusform>%n Probleme insgesamt. Die ersten %1, nach Zeilen geordnet:</numerusform>
        </translation>
    </message>
    <message>
        <source>Every problem</source>
        <translation>Alle Probleme</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more: the details list them all.</source>
        <translation>
            <numerusform>…und %n weiteres: die Details zeigen alle.</numerusform>
            <numerusform>…und %n weitere: die Details zeigen alle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>Diese Arbeitsoberfläche hat keinen Infobereich.</translation>
    </message>
    <message>
        <source>Your history could not be opened, so there is nothing to show here.</source>
        <translation>Dein Verlauf ließ sich nicht öffnen, deshalb gibt es hier nichts zu zeigen.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Get ready. First: {what}.</source>
        <translation>Mach dich bereit. Zuerst: {what}.</translation>
    </message>
    <message>
        <source>Get ready. Next: {what}.</source>
        <translation>Mach dich bereit. Als Nächstes: {what}.</translation>
    </message>
    <message>
        <source>Next: {what}.</source>
        <translation>Als Nächstes: {what}.</translation>
    </message>
    <message>
        <source>Press {key} when you are ready.</source>
        <translation>Drück {key}, wenn du bereit bist.</translation>
    </message>
    <message>
        <source>Rest for {length}.</source>
        <translation>Ruh dich {length} lang aus.</translation>
    </message>
    <message>
        <source>Session complete. Well done.</source>
        <translation>Einheit geschafft. Gut gemacht.</translation>
    </message>
    <message>
        <source>Switch to your {leg}.</source>
        <translation>Beinwechsel: {leg}.</translation>
    </message>
    <message>
        <source>Ten seconds left.</source>
        <translation>Noch zehn Sekunden.</translation>
    </message>
    <message>
        <source>Waiting for you.</source>
        <translation>Ich warte auf dich.</translation>
    </message>
    <message>
        <source>a rest of {length}</source>
        <translation>eine Ruhepause von {length}</translation>
    </message>
    <message>
        <source>wait for me</source>
        <translation>warten, bis du bereit bist</translation>
    </message>
    <message>
        <source>{name}, {leg}</source>
        <translation>{name}, {leg}</translation>
    </message>
    <message>
        <source>{name}, {leg}. {instruction}</source>
        <translation>{name}, {leg}. {instruction}</translation>
    </message>
</context>
<context>
    <name>PulseSamples</name>
    <message>
        <source>libpulse is not available</source>
        <translation>libpulse ist nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>QuitAfterSession</name>
    <message>
        <source>The safety check needs an answer before the first session, but this window is not on a screen. Read it in the app (Help ▸ Safety, F1), then run again with --safety-acknowledged.</source>
        <translation>Vor der ersten Sitzung braucht die Sicherheitsabfrage eine Antwort, aber dieses Fenster ist auf keinem Bildschirm. Lies sie in der App (Hilfe ▸ Sicherheit, F1) und starte dann erneut mit --safety-acknowledged.</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>lower third</source>
        <translation>unteres Drittel</translation>
    </message>
    <message>
        <source>middle third</source>
        <translation>mittleres Drittel</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>upper third</source>
        <translation>oberes Drittel</translation>
    </message>
    <message>
        <source>upper two thirds</source>
        <translation>obere zwei Drittel</translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message numerus="yes">
        <source>%n of your %1 sessions this week so far. A short routine today keeps you on track.</source>
        <translation>
            <numerusform>Diese Woche bisher %n von deinen %1 Einheiten. Eine kurze Routine heute hält dich auf Kurs.</numerusform>
            <numerusform>Diese Woche bisher %n von deinen %1 Einheiten. Eine kurze Routine heute hält dich auf Kurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time for your hamstrings</source>
        <translation>Zeit für deine hinteren Oberschenkel</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>%1 (plan not recorded)</source>
        <translation>%1 (Plan nicht gespeichert)</translation>
    </message>
    <message>
        <source>%1 / %2 begun</source>
        <translation>%1 / %2 begonnen</translation>
    </message>
    <message>
        <source>%1 / %2 for the steps begun</source>
        <translation>%1 / %2 für die begonnenen Schritte</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 begun</source>
        <translation>%1 von %2 begonnen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n week(s) met the goal.</source>
        <translation>
            <numerusform>In %1 von %n Woche wurde das Ziel erreicht.</numerusform>
            <numerusform>In %1 von %n Wochen wurde das Ziel erreicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 report</source>
        <translation>Bericht aus %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3 out of 10 before sessions (7-day average, first to last rating).</source>
        <translation>%1: %2 → %3 von 10 vor den Einheiten (7-Tage-Mittel, erste bis letzte Bewertung).</translation>
    </message>
    <message>
        <source>%1: not enough ratings for a trend.</source>
        <translation>%1: zu wenige Bewertungen für einen Trend.</translation>
    </message>
    <message>
        <source>%1: report for a physiotherapist</source>
        <translation>%1: Bericht für die Physiotherapie</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1 of work. Time per leg: left %2, right %3.</source>
        <translation>
            <numerusform>%n Einheit, %1 Arbeit. Zeit pro Bein: links %2, rechts %3.</numerusform>
            <numerusform>%n Einheiten, %1 Arbeit. Zeit pro Bein: links %2, rechts %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Begun: the steps a session reached. The history keeps each step as it ends, not the routine&apos;s whole plan, so the steps after a stop are in neither number. Minutes count the technique steps (no rests or waits).</source>
        <translation>Begonnen: die Schritte, die eine Einheit erreicht hat. Der Verlauf speichert jeden Schritt, wenn er endet, nicht den ganzen Plan der Routine; die Schritte nach einem Abbruch fehlen daher in beiden Zahlen. Minuten zählen die Technik-Schritte (ohne Ruhepausen und Warten).</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n session(s), %1 a week on average.</source>
        <translation>
            <numerusform>Erledigt: %n Einheit, im Schnitt %1 pro Woche.</numerusform>
            <numerusform>Erledigt: %n Einheiten, im Schnitt %1 pro Woche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Left and Right: how tight each leg was before → after the session (0 = loose, 10 = very tight; – not rated).</source>
        <translation>Links und Rechts: wie verspannt jedes Bein vor → nach der Einheit war (0 = locker, 10 = sehr verspannt; – nicht bewertet).</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Bein</translation>
    </message>
    <message>
        <source>Minutes: worked / planned</source>
        <translation>Minuten: gearbeitet / geplant</translation>
    </message>
    <message>
        <source>Minutes: worked / planned for the steps begun</source>
        <translation>Minuten: gearbeitet / vorgesehen für die begonnenen Schritte</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Keine in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Page %1 of %2 · made on %3 · not medical advice</source>
        <translation>Seite %1 von %2 · erstellt am %3 · keine medizinische Beratung</translation>
    </message>
    <message>
        <source>Pain stops</source>
        <translation>Abbrüche wegen Schmerzen</translation>
    </message>
    <message numerus="yes">
        <source>Period: %1 (%n week(s)).</source>
        <translation>
            <numerusform>Zeitraum: %1 (%n Woche).</numerusform>
            <numerusform>Zeitraum: %1 (%n Wochen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned: the routine&apos;s steps and minutes as they were when each session started, also those after a stop. Completed: the steps done in full, each step once. Minutes count the technique steps (no rests or waits).</source>
        <translation>Geplant: die Schritte und Minuten der Routine, wie sie beim Start der jeweiligen Einheit waren, auch die nach einem Abbruch. Abgeschlossen: die vollständig erledigten Schritte, jeder Schritt einmal. Minuten zählen die Technik-Schritte (ohne Ruhepausen und Warten).</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Sessions recorded before the app kept each session&apos;s plan are in the rows marked “plan not recorded”: for them only the steps they reached (begun) are known.</source>
        <translation>Einheiten, die gespeichert wurden, bevor die App den Plan jeder Einheit aufbewahrte, stehen in den Zeilen mit „Plan nicht gespeichert“: Von ihnen sind nur die erreichten (begonnenen) Schritte bekannt.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Steps count from 1, as the app shows them. The CSV and JSON exports count from 0: step 1 here is position 0 (pain_step 0) there.</source>
        <translation>Schritte zählen ab 1, wie die App sie zeigt. Die CSV- und JSON-Exporte zählen ab 0: Schritt 1 hier ist dort position 0 (pain_step 0).</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Erledigte Schritte</translation>
    </message>
    <message>
        <source>Steps: completed / begun</source>
        <translation>Schritte: abgeschlossen / begonnen</translation>
    </message>
    <message>
        <source>Steps: completed / planned</source>
        <translation>Schritte: abgeschlossen / geplant</translation>
    </message>
    <message>
        <source>Summary and adherence</source>
        <translation>Zusammenfassung und Therapietreue</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Tightness trend per leg</source>
        <translation>Verlauf der Verspannung je Bein</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message numerus="yes">
        <source>Your weekly goal, set in the app (not a prescription): %n session(s). The source guidance is 2 to 3 a week.</source>
        <translation>
            <numerusform>Dein Wochenziel, in der App selbst gesetzt (keine Verordnung): %n Einheit. Laut Quelle: 2 bis 3 pro Woche.</numerusform>
            <numerusform>Dein Wochenziel, in der App selbst gesetzt (keine Verordnung): %n Einheiten. Laut Quelle: 2 bis 3 pro Woche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>… (whole under Notes)</source>
        <comment>a long note, cut short in the table of sessions</comment>
        <translation>… (vollständig unter Notizen)</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message numerus="yes">
        <source>%n waits for you</source>
        <translation>
            <numerusform>wartet %n-mal auf dich</numerusform>
            <numerusform>wartet %n-mal auf dich</numerusform>
        </translation>
    </message>
    <message>
        <source>%s (mine)</source>
        <translation>%s (meine)</translation>
    </message>
    <message>
        <source>%s per leg (%s)</source>
        <translation>%s pro Bein (%s)</translation>
    </message>
    <message>
        <source>&apos;%s&apos; is already the id of the routine &apos;%s&apos;.</source>
        <translation>„%s“ ist schon die ID der Routine „%s“.</translation>
    </message>
    <message>
        <source>(%s)</source>
        <translation>(%s)</translation>
    </message>
    <message>
        <source>1 wait for you</source>
        <translation>wartet einmal auf dich</translation>
    </message>
    <message>
        <source>A routine needs a name.</source>
        <translation>Eine Routine braucht einen Namen.</translation>
    </message>
    <message>
        <source>A routine needs an id, such as my-evening.</source>
        <translation>Eine Routine braucht eine ID, etwa mein-abend.</translation>
    </message>
    <message>
        <source>Add %s</source>
        <translation>%s hinzufügen</translation>
    </message>
    <message>
        <source>Add a step: a routine needs at least one.</source>
        <translation>Füge einen Schritt hinzu: Eine Routine braucht mindestens einen.</translation>
    </message>
    <message>
        <source>Add a technique step: rests and waits alone do nothing.</source>
        <translation>Füge einen Technik-Schritt hinzu: Ruhepausen und Warten allein bewirken nichts.</translation>
    </message>
    <message>
        <source>An id has at most %d characters.</source>
        <translation>Eine ID hat höchstens %d Zeichen.</translation>
    </message>
    <message>
        <source>Changes kept from last time</source>
        <translation>Aufbewahrte Änderungen vom letzten Mal</translation>
    </message>
    <message>
        <source>Choose a technique from the library.</source>
        <translation>Wähle eine Technik aus der Bibliothek.</translation>
    </message>
    <message>
        <source>Could not delete %s: %s</source>
        <translation>%s ließ sich nicht löschen: %s</translation>
    </message>
    <message>
        <source>Could not save the routine: %s</source>
        <translation>Die Routine ließ sich nicht speichern: %s</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Routine löschen</translation>
    </message>
    <message>
        <source>Delete your routine &apos;%s&apos;?

Its file is moved to the trash. Sessions you did with it stay in your history.</source>
        <translation>Deine Routine „%s“ löschen?

Ihre Datei kommt in den Papierkorb. Einheiten, die du mit ihr gemacht hast, bleiben in deinem Verlauf.</translation>
    </message>
    <message>
        <source>Deleted the routine &apos;%s&apos;.</source>
        <translation>Routine „%s“ gelöscht.</translation>
    </message>
    <message>
        <source>Duplicate routine</source>
        <translation>Routine duplizieren</translation>
    </message>
    <message>
        <source>Its file cannot be read again (%s): comments in it may not be kept.</source>
        <translation>Ihre Datei lässt sich nicht erneut lesen (%s): Kommentare darin bleiben vielleicht nicht erhalten.</translation>
    </message>
    <message>
        <source>Made the routine &apos;%s&apos;.</source>
        <translation>Routine „%s“ angelegt.</translation>
    </message>
    <message>
        <source>Move a step</source>
        <translation>Schritt verschieben</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>Meine Routine</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <source>No step chosen</source>
        <translation>Kein Schritt gewählt</translation>
    </message>
    <message>
        <source>Not saved: %s</source>
        <translation>Nicht gespeichert: %s</translation>
    </message>
    <message>
        <source>Remove a step</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <source>Restore kept changes</source>
        <translation>Aufbewahrte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>Restored the changes kept from last time. Save them to keep them.</source>
        <translation>Die aufbewahrten Änderungen vom letzten Mal sind wiederhergestellt. Speichere sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Saved the routine &apos;%s&apos;.</source>
        <translation>Routine „%s“ gespeichert.</translation>
    </message>
    <message>
        <source>Saved to %s</source>
        <translation>Gespeichert in %s</translation>
    </message>
    <message>
        <source>Step %d of %d</source>
        <translation>Schritt %d von %d</translation>
    </message>
    <message>
        <source>The kept changes could not be read, so they stay where they are: %s</source>
        <translation>Die aufbewahrten Änderungen ließen sich nicht lesen und bleiben deshalb, wo sie sind: %s</translation>
    </message>
    <message>
        <source>The routine &apos;%s&apos; has changes that are not saved. Save them?</source>
        <translation>Die Routine „%s“ hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Total %s</source>
        <translation>Gesamt %s</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Use only lowercase letters, digits and single dashes between them, such as my-evening.</source>
        <translation>Nimm nur Kleinbuchstaben, Ziffern und einzelne Bindestriche dazwischen, etwa mein-abend.</translation>
    </message>
    <message>
        <source>When the app last closed without asking (at a log-out, for example), the routine &apos;%1&apos; had changes that were not saved. They were kept in %2.

Restore them now? Yes puts them in the editor (Undo takes them back; nothing is saved until you save). Discard deletes them. Cancel decides later.</source>
        <translation>Als die App zuletzt ohne Nachfrage geschlossen wurde (zum Beispiel beim Abmelden), hatte die Routine „%1“ ungespeicherte Änderungen. Sie wurden in %2 aufbewahrt.

Jetzt wiederherstellen? Ja holt sie in den Editor (Rückgängig nimmt sie wieder heraus; gespeichert wird erst, wenn du speicherst). Verwerfen löscht sie. Abbrechen entscheidet später.</translation>
    </message>
    <message>
        <source>both legs %s</source>
        <translation>beide Beine %s</translation>
    </message>
    <message>
        <source>full length</source>
        <translation>ganze Länge</translation>
    </message>
    <message>
        <source>left leg %s</source>
        <translation>linkes Bein %s</translation>
    </message>
    <message>
        <source>lower third</source>
        <translation>unteres Drittel</translation>
    </message>
    <message>
        <source>middle third</source>
        <translation>mittleres Drittel</translation>
    </message>
    <message>
        <source>rests %s</source>
        <translation>Ruhepausen %s</translation>
    </message>
    <message>
        <source>right leg %s</source>
        <translation>rechtes Bein %s</translation>
    </message>
    <message>
        <source>still hold</source>
        <translation>still halten</translation>
    </message>
    <message>
        <source>upper third</source>
        <translation>oberes Drittel</translation>
    </message>
</context>
<context>
    <name>RoutineFiles</name>
    <message>
        <source>%s: %s</source>
        <translation>%s: %s</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>Routine exportieren</translation>
    </message>
    <message>
        <source>Exported &apos;%s&apos; to %s.</source>
        <translation>„%s“ nach %s exportiert.</translation>
    </message>
    <message>
        <source>Import routine</source>
        <translation>Routine importieren</translation>
    </message>
    <message>
        <source>It could not be saved in your routines folder (%s).</source>
        <translation>Sie ließ sich nicht in deinem Routinen-Ordner speichern (%s).</translation>
    </message>
    <message>
        <source>Notes on its steps (line: key: note):</source>
        <translation>Hinweise zu seinen Schritten (Zeile: Schlüssel: Hinweis):</translation>
    </message>
    <message>
        <source>Nothing was imported from %s.</source>
        <translation>Aus %s wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Replace routine?</source>
        <translation>Routine ersetzen?</translation>
    </message>
    <message>
        <source>Routine files (*.toml)</source>
        <translation>Routine-Dateien (*.toml)</translation>
    </message>
    <message>
        <source>Routine files (*.toml);;All files (*)</source>
        <translation>Routine-Dateien (*.toml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Routine imported</source>
        <translation>Routine importiert</translation>
    </message>
    <message>
        <source>Routine not exported</source>
        <translation>Routine nicht exportiert</translation>
    </message>
    <message>
        <source>Routine not imported</source>
        <translation>Routine nicht importiert</translation>
    </message>
    <message>
        <source>The routine was not exported.</source>
        <translation>Die Routine wurde nicht exportiert.</translation>
    </message>
    <message>
        <source>You already have a routine with the id &apos;%s&apos;: &apos;%s&apos;. Replace it with the one in %s?</source>
        <translation>Du hast schon eine Routine mit der ID „%s“: „%s“. Durch die aus %s ersetzen?</translation>
    </message>
</context>
<context>
    <name>RoutineForm</name>
    <message>
        <source>&amp;Description</source>
        <translation>Beschreibun&amp;g</translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation>&amp;ID</translation>
    </message>
    <message>
        <source>After exercise</source>
        <translation>Nach dem Training</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Before exercise</source>
        <translation>Vor dem Training</translation>
    </message>
    <message>
        <source>Change the id</source>
        <translation>ID ändern</translation>
    </message>
    <message>
        <source>Change what it is for</source>
        <translation>Zeitpunkt ändern</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Edit the description</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
    <message>
        <source>F&amp;or</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>Names the file and starts the routine from the command line (--routine ID)</source>
        <translation>Gibt der Datei ihren Namen und startet die Routine von der Befehlszeile (--routine ID)</translation>
    </message>
    <message>
        <source>Optional: a sentence shown under the name</source>
        <translation>Freiwillig: ein Satz, der unter dem Namen steht</translation>
    </message>
    <message>
        <source>Rename the routine</source>
        <translation>Routine umbenennen</translation>
    </message>
    <message>
        <source>Rest days</source>
        <translation>Ruhetage</translation>
    </message>
    <message>
        <source>Routine id</source>
        <translation>ID der Routine</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Name der Routine</translation>
    </message>
    <message>
        <source>When the routine is for</source>
        <translation>Wofür die Routine gedacht ist</translation>
    </message>
</context>
<context>
    <name>RoutineHeader</name>
    <message>
        <source>  (none yet: New… or Duplicate…)</source>
        <translation>  (noch keine: Neu… oder Duplizieren…)</translation>
    </message>
    <message>
        <source>Built-in routines</source>
        <translation>Eingebaute Routinen</translation>
    </message>
    <message>
        <source>Built-in routines cannot be changed. Duplicate this one to make it your own.</source>
        <translation>Eingebaute Routinen lassen sich nicht ändern. Dupliziere diese, um eine eigene daraus zu machen.</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>Du&amp;plizieren…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Routine löschen</translation>
    </message>
    <message>
        <source>Duplicate routine</source>
        <translation>Routine duplizieren</translation>
    </message>
    <message>
        <source>Duplicate to &amp;edit</source>
        <translation>Zum Bearbeiten dupli&amp;zieren</translation>
    </message>
    <message>
        <source>Duplicate to edit</source>
        <translation>Zum Bearbeiten duplizieren</translation>
    </message>
    <message>
        <source>Ne&amp;w…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neue Routine</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>Routine umbenennen</translation>
    </message>
    <message>
        <source>Rou&amp;tine</source>
        <translation>R&amp;outine</translation>
    </message>
    <message>
        <source>Routine to edit</source>
        <translation>Zu bearbeitende Routine</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routinen</translation>
    </message>
    <message>
        <source>Your routines</source>
        <translation>Deine Routinen</translation>
    </message>
</context>
<context>
    <name>SafetyCheckDialog</name>
    <message>
        <source>Before you start</source>
        <translation>Bevor du beginnst</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>I &amp;understand, start</source>
        <translation>&amp;Verstanden, los</translation>
    </message>
    <message>
        <source>I have an &amp;injury in my hamstrings or knees</source>
        <translation>Ich habe eine Verletzung an den hinteren Oberschenkeln oder &amp;Knien</translation>
    </message>
    <message>
        <source>I have an injury</source>
        <translation>Ich habe eine Verletzung</translation>
    </message>
    <message>
        <source>I understand, start</source>
        <translation>Verstanden, los</translation>
    </message>
    <message>
        <source>Safety check</source>
        <translation>Sicherheitshinweise</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>No sound: the sound system could not be loaded (%s). Follow the screen.</source>
        <translation>Kein Ton: Das Soundsystem ließ sich nicht laden (%s). Folge dem Bildschirm.</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep or busy. Press Space to carry on.</source>
        <translation>Pausiert: Der Computer war im Ruhezustand oder ausgelastet. Drück die Leertaste, um weiterzumachen.</translation>
    </message>
    <message>
        <source>This session will not be saved: %s</source>
        <translation>Diese Einheit wird nicht gespeichert: %s</translation>
    </message>
</context>
<context>
    <name>SessionDetail</name>
    <message>
        <source> (cut short)</source>
        <translation> (verkürzt)</translation>
    </message>
    <message>
        <source>Choose a session to see its steps.</source>
        <translation>Wähle eine Einheit, um ihre Schritte zu sehen.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Interrupted (a crash or a power cut): the last step saved is step %1 of %2.</source>
        <translation>Unterbrochen (Absturz oder Stromausfall): Der letzte gespeicherte Schritt ist Schritt %1 von %2.</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Bein</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Notes of the session</source>
        <translation>Notizen zur Einheit</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Planned, not reached: the session ended before this step</source>
        <translation>Geplant, nicht erreicht: Die Einheit endete vor diesem Schritt</translation>
    </message>
    <message>
        <source>Save N&amp;otes</source>
        <translation>Notizen s&amp;peichern</translation>
    </message>
    <message>
        <source>Save the notes</source>
        <translation>Notizen speichern</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Steps completed: %1 of %2 begun. This session was saved before the app kept each session&apos;s plan.</source>
        <translation>Schritte abgeschlossen: %1 von %2 begonnenen. Diese Einheit wurde gespeichert, bevor die App den Plan jeder Einheit aufbewahrte.</translation>
    </message>
    <message>
        <source>Steps completed: %1 of %2 planned · Massage time: %3 of %4 planned</source>
        <translation>Schritte abgeschlossen: %1 von %2 geplanten · Massagezeit: %3 von %4 geplant</translation>
    </message>
    <message>
        <source>Steps of the session</source>
        <translation>Schritte der Einheit</translation>
    </message>
    <message>
        <source>Stopped at step %1 of %2.</source>
        <translation>Bei Schritt %1 von %2 gestoppt.</translation>
    </message>
    <message>
        <source>Stopped before the first step.</source>
        <translation>Vor dem ersten Schritt gestoppt.</translation>
    </message>
    <message>
        <source>Stopped for pain here</source>
        <translation>Hier wegen Schmerzen gestoppt</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Tightness before → after: left %1, right %2</source>
        <translation>Verspannung vorher → nachher: links %1, rechts %2</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>⚠ Stopped for pain at step %1 of %2: %3, %4, %5.</source>
        <translation>⚠ Bei Schritt %1 von %2 wegen Schmerzen gestoppt: %3, %4, %5.</translation>
    </message>
    <message>
        <source>⚠ Stopped for pain at step %1 of %2: %3.</source>
        <translation>⚠ Bei Schritt %1 von %2 wegen Schmerzen gestoppt: %3.</translation>
    </message>
    <message>
        <source>⚠ Stopped for pain at step %1: %2, %3, %4.</source>
        <translation>⚠ Bei Schritt %1 wegen Schmerzen gestoppt: %2, %3, %4.</translation>
    </message>
    <message>
        <source>⚠ Stopped for pain at step %1: %2.</source>
        <translation>⚠ Bei Schritt %1 wegen Schmerzen gestoppt: %2.</translation>
    </message>
</context>
<context>
    <name>SessionFilters</name>
    <message>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Any routine</source>
        <translation>Jede Routine</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>Vo&amp;m</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Only sessions between two dates</source>
        <translation>Nur Einheiten zwischen zwei Daten</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Search notes…</source>
        <translation>Notizen durchsuchen…</translation>
    </message>
    <message>
        <source>Search the notes</source>
        <translation>Die Notizen durchsuchen</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Coming up: %s</source>
        <translation>Gleich: %s</translation>
    </message>
    <message>
        <source>GET READY</source>
        <translation>BEREIT MACHEN</translation>
    </message>
    <message>
        <source>I am ready: carry on</source>
        <translation>Ich bin bereit: weiter</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Letzter Schritt</translation>
    </message>
    <message>
        <source>NEXT UP</source>
        <translation>GLEICH</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next: %s</source>
        <translation>Danach: %s</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Press %s when you are ready</source>
        <translation>Drück %s, wenn du bereit bist</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>RUHEPAUSE</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Rest: let your legs relax.</source>
        <translation>Ruhepause: Lass deine Beine locker.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation>Fortschritt der Routine</translation>
    </message>
    <message>
        <source>SWITCH LEGS</source>
        <translation>BEINWECHSEL</translation>
    </message>
    <message>
        <source>Step {number} of {count} · {left} left</source>
        <translation>Schritt {number} von {count} · noch {left}</translation>
    </message>
    <message>
        <source>Take your time to get into position, or for your partner to set up.</source>
        <translation>Nimm dir Zeit, um in Position zu kommen oder bis dein Gegenüber bereit ist.</translation>
    </message>
    <message>
        <source>Tool: %s</source>
        <translation>Hilfsmittel: %s</translation>
    </message>
    <message>
        <source>Tools: %s</source>
        <translation>Hilfsmittel: %s</translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation>WARTEN</translation>
    </message>
    <message>
        <source>WHEN READY</source>
        <translation>WENN BEREIT</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>%s is already the key for “%s”. Choose another key, or change that one first.</source>
        <translation>%s ist schon die Taste für „%s“. Wähle eine andere Taste oder ändere zuerst diese.</translation>
    </message>
    <message>
        <source>&amp;Add Key</source>
        <translation>Taste &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Default Keys</source>
        <translation>&amp;Standardtasten</translation>
    </message>
    <message>
        <source>&amp;Remove Keys</source>
        <translation>Tasten &amp;entfernen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Actions and their keys</source>
        <translation>Aktionen und ihre Tasten</translation>
    </message>
    <message>
        <source>Add the new key to the chosen action</source>
        <translation>Die neue Taste der gewählten Aktion hinzufügen</translation>
    </message>
    <message>
        <source>Give every action its default keys</source>
        <translation>Allen Aktionen ihre Standardtasten geben</translation>
    </message>
    <message>
        <source>Give the chosen action its default keys</source>
        <translation>Der gewählten Aktion ihre Standardtasten geben</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Make the new key the chosen action&apos;s only key</source>
        <translation>Die neue Taste zur einzigen Taste der gewählten Aktion machen</translation>
    </message>
    <message>
        <source>New &amp;key for “%s”:</source>
        <translation>Neue &amp;Taste für „%s“:</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Neue Taste</translation>
    </message>
    <message>
        <source>Pain: stop now always keeps a key. Use Replace Keys to change it.</source>
        <translation>„Schmerz: sofort stoppen“ behält immer eine Taste. Ändere sie mit „Tasten ersetzen“.</translation>
    </message>
    <message>
        <source>Press a key in the key field first.</source>
        <translation>Drück zuerst eine Taste im Tastenfeld.</translation>
    </message>
    <message numerus="yes">
        <source>Put every action back to its default keys? The keys you changed for %n action(s) are lost.</source>
        <translation>
            <numerusform>Alle Aktionen wieder auf ihre Standardtasten setzen? Die Tasten, die du für %n Aktion geändert hast, gehen verloren.</numerusform>
            <numerusform>Alle Aktionen wieder auf ihre Standardtasten setzen? Die Tasten, die du für %n Aktionen geändert hast, gehen verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;place Keys</source>
        <translation>Tasten e&amp;rsetzen</translation>
    </message>
    <message>
        <source>Re&amp;store All Defaults</source>
        <translation>&amp;Alle Standards wiederherstellen</translation>
    </message>
    <message>
        <source>Remove the chosen action&apos;s keys</source>
        <translation>Die Tasten der gewählten Aktion entfernen</translation>
    </message>
    <message>
        <source>Restore all default keys</source>
        <translation>Alle Standardtasten wiederherstellen</translation>
    </message>
    <message>
        <source>also %s</source>
        <translation>auch %s</translation>
    </message>
</context>
<context>
    <name>SoundControls</name>
    <message>
        <source> s/pass</source>
        <translation> s/Bahn</translation>
    </message>
    <message>
        <source>Cue volume</source>
        <translation>Lautstärke der Signale</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Muted for this run: the app was started with --mute</source>
        <translation>Für diesen Lauf stumm: Die App wurde mit --mute gestartet</translation>
    </message>
    <message>
        <source>Pacing tick</source>
        <translation>Takt</translation>
    </message>
    <message>
        <source>Pacing tick: one slow roll every 2 to 4 seconds (next session)</source>
        <translation>Takt: eine langsame Bahn alle 2 bis 4 Sekunden (ab der nächsten Einheit)</translation>
    </message>
    <message>
        <source>Seconds per rolling pass</source>
        <translation>Sekunden pro Bahn beim Rollen</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot create the folder %s: %s</source>
        <translation>Der Ordner %s lässt sich nicht anlegen: %s</translation>
    </message>
    <message>
        <source>The app&apos;s built-in content is damaged:
%s</source>
        <translation>Die eingebauten Inhalte der App sind beschädigt:
%s</translation>
    </message>
    <message>
        <source>There is no muscle &apos;%s&apos;. Known muscles: %s</source>
        <translation>Es gibt keinen Muskel „%s“. Bekannte Muskeln: %s</translation>
    </message>
    <message>
        <source>There is no routine &apos;%s&apos;. Known routines: %s</source>
        <translation>Es gibt keine Routine „%s“. Bekannte Routinen: %s</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> s on each leg</source>
        <translation> s pro Bein</translation>
    </message>
    <message>
        <source> s per pass</source>
        <translation> s pro Bahn</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Ar&amp;t</translation>
    </message>
    <message>
        <source>&amp;Zone</source>
        <translation>&amp;Bereich</translation>
    </message>
    <message>
        <source>A still hold on a tender spot</source>
        <translation>Auf einer empfindlichen Stelle still halten</translation>
    </message>
    <message>
        <source>Both legs at once</source>
        <translation>Beide Beine zugleich</translation>
    </message>
    <message>
        <source>Change the hold</source>
        <translation>Halten ändern</translation>
    </message>
    <message>
        <source>Change the kind of step</source>
        <translation>Art des Schritts ändern</translation>
    </message>
    <message>
        <source>Change the pace</source>
        <translation>Tempo ändern</translation>
    </message>
    <message>
        <source>Change the side</source>
        <translation>Seite ändern</translation>
    </message>
    <message>
        <source>Change the technique</source>
        <translation>Technik ändern</translation>
    </message>
    <message>
        <source>Change the time</source>
        <translation>Zeit ändern</translation>
    </message>
    <message>
        <source>Change the zone</source>
        <translation>Bereich ändern</translation>
    </message>
    <message>
        <source>Each leg: left, then right</source>
        <translation>Jedes Bein: erst links, dann rechts</translation>
    </message>
    <message>
        <source>Edit the instruction</source>
        <translation>Anleitung bearbeiten</translation>
    </message>
    <message>
        <source>Full length (upper two thirds)</source>
        <translation>Ganze Länge (obere zwei Drittel)</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Kind of step</source>
        <translation>Art des Schritts</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
    <message>
        <source>Lower third</source>
        <translation>Unteres Drittel</translation>
    </message>
    <message>
        <source>Middle third</source>
        <translation>Mittleres Drittel</translation>
    </message>
    <message>
        <source>No pacing tick</source>
        <translation>Kein Takt</translation>
    </message>
    <message>
        <source>Optional: what to do while resting</source>
        <translation>Freiwillig: was du in der Ruhepause tust</translation>
    </message>
    <message>
        <source>Optional: what to get ready (e.g. lie on your front)</source>
        <translation>Freiwillig: was du vorbereitest (z. B. auf den Bauch legen)</translation>
    </message>
    <message>
        <source>Pacing tick</source>
        <translation>Takt</translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <source>Seconds per rolling pass</source>
        <translation>Sekunden pro Bahn beim Rollen</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Still hold</source>
        <translation>Still halten</translation>
    </message>
    <message>
        <source>Te&amp;chnique</source>
        <translation>Te&amp;chnik</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>The technique&apos;s own: %d s per pass</source>
        <translation>Wie die Technik: %d s pro Bahn</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Time in seconds</source>
        <translation>Zeit in Sekunden</translation>
    </message>
    <message>
        <source>Upper third</source>
        <translation>Oberes Drittel</translation>
    </message>
    <message>
        <source>Zone of the thigh</source>
        <translation>Bereich des Oberschenkels</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Rest</source>
        <translation>Ruhepause</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Wait for me</source>
        <translation>Warte auf mich</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <source>&amp;Add step</source>
        <translation>Hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Add a technique, a rest or a wait after the selected step</source>
        <translation>Eine Technik, eine Ruhepause oder ein Warten nach dem gewählten Schritt einfügen</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Ruhepause</translation>
    </message>
    <message>
        <source>Ste&amp;ps</source>
        <translation>&amp;Schritte</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <source>Wait for me</source>
        <translation>Warte auf mich</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1 of work; left leg %2, right leg %3.</source>
        <translation>
            <numerusform>%n Einheit, %1 Arbeit; linkes Bein %2, rechtes Bein %3.</numerusform>
            <numerusform>%n Einheiten, %1 Arbeit; linkes Bein %2, rechtes Bein %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hamstring Desktop summary (%1)</source>
        <translation>Zusammenfassung von Hamstring Desktop (%1)</translation>
    </message>
    <message>
        <source>Last: %1, %2, %3</source>
        <translation>Zuletzt: %1, %2, %3</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Noch keine Einheiten.</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n week(s) that met your goal</source>
        <translation>
            <numerusform>Serie: %n Woche mit erreichtem Ziel</numerusform>
            <numerusform>Serie: %n Wochen mit erreichtem Ziel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week: %1 of %n session(s)</source>
        <translation>
            <numerusform>Diese Woche: %1 von %n Einheit</numerusform>
            <numerusform>Diese Woche: %1 von %n Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Tightness before sessions: %1</source>
        <translation>Verspannung vorher: %1</translation>
    </message>
    <message>
        <source>Tightness: rate your legs before sessions on two different days to see a trend.</source>
        <translation>Verspannung: Bewerte deine Beine vor Einheiten an zwei verschiedenen Tagen, um einen Trend zu sehen.</translation>
    </message>
    <message>
        <source>all sessions</source>
        <translation>alle Einheiten</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>stopped for pain</source>
        <translation>wegen Schmerzen gestoppt</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
</context>
<context>
    <name>ToneStream</name>
    <message>
        <source>audio output failed (%s)</source>
        <translation>Audioausgabe fehlgeschlagen (%s)</translation>
    </message>
    <message>
        <source>no audio output</source>
        <translation>kein Audioausgang</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message numerus="yes">
        <source>%n session(s) in the file were already in your history and were left as they were.</source>
        <translation>
            <numerusform>%n Einheit der Datei war schon in deinem Verlauf und blieb, wie sie war.</numerusform>
            <numerusform>%n Einheiten der Datei waren schon in deinem Verlauf und blieben, wie sie waren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n session(s), with %1.</source>
        <translation>
            <numerusform>%n Einheit importiert, mit %1.</numerusform>
            <numerusform>%n Einheiten importiert, mit %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing new: the %n session(s) in the file are already in your history.</source>
        <translation>
            <numerusform>Nichts Neues: Die %n Einheit der Datei ist schon in deinem Verlauf.</numerusform>
            <numerusform>Nichts Neues: Die %n Einheiten der Datei sind schon in deinem Verlauf.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no sessions: nothing was imported.</source>
        <translation>Die Datei enthält keine Einheiten: Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Show %s</source>
        <translation>%s zeigen</translation>
    </message>
    <message>
        <source>Start %s</source>
        <translation>%s starten</translation>
    </message>
    <message>
        <source>Start the last routine</source>
        <translation>Die letzte Routine starten</translation>
    </message>
</context>
<context>
    <name>Voices</name>
    <message>
        <source>No speech engine found: prompts are shown, not spoken.</source>
        <translation>Keine Sprachausgabe gefunden: Ansagen werden angezeigt, nicht gesprochen.</translation>
    </message>
    <message>
        <source>No voice for %s is installed: prompts are spoken with the default voice.</source>
        <translation>Keine Stimme für %s installiert: Die Ansagen kommen mit der Standardstimme.</translation>
    </message>
    <message>
        <source>No voice: SPEECHD_ADDRESS (%s) is not an address speech-dispatcher uses: unix_socket:PATH or inet_socket:HOST:PORT. Prompts are shown, not spoken.</source>
        <translation>Keine Stimme: SPEECHD_ADDRESS (%s) ist keine Adresse, die speech-dispatcher kennt: unix_socket:PFAD oder inet_socket:HOST:PORT. Ansagen werden angezeigt, nicht gesprochen.</translation>
    </message>
    <message>
        <source>No voice: speech-dispatcher does not answer at %s, the address in SPEECHD_ADDRESS. Prompts are shown, not spoken.</source>
        <translation>Keine Stimme: speech-dispatcher antwortet nicht unter %s, der Adresse in SPEECHD_ADDRESS. Ansagen werden angezeigt, nicht gesprochen.</translation>
    </message>
    <message>
        <source>No voice: speech-dispatcher does not answer at %s. Prompts are shown, not spoken.</source>
        <translation>Keine Stimme: speech-dispatcher antwortet nicht unter %s. Ansagen werden angezeigt, nicht gesprochen.</translation>
    </message>
    <message>
        <source>No voice: speech-dispatcher is not installed. Prompts are shown, not spoken.</source>
        <translation>Keine Stimme: speech-dispatcher ist nicht installiert. Ansagen werden angezeigt, nicht gesprochen.</translation>
    </message>
    <message>
        <source>No voice: the speech engine could not be loaded (%s). Prompts are shown, not spoken.</source>
        <translation>Keine Stimme: Die Sprachausgabe ließ sich nicht laden (%s). Ansagen werden angezeigt, nicht gesprochen.</translation>
    </message>
    <message>
        <source>The speech engine is not working: prompts are shown, not spoken.</source>
        <translation>Die Sprachausgabe funktioniert nicht: Ansagen werden angezeigt, nicht gesprochen.</translation>
    </message>
</context>
</TS>
