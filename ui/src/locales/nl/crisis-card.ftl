crisis-card-plan = Je veiligheidsplan
crisis-card-safe = Ik ben veilig — verder
crisis-card-title = Je hoeft dit niet alleen te doen
crisis-card-message = Het klinkt alsof alles nu heel zwaar is. Praten met iemand kan helpen: de mensen hieronder zijn er precies hiervoor, op elk moment. Ben je nu in gevaar, bel dan het alarmnummer.
crisis-card-concern-title = Maak je je zorgen om iemand?
crisis-card-concern-message = Het klinkt alsof iemand om wie je geeft in gevaar kan zijn. Je kunt deze lijnen bellen voor advies over hoe je kunt helpen, en als die persoon nu in gevaar is, bel dan het alarmnummer.
# A helpline's name or description from the core's list that has English words (lib/safety.ts), by $key;
# $fallback: the core's English, for a key this file does not know. Service names, numbers and
# descriptions in a service's own language are shown as they are.
crisis-card-resource = { $key ->
    [emergency-name] Lokale hulpdiensten
    [iasp-name] IASP-overzicht van crisiscentra
    [emergency-detail] Ben je in direct gevaar, bel dan het lokale alarmnummer.
    [iasp-detail] Vind een crisislijn in jouw land.
    [free-confidential] Gratis, vertrouwelijk, 24/7.
    [free-en-fr] Gratis, 24/7, in het Engels en Frans.
    [free] Gratis, 24/7.
    [support] Crisishulp, 24/7.
    [call-text-988] Bel of sms 988
   *[other] { $fallback }
}
# Two numbers of one line, either of which works ($a, $b: the numbers as the core lists them)
crisis-card-either = { $a } of { $b }
