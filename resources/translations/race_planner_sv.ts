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
        <source>Opening {path}…</source>
        <translation>Öppnar {path}…</translation>
    </message>
</context>
<context>
    <name>BulkCommands</name>
    <message>
        <source>{count} sessions</source>
        <translation>{count} pass</translation>
    </message>
    <message>
        <source>Shift {what} by {minutes} min</source>
        <translation>Flytta {what} {minutes} min</translation>
    </message>
    <message>
        <source>Assign drivers to {what}</source>
        <translation>Välj förare för {what}</translation>
    </message>
    <message>
        <source>Remove {what}</source>
        <translation>Ta bort {what}</translation>
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
    <name>CalendarFileImport</name>
    <message>
        <source>Import Calendar File</source>
        <translation>Importera kalenderfil</translation>
    </message>
    <message>
        <source>Calendar files (*.ics *.ical);;All files (*)</source>
        <translation>Kalenderfiler (*.ics *.ical);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Kan inte läsa {path}: {reason}</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importerar {file}…</translation>
    </message>
    <message>
        <source>Imported {file}: {added} added, {updated} updated.</source>
        <translation>Importerade {file}: {added} tillagda, {updated} uppdaterade.</translation>
    </message>
</context>
<context>
    <name>CalendarImportDialog</name>
    <message>
        <source>Paste Season Calendar into {season}</source>
        <translation>Klistra in säsongskalender i {season}</translation>
    </message>
    <message>
        <source>Season calendar text</source>
        <translation>Säsongskalenderns text</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Som skrivet</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Bana</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Paste the season calendar from the series website:</source>
        <translation>Klistra in säsongskalendern från seriens webbplats:</translation>
    </message>
    <message>
        <source>Paste a calendar to see its rounds.</source>
        <translation>Klistra in en kalender för att se dess omgångar.</translation>
    </message>
    <message>
        <source>Pick a circuit or untick the rows marked in red ({count}).</source>
        <translation>Välj en bana eller kryssa ur raderna markerade med rött ({count}).</translation>
    </message>
    <message>
        <source>No round could be read from this text.</source>
        <translation>Ingen omgång kunde läsas ur texten.</translation>
    </message>
    <message>
        <source>{new} new rounds, {updated} rounds updated.</source>
        <translation>{new} nya omgångar, {updated} omgångar uppdaterade.</translation>
    </message>
    <message>
        <source>Lines not read: {lines}</source>
        <translation>Rader som inte lästes: {lines}</translation>
    </message>
    <message>
        <source>Choose a circuit…</source>
        <translation>Välj en bana…</translation>
    </message>
    <message>
        <source>Circuit for round {number}</source>
        <translation>Bana för omgång {number}</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Utelämnad</translation>
    </message>
    <message>
        <source>No circuit matches: pick one</source>
        <translation>Ingen bana passar: välj en</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Oförändrad</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Ny omgång</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>circuit</source>
        <translation>bana</translation>
    </message>
    <message>
        <source>Update: {changes}</source>
        <translation>Uppdatera: {changes}</translation>
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
        <source>Someone else changed this after your edit ({text}). Replace their change anyway?</source>
        <translation>Någon annan ändrade detta efter din ändring ({text}). Ersätta deras ändring ändå?</translation>
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
        <source>What differs</source>
        <translation>Det som skiljer</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
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
        <source>Keep &amp;Theirs</source>
        <translation>Behåll &amp;deras</translation>
    </message>
    <message>
        <source>Merge as &amp;Chosen</source>
        <translation>Slå &amp;ihop som valt</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Behåll &amp;min</translation>
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
    <message>
        <source>Drivers</source>
        <translation>Förare</translation>
    </message>
    <message>
        <source>Round number</source>
        <translation>Omgångsnummer</translation>
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
        <source>Circuit</source>
        <translation>Bana</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalitet</translation>
    </message>
    <message>
        <source>Followed</source>
        <translation>Följd</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>When (home time)</source>
        <translation>När (hemmatid)</translation>
    </message>
    <message>
        <source>Clash</source>
        <translation>Krock</translation>
    </message>
    <message>
        <source>{count} clashes. Double-click a session to go to it.</source>
        <translation>{count} krockar. Dubbelklicka på ett pass för att gå till det.</translation>
    </message>
    <message>
        <source>No clashes: nobody is booked twice.</source>
        <translation>Inga krockar: ingen är dubbelbokad.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Anslut</translation>
    </message>
    <message>
        <source>Password File</source>
        <translation>Lösenordsfil</translation>
    </message>
    <message>
        <source>Connect to a Shared Planner</source>
        <translation>Anslut till en delad planering</translation>
    </message>
    <message>
        <source>The team&apos;s planner on a PostgreSQL server. Whoever set it up gives you the server, a user name and a password.</source>
        <translation>Teamets planering på en PostgreSQL-server. Den som satte upp den ger dig servern, ett användarnamn och ett lösenord.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Server of the shared planner</source>
        <translation>Den delade planeringens server</translation>
    </message>
    <message>
        <source>server.local:5432/race_planner or postgresql+psycopg://…</source>
        <translation>server.local:5432/race_planner eller postgresql+psycopg://…</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Användare:</translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation>Användarnamn på servern</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Kom ihåg lösenordet i systemets nyckelring</translation>
    </message>
    <message>
        <source>Password &amp;file:</source>
        <translation>Lösenords&amp;fil:</translation>
    </message>
    <message>
        <source>Password file</source>
        <translation>Lösenordsfil</translation>
    </message>
    <message>
        <source>Instead of a password: a file whose first line is it</source>
        <translation>I stället för lösenord: en fil med det på första raden</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>V&amp;älj…</translation>
    </message>
    <message>
        <source>This computer has no system keyring: a typed password serves this connection only. A password file saves typing it each time.</source>
        <translation>Den här datorn har ingen nyckelring: ett inskrivet lösenord gäller bara den här anslutningen. Med en lösenordsfil slipper du skriva det varje gång.</translation>
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
    <name>CopyPlannerDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Copy Planner To</source>
        <translation>Kopiera planeringen till</translation>
    </message>
    <message>
        <source>Choose the file to copy the planner into.</source>
        <translation>Välj filen som planeringen ska kopieras till.</translation>
    </message>
    <message>
        <source>{path} already exists. A copy goes into a new file; choose another name.</source>
        <translation>{path} finns redan. En kopia hamnar i en ny fil; välj ett annat namn.</translation>
    </message>
    <message>
        <source>Every series, season, round, session, driver, car and saved feed of {location} goes into another planner, each with its identifier, so phones&apos; calendar feeds keep their events. The other planner must be empty.</source>
        <translation>Varje serie, säsong, omgång, pass, förare, bil och sparat flöde i {location} kopieras till en annan planering, var och en med sin identitet, så att telefonernas kalenderflöden behåller sina händelser. Den andra planeringen måste vara tom.</translation>
    </message>
    <message>
        <source>A new planner &amp;file on this computer</source>
        <translation>En ny planerings&amp;fil på den här datorn</translation>
    </message>
    <message>
        <source>The new planner file</source>
        <translation>Den nya planeringsfilen</translation>
    </message>
    <message>
        <source>e.g. ~/planner-copy.sqlite3</source>
        <translation>t.ex. ~/planering-kopia.sqlite3</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>V&amp;älj…</translation>
    </message>
    <message>
        <source>A &amp;shared planner on a PostgreSQL server</source>
        <translation>En &amp;delad planering på en PostgreSQL-server</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Server of the shared planner</source>
        <translation>Den delade planeringens server</translation>
    </message>
    <message>
        <source>server.local:5432/race_planner or postgresql+psycopg://…</source>
        <translation>server.local:5432/race_planner eller postgresql+psycopg://…</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Användare:</translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation>Användarnamn på servern</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Empty: the one the keyring or ~/.pgpass keeps</source>
        <translation>Tomt: det som nyckelringen eller ~/.pgpass har</translation>
    </message>
    <message>
        <source>Password f&amp;ile:</source>
        <translation>Lösenordsf&amp;il:</translation>
    </message>
    <message>
        <source>Password file</source>
        <translation>Lösenordsfil</translation>
    </message>
    <message>
        <source>Instead of a password: a file whose first line is it</source>
        <translation>I stället för lösenord: en fil med det på första raden</translation>
    </message>
    <message>
        <source>&amp;Open the copy when it is done</source>
        <translation>Ö&amp;ppna kopian när den är klar</translation>
    </message>
</context>
<context>
    <name>DatabaseActions</name>
    <message>
        <source>&amp;New Planner…</source>
        <translation>&amp;Ny planerare…</translation>
    </message>
    <message>
        <source>&amp;Open Planner…</source>
        <translation>&amp;Öppna planerare…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>Säker&amp;hetskopiera…</translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup…</source>
        <translation>Återställ från säkerhets&amp;kopia…</translation>
    </message>
    <message>
        <source>{location} (shared) — Race Planner</source>
        <translation>{location} (delad) — Race Planner</translation>
    </message>
    <message>
        <source>Race Planner</source>
        <translation>Race Planner</translation>
    </message>
    <message>
        <source>{file} — Race Planner</source>
        <translation>{file} — Race Planner</translation>
    </message>
    <message>
        <source>A shared planner is backed up on its database server.</source>
        <translation>En delad planerare säkerhetskopieras på sin databasserver.</translation>
    </message>
    <message>
        <source>New Planner</source>
        <translation>Ny planerare</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name, or open it with File → Open.</source>
        <translation>{path} finns redan. Välj ett annat namn, eller öppna den med Arkiv → Öppna.</translation>
    </message>
    <message>
        <source>Creating {path}…</source>
        <translation>Skapar {path}…</translation>
    </message>
    <message>
        <source>Open Planner</source>
        <translation>Öppna planerare</translation>
    </message>
    <message>
        <source>Opening {path}…</source>
        <translation>Öppnar {path}…</translation>
    </message>
    <message>
        <source>{url} (shared)</source>
        <translation>{url} (delad)</translation>
    </message>
    <message>
        <source>No other planners yet</source>
        <translation>Inga andra planerare än</translation>
    </message>
    <message>
        <source>Back Up Planner</source>
        <translation>Säkerhetskopiera planeraren</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Säkerhetskopierar…</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>Säkerhetskopierad till {path}.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>Replace the open planner {current} with the backup {backup}?

The planner as it is now is kept beside it under a dated name (…before-restore-…), so you can restore it the same way to go back.</source>
        <translation>Ersätta den öppna planeraren {current} med säkerhetskopian {backup}?

Planeraren som den är nu sparas bredvid under ett daterat namn (…before-restore-…), så att du kan återställa den på samma sätt för att gå tillbaka.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Återställer…</translation>
    </message>
    <message>
        <source>Restored {backup}. The planner you had is kept as {kept}; restore that file to go back.</source>
        <translation>Återställde {backup}. Planeraren du hade sparas som {kept}; återställ den filen för att gå tillbaka.</translation>
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
    <name>DriversDialog</name>
    <message>
        <source>Assign Drivers</source>
        <translation>Välj förare</translation>
    </message>
    <message>
        <source>Who drives {what}?</source>
        <translation>Vem kör {what}?</translation>
    </message>
</context>
<context>
    <name>EditRoundDialog</name>
    <message>
        <source>Edit Round %1</source>
        <translation>Redigera omgång %1</translation>
    </message>
    <message>
        <source>No circuit chosen yet</source>
        <translation>Ingen bana vald än</translation>
    </message>
    <message>
        <source>Edit Round</source>
        <translation>Redigera omgång</translation>
    </message>
    <message>
        <source>Round &amp;number:</source>
        <translation>Omgångs&amp;nummer:</translation>
    </message>
    <message>
        <source>Round number</source>
        <translation>Omgångsnummer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Name of the round</source>
        <translation>Omgångens namn</translation>
    </message>
    <message>
        <source>Optional, e.g. Hankook 12h Hockenheimring</source>
        <translation>Valfritt, t.ex. Hankook 12h Hockenheimring</translation>
    </message>
    <message>
        <source>&amp;Circuit:</source>
        <translation>&amp;Bana:</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Bana</translation>
    </message>
    <message>
        <source>Type to search the circuit library, e.g. hock</source>
        <translation>Skriv för att söka i banbiblioteket, t.ex. hock</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Första dag:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Första dag</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Sista dag:</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <source>The sessions keep their times. To move the whole weekend with its sessions, use Weekend → Move Weekend…</source>
        <translation>Passen behåller sina tider. För att flytta hela helgen med dess pass, välj Helg → Flytta helgen…</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>A&amp;nteckningar:</translation>
    </message>
    <message>
        <source>Notes about the weekend</source>
        <translation>Anteckningar om helgen</translation>
    </message>
    <message>
        <source>Travel, hotel, who brings what…</source>
        <translation>Resa, hotell, vem som tar med vad…</translation>
    </message>
</context>
<context>
    <name>FeedCommands</name>
    <message>
        <source>Add feed “{name}”</source>
        <translation>Lägg till flödet ”{name}”</translation>
    </message>
    <message>
        <source>Edit feed “{name}”</source>
        <translation>Redigera flödet ”{name}”</translation>
    </message>
    <message>
        <source>Remove feed “{name}”</source>
        <translation>Ta bort flödet ”{name}”</translation>
    </message>
</context>
<context>
    <name>FeedEditorDialog</name>
    <message>
        <source>Edit Feed</source>
        <translation>Redigera flöde</translation>
    </message>
    <message>
        <source>New Feed</source>
        <translation>Nytt flöde</translation>
    </message>
    <message>
        <source>e.g. Jessica&apos;s races</source>
        <translation>t.ex. Jessicas race</translation>
    </message>
    <message>
        <source>feed</source>
        <translation>flöde</translation>
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
        <source>Seasons</source>
        <translation>Säsonger</translation>
    </message>
    <message>
        <source>Whole series (also next years)</source>
        <translation>Hela serier (även kommande år)</translation>
    </message>
    <message>
        <source>An all-day event for each weekend</source>
        <translation>En heldagshändelse för varje helg</translation>
    </message>
    <message>
        <source>Only sessions that are broadcast</source>
        <translation>Bara pass som sänds</translation>
    </message>
    <message>
        <source>Show cancelled sessions (marked cancelled)</source>
        <translation>Visa inställda pass (märkta inställda)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;File name:</source>
        <translation>&amp;Filnamn:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <source>&amp;Alarm:</source>
        <translation>&amp;Larm:</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Drivers (none ticked: every session)</source>
        <translation>Förare (ingen ikryssad: alla pass)</translation>
    </message>
    <message>
        <source>Session kinds (none ticked: all)</source>
        <translation>Typer av pass (ingen ikryssad: alla)</translation>
    </message>
    <message>
        <source>Give the feed a name.</source>
        <translation>Ge flödet ett namn.</translation>
    </message>
</context>
<context>
    <name>FeedsDialog</name>
    <message>
        <source>Added</source>
        <translation>Tillagt</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Flyttat</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Inställt</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Nytt namn</translation>
    </message>
    <message>
        <source>No longer cancelled</source>
        <translation>Inte längre inställt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Borttaget</translation>
    </message>
    <message>
        <source>New length</source>
        <translation>Ny längd</translation>
    </message>
    <message>
        <source>New kind</source>
        <translation>Ny typ</translation>
    </message>
    <message>
        <source>Time to be confirmed</source>
        <translation>Tid ej bekräftad</translation>
    </message>
    <message>
        <source>Time confirmed</source>
        <translation>Tid bekräftad</translation>
    </message>
    <message>
        <source>Phone Feeds</source>
        <translation>Kalenderflöden för mobilen</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Flöde</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>Visar</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Val</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Förare</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Typer</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Larm</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Last export</source>
        <translation>Senaste export</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportera</translation>
    </message>
    <message>
        <source>Export A&amp;ll</source>
        <translation>Exportera a&amp;lla</translation>
    </message>
    <message>
        <source>Copy &amp;Subscribe Link</source>
        <translation>Kopiera &amp;prenumerationslänk</translation>
    </message>
    <message>
        <source>Copy &amp;Web Address</source>
        <translation>Kopiera &amp;webbadress</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Öppna &amp;mapp</translation>
    </message>
    <message>
        <source>&amp;Publish to Calendar Server…</source>
        <translation>&amp;Publicera på kalenderserver…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Byt…</translation>
    </message>
    <message>
        <source>https://example.org/race-feeds (optional)</source>
        <translation>https://example.org/race-feeds (valfritt)</translation>
    </message>
    <message>
        <source>Export folder:</source>
        <translation>Exportmapp:</translation>
    </message>
    <message>
        <source>&amp;Published at:</source>
        <translation>&amp;Publiceras på:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>When (home time)</source>
        <translation>När (hemmatid)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>All seasons of {series}</source>
        <translation>Alla säsonger av {series}</translation>
    </message>
    <message>
        <source>Every season</source>
        <translation>Alla säsonger</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>broadcast only</source>
        <translation>bara sända</translation>
    </message>
    <message>
        <source>all-day weekends</source>
        <translation>helger som heldag</translation>
    </message>
    <message>
        <source>cancelled shown</source>
        <translation>inställda visas</translation>
    </message>
    <message>
        <source>no cancelled</source>
        <translation>inga inställda</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Inget</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>No feeds yet: add one, then export it.</source>
        <translation>Inga flöden än: lägg till ett och exportera det sedan.</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Fil: {path}</translation>
    </message>
    <message>
        <source>Subscribe: {url}</source>
        <translation>Prenumerera: {url}</translation>
    </message>
    <message>
        <source>Give the address where the folder is published to get a link.</source>
        <translation>Ange adressen där mappen publiceras för att få en länk.</translation>
    </message>
    <message>
        <source>What changed since the last export shows here after an export.</source>
        <translation>Vad som ändrats sedan senaste exporten visas här efter en export.</translation>
    </message>
    <message>
        <source>First export of “{name}”: {count} sessions, nothing to compare with.</source>
        <translation>Första exporten av ”{name}”: {count} pass, inget att jämföra med.</translation>
    </message>
    <message>
        <source>“{name}”: no changes since the last export ({count} sessions).</source>
        <translation>”{name}”: inga ändringar sedan senaste exporten ({count} pass).</translation>
    </message>
    <message>
        <source>“{name}”: what changed since the last export</source>
        <translation>”{name}”: vad som ändrats sedan senaste exporten</translation>
    </message>
    <message>
        <source>Remove the feed “{name}”? Its file stays where it is; phones that subscribed keep the last export. (Edit → Undo brings the feed back.)</source>
        <translation>Ta bort flödet ”{name}”? Filen ligger kvar där den är; mobiler som prenumererar behåller senaste exporten. (Redigera → Ångra tar tillbaka flödet.)</translation>
    </message>
    <message>
        <source>Remove Feed</source>
        <translation>Ta bort flöde</translation>
    </message>
    <message>
        <source>Export Folder</source>
        <translation>Exportmapp</translation>
    </message>
    <message>
        <source>Exporting “{name}” (%v of %m)…</source>
        <translation>Exporterar ”{name}” (%v av %m)…</translation>
    </message>
    <message>
        <source>Exported to {folder}.</source>
        <translation>Exporterat till {folder}.</translation>
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
    <message>
        <source>Import a schedule from a PDF</source>
        <translation>Importera ett tidsschema från en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF-filer (*.pdf);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>IcsImportDialog</name>
    <message>
        <source>Import Calendar File</source>
        <translation>Importera kalenderfil</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Fil: {path}</translation>
    </message>
    <message>
        <source>As the file says (Race Planner exports)</source>
        <translation>Som filen säger (exporter från Race Planner)</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Säsong</translation>
    </message>
    <message>
        <source>Import into series:</source>
        <translation>Importera till serien:</translation>
    </message>
    <message>
        <source>Season:</source>
        <translation>Säsong:</translation>
    </message>
    <message>
        <source>Places that match no circuit</source>
        <translation>Platser som inte motsvarar någon bana</translation>
    </message>
    <message>
        <source>Place in the file</source>
        <translation>Plats i filen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Bana</translation>
    </message>
    <message>
        <source>Round / session</source>
        <translation>Omgång / pass</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Track time</source>
        <translation>Bantid</translation>
    </message>
    <message>
        <source>Home time ({zone})</source>
        <translation>Hemmatid ({zone})</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Läser filen…</translation>
    </message>
    <message>
        <source>{name} (cancelled)</source>
        <translation>{name} (inställt)</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Pick a circuit for each place above to import.</source>
        <translation>Välj en bana för varje plats ovan för att importera.</translation>
    </message>
    <message>
        <source>The file has no sessions to import.</source>
        <translation>Filen har inga pass att importera.</translation>
    </message>
    <message>
        <source>{added} sessions to add, {updated} to update, {unchanged} unchanged; {rounds} new rounds.</source>
        <translation>{added} pass att lägga till, {updated} att uppdatera, {unchanged} oförändrade; {rounds} nya omgångar.</translation>
    </message>
    <message>
        <source>Left out: {items}</source>
        <translation>Utelämnat: {items}</translation>
    </message>
    <message>
        <source>Choose a circuit…</source>
        <translation>Välj en bana…</translation>
    </message>
    <message>
        <source>Circuit for {place}</source>
        <translation>Bana för {place}</translation>
    </message>
</context>
<context>
    <name>ImportCalendarCommand</name>
    <message>
        <source>Import calendar into {season}</source>
        <translation>Importera kalender till {season}</translation>
    </message>
</context>
<context>
    <name>ImportIcsCommand</name>
    <message>
        <source>Import {file}</source>
        <translation>Importera {file}</translation>
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
        <source>Import Schedule from &amp;PDF…</source>
        <translation>Importera tidsschema från &amp;PDF…</translation>
    </message>
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
        <source>&amp;Edit Round…</source>
        <translation>&amp;Redigera omgång…</translation>
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
        <source>Weekend &amp;Columns</source>
        <translation>&amp;Kolumner i helgen</translation>
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
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
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
        <source>Edit {name}</source>
        <translation>Redigera {name}</translation>
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
        <source>Database: {path}</source>
        <translation>Databas: {path}</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Datamapp: {path}</translation>
    </message>
    <message>
        <source>Qt {qt} (PySide6 {pyside}), Python {python}</source>
        <translation>Qt {qt} (PySide6 {pyside}), Python {python}</translation>
    </message>
    <message>
        <source>About Race Planner</source>
        <translation>Om Race Planner</translation>
    </message>
    <message>
        <source>Race Planner was asked to open {path}, which is not a file.</source>
        <translation>Race Planner ombads öppna {path}, men det är ingen fil.</translation>
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
    <name>OverviewPrinting</name>
    <message>
        <source>Print Season</source>
        <translation>Skriv ut säsongen</translation>
    </message>
    <message>
        <source>Print Year</source>
        <translation>Skriv ut året</translation>
    </message>
    <message>
        <source>Export Season as PDF</source>
        <translation>Exportera säsongen som PDF</translation>
    </message>
    <message>
        <source>Export Year as PDF</source>
        <translation>Exportera året som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Sparade {path}.</translation>
    </message>
</context>
<context>
    <name>PeopleCommands</name>
    <message>
        <source>Rename {old} to {new}</source>
        <translation>Byt namn på {old} till {new}</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Ta bort {name}</translation>
    </message>
    <message>
        <source>Add team {name}</source>
        <translation>Lägg till teamet {name}</translation>
    </message>
    <message>
        <source>Add car {name}</source>
        <translation>Lägg till bilen {name}</translation>
    </message>
    <message>
        <source>Change the crew of {car}</source>
        <translation>Ändra besättningen i {car}</translation>
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
        <source>&amp;Follow (shown under Next Up)</source>
        <translation>&amp;Följ (visas under Näst på tur)</translation>
    </message>
    <message>
        <source>Follow the new driver</source>
        <translation>Följ den nya föraren</translation>
    </message>
    <message>
        <source>Add Driver</source>
        <translation>Lägg till förare</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Nationalit&amp;y:</source>
        <translation>Nationali&amp;tet:</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Byt &amp;namn…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Ta &amp;bort…</translation>
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
        <source>New &amp;team:</source>
        <translation>Nytt &amp;team:</translation>
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
        <source>Class:</source>
        <translation>Klass:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>N&amp;ummer:</translation>
    </message>
    <message>
        <source>T&amp;eam:</source>
        <translation>T&amp;eam:</translation>
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
    <message>
        <source>Save Crew</source>
        <translation>Spara besättningen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Byt namn</translation>
    </message>
    <message>
        <source>New name for {name}:</source>
        <translation>Nytt namn för {name}:</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Ta bort {name}?</translation>
    </message>
    <message>
        <source>It is used here; these go with it:</source>
        <translation>Det används här; detta försvinner också:</translation>
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
    <name>PressKitDialog</name>
    <message>
        <source>Press Kit — {series} {year}, Round {number}</source>
        <translation>Pressmaterial — {series} {year}, omgång {number}</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Tidsschema</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Bana</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Standings</source>
        <translation>Ställning</translation>
    </message>
    <message>
        <source>Home time ({zone})</source>
        <translation>Hemmatid ({zone})</translation>
    </message>
    <message>
        <source>Track time ({zone})</source>
        <translation>Bantid ({zone})</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Times in</source>
        <translation>Tider i</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Förare</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <source>Copied: paste it into your press release.</source>
        <translation>Kopierat: klistra in det i ditt pressmeddelande.</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Edits are off: this planner is on read-only storage.</source>
        <translation>Ändringar är avstängda: planeraren ligger på skrivskyddad lagring.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>&lt;b&gt;Read-only: edits are off.&lt;/b&gt; {location} is on storage that cannot be written (a read-only disk or folder). You can look, print and export; copy the file to a writable folder to change it.</source>
        <translation>&lt;b&gt;Skrivskyddad: ändringar är avstängda.&lt;/b&gt; {location} ligger på lagring som inte går att skriva till (en skrivskyddad disk eller mapp). Du kan titta, skriva ut och exportera; kopiera filen till en skrivbar mapp för att ändra den.</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Meddelande om skrivskydd</translation>
    </message>
</context>
<context>
    <name>ResultsCommands</name>
    <message>
        <source>Paste standings after round {number}</source>
        <translation>Klistra in ställning efter omgång {number}</translation>
    </message>
    <message>
        <source>Change the points system</source>
        <translation>Ändra poängsystemet</translation>
    </message>
</context>
<context>
    <name>ResultsFeature</name>
    <message>
        <source>&amp;Results Mode</source>
        <translation>&amp;Resultatläge</translation>
    </message>
    <message>
        <source>&amp;Standings…</source>
        <translation>&amp;Ställning…</translation>
    </message>
    <message>
        <source>Press &amp;Kit…</source>
        <translation>Press&amp;material…</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Session</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Bil</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Placering</translation>
    </message>
    <message>
        <source>In class</source>
        <translation>I klassen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Pole</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Fastest lap</source>
        <translation>Snabbaste varv</translation>
    </message>
    <message>
        <source>Best lap</source>
        <translation>Bästa varv</translation>
    </message>
    <message>
        <source>Laps</source>
        <translation>Varv</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Klassad</translation>
    </message>
    <message>
        <source>Typed points</source>
        <translation>Inskrivna poäng</translation>
    </message>
    <message>
        <source>From the points system</source>
        <translation>Från poängsystemet</translation>
    </message>
    <message>
        <source>Result of {session}</source>
        <translation>Resultat i {session}</translation>
    </message>
    <message>
        <source>position</source>
        <translation>placering</translation>
    </message>
    <message>
        <source>class position</source>
        <translation>klassplacering</translation>
    </message>
    <message>
        <source>laps</source>
        <translation>antal varv</translation>
    </message>
    <message>
        <source>“{text}” is not a {what}: type a whole number such as 3.</source>
        <translation>”{text}” är ingen {what}: skriv ett heltal, t.ex. 3.</translation>
    </message>
    <message>
        <source>“{text}” is not a number of points; leave it empty to use the points system.</source>
        <translation>”{text}” är ingen poängsumma; lämna tomt för att använda poängsystemet.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Standings…</source>
        <translation>Ställning…</translation>
    </message>
    <message>
        <source>Press Kit…</source>
        <translation>Pressmaterial…</translation>
    </message>
    <message>
        <source>Type a position and press Enter to go to the next session. Status: DNS, DNF, DSQ or NC, with the reason beside it. Space ticks pole and fastest lap. Points come from the season&apos;s points system unless you type them.</source>
        <translation>Skriv en placering och tryck Enter för att gå till nästa pass. Status: DNS, DNF, DSQ eller NC, med orsaken bredvid. Mellanslag bockar i pole och snabbaste varv. Poängen kommer från säsongens poängsystem om du inte skriver in dem.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Results · {series} {year} · Round {number} · {track}</source>
        <translation>Resultat · {series} {year} · Omgång {number} · {track}</translation>
    </message>
    <message>
        <source>{car} ({crew}): {points} points this weekend</source>
        <translation>{car} ({crew}): {points} poäng i helgen</translation>
    </message>
    <message>
        <source>No points system for this season yet.</source>
        <translation>Inget poängsystem för säsongen än.</translation>
    </message>
</context>
<context>
    <name>RoundFormDialog</name>
    <message>
        <source>No circuit chosen yet</source>
        <translation>Ingen bana vald än</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>Sista dagen ligger före första dagen.</translation>
    </message>
    <message>
        <source>This round lasts {days} days. Is that right?</source>
        <translation>Den här omgången varar i {days} dagar. Stämmer det?</translation>
    </message>
</context>
<context>
    <name>RoundMenus</name>
    <message>
        <source>&amp;Open Weekend</source>
        <translation>&amp;Öppna helgen</translation>
    </message>
    <message>
        <source>&amp;Open Season</source>
        <translation>&amp;Öppna säsongen</translation>
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
        <source>Paste the timetable from the press release or the series website, or drop a timetable PDF here:</source>
        <translation>Klistra in tidsschemat från pressmeddelandet eller seriens webbplats, eller släpp en PDF med tidsschemat här:</translation>
    </message>
    <message>
        <source>Open text or PDF…</source>
        <translation>Öppna text eller PDF…</translation>
    </message>
    <message>
        <source>Timetable text</source>
        <translation>Tidtabellens text</translation>
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
        <source>Times are written in</source>
        <translation>Tiderna är skrivna i</translation>
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
        <source>Timetables (*.txt *.pdf);;Text files (*.txt);;PDF files (*.pdf);;All files (*)</source>
        <translation>Tidsscheman (*.txt *.pdf);;Textfiler (*.txt);;PDF-filer (*.pdf);;Alla filer (*)</translation>
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
        <source>Left out: %1</source>
        <translation>Utelämnad: %1</translation>
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
        <source>Left out by the reader: %1 Tick the row to import it.</source>
        <translation>Utelämnad vid läsningen: %1 Kryssa i raden för att importera den.</translation>
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
    <name>SessionActions</name>
    <message>
        <source>&amp;Edit Session…</source>
        <translation>&amp;Redigera pass…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Session</source>
        <translation>&amp;Duplicera pass</translation>
    </message>
    <message>
        <source>Cancel or Re&amp;instate</source>
        <translation>Ställ in eller åter&amp;inför</translation>
    </message>
    <message>
        <source>Time to Be &amp;Confirmed</source>
        <translation>Tiden ej &amp;bekräftad</translation>
    </message>
    <message>
        <source>S&amp;hift by Minutes…</source>
        <translation>F&amp;lytta några minuter…</translation>
    </message>
    <message>
        <source>&amp;Share as One-Event File…</source>
        <translation>De&amp;la som fil med en händelse…</translation>
    </message>
    <message>
        <source>Cop&amp;y as Text</source>
        <translation>&amp;Kopiera som text</translation>
    </message>
    <message>
        <source>Edit Session (Enter in the table)</source>
        <translation>Redigera pass (Enter i tabellen)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplicera</translation>
    </message>
    <message>
        <source>&amp;Reinstate</source>
        <translation>&amp;Återinför</translation>
    </message>
    <message>
        <source>Mark as Ca&amp;ncelled</source>
        <translation>Markera som &amp;inställd</translation>
    </message>
    <message>
        <source>Assign &amp;Drivers…</source>
        <translation>Välj &amp;förare…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Redigera {name}</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (kopia)</translation>
    </message>
    <message>
        <source>{name} (copy {number})</source>
        <translation>{name} (kopia {number})</translation>
    </message>
    <message>
        <source>Cancel {what}</source>
        <translation>Ställ in {what}</translation>
    </message>
    <message>
        <source>Reinstate {what}</source>
        <translation>Återinför {what}</translation>
    </message>
    <message>
        <source>Mark {what} as to be confirmed</source>
        <translation>Markera {what} som ej bekräftad</translation>
    </message>
    <message>
        <source>Shift Sessions</source>
        <translation>Flytta pass</translation>
    </message>
    <message>
        <source>Move {what} by how many minutes?
(negative: earlier)</source>
        <translation>Flytta {what} hur många minuter?
(negativt: tidigare)</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New Session</source>
        <translation>Nytt pass</translation>
    </message>
    <message>
        <source>Edit Session</source>
        <translation>Redigera pass</translation>
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
        <source>Day</source>
        <translation>Dag</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>e.g. live on YouTube</source>
        <translation>t.ex. direkt på YouTube</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>Sändning</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
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
        <source>D&amp;ay:</source>
        <translation>D&amp;ag:</translation>
    </message>
    <message>
        <source>&amp;Start (track time):</source>
        <translation>S&amp;tart (bantid):</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Längd:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Dri&amp;vers:</source>
        <translation>F&amp;örare:</translation>
    </message>
    <message>
        <source>&amp;Broadcast:</source>
        <translation>S&amp;ändning:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>A&amp;nteckningar:</translation>
    </message>
</context>
<context>
    <name>SessionSharing</name>
    <message>
        <source>Share Session</source>
        <translation>Dela pass</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>Saved {path}: send it, and the event updates in the other calendar.</source>
        <translation>Sparade {path}: skicka den, så uppdateras händelsen i den andra kalendern.</translation>
    </message>
</context>
<context>
    <name>SharedPlannerActions</name>
    <message>
        <source>Connect to a S&amp;hared Planner…</source>
        <translation>Anslut till en &amp;delad planering…</translation>
    </message>
    <message>
        <source>Open the team&apos;s planner on a PostgreSQL server</source>
        <translation>Öppna teamets planering på en PostgreSQL-server</translation>
    </message>
    <message>
        <source>Cop&amp;y Planner To…</source>
        <translation>Kop&amp;iera planeringen till…</translation>
    </message>
    <message>
        <source>Copy the whole planner into a new file or onto a shared planner</source>
        <translation>Kopiera hela planeringen till en ny fil eller till en delad planering</translation>
    </message>
    <message>
        <source>Connected to {url}.</source>
        <translation>Ansluten till {url}.</translation>
    </message>
    <message>
        <source>Connect to a Shared Planner</source>
        <translation>Anslut till en delad planering</translation>
    </message>
    <message>
        <source>Connecting to {url}…</source>
        <translation>Ansluter till {url}…</translation>
    </message>
    <message>
        <source>Copy Planner To</source>
        <translation>Kopiera planeringen till</translation>
    </message>
    <message>
        <source>Copying the planner to {target}…</source>
        <translation>Kopierar planeringen till {target}…</translation>
    </message>
    <message>
        <source>Copied {total} rows to {target}: {series} series, {seasons} seasons, {rounds} rounds, {sessions} sessions, {drivers} drivers, {cars} cars and {feeds} saved feeds, every identifier kept. {source} is unchanged.</source>
        <translation>Kopierade {total} rader till {target}: {series} serier, {seasons} säsonger, {rounds} omgångar, {sessions} pass, {drivers} förare, {cars} bilar och {feeds} sparade flöden, alla identiteter behållna. {source} är oförändrad.</translation>
    </message>
    <message>
        <source>Race Planner</source>
        <translation>Race Planner</translation>
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
    <name>StandingsDialog</name>
    <message>
        <source>Standings — {season}</source>
        <translation>Ställning — {season}</translation>
    </message>
    <message>
        <source>after round </source>
        <translation>efter omgång </translation>
    </message>
    <message>
        <source>Standings</source>
        <translation>Ställning</translation>
    </message>
    <message>
        <source>Pos.</source>
        <translation>Plac.</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Förare</translation>
    </message>
    <message>
        <source>Nat.</source>
        <translation>Nat.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Avstånd</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Published table</source>
        <translation>Publicerad tabell</translation>
    </message>
    <message>
        <source>Paste the published table, one driver a line: 1. Name SWE 44p</source>
        <translation>Klistra in den publicerade tabellen, en förare per rad: 1. Namn SWE 44p</translation>
    </message>
    <message>
        <source>Use as Published Table</source>
        <translation>Använd som publicerad tabell</translation>
    </message>
    <message>
        <source>Published table for the rest of the field</source>
        <translation>Publicerad tabell för resten av fältet</translation>
    </message>
    <message>
        <source>Positions in class score</source>
        <translation>Klassplaceringar ger poäng</translation>
    </message>
    <message>
        <source>as entered</source>
        <translation>som inlagt</translation>
    </message>
    <message>
        <source>Save Points System</source>
        <translation>Spara poängsystem</translation>
    </message>
    <message>
        <source>Points system</source>
        <translation>Poängsystem</translation>
    </message>
    <message>
        <source>Standings after round</source>
        <translation>Ställning efter omgång</translation>
    </message>
    <message>
        <source>Race (1st, 2nd, …)</source>
        <translation>Race (1:a, 2:a, …)</translation>
    </message>
    <message>
        <source>Qualifying (1st, 2nd, …)</source>
        <translation>Kval (1:a, 2:a, …)</translation>
    </message>
    <message>
        <source>Pole bonus</source>
        <translation>Bonus för pole</translation>
    </message>
    <message>
        <source>Fastest lap bonus</source>
        <translation>Bonus för snabbaste varv</translation>
    </message>
    <message>
        <source>Rounds in the season</source>
        <translation>Omgångar i säsongen</translation>
    </message>
    <message>
        <source>after {done} of {total} rounds</source>
        <translation>efter {done} av {total} omgångar</translation>
    </message>
    <message>
        <source>our results</source>
        <translation>våra resultat</translation>
    </message>
    <message>
        <source>published table</source>
        <translation>publicerad tabell</translation>
    </message>
    <message>
        <source>{count} rows read</source>
        <translation>{count} rader lästa</translation>
    </message>
    <message>
        <source>{count} lines not read: {lines}</source>
        <translation>{count} rader inte lästa: {lines}</translation>
    </message>
</context>
<context>
    <name>TemplateMode</name>
    <message>
        <source>Apply Template</source>
        <translation>Använd mall</translation>
    </message>
    <message>
        <source>{name} has {count} sessions already. Add only the sessions it lacks, or replace them all with the template&apos;s?</source>
        <translation>{name} har redan {count} pass. Lägga till bara de pass som saknas, eller ersätta alla med mallens?</translation>
    </message>
    <message>
        <source>Add &amp;Missing</source>
        <translation>Lägg till &amp;saknade</translation>
    </message>
    <message>
        <source>&amp;Replace All</source>
        <translation>&amp;Ersätt alla</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Race Planner User Guide</source>
        <translation>Användarguide för Race Planner</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Användarguide</translation>
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
    <name>WindowFeatures</name>
    <message>
        <source>P&amp;hone Feeds…</source>
        <translation>Kalenderflöden för &amp;mobilen…</translation>
    </message>
    <message>
        <source>Import Calendar &amp;File (.ics)…</source>
        <translation>Importera kalender&amp;fil (.ics)…</translation>
    </message>
    <message>
        <source>Paste Season Ca&amp;lendar…</source>
        <translation>Klistra in säsongskalen&amp;der…</translation>
    </message>
    <message>
        <source>Share as &amp;One-Event File…</source>
        <translation>Dela som fil med &amp;en händelse…</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Användarguide</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Krockar</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Krockar</translation>
    </message>
    <message>
        <source>Print Season O&amp;verview…</source>
        <translation>Skriv ut säsongs&amp;översikt…</translation>
    </message>
    <message>
        <source>Export Season Overview as PDF…</source>
        <translation>Exportera säsongsöversikt som PDF…</translation>
    </message>
    <message>
        <source>Print &amp;Year {year}…</source>
        <translation>Skriv ut å&amp;ret {year}…</translation>
    </message>
    <message>
        <source>Export Year {year} as PDF…</source>
        <translation>Exportera året {year} som PDF…</translation>
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
