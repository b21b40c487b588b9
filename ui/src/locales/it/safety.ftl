# lib/safety.ts
safety-warning-signs = Segnali d’allarme
safety-warning-signs-hint = Pensieri, stati d’animo o situazioni che precedono una crisi
safety-coping = Cosa posso fare in autonomia
safety-coping-hint = Una passeggiata, musica, una doccia, un esercizio di respirazione…
safety-distractions = Persone e luoghi che mi distraggono
safety-distractions-hint = Un bar, casa di amici, la biblioteca…
safety-helpers = Persone a cui posso chiedere aiuto
safety-helpers-hint = Nome e numero
safety-professionals = Professionisti e linee di ascolto
safety-professionals-hint = Medico di base, psicoterapeuta, una linea di ascolto
safety-safe-environment = Rendere sicuro il mio ambiente
safety-safe-environment-hint = Cosa mettere via e chi può custodirlo
safety-reasons = Le mie ragioni per vivere
safety-reasons-hint = Persone, animali, progetti, luoghi
