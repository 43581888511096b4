// Read an .ics file with ical.js (Thunderbird's parser) and print JSON:
// one object per VEVENT with uid, summary, start in UTC, and the TZID used.
//
// Usage: node icaljs_check.mjs <file.ics> <dir with node_modules/ical.js>
// Only the file's own VTIMEZONEs are registered, so a TZID without one would
// be read as floating time and show up as a wrong UTC time.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [icsPath, prefix] = process.argv.slice(2);
const packageDir = join(prefix, "node_modules", "ical.js");
const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
const entry = manifest.exports?.import ?? manifest.main;
const ICAL = (await import(pathToFileURL(join(packageDir, entry)).href)).default;

const calendar = new ICAL.Component(ICAL.parse(readFileSync(icsPath, "utf8")));
for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
}

const events = calendar.getAllSubcomponents("vevent").map((component) => {
  const event = new ICAL.Event(component);
  const start = event.startDate;
  const end = event.endDate;
  return {
    uid: event.uid,
    summary: event.summary,
    is_date: start.isDate,
    tzid: component.getFirstProperty("dtstart").getParameter("tzid") ?? null,
    start_utc: start.isDate ? null : start.toJSDate().toISOString(),
    end_utc: end.isDate ? null : end.toJSDate().toISOString(),
    start_local: start.toString(),
  };
});
process.stdout.write(JSON.stringify(events));
