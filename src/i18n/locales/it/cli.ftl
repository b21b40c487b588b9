# Mentora's command line, Italian. Every person-facing line of `mentora` (not the developer
# benchmarks and evaluations, and not JSON output) is a message here, translated in the five
# other files beside this one with the same ids and variables.

## Prompts
prompt-password = Password:{" "}
prompt-recovery-key = Chiave di ripristino:{" "}
prompt-new-password = Nuova password:{" "}

## mentora backup
# $file: the backup's file name; $mb: its size in MB (already formatted); $rows: rows checked; $pruned: older backups deleted
backup-done = Backup eseguito e riletto: { $file } ({ $mb } MB, { $rows } righe verificate{ $pruned ->
        [0] {""}
        [one] ; 1 più vecchio eliminato
       *[other] ; { $pruned } più vecchi eliminati
    }).
backup-folder-none = (nessuna scelta)
# $folder: the backup folder; $every: off, daily or weekly; $keep: how many are kept
backup-plan =
    Cartella: { $folder }
    Automatico: { $every ->
        [daily] Ogni giorno
        [weekly] Ogni settimana
       *[off] Disattivato
    }
    Da conservare: { $keep }
# $at: date and time; $file: the file
backup-last = Ultimo backup: { $at } ({ $file })
# $at: date and time; $message: why it failed
backup-last-failed = Ultimo backup NON RIUSCITO { $at }: { $message }
backup-last-never = Ultimo backup: mai
backup-none-found = Nessun backup trovato. Indica la cartella: mentora backup list --folder /path
backup-prompt-password = La password del profilo quando è stato fatto il backup:{" "}
# $name: the new profile's name; $id: its id
backup-restored = Ripristinato nel profilo «{ $name }» ({ $id }).
backup-new-recovery-key = Nuova chiave di ripristino (mostrata solo ora; quella vecchia del backup non lo apre più):
prompt-repeat = Ripetila:{" "}
# $name: the profile
prompt-password-for = Password per «{ $name }»:{" "}

## mentora profile, unlock, lock, vault check, export, import
# $name: the profile's name; $id: its id
profile-created = Profilo «{ $name }» creato ({ $id }).
profile-recovery-key = Chiave di ripristino (mostrata solo ora; annotala e conservala in un posto sicuro):
profile-none = Ancora nessun profilo: mentora profile create NAME
# $folder: the profile's folder; $why: what is wrong with it
profile-damaged = { $folder }  (danneggiato: { $why })
profile-remembered = {"  "}(si sblocca dal portachiavi)
# $name: the profile
profile-deleted = Profilo «{ $name }» eliminato.
unlock-password-changed = Password cambiata.
# $name: the profile
unlock-remembered = «{ $name }» sbloccato; la chiave resta nel portachiavi di sistema fino a `mentora lock`.
# $name: the profile
unlock-correct = Password corretta: «{ $name }» si sblocca.
# $name: the profile
lock-done = «{ $name }» bloccato: al prossimo uso verrà chiesta la password.
# $name: the profile
vault-check-ok = ok: integrity_check e cipher_integrity_check superati per «{ $name }»
# $problem: what SQLite reported
vault-check-problem = problema: { $problem }
# $name: the profile; $path: the file written
export-done = «{ $name }» esportato in { $path }
# $rows: rows imported; $name: the profile
import-done = { $rows } righe importate in «{ $name }»
# $rows: entries imported; $name: the profile
import-daylio-done = { $rows } voci di Daylio importate in «{ $name }»
# $note: a remark about the import
note = nota: { $note }
# $count: entries flagged
import-flagged = { $count ->
        [one] { $count } voce importata sembra parlare di crisi o preoccupazione ed è segnalata per una revisione; se qualcosa di tutto questo è ciò che provi ora, chiedi aiuto: le linee di supporto sono nella schermata Piano di sicurezza della finestra
       *[other] { $count } voci importate sembrano parlare di crisi o preoccupazione e sono segnalate per una revisione; se qualcosa di tutto questo è ciò che provi ora, chiedi aiuto: le linee di supporto sono nella schermata Piano di sicurezza della finestra
    }

## mentora journal, gratitude, sleep, breathe, checkin, better-days, search, today, mood, calendar, activity
# $id: the entry's number; $date: its day; $mood: 1–5
journal-saved = voce di diario { $id } salvata ({ $date }, umore { $mood }/5)
# $mood: 1–5
mood-of-five = umore { $mood }/5
# $position: 1–3; $date: the day
gratitude-saved = gratitudine { $position }/3 salvata per il { $date }
# $label: positive/negative/neutral (the model's word); $valence: −1…1; $stars: 1–5; $model: the model's id
sentiment-line = sentiment: { $label } (valenza { $valence }, umore { $stars }/5, { $model })
sentiment-not-yet = non ancora analizzato: il modello di sentiment non è disponibile (vedi mentora doctor)
# $date: the night's day; $hours: hours slept; $quality: 1–10
sleep-saved = sonno salvato per il { $date }: { $hours } h, qualità { $quality }/10
# $name: the pattern; $seconds: one breath; $breaths: how many
breathe-plan = { $name } — { $seconds } s per respiro, { $breaths } respiri
breathe-breath = respiro
breathe-inhale = inspira
breathe-hold = trattieni
breathe-exhale = espira
checkin-difficulty-prompt = 0-3 (vuoto per saltare):{" "}
# $from, $to: the days; $days: days with a mood; $min: the fewest days anything is said about
better-days-head = Dal { $from } al { $to }: { $days } giorni con un umore (sotto i { $min } giorni per parte non si dice nulla; sono cose che vanno insieme, non cause)
search-nothing = nessun risultato
# $date: today; $streak: days in a row
today-head = Oggi, { $date }: serie di { $streak } giorno/i
# $mood: the day's mood; $entries: entries it comes from
today-mood = umore { $mood } da { $entries ->
        [one] { $entries } voce
       *[other] { $entries } voci
    }
# $profile: the profile's name
today-no-mood = ancora nessun umore oggi: `mentora mood { $profile } 4 --activity walk`
# $gratitude: 0–3; $sleep: hours or "not logged"; $breathing: minutes; $messages: count
today-cells = gratitudine { $gratitude }/3 · sonno { $sleep } · respirazione { $breathing } min · { $messages } messaggio/i al compagno
today-sleep-none = non registrato
# $days: the last seven days with their moods
today-week = ultimi 7 giorni: { $days }
# $title, $question: today's journal prompt (from the core)
today-prompt = spunto: { $title } — { $question }
# $mood: 1–5; $date: the day
mood-saved = umore { $mood } salvato per il { $date }
# $mood: 1–5; $date: the day; $activities: the activities, comma-separated
mood-saved-with = umore { $mood } salvato per il { $date } con { $activities }
# one calendar day: $date, $mood, $entries, $gratitude, $sleep, $breathing (minutes), $messages
calendar-day = { $date }  umore { $mood }  voci { $entries }  gratitudine { $gratitude }  sonno { $sleep }  respirazione { $breathing } min  messaggi { $messages }
# $uses: how many entries have it
activity-used = usi: { $uses }
activity-unlisted = {"  "}(vista nelle voci, non nell’elenco)
# $name: the activity
activity-added = attività «{ $name }» nell’elenco
# $name: the activity
activity-removed = attività «{ $name }» tolta dall’elenco (le voci la conservano)

## mentora report
# $from, $to: the days; $days: how many
report-head = Resoconto { $from } – { $to } ({ $days } giorni)
# $source: the summary's source id; $words: what it means (from the core)
report-summary-source = riepilogo: { $source } ({ $words })
# the period's totals: $active days, $entries, $mood, $messages, $sentiment, $sleep (hours), $breathing (minutes), $streak (days)
report-totals = giorni attivi { $active } · diario { $entries } (umore { $mood }) · messaggi { $messages } (sentiment { $sentiment }) · sonno { $sleep } h · respirazione { $breathing } min · serie { $streak }
# $path: a file written
wrote = scritto: { $path }
# $id: the saved report's number
report-saved = salvato come resoconto { $id }

## mentora chat, key
# $message: why (from the core); $code: the error code
chat-not-sent = [non inviato — salvato, puoi inviarlo più tardi] { $message } ({ $code })
# $partial: yes when part of a reply came; $message: why (from the core); $code: the error code
chat-failed = [{ $partial ->
        [yes] risposta incompleta
       *[no] nessuna risposta
    }] { $message } ({ $code }) — scrivi /retry per riprovare
chat-on-device = il compagno risponde su questo dispositivo: non viene inviato nulla
chat-private = la modalità privata è attiva: i messaggi vengono salvati, non viene inviato nulla
# $url: the local server; $model: its model
chat-local-server = il compagno risponde tramite il server locale su { $url } (modello { $model }): nulla lascia questo computer
chat-off = il compagno è disattivato: i messaggi vengono conservati come un diario
chat-no-key = nessuna chiave API di Gemini: i messaggi vengono salvati e potranno essere inviati quando imposterai una chiave (mentora key set)
# $id: the chat's number
chat-start = chat { $id } — scrivi un messaggio; /retry, /quit
chat-nothing-to-retry = niente da riprovare
# $source: who wrote the summary; $summary: the summary
chat-session-summary = riepilogo della sessione ({ $source }): { $summary }
# $messages: how many; $last: when the last one was written
chat-list-row = { $messages } messaggi  ultimo { $last }
# $count: sessions summarized
chat-sessions = { $count ->
        [one] { $count } sessione di chat riepilogata
       *[other] { $count } sessioni di chat riepilogate
    }
# $title: the chat's title; $messages: how many
chat-show-head = # { $title } ({ $messages } messaggi)
chat-crisis-shown = scheda di crisi mostrata
chat-you = tu
# $id: the session; $source: who wrote the summary; $summary: the summary
chat-session-line = — sessione { $id } ({ $source }): { $summary }
# $id: the chat's number
chat-deleted = chat { $id } eliminata
prompt-gemini-key = Chiave API di Gemini:{" "}
key-saved = salvata nel portachiavi di sistema
key-removed = rimossa dal portachiavi di sistema

## mentora voice analyze
voice-summary = { $file }: { $seconds } s, { $speech } s di parlato in { $segments ->
        [one] un segmento
       *[other] { $segments } segmenti
    }, letti rispetto { $baseline ->
        [own] alla voce stessa di questa registrazione
       *[default] alle voci dell'addestramento
    }.
voice-none = Non è stato trovato parlato.
voice-tone = { $tone ->
        [anger] rabbia
        [fear] paura
        [neutral] neutro
       *[uncertain] incerto
    }
voice-segment = { $start }–{ $end } s  { $tone } ({ $percent } %)  teso { $tense } %  altezza { $pitch } Hz  { $rate } sillabe/s
voice-accuracy = Quanto fidarsi: circa { $none } su 10 giuste per voci mai sentite ({ $personal } su 10 quando ogni voce era confrontata con sé stessa). Solo tre toni (rabbia, paura, neutro), appresi da cinque uomini polacchi che li recitavano.
