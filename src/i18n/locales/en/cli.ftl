# Mentora's command line, English. Every person-facing line of `mentora` (not the developer
# benchmarks and evaluations, and not JSON output) is a message here, translated in the five
# other files beside this one with the same ids and variables.

## Prompts
prompt-password = Password:{" "}
prompt-recovery-key = Recovery key:{" "}
prompt-new-password = New password:{" "}

## mentora backup
# $file: the backup's file name; $mb: its size in MB (already formatted); $rows: rows checked; $pruned: older backups deleted
backup-done = Backed up and read back: { $file } ({ $mb } MB, { $rows } rows checked{ $pruned ->
        [0] {""}
        [one] ; 1 older deleted
       *[other] ; { $pruned } older deleted
    }).
backup-folder-none = (none chosen)
# $folder: the backup folder; $every: off, daily or weekly; $keep: how many are kept
backup-plan =
    Folder: { $folder }
    Automatic: { $every ->
        [daily] Daily
        [weekly] Weekly
       *[off] Off
    }
    Keep: { $keep }
# $at: date and time; $file: the file
backup-last = Last backup: { $at } ({ $file })
# $at: date and time; $message: why it failed
backup-last-failed = Last backup FAILED { $at }: { $message }
backup-last-never = Last backup: never
backup-none-found = No backups found. Give the folder: mentora backup list --folder /path
backup-prompt-password = The profile's password when the backup was made:{" "}
# $name: the new profile's name; $id: its id
backup-restored = Restored into profile '{ $name }' ({ $id }).
backup-new-recovery-key = New recovery key (shown only now; the backup's old one no longer opens it):
prompt-repeat = Repeat it:{" "}
# $name: the profile
prompt-password-for = Password for '{ $name }':{" "}

## mentora profile, unlock, lock, vault check, export, import
# $name: the profile's name; $id: its id
profile-created = Created profile '{ $name }' ({ $id }).
profile-recovery-key = Recovery key (shown only now; write it down and keep it somewhere safe):
profile-none = No profiles yet: mentora profile create NAME
# $folder: the profile's folder; $why: what is wrong with it
profile-damaged = { $folder }  (damaged: { $why })
profile-remembered = {"  "}(unlocks from the keyring)
# $name: the profile
profile-deleted = Deleted profile '{ $name }'.
unlock-password-changed = Password changed.
# $name: the profile
unlock-remembered = Unlocked '{ $name }'; the key is kept in the OS keyring until `mentora lock`.
# $name: the profile
unlock-correct = Password correct: '{ $name }' unlocks.
# $name: the profile
lock-done = Locked '{ $name }': the next use asks for the password.
# $name: the profile
vault-check-ok = ok: integrity_check and cipher_integrity_check passed for '{ $name }'
# $problem: what SQLite reported
vault-check-problem = problem: { $problem }
# $name: the profile; $path: the file written
export-done = exported '{ $name }' to { $path }
# $rows: rows imported; $name: the profile
import-done = imported { $rows } rows into '{ $name }'
# $rows: entries imported; $name: the profile
import-daylio-done = imported { $rows } Daylio entries into '{ $name }'
# $note: a remark about the import
note = note: { $note }
# $count: entries flagged
import-flagged = { $count ->
        [one] { $count } imported entry read as crisis or concern and is flagged for review; if any of it is how you feel now, please reach out: the crisis lines are on the Safety plan screen of the window
       *[other] { $count } imported entries read as crisis or concern and are flagged for review; if any of it is how you feel now, please reach out: the crisis lines are on the Safety plan screen of the window
    }

## mentora journal, gratitude, sleep, breathe, checkin, better-days, search, today, mood, calendar, activity
# $id: the entry's number; $date: its day; $mood: 1–5
journal-saved = saved journal entry { $id } ({ $date }, mood { $mood }/5)
# $mood: 1–5
mood-of-five = mood { $mood }/5
# $position: 1–3; $date: the day
gratitude-saved = saved gratitude { $position }/3 for { $date }
# $label: positive/negative/neutral (the model's word); $valence: −1…1; $stars: 1–5; $model: the model's id
sentiment-line = sentiment: { $label } (valence { $valence }, mood { $stars }/5, { $model })
sentiment-not-yet = not scored yet: the sentiment model is not available (see mentora doctor)
# $date: the night's day; $hours: hours slept; $quality: 1–10
sleep-saved = saved sleep for { $date }: { $hours } h, quality { $quality }/10
# $name: the pattern; $seconds: one breath; $breaths: how many
breathe-plan = { $name } — { $seconds } s per breath, { $breaths } breaths
breathe-breath = breath
breathe-inhale = inhale
breathe-hold = hold
breathe-exhale = exhale
checkin-difficulty-prompt = 0-3 (empty to skip):{" "}
# $from, $to: the days; $days: days with a mood; $min: the fewest days anything is said about
better-days-head = { $from } to { $to }: { $days } days with a mood (nothing is said below { $min } days on either side; these go together, they are not causes)
search-nothing = nothing found
# $date: today; $streak: days in a row
today-head = Today, { $date }: streak { $streak } day(s)
# $mood: the day's mood; $entries: entries it comes from
today-mood = mood { $mood } from { $entries ->
        [one] { $entries } entry
       *[other] { $entries } entries
    }
# $profile: the profile's name
today-no-mood = no mood yet today: `mentora mood { $profile } 4 --activity walk`
# $gratitude: 0–3; $sleep: hours or "not logged"; $breathing: minutes; $messages: count
today-cells = gratitude { $gratitude }/3 · sleep { $sleep } · breathing { $breathing } min · { $messages } message(s) to the companion
today-sleep-none = not logged
# $days: the last seven days with their moods
today-week = last 7 days: { $days }
# $title, $question: today's journal prompt (from the core)
today-prompt = prompt: { $title } — { $question }
# $mood: 1–5; $date: the day
mood-saved = mood { $mood } saved for { $date }
# $mood: 1–5; $date: the day; $activities: the activities, comma-separated
mood-saved-with = mood { $mood } saved for { $date } with { $activities }
# one calendar day: $date, $mood, $entries, $gratitude, $sleep, $breathing (minutes), $messages
calendar-day = { $date }  mood { $mood }  entries { $entries }  gratitude { $gratitude }  sleep { $sleep }  breathing { $breathing } min  messages { $messages }
# $uses: how many entries have it
activity-used = used { $uses }
activity-unlisted = {"  "}(seen on entries, not in the list)
# $name: the activity
activity-added = activity '{ $name }' in the list
# $name: the activity
activity-removed = activity '{ $name }' taken off the list (entries keep it)

## mentora report
# $from, $to: the days; $days: how many
report-head = Report { $from } – { $to } ({ $days } days)
# $source: the summary's source id; $words: what it means (from the core)
report-summary-source = summary: { $source } ({ $words })
# the period's totals: $active days, $entries, $mood, $messages, $sentiment, $sleep (hours), $breathing (minutes), $streak (days)
report-totals = active days { $active } · journal { $entries } (mood { $mood }) · messages { $messages } (sentiment { $sentiment }) · sleep { $sleep } h · breathing { $breathing } min · streak { $streak }
# $path: a file written
wrote = wrote { $path }
# $id: the saved report's number
report-saved = saved as report { $id }

## mentora chat, key
# $message: why (from the core); $code: the error code
chat-not-sent = [not sent — saved, you can send it later] { $message } ({ $code })
# $partial: yes when part of a reply came; $message: why (from the core); $code: the error code
chat-failed = [{ $partial ->
        [yes] reply incomplete
       *[no] not answered
    }] { $message } ({ $code }) — type /retry to try again
chat-on-device = the companion answers on this device: nothing is sent
chat-private = private mode is on: messages are saved, nothing is sent
# $url: the local server; $model: its model
chat-local-server = the companion answers through the local server at { $url } (model { $model }): nothing leaves this machine
chat-off = the companion is off: messages are kept like a journal
chat-no-key = no Gemini API key: messages are saved and can be sent once a key is set (mentora key set)
# $id: the chat's number
chat-start = chat { $id } — type a message; /retry, /quit
chat-nothing-to-retry = nothing to retry
# $source: who wrote the summary; $summary: the summary
chat-session-summary = session summary ({ $source }): { $summary }
# $messages: how many; $last: when the last one was written
chat-list-row = { $messages } messages  last { $last }
# $count: sessions summarized
chat-sessions = { $count ->
        [one] { $count } chat session summarized
       *[other] { $count } chat sessions summarized
    }
# $title: the chat's title; $messages: how many
chat-show-head = # { $title } ({ $messages } messages)
chat-crisis-shown = crisis card shown
chat-you = you
# $id: the session; $source: who wrote the summary; $summary: the summary
chat-session-line = — session { $id } ({ $source }): { $summary }
# $id: the chat's number
chat-deleted = deleted chat { $id }
prompt-gemini-key = Gemini API key:{" "}
key-saved = saved in the OS keyring
key-removed = removed from the OS keyring

## mentora voice analyze
# $file: the recording; $seconds, $speech: seconds (formatted); $segments: how many; $baseline: own or default
voice-summary = { $file }: { $seconds } s, { $speech } s of speech in { $segments ->
        [one] one segment
       *[other] { $segments } segments
    }, read against { $baseline ->
        [own] this recording's own voice
       *[default] the voices it was trained on
    }.
voice-none = No speech was found.
# $tone: anger, fear, neutral or uncertain
voice-tone = { $tone ->
        [anger] anger
        [fear] fear
        [neutral] neutral
       *[uncertain] uncertain
    }
# $start, $end: seconds; $tone: the tone's word; $percent: its probability; $tense: probability of a tense voice; $pitch: Hz or -; $rate: syllable-like beats per second or -
voice-segment = { $start }–{ $end } s  { $tone } ({ $percent } %)  tense { $tense } %  pitch { $pitch } Hz  { $rate } syllables/s
# $personal, $none: correct readings out of 10 on speakers it never heard
voice-accuracy = How far to trust this: about { $none } in 10 right for voices it never heard ({ $personal } in 10 when each voice was compared with itself). Three tones only (anger, fear, neutral), learned from five Polish men acting them.
