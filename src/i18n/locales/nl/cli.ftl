# Mentora's command line, Dutch. Every person-facing line of `mentora` (not the developer
# benchmarks and evaluations, and not JSON output) is a message here, translated in the five
# other files beside this one with the same ids and variables.

## Prompts
prompt-password = Wachtwoord:{" "}
prompt-recovery-key = Herstelsleutel:{" "}
prompt-new-password = Nieuw wachtwoord:{" "}

## mentora backup
# $file: the backup's file name; $mb: its size in MB (already formatted); $rows: rows checked; $pruned: older backups deleted
backup-done = Back-up gemaakt en teruggelezen: { $file } ({ $mb } MB, { $rows } rijen gecontroleerd{ $pruned ->
        [0] {""}
        [one] ; 1 oudere verwijderd
       *[other] ; { $pruned } oudere verwijderd
    }).
backup-folder-none = (geen gekozen)
# $folder: the backup folder; $every: off, daily or weekly; $keep: how many are kept
backup-plan =
    Map: { $folder }
    Automatisch: { $every ->
        [daily] Dagelijks
        [weekly] Wekelijks
       *[off] Uit
    }
    Bewaren: { $keep }
# $at: date and time; $file: the file
backup-last = Laatste back-up: { $at } ({ $file })
# $at: date and time; $message: why it failed
backup-last-failed = Laatste back-up MISLUKT { $at }: { $message }
backup-last-never = Laatste back-up: nooit
backup-none-found = Geen back-ups gevonden. Geef de map op: mentora backup list --folder /path
backup-prompt-password = Het wachtwoord van het profiel toen de back-up werd gemaakt:{" "}
# $name: the new profile's name; $id: its id
backup-restored = Hersteld in profiel '{ $name }' ({ $id }).
backup-new-recovery-key = Nieuwe herstelsleutel (alleen nu getoond; de oude van de back-up opent het niet meer):
prompt-repeat = Nog een keer:{" "}
# $name: the profile
prompt-password-for = Wachtwoord voor '{ $name }':{" "}

## mentora profile, unlock, lock, vault check, export, import
# $name: the profile's name; $id: its id
profile-created = Profiel '{ $name }' aangemaakt ({ $id }).
profile-recovery-key = Herstelsleutel (alleen nu getoond; schrijf hem op en bewaar hem op een veilige plek):
profile-none = Nog geen profielen: mentora profile create NAME
# $folder: the profile's folder; $why: what is wrong with it
profile-damaged = { $folder }  (beschadigd: { $why })
profile-remembered = {"  "}(ontgrendelt via de sleutelbos)
# $name: the profile
profile-deleted = Profiel '{ $name }' verwijderd.
unlock-password-changed = Wachtwoord gewijzigd.
# $name: the profile
unlock-remembered = '{ $name }' ontgrendeld; de sleutel blijft in de sleutelbos van het systeem tot `mentora lock`.
# $name: the profile
unlock-correct = Wachtwoord klopt: '{ $name }' gaat open.
# $name: the profile
lock-done = '{ $name }' vergrendeld: de volgende keer wordt om het wachtwoord gevraagd.
# $name: the profile
vault-check-ok = ok: integrity_check en cipher_integrity_check geslaagd voor '{ $name }'
# $problem: what SQLite reported
vault-check-problem = probleem: { $problem }
# $name: the profile; $path: the file written
export-done = '{ $name }' geëxporteerd naar { $path }
# $rows: rows imported; $name: the profile
import-done = { $rows } rijen geïmporteerd in '{ $name }'
# $rows: entries imported; $name: the profile
import-daylio-done = { $rows } Daylio-notities geïmporteerd in '{ $name }'
# $note: a remark about the import
note = opmerking: { $note }
# $count: entries flagged
import-flagged = { $count ->
        [one] { $count } geïmporteerde notitie klinkt als crisis of zorg en is gemarkeerd om na te kijken; als iets daarvan is hoe je je nu voelt, zoek dan alsjeblieft hulp: de hulplijnen staan in het venster op het scherm Veiligheidsplan
       *[other] { $count } geïmporteerde notities klinken als crisis of zorg en zijn gemarkeerd om na te kijken; als iets daarvan is hoe je je nu voelt, zoek dan alsjeblieft hulp: de hulplijnen staan in het venster op het scherm Veiligheidsplan
    }

## mentora journal, gratitude, sleep, breathe, checkin, better-days, search, today, mood, calendar, activity
# $id: the entry's number; $date: its day; $mood: 1–5
journal-saved = dagboeknotitie { $id } opgeslagen ({ $date }, stemming { $mood }/5)
# $mood: 1–5
mood-of-five = stemming { $mood }/5
# $position: 1–3; $date: the day
gratitude-saved = dankbaarheid { $position }/3 opgeslagen voor { $date }
# $label: positive/negative/neutral (the model's word); $valence: −1…1; $stars: 1–5; $model: the model's id
sentiment-line = sentiment: { $label } (valentie { $valence }, stemming { $stars }/5, { $model })
sentiment-not-yet = nog niet beoordeeld: het sentimentmodel is niet beschikbaar (zie mentora doctor)
# $date: the night's day; $hours: hours slept; $quality: 1–10
sleep-saved = slaap opgeslagen voor { $date }: { $hours } h, kwaliteit { $quality }/10
# $name: the pattern; $seconds: one breath; $breaths: how many
breathe-plan = { $name } — { $seconds } s per ademhaling, { $breaths } ademhalingen
breathe-breath = ademhaling
breathe-inhale = adem in
breathe-hold = vasthouden
breathe-exhale = adem uit
checkin-difficulty-prompt = 0-3 (leeg om over te slaan):{" "}
# $from, $to: the days; $days: days with a mood; $min: the fewest days anything is said about
better-days-head = { $from } tot { $to }: { $days } dagen met een stemming (onder { $min } dagen aan een van beide kanten wordt niets gezegd; dit hoort bij elkaar, het zijn geen oorzaken)
search-nothing = niets gevonden
# $date: today; $streak: days in a row
today-head = Vandaag, { $date }: reeks van { $streak } dag(en)
# $mood: the day's mood; $entries: entries it comes from
today-mood = stemming { $mood } uit { $entries ->
        [one] { $entries } notitie
       *[other] { $entries } notities
    }
# $profile: the profile's name
today-no-mood = vandaag nog geen stemming: `mentora mood { $profile } 4 --activity walk`
# $gratitude: 0–3; $sleep: hours or "not logged"; $breathing: minutes; $messages: count
today-cells = dankbaarheid { $gratitude }/3 · slaap { $sleep } · ademhaling { $breathing } min · { $messages } bericht(en) aan de metgezel
today-sleep-none = niet ingevuld
# $days: the last seven days with their moods
today-week = laatste 7 dagen: { $days }
# $title, $question: today's journal prompt (from the core)
today-prompt = schrijfvraag: { $title } — { $question }
# $mood: 1–5; $date: the day
mood-saved = stemming { $mood } opgeslagen voor { $date }
# $mood: 1–5; $date: the day; $activities: the activities, comma-separated
mood-saved-with = stemming { $mood } opgeslagen voor { $date } met { $activities }
# one calendar day: $date, $mood, $entries, $gratitude, $sleep, $breathing (minutes), $messages
calendar-day = { $date }  stemming { $mood }  notities { $entries }  dankbaarheid { $gratitude }  slaap { $sleep }  ademhaling { $breathing } min  berichten { $messages }
# $uses: how many entries have it
activity-used = { $uses }× gebruikt
activity-unlisted = {"  "}(gezien in notities, niet in de lijst)
# $name: the activity
activity-added = activiteit '{ $name }' staat in de lijst
# $name: the activity
activity-removed = activiteit '{ $name }' van de lijst gehaald (notities houden hem)

## mentora report
# $from, $to: the days; $days: how many
report-head = Verslag { $from } – { $to } ({ $days } dagen)
# $source: the summary's source id; $words: what it means (from the core)
report-summary-source = samenvatting: { $source } ({ $words })
# the period's totals: $active days, $entries, $mood, $messages, $sentiment, $sleep (hours), $breathing (minutes), $streak (days)
report-totals = actieve dagen { $active } · dagboek { $entries } (stemming { $mood }) · berichten { $messages } (sentiment { $sentiment }) · slaap { $sleep } h · ademhaling { $breathing } min · reeks { $streak }
# $path: a file written
wrote = { $path } geschreven
# $id: the saved report's number
report-saved = opgeslagen als verslag { $id }

## mentora chat, key
# $message: why (from the core); $code: the error code
chat-not-sent = [niet verstuurd — opgeslagen, je kunt het later versturen] { $message } ({ $code })
# $partial: yes when part of a reply came; $message: why (from the core); $code: the error code
chat-failed = [{ $partial ->
        [yes] antwoord onvolledig
       *[no] niet beantwoord
    }] { $message } ({ $code }) — typ /retry om het opnieuw te proberen
chat-on-device = de metgezel antwoordt op dit apparaat: er wordt niets verstuurd
chat-private = privémodus staat aan: berichten worden opgeslagen, er wordt niets verstuurd
# $url: the local server; $model: its model
chat-local-server = de metgezel antwoordt via de lokale server op { $url } (model { $model }): niets verlaat deze computer
chat-off = de metgezel staat uit: berichten worden bewaard als een dagboek
chat-no-key = geen Gemini-API-sleutel: berichten worden opgeslagen en kunnen worden verstuurd zodra er een sleutel is ingesteld (mentora key set)
# $id: the chat's number
chat-start = chat { $id } — typ een bericht; /retry, /quit
chat-nothing-to-retry = niets om opnieuw te proberen
# $source: who wrote the summary; $summary: the summary
chat-session-summary = samenvatting van de sessie ({ $source }): { $summary }
# $messages: how many; $last: when the last one was written
chat-list-row = { $messages } berichten  laatste { $last }
# $count: sessions summarized
chat-sessions = { $count ->
        [one] { $count } chatsessie samengevat
       *[other] { $count } chatsessies samengevat
    }
# $title: the chat's title; $messages: how many
chat-show-head = # { $title } ({ $messages } berichten)
chat-crisis-shown = crisiskaart getoond
chat-you = jij
# $id: the session; $source: who wrote the summary; $summary: the summary
chat-session-line = — sessie { $id } ({ $source }): { $summary }
# $id: the chat's number
chat-deleted = chat { $id } verwijderd
prompt-gemini-key = Gemini-API-sleutel:{" "}
key-saved = opgeslagen in de sleutelbos van het systeem
key-removed = verwijderd uit de sleutelbos van het systeem

## mentora voice analyze
voice-summary = { $file }: { $seconds } s, { $speech } s spraak in { $segments ->
        [one] één fragment
       *[other] { $segments } fragmenten
    }, gelezen ten opzichte van { $baseline ->
        [own] de eigen stem van deze opname
       *[default] de stemmen waarop het getraind is
    }.
voice-none = Er werd geen spraak gevonden.
voice-tone = { $tone ->
        [anger] woede
        [fear] angst
        [neutral] neutraal
       *[uncertain] onzeker
    }
voice-segment = { $start }–{ $end } s  { $tone } ({ $percent } %)  gespannen { $tense } %  toonhoogte { $pitch } Hz  { $rate } lettergrepen/s
voice-accuracy = Hoeveel vertrouwen: ongeveer { $none } op 10 goed bij stemmen die het nooit hoorde ({ $personal } op 10 als elke stem met zichzelf werd vergeleken). Alleen drie tonen (woede, angst, neutraal), geleerd van vijf Poolse mannen die ze speelden.
