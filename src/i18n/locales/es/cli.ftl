# Mentora's command line, Spanish. Every person-facing line of `mentora` (not the developer
# benchmarks and evaluations, and not JSON output) is a message here, translated in the five
# other files beside this one with the same ids and variables.

## Prompts
prompt-password = Contraseña:{" "}
prompt-recovery-key = Clave de recuperación:{" "}
prompt-new-password = Nueva contraseña:{" "}

## mentora backup
# $file: the backup's file name; $mb: its size in MB (already formatted); $rows: rows checked; $pruned: older backups deleted
backup-done = Copia hecha y releída: { $file } ({ $mb } MB, { $rows } filas comprobadas{ $pruned ->
        [0] {""}
        [one] ; 1 antigua eliminada
       *[other] ; { $pruned } antiguas eliminadas
    }).
backup-folder-none = (ninguna elegida)
# $folder: the backup folder; $every: off, daily or weekly; $keep: how many are kept
backup-plan =
    Carpeta: { $folder }
    Automática: { $every ->
        [daily] Diaria
        [weekly] Semanal
       *[off] Desactivada
    }
    Conservar: { $keep }
# $at: date and time; $file: the file
backup-last = Última copia de seguridad: { $at } ({ $file })
# $at: date and time; $message: why it failed
backup-last-failed = La última copia de seguridad FALLÓ { $at }: { $message }
backup-last-never = Última copia de seguridad: nunca
backup-none-found = No se encontraron copias de seguridad. Indica la carpeta: mentora backup list --folder /path
backup-prompt-password = La contraseña del perfil cuando se hizo la copia:{" "}
# $name: the new profile's name; $id: its id
backup-restored = Restaurado en el perfil «{ $name }» ({ $id }).
backup-new-recovery-key = Nueva clave de recuperación (solo se muestra ahora; la antigua de la copia ya no lo abre):
prompt-repeat = Repítela:{" "}
# $name: the profile
prompt-password-for = Contraseña de «{ $name }»:{" "}

## mentora profile, unlock, lock, vault check, export, import
# $name: the profile's name; $id: its id
profile-created = Perfil «{ $name }» creado ({ $id }).
profile-recovery-key = Clave de recuperación (solo se muestra ahora; anótala y guárdala en un lugar seguro):
profile-none = Aún no hay perfiles: mentora profile create NAME
# $folder: the profile's folder; $why: what is wrong with it
profile-damaged = { $folder }  (dañado: { $why })
profile-remembered = {"  "}(se desbloquea desde el llavero)
# $name: the profile
profile-deleted = Perfil «{ $name }» eliminado.
unlock-password-changed = Contraseña cambiada.
# $name: the profile
unlock-remembered = «{ $name }» desbloqueado; la clave queda en el llavero del sistema hasta `mentora lock`.
# $name: the profile
unlock-correct = Contraseña correcta: «{ $name }» se desbloquea.
# $name: the profile
lock-done = «{ $name }» bloqueado: la próxima vez se pedirá la contraseña.
# $name: the profile
vault-check-ok = ok: integrity_check y cipher_integrity_check superados para «{ $name }»
# $problem: what SQLite reported
vault-check-problem = problema: { $problem }
# $name: the profile; $path: the file written
export-done = «{ $name }» exportado a { $path }
# $rows: rows imported; $name: the profile
import-done = { $rows } filas importadas en «{ $name }»
# $rows: entries imported; $name: the profile
import-daylio-done = { $rows } entradas de Daylio importadas en «{ $name }»
# $note: a remark about the import
note = nota: { $note }
# $count: entries flagged
import-flagged = { $count ->
        [one] { $count } entrada importada parece hablar de crisis o preocupación y está marcada para revisarla; si algo de eso es lo que sientes ahora, por favor pide ayuda: las líneas de ayuda están en la pantalla Plan de seguridad de la ventana
       *[other] { $count } entradas importadas parecen hablar de crisis o preocupación y están marcadas para revisarlas; si algo de eso es lo que sientes ahora, por favor pide ayuda: las líneas de ayuda están en la pantalla Plan de seguridad de la ventana
    }

## mentora journal, gratitude, sleep, breathe, checkin, better-days, search, today, mood, calendar, activity
# $id: the entry's number; $date: its day; $mood: 1–5
journal-saved = entrada de diario { $id } guardada ({ $date }, ánimo { $mood }/5)
# $mood: 1–5
mood-of-five = ánimo { $mood }/5
# $position: 1–3; $date: the day
gratitude-saved = gratitud { $position }/3 guardada para el { $date }
# $label: positive/negative/neutral (the model's word); $valence: −1…1; $stars: 1–5; $model: the model's id
sentiment-line = sentimiento: { $label } (valencia { $valence }, ánimo { $stars }/5, { $model })
sentiment-not-yet = aún sin analizar: el modelo de sentimiento no está disponible (consulta mentora doctor)
# $date: the night's day; $hours: hours slept; $quality: 1–10
sleep-saved = sueño guardado para el { $date }: { $hours } h, calidad { $quality }/10
# $name: the pattern; $seconds: one breath; $breaths: how many
breathe-plan = { $name } — { $seconds } s por respiración, { $breaths } respiraciones
breathe-breath = respiración
breathe-inhale = inhala
breathe-hold = mantén
breathe-exhale = exhala
checkin-difficulty-prompt = 0-3 (vacío para omitir):{" "}
# $from, $to: the days; $days: days with a mood; $min: the fewest days anything is said about
better-days-head = Del { $from } al { $to }: { $days } días con ánimo registrado (no se dice nada con menos de { $min } días en cada lado; son cosas que van juntas, no causas)
search-nothing = no se encontró nada
# $date: today; $streak: days in a row
today-head = Hoy, { $date }: racha de { $streak } día(s)
# $mood: the day's mood; $entries: entries it comes from
today-mood = ánimo { $mood } según { $entries ->
        [one] { $entries } entrada
       *[other] { $entries } entradas
    }
# $profile: the profile's name
today-no-mood = aún no hay ánimo registrado hoy: `mentora mood { $profile } 4 --activity walk`
# $gratitude: 0–3; $sleep: hours or "not logged"; $breathing: minutes; $messages: count
today-cells = gratitud { $gratitude }/3 · sueño { $sleep } · respiración { $breathing } min · { $messages } mensaje(s) al acompañante
today-sleep-none = sin registrar
# $days: the last seven days with their moods
today-week = últimos 7 días: { $days }
# $title, $question: today's journal prompt (from the core)
today-prompt = tema: { $title } — { $question }
# $mood: 1–5; $date: the day
mood-saved = ánimo { $mood } guardado para el { $date }
# $mood: 1–5; $date: the day; $activities: the activities, comma-separated
mood-saved-with = ánimo { $mood } guardado para el { $date } con { $activities }
# one calendar day: $date, $mood, $entries, $gratitude, $sleep, $breathing (minutes), $messages
calendar-day = { $date }  ánimo { $mood }  entradas { $entries }  gratitud { $gratitude }  sueño { $sleep }  respiración { $breathing } min  mensajes { $messages }
# $uses: how many entries have it
activity-used = usos: { $uses }
activity-unlisted = {"  "}(vista en entradas, no está en la lista)
# $name: the activity
activity-added = actividad «{ $name }» en la lista
# $name: the activity
activity-removed = actividad «{ $name }» quitada de la lista (las entradas la conservan)

## mentora report
# $from, $to: the days; $days: how many
report-head = Informe { $from } – { $to } ({ $days } días)
# $source: the summary's source id; $words: what it means (from the core)
report-summary-source = resumen: { $source } ({ $words })
# the period's totals: $active days, $entries, $mood, $messages, $sentiment, $sleep (hours), $breathing (minutes), $streak (days)
report-totals = días activos { $active } · diario { $entries } (ánimo { $mood }) · mensajes { $messages } (sentimiento { $sentiment }) · sueño { $sleep } h · respiración { $breathing } min · racha { $streak }
# $path: a file written
wrote = escrito: { $path }
# $id: the saved report's number
report-saved = guardado como informe { $id }

## mentora chat, key
# $message: why (from the core); $code: the error code
chat-not-sent = [no enviado — guardado, puedes enviarlo más tarde] { $message } ({ $code })
# $partial: yes when part of a reply came; $message: why (from the core); $code: the error code
chat-failed = [{ $partial ->
        [yes] respuesta incompleta
       *[no] sin respuesta
    }] { $message } ({ $code }) — escribe /retry para intentarlo de nuevo
chat-on-device = el acompañante responde en este dispositivo: no se envía nada
chat-private = el modo privado está activado: los mensajes se guardan, no se envía nada
# $url: the local server; $model: its model
chat-local-server = el acompañante responde a través del servidor local en { $url } (modelo { $model }): nada sale de este equipo
chat-off = el acompañante está desactivado: los mensajes se guardan como un diario
chat-no-key = no hay clave API de Gemini: los mensajes se guardan y se podrán enviar cuando haya una clave (mentora key set)
# $id: the chat's number
chat-start = chat { $id } — escribe un mensaje; /retry, /quit
chat-nothing-to-retry = no hay nada que reintentar
# $source: who wrote the summary; $summary: the summary
chat-session-summary = resumen de la sesión ({ $source }): { $summary }
# $messages: how many; $last: when the last one was written
chat-list-row = { $messages } mensajes  último { $last }
# $count: sessions summarized
chat-sessions = { $count ->
        [one] { $count } sesión de chat resumida
       *[other] { $count } sesiones de chat resumidas
    }
# $title: the chat's title; $messages: how many
chat-show-head = # { $title } ({ $messages } mensajes)
chat-crisis-shown = tarjeta de crisis mostrada
chat-you = tú
# $id: the session; $source: who wrote the summary; $summary: the summary
chat-session-line = — sesión { $id } ({ $source }): { $summary }
# $id: the chat's number
chat-deleted = chat { $id } eliminado
prompt-gemini-key = Clave API de Gemini:{" "}
key-saved = guardada en el llavero del sistema
key-removed = eliminada del llavero del sistema

## mentora voice analyze
voice-summary = { $file }: { $seconds } s, { $speech } s de habla en { $segments ->
        [one] un segmento
       *[other] { $segments } segmentos
    }, leídos frente a { $baseline ->
        [own] la propia voz de esta grabación
       *[default] las voces con las que se entrenó
    }.
voice-none = No se encontró habla.
voice-tone = { $tone ->
        [anger] enfado
        [fear] miedo
        [neutral] neutral
       *[uncertain] incierto
    }
voice-segment = { $start }–{ $end } s  { $tone } ({ $percent } %)  tensión { $tense } %  tono { $pitch } Hz  { $rate } sílabas/s
voice-accuracy = Cuánto fiarse: acierta unas { $none } de cada 10 con voces que nunca oyó ({ $personal } de cada 10 cuando cada voz se comparó consigo misma). Solo tres tonos (enfado, miedo, neutral), aprendidos de cinco hombres polacos que los interpretaban.
