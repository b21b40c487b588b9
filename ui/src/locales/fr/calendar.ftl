# screens/Calendar.svelte
calendar-title = Calendrier
calendar-previous = Précédent
calendar-next = Suivant
calendar-month = Mois
calendar-year-in-pixels = Année en pixels
calendar-colour-hint = Couleur : l’humeur moyenne du jour, de { $low } (orange) à { $high } (bleu) ; gris quand rien n’a été noté.
calendar-grateful-for = Gratitude :
calendar-sleep = Sommeil :
calendar-sleep-night = { NUMBER($hours, minimumFractionDigits: 1, maximumFractionDigits: 1) } h (qualité { $quality }/10)
calendar-breathing = Respiration :
calendar-breathing-minutes = { $minutes } min
calendar-chats = Discussions :
calendar-nothing-logged = Rien n’a été noté ce jour-là.
