crisis-card-plan = Je veiligheidsplan
crisis-card-safe = Ik ben veilig — verder
crisis-card-title = Je hoeft dit niet alleen te doen
crisis-card-message = Het klinkt alsof alles nu heel zwaar is. Praten met iemand kan helpen: de mensen hieronder zijn er precies hiervoor, op elk moment. Ben je nu in gevaar, bel dan het alarmnummer.
crisis-card-concern-title = Maak je je zorgen om iemand?
crisis-card-concern-message = Het klinkt alsof iemand om wie je geeft in gevaar kan zijn. Je kunt deze lijnen bellen voor advies over hoe je kunt helpen, en als die persoon nu in gevaar is, bel dan het alarmnummer.
