# Mentora's command line, French. Every person-facing line of `mentora` (not the developer
# benchmarks and evaluations, and not JSON output) is a message here, translated in the five
# other files beside this one with the same ids and variables.

## Prompts
prompt-password = Mot de passe :{" "}
prompt-recovery-key = Clé de récupération :{" "}
prompt-new-password = Nouveau mot de passe :{" "}

## mentora backup
# $file: the backup's file name; $mb: its size in MB (already formatted); $rows: rows checked; $pruned: older backups deleted
backup-done = Sauvegardé et relu : { $file } ({ $mb } MB, { $rows } lignes vérifiées{ $pruned ->
        [0] {""}
        [one] ; 1 ancienne supprimée
       *[other] ; { $pruned } anciennes supprimées
    }).
backup-folder-none = (aucun choisi)
# $folder: the backup folder; $every: off, daily or weekly; $keep: how many are kept
backup-plan =
    Dossier : { $folder }
    Automatique : { $every ->
        [daily] Chaque jour
        [weekly] Chaque semaine
       *[off] Désactivée
    }
    À conserver : { $keep }
# $at: date and time; $file: the file
backup-last = Dernière sauvegarde : { $at } ({ $file })
# $at: date and time; $message: why it failed
backup-last-failed = ÉCHEC de la dernière sauvegarde { $at } : { $message }
backup-last-never = Dernière sauvegarde : jamais
backup-none-found = Aucune sauvegarde trouvée. Indiquez le dossier : mentora backup list --folder /path
backup-prompt-password = Le mot de passe du profil au moment de la sauvegarde :{" "}
# $name: the new profile's name; $id: its id
backup-restored = Restauré dans le profil « { $name } » ({ $id }).
backup-new-recovery-key = Nouvelle clé de récupération (affichée uniquement maintenant ; l’ancienne clé de la sauvegarde ne l’ouvre plus) :
prompt-repeat = Confirmez la saisie :{" "}
# $name: the profile
prompt-password-for = Mot de passe de « { $name } » :{" "}

## mentora profile, unlock, lock, vault check, export, import
# $name: the profile's name; $id: its id
profile-created = Profil « { $name } » créé ({ $id }).
profile-recovery-key = Clé de récupération (affichée uniquement maintenant ; notez-la et gardez-la en lieu sûr) :
profile-none = Aucun profil pour l’instant : mentora profile create NAME
# $folder: the profile's folder; $why: what is wrong with it
profile-damaged = { $folder }  (endommagé : { $why })
profile-remembered = {"  "}(se déverrouille via le trousseau)
# $name: the profile
profile-deleted = Profil « { $name } » supprimé.
unlock-password-changed = Mot de passe modifié.
# $name: the profile
unlock-remembered = « { $name } » déverrouillé ; la clé reste dans le trousseau du système jusqu’à `mentora lock`.
# $name: the profile
unlock-correct = Mot de passe correct : « { $name } » se déverrouille.
# $name: the profile
lock-done = « { $name } » verrouillé : le mot de passe sera demandé à la prochaine utilisation.
# $name: the profile
vault-check-ok = ok : integrity_check et cipher_integrity_check réussis pour « { $name } »
# $problem: what SQLite reported
vault-check-problem = problème : { $problem }
# $name: the profile; $path: the file written
export-done = « { $name } » exporté vers { $path }
# $rows: rows imported; $name: the profile
import-done = { $rows } lignes importées dans « { $name } »
# $rows: entries imported; $name: the profile
import-daylio-done = { $rows } entrées Daylio importées dans « { $name } »
# $note: a remark about the import
note = remarque : { $note }
# $count: entries flagged
import-flagged = { $count ->
        [one] { $count } entrée importée évoque une crise ou une inquiétude et est signalée pour relecture ; si une partie correspond à ce que vous ressentez maintenant, n’hésitez pas à demander de l’aide : les lignes d’écoute se trouvent sur l’écran Plan de sécurité de la fenêtre
       *[other] { $count } entrées importées évoquent une crise ou une inquiétude et sont signalées pour relecture ; si une partie correspond à ce que vous ressentez maintenant, n’hésitez pas à demander de l’aide : les lignes d’écoute se trouvent sur l’écran Plan de sécurité de la fenêtre
    }

## mentora journal, gratitude, sleep, breathe, checkin, better-days, search, today, mood, calendar, activity
# $id: the entry's number; $date: its day; $mood: 1–5
journal-saved = entrée de journal { $id } enregistrée ({ $date }, humeur { $mood }/5)
# $mood: 1–5
mood-of-five = humeur { $mood }/5
# $position: 1–3; $date: the day
gratitude-saved = gratitude { $position }/3 enregistrée pour le { $date }
# $label: positive/negative/neutral (the model's word); $valence: −1…1; $stars: 1–5; $model: the model's id
sentiment-line = sentiment : { $label } (valence { $valence }, humeur { $stars }/5, { $model })
sentiment-not-yet = pas encore analysé : le modèle de sentiment n’est pas disponible (voir mentora doctor)
# $date: the night's day; $hours: hours slept; $quality: 1–10
sleep-saved = sommeil enregistré pour le { $date } : { $hours } h, qualité { $quality }/10
# $name: the pattern; $seconds: one breath; $breaths: how many
breathe-plan = { $name } — { $seconds } s par cycle, { $breaths } cycles
breathe-breath = cycle
breathe-inhale = inspirez
breathe-hold = retenez
breathe-exhale = expirez
checkin-difficulty-prompt = 0-3 (vide pour passer) :{" "}
# $from, $to: the days; $days: days with a mood; $min: the fewest days anything is said about
better-days-head = Du { $from } au { $to } : { $days } jours avec une humeur (rien n’est dit en dessous de { $min } jours de chaque côté ; ces éléments vont ensemble, ce ne sont pas des causes)
search-nothing = aucun résultat
# $date: today; $streak: days in a row
today-head = Aujourd’hui, { $date } : série de { $streak } jour(s)
# $mood: the day's mood; $entries: entries it comes from
today-mood = humeur { $mood } d’après { $entries ->
        [one] { $entries } entrée
       *[other] { $entries } entrées
    }
# $profile: the profile's name
today-no-mood = pas encore d’humeur aujourd’hui : `mentora mood { $profile } 4 --activity walk`
# $gratitude: 0–3; $sleep: hours or "not logged"; $breathing: minutes; $messages: count
today-cells = gratitude { $gratitude }/3 · sommeil { $sleep } · respiration { $breathing } min · { $messages } message(s) au compagnon
today-sleep-none = non noté
# $days: the last seven days with their moods
today-week = 7 derniers jours : { $days }
# $title, $question: today's journal prompt (from the core)
today-prompt = sujet : { $title } — { $question }
# $mood: 1–5; $date: the day
mood-saved = humeur { $mood } enregistrée pour le { $date }
# $mood: 1–5; $date: the day; $activities: the activities, comma-separated
mood-saved-with = humeur { $mood } enregistrée pour le { $date } avec { $activities }
# one calendar day: $date, $mood, $entries, $gratitude, $sleep, $breathing (minutes), $messages
calendar-day = { $date }  humeur { $mood }  entrées { $entries }  gratitude { $gratitude }  sommeil { $sleep }  respiration { $breathing } min  messages { $messages }
# $uses: how many entries have it
activity-used = utilisée { $uses } fois
activity-unlisted = {"  "}(vue dans des entrées, absente de la liste)
# $name: the activity
activity-added = activité « { $name } » dans la liste
# $name: the activity
activity-removed = activité « { $name } » retirée de la liste (les entrées la gardent)

## mentora report
# $from, $to: the days; $days: how many
report-head = Rapport du { $from } au { $to } ({ $days } jours)
# $source: the summary's source id; $words: what it means (from the core)
report-summary-source = résumé : { $source } ({ $words })
# the period's totals: $active days, $entries, $mood, $messages, $sentiment, $sleep (hours), $breathing (minutes), $streak (days)
report-totals = jours actifs { $active } · journal { $entries } (humeur { $mood }) · messages { $messages } (sentiment { $sentiment }) · sommeil { $sleep } h · respiration { $breathing } min · série { $streak }
# $path: a file written
wrote = { $path } écrit
# $id: the saved report's number
report-saved = enregistré comme rapport { $id }

## mentora chat, key
# $message: why (from the core); $code: the error code
chat-not-sent = [non envoyé — enregistré, vous pourrez l’envoyer plus tard] { $message } ({ $code })
# $partial: yes when part of a reply came; $message: why (from the core); $code: the error code
chat-failed = [{ $partial ->
        [yes] réponse incomplète
       *[no] pas de réponse
    }] { $message } ({ $code }) — tapez /retry pour réessayer
chat-on-device = le compagnon répond sur cet appareil : rien n’est envoyé
chat-private = le mode privé est activé : les messages sont enregistrés, rien n’est envoyé
# $url: the local server; $model: its model
chat-local-server = le compagnon répond via le serveur local { $url } (modèle { $model }) : rien ne quitte cette machine
chat-off = le compagnon est désactivé : les messages sont conservés comme un journal
chat-no-key = pas de clé API Gemini : les messages sont enregistrés et pourront être envoyés une fois une clé définie (mentora key set)
# $id: the chat's number
chat-start = discussion { $id } — écrivez un message ; /retry, /quit
chat-nothing-to-retry = rien à réessayer
# $source: who wrote the summary; $summary: the summary
chat-session-summary = résumé de la séance ({ $source }) : { $summary }
# $messages: how many; $last: when the last one was written
chat-list-row = { $messages } messages  dernier { $last }
# $count: sessions summarized
chat-sessions = { $count ->
        [one] { $count } séance de discussion résumée
       *[other] { $count } séances de discussion résumées
    }
# $title: the chat's title; $messages: how many
chat-show-head = # { $title } ({ $messages } messages)
chat-crisis-shown = carte de crise affichée
chat-you = vous
# $id: the session; $source: who wrote the summary; $summary: the summary
chat-session-line = — séance { $id } ({ $source }) : { $summary }
# $id: the chat's number
chat-deleted = discussion { $id } supprimée
prompt-gemini-key = Clé API Gemini :{" "}
key-saved = enregistrée dans le trousseau du système
key-removed = retirée du trousseau du système

## mentora voice analyze
voice-summary = { $file } : { $seconds } s, { $speech } s de parole en { $segments ->
        [one] un segment
       *[other] { $segments } segments
    }, lus par rapport { $baseline ->
        [own] à la voix propre de cet enregistrement
       *[default] aux voix de l'entraînement
    }.
voice-none = Aucune parole n'a été trouvée.
voice-tone = { $tone ->
        [anger] colère
        [fear] peur
        [neutral] neutre
       *[uncertain] incertain
    }
voice-segment = { $start }–{ $end } s  { $tone } ({ $percent } %)  tendu { $tense } %  hauteur { $pitch } Hz  { $rate } syllabes/s
voice-accuracy = Quelle confiance accorder : environ { $none } sur 10 justes pour des voix jamais entendues ({ $personal } sur 10 quand chaque voix était comparée à elle-même). Trois tons seulement (colère, peur, neutre), appris de cinq hommes polonais qui les jouaient.
