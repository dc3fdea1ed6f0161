<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Charts</name>
    <message numerus="yes">
        <source>%1: %n session(s)</source>
        <translation>
            <numerusform>%1: %n session</numerusform>
            <numerusform>%1: %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %n session(s)</source>
        <translation>
            <numerusform>Week of %1: %n session</numerusform>
            <numerusform>Week of %1: %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>your goal: %n a week</source>
        <translation>
            <numerusform>your goal: %n a week</numerusform>
            <numerusform>your goal: %n a week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>History</name>
    <message numerus="yes">
        <source>%n unfinished session(s) marked as interrupted.</source>
        <translation>
            <numerusform>%n unfinished session marked as interrupted.</numerusform>
            <numerusform>%n unfinished sessions marked as interrupted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) back.</source>
        <translation>
            <numerusform>%n session back.</numerusform>
            <numerusform>%n sessions back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) deleted. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n session deleted. Undo with Ctrl+Z.</numerusform>
            <numerusform>%n sessions deleted. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryTransfers</name>
    <message numerus="yes">
        <source>Exported %n session(s) to %1.</source>
        <translation>
            <numerusform>Exported %n session to %1.</numerusform>
            <numerusform>Exported %n sessions to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdlePage</name>
    <message numerus="yes">
        <source>waits for you %n times</source>
        <translation>
            <numerusform>waits for you %n time</numerusform>
            <numerusform>waits for you %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n routine file(s) were skipped: %1. They are unchanged on disk.</source>
        <translation>
            <numerusform>%n routine file was skipped: %1. It is unchanged on disk.</numerusform>
            <numerusform>%n routine files were skipped: %1. They are unchanged on disk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routines</source>
        <translation>
            <numerusform>%n routine</numerusform>
            <numerusform>%n routines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n techniques</source>
        <translation>
            <numerusform>%n technique</numerusform>
            <numerusform>%n techniques</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemBox</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>file names, then how many files more</comment>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in all. The first %1, in line order:</source>
        <translation>
            <numerusform>%n problem in all. The first %1, in line order:</numerusform>
            <numerusform>%n problems in all. The first %1, in line order:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more: the details list them all.</source>
        <translation>
            <numerusform>…and %n more: the details list them all.</numerusform>
            <numerusform>…and %n more: the details list them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderWords</name>
    <message numerus="yes">
        <source>%n of your %1 sessions this week so far. A short routine today keeps you on track.</source>
        <translation>
            <numerusform>%n of your %1 sessions this week so far. A short routine today keeps you on track.</numerusform>
            <numerusform>%n of your %1 sessions this week so far. A short routine today keeps you on track.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>%1 of %n week(s) met the goal.</source>
        <translation>
            <numerusform>%1 of %n week met the goal.</numerusform>
            <numerusform>%1 of %n weeks met the goal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1 of work. Time per leg: left %2, right %3.</source>
        <translation>
            <numerusform>%n session, %1 of work. Time per leg: left %2, right %3.</numerusform>
            <numerusform>%n sessions, %1 of work. Time per leg: left %2, right %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n session(s), %1 a week on average.</source>
        <translation>
            <numerusform>Done: %n session, %1 a week on average.</numerusform>
            <numerusform>Done: %n sessions, %1 a week on average.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Period: %1 (%n week(s)).</source>
        <translation>
            <numerusform>Period: %1 (%n week).</numerusform>
            <numerusform>Period: %1 (%n weeks).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your weekly goal, set in the app (not a prescription): %n session(s). The source guidance is 2 to 3 a week.</source>
        <translation>
            <numerusform>Your weekly goal, set in the app (not a prescription): %n session. The source guidance is 2 to 3 a week.</numerusform>
            <numerusform>Your weekly goal, set in the app (not a prescription): %n sessions. The source guidance is 2 to 3 a week.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message numerus="yes">
        <source>%n waits for you</source>
        <translation>
            <numerusform>%n wait for you</numerusform>
            <numerusform>%n waits for you</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message numerus="yes">
        <source>Put every action back to its default keys? The keys you changed for %n action(s) are lost.</source>
        <translation>
            <numerusform>Put every action back to its default keys? The keys you changed for %n action are lost.</numerusform>
            <numerusform>Put every action back to its default keys? The keys you changed for %n actions are lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), %1 of work; left leg %2, right leg %3.</source>
        <translation>
            <numerusform>%n session, %1 of work; left leg %2, right leg %3.</numerusform>
            <numerusform>%n sessions, %1 of work; left leg %2, right leg %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n week(s) that met your goal</source>
        <translation>
            <numerusform>Streak: %n week that met your goal</numerusform>
            <numerusform>Streak: %n weeks that met your goal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week: %1 of %n session(s)</source>
        <translation>
            <numerusform>This week: %1 of %n session</numerusform>
            <numerusform>This week: %1 of %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message numerus="yes">
        <source>%n session(s) in the file were already in your history and were left as they were.</source>
        <translation>
            <numerusform>%n session in the file was already in your history and was left as it was.</numerusform>
            <numerusform>%n sessions in the file were already in your history and were left as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n session(s), with %1.</source>
        <translation>
            <numerusform>Imported %n session, with %1.</numerusform>
            <numerusform>Imported %n sessions, with %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing new: the %n session(s) in the file are already in your history.</source>
        <translation>
            <numerusform>Nothing new: the %n session in the file is already in your history.</numerusform>
            <numerusform>Nothing new: the %n sessions in the file are already in your history.</numerusform>
        </translation>
    </message>
</context>
</TS>
