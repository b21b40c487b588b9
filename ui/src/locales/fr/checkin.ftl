# screens/Checkin.svelte
checkin-title = Questionnaires
checkin-kind-phq9 = PHQ-9 (humeur)
checkin-kind-gad7 = GAD-7 (anxiété)
checkin-english-note = Les questions sont affichées dans leur formulation anglaise d’origine : seules des traductions validées de ces questionnaires peuvent être utilisées.
# Reste en anglais exprès : c’est la consigne du questionnaire lui-même, comme les questions et les réponses du noyau.
# Seule une traduction validée et publiée du PHQ-9 / GAD-7 peut la remplacer.
checkin-stem = Over the last 2 weeks, how often have you been bothered by…
checkin-note = Quelque chose à ajouter, avec vos propres mots ? (facultatif)
checkin-running-open = Total provisoire { $total } · sans réponse : { $items }
checkin-running-done = Total provisoire { $total } · toutes les questions ont une réponse
checkin-submit = Voir mon résultat
checkin-score = { $form } : score de { $total } sur { $max }
checkin-severity = { $band ->
    [minimal] minimal
    [mild] léger
    [moderate] modéré
    [moderately-severe] modérément sévère
    [severe] sévère
   *[other] { $band }
}
checkin-bands-phq9 = Seuils du manuel publié : 0–4 minimal, 5–9 léger, 10–14 modéré, 15–19 modérément sévère, 20–27 sévère.
checkin-bands-gad7 = Seuils du manuel publié : 0–4 minimal, 5–9 léger, 10–14 modéré, 15–21 sévère.
