<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>MonthGrid</name>
    <message numerus="yes">
        <source>%n session(s) this month</source>
        <translation>
            <numerusform>%n session this month</numerusform>
            <numerusform>%n sessions this month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n session(s) found</source>
        <translation>
            <numerusform>%n session found</numerusform>
            <numerusform>%n sessions found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeasonView</name>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n round</numerusform>
            <numerusform>%n rounds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message numerus="yes">
        <source>%n session(s) this week</source>
        <translation>
            <numerusform>%n session this week</numerusform>
            <numerusform>%n sessions this week</numerusform>
        </translation>
    </message>
</context>
</TS>
