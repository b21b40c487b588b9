# La linea delle emozioni (components/AffectTimeline.svelte): ciò che leggono i modelli e ciò che dici tu
affect-title = Linea delle emozioni
affect-intro = Ciò che hanno letto la fotocamera e il modello del testo, e il tuo umore, su un'unica linea del tempo. Scegli un punto per vedere ciò che hai scritto accanto a ciò che il modello ha letto, e correggilo.
affect-day = Giorno
affect-empty = Ancora nessuna lettura: scrivi un messaggio o una voce, oppure accendi la fotocamera.
affect-lane = { $lane ->
    [face] Fotocamera (modello)
    [voice] Voce (modello)
    [text] Ciò che hai scritto (modello)
   *[mood] Il tuo umore (tu)
}
affect-point-mood = Il tuo umore { $mood }/5 alle { $time }
affect-point-read = { $kind ->
    [face] Fotocamera
    [voice] Voce
   *[text] Testo
} alle { $time }: letto come { $emotion }
affect-point-felt = ; hai provato { $felt }
affect-detail-label = Lettura
affect-you-wrote = Hai scritto
affect-you-rated = Hai valutato
affect-mood-value = umore { $mood } su 5
affect-model-read = { $kind ->
    [face] Il modello del volto ha letto
    [voice] Il modello della voce ha letto
   *[text] Il modello del testo ha letto
}
affect-valence = valenza { $valence }
affect-you-felt = Hai detto di aver provato
affect-undo = Annulla
affect-how-label = Come ti sentivi?
affect-cancel = Annulla
affect-not-how = Non è così che mi sentivo
affect-legend = Ogni punto è una lettura: le ipotesi dei modelli (fotocamera, testo) e il tuo umore. Un anello tratteggiato indica una lettura che hai corretto. I modelli sbagliano spesso; conta la tua parola.
# $emotion: the emotion the camera read most, already translated; $count: how many readings
affect-face-lane = Fotocamera (modello): per lo più { $emotion }, { $count ->
    [one] { $count } lettura
   *[other] { $count } letture
}
affect-voice-lane = Voce (modello): soprattutto { $tone }, { $count ->
    [one] { $count } lettura
   *[other] { $count } letture
}
