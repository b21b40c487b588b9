voice-settings-title = Voix
voice-settings-mic = Micro
voice-settings-default = Celui du système
voice-settings-none = Aucun micro trouvé : la voix reste désactivée.
voice-settings-learn = Apprendre comment ma voix sonne d'habitude (meilleures lectures)
voice-settings-learn-hint = Gardé dans ton profil chiffré sous forme de moyennes uniquement, jamais de son. Utilisé à partir de 20 passages de parole ; il en a { $count }.
voice-settings-forget = Oublier ce qui a été appris
voice-settings-file = Lire un enregistrement (WAV, FLAC, Ogg)
voice-settings-file-hint = Le fichier est lu en mémoire sur cet ordinateur, ni copié ni gardé ; rien n'en est enregistré.
voice-settings-reading = Lecture…
voice-settings-result-label = Ce que le modèle de la voix a lu
voice-settings-summary = { $seconds } s, { $speech } s de parole en { $segments ->
    [one] un passage
   *[other] { $segments } passages
}
