insights-title = Tendances
insights-period-label = Période
insights-preset = { $preset ->
    [week] 7 jours
    [month] 30 jours
    [year] Année
   *[custom] Personnalisée
}
insights-from = Du
insights-to = Au
insights-show = Afficher
insights-busy = Création du rapport…
insights-range = { $from } – { $to } · résumé { $source ->
    [gemini] par Gemini, à partir de ces seuls chiffres
   *[local] rédigé sur cet ordinateur
    [device] par le modèle de cet appareil
    [local_server] par le modèle de votre serveur local, sur cet ordinateur
}
insights-active-days = jours actifs
insights-mean-mood = humeur moyenne /5
insights-mean-sentiment = sentiment moyen
insights-sleep-hours = heures de sommeil
insights-journal-entries = entrées de journal
insights-day-streak = jours d’affilée
insights-previous = Période précédente ({ $from } – { $to }) : humeur { $mood }, sentiment { $sentiment }, sommeil { $sleep } h, { $entries ->
    [one] { $entries } entrée
   *[other] { $entries } entrées
}.
insights-stress = Niveau de stress d’après le visage : { $level ->
    [low] faible
    [moderate] modéré
    [high] élevé
   *[other] { $level }
} ({ $samples ->
    [one] { $samples } mesure
   *[other] { $samples } mesures
}).
insights-stress-sustained = Niveau de stress d’après le visage : { $level ->
    [low] faible
    [moderate] modéré
    [high] élevé
   *[other] { $level }
} ({ $samples ->
    [one] { $samples } mesure
   *[other] { $samples } mesures
}) — stress élevé et persistant ; pensez à l’exercice de respiration ou à parler à quelqu’un.
insights-together = Ce qui allait ensemble
insights-export = Exporter en HTML
insights-saved-to = Enregistré dans { $path }
insights-voice = Voix
insights-voice-day = { $date } : { $segments ->
    [one] un passage de parole
   *[other] { $segments } passages de parole
}, tendu { $tense } %
