better-days-title = Was mit deinen besseren Tagen einhergeht
better-days-hint = Die letzten 90 Tage ({ $days } mit Stimmung). Mittlere Stimmung (1–5) an Tagen mit und ohne die jeweilige Sache, dazu ein 95-%-Intervall für den Unterschied. Bei weniger als { $min ->
    [one] { $min } Tag
   *[other] { $min } Tagen
} auf einer Seite wird nichts ausgesagt. Das trat gemeinsam auf; es sind keine Ursachen.
better-days-with = Mit
better-days-days = Tage
better-days-mood-with = Stimmung mit
better-days-without = Ohne
better-days-difference = Unterschied
better-days-interval = 95-%-Intervall
better-days-range = { $low } bis { $high }
better-days-too-few = noch zu wenige Tage
better-days-empty = Trag ein paar Tage lang deine Stimmung ein und was du gemacht hast, dann füllt sich diese Tabelle.
