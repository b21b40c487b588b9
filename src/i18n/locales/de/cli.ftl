# Mentora's command line, German. Every person-facing line of `mentora` (not the developer
# benchmarks and evaluations, and not JSON output) is a message here, translated in the five
# other files beside this one with the same ids and variables.

## Prompts
prompt-password = Passwort:{" "}
prompt-recovery-key = Wiederherstellungsschlüssel:{" "}
prompt-new-password = Neues Passwort:{" "}

## mentora backup
# $file: the backup's file name; $mb: its size in MB (already formatted); $rows: rows checked; $pruned: older backups deleted
backup-done = Gesichert und zurückgelesen: { $file } ({ $mb } MB, { $rows } Zeilen geprüft{ $pruned ->
        [0] {""}
        [one] ; 1 ältere gelöscht
       *[other] ; { $pruned } ältere gelöscht
    }).
backup-folder-none = (keiner gewählt)
# $folder: the backup folder; $every: off, daily or weekly; $keep: how many are kept
backup-plan =
    Ordner: { $folder }
    Automatisch: { $every ->
        [daily] Täglich
        [weekly] Wöchentlich
       *[off] Aus
    }
    Behalten: { $keep }
# $at: date and time; $file: the file
backup-last = Letzte Sicherung: { $at } ({ $file })
# $at: date and time; $message: why it failed
backup-last-failed = Letzte Sicherung FEHLGESCHLAGEN { $at }: { $message }
backup-last-never = Letzte Sicherung: noch keine
backup-none-found = Keine Sicherungen gefunden. Gib den Ordner an: mentora backup list --folder /path
backup-prompt-password = Das Passwort des Profils zur Zeit der Sicherung:{" "}
# $name: the new profile's name; $id: its id
backup-restored = In das Profil „{ $name }“ ({ $id }) wiederhergestellt.
backup-new-recovery-key = Neuer Wiederherstellungsschlüssel (nur jetzt angezeigt; der alte aus der Sicherung öffnet es nicht mehr):
prompt-repeat = Noch einmal:{" "}
# $name: the profile
prompt-password-for = Passwort für „{ $name }“:{" "}

## mentora profile, unlock, lock, vault check, export, import
# $name: the profile's name; $id: its id
profile-created = Profil „{ $name }“ ({ $id }) angelegt.
profile-recovery-key = Wiederherstellungsschlüssel (nur jetzt angezeigt; schreib ihn auf und bewahre ihn sicher auf):
profile-none = Noch keine Profile: mentora profile create NAME
# $folder: the profile's folder; $why: what is wrong with it
profile-damaged = { $folder }  (beschädigt: { $why })
profile-remembered = {"  "}(wird über den Schlüsselbund entsperrt)
# $name: the profile
profile-deleted = Profil „{ $name }“ gelöscht.
unlock-password-changed = Passwort geändert.
# $name: the profile
unlock-remembered = „{ $name }“ entsperrt; der Schlüssel bleibt bis `mentora lock` im Schlüsselbund des Systems.
# $name: the profile
unlock-correct = Passwort richtig: „{ $name }“ lässt sich entsperren.
# $name: the profile
lock-done = „{ $name }“ gesperrt: Beim nächsten Mal wird nach dem Passwort gefragt.
# $name: the profile
vault-check-ok = ok: integrity_check und cipher_integrity_check für „{ $name }“ bestanden
# $problem: what SQLite reported
vault-check-problem = Problem: { $problem }
# $name: the profile; $path: the file written
export-done = „{ $name }“ nach { $path } exportiert
# $rows: rows imported; $name: the profile
import-done = { $rows } Zeilen in „{ $name }“ importiert
# $rows: entries imported; $name: the profile
import-daylio-done = { $rows } Daylio-Einträge in „{ $name }“ importiert
# $note: a remark about the import
note = Hinweis: { $note }
# $count: entries flagged
import-flagged = { $count ->
        [one] { $count } importierter Eintrag klingt nach Krise oder Sorge und ist zur Durchsicht markiert; wenn sich etwas davon gerade auch für dich so anfühlt, hol dir bitte Unterstützung: Die Hilfetelefone findest du im Fenster unter „Krisenplan“
       *[other] { $count } importierte Einträge klingen nach Krise oder Sorge und sind zur Durchsicht markiert; wenn sich etwas davon gerade auch für dich so anfühlt, hol dir bitte Unterstützung: Die Hilfetelefone findest du im Fenster unter „Krisenplan“
    }

## mentora journal, gratitude, sleep, breathe, checkin, better-days, search, today, mood, calendar, activity
# $id: the entry's number; $date: its day; $mood: 1–5
journal-saved = Tagebucheintrag { $id } gespeichert ({ $date }, Stimmung { $mood }/5)
# $mood: 1–5
mood-of-five = Stimmung { $mood }/5
# $position: 1–3; $date: the day
gratitude-saved = Dankbarkeit { $position }/3 für { $date } gespeichert
# $label: positive/negative/neutral (the model's word); $valence: −1…1; $stars: 1–5; $model: the model's id
sentiment-line = Stimmungsanalyse: { $label } (Valenz { $valence }, Stimmung { $stars }/5, { $model })
sentiment-not-yet = noch nicht bewertet: Das Stimmungsmodell ist nicht verfügbar (siehe mentora doctor)
# $date: the night's day; $hours: hours slept; $quality: 1–10
sleep-saved = Schlaf für { $date } gespeichert: { $hours } h, Qualität { $quality }/10
# $name: the pattern; $seconds: one breath; $breaths: how many
breathe-plan = { $name } — { $seconds } s pro Atemzug, { $breaths } Atemzüge
breathe-breath = Atemzug
breathe-inhale = einatmen
breathe-hold = halten
breathe-exhale = ausatmen
checkin-difficulty-prompt = 0-3 (leer lassen zum Überspringen):{" "}
# $from, $to: the days; $days: days with a mood; $min: the fewest days anything is said about
better-days-head = { $from } bis { $to }: { $days } Tage mit Stimmung (unter { $min } Tagen auf einer der beiden Seiten wird nichts gesagt; diese Dinge treten gemeinsam auf, sie sind keine Ursachen)
search-nothing = nichts gefunden
# $date: today; $streak: days in a row
today-head = Heute, { $date }: Serie { $streak } Tag(e)
# $mood: the day's mood; $entries: entries it comes from
today-mood = Stimmung { $mood } aus { $entries ->
        [one] { $entries } Eintrag
       *[other] { $entries } Einträgen
    }
# $profile: the profile's name
today-no-mood = heute noch keine Stimmung: `mentora mood { $profile } 4 --activity walk`
# $gratitude: 0–3; $sleep: hours or "not logged"; $breathing: minutes; $messages: count
today-cells = Dankbarkeit { $gratitude }/3 · Schlaf { $sleep } · Atmen { $breathing } min · { $messages } Nachricht(en) an den Begleiter
today-sleep-none = nicht erfasst
# $days: the last seven days with their moods
today-week = letzte 7 Tage: { $days }
# $title, $question: today's journal prompt (from the core)
today-prompt = Impuls: { $title } — { $question }
# $mood: 1–5; $date: the day
mood-saved = Stimmung { $mood } für { $date } gespeichert
# $mood: 1–5; $date: the day; $activities: the activities, comma-separated
mood-saved-with = Stimmung { $mood } für { $date } gespeichert, mit { $activities }
# one calendar day: $date, $mood, $entries, $gratitude, $sleep, $breathing (minutes), $messages
calendar-day = { $date }  Stimmung { $mood }  Einträge { $entries }  Dankbarkeit { $gratitude }  Schlaf { $sleep }  Atmen { $breathing } min  Nachrichten { $messages }
# $uses: how many entries have it
activity-used = { $uses }× verwendet
activity-unlisted = {"  "}(in Einträgen gesehen, nicht in der Liste)
# $name: the activity
activity-added = Aktivität „{ $name }“ ist in der Liste
# $name: the activity
activity-removed = Aktivität „{ $name }“ von der Liste genommen (Einträge behalten sie)

## mentora report
# $from, $to: the days; $days: how many
report-head = Bericht { $from } – { $to } ({ $days } Tage)
# $source: the summary's source id; $words: what it means (from the core)
report-summary-source = Zusammenfassung: { $source } ({ $words })
# the period's totals: $active days, $entries, $mood, $messages, $sentiment, $sleep (hours), $breathing (minutes), $streak (days)
report-totals = aktive Tage { $active } · Tagebuch { $entries } (Stimmung { $mood }) · Nachrichten { $messages } (Stimmungsanalyse { $sentiment }) · Schlaf { $sleep } h · Atmen { $breathing } min · Serie { $streak }
# $path: a file written
wrote = { $path } geschrieben
# $id: the saved report's number
report-saved = als Bericht { $id } gespeichert

## mentora chat, key
# $message: why (from the core); $code: the error code
chat-not-sent = [nicht gesendet — gespeichert, du kannst es später senden] { $message } ({ $code })
# $partial: yes when part of a reply came; $message: why (from the core); $code: the error code
chat-failed = [{ $partial ->
        [yes] Antwort unvollständig
       *[no] keine Antwort
    }] { $message } ({ $code }) — gib /retry ein, um es noch einmal zu versuchen
chat-on-device = Der Begleiter antwortet auf diesem Gerät: Es wird nichts gesendet
chat-private = Der private Modus ist an: Nachrichten werden gespeichert, nichts wird gesendet
# $url: the local server; $model: its model
chat-local-server = Der Begleiter antwortet über den lokalen Server unter { $url } (Modell { $model }): Nichts verlässt diesen Rechner
chat-off = Der Begleiter ist aus: Nachrichten werden wie ein Tagebuch aufbewahrt
chat-no-key = kein Gemini-API-Schlüssel: Nachrichten werden gespeichert und können gesendet werden, sobald ein Schlüssel gesetzt ist (mentora key set)
# $id: the chat's number
chat-start = Chat { $id } — schreib eine Nachricht; /retry, /quit
chat-nothing-to-retry = nichts zu wiederholen
# $source: who wrote the summary; $summary: the summary
chat-session-summary = Zusammenfassung der Sitzung ({ $source }): { $summary }
# $messages: how many; $last: when the last one was written
chat-list-row = { $messages } Nachrichten  zuletzt { $last }
# $count: sessions summarized
chat-sessions = { $count ->
        [one] { $count } Chat-Sitzung zusammengefasst
       *[other] { $count } Chat-Sitzungen zusammengefasst
    }
# $title: the chat's title; $messages: how many
chat-show-head = # { $title } ({ $messages } Nachrichten)
chat-crisis-shown = Krisenkarte angezeigt
chat-you = du
# $id: the session; $source: who wrote the summary; $summary: the summary
chat-session-line = — Sitzung { $id } ({ $source }): { $summary }
# $id: the chat's number
chat-deleted = Chat { $id } gelöscht
prompt-gemini-key = Gemini-API-Schlüssel:{" "}
key-saved = im Schlüsselbund des Systems gespeichert
key-removed = aus dem Schlüsselbund des Systems entfernt

## mentora voice analyze
voice-summary = { $file }: { $seconds } s, { $speech } s Sprache in { $segments ->
        [one] einem Abschnitt
       *[other] { $segments } Abschnitten
    }, gemessen an { $baseline ->
        [own] der eigenen Stimme dieser Aufnahme
       *[default] den Stimmen, mit denen es trainiert wurde
    }.
voice-none = Es wurde keine Sprache gefunden.
voice-tone = { $tone ->
        [anger] Wut
        [fear] Angst
        [neutral] neutral
       *[uncertain] unsicher
    }
voice-segment = { $start }–{ $end } s  { $tone } ({ $percent } %)  angespannt { $tense } %  Tonhöhe { $pitch } Hz  { $rate } Silben/s
voice-accuracy = Wie verlässlich das ist: etwa { $none } von 10 richtig bei Stimmen, die es nie gehört hat ({ $personal } von 10, wenn jede Stimme mit sich selbst verglichen wurde). Nur drei Tonlagen (Wut, Angst, neutral), gelernt von fünf polnischen Männern, die sie gespielt haben.
