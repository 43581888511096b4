<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>AgendaView</name>
    <message>
        <source>Times in home time ({zone})</source>
        <translation>Tider i hemmatid ({zone})</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Filter: driver, series, circuit…</source>
        <translation>Filtrera: förare, serie, bana…</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Filtertext</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Förare</translation>
    </message>
    <message>
        <source>Session kind</source>
        <translation>Typ av pass</translation>
    </message>
    <message>
        <source>Past sessions too</source>
        <translation>Tidigare pass också</translation>
    </message>
    <message>
        <source>Sessions by day</source>
        <translation>Pass per dag</translation>
    </message>
    <message>
        <source>No sessions to show. Clear the filters or show past sessions.</source>
        <translation>Inga pass att visa. Rensa filtren eller visa tidigare pass.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Tävling</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Förare</translation>
    </message>
    <message>
        <source>Track time</source>
        <translation>Bantid</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All series</source>
        <translation>Alla serier</translation>
    </message>
    <message>
        <source>All drivers</source>
        <translation>Alla förare</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Krock</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Race Planner — shared planner {location}</source>
        <translation>Race Planner — delad planerare {location}</translation>
    </message>
    <message>
        <source>Opening {path}…</source>
        <translation>Öppnar {path}…</translation>
    </message>
</context>
<context>
    <name>CalDavPublishDialog</name>
    <message>
        <source>Publish Feeds to a Calendar Server</source>
        <translation>Publicera flöden på en kalenderserver</translation>
    </message>
    <message>
        <source>Each saved feed becomes a calendar on your CalDAV server (Nextcloud, Radicale, Fastmail, mailbox.org…) that your phones already sync with. Only what changed is sent; events you added there by hand stay.</source>
        <translation>Varje sparat flöde blir en kalender på er CalDAV-server (Nextcloud, Radicale, Fastmail, mailbox.org…) som telefonerna redan synkar med. Bara det som ändrats skickas; händelser ni lagt till där för hand finns kvar.</translation>
    </message>
    <message>
        <source>Keep the password in the system keyring</source>
        <translation>Spara lösenordet i systemets nyckelring</translation>
    </message>
    <message>
        <source>This computer has no keyring: the password is asked for each time.</source>
        <translation>Den här datorn har ingen nyckelring: lösenordet efterfrågas varje gång.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adress:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Användarnamn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Saved feeds to publish</source>
        <translation>Sparade flöden att publicera</translation>
    </message>
    <message>
        <source>What was published</source>
        <translation>Det som publicerades</translation>
    </message>
    <message>
        <source>What changed on the server shows here.</source>
        <translation>Det som ändrades på servern visas här.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicera</translation>
    </message>
    <message>
        <source>&amp;Feeds:</source>
        <translation>&amp;Flöden:</translation>
    </message>
    <message>
        <source>There are no saved feeds yet: make one in the Feeds window first.</source>
        <translation>Det finns inga sparade flöden ännu: skapa ett i flödesfönstret först.</translation>
    </message>
    <message>
        <source>Give the http(s):// address of your calendars on the server.</source>
        <translation>Ange http(s)://-adressen till era kalendrar på servern.</translation>
    </message>
    <message>
        <source>Tick at least one feed to publish.</source>
        <translation>Kryssa i minst ett flöde att publicera.</translation>
    </message>
    <message>
        <source>Publishing to {url}…</source>
        <translation>Publicerar på {url}…</translation>
    </message>
    <message>
        <source>{feed}: {added} added, {updated} updated, {deleted} deleted, {same} unchanged</source>
        <translation>{feed}: {added} tillagda, {updated} uppdaterade, {deleted} borttagna, {same} oförändrade</translation>
    </message>
    <message>
        <source>A new calendar was made on the server.</source>
        <translation>En ny kalender skapades på servern.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>tillagt</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>uppdaterat</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>borttaget</translation>
    </message>
    <message>
        <source>{count} event(s) changed on the server meanwhile were left as they are: publish again to update them.</source>
        <translation>{count} händelse(r) som ändrats på servern under tiden lämnades som de var: publicera igen för att uppdatera dem.</translation>
    </message>
</context>
<context>
    <name>CalendarItem</name>
    <message>
        <source>{day}, {span} home time</source>
        <translation>{day}, {span} hemmatid</translation>
    </message>
    <message>
        <source>{day}, {time} track time ({zone})</source>
        <translation>{day}, {time} bantid ({zone})</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>krock</translation>
    </message>
</context>
<context>
    <name>CalendarPages</name>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Search Results</source>
        <translation>Sökresultat</translation>
    </message>
    <message>
        <source>Move {name} to {day}</source>
        <translation>Flytta {name} till {day}</translation>
    </message>
    <message>
        <source>Move {name} to {day} {time}</source>
        <translation>Flytta {name} till {day} {time}</translation>
    </message>
    <message>
        <source>Make {name} {length} long</source>
        <translation>Gör {name} {length} långt</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Someone else changed this session after your edit ({text}). Replace their change anyway?</source>
        <translation>Någon annan ändrade passet efter din ändring ({text}). Ersätta deras ändring ändå?</translation>
    </message>
    <message>
        <source>Assign drivers to {session}</source>
        <translation>Välj förare för {session}</translation>
    </message>
    <message>
        <source>Add session {name}</source>
        <translation>Lägg till passet {name}</translation>
    </message>
    <message>
        <source>Remove session {name}</source>
        <translation>Ta bort passet {name}</translation>
    </message>
    <message>
        <source>Apply template {name}</source>
        <translation>Använd mallen {name}</translation>
    </message>
    <message>
        <source>Add round at {track}</source>
        <translation>Ny omgång på {track}</translation>
    </message>
    <message>
        <source>Remove round {name}</source>
        <translation>Ta bort omgången {name}</translation>
    </message>
    <message>
        <source>Move {name} by {days} days</source>
        <translation>Flytta {name} {days} dagar</translation>
    </message>
    <message>
        <source>New season {name}</source>
        <translation>Ny säsong {name}</translation>
    </message>
    <message>
        <source>New series {name}</source>
        <translation>Ny serie {name}</translation>
    </message>
    <message>
        <source>Add driver {name}</source>
        <translation>Lägg till föraren {name}</translation>
    </message>
    <message>
        <source>Follow {name}</source>
        <translation>Följ {name}</translation>
    </message>
    <message>
        <source>Stop following {name}</source>
        <translation>Sluta följa {name}</translation>
    </message>
    <message>
        <source>Enter {car}</source>
        <translation>Anmäl {car}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Ändrat av någon annan</translation>
    </message>
    <message>
        <source>&lt;b&gt;“{name}” was changed by someone else while you edited it.&lt;/b&gt;&lt;br&gt;Nothing of yours is saved yet. Choose which version to keep, or take each field from either version.</source>
        <translation>&lt;b&gt;”{name}” ändrades av någon annan medan du redigerade.&lt;/b&gt;&lt;br&gt;Inget av ditt är sparat ännu. Välj vilken version som ska gälla, eller ta varje fält från valfri version.</translation>
    </message>
    <message>
        <source>Theirs (saved now)</source>
        <translation>Deras (sparat nu)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Behåll deras</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Behåll min</translation>
    </message>
    <message>
        <source>Merge as Chosen</source>
        <translation>Slå ihop som valt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Start (track time)</source>
        <translation>Start (bantid)</translation>
    </message>
    <message>
        <source>Summer time</source>
        <translation>Sommartid</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>Sändning</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Ström</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>&lt;b&gt;The shared planner cannot be reached.&lt;/b&gt; What you see may be out of date and edits are refused until the connection is back; the window reconnects by itself. ({location})</source>
        <translation>&lt;b&gt;Den delade planeraren går inte att nå.&lt;/b&gt; Det du ser kan vara inaktuellt och ändringar avvisas tills anslutningen är tillbaka; fönstret ansluter igen av sig självt. ({location})</translation>
    </message>
    <message>
        <source>Connection lost notice</source>
        <translation>Meddelande om bruten anslutning</translation>
    </message>
</context>
<context>
    <name>Delegates</name>
    <message>
        <source>Start at the track</source>
        <translation>Start på banan</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>ej publicerad</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Längd i minuter</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <source>&lt;b&gt;You are looking at demo seasons.&lt;/b&gt; They show the 2022 and 2023 seasons of Andreas and Jessica Bäckman. Explore freely: changes stay in the demo.</source>
        <translation>&lt;b&gt;Du tittar på demosäsonger.&lt;/b&gt; De visar Andreas och Jessica Bäckmans säsonger 2022 och 2023. Utforska fritt: ändringar stannar i demon.</translation>
    </message>
    <message>
        <source>Start an empty planner</source>
        <translation>Börja med en tom planerare</translation>
    </message>
    <message>
        <source>Demo data notice</source>
        <translation>Meddelande om demodata</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Race Planner</source>
        <translation>Race Planner</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <source>Race Planner hit a bug. Your data is safe: every change is stored when you make it. The details are in the log:
{path}</source>
        <translation>Race Planner råkade ut för ett programfel. Dina data är säkra: varje ändring sparas direkt när du gör den. Detaljerna finns i loggen:
{path}</translation>
    </message>
</context>
<context>
    <name>DriverPicker</name>
    <message>
        <source>Drivers in stint order</source>
        <translation>Förare i stintordning</translation>
    </message>
    <message>
        <source>Tick who drives; drag to set the order of the stints.</source>
        <translation>Kryssa i vem som kör; dra för att ändra ordningen på stintarna.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Print Weekend</source>
        <translation>Skriv ut helgen</translation>
    </message>
    <message>
        <source>Export Weekend as PDF</source>
        <translation>Exportera helgen som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Sparade {path}.</translation>
    </message>
    <message>
        <source>Export Season Calendar</source>
        <translation>Exportera säsongskalender</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
</context>
<context>
    <name>ImportScheduleCommand</name>
    <message>
        <source>Import schedule</source>
        <translation>Importera tidsschema</translation>
    </message>
    <message>
        <source>Import schedule (%1 added, %2 updated)</source>
        <translation>Importera tidsschema (%1 tillagda, %2 uppdaterade)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
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
        <source>Scheduled</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>To be confirmed</source>
        <translation>Ej bekräftad</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställd</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Uppskjuten</translation>
    </message>
    <message>
        <source>GT4 European Series weekend</source>
        <translation>GT4 European Series-helg</translation>
    </message>
    <message>
        <source>TCR Germany weekend</source>
        <translation>TCR Germany-helg</translation>
    </message>
    <message>
        <source>12-hour race in two parts</source>
        <translation>12-timmarslopp i två delar</translation>
    </message>
    <message>
        <source>Driver double-booked</source>
        <translation>Förare dubbelbokad</translation>
    </message>
    <message>
        <source>Family on track at once</source>
        <translation>Familjen på banan samtidigt</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{length} km</source>
        <translation>{length} km</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>in {days} d</source>
        <translation>om {days} d</translation>
    </message>
    <message>
        <source>in {days} d {hours} h</source>
        <translation>om {days} d {hours} h</translation>
    </message>
    <message>
        <source>in {hours} h {minutes} min</source>
        <translation>om {hours} h {minutes} min</translation>
    </message>
    <message>
        <source>in {minutes} min</source>
        <translation>om {minutes} min</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Race Planner</source>
        <translation>Race Planner</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Season</source>
        <translation>&amp;Säsong</translation>
    </message>
    <message>
        <source>&amp;Weekend</source>
        <translation>H&amp;elg</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serier</translation>
    </message>
    <message>
        <source>Next Up</source>
        <translation>Näst på tur</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Verktygsfält</translation>
    </message>
    <message>
        <source>New &amp;Season…</source>
        <translation>Ny &amp;säsong…</translation>
    </message>
    <message>
        <source>New &amp;Round…</source>
        <translation>Ny &amp;omgång…</translation>
    </message>
    <message>
        <source>Remove Round</source>
        <translation>Ta bort omgång</translation>
    </message>
    <message>
        <source>Apply &amp;Template…</source>
        <translation>Använd &amp;mall…</translation>
    </message>
    <message>
        <source>&amp;Add Session…</source>
        <translation>&amp;Lägg till pass…</translation>
    </message>
    <message>
        <source>&amp;Remove Session</source>
        <translation>&amp;Ta bort pass</translation>
    </message>
    <message>
        <source>Assign &amp;Drivers…</source>
        <translation>Välj &amp;förare…</translation>
    </message>
    <message>
        <source>&amp;Move Weekend…</source>
        <translation>F&amp;lytta helgen…</translation>
    </message>
    <message>
        <source>&amp;People and Cars…</source>
        <translation>&amp;Personer och bilar…</translation>
    </message>
    <message>
        <source>&amp;Print Weekend…</source>
        <translation>Skriv &amp;ut helgen…</translation>
    </message>
    <message>
        <source>&amp;Export Season Calendar (.ics)…</source>
        <translation>&amp;Exportera säsongskalender (.ics)…</translation>
    </message>
    <message>
        <source>Export Weekend as P&amp;DF…</source>
        <translation>Exportera helgen som P&amp;DF…</translation>
    </message>
    <message>
        <source>Publish Feeds to a &amp;Calendar Server…</source>
        <translation>Publicera flöden på en &amp;kalenderserver…</translation>
    </message>
    <message>
        <source>&amp;Import Schedule Text…</source>
        <translation>&amp;Importera tidsschema…</translation>
    </message>
    <message>
        <source>S&amp;tart an Empty Planner…</source>
        <translation>Börja med en t&amp;om planerare…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Ins&amp;tällningar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;About Race Planner</source>
        <translation>&amp;Om Race Planner</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Säsong</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Helg</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>&amp;Find Sessions…</source>
        <translation>&amp;Sök pass…</translation>
    </message>
    <message>
        <source>Series Navigator</source>
        <translation>Serieöversikt</translation>
    </message>
    <message>
        <source>Opening your planner…</source>
        <translation>Öppnar din planerare…</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Ångra {action}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Gör om {action}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>No seasons yet. Start with File → New Season (Ctrl+N).</source>
        <translation>Inga säsonger än. Börja med Arkiv → Ny säsong (Ctrl+N).</translation>
    </message>
    <message>
        <source>Start an empty planner? The demo seasons are kept in a file beside it, renamed with today&apos;s date; the circuit library stays.</source>
        <translation>Börja med en tom planerare? Demosäsongerna sparas i en fil bredvid, omdöpt med dagens datum; banbiblioteket finns kvar.</translation>
    </message>
    <message>
        <source>New season {year}</source>
        <translation>Ny säsong {year}</translation>
    </message>
    <message>
        <source>New round at {track}</source>
        <translation>Ny omgång på {track}</translation>
    </message>
    <message>
        <source>Remove round {number} ({name}) with its {count} sessions?</source>
        <translation>Ta bort omgång {number} ({name}) med dess {count} pass?</translation>
    </message>
    <message>
        <source>Mark {name} as {status}</source>
        <translation>Markera {name} som {status}</translation>
    </message>
    <message>
        <source>Apply Template</source>
        <translation>Använd mall</translation>
    </message>
    <message>
        <source>Weekend template:</source>
        <translation>Helgmall:</translation>
    </message>
    <message>
        <source>Move Weekend</source>
        <translation>Flytta helgen</translation>
    </message>
    <message>
        <source>Move {name} and all its sessions by how many days?
(negative: earlier)</source>
        <translation>Hur många dagar ska {name} och alla dess pass flyttas?
(negativt: tidigare)</translation>
    </message>
    <message>
        <source>The translation for this language is missing.</source>
        <translation>Översättningen för det här språket saknas.</translation>
    </message>
    <message>
        <source>Race Planner {version}

Plan motorsport seasons: sessions in track and home time, calendar feeds for phones, printed weekend sheets.</source>
        <translation>Race Planner {version}

Planera motorsportsäsonger: pass i ban- och hemmatid, kalenderflöden till telefonen, utskrivna helgscheman.</translation>
    </message>
    <message>
        <source>About Race Planner</source>
        <translation>Om Race Planner</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message numerus="yes">
        <source>%n session(s) this month</source>
        <translation>
            <numerusform>%n pass den här månaden</numerusform>
            <numerusform>%n pass den här månaden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n till</numerusform>
            <numerusform>+%n till</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>Month calendar</source>
        <translation>Månadskalender</translation>
    </message>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Föregående månad (Page Up)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Föregående månad</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Nästa månad (Page Down)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nästa månad</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Go to this month (T)</source>
        <translation>Gå till denna månad (T)</translation>
    </message>
    <message>
        <source>Go to month</source>
        <translation>Gå till månad</translation>
    </message>
    <message>
        <source>Go to year</source>
        <translation>Gå till år</translation>
    </message>
    <message>
        <source>Times in home time ({zone})</source>
        <translation>Tider i hemmatid ({zone})</translation>
    </message>
    <message>
        <source>Month view, {day}</source>
        <translation>Månadsvy, {day}</translation>
    </message>
</context>
<context>
    <name>NavigatorView</name>
    <message>
        <source>Series and seasons</source>
        <translation>Serier och säsonger</translation>
    </message>
</context>
<context>
    <name>NewRoundDialog</name>
    <message>
        <source>New Round</source>
        <translation>Ny omgång</translation>
    </message>
    <message>
        <source>Type to search the circuit library, e.g. hock</source>
        <translation>Skriv för att söka i banbiblioteket, t.ex. hock</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Bana</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Första dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <source>Optional, e.g. Hankook 12h Hockenheimring</source>
        <translation>Valfritt, t.ex. Hankook 12h Hockenheimring</translation>
    </message>
    <message>
        <source>Name of the round</source>
        <translation>Omgångens namn</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Inga pass än</translation>
    </message>
    <message>
        <source>Weekend template</source>
        <translation>Helgmall</translation>
    </message>
    <message>
        <source>&amp;Circuit:</source>
        <translation>&amp;Bana:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Första dag:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Sista dag:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Mall:</translation>
    </message>
    <message>
        <source>No circuit chosen yet</source>
        <translation>Ingen bana vald än</translation>
    </message>
</context>
<context>
    <name>NewSeasonDialog</name>
    <message>
        <source>New Season</source>
        <translation>Ny säsong</translation>
    </message>
    <message>
        <source>New series…</source>
        <translation>Ny serie…</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>e.g. GT4 European Series</source>
        <translation>t.ex. GT4 European Series</translation>
    </message>
    <message>
        <source>Name of the new series</source>
        <translation>Den nya seriens namn</translation>
    </message>
    <message>
        <source>e.g. GT4 Europe</source>
        <translation>t.ex. GT4 Europe</translation>
    </message>
    <message>
        <source>Short name of the new series</source>
        <translation>Den nya seriens kortnamn</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Färg…</translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation>&amp;Serie:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>&amp;Kortnamn:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Färg:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>Series colour</source>
        <translation>Seriens färg</translation>
    </message>
</context>
<context>
    <name>NextUpModel</name>
    <message>
        <source>Driver</source>
        <translation>Förare</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Home time</source>
        <translation>Hemmatid</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Startar</translation>
    </message>
    <message>
        <source>{series}: {session} at {track}; track time {time}</source>
        <translation>{series}: {session} på {track}; bantid {time}</translation>
    </message>
</context>
<context>
    <name>NextUpPanel</name>
    <message>
        <source>Next up</source>
        <translation>Näst på tur</translation>
    </message>
    <message>
        <source>Tick “Follow” for a driver under People and Cars to see their coming sessions here.</source>
        <translation>Kryssa i ”Följ” för en förare under Personer och bilar för att se förarens kommande pass här.</translation>
    </message>
    <message>
        <source>No sessions planned yet for {names}.</source>
        <translation>Inga pass planerade än för {names}.</translation>
    </message>
    <message>
        <source>Sessions of the drivers you follow, in home time ({zone})</source>
        <translation>Pass för förarna du följer, i hemmatid ({zone})</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People and Cars</source>
        <translation>Personer och bilar</translation>
    </message>
    <message>
        <source>&amp;Drivers</source>
        <translation>&amp;Förare</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>C&amp;ars</source>
        <translation>&amp;Bilar</translation>
    </message>
    <message>
        <source>C&amp;rews</source>
        <translation>Bes&amp;ättningar</translation>
    </message>
    <message>
        <source>Drivers; ticked ones are followed</source>
        <translation>Förare; de ikryssade följs</translation>
    </message>
    <message>
        <source>Name, e.g. Jessica Bäckman</source>
        <translation>Namn, t.ex. Jessica Bäckman</translation>
    </message>
    <message>
        <source>New driver&apos;s name</source>
        <translation>Den nya förarens namn</translation>
    </message>
    <message>
        <source>SWE</source>
        <translation>SWE</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalitet</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Följ</translation>
    </message>
    <message>
        <source>Add Driver</source>
        <translation>Lägg till förare</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Teamets namn</translation>
    </message>
    <message>
        <source>New team&apos;s name</source>
        <translation>Det nya teamets namn</translation>
    </message>
    <message>
        <source>Add Team</source>
        <translation>Lägg till team</translation>
    </message>
    <message>
        <source>Cars</source>
        <translation>Bilar</translation>
    </message>
    <message>
        <source>Model, e.g. Audi RS 3 LMS TCR</source>
        <translation>Modell, t.ex. Audi RS 3 LMS TCR</translation>
    </message>
    <message>
        <source>Car model</source>
        <translation>Bilmodell</translation>
    </message>
    <message>
        <source>Car number</source>
        <translation>Startnummer</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klass</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Add Car</source>
        <translation>Lägg till bil</translation>
    </message>
    <message>
        <source>Crews of this season</source>
        <translation>Besättningar den här säsongen</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Bil</translation>
    </message>
    <message>
        <source>Enter Car with Crew</source>
        <translation>Anmäl bil med besättning</translation>
    </message>
    <message>
        <source>Car:</source>
        <translation>Bil:</translation>
    </message>
    <message>
        <source>Drivers:</source>
        <translation>Förare:</translation>
    </message>
    <message>
        <source>Choose a season in the navigator first.</source>
        <translation>Välj först en säsong i serieöversikten.</translation>
    </message>
    <message>
        <source>Ticked: followed (shown under Next up)</source>
        <translation>Ikryssad: följs (visas under Näst på tur)</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>Inget team</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Home time zone</source>
        <translation>Hemmets tidszon</translation>
    </message>
    <message>
        <source>This computer says: {zone}</source>
        <translation>Den här datorn säger: {zone}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> min före</translation>
    </message>
    <message>
        <source>No alarm</source>
        <translation>Inget larm</translation>
    </message>
    <message>
        <source>Default alarm</source>
        <translation>Standardlarm</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Pappersstorlek</translation>
    </message>
    <message>
        <source>&amp;Home time zone:</source>
        <translation>&amp;Hemmets tidszon:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <source>Default &amp;alarm:</source>
        <translation>Standard&amp;larm:</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>Pa&amp;ppersstorlek:</translation>
    </message>
</context>
<context>
    <name>ScheduleImportDialog</name>
    <message>
        <source>Import a schedule</source>
        <translation>Importera ett tidsschema</translation>
    </message>
    <message>
        <source>Import a schedule into %1</source>
        <translation>Importera ett tidsschema till %1</translation>
    </message>
    <message>
        <source>%1 · %2 · track time %3 · %4 sessions now</source>
        <translation>%1 · %2 · bantid %3 · %4 pass nu</translation>
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
        <translation>Friday September 1st:
12:10 Free Practice 1 (60 min) – LIVETIMING

Fredag 13 maj (svensk tid)
16.20 Fri träning (90 min)</translation>
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
        <translation>Klistra in ett tidsschema för att se vad som importeras.</translation>
    </message>
    <message>
        <source>No session could be read from this text; the list below says why.</source>
        <translation>Inget pass kunde läsas ur texten; listan nedan förklarar varför.</translation>
    </message>
    <message>
        <source>Correct the rows listed below, or untick them to leave them out.</source>
        <translation>Rätta raderna i listan nedan, eller kryssa ur dem för att utelämna dem.</translation>
    </message>
    <message>
        <source>The round already has all of these sessions: nothing to import.</source>
        <translation>Omgången har redan alla dessa pass: inget att importera.</translation>
    </message>
    <message>
        <source>Double-click a cell to correct it. Times are stored as track time.</source>
        <translation>Dubbelklicka på en cell för att rätta den. Tiderna sparas som bantid.</translation>
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
        <translation>Utelämnad</translation>
    </message>
    <message>
        <source>Check this row</source>
        <translation>Kontrollera den här raden</translation>
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
    <name>SearchPanel</name>
    <message>
        <source>Driver, series, circuit, session…</source>
        <translation>Förare, serie, bana, pass…</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Sök pass</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Sökresultat</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) found</source>
        <translation>
            <numerusform>%n pass hittat</numerusform>
            <numerusform>%n pass hittade</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeasonModel</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Bana</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Who races</source>
        <translation>Vem kör</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Pass</translation>
    </message>
</context>
<context>
    <name>SeasonView</name>
    <message>
        <source>Rounds</source>
        <translation>Omgångar</translation>
    </message>
    <message>
        <source>No rounds yet. Add one with Season → New Round (Ctrl+R).</source>
        <translation>Inga omgångar än. Lägg till en med Säsong → Ny omgång (Ctrl+R).</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n omgång</numerusform>
            <numerusform>%n omgångar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New Session</source>
        <translation>Nytt pass</translation>
    </message>
    <message>
        <source>e.g. Free Practice 1</source>
        <translation>t.ex. Fri träning 1</translation>
    </message>
    <message>
        <source>Session name</source>
        <translation>Passets namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Start at the track</source>
        <translation>Start på banan</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>ej publicerad</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Start (track time):</source>
        <translation>S&amp;tart (bantid):</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Längd:</translation>
    </message>
</context>
<context>
    <name>SharedPlannerLink</name>
    <message>
        <source>Connected to the planner again.</source>
        <translation>Ansluten till planeraren igen.</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message numerus="yes">
        <source>%n session(s) this week</source>
        <translation>
            <numerusform>%n pass denna vecka</numerusform>
            <numerusform>%n pass denna vecka</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Week calendar</source>
        <translation>Veckokalender</translation>
    </message>
    <message>
        <source>Previous week (Page Up)</source>
        <translation>Föregående vecka (Page Up)</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Föregående vecka</translation>
    </message>
    <message>
        <source>Next week (Page Down)</source>
        <translation>Nästa vecka (Page Down)</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nästa vecka</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Go to this week (T)</source>
        <translation>Gå till denna vecka (T)</translation>
    </message>
    <message>
        <source>Days of the week</source>
        <translation>Veckans dagar</translation>
    </message>
    <message>
        <source>{first} – {last} · week {week}</source>
        <translation>{first} – {last} · vecka {week}</translation>
    </message>
    <message>
        <source>Times in home time ({zone})</source>
        <translation>Tider i hemmatid ({zone})</translation>
    </message>
</context>
<context>
    <name>WeekendModel</name>
    <message>
        <source>Track time</source>
        <translation>Bantid</translation>
    </message>
    <message>
        <source>Home time</source>
        <translation>Hemmatid</translation>
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
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Förare</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>Sändning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>{time} at the track ({zone})</source>
        <translation>{time} på banan ({zone})</translation>
    </message>
    <message>
        <source>{time} at home ({zone})</source>
        <translation>{time} hemma ({zone})</translation>
    </message>
    <message>
        <source>Stint {order}: {name}</source>
        <translation>Stint {order}: {name}</translation>
    </message>
    <message>
        <source>Change start of {name}</source>
        <translation>Ändra starttid för {name}</translation>
    </message>
    <message>
        <source>Change duration of {name}</source>
        <translation>Ändra längd för {name}</translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation>Byt namn på {name}</translation>
    </message>
    <message>
        <source>Change kind of {name}</source>
        <translation>Ändra typ för {name}</translation>
    </message>
    <message>
        <source>Change broadcast of {name}</source>
        <translation>Ändra sändning för {name}</translation>
    </message>
    <message>
        <source>Change status of {name}</source>
        <translation>Ändra status för {name}</translation>
    </message>
    <message>
        <source>Change notes of {name}</source>
        <translation>Ändra anteckningar för {name}</translation>
    </message>
</context>
<context>
    <name>WeekendView</name>
    <message>
        <source>Sessions by day</source>
        <translation>Pass per dag</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Bana</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Anmälan</translation>
    </message>
    <message>
        <source>No sessions yet. Apply a weekend template (Ctrl+T) or add a session (Ctrl+Shift+N), then type the times.</source>
        <translation>Inga pass än. Använd en helgmall (Ctrl+T) eller lägg till ett pass (Ctrl+Skift+N) och skriv sedan in tiderna.</translation>
    </message>
    <message>
        <source>{series} {year} · Round {number}</source>
        <translation>{series} {year} · Omgång {number}</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>Corners</source>
        <translation>Kurvor</translation>
    </message>
    <message>
        <source>Lap record {car_class}</source>
        <translation>Varvrekord {car_class}</translation>
    </message>
    <message>
        <source>Track time</source>
        <translation>Bantid</translation>
    </message>
    <message>
        <source>No car entered yet (Season → People and Cars).</source>
        <translation>Ingen bil anmäld än (Säsong → Personer och bilar).</translation>
    </message>
</context>
<context>
    <name>WrittenZoneBox</name>
    <message>
        <source>Detected from the text</source>
        <translation>Upptäckt i texten</translation>
    </message>
    <message>
        <source>Track time</source>
        <translation>Bantid</translation>
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
        <translation>Upptäckt: ”%1” (%2)</translation>
    </message>
    <message>
        <source>Detected: nothing said, so track time</source>
        <translation>Upptäckt: inget angivet, alltså bantid</translation>
    </message>
    <message>
        <source>Track time (%1)</source>
        <translation>Bantid (%1)</translation>
    </message>
</context>
</TS>
