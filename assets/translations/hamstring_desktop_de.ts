<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Add 15 Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anatomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+15 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add 15 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add 15 seconds to this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key, and a way to change them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen with only the countdown, leg, step and what is next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAIN — STOP NOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain: Stop &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain: stop now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain: stop the session at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the cursor in the library&apos;s search box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit (a session under way is saved as stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the step; early in a step, go back one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the anatomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the anatomy diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the technique library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start / &amp;Pause / Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the routine, pause or resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, pause or resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the session (in focus mode: leave focus mode first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to stop, and when to ask a professional first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↺ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnatomyDiagram</name>
    <message>
        <source>Hamstring diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at or click a muscle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnatomyPanel</name>
    <message>
        <source>&amp;Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a muscle, or press Tab and the arrow keys to move between muscles and Enter to choose one, to see where it starts and ends, what it does and which techniques work on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legs shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscle details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show labels on the diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fibular head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ischial tuberosity (sit bone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medial tibial condyle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>popliteal fossa: no pressure here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnatomyWords</name>
    <message>
        <source>RIGHT leg ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>across the fibres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>along the muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from top to bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold still on a tender spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>middle third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>press and release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upper two thirds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ LEFT leg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>%s, as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %s as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as &amp;chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>%1 leg, %2, %3: %4 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes over %2 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 weeks met your goal of %3 sessions a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3 before sessions (7-day average).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2–3 a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 or more sessions a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day average (dashed: after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day average after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day average before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average tightness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left against right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left leg %1 min, right leg %2 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left leg after: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left leg before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left leg: %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough ratings yet for a trend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right leg after: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right leg before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right leg: %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions on %1 of the last %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tightness before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tightness before sessions: left %1, right %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time per leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1: %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left, after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left, before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right, after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right, before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tightness, 0–10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>your goal: %n a week</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckOutPage</name>
    <message>
        <source>Active time: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How tight now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;eft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped for pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tightness after, left leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tightness after, right leg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentDialog</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentPages</name>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before and during every session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insertion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nerve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions people ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-massage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Techniques that work on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to massage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why massage them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length} per leg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CuePlayer</name>
    <message>
        <source>No sound: the sound system could not be loaded (%s). Follow the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speech engine found: prompts are shown, not spoken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No voice: the speech engine could not be loaded (%s). Prompts are shown, not spoken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound is not working (%s): visual cues only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech engine is not working: prompts are shown, not spoken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message numerus="yes">
        <source>%n unfinished session(s) marked as interrupted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>History is not being saved: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session saved to your history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdlePage</name>
    <message>
        <source>&amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How tight now? 0 = loose, 10 = very tight (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the routine (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tightness before, left leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tightness before, right leg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legs</name>
    <message>
        <source>BOTH LEGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEFT LEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIGHT LEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right leg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No technique matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search techniques, tools, muscles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-massage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technique details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does the massage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n routines</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n techniques</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;About %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%s %s&lt;/h3&gt;&lt;p&gt;Guided hamstring self-massage: routines, anatomy and history.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;&lt;p&gt;This app does not replace advice from a healthcare professional.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anatomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamstring &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamstring guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Routines Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put your routine files in:
%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready. Press F1 for safety advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine &amp;Problems…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some routine files could not be loaded: see File ▸ Routine Problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These routine files were skipped. They are unchanged on disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Get ready. First: {name}, {leg}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: {name}, {leg}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session complete. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to your {leg}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten seconds left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {leg}. {instruction}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message numerus="yes">
        <source>%n of your %1 sessions this week so far. A short routine today keeps you on track.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Time for your hamstrings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>%1 report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3 out of 10 before sessions (7-day average, first to last rating).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not enough ratings for a trend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: report for a physiotherapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1 of work. Time per leg: left %2, right %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes done / planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2 · made on %3 · not medical advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Period: %1 (%n week(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Prescribed: %1 sessions a week (the source guidance: 2 to 3). Done: %2 sessions, %3 a week on average; %4 of %5 weeks met the goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps done / planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary and adherence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tightness trend per leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyCheckDialog</name>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;understand, start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have an &amp;injury in my hamstrings or knees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have an injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand, start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>No sound: the sound system could not be loaded (%s). Follow the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the computer was asleep or busy. Press Space to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Coming up: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET READY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEXT UP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWITCH LEGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {number} of {count} · {left} left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>%s is already the key for “%s”. Choose another key, or change that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions and their keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the new key to the chosen action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every action its default keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the chosen action its default keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the new key the chosen action&apos;s only key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;key for “%s”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain: stop now always keeps a key. Use Replace Keys to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press a key in the key field first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen action&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;All Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoundControls</name>
    <message>
        <source> s/pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacing &amp;tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pacing tick: one slow roll every 2 to 4 seconds (next session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds per rolling pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Cannot create the folder %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s built-in content is damaged:
%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no muscle &apos;%s&apos;. Known muscles: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no routine &apos;%s&apos;. Known routines: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the last routine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
