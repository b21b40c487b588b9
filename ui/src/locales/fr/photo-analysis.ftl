photo-analysis-title = Analyser une photo
photo-analysis-hint = Choisissez la photo d’un visage. Elle est analysée sur cet ordinateur, et n’est jamais enregistrée ni envoyée nulle part.
photo-analysis-choose = Choisir une photo…
photo-analysis-busy = Analyse en cours…
photo-analysis-selected = Sélection : { $name }
photo-analysis-face = Visage { $number } :
photo-analysis-probabilities = Probabilités des émotions pour le visage { $number }
