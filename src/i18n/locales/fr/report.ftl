## The report (window's Insights and the exported HTML file) and the companion's built-in lines.
## Numbers arrive already formatted for the language (decimal mark); days already written as the language writes them (i18n::date).

## The local summary, sentence by sentence.
report-empty = Rien n’a été noté du { $from } au { $to }. Les entrées, les questionnaires et les discussions apparaîtront ici.
report-active = Du { $from } au { $to }, vous avez eu { $active ->
    [one] { $active } jour actif
   *[other] { $active } jours actifs
} sur { $days }.
report-active-mood = Du { $from } au { $to }, vous avez eu { $active ->
    [one] { $active } jour actif
   *[other] { $active } jours actifs
} sur { $days }, et votre humeur moyenne dans le journal était de { $mood }/5{ $delta }.
report-delta-up = , en hausse de { $amount } par rapport à la période précédente
report-delta-down = , en baisse de { $amount } par rapport à la période précédente
report-delta-same = , à peu près stable par rapport à la période précédente
report-counts = Vous avez écrit ou fait : { $list }.
report-count-journal = { $n ->
    [one] { $n } entrée de journal
   *[other] { $n } entrées de journal
}
report-count-messages = { $n ->
    [one] { $n } message au compagnon
   *[other] { $n } messages au compagnon
}
report-count-gratitude = { $n ->
    [one] de la gratitude notée { $n } jour
   *[other] de la gratitude notée { $n } jours
}
report-count-breathing = { $minutes } minutes d’exercices de respiration
report-sleep = { $nights ->
    [one] Votre sommeil moyen était de { $hours } h sur { $nights } nuit{ $delta }.
   *[other] Votre sommeil moyen était de { $hours } h sur { $nights } nuits{ $delta }.
}
report-checkin = Votre dernier questionnaire ({ $form }, { $date }) a donné un score de { $total } : { $band }.
report-streak = Vous en êtes à { $n } jours d’affilée.
## Check-in bands (PHQ-9, GAD-7).
band-minimal = minimal
band-mild = léger
band-moderate = modéré
band-moderately-severe = modérément sévère
band-severe = sévère
## Told to the companion that writes the summary when the window is not in English.
report-model-language = Rédigez le résumé en français.

## What went together.
corr-not-enough = Pas encore assez de données pour comparer { $what } (il en faut au moins { $min } de chaque côté ; il y en a { $a } et { $b }).
corr-with-n = { $text } (n = { $a } contre { $b }).
corr-sleep-mood = Les jours qui suivaient une nuit de ≥ 7 h, votre humeur moyenne était de { $x }, contre { $y } après des nuits plus courtes
corr-sleep-mood-what = le sommeil et l’humeur
corr-sleep-sentiment = Après ≥ 7 h de sommeil, ce que vous avez écrit avait un sentiment moyen de { $x }, contre { $y } après des nuits plus courtes
corr-sleep-sentiment-what = le sommeil et le ton de ce que vous écrivez
corr-breathing-mood = Les jours avec un exercice de respiration, votre humeur moyenne était de { $x }, contre { $y } les jours sans
corr-breathing-mood-what = les jours de respiration et l’humeur
corr-gratitude-mood = Les jours où vous avez noté de la gratitude, votre humeur moyenne était de { $x }, contre { $y } les autres jours
corr-gratitude-mood-what = les jours de gratitude et l’humeur
## The note when a range reaches past today.
report-note-cut = La période a été arrêtée à aujourd’hui ({ $today }) ; les jours suivants n’ont pas encore de données.

## Who wrote the summary.
source-gemini = par Gemini, à partir de ces seuls chiffres
source-local = rédigé sur cet ordinateur
source-device = par le modèle de cet appareil
source-local-server = par le modèle de votre serveur local, sur cet ordinateur

## The charts.
chart-mood = Humeur et sentiment par jour
chart-emotions = Émotions du visage par jour
chart-sleep = Sommeil et humeur du lendemain
chart-pixels = L’humeur en pixels
chart-sleep-nights = { $title } ({ $n ->
    [one] { $n } nuit
   *[other] { $n } nuits
})
chart-no-mood = Aucune humeur de journal ni aucun texte analysé sur cette période
chart-no-camera = La caméra n’a pas été utilisée sur cette période (aucune émotion du visage)
chart-no-sleep = Aucune nuit suivie d’une humeur de journal le lendemain sur cette période
chart-no-pixels = Aucune humeur de journal sur cette période
chart-mood-axis = 1 = très mal · 5 = très bien
chart-day = Jour
chart-series-mood = Humeur du journal (1–5)
chart-series-sentiment = Sentiment de ce que vous avez écrit (ramené à 1–5)
chart-face-share = Part des mesures du visage (%)
chart-hours-slept = Heures de sommeil
chart-next-day-mood = Humeur du lendemain (1–5)
chart-seven-hours = 7 heures
chart-one-night = une nuit
## A day on an axis: $month is a short month name from chart-months.
chart-date = { $day } { $month }
## Twelve short month names, separated by spaces.
chart-months = janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.
## Monday, Wednesday, Friday and Sunday, short, separated by spaces.
chart-weekdays = lun. mer. ven. dim.
chart-legend-1 = 1 très mal
chart-legend-2 = 2 mal
chart-legend-3 = 3 ça va
chart-legend-4 = 4 bien
chart-legend-5 = 5 très bien
chart-legend-none = aucune entrée
emotion-angry = colère
emotion-disgust = dégoût
emotion-fear = peur
emotion-happy = joie
emotion-sad = tristesse
emotion-surprise = surprise
emotion-neutral = neutre

## The exported HTML file.
html-title = Rapport Mentora { $from } – { $to }
html-heading = Votre rapport Mentora
html-sub = { $from } – { $to } · résumé { $source }
html-key-numbers = Chiffres clés
html-this-period = Cette période
html-period-before = Période précédente ({ $from } – { $to })
html-active-days = Jours actifs
html-active-of = { $active } sur { $days }
html-mean-mood = Humeur moyenne du journal
html-mean-sentiment = Sentiment moyen
html-journal-entries = Entrées de journal
html-messages = Messages
html-gratitude-days = Jours de gratitude
html-mean-sleep = Sommeil moyen
html-breathing = Respiration
html-minutes = { $n } min
html-streak = Série (actuelle / meilleure)
html-streak-days = { $current } / { $longest } jours
html-charts = Graphiques
html-voice = Voix
html-together = Ce qui allait ensemble
html-better-days = Ce qui accompagne vos meilleurs jours
html-checkins = Questionnaires
html-no-checkins = Aucun questionnaire sur cette période.
html-checkin-date = Date
html-checkin-form = Questionnaire
html-checkin-score = Score
html-checkin-band = Niveau
html-no-factors = Aucune activité, aucun sommeil ni aucun exercice de respiration noté avec une humeur sur cette période.
html-factors-intro = Humeur moyenne (1–5) les jours avec et sans chaque élément ; un intervalle bootstrap à 95 % pour la différence ; rien n’est conclu avec moins de { $min ->
    [one] { $min } jour
   *[other] { $min } jours
} d’un côté ou de l’autre. Ces éléments sont allés ensemble ; ce ne sont pas des causes.
html-factor-with = Avec
html-factor-days = Jours
html-factor-mood-with = Humeur avec
html-factor-without = Sans
html-factor-difference = Différence
html-factor-interval = Intervalle à 95 %
html-interval = { $low } à { $high }
html-not-enough-days = pas assez de jours
html-no-voice = Aucune séance avec la voix sur cette période.
html-voice-intro = Le ton de votre voix tel que l’a lu le modèle sur l’appareil : environ 7 sur 10 justes pour des voix jamais entendues une fois qu’il connaît la vôtre, 6 sur 10 avant ; trois tons seulement (colère, peur, neutre), appris de cinq hommes polonais. Jamais d’audio : seules ces lectures ont été gardées.
html-voice-date = Date
html-voice-stretches = Passages de parole
html-voice-mostly = Principalement
html-voice-tones = Colère · peur · neutre
html-voice-tense = Tendu
html-voice-uncertain = Incertain
html-voice-by-day = Tension par jour (moyenne sur la parole de la journée) :
html-voice-day-stretches = Passages
tone-anger = colère
tone-fear = peur
tone-neutral = neutre
html-footer = Créé sur cet ordinateur par Mentora. Les estimations des modèles sur l’appareil peuvent être fausses ; ceci n’est pas un diagnostic.

## The companion's built-in lines.
chat-summary-talked = { $n ->
    [one] Vous avez parlé de « { $topic } » ({ $n } message).
   *[other] Vous avez parlé de « { $topic } » ({ $n } messages).
}
chat-summary-hardest = Le moment le plus difficile : « { $quote } ».
chat-summary-brightest = Le moment le plus lumineux : « { $quote } ».
chat-summary-crisis = Des ressources d’aide en cas de crise ont été affichées pendant cette conversation.
chat-summary-heavy = Dans l’ensemble, la conversation a semblé plutôt lourde (sentiment moyen { $mean }).
chat-summary-positive = Dans l’ensemble, la conversation a semblé plutôt positive (sentiment moyen { $mean }).
chat-summary-mixed = Dans l’ensemble, la conversation a semblé mitigée ou calme (sentiment moyen { $mean }).
chat-reply-cut = La réponse a atteint sa limite de longueur et a été coupée.
## Told to the companion (any model) so that it answers in the window's language.
chat-model-language = Répondez toujours en français, la langue de la fenêtre de l’application, sauf si la personne vous écrit dans une autre langue.
