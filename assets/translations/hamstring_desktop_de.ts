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
        <source>&amp;Focus Mode</source>
        <translation>&amp;Fokusmodus</translation>
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
        <source>&amp;Next Step</source>
        <translation>&amp;Nächster Schritt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Safety</source>
        <translation>&amp;Sicherheit</translation>
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
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Every key, and a way to change them</source>
        <translation>Alle Tasten und wie du sie änderst</translation>
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
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Next »</source>
        <translation>Nächster »</translation>
    </message>
    <message>
        <source>PAIN — STOP NOW</source>
        <translation>SCHMERZ — SOFORT STOPPEN</translation>
    </message>
    <message>
        <source>Pain: Stop &amp;Now</source>
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
        <source>Restart the step; early in a step, go back one</source>
        <translation>Den Schritt neu beginnen; kurz nach seinem Anfang: einen Schritt zurück</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
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
        <source>&amp;Labels</source>
        <translation>&amp;Beschriftung</translation>
    </message>
    <message>
        <source>Click a muscle, or press Tab and the arrow keys to move between muscles and Enter to choose one, to see where it starts and ends, what it does and which techniques work on it.</source>
        <translation>Klick einen Muskel an, oder geh mit Tab und den Pfeiltasten von Muskel zu Muskel und wähle einen mit Enter: Dann siehst du, wo er beginnt und endet, was er tut und welche Techniken auf ihn wirken.</translation>
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
        <source>Sho&amp;w:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Show labels on the diagram</source>
        <translation>Beschriftung in der Zeichnung zeigen</translation>
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
        <source>Show as &amp;chart</source>
        <translation>Als &amp;Diagramm zeigen</translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation>Als &amp;Tabelle zeigen</translation>
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
        <source>Active time: %s.</source>
        <translation>Aktive Zeit: %s.</translation>
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
        <translation>Notizen (freiwillig)</translation>
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
        <source>No speech engine found: prompts are shown, not spoken.</source>
        <translation>Keine Sprachausgabe gefunden: Ansagen werden angezeigt, nicht gesprochen.</translation>
    </message>
    <message>
        <source>No voice for %s is installed: prompts are spoken with the default voice.</source>
        <translation>Keine Stimme für %s installiert: Die Ansagen kommen mit der Standardstimme.</translation>
    </message>
    <message>
        <source>No voice: the speech engine could not be loaded (%s). Prompts are shown, not spoken.</source>
        <translation>Keine Stimme: Die Sprachausgabe ließ sich nicht laden (%s). Ansagen werden angezeigt, nicht gesprochen.</translation>
    </message>
    <message>
        <source>Sound is not working (%s): visual cues only.</source>
        <translation>Der Ton funktioniert nicht (%s): nur Hinweise auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>The speech engine is not working: prompts are shown, not spoken.</source>
        <translation>Die Sprachausgabe funktioniert nicht: Ansagen werden angezeigt, nicht gesprochen.</translation>
    </message>
</context>
<context>
    <name>Durations</name>
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
    <name>History</name>
    <message numerus="yes">
        <source>%n unfinished session(s) marked as interrupted.</source>
        <translation>
            <numerusform>%n nicht abgeschlossene Einheit als unterbrochen markiert.</numerusform>
            <numerusform>%n nicht abgeschlossene Einheiten als unterbrochen markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>History is not being saved: %s</source>
        <translation>Der Verlauf wird nicht gespeichert: %s</translation>
    </message>
    <message>
        <source>Session saved to your history.</source>
        <translation>Einheit im Verlauf gespeichert.</translation>
    </message>
</context>
<context>
    <name>IdlePage</name>
    <message>
        <source>&amp;Left</source>
        <translation>&amp;Links</translation>
    </message>
    <message>
        <source>&amp;Right</source>
        <translation>&amp;Rechts</translation>
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
        <translation>Wie verspannt jetzt? 0 = locker, 10 = sehr verspannt (freiwillig):</translation>
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
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>%1 switches to %2 the next time you start it.</source>
        <translation>%1 wechselt beim nächsten Start zu %2.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
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
        <source>&amp;Who</source>
        <translation>&amp;Wer</translation>
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
        <source>T&amp;ool</source>
        <translation>Hilfs&amp;mittel</translation>
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
        <source>W&amp;hen</source>
        <translation>Wa&amp;nn</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
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
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
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
        <source>About %s</source>
        <translation>Über %s</translation>
    </message>
    <message>
        <source>Anatomy</source>
        <translation>Anatomie</translation>
    </message>
    <message>
        <source>Content summary</source>
        <translation>Inhalt im Überblick</translation>
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
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Open &amp;Routines Folder</source>
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
        <source>Some routine files could not be loaded: see File ▸ Routine Problems.</source>
        <translation>Einige Routine-Dateien ließen sich nicht laden: siehe Datei ▸ Probleme mit Routinen.</translation>
    </message>
    <message>
        <source>These routine files were skipped. They are unchanged on disk.</source>
        <translation>Diese Routine-Dateien wurden übersprungen. Sie bleiben unverändert gespeichert.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Get ready. First: {name}, {leg}.</source>
        <translation>Mach dich bereit. Zuerst: {name}, {leg}.</translation>
    </message>
    <message>
        <source>Next: {name}, {leg}.</source>
        <translation>Als Nächstes: {name}, {leg}.</translation>
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
    <message>
        <source>Left before → after</source>
        <translation>Links vorher → nachher</translation>
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
        <source>Minutes done / planned</source>
        <translation>Minuten erledigt / geplant</translation>
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
        <source>Prescribed: %1 sessions a week (the source guidance: 2 to 3). Done: %2 sessions, %3 a week on average; %4 of %5 weeks met the goal.</source>
        <translation>Vorgesehen: %1 Einheiten pro Woche (laut Quelle: 2 bis 3). Erledigt: %2 Einheiten, im Schnitt %3 pro Woche; in %4 von %5 Wochen wurde das Ziel erreicht.</translation>
    </message>
    <message>
        <source>Right before → after</source>
        <translation>Rechts vorher → nachher</translation>
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
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Steps done / planned</source>
        <translation>Schritte erledigt / geplant</translation>
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
    <message>
        <source>Zone</source>
        <translation>Bereich</translation>
    </message>
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
        <source>Last step</source>
        <translation>Letzter Schritt</translation>
    </message>
    <message>
        <source>NEXT UP</source>
        <translation>GLEICH</translation>
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
        <source>Tool: %s</source>
        <translation>Hilfsmittel: %s</translation>
    </message>
    <message>
        <source>step {number} of {count} · {left} left</source>
        <translation>Schritt {number} von {count} · noch {left}</translation>
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
    <message>
        <source>Re&amp;place Keys</source>
        <translation>Tasten e&amp;rsetzen</translation>
    </message>
    <message>
        <source>Remove the chosen action&apos;s keys</source>
        <translation>Die Tasten der gewählten Aktion entfernen</translation>
    </message>
    <message>
        <source>Restore &amp;All Defaults</source>
        <translation>&amp;Alle Standards wiederherstellen</translation>
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
        <source>&amp;Mute</source>
        <translation>&amp;Stumm</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>St&amp;imme</translation>
    </message>
    <message>
        <source>Cue volume</source>
        <translation>Lautstärke der Signale</translation>
    </message>
    <message>
        <source>Pacing &amp;tick</source>
        <translation>&amp;Takt</translation>
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
</TS>
