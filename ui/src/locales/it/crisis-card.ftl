crisis-card-plan = Il tuo piano di sicurezza
crisis-card-safe = Sono al sicuro — continua
crisis-card-title = Non devi affrontare tutto questo senza aiuto
crisis-card-message = Sembra che in questo momento sia davvero dura. Parlarne con qualcuno può aiutare: le persone qui sotto sono lì proprio per questo, in qualsiasi momento. Se sei in pericolo adesso, chiama il numero di emergenza.
crisis-card-concern-title = Sei in pensiero per qualcuno?
crisis-card-concern-message = Sembra che una persona a cui tieni possa essere in pericolo. Puoi chiamare queste linee per sapere come aiutarla e, se è in pericolo adesso, chiama il numero di emergenza.
# A helpline's name or description from the core's list that has English words (lib/safety.ts), by $key;
# $fallback: the core's English, for a key this file does not know. Service names, numbers and
# descriptions in a service's own language are shown as they are.
crisis-card-resource = { $key ->
    [emergency-name] Servizi di emergenza locali
    [iasp-name] Elenco dei centri di crisi dell’IASP
    [emergency-detail] Se sei in pericolo immediato, chiama il numero di emergenza locale.
    [iasp-detail] Trova una linea di ascolto nel tuo paese.
    [free-confidential] Gratuito, riservato, 24 ore su 24.
    [free-en-fr] Gratuito, 24 ore su 24, in inglese e francese.
    [free] Gratuito, 24 ore su 24.
    [support] Supporto nelle crisi 24 ore su 24.
    [call-text-988] Chiama o invia un SMS al 988
   *[other] { $fallback }
}
# Two numbers of one line, either of which works ($a, $b: the numbers as the core lists them)
crisis-card-either = { $a } o { $b }
