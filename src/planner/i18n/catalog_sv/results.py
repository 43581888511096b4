"""Swedish texts of results, points, standings and the press-kit blocks."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # entering results
    "position": "placering",
    "class position": "klassplacering",
    "A {what} is 1 or more; “{session}” got {number}.": (
        "En {what} är 1 eller mer; ”{session}” fick {number}."
    ),
    "A car that did not start or was disqualified has no position (“{session}”).": (
        "En bil som inte startade eller diskvalificerades har ingen placering (”{session}”)."
    ),
    "Laps cannot be negative (“{session}”).": "Antal varv kan inte vara negativt (”{session}”).",
    "Points cannot be negative (“{session}”).": "Poäng kan inte vara negativa (”{session}”).",
    "That car is not entered in the round of “{session}”.": (
        "Den bilen är inte anmäld till omgången för ”{session}”."
    ),
    "Round {number} has no session called “{name}”. Its sessions: {known}.": (
        "Omgång {number} har inget pass som heter ”{name}”. Dess pass: {known}."
    ),
    "{driver} is in no car's crew in round {number}.": (
        "{driver} kör ingen bil i omgång {number}."
    ),
    "No car number {number} is entered in round {round}.": (
        "Ingen bil med nummer {number} är anmäld i omgång {round}."
    ),
    "Unknown result status “{text}”: choose classified, dnf, dns, dsq or nc.": (
        "Okänd resultatstatus ”{text}”: välj classified, dnf, dns, dsq eller nc."
    ),
    "“{text}” is not a lap time; write it as M:SS.mmm, e.g. 1:47.095.": (
        "”{text}” är ingen varvtid; skriv den som M:SS.mmm, t.ex. 1:47.095."
    ),
    # pasted results (the parsers' own texts are in catalog_sv/importing.py)
    "“{name}” could be any of: {names}.": "”{name}” kan vara vilket som helst av: {names}.",
    "This round has no session of that kind for “{name}”.": (
        "Omgången har inget pass av det slaget för ”{name}”."
    ),
    "No session of this round matches “{name}”.": "Inget pass i omgången passar ”{name}”.",
    "“{name}” already has a result earlier in this text.": (
        "”{name}” har redan ett resultat tidigare i texten."
    ),
    # points
    "Bonus points cannot be negative.": "Bonuspoäng kan inte vara negativa.",
    "A season has at least one round.": "En säsong har minst en omgång.",
    "Points cannot be negative (“{part}” in the {what}).": (
        "Poäng kan inte vara negativa (”{part}” i {what})."
    ),
    "“{part}” in the {what} is not a number of points.": "”{part}” i {what} är ingen poängsumma.",
    "race points": "racepoängen",
    "qualifying points": "kvalpoängen",
    # standings
    "A round number is 1 or more.": "Ett omgångsnummer är 1 eller mer.",
    "A driver is named twice in the table.": "En förare står två gånger i tabellen.",
    "A row of the table has no driver.": "En rad i tabellen saknar förare.",
    "{season} has {count} rounds; there is no round {number}.": (
        "{season} har {count} omgångar; det finns ingen omgång {number}."
    ),
    "“{driver}”: positions are 1 or more and points not negative.": (
        "”{driver}”: placeringar är 1 eller mer och poäng inte negativa."
    ),
    # press kit
    "Time schedule for this weekend's races ({series} Round {number}):": (
        "Tidsschema för helgens tävlingar ({series} omgång {number}):"
    ),
    "{minutes} min": "{minutes} min",
    "{hours} hours": "{hours} timmar",
    "About the track ({track}):": "Om banan ({track}):",
    "Place": "Plats",
    "Race length": "Racelängd",
    "Results from the weekend:": "Resultat från helgen:",
    "No results entered yet.": "Inga resultat inlagda ännu.",
    "{place} place": "{place} plats",
    "{place} in {car_class}": "{place} i {car_class}",
    "pole position": "pole position",
    "fastest lap": "snabbaste varv",
    "best lap {time}": "bästa varv {time}",
    "classified": "klassad",
    "Championship standings ({season}):": "Mästerskapsställning ({season}):",
    "Championship standings after {done} of {total} rounds:": (
        "Mästerskapsställning efter {done} av {total} omgångar:"
    ),
    # command line
    "{count} results stored.": "{count} resultat sparade.",
    "{count} rows stored.": "{count} rader sparade.",
    "Nothing changed (dry run).": "Inget ändrat (provkörning).",
    "{season}: no results yet.": "{season}: inga resultat än.",
    "{season} after {done} of {total} rounds": "{season} efter {done} av {total} omgångar",
    "The library has no points system for {series}.": (
        "Biblioteket har inget poängsystem för {series}."
    ),
    "computed": "beräknad",
    "published": "publicerad",
    # printed sheets
    "Points this weekend: {points}": "Poäng i helgen: {points}",
    "{points} points": "{points} poäng",
    "Driver change in the middle of the race": "Förarbyte mitt i loppet",
}
