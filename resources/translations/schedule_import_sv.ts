<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
  <context>
    <name>ImportScheduleCommand</name>
    <message>
      <source>Import schedule</source>
      <translation>Importera schema</translation>
    </message>
    <message>
      <source>Import schedule (%1 added, %2 updated)</source>
      <translation>Importera schema (%1 tillagda, %2 uppdaterade)</translation>
    </message>
  </context>
  <context>
    <name>ScheduleImportDialog</name>
    <message>
      <source>Import a schedule</source>
      <translation>Importera ett schema</translation>
    </message>
    <message>
      <source>Import a schedule into %1</source>
      <translation>Importera ett schema till %1</translation>
    </message>
    <message>
      <source>%1 · %2 · track time %3 · %4 sessions now</source>
      <translation>%1 · %2 · banans tid %3 · %4 pass nu</translation>
    </message>
    <message>
      <source>Paste the timetable from the press release or the series website:</source>
      <translation>Klistra in tidsschemat från pressmeddelandet eller seriens webbplats:</translation>
    </message>
    <message>
      <source>Open .txt…</source>
      <translation>Öppna .txt…</translation>
    </message>
    <message>
      <source>Friday September 1st:
12:10 Free Practice 1 (60 min) – LIVETIMING

Fredag 13 maj (svensk tid)
16.20 Fri träning (90 min)</source>
      <translation>Fredag 13 maj (svensk tid)
16.20 Fri träning (90 min)

Friday September 1st:
12:10 Free Practice 1 (60 min) – LIVETIMING</translation>
    </message>
    <message>
      <source>Times are &amp;written in:</source>
      <translation>Tiderna är &amp;skrivna i:</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Importera</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Förhandsvisning</translation>
    </message>
    <message>
      <source>Preview: %1 to add, %2 to update, %3 unchanged</source>
      <translation>Förhandsvisning: %1 att lägga till, %2 att uppdatera, %3 oförändrade</translation>
    </message>
    <message>
      <source>Paste a timetable to see what will be imported.</source>
      <translation>Klistra in ett tidsschema för att se vad som kommer att importeras.</translation>
    </message>
    <message>
      <source>No session could be read from this text; the list below says why.</source>
      <translation>Inget pass gick att läsa i texten; listan nedan säger varför.</translation>
    </message>
    <message>
      <source>Correct the rows listed below, or untick them to leave them out.</source>
      <translation>Rätta raderna i listan nedan, eller bocka ur dem för att hoppa över dem.</translation>
    </message>
    <message>
      <source>The round already has all of these sessions: nothing to import.</source>
      <translation>Omgången har redan alla dessa pass: inget att importera.</translation>
    </message>
    <message>
      <source>Double-click a cell to correct it. Times are stored as track time.</source>
      <translation>Dubbelklicka på en cell för att rätta den. Tiderna sparas i banans tid.</translation>
    </message>
    <message>
      <source>Lines not used and rows to check (%1)</source>
      <translation>Rader som inte användes och rader att kontrollera (%1)</translation>
    </message>
    <message>
      <source>Every line was read.</source>
      <translation>Alla rader lästes.</translation>
    </message>
    <message>
      <source>Line %1: “%2” — %3</source>
      <translation>Rad %1: ”%2” — %3</translation>
    </message>
    <message>
      <source>Open a timetable</source>
      <translation>Öppna ett tidsschema</translation>
    </message>
    <message>
      <source>Text files (*.txt);;All files (*)</source>
      <translation>Textfiler (*.txt);;Alla filer (*)</translation>
    </message>
    <message>
      <source>%1 cannot be read: %2</source>
      <translation>%1 kan inte läsas: %2</translation>
    </message>
  </context>
  <context>
    <name>ScheduleRowsModel</name>
    <message>
      <source>Day</source>
      <translation>Dag</translation>
    </message>
    <message>
      <source>At the track
%1</source>
      <translation>På banan
%1</translation>
    </message>
    <message>
      <source>As written
%1</source>
      <translation>Som skrivet
%1</translation>
    </message>
    <message>
      <source>End (length)</source>
      <translation>Slut (längd)</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Pass</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Typ</translation>
    </message>
    <message>
      <source>Broadcast</source>
      <translation>Sändning</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Åtgärd</translation>
    </message>
    <message>
      <source>%1 h %2 min</source>
      <translation>%1 h %2 min</translation>
    </message>
    <message>
      <source>%1 h</source>
      <translation>%1 h</translation>
    </message>
    <message>
      <source>%1 min</source>
      <translation>%1 min</translation>
    </message>
    <message>
      <source>Practice</source>
      <translation>Träning</translation>
    </message>
    <message>
      <source>Qualifying</source>
      <translation>Kval</translation>
    </message>
    <message>
      <source>Race</source>
      <translation>Race</translation>
    </message>
    <message>
      <source>Warm-up</source>
      <translation>Uppvärmning</translation>
    </message>
    <message>
      <source>Test</source>
      <translation>Test</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Övrigt</translation>
    </message>
    <message>
      <source>name</source>
      <translation>namn</translation>
    </message>
    <message>
      <source>kind</source>
      <translation>typ</translation>
    </message>
    <message>
      <source>time</source>
      <translation>tid</translation>
    </message>
    <message>
      <source>length</source>
      <translation>längd</translation>
    </message>
    <message>
      <source>broadcast</source>
      <translation>sändning</translation>
    </message>
    <message>
      <source>notes</source>
      <translation>anteckningar</translation>
    </message>
    <message>
      <source>Left out</source>
      <translation>Hoppas över</translation>
    </message>
    <message>
      <source>Check this row</source>
      <translation>Kontrollera raden</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>Lägg till</translation>
    </message>
    <message>
      <source>Update: %1</source>
      <translation>Uppdatera: %1</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>Oförändrad</translation>
    </message>
    <message>
      <source>Line %1: %2</source>
      <translation>Rad %1: %2</translation>
    </message>
    <message>
      <source>The text calls it “%1”.</source>
      <translation>Texten kallar det ”%1”.</translation>
    </message>
    <message>
      <source>Notes: %1</source>
      <translation>Anteckningar: %1</translation>
    </message>
    <message>
      <source>Written in %1</source>
      <translation>Skrivet i %1</translation>
    </message>
    <message>
      <source>Replaces the broadcast “%1”.</source>
      <translation>Ersätter sändningen ”%1”.</translation>
    </message>
    <message>
      <source>Replaces the notes “%1”.</source>
      <translation>Ersätter anteckningarna ”%1”.</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>not known</source>
      <translation>okänd</translation>
    </message>
  </context>
  <context>
    <name>WrittenZoneBox</name>
    <message>
      <source>Detected from the text</source>
      <translation>Enligt texten</translation>
    </message>
    <message>
      <source>Track time</source>
      <translation>Banans tid</translation>
    </message>
    <message>
      <source>Swedish time (Europe/Stockholm)</source>
      <translation>Svensk tid (Europe/Stockholm)</translation>
    </message>
    <message>
      <source>UTC</source>
      <translation>UTC</translation>
    </message>
    <message>
      <source>Detected: “%1” (%2)</source>
      <translation>Enligt texten: ”%1” (%2)</translation>
    </message>
    <message>
      <source>Detected: nothing said, so track time</source>
      <translation>Enligt texten: inget angivet, alltså banans tid</translation>
    </message>
    <message>
      <source>Track time (%1)</source>
      <translation>Banans tid (%1)</translation>
    </message>
  </context>
</TS>