# La chronologie des ressentis (components/AffectTimeline.svelte) : ce que lisent les modèles et ce que vous dites
affect-title = Chronologie des ressentis
affect-intro = Ce que la caméra et le modèle de texte ont lu, et votre propre humeur, sur une seule ligne du temps. Choisissez un point pour voir ce que vous avez écrit à côté de ce que le modèle a lu, et corrigez-le.
affect-day = Jour
affect-empty = Rien de lu pour l'instant : écrivez un message ou une entrée, ou allumez la caméra.
affect-lane = { $lane ->
    [face] Caméra (modèle)
    [voice] Voix (modèle)
    [text] Ce que vous avez écrit (modèle)
   *[mood] Votre humeur (vous)
}
affect-point-mood = Votre humeur { $mood }/5 à { $time }
affect-point-read = { $kind ->
    [face] Caméra
    [voice] Voix
   *[text] Texte
} à { $time } : lu comme { $emotion }
affect-point-felt = ; vous avez ressenti { $felt }
affect-detail-label = Lecture
affect-you-wrote = Vous avez écrit
affect-you-rated = Vous avez noté
affect-mood-value = humeur { $mood } sur 5
affect-model-read = { $kind ->
    [face] Le modèle du visage a lu
    [voice] Le modèle de la voix a lu
   *[text] Le modèle de texte a lu
}
affect-valence = valence { $valence }
affect-you-felt = Vous avez dit avoir ressenti
affect-undo = Annuler la correction
affect-how-label = Comment vous sentiez-vous ?
affect-cancel = Annuler
affect-not-how = Ce n'est pas ce que je ressentais
affect-legend = Chaque point est une lecture : les suppositions des modèles (caméra, texte) et votre propre humeur. Un anneau en pointillés marque une lecture que vous avez corrigée. Les modèles se trompent souvent ; c'est votre parole qui compte.
# $emotion: the emotion the camera read most, already translated; $count: how many readings
affect-face-lane = Caméra (modèle) : surtout { $emotion }, { $count ->
    [one] { $count } lecture
   *[other] { $count } lectures
}
affect-voice-lane = Voix (modèle) : surtout { $tone }, { $count ->
    [one] { $count } lecture
   *[other] { $count } lectures
}
