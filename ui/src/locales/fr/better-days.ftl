better-days-title = Ce qui accompagne vos meilleurs jours
better-days-hint = Les 90 derniers jours ({ $days } avec une humeur notée). Humeur moyenne (1–5) les jours avec et sans chaque élément, et un intervalle à 95 % pour la différence. Rien n’est conclu avec moins de { $min ->
    [one] { $min } jour
   *[other] { $min } jours
} d’un côté ou de l’autre. Ces éléments sont allés ensemble ; ce ne sont pas des causes.
better-days-with = Avec
better-days-days = Jours
better-days-mood-with = Humeur avec
better-days-without = Sans
better-days-difference = Différence
better-days-interval = Intervalle à 95 %
better-days-range = { $low } à { $high }
better-days-too-few = pas encore assez de jours
better-days-empty = Notez votre humeur et ce que vous avez fait pendant quelques jours, et ce tableau se remplira.
