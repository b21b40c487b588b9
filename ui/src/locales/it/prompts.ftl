# Spunti di scrittura integrati (lib/prompts.ts), scelti in base all’$id stabile del nucleo. L’inglese è il
# testo del nucleo stesso (src/wellness/prompts.rs). $fallback: il testo del nucleo, mostrato per uno spunto
# che questo file non conosce ancora.
prompts-title = { $id ->
    [three-good-things] Tre cose belle
    [reframe] Guardare un pensiero in un altro modo
    [what-helped] Cosa mi ha aiutato oggi
    [looking-forward] Cosa mi aspetta di bello
    [worry-sort] Fare ordine in una preoccupazione
    [kind-to-myself] Trattarmi con gentilezza
    [body-check] Come sta il mio corpo
   *[other] { $fallback }
}
# $id e $fallback come sopra
prompts-question = { $id ->
    [three-good-things] Quali sono state tre cose belle di oggi, anche piccole, e che parte hai avuto tu?
    [reframe] C’è un pensiero che ti pesa? Scrivilo, poi guardalo da un altro punto di vista.
    [what-helped] Cosa ti ha aiutato oggi, anche solo un po’? Qualcosa che hai fatto, una persona, un luogo.
    [looking-forward] Qual è una cosa che aspetti con piacere, questa settimana o più avanti?
    [worry-sort] C’è qualcosa che ti preoccupa? Dividilo tra ciò che puoi cambiare e ciò che non puoi cambiare.
    [kind-to-myself] Cosa diresti a una persona cara che avesse avuto una giornata come la tua?
    [body-check] Come si sente il tuo corpo in questo momento: sonno, energia, tensione, fame?
   *[other] { $fallback }
}
# I titoli con cui inizia una nuova voce, separati da " | " (nella voce ognuno è seguito da uno spazio e da un
# a capo; un "|" alla fine significa che la voce termina con un a capo). $id come sopra; uno spunto
# sconosciuto dà "-" e si usano i titoli del nucleo.
prompts-body = { $id ->
    [three-good-things] 1. | 2. | 3. | Cosa ho fatto perché succedessero:
    [reframe] Cosa è successo: | Il pensiero: | Quanto ci credo (0–100): | Cosa lo sostiene: | Cosa va contro: | Un modo più gentile ed equilibrato di vedere le cose: |
    [what-helped] Cosa mi ha aiutato: | Perché credo che abbia aiutato: | Potrei rifarlo domani?
    [looking-forward] Aspetto con piacere: | Cosa posso fare perché succeda:
    [worry-sort] La preoccupazione: | Cosa dipende da me: | Cosa no: | Un piccolo passo che posso fare:
    [kind-to-myself] Cosa direi a una persona cara: |
    [body-check] Sonno: | Energia: | Dove sento tensione: | Di cosa ha bisogno il mio corpo:
   *[other] -
}
